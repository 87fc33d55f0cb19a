"""Issue 8, fa14 (blind playtests r14a / r14b, of build d0b4fee): analysis misreads that reward
bad moves or punish good ones. New sentences, ja and en; each class has cases that fail on main
d8fe62d and negative cases that keep their labels.

1. Advice followed by a tag seeking his agreement (「そういう方向でいいですよね？」) is advice and a
   leading question, not empathy.
2. His own word affirmed in a short sentence (「価値観、大事ですよね。」) is no advice; a word of
   worth on the supporter's own idea stays advice.
4. A cause suggested in a yes/no question ("Is that because your prices are too low?") is
   leading, not a short open question; a cause he named himself, checked, is not.
5. A what-if on the supporter's premise (「…の仕事が減ったら、どうするんですか？」) is leading; the
   same question after he raised that worry himself follows him.
6. 「どのくらい／どの程度」 with a verb of how it touches him (響く, 困る, 負担) is open; a figure
   question stays closed, also when put as his view (「予算はどのくらいでお考えですか」).
7. Accepting his line or reassuring (“That's fine, we can leave it there.”, "I'm not here to
   audit anything") is praised as reassurance, not as acknowledging his feelings; his own "don't
   worry" given back as his fact is no empathy.
(3. the blaming question 「社長なのに…できないんですか？」 is left to the scorer: see the report.)
"""

from __future__ import annotations

from simulator.analysis import analyse

from .turns import acts_of, ctx, has_line, run

# --- 1. advice + a tag seeking his agreement ------------------------------------------------------

SHOP_JA = ctx(
    ("trainee", "お店の売り方は、今どんな形なんですか？"),
    ("owner", "店頭と、昔からのお得意さんへの配達だけだね。ネットは何もしとらん。"),
)


def test_advice_with_an_agreement_tag_is_advice_and_leading_ja() -> None:
    for text in (
        "それなら、まずはインスタで新商品を発信するのが早いと思います。若い人にも届きますし、そういう方向でいいですよね？",
        "配達先を増やすより、通販サイトを作った方がいいと思います。その進め方で大丈夫ですよね？",
        "まずは地元の道の駅に商品を置くのが一番だと思います。その方針でいいですよね？",
    ):
        a = analyse(text, SHOP_JA, "ja")
        acts = {x.value for x in a.acts}
        assert {"advice", "leading_question"} <= acts, (text, acts, a.evidence)
        assert "empathy" not in acts, (text, acts, a.evidence)


def test_agreement_words_without_a_plan_are_no_push_ja() -> None:
    # a liking shared, a feeling validated, a time checked: no plan of the supporter's to agree to
    a = analyse("昔ながらのお得意さんとのお付き合い、いいですよね。", SHOP_JA, "ja")
    assert "leading_question" not in {x.value for x in a.acts}, a.evidence
    a = analyse("配達まで全部ご自分で回すのは、きついですよね。", SHOP_JA, "ja")
    acts = {x.value for x in a.acts}
    assert "leading_question" not in acts and "empathy" in acts, (acts, a.evidence)


# --- 2. his own word affirmed ---------------------------------------------------------------------

CRAFT_JA = ctx(
    ("trainee", "SNSで発信しているお店も増えていますよ。社長のところもやってみたらどうですか？"),
    ("owner", "まあ、勉強にはなりますけどね。うちには、うちの伝統っちゅうもんがあるもんで。"),
)


def test_his_own_word_affirmed_is_no_advice_ja() -> None:
    for text in (
        "伝統、大切ですよね。今、お店には何人いらっしゃるんですか？",
        "伝統、大事ですよね。そのあたりを、もう少し聞かせていただけますか？",
    ):
        acts = acts_of(text, CRAFT_JA, "ja")
        assert "advice" not in acts, (text, acts)


def test_worth_of_the_supporters_own_idea_stays_advice_ja() -> None:
    for text in (
        "SNSでの発信が大事ですよね。今、お店には何人いらっしゃるんですか？",
        "伝統を守るには、若い人を採ることが大事ですよね。",
    ):
        acts = acts_of(text, CRAFT_JA, "ja")
        assert acts & {"advice", "leading_question"}, (text, acts)


# --- 4. a cause suggested in a yes/no question ----------------------------------------------------

BUSY_EN = ctx(
    ("trainee", "How has the workshop been lately?"),
    ("owner", "Flat out. Orders keep coming, but at the end of the month there's hardly anything left."),
)


def test_a_suggested_cause_is_leading_en() -> None:
    for text in (
        "Lots of orders, little left over. Is that because your rates haven't gone up in years?",
        "Could it be because you're paying too much for materials?",
    ):
        a, score = run(text, BUSY_EN, "en")
        acts = {x.value for x in a.acts}
        assert "leading_question" in acts, (text, acts)
        assert "open_question" not in acts, (text, acts)
        assert not has_line(score.feedback, "leaves the owner room"), score.feedback


def test_his_own_cause_checked_or_an_open_why_is_no_lead_en() -> None:
    owner = ctx(
        ("trainee", "How has the workshop been lately?"),
        ("owner", "Quieter. Since the big plant opened across the river, half my regulars went there."),
    )
    acts = acts_of("Is that because of the big plant across the river?", owner, "en")
    assert "leading_question" not in acts, acts
    acts = acts_of("Why do you think so little is left at the end of the month?", BUSY_EN, "en")
    assert "leading_question" not in acts and "open_question" in acts, acts


def test_a_suggested_cause_is_leading_ja() -> None:
    busy = ctx(
        ("trainee", "最近、工場の様子はいかがですか？"),
        ("owner", "忙しいことは忙しいよ。でも月末になると、手元にほとんど残らんのよ。"),
    )
    acts = acts_of("それは、工賃を何年も上げていないからじゃないですか？", busy, "ja")
    assert "leading_question" in acts, acts


# --- 5. a what-if on the supporter's premise ------------------------------------------------------

CUSTOMER_JA = ctx(
    ("trainee", "一番大きなお取引先はどちらですか？"),
    ("owner", "大和電機さんだね。うちの仕事の六割はあそこだ。もう四十年の付き合いになる。"),
)


def test_a_what_if_on_his_business_is_leading_ja() -> None:
    for text in (
        "四十年ですか、長いですね。でも、大和電機さんが海外に工場を移して注文が減ったら、どうするんですか？",
        "もし大和電機さんとの取引がなくなったら、どうされるんですか？",
        "大和電機さんが別の工場に切り替えたら、どうするんですか？",
    ):
        a = analyse(text, CUSTOMER_JA, "ja")
        acts = {x.value for x in a.acts}
        assert "leading_question" in acts, (text, acts, a.evidence)
        assert "open_question" not in acts, (text, acts)


def test_his_own_worry_followed_is_no_lead_ja() -> None:
    worried = ctx(
        ("trainee", "大和電機さんとのお取引は、今どんなご様子ですか？"),
        ("owner", "正直、大和電機さんの注文が減ったらと思うと、夜も眠れんのですわ。"),
    )
    for text in (
        "注文が減ったら、どうされるんですか？",
        "注文が減ったら、どうなるとお考えなんですか？",
        "いずれ工場を息子さんに任せたら、社長はどうされるんですか？",  # his own future asked
    ):
        acts = acts_of(text, worried, "ja")
        assert "leading_question" not in acts, (text, acts)
    acts = acts_of("大和電機さんとの四十年で、一番印象に残っていることは何ですか？", CUSTOMER_JA, "ja")
    assert "leading_question" not in acts and "open_question" in acts, acts


def test_a_what_if_on_his_business_is_leading_en() -> None:
    owner = ctx(
        ("trainee", "Who is your biggest customer?"),
        ("owner", "Yamato Electric. Six out of every ten jobs we do are theirs."),
    )
    acts = acts_of("What will you do if they move production overseas and drop you?", owner, "en")
    assert "leading_question" in acts, acts


# --- 6. 「どのくらい」 open or closed -----------------------------------------------------------------

COSTS_JA = ctx(
    ("trainee", "最近、仕入れの方はいかがですか？"),
    ("owner", "小麦も砂糖も、ここ二年でずいぶん上がったね。"),
)


def test_how_far_it_touches_him_is_open_ja() -> None:
    for text in (
        "小麦や砂糖の値上がりは、お店にはどのくらい響いていますか？",
        "仕入れが上がって、どの程度ご負担に感じていらっしゃいますか？",
    ):
        acts = acts_of(text, COSTS_JA, "ja")
        assert "open_question" in acts and "closed_question" not in acts, (text, acts)


def test_a_figure_stays_closed_ja() -> None:
    for text in (
        "小麦は、この二年で何割くらい上がりましたか？",
        "仕入れ先は何社くらいあるんですか？",
        # a figure put as his view is a figure still (r14a s08 T2)
        "新しい窯を入れるとしたら、予算はどのくらいでお考えですか？",
        "値上げするなら、価格はどれくらいを考えていらっしゃいますか？",
    ):
        acts = acts_of(text, COSTS_JA, "ja")
        assert "open_question" not in acts, (text, acts)


# --- 7. acceptance and reassurance (English) ------------------------------------------------------

REFUSED_EN = ctx(
    ("trainee", "How much of your turnover does that one chain bring in?"),
    ("owner", "A good chunk. I'd rather not put a number on it."),
)


def test_accepting_his_line_is_reassurance_not_empathy_en() -> None:
    for text in (
        "That's fine, we can leave it there. What would change for your team if that chain grew?",
        "That's okay, we can skip it for now. What would change for your team if that chain grew?",
    ):
        a, score = run(text, REFUSED_EN, "en")
        assert not has_line(score.feedback, "acknowledged the owner's feelings"), (text, score.feedback)
        assert has_line(score.feedback, "reassured the owner"), (text, score.feedback, a.evidence)
    # saying what the meeting is not: never praised as acknowledging his feelings
    _, score = run(
        "That's fair, we've only just met. I'm not here to audit anything. How did the business begin?",
        REFUSED_EN,
        "en",
    )
    assert not has_line(score.feedback, "acknowledged the owner's feelings"), score.feedback


def test_leaving_him_free_is_reassurance_en() -> None:
    story = ctx(
        ("trainee", "How did the business begin?"),
        ("owner", "Oh, that's a long story."),
    )
    _, score = run("Long stories are welcome. I'd be happy to hear whatever part of it you'd like to tell.", story, "en")
    assert not has_line(score.feedback, "acknowledged the owner's feelings"), score.feedback


def test_feelings_acknowledged_stay_empathy_en() -> None:
    hard = ctx(
        ("trainee", "How have the last few years been?"),
        ("owner", "Rough. I lost two of my best people and I've been covering their shifts myself."),
    )
    for text in (
        "That must have been exhausting, covering their shifts on top of everything. How are you holding up?",
        "That's hard, losing two of your best people. What has it been like?",
    ):
        a, score = run(text, hard, "en")
        assert "empathy" in {x.value for x in a.acts}, (text, a.evidence)
        assert has_line(score.feedback, "acknowledged the owner's feelings"), (text, score.feedback)


def test_his_own_no_worry_given_back_is_no_empathy_en() -> None:
    owner = ctx(
        ("trainee", "Who buys most of what you make?"),
        ("owner", "A hotel group. They reorder every month without fail, so that's one thing I don't worry about."),
    )
    text = "You said the hotel group reorders every month and that's one thing you don't worry about. How did that start?"
    a = analyse(text, owner, "en")
    acts = {x.value for x in a.acts}
    assert "empathy" not in acts, (acts, a.evidence)
    a = analyse("The hotel group reorders every month, and that's one thing you don't worry about.", owner, "en")
    acts = {x.value for x in a.acts}
    assert "empathy" not in acts and "reflection" in acts, (acts, a.evidence)
    # negative: a worry of his acknowledged in the supporter's own words stays empathy
    a = analyse("It must be a relief not to worry about that side. How did that start?", owner, "en")
    assert "empathy" in {x.value for x in a.acts}, a.evidence


def test_a_figure_after_a_give_back_is_closed_en() -> None:
    owner = ctx(
        ("trainee", "Who buys most of what you make?"),
        ("owner", "A hotel group. They reorder every month without fail, so that's one thing I don't worry about."),
    )
    text = "You mentioned the hotel group reorders every month. About how much of your business do they make up?"
    acts = acts_of(text, owner, "en")
    assert "open_question" not in acts and "closed_question" in acts, acts
    # negative: an open question on what the customer means to him stays open
    acts = acts_of("So the hotel group reorders every month. What has that meant for the business?", owner, "en")
    assert "open_question" in acts, acts
