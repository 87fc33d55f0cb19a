"""Issue 8, round 16 (fb16; the r15a/r15b defects still on main 974a629, and the same classes in
r12–r14): per-turn feedback lines that are true of the turn. New sentences, ja and en; each
positive case fails on main 974a629, each negative case guards against a false alarm.

1. a reflection of ONE reply of his, spread over two sentences of the supporter's and put to him
   as no recap (「寸法の狂いは少ないほう。地味な部品でも、丁寧に…」 "The brine tastes the way it
   always did. Plain pickles, but…"), is no summary: no 「要点をまとめて」 praise, and the session
   names it as the reflection it is (（伝え返し）, no （要約） strength). A summary gathers his
   points across turns: one that does keeps its praise.
   1b. his words reused in the answer to his own question (「冷凍便は確かに高いです。同じ商売だと…」
   for his 「同じ商売の人らは送料どうしてるの？冷凍便だと高いでしょ」) paraphrase nothing: no
   言い換え, no summarising score, so the report names no 「ほかの場面のまとめ」 (r15b s08 T4). The
   same words restated when he asked nothing stay a paraphrase.
2. a push (a leading question, advice) is named as the push, never also as 一問一答: 「6割も一社に
   頼っているのは、やっぱり心配ですよね？」 on his own customer is no 「別の話題の質問に移っています」,
   and the report lists it once, under 誘導質問 (r15b s04 T5, r14a s02 T3, r14a s06 T6). A plain
   question that leaves his answer for another subject is still a topic switch.
3. one word of his echoed with 「…んですね」 (「何千人もいるんですね。」) before a closed question of
   the supporter's own is no 伝え返し and no 「社長が使った言葉をそのまま一つ入れると」 (she did use
   it): the closed question is named instead (r15a s09 T4; r15a s04 T2 had it for 「DXですね。」).
   The same echo before an open question keeps its 伝え返し.
4. a question for an age or a date ("How old are your presses?", 「プレス機は何年前に入れたんですか？」)
   is a closed fact question: never "a short question leaves the owner room to talk"; the closed
   question is named (r14a s06 T8). A short open question on the same machines keeps the praise.
"""

from __future__ import annotations

from simulator.acts import Utterance
from simulator.reporting import _shown_acts
from simulator.scoring import score_conversation
from simulator.scoring.patterns import is_owner_summary

from .report_rows import report_row
from .turns import ctx, has_line, run

SUMMARY_JA = "要点をまとめて返せています"
SUMMARY_EN = "You gathered the owner's points"
REFLECT_JA = "社長の言葉で返せています"
REFLECT_EN = "You gave the owner's point back in the owner's words"

# --- 1. one reply of his given back is a reflection -----------------------------------------------

MOLDS = ctx(
    ("trainee", "本日はよろしくお願いします。まずは会社のことを聞かせてください。"),
    ("owner", "うちは金型の部品を作っとります。社員は二十人ほどで、父の代から四十年になります。"),
    ("trainee", "四十年も続けてこられたんですね。お客さんはどんなところが多いですか。"),
    ("owner", "家電のメーカーさんが中心です。昔からのお付き合いで、注文はだいたい決まっとります。"),
    ("trainee", "昔からのお付き合いなんですね。社長が一番大事にされていることは何ですか。"),
    (
        "owner",
        "いやあ、人に言えるようなものはないんですよ。地味な部品ばかりですから。"
        "ただ、寸法の狂いは少ないほうだと思います。",
    ),
)
ONE_REPLY_JA = (
    "寸法の狂いは少ないほう。地味な部品でも、丁寧に作り続けてこられたんですね。"
    "それはメーカーさんも分かっていらっしゃるんでしょうか。"
)

PICKLES = ctx(
    ("trainee", "Thank you for your time. Could you tell me about the company?"),
    ("owner", "We make pickles. Twelve staff. My grandfather started it in 1960."),
    ("trainee", "Since 1960, that's a long run. Who buys from you mostly?"),
    ("owner", "Two supermarket chains, mostly. They've been with us for years."),
    ("trainee", "Years with the same chains. What are you proudest of?"),
    (
        "owner",
        "Oh, nothing to boast about. Plain pickles, really. "
        "But the brine tastes the way it always did, I'd say.",
    ),
)
ONE_REPLY_EN = (
    "The brine tastes the way it always did. Plain pickles, but made right all these years. "
    "Do the chains know that?"
)


def test_one_reply_given_back_is_no_summary_ja() -> None:
    _, s = run(ONE_REPLY_JA, MOLDS)
    assert not has_line(s.feedback, SUMMARY_JA)
    assert has_line(s.feedback, REFLECT_JA)
    assert "owner_summary" not in s.flags


def test_one_reply_given_back_is_no_summary_en() -> None:
    _, s = run(ONE_REPLY_EN, PICKLES, "en")
    assert not has_line(s.feedback, SUMMARY_EN)
    assert has_line(s.feedback, REFLECT_EN)


def _session_acts(context: list[Utterance], text: str, lang: str) -> list[str]:
    turns = [*context, Utterance(speaker="trainee", text=text)]
    scored = score_conversation(turns, lang)
    return scored.turns[-1].acts


def _strength_acts(context: list[Utterance], text: str, lang: str) -> list[str]:
    turns = [*context, Utterance(speaker="trainee", text=text)]
    last = score_conversation(turns, lang).turns[-1]
    row = report_row(
        1, text, list(last.acts), feedback=list(last.feedback), owner_reply="", flags=list(last.flags)
    )
    return _shown_acts(row)


def test_the_report_names_one_reply_given_back_as_a_reflection() -> None:
    # the report's strengths are named by these acts: （伝え返し）, no （要約）
    for context, text, lang in ((MOLDS, ONE_REPLY_JA, "ja"), (PICKLES, ONE_REPLY_EN, "en")):
        acts = _strength_acts(context, text, lang)
        assert "summary" not in acts
        assert "reflection" in acts


def test_the_session_counts_one_reply_given_back_as_a_give_back_not_a_summary() -> None:
    # the 要約の質 figure reads the summaries made; the give-back share still counts the turn
    for context, text, lang in ((MOLDS, ONE_REPLY_JA, "ja"), (PICKLES, ONE_REPLY_EN, "en")):
        scored = score_conversation([*context, Utterance(speaker="trainee", text=text)], lang)
        last = scored.turns[-1]
        assert not is_owner_summary(last)
        assert last.index in scored.patterns.reflections


def test_points_of_several_replies_gathered_keep_the_summary_ja() -> None:
    text = (
        "ここまでを整理すると、お父様の代から四十年、家電のメーカーさんとの昔からのお付き合いがあって、"
        "地味な部品でも寸法の狂いは少ない、ということですね。"
    )
    _, s = run(text, MOLDS)
    assert has_line(s.feedback, SUMMARY_JA)
    assert "summary" in _session_acts(MOLDS, text, "ja")


def test_points_of_several_replies_gathered_keep_the_summary_en() -> None:
    text = (
        "Let me sum up: your grandfather started it in 1960, the same two chains have bought "
        "from you for years, and the brine tastes the way it always did. Is that right?"
    )
    _, s = run(text, PICKLES, "en")
    assert has_line(s.feedback, SUMMARY_EN)
    assert "summary" in _session_acts(PICKLES, text, "en")


# --- 1b. his words in the answer to his own question are no paraphrase ----------------------------

ASKED_SHIPPING = ctx(
    ("trainee", "今日はよろしくお願いします。ネット販売のこと、聞かせてください。"),
    (
        "owner",
        "うちは冷凍の餃子を作ってるんだけどね。お客さんは送料無料がいいって言うし、まとめて買う人も"
        "多いけどさ。ネットで売るなら、同じ商売の人らは送料どうしてるの？冷凍便だと高いでしょ。",
    ),
)
TOLD_SHIPPING = ctx(
    ("trainee", "今日はよろしくお願いします。ネット販売のこと、聞かせてください。"),
    (
        "owner",
        "うちは冷凍の餃子を作ってるんだけどね。お客さんは送料無料がいいって言うし、まとめて買う人も"
        "多いけどさ。同じ商売の人らは送料を無料にしてるけど、冷凍便だと高いんだよ。",
    ),
)
ANSWER = (
    "冷凍便は確かに高いです。同じ商売だと、まとめて買ってもらって送料を無料にしているところが"
    "多いですね。ところで、工場には何人いらっしゃいますか？"
)


def test_an_answer_to_his_question_in_his_words_is_no_paraphrase() -> None:
    # r15b s08 T4: the report then named it among 「ほかの場面のまとめ（要約スコア70）」
    _, s = run(ANSWER, ASKED_SHIPPING)
    assert "paraphrase" not in s.flags
    assert s.scores["summarising"] is None


def test_his_points_restated_when_he_asked_nothing_stay_a_paraphrase() -> None:
    text = (
        "冷凍便は高いし、同じ商売の人は送料を無料にしている。まとめて買う人も多い。"
        "ところで、工場には何人いらっしゃいますか？"
    )
    _, s = run(text, TOLD_SHIPPING)
    assert "paraphrase" in s.flags


# --- 2. a push is named as the push, never also as 一問一答 -----------------------------------------

AOBA = ctx(
    ("trainee", "本日はよろしくお願いします。主なお取引先はどちらですか？"),
    ("owner", "青葉電機さんです。売上の6割ほどになります。"),
    ("trainee", "青葉電機さんとは、どんなきっかけで始まったんですか。"),
    ("owner", "先代のころからずっとです。向こうの工場長とも古い付き合いで。"),
)
AOBA_EN = ctx(
    ("trainee", "Thank you for your time. Who are your main customers?"),
    ("owner", "Aoba Electric, mostly. About sixty percent of our sales."),
    ("trainee", "How did the work with Aoba Electric begin?"),
    ("owner", "It goes back to my father's day. I know their plant manager from way back."),
)
SWITCH_JA = "別の話題の質問に移っています"
SWITCH_EN = "left what the owner had just answered for another topic"


def test_a_leading_question_on_his_customer_is_no_topic_switch_ja() -> None:
    _, s = run(
        "6割も一社に頼っているのは、やっぱり心配ですよね？ほかのお客さんも増やした方がいいんじゃないですか？",
        AOBA,
    )
    assert has_line(s.feedback, "誘導する質問")
    assert not has_line(s.feedback, SWITCH_JA)
    assert "topic_switch" not in s.flags


def test_a_leading_question_on_his_customer_is_no_topic_switch_en() -> None:
    _, s = run(
        "Sixty percent from one customer is risky, isn't it? Shouldn't you be finding new customers?",
        AOBA_EN,
        "en",
    )
    assert not has_line(s.feedback, SWITCH_EN)
    assert "topic_switch" not in s.flags


def test_the_report_lists_the_push_once() -> None:
    text = "6割も一社に頼っているのは、やっぱり心配ですよね？ほかのお客さんも増やした方がいいんじゃないですか？"
    scored = score_conversation([*AOBA, Utterance(speaker="trainee", text=text)], "ja")
    index = len(AOBA)
    assert index in scored.patterns.leading
    assert index not in scored.patterns.topic_switches


def test_a_plain_jump_to_another_subject_is_still_a_topic_switch() -> None:
    _, s = run("そうですか。では、人手の方はいかがですか？何人くらい足りないんでしょう。", AOBA)
    assert has_line(s.feedback, SWITCH_JA) or "topic_switch" in s.flags


# --- 3. a bare echo with 「…んですね」 before a closed question -------------------------------------

REGULARS = ctx(
    ("trainee", "本日はよろしくお願いします。お店のこと、聞かせてください。"),
    ("trainee", "お客さんはどれくらいいらっしゃいますか？"),
    ("owner", "数えたことはないけど、うちの常連さんは何千人とおるよ。"),
)
USE_HIS_WORD = "そのまま一つ入れると"


def test_a_bare_echo_before_a_closed_question_is_no_reflection() -> None:
    _, s = run("何千人もいるんですね。それで、減りだしたのはいつ頃からですか？", REGULARS)
    assert not has_line(s.feedback, USE_HIS_WORD)
    assert not has_line(s.feedback, "伝え返し")
    assert has_line(s.feedback, "閉じた質問です")


def test_the_same_echo_before_an_open_question_keeps_the_reflection() -> None:
    _, s = run(
        "何千人もいるんですね。その常連さんたちとは、どんなお付き合いをされてきたんですか？", REGULARS
    )
    assert has_line(s.feedback, REFLECT_JA)


# --- 4. an age or a date asked for is a closed question -------------------------------------------

PRESSES = ctx(
    ("trainee", "Thank you for your time. Could you tell me about the shop floor?"),
    ("owner", "Eight presses and a welding line. We run two shifts when the orders come in."),
)
PRESSES_JA = ctx(
    ("trainee", "本日はありがとうございます。工場のことを聞かせていただけますか。"),
    ("owner", "プレス機が8台と溶接のラインがひとつ。注文が重なると二交代で回してます。"),
)
ROOM_EN = "A short question leaves the owner room to talk"
ROOM_JA = "短い問いかけで、社長が語る余白"


def test_an_age_question_is_closed_en() -> None:
    _, s = run("I see. How old are your presses?", PRESSES, "en")
    assert not has_line(s.feedback, ROOM_EN)
    assert has_line(s.feedback, "A closed question")


def test_a_date_question_is_closed_ja() -> None:
    _, s = run("なるほど。プレス機は何年前に入れたんですか？", PRESSES_JA)
    assert not has_line(s.feedback, ROOM_JA)


def test_a_short_open_question_on_the_machines_keeps_the_praise() -> None:
    _, s = run("I see. What are the presses like to work with?", PRESSES, "en")
    assert not has_line(s.feedback, "A closed question")
