"""The reply guard: what the model says is checked before the trainee sees it.

A reply must not carry the content of a fact the engine has not unlocked (see :mod:`.leaks`:
terms of the locked facts that nothing the model was told, and nothing the owner said before,
already holds; and :mod:`.verbatim`: a run of a locked fact's own wording), must stay the
owner (not an AI, an assistant, a narrator or the supporter), must not repeat word for word a
sentence the owner already said in this meeting (a backchannel like 「ええ。」 may come again:
the offline voice's rule), and must be in the session's language.

With streaming, the guard checks the reply so far at every chunk, before the chunk is
released: every check is monotone (once a prefix fails, every longer text fails), so the
text on the page has always passed. On a miss the stream is cancelled, the shown text is
withdrawn and the voice asks once more with the reason; the language check waits for
enough letters to judge, and the final text is checked whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from ..engine.state import EngineState, ReplyIntent
from ..i18n import LANGS
from ..persona import Persona
from .leaks import LockedFacts, locked_texts
from .offline import _key, core, split_sentences
from .prompt import allowed_facts
from .verbatim import CopiedFacts

MissKind = Literal["locked_fact", "role", "repeat", "language", "empty"]

_ROLE = {
    "ja": re.compile(
        r"(私|僕|わたし|俺)(は|、)\s*(AI|ＡＩ|人工知能|言語モデル|アシスタント|チャットボット)|"
        r"(AI|ＡＩ|言語モデル|アシスタント)(として|なので|ですので)|AIアシスタント|言語モデル|"
        r"チャットボット|ロールプレイ|シミュレーション|プロンプト|システムメッセージ|ディレクター|"
        r"指示(を|に|は)?(無視|従)|設定上|裏課題|表課題|信頼度|お手伝いでき|何かお手伝い|"
        r"以下の(通り|とおり|ポイント)|(支援者|トレーニー|アドバイザー)\s*[:：]"
    ),
    "en": re.compile(
        r"\b(as an ai|i('m| am) (just |only )?(an? )?(ai|bot|program|language model|assistant)|"
        r"ai (language )?model|language model|ai assistant|as an assistant|chatbot|role-?play|"
        r"simulation|system prompt|the prompt|(previous|prior|above|earlier|these|the director's) "
        r"instructions|ignore (all|any|the|previous|my)|the director|hidden issue|underlying issue|"
        r"trust (level|score)|how can i (help|assist)|happy to help|i can help you with)\b|"
        r"\b(supporter|advisor|trainee)\s*:",
        re.IGNORECASE,
    ),
}
_MARKDOWN = re.compile(r"(^|\n)\s*(#{1,6}\s|[-*•]\s|\d+[.)]\s)|\*\*")
_KANA = re.compile(r"[\u3040-\u30ff]")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")
_ENDED = re.compile(r"[。！？!?…][」』）)\"']*$|[.][\"')\]]*$")
LANGUAGE_MIN_LETTERS = 12  # the language check waits for this many letters


@dataclass(frozen=True)
class Miss:
    """Why a reply was refused; ``reason`` is said to the model when it is asked again."""

    kind: MissKind
    detail: str

    @property
    def reason(self) -> str:
        return {
            "locked_fact": "it touched something the owner has not told yet "
            f"({self.detail}); do not mention it now",
            "role": f"it left the owner's role ({self.detail}); answer only as the owner would",
            "repeat": f"it repeated word for word what you said before ({self.detail}); "
            "say it differently or say something new",
            "language": f"it was not in {self.detail}; answer in {self.detail} only",
            "empty": "it was empty",
        }[self.kind]


def _language(text: str, lang: str, final: bool = False) -> Miss | None:
    japanese = len(_JAPANESE.findall(text))
    latin = len(_LATIN.findall(text))
    letters = japanese + latin
    if final and 3 <= letters < LANGUAGE_MIN_LETTERS:  # a short whole reply: which script wins
        wrong = japanese == 0 if lang == "ja" else japanese > latin
        return Miss("language", "Japanese" if lang == "ja" else "English") if wrong else None
    if letters < LANGUAGE_MIN_LETTERS:
        return None
    if lang == "ja" and (japanese / letters < 0.5 or not _KANA.search(text)):
        return Miss("language", "Japanese")
    if lang == "en" and japanese / letters > 0.2:
        return Miss("language", "English")
    return None


class ReplyGuard:
    """Checks the replies to one trainee turn (built once, used for every chunk)."""

    def __init__(
        self,
        persona: Persona,
        state: EngineState,
        intent: ReplyIntent,
        told: list[str],
        earlier: Sequence[str] = (),
    ) -> None:
        """``earlier``: the owner's replies so far in this meeting (no sentence of them may
        come again word for word)."""
        self.lang = state.lang
        self.said = {
            k for e in earlier for x in split_sentences(e, self.lang) if (k := _key(x, self.lang))
        }
        allowed = allowed_facts(persona, state, intent)
        public = [persona.briefing.get(self.lang), *told]
        self.locked = LockedFacts(self.lang, locked_texts(persona, self.lang, allowed), public)
        # a locked fact's own wording (what the terms above miss), in either language (a reply
        # in the wrong one shows a few letters before the language check can judge it); every
        # line the author wrote for the owner is public
        self.copied = [
            CopiedFacts(
                lang,
                locked_texts(persona, lang, allowed),
                [persona.briefing.get(lang), *told],
                fixed=tuple(line for lines in persona.lines.values() for line in lines.get(lang)),
            )
            for lang in LANGS
        ]

    def check(self, text: str, *, final: bool = False) -> Miss | None:
        """The first problem of ``text`` (the reply so far, or the whole reply when ``final``)."""
        if final and not text.strip():
            return Miss("empty", "")
        role = _ROLE["ja"].search(text) or _ROLE["en"].search(text) or _MARKDOWN.search(text)
        if role:
            return Miss("role", role.group(0).strip())
        leaks = self.locked.leaks(text)
        if leaks:
            return Miss("locked_fact", ", ".join(w for _, hits in leaks for w in hits))
        copies = [copy for facts in self.copied for copy in facts.copies(text)]
        if copies:
            return Miss("locked_fact", ", ".join(span for _, span in copies))
        again = self._repeat(text, final)
        if again:
            return Miss("repeat", again)
        return _language(text, self.lang, final)

    def showable(self, text: str) -> str:
        """``text`` without its unfinished last sentence while that sentence could still turn
        out a word-for-word repeat (it begins like one said before): what is shown on the page
        is never taken back by the repeat check, however the stream is cut into chunks."""
        sentences = split_sentences(text, self.lang)
        if not sentences or _ENDED.search(sentences[-1]):
            return text
        start = core(sentences[-1])
        if start and any(k.startswith(start) for k in self.said):
            return text[: text.rfind(sentences[-1])]
        return text

    def _repeat(self, text: str, final: bool) -> str | None:
        """The first whole sentence of ``text`` said before (the last one only once it has
        ended, so the check stays monotone on a growing reply)."""
        sentences = split_sentences(text, self.lang)
        if not final and sentences and not _ENDED.search(sentences[-1]):
            sentences = sentences[:-1]
        for x in sentences:
            if (k := _key(x, self.lang)) and k in self.said:
                return x
        return None
