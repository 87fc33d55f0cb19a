"""Issue 8, acts14 (round 14): empathy and reflection recall / precision, ja and en. New
sentences; each class fails on main d8fe62d and has negative cases (a false alarm is worse than a
miss for feedback).

1. Praise or acceptance said alone (「さすがですね！」「へえ、素晴らしいですね。」, "Wow, that's
   brilliant!", "That's fine.") and a hollow reassurance about the outcome (「きっとすぐ持ち直し
   ますよ」, "I'm sure things will pick up") are no empathy; praise naming what he did, praise
   after a give-back of his effort and a reassurance about the meeting stay empathy.
2. An assumption of what someone knows, put for agreement (「信用金庫にいらしたなら、融資のことは
   よくご存じですよね」, "Someone who ran a chain must know pricing inside out, surely") is a
   leading question, not empathy; a feeling validated after a premise stays empathy.
3. Empathy in words the lexicons lacked: "weighing on you", "takes a lot out of you";
   「気の休まる暇もない」「背負っておられる」.
4. Reflections in other words: a decision word for his "decided" / 「決まらん」.
"""

from __future__ import annotations

from simulator.analysis import analyse, not_empathy

from .turns import ctx


def acts(text: str, owner: str, lang: str) -> set[str]:
    return {a.value for a in analyse(text, ctx(("owner", owner)), lang).acts}  # type: ignore[arg-type]


JA_PRIZE = "うちの味噌は、去年、県の品評会で一等をもらいましてね。"
EN_PRIZE = "We won the regional cider prize two years running."


# --- 1. praise or acceptance alone, hollow reassurance -----------------------------------------


def test_bare_praise_is_no_empathy() -> None:
    for text in ("さすがですね！", "へえ、素晴らしいですね。"):
        assert "empathy" not in acts(text, JA_PRIZE, "ja"), text
    assert acts("すごいですね。審査ではどこを評価されたんですか？", JA_PRIZE, "ja") & {
        "open_question",
        "closed_question",
    }
    assert "empathy" not in acts("すごいですね。審査ではどこを評価されたんですか？", JA_PRIZE, "ja")
    for text in ("Wow, that's brilliant!", "Impressive.", "That's amazing. What did the judges like?"):
        assert "empathy" not in acts(text, EN_PRIZE, "en"), text
    assert "empathy" not in acts("That's fine.", "Can we do this on Thursday instead?", "en")


def test_praise_of_what_he_did_stays_empathy() -> None:
    assert "empathy" in acts(
        "一等を取るまで、何年も仕込みを工夫してこられたんですね。すごいです。", JA_PRIZE, "ja"
    )
    assert "empathy" in acts(
        "Two years running means you've kept the quality up through a lot of work — that's impressive.",
        EN_PRIZE,
        "en",
    )
    assert "empathy" in acts(
        "That's fine — and only share what you're comfortable with.",
        "Can we do this on Thursday instead?",
        "en",
    )


def test_hollow_reassurance_is_no_empathy() -> None:
    owner_ja = "今月の売上、前の年より二割も減ってしもたんや。"
    for text in ("きっとすぐ持ち直しますよ。", "大丈夫ですよ、必ず良くなりますから。"):
        assert "empathy" not in acts(text, owner_ja, "ja"), text
    owner_en = "Bookings are down a fifth on last summer."
    for text in ("Don't worry, I'm sure things will pick up.", "I'm sure it'll work out."):
        assert "empathy" not in acts(text, owner_en, "en"), text
    # reassurance about the meeting stays empathy
    assert "empathy" in acts("Don't worry, nothing you tell me goes to the bank.", owner_en, "en")


# --- 2. an assumption of what someone knows ----------------------------------------------------


def test_assumed_knowledge_is_leading_not_empathy() -> None:
    owner = "うちの家内は昔、信用金庫に勤めとったんや。"
    for text in (
        "信用金庫にいらしたなら、融資のことはよくご存じですよね。",
        "金融機関のご出身でしたら、帳簿にもお強いですよね。",
    ):
        got = acts(text, owner, "ja")
        assert "empathy" not in got and "leading_question" in got, (text, got)
    owner_en = "My brother ran a hardware chain for ten years."
    for text in (
        "Someone who ran a chain must know pricing inside out, surely.",
        "He must be good at stock control, I bet.",
    ):
        got = acts(text, owner_en, "en")
        assert "empathy" not in got and "leading_question" in got, (text, got)


def test_feeling_after_a_premise_stays_empathy() -> None:
    assert "empathy" in acts("そんなご経験があったなら、悔しいですよね。", "取引先に裏切られたんや。", "ja")
    assert "empathy" in acts(
        "He must have felt awful when it closed.", "My brother ran a hardware chain for ten years.", "en"
    )
    # a humble deferral is no assumption put to him
    assert not_empathy.assumption("現場のことは社長の方がお詳しいですよね。", "ja") is None


# --- 3. empathy in words the lexicons lacked ---------------------------------------------------


def test_weighing_on_you_is_empathy_en() -> None:
    owner = "My daughter keeps saying I should sell, and I can't sleep."
    for text in (
        "It sounds like this has been weighing on you for a while.",
        "That takes a lot out of you, I imagine.",
    ):
        assert "empathy" in acts(text, owner, "en"), text
    assert "empathy" not in acts("The loan weighs on the balance sheet.", owner, "en")
    # a question about how he feels is no empathy (blind play: "Does it take a lot out of you?")
    for text in ("Does it take a lot out of you?", "Has it been weighing on you?"):
        assert "empathy" not in acts(text, owner, "en"), text


def test_burden_words_are_empathy_ja() -> None:
    owner = "職人の入れ替わりが激しくてな、毎朝今日は誰が来るんやろって。"
    assert "empathy" in acts("毎朝それでは、気の休まる暇もないですね。", owner, "ja")
    got = acts("工場全体を一人で背負っておられるんですね。どこが一番しんどいですか？", owner, "ja")
    assert "empathy" in got
    # a task held is no burden acknowledged
    assert "empathy" not in acts(
        "見積もりは専務が担当していらっしゃるんですね。", "見積もりは専務がやっとる。", "ja"
    )


# --- 4. reflections in other words -------------------------------------------------------------


def test_decision_paraphrase_is_reflection() -> None:
    got = acts(
        "要するに、判断が全部社長のところに集まっているということですね。",
        "わしがハンコ押さんと、見積もり一つ出せんのや。",
        "ja",
    )
    assert "reflection" in got, got
    got = acts(
        "It sounds like every decision still runs through you.",
        "Nothing gets decided unless I'm on the shop floor.",
        "en",
    )
    assert "reflection" in got, got


# --- 5. replays of r14 (new sentences of the same kind) ----------------------------------------


def test_echo_then_praise_is_no_empathy() -> None:
    # r14a S04 T6: 「50年ですか、すごいですね。でも…」 was praised as receiving his feelings
    owner = "この取引先とは40年のお付き合いでね、売上の6割がそこなんです。"
    got = acts("40年ですか、すごいですね。でも、その取引先が離れたら、どうされるんですか？", owner, "ja")
    assert "empathy" not in got and got & {"open_question", "closed_question", "leading_question"}
    assert "empathy" in acts(
        "40年というのはすごいですね。そこまで続けてこられた秘訣は何ですか？", owner, "ja"
    )


def test_dialect_validations_are_empathy_ja() -> None:
    owner = "ほやけどな、うちは一番手間かけとるんやざ。それでも問屋は値段しか見てくれんのや。"
    got = acts(
        "手間ひまかけてはるのに、値段だけで決められたら、たまらんですよね。今はどう対応されてるんですか？",
        owner,
        "ja",
    )
    assert {"empathy", "open_question"} <= got, got
    assert "empathy" in acts("それはかなわんですね。", owner, "ja")
    assert "empathy" not in acts("たまらない味ですね。", "うちの新作の羊羹や。食べてみ。", "ja")


def test_you_seem_stretched_is_empathy_en() -> None:
    owner = "I've been doing the books every night on my own for a year."
    for text in ("You seem really stretched.", "You look upset.", "You sound worried about the bank."):
        assert "empathy" in acts(text, owner, "en"), text
    assert "empathy" not in acts("Your sales seem stretched across too many lines.", owner, "en")


def test_glad_to_hear_more_is_a_request_not_empathy_en() -> None:
    # r14b s06 T9: "I'd be glad to hear any part of it" was named as acknowledging his feelings
    from simulator.analysis import en_lexicon as L

    assert not L.EMPATHY.search("I'd be glad to hear any part of it you want to share.")
    assert L.EMPATHY.search("Glad to hear the team is behind you.")


def test_meeting_length_reassurance_is_no_empathy() -> None:
    owner_ja = "今日はどれくらいかかるんですか？"
    assert "empathy" not in acts("三十分ほどで終わりますので、ご安心ください。", owner_ja, "ja")
    # a promise about what he says stays empathy
    assert "empathy" in acts("ご安心ください。今日のお話は外には出しません。", owner_ja, "ja")
    owner_en = "How long is this going to take?"
    for text in (
        "Don't worry, it'll only take about twenty minutes.",
        "We'll be done by three, so no need to worry.",
    ):
        assert "empathy" not in acts(text, owner_en, "en"), text
    assert "empathy" in acts("Don't worry, nothing you say leaves this room.", owner_en, "en")


def test_his_worry_named_as_given_is_empathy_ja() -> None:
    owner = "最近はあまり眠れなくてね。"
    assert "empathy" in acts("眠れないほど、気にかかっていることがおありなんですね。", owner, "ja")
    # asked, it is a question; guessed, a leading one
    assert "empathy" not in acts("何か気にかかっていることがおありなんですか？", owner, "ja")
    assert "empathy" not in acts("何か気がかりなことがおありなのでは？", owner, "ja")


# --- 6. empathy before a question in a long turn -----------------------------------------------

JA_FLOOR = "去年、工場長が辞めてな。それからは、わしが朝五時から現場に出とる。若いのはまだ危なっかしいでな。"


def test_feeling_clause_before_a_long_question_is_empathy_ja() -> None:
    got = acts(
        "朝五時から立ち続けておられるんですね。体もきついと思いますが、今、若い方のどんなところが"
        "一番危なっかしいと感じていらっしゃいますか？",
        JA_FLOOR,
        "ja",
    )
    assert {"empathy", "open_question"} <= got, got
    # the feeling asked about, or a hedge before a proposal, is no empathy
    assert "empathy" not in acts("どんな時がきついと思いますか？", JA_FLOOR, "ja")
    assert "empathy" not in acts("厳しいと思いますが、値上げしてみてはいかがですか？", JA_FLOOR, "ja")


def test_kansai_taihen_and_atama_ga_sagaru_are_empathy_ja() -> None:
    got = acts("ほんまに大変やったんですね。若い人のことで、一番気になってはるのはどこですか？", JA_FLOOR, "ja")
    assert "empathy" in got, got
    got = acts("朝五時からとは、本当に頭が下がります。工場長の仕事はどなたが引き継いでいるんですか？", JA_FLOOR, "ja")
    assert "empathy" in got and "advice" not in got, got
    assert "advice" in acts("値上げすると、コストが下がります。", JA_FLOOR, "ja")


def test_on_your_shoulders_is_empathy_en() -> None:
    got = acts(
        "That is a lot to have on your shoulders. How are you holding up?",
        "Since our manager left I've been on the floor at five every morning.",
        "en",
    )
    assert {"empathy", "open_question"} <= got, got


def test_his_own_dont_worry_given_back_is_no_empathy_en() -> None:
    # r14a: "You said that side you don't worry about" was praised as acknowledging his feelings
    owner = "The factory side runs itself. That side I don't worry about. It's the chain that keeps me up."
    for text in (
        "You said that side you don't worry about. What is it about the chain?",
        "So the factory you don't worry about; the chain is what keeps you up.",
    ):
        got = acts(text, owner, "en")
        assert "empathy" not in got and "reflection" in got, (text, got)
    assert "empathy" in acts("Please don't worry about the numbers today.", owner, "en")


def test_invitation_to_talk_is_no_empathy_en() -> None:
    # r14b s06 T9: "A lot to it. I'd be glad to hear any part of it…" was named as empathy
    owner = "Well. There's a lot to how this place started."
    for text in (
        "A lot to it. I'd be glad to hear any part of it you'd like to share.",
        "I'd love to hear how it began, if you're happy to tell it.",
    ):
        assert "empathy" not in acts(text, owner, "en"), text
    assert "empathy" in acts(
        "That must have been hard. I'd be glad to hear more, whenever you're ready.", owner, "en"
    )
