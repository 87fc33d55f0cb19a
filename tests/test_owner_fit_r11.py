"""Owners answer the question actually asked (issue 9, playtests r9/r10; new sentences).

1. A wish or future question (〜てほしい, 〜たい, 理想, これから, 5年後, どうなっていたら) on a fact
   topic gets his wish or future lines, never today's fact (「ネットではどんなお客さんに買ってほしい
   ですか」 got 「県内のスーパーが中心」; 「10年後どうなっていたら嬉しいですか」 got his twenty years
   as president).
2. The question's own kind beats a topic word of the sentence before it (「楽天の店を放っておいた間、
   社内では何が起きていたんですか」 got 「昭和43年だから、もう50年以上」); a why-question worded
   「…からだと感じますか」 is no feeling question; 「どこが悪かったと感じますか」 asks a cause; an
   utterance that ends in a question of its own is neither an invitation nor a leave-taking.
3. Guarded non-answers are rare and varied (never the same twice, at most a few per meeting, none
   of them 「いろいろある」); an owner knows his own basic facts (a headcount asked after a give-back,
   since when sales have been flat).
4. A plain factual first question is answered, not only greeted; no reply refers to something
   never said (「その大口のスーパー」).
"""

from __future__ import annotations

import pytest

from simulator.datafiles import load_persona, persona_ids
from simulator.voice.offline import as_written
from simulator.wording.asking import ask_kind, form_of, read_question, wishes
from simulator.wording.peak import invites
from simulator.wording.statements import closes

from .test_owner_fit_r6 import meet, peak_lines, says_one_of


def answer_texts(pid: str, topic: str, lang: str = "ja") -> list[str]:
    persona = load_persona(pid)
    assert persona.answers is not None
    return list(persona.answer(topic).text.get(lang))  # type: ignore[arg-type]


def open_texts(pid: str, topic: str, lang: str = "ja") -> list[str]:
    return [t for o in load_persona(pid).open_answers if o.id == topic for t in o.text.get(lang)]  # type: ignore[union-attr]


# -- 1. wishes and the future --------------------------------------------------------------------
WISHES = [
    "ネットで売るなら、どんなお客さんに買ってもらいたいですか。",
    "お店の理想の姿って、どんな感じですか。",
    "5年後には、社員さんを何人くらいにしたいですか。",
    "新しい工場ができたとしたら、社内はどう変わっていると思いますか。",
    "娘さんにはどんなお店を残していきたいですか。",
]
NOT_WISHES = [
    "社員さんは今何人いらっしゃいますか。",
    "一番売りたいのは、どの商品ですか。",  # one of what he has: today's products answer it
    "少しお伺いしたいのですが、従業員は何人ですか。",  # the supporter's own wish
    "確認したいことがあります。創業は何年ですか。",
    "これまで一番大変だったのはいつですか。",
]


def test_wish_and_future_wordings_are_told_apart_from_todays_facts() -> None:
    for q in WISHES:
        assert wishes(q, "ja"), q
    for q in NOT_WISHES:
        assert not wishes(q, "ja"), q
    assert ask_kind("5年後には、社員さんを何人くらいにしたいですか。", "ja") == "future"
    assert ask_kind("社員さんは今何人いらっしゃいますか。", "ja") == "fact"


def test_a_wish_question_names_no_fact_topic() -> None:
    persona = load_persona("move_on_owner")
    assert read_question(persona, "ネットで売るなら、どんなお客さんに買ってもらいたいですか。", "ja").topic is None
    assert read_question(persona, "主なお客さんはどちらですか。", "ja").topic is not None  # today's customers


def test_a_wish_on_his_customers_gets_his_hopes_not_todays_customers() -> None:
    s = meet("move_on_owner", "ja")
    reply = as_written(None, s.say("ネットで売るとしたら、どんなお客さんに買ってもらいたいですか。").owner_reply)
    assert not says_one_of(reply, answer_texts("move_on_owner", "customers")), reply
    assert "スーパー" not in reply, reply
    hopes = open_texts("move_on_owner", "ec_hopes") + peak_lines("move_on_owner", "ja", "future")
    assert says_one_of(reply, hopes), reply


def test_a_future_question_is_not_answered_with_his_years_as_president() -> None:
    s = meet("big_customer_owner", "ja")
    reply = as_written(None, s.say("ちなみに、20年後の会社がどんなふうになっていたら嬉しいですか。").owner_reply)
    assert not says_one_of(reply, open_texts("big_customer_owner", "presidency")), reply
    assert says_one_of(reply, peak_lines("big_customer_owner", "ja", "future")), reply


def test_a_how_many_wish_is_not_answered_with_todays_headcount() -> None:
    s = meet("family_values_owner", "ja")
    turn = s.say("10年後には、職人さんを何人くらいにしたいですか。")
    assert not says_one_of(as_written(None, turn.owner_reply), answer_texts("family_values_owner", "confectioners")), as_written(None, turn.owner_reply)
    assert not says_one_of(as_written(None, turn.owner_reply), answer_texts("family_values_owner", "staff")), as_written(None, turn.owner_reply)


def test_todays_facts_are_still_answered() -> None:
    s = meet("family_values_owner", "ja")
    reply = as_written(None, s.say("職人さんは今何人いらっしゃいますか。").owner_reply)
    assert says_one_of(reply, answer_texts("family_values_owner", "confectioners")), reply


# -- 2. the kind of the question beats a topic word ---------------------------------------------
def test_a_topic_word_of_the_sentence_before_is_no_fact_question() -> None:
    persona = load_persona("move_on_owner")
    text = "お店は3年前に改装されたと伺いました。その頃、社内ではどんなことが起きていたんでしょう。"
    assert read_question(persona, text, "ja").topic is None
    # a question before it still lends its topic: 「受発注はどうやってますか？紙ですか？」
    successor = load_persona("reluctant_successor")
    two = read_question(successor, "在庫はどうやって管理されていますか？エクセルですか？", "ja")
    assert two.topic is not None and two.topic.id == "dx_now"


def test_what_happened_back_then_is_not_answered_with_the_founding_year() -> None:
    s = meet("move_on_owner", "ja")
    reply = as_written(None, s.say("お店は3年前に改装されたと伺いました。その頃、社内ではどんなことが起きていたんでしょう。").owner_reply)
    assert not says_one_of(reply, answer_texts("move_on_owner", "founded")), reply


def test_a_why_question_worded_with_feel_is_no_feeling_question() -> None:
    q = "お客さんが離れないのは、どういうところが選ばれているからだと感じていらっしゃいますか。"
    assert ask_kind(q, "ja") != "feeling"
    s = meet("big_customer_owner", "ja")
    reply = as_written(None, s.say(q).owner_reply)
    assert not says_one_of(reply, peak_lines("big_customer_owner", "ja", "feeling")), reply
    assert ask_kind("ご自身では、今どんなお気持ちですか。", "ja") == "feeling"  # a real feeling question


def test_what_went_wrong_is_a_cause_not_a_place() -> None:
    q = "前の取り組みは、どこがうまくいかなかったと思われますか。"
    assert form_of(q, "ja") == "open"
    assert ask_kind("前回のやり方のどこが悪かったとお考えですか。", "ja") == "cause"
    assert form_of("本社はどこですか。", "ja") == "fact"


def test_an_utterance_ending_in_its_own_question_is_no_invitation() -> None:
    text = "次回も一緒に考えられたらと思っています。無理にとは言いません。前の取り組みは、どこがうまくいかなかったと思われますか。"
    assert not invites(text, "ja")
    assert invites("次回、よろしければ一緒に工場を見せていただけませんか。", "ja")
    en = "Next time, if you like, we could think it through together. What went wrong with the old shop?"
    assert not invites(en, "en")
    assert invites("Next time, could we look at the order book together?", "en")


def test_a_last_question_before_leaving_is_answered_first() -> None:
    assert not closes("次回もよろしくお願いします。では最後に一つだけ。5年後、会社の中の何が変わっていたら嬉しいですか。", "ja")
    assert closes("今日はこのあたりで。次回もよろしくお願いします。", "ja")
    assert closes("本日はありがとうございました。次回はいつ伺えばよろしいですか。", "ja")
    s = meet("move_on_owner", "ja")
    turn = s.say("次回もよろしくお願いします。では最後に一つだけ。5年後、会社の中の何が変わっていたら嬉しいですか。")
    assert "closing" not in turn.reaction, as_written(None, turn.owner_reply)


# -- 3. guarded, but rarely, and he knows his own facts -----------------------------------------
PROBING = [
    "娘さんは跡を継がれるんですか？",
    "後継ぎのことはどうお考えですか？",
    "娘さんとは、お店の先の話をされますか？",
    "吉田さんが辞めたらどうなりますか？",
    "お父様はどんな方でしたか？",
    "娘さんはお店を継ぐ気はあるんでしょうか？",
    "跡継ぎの話は、ご家族でされていますか？",
    "娘さんに継いでほしいと思われますか？",
    "お店を継ぐ方は決まっていますか？",
    "娘さんは継ぐおつもりですか？",
]


def test_guarded_non_answers_are_rare_and_never_repeated() -> None:
    persona = load_persona("family_values_owner")
    lines = persona.hesitations.get("ja") if persona.hesitations else []  # type: ignore[union-attr]
    from simulator import open_session

    s = open_session("family_values_owner", lang="ja", seed=3, store=None)
    s.say("こんにちは。本日はお時間をいただきありがとうございます。")
    said: list[str] = []
    for q in PROBING:
        if s.finished:
            break
        reply = as_written(None, s.say(q).owner_reply)
        said += [line for line in lines if line in reply]
    assert len(said) == len(set(said)), said
    assert len(said) <= 3, said


@pytest.mark.parametrize("pid", persona_ids())
def test_no_canned_all_sorts_evasion(pid: str) -> None:
    persona = load_persona(pid)
    lines = persona.hesitations.get("ja") if persona.hesitations else []  # type: ignore[union-attr]
    assert not [line for line in lines if "いろいろある" in line]


@pytest.mark.parametrize("pid", ["move_on_owner", "distrustful_founder", "big_customer_owner"])
def test_an_owner_does_not_send_the_supporter_to_someone_else_for_his_own_facts(pid: str) -> None:
    persona = load_persona(pid)
    assert persona.answers is not None
    unknown = persona.answers.unknown.get("ja")  # type: ignore[union-attr]
    assert not [t for t in unknown if any(w in t for w in ("事務に", "女房に", "家内に"))], unknown


def test_a_headcount_asked_after_a_give_back_is_answered() -> None:
    s = meet("family_values_owner", "ja")
    reply = as_written(None, s.say("娘さんが戻ってこられた、ということなんですね。ところで、職人さんは今何人いらっしゃいますか。").owner_reply)
    assert "五人" in reply, reply  # the short answer, or the fact that tells it at length


def test_he_knows_since_when_his_sales_have_been_flat() -> None:
    s = meet("move_on_owner", "ja")
    reply = as_written(None, s.say("売上が横ばいになったのは、何年くらい前からですか？").owner_reply)
    assert says_one_of(reply, answer_texts("move_on_owner", "sales_since")), reply


# -- 4. first replies and references ------------------------------------------------------------
def test_a_plain_factual_first_question_is_answered_not_only_greeted() -> None:
    from simulator import open_session

    s = open_session("reluctant_successor", lang="ja", seed=4, store=None)
    reply = as_written(None, s.say("はじめまして。DXのご相談と伺いました。在庫の管理は紙ですか？").owner_reply)
    assert says_one_of(reply, answer_texts("reluctant_successor", "dx_now")), reply


def test_the_sales_team_fact_needs_no_earlier_mention_of_the_big_chain() -> None:
    fact = load_persona("move_on_owner").fact("s_sales_team")
    assert "その大口" not in fact.text.ja and "that big" not in fact.text.en


# -- r11 playtests: owners know what they do, and a preface is no summary ------------------------
def test_recruiting_and_since_when_customers_fell_are_answered() -> None:
    s = meet("family_values_owner", "ja")
    reply = as_written(None, s.say("職人さんが足りないと伺いました。求人は出されているんですか？").owner_reply)
    assert says_one_of(reply, answer_texts("family_values_owner", "recruiting")), reply
    first = as_written(None, meet("family_values_owner", "ja").say("お店のお客さんが減っているそうですが、いつ頃から減ってきたんでしょう。").owner_reply)
    assert "五、六年" in first, first


def test_who_will_run_the_online_shop_is_answered_not_evaded() -> None:
    s = meet("move_on_owner", "ja")
    reply = as_written(None, s.say("ネット販売を始めたら、担当はどなたがされる予定ですか？").owner_reply)
    assert says_one_of(reply, answer_texts("move_on_owner", "ec_staff")), reply


def test_a_preface_naming_the_application_is_no_summary() -> None:
    persona = load_persona("reluctant_successor")
    q = read_question(persona, "在庫を何とかしたいとのことですが、今は在庫は紙ですか？", "ja")
    assert q.topic is not None and q.topic.id == "dx_now"
    # a real summary ending in a check still asks no fact
    check = read_question(persona, "電話とFAXで受けて、在庫はホワイトボード、ということですね。それで合っていますか？", "ja")
    assert check.topic is None


def test_a_question_on_his_own_words_names_no_profile_topic() -> None:
    persona = load_persona("move_on_owner")
    q = read_question(persona, "先ほどの、お客さんのことは後回し、というのはどういうことでしょう。", "ja")
    assert q.topic is None


def test_a_first_question_after_a_preface_is_answered() -> None:
    from simulator import open_session

    s = open_session("reluctant_successor", lang="ja", seed=8, store=None)
    reply = as_written(None, s.say("はじめまして。在庫を何とかしたいということですが、今は在庫はどうやって管理されていますか？").owner_reply)
    assert says_one_of(reply, answer_texts("reluctant_successor", "dx_now")), reply
