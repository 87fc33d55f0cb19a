"""Words given back as the owner's that he never said in this meeting (issues 8 and 9).

A supporter who reflects or sums up must build on what the owner actually said. Two forms put
words into his mouth:

- a quotation (「…」『…』"…" '…') given back as his words, and
- reported speech: 「〜とおっしゃいましたね」「〜と言われたんですね」「〜というお話でしたが」,
  "you said / mentioned / told me …".

An attribution is *unsaid* when its words are not in anything the owner said in this meeting:
a direct quote must be close to his wording (or share his content words); reported speech is
unsaid only when none of its content words is his (a paraphrase in the supporter's own words
keeps at least one: it is good listening and never flagged). Inflection, normalised spellings
(SudachiPy), compound parts and a few everyday variants (親父 / お父様, wife / missus) count as
his words. What the trainee was shown before the meeting (the owner card and briefing) may be
mentioned as a fact, or as what the application, the advisor or a third party said, but not as
"you said" in this meeting. Questions asking whether he said something (「〜とおっしゃいましたか」,
"Did you say …?") and hypotheticals (「〜と言われたら」) attribute nothing.

    unsaid_spans(text, context, lang, briefing=None) -> list[str]  # attributed, never said
    briefed_spans(text, context, lang, briefing=None) -> list[str]  # ... but in the briefing
    gives_back_beyond(text, spans, context, lang) -> bool     # owner words outside them
    trainee_briefing(persona, lang) -> str                    # what the trainee was shown

``briefing=None`` (a transcript scored without its persona): quotations without a "you said"
are not judged, since they may come from a briefing that is unknown here. The patterns and word
lists are in :mod:`.attribution_words`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from ..acts import Act, Utterance
from ..i18n import Lang
from . import attribution_words as W
from .cues import Word

Source = Literal["owner", "other"]

# a direct quote is his when this share of it (characters, spaces and punctuation left out)
# occurs in one piece in what he said, or when this share of its content words are his
QUOTE_RUN = 0.6
QUOTE_WORDS = 0.5
# reported speech is his when at least this share of its content words are his
CLAUSE_WORDS = 1 / 3
CLAUSE_RUN = 0.4  # ... or this share of it, in one piece, is what he said
RUN_MIN = {"ja": 3, "en": 8}  # characters: a shorter piece in common is chance
QUOTE_MIN_CHARS = {"ja": 3, "en": 6}  # shorter quotes (「ええ」, 'no') are not judged


@dataclass(frozen=True)
class Attribution:
    """One place where the utterance gives words back as the owner's (or someone else's)."""

    span: str  # the attributed words as typed: the quote, or the clause with its frame
    kind: Literal["quote", "frame"]
    source: Source  # "owner": as his words in this meeting; "other": hearsay, the application
    said: bool
    missing: tuple[str, ...] = ()  # its content words found nowhere they may come from
    briefed: bool = False  # unsaid by him, but words of the application form / briefing


@dataclass
class _Said:
    """What one may build on: the words (keys) and the text squashed for substring checks."""

    keys: set[str]
    blob: str  # lower-cased text, spaces and punctuation left out
    text: str = ""  # lower-cased text as said (English words keep their boundaries)
    classes: set[str] = field(default_factory=set)  # the analyser's broad classes ("=crew")
    stems: set[str] = field(default_factory=set)  # English: the first five letters of each word


def _words(text: str, lang: Lang) -> tuple[Word, ...]:
    from . import english, japanese

    return (japanese if lang == "ja" else english).words(text)


_SQUASH = re.compile(r"[\s、。，．,.!！?？…「」『』“”\"'‘’()（）—–\-・:：;；]+")


def _squash(text: str) -> str:
    return _SQUASH.sub("", text.lower())


def _collect(texts: Iterable[str], lang: Lang) -> _Said:
    keys: set[str] = set()
    classes: set[str] = set()
    stems: set[str] = set()
    parts: list[str] = []
    plain: list[str] = []
    for t in texts:
        if not t:
            continue
        parts.append(_squash(t))
        plain.append(t.lower())
        for w in _words(t, lang):
            keys.update(k for k in w.keys if not k.startswith("="))  # no broad classes
            keys.add(w.norm)
            keys.add(w.surface.lower())
            classes.update(k for k in w.keys if k.startswith("="))
            stems.add(w.norm[:5])
    return _Said(keys, "\n".join(parts), "\n".join(plain), classes, stems)


def _variant_keys(word: Word, lang: Lang) -> set[str]:
    names = {word.norm, word.surface, word.surface.lower(), *word.keys}
    out: set[str] = set()
    for group in W.VARIANTS[lang]:
        if names & group:
            out |= group
    return out


def _is_said(word: Word, pools: Sequence[_Said], lang: Lang) -> bool:
    variants = _variant_keys(word, lang)
    surface = _squash(word.surface)
    for said in pools:
        if set(_own_keys(word)) & said.keys or word.norm in said.keys or variants & said.keys:
            return True
        if lang == "en":
            # his word with another ending ("relationship" / "relations"), whole words only
            stem = re.escape(word.norm[:5] if len(word.norm) >= 5 else word.norm)
            if re.search(rf"\b{stem}", said.text):
                return True
            continue
        if len(surface) >= 2 and surface in said.blob:
            return True
        if len(surface) >= 3 and _kanji(surface):
            # a compound whose two-kanji part he said (受発注 / 受注): his word, rephrased
            if any(surface[i : i + 2] in said.blob for i in range(len(surface) - 1)):
                return True
    return False


def _own_keys(word: Word) -> tuple[str, ...]:
    """The word's match keys without the analyser's broad classes ("=income" for sales and
    orders alike): attribution needs his word, not its topic."""
    return tuple(k for k in word.keys if not k.startswith("="))


def _kanji(text: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in text)


def _run_share(quote: str, blob: str) -> float:
    """The longest piece of ``quote`` found in ``blob``, as a share of the quote."""
    n = len(quote)
    if not n:
        return 1.0
    for size in range(n, 0, -1):
        if any(quote[i : i + size] in blob for i in range(n - size + 1)):
            return size / n
    return 0.0


def _flipped(quote: str, pools: Sequence[_Said], lang: Lang) -> tuple[str, ...]:
    """The quote's words whose every use by him carries the opposite polarity (「変わらず」 given
    back as 「変わっていく」, 「困っていない」 as 「困っている」): his word turned into its opposite."""
    if lang != "ja":
        return ()
    out: list[str] = []
    for w in _words(quote, lang):
        norm = w.norm
        if len(norm) < 2 or not _kanji(norm[0]) or norm[-1] not in "うくぐすつぬぶむるい":
            continue
        stem = norm[:-1]
        at = quote.find(stem)
        if at < 0:
            continue
        negated = bool(W.JA_NEGATION_AFTER.match(quote[at + len(stem) :]))
        uses = [
            bool(W.JA_NEGATION_AFTER.match(p.text[m.end() :]))
            for p in pools
            for m in re.finditer(re.escape(stem), p.text)
        ]
        if uses and all(u != negated for u in uses):
            out.append(w.surface)
    return tuple(out)


def _judge_quote(quote: str, pools: Sequence[_Said], lang: Lang) -> tuple[bool, tuple[str, ...]]:
    squashed = _squash(quote)
    if len(squashed) < QUOTE_MIN_CHARS[lang]:
        return True, ()
    flipped = _flipped(quote, pools, lang)
    if flipped:
        return False, flipped
    if any(_run_share(squashed, p.blob) >= QUOTE_RUN for p in pools):
        return True, ()
    words = [w for w in _words(quote, lang) if _substantive(w, lang)]
    said = [w for w in words if _is_said(w, pools, lang)]
    if words and len(said) / len(words) >= QUOTE_WORDS:
        return True, ()
    return False, tuple(w.surface for w in words if w not in said) or (quote,)


def _substantive(word: Word, lang: Lang) -> bool:
    surface = word.surface.strip()
    if word.norm in W.INTERPRETING[lang] or surface in W.INTERPRETING[lang]:
        return False
    if lang == "ja":
        return len(surface) >= 2 or _kanji(surface)
    return len(surface) >= 3


def _judge_clause(clause: str, pools: Sequence[_Said], lang: Lang) -> tuple[bool, tuple[str, ...]]:
    """Reported speech without a quote: his when enough of its content words are his (a
    paraphrase keeps some, and its words of interpretation do not count); unsaid when it has
    content words and hardly any of them is his."""
    words = [w for w in _words(clause, lang) if _substantive(w, lang)]
    if not words:
        return True, ()
    said = [w for w in words if _is_said(w, pools, lang)]
    if len(said) / len(words) >= CLAUSE_WORDS:
        return True, ()
    squashed = _squash(clause)
    long_enough = len(squashed) * CLAUSE_RUN >= RUN_MIN[lang]
    if long_enough and any(_run_share(squashed, p.blob) >= CLAUSE_RUN for p in pools):
        return True, ()  # 「さっぱり分からない、と」 for 「さっぱりでね」: his words, inflected
    return False, tuple(dict.fromkeys(w.surface for w in words if w not in said))


def _affirmed(context: Sequence[Utterance], lang: Lang) -> list[str]:
    """The supporter's questions the owner said yes to (「はい、考えてます」 to 「後継ぎのことは考えて
    いますか」): their words became his."""
    yes = (
        re.compile(r"^\s*(?:はい|ええ|そう|うん|まあ|そりゃ|確かに|その通り)")
        if lang == "ja"
        else re.compile(r"^\s*(?:yes|yeah|yep|right|sure|that's right|exactly|indeed|well, yes)\b", re.I)
    )
    out = []
    for before, after in zip(context, context[1:], strict=False):
        if before.speaker == "trainee" and after.speaker == "owner" and yes.search(after.text):
            out.append(before.text)
    return out


def _sentences(text: str, lang: Lang) -> list[tuple[int, str]]:
    pattern = W.JA_SENT if lang == "ja" else W.EN_SENT
    return [(m.start(), m.group()) for m in pattern.finditer(text) if m.group().strip()]


def _is_question(sentence: str, lang: Lang) -> bool:
    s = sentence.strip()
    if lang == "en":
        return s.endswith("?")
    return bool(W.JA_QUESTION.search(s))


def _quotes(sentence: str, lang: Lang) -> list[tuple[int, int, str]]:
    pattern = W.JA_QUOTE if lang == "ja" else W.EN_QUOTE
    out = []
    for m in pattern.finditer(sentence):
        q = next(g for g in m.groups() if g is not None)
        out.append((m.start(), m.end(), q))
    return out


def _frames_ja(sentence: str) -> list[tuple[int, int, int]]:
    """(clause start, frame start, frame end) of each reported speech in the sentence."""
    out = []
    start = 0
    for m in W.JA_VERB.finditer(sentence):
        if not W.JA_NOT_AFTER.match(sentence[m.end() :]):
            out.append((start, m.start(), m.end()))
        start = m.end()
    return out


def _frames_en(sentence: str) -> list[tuple[int, int, int]]:
    """(content start, content end, attribution end) of each "you said …"."""
    out = []
    for m in W.EN_VERB.finditer(sentence):
        if W.EN_NOT_BEFORE.search(sentence[: m.start()]):
            continue
        pos = m.end()
        if W.EN_PRONOUN.match(sentence, pos):
            continue
        while (lead := W.EN_LEAD.match(sentence, pos)) and lead.end() > pos:
            pos = lead.end()
        end = W.EN_CLAUSE_END.search(sentence, pos)
        c_start, c_end = pos, end.start() if end else len(sentence)
        if len(sentence[c_start:c_end].split()) < 2:
            # "…, as you said." / "That's what you told me": the clause before it
            before = sentence[: m.start()]
            cut = max(before.rfind(","), before.rfind("—"), before.rfind(";"))
            c_start, c_end = (cut + 1 if cut >= 0 else 0), m.start()
        out.append((c_start, c_end, max(c_end, m.end())))
    return out


def attributions(
    text: str, context: Sequence[Utterance], lang: Lang, briefing: str | None = None
) -> list[Attribution]:
    """Every quotation and reported speech of the utterance given back as someone's words, with
    whether it was said (by the owner in this meeting; or in the briefing, for hearsay)."""
    if not _may_attribute(text, lang):
        return []  # no quotation mark and no reported speech: nothing given back as his words
    owner = _collect([u.text for u in context if u.speaker == "owner"] + _affirmed(context, lang), lang)
    shown = _collect([briefing], lang) if briefing is not None else None
    out: list[Attribution] = []
    for _, sentence in _sentences(text, lang):
        self_ref = (W.JA_SELF if lang == "ja" else W.EN_SELF).search(sentence)
        hearsay = bool((W.JA_OTHER if lang == "ja" else W.EN_OTHER).search(sentence))
        source: Source = "other" if hearsay else "owner"
        pools = [owner] if source == "owner" else [owner] + ([shown] if shown else [])
        quotes = _quotes(sentence, lang)
        framed: list[tuple[int, int]] = []
        if not self_ref:
            for c_start, c_end, f_end in _frame_spans(sentence, lang):
                if source == "other" and shown is None:
                    continue  # hearsay from a briefing unknown here: not judged
                framed.append((c_start, f_end))
                inner = [q for q in quotes if c_start <= q[0] and q[1] <= c_end + 1]
                clause = sentence[c_start:c_end]
                missing: tuple[str, ...] = ()
                said = True
                for q in inner:  # a quote in it must be close to his wording
                    clause = clause.replace(sentence[q[0] : q[1]], " ")
                    ok, gone = _judge_quote(q[2], pools, lang)
                    said, missing = said and ok, missing + gone
                if not inner:  # with a quote, the quote is what is given back as his: the
                    # rest of the clause frames it (「最初に『…』と」「一方で、先ほどは『…』とも」)
                    ok, gone = _judge_clause(clause, pools, lang)
                    said, missing = said and ok, missing + gone
                kind: Literal["quote", "frame"] = "quote" if inner else "frame"
                span = sentence[c_start:f_end].strip(" 、,")
                briefed = not said and source == "owner" and _from_briefing(clause, inner, shown, lang)
                out.append(Attribution(span, kind, source, said, missing, briefed))
        if shown is None:
            continue
        asking = _is_question(sentence, lang)
        referred = W.JA_REFERRED_BEFORE if lang == "ja" else W.EN_REFERRED_BEFORE
        for q_start, q_end, quote in quotes:
            if any(a <= q_start and q_end <= b for a, b in framed):
                continue
            if asking and not referred.search(sentence[:q_start]):
                continue  # 「『もう年だから』と言われたら、どうされますか？」 asks, it gives nothing back
            if _term(sentence, q_start, q_end, lang):
                continue
            # a quotation given back with no frame: his words, or what he was shown
            said, missing = _judge_quote(quote, [owner, shown], lang)
            out.append(Attribution(sentence[q_start:q_end], "quote", "other", said, missing))
    return out


def _from_briefing(
    clause: str, quotes: Sequence[tuple[int, int, str]], shown: _Said | None, lang: Lang
) -> bool:
    """Words given back as his (「人手不足とおっしゃっていましたが」) that he never said but the
    application form / briefing holds: a named slip of source, not words made up."""
    if shown is None:
        return False
    pieces = [q[2] for q in quotes] or [clause]
    return all(_all_briefed(p, shown, lang) for p in pieces)


FORM_WORDS = 0.75  # this share of the content words given back must be the form's own


def _all_briefed(piece: str, shown: _Said, lang: Lang) -> bool:
    """Nearly all the content words of ``piece`` are in what the trainee was shown (a looser
    match, one word in three, would call 「息子さんには継がせないと決めている」 the form's for its
    「継いだ」)."""
    words = [w for w in _words(piece, lang) if _substantive(w, lang)]
    if not words:
        return False
    said = [w for w in words if _is_said(w, [shown], lang)]
    return len(said) / len(words) >= FORM_WORDS


def briefed_spans(
    text: str, context: Sequence[Utterance], lang: Lang, briefing: str | None = None
) -> list[str]:
    """The unsaid spans whose words come from what the trainee was shown before the meeting
    (the application form): given back as his words, but with a source to name."""
    return list(
        dict.fromkeys(a.span for a in attributions(text, context, lang, briefing) if not a.said and a.briefed)
    )


def _may_attribute(text: str, lang: Lang) -> bool:
    """A cheap first look: the utterance holds a quotation or a reported-speech frame."""
    if lang == "ja":
        return bool(W.JA_QUOTE.search(text) or W.JA_VERB.search(text))
    return bool(W.EN_QUOTE.search(text) or W.EN_VERB.search(text))


def _frame_spans(sentence: str, lang: Lang) -> list[tuple[int, int, int]]:
    """(content start, content end, attribution end) of each reported speech."""
    return _frames_ja(sentence) if lang == "ja" else _frames_en(sentence)


def _term(sentence: str, start: int, end: int, lang: Lang) -> bool:
    """A quoted term or example (「『事業承継』という言葉があります」, "a so-called 'lean' shop"),
    or a thought offered to him as an invitation (「『これなら話せる』と思えることがあれば」,
    "if you ever think 'I could share that'") or a proposal for later (「次回は『…』を一緒に言葉に
    していけたら」), not his words."""
    after, before = sentence[end:], sentence[:start]
    if lang == "ja":
        return bool(
            W.JA_TERM.match(after) or W.JA_BEFORE_TERM.search(before) or W.JA_INVITED_AFTER.match(after)
            or W.JA_PROPOSAL.search(sentence)
        )
    return bool(
        W.EN_TERM.match(after) or W.EN_BEFORE_TERM.search(before) or W.EN_INVITED_BEFORE.search(before)
        or W.EN_PROPOSAL.search(sentence)
    )


def unsaid_spans(
    text: str, context: Sequence[Utterance], lang: Lang, briefing: str | None = None
) -> list[str]:
    """The spans of the utterance that give back as the owner's words what he never said."""
    return list(dict.fromkeys(a.span for a in attributions(text, context, lang, briefing) if not a.said))


def gives_back_beyond(
    text: str, spans: Sequence[str], context: Sequence[Utterance], lang: Lang
) -> bool:
    """Outside the sentences holding the unsaid spans, the utterance still gives back some word
    of the owner's."""
    rest = " ".join(s for _, s in _sentences(text, lang) if not any(span in s for span in spans))
    owner = _collect([u.text for u in context if u.speaker == "owner"], lang)
    return any(
        _is_said(w, [owner], lang)
        for w in _words(rest, lang)
        if _substantive(w, lang) and w.norm not in W.ASKING[lang]
    )


def settle_give_back(
    found: dict[Act, list[str]],
    sure: dict[Act, float],
    text: str,
    spans: Sequence[str],
    context: Sequence[Utterance],
    lang: Lang,
) -> None:
    """A "reflection" or "summary" made only of words he never said gives nothing of his back:
    it is no give-back (one that also holds his words keeps the act; the scorer names the rest)."""
    if not spans or not found.keys() & {Act.SUMMARY, Act.REFLECTION}:
        return
    if gives_back_beyond(text, spans, context, lang):
        return
    for act in (Act.SUMMARY, Act.REFLECTION):
        found.pop(act, None)
        sure.pop(act, None)


def trainee_briefing(persona: object, lang: Lang) -> str:
    """What the trainee was shown before the meeting: the owner card (company, owner, title)
    and the briefing. Facts from it may be mentioned, but not as "you said"."""
    p = persona  # a simulator.persona.Persona (typed loosely: no import cycle)
    parts = [
        getattr(p, "title", None),
        getattr(p, "briefing", None),
        getattr(getattr(p, "company", None), "name", None),
        getattr(getattr(p, "company", None), "industry", None),
        getattr(getattr(p, "company", None), "location", None),
        getattr(getattr(p, "company", None), "annual_sales", None),
        getattr(getattr(p, "owner", None), "name", None),
        getattr(getattr(p, "owner", None), "role", None),
    ]
    return "\n".join(t.get(lang) for t in parts if t is not None)
