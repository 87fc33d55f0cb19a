"""The defects of issue 9, replayed through the public API with the real analyser: the owner
reacts to the move that was made, knowledge tests are fair, a walk-out shows in the stage."""

from __future__ import annotations

import pytest

from simulator import open_session
from simulator.datafiles import load_persona
from simulator.persona import STAGE_NAMES, Stage

HELLO = "本日はお時間をいただきありがとうございます。"


def meeting(pid: str, lines: list[str], lang: str = "ja", seed: int = 0) -> list:
    session = open_session(pid, lang, seed=seed, store=None)
    return [session.say(line) for line in lines]


def test_a_one_word_reflection_gets_no_relief_at_a_summary() -> None:
    turns = meeting("reluctant_successor", [HELLO, "お仕事について聞かせていただけますか？", "お父様、ですか。"])
    assert turns[-1].reaction != "summary_relief"
    assert turns[-1].trust_delta >= 0


def test_going_back_to_the_owners_words_is_no_advice() -> None:
    turns = meeting("distrustful_founder", [
        "Thank you for making time today.",
        "Could you tell me about your work?",
        "To be honest, I'm no expert in machining. I hear similar things from other shops, though.",
        "May I go back for a moment? You mentioned the machines.",
    ], lang="en")
    assert not turns[-1].reaction.startswith(("lecture_pushback", "withdraw"))


def _move_on_test_turns(answer: str) -> list:
    """The move-on owner puts his test at turn 3; ``answer`` meets it at turn 4."""
    return meeting("move_on_owner", [
        HELLO, "ネット販売を始めたい、というお話を伺っています。そのお考えを聞かせていただけますか？",
        "全国のお客さんに、竹本の名前で直接売れるようにしたい、ということなんですね。", answer,
    ])


def test_a_brief_balanced_answer_passes_the_move_on_owners_test() -> None:
    turns = _move_on_test_turns(
        "モールか自社サイトかは一長一短があると聞いています。詳しい数字はこの場では言えませんが、そこは後で一緒に考えたいです。"
    )
    assert "test_knowledge" in turns[2].reaction
    assert turns[3].reaction == "test_passed" and turns[3].trust_delta > 0


def test_a_hard_sell_fails_it_and_costs_trust() -> None:
    turns = _move_on_test_turns("まずは楽天に出店するのがおすすめです。InstagramでPRしましょう。")
    assert turns[3].reaction == "lecture_pushback" and turns[3].trust_delta < 0


@pytest.mark.parametrize(
    ("answer", "passes"),
    [
        ("正直に申し上げると、現場で板金や切削をやってきた人間ではありません。ただ、材料の値上がりの話は"
         "他の工場さんからもよく伺います。社長のところでは、どんな感じですか？", True),
        ("すみません、そこまで詳しくはないです。ちなみに、年間の売上は？", False),
    ],
)
def test_an_honest_admission_and_a_dismissive_dodge_are_told_apart(answer: str, passes: bool) -> None:
    turns = meeting("distrustful_founder", [HELLO, "お仕事について聞かせていただけますか？", answer])
    assert "test_knowledge" in turns[1].reaction
    assert (turns[2].reaction == "test_passed") is passes
    assert (turns[2].trust_delta > 0) is passes


def test_reassurance_gets_no_pushback() -> None:
    turns = meeting("distrustful_founder", [
        HELLO, "今日のお話が審査になったり、補助金の申請に影響したりすることはありません。",
    ])
    assert not turns[-1].reaction.startswith(("lecture_pushback", "denial_reaction"))
    assert turns[-1].trust_delta >= 0


def test_an_apology_quoting_the_owner_does_not_end_the_meeting() -> None:
    session = open_session("move_on_owner", "ja", store=None)
    for line in [HELLO, "御社の課題は何だとお考えですか？",
                 "失礼しました。さきほど『課題は分かっているから次に進んでくれ』とおっしゃいましたよね。そこから伺います。"]:
        turn = session.say(line)
    assert not session.finished
    assert not turn.reaction.startswith(("withdraw", "end_early"))


def test_a_walked_out_meeting_no_longer_reads_building_trust() -> None:
    session = open_session("reluctant_successor", "ja", store=None)
    for line in [HELLO, "本当は会長のやり方に反対なんですよね？", "それは違いますよ。まず経営計画を作るべきです。",
                 "私は100社以上支援してきましたので、お任せください。", "後継者として、もっと強く言うべきじゃないですか？",
                 "いや、それは甘いと思います。DXより先に組織改革をすべきです。", "つまり原因は社長の覚悟ですね。",
                 "とにかく経営計画を作りましょう。", "会長を説得するべきですよ。", "本当は自信がないんですよね？"]:
        if session.finished:
            break
        session.say(line)
    assert session.finished and session.state.end_reason in ("trust", "patience")
    assert session.stage is Stage.WALKED_OUT
    assert STAGE_NAMES[session.stage].ja != STAGE_NAMES[Stage.RAPPORT].ja
    assert session.report().final_stage == "walked_out"


def test_the_big_customer_owner_saying_it_counts_as_reaching_the_issue() -> None:
    persona = load_persona("big_customer_owner")
    text = persona.fact("chose_not_to_look").text.ja
    assert "自分に言い聞かせていた" in text and "chose_not_to_look" in persona.issue_facts
