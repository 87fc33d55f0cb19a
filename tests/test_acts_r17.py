"""Issue 8, acts17 (tuning set t10, written blind by a second author): dialogue-act precision.
New sentences (none copied from t10); each class fails on main 974a629 and has negative cases (a
false alarm is worse than a miss for feedback).

1. Empathy only the learned layer reads, in a turn with no word of feeling or effort: an
   apology and a re-check (「失礼しました。三十五名でしたね。」, "Sorry, you said. Twelve."), a
   plain fact given back ("Nine years on average — that's a while."), an answer about fees, a
   verdict on his business. Words of a blow taken or a life's work given (「身を削って」「痛手」,
   "a big blow", "given this place a lot") keep it.
2. A 何か question that is the second half of an either-or (「…昔からですか？それとも何か理由が
   あったんですか？」) or asks whether word was received (「本社から何か正式な連絡はありましたか」)
   is closed; 「何かきっかけがあったんですか」 on its own stays open.
3. English advice in disguise: what "firms your size" / "shops like yours" do, an imperative after
   "Going forward,", a verdict of risk ("a real weak spot", "you're in serious trouble"); and
   "There's nothing you need to prepare" is no push. Praise of businesses like his and a question
   about his exposure stay free of advice.
4. A new question after an acknowledgement or a give-back is asked: the learned layer's drop of
   the rules' one question ("Oh no, that's painful. Did you manage to get any of it back?"), and
   a short question on a thing he never named taken for a check tag (「一年で二人…。二人とも
   同じ工程の方でしたか？」); 「堪えますね」 is empathy. A check of the give-back (「合っていますか？」)
   stays no question of its own.
5. English cheerleading ("You'll be fine, I just know it!") is a pep talk, as 「社長なら絶対大丈夫
   ですよ」 is in Japanese, not a give-back; a date proposed for the next meeting ("Does Thursday
   at two work for you?") is logistics, not a closed question.
"""

from __future__ import annotations

from simulator.analysis import analyse

from .turns import ctx


def acts(text: str, owner: str, lang: str) -> set[str]:
    return {a.value for a in analyse(text, ctx(("owner", owner)), lang).acts}  # type: ignore[arg-type]


# --- 1. the learned layer's empathy with no word of feeling or effort --------------------------


def test_apology_and_recheck_is_no_empathy_ja() -> None:
    owner = "だから、さっきも言ったでしょう。パートを入れて三十五人。"
    for text in ("失礼しました。三十五名でしたね。", "すみません、三十五名でしたね。"):
        assert "empathy" not in acts(text, owner, "ja"), text


def test_fee_answer_is_no_empathy_ja() -> None:
    owner = "で、これ相談料とか取られるんですか？"
    text = "いいえ、相談料はいただいておりません。ご不明な点があれば、いつでも聞いてください。"
    assert "empathy" not in acts(text, owner, "ja")


def test_plain_fact_given_back_is_no_empathy_en() -> None:
    owner = "Our drivers have been with us nine years on average."
    for text in ("Nine years on average — that's a while.", "Nine years, on average."):
        assert "empathy" not in acts(text, owner, "en"), text
    owner = "Folks keep telling me I ought to retire."
    assert "empathy" not in acts("People keep telling you to retire.", owner, "en")


def test_verdict_is_no_empathy_en() -> None:
    owner = "About eighty percent of what we make goes to one dairy."
    text = "That much reliance on one buyer is a real weak spot."
    assert "empathy" not in acts(text, owner, "en")


def test_blow_and_life_work_stay_empathy() -> None:
    # negatives: words of a blow taken or a life's work given, read by the learned layer
    owner = "先月、大口の取引先が飛んでね。八百万の売掛が戻ってこない。"
    assert "empathy" in acts("八百万ですか…。それは大きな痛手でしたね。", owner, "ja")
    owner = "二十五年、朝三時に起きてパンを焼いてきたんです。休んだのは入院したときだけ。"
    text = "二十五年、毎朝三時から。本当に身を削ってこられたんですね。"
    assert "empathy" in acts(text, owner, "ja")
    owner = "The bank pulled our credit line last week, with no warning."
    assert "empathy" in acts("That's a big blow. How much did the line cover?", owner, "en")
    owner = "I've worked every weekend since we opened the bakery."
    text = "Every weekend since the bakery opened. You've given this place a lot."
    assert "empathy" in acts(text, owner, "en")


def test_worded_empathy_unchanged() -> None:
    owner = "最近、夜中に目が覚めてね。支払いのことばかり考えてしまって。"
    assert "empathy" in acts("それはおつらいですね。", owner, "ja")
    owner = "I haven't had a day off in two years."
    assert "empathy" in acts("That sounds exhausting.", owner, "en")


# --- 2. closed 何か questions --------------------------------------------------------------------


def test_either_or_with_nanika_is_closed_ja() -> None:
    owner = "職人同士がね、どうもうまくいってないんですよ。"
    text = "うまくいかないのは、前からですか？それとも何か理由があったんですか？"
    got = acts(text, owner, "ja")
    assert "closed_question" in got and "open_question" not in got, got


def test_word_received_is_closed_ja() -> None:
    owner = "親会社が工場を閉めるかもしれないって話が出てるんだ。"
    text = "それはご心配ですね。親会社から、何か正式な連絡はありましたか？"
    got = acts(text, owner, "ja")
    assert "closed_question" in got and "open_question" not in got, got


def test_story_prompt_with_nanika_stays_open_ja() -> None:
    # negatives: an invitation to tell what happened stays open
    owner = "職人同士がね、どうもうまくいってないんですよ。"
    for text in ("何かきっかけがあったんですか？", "そうなるまでに、何かあったんですか？"):
        got = acts(text, owner, "ja")
        assert "open_question" in got, (text, got)


# --- 3. English advice in disguise; a "nothing you need to" is none ----------------------------


def test_what_businesses_like_yours_do_is_advice_en() -> None:
    owner = "Summers are packed and then January is a ghost town."
    for text in (
        "Usually firms your size spread that out with annual service plans.",
        "Typically, shops like yours bring in a part-timer just for the peak.",
    ):
        assert "advice" in acts(text, owner, "en"), text


def test_going_forward_imperative_is_advice_en() -> None:
    owner = "Our last bookkeeper took money from the till for two years."
    text = "I'm so sorry, that's awful. Going forward, make sure the bank statements go to you directly."
    got = acts(text, owner, "en")
    assert {"advice", "empathy"} <= got, got


def test_risk_verdict_is_advice_en() -> None:
    owner = "About eighty percent of what we make goes to one dairy."
    for text in (
        "That much reliance on one buyer is a real weak spot.",
        "If the dairy changes suppliers, you're in serious trouble.",
    ):
        assert "advice" in acts(text, owner, "en"), text


def test_no_advice_in_praise_or_reassurance_en() -> None:
    # negatives: businesses like his praised, nothing asked of him, his own risk asked about
    owner = "We're a small family print shop. I'm not sure why I'm here, honestly."
    for text in (
        "Businesses like yours are what keep a high street alive.",
        "Thanks for making the time. There's nothing you need to prepare — I'm here to listen.",
        "How exposed do you feel to that one buyer?",
    ):
        assert "advice" not in acts(text, owner, "en"), text


# --- 4. a new question after a give-back or an acknowledgement is asked ------------------------


def test_question_after_empathy_stays_asked_en() -> None:
    owner = "Our biggest customer went under and we're owed eighteen thousand."
    for text in (
        "Oh no, that's painful. Did you manage to get any of it back?",
        "Eighteen thousand — I'm sorry, that's a real strain. Was it covered by insurance?",
    ):
        got = acts(text, owner, "en")
        assert "closed_question" in got and "empathy" in got, (text, got)


def test_new_question_after_give_back_is_asked_ja() -> None:
    owner = "この一年で、検品の人が二人辞めちゃってね。"
    text = "一年で二人…。二人とも同じ工程の方でしたか？"
    assert "closed_question" in acts(text, owner, "ja")
    assert {"closed_question", "empathy"} <= acts("一年で二人…それは堪えますね。二人とも同じ工程の方でしたか？", owner, "ja")


def test_check_tag_after_give_back_is_no_new_question_ja() -> None:
    # negatives: a check of the give-back is no question of its own
    owner = "この一年で、検品の人が二人辞めちゃってね。"
    for text in ("一年で二人、辞められたんですね。合っていますか？", "一年で二人、ですね。そうですか？"):
        got = acts(text, owner, "ja")
        assert "closed_question" not in got and "reflection" in got, (text, got)


# --- 5. English cheerleading and a date proposed ------------------------------------------------


def test_cheerleading_is_no_give_back_en() -> None:
    owner = "I honestly don't know if we'll make it through the winter."
    for text in ("You'll be fine, I just know it!", "Don't worry, you'll figure it out. You always do!"):
        got = acts(text, owner, "en")
        assert "reflection" not in got and "empathy" not in got and "advice" in got, (text, got)


def test_his_worry_asked_or_given_back_is_no_cheerleading_en() -> None:
    # negatives: his own doubt given back, a question about whether he will be fine
    owner = "I honestly don't know if we'll make it through the winter."
    assert "advice" not in acts("You're not sure you'll make it through the winter.", owner, "en")
    assert "advice" not in acts("Do you think you'll be fine if sales stay flat?", owner, "en")


def test_next_meeting_date_is_logistics_en() -> None:
    owner = "Alright, I think that's enough for today."
    for text in ("Does Thursday at two work for you?", "Would Monday suit you for the next visit?"):
        got = acts(text, owner, "en")
        assert "closed_question" not in got, (text, got)
    # negative: a question about his business with "work" stays a question
    owner = "We switched the night shift to four days a week."
    assert "closed_question" in acts("Is the four-day week working for the crew?", owner, "en")


def test_nothing_to_decide_is_no_push_for_the_owner_en() -> None:
    # the owner engine reads "nothing you need to…" as the analyser does (blind play, acts17)
    from simulator import open_session

    calm = "Good to meet you. There's nothing you need to prepare for today — I'm mainly here to listen."
    push = "Good to meet you. You need to prepare your sales figures for today."
    calm_turn = open_session("move_on_owner", lang="en", store=None, seed=1).say(calm)
    push_turn = open_session("move_on_owner", lang="en", store=None, seed=1).say(push)
    assert calm_turn.reaction != "lecture_pushback" and calm_turn.trust_delta >= 0, calm_turn.reaction
    assert push_turn.reaction == "lecture_pushback"  # negative: a real must still pushes


def test_cheer_to_work_hard_together_is_no_empathy_ja() -> None:
    # 「一緒に頑張りましょう」 cheers; it acknowledges no effort of his (t10 per-turn listening)
    owner = "まあ、通販で売れるならそれに越したことはないけどね。"
    for text in (
        "はい、本日はありがとうございました。通販は必ず伸びますから、一緒に頑張りましょう！",
        "ありがとうございました。きっと売上も伸びますので、一緒に頑張りましょう！",
    ):
        assert "empathy" not in acts(text, owner, "ja"), text
    # negative: his effort acknowledged stays empathy
    owner = "真夏の工場は四十度近くになるけど、みんな文句ひとつ言わずにやってくれてる。"
    assert "empathy" in acts("四十度近い中で…。皆さん、本当によく頑張ってこられたんですね。大変でしたね。", owner, "ja")
