"""What kind of question a turn asks, where the analyser's act names the wrong move:

- a one-phrase echo of his words (「今日のシフト、ですか。」) hands his words back: a reflection,
  no closed fact question (judge 4 f196);
- an English wh-question ("so what is on your mind, if it isn't bookings?") is open, whatever
  negation it carries (f032, f242);
- a picture question after thanks or a permission (「ありがとうございます。一つ伺ってもいいですか。
  もし…としたら、…どんな様子になっていてほしいですか。」) asks for his future: it gives none of his
  points back, so no 伝え返し (f152, f366).
"""

from __future__ import annotations

import re

from ..i18n import Lang

_SPLIT = {"ja": re.compile(r"(?<=[。．!！?？])"), "en": re.compile(r"(?<=[.!?])\s+")}
_ECHO_JA = re.compile(r"^(?P<words>[^、。？?！!]{2,16})、?(ですか|ですね)[。？?…]*$")
_WH_EN = re.compile(
    r"(^|[—–-]\s*|[,;:]\s*)(so |and |then |but )?(what|how|why|which)\b(?! (percentage|percent|share)\b)"
    r"(?!\s+(many|much)\b)",
    re.I,
)
_HYPOTHETICAL = {
    "ja": re.compile(r"もし|としたら|とすれば|だとしたら|仮に"),
    "en": re.compile(r"\b(if|imagine|suppose|picture)\b", re.I),
}
_QUESTION_END = {"ja": re.compile(r"([?？]|か[。．]?)\s*$"), "en": re.compile(r"\?\s*$")}
_COURTESY = {
    "ja": re.compile(r"ありがとう|伺っても|お聞きしても|聞いても|質問しても|よろしいですか|いいですか"),
    "en": re.compile(r"\b(thank|thanks|may i ask|can i ask|could i ask|mind if i ask)\b", re.I),
}


def _sentences(text: str, lang: Lang) -> list[str]:
    return [p.strip() for p in _SPLIT[lang].split(text.strip()) if p.strip()]


def echo_of_his_words(text: str, owner_last: str, lang: Lang) -> str | None:
    """The words of a one-phrase echo (「今日のシフト、ですか。」) when he just said them."""
    if lang != "ja" or not owner_last:
        return None
    m = _ECHO_JA.match(text.strip())
    if not m:
        return None
    words = m.group("words").strip()
    return words if words in owner_last else None


def wh_question(text: str, lang: Lang) -> bool:
    """The turn's last question is an English what/how/why/which question."""
    if lang != "en":
        return False
    asks = [s for s in _sentences(text, lang) if s.rstrip().endswith("?")]
    return bool(asks) and bool(_WH_EN.search(asks[-1]))


def picture_after_courtesy(text: str, lang: Lang) -> bool:
    """A hypothetical question, with nothing before it but thanks or a permission to ask."""
    parts = _sentences(text, lang)
    asks = [p for p in parts if _QUESTION_END[lang].search(p) and _HYPOTHETICAL[lang].search(p)]
    if not asks:
        return False
    rest = [p for p in parts if p not in asks]
    return all(_COURTESY[lang].search(p) for p in rest)


# his future named only in the words given back (「十年後どうなるか、答えられない。……そのことを、
# どんなふうに感じておられますか。」): the question asks how he feels, no future picture (t10 f007)
_FUTURE = {
    "ja": re.compile(
        r"年後|将来|これから先|理想|ありたい|どうなって(いたら|いて|ほしい)|どうなったら|解決できたら"
    ),
    "en": re.compile(
        r"\b(years? from now|years' time|in the future|ideal|picture|look like|where would you like)\b",
        re.I,
    ),
}
_ASKS_JA = re.compile(r"([?？]|か[。．…]*|ください[。．]?)\s*$")


def future_only_given_back(text: str, lang: Lang) -> bool:
    """The turn names his future only outside its questions: the question asks something else."""
    parts = _sentences(text, lang)
    ends = _ASKS_JA if lang == "ja" else _QUESTION_END["en"]
    asks = [p for p in parts if ends.search(p)]
    future = _FUTURE[lang]
    return (
        bool(asks)
        and any(future.search(p) for p in parts)
        and not any(future.search(p) for p in asks)
    )



# a future named only in a yes/no question (「これから先も今のままで大丈夫だと思われますか？」
# 「将来お店を継がれるんですか？」 "Do you see yourself still running it in ten years?"): he answers
# yes or no, he pictures nothing in his own words; a wh-word, a request to tell or describe, or
# his ideal asked for keeps it open (r18a s08 T6)
_OPEN_WORD = {
    "ja": re.compile(
        r"どう|どんな|どのよう|どういう|何|なに|なんで(?!す|しょ)|いかが|どちら|どこ|いつ(?!も|まで)|誰|だれ|なぜ|"
        r"聞かせ|教えて|描いて|お話し|ください"
    ),
    "en": re.compile(
        r"\b(what|how|where|which|why|who|when|tell me|describe|walk me through|say more|talk about)\b",
        re.I,
    ),
}


def future_asked_closed(text: str, lang: Lang) -> bool:
    """The turn's questions name his future only in a closed, yes/no form."""
    ends = _ASKS_JA if lang == "ja" else _QUESTION_END["en"]
    asks = [p for p in _sentences(text, lang) if ends.search(p) and _FUTURE[lang].search(p)]
    return bool(asks) and not any(_OPEN_WORD[lang].search(p) for p in asks)


# a vision or goals demanded point-blank (「では、社長の会社の将来のビジョンを教えてください。」 "So what's
# your vision for the company?"), the word his or not: the question puts him on the spot (r16b s04 T8)
_VISION = {
    "ja": re.compile(
        r"(ビジョン|目標)(を|は)(教えて|お聞かせ|聞かせて|何|なん|どう|どのような|どんな)"
    ),
    "en": re.compile(
        r"\b(what('s| is| are) your (vision|goals?)|tell me (about )?your (vision|goals?)|your vision for)\b",
        re.I,
    ),
}


def vision_demand(text: str, owner_said: str, lang: Lang) -> str | None:
    """The sentence that demands his vision or goals point-blank, unless he raised the word."""
    for p in _sentences(text, lang):
        m = _VISION[lang].search(p)
        if not m:
            continue
        key = next(w for w in ("ビジョン", "目標", "vision", "goal") if w in m.group(0).lower())
        if key not in owner_said.lower():
            return p
    return None


# his test of the supporter (「あんたはどう思う？」「うちでもできるのかね？」 "What would you do in my
# place?" "Do you even know sheet metal?"): her view, her knowledge or her advice asked for
_TESTS_HER = {
    "ja": re.compile(
        r"あんた|あなた|君は|きみは|お宅|先生|支援(者|員)さん|どう思う|どう思います|どう見|分かる(の|んですか|か)|"
        r"わかる(の|んですか|か)|知って(る|います|いる)|できる(の|んですか|か)|どうすれば|どうしたら|何をすれば"
    ),
    "en": re.compile(
        r"\b(what do you think|what would you do|what should (i|we)|do you (even |actually |really )?know|"
        r"have you (ever )?(worked|seen|run|done|been)|can you (even |actually )?|would you|how would you|"
        r"what's your (view|take|opinion)|your (view|opinion|take)|in my (place|shoes))\b",
        re.I,
    ),
}
# ... handed straight back (「社長はどう思われますか？」 "What do you think yourself?")
_HANDED_BACK = {
    "ja": re.compile(
        r"(社長|ご自身)[^。？?]{0,24}(どう|どのよう|いかが|どんなふう)[^。？?]{0,16}"
        r"(思|考え|感じ|ご覧|見て|見られ)"
    ),
    "en": re.compile(
        r"\b(what do you (yourself )?think|what's your (own )?(view|take|opinion)|how do you (yourself )?see|"
        r"what would you (like to )?do|what do you make of|your own (view|thinking|sense|opinion)|"
        r"how do you feel about)\b",
        re.I,
    ),
}


def handed_back(text: str, owner_asked: str, lang: Lang) -> bool:
    """His test (his view, knowledge or advice asked of the supporter) handed straight back to
    him as a question, with no sentence of the turn saying anything to it (r18, test18)."""
    if not owner_asked or not _TESTS_HER[lang].search(owner_asked):
        return False
    parts = _sentences(text, lang)
    ends = _ASKS_JA if lang == "ja" else _QUESTION_END["en"]
    return bool(parts) and all(ends.search(p) for p in parts) and bool(_HANDED_BACK[lang].search(text))
