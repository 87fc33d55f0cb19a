"""Round 12 (r12a/r12b blind play, issue 9): Japanese owners answer the question actually asked,
word their prepared lines differently from one meeting to the next, and the report knows when
the owner stated the issue.

Every sentence here is new (not copied from the playtests)."""

from __future__ import annotations

import pytest

from simulator import load_persona, open_session, persona_ids
from simulator.engine.state import EngineState
from simulator.persona import Stage
from simulator.wording.asking import ask_kind
from simulator.wording.peak import invites

GREETING = "はじめまして。本日はお時間をいただきありがとうございます。よろしくお願いします。"


def _peak(pid: str, kind: str) -> list[str]:
    peak = load_persona(pid).peak
    assert peak is not None
    return peak.get(kind, "ja")


def _open(pid: str, topic: str, field: str = "text") -> list[str]:
    for o in load_persona(pid).open_answers:
        if o.id == topic:
            texts = getattr(o, field)
            assert texts is not None
            return list(texts.ja)
    raise KeyError(topic)


def _says(reply: str, lines: list[str]) -> bool:
    return any(line.strip("…。 ") in reply for line in lines)


# -- 1. the kind of question picks the answer --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "在庫の管理を変えようと思われたのは、何かきっかけがあったんですか。",
        "その焦りのようなものは、どこから来ているんでしょう。",
        "そう思われるのは、何か気になることがあるからですか。",
        "そう感じていらっしゃるのは、お客さんの様子が変わってきたからでしょうか。",
        "どうして、そこまで手作りにこだわってこられたんですか。",
    ],
)
def test_a_why_or_what_set_it_off_asks_the_cause(text: str) -> None:
    assert ask_kind(text, "ja") == "cause"


@pytest.mark.parametrize(
    "text",
    [
        "その不安は、どんな場面でふっと感じられますか。",
        "その物足りなさは、どんなときに一番出てくるものなんでしょう。",
        "そういう寂しさは、どこで感じられることが多いですか。",
        "そう思われるのは、どんな場面が多いですか。",
    ],
)
def test_when_or_where_a_feeling_comes_up_asks_a_scene(text: str) -> None:
    assert ask_kind(text, "ja") == "scene"


@pytest.mark.parametrize(
    "text, kind",
    [
        ("会社をこれからどうしていきたいとお考えですか。", "future"),  # no 「どうして」: a wish
        ("お店をどうしていけたらいいか、思い描いていることはありますか。", "future"),
        ("今のお気持ちを、少し聞かせていただけますか。", "feeling"),
        ("その新しい機械というのは、どういうものなんでしょう。", "open"),  # 「なんでしょう」 is no why
        ("職人さんは何人いらっしゃるんですか。", "fact"),
        ("このお仕事のどんなところに、やりがいを感じていらっしゃいますか。", "feeling"),  # what, not when
        ("少しだけ言葉にしてみませんか。十年後、どんなお店の姿が浮かびますか。", "future"),
    ],
)
def test_other_questions_keep_their_kind(text: str, kind: str) -> None:
    assert ask_kind(text, "ja") == kind


def test_what_set_off_his_wish_is_answered_with_his_why_on_that_topic() -> None:
    """r12a: 「何とかしたいと思われたのは、何かきっかけが」 got 「5年後…ですかね」."""
    s = open_session("reluctant_successor", lang="ja", seed=11, store=None)
    s.say(GREETING)
    reply = s.say(
        "受注は今も電話とFAXが中心なんですね。それを変えたいと思うようになったのは、何かきっかけがあったんですか。"
    ).owner_reply
    assert _says(reply, _open("reluctant_successor", "orders", "cause")), reply
    assert not _says(reply, _peak("reluctant_successor", "future")), reply


def test_why_he_went_independent_is_told_not_refused() -> None:
    """r12b: the founding story he told at the start was refused (「今日会ったばっかりの人に」)."""
    s = open_session("distrustful_founder", lang="ja", seed=5, store=None)
    s.say(GREETING + "今日は審査ではありませんので、まずは御社のお仕事について教えていただけますか。")
    reply = s.say("差し支えなければ、社長が独立されたのはどんなきっかけだったのか、伺ってもいいですか。").owner_reply
    persona = load_persona("distrustful_founder")
    assert persona.hesitations is not None
    assert not _says(reply, persona.hesitations.ja), reply
    assert _says(reply, _open("distrustful_founder", "founding", "cause") + _open("distrustful_founder", "founding")), reply


@pytest.mark.parametrize("pid", persona_ids())
def test_a_moment_asked_is_answered_with_a_moment_not_a_feeling_echo(pid: str) -> None:
    """r12a/r12b: 「どんなときに一番感じられますか」 got 「自分の気持ちなんて、あまり考えたことが」 and
    「…気持ち、ですか」 though no feeling was asked."""
    s = open_session(pid, lang="ja", seed=3, store=None)
    s.say(GREETING)
    reply = s.say("そういう落ち着かない感じは、どんなときに一番強く感じられますか。").owner_reply
    assert _says(reply, _peak(pid, "scene")), reply
    assert not _says(reply, _peak(pid, "feeling")), reply
    assert "気持ち、" not in reply


# -- 2. non-answers that do not fit ------------------------------------------------------------


def test_a_goodbye_with_thanks_and_next_time_is_a_goodbye() -> None:
    """r12b: a goodbye (「…次回、また…聞かせてください」) was answered with a fact on his staff."""
    s = open_session("reluctant_successor", lang="ja", seed=2, store=None)
    s.say(GREETING)
    turn = s.say("今日は色々とありがとうございました。次回、また倉庫のお話を聞かせてください。")
    assert turn.reaction == "closing", (turn.reaction, turn.owner_reply)


@pytest.mark.parametrize(
    "text, invited",
    [
        ("次にお会いするときは、社長が話してもいいと思われるところからお聞きできればと思いますが、いかがでしょうか。", True),
        ("次回は、社長のご都合のよいところから伺えればと思いますが、よろしいでしょうか。", True),
        ("次回までに、社長は何を準備しておけばいいと思いますか。", False),  # a question of its own
    ],
)
def test_a_plan_for_next_time_he_may_decline_is_an_invitation(text: str, invited: bool) -> None:
    """r12b: 「次にお会いするときは…伺えればと思いますが、いかがでしょうか」 got 「どうって…なんとかやってる」."""
    assert invites(text, "ja") is invited


@pytest.mark.parametrize("pid", persona_ids())
def test_no_unknown_answer_picks_one_thing(pid: str) -> None:
    """r12b: 「何人くらい足りないんですか」 got 「一つには絞れないよ」: an honest "I don't know"
    fits any factual question (how many, when), never one that asks to single out a worry."""
    answers = load_persona(pid).answers
    assert answers is not None
    assert not [t for t in answers.unknown.ja if "絞れ" in t or "一つには" in t]


# -- 3. the same lines across sessions and owners ----------------------------------------------


def test_a_prepared_fact_is_worded_differently_across_seeds_and_alike_for_one_seed() -> None:
    persona = load_persona("reluctant_successor")
    wordings = persona.fact_texts("business_overview", "ja")
    assert len(wordings) >= 2
    seen = set()
    for seed in range(12):
        replies = []
        for _ in range(2):
            s = open_session("reluctant_successor", lang="ja", seed=seed, store=None)
            replies.append(s.say("はじめまして。御社のお仕事について、まず教えていただけますか。").owner_reply)
        assert replies[0] == replies[1]  # same seed, same transcript
        seen |= {w for w in wordings if w in replies[0]}
    assert len(seen) >= 2, seen


def test_fact_variants_keep_the_hooks_the_next_facts_use() -> None:
    """A variant may word the fact otherwise, never drop the words the next facts unlock on."""
    for pid in persona_ids():
        persona = load_persona(pid)
        for fact in persona.facts:
            if fact.variants is None:
                continue
            for lang in ("ja", "en"):
                main = fact.text.get(lang).lower()
                hooks = {
                    w.lower()
                    for other in persona.facts
                    if other.unlock.topics is not None and fact.id in other.unlock.after
                    for w in other.unlock.topics.get(lang)
                    if w.lower() in main
                }
                for variant in fact.variants.get(lang):
                    missing = [w for w in hooks if w not in variant.lower()]
                    assert not missing, (pid, fact.id, lang, missing)


def test_no_two_owners_share_the_not_thinking_about_it_feeling_line() -> None:
    """r12b: 「考えないようにしてきた」 was said by two owners."""
    owners = [pid for pid in persona_ids() if any("考えないようにしてき" in t for t in _peak(pid, "feeling"))]
    assert len(owners) <= 1, owners


# -- 4. reach: every line in which he states the issue -----------------------------------------


def test_the_successor_stating_who_decides_counts_as_reaching_the_issue() -> None:
    """r12a: 「人事評価も、大きな取引も、ほとんど会長が決めてます」 and the report said "not reached"."""
    persona = load_persona("reluctant_successor")
    assert "delegation_gap" in persona.stating_facts
    state = EngineState.initial(persona, "ja", 4)
    before = [f.id for f in persona.facts if f.id != "delegation_gap"]
    needed = {"family_board", *persona.fact("family_board").unlock.after}
    while True:  # the facts family_board waits for, transitively
        more = {a for f in needed for a in persona.fact(f).unlock.after} - needed
        if not more:
            break
        needed |= more
    state.disclosed = [f for f in before if f in needed]
    state.trust, state.stage, state.turn = 62.0, Stage.SURFACE, 6
    s = open_session("reluctant_successor", lang="ja", seed=4, store=None)
    s.state = state
    turn = s.say("会長は『全部任せている』とおっしゃっているそうですね。実際には、会長と社長の間で、どんなふうに決めることを分けていらっしゃるんですか。")
    assert "delegation_gap" in s.state.disclosed, turn.owner_reply
    assert s.state.issue_stated and not s.state.hidden_issue_reached
    assert s.state.stage < Stage.CONVICTION  # stated, not yet his insight
    assert s.report().hidden_issue_reached


def test_a_surface_fact_does_not_count_as_reaching_the_issue() -> None:
    for pid in persona_ids():
        persona = load_persona(pid)
        for fid in persona.stating_facts:
            assert persona.fact(fid).depth.value != "surface", (pid, fid)


def test_a_feeling_question_with_a_word_of_his_profile_asks_no_profile_fact() -> None:
    """r12a: 「…長いお付き合いだと思いますが、社長ご自身はどう感じていますか」 got 「もう50年になります」."""
    from simulator.wording.asking import read_question

    persona = load_persona("big_customer_owner")
    q = read_question(persona, "丸栄さんとは長いお取引ですよね。社長ご自身は、その長いお付き合いをどう感じていらっしゃいますか。", "ja")
    assert q.topic is None
    fact = read_question(persona, "丸栄さんとは、何年くらいのお付き合いですか。", "ja")
    assert fact.topic is not None and fact.topic.id == "maruei"  # a plain how-long still asks it


def test_what_his_daughter_does_is_answered_not_put_off() -> None:
    """r12a: 「娘さんは、どんなお仕事を」 got 「ほやけど、去年の春に戻ってきたんだわ」; own play: a hesitation."""
    s = open_session("family_values_owner", lang="ja", seed=21, store=None)
    s.say(GREETING)
    reply = s.say("娘さんが戻ってこられたそうですね。娘さんは今、お店でどんなお仕事をされているんですか。").owner_reply
    assert any(w in reply for w in ("店番", "手伝")), reply


def test_a_passing_word_sentences_before_names_no_topic_of_the_why() -> None:
    """r12a s04 T5 replayed: 「…気持ちを振り返る時間は…。それでも今、…言葉が出てきた。その言葉はどこから
    来るんでしょう」 is no question on why he took over (「振り返」 names his presidency talk)."""
    from simulator.engine.open_talk import cause_topic

    persona = load_persona("big_customer_owner")
    text = "ご自分のことを振り返る余裕は、なかなかないと思います。それでも今、『もやもや』という言葉が出てきました。その言葉は、どこから来ているんでしょう。"
    assert cause_topic(persona, text, "ja") is None
    pointed = "受注は毎月安定しているんですね。そこを大事にしてこられた。そう思われるようになったのは、何かきっかけがあったんですか。"
    found = cause_topic(persona, pointed, "ja")
    assert found is not None and found.id == "orders"


def test_why_something_ended_is_not_answered_with_his_motive_lines() -> None:
    """r11a replayed: 「前のネット販売はどうして閉めたんですか」 got his why for wanting an online shop."""
    from simulator.engine.open_talk import cause_topic

    persona = load_persona("move_on_owner")
    assert cause_topic(persona, "前に楽天でやっていたネット販売は、どうしてやめたんですか。", "ja") is None
    found = cause_topic(persona, "ネット販売をやりたいと思われたのは、何かきっかけがあったんですか。", "ja")
    assert found is not None and found.id == "ec_hopes"
