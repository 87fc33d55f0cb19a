"""The owner's side in the turn feedback when he pulls back sharply (r14b s07 T9: trust −6.6 with
praise only on screen)."""

from __future__ import annotations

import pytest

from simulator.owner_signal import SHARP_LOSS, withdrawal_note
from simulator.session import open_session


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_sharp_fall_with_no_weakness_named_gets_the_reaction_line(lang: str) -> None:
    note = withdrawal_note("move_on", -6.6, ["due:summarising"], lang)
    assert note is not None
    assert "-6.6" in note
    assert ("先に進んでくれ" in note) if lang == "ja" else ("move on" in note)


def test_the_engine_reaction_with_a_followup_is_read_by_its_first_part() -> None:
    note = withdrawal_note("withdraw+test_knowledge", -7.0, [], "ja")
    assert note is not None and "口が重く" in note


def test_an_unknown_reaction_still_says_trust_fell() -> None:
    note = withdrawal_note("answer_open", -8.0, [], "en")
    assert note is not None and "fell sharply" in note and "-8.0" in note


@pytest.mark.parametrize(
    ("delta", "flags"),
    [
        (-4.9, []),  # a small dip
        (2.0, []),  # trust rose
        (-9.0, ["weak:non_leading.no_advice"]),  # the feedback already names what went wrong
    ],
)
def test_no_line_for_a_small_dip_or_when_a_weakness_is_named(delta: float, flags: list[str]) -> None:
    assert withdrawal_note("withdraw", delta, flags, "ja") is None


def test_live_turns_carry_the_line_only_when_trust_fell_sharply() -> None:
    """Played through the public API: no turn that lost less than SHARP_LOSS (or gained) shows the
    owner's side; the line itself on a sharp unexplained fall is checked by the unit tests above
    (since own24ja the engine and the feedback agree on every push in this script: 「一番の原因は何だと
    思いますか」 asks his view, no verdict of the supporter's, r23b s05 T5)."""
    lines = [
        "本日はお時間をいただきありがとうございます。よろしくお願いします。",
        "ネットで売りたい、というお気持ちなんですね。どんな商品を売りたいとお考えですか？",
        "売上のことなんですね。一番の原因は何だと思いますか？",  # own15: no unasked echo now
        "つまり、問題は値段の付け方ですよね。",  # a verdict put to him: named in the feedback
    ]
    checked = 0
    for seed in range(4):
        session = open_session("move_on_owner", lang="ja", store=None, seed=seed, backend="offline")
        for text in lines:
            turn = session.say(text)
            marker = [f for f in turn.feedback if "（信頼 " in f or "社長の信頼が大きく下がりました" in f]
            if turn.trust_delta is None or turn.trust_delta > SHARP_LOSS:
                assert not marker, (seed, text, turn.feedback)
                checked += 1
    assert checked >= 12  # most turns of the script are no sharp fall: the check ran on them
