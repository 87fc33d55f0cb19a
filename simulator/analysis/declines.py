"""A request taken back in the same breath: the supporter promises not to ask for something, or
gives back that he will not show it (「決算書は一切拝見するつもりはありません」 / "I won't ask for
the books" / "You won't show the books"). Word patterns, ja and en side by side.

One test for the three readers of a request to see his books (the scorer's
:func:`.checks.asks_documents`, the engine's pressure check and its answer-topic reading), so
they agree that a promise not to ask is no request.
"""

from __future__ import annotations

import re

# the request verb negated after it (ja puts the negation last): 「拝見するつもりはありません」
# 「お預かりすることはありません」「見せろとは言いません」「ご提出いただく必要はありません」
# 「拝見しません」; a negative question (「見せていただけませんか」) is still a request, and
# 「見せてもらえないと…」 presses him
_JA_NEGATED = re.compile(
    r"(つもり|必要|こと|わけ|予定|気)(は|も)(一切|全く|まったく|特に|別に)?(ありません|ございません|ない(?![かでと])|なく)|"
    r"とは(言い|申し|お願いし|求め)ません|"
    r"(しません|いたしません|求めません|頂きません|いただきません|もらいません)(?![かでと]|\s*[？?])|"
    r"なくて(大丈夫|結構|構いません|いい|よい)|不要|結構です|いりません"
)
# a request made after the promise in the same sentence: 「今日は拝見しませんが、次回お持ちいただけますか」
_JA_REQUEST_AFTER = re.compile(r"(が|けど|けれど|ただ)[、,].*(いただけ|もらえ|ください|お願い)")

_EN_NEGATED = re.compile(
    r"\b((i|we)('m| am|'re| are)? (won't|will not|not going to|am not going to|are not going to|'m not going to|'re not going to|"
    r"don't need to|do not need to|don't want to|do not want to|never|wouldn't|would not|have no (intention|plan))|"
    r"(i|we)('ll| will|'d| would)( (certainly|definitely))? never|"
    r"i'm not (here|asking)|i am not (here|asking)|we're not (here|asking)|we are not (here|asking)|"
    r"you (won't|will not|don't have to|do not have to|don't need to|do not need to|needn't|wouldn't|would not|"
    r"aren't going to|are not going to|'re not going to|never)|"
    r"no need|not necessary|nobody (will|is going to)|no one (will|is going to))\b",
    re.I,
)
# "won't you show me…?" / "why don't you bring…?" are requests; so is one made between the
# negation and the verb ("No need to worry — could you show me the books?")
_EN_ASKING = re.compile(
    r"\b(won't you|will you not|why don't you|can't you|couldn't you|wouldn't you|could you|can you|would you|"
    r"will you|please|but)\b",
    re.I,
)


def declines_request(sentence: str, lang: str, at: int = 0) -> bool:
    """The request verb at ``at`` in ``sentence`` is taken back (a promise not to ask, or his
    refusal given back: Japanese negates after the verb, English before it), and nothing is
    asked after the promise."""
    if lang == "en":
        sentence = sentence.replace("’", "'")
        before = [m for m in _EN_NEGATED.finditer(sentence) if m.start() <= at]
        return bool(before) and not _EN_ASKING.search(sentence, before[-1].start(), max(at, before[-1].end()) + 12)
    return bool(_JA_NEGATED.search(sentence, at)) and not _JA_REQUEST_AFTER.search(sentence, at)
