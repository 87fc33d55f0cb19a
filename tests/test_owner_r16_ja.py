"""Round 16 (issue 9): Japanese owners answer the question asked, not a paragraph it brushed.

Every trainee sentence here is new (not copied from the r15 playtests); sessions are played through
the public API over several seeds.
"""

from __future__ import annotations

import re

import pytest

from simulator import load_persona, open_session, persona_ids
from simulator.store import open_store
from simulator.wording.asking import ask_kind, asks_meaning, asks_own_answer

SEEDS = range(4)


def _play(owner: str, turns: list[str], seed: int) -> str:
    s = open_session(owner, lang="ja", seed=seed, store=open_store(":memory:"))
    reply = ""
    for text in turns:
        reply = s.say(text).owner_reply
    return reply


# -- the question's own reading (class 1 and 4: the English rules hold for Japanese) ---------------


@pytest.mark.parametrize(
    ("text", "meaning"),
    [
        ("三代続いてきたことは、社長にとってどういう意味があるんでしょうか。", True),
        ("ご自身にとって、この工場はどんな存在なんですか？", True),
        # negatives: the meaning of a word, his hardest time, a thing described
        ("受発注の「一元化」って、どういう意味ですか？", False),
        ("社長にとって一番大変だったのは、いつ頃ですか？", False),
        ("その機械は、どういうものですか？", False),
    ],
)
def test_a_question_on_what_it_means_to_him(text: str, meaning: bool) -> None:
    assert asks_meaning(text, "ja") is meaning
    if meaning:
        assert ask_kind(text, "ja") == "feeling"


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("ここまで伺って、社長がまず手をつけたいのはどのあたりですか。", True),
        ("このなかで、最初に手をつけるとしたらどれでしょう。", True),
        ("長く続けてこられた中で、一番誇りに思っていらっしゃることは何ですか？", True),
        # negatives: a fact, a thing not yet started, pride as a word in a give-back with a plain question
        ("手をつけていない仕事は、どのくらいありますか？", False),
        ("従業員の方は何人いらっしゃいますか？", False),
        ("誇りを持ってやってこられたんですね。工場は何時から動いていますか？", False),
    ],
)
def test_a_question_with_an_answer_of_his_own(text: str, own: bool) -> None:
    assert asks_own_answer(text, "ja") is own


def test_where_orders_come_from_is_no_why() -> None:
    assert ask_kind("最近の注文は、どこから入ってくることが多いですか？", "ja") != "cause"
    assert ask_kind("お客さんは、どこから来られる方が多いんでしょう？", "ja") != "cause"
    # negatives: where a feeling comes from is still his why
    assert ask_kind("その焦りは、どこから来ているんでしょう？", "ja") == "cause"
    assert ask_kind("そう思われるのは、何かきっかけがあったんですか？", "ja") == "cause"


def test_how_it_would_be_best_is_a_future_question() -> None:
    assert ask_kind("会社がこの先どうなったら、一番ほっとされますか。", "ja") == "future"
    assert ask_kind("どうなれば、社長は安心できそうですか？", "ja") == "future"


# -- class 1: a profile paragraph does not stand in for the answer ------------------------------------

MOVE_ON = [
    "本日はお時間をいただきありがとうございます。まずは会社のことを、社長のお言葉で聞かせていただけますか。",
    "ホームページを新しくして、全国のお客さんに直接届けたいんですね。補助金のことは、きちんと調べてから次回お伝えします。いまの会社の様子を、もう少し聞かせていただけますか。",
    "野沢菜漬けが看板で、味には自信がある。スーパーの定番品が中心なんですね。",
]
SUPERMARKET = "40年の付き合い"


@pytest.mark.parametrize("seed", SEEDS)
def test_a_wish_after_a_give_back_is_not_the_customer_paragraph(seed: int) -> None:
    reply = _play("move_on_owner", [*MOVE_ON, "取引先はスーパーが中心なんですね。会社がこの先どうなったら、社長は一番ほっとされますか。"], seed)
    assert SUPERMARKET not in reply


@pytest.mark.parametrize("seed", SEEDS)
def test_a_direct_question_on_customers_still_gets_them(seed: int) -> None:
    # negative: the question itself asks about his customers
    reply = _play("move_on_owner", [*MOVE_ON, "取引先は、どんなところが中心なんですか。"], seed)
    assert SUPERMARKET in reply


# -- class 2: no 「細かいことは覚えとらん」 to a question on his choice --------------------------------

FAMILY = [
    "本日はよろしくお願いします。まずはお店のことを、社長のお言葉で聞かせていただけますか。",
    "大正から続くお店なんですね。材料にもこだわっていらっしゃると伺いました。どんなところを大事にされてきたんですか。",
    "おじいさまの代から変えていないんですね。そこは譲れないところなんですね。",
]
NO_DETAIL = re.compile(r"細かいこと|覚えとらん|家内に聞いて")


@pytest.mark.parametrize("seed", SEEDS)
def test_which_first_gets_no_i_do_not_remember(seed: int) -> None:
    reply = _play("family_values_owner", [*FAMILY, "いろいろ伺いました。そのなかで、社長がまず手をつけたいのはどこでしょうか。"], seed)
    assert not NO_DETAIL.search(reply), reply


def test_a_figure_outside_his_answers_may_still_be_unknown() -> None:
    # negative: a real figure he does not keep in his head
    replies = [_play("family_values_owner", [*FAMILY, "駅前のお店の家賃は、月にいくらくらいですか。"], seed) for seed in SEEDS]
    assert any(NO_DETAIL.search(r) for r in replies), replies


# -- class 3: the family_values owner on his daughter ------------------------------------------------

CRAFTSMEN_TALK = re.compile(r"餡の炊き具合|寒天|孫の話|畑の話")


@pytest.mark.parametrize(
    "question",
    [
        "娘さんとは、ふだんどんなお話をされることが多いですか。",
        "娘さんは、お店のことで何かおっしゃっていますか。",
        "お店のことは、娘さんとはどんなふうに話されていますか。",
    ],
)
@pytest.mark.parametrize("seed", SEEDS)
def test_a_question_on_the_daughter_is_answered_about_her(question: str, seed: int) -> None:
    reply = _play("family_values_owner", [*FAMILY, question], seed)
    assert re.search(r"娘|あの子", reply), reply
    assert not CRAFTSMEN_TALK.search(reply), reply


@pytest.mark.parametrize("seed", SEEDS)
def test_a_question_on_the_craftsmen_still_gets_them(seed: int) -> None:
    # negative: the daughter's talk is not said to a question on the craftsmen
    reply = _play("family_values_owner", [*FAMILY, "職人さんたちとは、ふだんどんなお話をされますか。"], seed)
    assert "あの子" not in reply


def test_family_values_guess_lines_are_in_his_dialect() -> None:
    peak = load_persona("family_values_owner").peak
    assert peak is not None and peak.guess is not None
    for line in peak.guess.get("ja"):  # type: ignore[union-attr]
        assert not re.search(r"ました|ません|ください|ですね", line), line


# -- class 2: a plain yes/no question gets an answer, not 「一概には言えない」 -----------------------

DEPENDS = re.compile(r"一概|(もの|物|仕事|場合)によ|そういうところもあ|そういうとこもあ|そうとも言え")
GREETING = "本日はお時間をいただきありがとうございます。どうぞよろしくお願いいたします。"


@pytest.mark.parametrize("owner", persona_ids())
@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("インスタみたいなSNSは、何か使っていらっしゃいますか？", r"SNS|インスタ|写真|やって|やっと|やら|縁"),
        ("お休みは、ちゃんと取れていますか？", r"休|日曜|水曜|土日"),
    ],
)
def test_a_plain_yes_no_question_gets_a_plain_answer(owner: str, question: str, words: str) -> None:
    for seed in range(2):
        reply = _play(owner, [GREETING, question], seed)
        assert not DEPENDS.search(reply), (seed, reply)
        assert re.search(words, reply), (seed, reply)


@pytest.mark.parametrize("owner", persona_ids())
def test_a_greeting_on_his_day_off_is_no_question_on_it(owner: str) -> None:
    # negative: 「お休みのところ」 said in thanks asks nothing about his days off
    reply = _play(owner, ["お休みのところ、お時間をいただきありがとうございます。よろしくお願いいたします。"], 0)
    assert not re.search(r"日曜|水曜|土日|定休", reply), reply
