"""Context features shared by both languages: what the utterance picks up from the owner,
whether it repeats an earlier question, 一問一答, and the trainee's share of the talk."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..acts import Utterance
from .cues import Cues, Word

WordsFn = Callable[[str], tuple[Word, ...]]
QuestionFn = Callable[[str], bool]
SignatureFn = Callable[[str], frozenset[str]]

OWNER_WINDOW = 3  # owner turns whose words count as the owner's keywords
REPEAT_JACCARD = 0.6
SHORT_REPEAT_JACCARD = 0.8  # short questions: all their words, not only content words
_DIGIT = re.compile(r"[0-9０-９一二三四五六七八九十百千万]")
_NUMBER = re.compile(r"[0-9０-９]+")
_SENTENCE_END = re.compile(r"(?<=[。．！!？?])\s*|(?<=[.])\s+")
_ASKS = re.compile(r"([?？]|(です|ます|でしょう|の|ん)か)[\s」』）)…。]*$")


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Per-language word classes the context features need."""

    template: frozenset[str]  # words of follow-up templates (聞く, tell): never the topic
    broad: frozenset[str]  # words of broad opening invitations (事業, business)
    smalltalk: frozenset[str]  # greeting and small-talk words (よろしく, nice, meet)
    question: frozenset[str] = frozenset()  # question words that are content words (何人, many)


@dataclass(frozen=True, slots=True)
class OwnerView:
    cues: Cues
    owner_keywords: list[str]
    picked_keywords: list[str]
    picked_recent: bool = False  # picks up words of the owner's last two turns
    answered_question: bool = False  # the owner's last turn answers a question of the trainee


# words that name no point of the owner's when a question reuses them (「お気持ち」「お考え」)
_GENERIC_POINTS = frozenset(
    "気持ち 思い 考え 話 お話 こと 事 もの 今 社長 会社 仕事 時間 自分 感じ 方 ところ 一番".split()
)


# a figure of his with its counter (「六割」「7割」「三社」「30名」「60%」): the words list leaves
# numbers out, yet a give-back that carries his earlier figure gathers that point (t10 ja summary)
_FIGURE = re.compile(
    r"([0-9０-９]+|[一二三四五六七八九十]+)\s*(割|社|名|人|店舗|店|件|台|%|％|パーセント|percent)", re.I
)
_KANJI_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")}


def _number(n: str) -> str:
    """「六」「十二」「３」 → "6" "12" "3" (figures up to 99 in kanji)."""
    n = n.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if n.isdigit():
        return str(int(n))
    tens, _, ones = n.partition("十")
    if "十" not in n:
        return "".join(str(_KANJI_DIGIT.get(c, c)) for c in n)
    return str((_KANJI_DIGIT.get(tens, 1) if tens else 1) * 10 + (_KANJI_DIGIT.get(ones, 0) if ones else 0))


def figures(text: str) -> set[str]:
    """His figures with their counters, normalised (「六割」 and 「6割」 are one figure)."""
    unit = {"％": "%", "パーセント": "%", "percent": "%", "店舗": "店"}
    return {
        "#" + _number(m.group(1)) + unit.get(m.group(2).lower(), m.group(2).lower())
        for m in _FIGURE.finditer(text)
    }


def _keys(ws: Sequence[Word]) -> set[str]:
    return {k for w in ws for k in w.keys}


@lru_cache(maxsize=8192)  # every owner turn is read again on every later trainee turn
def _text_keys(words: WordsFn, text: str) -> frozenset[str]:
    return frozenset(_keys(words(text)))


def _norms(ws: Sequence[Word]) -> list[str]:
    return list(dict.fromkeys(w.norm for w in ws))


_TOLD_SPLIT = re.compile(r"(?<=[。！？!?])|(?<=[.!?])\s+")


@lru_cache(maxsize=8192)
def _point_keys(words: WordsFn, text: str) -> frozenset[str]:
    """The keys of what he told, as points a summary may gather: not the words of his questions
    to her (「あんた、図面って読める？」, r22a s02 T3), nor a person's name (「角田です。」 → 「今の
    角田鋼材には」, r22b s05 T6)."""
    told = "".join(x for x in _TOLD_SPLIT.split(text) if x.strip() and not x.rstrip().endswith(("?", "？")))
    keys = _text_keys(words, told) if told else frozenset()
    if not keys or not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", told):
        return keys
    from .japanese import tagged

    names = {n for _, n, pos in tagged(told) if pos[1] == "固有名詞" and pos[2] == "人名"}
    return frozenset(k for k in keys if k not in names)


def owner_view(
    words: WordsFn,
    own: tuple[Word, ...],
    context: Sequence[Utterance],
    vocab: Vocabulary | None = None,
    text: str = "",
) -> OwnerView:
    """How the utterance (its content words ``own``; ``text``, for its figures) relates to the
    owner's earlier turns."""
    owner_turns = [u for u in context if u.speaker == "owner"]
    own_keys = _keys(own)
    recent = owner_turns[-OWNER_WINDOW:]
    owner_keywords: list[str] = []
    owner_words: list[Word] = []
    listed: set[str] = set()  # (owner_keywords as a set: a list lookup per word is quadratic)
    for u in recent:
        for w in words(u.text):
            if w.norm not in listed:
                listed.add(w.norm)
                owner_keywords.append(w.norm)
                owner_words.append(w)
    picked = [w.norm for w in owner_words if own_keys.intersection(w.keys)]

    last_words = words(owner_turns[-1].text) if owner_turns else ()
    last_keys = _keys(last_words)
    picked_last = tuple({w.norm: w for w in own if last_keys.intersection(w.keys)}.values())
    distinct_own = {w.norm for w in own}
    overlap = len({w.norm for w in picked_last}) / len(distinct_own) if distinct_own else 0.0

    # which owner turns the utterance draws words from (each word credited to one turn)
    credited: set[str] = set()
    drawn: set[str] = set()  # every word of his drawn on, names and his questions' words included
    points = 0
    owner_keys: set[str] = set()
    contentful = 0
    own_figures = figures(text)
    for u in reversed(owner_turns):
        turn_keys = _text_keys(words, u.text)
        owner_keys |= turn_keys
        contentful += bool(turn_keys)
        drawn |= {w.norm for w in own if turn_keys.intersection(w.keys)}
        told_keys = _point_keys(words, u.text)
        fresh = {w.norm for w in own if told_keys.intersection(w.keys)} - credited
        if points and not fresh:
            # an earlier turn's figure carried into a give-back that already draws on a later
            # turn (「配達が売上の六割を占めているだけに」); a figure alone makes no point
            fresh = (own_figures & figures(u.text)) - credited
        if fresh:
            points += 1
            credited |= fresh
    last_text = owner_turns[-1].text if owner_turns else ""
    smalltalk = vocab.smalltalk if vocab else frozenset()
    substantive = [w for w in last_words if w.norm not in smalltalk]
    cues = Cues(
        owner_last_has_content=bool(last_words),
        owner_keys=frozenset(owner_keys),
        last_text=last_text,
        owner_last_question=bool(_ASKS.search(last_text.strip())),
        owner_last_substantive=len({w.norm for w in substantive}) >= 2,
        picked_last=picked_last,
        overlap_last=overlap,
        summary_points=points,
        drawn_words=len(drawn | credited),
        drawn_earlier=len((drawn | credited) - {w.norm for w in picked_last} - _GENERIC_POINTS),
        has_owner=bool(owner_turns),
        multi_owner=contentful >= 2,
        last_keys=frozenset(last_keys),
    )
    recent_keys = last_keys | (
        _text_keys(words, owner_turns[-2].text) if len(owner_turns) >= 2 else set()
    )
    picked_recent = bool(own_keys & recent_keys - set(smalltalk))
    return OwnerView(cues, owner_keywords, picked, picked_recent, _answers_question(context, words))


_QUESTION_END = re.compile(r"([?？]|か[。\s」』）)…]*$|ください[。\s]*$|\?\s*$)")


def _answers_question(context: Sequence[Utterance], words: WordsFn) -> bool:
    """The owner's last turn holds the floor: it answers a question of the trainee, takes up a
    give-back of the owner's words, or opens the meeting. After a greeting, an introduction or
    an explanation of the meeting the owner's reply leaves no topic a new question could jump
    away from (一問一答 needs an answer to leave)."""
    i = len(context) - 1
    while i >= 0 and context[i].speaker == "owner":
        i -= 1
    if i == len(context) - 1:
        return False  # the trainee spoke last: no owner reply in between
    if i < 0:
        return True  # the owner opened the meeting with this
    text = context[i].text.strip()
    parts = [p.strip() for p in re.split(r"(?<=[。．！!？?])", text) if p.strip()]
    if any(_QUESTION_END.search(p) for p in parts):
        return True
    earlier_owner = set().union(*(_text_keys(words, u.text) for u in context[:i] if u.speaker == "owner"))
    return bool(earlier_owner & _keys(words(text)))  # a give-back of the owner's words


def _asked_words(text: str, words: WordsFn, looks_like_question: QuestionFn) -> set[str]:
    """The words of the turn's last asking sentence when another sentence stands before it (a
    give-back such as 「毎日ですか。」 looks like a question too), with two or more content
    words; else an empty set (the whole turn is the question)."""
    parts = [p for p in _SENTENCE_END.split(text) if p.strip()]
    asking = [p for p in parts if looks_like_question(p)]
    if len(parts) < 2 or not asking:
        return set()
    got = {w.norm for w in words(asking[-1])}
    return got if len(got) >= 2 else set()


def repeat_of(
    words: WordsFn,
    looks_like_question: QuestionFn,
    signature: SignatureFn,
    text: str,
    own: tuple[Word, ...],
    context: Sequence[Utterance],
    is_question: bool,
    template: frozenset[str] = frozenset(),
    *,
    asks_fact: bool = True,
    question_words: frozenset[str] = frozenset(),
) -> int | None:
    """Index of an earlier trainee question asking the same thing, or of the question (or the
    owner turn) whose answer the owner already gave; None if this is not a repeat.

    Two questions are the same only if they share their *topic* words: 「時間について詳しく
    聞かせて」 and 「機械について詳しく聞かせて」 share a template (``template`` words), not a topic.
    Only a closed / fact question (``asks_fact``) repeats what the owner stated
    (「従業員は40人です」 → 「従業員は何人ですか？」); an open follow-up built on the owner's own
    words (「先ほどの『現場に合った話』というのは、どんなことでしょうか？」) digs in.
    """
    if not is_question:
        return None
    mine = {w.norm for w in own}
    topic = mine - template
    sig = signature(text)
    # what each turn asks, without the give-back before it (「毎日ですか。じゃあ、…決めているって
    # ことですよね？」 after 「決めきれない、ですか。会長は毎日来られているんですか。」: both echo his
    # words, and the echoes are no question asked twice, r23a s08 T8)
    asked_now = _asked_words(text, words, looks_like_question)
    for i, u in enumerate(context):
        if u.speaker != "trainee" or not looks_like_question(u.text):
            continue
        theirs = {w.norm for w in words(u.text)}
        their_topic = theirs - template
        asked_then = _asked_words(u.text, words, looks_like_question)
        if asked_now and asked_then and _jaccard(asked_now - template, asked_then - template) < REPEAT_JACCARD:
            continue  # each asks something else beside its give-back
        if topic != their_topic and _jaccard(topic, their_topic) < REPEAT_JACCARD:
            continue  # a different topic in the same template
        if len(mine) >= 2:
            if theirs and _jaccard(mine, theirs) >= REPEAT_JACCARD:
                return i
        elif mine and len(sig) >= 4:
            other = signature(u.text)
            if _jaccard(sig, other) >= SHORT_REPEAT_JACCARD:
                return i
    if not asks_fact:
        return None
    # what the question asks about, without its question words (何人, how many)
    asked = {w for w in mine if w in question_words or w.startswith("何")}
    mine -= asked
    if len(mine) < 2 and not (mine and _has_single_fact(context, mine, words)):
        return None
    owner_idx = [i for i, u in enumerate(context) if u.speaker == "owner"]
    for i in owner_idx[:-1]:  # the last owner turn is what a follow-up digs into
        # his answer states it in one sentence: the same nouns scattered over a long turn
        # (「野沢菜をネットで売って…」「商品の写真も…」) answer no question of which to sell
        stated = any(
            mine <= _keys(words(p)) for p in _SENTENCE_END.split(context[i].text) if p.strip()
        )
        if stated and (len(mine) >= 2 or _DIGIT.search(context[i].text)):
            figures = set(_NUMBER.findall(context[i].text))
            if not asked and figures & set(_NUMBER.findall(text)):
                continue  # his own figure given back (「42人、ですか」) checks it, it does not ask again
            if i > 0 and context[i - 1].speaker == "trainee":
                return i - 1
            return i
    return None


def _jaccard(a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def _has_single_fact(context: Sequence[Utterance], mine: set[str], words: WordsFn) -> bool:
    owner_idx = [i for i, u in enumerate(context) if u.speaker == "owner"]
    return any(
        mine <= _keys(words(context[i].text)) and _DIGIT.search(context[i].text)
        for i in owner_idx[:-1]
    )


def topic_switch(
    view: OwnerView,
    own: tuple[Word, ...],
    is_question: bool,
    vocab: Vocabulary | None = None,
    text: str = "",
    earlier: Sequence[str] = (),
) -> bool:
    """A question with content of its own that leaves the owner's answer (一問一答): the owner
    has just answered a question of the trainee with some substance, and the new question
    picks up nothing of the owner's last two turns.

    Not a switch when the owner's last turn has little content (a greeting, a one-word reply),
    when the trainee had asked nothing before it (the first question after a greeting opens a
    topic, it leaves none), or when the question is a broad opening invitation
    (「事業について教えてください」). Callers leave out prompts and questions that refer back
    (「先ほどの」, 「その『一応』というところ」).
    """
    broad = (vocab.broad | vocab.template) if vocab else frozenset()
    topical = [w for w in own if w.norm not in broad]
    cues = view.cues
    if greeting(cues.last_text):
        return False  # 「はじめまして、角田です。…どうぞ、こちらに」: no answer to leave
    return bool(
        is_question
        and topical
        and cues.owner_last_has_content
        and (cues.owner_last_substantive or vocab is None)
        and view.answered_question
        and not cues.picked_last
        and not view.picked_recent
        and not shares_with_owner(text, cues.last_text)
        and not returns_to_earlier(text, earlier)
    )


_EN_PHRASE = 3  # English words of his, in a row, that make a phrase given back


def returns_to_earlier(text: str, earlier: Sequence[str]) -> bool:
    """The question takes up a phrase of one of his earlier turns (not the last): 「お彼岸やお盆の
    決まったお菓子というのは…」 three turns after he spoke of 「決まったお菓子を決まった数だけ」 goes back
    to his own point — no 一問一答. A whole phrase is needed (seven characters of his in one piece,
    three English words in a row): a shared common word is not enough."""
    if not text or not earlier:
        return False
    lowered = " ".join(re.findall(r"[a-z']+", text.lower()))
    for said in earlier:
        if any(ord(c) > 0x3000 for c in said):
            runs = re.sub(r"[\s、。，．・…！？!?「」『』（）()]+", "|", said)
            if any(
                runs[i : i + _JA_RUN] in text
                for i in range(len(runs) - _JA_RUN + 1)
                if "|" not in runs[i : i + _JA_RUN]
            ):
                return True
            continue
        words = re.findall(r"[a-z']+", said.lower())
        for i in range(len(words) - _EN_PHRASE + 1):
            run = words[i : i + _EN_PHRASE]
            if sum(len(w) >= 4 and w not in _EN_COMMON for w in run) >= 2 and f" {' '.join(run)} " in f" {lowered} ":
                return True
    return False


_GREETING = re.compile(
    r"はじめまして|初めまして|ようこそ|どうぞ(、)?(こちら|お掛け|おかけ|座)|よろしく(お願い)?|お待ちして|"
    r"\b(nice to meet you|welcome|have a seat|take a seat|come in|pleased to meet you)\b",
    re.I,
)


def greeting(owner_last: str) -> bool:
    """The owner's last turn is a greeting (with at most a word of who sent the supporter): a
    short turn with a greeting in it."""
    if not _GREETING.search(owner_last):
        return False
    if any(ord(c) > 0x3000 for c in owner_last):
        return len("".join(owner_last.split())) <= 45
    return len(owner_last.split()) <= 16


_SHARED_JA = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffA-Za-z0-9０-９Ａ-Ｚａ-ｚ]{2,}")
_EN_STEM = re.compile(r"[A-Za-z]{4,}")


def shares_with_owner(text: str, owner_last: str) -> bool:
    """The utterance repeats a piece of the owner's last turn that the word lists miss: 「八割」,
    「B社」, an English word in another form ("suggesting" / "suggest")."""
    if not text or not owner_last:
        return False
    if any(ord(c) > 0x3000 for c in owner_last):
        pieces = {
            m.group(0)[i : i + 2]
            for m in _SHARED_JA.finditer(owner_last)
            for i in range(len(m.group(0)) - 1)
        }
        if any(p in text for p in pieces if not p.isdigit()):
            return True
        # 「今と同じように回っていれば」 given back: a phrase of his in kana and single kanji,
        # which neither the word lists nor the two-kanji pieces catch
        said = re.sub(r"[\s、。，．・…！？!?「」『』（）()]+", "|", owner_last)
        return any(
            said[i : i + _JA_RUN] in text
            for i in range(len(said) - _JA_RUN + 1)
            if "|" not in said[i : i + _JA_RUN]
        )
    stems = {w.lower()[:5] for w in _EN_STEM.findall(owner_last)} - _EN_COMMON
    return any(w.lower()[:5] in stems for w in _EN_STEM.findall(text))


_JA_RUN = 7  # characters of his, in one piece, that make a phrase given back
_JA_ECHO_RUN = 10  # ... and that make a statement of his given back whole
_JA_ECHO_MAX = 30  # characters of that statement at most


# his dialect given back in standard Japanese (「続いとったら」→「続いていたら」, 「大きくせんでも」→
# 「大きくしなくても」, 「もうええかな」→「もういいかな」): the echo is read on both forms (r18a s08 T4, T10)
_DIALECT = (
    (re.compile(r"(い|き|し|ち|に|ひ|み|り|え|け|せ|て|ね|べ|め|れ|げ|じ|び)とっ(た|て)"), r"\1ていた"),
    (re.compile(r"(い|き|し|ち|に|ひ|み|り|え|け|せ|て|ね|べ|め|れ|げ|じ|び)とる"), r"\1ている"),
    (re.compile(r"(い|き|し|ち|に|ひ|み|り|え|け|せ|て|ね|べ|め|れ|げ|じ|び)とら(ん|へん)"), r"\1ていない"),
    (re.compile(r"くせん(でも|で)"), r"くしなくても"),
    (re.compile(r"せん(でも|で)(?=ええ|いい)"), r"しなくても"),
    (re.compile(r"っと(る|った)"), r"っている"),
    (re.compile(r"(?<![一-龥])ええ(?=[かでよ、。ねわんし]|$)"), "いい"),
    (re.compile(r"おった"), "いた"),
    (re.compile(r"おる"), "いる"),
    (re.compile(r"(?<=[一-龥ぁ-ん])(やわ|やな|やで|やん)(?=[。、…！？!?]|$)"), "だ"),
)


def standard(text: str) -> str:
    """His words with common western-dialect forms put in standard Japanese."""
    for rx, to in _DIALECT:
        text = rx.sub(to, text)
    return text


def _runs(owner_last: str) -> set[str]:
    if not owner_last or not any(ord(c) > 0x3000 for c in owner_last):
        return set()
    out: set[str] = set()
    for form in {owner_last, standard(owner_last)}:
        said = re.sub(r"[\s、。，．・…！？!?「」『』（）()]+", "|", form)
        out |= {
            said[i : i + _JA_ECHO_RUN]
            for i in range(len(said) - _JA_ECHO_RUN + 1)
            if "|" not in said[i : i + _JA_ECHO_RUN]
        }
    return out


# 「手を広げるのは私の代ではもうええかな、というのは、どういうお気持ちからなんでしょう」: his own
# sentence quoted, then asked about
_ABOUT = re.compile(r"[、,]?\s*(という|っていう|って)(のは|のが|お気持ち|ところ|こと)")


def quoted_then_asked(text: str, owner_last: str) -> str | None:
    """The clause before 「というのは」 gives back a run of his last turn word for word; Japanese."""
    runs = _runs(owner_last)
    m = _ABOUT.search(text)
    if not runs or not m:
        return None
    start = max(text.rfind(c, 0, m.start()) for c in "。！？!?") + 1
    clause = re.sub(r"[\s、]+", "", text[start : m.start()])
    return text[start : m.start()].strip() if any(r in clause for r in runs) else None


def echoed_sentence(text: str, owner_last: str) -> str | None:
    """A statement of the utterance (no question) that gives back a piece of his last turn word
    for word, ten characters or more (「ちゃんと考えたことがないかもしれない。」 after his 「…まだ、
    ちゃんと考えたことがないかもしれません。」); Japanese only."""
    runs = _runs(owner_last)
    if not runs:
        return None
    for sentence in re.split(r"(?<=[。！!])", text):
        # a short one: a long give-back of several points is the scorer's to read as a paraphrase
        if 0 < len(sentence.strip()) <= _JA_ECHO_MAX and not re.search(r"[?？]|か[。\s]*$", sentence):
            if any(r in sentence for r in runs):
                return sentence.strip()
    return None

_EN_COMMON = frozenset(
    "about after again being could doing going have there these thing think those would "
    "years really right should their other which while where because".split()
)


@lru_cache(maxsize=8192)  # every turn of the meeting is measured again on every later turn
def _size(s: str) -> int:
    return len("".join(s.split()))


def talk_share(text: str, context: Sequence[Utterance]) -> float:
    size = _size
    mine = size(text) + sum(size(u.text) for u in context if u.speaker == "trainee")
    total = size(text) + sum(size(u.text) for u in context)
    return round(mine / total, 4) if total else 0.0
