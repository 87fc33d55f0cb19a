"""A question that asks for a figure (「売上は全体の何％ですか？」 "How many rooms?"): a closed fact
question, whatever its wording, that leaves the owner no story to tell. Its words of his (売上,
rooms) are the metric asked for, not a point of his picked up or dug into (judge 4 f065, f127,
f171, f316)."""

from __future__ import annotations

import re

from ..i18n import Lang

_FIGURE = {
    "ja": re.compile(
        r"何\s*(％|%|パーセント|割|人|名|社|件|台|店舗|軒|円|万|億|トン|歳|才)"
        r"|いくら"
        # an age or a date asked for (「機械は何年前に入れたんですか」「築何年ですか」): a fact
        r"|築\s*何\s*年|何\s*年\s*(前|目)"
        # a length of time asked for (「社長になって何年くらいになりますか」): one fact (r17a s02 T8)
        r"|何\s*年\s*(くらい|ぐらい|ほど)?\s*(に(なり|なる)|経|たち|やって|続け|され|勤め|お?務め)"
        r"|(売上|売り上げ|年商|利益|粗利|客数|客単価|単価|従業員|社員|人数|在庫|借入|金額|件数|台数)"
        r"(は|が|って)?(だいたい|大体|今)?(どのくらい|どれくらい|どのぐらい|どれぐらい|どの程度)"
        # a breakdown asked for (「年齢構成はどうなってますか」「売上の内訳は？」): figures (t10 f002)
        r"|(年齢構成|人員構成|構成比|内訳|比率|割合|平均年齢)(は|って|の方は)?(どう|どのよう|どんな|何|いくつ|[？?])"
    ),
    "en": re.compile(
        r"\bhow many\b|\bwhat (percentage|percent|proportion|share)\b"
        # an age or a date asked for ("How old are your machines?"): a fact (r14a s06 T8)
        r"|\bhow old (is|are|was|were)\b|\bhow long ago\b"
        # a length of time asked for ("How long have you been running the company?"): one fact
        r"|\bhow long (have|has|had|did|do) (you|he|she|they|the [\w-]+|your [\w-]+)\b(?! (been )?(felt|feeling|thought|thinking|worried|wondered)\b)"
        r"|\bhow much (revenue|money|profit|turnover|do you (sell|make|charge|earn|turn over|bill))\b"
        r"|\b(age|staff|sales|revenue|customer) (breakdown|split|mix|profile)\b|\baverage age\b"
        r"|\bwhat(?:'s| is| are| was| were) (?:your |the )?(?:\w+ )?"
        r"(revenue|turnover|retention rate|margins?|headcount|occupancy( rate)?|conversion rate|"
        r"profit|sales figures?|annual sales|price point)\b",
        re.I,
    ),
}
_TELL = {
    "ja": re.compile(r"(教え|聞かせ|お聞かせ|お話し|話し)て(いただけ|もらえ|くださ|くれ)"),
    "en": re.compile(r"\b(tell|describe|explain|walk) me\b|\byou (can|could|might|would) (tell|describe|explain|share)\b", re.I),
}
_QUESTION_END = re.compile(r"[?？]\s*$")
_SPLIT = {"ja": re.compile(r"(?<=[。．!！?？])"), "en": re.compile(r"(?<=[.!?])\s+")}


def figure_question(text: str, lang: Lang) -> str | None:
    """The question sentence when every question of the turn asks for a figure; else None."""
    asks = [p.strip() for p in _SPLIT[lang].split(text.strip()) if _QUESTION_END.search(p)]
    if asks and _FIGURE[lang].search(asks[-1]):
        # "Maybe you can tell me about the equipment? How old are your machines?": a request to
        # tell, narrowed by the figure asked last, asks for the figure (r18b s02 T6)
        asks = [p for p in asks[:-1] if not _TELL[lang].search(p)] + asks[-1:]
    if not asks or not all(_FIGURE[lang].search(p) for p in asks):
        return None
    return asks[-1]
