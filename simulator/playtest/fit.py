"""Does the owner's reply fit what the trainee said? The playtest's rule, stated as code.

The rule reads the trainee's words and the owner's reply with its own small patterns: it does
not use the analyser, the engine's reasons or the persona's answer table, so it can catch what
those get wrong. A reply does **not fit** when

1. ``yes_no``: the trainee asked a wh-question (何・いつ・どこ・誰・どのくらい / what, when, how
   many …) or made a request (「見せていただけますか」 / "could you show me"), and the reply's
   first sentence is a bare yes or no (「ええ、そうです。」「いや、違いますね。」 / "Yes, that's right.")
   — when the utterance also said something before its question, only a reply that is nothing
   but the yes or no counts (「そうそう。…」 may answer the statement);
2. ``wrong_figure``: the question asks for a kind of figure (a head count, a year or a
   duration, an amount of money) and the reply's first sentence gives figures of another kind
   and none of the kind asked (「何人？」 → 「創業は1990年です。」); ``no_answer``: it asks for
   such a figure and the reply has no figure at all and does not decline or say it does not
   know (「年商は？」 → 「取り立ててお話しするようなことも…」);
3. ``wrong_topic``: the question names one of a few profile subjects (staff, founding, the
   presidency, the board, customers, sales, the accounts) and the reply's first sentence names
   another of them and not the one asked (「就任されて何年？」 → 「創業は1975年です。」);
4. ``no_such_move``: the owner reacts to a move the trainee did not make — a "you asked that
   already" with no earlier trainee question that shares half its words; relief at a summary
   when the utterance is short or gathers nothing; pushback at advice, or withdrawal at a
   leading question, when the utterance has no advice or leading wording; "you dodged my
   question" when the trainee answered with a statement and did not change the subject;
   "that's a jump" when the trainee picked up a word of the owner's last reply; hurt at a
   denial with no denying words; a cool reply to boasting with no boasting words.

The fourth check needs the reaction the engine chose (``Turn.reaction``), the others only text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# -- reading the trainee's question ------------------------------------------------------------

_JA_SENT = re.compile(r"[^。！？!?\n]+[。！？!?]*")
_EN_SENT = re.compile(r"[^.!?\n]+[.!?]*")
_JA_QEND = re.compile(r"([？?]|か[。\s」]*$|(ください|下さい)[。\s]*$)")
_JA_REQUEST = re.compile(
    r"(ください|下さい|いただけますか|いただけませんか|もらえますか|もらえませんか|願えますか)[。？?\s]*$"
)
_JA_WH = re.compile(
    r"(何|なに|なんで|なんの|いつ|どこ|どちら|どなた|誰|だれ|どの|どれ|どう|どんな|なぜ|いくら|いくつ|どのくらい|どれくらい|どれぐらい)"
)
_EN_WH = re.compile(
    r"^\s*(?:and |so |but |well, )?(what|when|where|who|whom|which|why|how)\b", re.I
)
_EN_REQUEST = re.compile(
    r"\b(could|can|would|may) (you|i) (show|tell|see|share|give|let me|walk)\b|\b(please (tell|show|share))\b|"
    r"^\s*tell me\b",
    re.I,
)
_COUNT_ASK = {
    "ja": re.compile(r"(何人|何名|人数|何社|何店|何台|何か所|何ヶ所)"),
    "en": re.compile(r"\bhow many\b|\bheadcount\b|\bnumber of\b", re.I),
}
_YEAR_ASK = {
    "ja": re.compile(r"(いつ|何年|何代目|何歳|何年目|何年前|何年くらい|何年ほど)"),
    # "when" asks a date only as the question word ("When did you take over?", "may I ask when
    # you took over?"), not as a conjunction ("When you took over, how did that feel?", "What
    # happens to the shop when they retire?")
    "en": re.compile(
        r"(^\s*(?:and |so |but |well, )?|[:;—–]\s*)when\b(?=\s+(?:did|do|does|was|were|is|are|"
        r"have|has|had|will|would|could|can)\b)|\b(?:ask|know|tell me|remember) when\b|\bwhen\s*\?|"
        r"\b(what year|how long|how old|which generation|since when)\b",
        re.I,
    ),
}
_MONEY_ASK = {
    "ja": re.compile(r"(いくら|年商|売上高|金額|(売上|売り上げ|利益)(は|って)?(どのくらい|どれくらい|どれぐらい|いくら))"),
    "en": re.compile(r"\b(how much|turnover|revenue|annual sales|sales figure)\b", re.I),
}

# -- reading the reply -------------------------------------------------------------------------

_JA_YESNO = re.compile(
    r"^(?:(?:ええ|はい|うん|ああ|まあ|そう(?:です|だ|だよ|だね|ですね|やね|やわ|なんです|なんだよ)?|いや|いえ|いいえ|"
    r"違(?:います|う)|ちが(?:う|います)|そこまで(?:じゃない|ではない|でもない)|それほどでも(?:ない)?|"
    r"だいたい|そんなところ(?:だね|ですね)?)[ねよわ]*[、,\s]*){1,3}[。！!…\s]*$"
)
_EN_YESNO = re.compile(
    r"^\s*(yes|yeah|yep|no|nope|not really|right|that's right|correct|sure)\b(?!\s+(idea|need|way|one|doubt))",
    re.I,
)
_DECLINE = {
    "ja": re.compile(
        r"(知らな|分から|分かん|わから|覚えて|言えな|言わな|勘弁|ちょっと|内緒|聞いて|聞かない|出さな|見せられ|控え|お答え|すぐには|"
        r"さっき|先ほど|前にも|答えた|言った|話した|出てこ|覚え)"
    ),
    "en": re.compile(
        r"(don't know|not sure|can't say|couldn't say|rather not|ask |not showing|won't|off the top|remember|keep that|"
        r"already|earlier|told you|a minute ago|a moment ago|said before|same answer|mentioned|"
        r"no need to|spare me|let's not|leave that|not telling|come to mind)",
        re.I,
    ),
}
_EN_NUM = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine|odd))?"
)
_EN_COUNT = re.compile(
    rf"(?<!nineteen )\b{_EN_NUM}\b(?!\s*(?:-\s*)?(?:years?|million|billion|per ?cent|ninety|eighty|seventy))", re.I
)
_EN_YEARS = re.compile(
    rf"\b{_EN_NUM}\s+years?\b|\b(?:first|second|third|fourth)\b|\bfounder\b|\b(?:1[89][0-9]{{2}}|20[0-9]{{2}})\b|"
    r"\bnineteen (?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)",
    re.I,
)
_COUNT_GIVEN = re.compile(
    r"([0-9０-９]+|[一二三四五六七八九十百数]+)\s*(人|名|社|件|台|店|か所)|\bhundreds\b|\ba dozen\b|\b\d+\s+(people|staff|employees|of us)\b|\b(forty|thirty|twenty)[- ]\w+ (people|of us)\b",
    re.I,
)
_YEAR_GIVEN = re.compile(
    r"(1[89][0-9]{2}|20[0-9]{2})\s*年|(昭和|平成|大正|令和)|[0-9０-９一二三四五六七八九十]+\s*年(目|前|に|です|だ|になり|くらい|ほど|経|たち|たつ)|"
    r"[0-9一二三四五六七八九十]+\s*代目|初代|創業者|\bin (1[89][0-9]{2}|20[0-9]{2})\b|\b\d+\s+years?\b|\b(second|third|fourth) generation\b",
    re.I,
)
_MONEY_GIVEN = re.compile(r"(円|億|万円|千万|\byen\b|\bmillion\b|\bbillion\b|¥)", re.I)

_TOPICS: dict[str, dict[str, re.Pattern[str]]] = {
    "ja": {
        "staff": re.compile(r"(従業員|社員|スタッフ|人数)"),
        "founding": re.compile(r"(創業|設立|創立)"),
        "presidency": re.compile(r"(就任|社長になって|社長を継|継がれ|継いで)"),
        "board": re.compile(r"(役員|取締役)"),
        "customers": re.compile(r"(取引先|得意先|お客|顧客|出荷先)"),
        "sales": re.compile(r"(売上|売り上げ|年商)"),
        "accounts": re.compile(r"(決算書|財務)"),
    },
    "en": {
        "staff": re.compile(r"\b(employees|staff|headcount)\b", re.I),
        "founding": re.compile(r"\b(founded|established|started (in|the company|out)|we started|founding)\b", re.I),
        "presidency": re.compile(r"\b(took over|became president|been president|president for|as president|in charge for)\b", re.I),
        "board": re.compile(r"\b(board|directors)\b", re.I),
        "customers": re.compile(r"\b(customers?|clients?)\b", re.I),
        "sales": re.compile(r"\b(sales|turnover|revenue)\b", re.I),
        "accounts": re.compile(r"\b(financial statements|the books|balance sheet)\b", re.I),
    },
}

# -- markers of moves (for the reaction check) ---------------------------------------------------

_ADVICE = {
    "ja": re.compile(
        r"(べき|した(方|ほう)が|してみては|しては(どう|いかが)|おすすめ|お勧め|しましょう|ましょう|すると(いい|良い)|"
        r"必要です|必要があります|大切です|重要です|一般的|普通は|ではどうでしょう|てはいかが|たらどう|始めて|導入|活用|が一番|のが一番|のがいい|といいと思|がいいと思|手もある|大事だと|例もあり|のもいい|のも手|を考えたことは)"
    ),
    "en": re.compile(
        r"\b(should|recommend|suggest|why don't you|you could|you need|need to|must|it's best|"
        r"important to|let's|have you tried|try|the best thing|best to|please have|the first thing is|i'd say|why not|have you (thought about|considered)|would help|could help|might help)\b",
        re.I,
    ),
}
_LEADING = {
    "ja": re.compile(
        r"(よね[？?]|ですよね|じゃないですか|のではないですか|んじゃないですか|と思いませんか|ではありませんか|でしょう[？?]|ませんか[？?])"
    ),
    "en": re.compile(
        r"(isn't it|don't you think|wouldn't you agree|right\?|surely|shouldn't you|aren't you|"
        r"wouldn't it|isn't that|don't you|^\s*isn't\b|^\s*aren't\b|^\s*doesn't\b|^\s*wasn't\b)",
        re.I,
    ),
}
_SUMMARY = {
    "ja": re.compile(
        r"(まとめ|整理|つまり|ということ|お話を(伺|聞)|伺っていると|伺って|とおっしゃ|おっしゃって|とのこと|"
        r"というお話|ここまで|確かめ|つながって|のこと、)"
    ),
    "en": re.compile(
        r"(so far|sum up|summar|let me check|if i('ve| have)? understood|what i'm hearing|you've told me|"
        r"you mentioned|you said|you've said|so you|in other words|putting it together|listening to you|"
        r"from what you've said|connected|put (it|that) together)",
        re.I,
    ),
}
_DENIAL = {
    "ja": re.compile(r"(違う|違います|ちがう|そうではな|そんなことはな|ではなく|いや、|誤解|間違)"),
    "en": re.compile(r"(that's not|not right|i disagree|actually,? no|wrong|i don't think|that isn't)", re.I),
}
_BOAST = {
    "ja": re.compile(r"(実績|これまで|社以上|経験|資格|専門家|得意|任せ|成功|支援してきた)"),
    "en": re.compile(r"(i've|i have|my experience|track record|helped|expert|specialist|leave it to me|succeeded)", re.I),
}
_CHANGE = {
    "ja": re.compile(r"(ちなみに|(?:^|[。、！？\s])ところで|話は変わ|それはそうと)"),
    "en": re.compile(r"\b(by the way|anyway|on another note|changing the subject|incidentally)\b", re.I),
}
_EN_STOP = frozenset(
    "that this with have about what when your there their they them then than just really "
    "would could should been were from into much more some like well know think said also "
    "very only even here back over such make made being does doing done thing things".split()
)


@dataclass(frozen=True)
class Misfit:
    """One reply that does not fit, with the rule that caught it."""

    turn: int
    rule: str
    said: str
    reply: str


def sentences(text: str, lang: str) -> list[str]:
    pattern = _JA_SENT if lang == "ja" else _EN_SENT
    return [s.strip() for s in pattern.findall(text) if s.strip(" 　…")]


def question_sentence(text: str, lang: str) -> str | None:
    """The last sentence of ``text`` that asks something (a question or a request), if any."""
    for s in reversed(sentences(text, lang)):
        if lang == "ja" and (_JA_QEND.search(s) or _JA_REQUEST.search(s)):
            return s
        if lang == "en" and (s.rstrip().endswith("?") or _EN_REQUEST.search(s)):
            return s
    return None


def asks_wh_or_request(question: str, lang: str) -> bool:
    if lang == "ja":
        return bool(_JA_WH.search(question) or _JA_REQUEST.search(question))
    return bool(_EN_WH.search(question) or _EN_REQUEST.search(question))


def asked_kind(question: str, lang: str) -> str | None:
    for kind, table in (("count", _COUNT_ASK), ("year", _YEAR_ASK), ("money", _MONEY_ASK)):
        if table[lang].search(question):
            return kind
    return None


def given_kinds(reply: str) -> set[str]:
    kinds = set()
    if _COUNT_GIVEN.search(reply) or _EN_COUNT.search(reply):
        kinds.add("count")
    if _YEAR_GIVEN.search(reply) or _EN_YEARS.search(reply):
        kinds.add("year")
    if _MONEY_GIVEN.search(reply):
        kinds.add("money")
    return kinds


def topics(text: str, lang: str) -> set[str]:
    return {name for name, pattern in _TOPICS[lang].items() if pattern.search(text)}


def is_yes_no(sentence: str, lang: str) -> bool:
    """A short sentence that is only a yes or a no (「ええ、そうです。」「いや、違いますね。」 / "No, it isn't.")."""
    if lang == "ja":
        return bool(sentence.strip(" …。、")) and bool(_JA_YESNO.match(sentence.strip()))
    return bool(_EN_YESNO.match(sentence)) and len(sentence.split()) <= 5 and not re.search(r"\d", sentence)


def declines(text: str, lang: str) -> bool:
    """The reply says it cannot or will not tell (「それは言えないね」 / "I'd rather not say")."""
    return bool(_DECLINE[lang].search(text))


def words(text: str, lang: str) -> set[str]:
    """Content words for overlap checks: ja kanji/katakana runs of 2+, en words of 4+ letters."""
    if lang == "ja":
        return set(re.findall(r"[一-龥々ァ-ヴー]{2,}|[A-Za-z]{2,}", text))
    return {w for w in re.findall(r"[a-z']{4,}", text.lower()) if w not in _EN_STOP}


def _similar(a: str, b: str, lang: str) -> bool:
    """Nearly the same words, or the same figure asked about the same profile subject
    (「従業員は何名ですか」 / 「従業員の方は何人いらっしゃいますか」)."""
    kind = asked_kind(a, lang)
    if kind is not None and kind == asked_kind(b, lang) and topics(a, lang) & topics(b, lang):
        return True
    if lang == "ja":
        ga = {a[i : i + 2] for i in range(len(a) - 1)}
        gb = {b[i : i + 2] for i in range(len(b) - 1)}
    else:
        ga, gb = words(a, lang), words(b, lang)
    return bool(ga and gb) and len(ga & gb) / len(ga | gb) >= 0.5


# reactions to a bad move: the owner reacts to the push (checked by rule 4), not to the question
_PUSHED = ("end_early", "repeat", "withdraw", "lecture_pushback", "denial_reaction",
           "self_promotion_reaction", "move_on", "blunt_worry")


def _echo(sentence: str, lang: str) -> bool:
    """「職人さん、ですか。」: a short echo of the owner's word, a reflection rather than a query."""
    if lang != "ja":
        return False
    return len(sentence) <= 15 and sentence.endswith("か。") and not _JA_WH.search(sentence)


def misfits_of_reply(said: str, reply: str, lang: str, reaction: str = "") -> list[str]:
    """Rules 1–3: the text of the reply against the trainee's question — not applied when the
    owner reacts to a bad move or walks out (rule 4 checks that the move was made)."""
    question = question_sentence(said, lang)
    if question is None or reaction.startswith(_PUSHED):
        return []
    parts = sentences(reply, lang) or [reply]
    first = parts[0]
    found = []
    # a yes/no opener may answer a statement said before the question (「なるほど、〜ですか。で、
    # どうなったんですか？」 → 「そうそう。…」); it never answers a bare wh-question or request
    only_question = all(question_sentence(x, lang) == x and not _echo(x, lang) for x in sentences(said, lang))
    if asks_wh_or_request(question, lang) and is_yes_no(first, lang) and (only_question or len(parts) == 1):
        found.append("yes_no")
    kind = asked_kind(question, lang)
    if kind is not None:
        given = given_kinds(first)
        if given and kind not in given:
            found.append("wrong_figure")
        elif not given_kinds(reply) and not declines(reply, lang) and not found:
            found.append("no_answer")
    asked = topics(question, lang)
    if "board" in asked:
        asked.discard("staff")  # "how many people sit on the board" asks about the board
    if asked:
        named = topics(first, lang)
        if named and not (named & asked):
            found.append("wrong_topic")
    return found


def misfit_of_reaction(
    reaction: str, said: str, owner_before: str, earlier_said: list[str], lang: str
) -> str | None:
    """Rule 4: the reaction the owner shows answers a move the trainee did not make."""
    main = reaction.split("+")[0]
    if main == "repeat":
        question = question_sentence(said, lang) or said
        if not any(_similar(question, question_sentence(e, lang) or e, lang) for e in earlier_said):
            return "no_such_move:repeat"
    elif main == "summary_relief":
        short = len("".join(said.split())) < 30 if lang == "ja" else len(said.split()) < 12
        if short or not _SUMMARY[lang].search(said):
            return "no_such_move:summary"
    elif main == "lecture_pushback":
        if not _ADVICE[lang].search(said):
            return "no_such_move:advice"
    elif main == "withdraw":
        if not (_LEADING[lang].search(said) or _ADVICE[lang].search(said) or _DENIAL[lang].search(said)):
            return "no_such_move:leading"
    elif main == "test_evaded":
        # a statement of some length (not 「なるほど。」), not turning to another subject or to a
        # profile figure of its own
        statements = [
            s for s in sentences(said, lang)
            if s != question_sentence(s, lang) and (len(s) >= 8 if lang == "ja" else len(s.split()) >= 4)
        ]
        question = question_sentence(said, lang) or ""
        turns_away = _CHANGE[lang].search(said) or asked_kind(question, lang) or topics(question, lang)
        if statements and not turns_away:
            return "no_such_move:evaded"
    elif main == "topic_jump":
        if words(said, lang) & words(owner_before, lang):
            return "no_such_move:jump"
    elif main == "denial_reaction":
        if not _DENIAL[lang].search(said):
            return "no_such_move:denial"
    elif main == "self_promotion_reaction":
        if not _BOAST[lang].search(said):
            return "no_such_move:boast"
    return None
