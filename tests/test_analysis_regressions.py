"""Regressions for defects colleagues reported in the analyser (one test or more per defect)."""

from __future__ import annotations

import pytest

from simulator.acts import Act, Utterance
from simulator.analysis import analyse


def o(text: str) -> Utterance:
    return Utterance(speaker="owner", text=text)


def t(text: str) -> Utterance:
    return Utterance(speaker="trainee", text=text)


def acts(text: str, context: list[Utterance] | None = None, lang: str = "ja") -> set[str]:
    return {a.value for a in analyse(text, context or [], lang).acts}


# 1. a repeat shares the topic words, not only the follow-up template ---------------------------


def test_same_template_different_topic_is_not_a_repeat_ja() -> None:
    ctx = [
        o("うちは金属加工をやっています。"),
        t("時間について、もう少し詳しく聞かせていただけますか？"),
        o("残業が多いんです。機械も古くて。"),
    ]
    a = analyse("機械について、もう少し詳しく聞かせていただけますか？", ctx, "ja")
    assert a.features.is_question and not a.features.is_repeat
    again = analyse("時間について、もう少し詳しく聞かせていただけますか？", ctx, "ja")
    assert again.features.is_repeat and again.features.repeat_of == 1


def test_same_template_different_topic_is_not_a_repeat_en() -> None:
    ctx = [
        o("We make parts for farm machinery."),
        t("Could you tell me more about the machines?"),
        o("They're old. And the staff are tired."),
    ]
    assert not analyse("Could you tell me more about the staff?", ctx, "en").features.is_repeat
    again = analyse("Could you tell me more about the machines?", ctx, "en")
    assert again.features.is_repeat and again.features.repeat_of == 1


# 2. 「…と思います」 impressions and 「〜させてください」 are not advice ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "大変なご苦労だったと思います。",
        "それは相当こたえたと思います。",
        "娘さんを大事に思われているからこその迷いだと思います。",
    ],
)
def test_own_impression_is_empathy_not_advice(text: str) -> None:
    got = acts(text, [o("震災のあと、一から店を建て直したんです。")])
    assert "advice" not in got and "empathy" in got


def test_permission_lead_ins_are_not_advice() -> None:
    ctx = [o("売上の半分は一社です。"), t("半分が一社。"), o("しかも発注が減ってきました。")]
    assert "advice" not in acts("整理させてください。", ctx)
    assert acts("少し確認させてください。", ctx) == {"other"}
    lead_in = (
        "整理させてください。売上の半分を一社に頼っていて、発注が減ってきている、ということですね。"
    )
    assert acts(lead_in, ctx) == {"summary"}


# 3. quantity / time / yes-no questions are closed ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "何名ですか？",
        "従業員は何人いますか",
        "何名くらいですか",
        "いつ頃から始められたんですか",
        "息子さんは社内にいらっしゃるんですか",
    ],
)
def test_fact_questions_are_closed_ja(text: str) -> None:
    assert acts(text, [o("うちは家族経営でやってます。")]) == {"closed_question"}


@pytest.mark.parametrize(
    "text",
    ["When did you take over?", "Is your son in the company?", "How many employees do you have?"],
)
def test_fact_questions_are_closed_en(text: str) -> None:
    assert acts(text, [o("It's a family business.")], "en") == {"closed_question"}


# 4. 言われる inside a give-back is not a lecture ------------------------------------------------------


def test_said_inside_a_reflection_is_not_advice() -> None:
    ctx = [o("親からは継げと言われているのに、自分には自信がないんです。")]
    got = acts("継ぐようにと言われているのに、ご自身では自信が持てない、ということですね。", ctx)
    assert got == {"reflection"}


def test_lecture_still_needs_its_context() -> None:
    ctx = [o("赤字の原因がよく分からないんです。")]
    lecture = "一般的には、製造業の赤字は原価管理の甘さから来ることが多いと言われています。"
    assert "advice" in acts(lecture, ctx)


# 5. no topic switch after a greeting or for a broad opening invitation -----------------------------


@pytest.mark.parametrize("owner", ["Nice to meet you. Please, have a seat.", "Hello.", "Yes."])
def test_first_question_after_greeting_is_not_a_topic_switch(owner: str) -> None:
    for q in ["Could you tell me about your business?", "Tell me about your work."]:
        assert not analyse(q, [o(owner)], "en").features.topic_switch


def test_broad_opening_is_not_a_topic_switch_ja() -> None:
    ctx = [o("どうぞ、お掛けください。遠いところありがとうございます。")]
    assert not analyse(
        "まずは御社の事業について教えていただけますか", ctx, "ja"
    ).features.topic_switch


def test_real_topic_switch_is_still_flagged() -> None:
    ctx = [o("I still can't decide whether my son should take over.")]
    assert analyse("Do you plan to buy new machines?", ctx, "en").features.topic_switch


# 6. English reflections need a link; empathy has broader patterns -----------------------------------


def test_sounds_like_with_a_link_is_reflection() -> None:
    ctx = [o("I can't say anything in front of the chairman.")]
    got = acts(
        "It sounds like it's hard to voice your view when the chairman is in the room.", ctx, "en"
    )
    assert "reflection" in got
    assert "reflection" in acts("It sounds like you're caught in the middle.", ctx, "en")


def test_sounds_like_without_a_link_is_not_reflection() -> None:
    ctx = [o("The young guys on the floor just don't listen to me.")]
    assert "reflection" not in acts("It sounds like a common problem in family firms.", ctx, "en")


@pytest.mark.parametrize(
    ("owner", "text"),
    [
        ("I've asked the chairman three times and he ignores it.", "No wonder you're frustrated."),
        ("I'm running the shop and doing the books at night.", "That's a lot to carry."),
        ("I've been on my own for years.", "I can imagine how tiring that's been."),
        ("I never wanted to take over, honestly.", "I appreciate you telling me that."),
        ("It's embarrassing to admit.", "Thank you for sharing that with me."),
        ("Is this some kind of audit?", "No, this isn't an audit."),
        ("I don't want you looking at the accounts.", "That's fine, we won't touch the accounts."),
        ("My uncle blocks everything.", "That must be really discouraging."),
        ("My father died last year.", "I'm so sorry for your loss."),
    ],
)
def test_english_empathy_patterns(owner: str, text: str) -> None:
    got = acts(text, [o(owner)], "en")
    assert got == {"empathy"}, got


# --- scorer review: repeats, 一問一答, false advice / self-promotion, English advice, summaries ----


def test_open_follow_up_on_the_owners_earlier_words_is_not_a_repeat() -> None:
    ctx = [
        t("今日はどんなお話を期待されていますか？"),
        o("正直、うちの現場に合った話が聞きたいんですよ。"),
        t("そうなんですね。"),
        o("前の支援では一般論ばかりで。"),
    ]
    a = analyse("先ほどの『うちの現場に合った話』というのは、どんなことでしょうか？", ctx, "ja")
    assert a.features.is_question and not a.features.is_repeat and a.features.repeat_of is None
    en = [
        t("What are you hoping to get from today?"),
        o("Honestly, I want advice that fits our shop floor."),
        t("I see."),
        o("Last time we only got textbook ideas."),
    ]
    b = analyse("What would advice that fits your shop floor look like?", en, "en")
    assert not b.features.is_repeat


def test_fact_question_about_what_the_owner_stated_is_a_repeat() -> None:
    ctx = [o("従業員は40人です。"), t("なるほど。"), o("最近は若い人が辞めてしまって。")]
    a = analyse("従業員は何人ですか？", ctx, "ja")
    assert a.features.is_repeat and a.features.repeat_of == 0
    asked = [t("従業員は何人ですか？"), o("40人です。"), t("なるほど。"), o("若い人が辞めて。")]
    again = analyse("従業員は何人ですか？", asked, "ja")
    assert again.features.is_repeat and again.features.repeat_of == 0


def test_his_figure_given_back_as_a_check_is_no_repeat() -> None:
    # lead's hand play: 「6畳の貸し工場から42人まで、ですか。…」 was told 「既に聞いた質問」
    ctx = [
        t("最近、工場のほうはいかがですか？"),
        o("うちは鋳物一本でね。親父の代に3人で始めて、今は27人。注文はまあ、ある。"),
        t("そうなんですね。"),
        o("…まあね。"),
    ]
    for echo in ("鋳物一本で27人、なんですか。", "親父さんの代の3人から27人、ですか。ずいぶん大きくされたんですね。"):
        assert not analyse(echo, ctx, "ja").features.is_repeat, echo
    # asking again for what he stated still is one, even beside his figure
    again = analyse("今は27人なんですね。親父さんの代には何人で始めたんですか？", ctx, "ja")
    assert again.features.is_repeat


@pytest.mark.parametrize(
    "text",
    [
        "それで、社長ご自身はそのことをどう感じていらっしゃいますか？",
        "その点について、社長はどうお考えですか？",
        "それについて、ご家族は何とおっしゃっていますか？",
    ],
)
def test_questions_referring_back_are_not_topic_switches_ja(text: str) -> None:
    ctx = [o("最近は若い人がすぐ辞めてしまうんです。せっかく育てたのに。")]
    a = analyse(text, ctx, "ja")
    assert a.features.is_question and not a.features.topic_switch
    assert analyse("設備投資の予定はありますか", ctx, "ja").features.topic_switch


@pytest.mark.parametrize(
    "text", ["So, how do your managers handle it?", "And how do you feel about that?"]
)
def test_questions_referring_back_are_not_topic_switches_en(text: str) -> None:
    ctx = [o("Young people keep leaving just after we train them.")]
    a = analyse(text, ctx, "en")
    assert a.features.is_question and not a.features.topic_switch
    assert analyse("Do you plan to buy new machines?", ctx, "en").features.topic_switch


def test_please_tell_me_in_a_reassurance_is_not_advice() -> None:
    ctx = [o("正直、会社の中を見られるのは抵抗があるんですよ。")]
    text = "触ってほしくないところがあれば、遠慮なくおっしゃってください。"
    assert acts(text, ctx) == {"empathy"}
    assert "advice" not in acts("何かあれば、いつでもおっしゃってください。", ctx)


@pytest.mark.parametrize(
    ("owner", "text"),
    [
        (
            "とにかく人が足りない。人を増やさないとどうにもならないんですよ。",
            "人を増やすことが必要だとお考えなんですね。",
        ),
        ("人手が足りなくて、現場が回らないんです。", "人を増やすことが必要だとお考えなんですね。"),
        (
            "人手が足りなくて、現場が回らないんです。",
            "まずは人を増やすことが必要だと感じていらっしゃるんですね。",
        ),
    ],
)
def test_restating_the_owners_view_of_a_need_is_reflection(owner: str, text: str) -> None:
    assert acts(text, [o(owner)]) == {"reflection"}


@pytest.mark.parametrize(
    "text",
    [
        "次回は現場も見せていただけますか。",
        "次回は現場も見せてください。",
        "次回は決算書もお持ちいただけますか。",
    ],
)
def test_next_meeting_requests_are_not_advice(text: str) -> None:
    got = acts(text, [o("今日はこんなところですかね。")])
    assert "advice" not in got and got <= {"other", "closed_question"}


@pytest.mark.parametrize(
    "text",
    [
        "私が伺った範囲では、ベテランの方の判断を若手の方が待っている場面が多いようでした。",
        "私が現場で伺った話では、若手の方もベテランの判断を頼りにしているそうです。",
    ],
)
def test_reporting_what_the_staff_said_is_not_self_promotion(text: str) -> None:
    ctx = [o("うちはベテランが多いんですが、若手に判断を任せられないんです。")]
    assert "self_promotion" not in acts(text, ctx)
    assert "self_promotion" in acts("私は前職で工場長を務めておりました。", ctx)


@pytest.mark.parametrize(
    "text",
    [
        "What you need is a clear plan, better pay and a mentor system.",
        "What you really need is focus.",
        "You could start with a short survey of your staff.",
        "You could begin by listing them.",
        "The first step would be to look at your pricing.",
        "In that case the first step would be a staff survey.",
        "My advice is to raise prices.",
        "I'd recommend talking to your bank first.",
    ],
)
def test_english_advice_forms(text: str) -> None:
    ctx = [o("Our sales are falling and staff keep leaving.")]
    assert "advice" in acts(text, ctx, "en")
    assert "advice" in {a.value for a in analyse(text, ctx, "en", learned_layer=False).acts}


_LONG_OWNER = (
    "父から会社を継いで十年になります。職人は高齢化していて、若い人は入ってもすぐ辞める。"
    "取引先も減ってきて、正直どうしたらいいか分からないんです。"
)
_LONG_OWNER_EN = (
    "I took over from my father ten years ago. The craftsmen are getting old, young people quit "
    "soon after joining, and we're losing customers. Honestly I don't know what to do."
)


@pytest.mark.parametrize(
    ("context", "text", "lang"),
    [
        (
            [o(_LONG_OWNER)],
            "職人さんは高齢化して、若い方はすぐ辞めてしまう。取引先も減ってきているんですね。",
            "ja",
        ),
        (
            [o("売上は横ばいです。"), t("横ばいなんですね。"), o(_LONG_OWNER)],
            "職人さんは高齢化して、若い方はすぐ辞めてしまう。取引先も減ってきているんですね。",
            "ja",
        ),
        (
            [o(_LONG_OWNER_EN)],
            "You took over ten years ago, and now the craftsmen are ageing, young people quit "
            "quickly and customers are leaving, so you don't know what to do.",
            "en",
        ),
    ],
)
def test_one_turn_paraphrase_is_reflection_not_summary(
    context: list[Utterance], text: str, lang: str
) -> None:
    a = analyse(text, context, lang)
    assert a.features.summary_points < 2
    assert "summary" not in {x.value for x in a.acts} and a.has("reflection")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "お話を伺っていると、本当にご苦労されてきたんですね。どうやって乗り越えてこられたんですか？",
            "ja",
        ),
        (
            "ここまでのお話で、社長がどれだけ悩まれてきたかが伝わってきました。一番気がかりなのはどの点ですか？",
            "ja",
        ),
        ("That sounds exhausting. What has been the hardest part for you?", "en"),
        (
            "From what you've told me, it's been a really hard ten years. How are you holding up?",
            "en",
        ),
    ],
)
def test_empathy_and_question_is_not_summary(text: str, lang: str) -> None:
    got = acts(text, [o(_LONG_OWNER if lang == "ja" else _LONG_OWNER_EN)], lang)
    assert "summary" not in got and "open_question" in got


def test_summary_needs_two_owner_turns_or_a_marker_with_items() -> None:
    ctx = [o("売上の半分は一社です。"), t("半分が一社。"), o("しかも発注が減ってきました。")]
    two_turns = "売上の半分を一社に頼っていて、その発注が減ってきている、ということですね。"
    assert acts(two_turns, ctx) == {"summary"}
    one = [o(_LONG_OWNER)]
    marked = (
        "整理すると、職人さんの高齢化、若い方の離職、取引先の減少、この三つが重なっているんですね。"
    )
    assert "summary" in acts(marked, one)
    en = "To sum up: the craftsmen are ageing, young people quit, and customers are leaving."
    assert "summary" in acts(en, [o(_LONG_OWNER_EN)], "en")


def test_a_push_the_rules_see_survives_the_learned_layer() -> None:
    context = [
        Utterance(speaker="owner", text="営業はとにかく案件を取ってくる。製造はそれを作るだけだ。"),
        Utterance(speaker="trainee", text="そうなんですね。"),
        Utterance(speaker="owner", text="工場長は本当にニーズがあるのか疑問だと言っている。"),
    ]
    text = "客観的に見るとそう見えます。まずは営業と製造の合同会議を毎週開くべきだと思います。そう思われませんか？"
    acts = analyse(text, context, "ja").acts
    assert Act.ADVICE in acts
    assert Act.CLOSED_QUESTION not in acts or Act.LEADING_QUESTION not in acts


def test_the_owners_need_restated_in_plain_form_is_not_advice() -> None:
    text = "売上は横ばいで、新しいことが必要だと感じている、ということでしょうか。"
    assert Act.ADVICE not in analyse(text, [], "ja").acts
    assert Act.ADVICE in analyse("新しいことが必要だと思います。", [], "ja").acts
