"""Blind playtests r8a / r8b (round 7): feedback lines that said the opposite of what happened.
New sentences in the spirit of the playtest's, ja and en; each test fails on main b15f796.

1. a summary of the owner's own words called a boast, advice or "your own proposals";
2. modesty (a credential denied) taken for a show of track record;
3. a brief honest answer to the owner's direct question called advice, and the praise for one
   given where nothing was asked or nothing answered.
"""

from __future__ import annotations

from .turns import ctx, has_line, run

BOAST_LINE = ("実績や経験のアピール", "show of your track record")
ADVICE_LINE = ("社長が求めていない助言", "You gave advice or a diagnosis")
VAGUE_LINE = ("社長が話した要点が入っていません", "none of the owner's points is in it")
GATHERED = ("社長の話の要点をまとめて返せています", "You gathered the owner's points")


def _boast(feedback: list[str]) -> bool:
    return any(has_line(feedback, part) for part in BOAST_LINE)


# --- 1. the owner's own words, given back, are no boast, advice or "own proposal" ----------------


def test_his_own_sentence_in_a_summary_is_no_advice_en() -> None:
    owner = ctx(
        ("trainee", "How did the work with Kanda Electric start?"),
        ("owner", "My father and their old president started out together. I took over the account and my job was to keep that going."),
        ("trainee", "So you inherited the account."),
        ("owner", "Right. These days their buyer just sends orders by email."),
    )
    a, s = run(
        "Let me check I have it right. Your father and their old president started out together, and you "
        "saw your job as keeping that going. Now the orders just come by email. Is that right?",
        owner,
        "en",
    )
    acts = {x.value for x in a.acts}
    assert "summary" in acts and not acts & {"advice", "self_promotion"}, acts
    assert not any(has_line(s.feedback, p) for p in ADVICE_LINE + BOAST_LINE), s.feedback
    assert any(has_line(s.feedback, p) for p in GATHERED), s.feedback
    # the supporter's own push after the summary is still advice
    b, _ = run(
        "Your father and their old president started out together. You should visit their new president "
        "this month.",
        owner,
        "en",
    )
    assert "advice" in {x.value for x in b.acts}


def test_points_he_gave_in_answer_to_questions_are_his_in_a_summary() -> None:
    """The supporter asked (「常連のお客さんは減っていますか？」), the owner answered: the summary
    of his answers gathers his points, not the supporter's."""
    ja = ctx(
        ("trainee", "常連のお客さんは減っていますか？"),
        ("owner", "そうやね、ここ数年でだいぶ減ったわ。"),
        ("trainee", "職人さんは何人いらっしゃるんですか？"),
        ("owner", "四人。一番上はもう七十近いわ。"),
        ("trainee", "仕入れ先は昔から同じなんですか？"),
        ("owner", "米は地元の農家さん。先代のころから変えとらん。"),
    )
    a, s = run(
        "今日のお話をまとめると、常連のお客さんがここ数年で減っていて、職人さんは四人で一番上が七十近く、"
        "仕入れ先は先代から変えていない、ということですね。",
        ja,
    )
    assert "summary" in {x.value for x in a.acts}
    assert not any(has_line(s.feedback, p) for p in VAGUE_LINE), s.feedback
    assert s.scores["summarising"] is not None and s.scores["summarising"] >= 70, s.scores
    en = ctx(
        ("trainee", "Have your regular customers dropped off?"),
        ("owner", "Yeah, quite a few, over the last few years."),
        ("trainee", "How many bakers do you have?"),
        ("owner", "Four. The eldest is nearly seventy."),
        ("trainee", "Has your flour supplier always been the same?"),
        ("owner", "Same mill since my father's time. Never changed."),
    )
    b, t = run(
        "So, to sum up: your regular customers have dropped off these last few years, you have four bakers "
        "and the eldest is nearly seventy, and the flour supplier hasn't changed since your father's time. "
        "Is that right?",
        en,
        "en",
    )
    assert not any(has_line(t.feedback, p) for p in VAGUE_LINE), t.feedback
    assert t.scores["summarising"] is not None and t.scores["summarising"] >= 70, t.scores

    # what the supporter proposed in question form and the owner only echoed stays his own
    pushed = ctx(
        ("trainee", "ネット通販を始めてみてはどうですか？"),
        ("owner", "ネット通販ねえ。"),
        ("trainee", "インスタグラムで発信してみてはいかがですか？"),
        ("owner", "インスタグラムか。"),
    )
    _, u = run("まとめると、ネット通販を始めて、インスタグラムで発信する、ということですね。", pushed)
    assert any(has_line(u.feedback, p) for p in VAGUE_LINE + ("支援者自身の提案",)), u.feedback


# --- 2. a credential denied is modesty, not a boast -----------------------------------------------


def test_a_denied_credential_is_no_boast() -> None:
    owner = ctx(("owner", "Our ERP is fifteen years old and nobody understands it. Do you know much about these systems?"))
    for text in (
        "I'm no IT specialist, to be honest. How does your team get by with it day to day?",
        "Honestly, I'm not really a software expert. What happens when something goes wrong with it?",
        "I'm far from an authority on ERP, so I'd rather hear how you use it now.",
    ):
        a, s = run(text, owner, "en")
        assert "self_promotion" not in {x.value for x in a.acts}, (text, a.acts)
        assert not _boast(s.feedback), (text, s.feedback)
    b, s = run("I'm an IT specialist; I've helped over forty firms replace systems like yours.", owner, "en")
    assert "self_promotion" in {x.value for x in b.acts} and _boast(s.feedback)
    # ja (already right on main, kept so that it stays so)
    owner = ctx(("owner", "基幹システムがもう十五年ものでね。こういうの、分かるの？"))
    for text in (
        "正直、システムの専門家ではありませんが、普段はどのように使っていらっしゃるんですか。",
        "ITには詳しくはないのですが、困るのはどんな時ですか。",
    ):
        a, s = run(text, owner)
        assert "self_promotion" not in {x.value for x in a.acts}, (text, a.acts)
        assert not _boast(s.feedback), (text, s.feedback)
    b, s = run("私はシステムの専門家で、これまで四十社以上の入れ替えを支援してきました。", owner)
    assert "self_promotion" in {x.value for x in b.acts} and _boast(s.feedback)


# --- 3. the praise for a brief honest answer needs a question and an answer -----------------------

ANSWER_PRAISE = ("社長の問いに短く誠実に答え", "You answered the owner's question briefly")


def _praised(feedback: list[str]) -> bool:
    return any(has_line(feedback, p) for p in ANSWER_PRAISE)


def test_no_answer_praise_for_a_dodge_or_where_nothing_was_asked() -> None:
    for lang, owner, text in (
        # he asked; the supporter said nothing to it and asked something else
        ("ja", "で、あんたならどうするの？", "そうですね…。ところで、従業員の方は何人いらっしゃいますか？"),
        ("en", "So what would you do, then?", "Well, let me think... How many staff do you have?"),
        # his question given back is no answer to it
        ("ja", "ネットで売るなら、楽天とAmazonと自社サイト、どれがいいの？",
         "楽天かAmazonか自社サイトか、ということですね。社長はどれが合っていると思いますか？"),
        ("ja", "で、ECってどこのがいいの？楽天？それとも自分とこでサイト作るの？",
         "失礼しました。モールか自社サイトか、ということですね。社長はどちらに惹かれていますか？"),
        # he asked nothing: musing (「〜かな。」) and a filler (「なんていうか…」)
        ("ja", "うーん、そこは今はいいかな。", "わかりました。では、今の取引先は県内が多いんですか？"),
        ("ja", "なんていうか…うまく言えないんですけどね。", "いえ、大丈夫です。どんなところが一番気にかかっていますか？"),
    ):
        _, s = run(text, ctx(("owner", owner)), lang)
        assert not _praised(s.feedback), (text, s.feedback)
    # a brief honest answer, then a question back, keeps its praise
    for lang, owner, text in (
        ("ja", "で、あんたならどうするの？", "正直、私にも正解は分かりません。社長ご自身はどうしたいとお考えですか？"),
        ("en", "So what would you do, then?", "Honestly, I don't know yet. What would you like to happen?"),
    ):
        _, s = run(text, ctx(("owner", owner)), lang)
        assert _praised(s.feedback), (text, s.feedback)
