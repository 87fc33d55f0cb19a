"""What the trainee asks: the form of the question and the persona's answer topic it names.

The analyser says whether an utterance is an open or a closed question; to *answer* it the
owner also needs to know what kind of answer fits. A question is

- ``fact``: asks for a fact (何人・いつ・いくら・どちら・誰 / how many, when, how much, which,
  who, where) or asks to see something (「決算書を見せていただけますか」 / "could I see");
- ``polar``: a yes/no question (「後継者はいらっしゃいますか」 / "do you have a successor?");
- ``open``: an open question (どう・どんな・なぜ / how, why, what … like) — answered by talk;
- ``none``: no question at all.

The topic comes from the persona's own ``answers`` table (data, not code): a question names a
topic with one of its ``about`` words and, when the topic lists ``asks`` words, one of those.
Only the question sentence counts, so 「38名なんですね。就任されて何年ですか？」 asks about the
presidency, not the staff.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from ..analysis.declines import declines_request
from ..persona import Answer, Persona

Form = Literal["fact", "polar", "open", "none"]

_JA_SPLIT = re.compile(r"[^。！？!?\n]+[。！？!?]*")
_EN_SPLIT = re.compile(r"[^.!?\n]+[.!?]*")
_JA_QUESTION = re.compile(
    r"([？?]|か[。」\s]*$|(どんな|どう|何|なぜ|どこ|いつ|誰|どの|どれ|いかが).*でしょう[。\s]*$|(ください|下さい|いただけますか|いただけませんか|もらえますか|もらえませんか)[。\s]*$)"
)
_EN_REQUEST = re.compile(
    r"\b(could|can|would|may) (you|i|we) (show|tell|see|share|give|look|have a look|ask|say|explain|"
    r"describe|talk|go on|elaborate|expand|walk me)\b|"
    r"\bplease (tell|show|share|go on)\b|^\s*tell me\b|"
    # "I'd be interested to hear more about that feeling", "I'd love to hear how it began": a
    # request in the form of a statement (r11b: answered with his company intro)
    r"\bi'?d (really |just |simply |also |still )?(love|like|be (very )?(interested|glad|curious|keen)) to (hear|know|understand|learn)\b",
    re.I,
)
# a request to see a thing; "could you share your thoughts / your story" asks for talk
_EN_SHOW = re.compile(
    r"\b(show me|see your|look at your|have a look at your|share your|see the books|share the books)\b"
    r"(?! (own )?(thoughts?|views?|feelings?|story|stories|experiences?|sense|take|perspective|picture|ideas?|worries|concerns?|hopes?)\b)",
    re.I,
)
# 誰か / 誰も / どなたか are someone / no one, no who question: 「今は誰か一人の頭の中にあるんですか」 is a
# yes/no question on his own words (r18b s03 T3: 「すぐには分からないです」)
_JA_FACT = re.compile(
    r"(何人|何名|何社|何年|何代|何歳|何割|何店|何台|何か所|何ヶ所|何カ所|何時|何坪|何平米|何件|何回|何個|何本|何倍|何軒|"
    r"何ヶ月|何か月|何カ月|何キロ|何トン|(?<![思追])いつ(?!も)|いくら|いくつ|どのくらい|どれくらい|"
    r"どれぐらい|どちら|どこ(?!まで|から|が(悪|良|よ|違|問題|引っかか|気にな|難し|大変|足りな|うまく)|で[^。？?]{0,6}(止ま|漏れ|こぼれ|途切れ|つまず|詰ま))|誰(?!か|も|一人|ひとり)|だれ(?!か|も)|どなた(?!か)|どの(会社|お客|取引先|くらい)|見せて|拝見)"
)
_JA_OPEN = re.compile(
    r"(どう|どんな|どのよう|どういう|どこが|なぜ|なんで(?!す|しょ)|何が|何を|何で(?!す)|何です|何でしょう|教えて|聞かせて|お聞かせ|"
    r"どこまで|どこから|どれだけ|いかが)"
)
_EN_FACT = re.compile(
    r"\b(how many|how much|how long|how old|what year|what are your (annual )?(sales|figures|turnover|revenue))\b|"
    r"^\s*(?:and |so |but |well, |then, |also, )?(when|where|who|whom|which)\b",
    re.I,
)
_EN_WH = re.compile(r"^\s*(?:and |so |but |well, |then, )?(what|how|why|tell me|could you tell)\b", re.I)
_EN_AUX = re.compile(
    r"^\s*(?:and |so |but |well, )?(do|does|did|is|are|was|were|have|has|had|can|could|will|would|"
    r"should|may|might|shall)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Question:
    form: Form  # as asked
    text: str = ""  # the question sentence
    topic: Answer | None = None

    @property
    def factual(self) -> bool:
        """Asks for something the owner can state: a fact question, or a yes/no or an open
        request on one of the persona's answer topics (「従業員の方について教えてください」)."""
        return self.form == "fact" or (self.form != "none" and self.topic is not None)

    @property
    def direct(self) -> bool:
        """A direct fact or yes/no question (what a repeat repeats)."""
        return self.form in ("fact", "polar")


NO_QUESTION = Question("none")


def sentences(text: str, lang: str) -> list[str]:
    return list(_sentences(text, lang))


@lru_cache(maxsize=2048)
def _sentences(text: str, lang: str) -> tuple[str, ...]:
    pattern = _JA_SPLIT if lang == "ja" else _EN_SPLIT
    return tuple(s.strip() for s in pattern.findall(text) if s.strip(" 　…"))


# a bare check tagged after the question proper ("How many do you have now? Thirty-eight,
# right?", r20b s06 T3): it guesses the answer; the question asked is the one before it
_EN_TAG_CHECK = re.compile(
    r"^\s*(?!.*\b(what|how|who|why|where|when|which)\b)(?:[\w'’-]+[\s,]+){0,3}?"
    r"(right|correct|yes|no|isn't it|aren't they|is it|don't you|do you|am i right|is that right)\s*\?\s*$",
    re.I,
)


@lru_cache(maxsize=2048)
def question_sentence(text: str, lang: str) -> str | None:
    """The last sentence that asks something (a question or a request); in English a bare
    check tagged after a question ("…? Thirty-eight, right?") leaves the question before it."""
    found: str | None = None
    for s in reversed(sentences(text, lang)):
        if lang == "ja" and _JA_QUESTION.search(s):
            return s
        if lang == "en" and (s.rstrip().endswith("?") or _EN_REQUEST.search(s)):
            if found is None and _EN_TAG_CHECK.match(s):
                found = s  # the tag: the question it follows, if any, is the one asked
                continue
            return s
    return found


_JA_INVITE = re.compile(r"(何か|ことは|ことって|ものは|ところは|お気持ち|お考え|思い)")
_EN_INVITE = re.compile(
    r"\b(is there (anything|something|a (particular|moment))|do you have any|anything (else|you)|"
    # "Has anything around the shop been changing lately?" invites talk on a change (r22a s03 T3)
    r"(has|have) (there been )?(anything|something|much|any changes?)|(has|have) there been (any|a lot|much))\b",
    re.I,
)


_EN_WISH = re.compile(
    r"^\s*(?:and |so |but |well, |then, )?(where|when|which way)\s+(would|do|should|could|might|will)\s+(you|we)\b",
    re.I,
)


# a question on his picture or sense of things is open, whatever wh-word it has
_JA_SOFT = re.compile(
    r"(イメージ|思い描|感覚|お感じ|と思われ|とお考え|引っかか|気にな|こだわ|大事にし|"
    r"どこで[^。？?]{0,6}(感じ|ふっと|よぎ))"  # 「どこで感じられることが多いですか」: a moment, not a place
)
_EN_SOFT = re.compile(
    r"\b((?<!whole )(?<!full )(?<!bigger )(?<!big )(?<!overall )(?<!clear )(?<!clearer )(?<!fair )(?<!complete )(?<!rough )picture|imagine|envisage|envision|sense of|your sense|feel like|means? to you|"
    r"where (does|do|did|would) (\w+ ){1,2}(fit|stand)|where (do|did) things stand|"
    # "How do you feel about how much rides on them?" asks his feeling, whatever 'how much' follows
    r"how (do|did|does|would) (you|it|that|this) feel|"
    # "When do you find the work most rewarding?" asks a moment of his, not a date
    r"when (do|did) you (find|feel|enjoy|get)\b[^?]{0,40}\b(rewarding|satisfying|worthwhile|proud|happiest|best|most))\b",
    re.I,
)


# a scene-setting clause before the question proper ("When you took over from him, how did that
# feel?", "If one day you did ask her, what …"): its when/where/if asks nothing — unlike "When did
# you take over?", where an auxiliary follows the wh-word at once
_EN_LEAD = re.compile(
    # "Sorry, I mean — when you first started, what was it like?" (r13a): the apology leads in too
    r"^\s*(?:(?:sorry|ok|okay|right)[,.]?\s*)?(?:i mean[,]?\s*)?(?:[—–-]+\s*)?(?:and |so |but |well, |then, |now, )?(?:when|whenever|where|wherever|if|once|as|now that|after|before|"
    r"while|since|looking back|thinking (?:back|about))\b(?!\s+(?:do|does|did|is|are|was|were|have|has|had|can|could|"
    r"will|would|should|may|might|shall)\b)",
    re.I,
)
_EN_CLAUSE_BREAK = re.compile(r"\s*(?:,|—|–|--|\s-\s)\s*")


@lru_cache(maxsize=2048)
def main_clause(question: str, lang: str) -> str:
    """The question proper, without a scene-setting clause before it (English): "When you
    notice that quiet in the shop, what goes through your mind?" asks what goes through his mind,
    not when. The question itself when nothing asks after the clause."""
    if lang != "en" or not _EN_LEAD.search(question):
        return question
    parts = _EN_CLAUSE_BREAK.split(question)
    starts = [
        i for i, p in enumerate(parts) if i > 0 and (_EN_WH.search(p) or _EN_AUX.search(p) or _EN_FACT.search(p))
    ]
    if not starts:
        return question
    # the last wh-question ("…, is there anyone like that — what kept them?"), else the first asking part
    wh = [i for i in starts if _EN_WH.search(parts[i]) or _EN_FACT.search(parts[i])]
    at = wh[-1] if wh else starts[0]
    head = re.escape(parts[at].strip())
    m = re.search(head, question)
    return question[m.start():] if m else question


def form_of(question: str, lang: str) -> Form:
    """fact / polar / open; a yes/no question that invites talk (「何かありますか」「〜と思われる
    ことはありますか」 / "is there anything …") is open."""
    if lang == "ja":
        if _JA_SOFT.search(question):
            return "open"  # 「誰が担うイメージをお持ちですか」 asks for his picture, not a name
        if _JA_FACT.search(question):
            return "fact"
        if _JA_OPEN.search(question) or _JA_INVITE.search(question) or _JA_WHY.search(question):
            return "open"  # 「どこで止まってしまうんでしょうか」 asks a cause, not a place
        return "polar"
    if _EN_SCENE.search(question) or EN_PICK.search(question):
        return "open"  # "When does that feeling come up most?" asks a moment of his days, no date
    question = main_clause(question, lang)
    if _EN_INVITE.search(question) or _EN_WISH.search(question) or _EN_SOFT.search(question) or _EN_WEIGH_UP.search(question):
        return "open"
    if _EN_FACT.search(question) or _EN_SHOW.search(question):
        return "fact"
    if _EN_REQUEST.search(question):
        return "open"  # "could you tell me more about …" asks for talk
    if _EN_WH.search(question):
        return "open"
    if _EN_AUX.search(question):
        return "polar"
    return "open"


def _has(word: str, text: str, lang: str) -> bool:
    """``word`` occurs in ``text`` (lower case): anywhere in Japanese; in English as a word or
    the start of one ("customer" in "customers", but "do" not in "done")."""
    w = word.lower()
    if lang == "ja":
        return w in text
    return w in text and word_start(w).search(text) is not None


@lru_cache(maxsize=4096)
def word_start(word: str) -> re.Pattern[str]:
    """``word`` at the start of a word (English), compiled once."""
    return re.compile(rf"(?<![a-z]){re.escape(word)}")


SHORT_QUESTION = {"ja": 30, "en": 12}  # characters / words
TOPIC_REACH = {"ja": 14, "en": 40}  # characters between a topic word and its question word


def _size(text: str, lang: str) -> int:
    return len("".join(text.split())) if lang == "ja" else len(text.split())


_TOPIC_CACHE: dict[tuple[str, int, str, str], Answer | None] = {}


def topic_of(persona: Persona, question: str, lang: str, reach: int | None = None) -> Answer | None:
    """Cached :func:`find_topic` (a persona's answer table does not change while loaded)."""
    key = (persona.id, id(persona.answers), lang, question, reach)
    if key not in _TOPIC_CACHE:
        if len(_TOPIC_CACHE) > 4096:
            _TOPIC_CACHE.clear()
        _TOPIC_CACHE[key] = find_topic(persona, question, lang, reach)
    return _TOPIC_CACHE[key]


# "What would make an hour like this worth your while?" asks what would be worth it, not his
# products (r18a s07 T4): a modal before "make", or "make" before "worth"/"a difference"
_EN_CAUSAL_MAKE = re.compile(
    r"\bmak(es|ing|e) (it|you|him|them|that|this|things|everything|people)\b|"
    r"\b(would|could|might|will|'d|should) make\b|\bmake\b[^?.]{0,30}\b(worth|difference|sense|easier|harder|better|"
    # "what would you want that to make possible?" asks what it would open up (r20a s06 t4)
    r"possible|happen|real|last)\b"
)
# "How has that shown up, from where you stand?" asks his view, not where the shops are (r22a s03 T4)
_EN_STANDPOINT = re.compile(r"\b(from |at )?where (you|i|we|he|she) (stand|stands|sit|sits|are standing|'re standing)\b")
# a short question that asks for his story or his sense of something ("What was it like between
# your father and the customer?", "Over three generations, what has changed?", "What does it mean
# to you, being the third generation?") names no topic that answers by a bare fact
_EN_TALK = re.compile(
    r"\b(what (is|was|'s|has been) it like|(was|is) it like|like for you|means? (\w+ )?to you|meant to you|"
    r"(has|have|had) (stayed|changed|remained)|what changed|stayed the same|how (did )?you (came|come) to|"
    r"came to (take|be|run|join)|between (your|him|them|you|the)\b)",
    re.I,
)
# a question with a word that can stand for what the sentence before named ("Your factory
# manager is 58. How long has he been with you?"); "How many people are you short?" has none
_EN_POINTS_BACK = re.compile(r"\b(it|that|this|they|them|those|these|he|she|him|her|there|one|ones|so)\b", re.I)


# "how many years", "how many decades": how long, for a topic that answers "how long"
_EN_SPAN = re.compile(r"\bhow many (years|decades)\b")


def find_topic(persona: Persona, question: str, lang: str, reach: int | None = None) -> Answer | None:
    """The persona's answer topic the question names (the most specific when several do).

    A topic with ``asks`` words needs one of them in the question; a topic without them is
    named only by a short question (「決算書を見せていただけますか」), not by a long one that
    merely mentions the word (「赤字のこと、…つながっているように聞こえましたが」). ``reach``: the
    characters allowed between a topic word and its question word (default ``TOPIC_REACH``)."""
    if persona.answers is None:
        return None
    text = question.lower()
    if lang == "en":  # "what makes it hard?" asks a cause, not what the company makes
        text = _EN_STANDPOINT.sub(" ", _EN_CAUSAL_MAKE.sub(" ", text))
    short = _size(question, lang) <= SHORT_QUESTION[lang]
    best: tuple[tuple[int, int, int], Answer] | None = None
    for a in persona.answers.topics:
        about = [w.lower() for w in a.about.get(lang) if _has(w, text, lang)]  # type: ignore[arg-type]
        if not about:
            continue
        if a.not_with is not None and any(_has(w.lower(), text, lang) for w in a.not_with.get(lang)):  # type: ignore[union-attr]
            continue  # 「お父様はおいくつですか」 asks another's age, not his
        if a.asks is None:
            if (not short and not _asks_to_see(about, text, lang)) or (lang == "en" and _EN_TALK.search(text)):
                continue
            score = (0, 0, max(len(w) for w in about))
        else:
            asked = text
            asks = [w.lower() for w in a.asks.get(lang) if _has(w, text, lang)]  # type: ignore[arg-type]
            if not asks and lang == "en" and "how long" in a.asks.en and _EN_SPAN.search(text):
                # "How many years have you been with Maruei?" asks how long, as 「何年」 does
                asked, asks = _EN_SPAN.sub("how long", text), ["how long"]
            if not asks:
                continue
            # the topic word nearest the question word is what is asked about:
            # 「売上の中でどのくらいの重さ」 asks about the share, not the sales
            gap = min(
                -1 if f"{q}の{w}" in asked else abs(asked.rfind(w) - asked.rfind(q))  # 「どのくらいの重さ」
                for w in about
                for q in asks
            )
            if gap > (TOPIC_REACH[lang] if reach is None else reach):
                continue  # 「お客さんが減る中で、申し込まれたのはどういうきっかけ？」 asks no customer fact
            score = (1, -gap, max(len(w) for w in about))
        if best is None or score > best[0]:
            best = (score, a)
    return best[1] if best else None


_JA_SEE = re.compile(r"(見せ|拝見|共有|お借り)")


def _asks_to_see(about: list[str], text: str, lang: str) -> bool:
    """A long request to see or share something names it (r14a: "I noticed the financial
    section of your application was blank — could you share your latest financial statements so
    I can understand the business?" asks for the books): the topic word sits near the request."""
    see = _EN_SHOW if lang == "en" else _JA_SEE
    return any(
        abs(text.find(w) - m.start()) <= TOPIC_REACH[lang] and not declines_request(text, lang, m.start())
        for m in see.finditer(text)
        for w in about
    )  # 「決算書は一切拝見するつもりはありません」 asks for nothing


def read_question(persona: Persona, text: str, lang: str) -> Question:
    """The form and the answer topic of the question in ``text`` (its last question sentence).
    A summary that ends in a check (「…ということでしょうか」) asks for no fact."""
    q = question_sentence(text, lang)
    if q is None:
        return NO_QUESTION
    told = _JA_PREFACE.sub("", text) if lang == "ja" else text  # 「DXを進めたいとのことですが、」 sums nothing up
    own = _JA_PREFACE.sub("", q) if lang == "ja" else q
    if lang == "ja":
        rest = _JA_SAID_LEAD.sub("", own)
        if rest != own and form_of(rest, lang) == "fact" and not _JA_POINTER.match(rest):
            own = rest  # 「…とおっしゃいましたが、誰が担当するんですか」 asks a fact of its own
    if gathers(own, lang) or (gathers(told, lang) and form_of(q, lang) == "polar") or (lang == "ja" and _JA_ON_WORDS.search(own)):
        return Question(form_of(q, lang), q)  # no profile fact is asked
    # 「まだ決めとらん、ということですね。職人さんは何人いらっしゃるんですか」 gives back, then asks
    # a fact of its own: he knows his own headcount (playtest r10)
    if lang == "en" and EN_CHECK.search(own.strip()):
        # "…the stock still lives in the veterans' heads. Have I got that right, or is there
        # something I've missed?" checks his words: no fact of the summary before it is asked
        # (r15b s07 T11: "It's still mostly phone and fax." told again)
        return Question(form_of(q, lang), q)
    if proposes(q, lang):
        return Question(form_of(q, lang), q)  # 「求人サイトを使ってみては？」 proposes, it asks no fact
    if wishes(q, lang) and not _plan_asked(persona, q, lang) and not _who_asked(persona, q, lang):
        return Question(form_of(q, lang), q)  # 「ネットではどんなお客さんに買ってほしいですか」: no fact of today
    if lang == "en" and (_EN_WEIGH_UP.search(q) or EN_PICK.search(q)):
        return Question(form_of(q, lang), q)  # "Which one is the bigger problem?" asks his view
    form = form_of(q, lang)
    if form == "open" and ask_kind(q, lang) in ("feeling", "scene"):
        # 「丸栄さんとは長いお付き合いだと思いますが、…どう感じていますか」 asks his feeling, not
        # how long the customer has been with him (r12a: 「もう50年になります」)
        return Question(form, q)
    main = main_clause(q, lang)
    # "When you took over from him, how did that feel?" asks no tenure: an open question after a
    # scene-setting clause names its topic in the question proper; a fact question keeps the scene
    # ("When you started, how many customers did you have?")
    topic = topic_of(persona, main if form == "open" else q, lang)
    if topic is None and main != q and form == "open":
        return Question(form, q)
    if topic is None:  # "Your factory manager is 58. How long has he been with you?"
        parts = sentences(text, lang)
        at = parts.index(q) if q in parts else -1
        if at > 0 and (lang != "en" or _EN_POINTS_BACK.search(q)):
            # only a topic asked with its question word (a pronoun stands for it)
            # 「一次サプライヤーさんが中心なんですよね？何社くらいあるんですか？」: the sentence before
            # names what the short question counts, however far its word stands from 「何社」 (r17b)
            # (only a short question leaves its subject to the sentence before: a long one names its own)
            elided = lang == "ja" and _size(q, lang) <= SHORT_QUESTION[lang]
            reach = TOPIC_REACH[lang] + len(parts[at - 1]) if elided else None
            topic = topic_of(persona, f"{parts[at - 1]} {q}", lang, reach)
            # the question word is the question's own: 「…楽天のお店は5年前に閉めた。そのとき社内では
            # 何が起きていたんでしょう」 asks what happened, not how old the shop is (playtest r10)
            asked = _asks_in(topic, q, lang) or question_sentence(parts[at - 1], lang) is not None
            topic = topic if topic is not None and topic.asks is not None and asked else None
            if topic is None and lang == "ja" and at > 1 and question_sentence(parts[at - 1], lang) is not None:
                # a double question on the topic told just before (r16a s02 T8: 「以前にも公的な支援を
                # 使われたことがあると伺いました。そのときはどうでしたか？役に立ちましたか？」): his
                # past support is asked, not nothing
                topic = topic_of(persona, f"{parts[at - 2]} {parts[at - 1]}", lang)
                topic = topic if topic is not None and topic.asks is not None else None
    return Question(form, q, topic)


# a preface that names the application (「DXを進めたいということですが、」): no summary of his words
_JA_PREFACE = re.compile(r"(という|との)ことですが[、,]?")
# a question on his own words (「考えたくない、というのはどういうことですか」): no profile fact is asked
_JA_ON_WORDS = re.compile(r"(というのは|というと|と言いますと|とおっしゃ|と言われ)")
# 「さっき手が回らないとおっしゃっていましたが、誰が担当するんですか」: his words lead in, then a
# question of its own is asked (who handles it), which his words do not answer
_JA_POINTER = re.compile(r"(それ|その|そこ|そう|あれ|あの)")
_JA_SAID_LEAD = re.compile(r"^.*?(とおっしゃ|と言われ)[^、。？?]{0,10}(が|けど|けれど|けれども)[、,]")


def _asks_in(topic: Answer | None, question: str, lang: str) -> bool:
    """One of the topic's question words is in the question sentence itself."""
    text = question.lower()
    return topic is not None and topic.asks is not None and any(_has(w.lower(), text, lang) for w in topic.asks.get(lang))  # type: ignore[union-attr]


# a word that only places the question ahead in time (「将来」「この先」), no wish of his
_JA_TIME_AHEAD = re.compile(r"(将来|未来|この先|これから|今後|先々|いずれ|ゆくゆく)(的に)?(は|も)?[、,]?")


def _plan_asked(persona: Persona, question: str, lang: str) -> bool:
    """(ja) A yes/no question placed ahead only by a time word (「娘さんは、将来お店を継がれるん
    ですか」) asks about a plan one of his answer topics tells (the successor), no wish of his
    (r18a s08 T6: her department-store past instead); 「将来どうなっていたいですか」 stays a wish."""
    if lang != "ja" or form_of(question, lang) != "polar":
        return False
    plain = _JA_TIME_AHEAD.sub("", question)
    return plain != question and not wishes(plain, lang) and topic_of(persona, plain, lang) is not None


_JA_WHO = re.compile(r"(誰|どなた|どの方)(が|に|を)")


def _who_asked(persona: Persona, question: str, lang: str) -> bool:
    """(ja) 「ECを始めるとなると、社内ではどなたが担うイメージをお持ちですか」 asks who, however it
    is framed as his picture: his who answer tells it (r18b s05 T4: only his approval line)."""
    if lang != "ja" or not _JA_WHO.search(question):
        return False
    topic = topic_of(persona, question, lang)
    return topic is not None and topic.asks is not None and any(w in ("誰", "どなた") for w in topic.asks.ja)


def wishes(question: str, lang: str) -> bool:
    """The question asks his wish or his picture of the future (「どんなお客さんに買ってほしいですか」
    「10年後どうなっていたら嬉しいですか」 / "where would you like to be in five years?"): no fact
    of today answers it, however much it names a topic."""
    if lang == "ja":
        found = _JA_FUTURE.search(question)
        # 「一番売りたいのは、どの商品ですか」 wants one of what he has: today's products answer it
        return found is not None and not (found.group(0).startswith("たい") and _JA_WHICH.search(question)) and not (
            _past_supposed(question)
        )
    return bool(_EN_FUTURE.search(question))


_JA_WHICH = re.compile(r"(どの|どれ|どちら)")


def _past_supposed(q: str) -> bool:
    """「これまで…残ってくれたケースがあったとしたら、何が」: a supposition on what was, and no
    other word of the future in the question."""
    if _JA_PAST_SUPPOSED.search(q) is None:
        return False
    rest = _JA_PAST_SUPPOSED.sub("", q)
    return _JA_FUTURE.search(rest) is None


_JA_GATHER = re.compile(
    r"(まとめ|整理|つまり|確かめさせ|確認させ|伺ったこと|お話を(伺|聞)|伺っていると|"
    r"とおっしゃ|おっしゃって|というお話|ということ|ここまで|のこと、.+のこと|、そして|それに|つながって)"
)
_EN_GATHER = re.compile(
    r"(so far|put (it|that) together|putting (it|that) together|sum (it |that )?up|summar|let me check|"
    r"if i('ve| have)? understood|if i understand|what i'm hearing|you've told me|you told me|you said|"
    r"you mentioned|in other words|listening to you|from what you've said|connected|what i've heard)",
    re.I,
)


def gathers(text: str, lang: str) -> bool:
    """The utterance has the form of a summary: it gathers or checks back what was said."""
    return bool((_JA_GATHER if lang == "ja" else _EN_GATHER).search(text))


@lru_cache(maxsize=4096)  # every earlier question is compared with each new one
def topic_words(text: str, lang: str) -> frozenset[str]:
    """The words a question is about (kanji/katakana runs; English words of four letters or
    more that are not question scaffolding)."""
    if lang == "ja":
        return frozenset(_JA_RUN.findall(text))
    return frozenset(w for w in _EN_WORD.findall(text.lower()) if w not in _EN_COMMON)


def same_question(a: str, b: str, lang: str) -> float:
    """How nearly ``a`` asks again what ``b`` asked: their bigram similarity, or 0 when ``a``
    is about a word ``b`` was not (the same template on another topic is a new question)."""
    if not topic_words(a, lang) <= topic_words(b, lang):
        return 0.0
    return similarity(a, b)


def similarity(a: str, b: str) -> float:
    """Character-bigram Jaccard of two questions (lower case, no spaces)."""
    ga, gb = _bigrams(a), _bigrams(b)
    return len(ga & gb) / len(ga | gb) if ga and gb else 0.0


@lru_cache(maxsize=4096)
def _bigrams(text: str) -> frozenset[str]:
    t = "".join(text.lower().split())
    return frozenset(t[i : i + 2] for i in range(len(t) - 1))


_JA_RUN = re.compile(r"[一-龥々ァ-ヴー]{2,}|[A-Za-zＡ-Ｚａ-ｚ]{2,}")
_EN_WORD = re.compile(r"[a-z][a-z'-]{3,}")
_EN_COMMON = frozenset(
    "that this with have about what when your there their they them then than just really "
    "would could should been were from into much more some like well know think said also "
    "very only even here back over such make made being does doing done thing things tell "
    "more little could please yourself feel felt like".split()
)


_HONORIFIC = re.compile(r"[おご]?([一-龥]{1,3}?)(?:様|さま|さん)|(?<![一-龥])[おご]([一-龥]{2,3})")


def shared_words(text: str, owner_text: str, lang: str) -> set[str]:
    """The words of the owner's reply the utterance uses as they were said (kanji/katakana runs
    in Japanese — 「お父様」 picks up 「父」 —, words of four letters or more in English)."""
    if not owner_text:
        return set()
    if lang == "ja":
        runs = set(_JA_RUN.findall(text))
        runs |= {m.group(1) or m.group(2) for m in _HONORIFIC.finditer(text)}
        return {run for run in runs if run and run in owner_text}
    owner = set(_EN_WORD.findall(owner_text.lower()))
    return {w for w in _EN_WORD.findall(text.lower()) if w not in _EN_COMMON and w in owner}


def shares_words(text: str, owner_text: str, lang: str) -> bool:
    return bool(shared_words(text, owner_text, lang))


_JA_ECHO = re.compile(r"^[^。？?！!]{1,14}(ですか|って|というと|と言いますと|ね)[。？?…]*$")


def echoes(text: str, lang: str) -> bool:
    """The form of a short echo (「お父様、ですか。」 / "Your father?"); with a word of the owner's
    reply in it, a reflection whatever the analyser calls it."""
    t = text.strip()
    if lang == "ja":
        return bool(_JA_ECHO.match(t)) and not re.search(r"(何|いつ|どこ|誰|どう|どの|なぜ|いくら)", t)
    words = t.rstrip("?.!").split()
    return t.endswith("?") and 0 < len(words) <= 4 and not re.match(r"(?i)(what|when|where|who|why|how|which)\b", t)


def quotes_owner(text: str, lang: str) -> bool:
    """Points back at the owner's own words (「さきほど『…』とおっしゃいましたね」 / "you said")."""
    if lang == "ja":
        return bool(re.search(r"([『「].+[』」]|とおっしゃ|と言われ|さきほど|先ほど|さっき)", text))
    return bool(re.search(r"(\"[^\"]+\"|you (said|mentioned|told me)|going back to|go back to)", text, re.I))


# a proposal, often in question form: 「〜してみてはいかがですか」「〜するのもいいと思います」 /
# "Have you thought about …?", "Why not …?", "You could also …"
_JA_PROPOSES = re.compile(
    r"(てみては|(?<!とし)てはいかが|てみたら|たらどう|たらいかが|のはどう|のもいい|のも手|も一つの手|もひとつの手|"
    r"を考えたことは|を検討されて|を使ってみ|を入れてみ|始めてみ|"
    # an offer of the supporter's own service (「コンサルを紹介しましょうか」): a solution handed over
    r"(紹介|ご紹介|お繋ぎ|おつなぎ|手配|ご用意|お手伝い|作成|ご提案)(し|いたし)ましょうか)"
)
_EN_PROPOSES = re.compile(
    r"(^|[.!?]\s+|,\s*)(why not|have you (ever )?(thought about|considered|tried)|how about \w+ing\b|"
    # "Why don't you hire foreign workers?" hands him a course of action; "Why don't you tell me
    # how it started?" only asks him to talk
    r"why don't you (?!(tell|say|share|talk|describe|walk|explain|go on|start (by|with|from|wherever|whenever)|take your time|think|feel)\b)|"
    r"you (might|may) want to (?!(tell|say|share|talk))|i'?d (suggest|recommend)|i (suggest|recommend) (you|that|\w+ing)|"
    r"maybe you could (?!tell|say|share|talk|describe|walk)|you could (also )?(try|use|sell|post|start|set up|look at)|it might (help|be worth)|"
    r"(maybe )?(sns|social media|instagram) (would|could|might) help|"
    r"shall i (introduce|put you in touch|connect you|set up|arrange)|i (can|could) (introduce you|put you in touch|connect you))",
    re.I,
)


def proposes(text: str, lang: str) -> bool:
    """The supporter proposes a course of action (「求人サイトを使ってみてはいかがですか」 /
    "Have you thought about selling online?"): advice, whether or not it ends in a question
    mark — never a question back."""
    return bool((_JA_PROPOSES if lang == "ja" else _EN_PROPOSES).search(text))


AskKind = Literal["none", "fact", "polar", "open", "feeling", "future", "opinion", "cause", "scene"]
# when or where a feeling of his comes up (「どんなときに一番感じられますか」「どんなところで感じられる
# んでしょうか」「どんな場面で…出てくるものなんでしょう」): a moment of his days, not the feeling itself
_JA_SCENE = re.compile(
    r"(どんな|どういう|どの)(とき|時|ときに|場面|瞬間|状況|ところで|あたりで)[^。？?]{0,14}(感じ|出て|よぎ|湧|浮か|思われ|思う|考え)|"
    r"(どこで|いつ)[^。？?]{0,6}(感じ|ふっと|よぎ)|"
    r"(感じ|思われ|思う|よぎ|見えて|わかる|分かる|気づ|気付)[^。？?]{0,8}(のは|のが)[、,]?([^。？?、]{0,10}[でにの])?(どんな|どういう)(とき|時|場面|瞬間)|"  # 「そう感じるのは、(一日のうちで)どんなときが多いですか」
    # 「それが一番はっきり見えてくるのは、どんな瞬間ですか」: a moment asked (r22a s08 T6, not 「どうって…」)
    r"(どんな|どういう)(瞬間|場面)(です|でしょう|が多|に)"
)
_JA_FEELING = re.compile(
    # what he is careful of or what weighs on him (「社長ご自身がいちばん気を遣っているのは」): his inner
    # side, not a fact on the matter (r23a s08 T10: the chairman's age for the third time)
    r"(気を(遣|使|つか)(っ|い|わ)|気にかけ(て|られ)|気がかり|気にな(って|る)|"
    r"お気持ち|気持ち|どう感じ|どんな感じがし|頭をよぎ|感覚|お感じ|(?<!と)感じ(られ|てい|てら|てお|ます|る)|実感|どう映|ふうに映|(社長|ご自身).{0,12}受け止め|どんな思い|お辛|つら|しんど|不安|心配|大変でし|"
    # his inner reaction to a moment (r22b s01 T9 「そのメールを読まれたとき、本当はどう思われましたか」,
    # r22a s01 T8 「…胸の内はどうだったんでしょう」): a feeling asked, not his view of a matter
    r"(胸の内|胸中|心の内|心の中|本音)(は|を|って|では|として)?[、,]?[^。？?]{0,8}(どう|いかが|どんな|何を)|本当は[^。？?]{0,8}どう(思|感|お思)|"
    r"(とき|時|瞬間|際)[、,]?[^。？?]{0,14}どう(思われ|お思い|思っ)(まし|た|てい)|(とき|時|瞬間|際)[、,]?[^。？?]{0,14}何を(思われ|お思い|思っ|考えられ|感じ))"
)
_JA_NOT_WISH_TAI = r"(?<!が)(?<!めで)(?<!冷)(?<!つめ)(?<!重)(?<!眠)(?<!平)(?<!煙)"
_JA_FUTURE = re.compile(
    r"(将来|未来|イメージ|思い描|この先|その先のこと|そこから先|これから|今後|年後|先々|どうなっていたら|どうなったら|どうなれば|どうしていきたい|目指|理想|"
    r"(どんな|どういう)[^。？?]{0,8}姿|(て|で)ほしい|(て|で)もらいたい|(て|で)いきたい|なっていたら|なっていれば|夢|望み|(ように|ことが|ものが)(なっ|でき)たら|(た|だ|る)としたら|(る|た)とすれば|"
    r"(?<!聞き)(?<!伺い)(?<!知り)(?<!確認し)(?<!ただき)(?<!尋ねし)(?<!お話しし)" + _JA_NOT_WISH_TAI + r"たい(です|と(思|お考|お感)|のは|こと|もの|ところ|か))"
)  # a wish is asked about the future: 「どんなお客さんに買ってほしいですか」「5年後はどうなっていたい」
# 「ありがたいことだとおっしゃる…お付き合いは、どんなふうに続いてきたんでしょうか」 asks how it went:
# an adjective in -たい (ありがたい, 冷たい, 重たい) is no wish (r23b s07 T2: his future line)
# a supposition on the past (「これまで若い方が残ってくれたケースがあったとしたら、何があったと思われますか」)
# asks what was, not the future (r23a s01 T10: 「先の話か。」)
_JA_PAST_SUPPOSED = re.compile(
    r"(これまで|今まで|過去|以前|昔|当時|あの頃|その頃)[^。？?]{0,40}(あった|いた|だった|でした|ていた|てくれた)(と|の)?(した|すれ)(ら|ば)"
)
_JA_OPINION = re.compile(r"(どう思|どうお考え|お考え|ご意見|どう見て|どうご覧)")
# 「どうしていきたいですか」 asks a wish, not why (r12b s03: 「給料か、仕事のきつさか」 to his plans)
_JA_HOW_TO = r"どうして(?!い[きくけっ]|ほし|もら|おき|み)"
# what set it off or where it comes from (「何かきっかけがあったんでしょうか」「どこから来るんでしょう」
# 「どのあたりからか」) and 「…と思われるのは、…からでしょうか」 ask the cause, not his feeling or plans
_JA_TRIGGER = (
    r"きっかけ|どこから(来|き|出て|生ま|湧|始ま)|どのあたりから|いつ(頃|ごろ)?から[^。？?]{0,8}(そう|感じ|思|考え)|"
    r"(感じ|思|考え|なさ|られ)[^。？?]{0,10}からでしょう|(感じ|思|考え|なさ|られ)[^。？?]{0,10}からですか|"
    r"(のは|のも)[、,]?[^。？?]{0,30}から(でしょう|ですか|なんでしょう)"
)
# where orders or people come from (「今の注文はどこから来ていることが多いですか」) is a source, not a cause
_JA_SOURCE = re.compile(r"(注文|受注|仕事|依頼|引き合い|問い合わせ|お客|売上|材料|仕入|応募)[^。？?]{0,6}どこから")
_JA_CAUSE = re.compile(
    r"(原因|理由|なぜ|(何か|どんな|どういう|特別な)(ご)?事情|" + _JA_HOW_TO + r"|何が違|何がそうさせ|背景|" + _JA_TRIGGER + r"|から(だ|なの|では)?と(思|感|お考|お感)|"
    r"どういうところが(評価|認め|選ばれ|買われ))"
)  # 「どういうところが評価されてきたからだと感じますか」 asks why, not how he feels  # 「原因は何だと感じますか」 asks why
_EN_FEELING = re.compile(
    # "How does that land with you?", "How does that sit with you?": his feeling on what he said
    r"\b((land|lands|landed|sit|sits|sat) (\w+ )?with you|"
    r"feel|felt|feeling|how was that for you|worr|weighs? (\w+ )?on you|weighing on you|hard on you|(goes|went|going|runs?|ran|running) through your (mind|head)|cross(es|ed)? your mind|(sit|sits|sat) with you|"
    r"on your mind(?! (about|regarding|with) )|(been|was|is) (it )?like for you|like for you personally|what comes up|"
    r"comes? to (your )?mind|how (is|was|has) (that|it|this) (been )?for you)",
    re.I,
)
_EN_WHEN_YOU_SAY = re.compile(r"\b(when|if) you say\b|\bby [\"'“‘]?[\w ]{2,40}[\"'”’]?,? (do )?you mean\b", re.I)
_EN_MIND_ONLY = re.compile(r"(?i)comes? to (your )?mind|what comes up")
_EN_FUTURE = re.compile(
    # "so I can see the whole picture" asks no future (a picture of today); "where does that
    # picture come from?" asks the source of one he has drawn (r20a s06 t3)
    r"\b(future|(?<!that )(?<!this )(?<!whole )(?<!full )(?<!bigger )(?<!big )(?<!overall )(?<!clear )(?<!clearer )(?<!fair )(?<!complete )(?<!rough )picture|imagine|envisage|years from now|years' time|ahead|from here|next few years|"
    r"going forward|hope to|want .{0,20} to become|in (a |the next )?(few|two|three|five|ten|\d+) "
    r"years|years down the (line|road)|(the way|as) you hop(e|ed)|ideal(ly)?|"
    r"would .{0,40} look like|"
    # "Suppose sales did go up. What would be different for you?" pictures a change (r21a s09 T3;
    # 「何が変わりますか」 is a future question in Japanese too)
    r"what (would|might|could|will) (be |look |feel )?(different|change)|how would (things|life|that|it) (be )?(change|differ)|"
    # "a morning a year from now, when you walk into the warehouse, what would you like to see?"
    # (r23b s06 T9): a year ahead is the future too, and what he would like to see is his wish
    r"(a|one) year from now|a year's time|this time next year|a year (on|ahead)|"
    r"what would you (most |really )?(like|love|want|hope) to see)\b",
    re.I,
)
_EN_OPINION = re.compile(r"\b(what do you (think|make of)|how do you see|your (view|opinion|take)|what's your sense)\b", re.I)
_EN_CAUSE = re.compile(
    r"\b(why|cause[sd]?|reason|behind it|behind that|what makes|what made|comes from|"
    r"makes? you (feel|think|say|believe|sure) (that|so|this|it)\b)",
    re.I,
)
# a question on a cause or an obstacle (「何が一番の妨げに」 / "what's standing in the way", "where
# does it leak out"): neither a feeling nor his daily life, and no profile fact answers it
_JA_WHY = re.compile(
    r"(なぜ|なんで(?!す|しょ)|(何か|どんな|どういう|特別な)(ご)?事情|" + _JA_HOW_TO + r"|" + _JA_TRIGGER + r"|原因|理由|何がそうさせ|どこが(悪|まず|いけな|問題)|妨げ|邪魔|足かせ|足を引っ張|ネック|壁になっ|障害|"
    r"阻んで|背景に(は)?何|どこで[^。？?]{0,6}(漏れ|こぼれ|途切れ|止ま|つまず|詰ま)|どこに(問題|原因))"
)
_EN_WHY = re.compile(
    r"\b(why|what makes|what made|what(?:'s| is| was) it that (makes?|made|drives?|drove|keeps?|kept|pushes|pushed)|cause[sd]?|reasons?|(stand|stands|standing|get|gets|getting|is|are)( \w+)? in the way|"
    r"holding (you|it|them|things|the \w+) back|keeps? (them|the \w+( \w+)?|people|you) from|holds (you|it|them) back|obstacle|barrier|"
    r"leak(s|ing|ed)?|slip(s|ping)? away|where (does|did|do) (it|that|this|things) go wrong|"
    # "Where does that picture come from?": what his view rests on, not a place (r20a s06 t3)
    r"where (does|did|do) (that|this|it|the|your)( \w+){0,2} (come|comes) from|"
    r"makes? you (feel|think|say|believe|sure) (that|so|this|it)|"
    r"(is|are|was|lies|lie|sits|sit|sitting) behind (it|that|this|them|the \w+|their|his|her|people)|what's behind|"
    # "what was different for the ones who stayed?" asks what made the difference, as 「何が違う」
    r"what (was|is|'s|were|are) (so )?different (for|about|with) (them|those|these|the ones|the( \w+){1,2} (who|that))|"
    r"what made the difference|"
    r"what (set|sets) (them|those|the \w+( \w+)?) apart)\b",
    re.I,
)


# "What does the Takemoto name mean to you?", "What would it mean to you to build one?", "What is
# running the shop like for you these days?": what something is to him, personally — his feeling
# or the meaning he gives it, never a prepared fact on the thing named (r11a, r12b: answered with
# the sales team or the customers). "What do you mean by that?" asks what he meant (a clarify).
# 「…というのは、社長にとってどういう意味がありますか」: what it is to him (r15a: answered with
# his sales-team paragraph)
_JA_MEANING = re.compile(
    r"(社長|ご自身|あなた)(にとって|として)[^。？?]{0,30}(どういう|どんな|どのような)(意味|もの|存在)|"
    r"どういう意味(が|を持)|意味合い"
)
_EN_MEANING = re.compile(
    r"\b(means?|meant|mean) (\w+ ){0,2}to you\b|\bmean (for|to) you( personally)?\b",
    re.I,
)
# "What is a normal day like for you?" asks his days, not his feeling
_EN_ROUTINE = re.compile(r"\b(day|(?<!these )days|week|weeks|morning|mornings|routine|schedule)\b", re.I)
_EN_LIKE_FOR_YOU = re.compile(r"\b(what|how)\b[^?]{0,20}\b(is|was|'s|are|were|been)\b[^?]{0,50}\blike for you\b", re.I)
# "What is it like, carrying that on your own?", "What has it been like, carrying the shop into its
# third generation?" (r23b s09 T7, lead's play): what it is to him, not the next fact of the shop
_EN_WHAT_LIKE = re.compile(
    r"\bwhat(?: (?:is|was|has|had)|'s|’s) (it|that|this|all that|all this) (been )?like\b\s*(,|—|–|-)?\s*"
    r"(?!(?:thing|morning|evening|everything|something|nothing|anything)\b)[a-z]+ing\b",
    re.I,
)


def asks_what_like(text: str) -> bool:
    """(English) The question asks what something is like for him ("What is it like, carrying
    that on your own?")."""
    q = question_sentence(text, "en")
    return q is not None and _EN_WHAT_LIKE.search(q) is not None


# "with nothing holding you back, what would it look like a few years from now?" (r23a s03 T9): an
# obstacle taken away sets the scene for a picture; it asks no why
_EN_NO_OBSTACLE = re.compile(
    r"\b(nothing|no one|nobody|without anything|without anyone|no money worries|no constraints?)\b( \w+){0,2} "
    r"(holding|standing|stood|held|getting|got|in the way|stopping)( (you|it|them|him|things|the \w+))?( back| in the way)?",
    re.I,
)


# a question with an answer of its own (r14b): how others would take a change, what his own part
# would be, how one thing sits with another — answered, never with the next fact he would have
# told whatever was asked ("…how would the factory manager take it?" → "six people in sales")
# what someone else would say or make of it ("If your father could see the shop today, what do you
# imagine he would say?", r22a s03 T10): his guess at another's view — no future, no profile fact
EN_OTHERS_VIEW = re.compile(
    r"\bwhat\b(?![^?]{0,40}\byou (hope|want|wish|'d like|would like|expect)\b)[^?]{0,40}\b(he|she|they|him|her|your (late |own )?(father|dad|mother|mum|mom|grandfather|wife|"
    r"husband|daughter|son|chairman|staff|team|craftsmen|confectioners|customers|factory manager|people|"
    r"predecessor|founder|family))\b('d| would| might| will)? (say|think|make of|tell you)\b",
    re.I,
)
# a question on what follows a step of his days ("When she suggests something, what usually happens
# next?", r22a s03 T12): how it goes on, which no prepared fact on another topic answers
EN_PROCESS = re.compile(
    r"\bwhat (usually |normally |typically |generally |tends to |then )?(happens|happened|goes on|comes) "
    r"(next|then|after( that|wards)?|from there)\b|\bwhat do you (usually |normally )?do (then|next|about it then)\b|"
    r"\bhow does (that|it) (usually |normally )?(go|play out|end up)\b",
    re.I,
)
# "What would need to happen for that conversation to start?" (r22b s03 T9): what it would take — his
# own guess, no stock line, no fact on another topic
EN_CONDITION = re.compile(
    r"\bwhat (would|will|might) (need to|have to|it take)\b|\bwhat (needs|has|would have) to (happen|change)\b",
    re.I,
)
_EN_OWN_ANSWER = re.compile(
    r"\b(how|who|what)\b[^?]{0,80}\bwould\b[^?]{0,40}\b(take (it|that|this|a|an|the|to)\b|react|respond|handle|cope|"
    r"deal with|your (own )?(part|role|place|job))\b"
    r"|\bwhat would you want\b"
    r"|\b(sit|sits|fit|fits) (alongside|next to) (the|your|that|this)\b",
    re.I,
)


# 「次に一番手をつけたいのはどこですか」「一番誇りに思っているのは」: his own answer, which no profile
# paragraph gives (r15b: answered with the supermarket paragraph); his pride is talk on a topic
# when the persona has one (``open_answers``); 「本当に向き合いたいのは」 is his picture (future)
# (r16: 「社内でどんなことが起きそうですか」「餡を炊きながら、どんなことを考えていらっしゃるんですか」「『苦手』と感じられた
# のは、どんなところ」: his view, his guess, what goes through his mind — answered, never with his next
# prepared disclosure)
_JA_OWN_ANSWER = re.compile(
    r"手を(つけ|付け)(たい|る|ます|られ)|誇り(に思|とし|に感じ)|"
    r"(どんな|どういう|どのような)(こと|事)[^。？?]{0,8}(起き|起こ)(そう|りそう|るでしょう|ると思)|"
    r"(どんな|どういう|どのような)(こと|事)を[^。？?]{0,4}(考え|思っ|思われ)て(い|らっしゃ|おられ|おいで)|"
    r"(?<!ふ)と(感じ|思)(られ|われ|っ)?た?(の|こと)は[、,]?[^。？?]{0,10}(どんな|どういう|どの(あたり|辺))(ところ|点|とこ|あたり)"
)


def asks_why_en(text: str) -> bool:
    """(English) The question sentence asks a why ("What is it that makes the young ones go?")."""
    q = question_sentence(text, "en")
    return q is not None and _EN_WHY.search(_EN_NO_OBSTACLE.sub(" ", q)) is not None and not _EN_DECIDED.search(q)


def others_view(text: str, lang: str) -> bool:
    """(English) The question asks what someone else would say or make of it."""
    q = question_sentence(text, lang)
    return lang == "en" and q is not None and EN_OTHERS_VIEW.search(q) is not None


def asks_own_answer(text: str, lang: str) -> bool:
    """The question has an answer of its own that a fact on another topic does not give:
    "How do you think the team would take it?", "What would your own part be?",
    "How does that sit alongside the plan?", "How does that connect with …?",
    「次に一番手をつけたいのはどこですか」."""
    q = question_sentence(text, lang)
    if q is None:
        return False
    if lang == "ja":
        return _JA_OWN_ANSWER.search(q) is not None
    return bool(_EN_OWN_ANSWER.search(q) or _EN_LINK.search(q) or EN_OTHERS_VIEW.search(q) or EN_PROCESS.search(q) or EN_CONDITION.search(q))


def asks_meaning(text: str, lang: str) -> bool:
    """The question asks what something means to him ("What does the family name mean to you?",
    「社長にとってどういう意味がありますか」)."""
    q = question_sentence(text, lang)
    return q is not None and (_JA_MEANING if lang == "ja" else _EN_MEANING).search(q) is not None


_EN_FEEL_QUALIFIER = re.compile(
    r"\b(in a way )?(that|which|it|what) ('d |would |will |might |could |should )?(feels?|felt) "
    r"(right|good|natural|like (you|yours|your own|home))\b",
    re.I,
)
_EN_WHAT_FEELS = re.compile(
    r"\bwhat (feels|felt|seems|seemed) (most|more|least|like the|the most)\b|"
    # "What part of the work do you feel most attached to?" asks for a thing he values (r13b)
    r"\b(what|which)\b[^?]{0,30}\b(do|did|would) you feel (most |more |least |especially )?"
    r"(attached|proud|close|drawn|connected|responsible)\b",
    re.I,
)
# "What made you decide to apply this time?" asks his own decision, not the cause of a trouble (r11b:
# answered with why the young ones leave)
_EN_DECIDED = re.compile(
    r"\b(what made you|why did you|what led you to|why have you) (decide|choose|chose|apply|applied|come|came|"
    r"agree|agreed|take|took|want|start|started|reach|reached)\b",
    re.I,
)
# "How does that connect with the chaos in the factory?" asks how two things he told hang together:
# no picture of the future, whatever "when you picture the shop" set the scene with (r12a)
_EN_LINK = re.compile(
    # "How do those two things connect for you?" (r22b s03 T6): a pointer with a word or two after it
    r"\b(how|where) (does|do|did|would|might) (that|this|it|they|(those|these|the|both|your)( \w+){0,2}) "
    r"(connect|relate|link|tie|fit|square)s?\b|\b(connection|link) between\b",
    re.I,
)
# "Which one is the bigger problem for you?" weighs what he named (the form's two issues): his
# view, not a fact on either of them (r12b: answered with his regular customers)
_EN_WEIGH_UP = re.compile(
    r"\bwhich (one|of (them|these|those|the two|both)|(is|was|feels|seems) (the )?(bigger|more|worse|harder|most|main|biggest))\b"
    r"|\bwhich (matters|worries|weighs) (more|most)\b"
    # "Which part doesn't quite sit right?", "Which bit of it bothers you most?": his sense of it,
    # not a fact he has to look up (r13b: "Can't say exactly offhand. I'll look it up later.")
    r"|\bwhich (part|parts|bit|bits|side|aspect|piece)\b(?: of (?:\w+ ){0,2}?\w+)? (?:(?:do|does|did|is|was)(?:n't| not)? (?:you |it )?)?"
    r"(?:still |really |most |quite |just )*"
    r"(sit|sits|bother|bothers|worry|worries|weigh|weighs|nag|nags|trouble|troubles|stick|sticks|"
    r"matter|matters|feel|feels|enjoy|miss|hurt|hurts|grate|grates|irk|irks|frustrate|frustrates|"
    r"annoy|annoys|hardest|toughest|heaviest|bothering|worrying|nagging)\b",
    re.I,
)


# "A lot of little things. If you picked just one of them, which comes to mind first?": a pick
# among what he has just named, his own pick — an open question, never a fact to look up (r16a s09
# T8: "Honestly, I don't know offhand.")
# ("If you had to pick one, which customer matters most?" names what it picks among: a fact
# question on his customers still)
_EN_PICKING = r"(pick|picked|choose|chose|name|named|single out|singled out) (just |only )?(one|a single one)"
EN_PICK = re.compile(
    r"\b(if you (had to |could |were to |would )?" + _EN_PICKING + r" of (them|those|these|all that|all those)|"
    + _EN_PICKING + r",? (which|what) (would|'d|will) (it|that) be|"
    r"which (one )?(of (them|those|these) )?(comes|came|springs|sprang|jumps|jumped) (to mind|out)( first)?)\b",
    re.I,
)


# the question only asks whether the supporter got it right ("Is that a fair picture?", "Is that
# how it looks from your seat?"): a check, never a question on the future his 'picture' names
EN_CHECK = re.compile(
    r"\b(is that right|have i got (that|it|this) right|did i get (that|it|this) right|is that (about )?it|"
    r"does that sound (about )?right|is that fair|am i right|did i understand( (that|it) (right|correctly))?|"
    r"is that (a )?(fair|right|good|rough) (picture|summary|way (to put|of putting) it|description)|"
    r"is that close|is that (more or less|roughly|about) (it|right)|"
    r"is that how (it|things) (looks?|seems?|feels?|is|are|stands?)( (to|for|from) [\w\s]{1,25})?|"
    # r15a: "Does that feel right?", "…is that how you see it, or is it something else?"
    r"does that (feel|seem) (about |more or less )?(right|fair|accurate)|is that how you see it( too)?)"
    r"(,? or (is it |is there |have i |did i )?(something else|not quite|not really|not|"
    r"(something|anything) (i've |i have |i )?(missed|left out)|miss(ed)? (something|anything)))?"
    r"\b[?.!]*\s*$",
    re.I,
)


_HOW = {
    "ja": re.compile(r"(どう|いかが|どんな|如何)"),
    "en": re.compile(r"(?i)\b(how|what's it like|what is it like|what was it like)\b"),
}


def asks_how(text: str, lang: str) -> bool:
    """The question sentence asks how (「どうですか」「いかがですか」 / "how is it?"): a line that
    echoes that how (「どうって、普通に」 / "How? Ordinary") fits it; 「誰が担当するんですか」 or
    「ほかに話した人はいますか」 asks none."""
    q = question_sentence(text, lang)
    return q is not None and _HOW[lang].search(q) is not None


# "When does that feeling come up most?", "At what moments do you feel it?": a moment of his days,
# as 「どんなときに一番感じられますか」 (issue 9: the English owners answer it in kind too)
_EN_SCENE = re.compile(
    r"\bwhen (does|do|did|would) (that|this|it|the|those|these)( \w+)?( \w+)? (come up|comes up|come over you|"
    r"hit you|hits you|strike you|strikes you|creep in|creeps in|come back|comes back|show up|shows up|"
    r"get to you|gets to you|weigh on you|weighs on you|cross your mind|crosses your mind|come to you)\b|"
    r"\b(in |at )?(what|which) (kind of |sort of )?(moments?|times?|situations?)\b.{0,30}\b(feel|felt|notice|come up|comes up|hit|strike|"
    r"tied to|linked to|brings? it on|sets? it off)|"  # r14a s03: "what kind of moments is it usually tied to?"
    r"\bwhen (do|did) you (feel|notice) (it|that|this)( most)?\b|"
    # r17b s08 T5: "Heavy, maybe. When does it feel heaviest?" → "There might be some of that."
    r"\bwhen (does|do|did|is|was|would) (it|that|this|things|the (weight|pressure|load))( \w+)?( \w+)? "
    r"(\w{3,}iest|\w{4,}est|most|worst|at (its|their) \w+)\b|"
    r"\bwhen (do|did) you (feel|notice) (it|that|this|the \w+) (the )?(most|\w{3,}iest|\w{4,}est)\b",
    re.I,
)


# "When you say 'slowly shrink', what are you seeing that makes you feel that?": the signs he
# sees in his days, a moment of them, not his why (r16a s09 T2: "Our way of doing things is old")
# a glad moment asked (「やりがいを感じるのは」「よかったと思えるのは」, "What do you enjoy most…"):
# not the moment a worry comes up
_JA_GLAD = re.compile(
    r"やりがい|やり甲斐|嬉し|うれし|楽し|誇らし|誇り|ほっと|(よ|良)かった(と|って)|好き|面白|おもしろ|喜び|手応え|報われ"
)
_EN_GLAD = re.compile(r"\b(rewarding|enjoy\w*|happ(y|iest)|proud\w*|best part|love|fun|satisf\w*|glad)\b", re.I)
_EN_SIGNS = re.compile(
    r"\bwhat (are|do|did|have) you (been )?(seeing|see|saw|seen|noticing|notice|noticed)\b(?! as\b)[^?]{0,30}?"
    r"\b(makes?|made|tells?|told|gives?|gave) you\b",
    re.I,
)


# "When you picture the orders arriving, who do you see handling them?" asks for a person, not
# his picture of the future its scene-setting 'picture' names (r20a s06 t9)
_EN_WHO = re.compile(r"\bwho\b", re.I)


def ask_kind(text: str, lang: str) -> AskKind:
    """The answer asked for: fact, yes/no, or talk (feeling, future, opinion, or ``open``)."""
    q = question_sentence(text, lang)
    if q is None:
        return "none"
    form = form_of(q, lang)
    ja = lang == "ja"
    if not ja and EN_CHECK.search(q.strip()):
        return form  # "Is that a fair picture?" checks his words; it asks no future
    if form == "fact":  # 「5年後、社員は何人にしたいですか」 asks a wish, not today's headcount
        return "future" if wishes(q, lang) and (ja or not _EN_WHO.search(q)) else "fact"
    # a moment of joy or pride (「やりがいを感じるのは、どんなときですか」) is no moment of his worry:
    # his scene lines (the lights off at night, the bankbook before payday) answer only the heavy kind
    glad = (_JA_GLAD if ja else _EN_GLAD).search(q) is not None
    if ja and form == "open" and _JA_SCENE.search(q) and not _JA_WHY.search(q) and not glad:
        return "scene"  # 「どんなときに一番感じられますか」 asks a moment, not 「気持ち、ですか」
    if not ja and form == "open" and ((_EN_SCENE.search(q) and not _EN_WHY.search(q)) or _EN_SIGNS.search(q)) and not glad:
        return "scene"  # "When does that feeling come up most?" asks a moment, not his feeling
    if not ja and (_EN_WEIGH_UP.search(q) or EN_PICK.search(q)):
        return "opinion"  # "Which one is the bigger worry for you?" weighs two things: his view
    if ja or not _EN_WHAT_FEELS.search(q):
        # "…ten years from now, in a way that would feel right to you, what would it look like?":
        # the feeling qualifies the picture asked for; it asks no feeling (r12a)
        feeling = (_JA_FEELING if ja else _EN_FEELING).search(q if ja else _EN_FEEL_QUALIFIER.sub(" ", q))
    else:
        feeling = None  # "what feels most uncertain?" asks for a thing, not a feeling
    if ja and feeling is None and _JA_MEANING.search(q):
        feeling = _JA_MEANING.search(q)  # 「社長にとってどういう意味が」: what it is to him
    if not ja and feeling is None and (_EN_MEANING.search(q) or ((_EN_LIKE_FOR_YOU.search(q) or _EN_WHAT_LIKE.search(q)) and not _EN_ROUTINE.search(q))):
        feeling = _EN_MEANING.search(q) or _EN_LIKE_FOR_YOU.search(q) or _EN_WHAT_LIKE.search(q)  # what it is to him: his feeling
    if feeling and not ja and _EN_WHEN_YOU_SAY.search(q) and _EN_MIND_ONLY.fullmatch(feeling.group(0)):
        # "When you say our way of doing things, what comes to mind?" asks what his words stand
        # for, not how he feels (r21a s09 T6: "…Well, I'm in a hurry, I'll admit that much.")
        feeling = None
    if feeling and not (_JA_CAUSE if ja else _EN_CAUSE).search(q) and not (
        _JA_WHY if ja else _EN_WHY
    ).search(q):
        return "feeling"  # 「何が違うと感じますか」 after 「原因のほうを」 asks a cause, not a feeling
    if ja and _JA_SOURCE.search(q):
        return form  # 「注文はどこから来ていることが多いですか」 asks where from, not why (r15b)
    if form == "open" and (_JA_WHY.search(q) if ja else _EN_WHY.search(_EN_NO_OBSTACLE.sub(" ", q))) and (ja or not _EN_DECIDED.search(q)):
        return "cause"  # "What's standing in the way?" / "Where does it leak out?"
    if not ja and _EN_LINK.search(q):
        return "open"  # "When you picture the shop, how does that connect with …?": no future
    if not ja and EN_OTHERS_VIEW.search(q):
        return "opinion"  # "…what do you imagine he would say?": his guess at another's view, no future
    if (_JA_FUTURE if ja else _EN_FUTURE).search(q) and (ja or not _EN_WHO.search(q)) and not (
        ja and _past_supposed(q)
    ):
        return "future"
    if (_JA_OPINION if ja else _EN_OPINION).search(q):
        return "opinion"
    return form
