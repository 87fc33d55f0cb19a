"""fb23b (blind playtests r22a defects 2, 9; r22b defects 3, 7): new sentences, ja and en.

1. going back to the owner's own words — inflected, paraphrased closely, or from a turn a few
   turns back, with a new question — is a give-back (伝え返し), never scored like a cold question;
   a question reusing only generic words (会社, 仕事, business) is no pick-up.
2. such a turn, and an empathic follow-up to his last words with room to go on, is no
   一問一答 / topic switch; a real jump ("what about X", a form fact) still is.
3. his word quoted back as his gets no "use one of the owner's own words" advice; a word of his
   echoed only before the question ("the sweets") is no keyword follow-up.
"""

from __future__ import annotations

import pytest

from .turns import ctx, run

USE_HIS_WORD = ("そのまま一つ入れる", "using one of the owner's own words")

# --- contexts ------------------------------------------------------------------------------

JA_FACTORY = ctx(
    ("trainee", "本日はありがとうございます。まずは会社のことを聞かせていただけますか。"),
    ("owner", "うちは精密部品の切削をやってます。父の代から、納期だけは一度も遅らせたことがないんです。"),
    ("trainee", "納期を守り続けてこられたんですね。取引先はどちらが多いんですか。"),
    ("owner", "地元の機械メーカーさんが三社ですね。図面をもらって、その通りに削る。それだけです。"),
    ("trainee", "その三社さんとは、どんなお付き合いなんでしょう。"),
    ("owner", "長いですよ。担当者が替わっても、注文はだいたい同じ量で来ます。ありがたい話です。"),
)
JA_SHOP = ctx(
    ("trainee", "今日はお時間をありがとうございます。最近のお店の様子から伺えますか。"),
    ("owner", "常連さんが年々減ってきてね。若い人は駅前のチェーンに流れていくんですわ。"),
    ("trainee", "常連さんが減ってきた、と。そのことをどんなふうに感じていらっしゃいますか。"),
    ("owner", "寂しいっちゅうか…。でも、うちの味を変えるつもりはないんです。親父の味ですから。"),
    ("trainee", "お父様の味を守っていらっしゃるんですね。仕込みはどなたがされているんですか。"),
    ("owner", "朝五時から私と家内の二人でやってます。もう三十年、同じ段取りですよ。"),
)
JA_SUCCESSOR = ctx(
    ("trainee", "よろしくお願いします。社長になられてからのことを、少し伺えますか。"),
    ("owner", "三年前に継ぎました。でも、大事なことは今も会長が決めるんです。僕は判子を押すだけで。"),
    ("trainee", "判子を押すだけ、ですか。会長とはどんなふうにお話しされているんでしょう。"),
    ("owner", "夕方に数字の報告をするくらいです。意見を言うと、黙って聞いてはくれますけど。"),
    ("trainee", "黙って聞いてはくれる。その後はどうなることが多いですか。"),
    ("owner", "だいたい、そのままになりますね。まあ、それで会社は回ってますから。"),
)
JA_FEELING = ctx(
    ("trainee", "お仕事をずっと続けてこられて、今どんなお気持ちですか。"),
    ("owner", "うーん…自分の気持ちなんて、あんまり考えたことがなかったですね。"),
)
# two more exchanges: his first replies fall out of the last three
_MORE_JA = (
    ("trainee", "なるほど。社員の皆さんは何人くらいいらっしゃるんですか。"),
    ("owner", "二十人ちょっとですね。ベテランが多いです。"),
    ("trainee", "ベテランの方が多いんですね。皆さん長く勤めていらっしゃるんですか。"),
    ("owner", "ええ、二十年、三十年の人ばかりですよ。"),
)
JA_FACTORY_LONG = JA_FACTORY + ctx(*_MORE_JA)
JA_SHOP_LONG = JA_SHOP + ctx(*_MORE_JA)
JA_SUCCESSOR_LONG = JA_SUCCESSOR + ctx(*_MORE_JA)
_MORE_EN = (
    ("trainee", "How many people work with you?"),
    ("owner", "Twenty or so. Mostly old hands."),
    ("trainee", "Mostly old hands. Have most of them been with you a long time?"),
    ("owner", "Twenty, thirty years, most of them."),
)
EN_FACTORY = ctx(
    ("trainee", "Thanks for seeing me. Could you tell me about the company in your own words?"),
    ("owner", "We machine precision parts. Since my father's time we have never missed a delivery date."),
    ("trainee", "Never missed one — that's quite a record. Who are your main customers?"),
    ("owner", "Three machine makers nearby. They send the drawings, we cut to them. That's about it."),
    ("trainee", "How would you describe your relationship with those three makers?"),
    ("owner", "Long. The buyers change, but the orders come in at roughly the same volume."),
)
EN_SHOP = ctx(
    ("trainee", "Thanks for having me. How have things been at the shop lately?"),
    ("owner", "Our regulars are getting fewer every year. The young ones drift to the chains by the station."),
    ("trainee", "Fewer regulars each year. How does that sit with you?"),
    ("owner", "It's lonely, I suppose. But I won't change the recipes. They were my father's recipes."),
    ("trainee", "I see. Who does the preparation in the mornings?"),
    ("owner", "My wife and I, from five o'clock. Same routine for thirty years now."),
)
EN_FACTORY_LONG = EN_FACTORY + ctx(*_MORE_EN)
EN_SHOP_LONG = EN_SHOP + ctx(*_MORE_EN)
EN_FEELING = ctx(
    ("trainee", "After all these years running the place, how do you feel about it now?"),
    ("owner", "Hm. Honestly, I've never really thought about my own feelings."),
)


def _listening(text: str, context: list, lang: str) -> float:
    _, ts = run(text, context, lang)
    score = ts.scores["listening"]
    assert score is not None
    return score


# --- 1. his words taken up again are a give-back ---------------------------------------------

RETURNS_JA = [
    # inflected reuse of his last words, then a new question
    ("注文がだいたい同じ量で来る、それはありがたいことですね。その中で、社長が今いちばん大事にされているのはどんなことですか。", JA_FACTORY),
    # his words of two turns back (図面, 削る), inflected
    ("図面をもらってその通りに削っていく、とおっしゃいましたね。そのやり方で一番気を配っているのはどこなんでしょう。", JA_FACTORY_LONG),
    # his words of three turns back, no quotes, a new question
    ("納期を一度も遅らせなかったというのは、どうやって守ってこられたんですか。", JA_FACTORY),
    ("お父様の代から納期を遅らせたことがない。その重みを、社長ご自身はどう感じていらっしゃいますか。", JA_FACTORY_LONG),
    # shop: his words of earlier turns, inflected
    ("若い方が駅前のチェーンに流れていく、と先ほど伺いました。それを見ていて、どんなことを思われますか。", JA_SHOP_LONG),
    ("お父様の味を変えるつもりはない、というお話が心に残っています。その味のどんなところを守りたいとお考えですか。", JA_SHOP),
    ("常連さんが年々減っている中で、三十年同じ段取りを続けてこられた。その毎朝は、社長にとってどんな時間ですか。", JA_SHOP_LONG),
    # successor: inflected reuse from three turns back
    ("大事なことは今も会長が決めている、とおっしゃっていましたね。社長ご自身が決めたいと思うのは、どんなことですか。", JA_SUCCESSOR_LONG),
    ("判子を押すだけだと感じておられるのは、どんな場面なんでしょう。", JA_SUCCESSOR),
    ("意見を言うと黙って聞いてはくれる。そのとき、社長の中にはどんな思いが残るんでしょう。", JA_SUCCESSOR_LONG),
    ("夕方に数字の報告をされている、と。その報告の場で、本当はどんな話をしてみたいですか。", JA_SUCCESSOR),
    ("担当者さんが替わっても同じ量の注文が来るというのは、どういうところが評価されているとお考えですか。", JA_FACTORY),
]
RETURNS_EN = [
    ("The orders still come in at about the same volume. What matters most to you in all that?", EN_FACTORY),
    ("You cut to the drawings they send. Which part of that work do you watch most closely?", EN_FACTORY),
    ("You mentioned you have never missed a delivery date since your father's time. How have you kept that up?", EN_FACTORY_LONG),
    ("The young ones drifting to the chains by the station — what goes through your mind when you see that?", EN_SHOP),
    ("You won't change your father's recipes. What is it about them you most want to keep?", EN_SHOP_LONG),
    ("Earlier you said the young ones drift to the chains by the station. How does that look from behind your counter?", EN_SHOP_LONG),
]


@pytest.mark.parametrize(("text", "context"), RETURNS_JA)
def test_ja_his_words_taken_up_again_are_a_give_back(text: str, context: list) -> None:
    _, ts = run(text, context, "ja")
    assert ts.scores["listening"] is not None and ts.scores["listening"] >= 75, ts.evidence
    assert "topic_switch" not in ts.flags
    assert not any("一問一答" in x for x in ts.feedback)
    assert not any(part in x for x in ts.feedback for part in USE_HIS_WORD)


@pytest.mark.parametrize(("text", "context"), RETURNS_EN)
def test_en_his_words_taken_up_again_are_a_give_back(text: str, context: list) -> None:
    _, ts = run(text, context, "en")
    assert ts.scores["listening"] is not None and ts.scores["listening"] >= 75, ts.evidence
    assert "topic_switch" not in ts.flags
    assert not any(part in x for x in ts.feedback for part in USE_HIS_WORD)


COLD_JA = [
    # generic words only (会社, 仕事): no point of his taken up
    ("会社のお仕事について、もう少し聞かせていただけますか。", JA_FACTORY),
    ("最近、お仕事のほうはいかがですか。", JA_SHOP),
    # a closed fact question on his word is a fact checked, no give-back
    ("三社さんとのお取引は何年くらいになりますか？", JA_FACTORY),
]
COLD_EN = [
    ("How is the business going these days?", EN_FACTORY),
    ("Could you tell me a bit more about the company and the work?", EN_SHOP),
    ("How many of the three makers have you worked with for over ten years?", EN_FACTORY),
]


@pytest.mark.parametrize(("text", "context", "lang"), [(t, c, "ja") for t, c in COLD_JA] + [(t, c, "en") for t, c in COLD_EN])
def test_generic_words_or_a_fact_check_are_no_give_back(text: str, context: list, lang: str) -> None:
    _, ts = run(text, context, lang)
    assert not any("伝え返し" in x or "gave the owner's point back" in x for x in ts.feedback)
    assert (ts.scores["listening"] or 0) <= 70


# --- 2. no 一問一答 for a follow-up; a real jump is still one ----------------------------------

FOLLOW_UPS = [
    ("そうですよね…そういうことを考える機会は、なかなかないですよね。急ぎませんので、何か浮かんだことがあれば聞かせてください。", JA_FEELING, "ja"),
    ("そうですよね。普段そんなふうに立ち止まることはないですよね。思いつくままで構いませんので、どんなことでも聞かせてください。", JA_FEELING, "ja"),
    ("なるほど、自分の気持ちは後回しになりますよね。ゆっくりで大丈夫ですので、少し思い浮かんだことがあれば教えていただけますか。", JA_FEELING, "ja"),
    ("That makes sense — it's not something anyone asks you often. No rush; whatever comes to mind, I'd like to hear it.", EN_FEELING, "en"),
    ("Of course, it's hard to think about that when you're busy every day. Take your time — anything that comes to mind is fine.", EN_FEELING, "en"),
]


@pytest.mark.parametrize(("text", "context", "lang"), FOLLOW_UPS)
def test_empathic_follow_up_is_no_topic_switch(text: str, context: list, lang: str) -> None:
    _, ts = run(text, context, lang)
    assert "topic_switch" not in ts.flags
    assert not any("一問一答" in x or "moved to a different topic" in x for x in ts.feedback)


JUMPS = [
    # a bare nod, then a new subject of her own
    ("そうですよね。ところで、従業員さんは何人いらっしゃるんですか？", JA_FEELING, "ja"),
    ("そうですか。ええと、設備のほうはどうですか？導入から何年くらい経ちますか？", JA_FACTORY, "ja"),
    ("なるほど。それと、事業承継のほうはいかがですか？後継ぎの方はいらっしゃいますか？", JA_SHOP, "ja"),
    ("I see. And what about the equipment — how old is it now?", EN_FACTORY, "en"),
    ("Right. By the way, do you have a website for online orders?", EN_SHOP, "en"),
    # an acknowledgement, then an invitation that brings a topic of her own
    ("なるほど、そういうことは普段考えないものですね。急ぎませんので、売上の推移を教えていただけますか。", JA_FEELING, "ja"),
    ("That makes sense. No rush — whatever comes to mind about your sales figures and margins, I'd like to hear it.", EN_FEELING, "en"),
]


@pytest.mark.parametrize(("text", "context", "lang"), JUMPS)
def test_a_real_jump_is_still_named(text: str, context: list, lang: str) -> None:
    _, ts = run(text, context, lang)
    assert "topic_switch" in ts.flags, ts.flags


def test_what_about_a_form_fact_after_his_concession_is_a_jump() -> None:
    context = ctx(
        ("trainee", "申込書に来店客数の減少とありましたが、何割くらい減っていますか？"),
        ("owner", "ほういう細かいことは、よう覚えとらんのだわ。"),
        ("trainee", "お客さんが減っているなら、何か新しいことをしないといけないんじゃないですか？"),
        ("owner", "…ほうかもしれんね。"),
    )
    _, ts = run("すみません。ええと、後継ぎのほうはどうですか？息子さんは継がれるんですか？", context, "ja")
    assert "topic_switch" in ts.flags


def test_what_about_his_own_word_is_no_jump() -> None:
    _, ts = run("なるほど。その三社さんのほうは、最近どうですか？", JA_FACTORY, "ja")
    assert "topic_switch" not in ts.flags


def test_a_leading_question_on_his_words_stays_a_push() -> None:
    text = "会長が決めているなら、社長から会長にはっきり言うべきじゃないですか？"
    _, ts = run(text, JA_SUCCESSOR, "ja")
    assert not any("伝え返し" in x for x in ts.feedback)
    assert ts.scores["non_leading"] is not None and ts.scores["non_leading"] <= 60


# --- 3. his word quoted as his: no "use his words" advice; no follow-up claimed for an echo ---

QUOTED = [
    ("さっきの「寂しい」という言葉が気になっていて。よかったら、もう少し聞かせてください。", JA_SHOP_LONG, "ja"),
    ("先ほどの『判子を押すだけ』というのが気になっています。もう少し伺えますか。", JA_SUCCESSOR_LONG, "ja"),
    ("さきほどの「納期だけは」、よかったらもう少し聞かせてください。", JA_FACTORY_LONG, "ja"),
    ("Earlier you said it was \"lonely, I suppose\". Could you tell me a little more?", EN_SHOP_LONG, "en"),
    ("You said earlier it's been thirty years of the same routine with your father's recipes. What has that been like for you?", EN_SHOP_LONG, "en"),
]


@pytest.mark.parametrize(("text", "context", "lang"), QUOTED)
def test_his_word_quoted_gets_no_use_his_words_advice(text: str, context: list, lang: str) -> None:
    _, ts = run(text, context, lang)
    assert not any(part in x for x in ts.feedback for part in USE_HIS_WORD), ts.feedback


def test_english_word_echoed_in_its_plural_is_no_keyword_follow_up() -> None:
    context = ctx(
        ("trainee", "I'd love to hear, in your own words, what the shop means to you."),
        (
            "owner",
            "My wife's bringing tea and something sweet. The seasonal sweets change every month. "
            "When a regular says it's that time of year again, that makes me happiest.",
        ),
    )
    text = (
        "It sounds like the sweets carry the seasons for people here. "
        "Could you tell me more about the regulars who say that — who are they?"
    )
    _, ts = run(text, context, "en")
    assert not any(e.startswith("follow-up on a keyword") and "sweet" in e for e in ts.evidence), ts.evidence
