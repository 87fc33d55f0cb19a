"""Japanese dialogue-act rules: sentence endings (read through morphemes), question words and
the word classes in :mod:`.ja_lexicon`.

Each sentence is read on its own and the utterance's acts are the union, then a few
utterance-level rules apply (summary markers, self-promotion, conventions on co-occurrence).
Evidence strings are substrings of the utterance.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..acts import Act
from . import ja_lexicon as L
from .cues import Cues, Labels, Word, first_match, sentences
from .japanese import SMALLTALK, morphemes, words
from .pushed_questions import PLAN_JA, agree_sought, supposed_by_him, what_if

_QUOTED = re.compile(r"「[^」]*」|『[^』]*』")
_ASKS = re.compile(r"([？?]|(ですか|ますか|でしょうか|ませんか|のか|んですか|か)[。]?)\s*$")
# a fact of his asked for: a count, an amount, or a question that leaves the summary for another topic
_FACT_ASKED = re.compile(
    r"何(名|人|社|年|歳|件|台|店|回|席|割|時間|か月|ヶ月|カ月)|いくら|どのくらい|どれくらい|ところで|話は変わ"
)


def _asks_past_summary(text: str) -> bool:
    """A question after the summary that asks a fact of its own (a count, an amount, another topic:
    「…続かない。ところで従業員は何名ですか？」), not the summary's check (「違うところはありますか」
    「合っていますか」) nor an invitation to go on: a closed question."""
    return any(
        _ASKS.search(s.strip())
        and _FACT_ASKED.search(s)
        and not L.SUMMARY_CHECK.search(s)
        and not L.CHECK.search(s.strip())
        for s in sentences(text)
    )
# the owner's own self (「社長は自分の代の販路を」「ご自身」) is not the speaker's
_TOGETHER = re.compile(
    r"一緒に(考え|整理|話|見|探|振り返)|(次回|次の機会|次にお会い)[^。]{0,30}(伺|聞かせ|お話|お聞き)"
)
# 「社長が一番大事にしてこられたことを伺えたらと思うのですが、いかがでしょうか」: the supporter's
# wish to hear him, put to him for his consent — a request to tell, no opinion for him to agree to
# (r18b s01 T4). The wish is to hear (伺う, 聞く, 教えていただく, お話しいただく), in a conditional or
# 「〜たい」 before 「と思う」; 「〜した方がいいと思いますが、いかがですか」 stays leading.
_HEAR_WISH = re.compile(
    r"(伺|うかが|聞か|お聞き|お聴き|聞け|教え|お話し|話して|お考えを知)[^。、]{0,14}"
    r"(たら|れば|えば|ば|たい|ればな|たらな)と(思|考え|存じ)"
)
# 「娘さんが言うてくることもある、とおっしゃってましたよね。」: his words, checked with 「よね」 —
# a reference back, no validation of a feeling (r18a s08 T8)
_HIS_SAYING = re.compile(
    r"(と|って)[、,]?\s*(おっしゃ|仰|言われ|言って(い|お)られ|話され|話して(い|お)られ|書かれ|書いて(い|お)られ)"
)
_PICTURE = re.compile(r"イメージ(です|でしょう|を(お持ち|持って|描|され)|され|して)|思い描|想像され|想像して(い|お)らっしゃ")
# the consent form the wish is put in (「…と思うのですが、いかがでしょうか」); a push in the same
# sentence (「…伺えればと思いますが、やはり値上げすべきではないでしょうか」) stays leading
_CONSENT_ASKED = re.compile(r"^(と思う|と思います|と感じ|気がし|気がする)(んです|のです)?(けど|けれど|が)[^。]*(いかが|どう)$")
_LEAD_IN = re.compile(r"(?:ました|でした|です|ます|だ|た)?(?:が|けど|けれど|けれども)、")
# 「ネット販売以外で、会社として今一番の課題って何ですか」: setting the last topic aside leaves the
# worry question as blunt as before (r13b s09)
_SET_ASIDE = re.compile(r"^[^。？?]*?(以外|のほか|の他)(で|に|では|には|として)?、")
# a question opening on what he just told (「それだと、…」「その中で、…」): his account, not the worry
# asked from nowhere (「それで、今一番…」 only moves on)
_FOLLOWS_HIM = re.compile(r"^(それだと|そうなると|そうすると|その中で|そのなかで|そういう中で|そうした中で|そのやり方だと|その状態だと)[、,]")
_OWNERS_SELF = re.compile(r"社長(さん)?[はがも、]*(ご)?(自分|自身)|ご自分|ご自身")

_Q_PARTICLES = frozenset({"か", "かね", "かな", "かしら", "っけ"})
_DESHOU_END = ("でしょう", "でしょうね", "だろう", "だろうね", "の", "のでしょうね", "んでしょうね")
_CONJECTURE_END = ("でしょうね", "だろうね", "でしょう", "だろう")


# what the supporter heard, put to him in the same sentence (「…と聞いていますが、実際は？」)
_HEARD_THEN_ASKED = re.compile(r"と(聞|伺|うかが)(いて|って)(い|お)(ます|ります)(が|けど|けれど)[、,]?[^。]{1,30}$")
# a quotation of his words (「…」『…』): what is inside leads nothing of the supporter's
_QUOTE = re.compile(r"『[^』]{1,40}』|「[^」]{1,40}」")


def echo_opens(text: str) -> bool:
    """The turn opens with a short echo of his words (「同じ不満、ですか。」) before asking on."""
    parts = sentences(text)
    return (
        len(parts) >= 2
        and bool(L.QMARK.search(parts[-1]))
        and bool(L.ECHO_Q.search(_strip_end(parts[0]).strip()))
    )


def _strip_end(s: str) -> str:
    return L.END.sub("", s)


_Q_TAILS = ("か", "かね", "かな", "かしら", "っけ")


def _ends_with_question_particle(core: str) -> str | None:
    if not core.rstrip().endswith(_Q_TAILS):
        return None  # no question particle at the end: no need to read the morphemes
    ms = [m for m in morphemes(core) if m[2] not in ("補助記号", "空白")]
    if not ms:
        return None
    last = ms[-1]
    if last[0] == "とか" or (last[0] == "か" and len(ms) >= 2 and ms[-2][0] == "と"):
        return None  # 「…ものづくり補助金とか。」: a list trailing off, not a question
    if last[0] in _Q_PARTICLES and last[2] == "助詞":
        return "".join(m[0] for m in ms[-3:])
    if len(ms) >= 2 and last[0] in ("ね", "な") and ms[-2][0] == "か" and ms[-2][2] == "助詞":
        return "".join(m[0] for m in ms[-3:])
    return None


def _picked(s: str, cues: Cues) -> list[Word]:
    """Words of ``s`` found in the owner's last turn, numbers with counters (七割, 一社) too."""
    if not cues.last_keys:
        return []
    found = [w for w in words(s) if w.norm not in SMALLTALK and cues.last_keys.intersection(w.keys)]
    for m in L.NUMBER.finditer(s):
        if m.group(0) in cues.last_text:
            found.append(Word(m.group(0), m.group(0), (m.group(0),)))
    return found


@lru_cache(maxsize=8192)  # every earlier trainee turn is checked again on each later turn
def looks_like_question(text: str) -> bool:
    """Cheap check used on earlier trainee turns (repeat detection)."""
    for s in sentences(text):
        core = _strip_end(s)
        if core and (
            L.QMARK.search(s) or _ends_with_question_particle(core) or L.REQUEST_END.search(core)
        ):
            return True
    return False


def _is_check_tag(s: str, core: str, cues: Cues | None = None) -> bool:
    """A short yes/no question that only checks the give-back before it. A question on a thing
    he never named (「二年で三人…。三人とも同じ部署の方でしたか？」: 部署) asks something new (acts17)."""
    if len(core) > 16 or L.WH_OPEN.search(core) or L.WH_FACT.search(core) or L.JUDGEMENT_Q.search(s):
        return False  # 「…なんですね。まずくないですか？」 presses a verdict: no check
    asks = L.QMARK.search(s) or _ends_with_question_particle(core)
    if not asks:
        return False
    if L.CHECK.search(core):
        return True
    found = words(core)
    if cues is not None and any(w.norm not in SMALLTALK and not cues.last_keys.intersection(w.keys) for w in found):
        return False
    return len(found) <= 1


def classify(text: str, cues: Cues, content: list[str]) -> Labels:
    out = Labels()
    if cues.summary_points >= 2 and _points_only_asked(text, cues):
        # 「数字の話がほとんど、なんですね。会長は、DXには反対なんですか？」: his last turn given back,
        # then a yes/no question on an earlier subject; the words it asks about are no points
        # gathered (r18a s10 T6)
        cues = replace(cues, summary_points=1, drawn_earlier=0)
    out.refers_back = bool(L.REFERS_BACK.search(text))
    # a pep talk or a first step prescribed is a push too, even after his question (r12b)
    out.push = bool(L.STRONG_PUSH.search(text) or L.PEP_TALK.search(text)) or any(
        L.FIRST_STEP.search(_strip_end(s)) for s in sentences(text)
    )
    out.changes_topic = bool(L.CHANGES_TOPIC.search(text))
    reflective = 0
    parts = sentences(text)
    asked = False
    for i, s in enumerate(parts):
        core = _strip_end(s)
        tag = _guess_tag(s, core, cues) if asked and i == len(parts) - 1 else None
        if tag:
            # 「…社長としてはいかがですか？心強いですよね？」: the answer he is to give, tagged on
            out.add(Act.LEADING_QUESTION, tag)
            out.is_question = True
            continue
        asked = asked or _asks(s)
        if reflective and _is_check_tag(s, core, cues):
            continue  # 「…ということですね。合っていますか？」: the tag of a give-back
        reflective += _sentence(s, cues, out)
    reflective += _restatement_with_tag(parts, cues, out, reflective)
    _utterance(text, cues, out, content, reflective)
    out.closed_by_guess(_guess_after_wh(parts))
    return out


# 「時代、ですか。でも、…ECをやり直せば、売上は伸びると思いますよ。」: his word given back, then
# countered at once with the supporter's own claim — a denial of his view, whatever the give-back
# before it (r18a s04 T7)
_BUT = re.compile(r"^\s*(でも|だけど|だけれど|けど|しかし|とはいえ|とは言え|ただ(?!、?今日)|いや)[、,]")


def _countered(text: str, cues: Cues, out: Labels) -> str | None:
    advice = [e for e in out.evidence.get(Act.ADVICE, []) if e]
    if not advice or not cues.last_keys:
        return None
    parts = [p for p in sentences(text) if p.strip()]
    for before, after in zip(parts, parts[1:], strict=False):
        m = _BUT.match(after)
        if not m or not any(e in after for e in advice):
            continue
        core = _strip_end(before).strip()
        his = [w for w in words(core) if w.norm not in SMALLTALK and cues.last_keys.intersection(w.keys)]
        if his and len(core) <= 20 and (core.endswith(("ですか", "ですね", "なんですね", "か")) or first_match(L.REFLECT_END, core)):
            return m.group(0).strip()
    return None


def _points_only_asked(text: str, cues: Cues) -> bool:
    """The words from his earlier turns stand only in yes/no questions of the turn; the sentences
    around them give back his last turn alone (or nothing)."""
    parts = [p for p in sentences(text) if p.strip()]
    asked = [
        p for p in parts
        if L.QMARK.search(p)
        and not first_match(L.WH_OPEN, _strip_end(p))
        and not first_match(L.WH_FACT, _strip_end(p))
        # 「…ということでしょうか？」 checks the give-back itself: it is the summary, no new question
        and not first_match(L.CHECK, p.strip())
    ]
    rest = [p for p in parts if p not in asked]
    if not asked or not any(_picked(p, cues) for p in rest):
        return False  # no give-back of his last turn beside the question
    earlier = [
        w for p in rest for w in words(p)
        if w.norm not in SMALLTALK and cues.owner_keys.intersection(w.keys) and not cues.last_keys.intersection(w.keys)
    ]
    return not earlier


def _guess_tag(s: str, core: str, cues: Cues) -> str | None:
    """A short closing 「〜ですよね？」「〜でしょう？」 with a word of the supporter's own in it (not
    a check of the give-back, not his own word given back): a guessed answer."""
    body = core.strip()
    if len(body) > 20 or not L.GUESS_TAG.search(body) or L.CHECK.search(body):
        return None
    if L.WH_OPEN.search(body) or L.WH_FACT.search(body):
        return None
    if not (L.QMARK.search(s) or body.endswith(("でしょう", "でしょ", "だろう", "だろ"))):
        return None  # 「それはご不安ですよね。」: an acknowledgement, not a question
    own = [w for w in words(body) if w.norm not in SMALLTALK and not cues.last_keys.intersection(w.keys)]
    return s.strip() if own else None


def _asks(s: str) -> bool:
    core = _strip_end(s)
    return bool(core) and bool(L.QMARK.search(s) or _ends_with_question_particle(core))


def _guess_after_wh(parts: list[str]) -> str | None:
    """The last sentence guesses the answer to the wh-question just before it
    (「受発注はどうやっていますか？FAXですか？」「電話ですか、FAXですか？」): the guess it returns
    narrows the open question to a yes or a no."""
    asked = [s.strip() for s in parts if s.strip()]
    if len(asked) < 2:
        return None
    wh, last = asked[-2], asked[-1]
    core = _strip_end(last).strip()
    if not (_asks(wh) and first_match(L.WH_OPEN, L.EMBEDDED_Q.sub("", _strip_end(wh)))):
        return None
    if L.VAGUE_LEAD_IN.match(wh) and _closed_after_lead_in(last, core):
        # 「ではDXについてはどうですか？受発注はまだ紙やFAXでやっているんですか？」: the lead-in
        # only names a topic; the yes/no question after it is what he is asked (r20a s03 t2)
        return core
    if (
        not _asks(last)
        or len(core) > 20
        or L.WH_OPEN.search(core)
        or L.WH_FACT.search(core)
        or L.CHECK.search(core)
        or L.REQUEST_END.search(core)
        or L.PERMISSION.search(core)
        or L.BACKCHANNEL_ONLY.match(core)
        or not words(core)
    ):
        return None
    # a guessed answer is a name or a thing (「FAXですか」「ハローワークだけですか」), or a bare
    # predicate on the wh-question's own subject (「売上はここ数年どうですか？伸びていますか？」,
    # r18b s07 T2); a question with a subject or an object of its own (「お客さんは来ていますか」)
    # asks something else
    ms = morphemes(core)
    if any(m[2] in ("動詞", "形容詞") for m in ms) and (
        len(core) > 12 or any(m[0] in ("は", "が", "を", "に", "って", "も") and m[2] == "助詞" for m in ms)
    ):
        return None
    return core


def _closed_after_lead_in(last: str, core: str) -> bool:
    """The question after a vague lead-in asks for a yes or a no on a guess of the supporter's
    (まだ, だけ, 紙やFAX): no wh-word, no request, no check of a give-back (「どんなところで苦労されて
    いますか」 and the neutral 「お客さんは来ていますか」 keep the turn open)."""
    return bool(
        _asks(last)
        and core
        and L.ASSUMED_GUESS.search(core)
        and len(core) <= 40
        and not first_match(L.WH_OPEN, L.EMBEDDED_Q.sub("", core))
        and not L.WH_FACT.search(core)
        and not L.CHECK.search(core)
        and not L.REQUEST_END.search(core)
        and not L.PERMISSION.search(core)
        and not L.BACKCHANNEL_ONLY.match(core)
        and words(core)
    )


def _restatement_with_tag(parts: list[str], cues: Cues, out: Labels, reflective: int) -> int:
    """A long restatement of the owner's words closed by a short yes/no check
    (「…。そういう状況ですか？」) gives back; the tag is not a closed question of its own."""
    if reflective or len(parts) < 2 or set(out.evidence) != {Act.CLOSED_QUESTION}:
        return 0
    last = _strip_end(parts[-1])
    before = "".join(parts[:-1])
    if len(last) <= 16 and len(before) >= 30 and cues.drawn_words >= 3:
        if not (L.WH_OPEN.search(last) or L.WH_FACT.search(last)):
            out.drop(Act.CLOSED_QUESTION)
            return _give_back(before, "", _picked(before, cues), cues, out)
    return 0


def _sentence(s: str, cues: Cues, out: Labels) -> int:
    """Label one sentence; returns 1 if it gives back the owner's words (reflection-like)."""
    core = _strip_end(s)
    body = core.strip()
    if not body:
        return 0
    if L.ACK_ONLY.match(body):
        return 0  # 「わかりました。」: an acknowledgement, whoever said 分かる before
    picked = _picked(s, cues)
    qmark = bool(L.QMARK.search(s))
    judged = first_match(L.JUDGEMENT_Q, s.strip())
    if judged and not L.OWNER_VIEW.search(core):
        out.add(Act.LEADING_QUESTION, judged)  # 「それって危なくないですか？」: his verdict, pressed
        out.is_question = True
        return 0
    bare = L.EMBEDDED_Q.sub("", core)  # 「どう探すかが気になる」 does not ask how
    wh_open = first_match(L.WH_OPEN, bare)
    wh_fact = first_match(L.WH_FACT, bare)
    wh = wh_open or wh_fact
    # in a wh-question (「一番悔しかったのはどんな時ですか」) a feeling word is the topic asked
    # about; only an acknowledgement in a clause of its own before the question counts
    wh_question = bool(wh) and bool(
        qmark or _ends_with_question_particle(core) or core.endswith(_DESHOU_END)
    )
    scope = core
    if wh_question:
        m = L.ACK_CLAUSE.match(core)
        scope = m.group(1) if m and not first_match(L.WH_OPEN, m.group(1)) else ""
    scope = L.WISH_END.sub("", scope)  # 「…していただけたら嬉しいです」: the supporter's wish
    ack = first_match(L.EMP_ACK, scope) or first_match(L.EMP_STRONG, scope)
    feeling = first_match(L.EMP_FEELING, scope)
    # 「丸栄さんが取引をやめたら大変ですよね」: a worry on the supporter's own premise, put to
    # the owner; nothing he said or felt is acknowledged
    worry = first_match(L.HYPOTHETICAL_WORRY, core)
    if worry:
        ack = feeling = None
    effort = first_match(L.EMP_EFFORT, scope)
    # 「…出店するのが早いと思います。そういう方向でいいですよね？」: his yes sought for the plan
    sought = agree_sought(s, "ja")
    if sought and not (Act.ADVICE in out.evidence or PLAN_JA.search(core)):
        sought = None
    if not (ack or feeling or sought) and not picked and (m := L.FEELING_YONE.search(core)):
        ms = [x for x in morphemes(core) if x[2] in ("形容詞", "形状詞")]
        # 「それだとミスも多いですよね？」: a count or a quality of his business guessed (多い, 遅い), put
        # to him for his yes — the supporter's judgement, no feeling of his (r20b s10 T3)
        judged = qmark and all(x[1] in L.JUDGEMENT_ADJ for x in ms)
        if ms and not judged and not first_match(L.WH_OPEN, core) and not L.CONDITION.search(core):
            feeling = m.group(0)
    gives_back = bool(first_match(L.REFLECT_END, core)) and not core.endswith(_CONJECTURE_END)
    own = bool(L.FIRST_PERSON.search(body)) and not L.HONORIFIC.search(body)
    if (
        own
        or L.SOCIAL.search(body)
        or (cues.owner_last_question and (L.ANSWER.search(body) or L.HUMBLE.search(body)))
    ):  # 「材料の上がり方は、…ほどは分かっていないと思います」: his test answered honestly
        own = True
        picked = []  # the supporter's own sentence or a courtesy: nothing given back
        gives_back = False
    empathy = ack or feeling or effort
    if ack or feeling:
        out.add(Act.EMPATHY, *(e for e in (ack, feeling) if e))
    if effort and not ack and (not gives_back or L.EMP_BURDEN.search(effort)):
        out.add(Act.EMPATHY, effort)

    # a give-back attributing the view to the owner: advice words in it are the owner's
    attributed = (bool(picked) and bool(L.ATTRIBUTED.search(core))) or bool(
        L.OWNER_VIEW.search(core)
    )
    # polite disguised proposals; 「〜を描いてみませんか」 invites the owner to talk
    proposal = first_match(L.PROPOSAL_Q, core)
    offer = first_match(L.OFFER, core)
    if offer and not L.CLOSING.search(core) and not L.NEXT_MEETING.search(core):
        out.add(Act.ADVICE, offer)  # 「コンサルを紹介しましょうか」: his problem solved for him
        return 0
    if proposal and L.CLOSING.search(core):
        return 0  # 「今日はここまでにしましょう」: closing the meeting
    if proposal:
        if L.REQUEST_END.search(core):
            out.is_question = True
            out.add(Act.OPEN_QUESTION, proposal)
        else:
            out.add(Act.ADVICE, proposal)
        return 0
    info = first_match(L.INFO, core)
    if info and qmark and _HEARD_THEN_ASKED.search(core):
        # 「会長は…全部社長に任せていると聞いていますが、実際そうなんですか？」: what was heard about
        # him, put to him to confirm: a question (a confrontation), no advice given (r17b s02 T5)
        info = None
    if info and not attributed:
        out.add(Act.ADVICE, info)
        return 0

    leading = first_match(L.LEADING, s.strip())
    if leading and not first_match(L.LEADING, _QUOTE.sub("〇", s.strip())):
        # 「注文を数えながら『やっぱりね』と思われるとき、…どんなことが浮かびますか？」: the leading
        # word is his own, quoted; the question is open (r17b s10 T8)
        leading = None
    if leading and wh and ("でしょ" in leading or "だろ" in leading):
        leading = None  # 「どんな場面でそう感じられるんでしょう？」 asks, it does not lead
    if leading and (_TOGETHER.search(s) or (_HEAR_WISH.search(s) and _CONSENT_ASKED.search(leading))):
        leading = None  # 「次回、…一緒に考えていければと思いますが、いかがですか」 offers a next step
    if not leading and worry and first_match(L.YONE, core):
        leading = worry  # 「…やめたら大変ですよね」: the supporter's worry, for him to agree to
    if not leading and not empathy and (yone := first_match(L.YONE, core)):
        if not qmark and (L.ADVICE.search(core) or L.STRONG_PUSH.search(core)):
            out.add(Act.ADVICE, yone)  # 「…職場にしないとダメですよね。」: a push, stated
            return 0
        if not qmark and L.FIGURE_CHECK.search(core) and not _judged(core):
            return 0  # 「社長になられて2年ですよね。」: a figure checked, no feeling acknowledged (r20b s10 T6)
        if not qmark and len(core) <= 30 and not L.DIAGNOSIS.search(core) and not _HIS_SAYING.search(core):
            # 「そう思ってしまう日もありますよね」「それはこたえますよね」: a validation
            out.add(Act.EMPATHY, yone)
            return 0
        if not picked or qmark:
            leading = yone
    if leading and empathy:
        leading = None  # 「それはご不安ですよね」: acknowledgement, not a leading question
    # 「EV化で丸栄さんの仕事が減ったら、どうするんですか？」: the supporter's what-if (r14a s04 T6)
    supposed = what_if(s, "ja")
    if supposed and supposed_by_him(supposed, cues.last_text):
        supposed = None
    leading = leading or sought or supposed
    if leading:
        out.add(Act.LEADING_QUESTION, leading)
        out.is_question = True
        return 0

    check = first_match(L.CHECK, core)
    prompt = (
        first_match(L.PROMPT_ANY, s.strip())
        or first_match(L.PROMPT_ANY, body)
        or (first_match(L.PROMPT, body) if len(body) <= 12 else None)
    )
    request = first_match(L.REQUEST_END, core) or first_match(L.REQUEST_HEAR, core)
    if not request and L.PERMISSION.search(core):
        request = first_match(L.HEAR_PERMISSION, core)  # 「もう少し聞かせてもらってもいいですか」
    asks = (
        qmark
        or _ends_with_question_particle(core)
        or request
        or prompt
        or (wh and core.endswith(_DESHOU_END))
    )
    if asks:
        if L.LOGISTICS.search(core) and not L.OPINION.search(core):
            return 0  # 「来週のご都合はいかがでしょうか」: logistics
        if (
            L.PERMISSION.search(core)
            and not wh
            and not check
            and not L.HEAR_PERMISSION.search(core)
        ):
            return 0  # 「メモを取らせていただいてもよろしいですか」: asking permission
        if L.BACKCHANNEL_ONLY.match(body):
            return 0  # 「そうなんですか。」: a backchannel
        if not wh and not qmark and L.ECHO_Q.search(body):
            if picked and cues.owner_last_has_content:
                return _give_back(
                    core, "", picked, cues, out
                )  # 「売上、ですか。」: the owner's word
            return 0  # 「58歳ですか…」: an echo, not a question
        if request and not wh and not prompt and L.REASSURING_REQUEST.search(core):
            return 0  # 「安心してお話しください」: reassurance, not a question
        if check and not wh:
            return _give_back(core, check, picked, cues, out)
        felt = None if (qmark or wh) else first_match(L.FEELING_REFLECT, core)
        if felt and cues.owner_last_has_content and not own:
            # 「不安もおありなんでしょうか」: his feeling named, checked tentatively (refl20)
            return _give_back(core, felt, picked, cues, out)
        verdict = None if wh_open else first_match(L.VERDICT_Q, core)
        if verdict and cues.owner_last_has_content and _his_phrase_echoed(body, cues.last_text):
            # 「社長なのに、ですか。」 after his 「社長なのにね」: his own words, not her verdict
            return _give_back(core, body, picked, cues, out)
        if verdict:
            out.add(Act.LEADING_QUESTION, verdict)  # 「専務なのに、採用には関われないんですか？」
            out.is_question = True
            return 0
        out.is_question = True
        out.prompt = out.prompt or bool(prompt)
        # 「…SNSとかで発信するといいと思いますが、やってますか？」: advice put before the question
        # is advice still (r11a blind play)
        lead = L.LEAD_CLAUSE.split(core)
        if len(lead) > 1 and not attributed:
            adv = first_match(_LEAD_ADVICE, L.POLITE_IF.sub("", "、".join(lead[:-1])))
            if adv:
                out.add(Act.ADVICE, adv)
        if first_match(L.ISSUE, core) and not _his_worry_taken_up(core, cues) and not _his_matter_scoped(core, cues):
            out.issue_question = True
        opinion_fact = wh_fact and (
            (L.OPINION.search(core) and not L.FACT_ONLY.match(wh_fact))
            # 「その『みんな』には、どなたが入っているイメージですか」: his picture asked for, whoever
            # is in it — an open question (r18b s04 T10, s05 T4)
            or _PICTURE.search(core)
        )
        if wh_open or prompt or request or opinion_fact:
            out.add(Act.OPEN_QUESTION, wh_open or prompt or request or wh_fact or body)
        else:
            ending = _ends_with_question_particle(core)
            out.add(Act.CLOSED_QUESTION, wh_fact or ending or body[-6:])
        return 0

    cited = L.HIS_WORDS_CITED.search(core)
    if cited and not own and cues.has_owner:
        ws = words(core[: cited.start()])
        his = [w for w in ws if cues.owner_keys.intersection(w.keys)]
        if len(his) >= 2 and len(his) >= 0.5 * len(ws):
            # 「社長が、今いる方が安心して働ける会社のままでいたい、とおっしゃったのが印象に残りました」: his
            # words cited as his, from this turn or an earlier one (r20a s08 T8, refl20)
            out.add(Act.REFLECTION, *(w.surface for w in his[:4]), cited.group(0))
            return 1
    plain = L.POLITE_IF.sub("", core)  # 「もしよければ、…」 is a hedge, not a condition
    advice = (
        first_match(L.PEP_TALK, core)
        or first_match(L.FIRST_STEP, core)
        or _verdict(core, cues)
        or first_match(L.ADVICE, plain)
        or first_match(L.EFFECT_CLAIM, core)
        or (first_match(L.UNSAID_MUST, core) if not own else None)
    )
    if advice and advice.endswith(("ください", "下さい")) and L.NEXT_MEETING.search(core):
        advice = None  # 「次回は現場も見せてください」: a request about the next visit
    if advice and L.WISH_END.search(core) and not L.ADVICE.search(L.WISH_END.split(core)[0]):
        advice = None  # 「…メモしていただけたら嬉しいです」: a request of the supporter's own
    if advice and L.CLOSING.search(core):
        advice = None  # 「今日はここまでにしましょう」: closing the meeting
    if advice and L.COMMITMENT.search(core) and not L.PROPOSAL_Q.search(core):
        advice = None  # 「…伝えてもらえば、それに合わせて対応します」: the supporter's promise
    if advice and L.REASSURE_ONLY.search(s.strip()):
        advice = None  # 「あ、大丈夫ですよ。」「ゆっくりで構いませんよ」: a reassurance, no advice (r20b s10 T2)
    if advice and not attributed and not first_match(L.NOT_INSTRUCTION, core):
        out.add(Act.ADVICE, advice)
        return 0
    if check:
        return _give_back(core, check, picked, cues, out)
    impression = first_match(L.IMPRESSION, core)
    if impression and not gives_back:
        out.add(Act.EMPATHY, impression)  # 「大変なご苦労だったと思います」: not advice
        return 0
    conjecture = first_match(L.PAST_CONJECTURE, core)
    if conjecture and not own and not wh:
        out.add(Act.EMPATHY, conjecture)  # 「心の準備もないままだったでしょうね」
        return 0
    felt = first_match(L.FEELING_REFLECT, core)
    if felt and empathy and cues.owner_last_has_content and not own and not wh:
        # 「悔しさもおありなんですね」: his feeling named as his is a reflection of feeling, the
        # empathy stays (refl20)
        return _give_back(core, felt, picked, cues, out)
    if ack or (effort and not gives_back) or core.endswith(_CONJECTURE_END):
        return 0  # a restatement inside an acknowledgement is empathy alone
    if L.MOVE_ON.search(body):
        return 0  # 「じゃあ次に行きましょう。」: the supporter's own step, nothing given back
    if own or L.SOCIAL.search(body):
        return 0  # 「私たちも手探りなんです」: the supporter's own statement
    strong = first_match(L.STRONG_REFLECT, core)
    ending = first_match(L.REFLECT_END, core) if gives_back else None
    if feeling and not strong:
        return 0  # 「もどかしいですね」: the feeling acknowledged, not a give-back
    if strong and not picked and (L.BACKCHANNEL.search(body) or not words(s)):
        return 0  # 「なるほど、そうだったんですね」: a backchannel, nothing given back
    substantial = len(picked) >= 2 or (picked and len(picked) >= 0.5 * len(words(s)))
    quoted = s.rstrip().endswith(("と。", "と…", "と．")) and not own
    if (picked or quoted) and cues.owner_last_has_content and L.QUOTE_END.search(core):
        return _give_back(core, "と", picked, cues, out)  # 「…ほとんどないと。」
    if (strong and cues.owner_last_has_content) or (ending and (substantial or effort)):
        return _give_back(core, strong or ending or "", picked, cues, out)
    n = len(words(s))
    if picked and len(picked) >= 0.5 * n and (len(picked) >= 2 or len(body) <= 15):
        return _give_back(core, "", picked, cues, out)  # a bare echo: 「38年、切削一本で。」
    if (
        cues.owner_last_has_content
        and len(body) >= 6
        and L.PLAIN_END.search(core)
        and not L.POLITE_END.search(core)
        and not (wh or qmark)
    ):
        # a paraphrase in the plain form (「相談できる相手がいないまま、ここまで来られた。」
        # 「機械も人も、年を重ねてきている。」): supporters speak politely, except when they
        # give the owner's own situation back
        return _give_back(core, "", picked, cues, out)
    return 0


def _judged(core: str) -> bool:
    """An adjective or a word of feeling in the sentence (「長いですよね」「大変ですよね」): more than a
    figure checked."""
    return any(m[2] in ("形容詞", "形状詞") for m in morphemes(core)) or bool(
        first_match(L.EMP_ACK, core) or first_match(L.EMP_FEELING, core)
    )


def _verdict(core: str, cues: Cues) -> str | None:
    """A verdict on his practice (「紙の台帳はさすがにまずいですよ」), unless the verdict word is his
    own, given back (「やり方が古い、と感じていらっしゃる」)."""
    m = L.VERDICT.search(core)
    if not m or (m.group("word") and m.group("word") in cues.last_text):
        return None
    cause = m.group("cause")
    if cause and (cause[-2:] in cues.last_text or not cues.owner_last_has_content):
        return None  # 「うちの問題は営業が弱いこと」→「営業が弱いのが問題なんですね」: his own word
    return m.group(0)


def _paraphrased_turns(cues: Cues) -> bool:
    """Two or more owner turns before, and the utterance's words can't be traced to them (a
    paraphrase): its points may come from several turns although ``summary_points`` < 2."""
    return cues.multi_owner and cues.drawn_words <= 2


def _items(text: str, mark: str) -> int:
    """Owner points a summary lists: declarative clauses of some length, leaving out the
    marker's own clause, the closing tag and any question after the summary."""
    if L.ITEM_COUNT.search(text):
        return 2  # 「二つの課題」「一つ目は…」
    n = 0
    for s in sentences(text):
        core = _strip_end(s)
        if L.CHECK.search(core) and not (L.WH_OPEN.search(core) or L.WH_FACT.search(core)):
            s = L.CHECK.sub("", core)  # 「…いない、という状況でしょうか」: the items, not the tag
        elif L.QMARK.search(s) or _ends_with_question_particle(core) or L.SOCIAL.search(s):
            continue
        if _own_aside(core):
            continue  # 「すみません、…」「外に出すことはありません」「それも自然なことだと思います」
        if L.HEARSAY.search(core):
            continue  # 「昨年の春に娘さんが入社されたそうですね」: heard elsewhere, not his point (r17a s10 T6)
        for part in L.ITEM_SPLIT.split(L.ITEM_JOIN.sub("、", s)):
            if L.ITEM_MARKER.match(part):
                continue  # 「そういえば、」: a marker, no point
            if len(part) >= 5 and not (mark and mark in part) and not L.ITEM_TAG.match(part):
                n += 1
    return n


def _own_aside(core: str) -> bool:
    """A sentence of the supporter's own beside a give-back: an apology, a reassurance about the
    meeting, or a short acknowledgement. It lists no point of his (r15a s03 T7, r15b s01 T5, s08
    T6: one echo with these around it is no summary)."""
    if L.APOLOGY.search(core) or L.REASSURANCE.search(core) or L.ASIDE_SAFE.search(core):
        return True
    return len(core) <= 20 and bool(L.EMP_ACK.search(core) or L.EMP_STRONG.search(core))


def _prescription_first(out: Labels, held: list[str]) -> None:
    """Put the advice evidence inside the prescribing sentences first."""
    ev = out.evidence.get(Act.ADVICE, [])
    first = [e for e in ev if any(e in s for s in held)]
    out.evidence[Act.ADVICE] = first + [e for e in ev if e not in first]


# a proposal said outright in that lead clause (not 「2年ということですが」, a fact checked)
_LEAD_ADVICE = re.compile(
    r"(といい|たらいい|ばいい)(と思|んじゃ|のでは)|(た|だ)(方|ほう)がいい|べき|てみては|"
    r"するといい|したらいい|すればいい"
)


def _give_back(core: str, ending: str, picked: list[Word], cues: Cues, out: Labels) -> int:
    # a summary draws on earlier owner turns too: the last turn given back plus a word any
    # question uses (「お気持ち」) is a reflection
    if cues.summary_points >= 2 and cues.drawn_words >= 3 and cues.drawn_earlier >= 1:
        out.add(Act.SUMMARY, ending)
    elif cues.owner_last_has_content:
        out.add(Act.REFLECTION, *(w.surface for w in picked[:4]), ending)
    return 1


def _utterance(text: str, cues: Cues, out: Labels, content: list[str], reflective: int) -> None:
    mark = first_match(L.SUMMARY_MARK, text)
    weak = first_match(L.WEAK_SUMMARY_MARK, text)
    wrap = None if mark else first_match(L.WRAP_UP, text)
    # a summary gathers owner points: from two or more owner turns, or several items under an
    # explicit marker (「まとめると、A、B、C」); a one-turn paraphrase is a reflection
    gathers = cues.summary_points >= 2
    marked = bool(mark or wrap) and cues.has_owner and _items(text, mark or wrap or "") >= 2
    if not marked and not gathers and reflective and _paraphrased_turns(cues):
        marked = _items(text, "") >= 2  # several points, paraphrased from several turns
    out.summary_ok = gathers or marked
    paraphrased = (
        not mark
        and reflective
        and cues.multi_owner
        and _paraphrased_turns(cues)
        and _items(text, "") >= 2
        and bool(L.ITEM_COUNT.search(text) or _items(text, "") >= 3 or first_match(L.CHECK, text))
    )
    if (mark and marked) or (weak and gathers and reflective) or (paraphrased and out.summary_ok):
        out.add(Act.SUMMARY, mark or weak or first_match(L.CHECK, text) or "")
    elif (
        reflective
        and ((reflective >= 2 and gathers) or (wrap and marked))
        and (cues.drawn_words >= 4 or wrap)
    ):
        out.add(Act.SUMMARY, *out.evidence.get(Act.REFLECTION, []), wrap or "")
    if Act.SUMMARY in out and not out.summary_ok:
        out.drop(Act.SUMMARY)
        if reflective:
            out.add(Act.REFLECTION, *(w.surface for w in cues.picked_last[:4]))
    if Act.SUMMARY in out:
        out.drop(Act.REFLECTION)
        feelings = out.evidence.get(Act.EMPATHY, [])
        if feelings and all(L.EMP_FEELING.fullmatch(e) for e in feelings):
            out.drop(Act.EMPATHY)  # feelings restated inside a summary
        if not first_match(L.WH_OPEN, text) and not _asks_past_summary(text):
            out.drop(Act.CLOSED_QUESTION)

    humble = first_match(L.HUMBLE, text)
    if not first_match(L.YOUR, text) and not humble:
        # 「私が伺った範囲では、ベテランの方が…」: the supporter reports what it heard; its
        # people are the owner's, not the supporter's own record
        about_self = L.SELF_REPORTING.sub("", text) if "伺" in text or "聞" in text else text
        # words in quotation marks are someone else's (『お前はまだ現場を分かってない』,
        # 「全部任せている」): neither the speaker's self nor his boast
        own = _QUOTED.sub("", text)
        self_ = first_match(L.SELF, _OWNERS_SELF.sub("", _QUOTED.sub("", about_self)))
        boast = (first_match(L.BOAST, own) or first_match(L.BOAST_ALONE, own)) if self_ else None
        if not boast and not (Act.REFLECTION in out or Act.SUMMARY in out):
            boast = first_match(L.BOAST_ALONE, text)
        if (
            not boast
            and not out.evidence
            and not humble
            and not L.HONORIFIC.search(text)
            and (experience := first_match(L.OWN_EXPERIENCE, text))
            and first_match(L.TRACK_RECORD, text)
        ):
            boast = experience  # 「同じ規模の工場を何社も見てきましたので」: the speaker's record
        if boast:
            out.add(Act.SELF_PROMOTION, boast)
    if Act.SELF_PROMOTION in out and all(
        L.OFFER.search(e) for e in out.evidence.get(Act.ADVICE, ["x"])
    ):
        out.drop(Act.ADVICE)  # 「支店長とは長い付き合いなので、いつでもおつなぎできます」: a boast
    if Act.SELF_PROMOTION in out and Act.REFLECTION in out:
        if not any(L.GIVE_BACK_ENDING.search(e) for e in out.evidence[Act.REFLECTION]):
            out.drop(
                Act.REFLECTION
            )  # 「補助金なら私にお任せください」: the owner's word in a boast
    if Act.SELF_PROMOTION in out and Act.EMPATHY in out:
        if all(L.KNOW_CLAIM.search(e) for e in out.evidence[Act.EMPATHY]):
            out.drop(Act.EMPATHY)  # 「現場のことはよく分かります」 after a career: a claim
    if humble and not first_match(L.WH_OPEN, text):
        # 「現場のことは社長の方がお詳しいので、ぜひ教えてください」: a humble answer to a test;
        # a prescription after it (「詳しくはないですが、…入れ替えるべきです」) stays advice
        if not first_match(L.PRESCRIPTION, text):
            out.drop(Act.ADVICE)
        else:  # the prescription is what the feedback names, not the hearsay before it
            _prescription_first(out, [s for s in sentences(text) if L.PRESCRIPTION.search(s)])
        if all(L.REQUEST_END.search(e) for e in out.evidence.get(Act.OPEN_QUESTION, ["x"])):
            out.drop(Act.OPEN_QUESTION)
    if Act.ADVICE in out and (
        Act.SELF_PROMOTION in out or Act.EMPATHY in out or L.FIRST_PERSON.search(text)
    ):
        if all(e in L.WEAK_ADVICE for e in out.evidence[Act.ADVICE]):
            out.drop(Act.ADVICE)

    for s in sentences(text):
        homework = L.HOMEWORK.search(s)
        if homework:
            out.add(Act.ADVICE, homework.group(0))
            if all(e in s for e in out.evidence.get(Act.OPEN_QUESTION, []) if e):
                out.drop(Act.OPEN_QUESTION)  # the request asks for his work on her answer, not his view

    denial = first_match(L.DENIAL, text) or _countered(text, cues, out)
    if (
        denial
        and L.DENIAL_ANSWER.match(denial)
        and (cues.owner_last_question or L.SOCIAL.search(text))
    ):
        denial = None  # 「いえ、審査ではありません」 answers the owner's question
    if denial and L.HONEST_NO.search(text):
        denial = None  # 「いえ、お約束はできませんが…」: an honest answer about oneself
    if denial and L.SELF_CORRECTION.search(text) and not L.HARD_DENIAL.search(text):
        denial = (
            None  # 「いえ、…というお話ではないんです。言葉足らずですみません」: a self-correction
        )
    if denial:
        out.denial = True
        out.add(Act.ADVICE, denial)
    if out.is_question and out.issue_question:
        # the question that asks for the worry, read on its own: a greeting or an aside before
        # it (「よろしくお願いします！…今一番の悩みは何ですか？」) does not make it less blunt
        last = {w.norm for w in cues.picked_last}
        for s in sentences(text):
            if not L.ISSUE.search(s):
                continue
            if cues.owner_last_has_content and _FOLLOWS_HIM.match(s.strip()):
                continue  # 「それだと、どんなことで困ることがありますか」: asked of what he just told
            # 「申込書に特になしと書かれていましたが、今一番困っていることは何ですか」: the
            # question is its last clause, whatever lead-in comes before it
            tail = _SET_ASIDE.sub("", _LEAD_IN.split(s)[-1])
            tail = L.REQUEST_OFFER_TAIL.sub("", tail)  # 「…教えてもらえれば、それに合わせて考えます」
            for part in dict.fromkeys((s, tail)):
                if not L.ISSUE.search(part):
                    continue
                others = [w.norm for w in words(part) if w.norm not in L.BLUNT_FILLER]
                if not others and not last.intersection(w.norm for w in words(part)):
                    out.blunt_worry = True
    if out.is_question and not out.blunt_worry:
        for s in sentences(text):
            core = _strip_end(s)
            if L.PRESSING.search(core):
                others = [w.norm for w in words(core) if w.norm not in L.PRESSING_FILLER]
                raised = any(
                    k in cues.owner_keys
                    for w in words(core)
                    for k in w.keys
                    if w.norm not in ("社長", "会社")
                )
                if not others and not raised:
                    out.pressing = True


def _his_phrase_echoed(body: str, last: str) -> bool:
    """The sentence is a piece of his last turn, word for word, with only 「、ですか」 after it
    (「社長なのに、ですか」「会長の判子がないと、ですか」): an echo, not a verdict of the supporter's."""
    m = L.PHRASE_ECHO.match(body)
    return bool(m and last and len(m.group("said")) >= 3 and m.group("said") in last)


# 「FAXで困っていることってありますか」「在庫の管理で手間どっている…」: a trouble asked within one
# matter he named himself, not the company's biggest problem asked from nowhere (r23b s05 T6)
_SCOPED_TROUBLE = re.compile(
    r"(?P<x>[一-龥ァ-ヴーA-Za-zＡ-Ｚａ-ｚ]{2,})(で|の(こと|件|面|方|作業|仕事)で|について|に関して|の(まわり|周り)で)"
    r"[^。？?]{0,6}(困|お困|不便|手間|問題|課題|ネック)"
)
_NOT_A_MATTER = frozenset(
    "会社 御社 経営 事業 仕事 業務 社長 一番 最近 現在 全体 全般 うち 今後 将来 これから 普段 日頃 毎日".split()
)


def _his_matter_scoped(s: str, cues: Cues) -> bool:
    """The trouble word is scoped to a matter the owner named in an earlier turn."""
    if not cues.owner_keys:
        return False
    for m in _SCOPED_TROUBLE.finditer(s):
        x = m.group("x")
        if x in _NOT_A_MATTER or any(x.endswith(w) for w in _NOT_A_MATTER):
            continue
        if any(cues.owner_keys.intersection(w.keys) for w in words(x) if w.norm not in SMALLTALK):
            return True
    return False


def _his_worry_taken_up(s: str, cues: Cues) -> bool:
    """"…that side you don't worry about. Which side do you worry about, then?": the worry word
    and another word of the question are his, from his last turn — a question built on what he
    just said, not the blunt worry asked from nowhere (r18a s09 T5)."""
    if not cues.last_keys:
        return False
    his = [w for w in words(s) if w.norm not in SMALLTALK and cues.last_keys.intersection(w.keys)]
    return len({w.norm for w in his}) >= 2 and any(L.ISSUE.search(w.surface) for w in his)
