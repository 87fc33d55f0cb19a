"""Issue 8, round 18 (fb18; the r17a/r17b and t10 defects still on 135a169): per-turn feedback
lines that say what the turn did. New sentences, ja and en; each positive case fails on 135a169,
each negative case guards against a false alarm.

1. no 伝え返し praise for a turn that gives none of his words back: the analyser's "reflection"
   on an apology, a reassurance, thanks or her own joy before a question (「失礼しました。…話せる
   範囲で構いませんので…聞かせていただけますか」「そう言っていただけて嬉しいです。…どう考えて…」)
   is not praised as 「社長の言葉で返せています」 (r17a s10 T7, t10 f071). A reflection in her own
   words (「…んですね」 "So people you train…") and his words quoted in 「」 keep it; his sentence
   quoted verbatim in quotation marks is credited as the 伝え返し it is (r17a s09 T5).
   1b. a recap checked as 「そういうことですね」 and confirmed counts as checked: the question after it is
   no 一問一答 (t10 f071).
2. 「要約の機会を逃した」 right after several of his points were given back: a paraphrase of several
   points (the analyser's reflection, 「…というご心配なんですね」) met the summary due, so the next
   turn is not told it is still due (r17a s01 T8, s08 T7). A bare question, or a give-back that ends
   in her own advice, meets nothing.
3. no 一問一答 (「社長が答えた内容を受けずに」 "left what the owner had just answered") after a reply
   that answered nothing: a refusal (「まだ会ったばかりの人に話すことじゃない」 "Not something I talk
   about with someone I've only just met.") or a short hedge ("I guess that's one way of seeing
   it.") (r17a s02 T2, s06 T2). A jump after a real answer keeps its line.
4. one fault, one line: under 「閉じた質問が続いています」 "Closed questions one after another…" the
   single 「閉じた質問です」 "A closed question…" line is not repeated (r17a s02 T5, s03 T6); a closed
   numeric probe the analyser also called a reflection gets its closed-question line, not 伝え返し
   (r17b s04 T7). A lone closed question keeps its line.
5. the keyword named as dug into is the one the question asks about: a question that opens on
   「それが…」 "How does that fit…" digs into his phrase given back in the sentence before it, never
   only the word it links it to (r17a s04 T5: 『DX』 named); his own turn of phrase quoted in the
   question (「『〜ということになってます』という言い方が気になった…実際は？」) is the dig, scored
   and named as one (r17a s04 T6). A question on a word of his keeps that word.
6. the same move, the same scores: a summary checked with him ("…Is that a fair picture?") gets
   no deep-dive score, as the 「…ということでしょうか。」 wording gets none (r17a s09 T7 vs s01 T11);
   an answer to his test that shows off a track record and ends in "You should…" with no question
   back weighs below one leading question (r17b s06 T3: 58 vs 40). An answer handed back with a
   question keeps its milder weight.
7. a breakdown asked for (「年齢構成はどうなってますか」 "What's the age breakdown…?") is a figure
   question: a closed fact question, never 「社長ご自身の言葉を拾えています」 for the word it counts
   (t10 f002). A why-question on the same word keeps its praise.
8. a scrap of his given back as a hook ("Thirty-five years, that's a long time.") before a closed
   question on a subject he never raised ("Do you have a successor?") is no 伝え返し; the closed
   question is named, even where the analyser named no question (r17a s02 T9). A question that
   follows the scrap up ("Where did those go?") keeps the 伝え返し.
9. a reassurance that promises to keep to his limits ("…just tell me and I'll respect that") is
   praised as the reassurance it is, not as "You acknowledged the owner's feelings" (r17a s02 T6).
   A real acknowledgement keeps the empathy line.
"""

from __future__ import annotations

from simulator.acts import Act, Analysis, Utterance
from simulator.analysis import analyse
from simulator.rubric import load_rubrics
from simulator.scoring.due import due_state
from simulator.scoring.figures import figure_question
from simulator.scoring.his_topic import after_confirmed_recap, answered_nothing
from simulator.scoring.models import TurnScore
from simulator.scoring.turn import score_turn

from .turns import ctx, has_line, run

GIVE_BACK_JA = "伝え返し"
GIVE_BACK_EN = "You gave the owner's point back"
SWITCH_JA = "別の話題の質問に移っています"


def _as_reflection(text: str, context: list[Utterance], lang: str = "ja") -> tuple[Analysis, TurnScore]:
    """The turn as the analyser may label it: with a reflection act it did not earn."""
    a = analyse(text, context, lang)  # type: ignore[arg-type]
    if Act.REFLECTION not in a.acts:
        a = a.model_copy(update={"acts": [*a.acts, Act.REFLECTION]})
    return a, score_turn(a, context)


# --- 1. no 伝え返し for a turn that gives nothing of his back --------------------------------

SAKE = ctx(
    ("trainee", "本日はありがとうございます。お店のことを聞かせてください。"),
    ("owner", "うちは三代続く酒屋でね。まあ、細かいことはまだ言えんけど、昔ほど売れんのは確かだわ。"),
)
GARAGE = ctx(
    ("trainee", "Thanks for seeing me. Tell me about the business."),
    ("owner", "We've run the garage for twenty years. I won't go into the money side today, mind."),
)


def test_apology_and_question_is_no_reflection_ja() -> None:
    _, s = _as_reflection(
        "失礼しました。込み入ったことを伺ってしまいました。ご無理のない範囲で、社長がこのお店で"
        "これからも続けていきたいと思っていらっしゃることを聞かせていただけますか。",
        SAKE,
    )
    assert not has_line(s.feedback, GIVE_BACK_JA)
    assert "reflection" not in s.flags and s.feedback  # the apology and question keep a line


def test_own_joy_and_question_is_no_reflection_ja() -> None:
    _, s = _as_reflection(
        "そうおっしゃっていただけて嬉しいです。配達以外のお仕事については、どう考えておられますか。", SAKE
    )
    assert not has_line(s.feedback, GIVE_BACK_JA)


def test_apology_and_question_is_no_reflection_en() -> None:
    _, s = _as_reflection(
        "Sorry, I didn't mean to pry. Whatever you're comfortable sharing — what do you most want "
        "to keep about this place?",
        GARAGE,
        "en",
    )
    assert not has_line(s.feedback, GIVE_BACK_EN)


def test_reflection_in_her_own_words_keeps_its_praise() -> None:
    # near miss: nothing of his verbatim, but his story given back as a 「…んですね」 statement
    _, s = _as_reflection("三代にわたって続けてこられたお店なんですね。今はどなたと一緒にやっておられますか。", SAKE)
    assert has_line(s.feedback, GIVE_BACK_JA)
    _, s = _as_reflection("Twenty years of running it yourselves. What has kept you going?", GARAGE, "en")
    assert has_line(s.feedback, GIVE_BACK_EN)


def test_his_words_quoted_verbatim_are_a_reflection() -> None:
    a, s = run(
        "You said, 'I won't go into the money side today', and that is fine. What matters most "
        "to you about the garage?",
        GARAGE,
        "en",
    )
    assert has_line(s.feedback, GIVE_BACK_EN)
    # near miss: a quotation he never said is no give-back of his
    a, s = run(
        "Some owners tell me, 'the numbers can wait until we trust each other'. What matters most "
        "to you about the garage?",
        GARAGE,
        "en",
    )
    assert not has_line(s.feedback, GIVE_BACK_EN)


def test_sou_iu_koto_recap_confirmed_counts_as_checked() -> None:
    recap = "三十年同じ問屋さんと続けてきたけれど、担当が代わって、付き合い方が変わってきた。そういうことですね。"
    opening = (
        ("trainee", "本日はよろしくお願いします。"),
        ("owner", "取引は三十年、ずっと同じ問屋さん一本でやってきた。ただ、最近は向こうの担当も若くなってね。"),
        ("trainee", recap),
    )
    assert after_confirmed_recap(ctx(*opening, ("owner", "……まあ、そうなるわな。")), "ja")
    # near miss: he does not confirm it, he goes on with a new story
    assert not after_confirmed_recap(
        ctx(*opening, ("owner", "いや、担当のせいやない。うちの品が古くなったんや。若い人は買わん。")), "ja"
    )


# --- 2. no summary due right after several points were given back --------------------------

PRINTER = (
    ("owner", "まあ座ってください。うちは創業四十年の印刷屋でね、チラシや伝票を刷っています。"),
    ("trainee", "本日はありがとうございます。最近のお仕事の様子を聞かせてください。"),
    ("owner", "チラシの注文がね、ここ五年で半分になりました。スーパーさんがみんなネットに移ってしまって。"),
    ("trainee", "半分に。それは大きいですね。ほかに変わったことはありますか。"),
    ("owner", "印刷機も古くなってきてね。三台あるうち一台は部品がもう手に入らないんです。"),
    ("trainee", "部品が手に入らない。修理はどうされているんですか。"),
    ("owner", "息子が工業高校出てるもんで、なんとか自分で直してる。でも息子は継ぐ気があるのかどうか。"),
)
PRINTER_REPLY = ("owner", "話したことはないね。あいつも何も言わんし、こっちからも聞かん。")


def _due_after(turn: str, acts: list[str]) -> bool:
    c = ctx(*PRINTER, ("trainee", turn), PRINTER_REPLY)
    prior: list[list[str]] = [[] for _ in c]
    prior[len(PRINTER)] = acts
    rule = load_rubrics()["summarising"].applies.due
    assert rule is not None
    return due_state(rule, c, "ja", c[-1].text, prior).due


def test_paraphrase_of_several_points_meets_the_summary_due() -> None:
    paraphrase = (
        "チラシの注文は五年で半分になり、印刷機も一台は部品が手に入らない。それを息子さんが直しながら"
        "回していて、その息子さんが継ぐかどうかも分からない、というご心配なんですね。"
        "息子さんとは、そういうお話はされますか。"
    )
    assert not _due_after(paraphrase, ["open_question", "reflection"])
    # near misses: a bare question gave nothing back; a give-back that ends in her own advice
    # argues her case and checks nothing
    assert _due_after("息子さんは今おいくつですか。", ["closed_question"])
    assert _due_after(paraphrase.replace("息子さんとは、そういうお話はされますか。", "早めに息子さんと話すべきですよ。"), ["reflection", "advice"])


# --- 3. no 一問一答 after a reply that answered nothing ----------------------------------------

SWITCH_EN = "left what the owner had just answered"


def test_no_switch_line_after_a_refusal() -> None:
    e = ctx(
        ("trainee", "Thanks for your time. What would you say are the main problems at the bakery right now?"),
        ("owner", "Problems? I know them well enough. Not something I talk about with someone I've only just met."),
    )
    _, s = run("Sorry. Your form mentions rising flour costs and staff turnover. Is staff turnover the bigger worry?", e, "en")
    assert not has_line(s.feedback, SWITCH_EN)
    assert s.feedback  # the closed question is still named
    j = ctx(
        ("trainee", "本日はありがとうございます。今、一番お困りのことは何ですか。"),
        ("owner", "困りごとねえ。そういうのは、まだ会ったばかりの人に話すことじゃないね。"),
    )
    _, s = run("失礼しました。申込書には人手不足とありましたが、採用の方が大きい課題ですか。", j)
    assert not has_line(s.feedback, SWITCH_JA)


def test_no_switch_line_after_a_short_hedge() -> None:
    e = ctx(
        ("trainee", "Thanks for your time."),
        ("owner", "We make bread. Sourdough mostly, for cafés in town."),
        ("trainee", "So online orders would be the way to grow, wouldn't they?"),
        ("owner", "Hm. I guess that's one way of seeing it."),
    )
    _, s = run("Right. So which delivery app are you thinking of? Uber Eats or your own site?", e, "en")
    assert not has_line(s.feedback, SWITCH_EN)


def test_answered_nothing_needs_no_answer_in_the_reply() -> None:
    assert answered_nothing("まあ、そういう見方もあるんでしょうね。", "ja")
    assert answered_nothing("That's not something we discuss with outsiders.", "en")
    # near misses: a hedge inside a real answer, a plain answer
    assert not answered_nothing(
        "I guess so. We lost two bakers last spring and the night shift has been me and my son since.", "en"
    )
    assert not answered_nothing("うちは創業六十年の金物屋でね、今は息子と二人でやっとる。", "ja")


# --- 4. one fault, one line ----------------------------------------------------------------

CLOSED_RUN_EN = "Closed questions one after another"
CLOSED_EN = "A closed question;"
CLOSED_JA = "閉じた質問です"


def test_closed_run_is_not_told_twice() -> None:
    e = ctx(
        ("trainee", "How many staff do you have?"),
        ("owner", "Twelve."),
        ("trainee", "How many of them are part-time?"),
        ("owner", "Five of them."),
    )
    _, s = run("Do you own the building?", e, "en", prior=[["closed_question"], [], ["closed_question"], []])
    assert has_line(s.feedback, CLOSED_RUN_EN)
    assert not has_line(s.feedback, CLOSED_EN)
    # near miss: a lone closed question keeps its own line
    one = ctx(("trainee", "Tell me about the shop."), ("owner", "We sell hardware, been here forty years, my father started it."))
    _, s = run("Do you own the building?", one, "en", prior=[["open_question"], []])
    assert has_line(s.feedback, CLOSED_EN)


def test_numeric_probe_called_reflection_is_named_closed() -> None:
    c = ctx(
        ("trainee", "社長は普段、どんなことに時間を使っていらっしゃいますか。"),
        ("owner", "朝は8時前に来て、工場をひと回りして、あとは書類を見て、お客さんのところへ顔を出して。"),
    )
    _, s = _as_reflection("一番大きいお客さんは、売上の何割くらいを占めていますか？", c)
    assert has_line(s.feedback, CLOSED_JA)
    assert not has_line(s.feedback, GIVE_BACK_JA)


# --- 5. the keyword dug into is the one asked about ----------------------------------------

DIG_JA = "を拾って掘り下げています"
DIG_EN = "You followed up on the owner's words"
WORKSHOP = ctx(
    ("trainee", "社長がこれから大事にしたいことは何でしょうか。"),
    ("owner", "DXとか言われてますけど、それより社員がちゃんと続けて働ける会社にしたいんです。辞められると困るので。"),
)


def _dug_line(feedback: list[str], part: str) -> str:
    return next((line for line in feedback if part in line), "")


def test_question_on_that_digs_into_the_phrase_before_it() -> None:
    _, s = run(
        "社員の方がちゃんと続けて働ける会社であってほしい。それがDXの話と、社長の中でどうつながって"
        "いるのか、聞かせてください。",
        WORKSHOP,
    )
    line = _dug_line(s.feedback, DIG_JA)
    assert "ちゃんと続けて働ける会社』" in line and line.index("ちゃんと") < line.index("DX")
    e = ctx(
        ("trainee", "What matters most to you for the future?"),
        ("owner", "People talk about going digital, but I just want a place where people stay on and learn the trade."),
    )
    _, s = run("You want a place where people stay on and learn the trade. How does that fit with going digital, for you?", e, "en")
    assert "a place where people stay on and learn the trade" in _dug_line(s.feedback, DIG_EN)
    # near miss: a question on his word itself names that word
    _, s = run("DXのお話が出ましたが、DXについてはどのようにお考えですか。", WORKSHOP)
    assert "『DX』" in _dug_line(s.feedback, DIG_JA)


def test_his_turn_of_phrase_quoted_in_the_question_is_the_dig() -> None:
    c = ctx(
        ("trainee", "今、社長はどんなお立場でお仕事をされているんですか。"),
        ("owner", "工場は弟が見てます。僕は…まあ、一応、社長ということにはなってます。"),
    )
    text = "「社長ということにはなってます」と。その言い方が少し気になったんですが、「ということにはなってます」というのは、実際はどんな感じなんでしょう？"
    _, s = run(text, c)
    assert "『ということにはなってます』" in _dug_line(s.feedback, DIG_JA)
    _, s = run("その「ということにはなってます」という言い方が少し気になりました。実際のところはどんな感じなんでしょう？", c)
    assert "『ということにはなってます』" in _dug_line(s.feedback, DIG_JA)
    # ... and it scores above a plain echo of his facts with a question on them
    a2 = analyse("弟さんが工場を見ていらっしゃるんですね。弟さんとは普段どんなお話をされますか？", c, "ja")
    assert (s.scores["deep_dive"] or 0) > (score_turn(a2, c).scores["deep_dive"] or 0)
    # near miss: his quote before a question on something else is given back, not dug into
    _, s = run("「社長ということにはなってます」とのこと、承知しました。ところで、工場は何人ですか？", c)
    assert "ということにはなってます』" not in _dug_line(s.feedback, DIG_JA)


# --- 6. the same move, the same scores -------------------------------------------------------


def test_checked_summary_has_no_deep_dive_score_in_either_wording() -> None:
    e = ctx(
        ("trainee", "Tell me about the shop."),
        ("owner", "We've been here forty years. My father started it, and now my son does the deliveries."),
        ("trainee", "And how are things now?"),
        ("owner", "Sales are flat. The big chains took the builders, and the young ones buy online."),
    )
    a, s = run(
        "Let me check I've got it. Forty years, your father started it, your son does the deliveries, "
        "sales are flat since the chains took the builders and the young ones buy online. Is that a fair picture?",
        e,
        "en",
    )
    assert "owner_summary" in s.flags or s.scores["summarising"] is not None
    assert s.scores["deep_dive"] is None
    # near miss: a summary followed by a question of its own keeps its deep-dive score
    _, s = run(
        "So forty years, your father started it, your son does the deliveries, and sales are flat since "
        "the chains took the builders. What would you most like to change?",
        e,
        "en",
    )
    assert s.scores["deep_dive"] is not None


TEST_Q = ctx(
    ("trainee", "Is your biggest problem the labour shortage or the old equipment?"),
    ("owner", "Issues? I know them. Tell me, what do you know about the semiconductor market? Our big customers are all in it."),
)


def test_answer_that_shows_off_and_prescribes_weighs_below_a_leading_question() -> None:
    _, s = run(
        "I've worked with over twenty suppliers in that sector. The market is cyclical, and right now it's "
        "recovering, so orders will rise. You should be looking at new machines now, before the upturn.",
        TEST_Q,
        "en",
    )
    _, lead = run("Isn't the old equipment the real problem, then?", TEST_Q, "en")
    assert (s.scores["non_leading"] or 0) < (lead.scores["non_leading"] or 0)
    # near miss: a short honest answer handed back with a question keeps a high score
    _, s = run(
        "Not as much as you, honestly. From what I've read it's cyclical and recovering now. How has it "
        "shown up in your orders?",
        TEST_Q,
        "en",
    )
    assert (s.scores["non_leading"] or 0) >= 90


# --- 7. a breakdown asked for is a figure question --------------------------------------------


def test_breakdown_question_is_a_figure_question() -> None:
    assert figure_question("パートさんは何名ですか？スタッフの年齢構成はどうなっていますか？", "ja")
    assert figure_question("売上の内訳はどうなっていますか？", "ja")
    assert figure_question("What's the age breakdown of your drivers?", "en")
    # near miss: a why-question on the same people
    assert not figure_question("若いスタッフが続かないのは、どうしてだと思われますか？", "ja")
    c = ctx(
        ("trainee", "お店のことを聞かせてください。"),
        ("owner", "うちのパートさんはよう働いてくれるけど、新しいことは苦手でね。昔からのやり方が一番だと思っとる。"),
    )
    _, s = run("パートさんは何名いらっしゃいますか？年齢構成はどうなっていますか？", c)
    assert not has_line(s.feedback, "言葉（『パート")
    assert has_line(s.feedback, CLOSED_JA)


# --- 8. an echo as a hook for her own closed question -----------------------------------------


def test_echo_then_closed_question_on_her_own_topic_is_no_reflection() -> None:
    e = ctx(
        ("trainee", "How long have you had the bakery?"),
        ("owner", "Twenty-eight years. Since my wife and I came back from Osaka."),
    )
    _, s = _as_reflection("Twenty-eight years, quite a run. Do you own the building?", e, "en")
    assert not has_line(s.feedback, GIVE_BACK_EN)
    assert has_line(s.feedback, CLOSED_EN)
    j = ctx(
        ("trainee", "お店を始めて何年になりますか。"),
        ("owner", "二十八年です。家内と大阪から戻ってきてからですね。"),
    )
    _, s = _as_reflection("二十八年、長いですね。跡継ぎはいらっしゃいますか？", j)
    assert not has_line(s.feedback, GIVE_BACK_JA)
    # near miss: the question follows up what was given back
    f = ctx(
        ("trainee", "How many drivers do you have now?"),
        ("owner", "Around forty. We were at fifty-five two years ago."),
    )
    _, s = _as_reflection("So you've gone from fifty-five to forty. Where did those drivers go?", f, "en")
    assert has_line(s.feedback, GIVE_BACK_EN)


# --- 9. a promise to keep to his limits is a reassurance ---------------------------------------

EMPATHY_EN = "You acknowledged the owner's feelings"


def test_promise_to_respect_his_limits_is_a_reassurance() -> None:
    e = ctx(
        ("trainee", "Thanks for seeing me today."),
        ("owner", "Is this some kind of check? Last time the bank sent someone, our credit line got cut."),
    )
    a, s = run(
        "No, nothing like that. Nothing you tell me goes to the bank. If there's anything you'd prefer I "
        "stay out of, just say so and I'll respect it.",
        e,
        "en",
    )
    assert not has_line(s.feedback, EMPATHY_EN)
    # near miss: his worry acknowledged is empathy
    _, s = run("That must have been a real shock, losing the credit line like that.", e, "en")
    assert has_line(s.feedback, EMPATHY_EN)
