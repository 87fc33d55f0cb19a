"""Issue 8, acts12 (blind playtests r12a / r12b, of build 8ae4bcb): skilled moves the analyser
labelled as pushes. New sentences, ja and en; each class has cases that fail on main 96f08dd,
and negative cases (real advice, a real denial, a real leading question) that keep their labels.

1. Saying what the supporter needs to understand first, instead of an opinion, after the
   owner's challenge ("Before I can say anything useful, I have to understand…",
   「…を言うには、まず御社のことを知らないといけません」) gives no opinion.
2. The owner's own sentence given back, framed as his ("So you don't think your way is wrong,
   but…", "You have to cut costs, you said…") is reflection, never advice.
3. The evidence of a push names the clause that carries it, not a courtesy before it or a bare
   tag (", right?") or a scrap of kana (「べきだ」).
4. A self-correction (「いえ、今のは忘れてください」 "No, that came out wrong") is no denial and
   no advice.
"""

from __future__ import annotations

from simulator.analysis import analyse

from .turns import acts_of, ctx, has_line, run

OPINION_LINE = ("支援者の意見や提案にまで広がっています", "went on into your own opinion or proposal")

EN_CHALLENGE = ctx(
    ("trainee", "Could you tell me what made you apply for this support?"),
    ("owner", "They all say the same thing at these seminars. So what would you do in our place?"),
)
JA_CHALLENGE = ctx(
    ("trainee", "今回、この支援に申し込まれたきっかけを伺ってもいいですか。"),
    ("owner", "セミナーでもみんな同じことを言うんだよ。で、あんたならうちはどうするの？"),
)


# --- 1. the supporter's own need to understand first ---------------------------------------------


def test_what_i_need_to_know_first_is_no_opinion_en() -> None:
    for text in (
        "Fair enough. Before I can say anything useful about your company, I have to understand it "
        "better. How have orders from your main buyer changed?",
        "Honestly, I'd need to know a lot more before I could give you a view. What makes you "
        "think of doing it differently?",
        "That's a reasonable thing to ask. I'd first need to hear how things run here. Who decides "
        "on new products at the moment?",
    ):
        a, s = run(text, EN_CHALLENGE, "en")
        assert "advice" not in {x.value for x in a.acts}, (text, a.acts, a.evidence)
        assert not has_line(s.feedback, OPINION_LINE[1]), s.feedback


def test_what_i_need_to_know_first_is_no_opinion_ja() -> None:
    for text in (
        "おっしゃる通りです。うちならどうするか、を言うには、まず御社のことを知らないといけません。主な取引先とのお付き合いは、この数年でどう変わってきましたか？",
        "ごもっともです。いい加減なことは言いたくないので、まず現場のことを理解しないといけないと思っています。今、一番手がかかっているのはどこですか？",
    ):
        a, s = run(text, JA_CHALLENGE, "ja")
        assert "advice" not in {x.value for x in a.acts}, (text, a.acts, a.evidence)
        assert not has_line(s.feedback, OPINION_LINE[0]), s.feedback


def test_a_need_put_on_the_owner_stays_advice() -> None:
    for text in (
        "You need to understand your customers better first. How have orders changed?",
        "I need to understand more, but you must cut your costs now.",
        "I have to say, you need a new website.",
    ):
        assert "advice" in acts_of(text, EN_CHALLENGE, "en"), text
    for text in (
        "社長がまず現場を把握しないといけません。どう思われますか？",
        "御社のことを知らないといけませんが、まずはECをやるべきです。",
    ):
        assert "advice" in acts_of(text, JA_CHALLENGE, "ja"), text


# --- 2. his own sentence given back --------------------------------------------------------------

EN_HIS = [
    (
        "I don't reckon our recipe is wrong, but something isn't right, I suppose.",
        "So you don't think your recipe is wrong, but something isn't right. What is that something, for you?",
    ),
    (
        "We have to cut costs. There's no way around it.",
        "You have to cut costs, you said, with no way around it. Which costs weigh on you most?",
    ),
    (
        "We should have acted sooner on the succession, I suppose.",
        "You feel you should have acted sooner on the succession. What held you back at the time?",
    ),
    (
        "Maybe my nephew should run the workshop. I really don't know.",
        "Maybe your nephew should run the workshop — that's what you're wondering. What makes you wonder?",
    ),
]


def test_his_sentence_given_back_is_no_advice_en() -> None:
    for owner, text in EN_HIS:
        c = ctx(("trainee", "How are things at the workshop?"), ("owner", owner))
        a = analyse(text, c, "en")
        assert "advice" not in {x.value for x in a.acts}, (text, a.evidence)
        assert not a.features.denial, text


def test_his_sentence_given_back_is_no_advice_ja() -> None:
    for owner, text in (
        ("まあ、うちの味が悪いとは思わんけど、何かは引っかかってるんだよ。",
         "味が悪いとは思わないけれど、何かが引っかかっている、と。その『何か』を、もう少し聞かせていただけますか。"),
        ("早く後継ぎを決めないといけないんだよ。",
         "早く後継ぎを決めないといけない、とおっしゃいましたね。何がそう急がせているんでしょう。"),
        ("職人を増やさないと、どうにもならんよ。",
         "職人を増やさないとどうにもならない、とお考えなんですね。どのあたりで一番そう感じられますか。"),
    ):
        c = ctx(("trainee", "工房のほうはいかがですか。"), ("owner", owner))
        assert "advice" not in acts_of(text, c, "ja"), text


def test_a_push_or_denial_beside_his_words_stays() -> None:
    c = ctx(("owner", "We need more people, that's all there is to it."))
    assert "advice" in acts_of("You said you need more people, but honestly you should raise wages first.", c, "en")
    c = ctx(("owner", "I don't reckon our recipe is wrong, but something isn't right."))
    assert "advice" in acts_of("You don't think your recipe is wrong, but honestly it is.", c, "en")
    assert "advice" in acts_of("Your recipe is wrong. You need to change it.", c, "en")
    c = ctx(("owner", "職人を増やさないと、どうにもならんよ。"))
    assert "advice" in acts_of("職人を増やさないとどうにもならない、とお考えなんですね。でも、まずは賃上げをするべきです。", c, "ja")
    # "should" he never said, put in his mouth: still the supporter's push
    c = ctx(("owner", "Sales are flat and the website is old."))
    assert "advice" in acts_of("You feel the website should be rebuilt first. Am I right?", c, "en")


# --- 3. the evidence names the clause that carries the push --------------------------------------


def test_the_evidence_names_the_pushing_clause() -> None:
    c = ctx(("owner", "Come in, have a seat. Coffee?"))
    a, s = run(
        "Thanks, that would be great. I saw on the form you sell mostly to one wholesaler. "
        "You should really spread that risk, right?",
        c,
        "en",
    )
    shown = [e for e in s.evidence if e.startswith(("leading question", "unsolicited advice"))]
    assert shown and all("spread that risk" in e for e in shown), s.evidence
    assert not any("Thanks" in e for e in s.evidence if "advice" in e), s.evidence
    c = ctx(("owner", "どうぞ、お茶でも。"))
    a, s = run("ありがとうございます。正直に言うと、値上げはするべきだと思います。", c, "ja")
    assert "advice" in {x.value for x in a.acts}
    assert any(e.startswith("求められていない助言: ") and "値上げ" in e for e in s.evidence), s.evidence


def test_no_courtesy_as_advice_evidence() -> None:
    # every piece of advice evidence lies in a sentence with a push, when one does
    from simulator.acts import Act
    from simulator.analysis.not_pushes import anchor_advice

    text = "Thank you, I will. I read that your main buyer is a big chain. You should probably look for others."
    found = {Act.ADVICE: ["Thank you, I will. I read", "should"]}
    anchor_advice(found, text, "en")
    assert found[Act.ADVICE] == ["should"]
    ja = "ありがとうございます、いただきます。主な取引先は一社ですね。早めにほかの取引先も探すべきです。"
    found = {Act.ADVICE: ["ありがとうございます、いただきます", "べきです"]}
    anchor_advice(found, ja, "ja")
    assert found[Act.ADVICE] == ["早めにほかの取引先も探すべきです。"]


def test_the_prescription_comes_first_in_the_evidence() -> None:
    c = ctx(("owner", "在庫はホワイトボードで管理してるんだよ。"))
    a = analyse("紙の台帳はさすがに古いですよ。今はクラウドで安く管理できるので、早めに切り替えた方がいいと思います。", c, "ja")
    assert "方がいい" in a.evidence["advice"][0], a.evidence


# --- 4. self-corrections -------------------------------------------------------------------------


def test_a_self_correction_is_no_denial_en() -> None:
    c = ctx(("owner", "Well, that's how it is."))
    for text in (
        "No, no, I'm not criticising you. I'd just like to understand how you see it.",
        "No, that came out wrong. What I meant was, how has it been for you?",
        "No, sorry, let me put that better. I don't have an answer for you. How do you see it yourself?",
    ):
        a = analyse(text, c, "en")
        assert "advice" not in {x.value for x in a.acts}, (text, a.evidence)
        assert not a.features.denial, text


def test_a_self_correction_is_no_advice_ja() -> None:
    c = ctx(("owner", "まあ、そういうことだよ。"))
    for text in (
        "いえ、今のは忘れてください。社長のお話の続きを伺えますか。",
        "いえ、さっきの質問は取り消させてください。どこからお話しいただくのがよいでしょうか。",
    ):
        assert "advice" not in acts_of(text, c, "ja"), text


def test_a_real_denial_or_push_after_a_correction_stays() -> None:
    c = ctx(("owner", "Well, that's how it is."))
    a = analyse("No, sorry, you're wrong about that. Prices must go up.", c, "en")
    assert "advice" in {x.value for x in a.acts} and a.features.denial
    assert "advice" in acts_of("Scratch that. You should really raise your prices.", c, "en")
    c = ctx(("owner", "まあ、そういうことだよ。"))
    assert "advice" in acts_of("今のは忘れてください。とにかく値上げはするべきです。", c, "ja")


def test_a_correction_of_his_own_words_is_no_denial() -> None:
    c = ctx(("owner", "まあ、いろいろあるよ。"))
    a = analyse("いえ、違います、私の言葉が足りませんでした。社長のお考えを伺いたいんです。", c, "ja")
    assert "advice" not in {x.value for x in a.acts} and not a.features.denial
    a = analyse("いえ、違います。社長のやり方が間違っているんです。", c, "ja")
    assert a.features.denial
    c = ctx(("owner", "Well, there's a lot going on."))
    a = analyse("No, wait, that was a clumsy way to ask. What's been hardest for you lately?", c, "en")
    assert "advice" not in {x.value for x in a.acts} and not a.features.denial


# --- 4b. the meeting's pace left to him ----------------------------------------------------------


def test_his_pace_is_no_advice() -> None:
    c = ctx(("owner", "まあ、いろいろあるよ。"))
    assert "advice" not in acts_of("言いにくいことは、無理にお話しいただかなくて結構です。社長のペースで進めましょう。", c, "ja")
    assert "advice" not in acts_of("話しやすいところから始めましょう。どのあたりからがいいですか？", c, "ja")
    assert "advice" in acts_of("社長のペースで進めましょう。でも、値上げはするべきです。", c, "ja")
    c = ctx(("owner", "Well, there's a lot going on."))
    assert "advice" not in acts_of("Let's go at your pace. What would you like to start with?", c, "en")
    assert "advice" in acts_of("Let's go at your pace. Still, you should cut the night shift.", c, "en")
