"""Issue 8: the defects seen in live play, each as a regression test through the public API.

Each test replays what a trainee did (the utterances quoted in the issue) and asserts what the
trainee must, or must not, be told.
"""

from __future__ import annotations

import re

import pytest

from simulator import load_persona, open_session
from simulator.acts import Utterance
from simulator.analysis import analyse
from simulator.reporting import persona_names
from simulator.scoring.quotes import JA_FILLER
from simulator.scoring.session import score_conversation

QUOTE = re.compile(r"『([^』]+)』")


def o(text: str) -> Utterance:
    return Utterance(speaker="owner", text=text)


def t(text: str) -> Utterance:
    return Utterance(speaker="trainee", text=text)


def feedback_of(session_turn) -> str:
    return " ".join([*session_turn.feedback, session_turn.suggestion or ""])


# --- what the guideline recommends is not punished -------------------------------------------


def test_the_guidelines_reassurance_is_not_leading_and_keeps_the_founder_talking() -> None:
    s = open_session("distrustful_founder", "ja", store=":memory:", seed=1, backend="offline")
    start = s.state.trust if hasattr(s, "state") else None
    turn = s.say(
        "本日はお時間をいただきありがとうございます。今日は審査や評価のためではありません。"
    )
    assert "leading_question" not in turn.acts and "advice" not in turn.acts
    assert not any("誘導" in e for e in turn.evidence)
    assert turn.trust_delta >= 0, (start, turn.trust)
    assert (turn.scores["non_leading"] or 0) >= 80


def test_offering_to_stay_out_of_areas_the_owner_names_is_not_advice() -> None:
    a = analyse(
        "貴社が触ってほしくない領域を伝えてもらえば、それに合わせて対応します。",
        [o("…まあ座って。決算書は出さないからね。")],
        lang="ja",
    )
    assert "advice" not in a.acts and "leading_question" not in a.acts


def test_a_brief_honest_answer_to_the_owners_question_is_not_unsolicited_advice() -> None:
    ctx = [o("ところでさ、半導体の装置の仕事、今どういう状況だと思う？")]
    text = "詳しくは存じ上げないのですが、一時期より落ち着いてきたと聞いています。実際のところはいかがですか？"
    a = analyse(text, ctx, lang="ja")
    assert "advice" not in a.acts
    result = score_conversation([*ctx, t(text)], "ja")
    turn = result.turns[-1]
    assert not any("解決策を先に" in f for f in turn.feedback)
    assert (turn.scores["non_leading"] or 0) >= 70


def test_reflecting_three_of_the_owners_points_is_a_give_back_and_no_summary_is_asked_for() -> None:
    ctx = [
        o("仕事はあるんだよ。でも人がいない。機械も古い。まあ、どこもそんなもんでしょ。"),
    ]
    text = "仕事はある、人はいない、機械は古い。……どこもそんなもん、とおっしゃいましたが、社長ご自身はどう感じていらっしゃいますか？"
    a = analyse(text, ctx, lang="ja")
    assert {"reflection", "summary"} & set(a.acts)
    turn = score_conversation([*ctx, t(text)], "ja").turns[-1]
    assert not any("要約が必要" in f for f in turn.feedback)


def test_the_first_question_after_a_greeting_leaves_no_topic_and_repeats_nothing() -> None:
    convo = [
        o("はじめまして、角田です。…あの、会長から話は聞いてます。どうぞ、こちらに。"),
        t("はじめまして。本日はお時間をいただきありがとうございます。"),
        o("いえ、こちらこそ。"),
        t("社長に就任されて2年ということですが、この2年間を振り返ってみていかがでしたか？"),
    ]
    turn = score_conversation(convo, "ja").turns[-1]
    said = " ".join(turn.feedback)
    assert "話題から離れ" not in said and "一問一答" not in said
    assert not {"topic_switch", "repeat"} & set(turn.flags)
    assert (turn.scores["listening"] or 0) >= 50


def test_a_one_keyword_reflection_is_a_reflection_not_a_summary() -> None:
    ctx = [o("どう、と言われると…難しいですね。回ってはいるんです、一応。")]
    a = analyse("その『一応』というところ、もう少し聞かせてください。", ctx, lang="ja")
    assert "summary" not in a.acts
    assert {"reflection", "open_question"} & set(a.acts)


def test_a_self_correction_opening_with_iie_is_neither_advice_nor_denial() -> None:
    ctx = [o("…で、結局うちに何をしろって言うんですか。")]
    text = "いえ、何かをしていただこうというお話ではないんです。言葉足らずですみません。"
    a = analyse(text, ctx, lang="ja")
    assert "advice" not in a.acts
    turn = score_conversation([*ctx, t(text)], "ja").turns[-1]
    assert "denial" not in turn.flags
    assert not any("いえ" in e for e in turn.evidence)
    assert (turn.scores["non_leading"] or 0) >= 70


# --- what the guideline warns against is not praised ----------------------------------------


def test_the_blunt_worry_question_is_not_praised() -> None:
    convo = [o("うちは板金と切削、両方やってる。今は42人。"), t("社長の今一番の悩みは何ですか？")]
    turn = score_conversation(convo, "ja").turns[-1]
    assert not any("語れる余地" in f for f in turn.feedback)
    assert turn.scores["deep_dive"] is not None and turn.scores["deep_dive"] < 50


def test_pressing_the_reluctant_successor_for_a_vision_does_not_score_as_a_deep_dive() -> None:
    s = open_session("reluctant_successor", "ja", store=":memory:", seed=2, backend="offline")
    s.say("はじめまして。本日はよろしくお願いいたします。")
    turn = s.say("それで、社長としてのビジョンは何ですか？")
    assert turn.scores["deep_dive"] is not None and turn.scores["deep_dive"] < 50
    assert any("ビジョン" in f for f in turn.feedback)


def test_a_lecture_on_banso_shien_is_called_a_lecture() -> None:
    ctx = [o("まあ、うちも色々あるからね。")]
    text = (
        "伴走支援というのは、私たち支援者が答えを出すのではなく、経営者の方が自ら課題に気づき、"
        "自走できるようになることを目指すものです。国のガイドラインでも、対話と傾聴を通じて"
        "本質的な課題を設定することが大事だとされています。ですから社長にも、まずはご自身の会社の"
        "将来像を考えていただくことが重要なんです。そのうえで一緒に課題を整理していきましょう。"
    )
    turn = score_conversation([*ctx, t(text)], "ja").turns[-1]
    assert "lecture" in turn.flags or "advice" in turn.acts
    assert not any("詰問" in f for f in turn.feedback)
    assert not any("未来像" in f for f in turn.feedback)  # no question, no praise for one
    assert turn.scores["non_leading"] is not None and turn.scores["non_leading"] < 60


def test_english_advice_with_a_boast_is_advice_and_self_promotion() -> None:
    ctx = [
        o(
            "We've been thinking about applying for the equipment subsidy, but the paperwork is a pain."
        )
    ]
    text = (
        "You should just apply for it this month. I've helped several shops like yours get it "
        "approved, so leave the paperwork to me."
    )
    a = analyse(text, ctx, lang="en")
    assert {"advice", "self_promotion"} <= set(a.acts)
    turn = score_conversation([*ctx, t(text)], "en").turns[-1]
    assert turn.scores["non_leading"] is not None and turn.scores["non_leading"] < 60


# --- quoted words are the owner's points ------------------------------------------------------


@pytest.mark.parametrize(
    "persona_id",
    [
        "distrustful_founder",
        "reluctant_successor",
        "move_on_owner",
        "big_customer_owner",
        "family_values_owner",
    ],
)
def test_every_quoted_word_is_something_the_owner_said_and_not_a_filler_or_name(
    persona_id: str,
) -> None:
    persona = load_persona(persona_id)
    names = set(persona_names(persona))
    s = open_session(persona_id, "ja", store=":memory:", seed=4, backend="offline")
    lines = [
        "はじめまして。本日はお時間をいただき、ありがとうございます。",
        "今日はどんなお話から伺えばいいでしょうか。",
        "社長の今一番の悩みは何ですか？",
        "なるほど。他社さんでは、外部の専門家を入れて改善した例が多いですよ。",
        "従業員は何名ですか？",
        "先ほどのお話、もう少し聞かせていただけますか？",
        "そうなんですね。",
    ]
    owner_said = ""
    quoted: list[str] = []
    for line in lines:
        if s.finished:
            break
        turn = s.say(line)
        for q in QUOTE.findall(feedback_of(turn)):
            quoted.append(q)
            assert q in owner_said, f"{q!r} was not said by the owner before this turn"
        owner_said += turn.owner_reply
    for q in quoted:
        assert q not in JA_FILLER, q
        assert not any(n and n in q for n in names), q
        assert q not in "".join(lines) or q in owner_said


# --- session scores measure behaviour, not length --------------------------------------------

# thirty different points an owner might make, and a patient trainee's give-back of each
TOPICS = [
    ("若手の定着", "三年もたずに辞めていく"),
    ("設備の更新", "機械が古くて修理代がかさむ"),
    ("取引先の偏り", "半導体向けが六割を占める"),
    ("事業承継", "息子の気持ちを聞いたことがない"),
    ("材料費", "鋼材がこの二年で三割上がった"),
    ("価格交渉", "値上げを言い出せずにいる"),
    ("工場長の負担", "現場を一人で回している"),
    ("採用", "求人を出しても応募がない"),
    ("品質", "不良が月に何件か出る"),
    ("納期", "短納期の注文が増えた"),
    ("資金繰り", "支払いと入金の時期がずれる"),
    ("営業", "紹介頼みで新規がない"),
    ("教育", "教える時間が取れない"),
    ("ベテランの引退", "あと五年で三人が定年になる"),
    ("働き方", "残業がなかなか減らない"),
    ("外注先", "協力工場が廃業した"),
    ("新製品", "試作に手が回らない"),
    ("地域", "近所から騒音の苦情が来た"),
    ("補助金", "書類作りが重荷だった"),
    ("IT化", "受注はまだ電話とFAXだ"),
    ("在庫", "倉庫がいっぱいになっている"),
    ("安全", "ヒヤリハットが続いた"),
    ("家族経営", "妻が経理を一人で見ている"),
    ("会長", "父がまだ口を出してくる"),
    ("銀行", "担当者が毎年変わる"),
    ("人件費", "最低賃金が上がった"),
    ("技能の継承", "溶接の勘は教えにくい"),
    ("海外", "中国製の安い部品に押されている"),
    ("組合", "仲間の会社が減った"),
    ("健康", "最近疲れが抜けない"),
]
TAILS = [
    "そのあたり、もう少し聞かせていただけますか？",
    "社長はどう受け止めていらっしゃるんでしょう。",
    "具体的にはどんな場面でそう感じられますか？",
    "そうなった背景には何があったんでしょうか。",
    "社長としてはどんなお気持ちですか？",
]


def _good_session(rounds: int) -> list[Utterance]:
    convo: list[Utterance] = []
    for i, (topic, detail) in enumerate(TOPICS[:rounds]):
        convo.append(o(f"{topic}のこともあってね。{detail}んだよ。"))
        convo.append(t(f"{detail}、と。{TAILS[i % len(TAILS)]}"))
    return convo


def test_a_long_session_of_good_moves_scores_like_a_short_one() -> None:
    short = score_conversation(_good_session(10), "ja").scores
    long = score_conversation(_good_session(30), "ja").scores
    for rubric in ("listening", "deep_dive", "non_leading"):
        assert abs(short[rubric] - long[rubric]) <= 12, (rubric, short[rubric], long[rubric])
    assert long["non_leading"] >= 70


def test_never_summarising_over_eight_turns_scores_low_on_summarising() -> None:
    scores = score_conversation(_good_session(10), "ja").scores
    assert scores["summarising"] <= 40
    summary = (
        "ここまでのお話を整理させてください。若い方が三年もたずに辞めていくこと、機械が古くて"
        "修理代がかさむこと、そして取引先が半導体向けに偏っていること。この三つが重なっている、ということでしょうか。"
    )
    first, rest = _good_session(10)[:6], _good_session(10)[6:]
    with_summary = [*first, o("そう、まあそんなところだね。"), t(summary), *rest]
    assert score_conversation(with_summary, "ja").scores["summarising"] > scores["summarising"] + 15


# --- the report -------------------------------------------------------------------------------


def test_the_report_lists_mistakes_by_kind_with_the_same_turn_numbers_as_the_json() -> None:
    s = open_session("move_on_owner", "ja", store=":memory:", seed=5, backend="offline")
    s.say("はじめまして。本日はよろしくお願いいたします。")
    s.say("お話を伺えればと思います。どんなことでお困りですか？")
    s.say("それなら、まずは人事評価制度を作ってみてはどうでしょうか。")
    s.say("そうなんですね。もう少し聞かせていただけますか？")
    report = s.report()
    assert report.mistakes.get("advice") == [3]
    assert "ターン3" in report.markdown
    numbered = [r["turn"] for r in report.turn_results]
    assert numbered == list(range(1, len(numbered) + 1))


def test_the_english_report_reads_as_english() -> None:
    s = open_session("distrustful_founder", "en", store=":memory:", seed=6, backend="offline")
    s.say("Thank you for seeing me today. This is not an audit of any kind.")
    s.say("What kind of work keeps the shop busiest these days?")
    md = s.report().markdown
    assert "「" not in md and "」" not in md
    assert "owner words" not in md


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "はじめまして、よろしくお願いします！DXの推進をご希望と伺いました。今一番の悩みは何ですか？",
            "ja",
        ),
        ("お忙しいところすみません。さっそくですが、今一番の悩みは何ですか？", "ja"),
        ("Hi, nice to meet you! So what's your biggest problem right now?", "en"),
    ],
)
def test_the_blunt_worry_question_after_a_greeting_is_still_blunt_and_never_praised(
    text: str, lang: str
) -> None:
    convo = [o("で、今日は何の用？" if lang == "ja" else "So, what brings you here?"), t(text)]
    turn = score_conversation(convo, lang).turns[-1]
    assert "blunt_worry" in turn.flags
    assert len(turn.feedback) == 1  # the warning, and no praise beside it


def test_a_turn_with_unsolicited_advice_gets_no_praise_for_the_word_it_picked_up() -> None:
    ctx = [o("うちは半導体向けの部品が中心でね。最近は受注が落ちてる。")]
    text = "半導体は今は一服していますが、今のうちに新しい取引先を開拓しておくといいと思いますよ。"
    turn = score_conversation([*ctx, t(text)], "ja").turns[-1]
    assert "advice" in turn.acts
    assert not any("拾えています" in f or "できています" in f for f in turn.feedback)


def test_evidence_never_shows_scraps_of_kana_or_the_analysers_pieces() -> None:
    ctx = [o("父がまだ口を出してくるんですよ。会長ですからね。")]
    turn = score_conversation([*ctx, t("まだ口を出してこられる、と。")], "ja").turns[-1]
    for line in turn.evidence:
        _, _, words = line.partition(": ")
        for w in filter(None, words.split("、")):
            assert len(w) >= 2 and w not in ("と", "ません", "はあり"), line


def test_talking_about_ones_former_job_is_self_promotion_even_inside_empathy() -> None:
    text = (
        "そうですよね、初対面ですもんね。私も前職は銀行で、融資の審査なんかをやってたので、"
        "お気持ちはわかります。決算書を見せていただければ、もっと具体的なアドバイスができるんですけど。"
    )
    a = analyse(text, [o("決算書はね、見せたくないんだよ。")], lang="ja")
    assert "self_promotion" in a.acts
    # asking about the owner's former job is a question, not a boast
    q = analyse("前職は何をされていたんですか？", [o("俺は昔、別の工場にいたんだよ。")], lang="ja")
    assert "self_promotion" not in q.acts


def test_calling_the_owner_the_expert_is_not_self_promotion() -> None:
    ctx = [o("I've been at this for thirty years. You're the expert, supposedly.")]
    text = "I can follow a simple drawing, but I'm no machinist. You're the expert here. What kind of parts keep you busiest?"
    assert "self_promotion" not in analyse(text, ctx, lang="en").acts
    boast = "I'm an expert in this field, I've helped fifty shops like yours."
    assert "self_promotion" in analyse(boast, ctx, lang="en").acts


@pytest.mark.parametrize(
    ("owner", "text", "lang"),
    [
        (
            "新しい機械を入れようか迷ってる。三千万するんだけど。",
            "三千万、大きな決断ですね。",
            "ja",
        ),
        (
            "工務店やってるけど、とにかく職人が足りない。求人出しても来ない。",
            "一刻も早く何とかしたい、という切実さが伝わってきます。",
            "ja",
        ),
        (
            "……すみません、あまりうまく話せなくて。",
            "いえいえ、十分伝わっています。ゆっくりで大丈夫ですよ。",
            "ja",
        ),
        (
            "We had to let two people go last spring.",
            "That sounds hard. Letting people go is a big decision.",
            "en",
        ),
    ],
)
def test_empathy_in_everyday_words_is_recognised(owner: str, text: str, lang: str) -> None:
    acts = analyse(text, [o(owner)], lang=lang).acts
    assert "empathy" in acts and "advice" not in acts


# --- second blind playtest: skilled turns that were punished ----------------------------------


def test_asking_how_the_owner_sees_it_is_not_a_disguised_proposal() -> None:
    ctx = [
        o(
            "役員会は会長と専務と僕の3人で、皆身内です。僕が出した話は「検討しておく」で終わることが多い。"
        )
    ]
    text = "会長は社長に任せているとおっしゃっていたそうですが、社長の実感としてはいかがですか。"
    assert "advice" not in analyse(text, ctx, lang="ja").acts


@pytest.mark.parametrize(
    ("owner", "text"),
    [
        (
            "まあ、僕が決めてやれる話じゃないんで。",
            "社長という肩書きはあっても、実際に決められる範囲は限られている、ということでしょうか。",
        ),
        (
            "ネット販売で売上を伸ばしたいんですよ。",
            "社長はネット販売で売上を伸ばしたい、ということなんですね。",
        ),
    ],
)
def test_the_owners_title_or_wish_given_back_is_not_self_promotion(owner: str, text: str) -> None:
    turn = score_conversation([o(owner), t(text)], "ja").turns[-1]
    assert "self_promotion" not in turn.acts
    assert "own_summary" not in turn.flags


def test_three_points_tied_together_with_a_check_are_a_summary() -> None:
    convo = [
        o("人が来ないんだよ。機械も古い。"),
        t("人と機械、ですか。"),
        o("全部俺がやってる。まあ、そういうことだね。"),
        t(
            "社長のお話を伺っていて、人のこと、機械のこと、そして全部を社長が背負ってこられたこと、"
            "この三つが重なっているように感じました。私の受け取り方、ずれていませんか。"
        ),
    ]
    assert "summary" in score_conversation(convo, "ja").turns[-1].acts


def test_the_report_shows_the_owners_words_on_the_core_when_the_issue_was_not_named_whole() -> None:
    from simulator.reporting import Report, render_markdown

    persona = load_persona("family_values_owner")
    core = next(
        f for f in persona.facts if f.depth.value == "core" and f.id not in persona.issue_facts
    )
    report = Report(
        persona_id=persona.id,
        lang="ja",
        scores={},
        revealed=[core.id],
        hidden_issue_reached=False,
        trust_curve=[35.0, 60.0],
        final_stage="approach",
        turns=1,
        core_words=[{"turn": 1, "text": "娘に、継いでくれって言ったことはないんだわ。"}],
    )
    md = render_markdown(report, persona)
    assert "核心に近づきました" in md and "到達していません" not in md
    assert "「娘に、継いでくれって言ったことはないんだわ。」" in md


# --- third blind playtest -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "細かい数字は社長の方がずっとお詳しいと思います。",
        "正直に言うと、私も詳しい数字は持っていません。",
    ],
)
def test_an_honest_i_dont_know_is_not_self_promotion(text: str) -> None:
    ctx = [o("あんた、うちの業界の数字分かるの？")]
    assert "self_promotion" not in analyse(text, ctx, lang="ja").acts
    boast = "私は製造業の原価管理には詳しいので、お任せください。"
    assert "self_promotion" in analyse(boast, ctx, lang="ja").acts


def test_a_bare_figure_is_never_quoted_as_the_owners_point() -> None:
    from simulator.scoring.quotes import owner_phrases

    ctx = [o("創業50年で、年商は一億八千万。取引先は10社くらい。20年選手の職人がいる。")]
    phrases = [p.surface for p in owner_phrases(ctx, "ja")]
    assert "20年選手" in phrases and "職人" in phrases
    assert not {"50年", "一億八千万", "10社"} & set(phrases)


def test_impatience_before_the_owner_has_said_anything_asks_for_no_summary() -> None:
    convo = [
        o("どうも。"),
        t("本日はよろしくお願いします。"),
        o("課題は分かっているから、次に進んでくれ。"),
        t("承知しました。では、社長が一番気にかけていらっしゃることから伺えますか？"),
    ]
    turn = score_conversation(convo, "ja").turns[-1]
    assert not any("積み重な" in f for f in turn.feedback)
