"""Acceptance and reassurance the rules read as empathy (r14b blind play, issue 8).

- Accepting a line he drew ("That's fine, we can leave it there.", "That's fair, we've only just
  met."), saying what the meeting is not ("I'm not here to audit anything", "no papers needed")
  or leaving him free ("I'd be glad to hear any part of it you want to share") acknowledges no
  feeling or effort of his: it reassures. The empathy evidence becomes the sentence that says
  so, which the scorer names as a reassurance (``en_lexicon.REASSURANCE`` takes :data:`EN`).
- A feeling word he said himself, given back as his fact ("You said … that side you don't worry
  about"), is his words, not the supporter's acknowledgement: no empathy (a reflection when
  nothing else is read).

The act names stay the analyser's (empathy is the act; the scorer's ``reassured`` signal names
it); acts14 owns the empathy lexicon itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..acts import Act, Utterance

# the sentence reassures or accepts: matched on the whole sentence
EN = (
    r"^\W*(that's|that is|that's totally|that's completely) (fine|fair|ok|okay|all right|alright|understandable)\b"
    r"(?![^.!?]*\b(must|hard|tough|difficult|frustrating|exhausting|lonely|painful)\b)|"
    r"\b(i'm|i am|we're|we are) not here to (audit|judge|inspect|assess|check up on|sell|grade|evaluate)\b|"
    r"\bno (papers|documents|paperwork|numbers|figures|files|statements) (needed|necessary|required)\b|"
    r"\b(you )?(don't|do not|won't|will not) need (any )?(papers|documents|paperwork|numbers|figures|files|statements)\b|"
    r"\b(glad|happy) to hear (any|whatever|anything|as much|as little)\b|"
    r"\b(any part|whatever part|as much|as little)( of it)? (as )?you('d like| would like| want| wish| care| feel like)\b|"
    r"\bwe can (leave|skip|drop|park) (it|that|this)( there| for now| for today)?\b|"
    # a promise to keep off what he names ("just tell me and I'll respect that", "we'll honour
    # your wishes", "I'll steer clear of it"): a reassurance about the meeting (r17a s02 T6)
    r"\b(i|we)('ll| will| shall) (respect|honou?r) (that|it|this|those|them|your (wishes|choice|decision|limits?|boundar(y|ies)))\b|"
    r"\b(i|we)('ll| will) (steer clear of|keep (away from|off|clear of)|stay (away from|off|clear of)) (it|that|them|those|this)\b"
)
_EN = re.compile(EN, re.I)
_JA = re.compile(
    r"^(それで|それは)?(大丈夫|結構|構いません|もちろんです)[。、]|"
    r"(資料|書類|決算書|数字)(は|も)?(なくて|不要|いりません|要りません)|"
    r"(審査|監査|査定|評価)(ではありません|じゃありません|ではないです|に来たのではありません)|"
    r"(話せる|話したい|お話しいただける)(ところ|範囲|こと)(だけ|から)で?(大丈夫|結構|構いません)"
)
_SAID = re.compile(r"\byou (said|mentioned|told me|were saying)\b|とおっしゃ|と仰|と言われ", re.I)
_SPLIT = {"ja": re.compile(r"(?<=[。！？!?])"), "en": re.compile(r"(?<=[.!?])\s+")}


def _sentence(ev: str, parts: list[str]) -> str | None:
    return next((s for s in parts if ev and ev.strip() in s), None)


def reassures(sentence: str, lang: str) -> bool:
    return bool((_EN if lang == "en" else _JA).search(sentence.strip()))


def settle(
    found: dict[Act, list[str]],
    sure: dict[Act, float],
    text: str,
    lang: str,
    turns: Sequence[Utterance],
) -> None:
    """Empathy evidence that reassures becomes its sentence; his own feeling word given back as
    his fact is no empathy."""
    ev = found.get(Act.EMPATHY)
    if not ev:
        return
    lang = "en" if lang == "en" else "ja"
    parts = [s.strip() for s in _SPLIT[lang].split(text) if s.strip()]
    last = next((u.text for u in reversed(turns) if u.speaker == "owner"), "").lower()
    kept: list[str] = []
    given: list[str] = []
    for e in ev:
        s = _sentence(e, parts)
        if s is None:
            kept.append(e)
            continue
        his = len(e.strip()) >= 4 and e.strip().lower() in last
        if his and (_SAID.search(s) or re.search(r"\byou\W+" + re.escape(e.strip()), s, re.I)):
            given.append(e)
            continue  # "You said … you don't worry about": his words, given back
        if lang == "en" and reassures(s, lang):
            kept.append(s)  # the scorer reads the reassurance in the whole sentence
            continue
        kept.append(e)
    kept = list(dict.fromkeys(kept))
    if kept:
        found[Act.EMPATHY] = kept
    else:
        found.pop(Act.EMPATHY)
        sure.pop(Act.EMPATHY, None)
    if given and not (found.keys() - {Act.OTHER}):
        # his words given back and nothing else read: a reflection, not a turn of nothing
        found.pop(Act.OTHER, None)
        found[Act.REFLECTION] = given
        sure[Act.REFLECTION] = 0.6
