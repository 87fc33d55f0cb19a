"""Checks the end-of-session report makes on a turn's text before it praises or lists it.

The analyser labels each turn; the report adds three narrow readings an instructor makes at once
and that a list of strengths or a rewrite example must respect (issue 8, round 4):

- a move of the supporter's own that is never a strength, whatever else the turn did: a request
  for the owner's documents justified by the advice the supporter could then give, a tag question
  that asks the owner to confirm the supporter's assumption (「DXも考えているんですよね？」, "…, right?"),
  and the supporter's opinion of the owner's trade or of people in general presented as empathy
  (「若い人は和菓子を食べないですし」);
- a clarification of the supporter's own question (「質問が分かりにくかったですね」, "I meant, …") is
  not a jump to another topic;
- a rewrite example is reprinted only when each word it quotes is the owner's: said by the owner
  before that turn, a noun phrase (not a unit, an adjective or a scrap), not his or his company's
  name, not a topic he refused, and not a person where the example asks how a matter "went well".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .acts import Utterance
from .i18n import Lang

_OWN_MOVES: dict[str, list[tuple[str, re.Pattern[str]]]] = {
    "ja": [
        # 「決算書は見せていただけますか？数字を見ればもっと具体的にアドバイスできる」
        ("request", re.compile(r"(見せて|出して|開示して|提出して)(いただけ|もらえ|ください)")),
        ("advice_offer", re.compile(r"(アドバイス|助言|提案)(が)?(でき|させて|いたし)")),
        # a tag question confirming the supporter's assumption
        (
            "assumption",
            re.compile(r"(ている|てる|でいる|考えている|思っている)?(ん|の)ですよね[？?]"),
        ),
        ("assumption", re.compile(r"(でしょう|じゃないですか|ではないですか)[？?]")),
        # the supporter's view of the trade or of people in general (「若い人は…ないですし」)
        (
            "opinion",
            re.compile(
                r"どこも(厳し|大変|苦し|同じ)|"
                r"若い(人|子|世代)(は|って)[^。！？]*ない(です|でしょう|し|から|よね)|"
                r"(普通は|一般的に)[^。！？]*(ます|です)(よ|ね)"
            ),
        ),
    ],
    "en": [
        (
            "request",
            re.compile(
                r"\b(show|send|share|give) (me|us) (your|the) "
                r"(financial|accounts|figures|numbers|books|statements)",
                re.I,
            ),
        ),
        (
            "advice_offer",
            re.compile(
                r"\b(give|offer) you (more |better |concrete |specific )+"
                r"(advice|suggestions)",
                re.I,
            ),
        ),
        (
            "assumption",
            re.compile(
                r"[,—-] *(right|isn't it|aren't you|don't you|doesn't it|"
                r"didn't you|wasn't it)\?",
                re.I,
            ),
        ),
        (
            "opinion",
            re.compile(
                r"\b(young people|kids|people) (these days |nowadays )?(don't|do not|never|"
                r"won't|aren't)\b|\bmost (companies|shops|firms) (are|have|do|use)\b|"
                r"\beveryone (knows|does|is doing)\b",
                re.I,
            ),
        ),
    ],
}

_CLARIFIES: dict[str, re.Pattern[str]] = {
    "ja": re.compile(
        r"(質問|聞き方|言い方|伺い方)が(分かりにく|わかりにく|悪|まず|不十分)|"
        r"お聞きしたかったのは|伺いたかったのは|言いたかったのは|"
        r"(分かりにく|わかりにく)い(質問|聞き方)"
    ),
    "en": re.compile(
        r"\b(I meant|what I meant|I wasn't clear|I was not clear|let me rephrase|"
        r"let me put it another way|to put it another way|what I was asking)\b",
        re.I,
    ),
}


def own_moves(text: str, lang: Lang) -> list[str]:
    """The supporter's own moves in ``text`` that are never a strength (see the module doc)."""
    return sorted({kind for kind, rx in _OWN_MOVES[lang] if rx.search(text)})


# a question that asks for a figure (a count, an amount, a share, a budget): fact-finding the
# supporter may need, but no listening move an instructor would hold up as a strength
# (「何社くらいと取引されていますか？」, "So, what's your budget?": r10a s04 T3, s08 T4)
_FIGURE = {
    # (asked with 「？」 or with a plain 「…ですか。」: 「職人さんは今何人いらっしゃるんですか。」)
    "ja": re.compile(
        r"(何(社|人|名|割|件|個|台|年|か月|ヶ月|カ月|回|店|%|パーセント)|いくら|予算|"
        r"(売上|年商|利益|割合|比率|人数|金額|費用|コスト)(は|って|の方は)?(どのくらい|どれくらい|どの程度|いかほど))"
        r"[^。？?]*(?:[？?]|か。|か$)"
    ),
    "en": re.compile(
        r"\b(how (many|much)|what(?:'s| is| was) (?:your |the )?(budget|turnover|revenue|"
        r"margin|share|percentage|headcount)|what percentage|what share)\b[^.?!]*\?",
        re.I,
    ),
}


def asks_figure(text: str, lang: Lang) -> bool:
    """A question of the turn asks for a figure (see ``_FIGURE``)."""
    return bool(_FIGURE[lang].search(text))


_SENTENCE = re.compile(r"[^。？?！!.]*[。？?！!.]?")
_WH = {
    "ja": re.compile(
        # (「…なんですか」 is the copula, no question word: 「自社便なんですか？」 asks yes or no)
        # (「どなたが担うイメージをお持ちですか」 asks who: an open question, r18b s04 T10, s05 T4)
        r"何|なに|なん(?!です|でしょ|だ)|どう|どんな|どの|どこ|どちら|どれ|なぜ|いつ|誰|だれ|どなた(?!か|も)|"
        r"いかが|いくら"
    ),
    "en": re.compile(r"$^"),  # an English yes/no question is read from its first word
}
_EMBEDDED = re.compile(r"という|といった|って(いう|いった)")
_ASKS_JA = re.compile(r"(か|の)[？?]$|[？?]$|ですか。$|ますか。$")
_YES_NO_EN = re.compile(
    r"^(?:(?:so|and|also|then|but|ok|okay|well)[, ]+)*"
    r"(do|does|did|is|are|was|were|have|has|had|can|could|would|will|should|may|might|"
    r"isn't|aren't|don't|doesn't|didn't|haven't|hasn't|wouldn't|won't)\b",
    re.I,
)
# an invitation to talk, asked as a yes/no question: 「聞かせていただけますか」 "Could you tell me …?"
_INVITES = {
    "ja": re.compile(r"(聞かせ|教え|お話し|話し|話して)(て)?(いただけ|もらえ|くださ|ください)"),
    "en": re.compile(
        r"\b(could|would|can|will) you (please )?(tell|share|describe|talk|say|walk|explain|"
        r"give me)\b|\bis there anything\b",
        re.I,
    ),
}


def ends_closed(text: str, lang: Lang) -> bool:
    """The turn's last question is a yes/no question (「本店と比べて多いですか？」, "Have you
    checked …?"), whatever act labels the turn carries; an invitation to talk (「聞かせて
    いただけますか」, "Could you tell me …?") is no yes/no question."""
    sentences = [m.group(0).strip() for m in _SENTENCE.finditer(text) if m.group(0).strip()]
    if lang == "ja":
        asked = [s for s in sentences if _ASKS_JA.search(s)]
    else:
        asked = [s for s in sentences if s.endswith("?")]
    if not asked:
        return False
    last = asked[-1]
    if _INVITES[lang].search(last):
        return False
    if lang == "ja":
        # a question word inside a quoted clause asks nothing: 「どうしていきたいというビジョンは
        # お持ちですか」 asks yes or no
        asked_part = _EMBEDDED.split(last)[-1]
        return not _WH["ja"].search(asked_part)
    return bool(_YES_NO_EN.search(last))


def clarifies_own_question(text: str, lang: Lang) -> bool:
    """The trainee rephrases or clarifies his own previous question."""
    return bool(_CLARIFIES[lang].search(text))


# ---------------------------------------------------------------- rewrite examples

_QUOTED = re.compile(r"『([^』]+)』|“([^”]+)”|\"([^\"]+)\"")
_UNITS = re.compile(
    r"^(per ?cent|percent|yen|man-yen|%|[0-9０-９]+.*|何.*|.*(割|円|人|年|回|件|個|社|%))$",
    re.I,
)
_KANA_ONLY = re.compile(r"^[\u3040-\u309f]+$")
PEOPLE = frozenset(
    {
        "会長",
        "社長",
        "父",
        "親父",
        "息子",
        "娘",
        "部長",
        "常務",
        "専務",
        "工場長",
        "職人",
        "chairman",
        "father",
        "dad",
        "son",
        "daughter",
        "president",
        "manager",
        "boss",
    }
)
# templates that ask how a matter would go: a person there makes no sense (「『会長』のことが
# うまくいったら」, 'if things went well with "chairman"')
_OUTCOME = re.compile(r"うまくいったら|went well with|goes well with", re.I)


# the owner refuses in so many words (besides scoring.limits' refusals): 「決算書は出さない」
_REFUSES = {
    "ja": re.compile(
        r"(出さ|見せ|話さ|言わ|教え)(ない|ん|ねえ)|(出す|見せる)(つもり|気)は(ない|ありません)"
    ),
    "en": re.compile(
        r"\b(won't|will not|not going to|never) (show|share|give|hand over|talk about)\b", re.I
    ),
}


def _refused(word: str, owner: Sequence[str], lang: Lang) -> bool:
    low = word.lower()
    for text in owner:
        for part in re.split(r"(?<=[。.!?！？])\s*", text):
            if low in part.lower() and _REFUSES[lang].search(part):
                return True
    return False


# a person is a point only where the example echoes what the owner said about him
_ECHO = re.compile(r"おっしゃ|と言われ|you mentioned|you said", re.I)


def _predicative(word: str, owner: Sequence[str]) -> bool:
    """An English word the owner used as an adjective ("it's difficult"): not a topic to quote."""
    rx = re.compile(
        r"\b(is|are|was|were|'s|’s|so|too|very|more|quite|pretty|really|be|been|feels?|seems?|"
        r"bit|little)\s+" + re.escape(word) + r"\b",
        re.I,
    )
    return any(rx.search(t) for t in owner)


# what the owner wants (「ネットで売りたい」, "I'd like to …"): the only matter an example may ask
# to picture going well
_WISH = {
    "ja": re.compile(r"たい|目指|したら|できれば|なれば|ようにしたい"),
    "en": re.compile(r"\b(want|wants|wanted|would like|'d like|hope|hoping|wish|aim|plan)\b", re.I),
}


def _wished(word: str, owner: Sequence[str], lang: Lang) -> bool:
    low = word.lower()
    for text in owner:
        for part in re.split(r"(?<=[。.!?！？])\s*", text):
            if low in part.lower() and _WISH[lang].search(part):
                return True
    return False


# what a trainee quotes as the owner's words: 「…」『…』 (ja), “…” "…" (en)
_CITED = re.compile(r"「([^」]+)」|『([^』]+)』|“([^”]+)”|\"([^\"]+)\"")
# a quote of the application form or the advisor's note is no quote of his (申込書に「特になし」と)
_FROM_PAPER = {
    "ja": re.compile(r"申込書|申請書|書かれ|書いて|お書き|記入|相談内容"),
    "en": re.compile(r"\b(form|application|wrote|written|advisor)\b", re.I),
}
_CONTENT_JA = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffA-Za-z0-9０-９ー々]{2,}")
_WORD_EN = re.compile(r"[a-z']+")
_STOP_EN = frozenset(
    "the a an and or but so that this it its is are was were be been you your i my we our "
    "of to in on at for with as just not no yes well really about what".split()
)


# the quote is given as his words: 「…」とおっしゃいました, 「…」と少し間を置かれた, "you said '…'"
# (a quote of a thought he might have, 「…」と感じられた, 「…」と思える, is none)
_AS_HIS = {
    "ja": re.compile(r"^\s*(と|って)[^。？?]{0,8}?(おっしゃ|言われ|言って|言いま|話され|お話|仰|間を置かれ|口にされ)"),
    "en": re.compile(r"\b(you (said|mentioned|told me|called it|put it|used the words?)|in your (own )?words)\b", re.I),
}


def _as_his(sentence: str, end: int, lang: Lang) -> bool:
    if lang == "ja":
        return bool(_AS_HIS["ja"].search(sentence[end:]))
    return bool(_AS_HIS["en"].search(sentence))


def _bigrams(text: str) -> set[str]:
    t = re.sub(r"[\s、。，,.…！!？?「」『』・ー〜~]", "", text)
    return {t[i : i + 2] for i in range(len(t) - 1)}


def misquotes(text: str, heard: str, lang: Lang) -> list[str]:
    """The words the trainee quotes as the owner's (「中心ですかね」と少し間を置かれた, "you said
    '…'": ``_AS_HIS``) that he never said: a quote whose content words (its kanji and katakana runs; its words of four letters or more
    in English) are not all in ``heard`` (what the owner said before the turn), or, for a quote
    in kana only, most of whose letter pairs are not. A quote in a sentence about the application
    form is no quote of his. r14b s08 T2: 「中心ですかね」 quoted back, never said."""
    out: list[str] = []
    said = heard.lower()
    for sentence in re.split(r"(?<=[。？?！!])|(?<=[.?!])\s", text or ""):
        if _FROM_PAPER[lang].search(sentence):
            continue
        for m in _CITED.finditer(sentence):
            quote = next((g for g in m.groups() if g), "").strip()
            if len(quote) < 2 or not _as_his(sentence, m.end(), lang):
                continue
            if lang == "ja":
                chunks = _CONTENT_JA.findall(quote)
                if chunks:
                    never = any(c.lower() not in said for c in chunks)
                else:
                    pairs = _bigrams(quote)
                    never = bool(pairs) and len(pairs & _bigrams(said)) < 0.6 * len(pairs)
            else:
                words = [w for w in _WORD_EN.findall(quote.lower()) if len(w) >= 4 and w not in _STOP_EN]
                if not words:
                    continue
                found = sum(1 for w in words if w.rstrip("s") in said)
                never = found < 0.6 * len(words)
            if never:
                out.append(quote)
    return out


def quoted_words(text: str) -> list[str]:
    return [a or b or c for a, b, c in _QUOTED.findall(text or "")]


def example_ok(
    suggestion: str | None,
    context: Sequence[Utterance],
    lang: Lang,
    *,
    names: Iterable[str] = (),
) -> bool:
    """Whether a rewrite example may be reprinted in the report: each word it quotes is one the
    owner said before the turn (``context``, the conversation up to the turn) and a real point of
    his. An example with no quoted word is fine."""
    if not suggestion:
        return False
    words = quoted_words(suggestion)
    if not words:
        return True
    from .scoring.limits import refused_keys
    from .scoring.quotes import owner_phrases

    owner = [u.text for u in context if u.speaker == "owner"]
    said = " ".join(owner)
    phrases = {p.surface.lower() for p in owner_phrases(context, lang, names, window=len(owner))}
    refused = refused_keys(context, lang)
    name_parts = {n.lower() for n in names if n}
    outcome = bool(_OUTCOME.search(suggestion))  # person words there are never a point
    for w in words:
        low = w.lower()
        if lang == "en":
            if low not in said.lower() or len(low) < 3:
                return False
        elif w not in said or len(w) < 2 or _KANA_ONLY.match(w):
            return False
        if low not in phrases or _UNITS.match(w) or w in refused or low in name_parts:
            return False
        if _refused(w, owner, lang) or (lang == "en" and _predicative(w, owner)):
            return False
        if outcome and not _wished(w, owner, lang):
            return False
        if low in PEOPLE and (outcome or not _ECHO.search(suggestion)):
            return False
    return True


# ---------------------------------------------------------------- what the owner gave back

# an owner reply that gives nothing back: it puts the topic off, refuses, or is a few words
_NOTHING = {
    "ja": re.compile(
        r"また今度|今はいい|さあ(ね|な|、)|言いたくない|話すことはない|そこはいい|その話はいい|"
        r"言葉にでき|考えさせて|うまく(言え|答え|話せ)|答えられ(ない|なくて|ません)|どうやろ|どうだろう|"
        r"まあ、いいよ|何とも|よう言わん|言えん|そこまでは(ね|ちょっと|まだ|、)|"
        r"話すような(話|こと)(じゃ|でも|では)|いろいろ(あり|ある)|"
        # a noncommittal half-yes to a question (「まあ、そういうところもあるかもしれません。」)
        r"^(まあ|ええ|はい|うーん)?[、…\s]*(そういう|そんな)(ところ|とこ|こと|面|部分)も(ある|あります)"
        r"(かもしれ(ません|ない|ん)|かな|かね|でしょう)(ね|けど|けどね)?[。…‥\s]*$"
    ),
    "en": re.compile(
        r"\b(another time|not now|not something i go into|rather not|nothing to say|who knows|"
        r"can't quite put|couldn't say|hard to say|let's leave that|let me think( about it)?|"
        r"i'm not sure|don't really know|beats me|can't really say|can't answer that|"
        r"don't know how to answer|a lot going on|all sorts|a lot to it|can't say for sure|"
        r"a few things (piling up|going on))\b|"
        # a noncommittal half-yes that is the whole reply ("There might be some of that.", "I
        # suppose so.", "Maybe, in a way."): it answers no when, who or why (r17b s08 T5)
        r"^\W*((well|yes|yeah|hm+|um|uh|oh|ah|i mean)\W+)*(there (might|may|could) be "
        r"(some(thing)? (of|in|to) (that|it))|(i )?(suppose|guess) (so|that's (part of it|one way "
        r"(to|of) (see|seeing|put|putting) it))|(maybe|perhaps|possibly|could be)(,? (so|in a way|"
        r"a (bit|little)))?|(something|a bit) like that|in a way|sort of|kind of)\W*$",
        re.I,
    ),
}
# a whole reply that shuts the question down, with nothing after it: 「…ええと、それは、ちょっと
# 今は。」「その話は、まだ…」 "Um… that's a bit… not right now." (r12b s10 T2)
_SHUT = {
    "ja": re.compile(
        r"^[…‥。、\s]*((ええと|えっと|あの|いや|うーん|まあ|その)[、…‥\s]*)*"
        r"(それ|そこ|その話|そのへん|そのあたり)(は|も)?[、…‥\s]*"
        r"(ちょっと|まだ)[、…‥\s]*(今は|いまは|今日は|まだ)?[、…‥\s]*(です(ね|けど)?)?[。…‥!！\s]*$"
    ),
    "en": re.compile(
        r"^[\W]*((um|uh|er|well|oh|hm+|ah)\W+)*(that's|that is|that|it's)\b[^.!?]{0,20}?"
        r"\b(a bit|not (right |just )?now)\b[\W]*((not (right |just )?now|a bit|sorry)[\W]*)*$",
        re.I,
    ),
}
FEW = {"ja": 15, "en": 6}  # characters / words

# a reply in which he gropes for words (「まだ、言葉にできなくて」「どう言うたらええか…」 "I can't quite
# put it into words"): he gave no fact, but he is trying to say it, not putting the topic off
_GROPING = {
    "ja": re.compile(
        r"言葉にでき|言葉にならな|どう言(う|っ)たら|どう言えば|うまく(言え|言われ|話せ)|何て言うか|なんて言うか"
    ),
    "en": re.compile(
        r"\b(can't quite put|put (it|that) into words|find the words|how to put it|how do i put it|"
        r"hard to put)\b",
        re.I,
    ),
}


def groping(reply: str, lang: Lang) -> bool:
    """The owner gropes for words (see ``_GROPING``): he is trying, not refusing."""
    return bool(_GROPING[lang].search(reply or ""))


# a turn that opens with a change of subject (「あと、申込書の新規事業の検討というのは…」
# "By the way, do you …"), after at most a short acknowledgement: unless it builds on his words it
# leaves what he said for a topic of the supporter's (r13b s05 T9)
_SHIFT = {
    "ja": re.compile(
        r"^(?:[^。！？]{0,10}[。！？]\s*)?(あと|それと|それから|ところで|そういえば|ちなみに|"
        r"話は変わりますが|話は変わって|別の話ですが|別件ですが)[、,]"
    ),
    "en": re.compile(
        r"^(?:[^.!?]{0,25}[.!?]\s*)?(by the way|also|another thing|on another note|"
        r"changing the subject|on a different note|anyway)\s*[,:—-]",
        re.I,
    ),
}


def shifts_topic(text: str, lang: Lang) -> bool:
    """The turn opens with a change of subject (see ``_SHIFT``)."""
    return bool(_SHIFT[lang].search(text.strip()))


# a change of subject later in the turn, after an acknowledgement of any length: 「…。では、職人さん
# の人手不足について、…？」 "… By the way, do you have a successor?" (r15b s10 T9, s06 T3)
_JUMP = {
    "ja": re.compile(
        r"(?:^|[。！？!?]\s*)(あと|それと|それから|ところで|そういえば|ちなみに|では|じゃあ|さて|"
        r"話は変わりますが|話は変わって|別の話ですが|別件ですが)[、,][^。？?]*[？?]"
    ),
    "en": re.compile(
        r"(?:^|[.!?]\s+)(by the way|also|another thing|on another note|changing the subject|"
        r"on a different note|anyway|now|so)\s*[,:—-][^.?!]*\?",
        re.I,
    ),
}


_ASK_EN = frozenset(
    "have does could would should there their which when where tell think like some much many "
    "more from into then than they them".split()
)


def jumps(text: str, last_reply: str, lang: Lang) -> bool:
    """The turn's question follows a change of subject (see ``_JUMP``) and takes up nothing of the
    owner's last reply: a topic of the supporter's, however warm the words before it."""
    m = _JUMP[lang].search(text.strip())
    if m is None:
        return False
    asked = m.group(0)
    if lang == "ja":
        # the content words of the question (kanji and katakana runs), read two characters at a time
        grams = {
            w[i : i + 2] for w in _CONTENT_JA.findall(asked[len(m.group(1)) :]) for i in range(len(w) - 1)
        }
        return not (grams & _bigrams(last_reply))
    words = {
        w for w in _WORD_EN.findall(asked.lower()) if w not in _STOP_EN | _ASK_EN and len(w) > 3
    }
    return not (words & set(_WORD_EN.findall(last_reply.lower())))


# a reply that brushes the question off, whatever he adds after it: 「細かい話をしてもしょうがない
# でしょ？」 "The details don't matter." (r15b s08 T5)
_BRUSHED = {
    "ja": re.compile(r"細かい(話|こと)|しょうがない(でしょ|やろ|だろ)|関係ない(でしょ|やろ|だろ)"),
    "en": re.compile(r"\b(details don't matter|doesn't matter|never mind that|that's beside the point)\b", re.I),
}


def brushed_off(reply: str, lang: Lang) -> bool:
    """The owner brushed the question off (see ``_BRUSHED``)."""
    return bool(_BRUSHED[lang].search(reply or ""))


# the supporter's own view set against the owner's (「でもネットは価格競争になるので、…難しいと思い
# ますよ」 "But online it's all about price, I think"): a denial, whatever the empathy before it
_CONTRA = {
    "ja": re.compile(r"(?:^|[。！？]\s*)(でも|しかし|ですが|ただ)[、,]?[^。？?]*(と思います|難しい|べき|ほうがいい|方がいい)"),
    "en": re.compile(r"(?:^|[.!?]\s+)(but|however)\b[^.?!]*\b(i think|you should|won't work|hard to)\b", re.I),
}


def contradicts(text: str, lang: Lang) -> bool:
    """The turn sets the supporter's own view against the owner's (see ``_CONTRA``)."""
    return bool(_CONTRA[lang].search(text.strip()))


def gave_nothing(reply: str, lang: Lang) -> bool:
    """The owner's reply gave nothing back: a refusal, a put-off, a shut-down or a few words."""
    from .scoring.limits import refusal

    if not reply or refusal(reply, lang) or _NOTHING[lang].search(reply):
        return True
    if _SHUT[lang].search(reply.strip()):
        return True
    return reply_size(reply, lang) < FEW[lang]


def reply_size(reply: str, lang: Lang) -> int:
    return len(reply) if lang == "ja" else len(reply.split())


# a question put point-blank for his biggest hardship or his vision (「この2年で一番大変だった
# ことは何ですか？」 "what is your vision for the shop ten years from now?"): asked out of nowhere
# it is the guideline's blunt question, whatever it won (r12b s06 T5, s10 T8)
_POINT_BLANK = {
    "ja": re.compile(
        r"一番(の)?(大変|困|悩|課題|問題|苦労|つら|辛|心配|不安)[^。？?]*[？?]|"
        r"(ビジョン|将来像|(10|十)年後)[^。？?]*(何|どう|どんな|あります|お持ち)[^。？?]*[？?]"
    ),
    "en": re.compile(
        r"\b(biggest|hardest|greatest|main) (problem|challenge|worry|difficulty|issue|struggle|"
        r"thing)\b[^.?!]*\?|\bvision\b[^.?!]*\?|\b(ten|10|five|5) years (from now|ahead|on)\b"
        r"[^.?!]*\?",
        re.I,
    ),
}


def point_blank(text: str, lang: Lang) -> bool:
    """The turn asks point-blank for his biggest hardship or his vision (see ``_POINT_BLANK``)."""
    return bool(_POINT_BLANK[lang].search(text))


# a closed question that checks what the supporter understood, asks leave or offers a next step
# (「…という理解で合っていますか？」「また伺ってもいいですか？」 "Is that right?", "May I ask…?"):
# no fact-only question to list among the mistakes
_CHECKS = {
    "ja": re.compile(
        r"(合って|間違って|違って)(い)?(ます|ない)|ということ(ですか|でしょうか|ですね)|という(理解|こと)で|"
        r"(よろしい|いい|大丈夫)(でしょう|です)か|(ても|て)(よろしい|いい|かまわない|構わない)|"
        r"いかがでしょうか|いかがですか"
    ),
    "en": re.compile(
        r"\b(is that right|is that correct|did i get that right|have i got (that|it) right|"
        r"am i right|does that sound right|is that a fair|would that be|may i|could i|can i|"
        r"would it be (ok|okay|all right)|do you mind|is it (ok|okay|all right) if|shall we|"
        r"how does that sound)\b",
        re.I,
    ),
}


# a yes/no question on what he feels, thinks or has shared (「そのことは、どなたかとお話しされたこと
# はありますか」 "Have you talked to anyone about it?"): a gentle door after a give-back, no
# fact-only question (skilled play, r9b s10 T3, r11a s03 T10)
_INNER = {
    "ja": re.compile(
        r"感じ|思|考え|気持ち|話され|話し(た|て)|お話し|抱え|悩|打ち明け|相談"
    ),
    "en": re.compile(
        r"\b(feel|felt|think|thought|talk(ed)? (to|with|about)|told|tell anyone|shared|on your "
        r"mind|wish|hope|worr)",
        re.I,
    ),
}


def last_question(text: str, lang: Lang) -> str:
    """The turn's last question (「…ですか。」 asks too); the whole text when none is found."""
    sentences = [m.group(0).strip() for m in _SENTENCE.finditer(text) if m.group(0).strip()]
    if lang == "ja":
        asked = [s for s in sentences if _ASKS_JA.search(s)]
    else:
        asked = [s for s in sentences if s.endswith("?")]
    return asked[-1] if asked else text


def checks_back(text: str, lang: Lang) -> bool:
    """The turn's last question checks what the supporter understood or asks leave
    (「…ということですか」「合っていますか」 "Is that right?"): no question of fact."""
    return bool(_CHECKS[lang].search(last_question(text, lang)))


_WH_EN = re.compile(
    r"^(?:(?:so|and|then|but|ok|okay|well|right)[, ]+)*(what|which|how|why)\b", re.I
)


# a yes/no question that asks how things sit in his own mind (「社長の中で、つながっていたり
# しますか」 "Do you feel the two are linked?"): after his words are given back, a door for him to
# say more, not a question of fact (r13a s07 T9); "Do you think they will stay?" asks a guess
_OWN_VIEW = {
    "ja": re.compile(r"(社長|ご自身)の(中|胸の内|心の中)で|お気持ちの(上|中)で"),
    "en": re.compile(r"\b(in your (own )?mind|do you feel|does it feel)\b", re.I),
}


def asks_own_view(text: str, lang: Lang) -> bool:
    """The turn's last question asks how things sit in his own mind (see ``_OWN_VIEW``)."""
    return bool(_OWN_VIEW[lang].search(last_question(text, lang)))


def closed_ask(text: str, acts: Sequence[str], lang: Lang, named: bool = False) -> bool:
    """The turn asks a closed, fact-only question, not a check of a summary, a request for leave,
    an invitation to talk or a question on his feelings: one the feedback named closed on the
    turn (``named``: labelled closed, 「閉じた質問です」 shown; the report lists what the trainee
    was told: r13a s04 T5, r13b s06 T4, T8), a last question that is yes/no (``ends_closed``), or
    one asking a figure. A turn labelled open is none (「何か変えてみたいことはありますか」 invites
    him to talk: r12a s07 T10); a reflection or a summary followed by a new yes/no question of
    fact (「…と聞きましたが、娘さんが後を継がれるんですか」: r13b s08 T6) is one all the same."""
    labels = set(acts)
    if {"open_question", "leading_question", "advice"} & labels:
        return False  # (advice ending on a question is listed as advice)
    last = last_question(text, lang)
    # an English what/which/how/why question asks him to tell, whatever its label ("Which part
    # doesn't quite sit right?": r13b s04 T7), unless it asks a figure
    wh = lang == "en" and bool(_WH_EN.search(last)) and not asks_figure(text, lang)
    labelled = named and "closed_question" in labels and "summary" not in labels and not wh
    figure = "summary" not in labels and asks_figure(text, lang)
    if not labelled and not figure and not ends_closed(text, lang):
        return False
    if _INVITES[lang].search(last):
        return False
    if labelled and _HOW_OFTEN[lang].search(last):
        return not _CHECKS[lang].search(last)  # 「普段どれくらい話されるんですか」 asks a frequency
    return not _CHECKS[lang].search(last) and not _INNER[lang].search(last)


# how much or how often (「普段どれくらい話されるんですか」): a question of fact, whatever verb it asks about
_HOW_OFTEN = {
    "ja": re.compile(r"どれくらい|どのくらい|どの程度|何回|何度"),
    "en": re.compile(r"\bhow (often|much|many)\b", re.I),
}


def put_off_example(suggestion: str | None, context: Sequence[Utterance], lang: Lang) -> bool:
    """A rewrite example (a suggested summary) stitched from the owner's put-offs: one of its
    listed points is a sentence of his that gave nothing (「そこまで話すような話でもない」,
    "not something I go into"): no summary of his to reprint (r12b s03 T8)."""
    if not suggestion:
        return False
    least = 6 if lang == "ja" else 10
    sep = r"[、,]\s*|\s+and\s+" if lang == "en" else r"[、，]"
    low = suggestion.lower()
    parts = [p.strip(" 　。.「」『』\"“”").lower() for p in re.split(sep, suggestion)]
    for u in context:
        if u.speaker != "owner":
            continue
        for sentence in re.split(r"(?<=[。.!?！？])\s*", u.text):
            if not _NOTHING[lang].search(sentence):
                continue
            said = sentence.lower()
            # a listed point lifted from the put-off, or the put-off given back whole
            if any(len(p) >= least and p in said for p in parts):
                return True
            clause = sentence.strip(" 　。.!?！？…").lower()
            if len(clause) >= least and clause in low:
                return True
    return False


def echoes(text: str) -> bool:
    """The turn says it gives back what the owner said (「…とおっしゃいましたが」 "You said …")."""
    return bool(_ECHO.search(text))


# an assent that only half agrees (「まあ、そういうことになりますかね」 "Yes, well, I suppose so"):
# what a thin summary earned is no model of one (r12b s02 T8)
_HALF = {
    "ja": re.compile(
        r"そう(いう|なる)(こと|ん)?(に)?(なり|なる)?(ます)?(か|かな|かね|でしょうか)|そうかもしれ|"
        r"そんな(ところ|とこ|もん)|まあ、?そう(です|だ)ね|言われてみれば"
    ),
    "en": re.compile(
        r"\b(i suppose|i guess|more or less|something like that|if you say so|"
        r"you could say that|that's one way)\b",
        re.I,
    ),
}


def half_assent(reply: str, lang: Lang) -> bool:
    """The owner's reply only half agrees (see ``_HALF``)."""
    return bool(_HALF[lang].search(reply))


# ---------------------------------------------------------------- praise lines

_PRAISE_CACHE: dict[str, re.Pattern[str]] = {}


def _template(text: str) -> str:
    """A feedback line as a pattern: its placeholders (「『{keyword}』」) match any words."""
    parts = re.split(r"\{[a-z_]+\}", text.strip())
    return ".+?".join(re.escape(p) for p in parts)


def _praise_pattern(lang: Lang) -> re.Pattern[str]:
    """Every line the rubrics show for a move done well (a criterion's ``good`` line, the line of
    a marker that adds points), as one pattern over the whole line."""
    if lang not in _PRAISE_CACHE:
        from .rubric import load_rubrics

        good: set[str] = set()
        weak: set[str] = set()
        for rubric in load_rubrics().values():
            for crit in rubric.criteria:
                good.add(crit.feedback.good.get(lang))
                weak.add(crit.feedback.weak.get(lang))
                for m in crit.markers:
                    if m.feedback is not None:
                        (good if m.points > 0 else weak).add(m.feedback.get(lang))
        lines = sorted(t for t in good - weak if t and t.strip())
        _PRAISE_CACHE[lang] = re.compile(
            "^(?:" + "|".join(_template(t) for t in lines) + r")$", re.S
        )
    return _PRAISE_CACHE[lang]


def praise_line(line: str, lang: Lang) -> bool:
    """The feedback line praises what the turn did (「社長の言葉で返せています」 "You rephrased
    several of the owner's points back to them."): no problem to name in a hint (r18a s09 T5)."""
    return bool(_praise_pattern(lang).match(line.strip()))
