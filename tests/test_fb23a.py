"""fb23a (blind playtest r22b s09 T2, s04 T4 and its report, s10 T4): new sentences, ja and en.

1. a brief honest answer to the owner's own question (what she does for him, which marketplace is
   better, what others do, what a site costs) is no unasked advice, no self-promotion, no lecture —
   in the acts too, so the owner's reaction and the end report agree with the turn. Her return to
   him (his words given back, her question) is no part of the answer's length. Near misses: a
   record piled up beside her role, a prescription, advice nobody asked for stay pushes.
2. the report names advice given in an answer to his question as the turn did (答えが意見・提案に
   広がった), never as unasked; the rewrite answers briefly, then returns to him.
3. pressure to talk (「社長なんですから、全部話して」 "You're the boss, so tell me everything") and a
   premise from what she heard beforehand (「会長から…と聞いていますし」) are named as what they
   are (話すことを迫る, 先入観), not as advice; an invitation at his pace or hearsay put to him as a
   question is neither. Real advice beside them stays advice.
"""

from __future__ import annotations

import pytest

from simulator import open_session

from .turns import ctx, run

OPEN_JA = "はじめまして。今日はどんなお話から伺えばよいでしょうか。"
OPEN_EN = "Nice to meet you. Where would you like to start today?"
OWNER = {
    "role": "まあよろしく。で、早速だけど、あなたは何をしてくれるんですか？",
    "shokokai": "商工会さんって、結局何をしてくれるところなの？うちは売上を上げたいだけなんだけどね。",
    "ec": "ネットで売りたいんだよ。ECってどこのがいいの？楽天？Amazon？",
    "others": "同業はみんなネットに出てるみたいでさ。よその漬物屋はどうしてるの？",
    "price": "正直、ちゃんとしたサイトを作るのっていくらかかるもんなの？",
    "flat": "売上がここ数年横ばいでね。まあ、なんとかやってるけど。",
    "role2": "どうもどうも。早速だけど、うちに何をしてもらえるんです？要はね、ネット通販をやりたいの。"
    "同業でも、ネットで売って伸ばしてるとこがあるんですよ。うちのホームページは古いままで、写真も"
    "まともに載ってない。全国のお客さんに直接売りたいんですよ。",
    "ec2": "うちの漬物をネットで売りたいんだよ。お土産で買った人から、どこで買えるのって電話が来るんだ。"
    "で、ECってどこのがいいの？",
    "en_role": "Right, let's get on with it. So what exactly can you do for us?",
    "en_ec": "We want to sell online. Which is better, Amazon or our own site?",
    "en_others": "Everyone seems to be online now. What do other shops like mine do?",
    "en_price": "Honestly, how much does a proper website cost?",
    "en_flat": "Sales have been flat for a few years. We get by.",
    "en_role2": "Right. So what can you actually do for us? We want to sell online. A competitor of ours is "
    "doing well with it. Our website is ten years old and has hardly any photos. I want to sell "
    "straight to customers all over the country.",
    "en_ec2": "People who buy our pickles as gifts call us asking where to buy them again. So which is "
    "better for that, Amazon or our own site?",
}


def _asked(key: str) -> tuple[list, str]:
    lang = "en" if key.startswith("en") else "ja"
    return ctx(("trainee", OPEN_EN if lang == "en" else OPEN_JA), ("owner", OWNER[key])), lang


ANSWERS = [
    ("role", "私は答えを持ってくる立場ではなく、社長と一緒に、何から手をつけるかを整理するお手伝いをします。"
     "必要があれば専門家もご紹介します。社長が一番気にされているのは、どのあたりでしょうか。"),
    ("role", "私どもは、社長のお話を伺いながら、一緒に考えを整理するお手伝いをしています。費用はかかりません。"
     "社長は、今日はどんなことから話したいとお考えですか。"),
    ("role", "サイトを作る業者ではないんです。社長と一緒に、何から始めるかを整理するのが私の役目です。"
     "その上で、必要なら詳しい方もおつなぎします。売上を上げたい、というお気持ちの中身を、もう少し聞かせていただけますか。"),
    ("shokokai", "商工会は、経営のご相談を一緒に考える窓口です。答えを押しつけることはしません。"
     "必要なら専門家もおつなぎできます。社長は、どんなことを相談できたらいいとお考えですか？"),
    ("shokokai", "私たちは、社長と一緒に会社のこれからを整理するお手伝いをします。売上を上げたい、というお話でしたね。"
     "そう思われるようになったきっかけを伺えますか。"),
    ("ec", "正直なところ、どこが合うかは商品や狙うお客さん次第で、私も一概には言えません。楽天は集客力があると言われます。"
     "社長は、どんなお客さんに買ってほしいとお考えですか？"),
    ("ec", "詳しくはありませんが、モールは集客に強く、自社サイトは利益が残りやすいと聞きます。どちらにも良し悪しが"
     "あるようです。社長ご自身は、ネットでどんなふうに売りたいとお考えですか。"),
    ("others", "よそでは、モールに出しているところもあれば、自社サイトだけのところもあると聞きます。やり方はまちまちの"
     "ようです。社長は、よそのどんなところが気になっていますか？"),
    ("price", "作り込み次第で、数十万円から数百万円まで幅があると聞きます。私も正確には言えません。社長は、サイトで"
     "どんなことができたらいいとお考えですか？"),
    ("role2", "私たちはサイトを作る業者ではなく、社長と一緒に、何から手をつけるのがいいかを整理するお手伝いをします。"
     "必要なら専門家もおつなぎします。同業さんがネットで伸ばしているのを見て、全国のお客さんに直接売りたいと。"
     "その「直接」に込めた思いを、もう少し聞かせていただけますか。"),
    ("role2", "答えを持ってくるというより、社長のお考えを一緒に整理するのが私の役目です。詳しい方が必要なら、おつなぎも"
     "できます。ホームページが古いままで、写真もまともに載っていない、と。全国のお客さんに直接売れたら、社長に"
     "とって何が一番変わりそうですか。"),
    ("role2", "費用のかからない相談窓口で、社長と一緒に考えを整理するお手伝いをしています。必要があれば専門の方もご紹介"
     "します。同業でもネットで伸ばしているところがある、とおっしゃいましたね。そこをご覧になって、どんなことを"
     "感じられましたか。"),
    ("ec2", "正直に言うと、どこが合うかは商品や売りたいお客さん次第で、私からは一概に言えません。モールは人が集まり"
     "やすく、自社サイトは利益が残りやすいとは聞きます。お土産で買った人から、どこで買えるのって電話が来る、と。"
     "その電話を受けたとき、社長はどう感じられましたか。"),
    ("ec2", "詳しいわけではありませんが、楽天やAmazonは集客、自社サイトはお客さんとのつながりに強いと言われます。"
     "どちらが合うかは社長が何を大事にされるか次第です。お土産で買った人からの電話、気になりますね。そういう"
     "電話は、どんな声が多いんでしょう。"),
    ("en_role", "We're not a web agency. We help you sort out what to tackle first, and we can connect you with "
     "specialists if needed. What made you decide now is the time?"),
    ("en_role", "I work with you to think things through, not to hand you a plan. It costs you nothing. What would "
     "you most like to get out of today?"),
    ("en_ec", "Honestly, I can't say one is better; it depends on the product and who you want to reach. "
     "Marketplaces bring traffic, your own site keeps more margin. Who would you most like to sell to?"),
    ("en_others", "From what I hear, some sell on marketplaces and some only on their own site; it varies a lot. "
     "What is it about the others that caught your eye?"),
    ("en_price", "I've heard anywhere from a few thousand to tens of thousands of dollars, depending on what you "
     "need. I'm not sure of the exact figures. What would you want the site to do?"),
    ("en_role2", "We're not a web agency. We help you sort out what to tackle first, and we can connect you with "
     "specialists if you need them. You saw a competitor doing well online, and you want to sell straight to "
     "customers all over the country. What does selling directly mean to you?"),
    ("en_role2", "I don't come with a ready-made plan; my job is to help you think through what matters most and "
     "put you in touch with specialists if needed. Your website is ten years old, and you want to reach customers "
     "across the country. What would change for you if that worked?"),
    ("en_ec2", "Honestly, I can't say one is better in general; it depends on the product and who you want to "
     "reach. Marketplaces bring traffic, your own site keeps the customer relationship. People who bought your "
     "pickles as gifts call to ask where to buy them again. How do you feel when those calls come in?"),
]


@pytest.mark.parametrize(("key", "text"), ANSWERS)
def test_brief_answer_to_his_question_is_no_push(key: str, text: str) -> None:
    context, lang = _asked(key)
    a, ts = run(text, context, lang)
    acts = {x.value for x in a.acts}
    assert not acts & {"advice", "self_promotion"}, acts
    assert "lecture" not in ts.flags
    assert (ts.scores["non_leading"] or 0) >= 85


PUSHES = [
    ("role", "私はこれまで30社以上のEC立ち上げを支援してきましたので、お任せください。まずは楽天に出店しましょう。",
     "self_promotion"),
    ("role", "私どもは整理のお手伝いをします。私は県内でトップの実績がありますので、ご安心ください。社長はどうお考えですか？",
     "self_promotion"),
    ("ec", "絶対に楽天です。まずは楽天に出すべきです。社長はどう思われますか？", "advice"),
    ("flat", "それならSNSで発信したほうがいいですよ。今はみんなやっていますから。", "advice"),
    ("flat", "私、御社のような会社を何社もお手伝いしてきたので、よく分かります。", "self_promotion"),
    ("en_role", "I've helped several shops like yours double their online sales, so you're in good hands. "
     "Let's start with Amazon.", "self_promotion"),
    ("en_ec", "Go with Amazon. You should list there first and build your own site later.", "advice"),
    ("en_flat", "You should start posting on Instagram; that's what everyone does now.", "advice"),
    ("en_flat", "I've helped dozens of companies like yours turn things around, so I know exactly what you need.",
     "self_promotion"),
]


@pytest.mark.parametrize(("key", "text", "act"), PUSHES)
def test_bragging_and_real_advice_stay_pushes(key: str, text: str, act: str) -> None:
    context, lang = _asked(key)
    a, ts = run(text, context, lang)
    assert act in {x.value for x in a.acts}
    assert (ts.scores["non_leading"] or 100) < 85  # her record beside her role is no answer


SHY_JA = ctx(("trainee", "こんにちは。今日はよろしくお願いします。"), ("owner", "はあ…。僕から、どこまでお話ししていいのか…。"))
SHY_EN = ctx(
    ("trainee", "Hello, thank you for having me today."),
    ("owner", "Well… I'm not sure how much I should be saying, really."),
)
PRESSURE = [
    ("ja", "社長なんですから、遠慮なく全部話してもらって大丈夫ですよ。"),
    ("ja", "経営者なんですから、包み隠さず何でも話してください。"),
    ("ja", "隠さないでください。全部話してもらわないと、支援が進みません。"),
    ("ja", "社長として、もっと正直に全部話していただかないと困ります。"),
    ("ja", "遠慮なく、何もかもお話しいただいて構いませんよ。"),
    ("en", "You're the boss, so just tell me everything."),
    ("en", "Don't hold anything back. I need you to be completely open with me."),
    ("en", "As the president, you should tell me everything that's going on."),
]
PRESUMED = [
    ("ja", "会長からも全部社長に任せていると聞いていますし。"),
    ("ja", "指導員さんから、社長はもう全部決めていらっしゃると伺っています。"),
    ("ja", "申込書には、DXを進めたいと書かれていましたので、その方向で考えていきましょう。"),
    ("en", "The chairman told me you make all the decisions now."),
    ("en", "Your father said you already run everything, so that's settled."),
]
CALM = [
    ("ja", "話せる範囲で構いません。社長が話しやすいところから、聞かせていただけますか？"),
    ("ja", "会長からは、全部社長に任せていると伺いました。実際のところは、いかがですか？"),
    ("ja", "無理にとは言いません。触れてほしくないところがあれば、おっしゃってください。"),
    ("ja", "社長ご自身は、今のお立場をどう感じていらっしゃいますか？"),
    ("en", "Only as much as you're comfortable with. Where would you like to start?"),
    ("en", "The chairman mentioned you handle most things now. How does it look from your side?"),
    ("en", "There's no need to share anything you'd rather not."),
]
STILL_ADVICE = [
    ("ja", "社長なんですから、もっと会長にはっきり意見を言うべきですよ。"),
    ("ja", "会長から任されていると聞いていますし、在庫管理システムを入れたほうがいいですよ。"),
    ("ja", "社長なんですから、全部話してください。今ならクラウドの在庫管理が月数千円から使えますよ。"),
    ("en", "You're the boss, so you should just tell the chairman you're changing the system."),
]


def _shy(lang: str) -> list:
    return SHY_EN if lang == "en" else SHY_JA


@pytest.mark.parametrize(("lang", "text"), PRESSURE)
def test_pressure_to_talk_is_named_not_advice(lang: str, text: str) -> None:
    a, ts = run(text, _shy(lang), lang)
    assert a.features.presses_to_talk
    assert "advice" not in {x.value for x in a.acts}
    assert "presses_to_talk" in ts.flags
    line = "話すことを迫る" if lang == "ja" else "presses the owner to talk"
    assert any(line in f for f in ts.feedback), ts.feedback
    assert ts.suggestion and ("話せる範囲" in ts.suggestion or "comfortable" in ts.suggestion)


@pytest.mark.parametrize(("lang", "text"), PRESUMED)
def test_hearsay_premise_is_named_not_advice(lang: str, text: str) -> None:
    a, ts = run(text, _shy(lang), lang)
    assert a.features.presumes
    assert "advice" not in {x.value for x in a.acts}
    line = "先入観" if lang == "ja" else "preconception"
    assert any(line in f for f in ts.feedback), ts.feedback


@pytest.mark.parametrize(("lang", "text"), CALM)
def test_invitation_at_his_pace_or_hearsay_checked_is_neither(lang: str, text: str) -> None:
    a, ts = run(text, _shy(lang), lang)
    assert not a.features.presses_to_talk and not a.features.presumes
    assert not {"presses_to_talk", "presumes"} & set(ts.flags)


@pytest.mark.parametrize(("lang", "text"), STILL_ADVICE)
def test_real_advice_beside_pressure_stays_advice(lang: str, text: str) -> None:
    a, _ = run(text, _shy(lang), lang)
    assert {"advice", "leading_question"} & {x.value for x in a.acts}


def _play(owner: str, seed: int, lines: list[str], lang: str = "ja") -> tuple[list, str]:
    session = open_session(owner, lang, seed=seed, store=None, backend="offline")
    turns = [session.say(t) for t in lines]
    return turns, session.report().markdown


S09 = [
    "はじめまして、伴走支援を担当します小林です。お忙しいところありがとうございます。具体的なお話を早くされたいと"
    "伺っていますので、今日はネット販売のことを中心に伺います。そもそも、ネット販売をやろうと思われたきっかけは何だったんでしょうか。",
    "私たちは、サイトを作る業者さんではなく、社長と一緒に、何から手をつけるのが竹本食品さんにとって一番いいかを整理する"
    "お手伝いをします。その上で、必要なら専門家もおつなぎします。同業さんが野沢菜をネットで伸ばしているのを見て、社長は"
    "全国のお客さんに直接売りたいと。全国に直接、というところに込めている思いを、もう少し聞かせていただけますか。",
]


def test_r22b_s09_t2_role_answer_agrees_in_acts_trust_and_report() -> None:
    turns, md = _play("move_on_owner", 4509, S09)
    t2 = turns[1]
    assert not {"advice", "self_promotion"} & set(t2.acts)
    assert t2.trust_delta >= 0
    assert "求められていない助言" not in md and "自己アピール" not in md


S04 = [
    "こんにちは、商工会から来ました山本です。申込書を拝見しました。ネット販売を始めたいということですが、もうどこのサイトで売るかは決めていますか？",
    "なるほど、ホームページを作り直して直販ですね。いいと思います！ 最初は自社サイトより楽天やAmazonに出したほうが集客しやすいので、"
    "そっちから始めるのがいいんじゃないですか？",
    "すみません、先走りました。売上向上が至上命題と書かれていましたが、売上は最近下がっているんですか？",
    "私、前職でEC支援をしていたので少し詳しいんですが、食品の場合はまずモールで認知を取って、リピーターを自社サイトに誘導するのが"
    "定石です。送料と賞味期限の問題もあるので、漬物なら常温で日持ちする商品から始めるべきですね。",
]


def test_r22b_s04_answered_advice_named_as_the_turn_named_it() -> None:
    turns, md = _play("move_on_owner", 4504, S04)
    assert "advice" in turns[3].acts  # the answer did go on into her prescription
    assert "求められていない助言・提案: ターン4" not in md
    assert "社長の問いへの答えが意見・提案にまで広がった: ターン4" in md
    # the rewrite answers him briefly, then returns to him
    assert turns[3].suggestion and turns[3].suggestion.startswith("短くお答えすると")


S10 = [
    "はじめまして、伴走支援を担当します佐藤です。本日はよろしくお願いします。",
    "社長なんですから、遠慮なく全部話してもらって大丈夫ですよ。会長からも全部社長に任せていると聞いていますし。",
]


def test_r22b_s10_pressure_and_presumption_named_in_turn_and_report() -> None:
    turns, md = _play("reluctant_successor", 4510, S10)
    t = turns[1]
    assert "advice" not in t.acts
    assert any("話すことを迫る" in f for f in t.feedback)
    assert not (t.suggestion or "").startswith("私の考えをお話しする前に")
    assert "話すことを迫る" in md and "先入観" in md
    assert "求められていない助言" not in md


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "社長なんですから、ご自分で決めていいんですよ。"),
        ("en", "You're the boss, so just make the call yourself."),
    ],
)
def test_cheer_to_act_on_his_title_is_no_pressure_to_talk(lang: str, text: str) -> None:
    a, _ = run(text, _shy(lang), lang)
    assert not a.features.presses_to_talk
