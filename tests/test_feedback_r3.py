"""Issue 8, round r3: the defects a blind instructor playtest of main still found in the turn
feedback (acts, feedback lines, quoted owner words, suggested alternatives)."""

from __future__ import annotations

import re

import pytest

from simulator.acts import Utterance
from simulator.scoring.quotes import _ja_phrases, distinct_points, salient
from simulator.scoring.quotes_en import en_phrases as _en_phrases

from .turns import acts_of, ctx, has_line, run

LEADING_LINE = {"ja": "誘導する質問", "en": "pushes your own answer"}
ADVICE_LINE = {"ja": "求めていない助言", "en": "advice or a diagnosis the owner had not asked"}
DENIAL_LINE = {
    "ja": "経営者の意見や提案を否定することは絶対に避ける",
    "en": "never to deny the owner",
}
PROMO_LINE = {"ja": "実績や知識のアピール", "en": "showed off your track record"}
LECTURE_LINE = {"ja": "教授・講義", "en": "lecturing"}
TALK_LINES = {
    "ja": ("支援者の話が長く", "支援者の方が多く話して", "一度に話す量が多め"),
    "en": ("You talked too long", "done most of the talking", "A lot in one go"),
}
OPEN_PRAISE = {"ja": "開いた質問で", "en": "An open question lets the owner"}


# --- 1. a tentative reflection is a reflection ------------------------------------------------


@pytest.mark.parametrize(
    ("owner", "text"),
    [
        (
            "息子に任せたいけど、まだ早い気もするんだよね。",
            "任せたい気持ちと、まだ早いという気持ちの両方を感じていらっしゃるんじゃないかと思いました。",
        ),
        (
            "若いのが来ても、三年もたないで辞めちゃうんだよ。",
            "来てもすぐ辞めてしまう、ということなんじゃないかと。",
        ),
        (
            "親父の代からの客ばかりで、新しい客を取りにいく余裕がなくてね。",
            "新しいお客さんを取りにいけないことを、ずっと気にかけていらっしゃるんじゃないかと感じました。",
        ),
        (
            "機械は古いし、人もいない。正直、どこから手をつけていいか分からないんだ。",
            "どこから手をつけていいか分からない、ということなんじゃないかなと思いました。",
        ),
    ],
)
def test_tentative_reflection_is_a_reflection_not_leading(owner: str, text: str) -> None:
    a, s = run(text, ctx(("owner", owner)))
    acts = {x.value for x in a.acts}
    assert "reflection" in acts
    assert not acts & {"leading_question", "advice"}
    assert not has_line(s.feedback, LEADING_LINE["ja"])


def test_tentative_diagnosis_of_the_supporter_stays_a_push() -> None:
    # the supporter's own cause, offered as a guess, is no reflection of the owner
    acts = acts_of(
        "原因は給料が安いことなんじゃないかと思いますよ。",
        ctx(("owner", "若手がすぐ辞めちゃってね。")),
    )
    assert "reflection" not in acts


# --- 2. an honest "No, I …" is not a denial ---------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "owner", "text"),
    [
        (
            "en",
            "You consultants always promise the moon.",
            "No, I can't promise that, but I'd like to hear where you want to take the shop.",
        ),
        (
            "en",
            "Every one of you comes in here trying to sell me a package.",
            "No, I'm not here to sell anything. I'm here to listen.",
        ),
        (
            "en",
            "Last time the bank sent someone and we ended up with a loan we didn't need.",
            "No, we don't sell loans or packages. I'd like to understand the business first.",
        ),
        (
            "ja",
            "あんたらはいつも、補助金が取れるって約束するけどね。",
            "いえ、お約束はできません。ただ、社長がどうしていきたいかを伺いたいんです。",
        ),
        (
            "ja",
            "どうせ何か売り込みに来たんでしょ。",
            "いえ、何かを売り込みに来たわけではありません。社長のお話を伺いに来ました。",
        ),
    ],
)
def test_honest_no_is_not_a_denial(lang: str, owner: str, text: str) -> None:
    a, s = run(text, ctx(("owner", owner)), lang)
    assert not a.features.denial
    assert "advice" not in {x.value for x in a.acts}
    assert not has_line(s.feedback, DENIAL_LINE[lang])
    assert not has_line(s.feedback, ADVICE_LINE[lang])


def test_real_denial_in_english_still_a_denial() -> None:
    a, s = run(
        "No, that's not right. Customers pay more all the time.",
        ctx(("owner", "Our customers will never pay more.")),
        "en",
    )
    assert a.features.denial
    assert has_line(s.feedback, DENIAL_LINE["en"])


# --- 3. talk share only on long turns ---------------------------------------------------------

LONG_TALK = ctx(
    (
        "trainee",
        "本日はありがとうございます。私ども商工会議所では、地域の事業者の皆さまの経営のお手伝いを長年しておりまして、色々なご相談を伺っています。今日もそのつもりで伺いました。",
    ),
    ("owner", "はあ。"),
    (
        "trainee",
        "最近はどこの会社さんも人手不足で大変だと伺っています。国の施策でも色々な支援策が出ておりまして、私どもとしてもできることを一緒に考えていければと思っております。",
    ),
    ("owner", "そう。"),
    (
        "trainee",
        "弊社ではこれまでも多くの会社さんのご相談に乗ってきましたので、まずは御社のことを色々と教えていただければと思っています。よろしくお願いいたします。",
    ),
    ("owner", "うん。"),
)
LONG_TALK_EN = ctx(
    (
        "trainee",
        "Thank you for today. At the chamber we have helped local firms for many years with all kinds of questions, from hiring to funding, and I came today hoping to do the same for you.",
    ),
    ("owner", "Right."),
    (
        "trainee",
        "These days most firms we see are short of staff, and there are many public schemes that can help, so we would like to work out together what might suit your situation best.",
    ),
    ("owner", "Okay."),
    (
        "trainee",
        "We have worked with a lot of companies over the years, so first I would like to learn as much as I can about your company and how it works day to day.",
    ),
    ("owner", "Sure."),
)


@pytest.mark.parametrize(
    ("lang", "context", "text"),
    [
        ("ja", LONG_TALK, "それはどういうことですか？"),
        ("ja", LONG_TALK, "従業員は何名ですか？"),
        ("ja", LONG_TALK, "そう、とおっしゃるのは？"),
        ("en", LONG_TALK_EN, "What do you mean by that?"),
        ("en", LONG_TALK_EN, "How many staff do you have?"),
        # questions of 60–99 characters / 22–34 words: still no "talking too much"
        (
            "ja",
            LONG_TALK,
            "先ほど社長がおっしゃった、若い方がなかなか定着しないというお話について、"
            "社長ご自身はどのあたりに一番引っかかりを感じていらっしゃいますか？",
        ),
        (
            "ja",
            LONG_TALK,
            "うん、とおっしゃいましたが、今日こうしてお話を伺っていて、社長が一番大事にされていることは"
            "どんなことなのか、少し聞かせていただけますか？",
        ),
        (
            "en",
            LONG_TALK_EN,
            "You said sure a moment ago, and I'd love to hear, in your own words, what a normal "
            "working day looks like for you and the people on your team?",
        ),
    ],
)
def test_short_question_is_never_told_it_talks_too_much(
    lang: str, context: list[Utterance], text: str
) -> None:
    _, s = run(text, context, lang)
    assert not any(has_line(s.feedback, part) for part in TALK_LINES[lang])
    assert "talk_heavy" not in s.flags


def test_long_own_turn_after_long_talk_is_told() -> None:
    text = (
        "私どもとしては、まず現状を把握するところから始めたいと考えておりまして、売上や利益の推移、"
        "取引先の構成、従業員の年齢構成などを一通り伺ったうえで、国の支援策の中から御社に合いそうな"
        "ものをいくつかご提案できればと思っております。"
    )
    assert len(text) >= 100
    _, s = run(text, LONG_TALK)
    assert "talk_heavy" in s.flags


# --- 4. a fact check is a closed question ------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "owner", "text"),
    [
        ("ja", "創業は1975年、親父が始めた会社でね。", "創業は1975年でしたよね？"),
        ("ja", "従業員は38名で回してます。パートも入れてね。", "従業員は38名でしたよね？"),
        (
            "ja",
            "取引先は県内の機械メーカーが中心です。",
            "取引先は県内の機械メーカーが中心でしたよね？",
        ),
        (
            "en",
            "We were founded in 1975. My father started it.",
            "You were founded in 1975, right?",
        ),
        (
            "en",
            "We have 38 staff, part-timers included.",
            "So 38 staff, part-timers included, is that right?",
        ),
    ],
)
def test_fact_check_is_closed_not_leading(lang: str, owner: str, text: str) -> None:
    a, s = run(text, ctx(("owner", owner)), lang)
    acts = {x.value for x in a.acts}
    assert "leading_question" not in acts
    assert "closed_question" in acts
    assert not has_line(s.feedback, LEADING_LINE[lang])


@pytest.mark.parametrize(
    "text",
    [
        "やっぱり営業を強化するしかないですよね？",
        "ホームページを作った方がいいですよね？",
        "若い人には給料を上げるべきですよね？",
    ],
)
def test_own_view_with_desu_yo_ne_stays_leading(text: str) -> None:
    acts = acts_of(text, ctx(("owner", "売上が落ちてきてね。若いのも辞めちゃうし。")))
    assert "leading_question" in acts


# --- 5. every harmful act gets its own line ----------------------------------------------------


def test_every_harmful_act_is_named_ja() -> None:
    _, s = run(
        "それは給料が安いからですよね？私なら賃金を上げるべきだと思います。"
        "うちの事務所ではそういう支援を何十社もやってきました。",
        ctx(("owner", "若手が定着しないんだよ。")),
    )
    for part in (LEADING_LINE["ja"], ADVICE_LINE["ja"], PROMO_LINE["ja"]):
        assert has_line(s.feedback, part), (part, s.feedback)


def test_every_harmful_act_is_named_en() -> None:
    _, s = run(
        "You should raise wages, shouldn't you? I've helped dozens of firms like yours fix exactly this.",
        ctx(("owner", "Young people just don't stay with us.")),
        "en",
    )
    for part in (LEADING_LINE["en"], PROMO_LINE["en"]):
        assert has_line(s.feedback, part), (part, s.feedback)


def test_denial_advice_and_boast_all_named() -> None:
    _, s = run(
        "いや、それは違いますよ。値上げはすべきです。私はこれまで何十社も値上げを成功させてきました。",
        ctx(("owner", "値上げなんて、うちの客は絶対に受け入れないよ。")),
    )
    for part in (DENIAL_LINE["ja"], ADVICE_LINE["ja"], PROMO_LINE["ja"]):
        assert has_line(s.feedback, part), (part, s.feedback)


# --- 6. a denial is named as a denial, also alone ----------------------------------------------


@pytest.mark.parametrize(
    ("lang", "owner", "text"),
    [
        ("ja", "値上げなんて、うちの客は絶対に受け入れないよ。", "いや、それは違うと思います。"),
        ("ja", "うちみたいな小さい会社に、DXなんて関係ないよ。", "そんなことはないですよ。"),
        ("en", "Our customers will never accept a price rise.", "That's not true."),
        ("en", "A small shop like ours has no use for a website.", "I don't think that's right."),
    ],
)
def test_denial_alone_is_named_as_denial(lang: str, owner: str, text: str) -> None:
    _, s = run(text, ctx(("owner", owner)), lang)
    assert "denial_only" in s.flags
    assert has_line(s.feedback, DENIAL_LINE[lang])
    assert not has_line(s.feedback, ADVICE_LINE[lang])
    assert s.scores["non_leading"] is not None and s.scores["non_leading"] < 40


def test_denial_with_advice_after_it_names_both() -> None:
    _, s = run(
        "それは違うと思います。今の時代、若い人はやりがいを求めていますよ。",
        ctx(("owner", "若い人は、うちみたいな地味な仕事には来ないですよ。")),
    )
    assert "denial_only" not in s.flags
    assert has_line(s.feedback, DENIAL_LINE["ja"])
    assert has_line(s.feedback, ADVICE_LINE["ja"])


# --- 7 and 11. praise only a question on the owner's own topic, and varied ----------------------


@pytest.mark.parametrize(
    ("lang", "owner", "text"),
    [
        (
            "ja",
            "最近、機械が古くなってきて、修理ばっかりでね。",
            "話は変わりますが、御社の採用についてはどうお考えですか？",
        ),
        ("ja", "最近、機械が古くなってきて、修理ばっかりでね。", "社長の一番の悩みは何ですか？"),
        (
            "ja",
            "最近、機械が古くなってきて、修理ばっかりでね。",
            "ところで、後継者についてはどうお考えですか？",
        ),
        (
            "en",
            "The machines are getting old and we spend half our time on repairs.",
            "By the way, how do you see succession?",
        ),
        (
            "en",
            "The machines are getting old and we spend half our time on repairs.",
            "So what's your biggest problem right now?",
        ),
    ],
)
def test_topic_switch_or_blunt_question_is_not_praised(lang: str, owner: str, text: str) -> None:
    _, s = run(
        text,
        ctx(
            (
                "trainee",
                "どんなお仕事をされているんですか？"
                if lang == "ja"
                else "What kind of work do you do?",
            ),
            ("owner", owner),
        ),
        lang,
    )
    assert not has_line(s.feedback, OPEN_PRAISE[lang])
    assert not has_line(
        s.feedback, "委ねる問い" if lang == "ja" else "leaves the answer to the owner"
    )


def test_praise_names_what_was_good() -> None:
    owner = ctx(
        ("trainee", "どんなお仕事をされているんですか？"),
        ("owner", "板金と切削をやってます。工場長がもう58でね、若手が育たないんだ。"),
    )
    lines = set()
    for text in (
        "若手が育たない、というのはどういうことですか？",
        "それで、その後はどうなったんですか？",
        "なぜそのように考えるようになったのですか？",
    ):
        _, s = run(text, owner)
        assert s.feedback, text
        assert not has_line(s.feedback, OPEN_PRAISE["ja"])
        lines.add(s.feedback[0])
    assert len(lines) == 3  # keyword, prompt to go on, why: three different lines


# --- 8. a premature diagnosis is the supporter's own issue ----------------------------------------


@pytest.mark.parametrize(
    ("lang", "owner", "text"),
    [
        (
            "ja",
            "若い子がすぐ辞めちゃってね。教えても覚えないし。",
            "つまり原因は社員の意識ですね。",
        ),
        ("ja", "売上が伸びなくてね。", "要するに営業力の問題ですね。"),
        ("ja", "お客さんが減ってきてね。", "結局、価格設定の問題ですね。"),
        ("en", "Sales have been flat for three years.", "So the real problem is your pricing."),
        (
            "en",
            "Nobody new comes into the shop any more.",
            "So basically it's a marketing problem.",
        ),
    ],
)
def test_premature_diagnosis_is_advice_not_summary(lang: str, owner: str, text: str) -> None:
    a, s = run(text, ctx(("owner", owner)), lang)
    acts = {x.value for x in a.acts}
    assert "advice" in acts
    assert not acts & {"summary", "reflection"}
    assert has_line(s.feedback, ADVICE_LINE[lang])


def test_owner_named_cause_given_back_is_not_a_diagnosis() -> None:
    acts = acts_of(
        "原因は人手不足なんですね。",
        ctx(("owner", "結局、原因は人手不足なんだよ。仕事はあるのに回せない。")),
    )
    assert "advice" not in acts


# --- 9. quoted owner words are nouns, adjectives, never fragments --------------------------------


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("数字は勘弁してくれ。", "勘弁"),
        ("まあ、いいよ。期待はしてないから。", "期待"),
        ("そんなこと、心配してもしょうがないよ。", "心配"),
    ],
)
def test_ja_sahen_noun_used_as_verb_is_not_quoted(text: str, bad: str) -> None:
    assert bad not in [p[0] for p in _ja_phrases(text)]


def test_ja_nouns_still_quoted() -> None:
    got = [
        p[0] for p in _ja_phrases("若手の定着が悩みで、工場長ももう58だ。設備投資の心配もある。")
    ]
    assert "若手" in got and "工場長" in got


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("Right, hello. Well, I can tell you about the work.", "hello"),
        ("Always the same — dodge the question.", "dodge"),
        ("I mean, thirty-eight.", "thirty-eight"),
        ("Well, about 1.4 billion yen.", "billion yen"),
        ("It's still pretty vague.", "pretty vague"),
        ("I'm busy with whatever is in front of me.", "front"),
        ("The stock lives on a whiteboard in the office.", "stock lives"),
        ("I still don't know what that involves.", "involves"),
        ("Every shop is the same, we'll manage.", "Every"),
    ],
)
def test_en_closed_class_words_not_quoted(text: str, bad: str) -> None:
    got = [p[0] for p in _en_phrases(text)]
    assert bad not in got and bad.lower() not in got


def test_en_noun_phrases_still_quoted() -> None:
    got = [
        p[0] for p in _en_phrases("Our order book is full but the head baker retires next year.")
    ]
    assert "order book" in got and "head baker" in got
    assert "retires" not in got


# --- 10. suggestions never make nonsense of a template ------------------------------------------


def test_denial_suggestion_quotes_what_the_owner_just_said_or_nothing() -> None:
    context = ctx(
        ("owner", "年商は14億ほどです。細かいところは経理の取締役が。"),
        ("trainee", "なるほど。"),
        ("owner", "若い人は、うちみたいな地味な仕事には来ないですよ。"),
    )
    _, s = run("それは違うと思います。", context)
    assert s.suggestion is not None
    assert "取締役" not in s.suggestion


def test_summary_suggestion_gathers_points_of_different_turns() -> None:
    context = ctx(
        # (『工場長』 alone is a role label, never his point: issue 8, r22a s08 T4)
        ("owner", "ベテランの職人がもう58でね。"),
        ("trainee", "そうなんですね。"),
        ("owner", "機械も古くて、NCの旋盤なんか20年選手だよ。"),
        ("trainee", "それで？"),
        ("owner", "若いのを採っても3年もたないで辞めていく。"),
    )
    points = distinct_points(context, "ja")
    assert 2 <= len(points) <= 3
    turns = [next(i for i, u in enumerate(context) if p in u.text) for p in points]
    assert len(set(turns)) == len(turns)
    one_turn = ctx(("owner", "工場長がもう58で、機械も古い。"))
    assert len(distinct_points(one_turn, "ja")) < 2


def test_keyword_suggestions_quote_only_noun_phrases() -> None:
    context = ctx(
        ("owner", "数字は勘弁してくれ。期待はしてないから。ただ、工場長の後がいないんだ。")
    )
    words = salient(context, "ja", limit=3)
    # 『工場長』 alone is a role label (issue 8): with no other noun phrase, no quote at all
    assert all(w not in ("勘弁", "期待", "工場長") for w in words)
    context = ctx(("owner", "数字は勘弁してくれ。期待はしてないから。ただ、溶接の後継者がいないんだ。"))
    words = salient(context, "ja", limit=3)
    assert words and all(w not in ("勘弁", "期待") for w in words)
    assert not any(re.search(r"[てでにをはがも]$", w) for w in words)


# --- 12. pressing again after a refusal ------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "context", "text"),
    [
        (
            "ja",
            ctx(
                ("trainee", "決算書を見せていただけますか？"),
                ("owner", "決算書はちょっとね。見せるつもりはないよ。"),
            ),
            "でも、決算書を見せてください。数字を見ないと何も言えませんので。",
        ),
        (
            "ja",
            ctx(
                ("trainee", "決算書を拝見できますか？"),
                ("owner", "えっと、決算書は会長が管理しているので、僕の一存では、ちょっと。"),
            ),
            "そこを何とか、決算書だけでもお願いできませんか？",
        ),
        (
            "en",
            ctx(
                ("trainee", "Could you show me your financial statements?"),
                ("owner", "I'd rather not share the statements, to be honest."),
            ),
            "But I really need to see the financial statements. Please show me.",
        ),
    ],
)
def test_pressing_after_a_refusal_gets_a_line(
    lang: str, context: list[Utterance], text: str
) -> None:
    _, s = run(text, context, lang)
    assert "presses_refusal" in s.flags
    part = "断ったこと" if lang == "ja" else "had just refused"
    assert has_line(s.feedback, part)


@pytest.mark.parametrize(
    ("lang", "context", "text", "refused"),
    [
        (
            "ja",
            ctx(
                ("owner", "うちは板金と切削をやってて、工場長がもう58でね。"),
                ("trainee", "決算書を見せていただけますか？"),
                ("owner", "決算書はちょっとね。見せるつもりはないよ。"),
            ),
            "でも、決算書を見せてください。",
            "決算書",
        ),
        (
            "en",
            ctx(
                ("owner", "We do sheet metal and machining, and the head of the shop floor is 58."),
                ("trainee", "What are your annual sales?"),
                ("owner", "There's enough coming in. Spare me the figures."),
            ),
            "Could you show me your financial statements? I need the figures.",
            "figures",
        ),
    ],
)
def test_suggestion_never_steers_back_to_what_was_refused(
    lang: str, context: list[Utterance], text: str, refused: str
) -> None:
    _, s = run(text, context, lang)
    assert s.suggestion is not None
    assert refused not in s.suggestion


def test_respecting_the_refusal_gets_no_such_line() -> None:
    context = ctx(
        ("trainee", "決算書を見せていただけますか？"),
        ("owner", "決算書はちょっとね。見せるつもりはないよ。"),
    )
    _, s = run(
        "失礼しました。では、お話しいただける範囲で、最近のお仕事の様子を伺えますか？", context
    )
    assert "presses_refusal" not in s.flags


# --- 13. an English "summary" needs two of the owner's points --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "So to sum up: yes, I can help with that, and orders are steady.",
        "To summarise, no, I'm not selling anything, and you said orders are steady.",
    ],
)
def test_en_answer_plus_one_point_is_not_a_summary(text: str) -> None:
    context = ctx(
        ("owner", "Orders are steady, I suppose. Can you actually help us with anything?")
    )
    assert "summary" not in acts_of(text, context, "en")


def test_en_real_summary_still_a_summary() -> None:
    context = ctx(
        ("owner", "Orders are steady, I suppose."),
        ("trainee", "And the team?"),
        ("owner", "The head baker retires next year and nobody can take over the ovens."),
        ("trainee", "I see."),
        ("owner", "And the flour prices keep going up."),
    )
    acts = acts_of(
        "So orders are steady, the head baker retires next year with nobody to take over, "
        "and flour prices keep rising. Have I got that right?",
        context,
        "en",
    )
    assert "summary" in acts
