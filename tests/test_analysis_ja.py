"""Japanese dialogue-act rules: each label with the tricky forms real trainees type."""

from __future__ import annotations

import pytest

from simulator.acts import Utterance
from simulator.analysis import analyse

OWNER = "最近は売上が落ちていて、従業員のモチベーションも下がっているんです。"
CTX = [Utterance(speaker="owner", text=OWNER)]
LONG_CTX = [
    Utterance(speaker="owner", text="うちは創業40年の部品加工の会社です。"),
    Utterance(speaker="trainee", text="どんなことにお困りでしょうか。"),
    Utterance(speaker="owner", text="大口の取引先からの受注が減ってきていましてね。"),
    Utterance(speaker="trainee", text="そうなんですね。社内の様子はいかがですか。"),
    Utterance(speaker="owner", text="若手の職人が次々と辞めてしまって、技術の継承も心配です。"),
]


def acts(text: str, context: list[Utterance] | None = None) -> set[str]:
    return {a.value for a in analyse(text, CTX if context is None else context, "ja").acts}


@pytest.mark.parametrize(
    "text",
    [
        "どのようにお考えでしょうか",
        "なぜそのように考えたのですか？",
        "その続きはどうなったのですか？",
        "それで？",
        "その続きは？",
        "と言いますと？",
        "モチベーションが下がっているというのは、どんな場面で感じられますか",
        "そのあたりをもう少し詳しく教えていただけますか。",
        "従業員の皆さんについてお聞かせください。",
        "今一番の悩みは何ですか？",
        "社長ご自身はどう感じていらっしゃるんですか",
    ],
)
def test_open_questions(text: str) -> None:
    got = acts(text)
    assert "open_question" in got
    assert not got & {"closed_question", "leading_question", "advice"}


@pytest.mark.parametrize(
    "text",
    [
        "売上が落ち始めたのは今年からですか？",
        "従業員の方とはよく話をされますか",
        "決算書はお持ちですか。",
        "後継者はもう決まっているのでしょうか",
        "何かお困りのことはありますか？",
    ],
)
def test_closed_questions(text: str) -> None:
    got = acts(text)
    assert "closed_question" in got
    assert not got & {"open_question", "leading_question"}


@pytest.mark.parametrize(
    "text",
    [
        "もっと営業に力を入れるべきだと思いませんか？",
        "やはり人材育成が原因ではないでしょうか",
        "売上が落ちているのは価格のせいですよね？",
        "ネット販売を始めた方がいいのではないですか？",
        "それって結局、社長のやり方の問題じゃないですか？",
        "モチベーションが下がっているのは給与が低いからではありませんか？",
        "若手に任せた方がいいと思いませんか",
    ],
)
def test_leading_questions(text: str) -> None:
    got = acts(text)
    assert "leading_question" in got
    assert "closed_question" not in got
    assert "open_question" not in got


@pytest.mark.parametrize(
    "text",
    [
        "経営計画を作ってみてはいかがでしょうか",
        "ホームページをリニューアルされてはどうですか",
        "まずは従業員と面談をするべきです。",
        "ITツールを導入した方がいいですよ。",
        "補助金を活用することをお勧めします。",
        "一般的に、中小企業では社長が営業を担うことが多いんです。",
        "まず原価計算を見直しましょう。",
        "毎月、数字を従業員と共有してください。",
    ],
)
def test_advice(text: str) -> None:
    got = acts(text)
    assert "advice" in got
    assert not got & {"open_question", "closed_question"}


@pytest.mark.parametrize(
    "text",
    [
        "売り上げが落ちているんですね。",
        "従業員の方のやる気が下がっている、と。",
        "モチベーションの低下を感じていらっしゃるということですね",
        "売上の減少とモチベーションの低下が気になるとお感じなんですね",
        "売上が下がってきているんですね",
    ],
)
def test_reflection(text: str) -> None:
    got = acts(text)
    assert "reflection" in got
    assert not got & {"leading_question", "advice", "summary"}


def test_reflection_needs_the_owners_words() -> None:
    assert "reflection" not in acts("天気がいいですね", CTX)
    assert "reflection" not in acts("売上が落ちているんですね", [])


@pytest.mark.parametrize(
    "text",
    [
        "まとめると、取引先からの受注が減り、若手も辞めてしまっているということでしょうか。",
        "お話を伺っていると、受注の減少と職人の継承が気がかりなんですね。",
        "整理すると、大口の取引先の受注減と、若手職人の離職の二つが重なっているということですね",
        "創業40年の会社で、大口の受注が減り、若手の職人も辞めている、ということでしょうか",
    ],
)
def test_summary(text: str) -> None:
    got = acts(text, LONG_CTX)
    assert "summary" in got
    assert "reflection" not in got


@pytest.mark.parametrize(
    "text",
    [
        "それは大変でしたね。",
        "長年ご苦労されてきたのですね",
        "お気持ちはお察しします。",
        "それは悔しいですよね",
        "そう言っていただけると心強いです",
        "話せる範囲で大丈夫ですので、ご安心ください。",
        "それはご不安ですよね",
    ],
)
def test_empathy(text: str) -> None:
    got = acts(text)
    assert "empathy" in got
    assert "leading_question" not in got


@pytest.mark.parametrize(
    "text",
    [
        "私はこれまで100社以上を支援してきました。",
        "当センターには各分野の専門家が揃っていますので、お任せください。",
        "私どもには豊富な実績がありますので、安心してください。",
    ],
)
def test_self_promotion(text: str) -> None:
    assert "self_promotion" in acts(text)


def test_owners_track_record_is_not_self_promotion() -> None:
    assert "self_promotion" not in acts("御社の実績について教えてください。")


@pytest.mark.parametrize(
    "text", ["本日はよろしくお願いいたします。", "はい。", "少々お待ちください。"]
)
def test_other(text: str) -> None:
    assert acts(text, []) == {"other"}


def test_multi_label_reflection_then_open_question() -> None:
    got = acts("売上が落ちているんですね。その原因はどこにあるとお考えですか？")
    assert {"reflection", "open_question"} <= got


def test_evidence_is_taken_from_the_utterance() -> None:
    text = "経営計画を作ってみてはいかがでしょうか"
    a = analyse(text, CTX, "ja")
    assert a.evidence["advice"]
    for words in a.evidence.values():
        for w in words:
            assert w in text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a question about a single fact is closed, even with a question word
        ("大工さんの平均年齢は何歳くらいですか？", {"closed_question"}),
        ("そういう言い合いは、いつ頃から始まったんですか", {"closed_question"}),
        # 「？」 absent, but the question word and 「でしょう」 make it a question
        ("その品質を支えているのは、どんな仕組みや人なんでしょう", {"open_question"}),
        # an embedded question is not a question word
        ("次の取引先をどう探すかが気になっている、ということですね", {"reflection"}),
        # asking permission is logistics
        ("始める前に、メモを取らせていただいてもよろしいですか？", {"other"}),
        # 「描いてみませんか」 invites the owner to talk
        ("解決できたらどうなっているか、理想の姿を描いてみませんか。", {"open_question"}),
        # 「〜確か。」 ends in か but is not a question
        ("平均58歳で、皆さん腕が確か。ベテランぞろいなんですね。", {"reflection"}),
        # denial of the owner's view is advice
        ("それは違うと思いますよ。", {"advice"}),
        # a humble answer to a test is other
        (
            "正直、新聞で見ている程度です。現場のことは社長の方がお詳しいので、ぜひ教えてください。",
            {"other"},
        ),
        # feelings validated with 「よね」 are empathy, not leading
        ("それは怖いですよね…。", {"empathy"}),
    ],
)
def test_tricky_forms(text: str, expected: set[str]) -> None:
    ctx = [
        Utterance(
            speaker="owner",
            text="取引先が離れて、次の取引先をどう探すか悩んでいます。平均58歳で腕は確かです。",
        )
    ]
    assert acts(text, ctx) == expected


def test_check_tag_after_a_give_back_adds_no_question() -> None:
    got = acts("売上が落ちているということですね。合っていますか？")
    assert "reflection" in got and "closed_question" not in got
