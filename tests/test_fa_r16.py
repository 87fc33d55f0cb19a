"""Issue 8, fa16 (r15a / r15b defects still open on main 974a629): analysis misreads. New
sentences, ja and en; each class has cases that fail on 974a629 and negatives that keep their
labels.

1. A check of what he (or the briefing) said, partly in the supporter's words ("So the chamber's
   advisor put you up to it, right?", 「紹介してくれたのは商工会の指導員さん、でしたよね？」) is a
   closed question, not a leading one; a cause or a verdict of the supporter's stays leading.
2. A proposal of the supporter's followed by a hand-back and an open question (「…がいいと思います
   よ。最終的には社長のご判断ですが、どう思われますか？」 "I'd go with … It's your call. What do you
   think?") is still advice; his own idea given back with the choice handed to him is none.
1b. (r16a s06 T5, s08 T5) a figure of the briefing counts as his word, a verb that only says where a
   fact comes from (書かれていました) counts as none; the closed question beside the check comes back.
3. A repeat needs the same question answered: his nouns scattered over a long turn are no answer
   to "which one will you sell?" (r15a s05 T6); a fact he stated in one sentence still is.
4. "You're the president and you can't…?" is a question (a challenge), not a pep talk.
6. ja acts: an apology, a reassurance or a short acknowledgement beside one give-back lists no
   point of his — no summary (r15a s03 T7, r15b s01 T5, s08 T6); his statement given back word
   for word stays a reflection beside an acknowledgement and an open question.
5. 「社長なのに、ですか。」 after his 「社長なのにね」 echoes his phrase: a reflection, not a verdict.
"""

from __future__ import annotations

from simulator.analysis import analyse

from .turns import acts_of, ctx, run

# --- 1. a check of his words is a closed question ---------------------------------------------------

APPLIED_EN = ctx(
    ("trainee", "How did you come to sign up for this programme?"),
    ("owner", "The chamber's advisor suggested it. I didn't think much of it."),
)


def test_his_fact_checked_in_other_words_is_closed_not_leading_en() -> None:
    for text in (
        "So the chamber's advisor put you up to it, right?",
        "Sorry to start badly. The chamber's advisor sent you along, didn't he?",
    ):
        acts = acts_of(text, APPLIED_EN, "en")
        assert "leading_question" not in acts and "closed_question" in acts, (text, acts)


def test_a_cause_or_verdict_of_the_supporters_stays_leading_en() -> None:
    for text in (
        "So the advisor sent you because your sales are falling, right?",
        "You should have listened to the advisor sooner, right?",
    ):
        assert "leading_question" in acts_of(text, APPLIED_EN, "en"), text


APPLIED_JA = ctx(
    ("trainee", "今回、お申し込みいただいたきっかけは何でしたか？"),
    ("owner", "商工会の指導員さんに勧められてね。まあ、付き合いみたいなもんだよ。"),
)


def test_his_fact_checked_in_other_words_is_closed_not_leading_ja() -> None:
    for text in (
        "紹介してくれたのは商工会の指導員さん、でしたよね？",
        "すみません、確認ですが、商工会の指導員さんが声をかけたんでしたよね？",
    ):
        acts = acts_of(text, APPLIED_JA, "ja")
        assert "leading_question" not in acts and "closed_question" in acts, (text, acts)


def test_a_cause_or_verdict_of_the_supporters_stays_leading_ja() -> None:
    for text in (
        "売上が落ちてきたから指導員さんに勧められたんですよね？",
        "指導員さんの言う通りにしておけば間違いないですよね？",
    ):
        assert "leading_question" in acts_of(text, APPLIED_JA, "ja"), text


# --- 2. a push, then the choice handed back, is advice still ------------------------------------

ONLINE_JA = ctx(
    ("trainee", "ネット販売のこと、もう少し伺えますか？"),
    ("owner", "ネットで売りたいんだけど、何から手をつければいいのか。"),
)


def test_proposal_then_choice_handed_back_stays_advice_ja() -> None:
    for text in (
        "まずは大手のモールに出すのが手軽でいいと思いますよ。最終的には社長のご判断ですが、どう思われますか？",
        "最初はSNSで発信するのがおすすめです。決めるのは社長ですが、いかがでしょう？",
    ):
        assert "advice" in acts_of(text, ONLINE_JA, "ja"), text


ONLINE_EN = ctx(
    ("trainee", "Tell me a bit more about selling online."),
    ("owner", "I want to sell online, but I don't know where to begin."),
)


def test_proposal_then_choice_handed_back_stays_advice_en() -> None:
    text = "I'd go with one of the big marketplaces first. It's your call, of course. What do you think?"
    assert "advice" in acts_of(text, ONLINE_EN, "en")


PRICE_JA = ctx(
    ("trainee", "仕入れのことを伺えますか？"),
    ("owner", "材料がこの二年で三割上がった。値上げも考えてはいるんだけどね。"),
)
PRICE_EN = ctx(
    ("trainee", "Tell me about your costs."),
    ("owner", "Materials are up a third in two years. I've been thinking about a price rise, but."),
)


def test_his_idea_given_back_with_the_choice_handed_to_him_is_no_advice() -> None:
    ja = "値上げも考えていらっしゃるんですね。どうするかは社長が決めることですから、社長ご自身はどうしたいですか？"
    assert "advice" not in acts_of(ja, PRICE_JA, "ja")
    en = "You've been thinking about a price rise. It's your call — what would you want to do?"
    assert "advice" not in acts_of(en, PRICE_EN, "en")
    assert "advice" not in acts_of("Where would you begin, if it were up to you?", ONLINE_EN, "en")


# --- 3. a repeat needs the same question ------------------------------------------------------------

SHOP_JA = ctx(
    ("trainee", "今日はどんなお話から伺えばよいでしょうか？"),
    (
        "owner",
        "通販を始めたいんですよ。同業でも、りんごジュースをネットで売って伸ばしてるとこがある。"
        "うちのサイトは古いままで、商品の紹介もろくに載ってない。",
    ),
    ("trainee", "サイトが古いままなんですね。"),
    ("owner", "そうなの。作り直したいんだよね。"),
)


def test_his_nouns_scattered_over_a_turn_answer_no_new_question_ja() -> None:
    for text in (
        "では、ネットで売る商品はどれにしますか？",
        "ネットで売るなら、どの商品から始めますか？りんごジュースがいいと思いますけど。",
        "補助金なら使えるものがありますよ。新しいサイトはいつまでに載せたいですか？",
    ):
        a = analyse(text, SHOP_JA, "ja")
        assert not a.features.is_repeat, (text, a.features.repeat_of)


STAFF_JA = ctx(
    ("trainee", "会社のことを教えてください。"),
    ("owner", "従業員は28人です。パートさんも入れてね。ほとんどが地元の人。"),
    ("trainee", "地元の方が多いんですね。"),
    ("owner", "そう。長く勤めてくれる人が多いよ。"),
)


def test_a_fact_he_stated_in_one_sentence_is_still_asked_again_ja() -> None:
    a = analyse("従業員は何人いらっしゃいますか？", STAFF_JA, "ja")
    assert a.features.is_repeat


SHOP_EN = ctx(
    ("trainee", "Where would you like to start today?"),
    (
        "owner",
        "I want to sell online. Others in our trade sell cider on the web and they're growing. "
        "Our site is ancient and the products are barely on it.",
    ),
    ("trainee", "Your site is ancient."),
    ("owner", "It is. I'd like it redone."),
)


def test_his_nouns_scattered_over_a_turn_answer_no_new_question_en() -> None:
    a = analyse("So which products will you sell online first?", SHOP_EN, "en")
    assert not a.features.is_repeat, a.features.repeat_of


# --- 4. an English declarative question is a question ----------------------------------------------

SIGN_EN = ctx(
    ("trainee", "Who decides on new equipment?"),
    ("owner", "My father still signs every order over a million yen. Even now."),
)


def test_role_held_against_him_is_a_question_not_a_pep_talk_en() -> None:
    for text in (
        "You're the president and you can't sign off on a new press?",
        "You're the owner and you don't get a say in it?",
    ):
        a, ts = run(text, SIGN_EN, "en")
        acts = {x.value for x in a.acts}
        assert a.features.is_question and "advice" not in acts, (text, acts)
        assert "challenge" in ts.flags, (text, ts.flags)


def test_pep_talk_on_his_role_stays_advice_en() -> None:
    for text in ("You're the boss, so you can decide that yourself.", "You're the owner, so don't hold back."):
        assert "advice" in acts_of(text, SIGN_EN, "en"), text


# --- 5. his phrase echoed with 「、ですか」 is a reflection -----------------------------------------

STAMP_JA = ctx(
    ("trainee", "新しい機械のことは、どなたが決めていらっしゃるんですか？"),
    ("owner", "いまだに百万を超える発注は、会長の判子がないと通らないんですよ。社長なのにね。"),
)


def test_his_phrase_echoed_with_empathy_is_reflection_and_empathy_ja() -> None:
    for text in ("社長なのに、ですか。大変ですね。", "社長なのに、ですか。それは、やりにくいですね。"):
        a = analyse(text, STAMP_JA, "ja")
        acts = {x.value for x in a.acts}
        assert "leading_question" not in acts, (text, acts)
        assert {"reflection", "empathy"} <= acts, (text, acts)
        assert not a.features.topic_switch, text


def test_role_verdict_of_the_supporters_stays_a_push_ja() -> None:
    for text in ("社長なのに、決められないんですか？", "社長なのに、会長に頼っているんですか？"):
        assert "leading_question" in acts_of(text, STAMP_JA, "ja"), text


# --- 6. asides beside one give-back make no summary; his words given back stay a reflection --------

def test_asides_count_as_no_points_of_his_ja() -> None:
    # the rules' count of the owner points a summary lists (an apology, a reassurance about the
    # meeting, a short acknowledgement are the supporter's own); at two or more points with a tag,
    # one give-back among asides was read as a summary
    from simulator.analysis.ja_rules import _items

    assert _items("すみません、込み入ったことばかり聞いてしまいました。こつこつやってきた店、とおっしゃいましたね。", "") <= 2
    assert _items(
        "ここで伺ったことを外に出すことはありませんし、触れてほしくないことがあればおっしゃってください。"
        "若い方が続かない、と。",
        "",
    ) <= 1
    # his points listed keep their count
    assert _items("朝四時から焼いていて、派手さはないけれど、こつこつやってきたお店。", "") == 3


YOUNG_JA = ctx(
    ("trainee", "工場のことを聞かせていただけますか？"),
    ("owner", "従業員は30人。ほとんどが地元の人ですわ。"),
    ("trainee", "地元の方が多いんですね。"),
    ("owner", "まあね。ただ、若いのがなかなか続かんのですよ。"),
)


def test_a_real_summary_after_an_apology_stays_a_summary_ja() -> None:
    text = (
        "すみません、一度整理させてください。従業員は30人で、ほとんどが地元の方。"
        "ただ、若い方がなかなか続かない。そういうことでしょうか。"
    )
    assert "summary" in acts_of(text, YOUNG_JA, "ja")


BAKERY_JA = ctx(
    ("trainee", "お店のことを聞かせていただけますか？"),
    ("owner", "パン屋です。朝四時から焼いてます。"),
    ("trainee", "仕入れはどちらからですか？配達は何時ごろですか？"),
    ("owner", "そういう細かいことはね…。うちは、派手さはないけど、こつこつやってきた店なんです。"),
)


def test_his_phrase_given_back_after_an_apology_is_a_reflection_ja() -> None:
    text = "すみません、込み入ったことばかり聞いてしまいました。こつこつやってきた店、とおっしゃいましたね。そのこつこつで、一番大事にしてきたのはどんなところですか。"
    acts = acts_of(text, BAKERY_JA, "ja")
    assert "reflection" in acts and "summary" not in acts, acts


UNSURE_JA = ctx(
    ("trainee", "先のことは、どんなふうに考えていらっしゃいますか？"),
    ("owner", "先のこと、ですか。…正直、まだ自分でもよく分かっていないのかもしれません。"),
)


def test_his_statement_given_back_word_for_word_stays_a_reflection_ja() -> None:
    text = "自分でもよく分かっていないのかもしれない。それも無理のないことだと思います。今はどんなことに一番時間を使っていらっしゃいますか。"
    acts = acts_of(text, UNSURE_JA, "ja")
    assert "reflection" in acts and "summary" not in acts, acts


def test_no_reflection_without_his_words_ja() -> None:
    text = "それも無理のないことだと思います。今はどんなことに一番時間を使っていらっしゃいますか。"
    assert "reflection" not in acts_of(text, UNSURE_JA, "ja")


def test_his_words_as_the_hook_for_a_push_add_no_reflection_ja() -> None:
    text = "自分でもよく分かっていないのかもしれない。だったら、まずは専門家に相談したほうがいいですよ。"
    acts = acts_of(text, UNSURE_JA, "ja")
    assert "advice" in acts and "reflection" not in acts, acts


# --- 1 (r16a s06 T5, s08 T5): a figure of the briefing, a fact of the form ---------------------------

FOUNDED_EN = ctx(
    ("trainee", "Could you tell me a little about the business?"),
    ("owner", "My grandfather founded the place in 1968. I've run it for twenty years."),
)


def test_his_figure_checked_is_closed_not_leading_en() -> None:
    text = "Your grandfather started the place in 1968, right? What was it like growing up around it?"
    acts = acts_of(text, FOUNDED_EN, "en")
    assert "leading_question" not in acts and "open_question" in acts, acts


def test_a_should_with_his_figure_stays_leading_en() -> None:
    text = "Your grandfather should have sold up in 1968, right?"
    assert "leading_question" in acts_of(text, FOUNDED_EN, "en")


FORM_JA = "申込書の相談内容は「来店客数の減少」と「人手不足」。"
VALUES_JA = ctx(
    ("trainee", "お店のこれからについて、どうお考えですか？"),
    ("owner", "身の丈でやっていければ、それでええんです。"),
)


def test_a_fact_of_the_form_checked_leaves_the_closed_question_beside_it_ja() -> None:
    text = "申込書には人手不足とも書かれていましたよね。職人さんは何人いらっしゃるんですか？"
    a = analyse(text, VALUES_JA, "ja", briefing=FORM_JA)
    acts = {x.value for x in a.acts}
    assert "leading_question" not in acts and "closed_question" in acts, acts


def test_a_push_on_the_forms_fact_stays_a_push_ja() -> None:
    text = "人手不足なら、求人を増やすしかないですよね？"
    a = analyse(text, VALUES_JA, "ja", briefing=FORM_JA)
    assert {x.value for x in a.acts} & {"leading_question", "advice"}
