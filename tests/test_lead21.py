"""The lead's fixes of round 12 found in his own play of the merged build (int21)."""

from __future__ import annotations

import pytest

from simulator.acts import Utterance
from simulator.scoring.anchor import weighty_phrase


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        ("困ってるのは、人なんだよ。若いのを採っても、3年ともたずに辞めちまう。", "困ってるのは、人"),
        ("心配なのは、設備なんだけどね。機械はもう30年使ってる。", "心配なのは、設備"),
        ("気がかりなのは、後継者なんですよ。", "気がかりなのは、後継者"),
    ],
)
def test_his_noun_before_nandayo_is_given_back_without_a_stray_na(said: str, phrase: str) -> None:
    # 『困ってるのは、人な』 (the lead's play of int21, distrustful_founder T5) cut his 「なんだよ」 after な
    got = weighty_phrase([Utterance(speaker="owner", text=said)], "ja")
    assert got == phrase
    assert not got.endswith("な")
