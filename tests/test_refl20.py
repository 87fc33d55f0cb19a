"""Issue 8, refl20: recall of reflections in the supporter's own words (ja) and of English empathy
without the stock phrase, without losing precision. New sentences (none from t10, the playtests
or the task's own check set), each positive failing on main 7222c2e, with near-miss negatives.

Japanese reflections that paraphrase his words without quoting them:
1. his feeling named as his (「悔しさもおありなんですね」「歯がゆさを感じていらっしゃるように聞こえます」,
   「不安もおありなんでしょうか」): a reflection of feeling, the empathy stays;
2. a tentative check of his words (「…という感じでしょうか」「…というお気持ちでしょうか」): a reflection,
   no closed question;
3. his word quoted, then asked about (「『そこそこ』というのは…」), and a short echo with a comma
   (「同じ愚痴、ですか。」): a reflection beside the question;
4. his words cited as his (「…、とおっしゃったのが印象に残りました」), even after a reply of his with
   nothing in it.
Near misses: a cause or a problem the supporter names as if he had said it (「ということは、やはり…が
原因なんですね」「要は…のが問題なんですね」) is advice, not a reflection; his own 「問題」 given back
stays a reflection.

English:
5. empathy without "that must be hard" ("Of course you'd be wary", "I'd be furious", "Who wouldn't
   be worn out?", "Must be nerve-wracking.", "What a headache.", "Nobody likes doing that");
6. reflections: "It's as if …", "Sounds like that still weighs on you", his word before a dash then
   a question; a supporter's own diagnosis ("So your real problem is …") is advice; empathy then
   advice keeps both; "I understand how …" plus a question keeps both.
"""

from __future__ import annotations

import pytest

from .turns import acts_of, ctx


def _one(owner: str) -> list:
    return ctx(("owner", owner))


# --- Japanese -------------------------------------------------------------------------------

JA_FEELING = [
    ("商談で、ずっと付き合ってきた問屋に値段だけで切られたんですよ。", "悔しさもおありなんですね。"),
    ("若い社員が、こっちの言うことを全然聞かなくてね。", "社員さんとの間で、歯がゆさを感じていらっしゃるように聞こえます。"),
    ("来年から娘が戻ってくるって言うんだけど、本気かどうか。", "娘さんの本気が見えなくて、不安もおありなんでしょうか。"),
    ("先代の頃からのお客さんが、一人ずつ減っていくんです。", "寂しさも感じていらっしゃるんですね。"),
]


@pytest.mark.parametrize(("owner", "text"), JA_FEELING)
def test_ja_his_feeling_named_is_a_reflection(owner: str, text: str) -> None:
    acts = acts_of(text, _one(owner))
    assert "reflection" in acts
    assert not acts & {"closed_question", "advice", "leading_question"}


JA_TENTATIVE = [
    ("売上は落ちてないんだけど、なんか張り合いがなくてね。", "数字は保てていても、張り合いがない、という感じでしょうか。"),
    ("急に社長になったもんで、何から手を付けていいのか。", "心の準備もないまま、という感じでしょうか。"),
    ("値上げはしたいけど、常連さんの顔が浮かぶんだよ。", "常連さんを思うと踏み切れない、というお気持ちでしょうか。"),
]


@pytest.mark.parametrize(("owner", "text"), JA_TENTATIVE)
def test_ja_tentative_check_is_a_reflection(owner: str, text: str) -> None:
    acts = acts_of(text, _one(owner))
    assert "reflection" in acts
    assert "closed_question" not in acts


def test_ja_quoted_word_asked_about_and_echo_with_comma() -> None:
    acts = acts_of("「そこそこ」というのは、どういう感じなんでしょう。", _one("まあ、店はそこそこ回ってますよ。"))
    assert {"reflection", "open_question"} <= acts
    acts = acts_of(
        "同じ愚痴、ですか。それは毎回同じ方からなんですか？",
        _one("配送の子たちがね、いつも同じ愚痴を言ってるんだよ。"),
    )
    assert {"reflection", "closed_question"} <= acts


def test_ja_his_words_cited_after_an_empty_reply() -> None:
    c = ctx(
        ("owner", "できればね、地元の若い人が働きたいと思える工場にしたいんだよ。"),
        ("trainee", "それなら、まず給与体系を見直すべきですよね？"),
        ("owner", "はあ。…まあ。"),
    )
    text = "話を急いでしまいました。地元の若い人が働きたいと思える工場にしたい、とおっしゃったのが心に残っています。"
    assert "reflection" in acts_of(text, c)
    # the supporter's own wish is no citation of his
    assert "reflection" not in acts_of("私は、若い人がもっと増えればいいなと思っています。", c)


JA_DIAGNOSIS = [
    ("最近、納期に間に合わないことが増えてね。", "ということは、やはり段取りが悪いのが原因なんですね。"),
    ("お客さんの年齢層が上がってきてね。", "つまり、若い層を取り込めていないのが問題ということですね。"),
    ("人がすぐ辞めちゃうんだよ。", "要は、給与水準が低いのが問題なんですね。"),
    ("売上が伸びないんだよ。", "ということは、やはり価格設定に問題があるということですね。"),
]


@pytest.mark.parametrize(("owner", "text"), JA_DIAGNOSIS)
def test_ja_supporter_diagnosis_is_no_reflection(owner: str, text: str) -> None:
    acts = acts_of(text, _one(owner))
    assert "reflection" not in acts
    assert "advice" in acts


def test_ja_his_own_problem_word_stays_a_reflection() -> None:
    acts = acts_of("営業が弱いのが問題なんですね。", _one("うちの問題は、とにかく営業が弱いことなんです。"))
    assert "reflection" in acts
    assert "advice" not in acts


def test_ja_near_misses() -> None:
    # praise of him: no reflection, no empathy
    acts = acts_of("社長は本当に商売上手でいらっしゃいますね。", _one("三十年、無借金でやってきたんだ。"))
    assert not acts & {"reflection", "empathy"}
    # sympathy then advice: both
    acts = acts_of("それはおつらいですね。早めに金融機関に相談された方がいいですよ。", _one("資金繰りで毎晩眠れなくて。"))
    assert {"empathy", "advice"} <= acts
    # a question about his feeling is a question, not a give-back
    acts = acts_of("不安はおありですか？", _one("来月から新しい工場が動くんです。"))
    assert "reflection" not in acts


# --- English --------------------------------------------------------------------------------

EN_EMPATHY = [
    ("The last consultant promised us a grant and then vanished.", "Of course you'd be wary."),
    ("The inspector shut us down for a week over a missing form.", "I'd be furious."),
    ("I've done inventory every Sunday night for a year.", "Who wouldn't be worn out after that?"),
    ("The new rules start next month and nobody has explained them to us.", "Must be nerve-wracking."),
    ("Our landlord won't fix the roof and it leaks every time it rains.", "What a headache."),
    ("I hate chasing customers for payment.", "Nobody likes doing that. It wears you down."),
    ("We cut prices twice and still lost customers to the chain store.", "That's discouraging, after everything you've tried."),
    ("My daughter told me she'd rather work anywhere than here.", "I can see why that would sting."),
]


@pytest.mark.parametrize(("owner", "text"), EN_EMPATHY)
def test_en_empathy_without_the_stock_phrase(owner: str, text: str) -> None:
    acts = acts_of(text, _one(owner), "en")
    assert "empathy" in acts
    assert not acts & {"closed_question", "open_question", "advice", "leading_question"}


EN_REFLECTION = [
    ("Every quarter it's the same fight with the same supplier.", "It's as if you're stuck in the same loop every quarter."),
    ("I just don't want to let my father down.", "It's as if his approval is part of what's at stake for you."),
    ("I keep thinking I should have sold five years ago.", "Sounds like that decision still weighs on you."),
    ("I love the craft but I hate the paperwork.", "So part of you loves the work, and part of you dreads the admin."),
]


@pytest.mark.parametrize(("owner", "text"), EN_REFLECTION)
def test_en_complex_reflection(owner: str, text: str) -> None:
    acts = acts_of(text, _one(owner), "en")
    assert "reflection" in acts
    assert not acts & {"advice", "leading_question", "closed_question"}


def test_en_his_word_then_a_question() -> None:
    acts = acts_of("The delivery van — is it always the same driver?", _one("The delivery van keeps coming back late."), "en")
    assert {"reflection", "closed_question"} <= acts


def test_en_answer_to_his_question_gives_nothing_back() -> None:
    acts = acts_of(
        "Not really — I've never worked in a bakery. That's why I'd like to hear it from you.",
        _one("Do you know anything about running a bakery?"),
        "en",
    )
    assert "reflection" not in acts


def test_en_near_misses() -> None:
    acts = acts_of("So your real problem is that your prices are too low.", _one("Margins are down again this year."), "en")
    assert "advice" in acts and not acts & {"reflection", "empathy"}
    # his own "problem" given back is no diagnosis of hers
    acts = acts_of("So the real problem is the staffing.", _one("Honestly the problem is staffing, not sales."), "en")
    assert "advice" not in acts
    acts = acts_of("That sounds exhausting. You should close the smaller shop.", _one("I'm exhausted from running two shops."), "en")
    assert {"empathy", "advice"} <= acts
    acts = acts_of("I understand how painful that is. When did they tell you?", _one("Our biggest client walked away."), "en")
    assert {"empathy", "closed_question"} <= acts
    acts = acts_of("So it's as if you're just understaffed, right?", _one("Overtime keeps going up."), "en")
    assert "leading_question" in acts and "reflection" not in acts
