"""The owner's words quoted back in an utterance (「その『一応』というところ」「『来ても続かない』
『棟梁の技術が…』とおっしゃいました」): a reflection or a summary, and never the supporter's push."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..acts import Act, Utterance

QUOTED = re.compile(r"[『「“\"]([^』」”\"]{1,40})[』」”\"]")
# a quote given back as the owner's word (「『一応』、なんですね」「その『一応』というところ」
# 「『…』とおっしゃいましたが」), not a quote asked about (「その『無理』というのは？」)
_GIVEN_BACK = re.compile(
    r"[』」”\"](、)?(というところ|という言葉|とおっしゃ|と仰|と。|、と|なんですね|なのですね|ですね|――|—|$|"
    # 「『一応』というのは、どういう…」「『まあ何とか』って、…」: his word quoted back, then asked about (t10, refl20)
    r"というのは|っていうのは|というお言葉|という部分|という点)"
)


def quotes_owner(text: str, turns: Sequence[Utterance]) -> bool:
    """The utterance quotes words the owner said (「その『一応』というところ」): it refers back."""
    quoted = [q.strip() for q in QUOTED.findall(text) if q.strip()]
    if not quoted:
        return False
    owner = "\n".join(u.text for u in turns if u.speaker == "owner").lower()
    return any(q.lower() in owner for q in quoted)


_SPANS = re.compile(
    r"[『「“\"][^』」”\"]{1,80}[』」”\"]|"
    # 'we'll look into it': single quotes, an apostrophe inside a word being no end of the quote
    r"(?:(?<=^)|(?<=[\s(\[—–-]))'(?:[^'\n]|(?<=[A-Za-z])'(?=[A-Za-z])){2,80}?'(?=[\s.,;:!?)\]—–-]|$)"
)


def drop_quoted_pushes(text: str, found: dict[Act, list[str]], sure: dict[Act, float]) -> None:
    """A push whose every word lies inside a quotation (「…給料も普通にもらえて…」) is the owner's
    words given back, not the supporter's advice."""
    spans = [m.span() for m in _SPANS.finditer(text)]
    if not spans:
        return
    for act in (Act.ADVICE, Act.LEADING_QUESTION):
        ev = [e for e in found.get(act, []) if e]
        if not ev:
            continue
        inside = all(
            any(a <= text.find(e) and text.find(e) + len(e) <= b for a, b in spans) for e in ev
        )
        if inside:
            found.pop(act)
            sure.pop(act, None)


def quoted_points(text: str, turns: Sequence[Utterance]) -> int:
    """How many different owner turns the utterance quotes (two or more quotes needed)."""
    quoted = {q.strip().lower() for q in QUOTED.findall(text) if len(q.strip()) >= 2}
    if len(quoted) < 2:
        return 0
    owner = [u.text.lower() for u in turns if u.speaker == "owner"]
    found = {i for q in quoted for i, t in enumerate(owner) if q in t}
    return len(found) if sum(any(q in t for t in owner) for q in quoted) >= 2 else 0


def gives_quote_back(text: str) -> bool:
    return bool(_GIVEN_BACK.search(text))
