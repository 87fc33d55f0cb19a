"""Words of the owner's that only sit inside the supporter's own aside (an apology, a reassurance
about the meeting): picked up, but not given back.

「失礼しました。…話せる範囲で構いませんので、社長が守っていきたいものを聞かせていただけますか。」
shares 話す with his 「外の人に話すようなことでもない」, yet gives nothing of his back: the shared
word is the reassurance's own (r17a s10 T7). The model's reflection there is the warmth of the
turn, not a give-back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import en_lexicon as _en
from . import ja_lexicon as _ja

_ASIDES: dict[str, tuple[re.Pattern[str], ...]] = {
    "ja": (_ja.REASSURANCE, _ja.ASIDE_SAFE, _ja.APOLOGY),
    "en": (_en.REASSURANCE, _en.APOLOGY),
}
# how far an aside's clause runs on either side of its words (to the clause's end)
_CLAUSE = {"ja": re.compile(r"[。？?！!、]"), "en": re.compile(r"[.?!,;]")}


def _spans(text: str, lang: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    stop = _CLAUSE[lang]
    for pat in _ASIDES[lang]:
        for m in pat.finditer(text):
            start = max((x.end() for x in stop.finditer(text, 0, m.start())), default=0)
            end_m = stop.search(text, m.end())
            out.append((start, end_m.end() if end_m else len(text)))
    return out


def _units(text: str, lang: str) -> set[str]:
    if lang == "en":
        return set(re.findall(r"[a-z']+", text.lower()))
    chars = re.sub(r"[\s、。，．？?！!…「」『』]", "", text)
    return {chars[i : i + 2] for i in range(len(chars) - 1)}


def _restates(clause: str, said: str, lang: str) -> bool:
    """The clause is his sentence said back ("Nothing you say moves anyone." after "Nothing I say
    moves anyone."): most of its words or character pairs are in his turn."""
    mine, his = _units(clause, lang), _units(said, lang)
    return bool(mine) and len(mine & his) >= 0.6 * len(mine)


def only_in_asides(text: str, surfaces: Iterable[str], lang: str, said: str = "") -> bool:
    """Every occurrence of each of ``surfaces`` in ``text`` lies inside an apology or reassurance
    clause that does not restate ``said`` (his last turn), no clause holding two of them (False
    when there is no surface or no aside at all)."""
    lang = "en" if lang == "en" else "ja"
    words = [w for w in surfaces if w]
    spans = [(a, b) for a, b in _spans(text, lang) if not (said and _restates(text[a:b], said, lang))]
    if not words or not spans:
        return False
    for w in words:
        hits = [m.start() for m in re.finditer(re.escape(w), text)]
        if not hits or any(not any(a <= h and h + len(w) <= b for a, b in spans) for h in hits):
            return False
    # "Nothing you say moves anyone.": two or more of his words in one clause restate his sentence,
    # whatever reassurance it sounds like; a give-back, not an aside (xen-329)
    return all(sum(1 for w in set(words) if w in text[a:b]) < 2 for a, b in spans)
