"""Issue 8, round 14 (fb14; r14a/r14b blind playtests): per-turn feedback lines that are true of
the turn. New sentences, ja and en; each positive case fails on main d8fe62d, each negative case
guards against a false alarm.

1. a summary gathers several of his points: what is given back from one turn of his, in one
   statement of two clauses at most or in a few of his words, and put to him as no checked recap,
   is one point given back (a reflection), however the analyser named it — a saying of his father's
   given back before a mention of the briefing (「…と伺いましたが」, no recap), a few words of his
   before 「今振り返ると、どう思われますか」 (he is asked to look back, nothing is summed up), and a
   lead-in 「『…』という一言が気になりました」 (no statement of his points). Points of two turns,
   and three statements of one turn checked with him, still gather.
2. empathy is praised only where a feeling or effort of his was acknowledged: an acceptance of his
   boundary ("That's fine."), a reassurance about the meeting ("we've only just met, I'm not here
   to check your accounts") — named as the reassurance it is — a prompt to go on ("I'd be happy to
   hear whichever part you like") and admiration taken back by a what-if (「すごいですね。でも、…
   減ったら、どうするんですか？」, no "short question leaves room" either) are not. "That must have
   been a hard stretch" and 「大変なご苦労だったと思います」 before an open question keep the line.
3. "a short question leaves room" only for an open question: a yes/no guess after his words given
   back ("Is it the discounts?", 「値引きが多いからですか？」), which the analyser named no question
   act, leaves him no room; a short open question keeps the praise.
4. a question after his last words given back is no 「受けずに」: 「毎朝四時から生地をこねる。ところで、
   …」 jumps, and is named as a jump after a give-back (the report still counts the jump); a bare
   「ところで、…」 keeps the 一問一答 line.
6. the application form cited as what he wrote ("So you wrote rising material costs.") is no
   "given back as his story something he has not said": it names its source. The same words as
   what he said ("So you said …", 「…とおっしゃっていましたね」) still are.
"""

from __future__ import annotations

from simulator.scoring.giveback import give_back

from .turns import ctx, has_line, run

SUMMARY_LINES = (
    "社長の話の要点をまとめて返せています",
    "複数の点を、言い換えて",
    "よいタイミングでまとめています",
    "You gathered the owner's points",
    "You rephrased several",
    "Good timing; you summarised",
)


def _gathers(feedback: list[str]) -> bool:
    return any(p in line for line in feedback for p in SUMMARY_LINES)


# --- 1. one turn of his given back is one point ----------------------------------------------------

DYE = ctx(
    ("trainee", "お店のこと、聞かせていただけますか。"),
    ("owner", "うちは創業八十年の染物屋でね。手ぬぐいと暖簾が中心や。"),
    ("trainee", "継がれたときはどんなお気持ちでしたか。"),
    ("owner", "まあ、重たかったね。親父の代の客をなくしたらあかん、と。"),
    ("trainee", "最近はどんなふうに変わってきましたか。"),
    ("owner", "暖簾の注文がね、年々減っとる。商店街の店が閉めていくでな。"),
    ("trainee", "そのこと、どう受け止めていらっしゃいますか。"),
    (
        "owner",
        "親父はよう言うとった、『染めは急いだらあかん』ってな。私もそれで育ったもんで、"
        "機械で刷る話が来ても、どうも気が進まんのだわ。",
    ),
)
LOST = ctx(
    ("trainee", "取引先とのことで、最近何かありましたか。"),
    (
        "owner",
        "実はね、去年初めて入札で負けたんですよ。先方の担当からは「納期です」とだけ。"
        "三十年で初めてでした。まあ仕方ないか、とそのときは思ったんですが。",
    ),
)
LEAK = ctx(
    ("trainee", "最近の様子はいかがですか。"),
    ("owner", "一言で言えば、忙しいね。"),
    ("trainee", "忙しい、というと？"),
    ("owner", "休みの日も出て回してるんですよ。それでも手元に何も残らない。どこで漏れてるんだか…まあ、そういう商売ですわ。"),
)


def test_his_saying_before_a_briefing_mention_is_one_point_ja() -> None:
    text = (
        "『染めは急いだらあかん』というお父様の言葉が、今も機械の話が来るたびに頭に浮かぶ。"
        "大事にされてきたんですね。息子さんが戻られたと伺いましたが、これからのお店をどう託していきたいですか。"
    )
    assert give_back(text, DYE, "ja").one_point
    _, s = run(text, DYE)
    assert "owner_summary" not in s.flags and "paraphrase" not in s.flags
    assert not any("社長の話の要点をまとめて返せています" in x for x in s.feedback), s.feedback


def test_a_few_words_before_look_back_is_no_summary_ja() -> None:
    text = "三十年で初めて、入札で負けた。「納期です」とだけ。今振り返ると、どう思われますか。"
    shape = give_back(text, LOST, "ja")
    assert not shape.marked and shape.one_point  # 「今振り返ると」 asks him; it sums nothing up
    _, s = run(text, LOST)
    assert not _gathers(s.feedback), s.feedback
    assert "owner_summary" not in s.flags


def test_a_lead_in_on_his_phrase_is_no_statement_of_his_points_ja() -> None:
    text = (
        "休みの日も出て回しているのに、手元に何も残らない。「どこで漏れてるんだか」という一言が気になりました。"
        "社長は、どのあたりで漏れていると感じていらっしゃいますか。"
    )
    shape = give_back(text, LEAK, "ja")
    assert shape.statements <= 1 and shape.one_point
    _, s = run(text, LEAK)
    assert not _gathers(s.feedback), s.feedback


def test_two_turns_given_back_still_gather_en() -> None:
    two = ctx(
        ("trainee", "How are things with the staff?"),
        ("owner", "The young ones don't stay. Two left this spring alone."),
        ("trainee", "And the equipment?"),
        ("owner", "The presses are thirty years old. Spare parts are getting hard to find."),
    )
    text = "So the young ones don't stay, and the presses are thirty years old with parts hard to find. Is that right?"
    assert not give_back(text, two, "en").one_point
    _, s = run(text, two, "en")
    assert _gathers(s.feedback), s.feedback


def test_three_statements_checked_with_him_still_gather_ja() -> None:
    text = (
        "暖簾の注文が年々減っている。商店街の店が閉めていく。"
        "それで、親父さんの代のお客さんをなくしたらあかん、という重さもある、ということですね。"
    )
    assert not give_back(text, DYE, "ja").one_point
    _, s = run(text, DYE)
    assert _gathers(s.feedback), s.feedback


def test_a_look_back_announced_as_a_recap_is_still_marked_ja() -> None:
    text = "ここまでのお話を振り返ると、暖簾の注文が減って、商店街の店も閉めていく、ということですね。"
    assert give_back(text, DYE, "ja").marked


# --- 6. what he wrote on the form, cited as written, is no words put in his mouth -------------------

RUSHED_EN = ctx(
    ("trainee", "Thanks for seeing me today."),
    ("owner", "Make it quick. The line's running and I've got a delivery at three."),
)
RUSHED_JA = ctx(
    ("trainee", "本日はお時間ありがとうございます。"),
    ("owner", "手短に頼むよ。ラインが動いとるし、三時に納品があるんでね。"),
)
UNSAID_LINES = ("has not said", "口にしていない", "社長が話していない")


def _puts_words(feedback: list[str]) -> bool:
    return any(p in line for line in feedback for p in UNSAID_LINES)


def test_the_form_cited_as_written_is_no_unsaid_story_en() -> None:
    _, s = run("Sure. So you wrote rising material costs. Which materials hurt the most?", RUSHED_EN, "en")
    assert not _puts_words(s.feedback), s.feedback
    assert "invented" not in s.flags and "unsaid" not in s.flags


def test_the_form_given_back_as_his_speech_is_still_named_en() -> None:
    _, s = run("Sure. So you said rising material costs. Which materials hurt the most?", RUSHED_EN, "en")
    assert _puts_words(s.feedback), s.feedback


def test_the_form_given_back_as_his_speech_is_still_named_ja() -> None:
    _, s = run("承知しました。材料費の高騰とおっしゃっていましたね。どの材料が一番響いていますか。", RUSHED_JA)
    assert _puts_words(s.feedback), s.feedback


# --- 3. a short yes/no guess is no room left to talk -----------------------------------------------

TILL_EN = ctx(
    ("trainee", "How has the year been?"),
    ("owner", "Orders keep coming. Whether any of it stays in the till is another matter."),
)
TILL_JA = ctx(
    ("trainee", "今年はいかがですか。"),
    ("owner", "注文はあるんだよ。ただ、手元に残るかは別の話でね。"),
)


def _room(s) -> bool:  # noqa: ANN001
    return any(x.startswith(("short question", "短い問いかけ")) for x in s.evidence) or any(
        "room to talk" in x or "語る余白" in x for x in s.feedback
    )


def test_a_short_yes_no_guess_leaves_no_room_en() -> None:
    _, s = run("Orders, but nothing stays. Is it the discounts?", TILL_EN, "en")
    assert not _room(s), (s.feedback, s.evidence)


def test_a_short_yes_no_guess_leaves_no_room_ja() -> None:
    _, s = run("注文はあるのに残らない。値引きが多いからですか？", TILL_JA)
    assert not _room(s), (s.feedback, s.evidence)


def test_a_short_open_question_still_leaves_room() -> None:
    _, en = run("When you say it doesn't stay in the till, what do you mean?", TILL_EN, "en")
    _, ja = run("手元に残らない、というのはどういうことでしょう。", TILL_JA)
    assert _room(en), en.evidence
    assert _room(ja), ja.evidence


# --- 2. empathy praise only for an acknowledgement of his feelings or effort ---------------------

EMPATHY_LINES = ("acknowledged the owner's feelings", "気持ちや苦労を受け止める")
REASSURED_LINES = ("You reassured the owner", "安心させる一言")
BIG_EN = ctx(
    ("trainee", "How big is that customer for you?"),
    ("owner", "Big. I'd rather leave it at that for today."),
)
BOOKS_EN = ctx(
    ("trainee", "Could you tell me about the numbers?"),
    ("owner", "I don't show the books to people I met ten minutes ago."),
)
STORY_EN = ctx(
    ("trainee", "How did the firm start?"),
    ("owner", "There's a lot to that story. My father, a lathe, a rented shed."),
)
BAKERY_JA = ctx(
    ("trainee", "お店の歴史を聞かせてください。"),
    ("owner", "うちは祖父の代からのパン屋でね。もう六十年になります。駅前の食堂さんにずっと卸してるんですよ。"),
)


def test_a_reassurance_is_named_as_one_not_as_empathy_en() -> None:
    text = (
        "That's fair, we've only just met. I'm not here to check your accounts, and tell me if "
        "there's anything you'd rather skip. How did the business start?"
    )
    _, s = run(text, BOOKS_EN, "en")
    assert not has_line(s.feedback, EMPATHY_LINES[0]), s.feedback
    assert has_line(s.feedback, REASSURED_LINES[0]), s.feedback


def test_a_prompt_to_go_on_is_no_empathy_en() -> None:
    _, s = run("A lot to that story. I'd be happy to hear whichever part you like.", STORY_EN, "en")
    assert not has_line(s.feedback, EMPATHY_LINES[0]), s.feedback


def test_accepting_his_boundary_is_no_empathy_en() -> None:
    # the analyser's lexicon reads "That's fine" as empathy; nothing of his feelings is in it
    from simulator.scoring.acknowledges import no_acknowledgement

    # (accepting a line he drew is a reassurance in the analyser's lexicon since fa14: either way, no empathy)
    assert no_acknowledgement("That's fine. If that customer halved its orders, what would change first?", "en") in (
        "none",
        "reassured",
    )


def test_admiration_taken_back_by_a_what_if_is_no_empathy_ja() -> None:
    text = "六十年ですか、すごいですね。でも、駅前の食堂さんが店を閉めたら、どうするんですか？"
    _, s = run(text, BAKERY_JA)
    assert not has_line(s.feedback, EMPATHY_LINES[1]), s.feedback
    assert not _room(s), (s.feedback, s.evidence)


def test_real_empathy_keeps_its_line() -> None:
    _, en = run("That must have been a hard stretch. How did you get through it?", STORY_EN, "en")
    assert has_line(en.feedback, EMPATHY_LINES[0]), en.feedback
    _, ja = run("六十年、続けてこられたのは大変なご苦労だったと思います。一番大変だったのはどんなときでしたか。", BAKERY_JA)
    assert has_line(ja.feedback, EMPATHY_LINES[1]), ja.feedback


# --- 4. his words given back, then a new topic: a jump, never 「受けずに」 ---------------------------

DOUGH = ctx(
    ("trainee", "お店で大事にされていることは何ですか。"),
    ("owner", "毎朝四時から生地をこねる。それだけは譲らんでね。"),
)
NOT_TAKEN = "社長が答えた内容を受けずに"


def test_a_jump_after_his_words_given_back_is_no_unheard_answer_ja() -> None:
    _, s = run("毎朝四時から生地をこねる。ところで、息子さんは今どんなお仕事をされているんですか？", DOUGH)
    assert not has_line(s.feedback, NOT_TAKEN), s.feedback
    assert has_line(s.feedback, "社長の言葉を返したあと、すぐ別の話題"), s.feedback
    assert "topic_switch" in s.flags  # still a jump for the session's count


def test_a_bare_jump_keeps_the_question_and_answer_line_ja() -> None:
    _, s = run("ところで、息子さんは今どんなお仕事をされているんですか？", DOUGH)
    assert has_line(s.feedback, NOT_TAKEN), s.feedback


# --- 1/2 (own hand play): a promise after an acceptance is no point of his, nor empathy ----------

GARAGE_EN = ctx(
    ("trainee", "How did the shop begin?"),
    (
        "owner",
        "I'll say it now: ask about the work, but the accounts stay with me. I was twenty-five. "
        "Two second-hand lathes in my uncle's garage, that's how it began.",
    ),
)


def test_a_promise_after_an_acceptance_is_no_point_given_back_en() -> None:
    text = "That's fine, I won't ask about the accounts. Two lathes in your uncle's garage at twenty-five. What was that first year like?"
    shape = give_back(text, GARAGE_EN, "en")
    assert shape.statements <= 1 and shape.one_point, shape
    _, s = run(text, GARAGE_EN, "en")
    assert not _gathers(s.feedback), s.feedback
    assert not has_line(s.feedback, EMPATHY_LINES[0]), s.feedback
