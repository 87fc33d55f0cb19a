"""A question the analyser called a topic switch (一問一答) that stays on the owner's topic: it
points back at what he just said (「その二つ、…選ばないといけないものなんでしょうか」 "Do those two
have to be a choice?"), takes up his words in another politeness (他の店 → 「他のお店」), or puts
a picture to him of a plan he named himself (「もし中継拠点の話がうまく進んだとしたら…」). Named as
「別の話題の質問に移っています」 these blame the trainee for following him (judge 4 f037, f262,
f267)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..acts import Utterance
from ..i18n import Lang

_SPLIT = {"ja": re.compile(r"(?<=[。．!！?？])"), "en": re.compile(r"(?<=[.!?])\s+")}
_HEAD_JA = re.compile(r"^(なるほど|はい|ええ|そうですか|そうなんですね|ありがとうございます)[、。…\s]*")
# a question that points back at what he just said
_BACK = {
    "ja": re.compile(r"^(その|そういう|そうした|そちらの)"),
    "en": re.compile(r"\b(those two|both of those|either of those|between the two|that choice|that trade-off)\b", re.I),
}
_HYPOTHETICAL = {
    "ja": re.compile(r"もし|としたら|とすれば|だとしたら|仮に"),
    "en": re.compile(r"\b(if|imagine|suppose|picture)\b", re.I),
}
# his own future put to him (「社長は、これからお店をどうしていきたいと思っていらっしゃいますか？」
# "Where would you like the shop to be in five years?"): the picture the guideline asks for, of his
# own business, leaves no answer of his behind — never 一問一答
_OWN_FUTURE = {
    "ja": re.compile(
        r"(これから|今後|将来|この先|先々|[0-9０-９一二三五十]+年後)[^。？?]{0,30}(どう|どんな|どのよう)[^。？?]{0,24}"
        r"(したい|していきたい|なって(い)?(て)?ほしい|なっていたら|なりたい|いきたい|お考え|思って|描いて)"
    ),
    "en": re.compile(
        r"\b(where|what|how)\b[^?]{0,40}\byou\b[^?]{0,20}\b(want|like|hope|picture|see|imagine)\b[^?]{0,50}"
        r"\b(future|years?|from now|down the road|next generation|become|to be)\b",
        re.I,
    ),
}
_BRIEF = {"ja": 30, "en": 14}  # characters (ja) or words (en) of a reply with no story in it
_CJK = r"[\u4e00-\u9fff\u30a0-\u30ff]"
_COMPOUND = re.compile(_CJK + r"{3,}")


def _plain(text: str) -> str:
    """Honorifics off (お店 → 店, お父様 → 父) and no punctuation."""
    text = re.sub(r"[おご](?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])(様|さん)", "", text)
    return re.sub(r"[\s、。，．・…！？!?「」『』（）()]+", "|", text)


def _questions(text: str, lang: Lang) -> list[str]:
    parts = [p.strip() for p in _SPLIT[lang].split(text.strip()) if p.strip()]
    asks = [p for p in parts if re.search(r"[?？]\s*$", p)] or parts[-1:]
    return [_HEAD_JA.sub("", p) if lang == "ja" else p for p in asks]


# a broad topic he named and the concrete things it is made of: a question on one of them
# stays on his topic ("DX, and a new business." → "Do you already use any software for
# orders?", r21b s04 T2; 「DXですね」 → 「受発注はまだFAXですか」)
_FAMILIES: dict[str, tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]] = {
    "ja": (
        (
            re.compile(r"DX|ＤＸ|デジタル|IT化|ＩＴ化|システム化|ペーパーレス"),
            re.compile(r"ソフト|システム|パソコン|PC|アプリ|クラウド|デジタル|データ|受発注|発注|受注|FAX|ファックス|紙|電子|ネット|IT|ＩＴ|エクセル|Excel"),
        ),
    ),
    "en": (
        (
            re.compile(r"\b(DX|digital\w*|(?-i:IT)|paperless|computeri[sz]\w*|automat\w*)\b", re.I),
            re.compile(
                r"\b(software|systems?|computers?|PCs?|apps?|cloud|digital|data|orders?|ordering|fax\w*|paper|"
                r"online|internet|(?-i:IT)|spreadsheets?|excel|email|tablets?|automat\w*)\b",
                re.I,
            ),
        ),
    ),
}


def _in_his_family(asks: Sequence[str], owner_last: str, lang: Lang) -> bool:
    """A question on a concrete part of a broad topic he named in his last turn."""
    return any(
        his.search(owner_last) and any(part.search(q) for q in asks) for his, part in _FAMILIES[lang]
    )


def keeps_his_topic(text: str, context: Sequence[Utterance], lang: Lang) -> bool:
    owners = [u.text for u in context if u.speaker == "owner"]
    if not owners:
        return False
    asks = _questions(text, lang)
    if any(_BACK[lang].search(q) for q in asks):
        return True
    if _in_his_family(asks, owners[-1], lang):
        return True
    last_size = len(re.findall(r"[A-Za-z']+", owners[-1])) if lang == "en" else len(re.sub(r"[\s、。…！？!?]", "", owners[-1]))
    if last_size <= _BRIEF[lang] and any(_OWN_FUTURE[lang].search(q) for q in asks):
        # his own future for his business, after a brief reply with no story in it to take up, is
        # his topic (r19b s10 T10: 「まあ、人それぞれやでね。」 → 「これからお店を…」); after a story
        # of his it still leaves that story behind
        return True
    if lang != "ja":
        return False
    last = _plain(owners[-1])
    mine = _plain(" ".join(asks))
    # a piece of his last turn, three characters with two of kanji or katakana (他の店, 店の話)
    for i in range(len(last) - 2):
        piece = last[i : i + 3]
        if "|" not in piece and len(re.findall(_CJK, piece)) >= 2 and piece in mine:
            return True
    # a picture put to him of a plan he named himself earlier (中継拠点)
    if any(_HYPOTHETICAL["ja"].search(q) for q in asks):
        earlier = {m.group(0) for o in owners for m in _COMPOUND.finditer(o)}
        return any(w in mine for w in earlier)
    return False


# a sentence that opens a new subject (「では、…」「ところで、…」 "By the way, …")
_MARKER = {
    "ja": re.compile(r"^[\s…]*(では|じゃあ|それでは|ところで|話は変わりますが|ちなみに)[、,]"),
    "en": re.compile(
        r"^\W*(by the way|anyway|changing the subject|on another note|on a different note|moving on)\b",
        re.I,
    ),
}
# 「ええと、人手不足のほうはどうですか？」 "And what about the staffing side?": a new subject put as
# "what about X" — a jump when X is no word of his (r22b s08 T4)
_WHAT_ABOUT = {
    "ja": re.compile(
        r"^[\s…]*((ええと|えっと|さて|あと|それと|それから)[、,]\s*)?[^、。？?]{2,16}の(ほう|方)は"
        r"(どう|いかが)"
    ),
    "en": re.compile(r"^\W*((and|so|okay|ok|now)[,.]?\s+)?(what|how) about (the |your )?[a-z]", re.I),
}
_SPLIT = {"ja": re.compile(r"(?<=[。！？!?])"), "en": re.compile(r"(?<=[.!?])\s+")}
_EN_WORD = re.compile(r"[A-Za-z']{4,}")
_EN_COMMON = frozenset(
    "that this with what your have there they them then about would could should just know "
    "think like well really much been were will from when which where some more okay right "
    "sorry thanks thank yeah doing does make things thing anyone someone people days these "
    "those time times today year years lately still only even here over most going".split()
)


def marker_jump(text: str, context: Sequence[Utterance], lang: Lang) -> tuple[str, str] | None:
    """A question led by a change-of-subject marker (「では、後継ぎは…」 "By the way, do you…")
    that takes up no word of any turn of his: (what came before the marker, the new part), or
    None. A question that points back at him or holds a piece of his words stays on his topic."""
    owners = [u.text for u in context if u.speaker == "owner"]
    if not owners:
        return None
    parts = [p for p in _SPLIT[lang].split(text.strip()) if p.strip()]
    for i, part in enumerate(parts):
        if not (_MARKER[lang].search(part) or _WHAT_ABOUT[lang].search(part)):
            continue
        if not re.search(r"[?？]\s*$", part.strip()):
            return None  # 「じゃあ、まず…出店するのがいいですよ」: a proposal, named as advice
        new = "".join(parts[i:]) if lang == "ja" else " ".join(parts[i:])
        if not re.search(r"[?？]", new) or keeps_his_topic(new, context, lang):
            return None
        if lang == "ja":
            mine = _plain(new)
            for o in owners:
                plain = _plain(o)
                for j in range(len(plain) - 1):
                    piece = plain[j : j + 2]
                    # two of kanji or katakana (後継), or a kanji and its ending (減っ)
                    if re.match(_CJK, piece) and "|" not in piece and piece in mine:
                        return None
        else:
            his = {w.lower()[:5] for o in owners for w in _EN_WORD.findall(o)} - {
                w[:5] for w in _EN_COMMON
            }
            if any(w.lower()[:5] in his for w in _EN_WORD.findall(new)):
                return None
        before = "".join(parts[:i]) if lang == "ja" else " ".join(parts[:i])
        return before, new
    return None


# his 「まあ、そういうことやな」 "Yes, that's about it" to a recap checked with him
_RECAP_CHECK = {
    "ja": re.compile(
        r"(まとめると|整理すると|整理させて|まとめさせて|ここまでの(お)?話)[^。]*|"
        r"(ということ|といったこと|[そこ]ういうこと|[そこ]ういったこと)(でしょうか|ですね|ですか|で合って|でよろしい)"
    ),
    "en": re.compile(
        r"\b(let me (check|see if|sum|recap)|to sum up|so far|is that right|have i got (that|it)|"
        r"did i get that|correct me)\b",
        re.I,
    ),
}
_CONFIRMS = {
    "ja": re.compile(
        r"^[\W…]*((まあ|うん|ええ|はい|ほう)[、,\s…]*)*(そう|そうそう|その通り|そのとおり|そういうこと|そんなとこ|"
        r"おっしゃるとおり|合って)"
    ),
    "en": re.compile(
        r"^\W*((well|yeah|yes|mm|hm+)[,.\s…]*)*(that's (it|right|about it|fair|correct)|exactly|"
        r"yes|yeah|right|pretty much|you've got it|spot on)\b",
        re.I,
    ),
}


def after_confirmed_recap(context: Sequence[Utterance], lang: Lang) -> bool:
    """The supporter's last turn checked a recap with him and he confirmed it: the next question
    (the future picture, a new subject of his story) leaves no answer of his behind (t10 f043)."""
    owner = [u for u in context if u.speaker == "owner"]
    trainee = [u for u in context if u.speaker == "trainee"]
    if not owner or not trainee or context[-1].speaker != "owner":
        return False
    reply = owner[-1].text
    # a confirmation with a new story after it (「ほんとやね。…人手もね、足りんのだわ。職人は…」)
    # leaves that story to take up: only a short reply is all confirmation
    sentences = [p for p in _SPLIT[lang].split(reply.strip()) if p.strip(" …。.")]
    return bool(
        _RECAP_CHECK[lang].search(trainee[-1].text)
        and _CONFIRMS[lang].search(reply)
        and len(sentences) <= 2
    )


# a reply that only hedges (「まあ、そういう見方もあるんでしょうね」 "Well, I suppose that's one way of
# looking at it."): no answer of his a question could leave behind
_HEDGE = {
    "ja": re.compile(
        r"見方もある|考え方もある|そうかもしれ|かもしれませんね|どうでしょう|どうだろう|どうかな|さあ(ね|ねえ|、|…|。)|"
        r"何とも|なんとも(言えない|言えん|いえない)|ものによ(る|ります)|場合によ(る|ります)|"
        # 「うまくまとまらなくて」「一言では言えない」: he could not put it into words (r23b s05 T4)
        r"(うまく|上手く)(まとま|言え|説明でき|話せ)|一言では|言葉にしにく|説明しにく"
    ),
    "en": re.compile(
        r"\b(one way of (looking at|seeing|putting) it|i suppose( so)?|i guess( so)?|maybe|perhaps|"
        r"who knows|hard to say|depends|it's possible|could be|if you say so|we'll see|"
        # "not the kind of thing I can explain neatly": he could not put it into words (r23a s06 T8)
        r"(can't|cannot|couldn't) (really )?(explain|put (it|that) into words|say)|hard to (explain|put)|"
        r"not the kind of thing)\b",
        re.I,
    ),
}
_SHORT = {"ja": 30, "en": 14}  # characters (ja) or words (en) of a reply that only hedges


def answered_nothing(owner_last: str, lang: Lang) -> bool:
    """His last turn refused (「それは会ったばかりの人に話すことじゃない」 "Not something I lay out for
    someone I've just met.") or only hedged, briefly: a question after it leaves no answer of his
    behind, so it is no 一問一答 (r17a s02 T2, s06 T2). What the question did is named as itself
    (a closed question, the issue asked point-blank, a refusal pressed)."""
    from .limits import refusal

    text = owner_last.strip()
    if not text:
        return False
    if refusal(text, lang):
        return True
    size = len(re.findall(r"[A-Za-z']+", text)) if lang == "en" else len(re.sub(r"[\s、。…！？!?]", "", text))
    return size <= _SHORT[lang] and bool(_HEDGE[lang].search(text))


# his own word quoted as his in the question (「社長のおっしゃる『ちゃんとやる』というのは…？」
# "When you say 'do it properly', what does that look like?")
_QUOTED_HIS = {
    "ja": re.compile(r"[『「]([^』」]{2,20})[』」]|おっしゃ(る|った|っていた)([^、。？?]{2,16}?)(という|って|とは)"),
    "en": re.compile(
        r"[\"“']([^\"”']{3,40})[\"”']|\b(?:when you say|you (?:said|mentioned|called it))\s+([^,.?]{3,40})",
        re.I,
    ),
}
_AS_HIS = {
    "ja": re.compile(r"おっしゃ|言われ|とのこと|社長の"),
    "en": re.compile(r"\byou (say|said|mentioned|called|put it|used)\b|\bwhen you say\b|\byour (word|words|phrase)\b", re.I),
}
_JA_TAIL = re.compile(r"[ぁ-ゖ]{1,2}$")
RECENT_TURNS = 3


def quotes_his_word(text: str, context: Sequence[Utterance], lang: Lang) -> bool:
    """A question of the turn quotes a word from one of his last :data:`RECENT_TURNS` turns as
    his (『…』, 「おっしゃる」, "when you say '…'"): a dig into his word, no topic switch
    (r22a s04 T9: his 「ちゃんとやりたい」 asked about after her own summary of it)."""
    his = [u.text for u in context if u.speaker == "owner"][-RECENT_TURNS:]
    if not his:
        return False
    for q in _questions(text, lang):
        if not _AS_HIS[lang].search(q):
            continue
        for m in _QUOTED_HIS[lang].finditer(q):
            word = (m.group(1) or m.group(3 if lang == "ja" else 2) or "").strip(" 『』「」\"“”'").lower()
            if lang == "ja":
                stem = _JA_TAIL.sub("", word) if len(_JA_TAIL.sub("", word)) >= 2 else word
            else:
                stem = re.sub(r"(ing|ed|s)$", "", word) if len(word) > 5 else word
            if len(stem) >= 2 and any(stem in t.lower() for t in his):
                return True
    return False
