"""Small text helpers of the scorer: lengths, phrase search, clipping very long texts."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..acts import Utterance
from ..i18n import Lang

HEAD_CHARS = 2000
TAIL_CHARS = 2000
MAX_CONTEXT_TURNS = 80
_WORD_RE = re.compile(r"[A-Za-z0-9']+")
_SPACE_RE = re.compile(r"\s+")


def measure(text: str, lang: Lang) -> int:
    """Length as the rubrics count it: characters without spaces (ja) or words (en)."""
    if lang == "en":
        return len(_WORD_RE.findall(text))
    return len(_SPACE_RE.sub("", text))


def find_phrases(text: str, phrases: Iterable[str], lang: Lang) -> list[str]:
    """The phrases that occur in ``text``, as written there (case-insensitive in English)."""
    found: list[str] = []
    haystack = text.lower() if lang == "en" else text
    for phrase in phrases:
        needle = phrase.lower() if lang == "en" else phrase
        if not needle:
            continue
        at = haystack.find(needle)
        if at >= 0:
            surface = text[at : at + len(needle)]
            if surface not in found:
                found.append(surface)
    return found


def clip_text(text: str, head: int = HEAD_CHARS, tail: int = TAIL_CHARS) -> tuple[str, bool]:
    """Keep the first ``head`` and last ``tail`` characters of a very long text.

    Returns the text to analyse and whether it was shortened.
    """
    if len(text) <= head + tail + 200:
        return text, False
    return f"{text[:head]}\n…\n{text[-tail:]}", True


def clip_context(
    context: Sequence[Utterance], max_turns: int = MAX_CONTEXT_TURNS
) -> tuple[list[Utterance], int]:
    """The last ``max_turns`` turns, each clipped; also the number of turns dropped in front."""
    dropped = max(0, len(context) - max_turns)
    kept: list[Utterance] = []
    for u in context[dropped:]:
        text, cut = clip_text(u.text)
        kept.append(u if not cut else Utterance(speaker=u.speaker, text=text))
    return kept, dropped


def last_owner_text(context: Sequence[Utterance]) -> str:
    for u in reversed(context):
        if u.speaker == "owner":
            return u.text
    return ""


def truncation_note(lang: Lang) -> str:
    if lang == "en":
        return f"(long utterance: only the first and last {HEAD_CHARS:,} characters were analysed)"
    return f"（長文のため、先頭と末尾の各{HEAD_CHARS:,}字のみ分析）"


def join_words(words: Sequence[str], lang: Lang) -> str:
    return ("、" if lang == "ja" else ", ").join(words)


# where a clause of what the trainee typed ends: a sentence end, a comma, a line break
_CLAUSE_END = {"ja": "。！？!?、\n", "en": ".!?;,:\n"}
CLAUSE_CHARS = {"ja": 60, "en": 160}


def _clauses(text: str, lang: Lang) -> list[tuple[int, int]]:
    """(start, end) of each clause of ``text``, its closing mark included, spaces trimmed."""
    ends = _CLAUSE_END[lang]
    out: list[tuple[int, int]] = []
    start = 0
    for i, ch in enumerate(text):
        if ch in ends and (i + 1 == len(text) or text[i + 1] not in ends):
            out.append((start, i + 1))
            start = i + 1
    if start < len(text):
        out.append((start, len(text)))
    trimmed = []
    for a, b in out:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            trimmed.append((a, b))
    return trimmed


def clause_span(text: str, items: Sequence[str], lang: Lang) -> str | None:
    """The whole clauses of ``text`` that hold ``items`` (pieces of it the analyser matched), as
    one substring of ``text``: from the first such clause to the last when that stays short, else
    the first one alone. None when no item is found in ``text``."""
    clauses = _clauses(text, lang)
    hit: list[int] = []
    haystack = text.lower() if lang == "en" else text
    for item in items:
        needle = (item.lower() if lang == "en" else item).strip(" 、,。.")
        if not needle:
            continue
        at = haystack.find(needle)
        if at < 0:
            continue
        hit += [k for k, (a, b) in enumerate(clauses) if a < at + len(needle) and at < b]
    if not hit:
        return None
    first, last = min(hit), max(hit)
    start, end = clauses[first][0], clauses[last][1]
    if end - start > CLAUSE_CHARS[lang]:
        start, end = clauses[first]
    return text[start:end]


_SENTENCE = {"ja": re.compile(r"[^。！？!?\n]+[。！？!?\n]*"), "en": re.compile(r"[^.!?\n]+[.!?\n]*")}
_ASKS = {
    # 「…どんな感じなんでしょう。」: a question word with でしょう asks too (r10a s07 T4)
    "ja": re.compile(
        r"([？?]|(か|かね|でしょうか)[。]?|(どう|どんな|どの|何|なに|なぜ|どこ|いつ|誰)[^。]*でしょう[。]?)\s*$"
    ),
    "en": re.compile(r"\?[\"'”’)]*\s*$"),
}


def question_span(text: str, items: Sequence[str], lang: Lang) -> str | None:
    """The question of ``text`` that a question act's evidence stands for: the first question
    sentence holding one of ``items`` (or the only question sentence), whole when short, else
    its last clause, which carries the question. None when the text asks nothing."""
    hay = text.lower() if lang == "en" else text
    asks = [(m.start(), m.end()) for m in _SENTENCE[lang].finditer(text) if _ASKS[lang].search(m.group(0))]
    if not asks:
        return None
    needles = [(i.lower() if lang == "en" else i).strip(" 、,。.") for i in items]
    held = [(a, b) for a, b in asks if any(n and n in hay[a:b] for n in needles)]
    if not held and len(asks) > 1:
        return None
    a, b = (held or asks)[0]
    if b - a > CLAUSE_CHARS[lang]:
        inner = [(x, y) for x, y in _clauses(text, lang) if a <= x and y <= b]
        a = inner[-1][0] if inner else a
    return text[a:b].strip()


def whole_sentence(span: str, text: str, lang: Lang) -> str:
    """``span`` cut at a comma ("What is it," from "What is it, do you think, that makes it feel
    that way?", r23b s06 T2) read as its whole sentence when that stays short, else without the
    comma it was cut at."""
    if not span.rstrip().endswith((",", "、", ";", ":")):
        return span
    at = text.find(span)
    for m in _SENTENCE[lang].finditer(text):
        if at >= 0 and m.start() <= at and at + len(span) <= m.end():
            whole = m.group(0).strip()
            if len(whole) <= CLAUSE_CHARS[lang]:
                return whole
            break
    return span.rstrip().rstrip(",、;:")


def in_question(span: str, text: str, lang: Lang) -> bool:
    """``span`` lies in a question sentence of ``text``."""
    at = text.find(span)
    if at < 0:
        return False
    return any(
        m.start() <= at and at + len(span) <= m.end() and _ASKS[lang].search(m.group(0))
        for m in _SENTENCE[lang].finditer(text)
    )


# the turn opens by owning the misstep (「失礼しました」「すみません、言葉が足りませんでした」 "Sorry, I
# jumped ahead"): the owner's impatience is acknowledged before the question (playtest r7b s05)
_APOLOGY = {
    # 「いえ、こちらこそ言葉が先走りました。失礼しました。…」 owns it too (t10 f003/f004)
    "ja": re.compile(
        r"^\W*((いえ|いや|あっ?|ああ)[、,\s]*)?(こちらこそ[、,\s]*)?"
        r"(失礼(しました|いたしました)|すみません|すいません|申し訳(ありません|ございません)|ごめんなさい|"
        r"(おっしゃる|仰る)とおり|ごもっとも)|"
        r"^\W*((いえ|いや|あっ?|ああ)[、,\s]*)?(こちらこそ[、,\s]*)?[^。？！]{0,12}"
        r"(先走り|決めつけ|言い過ぎ|出過ぎ)(まし|てしまいまし|ちゃいまし)た"
    ),
    "en": re.compile(
        r"^\W*(sorry|i'm sorry|i am sorry|my apologies|apologies|i apologi[sz]e|pardon me|"
        r"fair (enough|point)|you're right|point taken)\b",
        re.I,
    ),
}


def apologises(text: str, lang: Lang) -> bool:
    """The turn opens with an apology or by granting the owner's point."""
    return bool(_APOLOGY["en" if lang == "en" else "ja"].search(text))


# a request that asks (「聞かせてください」 "Could you tell me …"), a question too for following up
_PROMPTS = {
    "ja": re.compile(r"(ください|下さい|いただけ(ます|ません)か|頂け(ます|ません)か|もらえ(ます|ません)か)[。！]?\s*$"),
    "en": re.compile(r"^\s*(please )?(tell|walk) me\b|\?", re.I),
}
# a request to do something oneself (「条件は後ほど確認させてください」「整理させてください」): asks
# him nothing (r11b s07 T4); 「聞かせてください」 still asks
_SELF_REQUEST = re.compile(r"(?<!聞か)(?<!話さ)させて(ください|下さい|いただ|頂|もら)")


def _asks(sentence: str, lang: Lang) -> bool:
    """The sentence asks him something: a question, or a prompt to tell (not a self-request)."""
    if _ASKS[lang].search(sentence):
        return True
    return bool(_PROMPTS[lang].search(sentence)) and not (lang == "ja" and _SELF_REQUEST.search(sentence))


def followed_up(picked: Sequence[str], text: str, lang: Lang) -> list[str] | None:
    """Of the owner's words the turn picks up, those its question follows up: said in a question
    sentence. His words given back before it (a reflection, thanks, a compliment, a reassurance)
    are picked up, not dug into (playtests r9a s01 T2, r10a/b: 「配送」「受注」 echoed, the question
    on 「一日が終わる感じ」). None when the turn holds no question sentence to judge by."""
    sents = [m.group(0) for m in _SENTENCE[lang].finditer(text) if m.group(0).strip()]
    asks = [s for s in sents if _asks(s, lang)]
    if not asks:
        return None

    def found(p: str, hay: str) -> bool:
        if lang == "en":
            # his "sweet" given back as "the sweets": placed where it was said, in its plural or
            # possessive too (r22b s03 T2: never "follow-up on a keyword" for a word only echoed)
            return re.search(rf"\b{re.escape(p.lower())}(s|es|'s)?\b", hay.lower()) is not None
        return p in hay

    # a word given back in other words (「売上」 for his 「売上向上」) cannot be placed: followed —
    # unless the words it is made of stand outside the question only (his 「FAXの対応」 for her 「電話と
    # FAX、」 listed before a question on 「会長に報告」: echoed, not dug into, r22b s05 T3)
    asked = "\n".join(asks)
    rest = "\n".join(s for s in sents if s not in asks)

    def outside(p: str) -> bool:
        parts = _PARTS.findall(p) if lang == "ja" else [w for w in re.findall(r"[A-Za-z']{3,}", p)]
        return bool(parts) and any(found(x, rest) for x in parts) and not any(found(x, asked) for x in parts)

    return [p for p in picked if found(p, asked) or (not found(p, text) and not outside(p))]


_PARTS = re.compile(r"[A-Za-z]{2,}|[\u30a0-\u30ff]{2,}|[\u4e00-\u9fff]{2,}")


# his word the question is about: the topic of the question (「Xは」「Xというのは」「Xについて」
# 「Xって」「Xの部分」, "about X", "X mean")
_JA_TOPIC_AFTER = re.compile(r"^(さん|様)?(の[^、。？?]{0,6}?)?(というのは|っていうのは|とは|については|について|って|は|の部分|のこと|のところ|の中)")
_JA_CONCESSION = re.compile(r"(が|けど|けれど|けれども|ものの)、")
_EN_TOPIC = r"\b(about|by|with|on) (the |your |that |those |this )?{w}\b|\b{w}s? (means?|is like|looks? like)\b"
MAX_DUG = 2


_JA_OPENS_ON = re.compile(r"^(その)?[『「]?(?P<p>[^、。『』「」]{3,20}?)[』」]?、?(というのは|っていうのは|というと)")


# a question that opens by pointing back at the sentence before it (「それが…」「そのことは…」
# "How does that fit with…?")
_POINTS_BACK = {
    # (not a check of a recap: 「それで合っていますか」「そういうことでしょうか」 "Is that right?")
    "ja": re.compile(r"^(それ(が|は|を|って|と|に)(?!合って|あって|正しい|間違い)|そのこと(が|は|を|って))"),
    "en": re.compile(r"^\W*((and|so|but)\s+)?(how|what|why|where|when)\s+(does|do|did|is|was|would)?\s*(that|this)\b", re.I),
}
_RUN_MIN = {"ja": 6, "en": 3}  # characters (ja) or words (en) of a phrase of his given back whole


def _longest_said(sentence: str, said: str, lang: Lang) -> str | None:
    """The longest phrase of the sentence he said as it stands (at least ``_RUN_MIN``), or None."""
    if lang == "en":
        words = re.findall(r"[A-Za-z'-]+", sentence)
        low = " ".join(re.findall(r"[A-Za-z'-]+", said.lower()))
        for size in range(len(words), _RUN_MIN["en"] - 1, -1):
            for i in range(len(words) - size + 1):
                piece = " ".join(words[i : i + size])
                if re.search(rf"\b{re.escape(piece.lower())}\b", low):
                    # his phrase, not the clause frame around it ("want a place…" → "a place…")
                    trimmed = re.sub(_EN_FRAME, "", piece, flags=re.I)
                    return trimmed if len(trimmed.split()) >= _RUN_MIN["en"] else None
        return None
    parts = [p for p in re.split(r"[、。，．・…！？!?「」『』\s]+", sentence) if p]
    best = ""
    for part in parts:
        for i in range(len(part)):
            for j in range(len(part), i + max(_RUN_MIN["ja"], len(best) + 1) - 1, -1):
                piece = part[i:j]
                if len(re.findall(r"[\u4e00-\u9fff\u30a0-\u30ff]", piece)) >= 2 and piece in said:
                    best = piece
                    break
    best = re.sub(r"^[がはをにのでともへや]+", "", best)  # 「がちゃんと…」: the particle is not his phrase
    best = ja_readable_end(best, said) if best else best
    return best if len(best) >= _RUN_MIN["ja"] else None


# how a Japanese verb, adjective or auxiliary may close a phrase given back whole
_JA_CLOSING_FORMS = ("終止形", "連体形")
_JA_PREDICATE_POS = frozenset({"動詞", "形容詞", "助動詞"})


def ja_reads_whole(phrase: str) -> bool:
    """A Japanese phrase that ends on a noun or on a verb, an adjective or an auxiliary in a form
    that closes (「調達先を見直していく」「毎日同じことをしている」), never on a stem, a
    connective or a particle (「…が減っ」「暖簾は守っても」)."""
    try:
        from ..analysis.japanese import tagged
    except Exception:  # the analyser is optional for the scorer
        return True
    toks = [t for t in tagged(phrase) if t[2][0] not in ("空白", "補助記号")]
    if not toks or toks[0][2][0] in ("助詞", "助動詞"):
        return False
    pos, form = toks[-1][2][0], toks[-1][2][5]
    if pos in _JA_PREDICATE_POS:
        return form.startswith(_JA_CLOSING_FORMS)
    return pos in ("名詞", "接尾辞", "形状詞")


def ja_readable_end(phrase: str, said: str) -> str:
    """``phrase`` (a run of the owner's ``said`` text) closed where a word of his closes in a form
    that reads: a run cut at a verb's stem (「…人が減っ」 of his 「…人が減っとるんやろうね」) runs on
    over his auxiliaries to the form he said (『…人が減っとる』); where it cannot, it ends on its
    last noun (r20b s03 T8: never 『お遣いものに和菓子を使う人が減っ』). Unchanged when it already
    ends on a noun or a closing form, or when the analyser is missing."""
    try:
        from ..analysis.japanese import tagged
    except Exception:  # the analyser is optional for the scorer
        return phrase
    at = said.find(phrase)
    if at < 0:
        return phrase
    start = said.rfind("\n", 0, at) + 1
    stop = said.find("\n", at)
    line = said[start : len(said) if stop < 0 else stop]
    lo, hi = at - start, at - start + len(phrase)
    toks: list[tuple[int, int, str, tuple[str, ...]]] = []
    pos = 0
    for surface, _, tags in tagged(line):
        found = line.find(surface, pos)
        if found < 0:
            return phrase
        pos = found + len(surface)
        toks.append((found, pos, surface, tuple(tags)))
    inside = [k for k, t in enumerate(toks) if t[0] >= lo and t[0] < hi]
    if not inside:
        return phrase
    last = inside[-1]

    def closes(k: int) -> bool:
        tags = toks[k][3]
        return tags[0] in _JA_PREDICATE_POS and tags[5].startswith(_JA_CLOSING_FORMS)

    def nominal(k: int) -> bool:
        return toks[k][3][0] in ("名詞", "接尾辞")

    if toks[last][1] == hi and (nominal(last) or closes(last) or toks[last][3][0] not in _JA_PREDICATE_POS):
        return phrase
    if toks[last][3][0] in _JA_PREDICATE_POS or toks[last][1] != hi:
        k = last
        while k + 1 < len(toks) and not closes(k) and toks[k + 1][0] - toks[k][1] == 0:
            nxt = toks[k + 1][3]
            if nxt[0] == "助動詞" or (nxt[0] == "助詞" and nxt[1] == "接続助詞" and toks[k + 1][2] in ("て", "で")) or (
                nxt[0] == "動詞" and nxt[1] == "非自立可能"
            ):
                k += 1
                continue
            break
        if closes(k) and toks[k][1] - lo <= len(phrase) + 6:
            return line[lo : toks[k][1]]
    # no form that reads: back to the last noun, without the particle after it
    for k in reversed(inside):
        if nominal(k) and toks[k][1] <= hi:
            return line[lo : toks[k][1]]
    return ""


_EN_FRAME = r"^((i|you|we|he|she|they|just|really|also|so|and|but|to|want|wants|wanted|need|needs|would|like|that)\s+)+"


def dug_into(
    picked: Sequence[str], text: str, context: Sequence[Utterance], lang: Lang
) -> list[str] | None:
    """The owner's words the turn's question digs into, the one it is about first, at most two:
    a phrase of his the trainee quotes in the question or in the sentence leading into it (
    「その『ことになっている』という言い方が気になりました。実際は…」: the phrase whole), then his
    words picked up in the question sentence, its topic first. His words given back only before a
    question on something else are not among them (:func:`followed_up`). None when the turn
    holds no question sentence to judge by."""
    from .quote_words import quoted_said

    sents = [m.group(0) for m in _SENTENCE[lang].finditer(text) if m.group(0).strip()]
    ask_at = [k for k, x in enumerate(sents) if _asks(x, lang)]
    if not ask_at:
        return None
    asks = [sents[k] for k in ask_at]
    leading = [sents[k - 1] for k in ask_at if k > 0 and (k - 1) not in ask_at]
    out: list[str] = []
    from .points import trainee_first  # points builds on the quote modules
    from .quotes import JA_FILLER

    for sentence in asks + leading:
        out += [
            q
            for q in quoted_said(sentence, context, lang)
            # never a filler (『気持ち』『お客さん』) or the trainee's own word he echoed
            if q not in out and q not in JA_FILLER and not trainee_first(q, context)
        ]
    # 「社員の方がちゃんと続けて働ける会社であってほしい。それがDXの話と…どうつながって…」: a question
    # that opens on 「それ」 "that" asks about the sentence before it, so his phrase given back there is
    # what it digs into, first (r17a s04 T5: never 『DX』, a word the question only links it to)
    back = [
        sents[k - 1]
        for k in ask_at
        if k > 0 and (k - 1) not in ask_at and _POINTS_BACK[lang].search(sents[k].strip())
    ]
    said_all = "\n".join(u.text for u in context if u.speaker == "owner")
    for sentence in back:
        run = _longest_said(sentence, said_all, lang)
        if run and all(run not in q for q in out):
            out = [run, *(q for q in out if q not in run)]
    if lang == "ja":
        # 「目の届く範囲、というのは、…どこまでのことなんですか」: the phrase of his the question
        # opens on is what it digs into, quoted or not (r16b s05 T3, never 『名古屋の百貨店さん』
        # given back two sentences before)
        said = "\n".join(u.text for u in context if u.speaker == "owner")
        opened = [
            m.group("p")
            for m in (_JA_OPENS_ON.match(x.strip()) for x in asks)
            if m and m.group("p") in said
        ]
        if opened:
            return [*opened, *(q for q in out if q not in opened)][:MAX_DUG]
    question = "\n".join(asks)
    ranked: list[tuple[int, int, str]] = []
    for p in followed_up(picked, text, lang) or []:
        if any(p in q or q in p for q in out):
            continue
        if lang == "en":
            w = re.escape(p.lower())
            m = re.search(rf"\b{w}\b", question.lower())
            topic = bool(m and re.search(_EN_TOPIC.format(w=w), question.lower()))
        else:
            m = re.search(re.escape(p), question)
            # a topic of the main clause: not of a concession before it (「Xのことも気になりますが、」)
            main = max((c.end() for c in _JA_CONCESSION.finditer(question)), default=0)
            topic = bool(m and m.start() >= main and _JA_TOPIC_AFTER.match(question[m.end() :]))
        ranked.append((0 if topic else 1, m.start() if m else len(question), p))
    out += [p for _, _, p in sorted(ranked)]
    from .quote_words import en_function_only, ja_open_clause

    # "we didn't", 「会長がいなくても」: no word of his (r22a s03 T8, r20b s05 T10)
    out = [p for p in out if not (en_function_only(p) if lang == "en" else ja_open_clause(p))]
    return out[:MAX_DUG]
