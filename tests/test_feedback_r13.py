"""Issue 8, round 13 (fb13; judge 4 of the feedback lines, r12 playtests): per-turn feedback lines
that name only what happened. New sentences, ja and en; each positive case fails on main a083512,
each negative case guards against a false alarm.

1. a hesitation over his own topic after he answered (「…ただ、その職人が最近ちょっとね。」) refuses
   nothing: a prompt to go on (「職人さんが、最近ちょっと…？」) presses nothing; a real refusal of
   what was asked, asked for again, still is pressing;
2. a question that asks for a figure (「何％ですか」「売上はどのくらい」 "How many rooms?" "What's
   your occupancy rate?") is a closed fact question: no "short question leaves room", no "picked
   up his words"; an open question on his words keeps its praise;
3. a turn that leads, advises or boasts is named for that, never as "closed questions in a row";
   a bare closed question after another one still is;
4. "advice" the analyser saw in the owner's words given back (「お母様だったらどうしただろう、と。」),
   in the meeting's own course ("Let's begin with the basics.") or in a summary of his points
   handed to him to check (「…こういうことでしょうか。」) is no advice: no advice line, not counted
   as advice in the session; a real recommendation (「…すべきですね」「…してみてはいかがでしょう」
   "You should…"), a proposal for next time included, still is;
5. a question that points back at what he just said (「その二つ、…」 "Do those two…"), takes up his
   words in another politeness (他の店 → 「他のお店」) or pictures a plan he named himself
   (「もし共同配送センターの話がうまくいったとしたら…」) is no topic switch (一問一答); a question on
   a new topic (「ところで、従業員さんは…」 "What about your staff turnover?"), a hypothetical on
   something he never named included, still is;
6. the move named is the one made: a one-phrase echo of his words (「明日の仕込み、ですか。」) is a
   give-back, no closed fact question; an English wh-question with a negation ("so what is on your
   mind, if it isn't bookings?") is open; a picture question after thanks and a permission to ask
   gives none of his points back (no 伝え返し); a rebuff conceded ("Fair enough. I got ahead.
   Tell me more about Ray.") answers no question of his. A real closed question, a reflection
   before a picture question and a real answer to his question keep their lines;
7. one statement in one clause holds one point, even with words he said in two turns ("You said
   earlier Ken runs that big account on his own."): a reflection, never "you gathered several
   points" (r11a s09 T8); a statement of several clauses or two statements still gather;
8. a turn that puts his story in the supporter's frame (a diagnosis "Rent is really a pricing
   problem, though.", a ready fix 「…出てもらえば、一発で解決しそうですね」, a contradiction "That's
   kind of the point.") earns no praise line; a real reflection keeps its praise.
"""

from __future__ import annotations

from simulator.acts import Act
from simulator.scoring import score_turn
from simulator.scoring.giveback import GiveBack

from .turns import ctx, has_line, run

REFUSAL_LINE = ("一度断ったことを重ねて求めています", "pressed again for what the owner had just refused")
ROOM_LINE = ("社長が語る余白を残せています", "A short question leaves the owner room to talk")
PICKED_LINE = ("社長ご自身の言葉", "You picked up the owner's own words")
DUG_LINE = ("を拾って掘り下げています", "You followed up on the owner's words")
RUN_LINE = ("閉じた質問が続いています", "Closed questions one after another")


def _says(feedback: list[str], parts: tuple[str, ...] | str) -> bool:
    return any(has_line(feedback, p) for p in ((parts,) if isinstance(parts, str) else parts))


# --- 1. a hesitation over his own topic is no refusal ----------------------------------------------

TRAIL_OFF = ctx(
    ("trainee", "お店の自慢のところ、どんなところだと思われますか？"),
    ("owner", "味噌だね。自家製の麹で仕込んでる。配達の若いのもよく動く。…ただ、その配達のほうが最近ちょっとね。"),
)


def test_prompt_after_his_trail_off_presses_nothing_ja() -> None:
    _, s = run("配達のほうが、最近ちょっと…？", TRAIL_OFF)
    assert not _says(s.feedback, REFUSAL_LINE), s.feedback
    assert "presses_refusal" not in s.flags


def test_refusal_of_what_was_asked_still_presses_ja() -> None:
    refused = ctx(
        ("trainee", "借入の残高を教えていただけますか？"),
        ("owner", "借入はちょっとね。勘弁してよ。"),
    )
    _, s = run("借入の残高だけでも教えていただけませんか？", refused)
    assert _says(s.feedback, REFUSAL_LINE), s.feedback


def test_refusal_of_what_was_asked_still_presses_en() -> None:
    refused = ctx(
        ("trainee", "Could you show me your loan statements?"),
        ("owner", "No. I'd rather not share the loan statements."),
    )
    _, s = run("Could you show me just the loan statements, then?", refused, "en")
    assert _says(s.feedback, REFUSAL_LINE), s.feedback


# --- 2. a question for a figure is a closed fact question ------------------------------------------

STALL = ctx(
    ("trainee", "お店のこと、聞かせてください。"),
    ("owner", "うちは直売所と道の駅に出してるんです。売上はまあ、横ばいですね。"),
)
INN = ctx(
    ("trainee", "Tell me about the inn."),
    ("owner", "We've run the inn for thirty years. The rooms are usually full in summer."),
)


def test_percentage_question_gets_no_room_praise_ja() -> None:
    _, s = run("直売所の売上は全体の何％ですか？", STALL)
    assert not _says(s.feedback, ROOM_LINE), s.feedback
    assert not _says(s.feedback, PICKED_LINE), s.feedback
    assert not _says(s.feedback, DUG_LINE), s.feedback


def test_rate_question_gets_no_room_praise_en() -> None:
    _, s = run("What's your occupancy rate in winter?", INN, "en")
    assert not _says(s.feedback, ROOM_LINE), s.feedback
    assert "figure_question" not in s.flags  # a scorer signal, not a flag of the report


def test_count_question_is_not_a_picked_word_en() -> None:
    _, s = run("How many rooms do you have?", INN, "en")
    assert not _says(s.feedback, PICKED_LINE), s.feedback


def test_open_question_on_his_words_keeps_its_praise() -> None:
    _, s = run("道の駅に出すようになって、何が変わりましたか？", STALL)
    assert _says(s.feedback, ROOM_LINE), s.feedback
    _, s = run("What is summer like at the inn for you?", INN, "en")
    assert _says(s.feedback, ROOM_LINE), s.feedback


def test_reflection_of_his_word_keeps_picked_praise() -> None:
    _, s = run("横ばい、なんですね。", STALL)
    assert _says(s.feedback, PICKED_LINE), s.feedback


def test_how_question_with_a_number_word_is_not_a_figure_question() -> None:
    _, s = run("五年後、お店はどうなっていたら嬉しいですか？", STALL)
    assert not _says(s.feedback, "閉じた質問です"), s.feedback


# --- 3. a push is named for itself, not as closed questions in a row -------------------------------

RETIRE = ctx(
    ("trainee", "社長は今おいくつですか？"),
    ("owner", "六十七だよ。"),
)
RETIRE_PRIOR = [["closed_question"], []]


def test_leading_advice_boast_is_not_closed_run_ja() -> None:
    _, s = run(
        "じゃあ、そろそろ後継者を決めないとまずいですよね？私、承継の相談は何百件も受けてきましたから。",
        RETIRE,
        prior=RETIRE_PRIOR,
    )
    assert not _says(s.feedback, RUN_LINE), s.feedback


def test_leading_diagnosis_is_not_closed_run_en() -> None:
    context = ctx(("trainee", "How old are you now?"), ("owner", "Sixty-seven."))
    _, s = run(
        "Isn't the real problem that you've never trained anyone, right?",
        context,
        "en",
        prior=RETIRE_PRIOR,
    )
    assert not _says(s.feedback, RUN_LINE), s.feedback


def test_bare_closed_question_after_another_is_still_a_run() -> None:
    _, s = run("息子さんはいらっしゃいますか？", RETIRE, prior=RETIRE_PRIOR)
    assert _says(s.feedback, RUN_LINE), s.feedback


# --- 4. advice that is no advice --------------------------------------------------------------------

ADVICE_LINE = ("求めていない助言", "You gave advice")
MOTHER = ctx(
    ("trainee", "お母様の代から続くお店なんですね。"),
    ("owner", "ええ。だから、私がすぐ変えるのは違うのかなって。母がいたら、どうしたんだろうって、よく考えます。"),
)
CRAFT = ctx(
    ("trainee", "そのあたり、もう少し聞かせてください。"),
    ("owner", "職人が二人しかいなくてね。若いのに教えなきゃいけないのは分かってるんだけど、注文が詰まってて時間がない。それに山本のやつが教えたがらないんだよ。"),
)


def test_his_words_given_back_are_no_advice_ja() -> None:
    a, s = run("お母様だったらどうしただろう、と。", MOTHER)
    assert not _says(s.feedback, ADVICE_LINE), s.feedback
    # the analyser reads no advice here (acts13); where it does, the scorer excuses it
    assert Act.ADVICE not in a.acts or "advice_excused" in s.flags
    read_as_advice = a.model_copy(update={"acts": [*a.acts, Act.ADVICE],
                                          "evidence": {**a.evidence, "advice": ["たらどう"]}})
    s = score_turn(read_as_advice, MOTHER)
    assert not _says(s.feedback, ADVICE_LINE), s.feedback
    assert "advice_excused" in s.flags


def test_meeting_course_is_no_advice_en() -> None:
    _, s = run("Thanks, Pete. Let's begin with the basics. How many people work here?",
               ctx(("owner", "Hi, I'm Pete. I run the print shop.")), "en")
    assert not _says(s.feedback, ADVICE_LINE), s.feedback


def test_summary_handed_to_check_is_no_advice_ja() -> None:
    _, s = run(
        "少し整理させてください。職人さんは二人だけで、若い方に教えることが必要なのは社長も分かっている。"
        "でも注文が詰まっていて時間が取れず、山本さんご自身も教えることに気が進まない。こういうことでしょうか。",
        CRAFT,
    )
    assert not _says(s.feedback, ADVICE_LINE), s.feedback


def test_excused_advice_is_not_counted_in_the_session() -> None:
    from simulator.scoring import score_conversation

    conv = score_conversation([*MOTHER, *ctx(("trainee", "お母様だったらどうしただろう、と。"))], "ja")
    assert conv.patterns.advice == []
    assert "advice" not in conv.turns[-1].acts


def test_real_advice_is_still_named() -> None:
    for text, context, lang in (
        ("それなら、作業を動画に撮ってマニュアル化すべきですね。次回までに私のほうで計画を作ってきます。", CRAFT, "ja"),
        ("職人さんを増やすために、求人を出してみてはいかがでしょう。", CRAFT, "ja"),
        ("You should replace the ovens first. Let's start with that next time.",
         ctx(("trainee", "How are things?"), ("owner", "Busy. The ovens are old and the night crew is thin.")), "en"),
    ):
        _, s = run(text, context, lang)
        assert _says(s.feedback, ADVICE_LINE), (text, s.feedback)
        assert "advice_excused" not in s.flags


# --- 5. a question that follows him is no topic switch ---------------------------------------------

SWITCH_LINE = ("別の話題の質問に移っています", "left what the owner had just answered")
TORN = ctx(
    ("trainee", "お店を続けてこられて、どんな思いがありますか？"),
    ("owner", "正直、迷ってるんだよ。"),
    ("trainee", "迷っていらっしゃる、と。"),
    ("owner", "うん…昔ながらの味を守るのか、若い人向けの味にするのか。"),
)
OTHERS = ctx(
    ("trainee", "客単価は？"),
    ("owner", "三千円くらい。"),
    ("trainee", "席数は？"),
    ("owner", "四十席かな。……さっきも言ったけど、他の店の話が聞きたいんだよ。"),
)
DEPOT = ctx(
    ("trainee", "これから考えていることはありますか？"),
    ("owner", "実は、共同配送センターを作れないかと思ってるんです。"),
    ("trainee", "人のことはどうですか？"),
    ("owner", "若いのが続かなくて。"),
    ("trainee", "続かない、と。"),
    ("owner", "ええ。夜勤がきついみたいで。"),
    ("trainee", "夜勤がきつい、と。"),
    ("owner", "怖いのは、親父に全部否定されることですかね。でも全部変えたいわけじゃないんです。"),
    ("trainee", "全部変えたいわけではない、と。"),
    ("owner", "そうです。そういう言い方なら、親父も聞いてくれるかも。"),
)
SEATS = ctx(("trainee", "席数はいくつですか？"), ("owner", "三十席くらい。家族連れが多いかな。週末は満席になるよ。"))


def test_question_pointing_back_is_no_switch() -> None:
    _, s = run("その二つ、社長の中ではどちらかに決めないといけないものなんでしょうか。", TORN)
    assert not _says(s.feedback, SWITCH_LINE), s.feedback
    assert "topic_switch" not in s.flags
    en = ctx(
        ("trainee", "What's been on your mind?"),
        ("owner", "Whether to keep the old recipes or chase what the young crowd wants. I go back and forth."),
    )
    _, s = run("Do those two have to be a choice, for you?", en, "en")
    assert not _says(s.feedback, SWITCH_LINE), s.feedback


def test_his_words_in_another_politeness_are_no_switch() -> None:
    _, s = run("社長は、他のお店のどんなところが気になっていらっしゃるんですか。", OTHERS)
    assert not _says(s.feedback, SWITCH_LINE), s.feedback


def test_picture_of_his_own_plan_is_no_switch() -> None:
    _, s = run("もし共同配送センターの話がうまくいったとしたら、三年後、若い人たちはどんな顔で出勤してくると思いますか。", DEPOT)
    assert not _says(s.feedback, SWITCH_LINE), s.feedback


def test_new_topic_is_still_a_switch() -> None:
    for text, context, lang in (
        ("ところで、従業員さんは何人いらっしゃいますか？", SEATS, "ja"),
        ("もし後継者がいたとしたら、どんなことを任せたいですか？", SEATS, "ja"),
        ("What about your staff turnover?",
         ctx(("trainee", "How many tables?"), ("owner", "About thirty. Mostly families, busy on weekends.")), "en"),
    ):
        _, s = run(text, context, lang)
        assert _says(s.feedback, SWITCH_LINE), (text, s.feedback)


# --- 6. the move named is the one made ------------------------------------------------------------

CLOSED_LINE = ("閉じた質問です", "A closed question;")
REFLECTION_LINE = ("伝え返し", "gave the owner's point back")
ANSWER_LINE = ("社長の問いに短く誠実に答え", "You answered the owner's question briefly")
PREP = ctx(("trainee", "最近、何が一番気になりますか？"), ("owner", "明日の仕込みの段取りだね。"))
APPRENTICE = ctx(
    ("trainee", "そのお弟子さんのこと、もう少し聞かせてください。"),
    ("owner", "佐藤はね、腕はいいんだけど、若いのに教えるのが苦手でね。あいつの技が途切れるのが一番怖い。"),
)


def test_one_phrase_echo_is_no_closed_question() -> None:
    _, s = run("明日の仕込み、ですか。", PREP)
    assert not _says(s.feedback, CLOSED_LINE), s.feedback
    assert _says(s.feedback, REFLECTION_LINE), s.feedback


def test_echo_with_a_question_of_its_own_is_still_closed() -> None:
    seats = ctx(("trainee", "お店のこと聞かせてください。"), ("owner", "三十席くらいの店です。"))
    _, s = run("三十席、ですか。ご家族で？", seats)
    assert _says(s.feedback, CLOSED_LINE), s.feedback


def test_wh_question_with_a_negation_is_open_en() -> None:
    context = ctx(("trainee", "Are bookings the worry?"), ("owner", "Bookings? We're full every weekend. That's not it."))
    _, s = run("Sorry, I jumped ahead. You're booked up already — so what is on your mind, if it isn't bookings?",
               context, "en")
    assert not _says(s.feedback, CLOSED_LINE), s.feedback


def test_picture_question_after_thanks_is_no_reflection() -> None:
    _, s = run(
        "聞かせていただいてありがとうございます。一つ伺ってもよろしいですか。"
        "もし佐藤さんの技が若い方にうまく渡ったとしたら、十年後の工房はどうなっていてほしいですか。",
        APPRENTICE,
    )
    assert not _says(s.feedback, REFLECTION_LINE), s.feedback


def test_reflection_before_a_picture_question_keeps_its_line() -> None:
    _, s = run("佐藤さんの技が途切れるのが一番怖い、と。もし若い方にうまく渡ったとしたら、どうなっていてほしいですか。", APPRENTICE)
    assert _says(s.feedback, REFLECTION_LINE), s.feedback


def test_rebuff_conceded_answers_no_question_en() -> None:
    context = ctx(
        ("trainee", "Have you thought about filming their setups? Lots of shops do."),
        ("owner", "Yeah, every consultant says that. You think Ray's going to talk to a camera?"),
    )
    _, s = run("Fair enough. I got ahead. Tell me more about Ray.", context, "en")
    assert not _says(s.feedback, ANSWER_LINE), s.feedback
    assert "answers_owner" not in s.flags


def test_real_answer_to_his_question_keeps_its_line_en() -> None:
    _, s = run("Quite a few, yes. Mostly family firms. What made you ask?",
               ctx(("owner", "Do you see many shops like mine?")), "en")
    assert _says(s.feedback, ANSWER_LINE), s.feedback


# --- 7. one clause holds one point ------------------------------------------------------------------


def test_one_clause_from_two_turns_is_one_point() -> None:
    assert GiveBack(statements=1, drawn=6, turns=2, clauses=1).one_point


def test_several_clauses_or_statements_still_gather() -> None:
    assert not GiveBack(statements=1, drawn=8, turns=2, clauses=3).one_point
    assert not GiveBack(statements=2, drawn=8, turns=2, clauses=2).one_point
    assert not GiveBack(statements=1, drawn=6, turns=2, clauses=1, cued=True).one_point


# --- 8. no praise for a turn in the supporter's frame ---------------------------------------------

RENT = ctx(
    ("trainee", "What's been hardest this year?"),
    ("owner", "The rent. Our rent went up forty percent this year and I don't know how long we can stay."),
)
MIXUP = ctx(
    ("trainee", "最近、困っていることはありますか？"),
    ("owner", "営業が取ってきた仕事の中身が、現場にちゃんと伝わってないんですよ。それで現場と営業で話が食い違って、やり直しが出る。"),
)
PRAISE = (*PICKED_LINE, *REFLECTION_LINE, *ROOM_LINE)


def test_framed_turns_get_no_praise() -> None:
    for text, context, lang in (
        ("Right. Rent is really a pricing problem, though. If your prices were higher the rent wouldn't hurt. "
         "What do you charge for a loaf?", RENT, "en"),
        ("それなら、最初の打ち合わせに現場の方も出てもらえば、一発で解決しそうですね。", MIXUP, "ja"),
        ("Well, a second shop is growth. That's kind of the point. Why else would you open one?",
         ctx(("trainee", "Why a second shop?"),
             ("owner", "Everyone says grow, grow. I'm not sure a second shop is right for us, honestly.")), "en"),
    ):
        _, s = run(text, context, lang)
        assert not _says(s.feedback, PRAISE), (text, s.feedback)


def test_real_reflections_keep_their_praise() -> None:
    _, s = run("Rent up forty percent this year — that's a big jump. How are you feeling about staying?", RENT, "en")
    assert _says(s.feedback, REFLECTION_LINE), s.feedback
    _, s = run("営業と現場で話が食い違って、やり直しが出てしまう、と。", MIXUP)
    assert _says(s.feedback, REFLECTION_LINE), s.feedback
