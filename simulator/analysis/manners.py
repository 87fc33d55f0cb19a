"""How a sentence treats the owner, beyond its grammar (blind playtests r9a / r9b, issue 8).

- A request to meet again ("Could we meet again?", 「次回もお話を伺ってもよろしいですか」) closes the
  meeting: it is not a closed question for facts, and it gets no "open it up" line (r9a s06 T10).
- A turn that opens by apologising ("Sorry, that came out wrong.", 「失礼しました、言葉が過ぎました」)
  answers the owner's last words; the question after it leaves no answer of his behind (no
  一問一答, r9b s02 T4).
- A question that only echoes his word (「もやもや、ですか。」 "Stuck?") asks nothing new: the turn
  leaves no answer of his behind, whatever it says besides (r9b s03 T10).
- His own words given back (「明日からできること、ですね。」) are a reflection the learned layer may
  read as empathy from a 「思います」 elsewhere: with no word of feeling the rules saw, the rules'
  give-back stands (r9a s07 T6).
- Offering to bring a ready-made solution (「ECのモールを比較した資料を次回お持ちしますね」, "I'll bring
  a proposal for a new website next time") hands him the supporter's answer: advice, unless he
  asked for it (r9a s07 T10).
- A brief answer to his own question that lays out the options and hands the choice back ("…your
  own site keeps the margin but you have to bring the visitors yourself. Which fits depends on
  what matters most to you.") informs: its "you have to" describes an option, it prescribes
  nothing (r9b s06 T4).
- A yes/no question that guesses a private trouble in his family or with a named person ("Is there
  a problem with your daughter?", 「息子さんと何かあったんですか？」) puts the supporter's guess to him:
  leading, and never a reflection to praise (r9a s06 T9).

    settle_manners(found, sure, text, lang, owner_last)
    closing_request(text, lang) -> bool   # every question of it asks to meet again
    opens_with_apology(text, lang) -> bool
    echo_questions_only(text, owner_last, lang) -> bool
    closes_meeting(text, lang) -> bool     # 「今日はこのあたりで」 "That's all for today"
    settle_courtesy_empathy(found, sure, text, lang, rules)  # thanks for the tea is no empathy
    settle_feeling_question_empathy(found, sure, text, lang, rules, turns)  # 「どんなお気持ちでしたか」
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..acts import Act, Utterance

_SPLIT = {"en": re.compile(r"(?<=[.!?])\s+"), "ja": re.compile(r"(?<=[。！？!?])")}

_EN_MEET_AGAIN = re.compile(
    r"^\W*(?:(?:so|and|then|well),?\s+)?(could|can|may|might|shall) (we|i) (meet|talk|come|visit|see you|"
    r"speak|get together|continue)( (again|another time|next (week|month|time)|once more|soon))?\b[^?]*\?$",
    re.I,
)
_JA_MEET_AGAIN = re.compile(
    r"(次回|また|改めて|今度|来週|来月)[^。？?]{0,20}(伺|お邪魔|お会い|お話を(伺|聞か|お聞き)|お時間|続き)"
    r"[^。？?]{0,16}(よろしい|いい|宜しい|いただけ|もらえ|頂け)[^。？?]{0,8}[？?]?$"
)
_EN_GUESSED_TROUBLE = re.compile(
    r"^\W*(is|are|was|were) (there|something|anything) (a |an |any )?(problem|issue|trouble|wrong|friction|"
    r"conflict|tension)s?\b[^?]{0,30}\b(with|between)\b[^?]{0,20}\b(your|you and your)\s+"
    r"(daughter|son|wife|husband|father|dad|mother|mum|mom|family|children|kids|brother|sister|"
    r"successor|chairman|parents|in-laws|partner)\b[^?]*\?$",
    re.I,
)
_JA_GUESSED_TROUBLE = re.compile(
    r"(娘|息子|奥様|奥さん|ご家族|家族|お父様|お母様|会長|ご長男|ご長女|ご兄弟|弟|妹|兄|姉|後継ぎ|跡継ぎ)"
    r"(さん|様)?(との|と|に|の)(間に|間で|関係に|関係で)?(何か)?(問題|トラブル|確執|わだかまり|もめごと|揉め事|何か)"
    r"[^。？?]{0,8}(ある|あった|あり|おあり)(ん|の)?(です|でしょう)?(か)?[？?]"
)


_JA_BRING_SOLUTION = re.compile(
    r"(比較|提案|見積|事例|プラン|企画|導入|活用|改善|出店|成功)[^。？?]{0,14}(資料|書|案|リスト|プラン|事例)"
    r"[^。？?]{0,12}(お持ちし|お送りし|ご用意し|用意し|作って(き|お)|お作りし|まとめて(き|お))(ます|ておきます|てきます)"
)
_EN_BRING_SOLUTION = re.compile(
    r"\bi('ll| will)( \w+)? (bring|send|prepare|put together|draw up|make)( you)? (a|an|some)? ?"
    r"(comparison|proposal|plan|options|examples|case studies|quote|list of (platforms|options|suppliers|tools))\b",
    re.I,
)
# he asked for it (「比較を持ってきてよ」 "Could you bring me a comparison?")
_ASKED_FOR = re.compile(
    r"持ってきて|見せて|送って|用意して|教えて(ほしい|よ|ください)|資料(を|が)(ほしい|欲しい)|"
    r"\b(bring|send|show) me\b|\bcould you (bring|send|prepare)\b",
    re.I,
)


_HANDS_BACK = {
    "en": re.compile(
        r"\b(which|what) (fits|suits|works|is best|is right)[^.?]{0,30}\bdepends on\b[^.?]{0,40}\byou\b|"
        r"\bit('s| is)? (really )?(up to you|your call)\b|\bdepends on what (matters|you want|you value)\b",
        re.I,
    ),
    "ja": re.compile(
        r"(どちら|どれ|どこ|何)が[^。？?]{0,16}(合う|向く|良い|いい|よい)か(は|も)[^。？?]{0,24}(次第|によります|による)|"
        r"社長が[^。？?]{0,20}(大事に|大切に|重視)(される|なさる|している)(か|こと)(次第|によります|による)"
    ),
}


def hands_back(text: str, lang: str) -> bool:
    """The answer leaves the choice to the owner ("Which fits depends on what matters to you")."""
    return bool(_HANDS_BACK["en" if lang == "en" else "ja"].search(text))


# his knowledge put above the answer (「現場の肌感覚は社長の方がずっとお詳しいと思います」 r13a s01,
# "you know your market far better than I do")
_DEFERS = {
    "en": re.compile(
        r"\byou know (this|it|your (market|customers|trade|business|floor|industry))( far| much| a lot)? "
        r"better\b",
        re.I,
    ),
    "ja": re.compile(
        r"社長(さん)?の(方|ほう)が[^。？?]{0,8}(お詳しい|詳しくて|詳しい|よくご存じ|ご存知|よく分かって)"
    ),
}


def defers(text: str, lang: str) -> bool:
    """The answer defers to his own knowledge: it hands the floor back (a longer answer allowed),
    it does not excuse a prescription."""
    return bool(_DEFERS["en" if lang == "en" else "ja"].search(text))


def brings_solution(text: str, lang: str, owner_last: str) -> str | None:
    """The words of an offer to bring a ready-made solution he did not ask for, or None."""
    m = (_EN_BRING_SOLUTION if lang == "en" else _JA_BRING_SOLUTION).search(text)
    if not m or _ASKED_FOR.search(owner_last):
        return None
    return m.group(0)


def _sentences(text: str, lang: str) -> list[str]:
    return [s.strip() for s in _SPLIT["en" if lang == "en" else "ja"].split(text) if s.strip()]


_APOLOGY = {
    "ja": re.compile(
        r"^\W*(あ、|いえ、)?(失礼(しました|いたしました)|すみません|すいません|申し訳(ありません|ございません)|"
        r"ごめんなさい)"
    ),
    "en": re.compile(
        r"^\W*((oh|ah|ha|oops|whoops),? )?(sorry|i'm sorry|i am sorry|my apologies|apologies|i apologi[sz]e|"
        r"pardon me)\b",
        re.I,
    ),
}


# the supporter's own misstep, named ("that came out wrong", 「急ぎすぎました」); "Sorry, I
# understand." names none
_SLIP = {
    "en": re.compile(
        r"\b(wrong|badly|ahead|jumped|jump|carried away|too (personal|much|long|far|fast|quick)|"
        r"(didn't|did not|don't|never) mean|meant|shouldn't|should not have|out of line|blunt|rude|pushy|"
        r"cut in|interrupt\w*|went on|lectur\w*|presum\w*|assum\w*|put that)\b",
        re.I,
    ),
    "ja": re.compile(
        r"急ぎ|先走|言葉が(過ぎ|足り)|言葉足らず|決めつけ|失礼な|言い方|聞き方|踏み込|立ち入|不躾|余計な|"
        r"一方的|話しすぎ|しゃべりすぎ|押し付け|押しつけ|(という|って)(お)?(話|こと|意味|つもり)(では|じゃ)"
    ),
}


def opens_with_apology(text: str, lang: str) -> bool:
    """The turn opens by apologising for the supporter's own words, naming the misstep ("Sorry,
    that came out wrong.", 「すみません、急ぎすぎました。」); a bare "Sorry." acknowledges nothing."""
    lang = "en" if lang == "en" else "ja"
    first = _sentences(text, lang)[:2]
    m = _APOLOGY[lang].search(first[0]) if first else None
    return bool(m) and any(_SLIP[lang].search(s) for s in first)


def apology_only(sentence: str, lang: str) -> bool:
    """The sentence only apologises, bare or naming the supporter's own misstep (「すみません、先走り
    ました。」 "Sorry, I got ahead of myself."): it says nothing to the owner's question."""
    lang = "en" if lang == "en" else "ja"
    m = _APOLOGY[lang].search(sentence.strip())
    if not m:
        return False
    rest = re.sub(r"^[\s、,。.!！]+|[\s。.!！]+$", "", sentence.strip()[m.end():])
    short = len(rest) <= 16 if lang == "ja" else len(rest.split()) <= 8
    return not rest or (short and bool(_SLIP[lang].search(rest)))


_ECHO_TAIL = re.compile(r"[、,\s]*(ですか|なんですか|って|ですね|ですって|ということですか)?[\s。？?…!！]*$", re.I)


def echo_questions_only(text: str, owner_last: str, lang: str) -> bool:
    """Every question of the utterance only echoes words of his last turn (「もやもや、ですか。」)."""
    lang = "en" if lang == "en" else "ja"
    asks = [s for s in _sentences(text, lang) if s.endswith(("?", "？")) or (lang == "ja" and s.endswith("か。"))]
    if not asks or not owner_last:
        return False
    said = owner_last.lower()
    for s in asks:
        core = _ECHO_TAIL.sub("", s).strip(" 、,.…").lower()
        if not core or core not in said or len(core) > 20:
            return False
    return True


_CLOSES = {
    "ja": re.compile(
        r"(今日|本日)は(ここまで|このあたり|この辺|このへん|これで|そろそろ)|(今日|本日)は(どうも)?ありがとうございました|"
        r"お時間(を)?(いただき|頂き)、?ありがとうございました"
    ),
    "en": re.compile(
        r"\b(that's all for today|let's (stop|leave it) (here|there) for today|thank you for (your time|today|"
        r"meeting me today)|thanks for (your time|today))\b",
        re.I,
    ),
}


def closes_meeting(text: str, lang: str) -> bool:
    """The turn closes the meeting: what it asks after that (a next visit, a picture of the
    future to bring next time) leaves no answer of his behind."""
    return bool(_CLOSES["en" if lang == "en" else "ja"].search(text))


def closing_request(text: str, lang: str) -> bool:
    """The utterance's only questions ask to meet again: it moves to no other topic."""
    parts = _sentences(text, lang)
    meet = _EN_MEET_AGAIN if lang == "en" else _JA_MEET_AGAIN
    asks = [s for s in parts if s.endswith(("?", "？")) or meet.search(s)]
    return bool(asks) and all(meet.search(s) for s in asks)


def settle_echo_empathy(
    found: dict[Act, list[str]],
    sure: dict[Act, float],
    text: str,
    lang: str,
    rules: dict[Act, list[str]],
    owner_last: str = "",
) -> None:
    """Empathy the rules have no word for, read into a bare echo of his words: the give-back
    (「一代でそこまで育てられたんですね」 acknowledges his effort in words of its own: it stays)."""
    if Act.EMPATHY not in found or rules.get(Act.EMPATHY) or not rules.get(Act.REFLECTION):
        return
    if Act.SUMMARY in found:
        return
    said = owner_last.lower()
    held = [
        s
        for s in _sentences(text, lang)
        if any(e and e in s for e in rules[Act.REFLECTION])
        and (core := _ECHO_TAIL.sub("", s).strip(" 、,.…—-").lower())
        and core in said
    ]
    emp = [e for e in found[Act.EMPATHY] if e]
    echoed = [e for e in emp if len(e) > 3 and any(e in s for s in held)]
    if echoed and all(len(e) <= 3 or e in echoed for e in emp):  # the give-back itself, read as empathy
        found.pop(Act.EMPATHY)
        sure.pop(Act.EMPATHY, None)
        if Act.REFLECTION not in found:
            found[Act.REFLECTION] = list(rules[Act.REFLECTION])
            sure[Act.REFLECTION] = 0.6


# thanks for hospitality or for the time ("Thank you, that's very kind.", 「お気遣いありがとうございます」),
# not for what he told ("Thank you for telling me", 「話してくださってありがとうございます」)
_THANKS = {
    "en": re.compile(
        r"^\W*(oh,?\s+|well,?\s+)?(thank you|thanks)\b(?! for (sharing|telling|being|trusting|opening|your honesty|"
        r"saying|explaining|putting))|\bthat's (very |so |really )?(kind|generous|lovely|nice|thoughtful) of you\b",
        re.I,
    ),
    "ja": re.compile(
        r"(?<!話してくださって)(?<!話していただいて)(?<!お話しいただいて)(?<!打ち明けてくださって)"
        r"(?<!聞かせてくださって)(?<!教えてくださって)ありがとう|お気遣い|恐れ入ります|いただきます"
    ),
}
# an apostrophe inside a word ("that's", "it's") is no quotation mark
_QUOTED = re.compile(r"「[^」]*」|『[^』]*』|(?<![A-Za-z])'[^']*'(?![A-Za-z])|\"[^\"]*\"")


def settle_courtesy_empathy(
    found: dict[Act, list[str]],
    sure: dict[Act, float],
    text: str,
    lang: str,
    rules: dict[Act, list[str]],
) -> None:
    """Empathy the rules have no word for, read into a courtesy ("Thank you, that's very kind."
    for the tea, 「お茶までありがとうございます」): thanks for hospitality acknowledge no feeling or
    effort of his (r11b s06 T2). Every word the model holds sits in a courtesy sentence, or is a
    word too small to acknowledge anything ("that's", "said")."""
    if Act.EMPATHY not in found or rules.get(Act.EMPATHY):
        return
    thanks = _THANKS["en" if lang == "en" else "ja"]
    spans: list[tuple[int, int]] = []
    at = 0
    for sentence in _sentences(text, lang):
        start = text.find(sentence, at)
        if start < 0:
            continue
        at = start + len(sentence)
        if thanks.search(_QUOTED.sub("", sentence)):
            spans.append((start, at))
    if not spans:
        return
    emp = [e for e in found[Act.EMPATHY] if e]

    def courteous(e: str) -> bool:
        i = text.find(e)
        return i >= 0 and any(a <= i < b for a, b in spans)

    if emp and all(len(e) <= 6 or courteous(e) for e in emp) and any(courteous(e) for e in emp):
        found.pop(Act.EMPATHY)
        sure.pop(Act.EMPATHY, None)
        if not found:
            found[Act.OTHER] = []


def settle_manners(
    found: dict[Act, list[str]], sure: dict[Act, float], text: str, lang: str, owner_last: str = ""
) -> None:
    """Drop the closed question read into a request to meet again; name a guessed trouble and
    a solution brought ready-made."""
    offer = brings_solution(text, lang, owner_last)
    if offer:
        found.setdefault(Act.ADVICE, []).append(offer)
        sure[Act.ADVICE] = max(sure.get(Act.ADVICE, 0.0), 0.7)
        found.pop(Act.OTHER, None)
    parts = _sentences(text, lang)
    meet = _EN_MEET_AGAIN if lang == "en" else _JA_MEET_AGAIN
    closing = [s for s in parts if meet.search(s)]
    if closing and Act.CLOSED_QUESTION in found:
        rest = [s for s in parts if s not in closing]
        asks_else = any(s.endswith(("?", "？")) for s in rest)
        if not asks_else:
            found.pop(Act.CLOSED_QUESTION, None)
            sure.pop(Act.CLOSED_QUESTION, None)
            if not found:
                found[Act.OTHER] = []
    guess = _EN_GUESSED_TROUBLE if lang == "en" else _JA_GUESSED_TROUBLE
    guessed = next((m.group(0) for s in parts if (m := guess.search(s))), None)
    if guessed:
        found.setdefault(Act.LEADING_QUESTION, []).append(guessed)
        sure[Act.LEADING_QUESTION] = max(sure.get(Act.LEADING_QUESTION, 0.0), 0.7)
        for act in (Act.CLOSED_QUESTION, Act.REFLECTION, Act.OTHER):
            found.pop(act, None)
            sure.pop(act, None)
        opened = [e for e in found.get(Act.OPEN_QUESTION, []) if e]
        if opened and all(e in guessed for e in opened):
            found.pop(Act.OPEN_QUESTION, None)  # 「何かあったんですか」 inside the guess itself
            sure.pop(Act.OPEN_QUESTION, None)


# a question that asks how he felt (「どんなお気持ちでしたか」, "How did that feel?")
_FEELING_ASKED = {
    "ja": re.compile(r"(お?気持ち|心境|思い|感じ)[^。？?]{0,12}(でしたか|ですか|でしょうか|でしょう|ましたか|ますか)[。？?]?$"),
    "en": re.compile(r"\b(how (did|does|do) (that|it|you) (feel|felt)|how (did|do) you feel|what was (that|it) like)\b[^?]*\?$", re.I),
}
_CONTENT = {"ja": re.compile(r"[\u4e00-\u9fff\u30a0-\u30ff]{2,}"), "en": re.compile(r"[A-Za-z]{4,}")}


def settle_feeling_question_empathy(
    found: dict[Act, list[str]],
    sure: dict[Act, float],
    text: str,
    lang: str,
    rules: dict[Act, list[str]],
    turns: Sequence[Utterance],
) -> None:
    """Empathy the rules have no word for, read into a question that asks how he felt
    (「三代目として継がれたとき、どんなお気持ちでしたか」): asking for his feeling acknowledges none
    yet (the labelled sets call it an open question only). It goes when the model's words sit in
    that question, or in an echo of his own words (「大正からなんですね。」), or are too small to
    acknowledge anything; empathy in words of its own (「お一人で背負ってこられた」) stays."""
    if Act.EMPATHY not in found or rules.get(Act.EMPATHY):
        return
    key = "en" if lang == "en" else "ja"
    parts = _sentences(text, lang)
    asked = [s for s in parts if _FEELING_ASKED[key].search(s)]
    if not asked:
        return
    said = " ".join(u.text for u in turns if u.speaker == "owner").lower()

    def echo(sentence: str) -> bool:
        words = _CONTENT[key].findall(sentence)
        return bool(words) and all(w.lower() in said for w in words)

    def accounted(e: str) -> bool:
        if len(e) <= 3 or any(e in s for s in asked):
            return True
        return any(e in s and echo(s) for s in parts)

    emp = [e for e in found[Act.EMPATHY] if e]
    if emp and any(any(e in s for s in asked) for e in emp) and all(accounted(e) for e in emp):
        found.pop(Act.EMPATHY)
        sure.pop(Act.EMPATHY, None)
