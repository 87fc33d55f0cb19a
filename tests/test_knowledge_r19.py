"""A know-it-all answer to the owner's test does not pass it (round 11, r19a s02 T3).

「私も前の職場で…担当をしていたので、よく分かります。…するしかないですよ。」 was taken for a brief,
honest answer: the scorer dropped its advice and self-promotion and praised empathy, and the owner
said 「知ったかぶりしないのは、悪くないね」. The supporter's record given as the reason she understands
him, or the one course she sees for him, is no honest answer. New sentences only.
"""

from __future__ import annotations

import pytest

from simulator.analysis import analyse
from simulator.engine.moves import answer_verdict, brief_answer, knows_it_all

OWNER_JA = "最近は材料がまた上がってね。あんた、うちみたいな町工場のこと、どれくらい分かってるの？"
OWNER_EN = "Flour's gone up again. How much do you actually know about running a bakery?"


@pytest.mark.parametrize(
    ("text", "lang", "owner"),
    [
        ("ええ、本当に厳しいですよね。私も以前、金融機関で製造業を担当していたので、よく分かります。値上げをお願いするしかないですよ。", "ja", OWNER_JA),
        ("私も前職で町工場を何十社も見てきましたから、よく分かります。", "ja", OWNER_JA),
        ("I worked at a bakery chain for years, so I know exactly how it is. The only way is to raise your prices.", "en", OWNER_EN),
    ],
)
def test_a_know_it_all_answer_is_no_brief_honest_one(text: str, lang: str, owner: str) -> None:
    a = analyse(text, lang=lang)
    assert not brief_answer(a, owner)
    assert answer_verdict(a, owner) == "lecture"


@pytest.mark.parametrize(
    ("text", "lang", "owner"),
    [
        ("正直、町工場のことは詳しくありません。そこは教えていただく立場です。社長が一番気にされているのはどのあたりですか？", "ja", OWNER_JA),
        ("前の職場でも製造業の方とお話しする機会はありましたが、現場のことは社長の方がずっとお詳しいと思います。", "ja", OWNER_JA),
        ("Not much, honestly. I've never run a shop. How have you been handling the price rises?", "en", OWNER_EN),
    ],
)
def test_an_honest_answer_with_her_background_still_passes(text: str, lang: str, owner: str) -> None:
    a = analyse(text, lang=lang)
    assert not knows_it_all(text, lang)
    assert answer_verdict(a, owner) == "passed"
