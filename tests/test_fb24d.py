"""Round 24 (issue 8/9): the same topic jump gets the same feedback.

r23a/r23b named: an echo of his last words before a closed question on another subject praised as
伝え返し (listening 73, trust +5.1: r23a s10 T6) while the same move without the echo was 一問一答
(s04 T7); a question after he asked to move on (「次に進んでくれる？」, s02 T2) and one after he
could not put his answer into words (s06 T8) called jumps; 「ところで、後継ぎの方は…？」 named only as
a closed question (r23b s08 T7). The sentences here are new ones.
"""

from __future__ import annotations

import pytest

from simulator import open_session
from simulator.store import open_store
from simulator.wording.jump import asked_to_move_on, changes_subject, echo_then_jump

from .turns import ctx, run

# --- contexts ------------------------------------------------------------------------------

JA_SHOP = ctx(
    ("trainee", "今日はありがとうございます。お店のことから伺えますか。"),
    ("owner", "うちは煎餅屋でね、祖父の代から手焼きなんです。"),
    ("trainee", "手焼きを続けてこられたんですね。どんなお客さんが多いんですか。"),
    ("owner", "近所のお年寄りが多いですね。毎週土曜に決まって醤油煎餅を十枚買っていく方もおるんですわ。"),
)
JA_PLANT = ctx(
    ("trainee", "本日はよろしくお願いします。工場のことを聞かせていただけますか。"),
    ("owner", "金型をつくってます。うちの売りは、図面が来て三日で試作を出せることですね。"),
)
JA_FARM = ctx(
    ("trainee", "よろしくお願いします。最近の様子はいかがですか。"),
    ("owner", "梨の出荷が始まったところでね。今年は夏が暑すぎて、玉が小さいんですよ。"),
)
JA_MOVE_ON = ctx(
    ("trainee", "はじめまして。今日はどんなことでお困りですか。"),
    ("owner", "いや、困りごとは紙に書いた通りだから。次に進んでもらえる？"),
)
JA_MOVE_ON2 = ctx(
    ("trainee", "まずは会社の歴史から伺ってもよろしいですか。"),
    ("owner", "歴史はいいよ、長くなるから。本題に入りましょうよ。"),
)
EN_SHOP = ctx(
    ("trainee", "Thanks for having me. Could you tell me about the shop?"),
    ("owner", "We make rice crackers, all grilled by hand since my grandfather's day."),
    ("trainee", "Grilled by hand all that time. Who tends to come in?"),
    ("owner", "Mostly elderly neighbours. One lady buys ten soy crackers every Saturday without fail."),
)
EN_PLANT = ctx(
    ("trainee", "Thanks for your time. Could you tell me about the plant?"),
    ("owner", "We make press dies. Our selling point is a prototype within three days of getting the drawings."),
)
EN_FARM = ctx(
    ("trainee", "Good to meet you. How have things been lately?"),
    ("owner", "The pear shipments just started. The summer was so hot this year that the fruit came out small."),
)
EN_MOVE_ON = ctx(
    ("trainee", "Nice to meet you. What's troubling you most these days?"),
    ("owner", "Look, the problems are on the form. Can we move on?"),
)
EN_VAGUE = ctx(
    ("trainee", "I heard you used the prefecture's support scheme before. What was that like?"),
    ("owner", "Honestly, it's not the kind of thing I can explain neatly."),
)
JA_VAGUE = ctx(
    ("trainee", "以前、県の支援制度を使われたと伺いました。どうでしたか。"),
    ("owner", "…いやあ、うまく説明できんのですわ。"),
)
JA_MODEST = ctx(
    ("trainee", "納期を一度も外したことがないと伺いました。"),
    ("owner", "…いや、大したことじゃないんですよ。当たり前のことをしているだけで。"),
)
EN_MODEST = ctx(
    ("trainee", "I heard you've never missed a delivery date."),
    ("owner", "Oh, that's nothing special. We just do what we're supposed to do, every single day."),
)


def _flags(text: str, context: list, lang: str = "ja") -> list[str]:
    return run(text, context, lang)[1].flags


# --- 1. an echo of his last words, then a closed question elsewhere: still a jump -----------

ECHO_JUMPS = [
    ("毎週土曜に十枚買っていく方もいらっしゃるんですね。従業員は何人いますか。", JA_SHOP, "ja"),
    ("決まって醤油煎餅を買っていかれるんですね。ホームページはありますか。", JA_SHOP, "ja"),
    ("近所のお年寄りが多いんですね。売上はどれくらいですか。", JA_SHOP, "ja"),
    ("図面が来て三日で試作、すごいですね。社員は何名ですか。", JA_PLANT, "ja"),
    ("三日で試作を出せるんですね。創業は何年ですか。", JA_PLANT, "ja"),
    ("夏が暑すぎて玉が小さいんですね。後継ぎの方はいらっしゃいますか。", JA_FARM, "ja"),
    ("梨の出荷が始まったところなんですね。借入はありますか。", JA_FARM, "ja"),
    ("手焼きの醤油煎餅、いいですね。決算書は見せていただけますか。", JA_SHOP, "ja"),
    ("Ten soy crackers every Saturday, then. How many employees do you have?", EN_SHOP, "en"),
    ("Mostly elderly neighbours. Do you have a website?", EN_SHOP, "en"),
    ("A prototype within three days of the drawings. When was the company founded?", EN_PLANT, "en"),
    ("Three days for a prototype, that's impressive. Do you have any bank loans?", EN_PLANT, "en"),
    ("The summer was so hot the fruit came out small. Do you have a successor?", EN_FARM, "en"),
    ("Pear shipments just started, then. How many staff do you employ?", EN_FARM, "en"),
]


@pytest.mark.parametrize(("text", "context", "lang"), ECHO_JUMPS)
def test_echo_before_a_closed_jump_is_still_a_jump(text: str, context: list, lang: str) -> None:
    assert "topic_switch" in _flags(text, context, lang)


# --- 2. an echo, then a question that follows his words: no jump ----------------------------

FOLLOW_UPS = [
    ("毎週土曜に十枚買っていく方もいらっしゃるんですね。そういうお客さんは何人くらいいますか。", JA_SHOP, "ja"),
    ("近所のお年寄りが多いんですね。醤油煎餅が一番人気ですか。", JA_SHOP, "ja"),
    ("近所のお年寄りが多いんですね。その方たちとはどんなお付き合いなんですか。", JA_SHOP, "ja"),
    ("三日で試作を出せるんですね。その三日というのは、どうやって実現されているんですか。", JA_PLANT, "ja"),
    ("三日で試作を出せるんですね。試作は何人で担当されていますか。", JA_PLANT, "ja"),
    ("夏が暑すぎて玉が小さいんですね。小さい玉は値段に響きますか。", JA_FARM, "ja"),
    ("梨の出荷が始まったところなんですね。出荷先は何か所ありますか。", JA_FARM, "ja"),
    ("Ten soy crackers every Saturday, then. How many regulars like her do you have?", EN_SHOP, "en"),
    ("Mostly elderly neighbours. Are the soy crackers the most popular?", EN_SHOP, "en"),
    ("A prototype within three days. How many people work on the prototypes?", EN_PLANT, "en"),
    ("So the fruit came out small. Does that affect the price you get?", EN_FARM, "en"),
    ("So the fruit came out small. How has that been for you?", EN_FARM, "en"),
]


@pytest.mark.parametrize(("text", "context", "lang"), FOLLOW_UPS)
def test_a_follow_up_of_his_words_is_no_jump(text: str, context: list, lang: str) -> None:
    assert "topic_switch" not in _flags(text, context, lang)


# --- 3. he asked to move on, or could not put it into words: no 一問一答 -----------------------

NOT_JUMPS = [
    ("失礼しました。申込書にネット販売とありましたが、ホームページはお持ちですか。", JA_MOVE_ON, "ja"),
    ("承知しました。では、社員の方は何名いらっしゃいますか。", JA_MOVE_ON, "ja"),
    ("分かりました。申込書の設備の件ですが、機械は何台ありますか。", JA_MOVE_ON2, "ja"),
    ("そうですよね。使ってみて、会社の役には立ちましたか。", JA_VAGUE, "ja"),
    ("Of course. The form mentions online sales. Do you have a website now?", EN_MOVE_ON, "en"),
    ("Sure. How many people work here?", EN_MOVE_ON, "en"),
    ("That's fine. Did it help the company, or not really?", EN_VAGUE, "en"),
]


@pytest.mark.parametrize(("text", "context", "lang"), NOT_JUMPS)
def test_a_move_he_asked_for_or_after_no_answer_is_no_jump(text: str, context: list, lang: str) -> None:
    assert "topic_switch" not in _flags(text, context, lang)


# --- 4. an outright change of subject before a closed question is named ---------------------

MARKED_JUMPS = [
    ("いやいや、立派な強みですよ。ところで、借入はどのくらいありますか？", JA_MODEST, "ja"),
    ("当たり前を続けるのは立派なことだと思います。話は変わりますが、後継ぎの方はいらっしゃるんですか？", JA_MODEST, "ja"),
    ("Doing that every single day takes real care. By the way, do you have a successor?", EN_MODEST, "en"),
    ("I'd call that special. On another note, how much debt does the company carry?", EN_MODEST, "en"),
]


@pytest.mark.parametrize(("text", "context", "lang"), MARKED_JUMPS)
def test_a_marked_change_of_subject_is_named_as_a_jump(text: str, context: list, lang: str) -> None:
    assert "topic_switch" in _flags(text, context, lang)


def test_the_readers_themselves() -> None:
    said = ["近所のお年寄りが多いですね。毎週土曜に決まって醤油煎餅を十枚買っていく方もおるんですわ。"]
    assert echo_then_jump("近所のお年寄りが多いんですね。社員は何人ですか。", said, "ja")
    assert not echo_then_jump("近所のお年寄りが多いんですね。どんな思いで焼いていらっしゃいますか。", said, "ja")
    assert not echo_then_jump("社員は何人ですか。", said, "ja")  # no echo: the analyser's own jump
    # near misses: her answer to his question is no echo; a who-question asks him to tell
    assert not echo_then_jump(
        "いえ、書類に書くわけではないです。従業員は何人ですか。", ["それ聞いてどうするの。書類にでも書くの？"], "ja"
    )
    assert not echo_then_jump(
        "Nothing much has changed, then. Who are the main customers you work with?",
        ["Nothing much has changed, really. It's been like this as long as I can remember."],
        "en",
    )
    assert echo_then_jump(
        "Nothing much has changed, then. How many customers do you have?",
        ["Nothing much has changed, really. It's been like this as long as I can remember."],
        "en",
    )
    assert asked_to_move_on("いや、それはいいから。次に進んでくれる？", "ja")
    assert asked_to_move_on("Fine. Can we move on?", "en")
    assert not asked_to_move_on("次の機械を入れるかどうか、迷ってるんですわ。", "ja")
    assert changes_subject("なるほど。ところで、息子さんは？", "ja")
    assert changes_subject("I see. By the way, what about your son?", "en")
    assert not changes_subject("ところてんも作っておられるんですか？", "ja")


# --- 5. the engine reads the echo before a jump as the jump it is (r23a s10 T6) -------------


def _trust_delta(owner: str, lang: str, seed: int, turns: list[str], tmp_path) -> float:  # type: ignore[no-untyped-def]
    session = open_session(owner, lang=lang, seed=seed, store=open_store(str(tmp_path / "s.db")))
    turn = None
    for t in turns:
        turn = session.say(t)
    assert turn is not None
    return turn.trust_delta


def test_echo_before_a_jump_earns_no_trust_in_the_engine(tmp_path) -> None:  # type: ignore[no-untyped-def]
    turns = [
        "はじめまして、よろしくお願いします。来店客数が減っているとのことですが、何割くらい減りましたか。",
        "ありがとうございます。お店は何店舗ありますか。",
        "2店舗なんですね。お客さんが減っているなら、名古屋の百貨店に出店したり、ネット通販を始めたりして、販路を広げたほうがいいと思いますよ。水まんじゅうなんかはネットでも売れそうですし。",
        "でも、お客さんが減っているなら、やり方を変えないといけないんじゃないですか。",
        "すみません、言い過ぎました。さっき、うちのお客さんはそういうのは好まれん、とおっしゃいましたが、どんなお客さんが多いんですか。",
        "三代続けて来てくれるお家もあるんですね。職人さんは何人いますか。",
    ]
    assert _trust_delta("family_values_owner", "ja", 4610, turns, tmp_path) <= 0.0


def test_a_question_on_the_past_he_alluded_to_is_no_jump() -> None:
    """"I've heard plenty of that kind of talk" → "…Did the public support you had last time not help?"
    asks about the past support his remark points at (test_owner_r18_en); 「前回の支援は」 likewise."""
    from simulator.wording.jump import echo_then_jump

    assert not echo_then_jump(
        "You've had plenty of that sort of talk, I understand. Did the public support you had last time not help?",
        ["Look, I've heard plenty of that kind of talk."],
        "en",
    )
    assert not echo_then_jump(
        "そういう話は聞き飽きた、ということですね。前回の支援は役に立たなかったんですか？",
        ["そういう話は、もう聞き飽きたよ。"],
        "ja",
    )
    # near miss: an echo, then a closed question on a new matter with no pointer back
    assert echo_then_jump(
        "You've had plenty of that sort of talk, I understand. Do you export any parts?",
        ["Look, I've heard plenty of that kind of talk."],
        "en",
    )
