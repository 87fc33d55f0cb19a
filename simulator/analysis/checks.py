"""Good moves the rules read as pushes (blind instructor playtests r13a / r13b, issue 8).

- A check of a fact from the briefing or from his own words (「花房堂さんは大正13年からですよね。」
  "You've been open since 1924, right?") is no leading question, and it does not make the open
  question after it leading; agreeing with his own point in his words (「42人の町工場には町工場の
  やり方がありますよね。」 after 「うちは42人の町工場なんだよ」) is no advice. A 「〜ですよね」 that
  brings words of the supporter's own (「鋼材はずっと上がっていますよね」 when he never spoke of
  steel, 「採用を増やすべきですよね」) stays a push.
- Accepting his pace ("Understood, let's get straight to it.", 「では、さっそく本題に入りましょう。」)
  proposes nothing about his business: no advice.
- A question that takes his quoted phrase and asks what lies behind it (「『それだけじゃないのかも
  しれん』というのは、何か思い当たることがおありなんですか。」) is an open deep-dive, even in a
  か-ending form.

Flags for the scorer (no act of their own):
- :func:`repairs`: the turn opens by owning the supporter's misstep (「すみません、先走りました。」
  "Sorry, I jumped ahead."): the question after it follows an acknowledgement.
- :func:`asks_documents`: the supporter asks for the financial statements or the books
  (「直近3期分の決算書を見せていただくことはできますか」 "could you bring the financial statements
  next time"): a push on a founder who keeps them private.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..acts import Act, Utterance
from . import acceptance, pushed_questions
from .cues import Word
from .declines import declines_request
from .manners import opens_with_apology
from .quoting import QUOTED, quotes_owner
from .revisions import verdict_tag

Words = Callable[[str], tuple[Word, ...]]

_EN_SPLIT = re.compile(r"(?<=[.!?])\s+")
_JA_SPLIT = re.compile(r"(?<=[。！？!?])")

# a check: the sentence asks him to confirm what it states
_CHECK = {
    "ja": re.compile(r"(です|ます|でした|ました|だった|だ|ん)よね[。？?！!…\s]*$"),
    "en": re.compile(
        r",\s*(right|correct|is that right|no|"
        r"(isn't|aren't|haven't|hasn't|didn't|don't|doesn't|wasn't|weren't) (it|you|he|she|they|we))\s*\?\s*$",
        re.I,
    ),
}
# a 「〜ですよね」 that presses a verdict, a should or a what-if is a push whatever its words
_PUSHING = {
    "ja": re.compile(
        r"べき|方が(いい|良い|よい)|ほうが(いい|良い|よい)|もし|たら|なら|じゃないですよね|ではないですよね|"
        r"ないですよね|しかない|必要|大変|厳しい|まずい|危ない|問題|"
        # his wish, plan or view presumed is no fact to check (「二号店を出したいんですよね」)
        r"たい|思って|思われ|お考え|考えて|つもり|希望|望ん|感じて|お気持ち|心配|不安|悩ん"
    ),
    "en": re.compile(
        r"\b(should|must|need to|have to|ought|better|if|would|worse|risk|problem|only way|can't|"
        # his wish, plan or view presumed ("So, you want to open a second shop, right?")
        r"want|wants|wanted|wish|hope|hoping|plan|planning|think|feel|believe|like to|'d like|intend|"
        r"worried|afraid|prefer)\b",
        re.I,
    ),
}
# a check of something that happened (「…でしたよね」「…たんですよね」 "…suggested it, right?")
_PAST = {
    "ja": re.compile(r"た(ん|の)?(です)?よね[。？?！!…\s]*$"),
    "en": re.compile(
        r"\b(\w+ed|said|told|put|sent|went|came|got|made|took|gave|began|brought|was|were|did|left|"
        r"found|bought|sold|built|ran)\b",
        re.I,
    ),
}
# a cause of the supporter's own put in the check (「売上が落ちているから…」 "because sales…")
_CAUSE = {
    "ja": re.compile(r"から|ので|ため"),
    "en": re.compile(r"\b(because|since|due to|so that|that's why)\b", re.I),
}
# words that carry no claim of the supporter's own in a check (「〜のやり方がありますよね」)
_LIGHT = {
    # ... nor the verbs that only say where a fact comes from (「申込書に書かれていましたよね」)
    "ja": frozenset(
        "遣り方 やり方 方 仕方 もの 物 こと 事 所 ところ さん 様 社長 御社 貴社 会社 うち 確認 "
        "書く 言う おっしゃる 仰る 伺う 聞く 申す".split()
    ),
    "en": frozenset("way ways thing things own kind sort company business say tell mention write".split()),
}
# the word of worth an affirmation of his own word adds (「価値観、大事ですよね」)
_AFFIRM = {
    "ja": frozenset("大事 大切 重要 素敵 素晴らしい 貴重 尊い 良い いい 分かる".split()),
    "en": frozenset("important matter matters count counts valuable precious key".split()),
}
# an agreeing lead-in before the affirmation (「そうですよね、」 "Right, yes,")
_ACK_LEAD = {
    "ja": re.compile(r"^(そうですよね|そうですね|そうなんですね|なるほど|確かに|本当に)[、,]\s*"),
    "en": re.compile(r"^(right|yes|yeah|of course|absolutely|i see|true)[,.!]?\s+", re.I),
}
# accepting his pace: no proposal about his business
_PACE = {
    "ja": re.compile(
        r"(では|じゃあ|それでは)?[、,]?\s*(さっそく|早速|単刀直入に)?[、,]?\s*(本題に入り|始め|進め)ましょう[。！!]?\s*$"
    ),
    "en": re.compile(
        r"\blet's (get (straight |right )?(to it|to the point|started|down to (it|business)|going)|"
        r"(just )?(begin|start|dive in|cut to the chase|get on with it))\s*[.!]?\s*$",
        re.I,
    ),
}
# his quoted phrase, and a question about what lies behind it
_BEHIND = re.compile(
    r"[』」](と|って|という(の|こと|お言葉|言葉)?(は|が|に)?)?[^。？?]{0,30}"
    r"何か[^。？?]{0,24}(思い当たる|心当たり|気にかか|気に(なって|なる)|引っかか|理由|きっかけ|背景|事情|わけ|訳|お考え|"
    r"思われ|感じ)[^。？?]{0,20}(ありますか|おありですか|おありなんですか|あるんですか|ございますか|"
    r"あるのですか|おありでしょうか)"
)
_FACT_WH = re.compile(r"何人|何年|何割|何件|何社|何歳|何円|いくら|いつ|どれくらい|どのくらい")
# a question of how far something touches him (「どのくらい響いていますか」「どの程度影響が出て
# いますか」「どれくらい困っていらっしゃいますか」): open, unlike a figure (何人, いくら, 何割)
_DEGREE_FELT = re.compile(
    r"(どのくらい|どのぐらい|どれくらい|どれぐらい|どの程度)[^。？?]{0,12}"
    r"(響|影響|効い|こたえ|堪え|困|感じ|負担|苦労|悩|変わ|違|大変|厳し|痛|重|気に|手応え|実感)"
    r"[^。？?]{0,16}[?？]?\s*$"
)
# a figure asked with 「どのくらい」 (「予算はどのくらいで考えていますか」「売上のどれくらいを占めて」)
_FIGURE_ASKED = re.compile(
    r"(予算|金額|費用|額|比率|割合|売上|売り上げ|人数|期間|年数|価格|値段|単価|コスト|時間|日数|件数)"
    r"[^。？?]{0,8}(どのくらい|どのぐらい|どれくらい|どれぐらい|どの程度|いくら)"
)
_FIGURE_ASKED_EN = re.compile(
    r"^\W*((roughly|about|approximately|so|and|then|ok|okay|right),?\s+)*"
    r"(how (much|many)|what (percentage|share|proportion|portion|fraction|percent))\b"
)
_FELT_EN = re.compile(
    r"\b(think|feel|felt|worry|worries|bother|weigh|weighs|matter|matters|mean|means|affect|affects|hurt|"
    r"hurts|care|enjoy|miss|trust|like|love|struggle)\b",
    re.I,
)


def _figure_asked(sentence: str, lang: str) -> bool:
    """The question asks for a figure (「予算はどのくらいで」 "Roughly how much of your sales…?")."""
    if lang == "en":
        return bool(_FIGURE_ASKED_EN.search(sentence.strip().lower())) and not _FELT_EN.search(sentence)
    return bool(_FIGURE_ASKED.search(sentence)) and not _DEGREE_FELT.search(sentence)


_FIGURE = re.compile(r"何人|何名|何年|何割|何件|何社|何歳|何円|何個|何時間|いくら|円|万|%|パーセント|割")
_DOCUMENTS = {
    "ja": re.compile(
        r"(決算書|財務諸表|試算表|帳簿|損益計算書|貸借対照表|確定申告書?|資金繰り表|"
        # his figures over several years asked to be shown (「売上と利益の推移を見せていただけますか」, t10 f025)
        r"(売上|利益|収支|業績|財務|数字)[^。？?]{0,10}(推移|実績|資料|データ|数字|数値)|(直近|過去)[^。？?]{0,6}[0-9０-９一二三四五]+期分?)"
        r"[^。？?]{0,24}"
        r"(見せて|拝見|ご用意|用意して|お持ち|持ってきて|ご提出|提出して|お送り|送って|お借り|お預か|預から|出して|共有して|ご共有)"
        r"(?!いただかなくて|もらわなくて|くださらなくて|なくて)"
    ),
    "en": re.compile(
        r"\b(bring|show|send|share|provide|give|see|look at|have a look at|take a look at|go through|email|"
        r"get (me|us)|let (me|us) have|pass (me|on|over))\b"
        r"[^.?!]{0,40}\b(financial statements|financials|accounts|balance sheets?|books|tax returns|"
        r"p&l|profit and loss|bank statements|"
        # "your sales and profit figures for the last three years"
        r"(sales|revenue|turnover|profit|margin)s?( and (sales|revenue|turnover|profit|margin)s?)? (figures|numbers|data)|"
        r"(last|past) (two|three|four|five|\d) years'? (of )?(figures|numbers|accounts|results))\b",
        re.I,
    ),
}


def _sentences(text: str, lang: str) -> list[str]:
    return [s for s in (_EN_SPLIT if lang == "en" else _JA_SPLIT).split(text) if s.strip()]


def _sentence_of(ev: str, parts: list[str]) -> str | None:
    return next((s for s in parts if ev and ev.strip() in s), None)


_FIGURES = re.compile(r"[0-9０-９]{2,}")


# his own written request named as the source (「申込書に…と書かれていましたね」 "I read your form"):
# a wish of his checked from what he wrote, not one presumed (r17a s06 T1)
_FROM_FORM = {
    "ja": re.compile(r"(申込書|申し込み書|申請書|申込み|お申し込み|相談票|アンケート|ご記入|記入|書かれて|お書き|書いて(い|あ|お))"),
    "en": re.compile(
        r"\b(your|the) (application( form)?|form|questionnaire|request|intake sheet)\b|\byou (wrote|put down|filled in|ticked)\b",
        re.I,
    ),
}
_READ_IT = {
    "ja": re.compile(r"(拝見|拝読|読ませて|見せて)(いただき|もらい)?(まし)?た?"),
    "en": re.compile(r"\b(i )?(saw|see|read|noticed|notice|noted|looked at)( (it )?(on|in))?\b", re.I),
}
_WISH = {
    "ja": re.compile(r"たい|希望|望ん"),
    "en": re.compile(r"\b(want|wants|wanted|wish|hope|hoping|plan|planning|like to|'d like|intend)\b", re.I),
}


_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split()
)}
_TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_SPELLED = re.compile(
    r"\b(?:(?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?P<unit>one|two|three|four|five|six|seven|eight|nine))?|"
    r"(?P<teen>ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))\b",
    re.I,
)


def spelled_to_digits(text: str) -> str:
    """English numbers from ten to ninety-nine written out ("Thirty-eight") as digits ("38"), so a
    figure checked in words meets the same figure in the briefing or his turns."""

    def _num(m: re.Match[str]) -> str:
        if m.group("teen"):
            return str(_UNITS[m.group("teen").lower()])
        return str(_TENS[m.group("tens").lower()] + (_UNITS[m.group("unit").lower()] if m.group("unit") else 0))

    return _SPELLED.sub(_num, text)


def _his_check(
    sentence: str,
    lang: str,
    words: Words,
    known: set[str],
    figures_known: frozenset[str] = frozenset(),
    from_form: bool = False,
) -> bool:
    """The sentence checks, with a tag, a fact whose every content word is in his turns or the
    briefing (and presses no verdict, should or what-if). ``from_form``: the turn names his
    written request as the source, so a wish of his written there is checked, not presumed."""
    lang = "en" if lang == "en" else "ja"
    if verdict_tag(sentence, lang):
        return False  # "That's why online sales would be good for you, right?": her verdict
    pressed = _WISH[lang].sub(" ", sentence) if from_form else sentence
    if not _CHECK[lang].search(sentence.strip()) or _PUSHING[lang].search(pressed):
        return False
    if from_form:  # "I saw on your application that…": the source named is no word of the check
        sentence = _READ_IT[lang].sub(" ", _FROM_FORM[lang].sub(" ", sentence))
    if lang == "en":
        sentence = spelled_to_digits(sentence)
    own = [w for w in words(sentence) if w.norm not in _LIGHT[lang]]
    # a figure in it must be his or the briefing's too ("about fifty people, right?" when nobody
    # said fifty is the supporter's guess)
    checked = _FIGURES.findall(sentence)
    figures_his = all(f in figures_known for f in checked)
    if own and figures_his and all(known.intersection(w.keys) for w in own):
        return True
    # "Thirty-eight, right?" after he or the briefing gave 38 employees: his figure checked, with
    # nothing of the supporter's beside it — a closed confirmation, no leading question (r20b s06 T3)
    if checked and figures_his and not own:
        return True
    # a past event of his story checked back partly in the supporter's words ("So the chamber's
    # advisor put you up to it, right?" after "The advisor suggested it", 「紹介してくれたのは
    # 商工会の指導員さん、でしたよね？」): two or more of its words and at least half are his or the
    # briefing's, and it adds no cause of the supporter's (r15a s02 T7)
    if own and _PAST[lang].search(sentence) and not _CAUSE[lang].search(sentence):
        # a figure of his or of the briefing counts as his ("…started the company in 1971, right?")
        figures = [f for f in _FIGURES.findall(sentence) if f in figures_known]
        his_n = len([w for w in own if known.intersection(w.keys)]) + len(figures)
        if his_n >= 2 and 2 * his_n >= len(own) + len(figures):
            return True
    # 「価値観、大事ですよね。」 "Your values matter, don't they?": his own word affirmed, in a short
    # sentence with nothing of the supporter's besides the word of worth (r14b s10 T3)
    # 「そうですよね、百年の味は大事ですよね。」: an agreeing lead-in adds nothing (r15a s09 T6)
    core = _ACK_LEAD[lang].sub("", sentence.strip())
    short = len(core) <= 16 if lang == "ja" else len(core.split()) <= 7
    own = [w for w in words(core) if w.norm not in _LIGHT[lang]]
    his = [w for w in own if w.norm not in _AFFIRM[lang]]
    return (
        short
        and bool(his)
        and len(his) < len(own)
        and all(known.intersection(w.keys) for w in his)
    )


# an English question in question form (an auxiliary or a wh-word first), or one that presses
# ("You're the president and you can't…?", "Your father still decides?"): no echo
_EN_ASKS = re.compile(
    r"^\W*(do|does|did|is|are|was|were|have|has|had|can|could|will|would|should|may|might|shall|"
    r"what|why|how|when|where|who|which|whose|and|so|but|or)\b",
    re.I,
)
_EN_PRESSES = re.compile(r"\b(not|never|should|must|need|have to|even|still|really|only|just|why|and you)\b|n't\b", re.I)


# a Japanese echo ends on its bare ですか (「…あまり、ですか。」「会長への報告、ですか？」) and asks nothing
# of its own: no question word, nothing pressed (なぜ, 本当に, でも, べき, ない…んですか)
_JA_ECHO_END = re.compile(r"(、|…|っ?て)?(です|んです|なんです)か[。？?]?$")
_JA_ASKS = re.compile(r"何(?![もか])|なに(?![もか])|なん(で|の|と)|どう|どんな|どの|どれ|どこ|どちら|いつ|誰|だれ|どなた|なぜ|いくら|いくつ|何人")
_JA_PRESSES = re.compile(r"本当に|ほんとに|でも|やっぱり|やはり|べき|しかない|ないんですか|ませんか|じゃない|では")


def _echo_question(text: str, lang: str, turns: Sequence[Utterance], words: Words) -> str | None:
    """The turn is one declarative sentence of his words (three in four of its content words
    are his) with a question mark (in Japanese, a bare ですか): an echo."""
    parts = [p.strip() for p in _sentences(text, lang)]
    if lang == "ja":
        # 「数字の話がほとんどで、それ以上はあまり、ですか。」: his words said back, ending on ですか
        if len(parts) != 1 or not _JA_ECHO_END.search(parts[0]):
            return None
        s = parts[0]
        if _JA_ASKS.search(s) or _JA_PRESSES.search(s) or _CHECK["ja"].search(s):
            return None
        core = _JA_ECHO_END.sub("", s).strip("、…　 ")
        if len(core) >= 4 and any(core in u.text for u in turns if u.speaker == "owner"):
            return s  # his own phrase, word for word
    else:
        if len(parts) != 1 or not parts[0].endswith("?"):
            return None
        s = parts[0]
        if _EN_ASKS.search(s) or _EN_PRESSES.search(s) or _CHECK["en"].search(s):
            return None
    his = {k for u in turns if u.speaker == "owner" for w in words(u.text) for k in w.keys}
    own = [w for w in words(s) if w.norm not in _LIGHT["en"]]
    if len(own) >= (2 if lang == "ja" else 3) and 4 * sum(bool(his.intersection(w.keys)) for w in own) >= 3 * len(own):
        return s
    return None


def _known(turns: Sequence[Utterance], briefing: str | None, words: Words) -> set[str]:
    said = [u.text for u in turns if u.speaker == "owner"] + [briefing or ""]
    return {k for t in said if t for w in words(t) for k in w.keys}


def _drop_items(
    found: dict[Act, list[str]],
    sure: dict[Act, float],
    act: Act,
    keep: Callable[[str], bool],
) -> None:
    ev = found.get(act)
    if not ev:
        return
    left = [e for e in ev if keep(e)]
    if left:
        found[act] = left
    else:
        found.pop(act)
        sure.pop(act, None)


def settle_checks(
    found: dict[Act, list[str]],
    sure: dict[Act, float],
    text: str,
    lang: str,
    turns: Sequence[Utterance],
    words: Words,
    briefing: str | None = None,
) -> None:
    """Drop the leading question and the advice a check of his facts, an agreement in his words
    or an acceptance of his pace was taken for; open a question about his quoted words."""
    lang = "en" if lang == "en" else "ja"
    parts = _sentences(text, lang)
    if Act.LEADING_QUESTION in found or Act.ADVICE in found:
        known = _known(turns, briefing, words)
        said = " ".join([u.text for u in turns if u.speaker == "owner"] + [briefing or ""])
        figures_known = frozenset(_FIGURES.findall(spelled_to_digits(said) if lang == "en" else said))

        from_form = bool(briefing) and bool(_FROM_FORM[lang].search(text))

        def pushes(ev: str) -> bool:
            s = _sentence_of(ev, parts)
            return s is None or not _his_check(s, lang, words, known, figures_known, from_form)

        # the check never taints the sentence after it: only what lies in it is dropped
        checked = [
            s for e in found.get(Act.LEADING_QUESTION, []) if not pushes(e)
            for s in [_sentence_of(e, parts)] if s and re.search(r"[?？]\s*$", s)
        ]
        _drop_items(found, sure, Act.LEADING_QUESTION, pushes)
        if checked and not found.keys() & {
            Act.LEADING_QUESTION, Act.OPEN_QUESTION, Act.CLOSED_QUESTION, Act.REFLECTION, Act.SUMMARY
        }:
            # "The advisor suggested it, right?": his fact checked is a closed question
            found[Act.CLOSED_QUESTION] = checked
            sure[Act.CLOSED_QUESTION] = 0.6
            found.pop(Act.OTHER, None)
        _drop_items(found, sure, Act.ADVICE, pushes)
        _drop_items(
            found,
            sure,
            Act.ADVICE,
            lambda e: not _PACE[lang].search((_sentence_of(e, parts) or e).strip()),
        )
    pushed_questions.settle(found, sure, text, lang)
    acceptance.settle(found, sure, text, lang, turns)
    echo = _echo_question(text, lang, turns, words)
    if echo and Act.CLOSED_QUESTION in found and not found.keys() & {
        Act.OPEN_QUESTION, Act.LEADING_QUESTION, Act.ADVICE, Act.SELF_PROMOTION,
    }:
        # "Ana covers visits herself when someone's sick?": his words given back with a rising
        # tone ask him to go on, a reflection (t10 f152), not a fact-finding question
        found.pop(Act.CLOSED_QUESTION)
        sure.pop(Act.CLOSED_QUESTION, None)
        found[Act.REFLECTION] = [echo]
        sure[Act.REFLECTION] = 0.6
    if lang == "ja" and Act.CLOSED_QUESTION in found and not found.keys() & {
        Act.OPEN_QUESTION,
        Act.LEADING_QUESTION,
    }:
        for s in parts:
            if _DEGREE_FELT.search(s) and not _FIGURE.search(s):
                # 「どのくらい響いていますか？」: how far it touches him is his account to give
                found.pop(Act.CLOSED_QUESTION)
                sure.pop(Act.CLOSED_QUESTION, None)
                found[Act.OPEN_QUESTION] = [s]
                sure[Act.OPEN_QUESTION] = 0.7
                break
    if Act.OPEN_QUESTION in found and Act.LEADING_QUESTION not in found:
        asked = [s for s in parts if re.search(r"[?？]\s*$", s)]
        if asked and all(_figure_asked(s, lang) for s in asked):
            # 「導入の予算はどのくらいで考えていますか？」: a figure asked, however it is put (r14a s08 T2)
            found.pop(Act.OPEN_QUESTION)
            sure.pop(Act.OPEN_QUESTION, None)
            found[Act.CLOSED_QUESTION] = [asked[-1]]
            sure[Act.CLOSED_QUESTION] = 0.7
    if (
        lang == "ja"
        and Act.CLOSED_QUESTION in found
        and Act.LEADING_QUESTION not in found
        and quotes_owner(text, turns)
    ):
        for s in parts:
            if QUOTED.search(s) and _BEHIND.search(s) and not _FACT_WH.search(s):
                found.pop(Act.CLOSED_QUESTION)
                sure.pop(Act.CLOSED_QUESTION, None)
                found[Act.OPEN_QUESTION] = found.get(Act.OPEN_QUESTION, []) + [s]
                sure[Act.OPEN_QUESTION] = max(sure.get(Act.OPEN_QUESTION, 0.0), 0.7)
                break


_QUESTIONS = (Act.OPEN_QUESTION, Act.CLOSED_QUESTION)


def keep_question_back(
    found: dict[Act, list[str]],
    sure: dict[Act, float],
    text: str,
    lang: str,
    rules: dict[Act, list[str]],
    owner_asked: bool,
) -> None:
    """His question answered, then one put back to him ("…I can bring cases next time. Which of
    your products do people already ask for by name?"): the question the rules see in the last
    sentence stays, so the answer is not read as a bare explanation (a lecture)."""
    if not owner_asked or found.keys() & {*_QUESTIONS, Act.LEADING_QUESTION}:
        return
    parts = _sentences(text, lang)
    if len(parts) < 2 or not re.search(r"[?？]\s*$", parts[-1]):
        return
    for act in _QUESTIONS:
        ev = [e for e in rules.get(act, []) if e and e in parts[-1]]
        if ev:
            found[act] = ev
            sure[act] = 0.5
            found.pop(Act.OTHER, None)
            return


def repairs(text: str, lang: str) -> bool:
    """The turn opens by owning the supporter's own misstep (「すみません、先走りました。」)."""
    return opens_with_apology(text, lang)


def asks_documents(text: str, lang: str) -> bool:
    """The supporter asks to see the financial statements or the books."""
    lang = "en" if lang == "en" else "ja"
    for s in _sentences(text, lang):
        m = _DOCUMENTS[lang].search(s)
        verb = m.start(2) if m and lang == "ja" else m.start(1) if m else 0
        if m and not declines_request(s, lang, verb):  # 「…拝見するつもりはありません」 promises the opposite
            return True
    return False
