"""Issue 8, lead12 (blind playtests r12a/r12b, of build 8ae4bcb): pushes the analyser missed —
labelled an open question, a reflection, empathy or nothing. New sentences, ja and en; the
positive tests fail on main 96f08dd, except three that guard what main already caught (the
English tags, the Japanese pep talks with no put-off before them, the English first step); each
negative case guards against a false alarm (a real open question, a give-back checked, empathy, a
brief honest answer keep their labels).

1. a guessed answer tagged on after a real question (「…どうですか？心強いですよね？」 "How do you
   feel about it? You must be proud, right?") is leading, whatever came before;
2. a pep talk or verdict on what he may do or how he should feel (「社長なんですから、もっと
   堂々と決めていいと思いますよ」 "You're the boss, be more confident") is advice;
3. a judgement of his practice (「紙の台帳はさすがにまずいですよ」 "Paper ledgers are really
   outdated") is advice, never empathy (「さすがに」 is no praise);
4. a closed question carrying a verdict (「専務なのに、採用には関われないんですか？」 "Even
   though you're the president, your father still decides?") is leading;
5. a prescription after his "let's move on" (「…やるなら、まずは商品写真の撮り直しですね」 "the
   first step is new product photos") is advice: he asked to move on, not for a plan.
"""

from __future__ import annotations

from .turns import acts_of, ctx, has_line, run

PUSHES = {"advice", "leading_question"}

# --- 1. a guessed answer tagged on after a real question -------------------------------------

JA_SON = ctx(
    ("trainee", "息子さんは今どんなお仕事をされているんですか？"),
    ("owner", "去年の秋にうちに戻ってきましてね。今は工場で現場を覚えてもらってます。"),
)
EN_SON = ctx(
    ("trainee", "What does your son do these days?"),
    ("owner", "He came back to us last autumn. He's learning the ropes on the shop floor now."),
)


def test_a_guess_tagged_after_a_question_is_leading_ja() -> None:
    for text in (
        "去年の秋に戻ってこられたんですね。息子さんが工場に入られて、社長としてはいかがですか？心強いですよね？",
        "現場を覚えていらっしゃるんですね。社長はどう感じていますか？やっぱり安心ですよね？",
        "息子さんが戻られて、どう思われましたか？嬉しかったでしょう？",
    ):
        acts = acts_of(text, JA_SON, "ja")
        assert "leading_question" in acts, (text, acts)
        _, s = run(text, JA_SON, "ja")
        assert not has_line(s.feedback, "社長の言葉で返せています"), s.feedback


def test_a_guess_tagged_after_a_question_is_leading_en() -> None:
    for text in (
        "So he came back last autumn. How do you feel about having him on the floor? You must be proud, right?",
        "He's learning the ropes, then. What has that been like for you? It's a relief, isn't it?",
    ):
        acts = acts_of(text, EN_SON, "en")
        assert "leading_question" in acts, (text, acts)


def test_a_real_question_or_a_checked_give_back_is_no_lead() -> None:
    for text in (
        "去年の秋に戻ってこられたんですね。息子さんが工場に入られて、社長としてはいかがですか？",
        "工場で現場を覚えていらっしゃる、ということですね。合っていますか？",
    ):
        assert not PUSHES & acts_of(text, JA_SON, "ja"), text
    for text in (
        "So he came back last autumn. How do you feel about having him on the floor?",
        "He came back last autumn and he's learning the ropes on the floor. Did I get that right?",
    ):
        assert not PUSHES & acts_of(text, EN_SON, "en"), text


def test_his_own_feeling_checked_back_is_no_lead() -> None:
    owner = ctx(
        ("trainee", "息子さんが戻られて、いかがですか？"),
        ("owner", "正直、ほっとしてますよ。一人で抱えなくてよくなったんでね。"),
    )
    text = "ほっとされたんですね。一人で抱えなくてよくなった、と。どのあたりで一番そう感じますか？"
    assert not PUSHES & acts_of(text, owner, "ja")


# --- 2. a pep talk is advice --------------------------------------------------------------------

JA_UNSURE = ctx(
    ("trainee", "新しい取引先の件は、会長とはお話しされましたか？"),
    ("owner", "いや…まだです。言っても、どうせ反対されると思うので。"),
)
EN_UNSURE = ctx(
    ("trainee", "Have you talked to your father about the new customer?"),
    ("owner", "No... not yet. He'd only say no, I think."),
)


def test_a_pep_talk_is_advice_ja() -> None:
    for text in (
        "そうなんですね。でも専務なんですから、もっと堂々と決めてしまっていいと思いますよ。",
        "大丈夫ですよ、もっと自信を持ってください！",
        "後継ぎなんですから、胸を張って会長に言えばいいんですよ。",
        "それは考えすぎだと思いますよ。",
    ):
        acts = acts_of(text, JA_UNSURE, "ja")
        assert "advice" in acts, (text, acts)


def test_a_pep_talk_is_advice_en() -> None:
    for text in (
        "But you're the managing director, so you should feel confident and just go ahead.",
        "Come on, be more confident! You can make that call yourself.",
        "I think you're overthinking it.",
    ):
        acts = acts_of(text, EN_UNSURE, "en")
        assert "advice" in acts, (text, acts)


def test_a_pep_talk_after_he_puts_a_topic_off_is_advice() -> None:
    # his 「また今度でもいいですか」 asks for nothing to answer: no honest answer licenses the push
    put_off = ctx(
        ("trainee", "もしかして、会長と意見が合わないんですか？"),
        ("owner", "いや…それは、また今度でもいいですか。"),
    )
    text = "そうですか…。でも専務なんですから、もっと自信を持って話を進めていいと思いますよ！"
    assert "advice" in acts_of(text, put_off, "ja")
    en_put_off = ctx(
        ("trainee", "Is it that you and your father don't see eye to eye?"),
        ("owner", "Well... could we leave that for another time?"),
    )
    en = "I see. But you're the successor, so you can just go ahead and be more confident."
    assert "advice" in acts_of(en, en_put_off, "en")


def test_reassurance_about_the_talk_is_no_pep_talk() -> None:
    for text in (
        "ゆっくりで大丈夫ですよ。",
        "まとまっていなくても構いませんよ。",
        "反対されると思うと、なかなか言い出せないですよね。",
    ):
        assert "advice" not in acts_of(text, JA_UNSURE, "ja"), text
    for text in ("Take your time, there's no rush.", "That sounds like a hard thing to bring up with him."):
        assert "advice" not in acts_of(text, EN_UNSURE, "en"), text


# --- 3. a judgement of his practice is no empathy ------------------------------------------------

JA_PAPER = ctx(
    ("trainee", "在庫はどのように管理されていますか？"),
    ("owner", "紙の台帳ですよ。ずっとそれでやってきたんで。"),
)
EN_PAPER = ctx(
    ("trainee", "How do you keep track of stock?"),
    ("owner", "A paper ledger. We've always done it that way."),
)


def test_a_judgement_of_his_practice_is_advice_not_empathy_ja() -> None:
    for text in (
        "紙の台帳はさすがにまずいですよ。",
        "今どき紙の台帳は、ちょっと遅れていますね。",
        "紙だけというのは、さすがに非効率ですね。",
    ):
        acts = acts_of(text, JA_PAPER, "ja")
        assert "advice" in acts and "empathy" not in acts, (text, acts)


def test_a_judgement_of_his_practice_is_advice_not_empathy_en() -> None:
    for text in (
        "Honestly, a paper ledger is really outdated.",
        "Keeping stock on paper is a bit behind the times, to be honest.",
    ):
        acts = acts_of(text, EN_PAPER, "en")
        assert "advice" in acts and "empathy" not in acts, (text, acts)


def test_praise_and_sympathy_stay_empathy() -> None:
    for text in ("ずっとそれで回してこられたのは、さすがですね。", "それはさすがに大変でしたね。"):
        acts = acts_of(text, JA_PAPER, "ja")
        assert "empathy" in acts and "advice" not in acts, (text, acts)
    own = ctx(
        ("trainee", "在庫はどのように管理されていますか？"),
        ("owner", "紙の台帳です。正直、うちのやり方はもう古いんですよ。"),
    )
    text = "ご自身でも、やり方が古いと感じていらっしゃるんですね。"
    assert "advice" not in acts_of(text, own, "ja")


# --- 4. a closed question with a verdict in it is leading -------------------------------------

JA_FATHER = ctx(
    ("trainee", "採用はどなたが決めていらっしゃるんですか？"),
    ("owner", "採用も、結局は会長ですね。私は面接に出るくらいで。"),
)
EN_FATHER = ctx(
    ("trainee", "Who decides on hiring?"),
    ("owner", "My father, in the end. I just sit in on the interviews."),
)


def test_a_verdict_in_a_closed_question_is_leading_ja() -> None:
    for text in (
        "専務なのに、採用には関われないんですか？",
        "面接に出るだけなんですね。後継ぎなのに、まだ決める権限がないんですか？",
    ):
        acts = acts_of(text, JA_FATHER, "ja")
        assert "leading_question" in acts, (text, acts)


def test_a_verdict_in_a_closed_question_is_leading_en() -> None:
    for text in (
        "Even though you're the managing director, your father still decides who gets hired?",
        "Despite being the successor, you have no say in hiring?",
    ):
        acts = acts_of(text, EN_FATHER, "en")
        assert "leading_question" in acts, (text, acts)


def test_a_contrast_in_a_yes_no_question_is_leading_but_thanks_are_not() -> None:
    sales = ctx(
        ("trainee", "最近の売上はいかがですか？"),
        ("owner", "おかげさまで、ここ二年は伸びてます。ただ現場はいつも手一杯でね。"),
    )
    assert "leading_question" in acts_of("売上が伸びているのに、人は増やさないんですか？", sales, "ja")
    thanks = "雨なのに、わざわざ駅まで迎えに来てくださったんですか？"
    assert "leading_question" not in acts_of(thanks, sales, "ja")


def test_a_contrast_he_drew_asked_openly_stays_open() -> None:
    owner = ctx(
        ("trainee", "最近の売上はいかがですか？"),
        ("owner", "売上は伸びてるんですよ。なのに、利益が全然残らないんです。"),
    )
    text = "売上は伸びているのに、利益が残らないんですね。社長は、何が起きているとお考えですか？"
    acts = acts_of(text, owner, "ja")
    assert "open_question" in acts and not PUSHES & acts, acts
    en_owner = ctx(
        ("trainee", "How have sales been lately?"),
        ("owner", "Sales are up. Even so, there's hardly any profit left."),
    )
    en = "Sales are up, even though there's hardly any profit left. What do you make of that?"
    acts = acts_of(en, en_owner, "en")
    assert "open_question" in acts and not PUSHES & acts, acts


# --- 5. a prescription after "let's move on" is advice -----------------------------------------

JA_MOVE_ON = ctx(
    ("trainee", "社長が今いちばん気にされていることは何ですか？"),
    ("owner", "そういうのはいいから。課題は分かってるんで、次に進んでもらえる？"),
)
EN_MOVE_ON = ctx(
    ("trainee", "What's on your mind most these days?"),
    ("owner", "Never mind that, I know what the problems are. Can we move on?"),
)


def test_a_prescription_after_move_on_is_advice_ja() -> None:
    for text in (
        "承知しました。ネット販売をやるなら、まずは商品写真の撮り直しですね。いつ頃から始めますか？",
        "分かりました、では本題です。まずはホームページの作り直しからですね。ご予算はどのくらいですか？",
    ):
        acts = acts_of(text, JA_MOVE_ON, "ja")
        assert "advice" in acts, (text, acts)
        _, s = run(text, JA_MOVE_ON, "ja")
        assert not has_line(s.feedback, "誠実に答え"), s.feedback


def test_a_prescription_after_move_on_is_advice_en() -> None:
    text = "Sure, let's move on. If you want to sell online, the first step is new product photos. What's your budget?"
    assert "advice" in acts_of(text, EN_MOVE_ON, "en")


def test_moving_on_with_a_question_is_no_advice() -> None:
    for text in (
        "承知しました。では、社長はまず何から手をつけたいとお考えですか？",
        "分かりました。具体的な話に進みましょう。ネット販売で、どんな商品を売りたいですか？",
    ):
        assert "advice" not in acts_of(text, JA_MOVE_ON, "ja"), text
    assert "advice" not in acts_of("Sure. Where would you like to start?", EN_MOVE_ON, "en")


def test_a_verdict_the_model_reads_as_empathy_is_none() -> None:
    # the learned layer's "empathy" on a sentence the rules read as a verdict (r11b blind play)
    for text in (
        "帳簿がずっと手書きのままなのは、正直もったいないですね。今はクラウド会計が基本なので、そちらに移すべきだと思います。",
        "紙の台帳のままなのは、正直もったいないですね。在庫管理のソフトを入れた方がいいと思いますよ。",
    ):
        acts = acts_of(text, JA_PAPER, "ja")
        assert "advice" in acts and "empathy" not in acts, (text, acts)
    # empathy in words of its own beside the advice stays
    text = "ずっとお一人で台帳をつけてこられたのは、大変でしたね。ソフトを入れた方がいいと思いますよ。"
    assert {"advice", "empathy"} <= acts_of(text, JA_PAPER, "ja")
