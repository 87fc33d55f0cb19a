"""fb24b (blind playtests r23a #1, #8 and r23b s06 T6): summaries recognised and credited as what
they are. New sentences, ja and en, with near misses; the playtest turns replayed are in the
report.

1. a textbook summary of his points with a check (「ここまでのお話をまとめると、…ということでよろしい
   でしょうか」 "So, you're …, and …") is a summary, even with an approximate count in it
   (「三十何年」 is a figure, no wh-word) or an apology and a reassurance before it; the report
   never says 「要約はしていません」 beside 「要約が必要な場面でまとめた割合 100%」.
2. one echo (one quoted phrase, one sentence of his cited) is never credited as several points
   rephrased or gathered; a restatement of three sentences of one reply or more is.
3. a reflection with a reassurance ("No need to sort them all out now") is no advice.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from simulator import open_session
from simulator.acts import Utterance
from simulator.reporting import NO_SUMMARY, _no_summary

from .turns import acts_of, ctx, run

# --- contexts ------------------------------------------------------------------------------------

FACTORY_JA = ctx(
    ("trainee", "本日はありがとうございます。会社をどのように育ててこられたのか、お聞かせください。"),
    ("owner", "取れる仕事は何でも取ったよ。夜中まで機械を回して、もう三十何年だ。"),
    ("trainee", "がむしゃらに走ってこられたんですね。今、気になっていることはありますか。"),
    ("owner", "人だよ。若いのを採っても三年もたずに辞める。職人はみんな五十、六十だ。このままじゃ回らん。"),
    ("trainee", "若い方が続かないんですね。機械のほうはいかがですか。"),
    ("owner", "旋盤はもう二十年選手でね。一台止まったら納期に響く。でも今の単価じゃ入れ替えもできん。"),
)
SHOP_JA = ctx(
    ("trainee", "お店のことを聞かせていただけますか。"),
    ("owner", "祖父の代からの和菓子屋でね。水まんじゅうが夏の看板なんです。"),
    ("trainee", "夏の看板なんですね。最近はいかがですか。"),
    ("owner", "本店のお客さんが減りました。駅前の店はまだいいんですが、本店は昼過ぎると誰も来ない。"),
    ("trainee", "本店の昼過ぎが静かなんですね。職人さんのほうはどうですか。"),
    ("owner", "職人も足りません。募集しても来ないし、来ても続かない。"),
)
ONE_REPLY_JA = ctx(
    ("trainee", "今いちばん気がかりなことは何でしょう。"),
    (
        "owner",
        "売上は五年横ばいです。原料も電気代も上がってて、利益はどんどん薄くなってる。"
        "値上げしたらお客さんが離れそうで怖い。",
    ),
)
QUOTE_JA = ctx(
    ("trainee", "お客さんのことを聞かせてください。"),
    ("owner", "昔からのお客さんが中心だね。でも、竹本だから買う、って人がどれだけいるか分からないよ。"),
)
FACTORY_EN = ctx(
    ("trainee", "Thanks for seeing me. How did the company get to where it is?"),
    ("owner", "Took every job going. Ran the machines till midnight for thirty-odd years."),
    ("trainee", "That's a lot of nights. What's on your mind these days?"),
    ("owner", "People. The young ones quit inside three years. My machinists are all fifty, sixty."),
    ("trainee", "The young ones don't stay. And the machines?"),
    ("owner", "The lathe is twenty years old. If one stops, deliveries slip. Prices are too low to replace it."),
)
ONE_REPLY_EN = ctx(
    ("trainee", "What matters most to you in the business?"),
    (
        "owner",
        "Ingredients. Azuki beans from a contract farmer in Hokkaido, water from our own well. "
        "Unchanged since my grandfather's day, and I won't change them either.",
    ),
)
ECHO_EN = ctx(
    ("trainee", "When do you feel the pressure most?"),
    ("owner", "When I'm redoing a quote, looking at the numbers. That's when it gets me."),
)
PILING_EN = ctx(
    ("trainee", "What makes it hard to decide?"),
    ("owner", "Um, I can't say for sure... A few things piling up, probably."),
)


def _summarised(text: str, context: list[Utterance], lang: str) -> bool:
    """The turn is credited on summarising (a summary of his points or several rephrased)."""
    _, ts = run(text, context, lang)
    return ts.scores.get("summarising") is not None


# --- 1. real summaries (2–4 of his points, with or without a check) ----------------------------

SUMMARIES_JA = [
    "ここまでのお話をまとめると、三十何年がむしゃらにやってこられて、今は若い方が続かず、"
    "職人さんも高齢になっている、ということでよろしいでしょうか。",
    "失礼しました、踏み込みすぎました。話したくないことがあればおっしゃってください。ここまでのお話を"
    "まとめると、夜中まで機械を回して三十何年、今いちばん気がかりなのは人のこと、若い方が定着せず"
    "職人さんの高齢化が進んでいる、ということでよろしいでしょうか。",
    "整理させてください。若い方が三年もたずに辞めてしまうこと、旋盤が二十年選手で止まったら納期に"
    "響くこと、でも今の単価では入れ替えもできないこと。この三つが重なっているということでしょうか。",
    "ここまで伺ったお話をまとめると、人のことと機械のこと、両方が綱渡りということですね。",
    "まとめると、三十何年仕事を取り続けてこられて、今は人が続かず、機械も古くなっている、という状況でしょうか。",
    "まとめますと、本店のお客さんが減っていて、職人さんも足りない、ということでしょうか。",
    "これまでのお話を整理すると、水まんじゅうが夏の看板で、本店は昼過ぎに静かになり、職人さんの募集にも"
    "人が来ない、ということですね。",
    "お話を伺っていると、本店のお客さんが減っていることと、職人さんが来ても続かないこと、二つが気がかりなんですね。",
    "ここまでをまとめると、祖父の代からの和菓子屋で、本店のお客さんが減り、職人も足りない。そういう状況でしょうか。",
]
SUMMARIES_EN = [
    "So, you've run the machines for thirty-odd years, the young ones quit inside three years, "
    "and the lathe is twenty years old, is that right?",
    "So you're saying the young ones don't stay, your machinists are fifty or sixty, and if the "
    "lathe stops, deliveries slip.",
    "Sorry, I pushed too far. Let me sum up what I've heard: thirty-odd years of taking every job, "
    "young people quitting inside three years, and an old lathe you can't afford to replace. Have I got that right?",
    "To recap: people are the worry, the lathe is twenty years old, and prices are too low to replace it.",
    "So, you're thirty-odd years in, the young ones quit, the machinists are getting older, and "
    "the lathe could stop any day.",
    "If I've understood, it's people first — the young ones quit inside three years — and then the old "
    "lathe and prices too low to replace it. Is that right?",
]


@pytest.mark.parametrize("text", SUMMARIES_JA[:5])
def test_summary_ja_factory(text: str) -> None:
    assert "summary" in acts_of(text, FACTORY_JA, "ja")
    assert _summarised(text, FACTORY_JA, "ja")


@pytest.mark.parametrize("text", SUMMARIES_JA[5:])
def test_summary_ja_shop(text: str) -> None:
    assert _summarised(text, SHOP_JA, "ja")


@pytest.mark.parametrize("text", SUMMARIES_EN)
def test_summary_en(text: str) -> None:
    assert _summarised(text, FACTORY_EN, "en")


# --- 2. several sentences of one reply restated: credited; one echo: never ---------------------

SEVERAL_ONE_REPLY_JA = [
    "売上が五年横ばいで、原料も電気代も上がって利益が薄くなり、値上げすればお客さんが離れそうで怖い、というお気持ちなんですね。",
    "五年横ばいのうえに、原料や電気代が上がって利益が薄くなっている。値上げもお客さんが離れそうで怖い。そういうことなんですね。",
    "横ばいが五年続いて、電気代も原料も上がっていて、値上げするとお客さんが離れるかもしれない、と感じていらっしゃるんですね。",
]
SEVERAL_ONE_REPLY_EN = [
    "So the ingredients—azuki from your contract farmer in Hokkaido and water from your own well—haven't "
    "changed since your grandfather's day, and won't. What does that mean for the shop today?",
    "Azuki from a contract farmer in Hokkaido, water from your own well, unchanged since your grandfather, "
    "and you won't change them either. What makes that so important?",
]
ONE_ECHO_JA = [
    (QUOTE_JA, "「竹本だから買う、って人がどれだけいるか分からない」。そこは大事なところのように聞こえました。"
     "そう感じるようになったきっかけはありますか。"),
    (QUOTE_JA, "竹本だから買う人がどれだけいるか分からない、というのが印象に残りました。どうしてそう思われるんですか。"),
    (SHOP_JA, "職人さんが来ても続かない、というのが気になりました。どんな方が辞めていかれるんですか。"),
    (SHOP_JA, "本店は昼過ぎると誰も来ない、とおっしゃいましたね。昔はどうでしたか。"),
    (ONE_REPLY_JA, "利益がどんどん薄くなっている、と。そのあたりをもう少し聞かせてください。"),
    (ONE_REPLY_JA, "「値上げしたらお客さんが離れそうで怖い」。その怖さはどこから来ているんでしょう。"),
    (FACTORY_JA, "一台止まったら納期に響く、というのが心に残りました。そうなったことはありますか。"),
    (FACTORY_JA, "旋盤が二十年選手、というのが気になりました。どんなふうに使っていらっしゃるんですか。"),
    (SHOP_JA, "水まんじゅうが夏の看板、なんですね。どんなところが喜ばれているんでしょう。"),
]
ONE_ECHO_EN = [
    (ECHO_EN, "When you're redoing a quote, looking at the numbers. Could you tell me more about those moments?"),
    (ECHO_EN, "Redoing a quote, looking at the numbers — what goes through your mind then?"),
    (ONE_REPLY_EN, "Water from your own well. What does that well mean to you?"),
    (FACTORY_EN, "If one stops, deliveries slip. How often do you think about that?"),
    (PILING_EN, "A few things piling up. Which one weighs on you most?"),
]


@pytest.mark.parametrize("text", SEVERAL_ONE_REPLY_JA)
def test_several_points_of_one_reply_ja(text: str) -> None:
    assert _summarised(text, ONE_REPLY_JA, "ja")


@pytest.mark.parametrize("text", SEVERAL_ONE_REPLY_EN)
def test_several_points_of_one_reply_en(text: str) -> None:
    assert _summarised(text, ONE_REPLY_EN, "en")


@pytest.mark.parametrize(("context", "text"), ONE_ECHO_JA)
def test_one_echo_not_several_ja(context: list[Utterance], text: str) -> None:
    a, ts = run(text, context, "ja")
    assert ts.scores.get("summarising") is None
    assert not any("複数の点" in f or "要点をまとめ" in f for f in ts.feedback)


@pytest.mark.parametrize(("context", "text"), ONE_ECHO_EN)
def test_one_echo_not_several_en(context: list[Utterance], text: str) -> None:
    a, ts = run(text, context, "en")
    assert ts.scores.get("summarising") is None
    assert not any("several" in f or "gathered" in f for f in ts.feedback)


# --- near misses: a summary of her own ideas, a figure question -----------------------------------

OWN_IDEAS_JA = [
    "まとめると、求人の出し方を変えて、マニュアルを作って、設備は補助金で入れ替える、ということでいかがでしょうか。",
    "整理すると、まずSNSで発信して、次にネット通販を始めて、最後に駅前店を広げるのがいいと思います。",
    "ここまでの話をまとめると、私としてはまず採用のやり方を見直すのがいいと思います。",
]


@pytest.mark.parametrize("text", OWN_IDEAS_JA)
def test_own_ideas_no_credit_ja(text: str) -> None:
    _, ts = run(text, FACTORY_JA, "ja")
    assert not any("要点をまとめて返せて" in f for f in ts.feedback)


def test_approximate_count_is_no_question_but_a_real_one_is() -> None:
    from simulator.analysis import ja_lexicon as L

    assert not L.WH_FACT.search("三十何年やってこられて")
    assert not L.WH_FACT.search("二十何人の職人さん")
    assert L.WH_FACT.search("何年続けてこられたんですか")
    assert "closed_question" in acts_of("職人さんは何人いらっしゃいますか。", FACTORY_JA, "ja")


# --- 3. reflection + reassurance + open prompt ---------------------------------------------------

REASSURED_EN = [
    "A few things piling up. No need to sort them all out now. If you picked just one, which comes to mind first?",
    "A few things piling up, then. No need to answer neatly. What's the first one that comes up?",
]


@pytest.mark.parametrize("text", REASSURED_EN)
def test_reassurance_is_no_advice_en(text: str) -> None:
    acts = acts_of(text, PILING_EN, "en")
    assert "advice" not in acts and "other" not in acts
    assert acts & {"reflection", "empathy"}


def test_need_to_advice_still_advice_en() -> None:
    acts = acts_of("A few things piling up. You need to sort them out one by one, starting with staff.", PILING_EN, "en")
    assert "advice" in acts


# --- the report agrees with itself ------------------------------------------------------------------


def test_no_summary_report_never_claims_full_coverage() -> None:
    class R:
        score_details = {
            "summarising": {
                "quality_terms": [{"turn": 6, "score": 70, "kind": "paraphrase"}],
                "parts": [
                    {"rate": "summary_coverage", "value": 1.0, "label": "要約が必要な場面でまとめた割合"},
                    {"rate": "summary_quality", "value": 0.7, "label": "要約の質"},
                ],
            }
        }
        feedback: list[str] = []
        summary_made = True

    r = R()
    _no_summary(r, "ja")  # type: ignore[arg-type]
    parts = r.score_details["summarising"]["parts"]
    assert parts[0]["label"] == NO_SUMMARY["coverage"]["ja"]
    assert "要約はしていません" in parts[1]["label"]


# --- the playtest turns replayed (r23a, r23b: seeds and text from the raw logs) ---------------------

_RAW = Path(__file__).resolve().parents[1] / "benchmarks" / "playtests"


def _replay(name: str, turn: int) -> tuple[list[str], float | None]:
    txt = (_RAW / name).read_text(encoding="utf-8")
    head = re.search(r"play\.py new (\S+) (\S+) (\d+)", txt)
    assert head
    says: list[str] = []
    for m in re.finditer(r"^=== \$ play\.py say \S+ (.*)$", txt, re.M):
        said = m.group(1)
        if said.startswith('"<trainee'):
            line = re.search(r"^TRAINEE: (.*)$", txt[m.end():], re.M)
            assert line
            said = line.group(1)
        says.append(said)
    session = open_session(head.group(1), lang=head.group(2), seed=int(head.group(3)), store=None)
    for said in says[: turn - 1]:
        session.say(said)
    result = session.say(says[turn - 1])
    return list(result.acts), result.scores.get("summarising")


@pytest.mark.parametrize(
    ("name", "turn", "credited"),
    [
        ("r23a/raw/s01.txt", 8, True),  # 「ここまでのお話をまとめると、…三十何年…ということでよろしいでしょうか」
        ("r23a/raw/s01.txt", 6, True),  # four points of one reply restated
        ("r23a/raw/s03.txt", 13, True),  # "So, you're two years in, …, and it feels heavy"
        # r23b s09 T5 (two points restated) is no replay any more: own24en changed his T4 reply
        # ("why gift-giving?"), so the trainee's T5 restates words he no longer says
        ("r23a/raw/s07.txt", 7, False),  # one quoted phrase
        ("r23a/raw/s10.txt", 9, False),  # one sentence of his cited
        ("r23a/raw/s09.txt", 7, False),  # one echo
    ],
)
def test_playtest_turns(name: str, turn: int, credited: bool) -> None:
    acts, summarising = _replay(name, turn)
    assert (summarising is not None) is credited, (acts, summarising)


def test_playtest_reassured_reflection_en() -> None:
    acts, _ = _replay("r23b/raw/s06.txt", 6)
    assert "other" not in acts and "advice" not in acts and "reflection" in acts
