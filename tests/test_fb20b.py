"""Feedback that named the wrong behaviour or fired on what did not happen (round 12, fb20b, from the
blind playtests r20a/r20b): a vague lead-in plus a yes/no guess praised as open; a question asked
again called 一問一答; an invitation of his questions called pressing a refused topic; his words
reported back after an apology given no credit; a platitude praised as his word picked up; noisy
evidence tags. New sentences in the style of the defects, each kind with near misses."""

from __future__ import annotations

from simulator.acts import Utterance
from tests.turns import acts_of, ctx, has_line, run

# --- 1. a vague lead-in, then a closed guess: the last question decides ---------------------

_SHOP_JA = ctx(
    ("trainee", "本日はよろしくお願いします。"),
    ("owner", "うちは金物の卸でね、従業員は二十人ほど。注文の受け方は昔ながらですよ。"),
)
_SHOP_EN = ctx(
    ("trainee", "Thank you for seeing me."),
    ("owner", "We're a hardware wholesaler, about twenty staff. Orders still come in the old way."),
)
_ROOM_JA = "語る余白を残せています"


def test_a_vague_lead_in_then_a_yes_no_guess_is_closed() -> None:
    for text in (
        "では在庫管理についてはどうですか？まだ手書きの台帳でつけているんですか？",
        "採用の方はいかがでしょうか？求人は今もハローワークだけですか？",
        "それで、配送についてはどうですか？今も社長が自分で回っているんですか？",
    ):
        a, s = run(text, _SHOP_JA)
        acts = {x.value for x in a.acts}
        assert "closed_question" in acts and "open_question" not in acts, (text, acts)
        assert not has_line(s.feedback, _ROOM_JA), text
        assert s.scores["deep_dive"] is not None and s.scores["deep_dive"] < 50, text
    for text in (
        "What about your stock records? Are you still keeping them in a paper ledger?",
        "And how about delivery? Do you still drive the routes yourself?",
    ):
        acts = acts_of(text, _SHOP_EN, "en")
        assert "closed_question" in acts and "open_question" not in acts, (text, acts)


def test_a_lead_in_then_a_real_open_question_stays_open() -> None:
    for text in (
        "在庫管理についてはどうですか？どんなところで手間がかかっていますか？",
        "配送についてはいかがですか？社長はどのように感じていらっしゃいますか？",
        # closed first, an open question last: the last question decides
        "注文はまだFAXなんですか？そのあたり、社長はどう感じていらっしゃいますか？",
        "在庫管理についてはどうですか？",
        # a neutral yes/no question after the lead-in guesses nothing (r20a s09 t3, judged fair)
        "採用の方はいかがでしょうか？若い人は応募してきますか？",
    ):
        acts = acts_of(text, _SHOP_JA)
        assert "open_question" in acts, (text, acts)
    for text in (
        "What about your stock records? How do they get updated today?",
        "What about delivery? Could you walk me through a normal day?",
    ):
        assert "open_question" in acts_of(text, _SHOP_EN, "en"), text


# --- 2. the same question asked again: a repeat, not 一問一答 ---------------------------------

_SON_JA = ctx(
    ("trainee", "息子さんが三年前に戻ってこられたそうですが、いずれはお店を継がれるんですか？"),
    ("owner", "今は仕入れから配達まで、なんでもやってくれとるよ。釣りが好きでな、休みはいつも海だわ。"),
)
_SON_EN = ctx(
    ("trainee", "Your son came back three years ago. Is he going to take over the shop?"),
    ("owner", "He does everything now, from buying in stock to the deliveries. Loves fishing on his days off."),
)
_JUMP_JA = "一問一答"
_REPEAT_JA = "もう一度尋ねています"
_JUMP_EN = "moved to another topic"
_REPEAT_EN = "asked again"


def test_the_same_matter_asked_again_is_named_a_repeat() -> None:
    for text in (
        "頼もしいですね。では、将来は息子さんにお店を任せるおつもりなんですか？",
        "なんでもこなされるんですね。ゆくゆくは息子さんに譲られるんですか？",
    ):
        _, s = run(text, _SON_JA)
        assert not has_line(s.feedback, _JUMP_JA), (text, s.feedback)
        assert has_line(s.feedback, _REPEAT_JA), (text, s.feedback)
    _, s = run("That's a big help. So will you hand the shop over to him one day?", _SON_EN, "en")
    assert has_line(s.feedback, _REPEAT_EN), s.feedback
    assert not any(_JUMP_EN in line for line in s.feedback), s.feedback


def test_a_new_matter_or_an_open_dig_is_no_repeat() -> None:
    for text in (
        # the same person, another matter
        "頼もしいですね。息子さんは、戻ってこられる前はどんなお仕事をされていたんですか？",
        # the same matter, dug into openly
        "頼もしいですね。息子さんに任せるとしたら、社長が一番気がかりなのはどんなことですか？",
        # a genuine change of topic: whatever else it is, it asks nothing again
        "ところで、お店の売上はここ数年で伸びていますか？",
    ):
        _, s = run(text, _SON_JA)
        assert not has_line(s.feedback, _REPEAT_JA), (text, s.feedback)
    _, s = run("What did he do before he came back?", _SON_EN, "en")
    assert not has_line(s.feedback, _REPEAT_EN), s.feedback


def test_asking_again_after_no_answer_is_fair() -> None:
    hedged = [_SON_JA[0], Utterance(speaker="owner", text="さあ…。")]
    _, s = run("将来は息子さんにお店を任せるおつもりなんですか？", hedged)
    assert not has_line(s.feedback, _REPEAT_JA), s.feedback


# --- 3. inviting his questions presses no refused topic ----------------------------------------

_PRESS_JA = "断ったことを重ねて求めて"
_PRESS_EN = "pressed again for what the owner had just refused"


def test_inviting_his_questions_after_a_refusal_presses_nothing() -> None:
    refused = ctx(
        ("trainee", "息子さんとのこと、もう少し聞かせていただけますか？"),
        ("owner", "今日のところは、勘弁してください。"),
    )
    for text in (
        "分かりました。では最後に、今日の面談で私に聞いておきたいことは何かありますか？",
        "承知しました。ほかに、社長のほうから聞いておきたいことはありますか？",
    ):
        _, s = run(text, refused)
        assert not has_line(s.feedback, _PRESS_JA), (text, s.feedback)
        assert "presses_refusal" not in s.flags, text
    refused_en = ctx(
        ("trainee", "Can I ask about your daughter's role?"),
        ("owner", "I'd rather not go into that."),
    )
    _, s = run("Of course. Is there anything you want to ask me?", refused_en, "en")
    assert not has_line(s.feedback, _PRESS_EN), s.feedback


def test_the_declined_topic_asked_again_is_still_flagged() -> None:
    refused = ctx(
        ("trainee", "決算書を見せていただくことはできますか？"),
        ("owner", "決算書はちょっとね。"),
    )
    _, s = run("最後に一つだけ、決算書の数字だけでもお聞きできませんか？", refused)
    assert has_line(s.feedback, _PRESS_JA), s.feedback
    refused_en = ctx(
        ("trainee", "Can I ask about your daughter's role?"),
        ("owner", "I'd rather not go into that."),
    )
    _, s = run("I understand, but I do need to ask: what is your daughter's role?", refused_en, "en")
    assert has_line(s.feedback, _PRESS_EN), s.feedback


# --- 4. his words reported back after an apology: a reflection -------------------------------

_GOAL_JA = ctx(
    ("trainee", "社長は、この先の会社について、どんな思いをお持ちですか？"),
    ("owner", "そうだなあ…できれば、みんなが無理をしないで長く続けられる店でありたい、とは思うね。"),
    ("trainee", "そのためにも、早めに設備投資をしておくべきですよね？"),
    ("owner", "まあ、そうかもしれんね。…ほかに何か。"),
)
_GAVE_BACK_JA = "伝え返し"


def test_his_words_reported_back_after_an_apology_are_credited() -> None:
    text = (
        "すみません、私の話ばかりになってしまいました。社長が、みんなが無理をせずに長く続けられる店で"
        "ありたい、とおっしゃったのが心に残っています。そのお気持ちを、もう少し聞かせていただけますか？"
    )
    _, s = run(text, _GOAL_JA)
    assert has_line(s.feedback, _GAVE_BACK_JA), s.feedback
    assert s.scores["listening"] is not None and s.scores["listening"] >= 70


def test_words_he_never_said_reported_as_his_get_no_credit() -> None:
    text = (
        "すみません、私の話ばかりになってしまいました。社長が、海外にも販路を広げていきたい、"
        "とおっしゃったのが心に残っています。そのお気持ちを、もう少し聞かせていただけますか？"
    )
    _, s = run(text, _GOAL_JA)
    assert not has_line(s.feedback, "社長の言葉で返せています"), s.feedback
    assert s.scores["listening"] is not None and s.scores["listening"] < 50


# --- 5. a platitude on his word is no pick-up -----------------------------------------------

_MODEST_JA = ctx(
    ("trainee", "若い人を採って育てる仕組みを作ってはどうでしょう。"),
    ("owner", "いや、うちは無理はせん。暖簾を守るのが一番でね、手を広げる気はないんだわ。"),
)


def test_agreeing_with_his_word_as_a_platitude_is_not_praised_as_picked_up() -> None:
    for text in (
        "そうですよね、暖簾が大事ですよね。",
        "そうですよね、暖簾が大事ですよね。奥様もお店に出ていらっしゃるんですか？",
        "確かに、暖簾が一番ですよね。息子さんがいらっしゃるそうですが、お店を継がれるんですか？",
    ):
        _, s = run(text, _MODEST_JA)
        assert not has_line(s.feedback, "拾えています"), (text, s.feedback)


def test_taking_his_word_up_to_dig_is_still_praised() -> None:
    _, s = run("暖簾、ですか。社長にとって、暖簾を守るというのはどういうことなんでしょう？", _MODEST_JA)
    assert has_line(s.feedback, "『暖簾』"), s.feedback


# --- 6. evidence tags ---------------------------------------------------------------------------


def test_what_made_you_decide_is_no_empathy() -> None:
    acts = acts_of(
        "Thanks for having me. Could you tell me what made you decide that now is the time to expand?",
        ctx(("trainee", "Hello."), ("owner", "We want to open a second shop.")),
        "en",
    )
    assert "empathy" not in acts and "open_question" in acts
    # the reassurance keeps its empathy
    assert "empathy" in acts_of(
        "What you share is entirely up to you, you decide.",
        ctx(("trainee", "Hello."), ("owner", "I don't show the books to anyone.")),
        "en",
    )


_RETURNED = "answered and returned to the owner"


def test_a_leading_answer_to_his_test_is_not_returned_to_him() -> None:
    test = ctx(("trainee", "Hello."), ("owner", "Do you actually know anything about printing?"))
    _, s = run(
        "Yes, I've worked with dozens of printers, so I know it well. You should raise your prices, don't you think?",
        test,
        "en",
    )
    assert _RETURNED not in s.evidence
    _, s = run("A little, far less than you do. How do things look from where you stand?", test, "en")
    assert _RETURNED in s.evidence


def test_a_question_he_answers_himself_is_not_answered_and_returned() -> None:
    mused = ctx(
        ("trainee", "When people leave, what do you think is behind it?"),
        ("owner", "My foreman has been with me for twenty years. Everyone says delegate... but if I let go and it fails, who pays for it?"),
    )
    _, s = run("That's a lot to carry. What would need to be true for you to let go of some of it?", mused, "en")
    assert _RETURNED not in s.evidence


def test_an_echo_then_a_yes_no_check_is_closed_not_open() -> None:
    c = [
        Utterance(speaker="trainee", text="今は、誰の頭の中にあることが多いんでしょう。"),
        Utterance(speaker="owner", text="すみません、そこは…父に聞いてみないと分からないです。"),
    ]
    acts = acts_of("父に聞いてみないと、ですか。社長としては、そのあたりはお父様が把握されている、という感じなんでしょうか。", c)
    assert "open_question" not in acts


def test_runs_of_closed_questions_are_shown_as_ranges() -> None:
    from simulator.report_markdown import _run_label

    assert _run_label(1, 3, "ja") == "ターン1–3"
    assert _run_label(4, 6, "en") == "turns 4–6"
    assert _run_label(5, 5, "ja") == "ターン5"
