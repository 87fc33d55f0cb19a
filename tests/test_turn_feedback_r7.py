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


def _acts(text: str, lang: str) -> set[str]:
    c = ctx(("trainee", "最近はいかがですか？" if lang == "ja" else "How have things been?"),
            ("owner", "まあ、ぼちぼちです。" if lang == "ja" else "Oh, so-so."))
    return {x.value for x in run(text, c, lang)[0].acts}


def test_an_invitation_to_say_what_he_noticed_is_open_ja() -> None:
    # r7a s09 T5 「お客様の様子で何か感じられることはありますか」, s07 T10 「変わったことって何かありますか」
    for text in ("工場を回っていて、職人さんたちの様子で何か気づかれることはありますか。",
                 "代替わりしてから、取引先との関係で変わってきたことって何かありますか？"):
        got = _acts(text, "ja")
        assert "open_question" in got and "closed_question" not in got, text
    for text in ("従業員は何人いますか？", "ECの担当者は社内にいますか？"):
        assert "closed_question" in _acts(text, "ja"), text  # plain fact questions stay closed


def test_an_invitation_to_say_what_he_noticed_is_open_en() -> None:
    for text in ("Walking the floor, is there anything you've noticed about how the team works lately?",
                 "Has anything changed with your customers since the new shop opened?"):
        got = _acts(text, "en")
        assert "open_question" in got and "closed_question" not in got, text
    for text in ("How many people do you employ?", "Is there anyone in-house who runs the website?"):
        assert "closed_question" in _acts(text, "en"), text


SUMMARY_JA = "要点をまとめて返"
GIVE_BACK_JA = ("要点をまとめて返", "社長の言葉で返せています", "言い換えて返せています")
GIVE_BACK_EN = ("gathered the owner's points", "gave the owner's point back", "gave the owner's words back")


def test_one_phrase_of_his_given_back_is_no_summary_ja() -> None:
    # r7a s04 T12 「夜、一人で考えている10年後の姿…。」 before a request to say more, s09 T11:
    # one phrase of his scored 70–92 on summarising as several points
    c = ctx(
        ("trainee", "最近はいかがですか？"),
        ("owner", "…本当のことを言うと、この店を20年後どうしたいか、頭の中にはあるんです。"
                  "夜、帳簿をつけながら一人で考えたりもする。でも、誰にも話したことはない。"),
    )
    a, score = run("夜、帳簿をつけながら一人で考えている20年後のお店…。もしよければ、話せるところだけでも聞かせていただけませんか。", c, "ja")
    assert "summary" not in {x.value for x in a.acts}
    assert not score.scores.get("summarising")
    assert not any(g in line for line in score.feedback for g in ("要点をまとめて", "複数の点"))


def test_one_phrase_of_his_given_back_is_no_summary_en() -> None:
    # r7a s08 T12 "A place where your people can work without worry." scored 89 on summarising
    c = ctx(("trainee", "How are things?"),
            ("owner", "Well, let's see... I'd like it to stay a place where the young ones can learn the trade properly, at least."))
    text = ("A place where the young ones can learn the trade properly. That means a lot to you, I can tell. "
            "What would need to happen, ten years from now, for that to be true?")
    a, score = run(text, c, "en")
    assert "summary" not in {x.value for x in a.acts}
    assert not score.scores.get("summarising")
    assert not any(g in line for line in score.feedback for g in ("several of the owner's points", "gathered"))


def test_an_announced_summary_of_three_points_with_a_check_scores_high_en() -> None:
    # r7a s06 T8: "OK, so what I've heard is: …, …, and …. Is that correct?" scored 31
    c = ctx(
        ("trainee", "How have things been?"),
        ("owner", "Orders from the big chains keep shrinking, and they squeeze the price every spring."),
        ("trainee", "That sounds hard. What else is on your mind?"),
        ("owner", "My two best drivers retire next year. And the freezer truck is fifteen years old."),
    )
    text = ("Right, so what I've heard is: the chains order less and push the price down, your two best "
            "drivers retire next year, and the freezer truck is old. Have I got that right?")
    a, score = run(text, c, "en")
    assert (score.scores.get("summarising") or 0) >= 70
    assert sum(any(g in line for g in GIVE_BACK_EN) for line in score.feedback) <= 1


def _acts_in(text: str, owner: str, lang: str) -> set[str]:
    c = ctx(("trainee", "最近はいかがですか？" if lang == "ja" else "How are things?"), ("owner", owner))
    return {x.value for x in run(text, c, lang)[0].acts}


def test_reassurance_is_not_advice_en() -> None:
    # r7a s08 T1 "There's no agenda we need to get through, and nothing here is an evaluation"
    got = _acts_in("Thanks for seeing me. There's no agenda we have to cover today, and nothing here is a test. "
                   "How did the business begin?", "Morning.", "en")
    assert "advice" not in got and "open_question" in got


def test_reassurance_is_not_advice_ja() -> None:
    # r7b s07 T8 「言葉にしにくければ、思いつくところからで大丈夫です」
    got = _acts_in("何か引っかかっている…。教えてくださってありがとうございます。まとまっていなければ、思い浮かぶところからで大丈夫です。",
                   "うまく言えないんだけど、何か引っかかってるんだよね。", "ja")
    assert "advice" not in got


def test_asking_consent_for_next_time_is_not_leading_ja() -> None:
    # r7b s01 T10 「…一緒に言葉にしていければと思うのですが、いかがでしょうか」
    got = _acts_in("真面目にやる若い人に残ってほしい。よろしければ次回、それがどんな人なのか、一緒に言葉にしていければと思うのですが、いかがでしょうか。",
                   "残ってほしいのは、真面目にやる若いのなんだ。", "ja")
    assert "leading_question" not in got


def test_sympathy_with_his_facts_is_not_leading_but_a_feeling_on_our_premise_is_ja() -> None:
    # r7b s02 T7 「…本当に大変ですよね」 (empathy); r7b s05 T7 「…販路がないと不安ですよね？」 (leading)
    got = _acts_in("トラックも15年もので、運転手さんもご高齢で…本当に大変ですよね。", "トラックは15年もので、運転手も高齢でね。", "ja")
    assert "leading_question" not in got and "empathy" in got
    got = _acts_in("そうなんですね。工務店さん頼みだと景気に左右されますし、やっぱり新しい取引先がないと心配ですよね？",
                   "取引は地元の工務店さんばかりでね。", "ja")
    assert "leading_question" in got and "empathy" not in got


def test_what_many_firms_do_then_have_you_thought_about_it_is_advice() -> None:
    # r7a s02 T8 "…a lot of companies your size solve the labour shortage by hiring foreign technical
    # trainees. Have you thought about that?" (non_leading 90 on the walk-out turn)
    got = _acts_in("That sounds exhausting. Plenty of firms your size get round it by hiring retired drivers part-time. "
                   "Have you thought about that?", "We can't keep drivers. They all leave within a year.", "en")
    assert "advice" in got
    got = _acts_in("それはお困りですね。同じ規模の会社さんでは、外国人の技能実習生を受け入れて人手不足を解決しているところが多いです。"
                   "考えたことはありますか？", "とにかく人が来ないんだよ。", "ja")
    assert "advice" in got


def test_no_call_to_say_sorry_first_right_after_the_trainee_said_it() -> None:
    # r7b s05 T2/T5: 「まず『失礼しました』と受け止め」 right after the trainee said 失礼しました
    c = ctx(("trainee", "一番の課題は何ですか？"), ("owner", "課題、課題って、もういいよ。分かってるから、具体的な話をしてくれ。"))
    _, score = run("失礼いたしました。では具体的に、新しい販路は何か動き始めていますか？", c, "ja")
    assert not has_line(score.feedback, "失礼しました」と受け止め")
    _, score = run("では具体的に、新しい販路は何か動き始めていますか？", c, "ja")
    assert has_line(score.feedback, "失礼しました」と受け止め")  # no apology: the line stays
    c = ctx(("trainee", "What is your biggest issue?"), ("owner", "I already told you. Let's move on."))
    _, score = run("Sorry, fair point. Which product would you want to sell online first?", c, "en")
    assert not any("acknowledge it first" in line for line in score.feedback)


def test_the_blunt_worry_question_after_he_used_one_of_its_small_words_en() -> None:
    # r7a s06 T5: the owner had said "ask the office"; "Let me ask it simply then: …" is no pick-up
    c = ctx(("trainee", "How much do you sell a month?"), ("owner", "Figures again. You'd have to ask my accountant."))
    a, _ = run("Fine. Let me ask it plainly, then: what's the biggest problem you face at the moment?", c, "en")
    assert a.features.blunt_worry


def test_taking_up_the_topic_he_raised_himself_is_not_pressing_a_refusal() -> None:
    # r7a s06 T4 (he refused the staffing question, then asked about shipping himself), s03 T4
    # (DX, the topic of his own application, before 「それ以上は、ちょっと」)
    c = ctx(("trainee", "Who in the firm looks after the accounts?"),
            ("owner", "I'd rather not get into that. If we export, what do others do about customs paperwork? It's a headache."))
    _, score = run("Customs paperwork is a headache for many. Some use a broker. What share of sales do you hope exports could be?", c, "en")
    assert not has_line(score.feedback, "pressed again")
    c = ctx(("trainee", "課題について、もう少し伺えますか？"),
            ("owner", "課題は申込書に書いた通りです。人材育成と、海外展開と。…それ以上は、ちょっと。"))
    _, score = run("海外展開については、どの国を考えていらっしゃいますか？", c, "ja")
    assert not has_line(score.feedback, "一度断ったこと")


def test_his_echo_of_our_question_is_no_question_he_asked_en() -> None:
    # r7b s06 T6 "Well, how I feel? …Honestly, I try not to think about it."
    c = ctx(("trainee", "How do you feel about it yourself?"),
            ("owner", "Well, what I want? …Honestly, I haven't let myself think that far."))
    a, score = run("Thank you for saying so. When you do let yourself think about it, what comes up first?", c, "en")
    assert not a.features.answers_owner and not has_line(score.feedback, ANSWERED_EN)
