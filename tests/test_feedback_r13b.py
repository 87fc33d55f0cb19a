"""Issue 8, round 13 second wave (fb13b; r13a/r13b blind playtests): per-turn feedback lines that
name only what happened. New sentences, ja and en; each positive case fails on main 57865ca, each
negative case guards against a false alarm.

1. a summary is praised only where several of his points came back: one fact of his echoed before
   a yes/no question (「大阪の問屋に十年…」), one sentence of his given back over two of the
   supporter's sentences (「パートさんが半年で辞めてしまう…」), a reassurance that names single words
   of his older turns before a dig into one phrase, and 「…ということは」 (an inference, no check of a
   recap) are no summary and gather no "several points"; a give-back of his points from two of his
   sentences or two turns still is.
2. an answer or a reflection is praised only where one happened: an apology, his points handed
   back to check and a question without its mark (「…と思われますか。」) answer nothing he asked
   (「で、ほかには？」); an answer to his test from the supporter's own reading (「…と言われていますが、
   …と聞きます」) and an A-or-B question (「…決めていらっしゃるんですか、それとも…」) give none of
   his words back (no 伝え返し). A real answer and a real reflection keep their lines.
3. no negative line on a good turn: a question after his words given back (伝え返し) is no 一問一答;
   the supporter's own question asked again in other words after he let it pass ("Sorry, I mean —
   …") is no topic jump; a closed question after an apology and his words taken up is no 詰問 run.
   A new topic with nothing of his taken in, and a bare closed question after another, still are.
4. praise never contradicts the turn's own fault: a short blunt question for his issue
   (「会社として今一番の課題って何ですか」, evidence 課題を直接尋ねる) gets no "short question leaves
   room"; a short open question on his words keeps it.
"""

from __future__ import annotations

from simulator.scoring.giveback import give_back

from .turns import ctx, run

SUMMARY_LINES = (
    "要点をまとめて",
    "複数の点を、言い換えて",
    "You gathered the owner's points",
    "You rephrased several",
)


def _gathers(feedback: list[str]) -> bool:
    return any(p in line for line in feedback for p in SUMMARY_LINES)


# --- 1. one point of his is no summary --------------------------------------------------------------

CAREER = ctx(
    ("trainee", "お店のこと、聞かせてください。"),
    ("owner", "親父が会長でね、今も毎日店に顔を出しとる。仕事の段取りは全部会長が決めるんだわ。"),
    ("trainee", "社長ご自身のこと、少し伺ってもいいですか。"),
    ("owner", "ええ、まあ。店を継いで六年です。学校を出てから大阪の繊維問屋に十年おって、三十二で戻りました。最初は配達で、それから専務になって。"),
)
QUITTING = ctx(
    ("trainee", "今、一番お困りのことはどんなことでしょう。"),
    ("owner", "人だね。パートさんを入れても、半年もたないで辞めてしまう。厨房はみんな六十過ぎ。店長だってもう六十三だ。このままだと、お客さんが来ても回らんよ。"),
)


def test_one_fact_echo_before_a_yes_no_question_is_no_summary_ja() -> None:
    _, s = run("大阪の繊維問屋に十年いらしたんですね。会長とは、仕事の話はよくされるんですか？", CAREER)
    assert not _gathers(s.feedback), s.feedback
    assert "owner_summary" not in s.flags


def test_one_sentence_of_his_over_two_of_mine_is_no_paraphrase_ja() -> None:
    _, s = run(
        "パートさんが半年もたずに辞めてしまう…。せっかく入れても、というのはしんどいですね。"
        "辞めていく方について、社長はどうしてだと感じていらっしゃいますか。",
        QUITTING,
    )
    assert not _gathers(s.feedback), s.feedback


def test_reassurance_with_stray_words_and_one_dug_phrase_is_no_summary_ja() -> None:
    older = ctx(
        ("trainee", "お店が大事にしてきたことは何でしょう。"),
        ("owner", "品質だけは落とさん。うちはそれでやってきた。"),
        ("trainee", "お値段のことはどうですか。"),
        ("owner", "価格もずっと据え置きだよ。常連さんに悪いでね。"),
        ("trainee", "お客さんが減った理由、社長はどうご覧になっていますか。"),
        ("owner", "さあね。…うちの売り方がまずいとは思わんけど、何か足りんのやろうな。"),
    )
    _, s = run(
        "売り方がまずいという話ではないと私も思います。品質も価格も守ってこられたんですから。"
        "その『何か足りん』について、今思い浮かぶことがあれば聞かせていただけますか。",
        older,
    )
    assert not _gathers(s.feedback), s.feedback


TOLD = ctx(
    ("trainee", "ここだけの話として伺います。"),
    ("owner", "先月、取引先の社長から「来年は発注を半分にする」という電話が来ましてね。業界の流れだ、とは言っとったけど。…女房には「毎年のことだ」と言っといた。"),
)


def test_inference_from_his_telling_is_no_recap_ja() -> None:
    text = (
        "話してくださってありがとうございます。奥様には『毎年のことだ』とおっしゃった。"
        "でも、こうして私に話してくださったということは、毎年のこととは少し違う感じがあったのかな、と思ったのですが。"
    )
    assert not give_back(text, TOLD, "ja").cued  # 「…ということは」 infers; it checks no recap
    _, s = run(text, TOLD)
    assert not _gathers(s.feedback), s.feedback


def test_a_checked_recap_is_still_cued_ja() -> None:
    text = "取引先から発注を半分にすると電話があって、奥様には毎年のことだとおっしゃった、ということですね。"
    assert give_back(text, TOLD, "ja").cued


def test_two_sentences_of_his_given_back_still_gather_ja() -> None:
    _, s = run(
        "パートさんが半年もたずに辞めてしまう。厨房の方もみなさん六十過ぎで、このままだと回らない、ということですね。",
        QUITTING,
    )
    assert _gathers(s.feedback), s.feedback


def test_points_of_two_turns_given_back_still_gather_en() -> None:
    two = ctx(
        ("trainee", "What worries you most?"),
        ("owner", "Our bakers are all over sixty. Nobody young wants the early mornings."),
        ("trainee", "And the shop itself?"),
        ("owner", "The ovens are twenty years old. Repairs eat most of the margin now."),
    )
    _, s = run(
        "So your bakers are all over sixty and nobody young wants the early mornings, "
        "and the old ovens eat most of the margin in repairs. Is that right?",
        two,
        "en",
    )
    assert _gathers(s.feedback), s.feedback


def test_one_fact_echo_is_no_summary_en() -> None:
    history = ctx(
        ("trainee", "Could you tell me a bit about yourself?"),
        ("owner", "Sure. I took over six years ago. Before that I spent ten years at a shipping firm in Rotterdam. Then Dad got sick and I came home."),
    )
    _, s = run("Ten years at a shipping firm in Rotterdam. Do you and your dad talk about the business much?", history, "en")
    assert not _gathers(s.feedback), s.feedback


# --- 2. an answer or a reflection that did not happen ------------------------------------------------

ANSWER_LINE = ("社長の問いに短く誠実に答え", "You answered the owner's question")
REFLECT_LINE = ("伝え返し", "in the owner's words")


def _says(feedback: list[str], parts: tuple[str, ...]) -> bool:
    return any(p in line for line in feedback for p in parts)


def test_apology_recap_and_unmarked_question_answer_nothing_ja() -> None:
    more = ctx(
        ("trainee", "今後、どうしていきたいですか。"),
        ("owner", "常連さんは大事にしたい。売り場も少し広げたいね。"),
        ("trainee", "たとえば、若い人向けの商品を増やしてみるのはいかがでしょう。"),
        ("owner", "それはもう考えたよ。…で、ほかには？"),
    )
    _, s = run(
        "すみません、押しつけるつもりはありませんでした。社長は常連さんを大事にしたい、売り場も少し広げたい、"
        "ということでしたよね。そこはしっかり受け止めています。売り場が広がったら、お店はどう変わると思われますか。",
        more,
    )
    assert not _says(s.feedback, ANSWER_LINE), s.feedback


def test_a_real_answer_keeps_its_line_ja() -> None:
    asked = ctx(
        ("trainee", "最近のお客さんの様子はいかがですか。"),
        ("owner", "減ったね。あんた、ほかの店はどうしとるか知っとる？"),
    )
    _, s = run("詳しくは存じませんが、ポイントカードを始めたお店は聞きます。社長のお店では、どんなお客さんが減りましたか？", asked)
    assert _says(s.feedback, ANSWER_LINE), s.feedback


def test_answer_from_own_reading_is_no_reflection_ja() -> None:
    test = ctx(
        ("trainee", "受注の数はどのくらいでしょう。"),
        ("owner", "さあね。数えたこともない。ひとつ聞いていい？ 印刷の仕事、今どういう状況だと思う？"),
    )
    _, s = run(
        "印刷業界は、紙の需要が減って厳しいと言われていますが、パッケージ印刷は伸びていると聞きます。"
        "業界紙でも、小ロットの注文が増えているという記事を読みました。御社も影響を受けていらっしゃるんですか",
        test,
    )
    assert not _says(s.feedback, REFLECT_LINE), s.feedback


def test_a_or_b_question_is_no_reflection_ja() -> None:
    vague = ctx(
        ("trainee", "値決めはどうされていますか。"),
        ("owner", "どうって言われてもな。まあ、適当だよ。"),
    )
    _, s = run(
        "すみません、聞き方が漠然としていましたね。たとえば注文を受けるとき、いくらなら利益が出る、というのは、"
        "社長が経験で決めていらっしゃるんですか、それとも何か計算表のようなものがあるんですか。",
        vague,
    )
    assert not _says(s.feedback, REFLECT_LINE), s.feedback


def test_a_real_reflection_keeps_its_line_ja() -> None:
    _, s = run("パートさんが半年もたずに辞めてしまうんですね。", QUITTING)
    assert _says(s.feedback, REFLECT_LINE), s.feedback


# --- 4. praise never contradicts the turn's own fault -------------------------------------------------

ROOM_LINE = ("社長が語る余白を残せています", "A short question leaves the owner room to talk")


def test_blunt_issue_question_gets_no_room_praise_ja() -> None:
    hello = ctx(
        ("trainee", "ネット販売のこと、伺えますか。"),
        ("owner", "ネット販売はやりたいんだよ。まあ、あんたも頑張ってよ。"),
    )
    _, s = run("はい、頑張ります。ちなみに、ネット販売以外で、会社として今一番の課題って何ですか。", hello)
    assert "issue_question" in s.flags or any("課題を直接" in e for e in s.evidence), s.evidence
    assert not _says(s.feedback, ROOM_LINE), s.feedback


def test_short_open_question_on_his_words_keeps_room_praise_ja() -> None:
    _, s = run("半年もたずに、ですか。どんなところで続かないんでしょう。", QUITTING)
    # (fb23b: his 「半年もたないで」 given back is now praised by name as the 伝え返し it is, which
    # the feedback prefers to the generic room line)
    assert _says(s.feedback, (*ROOM_LINE, "伝え返し")), s.feedback


def test_recap_and_unmarked_question_are_no_answer() -> None:
    from simulator.scoring.signals import answers_something

    assert not answers_something(
        "すみません、押しつけるつもりはありませんでした。社長は常連さんを大事にしたい、売り場も少し広げたい、"
        "ということでしたよね。そこはしっかり受け止めています。売り場が広がったら、お店はどう変わると思われますか。",
        "ja",
    )
    assert answers_something("詳しくは存じませんが、ポイントカードを始めたお店は多いと聞きます。", "ja")


# --- 3. no negative line on a good turn ---------------------------------------------------------------

JUMP_LINE = ("一問一答", "for another topic")
RUN_LINE = ("閉じた質問が続いています", "Closed questions one after another")


def test_question_after_his_words_given_back_is_no_jump_ja() -> None:
    wife = ctx(
        ("trainee", "息子さんには、この先お店とどう関わってほしいですか。"),
        ("owner", "さあ、それは女房に相談してみんと何とも言えんわ。"),
    )
    _, s = run("奥様とも相談してみないと、ということですね。では社長ご自身としては、息子さんにどんな役割を期待していらっしゃいますか。", wife)
    assert not _says(s.feedback, JUMP_LINE), s.feedback


# a new topic with nothing of his taken in still jumps: test_feedback_r13.test_new_topic_is_still_a_switch


def test_own_question_asked_again_is_no_jump_en() -> None:
    start = ctx(
        ("trainee", "Tell me about the bakery."),
        ("owner", "Forty years of bread. My knees feel every one of them."),
        ("trainee", "Forty years is a long time. How did you first get into baking?"),
        ("owner", "If I knew how to put it, I'd have written a book."),
    )
    _, s = run("Sorry, I mean — back when you first got into baking, what was that like?", start, "en")
    assert not _says(s.feedback, JUMP_LINE), s.feedback


def test_closed_question_after_apology_and_his_words_is_no_run_ja() -> None:
    busy = ctx(
        ("trainee", "従業員は何人ですか？"),
        ("owner", "十二人。"),
        ("trainee", "売上はどのくらいですか？"),
        ("owner", "…配送も店も手一杯でね。で？"),
    )
    prior = [["closed_question"], [], ["closed_question"], []]
    _, s = run("すみません、急ぎすぎました。配送も店も手一杯とのことですが、いま一番忙しいのはどちらなんですか？", busy, prior=prior)
    assert not _says(s.feedback, RUN_LINE), s.feedback


def test_bare_closed_question_after_another_still_runs_ja() -> None:
    busy = ctx(
        ("trainee", "従業員は何人ですか？"),
        ("owner", "十二人。"),
    )
    _, s = run("創業は何年ですか？", busy, prior=[["closed_question"], []])
    assert _says(s.feedback, RUN_LINE), s.feedback
