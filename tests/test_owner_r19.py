"""Round 19: owner replies that fit, from round 18's blind playtests (issue 9).

New sentences in the style of the defects (not the playtest's own), each with a near miss that
must not change. Every test fails on d0f9e83.
"""

from __future__ import annotations

from simulator.session import open_session
from simulator.wording.peak import invites

OPEN_JA = "本日はお時間をいただきありがとうございます。まずは会社のことをお聞かせいただけますか。"
OPEN_EN = "Thank you for your time today. Could you tell me about the company to begin with?"


def play(owner: str, lang: str, seed: int, lines: list[str], trust: float | None = None) -> list[str]:
    """The owner's replies; ``trust`` is set after the first (greeting) turn."""
    s = open_session(owner, lang=lang, seed=seed, store=None)
    out = [s.say(lines[0]).owner_reply]
    if trust is not None:
        s.state.trust = trust
    out += [s.say(line).owner_reply for line in lines[1:]]
    return out


# -- a question whose pointing word leaves its subject to the sentence before (r18b s01 T8) -------


def test_a_pointing_question_asks_about_the_sentence_before() -> None:
    said = play("distrustful_founder", "ja", 11, [
        OPEN_JA, "指導員さんから、以前に専門家の支援を受けられたと伺いました。そのときは、どんな感じだったんでしょうか。",
    ], trust=40)
    assert "報告書" in said[1]  # his story of the earlier support, not 「まあ、見ての通りだよ」


def test_a_question_with_a_subject_of_its_own_does_not_point_back() -> None:
    said = play("distrustful_founder", "ja", 11, [
        OPEN_JA, "指導員さんから、以前に専門家の支援を受けられたと伺いました。ところで、社員の皆さんはどんな方たちですか。",
    ], trust=40)
    assert "報告書" not in said[1]


# -- a request to see or visit next time is a next step, not a figure question (r18b s01 T10) ----

REQUESTS = [
    ("ja", "次回、工場を見せていただくことはできますか。"),
    ("ja", "今度お邪魔したときに、現場を拝見してもよろしいでしょうか。"),
    ("en", "Next time, could I take a look around the shop floor?"),
    ("en", "Would it be all right if I visited the factory when we next meet?"),
]


def test_a_request_for_next_time_is_an_invitation() -> None:
    for lang, text in REQUESTS:
        assert invites(text, lang), text
    assert not invites("工場を見せていただくことはできますか。", "ja")  # no next time: no invitation
    assert not invites("Could I take a look at the numbers?", "en")


def test_a_request_to_see_the_factory_gets_his_yes_or_no() -> None:
    ja = play("distrustful_founder", "ja", 5, [OPEN_JA, "現場を大事にされているんですね。次回、もしよろしければ、工場を少し見せていただくことはできますか。"], trust=45)
    assert "ぱっとは" not in ja[1] and "はっきりしたこと" not in ja[1]
    assert any(w in ja[1] for w in ("来る", "一緒", "考えと", "止めない"))
    en = play("distrustful_founder", "en", 5, [OPEN_EN, "Next time, if it suits you, could I take a look around the factory?"], trust=45)
    assert any(w in en[1] for w in ("come", "once", "think about it"))


# -- a figure he does not have, asked cold, gets his curt honest answer, not a nod (r18b s02) ----


def test_a_cold_owner_still_answers_a_figure_question_in_english() -> None:
    lines = [OPEN_EN, "OK, the machines. How many machines are on the floor?"]
    said = play("distrustful_founder", "en", 21, lines, trust=4)
    assert "twenty" in said[1].lower()  # his machines, not "...Hm."
    said = play("distrustful_founder", "en", 21, [OPEN_EN, "How many more people would you want to take on this year?"], trust=4)
    assert said[1].strip(" .…") not in ("Hm", "...Hm", "Got it", "Yeah, yeah, got it")
    assert "say" in said[1].lower() or "know" in said[1].lower()


def test_a_cold_owner_still_turns_a_push_aside() -> None:
    said = play("distrustful_founder", "en", 21, [OPEN_EN, "You should hire more young people, shouldn't you?"], trust=4)
    assert "twenty" not in said[1].lower() and "never counted" not in said[1].lower()


# -- "without the books" answers an amount, not how long something has been so (r18a s07 T6) ------


def test_the_books_line_answers_only_an_amount() -> None:
    from simulator.wording.peak import amounts

    assert amounts("And roughly how much do the materials cost you a month?", "en")
    assert amounts("材料費は月にいくらくらいかかっていますか。", "ja")
    assert not amounts("How long have you been doing the set-ups yourself?", "en")
    assert not amounts("いつ頃からお一人で見積もりをされているんですか。", "ja")


def test_how_long_is_not_met_with_the_books() -> None:
    from simulator.datafiles import load_persona
    from simulator.engine.state import AnswerIntent, EngineState, ReplyIntent
    from simulator.persona import Reaction, Stage
    from simulator.voice.offline import BOOKS, answer_text

    persona = load_persona("distrustful_founder")
    for lang in ("en", "ja"):
        seen = set()
        for seed in range(12):
            state = EngineState.initial(persona, lang, seed)
            intent = ReplyIntent(reaction=Reaction.ANSWER_CLOSED, stage=Stage.RAPPORT, trust=40.0, trust_delta=0.0,
                                 answer=AnswerIntent())
            seen.add(answer_text(persona, state, intent))
        assert seen and not any(BOOKS[lang].search(t) for t in seen if t)
        state = EngineState.initial(persona, lang, 0)
        intent = ReplyIntent(reaction=Reaction.ANSWER_CLOSED, stage=Stage.RAPPORT, trust=40.0, trust_delta=0.0,
                             answer=AnswerIntent(amount=True))
        every = {answer_text(persona, EngineState.initial(persona, lang, s), intent) for s in range(12)}
        assert any(BOOKS[lang].search(t) for t in every if t)  # an amount may still get it


# -- a yes/no question on the future is no feeling to put into words (r18a s06 T8) ----------------


def test_a_yes_no_question_never_gets_cant_put_it_into_words() -> None:
    from simulator.datafiles import load_persona
    from simulator.engine.state import EngineState, ReplyIntent
    from simulator.persona import Reaction, Stage
    from simulator.voice.offline import WORDLESS, _avoid

    persona = load_persona("big_customer_owner")
    state = EngineState.initial(persona, "en", 1)
    state.turn = 5
    intent = ReplyIntent(reaction=Reaction.ANSWER_CLOSED, stage=Stage.RAPPORT, trust=30.0, trust_delta=0.0,
                         ask_kind="future", held_back=True)
    polar = "Have you and your main customer ever sat down to talk about the years ahead?"
    assert WORDLESS["en"] in _avoid(state, intent, polar)
    assert WORDLESS["ja"] in _avoid(EngineState.initial(persona, "ja", 1), intent, "丸栄さんと先の話はされましたか？")
    open_q = "How do you picture the years ahead?"  # near miss: his picture may be hard to put in words
    assert WORDLESS["en"] not in _avoid(state, intent, open_q)


# -- a pure reassurance (the guideline's own words) is a promise, no question to put off (r18b s04 T8)

REASSURANCES = [
    ("ja", "話せるところだけで結構です。触れてほしくない話があれば、遠慮なく言ってください。"),
    ("ja", "今日伺ったお話は、社長の了解なく外に漏らしたりはしません。"),
    ("ja", "ここでのお話を、ご家族や取引先にお伝えすることはありません。"),
    ("en", "What you tell me stays between us, and if there's anything you would rather I didn't touch, just say so."),
    ("en", "Only as much as you're comfortable with. Nothing leaves this room."),
]


def test_the_guidelines_reassurance_is_read() -> None:
    from simulator.wording.statements import only_reassures, reassures

    for lang, text in REASSURANCES:
        assert reassures(text, lang) and only_reassures(text, lang), text
    assert not reassures("誰にも話していないことはありますか。", "ja")  # near miss: a question on secrets
    assert not reassures("Is there anyone you've told about this?", "en")


def test_a_pure_reassurance_is_not_met_with_a_put_off() -> None:
    start = [OPEN_JA, "会長さんとのこと、少し気になっています。"]
    said = play("reluctant_successor", "ja", 7, [
        *start, "話せる範囲で結構です。会長とのことで触れてほしくないところがあれば、そうおっしゃってください。",
    ], trust=60)
    assert "ちょっと" not in said[2] and "今は" not in said[2]  # a promise taken in, nothing put off
    # near miss: a question on what he holds back may still be put off
    said = play("reluctant_successor", "ja", 7, [*start, "会長とのことで、まだお話しになりにくいところもありますか。"], trust=60)
    assert "ちょっと" in said[2]


# -- "What would make …" asks what would be worth it, not what he makes (r18a s07 T4) ------------


def test_what_would_make_it_worthwhile_is_not_his_products() -> None:
    from simulator.datafiles import load_persona
    from simulator.wording.asking import find_topic

    for owner in ("distrustful_founder", "big_customer_owner"):
        persona = load_persona(owner)
        for q in ("What would make a meeting like this useful for you?", "What could make today worth the hour?"):
            t = find_topic(persona, q, "en")
            assert t is None or t.id != "products", (owner, q)
        t = find_topic(persona, "What do you make?", "en")  # near miss: his products
        assert t is not None and t.id == "products"


# -- how things stand with his big customer now is answered (r18a s06 T5) ------------------------


def test_how_things_are_with_the_big_customer_is_answered() -> None:
    from simulator.datafiles import load_persona
    from simulator.engine.open_talk import open_topic

    persona = load_persona("big_customer_owner")
    for lang, q in (("en", "And how are things going with Maruei these days?"), ("ja", "丸栄さんとは最近、いかがですか。")):
        t = open_topic(persona, q, lang)
        assert t is not None and t.id == "orders", q
    t = open_topic(persona, "How are things at home these days?", "en")
    assert t is None or t.id != "orders"


# -- a loaded inference put as a check gets his mild correction, not agreement (r18b s07 T7) ------


def test_a_loaded_inference_is_not_agreed_to() -> None:
    from simulator.wording.statements import infers_unsaid

    owner = "まあ、できれば、若い者が長く続けられる職場にしたい、とは思ってますけどね。"
    assert infers_unsaid("長く続けられる職場、ということは、今は若い人がすぐ辞めてしまっているということですか？", "ja", owner)
    assert infers_unsaid("ということは、職人さんたちとの間に何か揉め事があるということでしょうか？", "ja", owner)
    # near miss: his own words checked back are confirmed, not corrected
    assert not infers_unsaid("ということは、若い者が長く続けられる職場にしたい、ということですか？", "ja", owner)
    en = "I'd like it to be a place where the young ones want to stay, that's all."
    assert infers_unsaid("So does that mean the young ones don't want to stay right now?", "en", en)
    assert not infers_unsaid("Does that mean you'd like it to be a place the young ones want to stay?", "en", en)


def test_the_owner_corrects_a_loaded_inference() -> None:
    s = open_session("big_customer_owner", lang="ja", seed=17, store=None)
    s.say(OPEN_JA)
    s.state.last_owner_text = "そうですねえ…できれば、今いる者が安心して働ける会社のままでいたい、とは思いますが。"
    reply = s.say("安心して働ける会社のままでいたい、ということは、今は不安を抱えている社員さんがいるということですか？").owner_reply
    assert "その通り" not in reply and "そうなんです" not in reply
    assert any(w in reply for w in ("言ってない", "言いました", "話しました", "そこまでは"))


# -- the chairman's stance is his, not the phone-and-fax facts (r18a s10 T6) ---------------------


def test_the_chairmans_stance_is_answered_as_such() -> None:
    from simulator.datafiles import load_persona
    from simulator.wording.asking import find_topic

    persona = load_persona("reluctant_successor")
    for lang, q in (("ja", "会長は、新しいシステムには反対なんですか？"), ("en", "Is the chairman against a new ordering system?")):
        t = find_topic(persona, q, lang)
        assert t is not None and t.id == "chairman_view", q
    t = find_topic(persona, "受発注は、まだFAXが中心ですか？", "ja")  # near miss: his ordering itself
    assert t is not None and t.id == "dx_now"


# -- a yes/no question on a plan, placed ahead only by a time word, gets its topic (r18a s08 T6) ---


def test_will_she_take_over_is_a_succession_question() -> None:
    from simulator.datafiles import load_persona
    from simulator.wording.asking import read_question

    persona = load_persona("family_values_owner")
    q = read_question(persona, "お店に戻られたんですね。お嬢さんは、いずれ跡を継がれるご予定ですか？", "ja")
    assert q.topic is not None and q.topic.id == "successor"
    # near miss: his wish for the future stays a wish (no fact of today answers it)
    q = read_question(persona, "お嬢さんには、将来どんなお店にしていってほしいですか？", "ja")
    assert q.topic is None


# -- who would run it, framed as his picture, is still a who question (r18b s05 T4) --------------


def test_who_would_run_it_is_answered() -> None:
    from simulator.datafiles import load_persona
    from simulator.wording.asking import read_question

    for owner in ("move_on_owner", "distrustful_founder"):
        persona = load_persona(owner)
        q = read_question(persona, "ネット販売を始めるとしたら、社内でどなたが担っていくイメージですか。", "ja")
        assert q.topic is not None and q.topic.id == "who_handles", owner
        # near miss: his picture of the future with nobody asked about stays a wish
        q = read_question(persona, "ネット販売を始めたら、どんな会社になっていたいですか。", "ja")
        assert q.topic is None


# -- his praise of the supporter's technique: once a meeting, never a stock line (r18b s05 T10) ---


_PRAISE = {
    "ja": r"(まとめて(もら|いただ|くれ)|並べて(もら|いただ)|(人|ひと)に(言って|話して)(もら|み)|話してみるもん|聞いてもらえ|整理が(つ|でき))",
    "en": r"(?i)(laid out like that|hearing it back|hearing it laid)",
}


def test_technique_praise_is_said_once_a_meeting() -> None:
    import re

    from simulator.datafiles import load_persona
    from simulator.engine.state import EngineState, ReplyIntent
    from simulator.persona import Reaction, Stage
    from simulator.voice.offline import compose

    for owner in ("move_on_owner", "big_customer_owner", "reluctant_successor"):
        persona = load_persona(owner)
        for lang in ("ja", "en"):
            state = EngineState.initial(persona, lang, 5)
            praised = 0
            for turn in range(2, 8):
                state.turn = turn
                intent = ReplyIntent(reaction=Reaction.SUMMARY_RELIEF, stage=Stage.APPROACH, trust=70.0,
                                     trust_delta=2.0, approving=True, gave_back=True)
                reply = compose(persona, state, intent, "")
                praised += bool(re.search(_PRAISE[lang], reply))
            assert praised <= 1, (owner, lang)
    from simulator.voice.offline import TECHNIQUE

    assert TECHNIQUE["ja"].search("こうやってまとめてもらうと、自分でも整理がつくね。")
    assert not TECHNIQUE["ja"].search("うん、その通り。営業はずっと部長任せでね。")  # near miss: agreement only


# -- 誰か / どなたか is someone, no who question (r18b s03 T3) ---------------------------------------


def test_someone_is_not_a_who_question() -> None:
    from simulator.wording.asking import form_of

    assert form_of("今は誰か一人が全部抱えている、という感じなんですか？", "ja") == "polar"
    assert form_of("どなたか、相談できる方はいらっしゃるんですか？", "ja") == "polar"
    assert form_of("誰も口を出さないんですか？", "ja") == "polar"
    assert form_of("誰が全部抱えているんですか？", "ja") == "fact"  # near miss: a real who
    assert form_of("どなたが相談相手なんですか？", "ja") == "fact"


# -- 「その先のこと」 asks about what comes next: his picture, not a profile fact (r18a s03 T8) ---------


def test_what_comes_after_that_is_a_future_question() -> None:
    from simulator.wording.asking import ask_kind

    assert ask_kind("職人さんが引退されたら、その先のことはどうお考えですか。", "ja") == "future"
    assert ask_kind("そこから先のことは、どんなふうに考えていらっしゃいますか。", "ja") == "future"
    assert ask_kind("その職人さんは、どんな方なんですか。", "ja") != "future"  # near miss


def test_how_far_it_has_got_is_his_ordering_answer() -> None:
    from simulator.datafiles import load_persona
    from simulator.wording.asking import find_topic

    persona = load_persona("reluctant_successor")
    for lang, q in (("ja", "デジタル化は、今どこまで進んでいるんですか？"), ("en", "How far have you got with going digital?")):
        t = find_topic(persona, q, lang)
        assert t is not None and t.id == "dx_now", q
    t = find_topic(persona, "会長は、デジタル化に反対なんですか？", "ja")  # near miss: his father's stance
    assert t is not None and t.id == "chairman_view"


# -- a summary checked with 「ということですよね？」 is confirmed or corrected, never put off (r18b s10 T10)


def test_a_summary_check_ending_yone_is_a_check() -> None:
    from simulator.voice.offline import POSTPONE
    from simulator.wording.peak import checks

    assert checks("整理すると、お客さんが減って、職人さんも高齢になっている、ということですよね？", "ja")
    assert not checks("職人さんは何人いらっしゃるんですか？", "ja")  # near miss: a question of its own
    assert POSTPONE["ja"].search("まあ、お茶でも飲みながら、またいつか。")
    assert not POSTPONE["ja"].search("いつかは娘に任せたいと思うとるんよ。")


# -- "we don't do anything special" says what he does: no answer to his view (r18a s10 T10) -------


def test_his_view_is_not_answered_with_what_he_does() -> None:
    from simulator.datafiles import load_persona
    from simulator.engine.state import EngineState, ReplyIntent
    from simulator.persona import Reaction, Stage
    from simulator.voice.offline import _avoid, _fits

    persona = load_persona("reluctant_successor")
    state = EngineState.initial(persona, "ja", 2)
    state.turn = 6
    line = "ええと…特別なことは、何もしてないんです。昔からのやり方で、ですかね。"
    view = ReplyIntent(reaction=Reaction.ANSWER_OPEN, stage=Stage.RAPPORT, trust=30.0, trust_delta=0.0, ask_kind="opinion")
    assert not _fits(line, _avoid(state, view, "会長のお考えは分かりました。社長ご自身は、どう受け止めていらっしゃいますか？"))
    doing = ReplyIntent(reaction=Reaction.ANSWER_OPEN, stage=Stage.RAPPORT, trust=30.0, trust_delta=0.0, ask_kind="open")
    assert _fits(line, _avoid(state, doing, ""))  # near miss: what he does may still be answered so
