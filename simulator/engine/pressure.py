"""How hard a push presses, and requests for what the owner keeps closed: word patterns, ja and en
side by side (the trust effects in :mod:`.effects` use them).

- a leading question that only presumes (「それだとミスも多いですよね？」 / "That must cause a lot of
  mistakes, right?") presses less than one that pushes a course of action on him (「もっと大きく
  していくべきだと思いませんか？」 / "Shouldn't you be growing the business?");
- asking to see or be given something the owner refuses to show (his ``answers`` topic with
  ``stance: refuse``, e.g. 決算書 / financial statements) reads as an audit: it costs trust.
"""

from __future__ import annotations

import re

from ..analysis.declines import declines_request

_URGE = {
    "ja": re.compile(
        r"(べき|た(方|ほう)が|しないと|しなきゃ|しなければ|なければ(いけ|なら)|すれば(いい|良い)|したら(いい|良い)|"
        r"(て|で)も?いいと思|始め(たら|ては|ません)|増や(したら|しては|せば|しません)|変え(たら|ては|ません)|"
        # 「インスタグラムを始めるといいと思いますよ」「百貨店に出店すれば、お客さんも一気に増えると思うんですが」
        r"[るうくすつむぶぐ]と(いい|良い)と思|[れせけてめべえ]ば[^。？?]{0,24}(増える|伸びる|変わる|よくなる|良くなる|売れる)と思)"
    ),
    "en": re.compile(
        r"\b(should|shouldn't|ought|need to|needs to|have to|you must|better to|why don't you|why not|"
        r"wouldn't it (be|make sense)|isn't it time)\b",
        re.I,
    ),
}


def urges(text: str, lang: str) -> bool:
    """The words push a course of action on the owner (what he should do), not only a
    presumption about his situation."""
    return bool(_URGE[lang].search(text))


_REQUEST = {
    "ja": re.compile(
        r"(見せて|見せる|拝見|お見せ|提示|提出|用意|お持ち|持って(き|来)|お送り|送って|お預か|預から|コピー|共有|"
        r"見てみ|見させ|チェックさせ)"
    ),
    "en": re.compile(
        r"\b((show|bring|send|provid|hand|shar)(e|es|s|ing)? (over |me |us )?|take a look|have a look|look at|look over|look through|go through|"
        r"copy|copies|could (i|we) (have|see)|can (i|we) (have|see)|may (i|we) (have|see))\b",
        re.I,
    ),
}


# his papers (「決算書」「設備のリスト」 / "the financial statements", "a list of the machines"): a
# request for them is a request, not an invitation to a next step together
PAPERS: dict[str, list[str]] = {
    "ja": ["決算書", "帳簿", "帳面", "書類", "資料", "リスト", "一覧", "試算表", "申告書", "台帳", "数字", "データ", "明細", "見積"],
    "en": [
        "statements", "books", "accounts", "documents", "list of", "a list", "figures", "numbers", "records",
        "paperwork", "ledger", "data", "spreadsheet", "balance sheet",
    ],
}


def asks_to_see(text: str, lang: str, words: list[str]) -> bool:
    """The utterance asks him to show, bring or hand over something named by one of ``words``
    (「直近3期分の決算書を見せていただけますか」 / "could you bring the financial statements next
    time"): a request, not a mention (「決算書の話はしません」 is no request)."""
    low = text.lower()
    if not any(w and w.lower() in low for w in words):
        return False
    for sentence in re.split(r"(?<=[。！？?!.])\s*", text):
        s = sentence.lower()
        verb = _REQUEST[lang].search(sentence)
        if any(w and w.lower() in s for w in words) and verb:
            if declines_request(sentence, lang, verb.start()):
                continue  # 「決算書を見せていただく必要はありません」 / "You won't show the books" promise the opposite
            return True
    return False


# a worst case put to him as a question (「EV化で丸栄さんの仕事が減ったら、どうするんですか？」 /
# "What will you do if your big customer drops you?"): it presses him on his fear, a push he
# withdraws from, not an open question (r14a: trust +2.4 while he shut down)
_WORST_CASE = {
    "ja": re.compile(
        r"(減ったら|減っ?てしまったら|なくなったら|無くなったら|切られたら|止まったら|潰れたら|倒れたら|取られたら|"
        r"来なくなったら|離れたら|打ち切られたら|やめられたら|辞めたら|辞めてしまったら|辞められたら|いなくなったら|"
        r"倒れてしまったら|なくなってしまったら)[、,]?\s*(社長は)?(どうする|どうされる|どうなさる|どうします|どうなる)"
    ),
    "en": re.compile(
        r"\bwhat (will|would|are) you (do|going to do)\b[^?]{0,60}\bif\b[^?]{0,60}\b(dropp|lost|lose|cut|went under|go under|"
        r"disappear|stopp|pulled|pull out|walked away|walk away)",
        re.I,
    ),
}


def worst_case(text: str, lang: str) -> bool:
    """The question puts a worst case to him (his customer or work gone) and asks what he'll do."""
    return bool(_WORST_CASE[lang].search(text))
