"""The offline realiser: phrases an intent from the persona's own lines and answers.

A reply is composed of the reaction's line, the answer to a factual question (from the
persona's ``answers``), the facts disclosed, and a follow-up line (a knowledge test, the
closing). Deterministic for a given seed; never repeats a line of a situation while the persona
has alternatives, and never says a whole reply it has already said in the session: when every
alternative has been used, another combination is tried, and as a last resort one of the
owner's ``fillers`` (「まあ、」「うーん…」) leads in.
"""

from __future__ import annotations

import hashlib
import random
import re
import time
import unicodedata
from functools import lru_cache

from ..acts import Utterance
from ..engine.state import EngineState, ReplyIntent
from ..persona import Depth, Persona, Reaction
from ..wording.asking import form_of, question_sentence
from ..wording.peak import calms
from ..wording.statements import promises
from .base import Realisation

ATTEMPTS = 6
# words that point back at something said before: not in the owner's first reply
BACK_REFERENCE = {
    "ja": re.compile(
        r"(さっき|先ほど|前にも|前から言|言ったけど|言ったでしょ|言ったよね|言ってるよね|言いましたよね|言うとる|"
        r"言うたでしょ|言ってたでしょ|お答えしました|もう言|言ってるでしょ|言いましたけど|そう言った|言ったね|言ったろ|言うたやろ)"
    ),
    "en": re.compile(
        r"(?i)\b(as i said|like i said|i already (told|said)|i told you|i've been saying|that's what i said|"
        r"already said|a minute ago|i answered|as i mentioned|i've said|i said so|what i just said)"
    ),
}
# words that put a topic off to another day: never on a topic the owner raised himself
# a check of words he never said is no repetition of his: "as I said" claims them (r21a s04 T5:
# 「売れなかったということですか？」 → 「そう。そう言ったでしょ。」 when he had only said 「楽天で失敗してる」)
# a word of content: a kanji compound, a single kanji with its first kana (「売れ」 is not 「売っ」),
# a katakana word or a figure
_JA_CONTENT = re.compile(r"[一-龥々〆ヵヶ]{2,}|[一-龥々〆ヵヶ][ぁ-ん]?|[ァ-ヴー]{2,}|[A-Za-z0-9０-９]+")
_JA_FRAME = frozenset({"社長", "御社", "貴社", "理解", "意味", "確認", "今", "私", "僕"})
_JA_PARTICLES = frozenset("はがをにでとのもへや")
_JA_FRAME_KANJI = frozenset("仰伺言話方事要思聞")  # 「おっしゃる」「伺う」「言う」…: the give-back's frame
_EN_WORD = re.compile(r"[a-z][a-z']+")
_EN_FRAME = frozenset(
    "that what mean means meant have your you're youre said saying with about right sounds sound like this "
    "just then there they them were been from into some when would could should because really thing things "
    "tell understand understood correct correctly mind hear heard it's that's let's check sure also still "
    "well okay other kind sort which where while whether does doesn't didn't isn't wasn't".split()
)
_EN_STEM = 4  # letters of a word compared ("failed" / "failure", "ship" / "shipping")


def his_own_words(text: str, owner_said: list[str], lang: str) -> bool:
    """Every content word of the supporter's give-back is one the owner said in this meeting
    (his recent replies): a repetition of his own words, not a guess put to him."""
    said = "".join(owner_said)
    if lang == "ja":
        runs = [r for r in _JA_CONTENT.findall(text) if r not in _JA_FRAME and r[0] not in _JA_FRAME_KANJI]
        # a single kanji before a particle is a noun (「前に」 / 「前は」): the kanji alone
        runs = [r[0] if len(r) == 2 and r[1] in _JA_PARTICLES else r for r in runs]
        return all(r in said for r in runs)
    his = {w[:_EN_STEM] for w in _EN_WORD.findall(said.lower())}
    words = [w for w in _EN_WORD.findall(text.lower()) if len(w) >= 4 and w not in _EN_FRAME]
    return all(w[:_EN_STEM] in his for w in words)


# a conditional on a promise (「押しつけないってんなら」, "As long as you're not pushing anything on
# me"): only after the supporter promised it (r21b s02 T11, r21a s02 T12: a request for papers)
PRESUMES_PROMISE = {
    "ja": re.compile(r"(ない|しない|ません)(ってんなら|って言うなら|っていうなら|と言うなら|のなら|んなら)"),
    "en": re.compile(r"(?i)\b(as long as you're not|if you're not going to|if you say you won't|as long as you don't)\b"),
}
# warmth in a goodbye (「あっという間でしたね」, "It was nice to talk like this"): only the approving
# goodbye of an earned meeting, never a plain one to a cold owner (r21a s06 T10 at trust 8.9)
WARM_BYE = {
    "ja": re.compile(r"(あっという間|話せてよかった|楽しかった|話してみるもん|気が晴れ|悪くなかった|嬉しかった)"),
    "en": re.compile(
        r"(?i)\b(nice to talk|good to talk|went quickly|easier to talk|not a waste|glad|enjoy|worth talking|not bad)\b"
    ),
}

POSTPONE = {
    "ja": re.compile(r"(また今度|今度|おいおい|追い追い|そのうち|今はいい|置いとこう|またゆっくり|今話さなきゃ|今掘ります|あとで|後で|また改めて|またいつか|別の機会|また別の日)"),
    "en": re.compile(
        r"(?i)\b(another (time|day)|some other time|for now|later|in (its own|due) time|come in time|"
        r"leave that|skip that|get into that now|one day|in due course)\b"
    ),
}


# words that confirm a give-back of the owner's own words: not when the supporter asked instead
CONFIRM = {
    "ja": re.compile(r"(そう言った|言ったでしょ|言ったよね|うまく言えなかった|自分で言っておいて|言われてみ)"),
    "en": re.compile(r"(?i)(that's what i said|i said|put it into words|hearing it back|now that you say it)"),
}


# his own insight (「自分で言っておいて、今気づきました」「それ、考えたことなかったな」) or assent to
# a summary (「おおむね、そんなところです」): never to a turn that pushed advice, an offer or a
# verdict of the supporter's (r11a: the successor "discovered" the trainee's cloud system)
INSIGHT = {
    "ja": re.compile(
        r"(今気づ|気づきまし|言われてみ|自分で言っておいて|考えたこと(が)?なかった|おおむね|まさに|ざっくり言えば、そんな)"
    ),
    "en": re.compile(
        r"(?i)(noticed just now|now that you say|hearing it back|never (really )?thought about|given it much thought|"
        r"broadly, something like|exactly it|that's exactly|^roughly, yeah)"
    ),
}
# 「もう少し考えさせてください」 / "let me think about it": a decision put off, only when the
# supporter put something to him to decide (r11b: to a request to talk about his customers)
DECIDE = {
    "ja": re.compile(r"(考えさせて|考えておきます|考えとく)"),
    "en": re.compile(r"(?i)(let me think about it|i'll (think|give it some thought))"),
}
# reactions to a plain question or remark: nothing was put to him to decide
PLAIN = (Reaction.ANSWER_OPEN, Reaction.ANSWER_CLOSED, Reaction.ACKNOWLEDGE)
# the realisation itself (「言われてみると」 / "hearing it back"): only when his words were given back
REALISED = {
    "ja": re.compile(r"(今気づ|気づきまし|言われてみ|自分で言っておいて)"),
    "en": re.compile(r"(?i)(noticed just now|now that you say|hearing it back)"),
}


# modesty (「いえいえ、それほどでも」 / "Oh, not really"): only when the supporter praised him
MODESTY = {
    "ja": re.compile(r"(大したこと|それほどでも|僕なんて|私なんか|照れる|恐縮|まだまだ|いやいや|いえ、そんな|いえいえ)"),
    "en": re.compile(
        r"(?i)(nothing special|not really|long way to go|too kind|embarrass|you flatter|didn't expect anyone to see|^\W*oh, no\b)"
    ),
}
# 「うまく言えない」「考えさせて」 / "can't put it into words": a feeling not yet found, never the
# answer to a plain factual or yes/no question (「受発注は紙ですか」: playtest r9), nor 「会長がどう
# 思うか」, which answers a question on his view
WORDLESS = {
    "ja": re.compile(r"(言葉に|うまく言え|上手く言え|考えさせ|考えたくない|よう言わん|整理できて|まとまらな|どう思うか)"),
    "en": re.compile(r"(?i)(into words|put it well|let me think|think about|can't quite say|sort it out|in order|chairman thinks)"),
}
# 「特別なことは、何もしてないんです」 / "we don't do anything special": says what he does, never the
# answer to his view or his feelings (r18a s10 T10: to 「社長ご自身は、どう思われますか？」)
DOING = {
    "ja": re.compile(r"(特別なこと|何も)(は|も)?、?(して|やって)(ない|ません|いない)|昔からのやり方"),
    "en": re.compile(r"(?i)\b(don't do anything special|not doing anything special|nothing special we do|the way we always have)\b"),
}
# 「レベルが高すぎて、ついていけん」 / "pitched too high, I can't follow it": only to a long lecture or
# a hard sell, never to a one-line tip
LOFTY = {
    "ja": re.compile(r"(レベル|話が高|ついていけ)"),
    "en": re.compile(r"(?i)(too high|over (my|our) heads?|can't follow)"),
}
# 「審査じゃないってのは、分かったよ」 / "this isn't an audit": only once the supporter said so
AUDIT = {"ja": re.compile(r"審査"), "en": re.compile(r"(?i)\baudit")}
# 「数えたこともない」 / "never counted": only to a how-many question
COUNTED = {"ja": re.compile(r"(数え|何人|何台)"), "en": re.compile(r"(?i)(count|how many)")}
# his praise of the supporter's technique (「まとめてもらうと整理がつく」「人に話してみるもんですね」
# 「ちゃんと聞いてもらえてるんだなって」 / "laid out like that it's clearer"): once a meeting, never a
# recurring stock line (r18b s05 T10: the summary line said a second time)
TECHNIQUE = {
    "ja": re.compile(
        r"(まとめて(もら|いただ|くれ)|並べて(もら|いただ|くれ)|(人|ひと)に(言って|話して|聞いて)(もら|み)|話してみるもん|"
        r"聞いてもらえ|聞いてもろ|拾って(もら|いただ|くれ)|言葉にして(もら|いただ)|整理が(つ|でき))"
    ),
    "en": re.compile(
        r"(?i)(laid out like that|hearing it back|hearing it laid|said back|put into words for me|"
        r"someone (to listen|listening)|being listened to|talking it through helps|helps to talk)"
    ),
}
# 「帳面を見ないと」 / "without the books": only to a question on an amount in his books (money, a
# share), never to how long or how often something of his days has been (r18a s07 T6)
BOOKS = {"ja": re.compile(r"(帳面|帳簿|決算書|台帳|伝票)"), "en": re.compile(r"(?i)\b(books|accounts|ledger|paperwork)\b")}


# 「どうって、普通にやってますよ」 / "What's it like? Ordinary": a line that echoes a how-question,
# only when the question asked how (r14b: to 「誰がネットの注文を担当するんですか」)
HOW_ECHO = {
    "ja": re.compile(r"^[…、\s]*(うーん、|まあ、|さあ、)?(どうって|どうと言われ|どう言われ)"),
    "en": re.compile(r"(?i)^\W*(what's it like\?|how\?|how('s| is) it\?)"),
}


# an opener that already offers to tell more (「…もう少しお話ししましょうか。」 / "Shall I tell you a
# little more?"): a lead-in to the disclosure after it says it twice (r14a: 「…もう少しお話ししましょうか。
# ええと…まあ、お話ししましょうか。」), so the disclosure follows it directly
# a confidential preface (「ここだけの話」「誰にも言ってない」「あまり人に言ったことない」): said at most
# once in a meeting, and only before a real confession (a personal or core fact), never before a
# profile fact (r17a s04: three in five turns; s05: two in a row)
CONFIDES = {
    "ja": re.compile(
        r"ここだけ|誰にも(言|話)|(言|話)うた(こと|ことは)ない|(人|ひと)(に|には)(は)?[^。]{0,6}(言|話|い)(っ|し|わ|う)|書かないで|内緒|内密"
    ),
    "en": re.compile(
        r"(?i)between (us|you and me)|(told|tell) (anyone|anybody|many people|people)|not something i (tell|say)|off the record"
    ),
}
# 「うーん、ものによりますね」「仕事によるね」 answers how much or whether, never who: a question on
# who (「どなたの手が一番いっぱいに」) gets another line (r17a s05 T5)
DEPENDS = re.compile(r"(もの|仕事|物|場合|人|時)によ(る|ります)|一概には")
ASKS_WHO = re.compile(r"誰|だれ|どなた|どの方|どちら様")
# a put-off (「また今度」「お茶でも飲みながら、またいつか」「それ以上は、今はいいだろ」) or a bare filler
# (「ああ、まあね。」) belongs to a guarded owner: once he trusts the supporter (``WARM_TRUST``) a
# question gets a line with something in it (r17b s01 T11 at trust 60, s05 T10 at trust 80)
WARM_TRUST = 50.0
PUT_OFF = {
    "ja": re.compile(
        r"また今度|おいおい|追い追い|そのうち|またいつか|お茶でも|今日の話では|今はいい|それ以上は|"
        r"外の人に話す|様子見てから|今日会ったばっかり|またゆっくり|また改めて|"
        # 「今日はいいでしょう」「今日のところは、ご勘弁を」「今じゃなくていい」「置いとこう」: the same
        # put-off in other words, never said to a gentle question at warm trust (r20a s07 t7)
        r"今日はいい|今日のところは|勘弁|考えてからに|考えさせて|うちの中の(話|こと)|話が長くなる|話すと長くなる|そこまで話すような|今じゃなくて|置いとこ|今掘ります|まだ早い|そこまではね|"
        r"^[…\s]*(あの…)?それは、ちょっと。$|"
        r"^[…\s]*(ああ|うん|ええ|まあ|はあ|ほう|へえ)[、…\s]*(まあ|そう)?[、…\s]*(ね|ねえ|な|だね|ですね|ですねえ)?[。…！\s]*$"
    ),
    "en": re.compile(
        r"(?i)another (time|day)|some other (time|day)|cup of tea|not today|enough for now|for now|"
        r"^\W*(ah|oh|well|hm+|yeah|sure)\W*(well|yeah|sure)?\W*$"
    ),
}
OFFERS_MORE = {
    "ja": re.compile(r"((もう少し|もうちょっと|もっと)[、,]?(お?話|話して|申し上げ)|話してもいいですか)[^。]*[。？?]?$"),
    "en": re.compile(r"(?i)tell you (a (little|bit) )?more\W*$"),
}


# a line that opens by echoing the question's words (「一番の悩み、ですか。」「悩みねえ…」「10年先、ねえ。」
# 「3年後？」「なんでって…」): only when the supporter said them (r14b: 「本当に何も困っていることは
# ないんですか」 echoed as 「一番の悩み、ですか」; r15: a time span or a why nobody asked about)
_JA_ECHO_OPEN = re.compile(
    r"^…?(?P<w>(なんで|なぜ|どうして)|[0-9０-９一-龥ァ-ヴー][0-9０-９一-龥ァ-ヴーぁ-ん]{0,9}?)"
    r"(、ですか|ですか|、ねえ|ねえ|？|って[、…？]|って…|…)"
)
_JA_ECHO_MOD = re.compile(r"^(一番の|今の|最近の|本当の)")
_JA_WHY = re.compile(r"(なんで(?!す|しょ)|何で(?!す)|なぜ|何故|どうして)")  # not 「大変なんですね」
# a time span (「10年先」「十年後」「3年後」): said when its number and unit are in the question
_JA_SPAN = re.compile(r"^(?P<n>[0-9]+|[一二三四五六七八九十百]+)(?P<u>年|か月|ヶ月|カ月)")
_KANJI_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _ja_number(text: str) -> str:
    """Kanji numerals up to 99 and full-width digits as ASCII digits (「十年」 → 「10年」)."""
    text = text.translate(str.maketrans("０１２３４５６７８９", "0123456789"))

    def _value(m: re.Match[str]) -> str:
        k = m.group(0)
        if "十" not in k:
            return "".join(str(_KANJI_DIGITS[c]) for c in k)
        tens, _, ones = k.partition("十")
        return str((_KANJI_DIGITS.get(tens, 1) if tens else 1) * 10 + (_KANJI_DIGITS.get(ones, 0) if ones else 0))

    return re.sub(r"[一二三四五六七八九]?十[一二三四五六七八九]?|(?<![一-龥])[二三四五六七八九]+(?=年|か月|ヶ月|カ月)", _value, text)


class UnaskedEcho:
    """Matches a line that opens with an echo of words the question did not say (Japanese)."""

    def __init__(self, question: str) -> None:
        self.question = question

    def opener(self, text: str) -> re.Match[str] | None:
        """The echo the line opens with, when the question did not say its words."""
        m = _JA_ECHO_OPEN.match(text)
        if m is None:
            return None
        word = m.group("w")
        if _JA_WHY.fullmatch(word):
            return None if _JA_WHY.search(self.question) else m
        span = _JA_SPAN.match(_ja_number(word))
        if span is not None:
            return None if span.group(0) in _ja_number(self.question) else m
        mod = _JA_ECHO_MOD.match(word)
        core = word[mod.end():] if mod else word
        if not core or core in ("どう", "そう", "ほう", "まあ", "ええ", "はい", "いや", "うーん", "さあ", "ほや", "ほやねえ"):
            return None  # a filler or a how-echo (HOW_ECHO decides that one), no word of the question
        said = core in self.question and (mod is None or mod.group(1)[:2] in self.question)
        return None if said else m

    def search(self, text: str) -> bool:
        return self.opener(text) is not None


class SoftPattern(UnaskedEcho):
    """A soft check by pattern: the line picked is redrawn only when it matches (every other
    pick unchanged, as with :class:`UnaskedEcho`)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        super().__init__("")
        self.pattern = pattern

    def search(self, text: str) -> bool:
        return self.pattern.search(text) is not None


_EN_NUMBERS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "fifteen": "15", "twenty": "20", "thirty": "30",
}
# a line opening on a span of years ("Ten years on... If you asked whether we can stay as we are…")
_EN_SPAN_OPEN = re.compile(
    r"(?i)^\W*(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty) "
    r"years?( on| from now| ahead| down the (line|road)| out)?(\.\.\.|…|\?|,|\.)\s*"
)
_EN_SPAN_ASKED = re.compile(
    r"(?i)\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty)(-| )years?\b"
)


class EnglishSpanEcho(UnaskedEcho):
    """Matches an English line that opens on a span of years the question did not name: "Ten
    years on..." to "say five years from now, what would you like it to look like?" (r16b s09 T4),
    as 「10年先、ねえ」 is matched in Japanese."""

    def opener(self, text: str) -> re.Match[str] | None:
        m = _EN_SPAN_OPEN.match(text)
        if m is None:
            return None
        n = m.group("n").lower()
        asked = {_EN_NUMBERS.get(x.group(1).lower(), x.group(1)) for x in _EN_SPAN_ASKED.finditer(self.question)}
        return None if _EN_NUMBERS.get(n, n) in asked else m


# a nod that takes in news or waits for more: no reply to "take your time" (nothing was told)
TOLD = re.compile(r"(?i)(\bI see\b|\bgo on\b|\bgo ahead\b|\band\?|\bunderstood\b|\bI'm listening\b|\bgot it\b|\bthat so\b)")

# the named things a line asks about (楽天, Amazon, サイト, 補助金): kanji, katakana or latin words
_NAMED = re.compile(r"[一-龥々]{2,}|[ァ-ヶー]{2,}|[A-Za-z]{2,}")
SETTLED_WORDS = 2  # named things of a question already in the talk that make it settled


class Settled:
    """A question of his whose named things (two or more) are already in the talk just had:
    asked again, it would ignore what was said (a hard avoid; see :func:`_fits`)."""

    def __init__(self, talk: list[str]) -> None:
        self.words = {w.lower() for t in talk for w in _NAMED.findall(t or "")}

    def search(self, text: str) -> bool:
        return len({w.lower() for w in _NAMED.findall(text)} & self.words) >= SETTLED_WORDS


Avoid = re.Pattern[str] | UnaskedEcho | Settled  # what a line must not match now
ECHOES = (UnaskedEcho, EnglishSpanEcho)  # the echoes dropped from a line when no other is left

# a stock line naming a trouble of his ("Well, being short of staff — every shop's the same") fits
# a question on how things are or what is hard, never one on what has gone well: the secret of
# years of stable business, what kept him going (r16a s06 T6, English)
TROUBLE_LINE = re.compile(
    r"(?i)\b(short of (staff|people|hands)|short-handed|short-staffed|there's no people|nobody to do)\b"
)
GOOD_ASKED = re.compile(
    r"(?i)\b(secrets?|success(ful)?|stable|stability|steady|lasted|"
    r"(kept|keeps|keep) (you|it|the \w+|things|them|us)( \w+)? (going|steady|afloat|alive|together)|"
    r"(gone|going|done|worked|working) (so |that |this )?well|proud|strengths?|strong points?|what works|thriv\w*)\b"
)


# a confidential preface ("Just between us.", 「ここだけの話」): said at most once a meeting, and
# only before a real confession (a core fact), never before a mundane one (r17a s09 T5, s04 T7–T11)
CONFIDED = {
    "ja": re.compile(r"(ここだけの話|誰にも言|人には言[わっ]|人に言[わっ]|人に言うた|言うたことない|言ったことない|あまり言わ|書かないで|内緒)"),
    "en": re.compile(
        r"(?i)(between (us|you and me)|n(o|'|’)t something I('ve)? (tell|told|talk about|say|like saying)|"
        r"(haven't|have not|never|not even) (said|told) (this|that|anyone|many)|I've not even said|"
        r"don't (tell|say this to) (people|many|anyone)|don't write this down|off the record|keep (this|it) to yourself)"
    ),
}


def confided(persona: Persona, state: EngineState, intent: ReplyIntent) -> list[Avoid]:
    """The confidential preface is kept for one real confession: once one has been said this
    meeting, or when what follows is no core fact, it is not said. Both of its patterns (the
    stock lines' ``CONFIDED`` and the lead-ins' ``CONFIDES``) are decided here."""
    pattern = CONFIDED[state.lang]
    # Japanese: before a personal or core fact; English: before a core fact only (r17a s09 T5)
    deep = (Depth.CORE,) if state.lang == "en" else (Depth.PERSONAL, Depth.CORE)
    core = any(persona.fact(i).depth in deep for i in intent.disclose)
    avoid: list[Avoid] = [pattern] if not core or _confided_before(persona, state, pattern) else []
    confession = any(persona.fact(i).depth is not Depth.SURFACE for i in intent.disclose)
    if not confession or state.used_lines.get("_confided"):
        avoid.append(CONFIDES[state.lang])
    return avoid


def _confided_before(persona: Persona, state: EngineState, pattern: re.Pattern[str]) -> bool:
    """A reply of this meeting already held a confidential preface (or one of the stock lines
    said does, for a state recorded before replies were marked)."""
    if state.used_lines.get("_confided"):
        return True
    for reaction in Reaction:
        lines = persona.lines.get(reaction)
        texts = lines.get(state.lang) if lines is not None else []
        pools = [(reaction.value, texts)]
        extra = persona.approving_lines.get(reaction)
        if extra is not None:
            pools.append((f"{reaction.value}:approving", extra.get(state.lang)))
        for key, pool in pools:
            if any(i < len(pool) and pattern.search(pool[i]) for i in state.used_lines.get(key, [])):
                return True
    return False


# "I'll think about it." takes a proposal under advisement: a presumption put to him as a question
# ("I guess the old machines are slowing production, aren't they?") proposes nothing to think over
# (r17a s02 T7, English)
THINK_OVER = re.compile(r"(?i)\b(think (about|it over)|give it (some )?thought|talk it over|mull it over)\b")
PROPOSED = re.compile(r"(?i)\b(should|ought|why don't you|why not|how about|what about|recommend|suggest|try|consider|could you|would you)\b")


# reactions whose back-references are true by the move itself: the supporter asked again, or
# gave back the owner's own words
RECALLS = (Reaction.REPEAT, Reaction.REFLECTION_RESPONSE, Reaction.SUMMARY_RELIEF)


def _avoid(state: EngineState, intent: ReplyIntent | None, question: str = "") -> list[Avoid]:
    """Line patterns the reply must not use now: a back-reference in the first reply, a
    postponement on a topic the owner raised himself or when nothing was asked, a confirmation
    of a give-back when the supporter asked a question."""
    out = []
    if not state.said and state.turn <= 1:
        out.append(BACK_REFERENCE[state.lang])
    elif intent is not None and intent.reaction not in RECALLS and not state.used_lines.get(intent.reaction.value):
        # 「それ、さっきから言ってるよね」 claims he said it before: only once he has (the same
        # reaction said earlier in the meeting), or to a question asked again (r11a s04)
        out.append(BACK_REFERENCE[state.lang])
    if (
        intent is not None and question
        and {Reaction.REFLECTION_RESPONSE, Reaction.SUMMARY_RELIEF} & {intent.reaction, intent.opener}
        and not his_own_words(question, state.owner_said, state.lang)
    ):
        out.append(BACK_REFERENCE[state.lang])  # a guess checked gets a plain yes, never "as I said"
    if question and not promises(question, state.lang):
        out.append(PRESUMES_PROMISE[state.lang])  # 「押しつけないってんなら」 only after such a promise
    if intent is not None and (intent.owner_topic or intent.ask_kind == "none"):
        out.append(POSTPONE[state.lang])  # 「また今度ゆっくりね」 defers a question never asked
    if intent is not None and intent.ask_kind not in ("none", "polar"):
        out.append(CONFIRM[state.lang])
    if intent is not None and not intent.praised:
        out.append(MODESTY[state.lang])
    if intent is not None and intent.ask_kind in ("opinion", "feeling", "future"):
        out.append(DOING[state.lang])
    if intent is not None and intent.ask_kind in ("fact", "polar"):
        out.append(WORDLESS[state.lang])
    elif intent is not None and question and (q := question_sentence(question, state.lang)) is not None and (
        form_of(q, state.lang) == "polar"
    ):
        # "Have you ever talked with them about the future?" asks a yes or no, even on the future:
        # never "I can't quite put that into words" (r18a s06 T8)
        out.append(WORDLESS[state.lang])
    if intent is not None and state.lang == "ja" and intent.ask_kind != "none" and not intent.asked_how:
        out.append(SoftPattern(HOW_ECHO[state.lang]))
    if intent is not None and not intent.pushed and intent.reaction in PLAIN:
        out.append(DECIDE[state.lang])
    if question and state.lang == "ja":
        out.append(UnaskedEcho(question))
    elif question and state.lang == "en":
        out.append(EnglishSpanEcho(question))
    if question and state.lang == "en" and intent is not None and intent.reaction is Reaction.ACKNOWLEDGE and (
        calms(question, "en") or intent.ask_kind == "polar"
    ):
        # "Take your time." → "Yes, I see." (r15b s09 T12); a question is no news to take in:
        # "Do you mean the way you train people?" → "Got it." (r16b s06 T8)
        out.append(SoftPattern(TOLD))
    if question and state.lang == "en" and intent is not None and intent.reaction in PLAIN and (
        (q := question_sentence(question, "en")) is not None and GOOD_ASKED.search(q)
    ):
        out.append(SoftPattern(TROUBLE_LINE))
    if question and state.lang == "en" and intent is not None and intent.reaction is Reaction.WITHDRAW and (
        intent.ask_kind != "none" and not PROPOSED.search(question)
    ):
        out.append(SoftPattern(THINK_OVER))
    if intent is not None and intent.pushed:
        out.append(INSIGHT[state.lang])
    elif intent is not None and not intent.gave_back:
        out.append(REALISED[state.lang])
    return out


def _fits(text: str, avoid: list[Avoid]) -> bool:
    """No hard pattern matches ``text`` (an unasked echo is soft: see :func:`pick_line`)."""
    return not any(p.search(text) for p in avoid if not isinstance(p, UnaskedEcho))


def _rng(state: EngineState, key: str, attempt: int = 0) -> random.Random:
    return random.Random(f"{state.persona_id}:{state.lang}:{state.seed}:{state.turn}:{key}:{attempt}")


def _choose(texts: list[str], used: list[int], rng: random.Random) -> int:
    fresh = [i for i in range(len(texts)) if i not in used]
    if not fresh:  # every alternative said once: start a new round
        used.clear()
        fresh = list(range(len(texts)))
    index = rng.choice(fresh)
    used.append(index)
    return index


def _choose_unechoed(
    texts: list[str], used: list[int], rng: random.Random, avoid: list[Avoid] | None, banned: set[int] | None = None
) -> str:
    """As :func:`_choose`, but a line opening on an echo of words never said is redrawn (or, with
    no other line left, said without its echo), and a ``banned`` line is never drawn while another
    is left; every other pick unchanged."""
    soft = [p for p in avoid or [] if type(p) in ECHOES]
    allowed = [i for i in range(len(texts)) if i not in (banned or set())] or list(range(len(texts)))
    if not soft and not banned:
        return texts[_choose(texts, used, rng)]
    fresh = [i for i in allowed if i not in used]
    if not fresh:
        used.clear()
        fresh = list(allowed)
    index = rng.choice(fresh)
    if any(p.search(texts[index]) for p in soft):
        other = [i for i in fresh if not any(p.search(texts[i]) for p in soft)]
        if other:
            index = rng.choice(other)
    used.append(index)
    return _drop_echo(texts[index], soft)


def warm_close(persona: Persona, intent: ReplyIntent) -> bool:
    """A warm goodbye (the persona's approving closing lines, 「話してみるもんやね」): trust earned
    and not lost on the last turn; never after a push, never to a cold owner."""
    return intent.trust >= persona.behaviour.approves_at and intent.trust_delta >= 0


def pick_line(
    persona: Persona,
    state: EngineState,
    reaction: Reaction,
    *,
    approving: bool = False,
    attempt: int = 0,
    avoid: list[Avoid] | None = None,
    lectured: bool = False,
) -> str:
    """One of the persona's lines for ``reaction`` (its approving lines too when ``approving``),
    marked used in ``state``."""
    lang = state.lang
    pools = [(reaction.value, persona.lines[reaction].get(lang))]
    extra = persona.approving_lines.get(reaction)
    if approving and extra is not None:
        pools.append((f"{reaction.value}:approving", extra.get(lang)))
        if reaction is Reaction.CLOSING:
            pools = pools[1:]  # a goodbye after an earned meeting is a warm one
    texts = [(key, i, t) for key, lines in pools for i, t in enumerate(lines)]
    avoid = list(avoid or [])
    if reaction is Reaction.LECTURE_PUSHBACK and not lectured:
        avoid.append(LOFTY[lang])
    if reaction is Reaction.CLOSING and not state.no_audit:
        avoid.append(AUDIT[lang])
    if reaction is Reaction.CLOSING and not approving:
        avoid.append(WARM_BYE[lang])  # a plain goodbye: no warmth the meeting did not earn
    if avoid:
        texts = [x for x in texts if _fits(x[2], avoid)] or texts
    used = {key: state.used_lines.setdefault(key, []) for key, _ in pools}
    fresh = [(k, i, t) for k, i, t in texts if i not in used[k]]
    if not fresh:
        for u in used.values():
            u.clear()
        fresh = texts
    rng = _rng(state, reaction.value, attempt)
    key, index, text = rng.choice(fresh)
    soft = [p for p in avoid if isinstance(p, UnaskedEcho)]
    if soft and any(p.search(text) for p in soft):
        # an echo of words never said: another line, drawn only then (every other pick unchanged)
        other = [x for x in fresh if not any(p.search(x[2]) for p in soft)]
        if other:
            key, index, text = rng.choice(other)
        else:  # no other line left: the line without its echo (「十年先、ねえ。…正直、…」 → 「正直、…」)
            text = _drop_echo(text, soft)
    used[key].append(index)
    return text


def _drop_echo(text: str, soft: list[Avoid]) -> str:
    """``text`` without the unasked echo it opens with (unchanged when nothing would be left)."""
    for p in soft:
        m = p.opener(text) if type(p) in ECHOES else None
        if m is not None:
            rest = text[m.end():].lstrip("。、…？? 　")
            return rest if len(rest) >= 4 else text
    return text


def answer_text(persona: Persona, state: EngineState, intent: ReplyIntent, attempt: int = 0) -> str | None:
    """The owner's words for the factual question the intent answers (None: no answer)."""
    if intent.answer is None or persona.answers is None:
        return None
    lang = state.lang
    if intent.answer.topic is None:
        key, texts = "_unknown", persona.answers.unknown.get(lang)
        if not intent.answer.count:  # 「数えたこともないよ」 answers only a how-many question
            texts = [t for t in texts if not COUNTED[lang].search(t)] or texts
        if not intent.answer.amount:
            texts = [t for t in texts if not BOOKS[lang].search(t)] or texts
    else:
        a = persona.answer(intent.answer.topic)
        if intent.answer.guarded and a.guarded is not None:
            key, texts = f"{a.id}:guarded", a.guarded.get(lang)
        else:
            key, texts = a.id, a.text.get(lang)
    used = state.used_answers.setdefault(key, [])
    return texts[_choose(texts, used, _rng(state, key, attempt))]


def join(parts: list[str], lang: str) -> str:
    sep = "" if lang == "ja" else " "
    return sep.join(p.strip() for p in parts if p and p.strip())


@lru_cache(maxsize=8192)
def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=6).hexdigest()


_CONNECTIVE = re.compile(
    r"^(で、|…|\.\.\.|それに|それと|ですから|だから|まあ|実は|ええ|うん|Well|So |And |Actually|Speaking|As for)"
)
LEAD_IN = 0.5  # how often a plain answer or a next-step line starts with one of the fillers


# lead-ins that conclude from what he said before (「だからさ、」「要はさ、」 'so, as I said'): not
# where a back-reference is out of place (his first reply, a question he was not asked before)
LEAD_BACK = {"ja": re.compile(r"^(だから|要は|つまり)"), "en": re.compile(r"(?i)^(so|as i said)\b")}


# discourse markers that open an English clause ("Well,", "Honestly,", "…Well,"): one reply opens
# no two clauses with the same one (r20a s06 t3 "The future… Honestly, maybe … Honestly, how
# much …", s02 t9 "Well, …Well,"), and none follows another after a pause ("Look, …Well,")
_MARKER_WORDS = (
    "well", "honestly", "frankly", "look", "hm", "hmm", "mm", "um", "ah", "oh", "right", "actually",
    "still", "mind you", "i mean", "let me see", "you know", "anyway", "so",
)
_EN_MARKER = re.compile(
    r"(?i)(?P<pre>^|(?<=[.!?…])\s*|(?<=[.!?…]\s)|(?<=,\s))(?P<dots>\.\.\.|…)?"
    r"(?P<word>" + "|".join(re.escape(w).replace(r"\ ", r"\s") for w in _MARKER_WORDS) + r"),\s+"
)


def _no_repeated_marker(text: str) -> str:
    """An English reply with no clause opened by a discourse marker that already opened one
    before it (the later one is dropped; the clause then opens with its own words, capitalised
    at a sentence start), and no lead-in left before a pause and a marker of his own line ("Look,
    …Well, it's not sitting right" → "…Well, it's not sitting right": his line kept whole)."""
    seen: set[str] = set()
    cuts: list[tuple[int, int]] = []  # spans to drop
    last: tuple[int, int] | None = None  # the span of the last marker kept
    for m in _EN_MARKER.finditer(text):
        start = m.start("dots") if m.group("dots") else m.start("word")
        if text[max(0, start - 2) : start] == ", " and (last is None or start != last[1]):
            continue  # "yes, well, …" inside a clause: not a clause opening
        word = re.sub(r"\s+", " ", m.group("word").lower())
        if last is not None and start == last[1] and m.group("dots"):
            cuts.append(last)  # the lead-in before his own line's pause and marker goes
            seen.add(word)
            last = (start, m.end())
            continue
        if word in seen:
            cuts.append((start, m.end()))
            continue
        seen.add(word)
        last = (start, m.end())
    if not cuts:
        return text
    out: list[str] = []
    pos = 0
    for a, b in sorted(cuts):
        out.append(text[pos:a])
        pos = b
        before = "".join(out).rstrip()
        if pos < len(text) and (not before or before[-1] in ".!?"):
            out.append(text[pos].upper())
            pos += 1
    out.append(text[pos:])
    return "".join(out)


# the English owner's verbal tics: the lead-in a reply opens with ("...Well now.", "Well,", "Ah,",
# "Hm,", "Let me see,") — r22a: "...Well now." opened three replies of one meeting (s03), and
# "Well, ...You ask me that. Well." said one twice in a reply (s06 T9)
TIC_WINDOW = 3  # a tic that opened one of his last replies does not open the next ones
_EN_TIC = re.compile(
    r"(?i)^(?:\.\.\.|…)?\s*(?P<tic>well now|well|ah|oh|hm+|mm+|um+|let me see|let's see|honestly|look|right|yes, well)"
    r"(?P<end>\.\.\.|…|[,.!])\s*"
)
# a tic said again as a sentence of its own later in the reply ("…You ask me that. Well. It's not")
_EN_TIC_AGAIN = re.compile(r"(?i)(?<=[.!?…])\s+(well now|well|ah|hm+|mm+)[.…]+(?=\s+[A-Z'\"]|$)")


def tic(text: str) -> str | None:
    """The verbal tic an English reply opens with (normalised: "well now", "well", "ah"), or None."""
    m = _EN_TIC.match(text.strip())
    return re.sub(r"\s+", " ", m.group("tic").lower()) if m else None


def recent_tics(owner_said: list[str]) -> set[str]:
    """The tics (first words: "well now" is a "well") that opened his last ``TIC_WINDOW`` replies."""
    return {t.split()[0] for t in (tic(x) for x in owner_said[-TIC_WINDOW:]) if t is not None}


def _vary_tics(text: str, owner_said: list[str] | None = None) -> str:
    """An English reply says no tic twice: an opening tic that opened one of his last
    ``TIC_WINDOW`` replies (his line's own too: "Well, being short of staff…" after "Well, ...You
    ask me that"), a second tic right after the opening one ("Hm, well now... I've never" → "Well
    now... I've never") and a tic said again as a sentence of its own later on ("Well, ...You ask me
    that. Well. It's not" → "Well, ...You ask me that. It's not") go; his own words stay."""
    opening = tic(text)
    recent = recent_tics(owner_said or [])
    for _ in range(3):
        m = _EN_TIC.match(text.strip()) if opening is not None else None
        stripped = text.strip()[m.end():] if m else ""
        again = m is not None and (tic(stripped) is not None or opening.split()[0] in recent)  # type: ignore[union-attr]
        if not again or not re.match(r"(\.\.\.|…)?\s*[A-Za-z]", stripped):
            break
        cut = len(stripped) - len(stripped.lstrip(".… "))
        text, opening = stripped[:cut] + stripped[cut].upper() + stripped[cut + 1:], tic(stripped)
    if opening is not None:
        def _again(m: re.Match[str]) -> str:
            return "" if re.sub(r"\s+", " ", m.group(1).lower()) in (opening, opening.split()[0]) else m.group(0)
        text = _EN_TIC_AGAIN.sub(_again, text)
    return text


def _lead_in(persona: Persona, state: EngineState, attempt: int, avoid: list[Avoid] | None = None) -> str:
    """Now and then a spoken lead-in (「ええと、」「まあ、」) before a plain answer; one that
    concludes from earlier words only where a back-reference fits."""
    fillers = persona.fillers.get(state.lang) if persona.fillers else []
    rng = _rng(state, "lead_in", attempt)
    if not fillers or rng.random() >= LEAD_IN:
        return ""
    if avoid and BACK_REFERENCE[state.lang] in avoid:
        fillers = [f for f in fillers if not LEAD_BACK[state.lang].match(f)] or fillers
    if state.lang == "en":  # a tic that opened one of his last replies does not lead in the next
        recent = recent_tics(state.owner_said)
        fillers = [f for f in fillers if (tic(f) or "#").split()[0] not in recent]
        if not fillers:
            return ""
    return rng.choice(fillers)


_NAME = re.compile(r"(?<=[a-z,;] )([A-Z][a-z]+)")


_NAMES: dict[str, frozenset[str]] = {}


def _names(persona: Persona) -> frozenset[str]:
    """English words the persona capitalises mid-sentence (names: Maruei, Tamura, Rakuten)."""
    if persona.id in _NAMES:
        return _NAMES[persona.id]
    texts = [f.text.en for f in persona.facts] + [t for v in persona.lines.values() for t in v.en]
    if persona.answers:
        texts += [t for a in persona.answers.topics for t in a.text.en]
    names = frozenset(m for t in texts for m in _NAME.findall(t))
    if len(_NAMES) > 64:
        _NAMES.clear()
    _NAMES[persona.id] = names
    return names


# a line that already opens as speech does (「そうですねえ…」「うーん、」「…怖いですけど」 / "Well…",
# "Hm."): no lead-in of the owner's before it (「そうですねえ、そうですねえ…」「ええと、うーん、」)
SPOKEN_OPENING = {
    "ja": re.compile(
        r"^(…|‥|\.\.\.|ええと|えっと|ええ[、。…]|うーん|うん[、。…]|んー|まあ|そうですね|そうだな|そうやね|ほや[ねな]|"
        r"ほうや|いやあ|いや[、…]|いやいや|正直|だから[さね、]|要は|なんというか|なんて言うか|あの[、…]|その[、…]|さあ|はあ|"
        r"へえ|ああ|おお|はは)"
    ),
    "en": re.compile(
        r"(?i)^(…|\.\.\.|well\b|hm+\b|um+\b|uh\b|oh\b|look\b|honestly\b|frankly\b|let me see\b|mm+\b|ah\b|"
        r"i mean\b|right[,.]|yeah\b|ha\b|so,)"
    ),
}
# a line that opens on an echo of the trainee's words (「一緒にねえ。」「気持ち、ですか。」 / "Ten
# years?"): the echo is the owner's first word; a lead-in glued before it is a seam (「だからさ、一緒にねえ」)
ECHO_OPENING = {
    "ja": re.compile(
        r"^([^。？！、…]{1,12}(、?ですか|、ですかね|、か|、?(?<!か)ねえ)(？|。|…)"
        r"|[^。？！、…\s]{1,8}？|(なんで|なぜ|どうして)って[、…])"  # 「3年後？ …」「なんでって…」 (r15)
    ),
    "en": re.compile(r"^[^.?!,]{1,24}\?(\s|$)"),
}


def opens_spoken(text: str, lang: str, persona: Persona | None = None) -> bool:
    """``text`` opens with a lead-in, a hesitation or an echo of its own: none is put before it."""
    text = text.lstrip()
    if SPOKEN_OPENING[lang].match(text) or ECHO_OPENING[lang].match(text):
        return True
    fillers = persona.fillers.get(lang) if persona is not None and persona.fillers else []
    return any(text.startswith(stem) for f in fillers if (stem := f.strip("、,。.… ")))


def _merge_opening(lead: str, text: str, lang: str, persona: Persona | None) -> str | None:
    """``lead`` merged with the spoken opening ``text`` has (None: it cannot be): a pause takes
    the lead-in before it (「いやあ、」 + 「…怖いですけど」 → 「いやあ…怖いですけど」); the line's
    own words stay as written (an answer is said as the persona file has it)."""
    pause = "…" if lang == "ja" else "..."
    if text.startswith(pause) and lead.endswith(("、", ",")):
        rest = text[len(pause):].lstrip()
        if rest and not opens_spoken(rest, lang, persona):
            return lead[:-1] + pause + ("" if lang == "ja" else " ") + rest
        return None
    return None


def _glue(lead: str, text: str, lang: str, persona: Persona | None = None) -> str:
    """``lead`` before ``text``: 「まあ、」 + 「38人です。」; "Well," + "forty-two …" (a name keeps
    its capital). Japanese: never a doubled lead-in: before a line that opens with a pause or a
    lead-in of his own, none (a pause takes it: 「いやあ…」); before an echo, none. (English
    lines mostly open with their own "Well,"/"Hm,": the same rule there cost a seed's variety
    (dev bots, word for word as in seed 0: 15.0 % → 17.0 %) and is left to the English work.)"""
    if not lead:
        return text
    if lang == "ja" and opens_spoken(text, lang, persona):
        return _merge_opening(lead, text, lang, persona) or text
    if lang != "en":
        return lead + text
    if tic(lead) is not None and tic(text) is not None:
        return text  # "Hm," before "Well now... I've never": his line's own tic is enough
    first = text.split(" ", 1)[0].strip(".,;:!?—'\"")
    names = _names(persona) if persona is not None else frozenset()
    pronoun = first == "I" or first.startswith(("I'", "I’"))  # "I", "I'm", "I'd" keep the capital
    acronym = len(first) > 1 and first[1].isupper()  # "DX", "EC": never "Well, dX"
    if lead.endswith(",") and first and first not in names and not pronoun and not acronym:
        text = text[0].lower() + text[1:]
    return f"{lead} {text}"


def _relead(filler: str, text: str, lang: str, persona: Persona) -> str:
    """``text`` led in by ``filler``; a lead-in of his own it opens with is swapped for it
    (「まあ、38人です。」 → 「ええと、38人です。」), never doubled."""
    for own in persona.fillers.get(lang) if persona.fillers else []:
        if own != filler and text.startswith(own):
            rest = text[len(own):].lstrip()
            if rest and not opens_spoken(rest, lang, persona):
                return _glue(filler, rest[0].upper() + rest[1:] if lang == "en" else rest, lang, persona)
    return _glue(filler, text, lang, persona)


def open_text(
    persona: Persona, state: EngineState, intent: ReplyIntent, attempt: int = 0, avoid: list[Avoid] | None = None
) -> str | None:
    """The owner's talk on the open topic the intent names (None: no such topic)."""
    if intent.open_topic is None:
        return None
    for o in persona.open_answers:
        if o.id == intent.open_topic:
            why = intent.ask_kind == "cause" and o.cause is not None  # his own why on the topic
            texts = o.cause.get(state.lang) if why else o.text.get(state.lang)  # type: ignore[union-attr]
            used = state.used_answers.setdefault(f"open:{o.id}" + (":cause" if why else ""), [])
            if len(set(used)) >= len(texts):
                return None  # all of it said already: not again as if new (playtest r6)
            return _choose_unechoed(texts, used, _rng(state, f"open:{o.id}", attempt), avoid)
    return None


def fact_text(
    persona: Persona, state: EngineState, fact_id: str, attempt: int = 0, *, confirms: bool = False,
    earlier: list[str] | None = None,
) -> str:
    """One wording of a disclosed fact (its text or a variant), chosen by the session's seed:
    the same seed says it alike, another seed may word it otherwise. Told after a personal or
    core fact of his, or after he has just confirmed a summary (``confirms``), a fact with
    ``late`` wordings is said in one of them: his request come back to, never his pitch again.
    The application form's pitch is said once a meeting: a form fact told after another form
    fact (``earlier``: the facts told in earlier turns) is said in its ``late`` wording too, in
    either language and at any trust."""
    pitched = persona.fact(fact_id).form and any(persona.fact(f).form for f in earlier or [] if f != fact_id)
    late = confirms or pitched or persona.opened_before(fact_id, state.disclosed, state.trust)
    texts = persona.fact_texts(fact_id, state.lang, late=late)
    if len(texts) == 1:
        return texts[0]
    return texts[_rng(state, f"fact:{fact_id}", attempt).randrange(len(texts))]


def confirms_check(intent: ReplyIntent) -> bool:
    """The reply confirms the supporter's summary or give-back first (「ええ、その通り」): what
    follows it is no fresh pitch (r15a s06 T8)."""
    return Reaction.SUMMARY_RELIEF in (intent.reaction, intent.opener) or intent.reaction is Reaction.REFLECTION_RESPONSE


def peak_text(
    persona: Persona, state: EngineState, intent: ReplyIntent, attempt: int = 0, avoid: list[Avoid] | None = None
) -> str | None:
    """The owner's own line for a feeling, the future, an invitation or a clarification."""
    if intent.peak is None or persona.peak is None:
        return None
    texts = persona.peak.get(intent.peak, state.lang)
    used = state.used_answers.setdefault(f"peak:{intent.peak}", [])
    hard = [p for p in avoid or [] if p is PRESUMES_PROMISE[state.lang]]
    banned = {i for i, t in enumerate(texts) if any(p.search(w) for p in hard for w in persona.peak.wordings(t))}
    text = _choose_unechoed(texts, used, _rng(state, f"peak:{intent.peak}", attempt), avoid, banned)
    words = persona.peak.wordings(text)  # the same answer, worded by the meeting's seed
    return words[_rng(state, f"reword:{intent.peak}").randrange(len(words))] if len(words) > 1 else text


def _compose_once(persona: Persona, state: EngineState, intent: ReplyIntent, attempt: int, question: str = "") -> str:
    lang = state.lang
    answer = answer_text(persona, state, intent, attempt)
    avoid = _avoid(state, intent, question) + confided(persona, state, intent)
    if lang == "ja" and (q := question_sentence(question, lang)) is not None and ASKS_WHO.search(q):
        avoid.append(DEPENDS)
    if intent.trust >= WARM_TRUST and intent.ask_kind != "none" and lang == "ja":
        avoid.append(PUT_OFF[lang])  # he trusts the supporter: no put-off, no bare filler to a question
    if state.used_lines.get("_technique"):
        avoid.append(TECHNIQUE[lang])  # his praise of the supporter's way of asking: said once already
    confession = any(persona.fact(i).depth is not Depth.SURFACE for i in intent.disclose)
    parts: list[str] = []
    offered = False
    if intent.opener is not None:
        # 「…もう少し、話してもいいですか。」 promises a story: only when one follows (r16b s08 T9:
        # promised, then 「…半分くらいは、そうかもしれません。」)
        promise = [] if intent.disclose or lang != "ja" else [OFFERS_MORE[lang]]
        opening = pick_line(persona, state, intent.opener, approving=intent.approving, attempt=attempt, avoid=avoid + promise)
        parts.append(opening)
        offered = lang == "ja" and bool(OFFERS_MORE[lang].search(opening)) and bool(intent.disclose)
    # a question is answered by the answer or the fact itself, not by a generic line before it
    answered_by = intent.reaction in (Reaction.ANSWER_CLOSED, Reaction.ANSWER_OPEN)
    silent = answered_by and (answer is not None or bool(intent.disclose))
    plain = intent.reaction is Reaction.NEXT_STEP and intent.opener is None
    earlier = [f for f in state.disclosed if f not in intent.disclose]
    facts = [
        fact_text(persona, state, fid, attempt, confirms=confirms_check(intent), earlier=earlier) for fid in intent.disclose
    ]
    talk = open_text(persona, state, intent, attempt, avoid) or peak_text(persona, state, intent, attempt, avoid)
    hesitations = persona.hesitations.get(lang) if persona.hesitations else []
    allowed = [i for i, t in enumerate(hesitations) if _fits(t, avoid)]
    if intent.never_said and persona.never_said is not None:
        parts.append(_never_said_line(persona, state, attempt))
    elif talk is not None and intent.reaction in (Reaction.GREETING, Reaction.TEST_PASSED):
        # his greeting, or his approval of a brief answer to his test, then his words on what was asked
        parts += [pick_line(persona, state, intent.reaction, attempt=attempt, avoid=avoid), talk]
    elif talk is not None:
        parts.append(_glue(_lead_in(persona, state, attempt, avoid), talk, lang, persona))
    elif not silent and intent.held_back and allowed and answer is None:
        used = state.used_lines.setdefault("_hesitation", [])
        fresh = [i for i in allowed if i not in used] or allowed
        index = _rng(state, "hes", attempt).choice(fresh)
        used.append(index)
        parts.append(hesitations[index])
    elif intent.opener is Reaction.SUMMARY_RELIEF and intent.reaction is Reaction.ANSWER_CLOSED and answer is None and not facts:
        pass  # his relief at the summary answers its check: no 「…半分くらいは、そうかも」 after it (r16b s08 T9, s10 T9)
    elif offered and intent.reaction is Reaction.DISCLOSE_LEAD:
        pass  # he has just offered to tell more: the disclosure follows without a second lead-in
    elif not silent:
        warm = intent.approving or (intent.reaction is Reaction.CLOSING and warm_close(persona, intent))
        line = pick_line(
            persona, state, intent.reaction, approving=warm, attempt=attempt, avoid=avoid, lectured=intent.lectured
        )
        parts.append(_glue(_lead_in(persona, state, attempt, avoid), line, lang, persona) if plain else line)
    elif answer is not None and intent.answer is not None and intent.answer.topic is not None:
        answer = _glue(_lead_in(persona, state, attempt, avoid), answer, lang, persona)
    elif answer is None and facts and not _CONNECTIVE.match(facts[0]):
        facts[0] = _glue(_lead_in(persona, state, attempt, avoid), facts[0], lang, persona)
    parts.append(answer or "")
    parts += facts
    if intent.followup is not None:
        warm = intent.followup is Reaction.CLOSING and warm_close(persona, intent)
        follow_avoid = avoid
        if intent.followup is Reaction.TEST_KNOWLEDGE and lang == "ja":
            # his test never asks again what the talk has just settled (r22a s04 T3: 「ECってどこの
            # がいいの？楽天？Amazon？それとも自分とこでサイト作るの？」 right after his own 「今度は
            # 自社サイトかな」 and the supporter's answer on 楽天 and 自社サイト)
            follow_avoid = [*avoid, Settled([question, *parts, *state.owner_said[-1:]])]
        parts.append(pick_line(persona, state, intent.followup, approving=warm, attempt=attempt, avoid=follow_avoid))
    if persona.rewordings:  # the same situation worded by the meeting's seed (r22a/r22b defect 10)
        facts = [reword(persona, state, f, avoid) for f in facts]
        parts = [reword(persona, state, p, avoid) for p in parts]
    if confession and any(CONFIDES[lang].search(p) for p in parts if p not in facts):
        state.used_lines.setdefault("_confided", []).append(state.turn)
    if any(TECHNIQUE[lang].search(p) for p in parts if p and p not in facts):
        state.used_lines.setdefault("_technique", []).append(state.turn)
    return join(parts, lang)


_REWORDINGS: dict[int, tuple[Persona, dict[str, list[tuple[str, list[str]]]]]] = {}
_STARTS_AFTER = frozenset(" 　。！？!?」』…")  # a reworded sentence starts the text or follows one of these
_ENDS_ON = frozenset("。！？!?」』….\"'")  # … and ends the text, ends on one of these, or a space follows
_JA_LETTER = re.compile(r"[ぁ-んァ-ヴ一-龥]")


def _rewording_table(persona: Persona) -> dict[str, list[tuple[str, list[str]]]]:
    """The persona's ``rewordings`` by their first sentence: (sentence or run of sentences, its
    wordings), longest first."""
    hit = _REWORDINGS.get(id(persona))
    if hit is None or hit[0] is not persona:
        table: dict[str, list[tuple[str, list[str]]]] = {}
        for r in sorted(persona.rewordings, key=lambda r: -len(r.line)):
            lang = "ja" if _JA_LETTER.search(r.line) else "en"
            head = (split_sentences(r.line, lang) or [r.line])[0]
            table.setdefault(head, []).append((r.line, [r.line, *r.also]))
        hit = (persona, table)
        _REWORDINGS[id(persona)] = hit
    return hit[1]


def _candidates(persona: Persona, text: str, lang: str) -> list[tuple[str, list[str]]]:
    """The rewordings whose first sentence is one of ``text``'s, longest first."""
    table = _rewording_table(persona)
    if not table:
        return []
    found = [e for s in split_sentences(text, lang) for e in table.get(s, ())]
    return sorted(found, key=lambda e: -len(e[0])) if len(found) > 1 else found


def _said_whole(line: str, text: str) -> int:
    """Where ``line`` stands in ``text`` as whole sentences (-1: nowhere, or inside a sentence)."""
    at = text.find(line)
    while at >= 0:
        end = at + len(line)
        if (at == 0 or text[at - 1] in _STARTS_AFTER) and (end == len(text) or line[-1] in _ENDS_ON or text[end] == " "):
            return at
        at = text.find(line, at + 1)
    return -1


def _said_before(text: str, state: EngineState) -> bool:
    """Every sentence of ``text`` that is no backchannel was said in this meeting (and it has one)."""
    keys = [k for x in split_sentences(text, state.lang) if (k := _key(x, state.lang))]
    return bool(keys) and all(_digest(k) in state.said_sentences for k in keys)


def reword(persona: Persona, state: EngineState, text: str, avoid: list[Avoid] | None = None) -> str:
    """``text`` with each of its sentences (or runs of sentences) that the persona rewords said
    in one of its wordings, chosen by the meeting's seed (the same seed, the same wording): the
    first, in the seed's order, matching no avoided pattern the sentence itself does not match
    (a rewording never brings in what the reply had to avoid). A sentence one of whose wordings
    was said already in the meeting keeps that wording: the meeting's no-repeat check then sees
    it said (a new wording of the same sentence is no new thing to say)."""
    lang = state.lang
    done: list[str] = []
    for line, wordings in _candidates(persona, text, lang) if text else ():
        at = _said_whole(line, text)
        if at < 0 or any(line in d for d in done):
            continue
        order = list(wordings)
        random.Random(f"{state.persona_id}:{lang}:{state.seed}:reword:{line}").shuffle(order)
        before = [bool(p.search(line)) for p in avoid or []]
        allowed = [w for w in order if all(b or not p.search(w) for p, b in zip(avoid or [], before, strict=True))] or [line]
        # one of its wordings said already in this meeting: that one again, so that the meeting's
        # check sees the sentence as said (another wording is no new line to say)
        said = [w for w in wordings if _said_before(w, state)]
        choice = (said or allowed)[0]
        done.append(choice)
        if choice != line:
            text = text[:at] + choice + text[at + len(line):]
    return text


def as_written(persona: Persona | None, text: str) -> str:
    """``text`` with every rewording of the persona's (``None``: of every shipped persona) put
    back to the sentence it rewords: what he said, in the file's own words (for checks that
    look for a fact's or a line's text in a reply)."""
    if persona is None:
        from ..datafiles import load_persona, persona_ids

        for pid in persona_ids():
            text = as_written(load_persona(pid), text)
        return text
    entries = [e for group in _rewording_table(persona).values() for e in group]
    for line, wordings in sorted(entries, key=lambda e: -len(e[0])):
        for w in wordings[1:]:
            at = _said_whole(w, text)
            if at >= 0:
                text = text[:at] + line + text[at + len(w):]
    return text


def _never_said_line(persona: Persona, state: EngineState, attempt: int) -> str:
    """A mild correction (「…そんなこと言いましたっけ？」): words given back as his that he never said."""
    lines = persona.never_said.get(state.lang) if persona.never_said else []
    used = state.used_lines.setdefault("_never_said", [])
    return lines[_choose(lines, used, _rng(state, "never_said", attempt))]


_JA_SENTENCE = re.compile(r"[^。！？!?]+(?:[。！？!?]+[」』）)]*|$)")
_EN_SENTENCE = re.compile(r".+?(?:[.!?…]+[\"')\]]*(?=\s|$)|$)")
BACKCHANNEL = {"ja": 6, "en": 2}  # a sentence this short (characters / words) may come again: 「ええ。」


def split_sentences(text: str, lang: str) -> list[str]:
    """The sentences of an owner reply, as said."""
    pattern = _JA_SENTENCE if lang == "ja" else _EN_SENTENCE
    return [m.strip() for m in pattern.findall(text) if m.strip()]


_NOT_CORE = re.compile(r"[\s。、！？!?.,…「」『』（）()\"'—-]+")


def core(sentence: str) -> str:
    """A sentence without spaces, punctuation and brackets, lower-cased: what two sayings share."""
    return _NOT_CORE.sub("", sentence).lower()


@lru_cache(maxsize=8192)  # every line the owner might say is checked against what he said, each turn
def _key(sentence: str, lang: str) -> str | None:
    """The comparison key of a sentence (None: a backchannel that may be said again)."""
    key = core(sentence)
    size = len(key) if lang == "ja" else len(sentence.split())
    return None if size <= BACKCHANNEL[lang] else key


def repeated_sentences(reply: str, earlier: list[str], lang: str) -> list[str]:
    """The sentences of ``reply`` (no backchannels) already said in one of ``earlier``."""
    seen = {k for e in earlier for x in split_sentences(e, lang) if (k := _key(x, lang))}
    return [x for x in split_sentences(reply, lang) if _key(x, lang) in seen]


def _fresh(text: str, state: EngineState) -> bool:
    """Neither the reply nor any sentence of it (but a backchannel) was said before."""
    if _digest(text) in state.said:
        return False
    return not any(
        (k := _key(x, state.lang)) and _digest(k) in state.said_sentences
        for x in split_sentences(text, state.lang)
    )


def _drop_said(text: str, state: EngineState) -> str:
    """``text`` without its sentences said before (empty when all were)."""
    keep = [
        x for x in split_sentences(text, state.lang)
        if not ((k := _key(x, state.lang)) and _digest(k) in state.said_sentences)
    ]
    if state.lang == "en" and not any(_key(x, state.lang) for x in keep):
        return ""  # a bare "Well." left of a line said before answers nothing (r15b s09 T11)
    if keep and state.lang == "en":
        keep[0] = keep[0][0].upper() + keep[0][1:]  # "…could we" → "Could we"
    return join(keep, state.lang)


def _unsaid_line(persona: Persona, state: EngineState, intent: ReplyIntent) -> str | None:
    """Last resort when every reply the intent allows repeats a sentence: a line of the same
    reaction, or a plain acknowledgement, none of whose sentences was said (None: none left)."""
    avoid = _avoid(state, intent)
    for reaction in (intent.reaction, Reaction.ACKNOWLEDGE):
        lines = list(persona.lines[reaction].get(state.lang))
        _rng(state, f"unsaid:{reaction.value}").shuffle(lines)
        for line in lines:
            if _fresh(line, state) and _fits(line, avoid):
                return line
    return None


# a turn with no words in it (a stray 「x」, 「？？」, "asdf"): no letter but up to four Latin ones
# in Japanese, up to one letter in English (r15b: 「x」 answered 「ええ、ええ、それでいいよ」)
_NO_WORDS = {
    "ja": re.compile(r"[\W_]*([A-Za-z][\W_]*){0,4}"),
    "en": re.compile(r"[\W_]*([B-HJ-Zb-hj-z][\W_]*)?"),
}
_SHORT_WORDS = re.compile(r"(?i)[\W_]*(ok|okay|yes|no|hi|ya|yeah)[\W_]*")


def wordless(text: str, lang: str) -> bool:
    """``text`` holds no word a supporter would say (a stray key, punctuation only)."""
    text = unicodedata.normalize("NFKC", text).strip()
    if not text or len(re.findall(r"[A-Z]", text)) >= 2:  # nothing said, or an acronym (「SNS？」)
        return False
    return bool(_NO_WORDS[lang].fullmatch(text)) and not _SHORT_WORDS.fullmatch(text)


def _puzzled(persona: Persona, state: EngineState, intent: ReplyIntent, question: str) -> bool:
    """A puzzled reply instead of a plain acknowledgement: the turn had no words in it."""
    return (
        persona.puzzled is not None
        and intent.reaction is Reaction.ACKNOWLEDGE
        and not intent.disclose
        and intent.answer is None
        and wordless(question, state.lang)
    )


def compose(persona: Persona, state: EngineState, intent: ReplyIntent, question: str = "") -> str:
    """The owner's reply to ``intent``; records what was said in ``state`` (the reply and each
    of its sentences: no sentence but a backchannel is said twice in a meeting)."""
    text = first = ""
    if _puzzled(persona, state, intent, question):
        lines = persona.puzzled.get(state.lang)  # type: ignore[union-attr]
        text = lines[_choose(lines, state.used_lines.setdefault("_puzzled", []), _rng(state, "puzzled"))]
        if intent.followup is not None:  # what he meant to add anyway (his test) follows the puzzlement
            follow = pick_line(persona, state, intent.followup, avoid=_avoid(state, intent, question))
            text = join([text, follow], state.lang)
        state.said.append(_digest(text))
        return text
    for attempt in range(ATTEMPTS):
        text = _compose_once(persona, state, intent, attempt, question)
        if state.lang == "en":  # judged fresh as it will be said
            text = _no_repeated_marker(text)
        first = first or text
        if _fresh(text, state):
            break
    else:
        text = _drop_said(first, state) or _unsaid_line(persona, state, intent) or first
    if not _fresh(text, state):
        fillers = persona.fillers.get(state.lang) if persona.fillers else []
        rng = _rng(state, "filler")
        recent = recent_tics(state.owner_said) if state.lang == "en" else set()
        for filler in rng.sample(fillers, len(fillers)):
            if (tic(filler) or "#").split()[0] in recent:
                continue  # no tic of his last replies again
            candidate = _relead(filler, text, state.lang, persona)
            if state.lang == "en":
                candidate = _no_repeated_marker(candidate)
            if candidate != text and _digest(candidate) not in state.said:
                text = candidate
                break
    if state.lang == "en":
        text = _no_repeated_marker(text)
        varied = _vary_tics(text, state.owner_said)
        if varied != text and _fresh(varied, state):  # stripped, it must still say nothing said before
            text = varied
    state.said.append(_digest(text))
    if CONFIDED[state.lang].search(text):
        state.used_lines.setdefault("_confided", []).append(state.turn)  # once a meeting
    for x in split_sentences(text, state.lang):
        k = _key(x, state.lang)
        if k and _digest(k) not in state.said_sentences:
            state.said_sentences.append(_digest(k))
    return text


class OfflineVoice:
    name = "offline"

    def __init__(self, **_: object) -> None:
        pass

    def realise(
        self,
        persona: Persona,
        state: EngineState,
        intent: ReplyIntent,
        history: list[Utterance],
    ) -> Realisation:
        started = time.perf_counter()
        question = next((u.text for u in reversed(history) if u.speaker == "trainee"), "")
        text = compose(persona, state, intent, question)
        return Realisation(
            text=text, backend=self.name, latency_ms=(time.perf_counter() - started) * 1000
        )
