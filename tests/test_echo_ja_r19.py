"""His words said back on a bare ですか are a reflection, not a closed question (round 11, lead's play).

「数字の話がほとんどで、それ以上はあまり、ですか。」 was told 「閉じた質問です」 with listening 50.
"""

from __future__ import annotations

import pytest

from simulator.acts import Act, Utterance
from simulator.analysis import analyse

OWNER = "うちは配送が朝の六時からでしてね。段取りは全部、工場長の頭の中にあるんですよ。書いたものは何もない。"


@pytest.mark.parametrize(
    "text",
    ["段取りは全部、工場長の頭の中、ですか。", "書いたものは何もない、ですか。", "配送が朝の六時から、ですか？"],
)
def test_his_words_on_a_bare_desuka_are_a_reflection(text: str) -> None:
    acts = analyse(text, lang="ja", context=[Utterance(speaker="owner", text=OWNER)]).acts
    assert Act.REFLECTION in acts and Act.CLOSED_QUESTION not in acts


@pytest.mark.parametrize(
    "text",
    [
        "工場長は何年目なんですか？",  # a new fact asked
        "配送は朝の六時からだけなんですか？",  # narrowed: a check of his fact
        "本当に書いたものは何もないんですか？",  # pressed
        "段取りを書き出したことはないんですか？",  # a question of the supporter's own
    ],
)
def test_a_question_of_ones_own_on_his_words_stays_a_question(text: str) -> None:
    acts = analyse(text, lang="ja", context=[Utterance(speaker="owner", text=OWNER)]).acts
    assert Act.REFLECTION not in acts
