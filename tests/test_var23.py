"""var23 — the same situation worded otherwise in another meeting (issue 9; r22a/r22b defect 10).

Blind playtests heard the same long sentences word for word in different meetings (「要はさ、
うちの野沢菜を全国の人に…もったいないでしょ？」, 「会長には、毎日夕方に顔を出してます…」, the
confirmation 「…うん、その通り。俺が考えてるのはまさにそれなんだよ。…」, stock 「ぱっとは出てこない」)
and the same 「もやもや」 feeling line from two owners. A persona's ``rewordings`` give a sentence
of his other wordings; the realiser says one per meeting, chosen by the seed (never one said
already in the meeting, never one that brings in what the reply had to avoid).

The scripted meetings below are new sentences written for this test, not the playtests' turns.
"""

from __future__ import annotations

import re

import pytest

from simulator.datafiles import load_persona, persona_ids
from simulator.session import open_session

OWNERS = ("big_customer_owner", "distrustful_founder", "family_values_owner", "move_on_owner", "reluctant_successor")
LONG = {"ja": 12, "en": 6}
SEEDS = range(6)

SCRIPT = {
    "ja": [
        "はじめまして。本日はお時間をいただき、ありがとうございます。まずは御社のことを伺えればと思っています。",
        "どんなお仕事をされているのか、教えていただけますか。",
        "なるほど、そうなんですね。お客さんとのお付き合いについても、もう少し聞かせてください。",
        "長く続けてこられたんですね。最近、社長が気にかけていらっしゃることはどんなことでしょう。",
        "そうだったんですね。それは、ご苦労も多かったでしょうね。",
        "今のお話、もう少し詳しく伺ってもいいですか。",
        "社長ご自身は、そのときどう感じられたんですか。",
        "ここまでのお話をまとめると、仕事は続いているけれど、先のことに気がかりがある、ということでしょうか。",
        "ありがとうございます。その気がかりについて、もう少し聞かせていただけますか。",
        "社長にとって、この会社はどんな存在ですか。",
    ],
    "en": [
        "Hello, thank you for making time today. I'd like to start by hearing about your company.",
        "Could you tell me what kind of work you do here?",
        "I see. Could you tell me a little more about your customers?",
        "That's a long history. What has been on your mind lately?",
        "I see. That must have been hard on you.",
        "Could you tell me a bit more about that?",
        "How did you feel at the time?",
        "So, if I've got it right, the work keeps coming, but something about the future weighs on you. Is that it?",
        "Thank you. Could you say more about what weighs on you?",
        "What does this company mean to you?",
    ],
}


def _play(owner: str, lang: str, seed: int, script: list[str]) -> list[tuple[str, tuple[str, ...], str]]:
    session = open_session(owner, lang=lang, seed=seed, store=None)
    out = []
    for text in script:
        if session.finished:
            break
        turn = session.say(text)
        out.append((str(turn.reaction), tuple(session.state.disclosed), turn.owner_reply))
    return out


def _long_sentences(reply: str, lang: str) -> list[str]:
    from simulator.voice.offline import _key, split_sentences

    out = []
    for s in split_sentences(reply, lang):
        k = _key(s, lang)
        if k and (len(k) if lang == "ja" else len(s.split())) > LONG[lang]:
            out.append(k)
    return out


def _same_situation_overlap(owner: str, lang: str) -> tuple[int, int]:
    """Long sentences of seeds 1.. said word for word in seed 0's reply to the same turn, when
    the owner is in the same situation (same reaction, same facts told): (same, compared)."""
    runs = [_play(owner, lang, seed, SCRIPT[lang]) for seed in SEEDS]
    same = total = 0
    for run in runs[1:]:
        for a, b in zip(runs[0], run, strict=False):
            if a[:2] != b[:2]:
                continue
            first = set(_long_sentences(a[2], lang))
            later = _long_sentences(b[2], lang)
            total += len(later)
            same += sum(k in first for k in later)
    return same, total


@pytest.fixture(scope="module")
def overlap() -> dict[tuple[str, str], tuple[int, int]]:
    return {(o, lang): _same_situation_overlap(o, lang) for o in OWNERS for lang in ("ja", "en")}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_same_situation_is_mostly_worded_otherwise_under_another_seed(overlap, lang: str) -> None:
    same = sum(overlap[o, lang][0] for o in OWNERS)
    total = sum(overlap[o, lang][1] for o in OWNERS)
    assert total > 100
    assert same / total < 0.35, (same, total)  # base: ja 146/298 (49 %), en 131/289 (45 %)


@pytest.mark.parametrize("owner", OWNERS)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_no_owner_says_most_of_a_situation_alike_again(overlap, owner: str, lang: str) -> None:
    same, total = overlap[owner, lang]
    assert same <= 0.45 * total, (same, total)


@pytest.mark.parametrize("owner", ["big_customer_owner", "move_on_owner"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_same_seed_still_says_the_same_meeting(owner: str, lang: str) -> None:
    assert _play(owner, lang, 7, SCRIPT[lang]) == _play(owner, lang, 7, SCRIPT[lang])


LONG_SCRIPT = {
    "ja": SCRIPT["ja"] + [
        "お話を伺っていて、ずっと一人で抱えてこられたように感じました。",
        "その中で、一番重たいのはどのあたりでしょう。",
        "なるほど。そのことは、ほかのどなたかとお話しされたことはありますか。",
        "もう少し、具体的な場面を教えていただけますか。",
        "それを聞いて、私も胸が詰まる思いです。",
        "従業員は何名いらっしゃいますか。",
        "創業はいつごろですか。",
        "売上はどのくらいでしょうか。",
        "では、これから先、どうなっていたら良いとお考えですか。",
        "今日伺ったことを整理すると、数字のこと、人のこと、先のことが重なっているように聞こえました。",
        "その中で、最初に手をつけたいのはどれでしょう。",
        "次回、よろしければ一緒に整理してみませんか。",
        "ほかに、今日話しておきたいことはありますか。",
        "ご家族とは、このお話をされることはありますか。",
        "お父様の代から、変わったことと変わらないことは何でしょう。",
        "毎日のお仕事の中で、一番時間を使っているのは何ですか。",
        "それは、どんなときに一番感じられますか。",
        "本日は本当にありがとうございました。",
        "次回もよろしくお願いいたします。",
        "では、失礼いたします。",
    ],
    "en": SCRIPT["en"] + [
        "Listening to you, it sounds like you've carried this on your own for a long time.",
        "Of all of it, what weighs heaviest?",
        "I see. Have you talked about this with anyone else?",
        "Could you give me a concrete moment when that came up?",
        "Hearing that, I feel for you.",
        "How many employees do you have?",
        "When was the company founded?",
        "Roughly what are your annual sales?",
        "Looking ahead, what would you like things to look like?",
        "So from today: the numbers, the people and the future all seem to overlap. Is that fair?",
        "Of those, which would you want to start with?",
        "Next time, if you're willing, could we sort it out together?",
        "Is there anything else you'd like to talk about today?",
        "Do you ever talk about this with your family?",
        "Since your father's day, what has changed and what hasn't?",
        "In your daily work, what takes most of your time?",
        "When do you feel that most?",
        "Thank you very much for today.",
        "I look forward to next time.",
        "Goodbye for now.",
    ],
}


@pytest.mark.parametrize("owner", OWNERS)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_no_sentence_is_said_twice_in_a_thirty_turn_meeting(owner: str, lang: str) -> None:
    from simulator.voice.offline import repeated_sentences

    for seed in (1, 4):
        replies = [r for _, _, r in _play(owner, lang, seed, LONG_SCRIPT[lang])]
        assert len(set(replies)) == len(replies)
        for n, reply in enumerate(replies):
            assert repeated_sentences(reply, replies[:n], lang) == [], (seed, n + 1, reply)


# the lines the playtests heard word for word in two meetings: each has other wordings now
NAMED = [
    ("move_on_owner", "ja", "要はさ、うちの野沢菜を全国の人に食べてもらいたいんですよ。"),
    ("move_on_owner", "ja", "…うん、その通り。俺が考えてるのはまさにそれなんだよ。こうやってまとめてもらうと、自分でも整理がつくね。"),
    ("move_on_owner", "ja", "正確なところは、今ぱっとは出てこないな。ざっくりでよければ後で調べとくよ。"),
    ("reluctant_successor", "ja", "会長には、毎日夕方に顔を出してます。数字の話がほとんどで…それ以上の話は、あまりしないですね。"),
    ("distrustful_founder", "ja", "さあ…ぱっとは出てこないな。はっきりしたことは言えないよ。"),
    ("big_customer_owner", "ja", "いやあ、ありがたいことに、毎日同じように機械が動いてましてね。"),
    ("move_on_owner", "en", "…Yes, exactly. That's precisely what I'm thinking. Having it summed up like that helps me sort it out myself."),
    ("reluctant_successor", "en", "I drop in on the chairman every evening. Mostly figures… we don't really talk about much beyond that."),
]


def _state(owner: str, lang: str, seed: int):
    session = open_session(owner, lang=lang, seed=seed, store=None)
    return session.state


@pytest.mark.parametrize(("owner", "lang", "line"), NAMED)
def test_a_line_heard_in_two_meetings_has_other_wordings_by_seed(owner: str, lang: str, line: str) -> None:
    from simulator.voice.offline import reword

    persona = load_persona(owner)
    said = {reword(persona, _state(owner, lang, seed), line) for seed in range(10)}
    assert len(said) >= 2, said
    assert {reword(persona, _state(owner, lang, 3), line) for _ in range(3)} == {reword(persona, _state(owner, lang, 3), line)}


def test_a_sentence_inside_a_longer_text_is_reworded_in_place() -> None:
    from simulator.voice.offline import reword

    persona = load_persona("move_on_owner")
    text = "要はさ、うちの野沢菜を全国の人に食べてもらいたいんですよ。長野に来た人がお土産で買って、家に帰ってまた欲しくなっても、今は買う手段がないわけ。もったいないでしょ？"
    out = {reword(persona, _state("move_on_owner", "ja", seed), text) for seed in range(10)}
    assert len(out) >= 3
    assert all("野沢菜" in t and "全国" in t for t in out)  # his hook words stay


def test_a_sentence_said_in_one_wording_is_not_passed_off_as_new_in_another() -> None:
    from simulator.voice.offline import _digest, _key, reword

    persona = load_persona("reluctant_successor")
    line = "会長には、毎日夕方に顔を出してます。数字の話がほとんどで…それ以上の話は、あまりしないですね。"
    state = _state("reluctant_successor", "ja", 2)
    first = reword(persona, state, line)
    from simulator.voice.offline import split_sentences

    for s in split_sentences(first, "ja"):
        if (k := _key(s, "ja")) is not None:
            state.said_sentences.append(_digest(k))
    for seed in range(10):  # whatever another seed would say, this meeting said `first` already
        other = _state("reluctant_successor", "ja", seed)
        other.said_sentences = list(state.said_sentences)
        assert reword(persona, other, line) == first


def test_a_wording_never_brings_in_an_avoided_pattern() -> None:
    from simulator.persona_peak import Rewording
    from simulator.voice.offline import reword

    persona = load_persona("move_on_owner")
    line = "正直、そこがいちばん気楽なんだよね。"
    trial = persona.model_copy(update={"rewordings": [Rewording(line=line, also=["さっきも言ったけど、そこが気楽なんだよね。"])]})
    back = re.compile("さっき")
    for seed in range(8):
        assert reword(trial, _state("move_on_owner", "ja", seed), line, [back]) == line
    said = {reword(trial, _state("move_on_owner", "ja", seed), line) for seed in range(8)}
    assert len(said) == 2  # without the pattern to avoid, the other wording comes too


def test_the_check_refuses_a_rewording_that_loses_a_hook_or_is_never_said() -> None:
    from simulator.persona import persona_problems
    from simulator.persona_peak import Rewording

    persona = load_persona("move_on_owner")
    assert not [p for p in persona_problems(persona) if p.startswith("rewordings")]
    bad = persona.model_copy(update={"rewordings": [
        Rewording(line="その大口のスーパーなんだけどね、ここ数年は毎年のように値下げの話が来るんですよ。",
                  also=["あそこの店、ここ数年は毎年のように安くしてくれって来るんですよ。"]),  # drops 値下げ, 大口
        Rewording(line="うちは宇宙ロケットも作ってるんですよ。", also=["ロケットもやってます。"]),  # never said
        Rewording(line="正直、そこがいちばん気楽なんだよね。", also=["正直、そこがいちばん気楽なんだよね。"]),  # no other wording
    ]})
    problems = [p for p in persona_problems(bad) if p.startswith("rewordings")]
    assert any("rewordings.0" in p and "値下げ" in p for p in problems)
    assert any("rewordings.1" in p and "no sentence he says" in p for p in problems)
    assert any("rewordings.2" in p for p in problems)
    good = persona.model_copy(update={"rewordings": [
        Rewording(line="その大口のスーパーなんだけどね、ここ数年は毎年のように値下げの話が来るんですよ。",
                  also=["その大口のスーパーがね、ここ数年は毎年、値下げの話を持ってくるんですよ。"]),
    ]})
    assert not [p for p in persona_problems(good) if p.startswith("rewordings")]


def test_every_rewording_is_of_a_whole_sentence_he_says() -> None:
    from simulator.voice.offline import _candidates, _said_whole

    for pid in persona_ids():
        persona = load_persona(pid)
        assert persona.rewordings, pid
        for r in persona.rewordings:
            lang = "ja" if re.search(r"[ぁ-んァ-ヴ一-龥]", r.line) else "en"
            assert any(
                _said_whole(r.line, t) >= 0 and r.line in [c[0] for c in _candidates(persona, t, lang)]
                for t in persona.spoken_texts(lang)
            ), (pid, r.line)


def test_two_owners_do_not_share_a_feeling_line() -> None:
    """His feelings in his own voice: no long feeling, scene or clarify sentence of one owner is
    another's, and 「もやもや」 (the reluctant successor's word) is no other owner's feeling."""
    from simulator.voice.offline import _key, split_sentences

    owners: dict[str, set[str]] = {}
    for pid in persona_ids():
        p = load_persona(pid)
        assert p.peak is not None
        for lang in ("ja", "en"):
            for kind in ("feeling", "scene", "clarify"):
                for line in p.peak.get(kind, lang):
                    for s in split_sentences(line, lang):
                        k = _key(s, lang)
                        if k and (len(k) if lang == "ja" else len(s.split())) > LONG[lang]:
                            owners.setdefault(k, set()).add(pid)
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    assert not shared, shared
    moya = [pid for pid in persona_ids() if any(
        "もやもや" in t for kind in ("feeling", "scene", "clarify") for t in load_persona(pid).peak.get(kind, "ja"))]
    assert moya == ["reluctant_successor"], moya


def test_a_reworded_reply_reads_back_as_written() -> None:
    from simulator.voice.offline import as_written, reword

    persona = load_persona("distrustful_founder")
    text = persona.fact("busy_but_no_profit").text.get("ja")
    for seed in range(6):
        said = reword(persona, _state("distrustful_founder", "ja", seed), text)
        assert as_written(persona, said) == text
