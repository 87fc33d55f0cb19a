"""Topic jumps the word lists miss, read the same way by the engine and the feedback.

- :func:`echo_then_jump`: his last words given back, then a closed question on a subject none of
  his turns touched (「三代続けて来てくれるお家もあるんですね。職人さんは何人いますか。」 "Three
  generations of customers, then. How many staff do you have?"). The echo takes nothing in: the
  question leaves his answer behind all the same — 一問一答 (r23a s10 T6, s02 T6).
- :func:`asked_to_move_on`: his last turn asked the supporter to go on (「次に進んでくれる？」
  "Can we move on?"): a new question does what he asked, it leaves nothing of his (r23a s02 T2).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .asking import form_of, question_sentence, sentences, shares_words

# the question points back at what he said (「その」「そういう」「先ほど」 "that", "you said"):
# it follows his talk, whatever words it uses
_BACK = {
    # ... or to his own past he alluded to (「前回の支援は」, "the support you had last time"):
    # "I've heard plenty of that kind of talk" → "Did the public support you had last time not help?"
    "ja": re.compile(
        r"(その|そこ|それ|そう(いう|いった)|こう(いう|いった)|あの|先ほど|さきほど|さっき|今の|今おっしゃ|おっしゃ|"
        r"前回|前に(受け|使|来)|以前(の|に|受け|使))"
    ),
    "en": re.compile(
        r"\b(that|those|they|them|it|this|these|there|one|ones|her|him|his|such|you (said|mentioned|told)|"
        r"last time|the time before|back then|you had before|you've had|you had)\b",
        re.I,
    ),
}
# a turn of his that ends by asking to move on (「次に進んでくれる？」「本題に入りましょう」
# "Can we move on?", "Let's get to the point")
_MOVE_ON = {
    "ja": re.compile(
        r"(次に進|先に進|本題に(入|行|いこ)|本題を|話を進め|進めてくれ|進めてもらえ|進めましょう|進めて(ください|下さい))"
    ),
    "en": re.compile(
        r"\b(move on|moving on|get to the point|get on with (it|this)|go on to the next|next (question|topic)|"
        r"let's (proceed|continue)|can we proceed)\b",
        re.I,
    ),
}
_EN_YES_NO = re.compile(r"^\W*(do|does|did|is|are|was|were|have|has|can|will)\b", re.I)
_EN_TALK = re.compile(r"\b(anything|something|tell|share|describe|explain|talk|how|what|why|feel|think)\b", re.I)
_JA_SPLIT_RUN = re.compile(r"[\s、。，．・…！？!?「」『』（）()]+")
_JA_STEM = re.compile(r"[\u4e00-\u9fff][ぁ-ん]{2}")
_JA_ECHO_RUN = 5  # characters of his last turn, in one piece, that make an echo


def _echoes_run(before: str, owner_last: str, lang: str) -> bool:
    """A phrase of his last turn in kana and single kanji (「暑すぎて」) given back."""
    if lang != "ja":
        return False
    said = _JA_SPLIT_RUN.sub("|", owner_last)
    return any(
        said[i : i + _JA_ECHO_RUN] in before
        for i in range(len(said) - _JA_ECHO_RUN + 1)
        if "|" not in said[i : i + _JA_ECHO_RUN]
    )


def _en_yes_no(asked: str, lang: str) -> bool:
    """"Do you have any bank loans?": a yes/no question that asks for no talk."""
    return lang != "ja" and bool(_EN_YES_NO.search(asked)) and not _EN_TALK.search(asked)


_EN_COUNT = re.compile(r"\b(how (many|much|old|long)|when|what year|since when)\b", re.I)
_JA_COUNT = re.compile(r"(何[人名年割社店台歳軒件回]|何か所|いくら|どれ(くらい|ぐらい|だけ)|どの(くらい|ぐらい)|いつ)")
_JA_SEE = re.compile(r"(見せ|拝見)")
_TAG = re.compile(
    r"(でしょ(う)?|だろ(う)?|よね|じゃない|じゃないですか|ですよね|isn't it|don't you think|right|eh)\W*[?？]\W*$",
    re.I,
)


def _asks_her(owner_last: str) -> bool:
    """His last turn asks her something (「書類にでも書くの？」), not a tag (「もったいない話でしょ？」)."""
    asks = [p for p in re.split(r"(?<=[?？])", owner_last) if re.search(r"[?？]\s*$", p)]
    return any(not _TAG.search(p) for p in asks)


_JA_OPEN_ASK = re.compile(r"(どう|どんな|どのよう|なぜ|どうして|聞かせ|教えて|お考え|思われ|感じ)")


def echo_then_jump(text: str, owner_turns: Sequence[str], lang: str) -> bool:
    """His last words given back in a statement, then a closed question (a fact or yes/no) that
    shares no word with any of his turns and points back at nothing he said."""
    if not owner_turns:
        return False
    asked = question_sentence(text, lang)
    parts = sentences(text, lang)
    if not asked or not parts or parts[-1] != asked or len(parts) < 2:
        return False
    before = " ".join(parts[:-1])
    if question_sentence(before, lang) is not None and lang == "en":
        return False  # "Three generations? How many staff?": a check of his words, then asked on
    if _asks_her(owner_turns[-1]):
        return False  # he asked her something: what she says back answers him, it echoes nothing
    if not (shares_words(before, owner_turns[-1], lang) or _echoes_run(before, owner_turns[-1], lang)):
        return False  # no echo of his last words before it
    form = form_of(asked, lang)
    count = _EN_COUNT if lang != "ja" else _JA_COUNT
    if form == "fact" and not count.search(asked) and not _JA_SEE.search(asked):
        # "Who are the main customers you work with?" 「今はどなたと一緒に…？」 asks him to tell
        form = "open"  # (r23a s09 T4)
    if form not in ("fact", "polar") and not _en_yes_no(asked, lang):
        return False
    if lang == "ja" and _JA_OPEN_ASK.search(asked):
        return False
    if _BACK.get(lang, _BACK["en"]).search(asked):
        return False
    return not any(_shares(asked, said, lang) for said in owner_turns)


_EN_TOKEN = re.compile(r"[a-z]{3,}")
_EN_SMALL = frozenset(
    "the and you your are was were for how many much what when where which who does did have has "
    "had can could would will there that this with about any all some one ones now here".split()
)


def _shares(asked: str, said: str, lang: str) -> bool:
    """The question uses a word of his (in English also another form of it: "oldest" / "old")."""
    if shares_words(asked, said, lang):
        return True
    if lang == "ja":
        # a word of his in kanji and kana (「小さい」「暑すぎ」): a kanji and two kana after it
        plain = _JA_SPLIT_RUN.sub("|", said)
        return any(
            plain[i : i + 3] in asked
            for i in range(len(plain) - 2)
            if _JA_STEM.match(plain[i : i + 3]) and plain[i] not in "思言行来見聞分知考感入出"
        )
    his = set(_EN_TOKEN.findall(said.lower())) - _EN_SMALL
    mine = set(_EN_TOKEN.findall(asked.lower())) - _EN_SMALL
    return any(m.startswith(h) or h.startswith(m) for m in mine for h in his if min(len(m), len(h)) >= 3)


def asked_to_move_on(owner_last: str, lang: str) -> bool:
    """His last turn asks the supporter to get on with it."""
    return bool(owner_last) and bool(_MOVE_ON.get(lang, _MOVE_ON["en"]).search(owner_last))


# an outright change of subject (「ところで、」「話は変わりますが」 "By the way,", "On another note,")
_CHANGE = {
    "ja": re.compile(r"(^|[。！？!?、\s])(ところで|話は変わりますが|話は変わるんですが|話を変えて|別の話(です|になります)?が)[、,]"),
    "en": re.compile(
        r"(^|[.!?]\s+)(by the way|changing the subject|on another note|on a different note|"
        r"switching gears|on a separate note)\b",
        re.I,
    ),
}


def changes_subject(text: str, lang: str) -> bool:
    """A sentence of the turn opens with an outright change of subject."""
    return bool(_CHANGE.get(lang, _CHANGE["en"]).search(text.strip()))
