"""ask22 (blind playtest r22b s09 T2, r22a s04 T9): new sentences, ja and en, with near misses.

1. his question to the supporter asked mid-turn, or a turn back while she first asked him something
   (「で、あなた方は何をしてくれるんですか？」 then his plan), still waits: her short answer telling her
   role (「一緒に整理するお手伝いをします」「専門家もご紹介できます」 "we help you sort out…") is no
   unasked advice nor self-promotion nor lecture. Near misses: real advice with no question of his
   pending stays advice; a recommendation of hers stays a push even after his question.
2. his word quoted as his (『…』, 「おっしゃる」, "when you say '…'") from one of his recent turns, after
   her own summary of it, is no topic switch; a real topic jump is still named.
"""

from __future__ import annotations

import pytest

from .turns import ctx, run

ASKED_MID_JA = ctx(
    ("trainee", "本日はありがとうございます。まず、今いちばん気になっていることから伺えますか。"),
    (
        "owner",
        "はいはい、よろしく。で、あなた方は何をしてくれるんですか？うちは弁当の配達を広げたいんだ。"
        "昼の注文は増えてるけど、配達の車が二台しかない。運転手も足りない。そこをなんとかしたい。",
    ),
)
ASKED_BACK_JA = ctx(
    ("trainee", "はじめまして。今日はどんなお話から伺えばよいでしょうか。"),
    ("owner", "そちらに頼むと、うちは何をしてもらえるんです？正直、よく分からなくてね。"),
    ("trainee", "配達を広げたいと伺いましたが、きっかけは何だったんですか？"),
    ("owner", "昼の注文が増えてるのに、車が二台しかないんだ。運転手も足りないし、断る日もある。"),
)
ASKED_MID_EN = ctx(
    ("trainee", "Thanks for making the time. What's been on your mind lately?"),
    (
        "owner",
        "Right, so what can you actually do for us? We want to grow the catering side. Orders are up. "
        "But we've only got two vans and not enough drivers. That's what I need sorted.",
    ),
)
PLAIN_JA = ctx(
    ("trainee", "最近のお店の様子はいかがですか？"),
    ("owner", "昼の注文は増えてるけど、配達の車が二台しかない。運転手も足りないんだ。"),
)
PLAIN_EN = ctx(
    ("trainee", "How have things been lately?"),
    ("owner", "Lunch orders are up, but we've only got two vans and not enough drivers."),
)

ROLE_JA = (
    "私たちは配達の業者ではなく、社長と一緒に何から手をつけるかを整理するお手伝いをします。"
    "必要なら専門家もご紹介できます。断る日もある、というところをもう少し聞かせていただけますか。"
)
ROLE_EN = (
    "We're not a consultancy that does it for you; we help you sort out where to start, and we can "
    "connect you with specialists if you need them. Tell me more about the drivers?"
)


@pytest.mark.parametrize(
    ("text", "context", "lang"),
    [
        (ROLE_JA, ASKED_MID_JA, "ja"),
        (ROLE_JA, ASKED_BACK_JA, "ja"),
        (ROLE_EN, ASKED_MID_EN, "en"),
    ],
)
def test_her_role_told_to_his_waiting_question_is_no_push(text: str, context: list, lang: str) -> None:
    _, ts = run(text, context, lang)
    assert "weak:non_leading.no_advice" not in ts.flags
    assert not any("アピール" in x or "求めていない助言" in x or "講義" in x for x in ts.feedback)
    assert "answers_owner" in ts.flags
    assert ts.scores["non_leading"] is not None and ts.scores["non_leading"] >= 80


@pytest.mark.parametrize(
    ("text", "context", "lang"),
    [
        # no question of his pending: her help offered and advice are unasked
        (
            "車を増やすより、まずは配達の時間帯を絞った方がいいと思います。専門家もご紹介できます。",
            PLAIN_JA,
            "ja",
        ),
        (
            "You should cut the delivery area first, and we can connect you with specialists for that.",
            PLAIN_EN,
            "en",
        ),
        # his question pending, but her own recommendation goes beyond her role
        (
            "整理するお手伝いをします。まずは配達の時間帯を絞った方がいいと思います。",
            ASKED_MID_JA,
            "ja",
        ),
    ],
)
def test_real_advice_stays_a_push(text: str, context: list, lang: str) -> None:
    _, ts = run(text, context, lang)
    assert "weak:non_leading.no_advice" in ts.flags


def _recap_ja(his: str) -> list:
    return ctx(
        ("trainee", "前回の出店のときは、どんなことがあったんですか？"),
        ("owner", f"やり方ねえ…。要は、作って、そのまま放っといたってこと。売れなくなって、それきり。だから次は{his}んですよ。"),
        ("trainee", "作って、放っといた…。それは手が回らなかったからですか？"),
        ("owner", "…まあ、そういう見方もあるんじゃないですか。"),
        ("trainee", f"ちょっと整理させてください。前は作って放っておいたら売れなくなった。だから次は{his}、ということですね。"),
        ("owner", "…うん、その通り。俺が思ってるのはまさにそれなんだよ。こうしてまとめてもらうと、自分でも頭がすっきりするね。"),
    )


def _recap_en(his: str) -> list:
    return ctx(
        ("trainee", "What happened with the first shop you opened online?"),
        ("owner", f"Well. We put it up and just left it. Sales dried up and that was that. So this time I want to {his}."),
        ("trainee", "Put it up and left it... was that because nobody had the time?"),
        ("owner", "...Well, I suppose that's one way of looking at it."),
        ("trainee", f"Let me sum up: it was put up and left, sales dried up, so this time you want to {his}. Is that right?"),
        ("owner", "Yeah, exactly. That's what I've been thinking. Hearing it laid out like that helps me sort it out."),
    )


@pytest.mark.parametrize(
    ("text", "context", "lang"),
    [
        ("社長のおっしゃる『しっかりやる』というのは、たとえばどんな姿を思い浮かべていらっしゃいますか？", _recap_ja("しっかりやりたい"), "ja"),
        ("先ほどおっしゃった『ちゃんと回す』とは、どうなっていればそう言えそうですか？", _recap_ja("ちゃんと回したい"), "ja"),
        ("When you say 'get it right', what would that look like for you?", _recap_en("get it right"), "en"),
    ],
)
def test_his_word_quoted_as_his_is_no_topic_switch(text: str, context: list, lang: str) -> None:
    _, ts = run(text, context, lang)
    assert "topic_switch" not in ts.flags


JUMP_JA = ctx(
    ("trainee", "前回の出店のときは、どんなことがあったんですか？"),
    ("owner", "作って、そのまま放っといた。売れなくなって、それきり。写真も自分で撮ったし、説明文も適当。誰も見てなかったんだよね。"),
)
JUMP_EN = ctx(
    ("trainee", "What happened with the first shop you opened online?"),
    ("owner", "We put it up and left it. Sales dried up and that was that. Nobody was looking after the photos or the listings."),
)


@pytest.mark.parametrize(
    ("text", "context", "lang"),
    [
        ("ところで、後継ぎの方はどうされるおつもりですか？", JUMP_JA, "ja"),
        # a word quoted as his he never said
        ("ところで、社長のおっしゃる『事業承継』については、どうお考えですか？", JUMP_JA, "ja"),
        ("By the way, what about your plans for succession?", JUMP_EN, "en"),
        ("When you say 'digital transformation', what do you have in mind?", JUMP_EN, "en"),
    ],
)
def test_a_real_topic_jump_is_still_named(text: str, context: list, lang: str) -> None:
    _, ts = run(text, context, lang)
    assert "topic_switch" in ts.flags
