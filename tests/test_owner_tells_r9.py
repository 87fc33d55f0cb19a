"""What the owner tells answers what was asked, once (blind playtest round 9, issue 9).

1. His company introduction belongs to the opening turns: an owner already talking with the
   supporter does not start again with 「うちは…をやってまして」 (r9: an intro in answer to
   「その引っかかりは？」, or right after his biggest disclosure), and what waits for the intro
   is not held up by it.
2. A yes/no question on one thing is not answered with an unrelated profile paragraph (r9: a
   check about lunch talk got the lathe speech); an open invitation still may be.
3. An admission is not spliced with his career: the second fact of a relieved turn is no
   profile fact right after a personal one; once he has opened up, a word of the give-back
   before the question does not set off a profile fact (r9: "Will she take over?" got azuki).
4. A plain factual question gets a fitting reply: no 「まだ言葉にできなくて」 to 「在庫は台帳
   ですか」, and the shy successor tells how orders and stock are kept.
5. An open topic is taken from the sentence before the question only when the question points
   (「そのあたりは？」), not when it names its own subject.
6. A share question is not answered with total sales; the move-on owner's supermarket line does
   not contradict his 「ジリ貧」.

All sentences here are new (not the playtest's).
"""

from __future__ import annotations

import pytest

from simulator.acts import Act, Analysis, Features
from simulator.datafiles import load_persona, persona_ids
from simulator.engine import EngineState
from simulator.engine.facts import INTRO_TURNS, Facts, narrow_question
from simulator.engine.open_talk import open_topic, points
from simulator.persona import Depth, Persona, Reaction
from simulator.voice.offline import WORDLESS, _avoid
from simulator.wording.asking import find_topic


def mk(text: str, *acts: Act, lang: str = "ja", words: list[str] | None = None) -> Analysis:
    return Analysis(
        text=text, lang=lang, acts=list(acts) or [Act.OTHER], features=Features(content_words=words or [])
    )


def state(p: Persona, lang: str, *, turn: int, trust: float, disclosed: list[str] | None = None) -> EngineState:
    s = EngineState.initial(p, lang)
    s.turn, s.trust, s.disclosed = turn, trust, list(disclosed or [])
    return s


def intro_of(p: Persona) -> str:
    return next(f.id for f in p.facts if f.intro)


KIND_WORDS = {
    "ja": "いろいろなことを経てこられたんですね。",
    "en": "You have been through so much over the years, I can see that.",
}


# -- 1. the intro ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("pid", persona_ids())
def test_every_owner_has_one_company_intro(pid: str, lang: str) -> None:
    p = load_persona(pid)
    assert sum(f.intro for f in p.facts) == 1, pid
    assert p.fact(intro_of(p)).depth is Depth.SURFACE


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("pid", persona_ids())
def test_the_intro_is_not_volunteered_once_the_opening_turns_are_over(pid: str, lang: str) -> None:
    p = load_persona(pid)
    a = mk(KIND_WORDS[lang], Act.EMPATHY, lang=lang)
    later = Facts(p).next_fact(state(p, lang, turn=INTRO_TURNS + 3, trust=60), a)
    assert later is None or not later.intro, (pid, later and later.id)
    # negative: at the start he does introduce his company
    early = Facts(p).next_fact(state(p, lang, turn=1, trust=60), a)
    assert early is not None and early.intro, (pid, early and early.id)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_what_waits_for_the_intro_is_not_held_up_by_it(lang: str) -> None:
    p = load_persona("distrustful_founder")
    words = {"ja": ["職人"], "en": ["craftsmen"]}[lang]
    text = {"ja": "職人さんたちは、どんな方が多いんですか。", "en": "What are your craftsmen like?"}[lang]
    a = mk(text, Act.OPEN_QUESTION, lang=lang, words=words)
    facts = Facts(p)
    assert facts.ready(p.fact("labour_shortage"), state(p, lang, turn=INTRO_TURNS + 2, trust=50), a)
    # negative: in the opening turns the intro still comes first
    assert not facts.ready(p.fact("labour_shortage"), state(p, lang, turn=2, trust=50), a)


# -- 2. a yes/no question ------------------------------------------------------------------------

POLAR = {
    "ja": "お昼は皆さんと一緒に食べられることが多いんですか？",
    "en": "Do you usually have lunch together with everyone?",
}
INVITE = {
    "ja": "いま一番気にかかっていることがあれば、一つ聞かせていただけますか。",
    "en": "Is there anything that's been on your mind lately you'd be willing to share?",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_yes_no_question_gets_no_unrelated_profile_paragraph(lang: str) -> None:
    p = load_persona("distrustful_founder")
    s = state(p, lang, turn=5, trust=45)
    a = mk(POLAR[lang], Act.CLOSED_QUESTION, lang=lang)
    assert narrow_question(POLAR[lang], lang)
    got = Facts(p).next_fact(s, a, asked=True, narrow=True)
    assert got is None or got.depth is not Depth.SURFACE, got and got.id


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_an_open_invitation_may_still_bring_out_a_profile_fact(lang: str) -> None:
    p = load_persona("distrustful_founder")
    s = state(p, lang, turn=5, trust=45)
    a = mk(INVITE[lang], Act.OPEN_QUESTION, lang=lang)
    assert not narrow_question(INVITE[lang], lang)
    got = Facts(p).next_fact(s, a, asked=True, narrow=False)
    assert got is not None and got.depth is Depth.SURFACE


# -- 3. no splice, no profile set off by a give-back once he has opened up ---------------------


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_no_profile_fact_is_spliced_onto_an_admission(lang: str) -> None:
    p = load_persona("reluctant_successor")
    told = ["business_overview", "dx_phone_fax", "quote_shelved", "family_board", "delegation_gap"]
    s = state(p, lang, turn=8, trust=75, disclosed=told)
    a = mk(KIND_WORDS[lang], Act.SUMMARY, Act.EMPATHY, lang=lang)
    second = Facts(p).next_fact(s, a, second=True)
    assert second is None or second.depth is not Depth.SURFACE, second and second.id
    # negative: after a profile fact, another profile fact may follow
    s = state(p, lang, turn=8, trust=75, disclosed=["dx_phone_fax"])
    after_profile = Facts(p).next_fact(s, a, second=True)
    assert after_profile is not None and after_profile.depth is Depth.SURFACE


GIVE_BACK = {
    "en": (
        "Your grandfather's sweets, and the taste kept the same all these years. "
        "What would you most want people to remember about you?"
    ),
    "ja": "生菓子の味を、おじいさまの代から守ってこられた。社長ご自身は、どんな人として覚えていてほしいですか。",
}
GIVE_BACK_WORDS = {"en": ["sweets", "taste", "grandfather"], "ja": ["生菓子", "味"]}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_word_of_the_give_back_opens_no_profile_fact_once_he_has_opened_up(lang: str) -> None:
    p = load_persona("family_values_owner")
    a = mk(GIVE_BACK[lang], Act.REFLECTION, Act.OPEN_QUESTION, lang=lang, words=GIVE_BACK_WORDS[lang])
    opened = state(p, lang, turn=7, trust=50, disclosed=["applied_at_daughters_word", "daughter_swamped"])
    got = Facts(p).next_fact(opened, a, asked=True)
    assert got is None or got.id != "ingredients_pride", got and got.id
    # negative: before he has opened up, the owner's own topic touched in a give-back still counts
    fresh = state(p, lang, turn=7, trust=50)
    assert Facts(p).next_fact(fresh, a, asked=True).id == "ingredients_pride"  # type: ignore[union-attr]


# -- 4. a plain factual question gets a fitting reply -------------------------------------------


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_no_wordless_hesitation_to_a_plain_factual_question(lang: str) -> None:
    from simulator.engine.state import ReplyIntent
    from simulator.persona import Stage

    p = load_persona("reluctant_successor")
    s = EngineState.initial(p, lang)
    intent = ReplyIntent(reaction=Reaction.ANSWER_CLOSED, stage=Stage.RAPPORT, trust=25.0, trust_delta=0.0,
                         ask_kind="polar")
    hesitations = p.hesitations.get(lang) if p.hesitations else []
    fitting = [h for h in hesitations if not any(x.search(h) for x in _avoid(s, intent))]
    assert fitting and len(fitting) < len(hesitations)
    assert not any(WORDLESS[lang].search(h) for h in fitting)
    # negative: to a question on his feelings the wordless lines are allowed
    intent.ask_kind = "feeling"
    assert not any(x is WORDLESS[lang] for x in _avoid(s, intent))


FACT_QS = {
    "ja": ["注文はどうやって受けていらっしゃるんですか？", "在庫はまだ紙の台帳ですか？"],
    "en": ["How do you take ordering at the moment?", "Is the inventory still kept on paper?"],
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_shy_successor_tells_how_orders_and_stock_are_kept(lang: str) -> None:
    p = load_persona("reluctant_successor")
    for q in FACT_QS[lang][1:] + (FACT_QS[lang][:1] if lang == "en" else []):
        topic = find_topic(p, q, lang)
        assert topic is not None and topic.id == "dx_now", q
    # negative: a question on how orders are going is talk on orders, no systems answer
    assert find_topic(p, "最近の受注の様子はいかがですか？", "ja") is None


# -- 5. an open topic from the sentence before only when the question points --------------------


def test_a_question_that_names_its_own_subject_takes_no_topic_from_the_sentence_before() -> None:
    p = load_persona("reluctant_successor")
    named = "Two years of holding that in. What would you most want the chairman to hear from you?"
    assert not points("What would you most want the chairman to hear from you?", "en")
    assert open_topic(p, named, "en") is None
    ja = "2年間、ずっと飲み込んでこられたんですね。会長に一番伝えたいのは、どんなことでしょう。"
    assert open_topic(p, ja, "ja") is None
    # negative: a question that only points takes its subject from the sentence before
    found = open_topic(p, "You've been president for two years now. How has that been?", "en")
    assert found is not None and found.id == "two_years"
    found = open_topic(p, "社長に就任されて2年になるんですね。そのあたりはいかがですか。", "ja")
    assert found is not None and found.id == "two_years"


# -- 6. share vs sales; no contradiction -------------------------------------------------------

SHARE = {
    "en": [
        "What part of your sales does that one chain account for?",
        "Roughly how much of that total comes through the one chain?",
    ],
    "ja": ["売上のうち、一番大きいお客さんはどのくらいを占めていますか？"],
}


@pytest.mark.parametrize("pid", ["move_on_owner", "big_customer_owner"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_share_question_is_not_answered_with_total_sales(pid: str, lang: str) -> None:
    p = load_persona(pid)
    for q in SHARE[lang]:
        topic = find_topic(p, q, lang)
        assert topic is not None and topic.id == "customer_share", (q, topic and topic.id)
    # negative: a plain sales question is still about sales
    plain = {"ja": "年商はどのくらいですか？", "en": "What are your yearly sales, roughly?"}[lang]
    topic = find_topic(p, plain, lang)
    assert topic is not None and topic.id == "sales"


def test_the_move_on_owner_does_not_call_his_situation_unpressing_after_saying_it_is_sliding() -> None:
    p = load_persona("move_on_owner")
    assert "ジリ貧" in p.fact("s_sales_flat").text.ja
    for lang in ("ja", "en"):
        text = p.fact("s_big_customer").text.get(lang)
        assert "差し迫った問題" not in text and "pressing problem" not in text
