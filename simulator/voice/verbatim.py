"""Verbatim copies of a locked fact: the check beside :mod:`.leaks` in the reply guard.

:mod:`.leaks` counts a locked fact's distinctive nouns (Japanese) or content words (English);
meaning carried by verbs and phrasing slips past it — 「全部俺が一人で抱え込んでたんだ」 holds one
such noun. A model never sees a locked fact, so it can only say one word for word if a server
was built to (a test's fake that "obeys" an injection by reading the persona file) or by
chance; this check bounds what a reply can show of a locked fact's own wording.

A copy is a run of :data:`JA_CHARS` characters (Japanese, after NFKC and without punctuation or
spaces) or :data:`EN_WORDS` words (English, lower case) that a locked fact holds, that nothing
public holds (what the model was told, the owner's earlier words, the briefing), and that has
some content (:data:`JA_CONTENT` kanji, katakana, letters or digits; :data:`EN_CONTENT` words
that are not function words). The check is monotone like the guard's others: once a prefix of
a reply holds a copy, every longer text does, so a streamed reply shows at most
``JA_CHARS - 1`` characters or ``EN_WORDS - 1`` words of a locked fact's wording.

Every line the persona's author wrote for the owner counts as public (the offline voice may
say any of them at any moment). Measured on the other owners' lines (what a model voicing an
owner might say), against every persona's facts, all locked: a false alarm on 1 line in 2,092
(ja: 「商工会さんから聞…」) and none of 2,092 (en).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from ..i18n import Lang

JA_CHARS = 8
JA_CONTENT = 3
EN_WORDS = 4
EN_CONTENT = 2
_JA_DROP = re.compile(r"[\s\W_ー〜]+")
_JA_CONTENT = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u30a0-\u30ffA-Za-z0-9]")
_EN_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_EN_FUNCTION = frozenset(
    """
    a an the and or but if so as of to in on at by for with from into onto about over under up
    down out off than then that this these those there here it its it's i i'm i've i'd me my we
    we're our us you your he his him she her they them their is am are was were be been being
    do does did done have has had having will would can could should may might must not no nor
    just very really all any some more most much many such what which who whom whose when where
    why how too also only even still yet well oh yes ok okay don't doesn't didn't can't won't
    isn't aren't wasn't weren't haven't hasn't hadn't that's there's it'll i'll we'll you're
    they're we've you've they've
    """.split()
)


def _ja_units(text: str) -> str:
    return _JA_DROP.sub("", unicodedata.normalize("NFKC", text))


def _en_units(text: str) -> list[str]:
    return _EN_WORD.findall(unicodedata.normalize("NFKC", text).lower().replace("’", "'"))


def spans(text: str, lang: Lang) -> set[str]:
    """Every run of the check's length in ``text`` (ja: characters; en: words, space-joined)."""
    if lang == "ja":
        units = _ja_units(text)
        return {units[i : i + JA_CHARS] for i in range(len(units) - JA_CHARS + 1)}
    words = _en_units(text)
    return {" ".join(words[i : i + EN_WORDS]) for i in range(len(words) - EN_WORDS + 1)}


@lru_cache(maxsize=4096)
def _public_spans(text: str, lang: Lang) -> frozenset[str]:
    """:func:`spans` of a text that recurs every turn (the prompt, lines, earlier words)."""
    return frozenset(spans(text, lang))


def _has_content(span: str, lang: Lang) -> bool:
    if lang == "ja":
        return len(_JA_CONTENT.findall(span)) >= JA_CONTENT
    return sum(1 for w in span.split() if w not in _EN_FUNCTION) >= EN_CONTENT


@lru_cache(maxsize=512)
def _own_spans(text: str, lang: Lang) -> frozenset[str]:
    """The runs of a fact's text that have content (facts recur every turn)."""
    return frozenset(s for s in spans(text, lang) if _has_content(s, lang))


@lru_cache(maxsize=64)
def _spans_of(texts: tuple[str, ...], lang: Lang) -> frozenset[str]:
    """The runs of a fixed set of texts (an owner's lines: the same every turn)."""
    return frozenset().union(*(_public_spans(t, lang) for t in texts))


class CopiedFacts:
    """The locked facts' own wording at one moment, ready to test replies against.

    ``fixed``: public texts that are the same every turn (the owner's lines), kept apart so
    their runs are computed once."""

    def __init__(
        self,
        lang: Lang,
        locked: dict[str, str],
        public: Iterable[str],
        fixed: tuple[str, ...] = (),
    ) -> None:
        self.lang = lang
        always = _spans_of(fixed, lang)
        now = frozenset().union(*(_public_spans(t, lang) for t in public))
        self.facts = {
            fid: {s for s in _own_spans(text, lang) if s not in always and s not in now}
            for fid, text in locked.items()
        }

    def copies(self, text: str) -> list[tuple[str, str]]:
        """(fact id, one copied run) for every locked fact that ``text`` quotes."""
        found = spans(text, self.lang)
        out = []
        for fid, own in self.facts.items():
            hits = own & found
            if hits:
                out.append((fid, min(hits)))
        return out
