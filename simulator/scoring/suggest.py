"""The suggested better turn (``TurnScore.suggestion``), built on the owner's own words.

The template set is the one of the turn's first feedback line (its most harmful mistake); its
``{keyword}``/``{concern}`` slot takes only a noun phrase the owner said and dwelt on
(:func:`quote_words.dwelt_on`: never "office", "weak", 『正確』 from 「正確には」); ``{keywords}``
gathers points of his from different turns. A summary is never suggested on the turn that
summarised nor right after one (playtest r7a s06 T7/T8): the next mistake's set is used.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence

from ..acts import Act, Utterance
from ..i18n import Lang
from ..rubric import Suggestion
from .anchor import OPEN_LINE, fit_answer, moment, moment_line, points_at_nothing, weighty_phrase
from .keywords import list_points
from .limits import refusal, refused_keys
from .points import summary_points
from .quote_words import trainee_voice
from .quotes import ja_has_noun, ja_holds_name, salient
from .quotes_en import en_phrases
from .signals import TurnView, align_prior_acts

# a summary announced in so many words (the scorer may not count it as one: r7a s06 T7)
_SUMMARY_CUE = {
    "ja": re.compile(
        r"まとめると|整理すると|整理させて|まとめさせて|お話を(伺って|聞いて)いると|これまでの話|"
        r"ここまでの(お話|話)|ということ(なん)?ですね|というお話(なん)?ですね"
    ),
    "en": re.compile(
        r"\b(to sum up|let me sum up|sum(ming)? (it )?up|in summary|so what i've heard|what i've heard|"
        r"if i('ve)? understood|so far you('ve)? (said|told)|let me (check|make sure) i)",
        re.I,
    ),
}


def _summarised(text: str, lang: Lang) -> bool:
    return bool(_SUMMARY_CUE[lang].search(text))


def just_summarised(
    view: TurnView, prior_acts: Sequence[Sequence[str]] | None = None
) -> bool:
    """The trainee summarised on this turn or on his previous one (an announced summary with
    none of his points, 「まとめると、いろいろ大変なんですね」, is none: a real one is suggested)."""
    if "vague_summary" not in view.signals and (
        Act.SUMMARY in view.analysis.acts or _summarised(view.text, view.lang)
    ):
        return True
    context: Sequence[Utterance] = view.context
    acts = align_prior_acts(context, prior_acts) or [[] for _ in context]
    for u, a in zip(reversed(context), reversed(acts), strict=False):
        if u.speaker == "trainee":
            return Act.SUMMARY.value in a or _summarised(u.text, view.lang)
    return False


def _is_summary(template_set: Suggestion, lang: Lang) -> bool:
    return any("{keywords}" in t for t in template_set.with_keyword.get(lang))


def build(
    sets: Sequence[tuple[Suggestion, str | None]],
    view: TurnView,
    names: Sequence[str],
    prior_acts: Sequence[Sequence[str]] | None = None,
) -> str | None:
    """The suggestion from the first usable template set of ``sets`` (template set, the signal
    of its mistake), the first feedback line's first; None when none is usable."""
    lang = view.lang
    if not sets:
        return None
    # the moment decides first: the opening turn, a reply that only offered tea, the trainee's
    # closing turn, his question left unanswered (r12a s05 T1/T2, s07 T11; r12b s04 T2)
    at = moment(view.text, view.context, lang, view.signals)
    if at is not None:
        line = moment_line(at, view.context, lang, view.text)
        return fit_answer(line, view.context, lang) if line else line
    summarised: bool | None = None
    for template_set, signal in sets:
        if _is_summary(template_set, lang):
            if summarised is None:
                summarised = just_summarised(view, prior_acts)
            if summarised:
                continue
        out = _fill(template_set, signal, view, names)
        if points_at_nothing(out, view.context, lang):
            return said_clause(open_line(view, names), lang)
        return said_clause(fit_answer(out, view.context, lang), lang)
    return None


# his last reply said nothing to refer back to: back to the point of an earlier reply of his,
# said as earlier (after a put-off, with a word that lets it be: 「そこは無理に伺いません。」); with
# none, one of the open lines, chosen by the turn, never the same line word for word in every
# session (r23b s02 T7 = s05 T6 = s10 T7)
_EARLIER_LINE: dict[str, str] = {
    "ja": "先ほど、{keyword}、とおっしゃいましたね。そのあたりは、今どんなふうに感じていらっしゃいますか？",
    "en": "Earlier you said {keyword}. How do you see that now?",
}
_LET_BE: dict[str, str] = {"ja": "そこは無理に伺いません。", "en": "No need to go into that now. "}


_ANSWER_OPENERS = ("短くお答えすると", "ご質問にまずお答え", "To answer briefly", "Let me answer that first")


def open_line(view: TurnView, names: Sequence[str]) -> str:
    """The line when his last reply gives nothing to refer back to (see above)."""
    lang = view.lang
    refused = refused_keys(view.context, lang)
    owner_at = [k for k, u in enumerate(view.context) if u.speaker == "owner"]
    for end in reversed(owner_at[:-1][-3:]):
        point = _point_of(view.context[: end + 1], lang, names, refused)
        if point is None:
            continue
        line = _EARLIER_LINE[lang].replace("{keyword}", point)
        last = view.context[owner_at[-1]].text
        if refusal(last, lang) or _put_off(last, lang):
            line = _LET_BE[lang] + line
        return line
    lines = [OPEN_LINE[lang], *_OPEN_ALTERNATIVES[lang]]
    return lines[zlib.crc32(view.text.encode("utf-8")) % len(lines)]


# "You said X." takes a clause of his: a list of things he named ("lathes, machining centres,
# sheet-metal gear") is mentioned, not said (r23a s06 T6), and a topic left hanging before its
# comment ("saying it out loud, it's a little hard") is said as one clause: "that saying it out
# loud is a little hard" (r23b s06 T3)
_EN_SAID = re.compile(r"^(?P<lead>(?:Earlier )?[Yy]ou )said (?P<x>[^.?!]+)(?P<end>[.?!])")
_EN_HANGING = re.compile(r"^(?P<topic>[a-z]+ing\b[^,]{2,40}), (?:it|that)(?:'s| is) (?P<rest>.+)$", re.I)
_EN_VERB = re.compile(
    r"\b(i|you|we|they|he|she|it|there|that|this)\b\s+\w+|"
    r"\b(is|are|was|were|be|been|am|have|has|had|do|does|did|can|could|will|would|should|may|might|must|"
    r"need|needs|want|wants|wanted|get|gets|got|keep|keeps|kept|make|makes|made|come|comes|came|go|goes|went|"
    r"know|knows|knew|think|thinks|thought|feel|feels|felt|like|likes|take|takes|took|run|runs|ran|"
    r"worry|worries|hope|hopes|wish|means?|meant|seems?|looks?|sells?|sold|buys?|bought|works?|orders?)\b|"
    r"n't\b|'(s|re|m|ve|ll|d)\b|\b\w+ed\b",
    re.I,
)


def said_clause(line: str | None, lang: Lang) -> str | None:
    """``line`` with its "You said X." made grammatical (see above)."""
    if not line or lang != "en":
        return line
    m = _EN_SAID.match(line)
    if not m:
        return line
    x = m.group("x").strip()
    hanging = _EN_HANGING.match(x)
    if hanging:
        x = f"that {hanging.group('topic')} is {hanging.group('rest')}"
        verb = "said"
    elif _EN_VERB.search(x):
        return line
    else:
        verb = "mentioned"
    return f"{m.group('lead')}{verb} {x}{m.group('end')}{line[m.end():]}"


def _put_off(text: str, lang: Lang) -> bool:
    from .anchor import _EN_LATER, _EN_REBUFF, _JA_LATER, _JA_TO_SUPPORTER

    return bool((_JA_LATER if lang == "ja" else _EN_LATER).search(text)) or bool(
        (_JA_TO_SUPPORTER if lang == "ja" else _EN_REBUFF).search(text)
    )


def _fill(
    template_set: Suggestion, worst_signal: str | None, view: TurnView, names: Sequence[str]
) -> str:
    lang = view.lang
    pick = zlib.crc32(view.text.encode("utf-8"))
    with_kw = template_set.with_keyword.get(lang)
    # never steer back to what the owner refused (決算書, "the figures")
    refused = refused_keys(view.context, lang)
    concern: list[str] = []
    phrase_anchor = False
    earlier = False
    if any("{keywords}" in t for t in with_kw):
        # a summary gathers two or three points (phrases of what he said) from different
        # turns; with one, the suggestion reflects that point back; with none, no quote
        words = summary_points(view.context, lang, names, avoid_keys=refused, latest=True)
        multi = [t for t in with_kw if "{keywords}" in t]
        single = [t for t in with_kw if "{keywords}" not in t]
        if len(words) >= 2:
            with_kw = multi
        elif words and single:
            with_kw, words = single, words[-1:]
        enough = len(words) >= 2 or (bool(words) and with_kw is single)
    else:
        # a denial is answered about what the owner just said, never an older word; a quote
        # is a noun phrase he dwelt on, or there is none
        # what he just said: his phrase whole when it carries weight (a wish, a feeling, a
        # stance), else a noun of his last reply he dwelt on — never an older bare noun plugged
        # into a template (r12a s07 T6 『穴あけ』 after 「まだ父の代のやり方なので」)
        phrase = weighty_phrase(view.context, lang, names)
        if phrase and any(k in phrase for k in refused):
            phrase = None
        words = [phrase] if phrase else salient(
            view.context, lang, names, limit=1, window=4, avoid_keys=refused, dwelt=True, latest_only=True
        )
        if not words and not any(t.startswith(_ANSWER_OPENERS) for t in with_kw):
            # (an answer to his question returns to him on it, not to an old word of his)
            # his last reply named nothing (「まあね」 "Depends."): a word he dwelt on in one of
            # his three replies before, never the stock line of the set in every session (r23b
            # s02 T7, s10 T7)
            owner_at = [k for k, u in enumerate(view.context) if u.speaker == "owner"]
            for end in reversed(owner_at[:-1][-3:]):
                words = salient(
                    view.context[: end + 1], lang, names, limit=1, window=4, avoid_keys=refused,
                    dwelt=True, latest_only=True,
                )
                if words:
                    earlier = True
                    break
        phrase_anchor = bool(phrase)
        if phrase and any("{keyword}" in t for t in with_kw):
            with_kw = [t for t in with_kw if "{keyword}" in t]
        if any("{concern}" in t for t in with_kw):
            # a slot about a situation or what he would do takes only a concern word of his
            concern = salient(
                view.context, lang, names, limit=1, window=4, avoid_keys=refused,
                concern=True, dwelt=True, latest_only=True,
            )
            if not concern:
                with_kw = [t for t in with_kw if "{concern}" not in t]
        enough = bool(words) and bool(with_kw)
    if not enough:
        templates = template_set.without_keyword.get(lang)
        line = templates[pick % len(templates)]
        if _OWN_VIEW.search(line):
            # the stock "your own view" line: the noun phrase his last reply named first (quoted,
            # as before), else his point, else the point of his reply before (issue 8, r22a)
            return (
                _his_noun_phrase_line(template_set, view, refused, pick)
                or _his_point_line(template_set, line, view, names, refused, pick)
                or line
            )
        return (
            _his_point_line(template_set, line, view, names, refused, pick)
            or _his_noun_phrase_line(template_set, view, refused, pick)
            or line
        )
    if phrase_anchor:
        # his clause is given back in the trainee's voice, unquoted, as a summary point is
        # (「私の代ではもうええ、とおっしゃいましたね」 "You said you never needed to be big."):
        # quote marks hold a word or a noun phrase of his, never a clause
        said = [t for t in with_kw if _SAID.search(t)]
        if said:
            template = _SAID.sub(_unquoted, said[pick % len(said)])
            return template.replace("{keyword}", trainee_voice(words[0], lang))
        words = salient(view.context, lang, names, limit=1, window=4, avoid_keys=refused, dwelt=True, latest_only=True)
        if not words:
            templates = template_set.without_keyword.get(lang)
            return templates[pick % len(templates)]
    template = with_kw[pick % len(with_kw)]
    if concern:
        template = template.replace("{concern}", concern[0])
    # {keywords} is only ever the summary's points: listed as he said them, unquoted
    out = template.replace("{keywords}", list_points(words, lang)).replace("{keyword}", words[0])
    if earlier:
        # his word from a reply before his last: said as earlier
        out = re.sub(r"^『", "先ほど『", out) if lang == "ja" else re.sub(r"^You (said|mentioned) ", r"Earlier you \1 ", out)
    return out


# the keyword-free line that only refers back (「今のお話、もう少し聞かせていただけますか？」 "Could
# you tell me a bit more about what you just said?"): most of the useless suggestions of r14a
# the keyword-free line that only asks for "your own view" (「社長ご自身はどのようにお考えですか？」
# "What is your own view on that?"): nearly all the useless suggestions of r22a; after a reply
# with a point in it, the set's line on that point is given instead
_OWN_VIEW = re.compile(
    r"^社長ご自身は(?:どのように|どう)(?:お考えです|感じていらっしゃいます)か？$|ご自身のお(?:考え|気持ち)を、?(?:もう少し)?(?:聞かせていただけ|伺え)ますか？$|"
    r"your own (?:view|thinking) on (?:that|it)[?.]$"
)
_REFERS_BACK = re.compile(
    r"^今のお話|^(なるほど。)?そのあたりのこと|^先ほど伺ったお話|what you just said\?$|^(I see\. )?Could you tell me a bit more about that\?$|"
    r"^社長ご自身は(?:どのように|どう)(?:お考えです|感じていらっしゃいます)か？$|ご自身のお(?:考え|気持ち)を、?(?:もう少し)?(?:聞かせていただけ|伺え)ますか？$|"
    r"your own (?:view|thinking) on (?:that|it)[?.]$"
)


def _his_point_line(
    template_set: Suggestion,
    line: str,
    view: TurnView,
    names: Sequence[str],
    refused: frozenset[str],
    pick: int,
) -> str | None:
    """Instead of a line that only refers back to "what you just said", the set's line that
    gives back the point of his last reply, in the trainee's voice and unquoted (「お客さんの顔を
    見ながら続けてきた、とおっしゃいましたが、そのあたりを…」 r14a s10 T9); None when his last
    reply holds no point (a put-off, a refusal, a bare figure) or the set has no such line."""
    if not _REFERS_BACK.search(line):
        return None
    said = [t for t in template_set.with_keyword.get(view.lang) if _SAID.search(t)]
    if not said:
        return None
    template = _SAID.sub(_unquoted, said[pick % len(said)])
    point = _point_of(view.context, view.lang, names, refused)
    if point is not None:
        return template.replace("{keyword}", point)
    # his last reply put it off or said nothing (「まあ、そこはいいじゃない」 "let's not go into it
    # today"): back to the point of his reply before, said as earlier (r22a s02 T11, s10 T6)
    # (up to three replies back: two put-offs in a row leave his point before them, r23b s10 T8)
    owner_at = [k for k, u in enumerate(view.context) if u.speaker == "owner"]
    point = next(
        (
            p
            for end in reversed(owner_at[:-1][-3:])
            if (p := _point_of(view.context[: end + 1], view.lang, names, refused)) is not None
        ),
        None,
    )
    if point is None:
        return None
    line = template.replace("{keyword}", point)
    if view.lang == "ja":
        return line if line.startswith("先ほど") else "先ほど、" + line
    return re.sub(r"^You (said|mentioned) ", r"Earlier you \1 ", line)


def _point_of(
    context: Sequence[Utterance], lang: Lang, names: Sequence[str], refused: frozenset[str]
) -> str | None:
    """The point of his last reply in ``context`` (his words, in the trainee's voice), or None."""
    points = summary_points(context, lang, names, limit=1, avoid_keys=refused, latest=True)
    if not points:
        return None
    # 「正直よく分からない」 "a great deal", "you wish you could": his hedge, with no thing of his
    # in it, is no point to build on
    if not (ja_has_noun(points[-1]) if lang == "ja" else en_phrases(points[-1])):
        return None
    return points[-1]


# a noun phrase of his last reply with its modifier (「父の代からのお付き合い」「みんなが迷わずに動
# ける会社」「みんなに見える会社」): a clause of his ending on a noun, said as a point (before 、ですかね,
# です, で。, になって…), never a clause he said about himself (「そうなるんやね」)
_JA_NOUN_POINT = re.compile(
    r"(?P<np>[^\s、，。…？?！!「」『』（）]{2,22}?(の|な|る|た|い|える|ける)"
    r"[一-龥ァ-ヶー]{1,6}(さん)?)"
    r"(?=、?\s*(ですかね|ですね|です|でして|で[。…、]|だ[。…よね]|かな|に(なって|なれ|したい|できたら)|[。…]|$))"
)
# a stance or a put-off is no point to build on: the supporter's word, a refusal, a filler
_JA_TOPIC = re.compile(r"^(あとは|それと|それに|ほかは|他は)|^.*(?<=[一-龥ァ-ヶーA-Za-z0-9])(は|も)(?=.)")
_JA_NOT_POINT = re.compile(r"^(うち|それ|そう|まあ|なんか|僕|私|俺|わし|あんた)|ところ$|こと$|もの$|感じ$|話$")


def his_noun_phrase(context: Sequence[Utterance], lang: Lang, refused: frozenset[str] = frozenset()) -> str | None:
    """The noun phrase with its modifier that his last reply names as its point (Japanese only),
    or None."""
    if lang != "ja":
        return None
    last = next((u.text for u in reversed(context) if u.speaker == "owner"), "")
    from .points import trainee_first  # points builds on the quote modules

    for clause in reversed(re.split(r"(?<=[、。…！!？?])", last)):
        m = _JA_NOUN_POINT.search(clause.strip())
        if not m:
            continue
        # what his topic is about, not the topic (「水は店の井戸水」 → 店の井戸水, 「今は息子さんの代」)
        np = _JA_TOPIC.sub("", m.group("np"))
        if len(np) < 3 or _JA_NOT_POINT.search(np) or any(k in np for k in refused) or trainee_first(np, context):
            continue
        if ja_holds_name(np):
            continue  # 「北村鉄工の北村です」: his self-introduction, a name in any form (q21)
        return np
    return None


def _his_noun_phrase_line(
    template_set: Suggestion, view: TurnView, refused: frozenset[str], pick: int
) -> str | None:
    """Instead of a stock line, the set's line that quotes the noun phrase his last reply named
    as its point (「『みんなに見える会社』とおっしゃいましたね。…」, issue 8); None without one."""
    said = [t for t in template_set.with_keyword.get(view.lang) if _SAID.search(t) and "{concern}" not in t]
    if not said:
        return None
    np = his_noun_phrase(view.context, view.lang, refused)
    if np is None:
        return None
    return said[pick % len(said)].replace("{keyword}", np)


# a template that reports what he said: 「『{keyword}』とおっしゃいましたね」 "You said "{keyword}"."
_SAID = re.compile(r"『\{keyword\}』(?=と(おっしゃ|伺))|(?<=You said )\"\{keyword\}\"|(?<=You mentioned )\"\{keyword\}\"")


def _unquoted(m: re.Match[str]) -> str:
    return "{keyword}、" if m.group(0).startswith("『") else "{keyword}"


_QUOTED = re.compile(r"[『\"“]([^』\"”]{1,40})[』\"”]")


def fresh_suggestion(suggestion: str | None, shown: Sequence[str | None], back: int = 3) -> str | None:
    """The suggestion unless one of the last ``back`` turns already showed it or the same quoted
    word of the owner's (『経理』 on two turns in a row, r9b s03): a repeat teaches nothing. A line
    with no word of his shown word for word anywhere earlier in the session (r13a s02 T2 = T7)
    gives way to another line of its own template set not shown yet, or to none: after the worst
    mistakes one differently worded line still helps (r13a s10 T7)."""
    if not suggestion:
        return suggestion
    before = [s for s in shown if s]
    recent = [s for s in list(shown)[-back:] if s]
    words = set(_QUOTED.findall(suggestion)) | set(_SAID_POINT.findall(suggestion))
    if words:
        # a line on his word: not on a recent turn; long ago it may come back
        if suggestion in recent or any(words & (set(_QUOTED.findall(s)) | set(_SAID_POINT.findall(s))) for s in recent):
            return None
        return suggestion
    if suggestion not in before:
        return suggestion
    lang: Lang = "ja" if _JA_CHAR.search(suggestion) else "en"
    return next((alt for alt in _alternatives(suggestion, lang) if alt not in before), None)


# his point given back unquoted (「先ほど、X、とおっしゃいましたね」 "Earlier you said X."): the same
# point on two turns in a row teaches nothing either (r23a s04 T6/T7)
_SAID_POINT = re.compile(r"^(?:先ほど、)?([^『』。]{4,60}?)、と(?:おっしゃ|伺)|^(?:Earlier )?[Yy]ou (?:said|mentioned) ([^.\"“]{6,80})\.")
_JA_CHAR = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
# the open line's own alternatives (it belongs to no template set)
_OPEN_ALTERNATIVES: dict[str, tuple[str, ...]] = {
    "ja": (
        "差し支えなければ、社長が最近のお仕事の中で感じていらっしゃることを、聞かせていただけますか？",
        "よろしければ、社長がこの会社をどんなふうに見ていらっしゃるのか、社長の言葉で伺えますか？",
    ),
    "en": (
        "If you don't mind, how have things been going for you lately, in your own words?",
        "Could you tell me how you see the company yourself, in your own words?",
    ),
}


def _alternatives(line: str, lang: Lang) -> list[str]:
    """The other keyword-free lines and the ``again`` lines of the template sets that hold ``line``."""
    if line == OPEN_LINE[lang]:
        return list(_OPEN_ALTERNATIVES[lang])
    out: list[str] = []
    for template_set in _template_sets():
        texts = template_set.without_keyword.get(lang)
        if line in texts:
            again = template_set.again.get(lang) if template_set.again else []
            out += [t for t in [*texts, *again] if t != line and t not in out]
    return out


def _template_sets() -> list[Suggestion]:
    from pydantic import BaseModel

    from ..rubric import load_rubrics

    found: list[Suggestion] = []

    def walk(node: object) -> None:
        if isinstance(node, Suggestion):
            found.append(node)
        elif isinstance(node, BaseModel):
            for name in type(node).model_fields:
                walk(getattr(node, name))
        elif isinstance(node, list | tuple):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            for item in node.values():
                walk(item)

    for rubric in load_rubrics().values():
        walk(rubric)
    return found
