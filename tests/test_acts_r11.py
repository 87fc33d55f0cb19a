"""Issue 8, acts11 (blind playtest r11b, of main 7856762): pushes the analyser did not see in live
play, and a recap read as one. New sentences, ja and en; each positive case fails on main 7856762,
each negative case guards against a false alarm (an honest answer, a recap, an open question keep
their labels).

1. an honest "I'm no expert" before a prescription licenses none of it: "…but I've heard orders
   are back. You ought to hire now." is advice (a brief honest answer alone is none);
2. an offer of a solution (「コンサルを紹介しましょうか」, "Shall I put you in touch with…?") is
   advice (self-promotion when it rests on the supporter's own network), and one clause of his given back before it is a reflection, not a summary;
3. a judgement put as a question (「それって危なくないですか？」) is leading, and the supporter's own
   diagnosis after it (「…のはリスクだと思うんですが」 "I think … is a real risk") is advice;
4. a wh-question closed by a guessed answer (「どうやっていますか？FAXですか？」 "How do you take
   orders? By fax?") is a closed question, not an open one;
5. a recap of "no problem" (「差し迫った問題は特にない、…ということですね」) is no diagnosis: with a
   question about the future after it, a give-back and an open question, never advice;
6. thanks for the tea ("Thank you, that's very kind.") acknowledge no feeling of his (no
   empathy); the reassurance at the end of a meeting is the empathy's evidence, not the
   restatement before it.
"""

from __future__ import annotations

from simulator.acts import Act
from simulator.analysis import analyse, en_rules, ja_rules
from simulator.analysis.cues import Cues
from simulator.analysis.manners import settle_courtesy_empathy

from .turns import acts_of, ctx, has_line, run

PRAISE_GIVE_BACK = ("社長の話を受け止めて", "gave the owner's point back")
PRAISE_SUMMARY = ("要点をまとめて返せています", "summed up")
EMPATHY_LINE = ("社長の気持ちや苦労を受け止める一言", "You acknowledged the owner's feelings")


def _rules(text: str, lang: str) -> set[str]:
    rules = ja_rules if lang == "ja" else en_rules
    return {a.value for a in rules.classify(text, Cues(), []).evidence}


# --- 1. an honest answer licenses no prescription -----------------------------------------------

EN_ASKED = ctx(
    ("trainee", "Thanks for seeing me. How are things on the shop floor?"),
    ("owner", "Busy enough. Let me ask you something, though. How do you see the market for precision parts?"),
)
JA_ASKED = ctx(
    ("trainee", "本日はありがとうございます。最近の現場はいかがですか。"),
    ("owner", "まあ、忙しいは忙しいですよ。逆に聞きますけど、今の景気、支援機関の方から見てどうなんですか？"),
)


def test_an_honest_hedge_licenses_no_prescription_en() -> None:
    for text in (
        "To be honest I'm no expert on your trade, but I read that orders are picking up. "
        "You ought to hire two more machinists before the rush.",
        "I don't know your sector well, but from what I hear things are getting better. "
        "You need to raise your prices this year.",
        "I'm not an expert, but I hear demand is returning. I'd recommend you buy the new lathe now.",
    ):
        assert "advice" in acts_of(text, EN_ASKED, "en"), text
        _, s = run(text, EN_ASKED, "en")
        assert not has_line(s.feedback, PRAISE_GIVE_BACK[1]), s.feedback


def test_an_honest_hedge_licenses_no_prescription_ja() -> None:
    for text in (
        "正直、この業界には詳しくないのですが、受注は戻りつつあると聞いています。今のうちに設備を入れ替えるべきだと思います。",
        "専門ではないので確かなことは言えませんが、回復傾向だとは聞いています。早めに人を増やした方がいいと思いますよ。",
    ):
        assert "advice" in acts_of(text, JA_ASKED, "ja"), text


def test_an_honest_brief_answer_stays_no_advice() -> None:
    # the honest partial answer alone, handed back: information he asked for (contracts)
    en = "I'm not an expert, but I've heard orders are slowly coming back. How does it look from the shop floor?"
    assert "advice" not in acts_of(en, EN_ASKED, "en")
    assert "open_question" in acts_of(en, EN_ASKED, "en")
    ja = "詳しくはありませんが、全体としては持ち直していると聞いています。社長の現場ではいかがですか？"
    assert "advice" not in acts_of(ja, JA_ASKED, "ja")
    assert "open_question" in acts_of(ja, JA_ASKED, "ja")
    assert "advice" not in acts_of("正直、よく分かりません。勉強不足ですみません。", JA_ASKED, "ja")
    assert "advice" not in acts_of("Honestly, I don't know much about it. I've read that demand is steady.", EN_ASKED, "en")


# --- 2. an offer of a solution --------------------------------------------------------------------

JA_HELP = ctx(
    ("trainee", "ネットのほうは、今どなたが見ていらっしゃるんですか。"),
    ("owner", "誰もいないんですよ。ホームページも作ったきりで。"),
    ("trainee", "作ったきり、なんですね。"),
    ("owner", "正直、うちの人間だけじゃネットのことは回せないんですよ。誰か外の人に手伝ってもらいたいくらいで。"),
)
EN_HELP = ctx(
    ("trainee", "Who looks after the website at the moment?"),
    ("owner", "No one, really. We had it built years ago and left it."),
    ("trainee", "Built and left."),
    ("owner", "Honestly, none of us here can handle the online side. I'd almost like someone from outside to help."),
)


def test_an_offer_of_a_solution_is_advice_ja() -> None:
    for text in (
        "誰か外の人に、ということですね。でしたら、知り合いのWeb制作会社をご紹介しましょうか？",
        "外の人の手を借りたいと。それなら、私の方で専門家をおつなぎしますよ。",
        "なるほど。よろしければ、ネット販売に強いコンサルタントを手配しましょうか。",
    ):
        acts = acts_of(text, JA_HELP, "ja")
        assert acts & {"advice", "self_promotion"}, (text, acts)  # his problem solved for him
        assert "summary" not in acts, (text, acts)


def test_one_clause_before_an_offer_is_no_summary() -> None:
    text = "外の人に手伝ってほしい、ということですね。分かりました。それなら、EC専門のコンサルを紹介しましょうか？うちにもつながりがあります。"
    a, s = run(text, JA_HELP, "ja")
    acts = {x.value for x in a.acts}
    assert "advice" in acts and "summary" not in acts, acts
    assert not has_line(s.feedback, PRAISE_SUMMARY[0]), s.feedback


def test_an_offer_of_a_solution_is_advice_en() -> None:
    for text in (
        "Someone from outside, I see. Shall I put you in touch with an e-commerce consultant we work with?",
        "Right. I can set up a meeting with a web agency I know, if you like.",
        "I see. Would you like me to introduce you to a specialist?",
    ):
        assert acts_of(text, EN_HELP, "en") & {"advice", "self_promotion"}, text


def test_no_offer_no_advice() -> None:
    for text, lang, c in (
        ("外の人に手伝ってもらいたい、と。どんな手伝いがあると助かりそうですか？", "ja", JA_HELP),
        ("ネットのことは回せない、外の手も借りたいくらい、ということですね。", "ja", JA_HELP),
        ("では、次回の日程を調整しましょうか？", "ja", JA_HELP),
        ("はじめまして。簡単に自己紹介させてください。商工会議所の山田です。", "ja", []),
        ("Someone from outside to help — what kind of help would make the biggest difference?", "en", EN_HELP),
        ("Shall I go on with the questions on the form, or would you rather talk about that?", "en", EN_HELP),
        ("So the online side is more than your people can carry right now.", "en", EN_HELP),
    ):
        assert "advice" not in acts_of(text, c, lang), text


# --- 3. a judgement question and the supporter's own diagnosis -----------------------------------

JA_ONE = ctx(
    ("trainee", "取引先はどんなところが多いんですか。"),
    ("owner", "地元の部品メーカーさんですね。"),
    ("trainee", "地元のメーカーさん。売上の面ではいかがですか。"),
    ("owner", "売上の八割は、今も昔も大口の一社なんです。"),
)
EN_ONE = ctx(
    ("trainee", "Who are your main customers?"),
    ("owner", "Local machine makers, mostly."),
    ("trainee", "Local machine makers. And in terms of sales?"),
    ("owner", "About eighty percent of our sales still go to one big customer."),
)


def test_a_judgement_question_is_leading_and_the_diagnosis_advice_ja() -> None:
    for text in (
        "八割が一社なんですね。それって、少し怖くないですか？一社頼みは危ないと思うんですけど。",
        "八割ですか。それ、まずくないですか？正直、一社に頼りすぎるのはリスクだと思うんですが。",
    ):
        acts = acts_of(text, JA_ONE, "ja")
        assert "leading_question" in acts and "advice" in acts, (text, acts)
        _, s = run(text, JA_ONE, "ja")
        assert not has_line(s.feedback, PRAISE_GIVE_BACK[0]), s.feedback
    assert "leading_question" in _rules("それって、ちょっと危なくないですか？", "ja")
    assert "advice" in acts_of("大口一社に依存しすぎるのはリスクだと思うんですが。", JA_ONE, "ja")


def test_a_judgement_question_is_leading_and_the_diagnosis_advice_en() -> None:
    text = "Eighty percent with one customer? Isn't that a bit dangerous? I think depending on one buyer is a real risk."
    acts = acts_of(text, EN_ONE, "en")
    assert "leading_question" in acts and "advice" in acts, acts


def test_his_worry_given_back_is_no_diagnosis() -> None:
    for text, lang, c in (
        ("八割が一社なんですね。そのことを社長ご自身はどう感じていらっしゃいますか？", "ja", JA_ONE),
        ("今も昔も大口の一社に八割、なんですね。", "ja", JA_ONE),
        ("社長ご自身も、一社に頼るのはリスクだと思うとおっしゃっていましたね。", "ja", JA_ONE),
        ("Eighty percent with one customer. How do you feel about that?", "en", EN_ONE),
        ("So one big customer has taken most of your sales all along.", "en", EN_ONE),
    ):
        acts = acts_of(text, c, lang)
        assert not acts & {"advice", "leading_question"}, (text, acts)


# --- 4. a wh-question closed by a guess -----------------------------------------------------------


def test_a_wh_question_closed_by_a_guess_is_closed() -> None:
    for text, lang in (
        ("はじめまして。今、在庫の管理はどうされていますか？エクセルですか？", "ja"),
        ("受注はどのように受けていらっしゃいますか？電話ですか、FAXですか？", "ja"),
        ("社員さんの採用はどうやっていますか？ハローワークだけですか？", "ja"),
        ("How do you take orders at the moment? By fax?", "en"),
        ("How do you keep track of stock? Is it a spreadsheet?", "en"),
        ("How do you find new staff these days? Through the job centre?", "en"),
    ):
        acts = acts_of(text, [], lang)
        assert "open_question" not in acts and "closed_question" in acts, (text, acts)


def test_an_open_question_stays_open() -> None:
    for text, lang in (
        ("今、受発注はどうやっていますか？", "ja"),
        ("受発注はどうやっていますか？差し支えなければ、流れを教えていただけますか？", "ja"),
        ("どんなお客様が多いですか？", "ja"),
        ("How do you take orders at the moment?", "en"),
        ("How do you take orders at the moment? Could you walk me through a typical day?", "en"),
        ("What would you like to get out of today? Anything in particular?", "en"),
    ):
        assert "open_question" in acts_of(text, [], lang), text
    # a yes/no question of its own after the wh-question guesses no answer to it
    for text, rules in (
        ("駅前店のほうはどうですか？お客さんは来ていますか？", ja_rules),
        ("How's the station shop doing? Are customers still coming in?", en_rules),
    ):
        assert not rules.classify(text, Cues(), []).guess, text


# --- 5. a recap of "no problem" is no diagnosis ---------------------------------------------------

JA_CALM = ctx(
    ("trainee", "今、会社として気になっていることはありますか。"),
    ("owner", "いや、差し迫った問題は特にないんですよ。受注も毎年そう変わらないし、借金もほとんどないですし。"),
)


def test_a_recap_of_no_problem_is_no_advice() -> None:
    for text in (
        "差し迫った問題は特にない、受注も安定していて借金もほとんどない、ということですね。では、10年後の会社が社長にとってどうなっていたら嬉しいでしょうか。",
        "問題は特にない、経営は安定している、ということですね。承知しました。この先、どんな会社にしていきたいとお考えですか。",
        "課題は今のところない、数字も落ち着いている、ということですね。では少し先の話を伺ってもよろしいですか。5年後、どんな会社になっていたら嬉しいですか。",
    ):
        acts = acts_of(text, JA_CALM, "ja")
        assert "advice" not in acts, (text, acts)
        assert "open_question" in acts, (text, acts)
        assert acts & {"reflection", "summary"}, (text, acts)


def test_a_diagnosis_stays_advice() -> None:
    text = "なるほど。問題は、後継ぎがいないことですね。"
    assert "advice" in acts_of(text, JA_CALM, "ja")


# --- 6. thanks for the tea is no empathy ---------------------------------------------------------

EN_TEA = ctx(
    ("trainee", "Thank you for having me, Mr Oda. I'd love to hear how the shop came to be what it is."),
    ("owner", "Welcome, welcome. Sit down, please. My wife's bringing tea and something sweet."),
)


def test_empathy_read_into_thanks_for_the_tea_is_dropped() -> None:
    # the learned layer's empathy, with no word of feeling the rules saw, held only by the thanks
    text = "Thank you, that's lovely of you. While the tea's coming, how did the shop start?"
    found = {Act.OPEN_QUESTION: ["how did"], Act.EMPATHY: ["that's", "Thank you, that's lovely of you. While"]}
    sure = {Act.OPEN_QUESTION: 0.9, Act.EMPATHY: 0.6}
    settle_courtesy_empathy(found, sure, text, "en", {Act.OPEN_QUESTION: ["how did"]})
    assert Act.EMPATHY not in found and Act.OPEN_QUESTION in found
    ja = "お気遣いありがとうございます。お店はどのように始まったんですか。"
    found = {Act.OPEN_QUESTION: ["どのように"], Act.EMPATHY: ["お気遣いありがとうございます"]}
    settle_courtesy_empathy(found, {}, ja, "ja", {Act.OPEN_QUESTION: ["どのように"]})
    assert Act.EMPATHY not in found
    # the rules' own word of feeling, or the model's word outside the thanks, stays
    found = {Act.EMPATHY: ["must have been hard"]}
    settle_courtesy_empathy(found, {}, "Thank you. That must have been hard.", "en", {Act.EMPATHY: ["must have been hard"]})
    assert Act.EMPATHY in found
    found = {Act.EMPATHY: ["all those years"]}
    settle_courtesy_empathy(found, {}, "Thank you. All those years on your own.", "en", {})
    assert Act.EMPATHY in found
    # apostrophes are no quotation marks: "that's … it's" hides no courtesy (r13a s03)
    text = "That's very kind of you, it's a lovely pot. How did the shop begin?"
    found = {Act.OPEN_QUESTION: ["How did"], Act.EMPATHY: ["That's very kind of you"]}
    settle_courtesy_empathy(found, {}, text, "en", {Act.OPEN_QUESTION: ["How did"]})
    assert Act.EMPATHY not in found


def test_thanks_for_the_tea_is_no_empathy() -> None:
    for text in (
        "Thank you, that's very kind. While we wait — how did the shop begin, and how did you come to run it?",
        "Thanks so much, that's lovely of you. How did it all start for the shop?",
    ):
        a, s = run(text, EN_TEA, "en")
        assert Act.EMPATHY not in a.acts, (text, a.acts, a.evidence)
        assert not has_line(s.feedback, EMPATHY_LINE[1]), s.feedback
    ja = ctx(("owner", "まあまあ、どうぞ。今お茶をお持ちしますので。"))
    a = analyse("ありがとうございます、お気遣いいただいて恐縮です。お店はどのように始まったんですか。", ja, "ja")
    assert Act.EMPATHY not in a.acts, a.acts


def test_thanks_for_his_openness_stays_empathy() -> None:
    c = ctx(("owner", "正直、あの時は辞めようかと思いましたよ。誰にも言えなくてね。"))
    assert "empathy" in acts_of("話してくださってありがとうございます。誰にも言えないまま、お一人で抱えてこられたんですね。", c, "ja")
    e = ctx(("owner", "Honestly, I nearly gave up back then. Couldn't tell anyone."))
    assert "empathy" in acts_of("Thank you for telling me that. That must have been very lonely.", e, "en")


def test_the_reassurance_is_the_empathy_evidence() -> None:
    c = ctx(
        ("owner", "It was my son who wanted this, you know. He said, 'Why not just hear them out once?'"),
    )
    text = (
        "Your son said, 'Why not just hear them out once?' — and that's how we came to be sitting here. "
        "Thank you for today. Is there anything you'd like us to look at next time, or anything you'd rather we didn't touch?"
    )
    a = analyse(text, c, "en")
    assert "advice" not in {x.value for x in a.acts}
    for ev in a.evidence.get("empathy", []):
        assert "rather we didn't touch" in ev, a.evidence


# --- found in the helper's own blind play after the fixes ----------------------------------------


def test_the_prescription_is_the_advice_named_first() -> None:
    # 「詳しくないのですが、…と聞いています。…出店するべきだと思います」: the feedback names the
    # prescription, not the hearsay before it
    a = analyse("正直、この業界には詳しくないのですが、伸びていると聞いています。まずは通販サイトを作るべきだと思います。", JA_ASKED, "ja")
    assert a.evidence["advice"][0] in "まずは通販サイトを作るべきだと思います。"


def test_an_unreasonable_load_put_as_a_question_is_leading() -> None:
    assert "leading_question" in _rules("それって、ちょっと無理がありませんか？", "ja")
    assert "leading_question" not in acts_of("このスケジュールに無理がないか、一緒に確認しませんか。", [], "ja")
    assert "leading_question" not in acts_of("何か問題がありませんか？", [], "ja")


def test_an_invitation_after_a_lead_in_is_open() -> None:
    # "Before we get into the form, I'd love to hear how…" (r11b s06 T1 was 'other'); "I'd like to
    # start by hearing…" stays the dev set's 'other' (dialogue_acts_en)
    for text in (
        "Thank you for having me. Before we get into anything on the form, I'd love to hear how the bakery came to be, in your own words.",
        "Good afternoon. Whenever you're ready, I'd love to hear a little about the shop, in whatever way you like.",
    ):
        assert "open_question" in acts_of(text, [], "en"), text
    for text in ("Thank you. I'd love to come back next week.", "I would like to learn the trade one day too, haha."):
        assert "open_question" not in acts_of(text, [], "en"), text
