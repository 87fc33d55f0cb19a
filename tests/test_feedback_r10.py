"""Issue 8, what fb9 left (lead's hand play s6, playtests r9/r10): feedback lines that fired on
what did not happen. New sentences, ja and en; each positive case fails on main 8b0c9d8, each
negative case guards against a false alarm.

1. a limit on his time ("I can't give you long", 「時間はあまり取れない」) is no refusal of a topic:
   asking about his work afterwards presses nothing;
2. a reassurance about what becomes of his words ("nothing you say goes into any grant decision")
   is praised as a reassurance, not as acknowledging his feelings and effort; an apology for
   one's own manner ("I'm sorry", 「私の聞き方が分かりにくかったですね」) is not praised as that either;
4. words of the application form given back as his (「人手不足とおっしゃっていましたが」) are named
   as what they are, with the mend (「申込書に〜とありましたが」), not as words he never said;
3. his words given back only outside the question (a compliment of one's own view, a
   reassurance, a reflection before a question on something else) are praised as picked up,
   not as dug into; a question on his word still is a deep-dive;
5. a question put to him (what he wants from the meetings, "If X, what would you do?") or a
   cushion around it (「大丈夫ですよ」「謝らないでください」) is no unsolicited advice; a proposal put
   as a question, a "should" question or a leading one still is; his compound is quoted whole
   ("tea ceremonies", never "ceremonies") and no word of a set phrase ("at this rate") or of
   what a comparison likens to ("bigger than a bedroom") is quoted as his keyword.
"""

from __future__ import annotations

from simulator.acts import Analysis, Utterance
from simulator.analysis import analyse
from simulator.scoring.models import TurnScore
from simulator.scoring.turn import score_turn

from .turns import ctx, has_line, run

REFUSAL_LINE = ("一度断ったことを重ねて求めています", "pressed again for what the owner had just refused")
EMPATHY_LINE = ("社長の気持ちや苦労を受け止める一言", "You acknowledged the owner's feelings")
REASSURE_LINE = ("この面談について社長を安心させる一言", "You reassured the owner")


def _says(feedback: list[str], parts: tuple[str, ...] | str) -> bool:
    return any(has_line(feedback, p) for p in ((parts,) if isinstance(parts, str) else parts))


def _with_briefing(text: str, context: list[Utterance], lang: str, briefing: str) -> tuple[Analysis, TurnScore]:
    a = analyse(text, context, lang, briefing=briefing)  # type: ignore[arg-type]
    return a, score_turn(a, context)


# --- 1. a limit on his time is no refusal ---------------------------------------------------------


def test_a_limit_on_his_time_is_no_refusal() -> None:
    en = ctx(
        ("trainee", "Good morning, thanks for making the time."),
        ("owner", "Morning. I can't spare you more than twenty minutes, we've a delivery going out."),
    )
    a, s = run("Understood, I'll be brief. What does a delivery day look like for you?", en, "en")
    assert not _says(s.feedback, REFUSAL_LINE), s.feedback
    en2 = ctx(("owner", "I can't give you much time, the ovens are on and the orders won't wait."))
    assert not _says(run("Of course. Which orders keep the ovens busiest?", en2, "en")[1].feedback, REFUSAL_LINE)
    ja = ctx(
        ("trainee", "本日はよろしくお願いします。"),
        ("owner", "悪いけど、時間はあまり出せないよ。納品が詰まってるから。"),
    )
    a, s = run("承知しました、手短に伺います。納品が詰まっているのは、どの取引先のお仕事ですか？", ja)
    assert not _says(s.feedback, REFUSAL_LINE), s.feedback


def test_a_refusal_of_a_topic_is_still_pressed() -> None:
    en = ctx(("trainee", "Could you show me the accounts?"), ("owner", "I can't give you the accounts. That's private."))
    assert _says(run("Could you show me just the accounts for last year?", en, "en")[1].feedback, REFUSAL_LINE)
    # a time limit said in the same breath does not hide the refusal
    en2 = ctx(
        ("trainee", "Could you share the payroll figures?"),
        ("owner", "I can't give you long, and I won't share the payroll figures."),
    )
    assert _says(run("Could you share the payroll figures roughly?", en2, "en")[1].feedback, REFUSAL_LINE)
    ja = ctx(("trainee", "決算書を見せていただけますか。"), ("owner", "決算書は出せないよ。"))
    assert _says(run("少しだけでも、決算書を見せていただけませんか。", ja)[1].feedback, REFUSAL_LINE)


# --- 2. a reassurance is no empathy -----------------------------------------------------------------


def test_a_reassurance_about_his_words_is_praised_as_one() -> None:
    en = ctx(("owner", "Right. So what's this about, then?"))
    a, s = run(
        "It's about listening, and nothing you tell me goes to the bank or into a loan decision. How did the shop start?",
        en, "en",
    )
    assert not _says(s.feedback, EMPATHY_LINE), s.feedback
    assert _says(s.feedback, REASSURE_LINE), s.feedback
    ja = ctx(("owner", "で、今日は何の用なの。"))
    a, s = run("今日のお話を外部に漏らすことはありません。会社を始められた頃のことから伺えますか？", ja)
    assert not _says(s.feedback, EMPATHY_LINE), s.feedback


def test_empathy_with_a_reassurance_keeps_its_praise() -> None:
    en = ctx(("owner", "Three nights a week I'm still here at ten, doing the invoices myself."))
    a, s = run("That sounds exhausting. And none of this is an audit. Which part of the invoices takes the longest?", en, "en")
    assert _says(s.feedback, EMPATHY_LINE), s.feedback
    ja = ctx(("owner", "夜の10時まで一人で請求書をやってるんだよ。"))
    a, s = run("それは大変ですね。ここでのお話は口外しません。請求書のどのあたりが一番手間ですか？", ja)
    assert _says(s.feedback, EMPATHY_LINE), s.feedback


# --- 4. the application form's words given back as his ----------------------------------------------

FORM_LINE = ("申込書にあった言葉を、社長の言葉として返しています", "words from the application form as the owner's own")
UNSAID_LINE = ("社長がまだ口にしていない言葉", "something the owner has not said in this meeting")
FORM_JA = "佐藤社長は金属加工業を営む。申込書の相談内容欄には「熟練工の高齢化と技能承継」と書かれている。"
FORM_EN = "Mr Sato runs a metalworking shop. On the application form he wrote: 'our skilled workers are ageing; passing on their skills'."


def test_the_forms_words_given_back_as_his_are_named_as_the_forms() -> None:
    ja = ctx(("owner", "まあ、仕事はそこそこ回ってるよ。忙しいのは忙しいね。"))
    a, s = _with_briefing("技能承継が心配だとおっしゃっていましたが、いかがでしょうか。", ja, "ja", FORM_JA)
    assert _says(s.feedback, FORM_LINE), s.feedback
    assert not _says(s.feedback, UNSAID_LINE), s.feedback
    en = ctx(("owner", "Work's steady enough. Busy, you could say."))
    a, s = _with_briefing("You said your skilled workers are ageing. How is that going?", en, "en", FORM_EN)
    assert _says(s.feedback, FORM_LINE), s.feedback
    assert not _says(s.feedback, UNSAID_LINE), s.feedback


def test_words_from_nowhere_are_still_never_said_and_the_form_named_is_fine() -> None:
    ja = ctx(("owner", "まあ、仕事はそこそこ回ってるよ。"))
    # neither he nor the form said it: words he never said
    a, s = _with_briefing("資金繰りが苦しいとおっしゃっていましたね。", ja, "ja", FORM_JA)
    assert _says(s.feedback, UNSAID_LINE) and not _says(s.feedback, FORM_LINE), s.feedback
    # the form named as the source: no slip at all
    a, s = _with_briefing("申込書に技能承継とありましたが、そのあたりはいかがですか。", ja, "ja", FORM_JA)
    assert not _says(s.feedback, FORM_LINE) and not _says(s.feedback, UNSAID_LINE), s.feedback
    en = ctx(("owner", "Work's steady enough."))
    a, s = _with_briefing("You said cash flow is tight.", en, "en", FORM_EN)
    assert _says(s.feedback, UNSAID_LINE) and not _says(s.feedback, FORM_LINE), s.feedback
    a, s = _with_briefing("Your application mentions skilled workers ageing. How do you see it?", en, "en", FORM_EN)
    assert not _says(s.feedback, FORM_LINE) and not _says(s.feedback, UNSAID_LINE), s.feedback
    # his own words given back: neither line
    said = ctx(("owner", "うちの職人はみんな60過ぎでね。技能承継が一番の心配なんだ。"))
    a, s = _with_briefing("技能承継が一番の心配だとおっしゃいましたね。", said, "ja", FORM_JA)
    assert not _says(s.feedback, FORM_LINE) and not _says(s.feedback, UNSAID_LINE), s.feedback


# --- 3. an echo in passing is no deep-dive -----------------------------------------------------------

DIG_LINE = ("を拾って掘り下げています", "You followed up on the owner's words")


def test_a_word_echoed_in_passing_is_no_deep_dive() -> None:
    ja = ctx(("owner", "うちなんか、古臭い町の鉄工所ですよ。"))
    a, s = run("いえいえ、古臭いどころか町になくてはならない鉄工所だと思います。創業の頃のお話を聞かせてください。", ja)
    assert not _says(s.feedback, DIG_LINE), s.feedback
    en = ctx(("owner", "We're just a dull little print shop, really."))
    a, s = run("I think a print shop like yours is anything but dull. How did you get started?", en, "en")
    assert not _says(s.feedback, DIG_LINE), s.feedback
    # a word of his only in the reassurance before an unrelated question
    en2 = ctx(("owner", "Last time the bank sent someone, it was all about the loan."))
    a, s = run("Nothing you say here goes to the bank or affects the loan. What are you proudest of in the shop?", en2, "en")
    assert not _says(s.feedback, DIG_LINE), s.feedback


PICKED_LINE = ("を拾えています", "You picked up the owner's own words")


def test_a_reflection_before_a_question_on_something_else_is_picked_up_not_dug() -> None:
    ja = ctx(("owner", "職人は60過ぎばかりでね。若いのは3年もたずに辞める。工場長ももう59だ。"))
    a, s = run("職人さんは60過ぎ、工場長さんも59歳なんですね。社長ご自身は、10年後の会社をどう思い描いていらっしゃいますか。", ja)
    assert not _says(s.feedback, DIG_LINE), s.feedback
    en = ctx(("owner", "The kiln is thirty years old and the glaze recipes are all in my head."))
    a, s = run("A thirty-year-old kiln, and the recipes all in your head. What got you into pottery in the first place?", en, "en")
    assert not _says(s.feedback, DIG_LINE), s.feedback


def test_a_question_on_his_word_is_still_a_deep_dive() -> None:
    ja = ctx(("owner", "職人は60過ぎばかりでね。若いのは3年もたずに辞める。工場長ももう59だ。"))
    a, s = run("若い方がすぐ辞めてしまうんですね。職人さんが60過ぎばかりというのは、社長にとってどんな心配がありますか。", ja)
    assert _says(s.feedback, DIG_LINE), s.feedback
    en = ctx(("owner", "The kiln is thirty years old and the glaze recipes are all in my head."))
    a, s = run("What would happen to the glaze recipes if you were away for a month?", en, "en")
    assert _says(s.feedback, DIG_LINE), s.feedback


# --- 5. a question or a cushion is no advice ---------------------------------------------------------

ADVICE_LINE = ("社長が求めていない助言", "You gave advice or a diagnosis")


def test_a_question_put_to_him_or_a_cushion_is_no_advice() -> None:
    en = ctx(("trainee", "Sorry, that was a clumsy question."), ("owner", "Hmph. Ask what you came to ask."))
    for text in (
        "Fair enough, and feel free to tell me it's none of my concern: what would be worth your while from these visits?",
        "If your biggest customer halved its orders next spring, what would you do first?",
    ):
        a, s = run(text, en, "en")
        assert "advice" not in {x.value for x in a.acts} and not _says(s.feedback, ADVICE_LINE), (text, s.feedback)
    ja = ctx(("trainee", "失礼な聞き方をしてすみません。"), ("owner", "いや、こっちこそ。"))
    for text in (
        "大丈夫ですよ。仕入れや請求は、今どんなふうに回していらっしゃいますか？",
        "謝らないでください。その迷いは、どんな場面で一番感じられますか？",
        "もし来年、一番大きな取引先の注文が半分になったら、社長ご自身はどうされますか？",
    ):
        a, s = run(text, ja)
        assert "advice" not in {x.value for x in a.acts} and not _says(s.feedback, ADVICE_LINE), (text, s.feedback)


def test_a_proposal_put_as_a_question_is_still_advice() -> None:
    en = ctx(("owner", "Orders have been flat for years."))
    for text in ("Have you considered opening a web shop?", "Do you think you should raise your prices?"):
        a, s = run(text, en, "en")
        assert _says(s.feedback, ADVICE_LINE), (text, s.feedback)
    ja = ctx(("owner", "注文はここ何年も横ばいでね。"))
    for text in ("大丈夫ですよ。ネット通販を始めるべきです。", "新しい販路を開拓してみてはいかがですか？"):
        a, s = run(text, ja)
        assert _says(s.feedback, ADVICE_LINE), (text, s.feedback)


def test_quotes_keep_his_compound_and_skip_set_phrases() -> None:
    from simulator.scoring.quotes import picked_phrases

    c = ctx(("owner", "Mostly regulars. Some buy sweets for lunch boxes, some for tea parties."))
    got = picked_phrases("Lunch boxes and tea parties, I see. Who are the regulars, as you picture them?", c, "en")
    assert "tea parties" in got and "parties" not in got, got
    c2 = ctx(("owner", "At this rate the shop won't last. My office is hardly bigger than a cupboard."))
    got = picked_phrases("At this rate, you say, and an office hardly bigger than a cupboard. What worries you most?", c2, "en")
    assert "rate" not in got and "cupboard" not in got, got
    # a noun ending like a participle ("shed") keeps its modifier: "rented shed", never "rented"
    c4 = ctx(("owner", "I began in a rented shed behind the station."))
    got = picked_phrases("A rented shed behind the station! What was that first year like?", c4, "en")
    assert "rented" not in got and "rented shed" in got, got
    # a preposition is no word of his ("gone inside three years")
    c5 = ctx(("owner", "The young ones are gone inside two years."))
    assert "inside" not in picked_phrases("Gone inside two years — what do you think is behind that?", c5, "en")
    # a plain noun of his is still quoted
    c3 = ctx(("owner", "The ovens are thirty years old and the bakers are tired."))
    assert "ovens" in picked_phrases("The ovens are thirty years old. How do the bakers manage?", c3, "en")


def test_an_apology_for_ones_manner_is_not_praised_as_empathy() -> None:
    en = ctx(("owner", "That's not what I said at all."))
    a, s = run("I'm sorry, I asked that badly. Which of your customers orders most often?", en, "en")
    assert not _says(s.feedback, EMPATHY_LINE), s.feedback
    ja = ctx(("owner", "いや、そういうことじゃなくてね。"))
    a, s = run("すみません、私の聞き方が分かりにくかったですね。一番長いお取引先はどちらですか？", ja)
    assert not _says(s.feedback, EMPATHY_LINE), s.feedback
    # his hardship acknowledged, with an apology beside it, keeps the praise
    a, s = run(
        "工場が水に浸かって半年止まったのは、本当に大変でしたね。すみません、そのときのこと、もう少し伺えますか？",
        ctx(("owner", "去年は工場が水に浸かってね、半年止まったよ。")),
    )
    assert _says(s.feedback, EMPATHY_LINE), s.feedback


def test_an_apology_then_his_own_words_asked_about_is_no_answer_to_his_question() -> None:
    """He asked for examples; 「すみません、先走りました」 + a question on his words dodges it (no praise)."""
    ja = ctx(
        ("trainee", "ネットなら、まず大手モールに出すのがいいと思いますよ。"),
        ("owner", "うちみたいな小さい店じゃ無理だよ。よそで当たってる例ってあるの？あるなら教えてよ。"),
    )
    for text in (
        "すみません、先走りました。小さい店じゃ無理、というのは、どのあたりでそう感じられますか？",
        "申し訳ありません。社長がネットで売りたいと思われたきっかけは何だったんですか？",
    ):
        a, s = run(text, ja)
        assert not _says(s.feedback, "社長の問いに短く誠実に答え"), (text, s.feedback)
    en = ctx(
        ("trainee", "You should start with one of the big online marketplaces."),
        ("owner", "A shop our size? Do you know anyone like us who made it work? Tell me if you do."),
    )
    a, s = run("Sorry, I got ahead of myself. What made you think of selling online?", en, "en")
    assert not _says(s.feedback, "answered the owner's question"), s.feedback
    # an apology that then answers honestly is still an answer handed back
    a, s = run("すみません、事例はあまり存じません。社長はどんな売り方を思い描いていらっしゃいますか？", ja)
    assert _says(s.feedback, "社長の問いに短く誠実に答え"), s.feedback


def test_the_report_lists_the_forms_words_given_back_as_his_under_their_own_kind() -> None:
    from simulator import open_session

    session = open_session("distrustful_founder", "ja", seed=3, store=None)
    for text in (
        "本日はお時間をいただきありがとうございます。よろしくお願いいたします。",
        "工場のほうは、最近いかがですか？",
        "人手不足とおっしゃっていましたが、そのあたりをもう少し伺えますか？",
    ):
        session.say(text)
    report = session.report()
    assert report.mistakes.get("from_form") == [3], report.mistakes
    assert "unsaid" not in report.mistakes
    assert "申込書にあった言葉を社長の言葉として返した: ターン3" in report.markdown


def test_the_reassurance_line_claims_nothing_the_supporter_did_not_say() -> None:
    """Said only that this is no audit: the praise must not add "off-limits areas stay untouched"."""
    en = ctx(("owner", "Right. So what's this about, then? More forms?"))
    a, s = run("This isn't an audit, and it won't affect any grant. What would you like me to know about the shop?", en, "en")
    assert _says(s.feedback, REASSURE_LINE), s.feedback
    assert not any("off-limits" in line or "untouched" in line for line in s.feedback), s.feedback
    ja = ctx(("owner", "で、今日は何の話？また書類かい。"))
    a, s = run("今日は審査ではありません。お店のことを、社長の言葉で聞かせていただけますか？", ja)
    assert not any("触れてほしくない" in line for line in s.feedback), s.feedback
