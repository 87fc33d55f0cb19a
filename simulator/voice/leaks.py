"""Does a text carry the content of a fact the owner has not disclosed yet?

Locked facts never reach the model, so a model can only leak one by inventing it (or by
reading it in text that is always sent). The measure is the overlap of distinctive terms: the
fact's content words (Japanese: nouns and their compound parts; English: content-word lemmas)
and numbers, minus every term that is public at that moment (the trainee's briefing, what the
model was told, the facts already allowed, the conversation so far). A text restates a fact
when it holds at least :data:`LEAK_MIN` of the fact's distinctive terms.

Two uses: :class:`LockedFacts` in the reply guard (each streamed reply, before it is shown),
and :func:`restated_facts`, the check that no persona's always-sent text (profile, background,
voice) restates a fact (a test runs it over every persona file).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..i18n import Lang
from ..persona import Persona, Reaction

LEAK_MIN = 2  # distinctive terms of one locked fact that make a reply leak it (the guard)
RESTATE_MIN = 3  # ... and that make an always-sent field restate it (the persona check),
RESTATE_SHARE = 0.6  # if they are at least this share of the fact's distinctive terms
# the persona's lines the static part of the prompt carries as samples of the owner's voice
VOICE_SAMPLES = (
    Reaction.GREETING,
    Reaction.ANSWER_OPEN,
    Reaction.EMPATHY_RESPONSE,
    Reaction.WITHDRAW,
    Reaction.LECTURE_PUSHBACK,
)
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# words too common in an owner's talk to tell anything about one fact (lemmas; English verbs,
# adverbs and adjectives too: the English analyser has no parts of speech)
_COMMON: dict[str, frozenset[str]] = {
    "ja": frozenset(
        "年 月 日 人 方 事 感じ 気 自分 僕 俺 私 うち 父 母 お客さん 客 仕事 話 今 昔 最近 毎日 "
        "ほとんど 以上 中心 部分 全体 一度 今度 みんな 皆".split()
    ),
    "en": frozenset(
        """
        year month day week time people person thing way lot bit company firm business work job
        customer owner father mother dad mum family staff man woman side part place end point
        come go keep leave run put ask look start stay spend bring build decide happen turn talk
        show mean call push give find try use help hear let move live hold stand lose win send
        pay buy sell meet set become begin seem leave reach carry change open close wait plan
        every first next last back ever since together pretty hard big small old young high low
        new whole proper good bad long short great little few single same different real true
        able own early late half full sure free clear whether without inside outside either
        anyway enough almost also around away later soon ago yet once twice sort kind much busy
        fine nice happy tough difficult easy important usual normal
        """.split()
    ),
}


@dataclass(frozen=True, slots=True)
class Term:
    """One content word or number of a text, with the keys it matches on."""

    surface: str
    keys: frozenset[str]


def _terms(text: str, lang: Lang, cache: bool) -> tuple[Term, ...]:
    text = unicodedata.normalize("NFKC", text)
    out: list[Term] = []
    common = _COMMON[lang]
    if lang == "ja":
        from ..analysis import japanese

        # replies being streamed are new texts every chunk: keep them out of the analyser's caches
        morphemes = japanese.morphemes if cache else japanese.morphemes.__wrapped__
        words = japanese.words if cache else japanese.words.__wrapped__
        found = words(text)  # (fills what ``morphemes`` reads for the same text)
        nouns = {s for s, _, pos, _ in morphemes(text) if pos == "名詞"}
        for w in found:
            if w.surface not in nouns:
                continue  # verbs and adjectives say little about one fact
            keys = frozenset(k for k in w.keys if not k.startswith("~") and k not in common)
            if keys and w.norm not in common:
                out.append(Term(w.surface, keys))
    else:
        from ..analysis import english

        for w in english.words(text) if cache else english.words.__wrapped__(text):
            keys = frozenset(k for k in w.keys if k not in common)
            if keys and w.norm not in common:
                out.append(Term(w.surface, keys))
    out += [Term(n, frozenset({"#" + n})) for n in _NUMBER.findall(text)]
    return tuple(out)


@lru_cache(maxsize=2048)
def terms(text: str, lang: Lang) -> tuple[Term, ...]:
    """Content nouns (ja) or content-word lemmas (en), and numbers, in order (cached: for the
    texts that recur every turn — prompts, facts, the owner's earlier words)."""
    return _terms(text, lang, cache=True)


@lru_cache(maxsize=2048)
def _keys(text: str, lang: Lang) -> frozenset[str]:
    return frozenset(k for t in terms(text, lang) for k in t.keys)


def key_set(texts: Iterable[str], lang: Lang) -> frozenset[str]:
    """Every match key of the texts."""
    return frozenset().union(*(_keys(text, lang) for text in texts))


def fresh_keys(text: str, lang: Lang) -> frozenset[str]:
    """The match keys of a text seen once (a reply being streamed): nothing is cached."""
    return frozenset(k for t in _terms(text, lang, cache=False) for k in t.keys)


def distinctive(text: str, lang: Lang, public: frozenset[str]) -> list[Term]:
    """The terms of ``text`` that nothing public already says (one per distinct key set)."""
    out: list[Term] = []
    seen: set[frozenset[str]] = set()
    for t in terms(text, lang):
        keys = t.keys - public
        if keys and keys not in seen:
            seen.add(keys)
            out.append(Term(t.surface, keys))
    return out


def matched(fact_terms: list[Term], text_keys: frozenset[str]) -> list[str]:
    """Surfaces of the fact's terms that the text's keys hit."""
    return [t.surface for t in fact_terms if t.keys & text_keys]


def restating(
    facts: dict[str, str], texts: Iterable[str], lang: Lang, public: Iterable[str]
) -> list[str]:
    """Ids of the ``facts`` (id -> text) that one of ``texts`` restates, in the facts' order."""
    if not facts:
        return []
    known = LockedFacts(lang, facts, public)
    found = {fid for text in texts for fid, _ in known.leaks(text, cached=True)}
    return [fid for fid in facts if fid in found]


_SENTENCE_END = re.compile(r"[。！？!?\n]")  # no word runs across these


class LockedFacts:
    """The locked facts of one moment, ready to test texts against (built once per reply)."""

    def __init__(self, lang: Lang, locked: dict[str, str], public: Iterable[str]) -> None:
        self.lang = lang
        self.public = key_set(public, lang)
        self.facts = {fid: distinctive(text, lang, self.public) for fid, text in locked.items()}
        # a streamed reply's completed sentences and their keys: each is read once, not at
        # every chunk (the reply so far grows a few letters at a time)
        self._done: tuple[str, frozenset[str]] = ("", frozenset())

    def _growing_keys(self, text: str) -> frozenset[str]:
        done, keys = self._done
        if not text.startswith(done):
            done, keys = "", frozenset()
        ends = [m.end() for m in _SENTENCE_END.finditer(text, len(done))]
        if ends:
            keys = keys | fresh_keys(text[len(done) : ends[-1]], self.lang)
            done = text[: ends[-1]]
            self._done = (done, keys)
        return keys | fresh_keys(text[len(done) :], self.lang)

    def leaks(self, text: str, *, cached: bool = False) -> list[tuple[str, list[str]]]:
        """(fact id, the terms found) for every locked fact that ``text`` restates.
        ``cached``: the text recurs (an earlier turn), so its terms may be cached."""
        keys = key_set([text], self.lang) if cached else self._growing_keys(text)
        out = []
        for fid, fact_terms in self.facts.items():
            hits = matched(fact_terms, keys)
            if len(hits) >= min(LEAK_MIN, len(fact_terms)) and hits:
                out.append((fid, hits))
        return out


def locked_texts(persona: Persona, lang: Lang, allowed: Iterable[str]) -> dict[str, str]:
    """Texts of the facts not allowed now, and the underlying issue until its fact is."""
    allowed = set(allowed)
    out = {f.id: f.text.get(lang) for f in persona.facts if f.id not in allowed}
    if persona.underlying_issue.fact not in allowed:
        out["underlying_issue"] = persona.underlying_issue.text.get(lang)
    return out


def always_sent(persona: Persona, lang: Lang) -> dict[str, str]:
    """What every prompt tells the model about the owner, by field: the static prompt's data
    (profile, background, voice, the surface issue, a few of the owner's lines)."""
    c, o = persona.company, persona.owner
    out = {
        "company.name": c.name.get(lang),
        "company.industry": c.industry.get(lang),
        "company.location": c.location.get(lang),
        "company.annual_sales": c.annual_sales.get(lang),
        "company.description": c.description.get(lang),
        "owner.name": o.name.get(lang),
        "owner.role": o.role.get(lang),
        "owner.background": o.background.get(lang),
        "owner.speech_style": o.speech_style.get(lang),
        "surface_issue": persona.surface_issue.get(lang),
    }
    for reaction in VOICE_SAMPLES:
        out[f"lines.{reaction.value}"] = persona.lines[reaction].get(lang)[0]
    return out


def restated_facts(persona: Persona, lang: Lang) -> list[tuple[str, str, list[str]]]:
    """(field, fact id, terms) for every always-sent field that restates a fact: it holds at
    least :data:`RESTATE_MIN` and :data:`RESTATE_SHARE` of the fact's distinctive terms.

    Public here is what the supporter can know before the visit: the briefing and the company
    profile (``company.*``, as on a website). The owner's fields, the surface issue and the
    example lines are checked; a persona whose check finds something must reword that field."""
    sent = always_sent(persona, lang)
    public = [persona.briefing.get(lang), *(v for k, v in sent.items() if k.startswith("company."))]
    guard = LockedFacts(lang, locked_texts(persona, lang, ()), public)
    out = []
    for name, text in sent.items():
        if name.startswith("company."):
            continue
        keys = key_set([text], lang)
        for fid, fact_terms in guard.facts.items():
            hits = matched(fact_terms, keys)
            if len(hits) >= RESTATE_MIN and len(hits) >= RESTATE_SHARE * len(fact_terms):
                out.append((name, fid, hits))
    return out
