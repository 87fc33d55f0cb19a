"""Playtest r8: the advice pushback (「うちのような会社では、なかなかそこまでは…」) follows advice
only. Asking his own view (「社長ご自身としてはいかがですか」), inviting him to talk ("maybe you
could tell me …"), or promising not to ask for something (「出してくださいとは言いません」) advises
nothing; real proposals still count."""

from __future__ import annotations

import pytest

from simulator import open_session
from simulator.wording.asking import proposes
from simulator.wording.statements import advises, prescribes

NOT_ADVICE = [
    ("ja", "いろいろ伺ってきましたが、社長としてはいかがですか。"),
    ("ja", "今のお話、工場長の立場としてはいかがでしょう。"),
    ("ja", "資料を出してくださいとお願いするつもりはありません。今の現場の様子を聞かせてください。"),
    ("en", "Maybe you could tell me a little about the jobs that come in most often?"),
    ("en", "Maybe you could walk me through a normal day on the floor."),
]
ADVICE = [
    ("ja", "求人サイトを使ってみてはいかがですか。"),
    ("ja", "一度、在庫を見直してはいかがでしょう。"),
    ("ja", "まずは見積書を出してください。"),
    ("en", "Maybe you could try posting the job online."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_ADVICE)
def test_asking_his_view_or_inviting_talk_is_no_advice(lang: str, text: str) -> None:
    assert not proposes(text, lang)
    assert not advises(text, lang)
    assert not prescribes(text, lang)


@pytest.mark.parametrize(("lang", "text"), ADVICE)
def test_real_proposals_still_advise(lang: str, text: str) -> None:
    assert advises(text, lang) or proposes(text, lang)


@pytest.mark.parametrize(
    ("owner", "lang", "text"),
    [
        ("reluctant_successor", "ja", "ここまで伺って、会社の中で思うように動けない感じがあるのかなと受け取りました。社長ご自身の感覚としてはいかがですか。"),
        ("distrustful_founder", "en", "I'm new here and you don't know me yet. Maybe you could tell me about the jobs you enjoy most?"),
    ],
)
def test_the_owner_does_not_push_back_on_advice_never_given(owner: str, lang: str, text: str) -> None:
    greeting = {"ja": "本日はお時間をいただきありがとうございます。", "en": "Thank you for making time for me today."}
    session = open_session(owner, lang=lang, seed=808, store=None)
    session.say(greeting[lang])
    turn = session.say(text)
    assert turn.reaction != "lecture_pushback", turn.owner_reply
    assert turn.trust_delta >= 0, (turn.owner_reply, turn.trust_delta)
