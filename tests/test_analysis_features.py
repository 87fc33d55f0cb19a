"""Context features: keywords, repeats, 一問一答, blunt worry, denial, talk share, errors."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from simulator.acts import Analysis, Features, Utterance
from simulator.analysis import analyse, keywords, normalise
from simulator.errors import InputError


def o(text: str) -> Utterance:
    return Utterance(speaker="owner", text=text)


def t(text: str) -> Utterance:
    return Utterance(speaker="trainee", text=text)


# --- keywords and normalisation -----------------------------------------------------------------


@pytest.mark.parametrize("variant", ["売り上げ", "売上", "売上げ"])
def test_sales_spellings_share_one_normal_form(variant: str) -> None:
    assert normalise(variant, "ja") == "売り上げ"
    assert keywords(f"{variant}が落ちています", "ja") == ["売り上げ", "落ちる"]


def test_keywords_are_unique_in_order_without_function_words() -> None:
    kws = keywords("従業員が辞めてしまい、従業員の補充もできない。", "ja")
    assert kws[0] == "従業員"
    assert kws.count("従業員") == 1
    assert "する" not in kws and "こと" not in kws


def test_picked_keywords_match_across_spellings() -> None:
    a = analyse("売上げが落ちているんですね", [o("売り上げがずっと落ちているんです")], "ja")
    assert "売り上げ" in a.features.picked_keywords
    assert "売り上げ" in a.features.owner_keywords
    assert "売り上げ" in a.features.content_words


def test_english_picked_keywords_use_lemmas() -> None:
    a = analyse("Tell me about those customers.", [o("Our biggest customer left us.")], "en")
    assert "customer" in a.features.picked_keywords


def test_owner_keywords_cover_the_last_three_owner_turns() -> None:
    ctx = [o("工場は岐阜です"), o("社員は二十名です"), o("得意先は三社です"), o("納期が厳しい")]
    kws = analyse("なるほど", ctx, "ja").features.owner_keywords
    assert "工場" not in kws
    assert {"社員", "得意先", "納期"} <= set(kws)


# --- repeats, 一問一答, blunt worry, issue questions -------------------------------------------------


def test_repeat_of_an_earlier_question() -> None:
    ctx = [
        t("従業員の皆さんの年齢構成はどうなっていますか"),
        o("若い人が少ないですね"),
        t("そうですか"),
    ]
    a = analyse("従業員の皆さんの年齢構成はどうなっていますか？", ctx, "ja")
    assert a.features.is_repeat and a.features.repeat_of == 0


def test_repeat_of_a_question_the_owner_already_answered() -> None:
    ctx = [
        o("うちは従業員が15名の小さな会社です。"),
        t("そうなんですね"),
        o("ええ、まあ何とかやってます"),
    ]
    a = analyse("従業員は何名いらっしゃいますか", ctx, "ja")
    assert a.features.is_question
    assert a.features.is_repeat and a.features.repeat_of == 0


def test_follow_up_on_the_last_owner_turn_is_not_a_repeat() -> None:
    ctx = [t("最近いかがですか"), o("売上が落ちています")]
    a = analyse("売上が落ちているのはなぜだとお考えですか", ctx, "ja")
    assert not a.features.is_repeat and a.features.repeat_of is None


def test_english_repeat() -> None:
    ctx = [t("How many employees do you have?"), o("About thirty."), t("I see.")]
    a = analyse("So how many employees do you have?", ctx, "en")
    assert a.features.is_repeat and a.features.repeat_of == 0


def test_topic_switch_when_a_question_ignores_the_owner() -> None:
    ctx = [o("息子に継がせるかどうか、まだ迷っているんです")]
    assert analyse("設備投資の予定はありますか", ctx, "ja").features.topic_switch
    assert not analyse(
        "息子さんに継がせることについて、どんな迷いがありますか", ctx, "ja"
    ).features.topic_switch
    assert not analyse("それで？", ctx, "ja").features.topic_switch
    assert not analyse("設備投資の予定はありますか", [], "ja").features.topic_switch


def test_english_topic_switch() -> None:
    ctx = [o("I still can't decide whether my son should take over.")]
    assert analyse("Do you plan to buy new machines?", ctx, "en").features.topic_switch
    assert not analyse(
        "What makes the decision about your son hard?", ctx, "en"
    ).features.topic_switch


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("今一番の悩みは何ですか？", "ja"),
        ("困っていることは何ですか", "ja"),
        ("御社の課題は何でしょうか", "ja"),
        ("What's your biggest problem?", "en"),
        ("What problems are you facing?", "en"),
    ],
)
def test_blunt_worry(text: str, lang: str) -> None:
    f = analyse(text, [o("はい、よろしくお願いします")], lang).features  # type: ignore[arg-type]
    assert f.blunt_worry and f.issue_question and f.is_question


def test_an_issue_question_on_the_owners_words_is_not_blunt() -> None:
    ctx = [o("若手の職人が次々と辞めてしまうんです")]
    f = analyse("若手の職人が辞めてしまうことで、どんな問題が起きていますか", ctx, "ja").features
    assert f.issue_question and not f.blunt_worry
    assert not analyse("どんな職人さんがいらっしゃいますか", ctx, "ja").features.issue_question


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("それは違いますよ。", "ja"),
        ("いや、売上ではなく利益の問題です", "ja"),
        ("そんなことはないと思いますよ", "ja"),
        ("That's not right.", "en"),
        ("No, the problem isn't sales but margins.", "en"),
    ],
)
def test_denial(text: str, lang: str) -> None:
    assert analyse(text, [o("うちは価格で負けているだけです")], lang).features.denial  # type: ignore[arg-type]


def test_no_denial_in_a_plain_question() -> None:
    assert not analyse(
        "価格以外に理由はありますか", [o("価格で負けているだけです")], "ja"
    ).features.denial


# --- summary points, length, talk share ------------------------------------------------------------


def test_summary_points_count_distinct_owner_turns() -> None:
    ctx = [
        o("受注が減っています"),
        t("そうですか"),
        o("若手の職人も辞めています"),
        o("技術の継承が心配です"),
    ]
    f = analyse("受注の減少、職人の離職、技術の継承、の三つですね", ctx, "ja").features
    assert f.summary_points == 3


def test_length_counts_characters_in_japanese_and_words_in_english() -> None:
    assert analyse("それで？", [], "ja").features.length == 4
    assert analyse("And then what happened?", [], "en").features.length == 4


def test_talk_share_includes_the_utterance() -> None:
    ctx = [t("はい"), o("ええそうです")]  # 2 + 6 characters
    f = analyse("なるほど", ctx, "ja").features  # 4 characters
    assert f.talk_share == pytest.approx(6 / 12)
    assert analyse("なるほど", [], "ja").features.talk_share == 1.0


# --- contract, errors, threads ----------------------------------------------------------------------


def test_result_matches_the_contract() -> None:
    a = analyse("どのようにお考えでしょうか", [o("まあ色々ありますよ")], "ja")
    assert isinstance(a, Analysis) and isinstance(a.features, Features)
    assert set(Features.model_fields) == set(a.features.model_dump())
    assert a.lang == "ja" and a.acts


@pytest.mark.parametrize("call", [analyse, keywords, normalise])
def test_unknown_language_is_an_input_error(call) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError, match="unknown language"):
        if call is analyse:
            call("hello", [], "fr")
        else:
            call("hello", "fr")


def test_context_may_be_given_as_dicts() -> None:
    a = analyse(
        "売上が落ちているんですね", [{"speaker": "owner", "text": "売上が落ちています"}], "ja"
    )  # type: ignore[list-item]
    assert "reflection" in a.acts


def test_threads_get_their_own_tokenizer() -> None:
    texts = [f"従業員は{i}名いらっしゃいますか" for i in range(200)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda s: analyse(s, [], "ja").acts, texts))
    assert all(r == results[0] for r in results)
