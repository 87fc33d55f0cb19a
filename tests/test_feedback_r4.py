"""Issue 8, round r4: defects blind players still found in the turn feedback on main (closed
fact questions taken for open ones, a bag of nouns offered as a summary, quotes that are no
point of the owner's, the hint's first line, summary attempts and diagnoses, praise for the
owner's words that are not there, a clarification praised as empathy, self-promotion with no
line, advice backed by "shops like yours" scored as an answer). Every test fails on main except
the four marked "guard", which keep the fixes from overreaching."""

from __future__ import annotations

import re

import pytest

from simulator.acts import Utterance

from .turns import acts_of, ctx, has_line, run

OPEN_PRAISE = {"ja": "開いた質問で", "en": "An open question lets the owner"}
DUE_LINE = {"ja": "社長の話が積み重なってきました", "en": "Several of the owner's points have piled up"}
SWITCH_LINE = {"ja": "別の話題の質問に移っています", "en": "left what the owner had just answered"}
OWN_WORDS_PRAISE = {"ja": "社長の言葉で返せています", "en": "in the owner's words"}
EMPATHY_PRAISE = "社長の気持ちや苦労を受け止める"
DENIAL_LINE = "社長の意見を否定しています"
ADVICE_LINE = {"ja": "求めていない助言", "en": "advice or a diagnosis the owner had not asked"}
PROMO_LINE = {"ja": "アピール", "en": "track record"}


def listed_points(text: str | None, context: list[Utterance], lang: str) -> list[str]:
    """The owner's points a suggested summary gives back (listed as he said them, unquoted)."""
    from simulator.scoring.points import summary_points

    return [p for p in summary_points(context, lang, ()) if p in (text or "")]  # type: ignore[arg-type]


def quoted(text: str | None, lang: str) -> list[str]:
    if not text:
        return []
    return re.findall(r"『([^』]+)』", text) if lang == "ja" else re.findall(r'"([^"]+)"', text)


# substantive owner turns and a refusal: a summary has just become due (en needs a fifth turn:
# its refusal repeats the trainee's word and brings no new point)
PILED = {
    "ja": ctx(
        ("trainee", "最近、会社の様子はいかがですか？"),
        ("owner", "若い人が入っても、すぐ辞めちゃうんだよ。三年もったためしがないね。"),
        ("trainee", "決算書を見せていただけますか？"),
        ("owner", "決算書はちょっとね。そういうのは見せるつもりはないよ、勘弁してくれ。"),
        ("trainee", "失礼しました。ほかにはいかがですか？"),
        ("owner", "機械も古くなってきて、正直どこから手をつけていいか分からないんだよね。"),
        ("trainee", "なるほど。"),
        ("owner", "パートさんも年だし、息子は独立するって言ってるし、先が見えないんだよ。"),
        # (sum9: a refusal is no point of his, so a fourth point piles them up)
        ("trainee", "そうなんですね。"),
        ("owner", "材料も値上がりしていて、利益がほとんど残らないんです。"),
    ),
    "en": ctx(
        ("trainee", "How have things been at the company lately?"),
        ("owner", "The young ones we hire quit within a year, every single time, I tell you."),
        ("trainee", "Could I see your accounts?"),
        ("owner", "I'd rather not share the accounts with you, honestly, not at this point."),
        ("trainee", "Of course. What else is on your mind?"),
        ("owner", "The factory is old and the machines break down every month or so these days."),
        ("trainee", "I see."),
        ("owner", "Customers don't come in like they used to, and my son wants to leave the business."),
        ("trainee", "Right."),
        ("owner", "Our main customer changed buyers, and the old handshake deals don't work any more."),
    ),
}


# --- 1. a what/how-much fact question is closed ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "OK. What were your sales last year?",
        "What were your profits last year?",
        "What did the shop make last year?",
    ],
)
def test_en_fact_question_is_closed_not_praised_as_open(text: str) -> None:
    c = ctx(("owner", "Well, business has been slow. I don't know where to start."))
    a, s = run(text, c, "en")
    acts = {x.value for x in a.acts}
    assert "closed_question" in acts and "open_question" not in acts
    assert not has_line(s.feedback, OPEN_PRAISE["en"])


# guard (passes on main too): the fix above must not overreach
def test_open_what_questions_stay_open() -> None:
    c = ctx(("owner", "Well, business has been slow. I don't know where to start."))
    for text in ("What do you think about last year?", "What made last year hard?"):
        assert "open_question" in acts_of(text, c, "en")
    for text in ("去年の売上はいくらでしたか？", "年商はどれくらいですか？"):
        acts = acts_of(text, ctx(("owner", "まあ、最近は厳しいね。")))
        assert "closed_question" in acts and "open_question" not in acts


# --- 2. a suggested summary gathers points, not a bag of nouns ---------------------------------


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_summary_suggestion_gathers_points_of_different_turns(lang: str) -> None:
    c = PILED[lang]
    text = "そうなんですね。" if lang == "ja" else "Right, I see."
    _, s = run(text, c, lang)
    assert has_line(s.feedback, DUE_LINE[lang])
    points = listed_points(s.suggestion, c, lang)
    assert 2 <= len(points) <= 3, s.suggestion
    # points are given back as said, not quoted as keywords (『』 is for one word of his)
    assert not quoted(s.suggestion, lang), s.suggestion
    owner_turns = [u.text for u in c if u.speaker == "owner"]
    turns_used = set()
    for p in points:
        # a phrase of what he said (several words), as he said it in the trainee's voice
        # (my son → your son, r5), from one turn each
        from simulator.scoring.quote_words import trainee_voice

        said = [trainee_voice(t, lang).lower() for t in owner_turns]  # type: ignore[arg-type]
        holding = [i for i, t in enumerate(said) if p.lower() in t]
        assert holding, p
        turns_used.add(holding[0])
        assert len(p) >= (6 if lang == "ja" else 12), p
    assert len(turns_used) == len(points)
    refused = ("決算書",) if lang == "ja" else ("accounts",)
    assert not any(r in (s.suggestion or "") for r in refused)


def test_summary_suggestion_falls_back_to_a_reflection_of_one_point() -> None:
    c = ctx(
        ("trainee", "最近いかがですか？"),
        ("owner", "いらっしゃい。まあ、お茶でもどうぞ。遠いところわざわざありがとうございます。"),
        ("trainee", "決算書を見せていただけますか？"),
        ("owner", "決算書はちょっとね。そういうのは見せるつもりはないよ、勘弁してくれ。"),
        ("trainee", "失礼しました。では、従業員は何人ですか？"),
        ("owner", "38人です。半分以上が倉庫と加工場で、あとは事務が5人ですね。"),
        ("trainee", "なるほど。"),
        ("owner", "若い人が入っても、すぐ辞めちゃうんだよ。三年もったためしがないね。"),
    )
    # a summary attempt with none of his points (only one real point so far: no summary due)
    _, s = run("まとめると、いろいろ大変なんですね。", c)
    assert not has_line(s.feedback, DUE_LINE["ja"])
    points = listed_points(s.suggestion, c, "ja")
    # (sum9: 「すぐ辞めちゃう」 is casual speech, never pasted in; the clean clause of that turn)
    assert len(points) == 1 and ("若い人" in points[0] or "三年" in points[0]), s.suggestion
    assert "お茶" not in (s.suggestion or "")
    assert "決算書" not in (s.suggestion or "")


# --- 3. quoted words are points of the owner's -------------------------------------------------


@pytest.mark.parametrize(
    ("owner", "bad"),
    [
        ("商工会議所さんに言われたから会っただけだよ。こんなことに時間もったいないでしょ。", ("時間もったい", "商工会議所")),
        ("こんなの時間もったいないよ。申し訳ないけど、手短にね。", ("時間もったい", "申し訳")),
    ],
)
def test_ja_suggestion_never_quotes_fragments_or_the_referring_body(
    owner: str, bad: tuple[str, ...]
) -> None:
    c = ctx(("trainee", "本日はよろしくお願いします。"), ("owner", owner))
    _, s = run("従業員は何人ですか？", c)
    for q in quoted(s.suggestion, "ja") + [x for line in s.feedback for x in quoted(line, "ja")]:
        assert not any(b in q for b in bad), s.suggestion


@pytest.mark.parametrize(
    "owner",
    [
        "The chamber told me to see you. I don't mind, but so far nothing has helped.",
        "The chamber sent you, I suppose. I don't mind talking, but it's far from simple.",
        "The chamber of commerce set this up. Never mind, go ahead.",
    ],
)
def test_en_suggestion_never_quotes_the_chamber_or_function_words(owner: str) -> None:
    c = ctx(("trainee", "Thanks for seeing me."), ("owner", owner))
    _, s = run("How many employees do you have?", c, "en")
    for q in quoted(s.suggestion, "en"):
        assert q.lower() not in {"chamber", "mind", "far", "commerce"}, s.suggestion


# --- 4. a hinted turn's first line is its most harmful one -------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "ホームページはありますか？"),
        ("ja", "従業員は何人ですか？"),
        ("en", "Do you have a website?"),
        ("en", "How many employees do you have?"),
    ],
)
def test_interrogation_line_comes_before_summary_due(lang: str, text: str) -> None:
    _, s = run(text, PILED[lang], lang)
    assert s.feedback, text
    assert DUE_LINE[lang] not in s.feedback[0], s.feedback


# --- 5. summary attempts are no topic switch; a diagnosis is no reflection ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "その中で、一番気になっているのはどれですか？",
        "今のお話の中で、特に気がかりなのはどれでしょう？",
        "そのうちのどれが一番こたえていますか？",
    ],
)
def test_picking_among_the_owner_points_is_no_topic_switch(text: str) -> None:
    c = ctx(("trainee", "最近いかがですか？"), ("owner", "人は辞めるし、機械は古いし、客は減るし。"))
    _, s = run(text, c)
    assert not has_line(s.feedback, SWITCH_LINE["ja"])


@pytest.mark.parametrize(
    ("owner", "text"),
    [
        ("若い人が入っても続かないんだよ。", "人の問題ということですね。"),
        ("若いのが来ても、三年もたないで辞めちゃうんだよ。", "採用の問題なんですね。"),
    ],
)
def test_premature_diagnosis_is_a_push_not_a_reflection(owner: str, text: str) -> None:
    c = ctx(("trainee", "最近いかがですか？"), ("owner", owner))
    a, s = run(text, c)
    acts = {x.value for x in a.acts}
    assert "reflection" not in acts
    assert acts & {"advice", "leading_question"}
    assert not has_line(s.feedback, OWN_WORDS_PRAISE["ja"])


# guard (passes on main too): the fix above must not overreach
def test_owner_framed_problem_given_back_stays_a_reflection() -> None:
    c = ctx(("trainee", "最近いかがですか？"), ("owner", "結局、人の問題なんだよ。"))
    assert "reflection" in acts_of("人の問題なんですね。", c)


# --- 6. "in the owner's words" only when they are there ----------------------------------------


@pytest.mark.parametrize(
    ("lang", "owner", "text"),
    [
        ("ja", "若いのが来ても、三年もたないで辞めちゃうんだよ。", "せっかく育てた人が離れていってしまうんですね。"),
        ("ja", "若いのが来ても、三年もたないで辞めちゃうんだよ。", "定着しないということなんですね。"),
        ("en", "The young ones quit within three years. It wears me down.", "So people you train end up leaving."),
    ],
)
def test_reflection_without_owner_words_is_not_said_to_use_them(
    lang: str, owner: str, text: str
) -> None:
    c = ctx(("trainee", "How are things?" if lang == "en" else "最近いかがですか？"), ("owner", owner))
    a, s = run(text, c, lang)
    assert "reflection" in {x.value for x in a.acts}
    assert not has_line(s.feedback, OWN_WORDS_PRAISE[lang])
    assert s.feedback  # the reflection is still praised


# guard (passes on main too): the fix above must not overreach
def test_reflection_with_owner_words_still_says_so() -> None:
    c = ctx(("trainee", "最近いかがですか？"), ("owner", "若いのが来ても、三年もたないで辞めちゃうんだよ。"))
    _, s = run("三年もたないで辞めてしまうんですね。", c)
    assert has_line(s.feedback, OWN_WORDS_PRAISE["ja"])


# --- 7. a clarification of one's purpose is no empathy (nor a denial) --------------------------


@pytest.mark.parametrize(
    ("owner", "text"),
    [
        ("どうせ何か売りつけに来たんでしょ。", "ご安心ください、売り込みではありません。"),
        ("また売り込みか。うちはいらないよ。", "ご安心ください、売り込みではありません。"),
        ("どうせ何か売りつけに来たんでしょ。", "いえ、何かを売りに来たのではないんです。"),
        ("補助金とかの営業なら間に合ってるよ。", "いえ、何かを売りに来たのではないんです。"),
    ],
)
def test_clarifying_own_purpose_is_neither_empathy_nor_denial(owner: str, text: str) -> None:
    c = ctx(("trainee", "本日はよろしくお願いします。"), ("owner", owner))
    a, s = run(text, c)
    acts = {x.value for x in a.acts}
    assert not acts & {"empathy", "advice"}
    assert not has_line(s.feedback, EMPATHY_PRAISE)
    assert not has_line(s.feedback, DENIAL_LINE)


# --- 8. self-promotion gets its line when the owner's last turn was a question -----------------


@pytest.mark.parametrize(
    ("lang", "owner", "text"),
    [
        ("ja", "あんた、何ができるの？", "私はこれまで50社以上の事業承継を支援してきました。"),
        ("ja", "で、あなたは何をしてくれるんですか？", "私はこれまで100社以上の経営改善に携わってきました。"),
        ("en", "So what can you do for me?", "I've helped over fifty companies turn around, so I know what works."),
    ],
)
def test_self_promotion_after_an_owner_question_gets_a_line(
    lang: str, owner: str, text: str
) -> None:
    c = ctx(("trainee", "Hello." if lang == "en" else "こんにちは。"), ("owner", owner))
    a, s = run(text, c, lang)
    assert "self_promotion" in {x.value for x in a.acts}
    assert has_line(s.feedback, PROMO_LINE[lang]), s.feedback


# --- 9. advice backed by "shops like yours" is a push, even after a question -------------------


@pytest.mark.parametrize(
    ("lang", "owner", "text"),
    [
        (
            "en",
            "Customers don't come to the shop like they used to. What can you do about it?",
            "Have you thought about selling online through Amazon? Many shops like yours do that.",
        ),
        (
            "en",
            "Hello. So, what brings you here?",
            "Have you thought about selling online through Amazon? Many shops like yours do that.",
        ),
        (
            "en",
            "Sales are down. Who knows why?",
            "Why not try a loyalty card? Most businesses like yours have one now.",
        ),
        (
            "ja",
            "最近は客が減ってね。どうしたらいいのかね？",
            "ネット通販を始めてみてはどうですか？よその会社さんもみんなやっていますよ。",
        ),
    ],
)
def test_advice_with_social_proof_scores_low_with_the_advice_line(
    lang: str, owner: str, text: str
) -> None:
    c = ctx(("trainee", "Hello." if lang == "en" else "こんにちは。"), ("owner", owner))
    a, s = run(text, c, lang)
    assert "advice" in {x.value for x in a.acts}
    assert (s.scores["non_leading"] or 0) <= 50
    assert has_line(s.feedback, ADVICE_LINE[lang])


# guard (passes on main too): the fix above must not overreach
def test_answering_what_others_do_when_asked_stays_an_answer() -> None:
    c = ctx(("trainee", "こんにちは。"), ("owner", "他の会社ではどうしているんですか？"))
    _, s = run("他社では育成担当を決めている例が多いですね。", c)
    assert not has_line(s.feedback, ADVICE_LINE["ja"])


def test_diagnosis_stays_a_push_when_the_owner_said_problem_about_something_else() -> None:
    c = ctx(
        ("trainee", "最近いかがですか？"),
        ("owner", "仕事は特に問題ないですよ。ただ、若いのが来ても三年もたないで辞めちゃうんだ。"),
    )
    a, _ = run("人の問題ということですね。", c)
    assert "reflection" not in {x.value for x in a.acts}


# --- a vague summary is not called "your own proposals" (found in the r4 hand play) ------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "ここまでのお話を整理させてください。いろいろなことが重なって、大変な状況なんですね。"),
        ("en", "Let me sum up what I've heard so far. A lot is weighing on you at once."),
    ],
)
def test_vague_summary_is_not_called_own_proposals(lang: str, text: str) -> None:
    _, s = run(text, PILED[lang], lang)
    own = {"ja": "支援者自身の提案", "en": "your own proposals"}[lang]
    assert not has_line(s.feedback, own), s.feedback


def test_diagnosis_after_an_owner_question_is_still_a_push() -> None:
    c = ctx(
        ("trainee", "社長の今一番の悩みは何ですか？"),
        ("owner", "一番の悩み、ですか。…最近、腰が痛いことくらいですかね。"),
    )
    a, s = run("人の問題ということですね。", c)
    assert "advice" in {x.value for x in a.acts}
    assert has_line(s.feedback, ADVICE_LINE["ja"])


@pytest.mark.parametrize(
    ("lang", "owner", "text"),
    [
        ("ja", "人は辞めるし、機械は古いし、客は減るし。", "その中で、一番気になっているのはどれですか？"),
        ("ja", "人は辞めるし、機械は古いし、客は減るし。", "今のお話の中で、特に気がかりなのはどれでしょう？"),
        ("en", "Staff quit, the machines are old, and customers are fewer.", "Of all that, which weighs on you most?"),
    ],
)
def test_focusing_on_the_owner_points_is_not_told_it_asks_for_facts(
    lang: str, owner: str, text: str
) -> None:
    c = ctx(("trainee", "How are things?" if lang == "en" else "最近いかがですか？"), ("owner", owner))
    _, s = run(text, c, lang)
    facts = {"ja": "事実の確認は必要ですが", "en": "facts are needed"}[lang]
    assert not has_line(s.feedback, facts), s.feedback
