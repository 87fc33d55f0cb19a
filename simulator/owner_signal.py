"""A feedback line from the owner's side when he pulled back sharply.

The scorer judges the trainee's words; the engine judges how the owner took them. The two can
disagree: a reflection followed by 「一番の原因は何だと思いますか」 reads as a fair open question,
yet the hurried owner hears an early issue question, says 「そこは、こっちで決めますよ」 and trust falls
by 6.6 (blind playtest r14b s07 T9) — with nothing but praise on screen. When trust falls this far
and no feedback line names a weakness, the trainee is told what the owner did, from the engine's
reaction (never a guess about the trainee's words), and by how much trust fell.
"""

from __future__ import annotations

from collections.abc import Sequence

from .i18n import Lang

SHARP_LOSS = -5.0  # trust points in one turn; a small dip needs no line of its own

# {d} is the trust change, signed, one decimal
_NOTES: dict[str, dict[str, str]] = {
    "move_on": {
        "ja": "社長は「課題は分かっている、先に進んでくれ」という構えになりました（信頼 {d}）。"
        "課題や原因を問うより、社長がやりたいことや話したいことから聞いてみましょう。",
        "en": "The owner dug in on \"I know the issues, let's move on\" (trust {d}). Rather than "
        "asking about problems or causes, start from what he wants to do or talk about.",
    },
    "blunt_worry": {
        "ja": "社長が身構えました（信頼 {d}）。悩みや課題を正面から尋ねる問いは、"
        "関係ができる前には重く響きます。",
        "en": "The owner braced himself (trust {d}): a head-on question about his worries or "
        "problems weighs heavily before there is a relationship.",
    },
    "withdraw": {
        "ja": "社長の口が重くなりました（信頼 {d}）。押しつけや決めつけと受け取られたかもしれません。"
        "直前の社長の言葉に戻ってみましょう。",
        "en": "The owner closed up (trust {d}); he may have heard a push or a presumption. "
        "Go back to his last words.",
    },
    "topic_jump": {
        "ja": "社長は話が急に飛んだと感じています（信頼 {d}）。",
        "en": "The owner felt the conversation jumped to another subject (trust {d}).",
    },
    "repeat": {
        "ja": "社長は同じことを聞かれたと感じています（信頼 {d}）。",
        "en": "The owner felt he was asked the same thing again (trust {d}).",
    },
    "interrogated": {
        "ja": "社長は審査されているように感じています（信頼 {d}）。",
        "en": "The owner feels he is being audited (trust {d}).",
    },
    "lecture_pushback": {
        "ja": "社長は助言や説明を押しつけられたと受け取りました（信頼 {d}）。",
        "en": "The owner took it as advice or a lecture he had not asked for (trust {d}).",
    },
    "self_promotion_reaction": {
        "ja": "社長は支援者の実績の話と受け取り、冷めています（信頼 {d}）。",
        "en": "The owner heard it as the supporter's own track record and cooled (trust {d}).",
    },
    "denial_reaction": {
        "ja": "社長は自分の考えを否定されたと受け取りました（信頼 {d}）。",
        "en": "The owner felt his view was dismissed (trust {d}).",
    },
    "test_evaded": {
        "ja": "社長は自分の質問をはぐらかされたと感じています（信頼 {d}）。",
        "en": "The owner felt his own question was dodged (trust {d}).",
    },
    "end_early": {
        "ja": "社長は面談を切り上げました（信頼 {d}）。",
        "en": "The owner ended the meeting (trust {d}).",
    },
}
_DEFAULT = {
    "ja": "社長の信頼が大きく下がりました（{d}）。社長の返事の様子から、この発言がどう響いたかを"
    "振り返ってみましょう。",
    "en": "The owner's trust fell sharply ({d}). Read his reply to see how this turn landed.",
}


# reactions that name a move of the supporter's: said only when the scorer saw that move in the
# turn (its acts or flags), never for advice that was not given (r16a s08 T6: 「社長は助言や説明を
# 押しつけられたと受け取りました」 beside 「短い問いかけで、社長が語る余白を残せています」 for 「その方が
# 引退されたらどうするんですか？」; issue 8 class 3); otherwise the plain line that trust fell
_NAMES_A_MOVE: dict[str, frozenset[str]] = {
    "lecture_pushback": frozenset({"advice", "self_promotion", "lecture", "talk_heavy"}),
    "self_promotion_reaction": frozenset({"self_promotion"}),
    "denial_reaction": frozenset({"denial", "denial_only"}),
}


def withdrawal_note(
    reaction: str,
    trust_delta: float,
    flags: Sequence[str],
    lang: Lang,
    acts: Sequence[str] | None = None,
) -> str | None:
    """The owner-side line for a turn, or ``None``: only when trust fell by ``SHARP_LOSS`` or more
    and the scorer named no weak criterion (``weak:…`` flags) — a turn already told what went
    wrong needs no second voice. ``reaction`` is the engine's (``move_on``, ``withdraw+…``);
    ``acts``, when given, are the turn's: a reaction that names a move the turn did not make gets
    the plain line."""
    if trust_delta > SHARP_LOSS or any(f.startswith("weak:") for f in flags):
        return None
    main = reaction.split("+", 1)[0]
    needs = _NAMES_A_MOVE.get(main)
    if needs is not None and acts is not None and not needs & {*acts, *flags}:
        main = ""  # the engine heard a move the turn did not make: say only that trust fell
    text = _NOTES.get(main, _DEFAULT)[lang]
    return text.format(d=f"{trust_delta:+.1f}")
