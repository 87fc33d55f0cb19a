"""Whether a turn the analyser read as empathy acknowledges the owner's feelings or effort at all
(issue 8, round 14): an acceptance of his boundary ("That's fine."), a reassurance about the meeting
("we've only just met, I'm not here to check your accounts") or a prompt to go on ("I'd be glad to
hear any part of it") is no acknowledgement of how he feels, and neither is admiration taken back by
a pushy what-if (「すごいですね。でも、…減ったら、どうするんですか？」). The praise names the move that
was made (the reassurance) or nothing.
"""

from __future__ import annotations

import re
from typing import Literal

from ..i18n import Lang

# the moves that are no acknowledgement of his feelings (removed before looking for one)
_NOT_FEELING = {
    "en": re.compile(
        r"\b(that's|that is|it's|it is) (fine|fair|okay|ok|all right|alright|no problem)\b|"
        r"\bfair enough\b|\bno problem\b|\bof course\b|\bunderstood\b|\bnot at all\b|"
        r"\bwe('ve| have)? (only )?just met\b|\b(i'm|i am) not here to \w+( \w+){0,3}|"
        r"\b(not|isn't|is not) an? (audit|assessment|inspection|evaluation)\b|"
        r"\b(tell me|let me know|say so) if there('s| is) anything\b[^.?!]*|"
        r"\banything you'd rather\b[^.?!]*|\b(you'd|you would) rather (i|we) (stay|stayed|kept)\b[^.?!]*|"
        r"\b(glad|happy|keen) to hear (any|whatever|whichever|more|about|the|it)\b[^.?!]*|"
        r"\b(any|whatever|whichever) part\b[^.?!]*|\byou don't have to\b[^.?!]*|\bfeel free\b[^.?!]*|"
        r"\bno pressure\b|\bdon't worry\b|"
        r"\b(i|we)('ll| will)? (won't|will not|wouldn't) (touch|look at|ask|go into|push|dig into|share)\b[^.?!]*",
        re.I,
    ),
    "ja": re.compile(
        r"承知しました|分かりました|わかりました|もちろんです|大丈夫です|結構です|構いません|"
        r"(審査|監査|評価)(では|じゃ)(ありません|ない)|話せる範囲で|触れてほしくない[^。？?]*|"
        r"無理に(お聞き|伺)[^。？?]*"
    ),
}
# what is left must say something about his feelings or effort (the analyser's own lexicon)
_ADMIRES_JA = re.compile(r"すごい|すごいですね|さすが|立派")
# 「でも、EV化とかで…減ったら、どうするんですか？」: a what-if pressed on him after the admiration
_BUT_WHAT_IF_JA = re.compile(r"(でも|ただ|とはいえ|しかし)[、,]?[^。？?]*(たら|なら|れば)[、,]?[^。？?]*(どうする|どうなさる|どうされる)")


def _feels(text: str) -> bool:
    """Some acknowledgement of his feelings or effort in English ``text`` (the analyser's lexicon)."""
    from ..analysis import en_lexicon as lx

    return bool(lx.EMPATHY.search(text) or lx.EMP_STRONG.search(text) or lx.EMPATHY_EXTRA.search(text))


_OPENS_BUT_WHAT_IF = {
    "ja": re.compile(r"^[\s…]*(でも|だけど|けど|ですが|しかし|とはいえ)[、,]?\s*(もし|仮に)?[^。？?]*(たら|なら|れば)[、,]?[^。？?]*(どうする|どうなさる|どうされる|どうなる)"),
    "en": re.compile(r"^\W*(but|still|yet)\b,?\s*(what|and what) (if|happens if|would you do if)\b", re.I),
}


def opens_on_but_what_if(text: str, lang: Lang) -> bool:
    """A sentence of the turn opens on a but and puts a what-if to him (「でも、もし…減らしたら、
    どうするんですか？」 "But what if they cut the orders?"): a threat, not room to talk."""
    parts = re.split(r"(?<=[。？?！!])\s*|(?<=[.?!])\s+", text)
    return any(_OPENS_BUT_WHAT_IF[lang].search(p) for p in parts if p.strip())


def what_if_after_admiration(text: str, lang: Lang) -> bool:
    """「すごいですね。でも、…減ったら、どうするんですか？」: admiration taken back by a what-if."""
    return lang == "ja" and bool(_ADMIRES_JA.search(text) and _BUT_WHAT_IF_JA.search(text))


def no_acknowledgement(text: str, lang: Lang) -> Literal["reassured", "none"] | None:
    """``None`` when the turn may acknowledge his feelings (or nothing here can tell);
    ``"reassured"`` when it only reassures him about the meeting; ``"none"`` when it only accepts
    his boundary, prompts him on, or takes its admiration back with a what-if."""
    if what_if_after_admiration(text, lang):
        return "none"
    if lang != "en":
        return None  # the Japanese readings are the analyser's (acts14); only the case above here
    found = list(_NOT_FEELING[lang].finditer(text))
    if not found:
        return None
    rest = _NOT_FEELING[lang].sub(" ", text)
    if _feels(rest):
        return None
    from ..analysis.en_lexicon import REASSURANCE

    reassures = REASSURANCE.search(text) or any(
        re.search(
            r"just met|not here to|rather (i|we)|anything you'd rather|let me know if|tell me if|won't|will not",
            m.group(0),
            re.I,
        )
        for m in found
    )
    return "reassured" if reassures else "none"


# homework handed to him (「次回までにお父様に確認しておいてください」 "Could you fill in the template
# before next time?") or a cheer that assures him of the outcome (「ECは絶対に伸びますので、一緒に
# 頑張りましょう！」 "Let's do this!"): a task or a promise of the supporter's, no feeling of his
# acknowledged (t10 f060, f082; issue 8 class 2)
_TASK_OR_CHEER = {
    "ja": re.compile(
        r"(確認|用意|準備|記入|記載|埋め|聞い|伺っ|相談|調べ|送っ|考え|まとめ|作っ|作成)(し)?(て|で)(おいて)?"
        r"(ください|いただけ|もらえ)|頑張りましょう|がんばりましょう|頑張ってください|"
        r"絶対に?(伸び|うまくいき|大丈夫|成功)|必ず(伸び|うまくいき|成功)"
    ),
    "en": re.compile(
        r"\b(could|can|would) you (please )?(check|ask|fill|send|prepare|write|put together|bring)\b|"
        r"\bplease (check|ask|fill|send|prepare|bring)\b|\blet's (do this|go for it|make it happen)\b|"
        r"\b(it|this|sales|the shop) (will|is going to) (definitely|surely|absolutely) (grow|work|take off)\b|"
        r"\byou('ve| have) got this\b",
        re.I,
    ),
}


def task_or_cheer(text: str, evidence: list[str], lang: Lang) -> bool:
    """Every piece of the analyser's empathy evidence lies in a sentence that hands him a task or
    cheers him on (「確認しておいてください」「一緒に頑張りましょう！」), none elsewhere: no feeling
    of his acknowledged."""
    split = r"(?<=[.!?])\s+" if lang == "en" else r"(?<=[。！？!?])"
    parts = [p for p in re.split(split, text) if p.strip()]
    tasks = [p for p in parts if _TASK_OR_CHEER[lang].search(p)]
    if not tasks or not evidence:
        return False
    rest = " ".join(p for p in parts if p not in tasks)
    return all(
        e.strip() and e.strip() not in rest and any(e.strip() in t for t in tasks) for e in evidence
    )
