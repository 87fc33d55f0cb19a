"""Skilled moves that read like pushes, and the clause a push's evidence must name (r12 blind
playtests, issue 8: in four of five skilled sessions the report listed only false mistakes).

Not pushes:
- the supporter's own need to understand first, said instead of an opinion after the owner's
  challenge ("To say anything specific I need to understand where you stand first",
  「うちの場合どうかを言うには、まず御社のことを知らないといけません」): it declines to opine;
- the owner's own sentence given back, framed as his ("You don't think your way is wrong, but
  there's something", "You have to cut costs, you said", 「…しないといけない、とお考えなんですね」):
  a reflection, whatever push words he used himself;
- the supporter taking back his own words (「いえ、今のは忘れてください」 "Scratch that — how do
  you see it?"): a self-correction asks the owner for nothing.

The evidence of advice is the clause that carries it: when one of its pieces sits in a sentence
with a word of a push ("You should probably start looking…") the pieces from sentences without
one ("Thank you, I will.") are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..acts import Act, Utterance
from .cues import Word

Words = Callable[[str], tuple[Word, ...]]

_EN_SPLIT = re.compile(r"(?<=[.!?])\s+")
_JA_SPLIT = re.compile(r"(?<=[。！？!?])")

# a word of a push in a sentence (the supporter's or, given back, the owner's own)
PUSH_WORD = {
    "en": re.compile(
        r"\b(should|must|ought to|need to|needs to|have to|has to|had better|'d better|why not|"
        r"how about|recommend|suggest|advise|propose|try|start|stop)\b|"
        r"\b(is|are) (essential|crucial|a must|the way to go)\b",
        re.I,
    ),
    "ja": re.compile(
        r"べき|方が(いい|よい|良い)|ほうが(いい|よい|良い)|てみては|たらどう(?=です|でしょ|か|よ|[？?、。！!…]|$)|てはどう|てはいかが|"
        r"たらいかが|必要|しましょう|ましょう|ないと(いけ|だめ|ダメ)|なければ(いけ|なら|なり)|しかない|"
        r"てください|お任せ|任せて"
    ),
}

# --- the supporter's own need to understand first ------------------------------------------------
_EN_OWN_NEED = re.compile(
    r"\bi('d| would| will|'ll)? (first |really |still |probably |honestly |just )?(need|have) to "
    r"(first |really )?(understand|know|hear|learn|listen|see|find out|get to know|ask|"
    r"get (a |some )?(better )?(sense|feel|picture|idea))\b",
    re.I,
)
_JA_OWN_NEED = re.compile(
    r"(知ら|理解し|把握し|伺わ|うかがわ|お聞きし|お聞かせいただか|聞かせていただか|教えていただか|"
    r"お話を聞か|存じ上げ)(ないと(いけ|なりません|だめ|分かり|わかり|何も)|なければ(いけ|なり|なら)|"
    r"ないことには)|(理解|把握)する必要が|(知る|伺う|お聞きする|聞く|理解する)(こと|の)?が?必要"
)
# the owner as the one who must know (「社長がまず現場を把握しないといけません」): a push
_JA_HIM_SUBJECT = re.compile(r"(社長|御社|会社|皆さん|従業員|社員|あなた|ご自身)(は|が|も|こそ)")
_EN_HIM_SUBJECT = re.compile(r"\b(you|your \w+|the company|everyone|they)\s+(really |first |just )?(need|have) to\b", re.I)


def _own_need(sentence: str, lang: str) -> bool:
    """The sentence says what the supporter needs to know first, and pushes nothing else."""
    if lang == "en":
        m = _EN_OWN_NEED.search(sentence)
        if not m:
            return False
        rest = sentence[: m.start()] + " " + sentence[m.end() :]
        return not _EN_HIM_SUBJECT.search(sentence) and not PUSH_WORD["en"].search(rest)
    m = _JA_OWN_NEED.search(sentence)
    if not m or _JA_HIM_SUBJECT.search(sentence[: m.start()].replace("社長の", "").replace("御社の", "")):
        return False
    rest = sentence[: m.start()] + sentence[m.end() :]
    return not PUSH_WORD["ja"].search(rest)


# --- the owner's sentence given back, framed as his ----------------------------------------------
_EN_HIS_FRAME = re.compile(
    r"^\W*(so,?\s*|and\s*|ok(ay)?,?\s*|right,?\s*)?you (said|say|feel|think|told me|mentioned|believe|"
    r"don't think|do not think|wonder|are wondering|'re wondering|were saying|'re saying|are saying)\b|"
    r",\s*you (said|say|told me|mentioned|feel)\b|"
    r"\bthat's what you('re| are| were) (saying|wondering|thinking|feeling)\b|"
    r"\b(in your (own )?words|as you (said|put it))\b",
    re.I,
)
_JA_HIS_FRAME = re.compile(
    r"(と|って)(お考え|感じて|思って|お感じ|おっしゃ|仰|お思い|言われ|言って)|"
    r"(と|、)[。…\s]*$|とのこと"
)


# the supporter's own stance after the give-back ("…, but honestly it is", 「…とお考えですが、実際は
# 違うと思います」): a denial in his words is still a denial
_OWN_STANCE = {
    "en": re.compile(
        r"\b(but|though|yet|however)\b[^.!?]*\b(honestly|actually|in fact|frankly|i think|i'd say|"
        r"i believe|to me|in my view)\b|\b(but|though|yet)\s+(it is|it does|you are|you do|they are|that is)\W*$",
        re.I,
    ),
    "ja": re.compile(r"(が|けど|けれど|でも)[、,]?[^。]*(と思います|と思いますよ|実際は|実は|正直)"),
}


def _split(text: str, lang: str) -> list[str]:
    return [s for s in (_EN_SPLIT if lang == "en" else _JA_SPLIT).split(text) if s.strip()]


def _holder(text: str, ev: str, lang: str) -> str:
    return next((s for s in _split(text, lang) if ev and ev in s), "")


def _his_sentence(
    sentence: str, lang: str, turns: Sequence[Utterance], words: Words, framed: bool = False
) -> bool:
    """Framed as his (or checked with him: ``framed``), mostly his words, and any push word in
    it is one he used himself."""
    frame = _EN_HIS_FRAME if lang == "en" else _JA_HIS_FRAME
    if not (framed or frame.search(sentence)) or _OWN_STANCE[lang].search(sentence):
        return False
    owner = [u.text for u in turns if u.speaker == "owner"]
    if not owner:
        return False
    said = {k for t in owner for w in words(t) for k in w.keys}
    framed = frame.sub(" ", sentence)
    ws = [w for w in words(framed) if w.norm not in {"say", "feel", "think", "tell", "mention", "wonder", "believe"}]
    his_words = sum(bool(said.intersection(w.keys)) for w in ws)
    # (English keeps few content words: one of his, and none of the supporter's beside it)
    if his_words < (1 if lang == "en" else 2) or his_words * 2 <= len(ws) - (lang == "en"):
        return False
    pushes = [m.group(0).lower() for m in PUSH_WORD[lang].finditer(sentence)]
    his = "\n".join(owner).lower()
    his = his.replace("’", "'")
    return all(p in his or p.replace("have to", "got to") in his for p in pushes)


# --- the supporter taking back his own words -----------------------------------------------------
_RETRACT = {
    "en": re.compile(
        r"\b(forget|ignore|never ?mind|disregard) (what i (just )?said|that|i said that|my last question)\b|"
        r"\b(scratch that|i take that back|strike that)\b",
        re.I,
    ),
    "ja": re.compile(
        r"(今の|いまの|さっきの|先ほどの|今申し上げた)(話|発言|言葉|こと|質問|は)?(は)?"
        r"(忘れて|聞き流して|なかったことに|取り消)|取り消させて|撤回させて"
    ),
}


# his reading of the supporter's own intent corrected ("No, no, it's not like that." after "You
# want me to list our problems so you can fill in a form?", 「いえいえ、そういうわけではないんです」
# after 「あんた、審査しに来たんだろ」): a reassurance about herself, no advice (r18b s02 T6)
_NOT_LIKE_THAT = {
    "en": re.compile(
        r"^\W*((no|oh|sorry|not at all)[\s,.!—–-]*)*(it's|it is|that's|that is|it isn't|that isn't)\s+"
        r"(not\s+)?(like that|what i meant|what i mean|why i'm here|why i came|the idea|it)\W*$|"
        r"^\W*((no|oh|sorry)[,.!]?\s*)*not at all\W*$",
        re.I,
    ),
    "ja": re.compile(
        r"^\s*((いえ|いいえ|いや|いえいえ)[、,]?\s*)*(そういう|そんな)(わけ|こと|つもり|意味)(で|じゃ)は?"
        r"(ない|ありません|ございません|なくて)(んです|です|ので)?[。…！!]*\s*$"
    ),
}
_ABOUT_HER = {
    "en": re.compile(r"\b(you|your|you're|you've|consultants?|advisers?|advisors?)\b", re.I),
    "ja": re.compile(r"あんた|あなた|お宅|君|支援|コンサル|先生|役所|審査|調べ|チェック"),
}


def _reading_corrected(holder: str, lang: str, turns: Sequence[Utterance]) -> bool:
    last = next((u.text for u in reversed(turns) if u.speaker == "owner"), "")
    return bool(_NOT_LIKE_THAT[lang].search(holder)) and bool(_ABOUT_HER[lang].search(last))


# the meeting's pace left to him (「社長のペースで進めましょう」 "Let's go at your pace"): a courtesy
_PACE = {
    "en": re.compile(
        r"\b(let's|we can|we'll) (go|take it|move|talk) (at|in) (your|whatever) (own )?(pace|speed|time)\b|"
        r"\b(let's|we can) (start|begin) (wherever|with whatever|from whatever) (you|suits|feels)\b|"
        # his topic taken up first ("Let's start right there", 「そこから伺いましょう」)
        r"^\W*(ok(ay)?,? |then,? |so,? )?(let's|we can) (start|begin) (right )?(there|from there|with that)\W*$",
        re.I,
    ),
    "ja": re.compile(
        r"(社長|ご自身)?の?(ペース|話しやすいところ|話せるところ|話せる範囲|無理のない範囲|お話しできる範囲)"
        r"(で|から)[^。]{0,8}(進め|始め|お話し|伺い|行き|やり)ましょう|"
        r"^\s*(では|じゃあ|それでは)?、?(そこ|そのお話|その話|そちら)から(始め|伺い|お話しし|進め)ましょう"
    ),
}


# a push only mentioned, then denied (「売上を伸ばしましょうという話をしに来たのではありません」
# 「変えてくださいという意味ではないです」 "there's nothing you need to prepare" "I'm not saying
# you should change it"): a reassurance or a retraction, unless a push follows the denial
_DISCLAIMED = {
    "en": re.compile(
        r"\b(nothing|not anything) (that )?(you|we) (need|have|must|should) to\b|"
        r"\bi('m| am) not (saying|telling you|here to tell you|asking you)\b|"
        r"\b(this|it|that)('s| is| isn't| is not| wasn't| was not) (not )?(about )?(telling|getting|making|pushing) you\b|"
        r"\bno one('s| is) (telling|asking) you\b|"
        # her own words taken back with an apology ("Sorry, I didn't mean that other companies do it
        # a certain way", "I wasn't suggesting you change anything": r23a s03 T4)
        r"\bi (didn't|did not|don't|do not|never) (mean|meant|want) (that|to (say|suggest|imply|compare))\b|"
        r"\bi (wasn't|was not|'m not|am not) (suggesting|implying|comparing|saying that)\b|"
        r"\b(that's|that is|it's|it is|that was|it was)(n't| not) what i (meant|mean|was trying to say)\b",
        re.I,
    ),
    "ja": re.compile(
        r"(という|って|との|とか)(意味|話|こと|つもり|わけ|お願い|ご提案|提案)?[^。！？!?]{0,12}"
        r"(ではない|じゃない|ではありません|じゃありません|ではございません|ではなく|じゃなく)"
    ),
}
# praise that names other companies ("That's a position many companies would envy",
# 「多くの会社がうらやむ状態ですね」): no general claim pressed on him
_ENVIED = {
    "en": re.compile(
        r"\b(many|most|plenty of|a lot of|other|lots of) ([\w-]+ ){0,2}(companies|firms|businesses|owners|shops|manufacturers)"
        r"( [\w-]+){0,3} would (envy|love|kill for|give anything for|be glad|be happy|dream)|\bthe envy of\b",
        re.I,
    ),
    "ja": re.compile(r"(多くの|ほかの|他の|よその|どこの)(会社|企業|経営者|お店|社長)[^。！？!?]{0,12}(羨|うらやま|憧れ)"),
}
# a check that closes a summary ("Have I got that right?", 「…ということでしょうか」)
_CHECK_END = {
    "en": re.compile(
        r"\b(is that (about |roughly |more or less )?(right|correct|fair|accurate)|have i got (that|it|this)( right)?|"
        r"did i get (that|it) right|do i have (that|it) right|am i right|does that sound (about )?right|"
        r"is that how you see it|did i miss anything|have i missed anything)\W*$",
        re.I,
    ),
    "ja": re.compile(
        r"(ということ|という理解|ってこと|という感じ)(で)?(しょうか|ですか|よろしいですか|よろしいでしょうか|合っていますか|"
        r"合ってますか|いいですか|間違いないですか)|(合って(い)?ますか|合っていますでしょうか|間違っていませんか)[？?]?\s*$"
    ),
}


def _disclaimed(holder: str, ev: str, lang: str) -> bool:
    """The push in ``ev`` is only mentioned and denied, and no push follows the denial."""
    m = _DISCLAIMED[lang].search(holder)
    if not m:
        return False
    at = holder.find(ev)
    # Japanese names the push before the denial, English after it; the evidence may span both
    if at < 0 or (lang == "ja" and at >= m.end()) or (lang == "en" and at + len(ev) <= m.start()):
        return False
    return not PUSH_WORD[lang].search(holder, m.end())


def _envied(holder: str, ev: str, lang: str) -> bool:
    m = _ENVIED[lang].search(holder)
    return bool(m) and ev in m.group(0)


def _checked_summary(text: str, holder: str, lang: str, turns: Sequence[Utterance], words: Words) -> bool:
    """A give-back of his words that the turn closes with a check of it: his points, not a push."""
    parts = [p.strip() for p in _split(text, lang)]
    if holder.strip() not in parts:
        return False
    i = parts.index(holder.strip())
    if not any(_CHECK_END[lang].search(p) for p in parts[i : i + 2]):
        return False
    return _his_sentence(holder, lang, turns, words, framed=True)


def settle_not_pushes(
    found: dict[Act, list[str]],
    sure: dict[Act, float],
    text: str,
    lang: str,
    turns: Sequence[Utterance],
    words: Words,
) -> None:
    """Drop the advice the moves above were read as; the evidence of what stays names its clause."""
    key = "en" if lang == "en" else "ja"
    evs = [e for e in found.get(Act.ADVICE, []) if e]
    if evs:
        holders = [_holder(text, e, key) for e in evs]
        if all(
            h
            and (
                _own_need(h, key)
                or _disclaimed(h, e, key)
                or _envied(h, e, key)
                or _checked_summary(text, h, key, turns, words)
                or _his_sentence(h, key, turns, words)
                or _RETRACT[key].search(h)
                or _reading_corrected(h, key, turns)
                or (_PACE[key].search(h) and not PUSH_WORD[key].search(_PACE[key].sub(" ", h)))
            )
            for h, e in zip(holders, evs, strict=True)
        ):
            found.pop(Act.ADVICE, None)
            sure.pop(Act.ADVICE, None)
    anchor_advice(found, text, key)


_COURTESY = {
    "en": re.compile(
        r"^\W*(thank you|thanks|nice to meet|pleasure to meet|good (morning|afternoon|evening)|hello|hi|"
        r"sorry|i'm sorry|excuse me)\b(?![^.!?]*\b(should|must|need to|have to)\b)",
        re.I,
    ),
    "ja": re.compile(
        r"^\s*(ありがとうございま|はじめまして|初めまして|よろしくお願い|すみません|失礼しました|申し訳)"
        r"(?![^。！？!?]*(べき|方がいい|ほうがいい|しましょう))"
    ),
}


_KANA_SCRAP = re.compile(r"^[\u3040-\u309f、。！？…\s]{1,4}$")


_EN_TAG_SCRAP = re.compile(
    r"^\W*(right|isn't it|aren't they|don't you think|wouldn't you say|wouldn't it|correct|yes|no)\W*$", re.I
)


def _widen(text: str, ev: str, lang: str) -> str:
    """A scrap of kana (「べきだ」「ますよ」) or a bare tag (", right?") widened to the clause holding
    it (「値上げはするべきだと思います。」 "You should really spread that risk, right?"): the feedback
    can quote nothing shorter."""
    if lang == "en":
        if ev and _EN_TAG_SCRAP.match(ev):
            return next((s.strip() for s in _split(text, "en") if ev in s), ev)
        return ev
    if not ev or not _KANA_SCRAP.match(ev):
        return ev
    for s in _split(text, "ja"):
        i = s.find(ev)
        if i < 0:
            continue
        start = s.rfind("、", 0, i) + 1
        if len(s[start:i].strip()) < 4:
            start = 0  # 「…と、するべきです」: the clause before it is no clause of its own
        return s[start:].strip() or ev
    return ev


def anchor_advice(found: dict[Act, list[str]], text: str, lang: str) -> None:
    """Name the clause that carries the push. When a piece of advice evidence sits in a sentence
    with a word of a push, pieces from a courtesy or across sentences are dropped ("unsolicited advice: Thank you," named the
    courtesy, not "You should probably start…") and the pushing ones come first; scraps
    (「べきだ」, ", right?") with nothing readable beside them are widened to their clause."""
    lang = "en" if lang == "en" else "ja"
    evs = [e for e in found.get(Act.ADVICE, []) if e]
    if len(evs) >= 2:
        push = PUSH_WORD[lang]
        holders = {e: _holder(text, e, lang) for e in evs}
        pushing = [e for e in evs if push.search(holders[e] or "\0")]
        if pushing:
            # a scrap across sentences, or a piece of a courtesy, names nothing the turn pushed
            kept = [e for e in evs if holders[e] and not _COURTESY[lang].search(holders[e])]
            # the prescription first (「すぐ入れた方がいい」 before 「さすがにまずいですよ」)
            found[Act.ADVICE] = [e for e in pushing if e in kept] + [e for e in kept if e not in pushing] or pushing
    for act in (Act.ADVICE, Act.LEADING_QUESTION):
        evs = [e for e in found.get(act, []) if e]
        if evs and all(_widen(text, e, lang) != e for e in evs):
            # only scraps: the feedback would quote nothing (one readable piece is enough)
            found[act] = list(dict.fromkeys(_widen(text, e, lang) for e in evs))
