"""English dialogue-act rules: sentence openings, tags, question words and the word classes in
:mod:`.en_lexicon`. Each sentence is read on its own; then utterance-level rules apply."""

from __future__ import annotations

import re

from ..acts import Act
from . import en_lexicon as L
from .cues import Cues, Labels, Word, first_match
from .english import SMALLTALK, words
from .pushed_questions import cause_guess, what_if


def sentences(text: str) -> list[str]:
    parts = [m.group(0) for m in L.SENTENCE.finditer(text) if m.group(0).strip()]
    return parts or [text]


def _main_clause(t: str) -> str:
    """「If it were up to you, what would you want?」: the clause after the last comma asks."""
    if "," in t and t.endswith("?"):
        tail = t.rsplit(",", 1)[1].strip()
        if L.WH_WORD.search(tail):
            return tail
    if t.endswith("?"):
        # "Your daughter joined last spring - how has that been for the shop?": the question after
        # the dash asks (a lead-in, then a wh-question)
        tail = _DASH.split(t)[-1].strip()
        if tail != t and L.WH_START.search(tail):
            return tail
    return t


_DASH = re.compile(r"\s+[-–—]{1,2}\s+|—|:\s+")


def _is_question(t: str) -> bool:
    short = len(t.split()) <= 12
    if not t.endswith("?") and (
        L.WH_RELATIVE.search(t) or L.EXCLAMATION.search(t) or L.EMP_FRAGMENT.search(t)
    ):
        return False  # "What you tell me stays here." / "What a history." / "Must be draining."
    return (
        t.endswith("?")
        or bool(L.WH_AUX_START.search(t))
        or (short and bool(L.AUX_START.search(t)))
        or (short and bool(L.WH_START.search(t)))
        or bool(L.REQUEST.search(t))
    )


def looks_like_question(text: str) -> bool:
    return any(_is_question(s.strip()) for s in sentences(text))


def _picked(s: str, cues: Cues) -> list[Word]:
    return [w for w in words(s) if cues.last_keys.intersection(w.keys)] if cues.last_keys else []


def _linked(s: str, picked: list[Word], cues: Cues) -> bool:
    """Some word of ``s`` comes from the owner's turns (the last one or, in a summary, earlier)."""
    return bool(picked) or any(cues.owner_keys.intersection(w.keys) for w in words(s))


class _State:
    """Per-utterance bookkeeping across sentences."""

    def __init__(self) -> None:
        self.gave_back = 0
        self.check = False
        self.you_reflection = False
        self.feeling_in_give_back: list[str] = []
        self.marked = False  # an explicit summary marker with several owner points
        self.social_seen = False  # a thanks or greeting earlier in the utterance


def _paraphrased_turns(cues: Cues) -> bool:
    """Two or more owner turns before, and the utterance's words can't be traced to them (a
    paraphrase): its points may come from several turns although ``summary_points`` < 2."""
    return cues.multi_owner and cues.drawn_words <= 2


def _items(text: str, mark: str) -> int:
    """Owner points a summary lists: clauses of two words or more, leaving out the marker's
    own clause, questions and the closing check ("Is that right?")."""
    if L.ITEM_COUNT.search(text):
        return 2  # "So there are two things…"
    n = 0
    for s in sentences(text):
        s = s.strip()
        if s.endswith("?") or L.CHECK.search(s):
            continue
        for part in L.ITEM_SPLIT.split(s):
            if part and len(part.split()) >= 2 and not (mark and mark.lower() in part.lower()):
                n += 1
    return n


def classify(text: str, cues: Cues, content: list[str]) -> Labels:
    out = Labels()
    st = _State()
    parts = sentences(text)
    out.refers_back = bool(L.REFERS_BACK.search(text))
    # a prescription, even as an answer to the owner's own question: a modal push, or a sentence
    # that opens with an order ("Cut the slow lines." "Get a deposit up front.")
    out.push = bool(L.STRONG_PUSH.search(text) or L.PEP_TALK.search(text)) or any(L.IMPERATIVE_START.search(p.strip()) for p in parts)
    out.changes_topic = bool(L.CHANGES_TOPIC.search(text))
    mark = first_match(L.SUMMARY_MARK, text)
    st.marked = bool(mark) and cues.has_owner and _items(text, mark or "") >= 2
    if not st.marked and cues.summary_points < 2 and _paraphrased_turns(cues):
        st.marked = _items(text, "") >= 2  # several points, paraphrased from several turns
    out.summary_ok = cues.summary_points >= 2 or st.marked
    for s in parts:
        _sentence(s.strip(), cues, out, st)
    _restatement_with_tag(parts, cues, out, st)
    _utterance(text, cues, out, content, st)
    out.closed_by_guess(_guess_after_wh(parts))
    _push_first(parts, out)
    return out


def _push_first(parts: list[str], out: Labels) -> None:
    """The sentence that pushes is what the advice names: "There's the IT subsidy… But a website
    alone won't grow sales." names the lecture, not the information he asked for (r17a s06 T4)."""
    ev = out.evidence.get(Act.ADVICE)
    if not ev or len(ev) < 2:
        return
    held = [s for s in parts if L.STRONG_PUSH.search(s) or L.PRESCRIPTION.search(s)]
    first = [e for e in ev if any(e in s for s in held)]
    if first and first[0] != ev[0]:
        out.evidence[Act.ADVICE] = first + [e for e in ev if e not in first]


# a figure asked for ("How old are your machines?"); "I'd like to hear it. Where does it start?"
# asks for the story (r18a s07 T8)
_FIGURE_ASKED = re.compile(
    r"\bhow (many|much|old|long|often|big|far)\b|\bwhat (percentage|percent|share|proportion|year)\b", re.I
)
_YOU_CAN_TELL = re.compile(r"\byou (can|could|might|would) (tell|describe|explain|share|walk|talk)\b", re.I)


def _guess_after_wh(parts: list[str]) -> str | None:
    """The last sentence guesses the answer to the wh-question just before it ("How do you take
    orders at the moment? By fax?", "…? Is it a spreadsheet?"): the guess it returns narrows the
    open question to a yes or a no."""
    asked = [s.strip() for s in parts if s.strip()]
    if len(asked) < 2:
        return None
    wh, last = asked[-2], asked[-1]
    if (
        (first_match(L.REQUEST, _main_clause(wh)) or _YOU_CAN_TELL.search(wh))
        and last.endswith("?")
        and len(last.split()) <= 8
        and _FIGURE_ASKED.search(last)
    ):
        # "Maybe you can tell me about the equipment? How old are your machines?": the fact
        # asked last narrows the request to one figure (r18b s02 T6)
        return last
    if not (wh.endswith("?") and first_match(L.WH_START, _main_clause(wh))):
        return None
    if _VAGUE_LEAD_IN.match(wh) and _yes_no(last):
        # "What about your ordering? Are you still taking orders by fax?": the lead-in only names
        # a topic; the yes/no question after it is what he is asked (r20a s03 t2)
        return last
    if first_match(L.WH_FACT, _main_clause(wh)):
        return None  # "How many staff? Ten?": a fact question already closed
    if (
        not last.endswith("?")
        or len(last.split()) > 7
        or L.WH_WORD.search(last.lower().lstrip("—-–,. ").removeprefix("or ").removeprefix("and "))
        or first_match(L.WH_START, last)
        or first_match(L.CHECK, last)
        or first_match(L.REQUEST, last)
        or first_match(L.PROMPT, last)
        or re.search(r"\b(anything|something|what else)\b", last, re.I)
        or not words(last)
    ):
        return None
    # a guessed answer is a fragment or "is it …?" ("By fax?", "Is it a spreadsheet?"); a
    # question with a clause of its own ("Are customers still coming in?") asks something else
    if first_match(L.AUX_START, last) and not re.match(
        r"^\W*(is|was|would|could|might) (it|that|this)\b|^\W*are (they|those|these)\b", last, re.I
    ):
        return None
    return last


# a lead-in that only names a topic ("What about hiring?", "And how about the website side?")
_VAGUE_LEAD_IN = re.compile(
    r"^\W*(?:(?:and|so|then|now|ok|okay|well)[, ]+)?(?:what|how) about (?:the |your |you )?[\w' -]{1,30}"
    r"(?:side|part|area|front)?\s*\?\s*$",
    re.I,
)


_ASSUMED_GUESS = re.compile(
    r"\b(still|already|only|just|always|yourself|by (fax|phone|hand)|on paper|by the old)\b", re.I
)


def _yes_no(last: str) -> bool:
    """A yes/no question of its own on a guess of the supporter's ("Are you still taking orders by
    fax?"), no wh-word in it; a neutral one ("Are customers coming in?") leaves the lead-in open."""
    return bool(
        last.endswith("?")
        and _ASSUMED_GUESS.search(last)
        and len(last.split()) <= 14
        and first_match(L.AUX_START, last)
        and not L.WH_WORD.search(last.lower())
        and not first_match(L.CHECK, last)
        and not first_match(L.REQUEST, last)
        and not first_match(L.PROMPT, last)
    )


def _restatement_with_tag(parts: list[str], cues: Cues, out: Labels, st: _State) -> None:
    """A long restatement of the owner's words closed by a short yes/no check ("…. Right so
    far?") gives back; the tag is not a closed question of its own."""
    if st.gave_back or len(parts) < 2 or set(out.evidence) != {Act.CLOSED_QUESTION}:
        return
    last = parts[-1].strip()
    before = " ".join(parts[:-1])
    if (
        last.endswith("?")
        and len(last.split()) <= 8
        and not L.WH_START.search(last)
        and len(before.split()) >= 15
        and cues.drawn_words >= 3
    ):
        out.drop(Act.CLOSED_QUESTION)
        st.check = True
        _give_back("", _picked(before, cues), cues, out, st)


def _verdict(t: str, cues: Cues) -> str | None:
    """A verdict on his practice ("a paper ledger is really outdated"), unless the verdict word
    is his own, given back ("You feel your system is outdated")."""
    m = L.VERDICT.search(t)
    if m and m.group("word").lower() not in cues.last_text.lower():
        return m.group(0)
    d = L.DIAGNOSIS_STATED.search(t)
    if d and cues.owner_last_has_content and not re.search(r"\b(problem|issue|cause)", cues.last_text, re.I):
        return d.group(0)  # "So your real problem is your pricing": his word would be a give-back
    return None


def _his_word(phrase: str, cues: Cues) -> bool:
    """The phrase is one the owner just used (his topic, not the meeting's)."""
    return bool(cues.owner_last_has_content) and bool(
        re.search(rf"\b{re.escape(phrase.lower())}\b", cues.last_text.lower())
    )


def _his_cause(t: str, cues: Cues) -> bool:
    """The cause asked about is his own ("…because of the new plant, you said?" after he named
    the plant): every content word after "because" is in his last turn."""
    m = re.search(r"\bbecause( of)?\b(.*)$", t, re.I)
    if not m:
        return False
    said = cues.last_text.lower()
    own = [w for w in re.findall(r"[a-z']+", m.group(2).lower()) if len(w) > 3 and w not in _LIGHT_CAUSE]
    return bool(own) and all(w in said for w in own)


_LIGHT_CAUSE = frozenset(
    "that this your they them their there what with have been just really mentioned said told talked".split()
)


_I_SAID = re.compile(r"\b(i|i'm|i've|i'd|i'll|my|me)\b", re.I)
# "The schedule — is it always the same person raising it?": his words handed back, then a
# question of its own (t10, refl20)
_ECHO_HEAD = re.compile(r"^\W*([^—–?.!]{2,40}?)\s*[—–]\s*(\S.*\?)$")


def echo_opens(text: str) -> bool:
    """The turn opens with a short echo of his words before a dash and a question."""
    return any(_ECHO_HEAD.match(s.strip()) for s in sentences(text))


def _sentence(t: str, cues: Cues, out: Labels, st: _State) -> None:
    if not t:
        return
    echo = _ECHO_HEAD.match(t)
    if echo and cues.owner_last_has_content:
        head = words(echo.group(1))
        his = _picked(echo.group(1), cues)
        if head and len(head) <= 4 and len(his) >= len(head):
            _sentence(echo.group(2), cues, out, st)  # the question first: it is no tag of a give-back
            _give_back("", his, cues, out, st)
            return
    social = bool(first_match(L.SOCIAL, t))
    st.social_seen = st.social_seen or social
    picked = [] if social else _picked(t, cues)
    empathy = (
        first_match(L.EMPATHY, t)
        or first_match(L.EMPATHY_MORE, t)
        or first_match(L.EMPATHY_EXTRA, t)
        or first_match(L.EMP_STRONG, t)
    )
    wh_question = _is_question(t) and bool(first_match(L.WH_START, _main_clause(t)))
    if empathy and wh_question and not first_match(L.EMPATHY_IN_QUESTION, t):
        empathy = None  # "How tough has it been?": the feeling is what is asked about
    rhetorical = first_match(L.RHETORICAL_EMP, t)
    if rhetorical:
        out.add(Act.EMPATHY, rhetorical)  # "Who wouldn't be worn out after that?" (refl20)
        return
    if empathy:
        out.add(Act.EMPATHY, empathy)
    logistics = first_match(L.LOGISTICS, t)
    if logistics and not _his_word(logistics, cues):
        return  # ("The schedule — is it always the same person…?" after his "the schedule": his topic)
    if first_match(L.PERMISSION, t) and not L.WH_WORD.search(L.PERMISSION.sub("", t).strip()):
        return  # "Can I take a few notes?": asking leave
    ideas = first_match(L.HIS_IDEAS, t)
    if ideas:
        out.is_question = True  # "What have you thought about trying?": his ideas, not a proposal
        out.add(Act.OPEN_QUESTION, ideas)
        return
    check = first_match(L.CHECK, t)
    if check:
        st.check = True
        out.is_question = True
        if len(t.split()) > 8 and cues.owner_last_has_content:
            _give_back(check, picked, cues, out, st)  # "So you … — is that right?"
        return
    mark = first_match(L.SUMMARY_MARK, t)
    if mark and out.summary_ok:
        st.gave_back += 1
        out.add(Act.SUMMARY, mark)
        return
    polite = first_match(L.POLITE_PROPOSAL, t) or first_match(L.OFFER, t)
    if polite:
        out.add(Act.ADVICE, polite)  # a proposal phrased as a question is advice
        return
    leading = first_match(L.LEADING, t)
    if not leading and t.endswith("?") and not first_match(L.WH_START, _main_clause(t)):
        leading = first_match(L.VERDICT_Q, t)  # "Even though you're the MD, he still decides?"
    if not leading and t.endswith("?") and not _his_cause(t, cues):
        # "Is that because your prices are too low?": the supporter's cause, for him to confirm;
        # "What will you do if they drop you?": the supporter's what-if (r14a blind play)
        leading = cause_guess(t, "en") or what_if(t, "en")
    if leading and not (empathy and not t.endswith("?")):
        out.add(Act.LEADING_QUESTION, leading)
        out.is_question = True
        return
    attributed = bool(first_match(L.ATTRIBUTION, t))
    proposal = (
        first_match(L.PROPOSAL, t)
        or first_match(L.IMPERATIVE_START, t)
        or first_match(L.PEP_TALK, t)
        or _verdict(t, cues)
    )
    if attributed and proposal and re.match(r"(is|are) the ", proposal, re.I):
        proposal = None  # "On the form you wrote that sales are the priority": his priority reported (r21a s09 T1)
    info = None if attributed else first_match(L.INFO, t)
    if (
        not proposal
        and not attributed
        and not _is_question(t)
        and not first_match(L.FIRST_PERSON_START, t)
        and not first_match(L.LOGISTICS, t)
    ):
        proposal = first_match(L.STRONG_PUSH, t)  # "Every shop like yours should go online"
    if proposal and _his_modal(t, cues.last_text):
        proposal = None  # "You'd have to think about it": his own "I'd have to…" given back
    if (proposal or info) and not first_match(L.REQUEST, t):
        out.add(Act.ADVICE, proposal or info or "")
        if proposal or not _is_question(t):
            return
    if social and not _is_question(t):
        return  # "Nice to meet you too. I'm Ken from …": a courtesy gives nothing back
    reflect = first_match(L.REFLECT, t)
    if reflect and not first_match(L.WH_START, t) and cues.owner_last_has_content:
        # "It sounds like…" gives back only with a link to the owner's words (or an explicit
        # "you're saying"); with no link it is the supporter's own reading
        if _linked(t, picked, cues) or first_match(L.STRONG_REFLECT, t) or first_match(L.INNER_STATE, t):
            _give_back(reflect, picked, cues, out, st)
            return
        if empathy:
            return
    prompt = first_match(L.PROMPT, t)
    if (
        st.gave_back
        and t.endswith("?")
        and len(t.split()) <= 8
        and not first_match(L.WH_START, t)
        and len(words(t)) <= 1  # "Is there a problem with your daughter?" asks a question of its own
    ):
        st.check = True  # "…and they don't stay. Did I get that?": the tag of a give-back
        out.is_question = True
        return
    if (
        t.endswith("?")
        and picked
        and len(t.split()) <= 4
        and len(picked) >= len(words(t))
        and not first_match(L.WH_START, t)
    ):
        # "Sort of?" "Every day?": the owner's own words handed back as a prompt to go on
        out.is_question = True
        out.prompt = True
        _give_back("", picked, cues, out, st)  # a one-word echo is a reflection (tune3, rule 10)
        return
    if _is_question(t) or prompt:
        out.is_question = True
        out.prompt = out.prompt or bool(prompt)
        if first_match(L.ISSUE, t) and not _his_worry_taken_up(t, cues):
            out.issue_question = True
        main = _main_clause(t)
        fact = first_match(L.WH_FACT, main)
        request = first_match(L.REQUEST, t)
        wh = first_match(L.WH_START, main)
        open_any = None if fact else first_match(L.OPEN_WH_ANY, t)
        if (
            prompt
            or request
            or (wh and not fact)
            or (fact and first_match(L.OPINION, t))
            or open_any
        ):
            out.add(Act.OPEN_QUESTION, prompt or request or wh or fact or open_any or t)
        else:
            out.add(Act.CLOSED_QUESTION, fact or first_match(L.AUX_START, t) or t[-12:])
        return
    n = len(words(t))
    if empathy and n >= 12 and len(picked) >= 3:
        st.feeling_in_give_back.append(empathy)  # a long restatement that names a feeling
        _give_back("", picked, cues, out, st)
        return
    split = first_match(L.SPLIT_REFLECT, t)
    if split and cues.owner_last_has_content:
        st.you_reflection = True
        _give_back(split, picked, cues, out, st)  # "Part of you wants to let go, and part…"
        return
    if empathy or first_match(L.FIRST_PERSON_START, t):
        return
    if cues.owner_last_question and _I_SAID.search(t):
        return  # "Not much, honestly — I've never worked in printing.": his question answered (t10, refl20)
    you = first_match(L.YOU_STATEMENT, t)
    if you and cues.owner_last_has_content and (_linked(t, picked, cues) or not st.social_seen):
        # "You've been carrying this on your own.": the owner's situation in other words
        st.you_reflection = True
        _give_back(you, picked, cues, out, st)
    elif picked and len(picked) >= 0.5 * n and (len(picked) >= 2 or n <= 4):
        _give_back("", picked, cues, out, st)  # a bare echo: "Like family."
    elif picked and cues.owner_last_has_content and 4 <= len(t.split()) <= 14 and not social:
        _give_back("", picked, cues, out, st)  # "Saturdays aren't what they used to be."


def _give_back(ending: str, picked: list[Word], cues: Cues, out: Labels, st: _State) -> None:
    st.gave_back += 1
    out.add(Act.REFLECTION, ending, *(w.surface for w in picked[:4]))


def _utterance(text: str, cues: Cues, out: Labels, content: list[str], st: _State) -> None:
    # a summary gathers ≥ 2 owner turns, or several points under an explicit marker ("To sum
    # up, …"); a one-turn paraphrase, however long, is a reflection
    gathers = cues.drawn_words >= 4 and out.summary_ok
    if Act.SUMMARY in out and not cues.has_owner:
        out.drop(Act.SUMMARY)
    elif st.gave_back and (
        (gathers and (st.check or st.gave_back >= 2 or cues.drawn_words >= 6))
        or (st.check and cues.drawn_words >= 3 and len(text.split()) >= 15 and out.summary_ok)
        # "So you're new in the role, surrounded by…, and worried…": several points in other
        # words, from a conversation with several owner turns
        or (st.marked and cues.multi_owner and _items(text, "") >= 3 and len(text.split()) >= 12)
    ):
        out.add(Act.SUMMARY, *out.evidence.get(Act.REFLECTION, []))
    if Act.SUMMARY in out:
        out.drop(Act.REFLECTION)
        if all(e in st.feeling_in_give_back for e in out.evidence.get(Act.EMPATHY, [])):
            out.drop(Act.EMPATHY)
    if st.check and not st.gave_back and Act.SUMMARY not in out:
        tag = first_match(L.CHECK, text) or ""
        if len(sentences(text)) > 1 and cues.drawn_words >= 3:
            # a restatement closed by "Is that right?": the tag adds no question (convention 2)
            gathers_turns = out.summary_ok
            out.add(Act.SUMMARY if gathers_turns else Act.REFLECTION, tag)
        else:
            out.add(Act.CLOSED_QUESTION, tag)

    humble = first_match(L.HUMBLE, text)
    if humble:
        if not any(ch.isdigit() for ch in text) and not first_match(L.PRESCRIPTION, text):
            out.drop(Act.ADVICE)  # "I'm no expert, but I've heard…": not "…you should invest"
        elif Act.ADVICE in out:  # the prescription is what the feedback names
            held = [s for s in sentences(text) if L.PRESCRIPTION.search(s)]
            ev = out.evidence[Act.ADVICE]
            first = [e for e in ev if any(e in s for s in held)]
            out.evidence[Act.ADVICE] = first + [e for e in ev if e not in first]
        if st.you_reflection:
            out.drop(Act.REFLECTION)
        if not first_match(L.WH_START, text):
            out.drop(Act.OPEN_QUESTION)
    elif first_match(L.SELF, text):
        plain = L.NEGATED_CREDENTIAL.sub(" ", text)  # "I'm not a logistics specialist" is no boast
        boast = (
            first_match(L.BOAST, plain)
            or first_match(L.BOAST_MORE, plain)
            or first_match(L.CLIENT_COUNT, plain)
        )
        if boast and _said_of_owner(text, boast):
            boast = None  # "you're the expert here": praise of the owner, not of oneself
        if boast and _others_counted(text, boast):
            boast = None  # "Many companies are struggling with that.": others, not his record
        if boast:
            out.add(Act.SELF_PROMOTION, boast)
            if all(L.GENERAL_CLAIM.search(e) for e in out.evidence.get(Act.ADVICE, ["x"])):
                out.drop(Act.ADVICE)  # "…so recruitment in this sector is my specialty"
            if all(L.OFFER.search(e) for e in out.evidence.get(Act.ADVICE, ["x"])):
                out.drop(Act.ADVICE)  # "I know every bank manager in town, I can connect you": a boast
            if st.you_reflection:
                out.drop(Act.REFLECTION)
    agrees = bool(L.DENIAL_ANSWER.match(text)) and bool(first_match(L.AGREES, text)) and not first_match(
        L.DENIAL, L.DENIAL_ANSWER.sub("", text)
    )
    if (
        first_match(L.DENIAL, text)
        and not agrees  # "Actually, … so it's definitely the right direction": his side argued
        and Act.EMPATHY not in out
        and not (cues.owner_last_question and first_match(L.DENIAL_ANSWER, text))
        and not first_match(L.HONEST_NO, text)
    ):
        out.denial = True
        out.add(Act.ADVICE, first_match(L.DENIAL, text) or "")
    if out.is_question and out.issue_question:
        # the question that asks for the worry, read on its own (a greeting before it does not
        # make it less blunt)
        last = {w.norm for w in cues.picked_last}
        for s in sentences(text):
            if not L.ISSUE.search(s):
                continue
            own = [w.norm for w in words(s)]
            others = [n for n in own if n not in L.BLUNT_FILLER and n not in L.BLUNT_SMALL]
            # his words picked up, not the small words of the question ("ask" of "ask the office")
            if not others and not last.intersection(n for n in own if n not in L.BLUNT_SMALL):
                out.blunt_worry = True
    pressing = first_match(L.PRESSING, text)
    if out.is_question and not out.blunt_worry and pressing:
        others = [w for w in content if w not in L.PRESSING_FILLER]
        if not others and not cues.picked_last:
            out.pressing = True


_YOU_MODAL = re.compile(r"\byou(?:'d| would)?\s+(have to|need to|should|must|ought to)\s+([\w']+)", re.I)
_I_MODAL = re.compile(r"\bi(?:'d| would)?\s+(have to|need to|should|must|ought to)\s+([\w']+)", re.I)


def _his_modal(sentence: str, owner_last: str) -> bool:
    """Every "you have to / should VERB" in the sentence gives back his own "I'd have to VERB"
    from his last turn (r15b s07 T11), with the same modal and verb."""
    mine = [(m.group(1).lower(), m.group(2).lower()) for m in _YOU_MODAL.finditer(sentence)]
    his = {(m.group(1).lower(), m.group(2).lower()) for m in _I_MODAL.finditer(owner_last)}
    return bool(mine) and all(x in his for x in mine)


def _said_of_owner(text: str, word: str) -> bool:
    """The boast word sits in a sentence about the owner ("you're the expert here") and no
    "I"/"we" claims anything in that sentence."""
    for s in sentences(text):
        low = s.lower()
        if word.lower() in low:
            if re.search(r"\b(i|i'm|i've|i'd|we|we've|my|our|me|us)\b", low):
                return False
            # "The last expert said the same thing": someone else's credential, no one's boast
            # (r15b s06 T8)
            other = rf"\b(the|that|this|your|his|her|their|another|other|previous|last|former|outside)\s+([\w-]+\s+)?{re.escape(word.lower())}"
            # "You want more clients" (a summary of his wishes) is about him too (t10 f113)
            mine = r"\byou(\'re| are| were|r own| want| need| have| had| lost| used to)\b"
            return bool(re.search(mine, low) or re.search(other, low))
    return False


# a count of firms ("many companies", "dozens of firms") in a sentence with no word of the
# supporter's own: what others go through, not his track record (r18b s02 T3); "I've supported
# many companies" and "over 100 firms have come to us" stay boasts
_COUNTED = re.compile(
    r"\b(\d+|hundreds|dozens|many|most|lots|a lot|plenty|over \d+|more than \d+)( of)? "
    r"(companies|firms|businesses|clients|cases|smes|shops|owners)\b",
    re.I,
)


def _others_counted(text: str, boast: str) -> bool:
    if not _COUNTED.fullmatch(boast.strip()):
        return False
    held = [s for s in sentences(text) if boast in s]
    return bool(held) and not any(L.SELF.search(s) for s in held)


def _his_worry_taken_up(s: str, cues: Cues) -> bool:
    """"…that side you don't worry about. Which side do you worry about, then?": the worry word
    and another word of the question are his, from his last turn — a question built on what he
    just said, not the blunt worry asked from nowhere (r18a s09 T5)."""
    if not cues.last_keys:
        return False
    his = [w for w in words(s) if w.norm not in SMALLTALK and cues.last_keys.intersection(w.keys)]
    return len({w.norm for w in his}) >= 2 and any(L.ISSUE.search(w.surface) for w in his)
