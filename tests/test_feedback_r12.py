"""Issue 8, round 8 (fb12; r11/r12 blind playtests): per-turn feedback lines that praised or
blamed moves that did not happen. New sentences, ja and en; each positive case fails on main
96f08dd, each negative case guards against a false alarm.

1. summary credit needs his points given back as his: an honest answer to his question that
   echoes his words (「冷凍便だと確かに高いと思います。…と聞きます」) or a promise that names what he
   refused ("I won't ask for the books. That's a promise.") gives nothing back; real summaries of
   several of his points keep their line;
2. a refusal needs his refusal of something the supporter asked: "there's no way to buy it" states
   a fact, so asking about it afterwards presses nothing; a real "No way." still is a refusal;
3. 「社長の問いに短く誠実に答え」 needs a question of his that the turn answers: none when his
   "question" echoed the supporter's word before he answered it himself ("Well, five years on?
   …", 「売上、ですか。…」), nor when the turn only apologised, reassured or gave his words back;
   a real question of his (a request "…, tell me." too) answered briefly keeps its line;
4. praise names the behaviour that happened: "go online" is no prompt to go on, a question on the
   form's word with 「具体的には」 prompts nothing, "when you picture the shop" or "a lovely picture"
   asks for no future, "what made you decide" before he has said anything digs into no view of
   his, and a hypothetical (「もし…自由に変えられるとしたら、…ありますか」) is no closed fact question;
   a real prompt, a real future picture, a real why and a real closed question keep their lines;
5. a proposal for next time, a wish of the supporter's or an invitation that quotes a phrase
   (「次回は、社長が『…』と思える姿を、一緒に言葉にしていけたら」 "Next time, let's put '…' into
   words together") gives back no words as his: no "words he never said"; words he never said,
   quoted as his ("You said '…'"), still are;
6. his own question echoed before a bare question of the supporter's (「うちの店の場合ですね。じゃあ、
   …ありますか？」) is no 伝え返し; a reflection that repeats his kana wording (「なんとかかんとか
   やってこられた、んですね」) used his words: no "put one of his words in it" line. A real echo
   of his statement, and a reflection in other words, keep their lines.
"""

from __future__ import annotations

from simulator.analysis import analyse
from simulator.scoring.giveback import give_back

from .turns import ctx, has_line, run

REFUSAL_LINE = ("一度断ったことを重ねて求めています", "pressed again for what the owner had just refused")
GIVE_BACK_LINES = (
    "要点をまとめて返せています",
    "社長の言葉で返せています",
    "複数の点を、言い換えて",
    "You gathered the owner's points",
    "gave the owner's point back",
    "rephrased several of the owner's points",
)
ANSWER_LINE = ("社長の問いに短く誠実に答え", "You answered the owner's question briefly")


def _says(feedback: list[str], parts: tuple[str, ...] | str) -> bool:
    return any(has_line(feedback, p) for p in ((parts,) if isinstance(parts, str) else parts))


# --- 1. summary credit needs his points given back as his -----------------------------------------


SHIPPING = ctx(
    ("trainee", "ホームページは今ありますか？"),
    ("owner", "まあ、ありますよ。古いけどね。通販をやるとしたら、よそは配送どうしてるの？冷凍便だと高いでしょ。"),
)
SHIPPING_ANSWER = (
    "配送は、冷凍便だと確かに高いと思います。同業の細かいところまでは分かりませんが、送料を価格に含めている"
    "お店が多いと聞きます。社長は、ネットでどんなお菓子を売りたいと考えていますか？"
)


def test_an_answer_that_echoes_his_question_gives_nothing_back() -> None:
    a, s = run(SHIPPING_ANSWER, SHIPPING)
    assert not _says(s.feedback, GIVE_BACK_LINES), s.feedback
    assert _says(s.feedback, ANSWER_LINE), s.feedback  # what it did: answered and handed back
    # the supporter's view and hearsay are his answer, not statements of his points
    assert give_back(SHIPPING_ANSWER, SHIPPING, "ja").statements == 0
    en = ctx(
        ("trainee", "Do you have a website?"),
        ("owner", "An old one. If we sold online, how do others handle delivery? Chilled parcels cost a fortune."),
    )
    answer = (
        "I think chilled delivery is expensive, yes. I'm not sure of the details, but I've heard many shops "
        "build the postage into the price. What would you most like to sell online?"
    )
    assert give_back(answer, en, "en").statements == 0


def test_a_promise_naming_what_he_refused_is_no_summary() -> None:
    en = ctx(
        ("trainee", "What would you like to talk about?"),
        ("owner", "I won't show you the books, and I won't have you questioning my staff."),
        ("trainee", "Understood."),
        ("owner", "The work is there, orders keep coming, but at the end of the year nothing's left."),
    )
    a, s = run(
        "Agreed, I won't ask for the books and I won't question your staff. That's a promise. You said the "
        "orders keep coming but nothing's left at the end of the year. Where do you think it goes?",
        en,
        "en",
    )
    assert not _says(s.feedback, "You gathered the owner's points"), s.feedback
    assert s.scores.get("summarising") is None, s.scores
    ja = ctx(
        ("trainee", "どんなことでお困りですか。"),
        ("owner", "決算書は見せないよ。社員に話を聞くのもやめてくれ。"),
        ("trainee", "承知しました。"),
        ("owner", "仕事はあるんだ。注文も来る。でも年末に何も残らない。"),
    )
    text = "決算書はお聞きしません。社員の方にも伺いません。お約束します。"
    assert give_back(text, ja, "ja").statements == 0


def test_real_summaries_keep_their_line() -> None:
    ja = ctx(
        ("trainee", "お店のことを聞かせてください。"),
        ("owner", "創業は明治でね。今は私と職人が二人。"),
        ("trainee", "職人さんは二人なんですね。"),
        ("owner", "二人とも六十過ぎ。若い子は来てもすぐ辞める。それに売上もここ五年横ばいだ。"),
    )
    s = run(
        "明治からのお店を、今は社長と六十過ぎの職人さん二人で支えていて、若い方は入ってもすぐ辞めてしまう。"
        "売上もここ五年横ばい、ということですね。その中で社長が一番気にかけていらっしゃるのはどれでしょうか。",
        ja,
    )[1]
    assert _says(s.feedback, "要点をまとめて返せています"), s.feedback
    en = ctx(
        ("trainee", "Tell me about the shop."),
        ("owner", "My grandfather opened it in 1950. Now it's me and two bakers."),
        ("trainee", "Two bakers."),
        ("owner", "Both over sixty. Young ones come and leave within a year. And sales have been flat for five years."),
    )
    s2 = run(
        "So the shop your grandfather opened in 1950 now rests on you and two bakers over sixty, young ones "
        "leave within a year, and sales have been flat for five years. Is that right? Which of those weighs "
        "on you most?",
        en,
        "en",
    )[1]
    assert _says(s2.feedback, "You gathered the owner's points"), s2.feedback


# --- 2. a refusal needs his refusal ---------------------------------------------------------------


def test_no_way_to_do_something_is_no_refusal() -> None:
    en = ctx(
        ("trainee", "What happens when a regular customer moves away?"),
        ("owner", "They write to us, but there's no way to order from outside the town. We lose them."),
    )
    a, s = run("That sounds like a real loss. Could you tell me more about those letters from customers?", en, "en")
    assert not _says(s.feedback, REFUSAL_LINE), s.feedback
    assert "presses_refusal" not in s.flags, s.flags
    en2 = ctx(
        ("trainee", "How did the bakery start?"),
        ("owner", "My father had no way of getting a bank loan, so he sold his car to buy the first oven."),
    )
    s2 = run("He sold his car for the oven. What was that first year like for him?", en2, "en")[1]
    assert not _says(s2.feedback, REFUSAL_LINE), s2.feedback


def test_a_topic_put_aside_for_today_is_a_refusal() -> None:
    ja = ctx(
        ("trainee", "ネットのお店を閉めたのは、どんな事情があったんでしょうか。"),
        ("owner", "それは、まあ…今日はいいでしょ。それより売上の話をしましょうよ。"),
    )
    s = run("でも、ネットのお店を閉めた事情は大事なので、やっぱり教えていただけませんか？", ja)[1]
    assert _says(s.feedback, REFUSAL_LINE), s.feedback
    praised = ctx(("trainee", "ネット販売の前に、まず店頭の試食から始める手もあります。"), ("owner", "それはいいですね。"))
    s2 = run("ありがとうございます。店頭の試食は、これまでどんなふうにされてきましたか？", praised)[1]
    assert not _says(s2.feedback, REFUSAL_LINE), s2.feedback


def test_the_thing_asked_for_turned_down_is_a_refusal() -> None:
    en = ctx(
        ("trainee", "Could you show me the order book for last year?"),
        ("owner", "...Hm. The order book — no. Leave it."),
    )
    s = run("I see, but the order book would really help. Could you show me just this month's orders?", en, "en")[1]
    assert _says(s.feedback, REFUSAL_LINE), s.feedback
    told = ctx(("trainee", "How did the shop start?"), ("owner", "My father — no doubt about it — built it from nothing."))
    s2 = run("Your father built it from nothing. What was he like?", told, "en")[1]
    assert not _says(s2.feedback, REFUSAL_LINE), s2.feedback


def test_a_real_no_way_still_refuses() -> None:
    en = ctx(
        ("trainee", "Could you show me last year's accounts?"),
        ("owner", "No way. Not a chance."),
    )
    a, s = run("I understand, but could you show me just the accounts for sales?", en, "en")
    assert _says(s.feedback, REFUSAL_LINE), s.feedback


# --- 3. praise for answering his question needs his question ----------------------------------------


def test_his_echo_of_the_question_asks_nothing() -> None:
    en = ctx(
        ("trainee", "Where would you like the workshop to be in a few years?"),
        ("owner", "Hm, five years on? …I'd like the two lads to run the kilns without me, that's all."),
    )
    a, s = run("Thank you, that's a clear picture. What would the two of them need to get there?", en, "en")
    assert not _says(s.feedback, ANSWER_LINE), s.feedback
    ja = ctx(
        ("trainee", "最近の売上の動きはいかがですか。"),
        ("owner", "うーん、売上、ですか。…まあ、横ばいというのが近いですかね。"),
    )
    s2 = run("なるほど、率直なお話をありがとうございます。その横ばいが続く中で、社長はどんなことを感じていらっしゃいますか。", ja)[1]
    assert not _says(s2.feedback, ANSWER_LINE), s2.feedback


def test_an_apology_and_his_words_given_back_answer_no_question() -> None:
    en = ctx(
        ("trainee", "Where does most of the work come from?"),
        ("owner", "Mostly orders through the co-op."),
        ("trainee", "Do you have trouble keeping staff?"),
        ("owner", "Why would I tell you that? So you can put it in some report?"),
    )
    a, s = run("Sorry, I jumped in there. You said the orders come through the co-op. How did that come about?", en, "en")
    assert not _says(s.feedback, ANSWER_LINE), s.feedback
    s2 = run("Sorry, I jumped in there. Only what you're comfortable sharing. How did the co-op orders start?", en, "en")[1]
    assert not _says(s2.feedback, ANSWER_LINE), s2.feedback
    checking = ctx(("trainee", "How are things going?"), ("owner", "So what exactly are you here to inspect?"))
    s3 = run("Sorry, that was a little vague of me. Could you walk me through a usual week at the shop?", checking, "en")[1]
    assert not _says(s3.feedback, ANSWER_LINE), s3.feedback


def test_a_real_question_answered_keeps_its_line() -> None:
    en = ctx(
        ("trainee", "What would you most like to talk about today?"),
        ("owner", "The kilns are old. Which shops like mine have changed to gas kilns? If you know any, tell me."),
    )
    a, s = run(
        "Honestly, I don't know of one I could name for you. What makes you think about gas kilns now?", en, "en"
    )
    assert _says(s.feedback, ANSWER_LINE), s.feedback
    ja = ctx(
        ("trainee", "今日はどんなお話から始めましょうか。"),
        ("owner", "窯が古くてね。同じような窯元で、ガス窯に替えたところってあるの？"),
    )
    s2 = run("すみません、具体的な窯元は存じません。社長がガス窯を考え始めたのは、どんなことからですか？", ja)[1]
    assert _says(s2.feedback, ANSWER_LINE), s2.feedback


# --- 4. praise names the behaviour that happened -----------------------------------------------------

PROMPT_LINE = ("「それで？」「もう少し詳しく」と、社長の話の続きを促せています", "You prompted the owner to go on")
FUTURE_LINE = ("未来像を描いてもらう問いかけ", "You invited the owner to picture the future")
WHY_LINE = ("「なぜ」「どのように」と、社長の考えの背景", "digging into the reasons behind the owner's view")
CLOSED_LINE = ("閉じた質問です", "A closed question")
KILN = ctx(
    ("trainee", "How is the shop doing?"),
    ("owner", "We've kept the old kiln my father built. People say the bread tastes different from it."),
)


def test_go_online_and_a_new_specifics_question_prompt_nothing() -> None:
    a, s = run("Thanks for seeing me today. I read you'd like to go online; what's behind that?", [], "en")
    assert not _says(s.feedback, PROMPT_LINE), s.feedback
    ja = ctx(("trainee", "本日はよろしくお願いします。"), ("owner", "いやあ、こういうの初めてで、緊張しますね。"))
    s2 = run("いえいえ、大丈夫です！それで、SNSって具体的には何をしたいんですか？", ja)[1]
    assert not _says(s2.feedback, PROMPT_LINE), s2.feedback


def test_a_real_prompt_keeps_its_line() -> None:
    assert _says(run("The old kiln your father built. Please go on.", KILN, "en")[1].feedback, PROMPT_LINE)
    ja = ctx(("trainee", "お店の様子はいかがですか。"), ("owner", "まあ、ぼちぼちだね。仕込みに手間がかかって、朝が早いのがきつい。"))
    s = run("手間がかかる、というのは、具体的にはどんなところでしょうか？", ja)[1]
    assert _says(s.feedback, ("具体的には」「例えば」と、話の中身を促せています",)), s.feedback


def test_picture_without_a_future_is_no_future_question() -> None:
    s = run("When you picture the new shop, how does the old kiln fit with it?", KILN, "en")[1]
    assert not _says(s.feedback, FUTURE_LINE), s.feedback
    s2 = run("If you picture the bakery ten years from now, what would you like it to look like?", KILN, "en")[1]
    assert _says(s2.feedback, FUTURE_LINE), s2.feedback


def test_why_before_he_has_said_anything_digs_into_no_view() -> None:
    s = run("Thank you for your time. What made you decide to apply for this support?", [], "en")[1]
    assert not _says(s.feedback, WHY_LINE), s.feedback
    s2 = run("What made you decide to keep the old kiln?", KILN, "en")[1]
    assert _says(s2.feedback, WHY_LINE), s2.feedback


def test_a_hypothetical_is_no_closed_fact_question() -> None:
    ja = ctx(
        ("trainee", "お店のやり方で、昔から変わらないことはありますか。"),
        ("owner", "全部、父の代のやり方のままですよ。言われてみると、そうですね。"),
    )
    s = run(
        "言われてみると、そうなんですね。その『父の代のやり方』について、もし社長が自由に変えられるとしたら、"
        "変えてみたいことはありますか。",
        ja,
    )[1]
    assert not _says(s.feedback, CLOSED_LINE), s.feedback
    s2 = run("それで、従業員さんは何人いらっしゃいますか？", ja)[1]
    assert _says(s2.feedback, CLOSED_LINE), s2.feedback


# --- 5. a proposal for next time gives back no words as his ----------------------------------------

UNSAID_LINE = ("社長がまだ口にしていない言葉", "something the owner has not said in this meeting")
LATER_JA = ctx(
    ("trainee", "今後のお店について、考えていることはありますか。"),
    ("owner", "まだ考えたことがないんですよ。毎日の仕込みで手一杯で。"),
)
LATER_EN = ctx(
    ("trainee", "Have you thought about where the shop is heading?"),
    ("owner", "Never had the time. The morning baking takes everything I've got."),
)
SHOP_FORM = "和菓子店。三代目。来店客数の減少。"


def test_a_proposal_for_next_time_is_not_his_words() -> None:
    ja = "まだ考えたことがない、それで大丈夫です。次回は、社長が『これなら続けたい』と思えるお店の姿を、一緒に少しずつ言葉にしていけたらと思います。"
    assert analyse(ja, LATER_JA, "ja", briefing=SHOP_FORM).features.unsaid == []
    assert not _says(run(ja, LATER_JA)[1].feedback, UNSAID_LINE)
    en = "That's fine, no rush. Next time, let's try to put 'a shop worth handing on' into words together, at your pace."
    assert analyse(en, LATER_EN, "en", briefing=SHOP_FORM).features.unsaid == []


def test_words_he_never_said_quoted_as_his_are_still_named() -> None:
    ja = "社長は『もう店をたたみたい』とおっしゃいましたね。そのお気持ちを聞かせてください。"
    assert analyse(ja, LATER_JA, "ja", briefing=SHOP_FORM).features.unsaid
    en = "You said 'I want to close the shop'. Could you tell me more about that?"
    assert analyse(en, LATER_EN, "en", briefing=SHOP_FORM).features.unsaid


# --- 6. his question echoed is no 伝え返し; his kana wording is his words ----------------------------

IN_HIS_WORDS = ("社長の言葉で返せています（伝え返し）", "in the owner's words")
ADD_HIS_WORD = ("社長が使った言葉をそのまま一つ入れると",)


def test_his_question_echoed_before_a_bare_question_is_no_reflection() -> None:
    ja = ctx(
        ("trainee", "売上を伸ばすには、SNSを始めるのがいいと思います。"),
        ("owner", "それ、よそでも聞いたよ。で、うちの店の場合はどうなの。"),
    )
    s = run("失礼しました。うちの店の場合ですね。じゃあ、お店のホームページはありますか？", ja)[1]
    assert not _says(s.feedback, IN_HIS_WORDS), s.feedback
    # his statement echoed still is one
    told = ctx(("trainee", "お店の様子はいかがですか。"), ("owner", "うちの店は、常連さんが減ってきてね。"))
    # ... and a closed question on another subject after it is the jump after a give-back it is
    # (r23a s10 T6: the same move with or without the echo gets the same feedback)
    s2 = run("常連さんが減ってきたんですね。ホームページはありますか？", told)[1]
    assert "topic_switch" in s2.flags, s2.feedback
    assert _says(s2.feedback, ("社長の言葉を返したあと",)), s2.feedback


def test_his_kana_wording_given_back_counts_as_his_words() -> None:
    ja = ctx(
        ("trainee", "ここまで、お店をどうやって続けてこられたんですか。"),
        ("owner", "どうって…まあ、なんとかかんとかやってるってことだよ。"),
    )
    s = run("なんとかかんとかやってこられた、んですね。三十年それを続けてこられたこと自体が、社長の力だと思います。", ja)[1]
    assert not _says(s.feedback, ADD_HIS_WORD), s.feedback
    # a reflection in the supporter's own words keeps the hint
    s2 = run("いろいろなご苦労があったんですね。そうやって続けてこられたこと自体が、社長の力だと思います。", ja)[1]
    assert not _says(s2.feedback, IN_HIS_WORDS), s2.feedback
