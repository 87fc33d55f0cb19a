"""A point given back as the owner's that was the supporter's own guess, put to him earlier as a
question he did not take up: "Is the chairman the one who decides the big things?" → "...not just
yet." and then "So, to sum up, you want DX and a new business, but the chairman decides the big
things, right?" (r21b s04 T7). Every word of it may be his (chairman, decide, big), so the word
checks of analysis/attribution.py and analysis/paraphrase.py find nothing unsaid; what makes it
invented is where the point came from: her question, left unconfirmed."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..acts import Utterance
from ..analysis import keywords
from ..analysis.attribution import _affirmed
from ..i18n import Lang

GUESS_SHARE = 0.6  # of the clause's content words in her earlier question
ANSWER_SHARE = 0.34  # ... below this share of them in any answer of his after it

_CLAUSES = {
    "ja": re.compile(r"[、。，,]|(?<=[がど])も?、|けど|けれど"),
    "en": re.compile(r"[,;.]|\s+(?:but|and|while|although|though)\s+", re.I),
}
_QUESTION = {"ja": re.compile(r"[?？]|(か|かね|でしょうか)[。\s]*$"), "en": re.compile(r"\?")}
_SENTENCES = {"ja": re.compile(r"[^。！？!?]+[。！？!?]*"), "en": re.compile(r"[^.!?]+[.!?]*")}
# his reply takes the guess nowhere: a no, a not yet, a hedge (「いや、まだ…」 "...not just yet.")
_NOT_TAKEN = {
    "ja": re.compile(r"いや|いえ|違|ない|まだ|うーん|さあ|どうか|どうだ|なんとも|何とも"),
    "en": re.compile(r"\b(no|not|never|yet|hmm|um|well|can't say|don't know)\b|n't\b", re.I),
}


# a question that cites the application form (「申込書に…と書かれていましたが」 "on the application
# you mentioned fewer customers"): the point is the form's, not her guess (r22a s03 T9: a confirmed
# summary of the form's point was named "not said")
CITES_FORM = {
    "ja": re.compile(r"お書き|書かれ|書いて(い|あ|おら)|記入|ご記載|記載され|申込書|申込み書|申請書|応募書類"),
    "en": re.compile(
        r"\byou(?:'ve| have)?\s+(?:wrote|written|put\s+down|noted|listed|ticked|checked|filled\s+in)\b|"
        r"\b(?:your|the)\s+(?:application|form)\b",
        re.I,
    ),
}


# a guess is a yes/no question that carries her proposition ("Is the chairman the one who decides?");
# an open question ("How has it changed since ten years ago?") guesses nothing (r22a s03 T9)
_WH = {
    "ja": re.compile(r"何|なに|なん[でと]|どう|どんな|どの|どれ|どこ|どちら|なぜ|いつ|誰|だれ|いくら|いかが"),
    # a wh-word asks (open), except "who"/"which" after a noun ("Is it your wife who…?": a yes/no guess)
    "en": re.compile(r"\b(what|how|why|where|tell me)\b|(^|[,;:—–]\s*)\W*(who|which|whose)\b", re.I),
}


def _yes_no(sentence: str, lang: Lang) -> bool:
    return not _WH[lang].search(sentence.strip())


def _guesses(context: Sequence[Utterance], lang: Lang) -> list[tuple[set[str], list[str]]]:
    """Her earlier questions he neither said yes to nor answered in their words: each with the
    owner turns after it."""
    yes = set(_affirmed(context, lang))
    out: list[tuple[set[str], list[str]]] = []
    for i, u in enumerate(context[:-1]):
        reply = context[i + 1]
        if u.speaker != "trainee" or reply.speaker != "owner" or u.text in yes:
            continue
        if not _NOT_TAKEN[lang].search(reply.text):
            continue
        if CITES_FORM[lang].search(u.text):
            continue  # the form's point put to him, not a guess of hers
        asked = " ".join(
            s for s in _SENTENCES[lang].findall(u.text) if _QUESTION[lang].search(s.strip()) and _yes_no(s, lang)
        )
        words = set(keywords(asked, lang)) if asked else set()
        if len(words) >= 2:
            out.append((words, [c.text for c in context[i + 1 :] if c.speaker == "owner"]))
    return out


def guessed_points(text: str, context: Sequence[Utterance], lang: Lang) -> list[str]:
    """The clauses of a give-back that repeat her own unconfirmed guess as his point."""
    guesses = _guesses(context, lang)
    if not guesses:
        return []
    out: list[str] = []
    for clause in _CLAUSES[lang].split(text):
        words = set(keywords(clause, lang))
        if len(words) < 2:
            continue
        for asked, answers in guesses:
            shared = words & asked
            if len(shared) < 2 or len(shared) / len(words) < GUESS_SHARE:
                continue
            if any(len(words & set(keywords(a, lang))) / len(words) >= ANSWER_SHARE for a in answers):
                continue  # he spoke of it after all
            out.append(clause.strip(" 、,"))
            break
    return out
