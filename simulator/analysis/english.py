"""English words: a small rule-based lemmatiser and a stopword list (no external NLP)."""

from __future__ import annotations

import re
from functools import lru_cache

from .cues import Word

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")

STOPWORDS: frozenset[str] = frozenset(
    """
    a an the and or but if so then than that this these those there here it its it's i me my mine
    we us our ours you your yours he him his she her they them their what which who whom whose
    when where why how is am are was were be been being do does did doing done have has had having
    can could will would shall should may might must ought not no nor yes to of in on at by for
    with about into over under from up down out off again further once all any both each few more
    most other some such only own same too very just also as until while because during before
    after above below between through s t don't doesn't didn't isn't aren't wasn't weren't won't
    wouldn't couldn't shouldn't can't cannot haven't hasn't hadn't i'm i've i'd i'll you're you've
    you'd you'll we're we've it'll that's what's there's let's get got getting go going gone went
    say said tell told think thought know knew see seem feel felt make made take took want need
    like really well okay ok oh um uh yeah thing things something anything lot lots way much many
    kind sort bit one ones now today right sure maybe perhaps quite rather already still even
    mr mrs ms sir please thank thanks actually just president company business owner honestly
    frankly basically probably definitely certainly literally truly totally completely also
    always never often sometimes usually everything nothing someone anyone everyone yourself
    myself ourselves themselves
    """.split()
)

IRREGULAR: dict[str, str] = {
    "people": "person",
    "men": "man",
    "women": "woman",
    "children": "child",
    "staff": "staff",
    "sold": "sell",
    "bought": "buy",
    "brought": "bring",
    "thought": "think",
    "taught": "teach",
    "caught": "catch",
    "fought": "fight",
    "left": "leave",
    "lost": "lose",
    "kept": "keep",
    "spent": "spend",
    "built": "build",
    "sent": "send",
    "meant": "mean",
    "felt": "feel",
    "made": "make",
    "paid": "pay",
    "said": "say",
    "told": "tell",
    "took": "take",
    "taken": "take",
    "gave": "give",
    "given": "give",
    "went": "go",
    "gone": "go",
    "came": "come",
    "became": "become",
    "began": "begin",
    "begun": "begin",
    "grew": "grow",
    "grown": "grow",
    "knew": "know",
    "known": "know",
    "ran": "run",
    "won": "win",
    "held": "hold",
    "led": "lead",
    "fell": "fall",
    "fallen": "fall",
    "hired": "hire",
    "retired": "retire",
    "worse": "bad",
    "worst": "bad",
    "better": "good",
    "best": "good",
    "data": "data",
    "news": "news",
    "sales": "sale",
    "business": "business",
    "process": "process",
    "success": "success",
    "less": "less",
    "analysis": "analysis",
    "basis": "basis",
    "crisis": "crisis",
    "status": "status",
}

_E_ENDINGS = (
    "at",
    "bl",
    "iz",
    "ur",
    "iv",
    "ag",
    "uc",
    "rg",
    "dg",
    "nc",
    "rc",
    "ov",
    "as",
    "ns",
    "iq",
    "ut",
    "ic",
    "ac",
)
_VOWELS = frozenset("aeiou")


def _cvc(stem: str) -> bool:
    if len(stem) < 3:
        return False
    a, b, c = stem[-3], stem[-2], stem[-1]
    return a not in _VOWELS and b in _VOWELS and c not in _VOWELS and c not in "wxy"


def _restore(stem: str) -> str:
    """Undo a removed -ed/-ing: double consonants, silent e."""
    if (
        len(stem) >= 3
        and stem[-1] == stem[-2]
        and stem[-1] not in "lsz"
        and stem[-1] not in _VOWELS
    ):
        return stem[:-1]
    if stem.endswith(_E_ENDINGS):
        return stem + "e"
    if _cvc(stem) and sum(ch in _VOWELS for ch in stem) == 1 and len(stem) <= 4:
        return stem + "e"
    return stem


@lru_cache(maxsize=16384)
def lemma(word: str) -> str:
    """Lower-case lemma of one English word ("customers" → "customer", "worried" → "worry")."""
    w = word.lower().replace("’", "'").strip("'-")
    if w.endswith("'s"):
        w = w[:-2]
    if w in IRREGULAR:
        return IRREGULAR[w]
    n = len(w)
    if n <= 3:
        return w
    if w.endswith("ies") and n > 4:
        return w[:-3] + "y"
    if w.endswith("ied") and n > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes", "zes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is", "ous")):
        return w[:-1]
    if w.endswith("ing") and n > 5 and any(ch in _VOWELS for ch in w[:-3]):
        return _restore(w[:-3])
    if w.endswith("ed") and n > 4 and any(ch in _VOWELS for ch in w[:-2]):
        if w.endswith("eed"):
            return w[:-1] if n > 5 else w
        return _restore(w[:-2])
    if w.endswith("ly") and n > 5:
        return w[:-2]
    return w


# words an owner and a paraphrase use for the same thing: each class is one match key
SYNONYMS: tuple[frozenset[str], ...] = tuple(
    frozenset(line.split())
    for line in """
    staff employee worker person team crew guy people hand
    customer client regular buyer guest account patron shopper
    money cash cost price fund finance budget loan debt payment
    father dad chairman founder
    son daughter kid child successor
    sale sell revenue order turnover income
    quit leave resign
    old age older elderly aging
    machine equipment press tool machinery
    decide decision call
    hire recruit recruitment
    online internet web website e-commerce
    worry worried concern afraid fear scared anxious nervous
    hard difficult tough
    boss manager chief head
    alone yourself own
    shop store outlet
    """.strip().splitlines()
)
_SYNONYM_KEY: dict[str, str] = {w: "=" + min(c) for c in SYNONYMS for w in c}


def _keys(norm: str) -> tuple[str, ...]:
    """Match keys: the lemma, its first five letters (young / younger, manage / manager) and
    its synonym class (staff / employees)."""
    keys = [norm]
    if len(norm) >= 6:
        keys.append("~" + norm[:5])
    syn = _SYNONYM_KEY.get(norm)
    if syn:
        keys.append(syn)
    return tuple(keys)


def tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]


@lru_cache(maxsize=8192)
def words(text: str) -> tuple[Word, ...]:
    """Content words of ``text`` in order (repeats kept)."""
    out: list[Word] = []
    for surface, _, _ in tokens(text):
        low = surface.lower().replace("’", "'")
        if low in STOPWORDS or len(low) < 2:
            continue
        norm = lemma(low)
        if norm in STOPWORDS or len(norm) < 2:
            continue
        out.append(Word(surface, norm, _keys(norm)))
    return tuple(out)


def normalise(word: str) -> str:
    parts = [lemma(t) for t, _, _ in tokens(word)]
    return " ".join(parts)


_FILLERS = frozenset({"so", "and", "but", "ok", "okay", "well", "now", "then", "again", "just"})


@lru_cache(maxsize=8192)
def signature(text: str) -> frozenset[str]:
    """Every word's lemma except discourse fillers: compares short questions."""
    return frozenset(lemma(t) for t, _, _ in tokens(text) if t.lower() not in _FILLERS)


# words of follow-up templates ("tell me more about X"): never the topic of a question
TEMPLATE: frozenset[str] = frozenset(
    "tell describe explain talk share elaborate hear say more bit little detail example "
    "walk through curious love".split()
)
# words of broad opening invitations ("Tell me about your business")
BROAD: frozenset[str] = frozenset(
    "business company work firm shop store background history story start begin started "
    "yourself day recently lately going job line trade".split()
)
# greeting and small-talk words: an owner turn made of them has no content to pick up
SMALLTALK: frozenset[str] = frozenset(
    "nice meet hello hi welcome morning afternoon evening seat sit come thank glad pleasure "
    "coffee tea trip weather hot cold yes no fine sure course okay right busy wait".split()
)
# question words that can come out as content words ("how many" is all stopwords already)
QWORDS: frozenset[str] = frozenset()
