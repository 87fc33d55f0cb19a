"""Blind playtests r7a / r7b (main f47a3e8): feedback lines about things that did not happen,
blunt or leading moves praised, plain invitations read as closed questions. Each test fails on
that commit (fb6 branch, round 6)."""

from __future__ import annotations

from .turns import ctx, has_line, run

ANSWERED_JA = "社長の問いに短く誠実に答え"
ANSWERED_EN = "You answered the owner's question briefly"


def test_an_offer_of_tea_or_a_trailing_list_is_no_question_he_asked_ja() -> None:
    # r7a s04 T4, s07 T6, r7b s08 T2: he asked nothing, yet 「社長の問いに短く誠実に答え」
    for owner in (
        "取引先は、昔からの地元の工務店さんとか。",
        "まあ、古い会社ですからね。…コーヒー、もう一杯いかがですか？",
        "困っていること、ですか。…まあ、膝が痛いくらいかな。",
    ):
        c = ctx(("trainee", "最近はいかがですか？"), ("owner", owner))
        _, score = run("ありがとうございます。ところで、従業員の方は今どのくらいいらっしゃるんですか？", c, "ja")
        assert not has_line(score.feedback, ANSWERED_JA), owner


def test_an_offer_of_tea_is_no_question_he_asked_en() -> None:
    for owner in ("Oh, quiet as ever. Would you like another cup of tea?", "Same as always. More coffee?"):
        c = ctx(("trainee", "How have things been?"), ("owner", owner))
        a, score = run("Thank you, I'd love one. How many people work here now?", c, "en")
        assert not a.features.answers_owner and not has_line(score.feedback, ANSWERED_EN), owner


def test_a_real_question_answered_still_earns_the_line_ja() -> None:
    c = ctx(("trainee", "最近はいかがですか？"), ("owner", "ところで、補助金ってうちでも使えるんですか？"))
    _, score = run("条件が合えば使えるものもあります。社長はどんなことに使いたいとお考えですか？", c, "ja")
    assert has_line(score.feedback, ANSWERED_JA)


BLUNT_JA = "正面から聞くと"
BLUNT_EN = "point-blank"


def test_the_blunt_worry_question_is_caught_however_it_is_announced_ja() -> None:
    # r7a s03 T3: 「では単刀直入に、社長として今一番の悩みは何ですか？」 praised as a short question
    c = ctx(("trainee", "最近はいかがですか？"), ("owner", "…まあ、ぼちぼちですよ。"))
    for text in ("じゃあ単刀直入に、経営者として今いちばんの悩みは何ですか？", "ずばり、社長として一番の課題は何でしょう？"):
        a, score = run(text, c, "ja")
        assert a.features.blunt_worry and has_line(score.feedback, BLUNT_JA), text
        assert not has_line(score.feedback, "短い問いかけで")


def test_the_blunt_worry_question_is_caught_however_it_is_announced_en() -> None:
    # r7a s06 T5: "Let me ask it simply then: what is your biggest worry about the business…"
    c = ctx(("trainee", "How have things been?"), ("owner", "Busy. Same as always."))
    text = "Right. Let me put it plainly, then: what is the biggest worry you have running the firm?"
    a, score = run(text, c, "en")
    assert a.features.blunt_worry and has_line(score.feedback, BLUNT_EN)
    assert not has_line(score.feedback, "A short question leaves the owner room")


def test_a_worry_question_about_his_own_topic_is_not_blunt_en() -> None:
    c = ctx(("trainee", "How have things been?"), ("owner", "Busy. We put in a new packing line."))
    assert not run("What worries you most about the new packing line?", c, "en")[0].features.blunt_worry
