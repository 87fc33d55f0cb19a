"""The owner's own words for feedback and suggestions, in the form the owner said them.

The analyser gives normalised keywords (``Features.owner_keywords``: 「売り上げ」→「売上」,
"prices"→"price"); a suggestion reads naturally only with the surface form found in the owner's
text, so each keyword is looked up there: literally first, then through the analyser's
Japanese word list (when available), then by a prefix for English inflections.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..acts import Utterance
from ..i18n import Lang

_VERB_TAIL = re.compile(r"[うくぐすつぬぶむるい]$")  # dictionary form of a verb or adjective
_CONTENT_CHARS = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffA-Za-z0-9]")
_EN_WEAK = frozenset(
    "thing things lot lots way really much many time times kind sort bit something anything "
    "everything nothing people".split()
)
# common verbs and adjectives: an English suggestion should pick up the owner's nouns first
_EN_NOT_NOUN = frozenset(
    "mind think know want feel said say says tell told get got make made go going come take "
    "need needs seem seems look looks keep kept give gave let put see saw hear heard try tried "
    "good bad hard easy big small new old long short sure right wrong real honest fine whole "
    "able enough own same other different just still even also always never ever".split()
)
_EN_INFLECTED = re.compile(r"(ing|ed|ly)$", re.IGNORECASE)


def surface_in(keyword: str, text: str, lang: Lang) -> str | None:
    """The form in which ``keyword`` (normalised) occurs in ``text``, or None."""
    if not keyword or not text:
        return None
    if lang == "en":
        m = re.search(rf"\b{re.escape(keyword)}\w*", text, flags=re.IGNORECASE)
        if m:
            return m.group(0)
        stem = keyword[: max(3, len(keyword) - 2)]
        m = re.search(rf"\b{re.escape(stem)}\w*", text, flags=re.IGNORECASE)
        return m.group(0) if m and len(stem) >= 3 else None
    if keyword in text:
        return keyword
    for word in _japanese_words(text):
        if word[1] == keyword or keyword in word[2]:
            return word[0]
    return None


def _japanese_words(text: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(surface, normalised, keys) of the content words, through the analyser if present."""
    try:
        from ..analysis.japanese import words  # type: ignore[import-not-found]

        return tuple((w.surface, w.norm, tuple(w.keys)) for w in words(text))
    except Exception:  # the analyser is optional here; literal matches still work
        return ()


def _noun_like(surface: str, lang: Lang) -> bool:
    if lang == "en":
        word = surface.lower()
        if word in _EN_WEAK or word in _EN_NOT_NOUN or word.removesuffix("s") in _EN_NOT_NOUN:
            return False
        return not _EN_INFLECTED.search(word)
    if not _CONTENT_CHARS.search(surface):
        return False  # all hiragana: うち, これ, やつ
    return not _VERB_TAIL.search(surface)


def salient_keywords(
    owner_keywords: Sequence[str],
    context: Sequence[Utterance],
    lang: Lang,
    limit: int = 3,
) -> list[str]:
    """Up to ``limit`` owner words, most salient first, as the owner said them.

    Words of the owner's last turn come first, then those of earlier owner turns (latest
    first); nouns before verbs and adjectives; words the owner said in several turns before
    words said once; then the order in which the owner said them.
    """
    owner_texts = [u.text for u in reversed(context) if u.speaker == "owner"][:4]
    keywords = list(dict.fromkeys(k for k in owner_keywords if k and k.strip()))
    if not keywords and owner_texts:
        keywords = _fallback_keywords(owner_texts[0], lang)
    ranked: list[tuple[tuple[int, int, int, int], str]] = []
    for pos, kw in enumerate(keywords):
        tier, surface, at, mentions = len(owner_texts), kw, pos, 0
        for t, text in enumerate(owner_texts):
            found = surface_in(kw, text, lang)
            if found:
                if mentions == 0:
                    tier, surface, at = t, found, text.find(found)
                mentions += 1
        if lang == "ja" and len(surface) < 2 and not re.search(r"[\u4e00-\u9fff]", surface):
            continue
        if lang == "en" and len(surface) < 3:
            continue
        key = (tier, 0 if _noun_like(surface, lang) else 1, -mentions, max(at, 0))
        ranked.append((key, surface))
    ranked.sort(key=lambda item: item[0])
    out: list[str] = []
    for _, surface in ranked:
        if surface not in out:
            out.append(surface)
        if len(out) >= limit:
            break
    return out


def _fallback_keywords(text: str, lang: Lang) -> list[str]:
    try:
        from ..analysis import keywords  # type: ignore[attr-defined]

        return list(keywords(text, lang))
    except Exception:
        return []


def quote(word: str, lang: Lang) -> str:
    return f"『{word}』" if lang == "ja" else f'"{word}"'


def list_points(points: Sequence[str], lang: Lang) -> str:
    """The owner's points in a suggested summary, given back as he said them but not quoted as
    keywords (a summary gives back what was said; 『』 is for a single word of his):
    若い人が続かない、機械が古い / "the young ones don't stay and the machines are old"."""
    if lang == "ja":
        return "、".join(points)
    if len(points) <= 1:
        return "".join(points)
    return ", ".join(points[:-1]) + " and " + points[-1]


def quote_all(words: Sequence[str], lang: Lang) -> str:
    """『売上』、『人手』、『後継者』 / "sales", "staff" and "succession"."""
    quoted = [quote(w, lang) for w in words]
    if lang == "ja":
        return "、".join(quoted)
    if len(quoted) <= 1:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + " and " + quoted[-1]
