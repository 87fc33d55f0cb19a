"""Issue 8 "Better recall", acts13 (round 13): the dialogue acts the analyser missed or misread
where it matters. New sentences, en first; each class fails on main a083512 and has negative cases
(a false alarm is worse than a miss for feedback).

1. English empathy in natural phrasings ("That's worrying", "Small wonder you're worn out",
   "It's natural you'd feel that", "That would grind anyone down", "It's gutting when…") vs
   thanks, small talk, "I see" and remarks on facts ("It's natural to hire temps in summer").
2. English advice in disguise ("You could record the steps…", "It's worth asking…", "What's
   worked for others is…", "Could you perhaps try…?", "The first thing I'd do…", "…usually
   comes down to…") vs a question about his own ideas ("What have you thought about trying?",
   "…what do you think you should do about it?"), which is an open question and no advice, and
   a proposal put as "What if you…?", which is advice and no open question.
3. Reflections in other words stay reflections, with or without a feeling word.
4. Japanese empathy beyond the lexicon (「それはしんどかったですね」「骨が折れますね」
   「ずっと気を張ってこられたんですね」「お一人で背負ってこられたんですね」) vs a neutral
   「〜してこられたんですね」, which stays a reflection only.
"""

from __future__ import annotations

from simulator.analysis import analyse

from .turns import acts_of, ctx

EN_BAKERY = ctx(
    ("trainee", "How have things been at the bakery lately?"),
    (
        "owner",
        "Our oven man retired in spring and nobody wants the early shift. I've been starting at "
        "three every morning since April, and the accounts pile up at night.",
    ),
)
JA_SHOP = ctx(
    ("trainee", "最近のお店の様子はいかがですか。"),
    (
        "owner",
        "父が倒れてから、仕入れも帳簿も私一人です。職人は年配ばかりで、相談できる相手もいません。",
    ),
)


def rule_acts(text: str, context: list, lang: str) -> set[str]:
    return {a.value for a in analyse(text, context, lang, learned_layer=False).acts}  # type: ignore[arg-type]


# --- 1. English empathy in natural phrasings ----------------------------------------------------


def test_natural_validations_are_empathy_en() -> None:
    for text in (
        "Starting at three every morning since April. That's worrying.",
        "Small wonder you're worn out.",
        "It's only natural you'd feel stretched.",
        "That would grind anyone down.",
        "It's gutting when the one person who knows the oven leaves.",
        "I'd be exhausted too, honestly.",
        "What a few months you've had.",
        "It must have been such a long stretch.",
        "You sound completely drained.",
        "That kind of schedule takes a heavy toll.",
        "You clearly care about the people who work here.",
        "That's a real sense of duty.",
    ):
        assert "empathy" in acts_of(text, EN_BAKERY, "en"), text
        assert "empathy" in rule_acts(text, EN_BAKERY, "en"), text


def test_thanks_small_talk_and_facts_are_no_empathy_en() -> None:
    for text in (
        "Thanks for the coffee.",
        "I see.",
        "The traffic was light this morning.",
        "It's natural to hire temps for the summer rush.",
        "It's hard to say what flour prices will do.",
        "You could see the bakery from the station.",
        "It's normal you'd need outside help at your size.",
        "It's hard to see the figures without the books.",
        "It's been a long time since you raised prices.",
        "So it's less about skill and more about respect.",
    ):
        assert "empathy" not in acts_of(text, EN_BAKERY, "en"), text


def test_shops_in_your_position_is_advice_not_empathy_en() -> None:
    text = "Most bakeries in your position bring in a second baker for the early shift."
    assert rule_acts(text, EN_BAKERY, "en") == {"advice"}
    assert "empathy" in rule_acts("In your shoes, anyone would be worn out.", EN_BAKERY, "en")


# --- 2. English advice in disguise vs questions about his ideas ---------------------------------


def test_disguised_proposals_are_advice_en() -> None:
    for text in (
        "You could record the oven steps on video for the next person.",
        "It's worth asking the catering college about trainees.",
        "Something that's worked for others is sharing a night baker with a neighbour.",
        "Could you perhaps try a recruitment agency?",
        "The first thing I'd do is hand the accounts to a bookkeeper.",
        "Early-shift problems usually come down to pay.",
        "I wonder whether a part-time baker might help.",
        "You might find it helps to bake the bread the evening before.",
    ):
        assert "advice" in acts_of(text, EN_BAKERY, "en"), text
        assert "advice" in rule_acts(text, EN_BAKERY, "en"), text


def test_what_if_you_proposal_is_advice_not_open_question_en() -> None:
    text = "What if you started the dough the evening before?"
    assert acts_of(text, EN_BAKERY, "en") == {"advice"}
    # a real question after the proposal keeps its own label
    both = acts_of(text + " How would that sit with you?", EN_BAKERY, "en")
    assert {"advice", "open_question"} <= both


def test_questions_about_his_own_ideas_are_no_advice_en() -> None:
    for text in (
        "What have you thought about trying?",
        "So, about the early shift — what do you think you should do about it?",
        "What would you like to try first?",
        "Have you thought about how you'd like the mornings to look?",
        "What options have you considered so far?",
    ):
        got = acts_of(text, EN_BAKERY, "en")
        assert "advice" not in got, (text, got)
        assert "open_question" in got, (text, got)


def test_my_own_earlier_suggestion_named_is_no_advice_en() -> None:
    text = "Sorry, I didn't mean to suggest anything. I suggested nothing, I was only curious. What part of the day do you enjoy?"
    assert "advice" not in acts_of(text, EN_BAKERY, "en")
    assert "advice" in acts_of("I'd suggest a bookkeeper for the accounts.", EN_BAKERY, "en")


def test_his_ideas_question_after_a_proposal_keeps_the_advice_en() -> None:
    text = "What do you think you should do? Honestly, I'd hire a second baker."
    assert "advice" in acts_of(text, EN_BAKERY, "en")
    assert "advice" in acts_of("Have you thought about hiring a second baker?", EN_BAKERY, "en")


# --- 3. paraphrased reflections ------------------------------------------------------------------


def test_paraphrased_reflections_stay_reflections_en() -> None:
    for text in (
        "So the ovens are running, but the hands at dawn aren't there.",
        "So you're carrying the mornings and the books on your own.",
    ):
        assert "reflection" in acts_of(text, EN_BAKERY, "en"), text


# --- 4. Japanese empathy beyond the lexicon ------------------------------------------------------


def test_japanese_validations_beyond_the_lexicon() -> None:
    for text in (
        "それは本当にしんどかったですね。",
        "仕入れも帳簿もとなると、骨が折れますね。",
        "相談相手がいないのは、参りますね。",
        "ずっと気を張ってこられたんですね。",
    ):
        assert "empathy" in acts_of(text, JA_SHOP, "ja"), text
        assert "empathy" in rule_acts(text, JA_SHOP, "ja"), text


def test_burden_carried_given_back_is_empathy_and_reflection_ja() -> None:
    text = "お父様が倒れてから、仕入れも帳簿もお一人で背負ってこられたんですね。"
    assert {"empathy", "reflection"} <= rule_acts(text, JA_SHOP, "ja")
    # a neutral 「〜してこられた」 gives back, it does not acknowledge a burden
    neutral = "お父様の代からの仕入れ先を、ずっと大事にしてこられたんですね。"
    assert "empathy" not in rule_acts(neutral, JA_SHOP, "ja")


def test_empathy_lead_in_to_advice_keeps_the_advice_ja() -> None:
    text = "しんどかったですね。でも、帳簿は早めに税理士さんに任せるべきだと思います。"
    assert "advice" in acts_of(text, JA_SHOP, "ja")
    assert acts_of("ありがとうございます。", JA_SHOP, "ja") == {"other"}


# --- advice claimed where there was none (judge4 f052, f164, f028 classes) ------------------------


def test_conditional_wondering_is_no_proposal_ja() -> None:
    owner = ctx(("owner", "母が元気だったら、今の店を見て何と言うか、時々考えるんです。"))
    for text in ("お母様だったらどうしただろう、と。", "お母様ならどうされたか、と考えてしまうんですね。"):
        got = acts_of(text, owner, "ja")
        assert "advice" not in got and "reflection" in got, (text, got)
    for text in ("パートさんを増やしたらどうですか。", "値上げしたらどうかと思います。", "常連さんに聞いてみたらどう？"):
        assert "advice" in acts_of(text, owner, "ja"), text


def test_lets_start_with_the_basics_is_no_advice_en() -> None:
    owner = ctx(("owner", "Jo Marsh, Marsh Joinery. Me, my brother and six lads."))
    got = acts_of("Good to meet you, Jo. Let's start with a few easy ones. How long have you been going?", owner, "en")
    assert "advice" not in got
    assert "advice" in acts_of("Let's start by dropping the cheapest jobs.", owner, "en")


def test_closing_give_back_is_no_advice_en() -> None:
    turns = ctx(
        ("trainee", "What would you most like people to say about the furniture?"),
        ("owner", "That it outlives them. That their grandkids sit at the same table."),
        ("trainee", "So it's about lasting, more than about selling more."),
        ("owner", "That a family keeps using what we made. That's the whole point, really."),
    )
    text = "That a family keeps using what you made. I think that's a good place to pick up next time, if you're happy to."
    assert "advice" not in acts_of(text, turns, "en")
