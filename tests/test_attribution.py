"""Words given back as the owner's that he never said (issues 8 and 9; playtest r6b defect 4).

A trainee who quotes or reports as the owner's words something he never said in this meeting
(「お客さんから直接『そこまでやってくれたら』と言われたんですね」 in r6b s05 T7) gets one feedback
line and no give-back credit for it; the owner corrects him mildly (「…そんなこと言いましたっけ？」)
with no relief and no trust. A faithful quote, a paraphrase in the trainee's own words, an
inflected form, a briefing fact mentioned as such, and a question are never flagged: there are
more of these cases than positive ones, since a false alarm is worse than a miss.

Each context is the owner's own words (facts of his persona) as he says them in a meeting.
"""

from __future__ import annotations

import pytest

from simulator import open_session
from simulator.acts import Utterance
from simulator.analysis import analyse
from simulator.analysis.attribution import attributions, trainee_briefing, unsaid_spans
from simulator.datafiles import load_persona
from simulator.scoring import score_turn

LINE = {
    "ja": "社長がまだ口にしていない言葉を、社長の言葉として返しています。",
    "en": "You gave back as the owner's words something the owner has not said in this meeting.",
}
ASK = {
    "ja": "そのあたり、もう少し聞かせていただけますか。",
    "en": "Could you tell me a bit more about that?",
}
# the owner's turns of each meeting: facts of his persona, as he says them
SAID: dict[str, list[str]] = {
    "big_customer_owner": ["press_parts_business", "one_big_customer", "nothing_pressing"],
    "distrustful_founder": ["labour_shortage", "old_machines", "busy_but_no_profit"],
    "family_values_owner": ["shop_history", "fewer_customers", "short_of_hands"],
    "move_on_owner": ["s_sales_flat", "s_ec_request", "s_products"],
    "reluctant_successor": ["business_overview", "dx_phone_fax", "processing_idea"],
}

# (owner, lang, utterance): attributes to the owner words he never said in the meeting
FLAGGED = [
    ("big_customer_owner", "ja", "先ほど、丸栄さんから『来年は発注を半分にする』と言われたんですね。そのとき、どう感じられましたか。"),
    ("big_customer_owner", "ja", "息子さんには継がせないと決めている、とおっしゃいましたね。"),
    ("big_customer_owner", "en", "You said Maruei told you 'we're halving your orders next year'. How did that feel?"),
    ("big_customer_owner", "en", "You mentioned your son doesn't want to take over."),
    ("distrustful_founder", "ja", "銀行から『設備投資は認められない』と言われたんですね。"),
    ("distrustful_founder", "ja", "奥さんが経理を見ている、とおっしゃっていました。そのあたりをもう少し伺えますか。"),
    ("distrustful_founder", "en", "You told me the bank said 'no more loans, not with your numbers'. What happened then?"),
    ("distrustful_founder", "en", "Earlier you mentioned your accountant quit last spring."),
    ("family_values_owner", "ja", "娘さんから「ネットで売ろう」と言われたんですね。"),
    ("family_values_owner", "ja", "百貨店への出店を断ったとおっしゃいましたね。そのときのお気持ちを聞かせていただけますか。"),
    ("family_values_owner", "en", "You said your daughter told you \"we should sell online\"."),
    ("family_values_owner", "en", "You mentioned you turned down a big chain that wanted your sweets."),
    ("move_on_owner", "ja", "先ほど、スーパーのバイヤーから『来期は棚を減らす』と言われたとおっしゃいましたね。"),
    ("move_on_owner", "ja", "営業部長が反対している、とおっしゃいました。"),
    ("move_on_owner", "en", "You said the supermarket buyer told you 'we're cutting your shelf space'."),
    ("move_on_owner", "en", "You mentioned your accountant wants to retire next year."),
    ("reluctant_successor", "ja", "お客さんから直接「そこまでやってくれたら」と言われたんですね。ただ、設備を入れるとなると…とおっしゃったところで言葉が止まりました。その先には、どんなことがありそうですか。"),
    ("reluctant_successor", "ja", "専務の叔父さんが反対している、とおっしゃいましたね。"),
    ("reluctant_successor", "en", "You said a customer told you 'we'd pay more for finished parts'."),
    ("reluctant_successor", "en", "Earlier you mentioned your uncle opposes the new system."),
]

# (owner, lang, utterance): a faithful quote, a paraphrase, an inflected form, a briefing fact
# mentioned as such, a question, or a give-back with no "you said": never flagged
NOT_FLAGGED = [
    # faithful quote / paraphrase / inflection / briefing / question
    ("big_customer_owner", "ja", "『図面も数量も向こうから来る』とおっしゃいましたね。そのあたりをもう少し聞かせていただけますか。"),
    ("big_customer_owner", "ja", "丸栄さんとは、お父様の代から半世紀のお付き合いだとおっしゃいましたね。"),
    ("big_customer_owner", "ja", "仕事はずっと途切れずにいただいている、とおっしゃっていました。"),
    ("big_customer_owner", "ja", "申込書には『特になし』と書かれていたと伺いました。"),
    ("big_customer_owner", "ja", "丸栄さんから『もっと安く』と言われたことはありますか。"),
    ("big_customer_owner", "en", "You said 'the drawings and the volumes come from them'. How does that work day to day?"),
    ("big_customer_owner", "en", "You mentioned that Maruei has been with you since your father's time."),
    ("big_customer_owner", "en", "You said the work kept coming all along."),
    ("big_customer_owner", "en", "I understand the form says 'nothing in particular'. What made you agree to meet?"),
    ("big_customer_owner", "en", "Did Maruei ever say 'we'll go elsewhere'?"),
    ("distrustful_founder", "ja", "若い人を採っても3年もたずに辞めてしまう、とおっしゃいましたね。"),
    ("distrustful_founder", "ja", "「どこで抜けてるんだか」とおっしゃいました。そこをもう少し伺えますか。"),
    ("distrustful_founder", "ja", "申込書には「人手不足、設備の老朽化」とだけあったと伺っています。"),
    ("distrustful_founder", "ja", "機械が止まると納期に響く、と。"),
    ("distrustful_founder", "ja", "若手の定着に苦労されている、とおっしゃいましたね。"),
    ("distrustful_founder", "ja", "旋盤が止まったら、と言われたらどうされますか。"),
    ("distrustful_founder", "en", "You said the young ones are gone inside three years."),
    ("distrustful_founder", "en", "You mentioned 'we'll have the work and nobody to do it'. What would that look like?"),
    ("distrustful_founder", "en", "You said the lathes are twenty years old and you nurse them along."),
    ("distrustful_founder", "en", "Have you ever said 'no' to a customer on price?"),
    ("distrustful_founder", "en", "You said keeping young staff is a real struggle."),
    ("distrustful_founder", "en", "The form only says 'labour shortage, ageing equipment', I understand."),
    ("family_values_owner", "ja", "おじい様が始められたお店で、社長が三代目とおっしゃいましたね。"),
    ("family_values_owner", "ja", "秋から春にかけてお客さんが減った、とおっしゃっていました。"),
    ("family_values_owner", "ja", "「若い人はなかなか来てくれん」とおっしゃいましたね。"),
    ("family_values_owner", "ja", "昨年の春に長女の方が入社されたと伺いました。"),
    ("family_values_owner", "ja", "娘さんから何か言われたことはありますか。"),
    ("family_values_owner", "en", "You said your grandfather opened the shop and you're the third generation."),
    ("family_values_owner", "en", "You mentioned people still queue for mizu-manju in summer."),
    ("family_values_owner", "en", "You said 'young people just don't come'."),
    ("family_values_owner", "en", "I heard your eldest daughter joined the company last spring."),
    ("family_values_owner", "en", "Did your daughter say anything about it?"),
    ("move_on_owner", "ja", "売上が5年間6億ちょっとで横ばいだ、とおっしゃいましたね。"),
    ("move_on_owner", "ja", "『全国のお客さんに直接売れるようにしたい』とおっしゃいました。"),
    ("move_on_owner", "ja", "ホームページは10年前に作ったきりで写真もろくに載っていない、とおっしゃっていました。"),
    ("move_on_owner", "ja", "申込書には「売上向上が至上命題」とありました。"),
    ("move_on_owner", "ja", "ネット通販と言われたのは、いつ頃からですか。"),
    ("move_on_owner", "en", "You said sales have been flat at a bit over six hundred million for five years."),
    ("move_on_owner", "en", "You mentioned the website hasn't been touched in ten years."),
    ("move_on_owner", "en", "You said you want to sell directly to customers all over Japan."),
    ("move_on_owner", "en", "The form says 'Growing sales is the top priority'. What does growth mean to you?"),
    ("move_on_owner", "en", "Did you say nozawana is the flagship?"),
    ("reluctant_successor", "ja", "取引は、ほとんどお父様の代からのお付き合いとおっしゃっていましたね。"),
    ("reluctant_successor", "ja", "受注はまだ電話とFAXが中心、と。"),
    ("reluctant_successor", "ja", "切るだけでなく、穴あけや曲げまでやれたら、とおっしゃいました。まだぼんやりでも、そう思われるようになったのは、何かきっかけがあったんですか。"),
    ("reluctant_successor", "ja", "会長は「銀行との調整以外は全部社長に任せている」と話されていたそうですね。"),
    ("reluctant_successor", "ja", "在庫のことで、ベテランの方に何か言われたことはありますか。"),
    ("reluctant_successor", "en", "You said most orders still come in by phone and fax."),
    ("reluctant_successor", "en", "You mentioned the stock lives on a whiteboard and in the veterans' heads."),
    ("reluctant_successor", "en", "You said you'd like to do drilling and bending too, not just cutting."),
    ("reluctant_successor", "en", "I understand the chairman told the advisor he has 'left everything to the president except dealing with the banks'."),
    ("reluctant_successor", "en", "Did the veterans ever say 'the whiteboard works fine'?"),
]


def _meeting(pid: str, lang: str) -> list[Utterance]:
    persona = load_persona(pid)
    out: list[Utterance] = []
    for fid in SAID[pid]:
        out.append(Utterance(speaker="trainee", text=ASK[lang]))
        out.append(Utterance(speaker="owner", text=persona.fact(fid).text.get(lang)))
    return out


def _say(pid: str, lang: str, text: str):  # noqa: ANN202 - a Turn and the persona
    session = open_session(pid, lang=lang, seed=0, store=None)
    session.history = _meeting(pid, lang)
    return session.say(text), session.persona


def _named(turn, lang: str) -> bool:  # noqa: ANN001
    return any(line.startswith(LINE[lang]) for line in turn.feedback)


def test_more_negative_cases_than_positive_ones() -> None:
    assert len(NOT_FLAGGED) >= 2 * len(FLAGGED)
    for cases in (FLAGGED, NOT_FLAGGED):
        assert {(p, lang) for p, lang, _ in cases} == {(p, lang) for p in SAID for lang in ("ja", "en")}


@pytest.mark.parametrize(("pid", "lang", "text"), FLAGGED)
def test_words_he_never_said_are_named_and_corrected(pid: str, lang: str, text: str) -> None:
    turn, persona = _say(pid, lang, text)
    assert _named(turn, lang), turn.feedback
    # the owner corrects it mildly, in character, with no relief and no trust for it
    assert turn.owner_reply in persona.never_said.get(lang)
    assert turn.reaction not in ("summary_relief", "reflection_response")
    assert turn.trust_delta <= 0
    assert not turn.revealed


@pytest.mark.parametrize(("pid", "lang", "text"), NOT_FLAGGED)
def test_what_he_said_is_never_flagged(pid: str, lang: str, text: str) -> None:
    turn, persona = _say(pid, lang, text)
    assert not _named(turn, lang), turn.feedback
    assert turn.owner_reply not in persona.never_said.get(lang)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_give_back_made_only_of_unsaid_words_gets_no_give_back_credit(lang: str) -> None:
    text = {
        "ja": "お客さんから直接「そこまでやってくれたら」と言われたんですね。ただ、設備を入れるとなると…とおっしゃったところで言葉が止まりました。その先には、どんなことがありそうですか。",
        "en": "You said a customer told you 'we'd pay more for finished parts'. And you said the bank turned down the loan for a press brake. What comes after that?",
    }[lang]
    ctx = _meeting("reluctant_successor", lang)
    analysis = analyse(text, ctx, lang, briefing="")
    assert analysis.features.unsaid
    assert not analysis.has("summary", "reflection")
    turn = score_turn(analysis, ctx)
    assert turn.scores["summarising"] is None
    assert "unsaid" in turn.flags
    # no praise for a give-back next to it
    assert all(line.startswith(LINE[lang]) for line in turn.feedback), turn.feedback


def test_a_summary_with_one_unsaid_quote_keeps_less_credit_than_a_faithful_one() -> None:
    ctx = _meeting("big_customer_owner", "en")
    faithful = "So Maruei for fifty years, seventy percent of sales, and the drawings come from them. Is that right?"
    invented = (
        "So Maruei for fifty years, seventy percent of sales, and last year they told you "
        "'It's price', just that. Is that right?"
    )
    brief = trainee_briefing(load_persona("big_customer_owner"), "en")
    good = score_turn(analyse(faithful, ctx, "en", briefing=brief), ctx)
    bad = score_turn(analyse(invented, ctx, "en", briefing=brief), ctx)
    assert "unsaid" not in good.flags and "unsaid" in bad.flags
    assert bad.scores["summarising"] < good.scores["summarising"]
    assert bad.feedback[0].startswith(LINE["en"])


def test_r6b_s05_turn7_in_its_own_meeting() -> None:
    """The playtest's own case: after six turns of a real meeting, the trainee invents a
    customer's words; the owner had said nothing of the kind."""
    owner = [
        "はじめまして、角田です。…あの、会長から話は聞いてます。どうぞ、こちらに。振り返ると…正直、まだ社長になった実感があまりないんです。挨拶回りをして、数字を見て、現場を回って。やることは常務のころとそんなに変わってないかもしれません。",
        "はい…そうなんです、たぶん。うちは鋼材の卸と、切断加工をやってます。お客さんは県内の機械メーカーさんとか金物の会社さんが中心で…取引は、ほとんど父の代からのお付き合いですね。",
        "…そうなんです。ちゃんと分かってもらえて、うれしいです。新規事業のほうは…加工の仕事をもう少し増やせないかな、とは思ってるんです。切るだけじゃなくて、穴あけとか曲げまでやれたら、って。まだぼんやりですけど。",
        "そこは…まだ、言葉にできなくて。",
    ]
    ctx: list[Utterance] = []
    for o in owner:
        ctx += [Utterance(speaker="trainee", text="どんなふうに過ごしてこられましたか。"), Utterance(speaker="owner", text=o)]
    text = "お客さんから直接「そこまでやってくれたら」と言われたんですね。ただ、設備を入れるとなると…とおっしゃったところで言葉が止まりました。その先には、どんなことがありそうですか。"
    spans = unsaid_spans(text, ctx, "ja", trainee_briefing(load_persona("reluctant_successor"), "ja"))
    assert spans == ["お客さんから直接「そこまでやってくれたら」と言われた", "ただ、設備を入れるとなると…とおっしゃった"]
    # the faithful reflection right before it in the same meeting is not flagged
    good = "切るだけでなく、穴あけや曲げまでやれたら、と。まだぼんやりでも、そう思われるようになったのは、何かきっかけがあったんですか。"
    assert unsaid_spans(good, ctx, "ja", "") == []


def test_a_briefing_fact_as_hearsay_is_fair_but_not_as_you_said() -> None:
    """「会長は『全部社長に任せている』と話されていたそうですね」 comes from the briefing; told as
    what the owner said in this meeting, the same words are his invention."""
    pid, lang = "reluctant_successor", "ja"
    ctx = _meeting(pid, lang)
    brief = trainee_briefing(load_persona(pid), lang)
    hearsay = "会長は「銀行との調整以外は全部社長に任せている」と話されていたそうですね。"
    as_his = "先ほど、会長が「銀行との調整以外は全部社長に任せている」とおっしゃいましたね。"
    assert unsaid_spans(hearsay, ctx, lang, brief) == []
    assert unsaid_spans(as_his, ctx, lang, brief)


def test_without_the_briefing_a_bare_quote_is_not_judged() -> None:
    """A transcript scored without its persona: a quote with no "you said" may come from a
    briefing unknown here, so it is left alone; a "you said" is still judged."""
    ctx = _meeting("move_on_owner", "en")
    bare = "So, 'a shop on Rakuten by spring'. Where would you like to start?"
    framed = "You said you want a shop on Rakuten by spring."
    assert attributions(bare, ctx, "en", None) == []
    assert unsaid_spans(bare, ctx, "en", "") == ["'a shop on Rakuten by spring'"]
    assert unsaid_spans(framed, ctx, "en", None)


def test_every_owner_can_say_he_never_said_it() -> None:
    for pid in SAID:
        persona = load_persona(pid)
        assert persona.never_said is not None, pid
        for lang in ("ja", "en"):
            lines = persona.never_said.get(lang)
            assert len(set(lines)) >= 2, (pid, lang)


def test_a_model_voicing_the_owner_is_told_to_correct_it() -> None:
    from simulator.engine import EngineState
    from simulator.engine.state import ReplyIntent
    from simulator.persona import Reaction, Stage
    from simulator.voice.prompt import turn_note

    persona = load_persona("reluctant_successor")
    state = EngineState.initial(persona, "ja", 0)
    intent = ReplyIntent(
        reaction=Reaction.ACKNOWLEDGE, stage=Stage.RAPPORT, trust=30, trust_delta=0, never_said=True
    )
    note = turn_note(persona, state, intent, [])
    assert "something you never said" in note
    assert persona.never_said.ja[0] in note


def test_the_report_lists_it_as_a_mistake_never_as_a_strength() -> None:
    session = open_session("reluctant_successor", lang="en", seed=0, store=None)
    session.say("Thank you for your time today. Could you tell me about the company in your own words?")
    first = session.say("What kind of work takes up most of your day?").owner_reply
    assert first
    session.say("You said a customer told you 'we'd pay more for finished parts'. What did you make of that?")
    report = session.report()
    assert report.mistakes.get("unsaid") == [3]
    assert 3 not in [s["turn"] for s in report.strengths]
    hint = next(h for h in report.hints if h["turn"] == 3)
    assert hint["problem"].startswith(LINE["en"])
    live = [t.scores for t in session.turns if t.trainee_text]
    assert [t["scores"] for t in report.turn_results] == live


def test_a_rehearsal_owner_can_say_he_never_said_it_too() -> None:
    from simulator.rehearsal import ARCHETYPES, RehearsalForm, build_persona

    for archetype in ARCHETYPES:
        persona = build_persona(
            RehearsalForm(
                archetype=archetype,
                industry="和菓子の製造販売",
                employees=18,
                founded=1962,
                company="株式会社みやび堂",
                application="売上の減少と職人の高齢化。",
            ),
            persona_id="rh_test",
        )
        assert persona.never_said == load_persona(archetype).never_said


def test_words_framing_an_exact_quote_are_not_judged_as_his() -> None:
    """Playtest r7b s07: exact quotes of the owner, framed with 「最初に」「一方で、先ほどは」, were
    flagged as unsaid because the framing words were not his."""
    from simulator.analysis.attribution import unsaid_spans

    t1 = Utterance(
        speaker="owner",
        text="ああ、どうもどうも。こんな小さな会社まで、わざわざすみませんね。地味な仕事ばかりのところですけど。",
    )
    t7 = Utterance(
        speaker="owner", text="口に出したことはないですが、胸のどこかに引っかかってはいるんでしょうね。"
    )
    for text, owner in (
        ("最初に「地味な仕事ばかり」とおっしゃっていましたが、社長が大事にしてこられたのは何でしょう。", t1),
        ("一方で、先ほどは「胸のどこかに引っかかっている」ともおっしゃいました。今はどう見ていますか。", t7),
        ("さっき『地味な仕事ばかり』と言われましたよね。その中身を伺えますか。", t1),
    ):
        assert unsaid_spans(text, [owner], "ja", briefing="") == [], text
    # an invented quote is still found, however it is framed
    invented = "最初に「もう辞めたい」とおっしゃっていましたが、そのあたりを伺えますか。"
    assert unsaid_spans(invented, [t1], "ja", briefing="") != []
