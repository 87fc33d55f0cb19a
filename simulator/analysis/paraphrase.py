"""Reflections in the supporter's own words that give back what the owner never said (issue 8).

:mod:`.attribution` judges quotations and reported speech (「〜とおっしゃいましたね」, "you said").
This module judges the other way of giving words back as his: a reflection framed as his
(「〜んですね」「〜ということですね」「〜というご経験があったんですね」, "so you …", "it sounds like
you …"). Its content — its content words as lemmas, once the frame, fillers, words of
interpretation and the feelings a supporter names are left out — must have something in common
with what he said in this meeting. A light rewording keeps some of it (his word, another form of
it, an everyday synonym from :mod:`.paraphrase_lexicon`, a word of the same class): never judged.
Only a reflection whose content has nothing in common with his words (one word of his, or his
wording in the statement just before it, makes it his: a false alarm is worse than a miss) is
*invented*: no give-back, and named. When its content is the
application form's (the briefing), it is a slip of source, named as such by the caller.

    invented(text, context, lang, briefing=None) -> Invented  # spans: never said / only briefed

Feelings named tentatively (「大変でしたね」「不安もおありなのでは」, "that must be hard") are
empathy: they leave no content and are never judged. Questions, hypotheticals, hearsay and
sentences about the supporter are not reflections.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..acts import Utterance
from ..i18n import Lang
from . import attribution as A
from . import attribution_words as AW
from . import paraphrase_lexicon as L
from .cues import Word

BRIEFED = A.FORM_WORDS  # this share of its words are the briefing's: the form's words, not made up


@dataclass
class Invented:
    """The sentences of an utterance that give back as his what he never said."""

    unsaid: list[str] = field(default_factory=list)  # found neither in his words nor the briefing
    briefed: list[str] = field(default_factory=list)  # not his, but the application form's


def invented(
    text: str, context: Sequence[Utterance], lang: Lang, briefing: str | None = None
) -> Invented:
    out = Invented()
    frames = _frame_sentences(text, lang)
    if not frames or not any(u.speaker == "owner" and u.text.strip() for u in context):
        return out  # nothing of his to reflect yet: an opening fact is the briefing's, not his
    if (L.JA_FORM if lang == "ja" else L.EN_FORM).search(text):
        return out  # 「申込書拝見しました。…ということですね」: the source is named
    his_texts = [u.text for u in context if u.speaker == "owner"] + A._affirmed(context, lang)
    owner = A._collect(his_texts, lang)
    shown = A._collect([briefing], lang) if briefing else None
    for sentence, before in frames:
        words = _content(sentence, lang)
        if len(words) < L.MIN_WORDS[lang] or _shares_run(before + sentence, owner, lang):
            continue
        # the reflection may be the statement just before its frame (「朝は出荷確認、…一日が終わっ
        # ている。本当にお忙しい毎日なんですね」): a word of his there makes it his too
        if any(_his(w, owner, lang) for w in _anchors(before + " " + sentence, lang)):
            continue
        if lang == "ja" and _morphs(before + sentence) & _morphs(*his_texts):
            continue  # 「やり切られた」 for 「やり切った」: a verb the content-word list leaves out
        span = sentence.strip()
        if shown is not None and sum(_his(w, shown, lang) for w in words) / len(words) >= BRIEFED:
            out.briefed.append(span)
        else:
            out.unsaid.append(span)
    return out


def _frame_sentences(text: str, lang: Lang) -> list[tuple[str, str]]:
    """The sentences of ``text`` framed as a reflection of his words, each with the sentence
    just before it ("" at the start, or when that is a framed reflection of its own)."""
    out = []
    before = ""
    for _, sentence in A._sentences(text, lang):
        s = sentence.strip()
        prev, before = before, s
        if not s or A._is_question(s, lang) or "?" in s or "？" in s:
            continue
        if out and out[-1][0] == prev or not _may_vouch(prev, lang):
            prev = ""  # a reflection of its own, a question or the supporter's own words before
            # this one (「同業の事情は私もまだ詳しくありません。」): it vouches for nothing here
        if lang == "ja":
            body = s.rstrip("。．.！!…　 ")
            if not L.JA_FRAME.search(body) or L.JA_NOT.search(body):
                continue
            if AW.JA_QUOTE.search(s) or AW.JA_VERB.search(s):
                continue  # a quotation or reported speech: attribution's to judge
        else:
            if not L.EN_FRAME.search(s) or L.EN_NOT.search(s[6:] if s.lower().startswith("if i") else s):
                continue
            if AW.EN_QUOTE.search(s) or AW.EN_VERB.search(s):
                continue
        out.append((s, prev))
    return out


def _may_vouch(sentence: str, lang: Lang) -> bool:
    """The sentence before a frame may be the reflection's body: a statement, not a question,
    hearsay or the supporter's own words."""
    if not sentence or "?" in sentence or "？" in sentence:
        return False  # (「…腕が確か。」 ends in か but asks nothing: only a question mark counts)
    return not (L.JA_NOT if lang == "ja" else L.EN_NOT).search(sentence)


def _shares_run(text: str, said: A._Said, lang: Lang) -> bool:
    """A piece of his wording comes back whole (「考えないようにしている」 for 「考えないようにして
    る」), whatever the analyser counts as a content word."""
    squashed = A._squash(text)
    size = L.RUN_CHARS[lang]
    return any(squashed[i : i + size] in said.blob for i in range(len(squashed) - size + 1))


def _content(sentence: str, lang: Lang) -> list[Word]:
    """Its content words: no frame or filler words, no words of interpretation or feeling."""
    out = []
    for w in A._words(sentence, lang):
        if not A._substantive(w, lang):
            continue
        names = {w.norm, w.surface, w.surface.lower()}
        if names & (L.FRAME_WORDS[lang] | L.FEELINGS[lang] | AW.ASKING[lang]):
            continue
        out.append(w)
    return out


def _anchors(text: str, lang: Lang) -> list[Word]:
    """The words that make a reflection his when he said them: its content words and its words of
    interpretation and feeling too (「変えようとしても」 → "your changes keep getting routed around
    you"), but not the frame's own words."""
    skip = L.FRAME_WORDS[lang] | AW.ASKING[lang]
    return [
        w
        for w in A._words(text, lang)
        if len(w.surface.strip()) >= (3 if lang == "en" else 1) and not {w.norm, w.surface} & skip
    ]


def _morphs(*texts: str) -> set[str]:
    """Japanese: the normalised forms of every noun, verb and adjective, light verbs and frame
    words left out."""
    from .japanese import morphemes

    out: set[str] = set()
    for text in texts:
        for _surface, norm, pos, _ in morphemes(text):
            if pos in L.JA_MORPH_POS and norm not in L.JA_LIGHT and norm not in L.FRAME_WORDS["ja"]:
                if len(norm) >= 2 or "\u4e00" <= norm <= "\u9fff":
                    out.add(norm)
    return out


def _his(word: Word, said: A._Said, lang: Lang) -> bool:
    """His word: as attribution counts it, or a word of the same synonym group or class."""
    if A._is_said(word, [said], lang):
        return True
    if lang == "ja" and word.surface in said.blob:
        return True  # 「人」 in his 「人手」
    names = {word.norm, word.surface, word.surface.lower(), *word.keys}
    if any(k.startswith("=") and k in said.classes for k in word.keys):
        return True
    for group in L.SYNONYMS[lang]:
        if names & group or (lang == "en" and word.norm[:5] in group):
            if group & said.keys:
                return True
            if lang == "ja" and any(len(g) >= 2 and g in said.blob for g in group):
                return True
            if lang == "en" and any(g[:5] in said.stems for g in group if len(g) >= 4):
                return True
    return False
