"""Playtests r23a/r23b (own24ja): Japanese owners answer the question given, and trust moves for
real reasons.

- 「ありがたいことだとおっしゃる…お付き合いは、どんなふうに続いてきたんでしょうか」 asks how it went,
  no wish (r23b s07 T2: his future line); a supposition on the past (「これまで…残ってくれたケースが
  あったとしたら」) asks what was, not the future (r23a s01 T10: 「先の話か。」);
- what he is careful of (「社長ご自身がいちばん気を遣っているのは」) is his inner side (r23a s08 T10);
- a topic he has answered is not answered again to a yes/no or open question on it (r23a s08
  「父は70を過ぎましたけど」 three times, s02 T7 「全部で48人ですね」 twice);
- 「会社の一番の課題は何だと思いますか」 is the blunt question, no verdict of the supporter's: it
  costs, it does not end everything (r23b s05 T5: −18.2 to 0.0);
- a trouble asked within a matter he named (「FAXで困っていることってありますか」) is no issue
  question (r23b s05 T6: 「課題はまあ、申込書に書いた通りです」);
- a vision demanded point-blank as a request (「まず、社長としてのビジョンを教えてください」) earns no
  trust (r23a s08 T1: +2.7);
- the distrustful founder talks on the young ones who stayed (r23a s01 T10, T11: the NC lathes).
"""

from __future__ import annotations

import pytest

from simulator import open_session
from simulator.analysis import analyse
from simulator.datafiles import load_persona
from simulator.engine.open_talk import diagnoses
from simulator.transcript import Utterance
from simulator.wording.asking import ask_kind

PERSONAS = ["big_customer_owner", "distrustful_founder", "family_values_owner", "move_on_owner", "reluctant_successor"]

# -- what kind of question ------------------------------------------------------------------------

NOT_FUTURE = [
    "ありがたいことだとおっしゃる、その取引先とのご縁は、どんなふうに始まったんでしょうか。",
    "ありがたいお客さんだとおっしゃいましたが、どんなお付き合いをされてきたんですか。",
    "忘れがたい出来事だったんですね。そのとき、どんなことがあったんですか。",
    "これまで長く勤めてくれた方がいたとしたら、その方には何があったと思われますか。",
    "以前、うまくいった時期があったとしたら、そのときは何が違っていたんでしょう。",
]
FUTURE = [
    "5年後、どんな会社にしたいですか。",  # a wish
    "この先、どんなお客さんに買ってほしいですか。",
    "もし人の問題が片づいたとしたら、どんな工場になっていてほしいですか。",  # a future supposition
    "これまでのやり方が続いたとしたら、この先どうなっていくと思われますか。",  # past words, future asked
]
FEELING = [
    "その中で、社長ご自身がいちばん気を遣っているのは、どんなところですか。",
    "会長とのやりとりで、社長が気にかけていらっしゃるのはどんなことですか。",
    "お店を続けるうえで、いちばん気がかりなのはどんなところでしょう。",
]


@pytest.mark.parametrize("text", NOT_FUTURE)
def test_no_future_in_an_adjective_or_a_past_supposition(text: str) -> None:
    assert ask_kind(text, "ja") != "future"


@pytest.mark.parametrize("text", FUTURE)
def test_wishes_and_future_suppositions_stay_future(text: str) -> None:
    assert ask_kind(text, "ja") == "future"


@pytest.mark.parametrize("text", FEELING)
def test_what_he_is_careful_of_is_his_feeling(text: str) -> None:
    assert ask_kind(text, "ja") == "feeling"


# -- a question on the biggest problem is no verdict -----------------------------------------------

ASKS_HIM = [
    "じゃあ社長としては、会社の一番の課題は何だと思いますか？",
    "社長が考える、本当の問題はどこにあると思われますか。",
    "要するに、一番の課題はどのあたりだとお考えですか？",
]
VERDICTS = [
    "つまり原因は人手不足ですね。",
    "一番の問題は単価ですよね。",
    "本当の課題は後継ぎのことだと思います。",
]


@pytest.mark.parametrize("text", ASKS_HIM)
def test_asking_his_view_of_the_problem_is_no_diagnosis(text: str) -> None:
    assert not diagnoses(text, "ja")


@pytest.mark.parametrize("text", VERDICTS)
def test_verdicts_stay_diagnoses(text: str) -> None:
    assert diagnoses(text, "ja")


# -- a trouble within a matter he named ------------------------------------------------------------

FAX = "今もまだ…受注は電話とFAXで、在庫はホワイトボードに書いてます。"


def _history(owner: str) -> list[Utterance]:
    return [Utterance(speaker="trainee", text="受発注は今どうされていますか。"), Utterance(speaker="owner", text=owner)]


@pytest.mark.parametrize(
    "text",
    [
        "さっきのFAXの話なんですけど、FAXで困っていることってありますか？",
        "ホワイトボードで在庫を見ていて、不便なことはありますか。",
        "受注の電話のことで困ったことって、最近ありましたか？",
    ],
)
def test_a_trouble_within_his_matter_is_no_issue_question(text: str) -> None:
    assert not analyse(text, _history(FAX), "ja").features.issue_question


@pytest.mark.parametrize(
    "text",
    [
        "会社で困っていることってありますか？",  # the company at large
        "仕入れで困っていることはありますか？",  # a matter he never named
        "今一番困っていることは何ですか。",
    ],
)
def test_the_issue_question_from_nowhere_stays_one(text: str) -> None:
    assert analyse(text, _history(FAX), "ja").features.issue_question


# -- a vision demanded point-blank -----------------------------------------------------------------

PRESSING = [
    "よろしくお願いします。まず、社長としてのビジョンを教えてください。",
    "はじめまして。さっそくですが、社長の経営理念を教えていただけますか。",
    "今日はよろしくお願いします。最初に、会社の目標を聞かせてください。",
]
NOT_PRESSING = [
    "今日はよろしくお願いします。まず、会社の歴史を教えてください。",
    "はじめまして。御社のお仕事について、お聞かせいただけますか。",
]


@pytest.mark.parametrize("text", PRESSING)
def test_a_vision_demanded_as_a_request_is_pressing(text: str) -> None:
    assert analyse(text, [], "ja").features.pressing


@pytest.mark.parametrize("text", NOT_PRESSING)
def test_a_plain_request_is_not_pressing(text: str) -> None:
    assert not analyse(text, [], "ja").features.pressing


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("text", PRESSING[:2])
def test_a_vision_demanded_first_earns_no_trust(persona: str, text: str) -> None:
    turn = open_session(persona, lang="ja", seed=24, store=None).say(text)
    assert turn.trust_delta <= 0


@pytest.mark.parametrize("persona", PERSONAS)
def test_a_plain_opening_still_earns(persona: str) -> None:
    turn = open_session(persona, lang="ja", seed=24, store=None).say(NOT_PRESSING[1])
    assert turn.trust_delta > 0


# -- a topic he answered is not told again ---------------------------------------------------------

OPENING = "本日はよろしくお願いします。まずは御社のお仕事について、お聞かせいただけますか。"


def _staff_lines(persona: str) -> list[str]:
    return list(load_persona(persona).answer("staff").text.ja)


@pytest.mark.parametrize("persona", ["big_customer_owner", "family_values_owner", "move_on_owner", "reluctant_successor"])
@pytest.mark.parametrize(
    "follow_up",
    [
        "その人数で、忙しい時期も回せそうですか。",
        "その中で、社長ご自身がいちばん気にかけていらっしゃるのは、どんなところですか。",
    ],
)
def test_an_answered_topic_is_not_told_again(persona: str, follow_up: str) -> None:
    s = open_session(persona, lang="ja", seed=11, store=None)
    s.say(OPENING)
    first = s.say("従業員は何人いらっしゃるんですか。").owner_reply
    assert any(line in first for line in _staff_lines(persona))
    again = s.say(follow_up).owner_reply
    assert not any(line in again for line in _staff_lines(persona)), again


def test_the_chairmans_age_is_not_said_a_second_time() -> None:
    s = open_session("reluctant_successor", lang="ja", seed=5, store=None)
    s.say(OPENING)
    first = s.say("会長さんは、今も毎日会社に出てこられているんですか。").owner_reply
    assert "毎日" in first
    for text in ("毎日なんですね。じゃあ、会長さんが今もいろいろ見ていらっしゃるんですか？",
                 "会長が毎日いらっしゃる中で、社長ご自身がいちばん気を遣っているのは、どんなところですか。"):
        reply = s.say(text).owner_reply
        assert "70" not in reply and "毎日出て" not in reply, reply


# -- the blunt question after a reassurance costs, it does not end everything ----------------------


def test_the_blunt_question_costs_in_proportion() -> None:
    s = open_session("reluctant_successor", lang="ja", seed=7, store=None)
    s.say("はじめまして。受発注は今、どんなふうにされているんですか。")
    s.say("そうなんですね。新しい事業のことも書かれていましたが、どんなことを考えていらっしゃいますか。")
    turn = s.say("大丈夫ですよ、まとまっていなくて構いません。では、会社の一番の課題は何だと思われますか？")
    assert -10.0 < turn.trust_delta < 0
    assert turn.trust > 5.0
    # the question within the matter he named gets his answer on it, not 「申込書に書いた通り」
    reply = s.say("すみません、急に大きな話でした。FAXで困っていることって、何かありますか？").owner_reply
    assert "申込書" not in reply and "FAX" in reply


# -- the young ones who stayed ---------------------------------------------------------------------


def test_the_founder_talks_on_the_young_ones_who_stayed() -> None:
    s = open_session("distrustful_founder", lang="ja", seed=3, store=None)
    s.say("本日はありがとうございます。審査ではありませんので、社長のお話を伺えればと思います。これまでどんなふうにやってこられたのか、お聞かせいただけますか。")
    s.say("がむしゃらにやってこられたんですね。人のことで、何か感じておられることはありますか。")
    reply = s.say("これまでに、若い人が長く残ってくれたことがあったとしたら、その人にはどんな違いがあったと思われますか。").owner_reply
    assert "旋盤" not in reply and "先の話" not in reply, reply
    reply = s.say("すみません、分かりにくかったですね。今いる若手で、長く残っている方はいますか。").owner_reply
    assert "旋盤" not in reply and ("残" in reply or "一人" in reply), reply


def test_same_seed_same_transcript() -> None:
    turns = ["はじめまして。まず、社長としてのビジョンを教えてください。", "従業員は何人いらっしゃるんですか。",
             "その人数で、忙しい時期も回せそうですか。"]
    runs = []
    for _ in range(2):
        s = open_session("move_on_owner", lang="ja", seed=99, store=None)
        runs.append([(t.owner_reply, t.trust) for t in (s.say(x) for x in turns)])
    assert runs[0] == runs[1]


# -- his knowledge test answered briefly and handed back: the question is answered too -----------


def test_a_test_handed_back_gets_its_question_answered() -> None:
    s = open_session("move_on_owner", lang="ja", seed=31, store=None)
    for text in ("本日はありがとうございます。申込書を拝見しました。ネット販売を始めたいとのことですね。",
                 "売上が横ばいだと伺いました。社長はそれをどんなふうに受け止めていらっしゃいますか。",
                 "新しい販路ができたら、ということですね。"):
        s.say(text)
    turn = s.say("事例は、正直なところ私もすぐには名前を挙げられません。次回までに調べてきます。"
                 "社長ご自身は、どんなお客さんに届けたいとお考えですか。")
    assert turn.reaction.startswith("test_passed")
    satisfied = "ま、そういうもんか。はっきり言ってくれて助かるよ。"
    assert turn.owner_reply.startswith(satisfied) and len(turn.owner_reply) > len(satisfied) + 10, turn.owner_reply


def test_a_memory_that_stayed_is_no_question_on_who_stayed() -> None:
    s = open_session("distrustful_founder", lang="ja", seed=3, store=None)
    s.say("本日はありがとうございます。審査ではありませんので、社長のお話を伺えればと思います。これまでどんなふうにやってこられたのか、お聞かせいただけますか。")
    reply = s.say("辞めていった方のことで、何か記憶に残っていることはありますか。").owner_reply
    assert "五年目" not in reply, reply
