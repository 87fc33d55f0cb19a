"""Talk on an open question's topic, and a diagnosis passed off as a summary.

- :func:`open_topic`: the persona's ``open_answers`` entry an open question names (the
  question sentence, or the sentence before it when the question only points: 「そのあたりは
  いかがですか」) — the owner then talks on that topic instead of a generic line.
- :func:`diagnoses`: the supporter hands the owner a cause or a verdict of his own (「つまり原因は
  社員の意識ですね」 / "So the real problem is your pricing"): a premature diagnosis, which the
  owner withdraws from, never a summary that relieves him.
"""

from __future__ import annotations

import re

from ..persona import Persona
from ..persona_open import OpenAnswer
from ..wording.asking import _has, _size, question_sentence, sentences, topic_words

_JA_DIAGNOSIS = re.compile(
    r"(つまり|要するに|結局|ということは|要は|はっきり言って|率直に言って|端的に言えば)[、,]?.{0,12}(原因|問題|課題|本質|根っこ|ネック|ボトルネック)は"
    r"(?![^。？?]{0,30}(何|なに|どこ|どれ|どう|どんな|どの)[^。]{0,20}[か？?])"
    r".{1,30}"
    r"(ですね|ですよね|でしょう|だと思います|ということです|なんです|に尽きます|ではないでしょうか)|"
    # 「一番の課題は何だと思いますか」 asks his view (the blunt question), it names no verdict (r23b s05 T5)
    r"(本当の|真の|一番の)(原因|問題|課題)は(?![^。？?]{0,30}(何|なに|どこ|どれ|どう|どんな|どの))"
    r".{1,30}(ですね|ですよね|でしょうね|だと思います(?!か)|ということです)|"
    # 「それって危なくないですか？…依存しすぎるのはリスクだと思うんですが」: his situation judged for him
    r"(危な|危険|まず)くない(です|でしょう)か|"
    r"(の|こと)は[、,]?(リスク|危険|問題)(だと思います|だと思うん|ですよね|ですね)"
)
_EN_DIAGNOSIS = re.compile(
    r"\b(so|basically|in the end|clearly|obviously|it sounds like|to be blunt|frankly|in other words)\b.{0,25}"
    r"\b(the (real |main |underlying |root |core )?(problem|issue|cause)|what's really wrong)\b.{0,10}\b(is|are|lies)\b|"
    r"\b(the (real|root|underlying|core)|your (real |main )?) ?(problem|issue|cause) (here )?(is|lies)\b|"
    r"\b(isn't|is not) (that|it|this) (risky|dangerous|a risk|a problem)\b|\b(that's|that is) (too )?(risky|a (big )?risk)\b",
    re.I,
)


def diagnoses(text: str, lang: str) -> bool:
    """The supporter names the owner's cause or problem for him (premature diagnosis)."""
    return bool((_JA_DIAGNOSIS if lang == "ja" else _EN_DIAGNOSIS).search(text))


_CACHE: dict[tuple[str, int, str, str], OpenAnswer | None] = {}


def _find(persona: Persona, text: str, lang: str) -> OpenAnswer | None:
    key = (persona.id, id(persona.open_answers), lang, text)
    if key not in _CACHE:
        if len(_CACHE) > 4096:
            _CACHE.clear()
        _CACHE[key] = _search(persona.open_answers, text, lang)
    return _CACHE[key]


def _search(items: list[OpenAnswer], text: str, lang: str) -> OpenAnswer | None:
    best: tuple[int, OpenAnswer] | None = None
    low = text.lower()
    for o in items:
        words = [w for w in o.keywords.get(lang) if _has(w, low, lang)]  # type: ignore[arg-type]
        if not words:
            continue
        if o.not_with is not None and any(_has(w, low, lang) for w in o.not_with.get(lang)):  # type: ignore[union-attr]
            continue  # "what do the young ones say when they leave?" is no chat about his staff
        score = max(len(w) for w in words)
        if best is None or score > best[0]:
            best = (score, o)
    return best[1] if best else None


# words of a question that still only points (「社長ご自身はいかがですか」 / "how do you feel now?")
_POINTING_WORDS = {
    "ja": frozenset({"社長", "自身", "一番", "実際", "本当", "気持", "具体的", "今日", "最近"}),
    # "How has that been, from where you sit?" / "…from your side?" still only points (r17a s09 T4)
    "en": frozenset({"most", "want", "feel", "think", "mean", "right", "looking", "today", "lately", "now",
                     "where", "side", "stand", "standing", "sitting", "going", "seem", "seems", "seemed"}),
}
POINTING_SIZE = {"ja": 14, "en": 6}  # characters / words: a question this short points


def points(question: str, lang: str) -> bool:
    """The question only points back (「そのあたりはいかがですか」 / "How has that been?"): it
    names nothing of its own, so the sentence before it says what it asks about. "What would you
    most want your father to understand?" names its own subject: the "two years" said before it
    is not what it asks (playtest r9)."""
    if _size(question, lang) <= POINTING_SIZE[lang]:
        return True
    return not (topic_words(question, lang) - _POINTING_WORDS[lang])


_QUOTES = {
    "ja": re.compile(r"[『「]([^』」]{1,20})[』」]"),
    "en": re.compile(r"(?<!\w)['‘\"“]([^'’\"”]{2,40})['’\"”](?!\w)"),
}


def quoted(question: str, lang: str) -> str:
    """The words the question quotes (his word it asks about: "What does 'seasonal' mean for the
    way you and the confectioners work?" asks about 'seasonal', not his confectioners)."""
    return " ".join(m.group(1) for m in _QUOTES[lang].finditer(question))


_EN_WHOSE = re.compile(
    r"\bwhose (idea|decision|call|suggestion|plan|initiative|doing)\b|"
    r"\bwho\b[^?]{0,25}\b(came up with|come up with|suggested|suggest|proposed|propose|thought of|think of|"
    r"put (it|that|them|those) (in|on|forward)|pushed for|wanted (it|that|them|this))\b",
    re.I,
)


def open_topic(persona: Persona, text: str, lang: str) -> OpenAnswer | None:
    """The open-answer topic the question in ``text`` names (the most specific keyword wins; a
    word the question quotes wins over the rest of the sentence)."""
    if not persona.open_answers:
        return None
    q = question_sentence(text, lang)
    if q is None or (lang == "en" and _EN_WHOSE.search(q)):
        # "…the application mentioned DX — digitising orders and stock. Whose idea were those?"
        # asks who, not his talk on orders (r23a s03 T6)
        return None
    focus = quoted(q, lang)
    found = (_find(persona, focus, lang) if focus else None) or _find(persona, q, lang)
    if found is None and points(q, lang):
        parts = sentences(text, lang)
        at = parts.index(q) if q in parts else -1
        if at > 0:
            found = _find(persona, parts[at - 1], lang)
    return found


def cause_topic(persona: Persona, text: str, lang: str) -> OpenAnswer | None:
    """The open-answer topic with the owner's own why (``cause`` lines) that a why-question is
    about: the question sentence, else the nearest sentence before it that names one
    (「受注はまだ電話とFAXで…。何とかしたいと思われたのは、何かきっかけがあったんでしょうか」 asks
    what set off his wish on orders and stock)."""
    items = [o for o in persona.open_answers if o.cause is not None]
    q = question_sentence(text, lang)
    if not items or q is None or _ENDED[lang].search(q):
        return None  # 「前のネット販売はどうして閉めたんですか」: why it ended, not why he wants it
    if lang == "ja" and _NOT_DONE.search(q):
        # 「ホームページを作り直せていないのには、何か理由が」: why it has not happened, not what set
        # off his wish (r22b s04 T8: the phone-call story a turn late); his honest guess answers it
        return None
    parts = sentences(text, lang)
    at = parts.index(q) if q in parts else len(parts) - 1
    # the question, the sentence before it, and further back only while a sentence points back
    # (「そこを何とかしたいと…」): a passing word three sentences earlier (「気持ちを振り返る時間」)
    # names no topic of the why
    for i in range(at, -1, -1):
        found = _search(items, parts[i], lang)
        if found is not None:
            return found
        if i < at and not _POINTS_BACK[lang].match(parts[i]):
            break
    return None


# a why on something that ended or was given up: his motive lines for the topic do not answer it
_ENDED = {
    "ja": re.compile(r"(閉め|閉じ|やめ(た|て|ら|ちゃ)|止め(た|て|ら)|撤退|畳ん|手放)"),
    "en": re.compile(r"\b(clos(e|ed|ing) (it|down|the)|shut (it )?down|gave (it )?up|give (it )?up|stopp?ed|pulled out|quit)\b", re.I),
}


# a why on something not done (yet): 「作り直せていない理由」「踏み切れないのは」「進まないのは、なぜ」
_NOT_DONE = re.compile(
    r"(ていない|てない|ていません|てこなかった|てこられなかった|れない|られない|せない|できない|できていない|"
    r"できなかった|れなかった|られなかった|なかった|ないまま)(のは|のには|のに|理由|原因|わけ|ん|のでしょう|のですか|こと)"
)


_POINTS_BACK = {
    "ja": re.compile(r"^(そこ|それ(?!でも|に|と|から|で)|その|そういう|そう(?!です|なん|ですね))"),
    "en": re.compile(r"^\s*(that|this|it|those|these)\b", re.I),
}
