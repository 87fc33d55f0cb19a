"""Round 12 (sum20): summary credit only for his points given back in his framing. A lecture, an
info-dump or advice that reuses his nouns is no summary; a plain question with a range of
examples is no recap; one sentence of his given back is a reflection, not "several points";
no summary is due after rebuffs only; the suggested summary gives back his points about himself
before incidental facts. Every sentence here is new (not from the playtests)."""

from __future__ import annotations

import pytest

from simulator.acts import Utterance
from simulator.analysis import analyse
from simulator.scoring import points, score_conversation
from simulator.scoring.points import _turn_points, substantive, summary_points
from simulator.scoring.session import is_real_summary

SUMMARY_PRAISE = ("要点をまとめて返せています", "社長の話をまとめて返せています", "gathered the owner's points")
SEVERAL_PRAISE = ("複数の点を、言い換えて", "rephrased several of the owner's points")


def _conv(pairs: list[tuple[str, str]], lang: str = "ja"):
    return score_conversation([Utterance(speaker=s, text=t) for s, t in pairs], lang)  # type: ignore[arg-type]


def _last(pairs: list[tuple[str, str]], text: str, lang: str = "ja"):
    return _conv([*pairs, ("trainee", text)], lang).turns[-1]


def _praised(turn, lines: tuple[str, ...]) -> bool:
    return any(p in f for f in turn.feedback for p in lines)


# --- defect 1: a lecture / info-dump with his nouns is no summary ------------------------------

_JA_SHOP = [
    ("trainee", "本日はよろしくお願いします。最近のお店の様子はいかがですか。"),
    ("owner", "うちは地元で味噌を造って八十年になります。最近は道の駅での売上が落ちてきてね。"),
    ("trainee", "道の駅の売上が落ちてきた、と。どんな変化を感じておられますか。"),
    ("owner", "観光のお客さんが減ったんだよ。味噌をネットで売ってる同業もいるけど、うちはまだ手をつけてない。"),
    ("trainee", "ネットのこと、気にはなっておられるんですね。"),
    ("owner", "まあね。で、ほかの味噌屋はどうやって売ってるの？ 例があったら教えてよ。"),
]

JA_LECTURES = [
    # examples and the usual course, told to him with his nouns (味噌, ネット, 道の駅)
    "たとえば味噌をネットで売っている蔵元もありますし、道の駅からネットに軸足を移したメーカーは多いです。"
    "まずはモールに出して反応を見て、それから自社サイトを作るのが定番ですね。",
    # what exists, then what he had better do first
    "小規模事業者持続化補助金とか、IT導入補助金とかがありますね。数十万円から出ます。"
    "ただ、その前に道の駅とネットでどの味噌を売るか決めたほうがいいですよ。商品の絞り込みが大事なので。",
]


@pytest.mark.parametrize("text", JA_LECTURES)
def test_ja_lecture_with_his_nouns_is_no_summary(text: str) -> None:
    turn = _last(_JA_SHOP, text)
    assert "summary" not in turn.acts
    assert "owner_summary" not in turn.flags
    assert not _praised(turn, SUMMARY_PRAISE)
    assert turn.scores.get("summarising") is None
    assert not is_real_summary(turn)


@pytest.mark.parametrize("text", JA_LECTURES)
def test_ja_lecture_picks_up_no_word_of_his(text: str) -> None:
    turn = _last(_JA_SHOP, text)
    assert not any("拾えています" in f for f in turn.feedback)


def test_ja_advice_beyond_his_question_is_named() -> None:
    turn = _last(_JA_SHOP, JA_LECTURES[1])
    assert "advice" in turn.acts
    assert turn.scores["non_leading"] is not None and turn.scores["non_leading"] < 80
    assert any("支援者の意見や提案" in f or "助言" in f for f in turn.feedback)


def test_ja_usual_course_told_as_his_first_step_is_advice() -> None:
    a = analyse(
        "まずは地元のスーパーに置いてもらって、それから県外に広げるのが定番ですね。",
        [Utterance(speaker="owner", text="売り先を広げたいんだけど、どこから手をつければいいのか。")],
        "ja",
    )
    assert "advice" in [x.value for x in a.acts]


_EN_SHOP = [
    ("trainee", "Thanks for having me. How has the shop been lately?"),
    ("owner", "We've made miso here for eighty years. Sales at the roadside station have been dropping."),
    ("trainee", "Dropping at the roadside station. What changes have you noticed?"),
    ("owner", "Fewer tourists. Some miso makers sell online now, but we haven't touched that yet."),
    ("trainee", "So online is on your mind."),
    ("owner", "I suppose. So how do other miso makers sell? Give me an example."),
]

EN_LECTURES = [
    "For example, plenty of miso makers sell online through the big marketplaces, and many food "
    "companies moved from roadside stations to online shops. The usual route is to list on a "
    "marketplace first and build your own site later.",
    "There are grants for that, a few hundred thousand yen. But you should decide which miso to "
    "sell online before anything else.",
]


@pytest.mark.parametrize("text", EN_LECTURES)
def test_en_lecture_with_his_nouns_is_no_summary(text: str) -> None:
    turn = _last(_EN_SHOP, text, "en")
    assert "owner_summary" not in turn.flags
    assert not _praised(turn, SUMMARY_PRAISE)
    assert not is_real_summary(turn)


# --- defect 2: a plain question with clauses and a range of examples is no recap ---------------

_JA_QUIET = [
    ("trainee", "お取引先とのお付き合いは長いんですか。"),
    ("owner", "丸山工業さんとは三十年になるね。ずっとうちの一番のお得意さんだよ。"),
    ("trainee", "三十年、ずっと一番のお得意さん。社内の皆さんはどんな様子ですか。"),
    ("owner", "社内はまあ、古参が多くてね。変わったことは、特にないかな。"),
    ("trainee", "特に変わったことはない、と。"),
    ("owner", "…そうだね。そこまで考えたことがなかったな。"),
]


@pytest.mark.parametrize(
    "text",
    [
        "考えたことがなかった、というのは、それだけ長く落ち着いてこられたということでもあると思います。"
        "この三十年で、社長が『ここは変わったな』と思われた場面はありますか。丸山工業さんとのことでも、社内のことでも構いません。",
        "この三十年を振り返って、印象に残っている出来事はありますか。お得意さんとのことでも、古参の皆さんとのことでも結構です。",
    ],
)
def test_ja_question_with_a_range_of_examples_is_no_summary(text: str) -> None:
    turn = _last(_JA_QUIET, text)
    assert "owner_summary" not in turn.flags
    assert not _praised(turn, SUMMARY_PRAISE)
    assert not is_real_summary(turn)


def test_ja_range_of_a_question_is_no_empathy() -> None:
    turn = _last(
        _JA_QUIET,
        "この三十年で、社長が一番手応えを感じた時期はいつですか。お得意さんとのことでも、社内のことでも構いません。",
    )
    assert "empathy" not in turn.acts


# --- defect 3: one sentence of his given back is a reflection, not several points --------------

_JA_ONE = [
    ("trainee", "お店の客層は、ここ数年で変わってきましたか。"),
    ("owner", "うーん、本店に来るお客さんがだいぶ減ったね。お中元やお歳暮に海苔を贈る人が少なくなってるんだろうね。"),
]


@pytest.mark.parametrize(
    "text",
    [
        "お中元やお歳暮に海苔を贈る人が少なくなっている、と見ておられるんですね。それは、どんなところから感じておられますか。",
        "お中元やお歳暮に海苔を贈る人が少なくなっている、と。そう感じられたきっかけは何だったんでしょう。",
    ],
)
def test_ja_one_reflected_point_is_not_several(text: str) -> None:
    turn = _last(_JA_ONE, text)
    assert not _praised(turn, SEVERAL_PRAISE)
    assert not _praised(turn, SUMMARY_PRAISE)
    assert not is_real_summary(turn)


def test_ja_one_sentence_given_back_clause_by_clause_is_no_recap() -> None:
    talk = [
        ("trainee", "これから、会社をどうしていきたいですか。"),
        ("owner", "…そうですね、仕入れも配送も、誰か一人に頼るんじゃなくて、みんなで回せる会社になっていたら、とは思います。"),
    ]
    turn = _last(talk, "仕入れも配送も、誰か一人に頼るんじゃなくて、みんなで回せる会社に、ということですね。")
    assert "owner_summary" not in turn.flags
    assert not is_real_summary(turn)


# --- defect 4: no summary due after rebuffs and put-offs only ----------------------------------

_JA_REBUFFS = [
    ("trainee", "はじめまして。今日はよろしくお願いします。会社の一番の悩みは何ですか？"),
    ("owner", "悩みを言えって言われてもね。それ聞いてどうするの。"),
    ("trainee", "失礼しました。従業員の方は何人くらいですか？"),
    ("owner", "さあね。きっちり数えたことはないよ。"),
    ("trainee", "設備の入れ替えは考えていますか？"),
    ("owner", "そうやって根掘り葉掘り聞かれるのが、いちばん好かないんだよ。"),
    ("trainee", "すみません。では、社長が一番大変なことだけ教えてもらえますか？"),
    ("owner", "初対面の人に、うちの弱みなんか言えないよ。"),
    ("trainee", "そうですよね。以前受けた支援はどんなものでしたか？"),
    ("owner", "どうって…まあ、なんとかやってるってことだよ。"),
    ("trainee", "なんとかやってこられたんですね。求人はどこに出していますか？"),
    ("owner", "はっきり言ってくれりゃ、それでいいんだよ。"),
]


@pytest.mark.parametrize(
    "sentence",
    [
        "悩みを言えって言われてもね。",
        "そうやって根掘り葉掘り聞かれるのが、いちばん好かないんだよ。",
        "初対面の人に、うちの弱みなんか言えないよ。",
        "はっきり言ってくれりゃ、それでいいんだよ。",
    ],
)
def test_ja_rebuffs_of_the_asking_are_no_points(sentence: str) -> None:
    assert not substantive(sentence, "ja")


def test_en_rebuffs_of_the_asking_are_no_points() -> None:
    assert not substantive("Why do you want to know that, exactly?", "en")
    assert not substantive("I don't like being grilled like this.", "en")


def test_ja_real_points_still_count() -> None:
    assert substantive("社員には、まだ会社を畳むかもしれないとは言えないよ。", "ja")
    assert substantive("リーマンのときは仕事が半分になった。それでも一人も切らなかった。", "ja")


def test_ja_no_summary_due_after_rebuffs_only() -> None:
    cs = _conv([*_JA_REBUFFS, ("trainee", "大変な中でやってこられたんですね。社員さんはどんな方が多いですか？")])
    trainee = [t for t in cs.turns if t.speaker == "trainee"]
    assert not any("due:summarising" in t.flags for t in trainee)
    assert not any("要点をまとめて確かめる" in f for t in trainee for f in t.feedback)
    assert not any("一度もありませんでした" in f for f in cs.feedback)


# --- defect 5: the suggested summary gives back his points about himself first -----------------


def test_ja_his_hedged_points_are_points() -> None:
    found = [p for p, _ in _turn_points("…あの…たぶん、私が決めきれないから、なんだと思います。", "ja")]
    assert any("決めきれない" in p for p in found)
    found = [p for p, _ in _turn_points("…取引先に頼らなくても、自分たちで売れる会社、ですかね。", "ja")]
    assert any("自分たちで売れる会社" in p for p in found)
    found = [p for p, _ in _turn_points("…ちゃんと向き合ってこなかった、のかもしれません。", "ja")]
    assert any("ちゃんと向き合ってこなかった" in p for p in found)


def test_ja_suggested_summary_prefers_his_own_points_over_facts() -> None:
    talk = [
        ("owner", "受注はまだ電話とFAXがほとんどなんです。在庫も事務所の黒板で。"),
        ("trainee", "電話とFAX、黒板…。何かきっかけがあったんですか。"),
        ("owner", "…たぶん、私が決めきれないから、なんだと思います。"),
        ("trainee", "決めきれない、というのは？"),
        ("owner", "…ちゃんと向き合ってこなかった、のかもしれません。"),
        ("trainee", "向き合ってこなかった…。"),
        ("owner", "去年、ソフトの見積もりを取ったことはあるんです。"),
    ]
    utts = [Utterance(speaker=s, text=t) for s, t in talk]
    points = summary_points(utts, "ja", latest=True)
    assert len(points) == 3
    assert any("決めきれない" in p for p in points)
    assert any("向き合ってこなかった" in p for p in points)
    assert not any("電話とFAX" in p for p in points)


def test_his_own_points_are_recognised_in_both_languages() -> None:
    his_own = points._his_own
    assert his_own("社長が決めきれない", "ja")
    assert not his_own("受注はまだ電話とFAXがほとんど", "ja")
    assert his_own("I never really faced it", "en")
    assert not his_own("orders still come by fax", "en")


# --- real summaries keep their credit ---------------------------------------------------------

_JA_REAL = [
    ("trainee", "最近のお店の様子はいかがですか。"),
    ("owner", "平日のお客さんがだいぶ減りました。観光バスが来なくなってね。"),
    ("trainee", "平日のお客さんが減った、と。ほかに気になっていることはありますか。"),
    ("owner", "職人が高齢でね。跡を継ぐ若いのがいないんだよ。"),
    ("trainee", "跡を継ぐ方がいない、と。社長ご自身はどう感じておられますか。"),
    ("owner", "正直、このまま店を畳むのかと思うと寂しいよ。"),
]


@pytest.mark.parametrize(
    "text",
    [
        "ここまで伺ったことを整理させてください。平日のお客さんが減って、職人さんの跡を継ぐ若い方がいない、"
        "このまま店を畳むのかと思うと寂しい、ということでしょうか。",
        "平日のお客さんが減っていること、跡を継ぐ方がいないこと、そしてお店を畳むことへの寂しさ、"
        "そのあたりを伺えてよかったです。",
    ],
)
def test_ja_real_summary_stays_credited(text: str) -> None:
    turn = _last(_JA_REAL, text)
    assert turn.scores.get("summarising") is not None and turn.scores["summarising"] >= 70
    assert is_real_summary(turn)


def test_en_real_summary_stays_credited() -> None:
    talk = [
        ("trainee", "How has the shop been lately?"),
        ("owner", "Weekday customers have dropped a lot since the tour buses stopped coming."),
        ("trainee", "Weekdays have dropped. Anything else on your mind?"),
        ("owner", "My craftsmen are getting old, and no young one wants to take over."),
        ("trainee", "No one to take over. How does that sit with you?"),
        ("owner", "Honestly, it's lonely to think the shop might just close."),
    ]
    turn = _last(
        talk,
        "So far I've heard that weekday customers dropped when the buses stopped, that no young "
        "craftsman wants to take over, and that it feels lonely to think the shop might close. Is that right?",
        "en",
    )
    assert turn.scores.get("summarising") is not None and turn.scores["summarising"] >= 70
    assert is_real_summary(turn)


def test_ja_question_opening_on_for_example_still_picks_up_his_word() -> None:
    turn = _last(_JA_QUIET, "たとえば、古参の皆さんとのやりとりで、どんな場面が一番印象に残っていますか？")
    assert "picked_keyword" in turn.flags or any("拾" in f for f in turn.feedback)
