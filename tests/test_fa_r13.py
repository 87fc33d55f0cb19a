"""Issue 8, fa13 (blind playtests r13a / r13b, of build a083512): analysis false alarms that
punish good moves, and misses that make bad moves look fine. New sentences, ja and en; each class
has cases that fail on main 915f1d4 and negative cases that keep their labels.

1. A check of a fact from the briefing or his words (「〜ですよね」, ", right?") is no leading
   question and never makes the open question after it leading.
2. Agreeing with his own point in his words, and accepting his pace ("let's get started"), is
   no advice.
3. His question answered briefly, handing back to him (「現場のことは社長の方がお詳しい」, a question
   back), is no advice, lecture or self-promotion; a product called "a local specialty" is no
   boast, "my specialty" still is.
4. The blunt worry question in its variants (「社長が今一番悩んでいること」, after 「〜以外で、」)
   is flagged; a request for the financial statements is flagged (``asks_documents``).
5. A question that takes his quoted phrase and asks what lies behind it is open.
6. An apology for one's own misstep is flagged (``repair``) for the scorer.
"""

from __future__ import annotations

from simulator.analysis import analyse

from .turns import acts_of, ctx, has_line, run

BRIEFING_JA = (
    "有限会社松葉屋は1951年（昭和26年）創業の酒類小売（長野県松本市、従業員6名）。二代目の松葉社長"
    "（68歳）が経営し、地酒の品揃えで知られる。"
)
BRIEFING_EN = (
    "Pinewood Liquor was founded in 1951 in Matsumoto and has six staff. The second-generation "
    "owner, Mr Matsuba (68), is known for his range of local sake."
)

# --- 1. a check of his facts ---------------------------------------------------------------------


def test_briefing_fact_check_is_no_leading_question_ja() -> None:
    turns = ctx(("trainee", "本日はよろしくお願いします。"), ("owner", "はいはい、どうぞ。狭いところですが。"))
    for text in (
        "松葉屋さんは昭和26年創業ですよね。長くお店を続けてこられて、社長が一番大事にしてきたのはどんなことですか？",
        "松葉屋さんは地酒の品揃えで知られているんですよね。その品揃えは、どうやってつくってこられたんですか？",
    ):
        a = analyse(text, turns, "ja", briefing=BRIEFING_JA)
        acts = {x.value for x in a.acts}
        assert "leading_question" not in acts, (text, acts, a.evidence)
        assert "open_question" in acts, (text, acts)


def test_his_own_fact_check_is_no_leading_question_ja() -> None:
    turns = ctx(
        ("trainee", "今はどんな体制でお店を回していらっしゃるんですか。"),
        ("owner", "配達も店番も、家内と息子と三人でやっとるよ。"),
    )
    text = "配達も店番も、ご家族三人でされているんですよね。その中で、社長はどんなところに手応えを感じていますか？"
    acts = acts_of(text, turns)
    assert "leading_question" not in acts and "open_question" in acts, acts


def test_pushed_fact_or_verdict_stays_leading_ja() -> None:
    turns = ctx(
        ("trainee", "今はどんな体制でお店を回していらっしゃるんですか。"),
        ("owner", "配達も店番も、家内と息子と三人でやっとるよ。"),
    )
    for text in (
        "最近はネットでお酒を買う人が増えていますよね？",  # none of his words: the supporter's claim
        "お酒の値段はこの数年ずっと上がっていますよね？",
        "三人で回すなら、配達はやめるべきですよね？",  # a should
        "三人だと、もし誰かが倒れたら大変ですよね？",  # a what-if
        "配達はそろそろやめたいと思っていらっしゃるんですよね？",  # his wish presumed
    ):
        a = analyse(text, turns, "ja", briefing=BRIEFING_JA)
        acts = {x.value for x in a.acts}
        assert acts & {"leading_question", "advice"}, (text, acts)


def test_briefing_fact_check_is_no_leading_question_en() -> None:
    turns = ctx(("trainee", "Thank you for seeing me today."), ("owner", "Sure. Have a seat."))
    text = (
        "Pinewood Liquor was founded in 1951, right? What has kept the shop going all these years?"
    )
    a = analyse(text, turns, "en", briefing=BRIEFING_EN)
    acts = {x.value for x in a.acts}
    assert "leading_question" not in acts and "open_question" in acts, (acts, a.evidence)


def test_pushed_tag_stays_leading_en() -> None:
    turns = ctx(("trainee", "Thank you for seeing me today."), ("owner", "Sure. Have a seat."))
    text = "You should really be selling online by now, right?"
    assert acts_of(text, turns, "en") & {"leading_question", "advice"}


# --- 2. agreement in his words, his pace accepted -----------------------------------------------

JA_SMALL_SHOP = ctx(
    ("trainee", "大手の事例だと、人材紹介会社を使うところも多いですね。"),
    ("owner", "そんなのは大手の話だろ。うちは30人の板金屋なんだよ。"),
)


def test_agreement_in_his_words_is_no_advice_ja() -> None:
    text = "失礼しました。30人の板金屋さんには板金屋さんのやり方がありますよね。これまでは、どうやって人を集めてこられたんですか？"
    acts = acts_of(text, JA_SMALL_SHOP)
    assert "advice" not in acts and "open_question" in acts, acts


def test_own_proposal_in_a_tag_stays_advice_ja() -> None:
    text = "30人の板金屋さんなら、まずは求人サイトに載せてみるのがいいですよね。"
    assert acts_of(text, JA_SMALL_SHOP) & {"advice", "leading_question"}


EN_PACE = ctx(
    ("trainee", "It's a lovely shop. How long have you been in this building?"),
    ("owner", "Look, I haven't got all day. Skip the pleasantries and ask what you came to ask."),
)


def test_accepting_his_pace_is_no_advice_en() -> None:
    for text in (
        "Of course, let's get started. What made you apply for support this year?",
        "Understood, let's get right to the point. What would you most like to change this year?",
    ):
        a, s = run(text, EN_PACE, "en")
        acts = {x.value for x in a.acts}
        assert "advice" not in acts, (text, acts, a.evidence)
        assert not has_line(s.feedback, "advice"), s.feedback


def test_lets_with_a_proposal_stays_advice_en() -> None:
    text = "Let's get started on an online store right away; that's where the growth is."
    assert "advice" in acts_of(text, EN_PACE, "en")


def test_accepting_his_pace_is_no_advice_ja() -> None:
    turns = ctx(
        ("trainee", "立派なお店ですね。こちらの建物は古いんですか。"),
        ("owner", "世間話はいいから、用件を言ってくれ。"),
    )
    text = "承知しました、さっそく本題に入りましょう。今回、支援に申し込まれたのはどんなきっかけだったんですか？"
    assert "advice" not in acts_of(text, turns)


# --- 3. his question answered, handed back -------------------------------------------------------

JA_TEST = ctx(
    ("trainee", "最近の受注はいかがですか。"),
    ("owner", "まあ、ぼちぼちだな。あんた、工作機械の業界は今どうなってると思う？"),
)


def test_brief_answer_deferring_to_him_is_no_advice_ja() -> None:
    text = (
        "私が伺っている範囲では、自動車向けはまだ弱い一方で、半導体や医療機器向けは持ち直しつつあって、"
        "商工会の会合でも、地域や取引先によってかなりばらつきがある、まだら模様だと聞いています。"
        "ただ、現場の実感は社長の方がずっとお詳しいと思います。長年この業界を見てこられた社長の目から見て、"
        "この一年の受注の動きはどんな手応えでしたか。"
    )
    a, s = run(text, JA_TEST)
    acts = {x.value for x in a.acts}
    assert "advice" not in acts, (acts, a.evidence)
    assert a.features.answers_owner


def test_answer_with_a_prescription_stays_advice_ja() -> None:
    text = (
        "今は設備投資を急ぐべきだと思います。社長の方がお詳しいとは思いますが、補助金を使って早めに更新しましょう。"
    )
    assert "advice" in acts_of(text, JA_TEST)


EN_TEST = ctx(
    ("trainee", "What made you think about selling online?"),
    ("owner", "Everyone says online is the future. Is it? If you've got examples, tell me."),
)


def test_brief_answer_with_question_back_is_no_boast_or_lecture_en() -> None:
    text = (
        "Good question. In short: the small brewers I've read about that did well online already had "
        "a product people asked for by name, often a local specialty bought as a souvenir, and used "
        "the site to reach those fans. The ones that struggled hoped the site alone would bring new "
        "buyers. Which of your sakes do visitors already ask for by name?"
    )
    a, s = run(text, EN_TEST, "en")
    acts = {x.value for x in a.acts}
    assert "self_promotion" not in acts, (acts, a.evidence)
    assert acts & {"open_question", "closed_question"}, acts
    assert not has_line(s.feedback, "lecturing"), s.feedback
    assert not has_line(s.feedback, "track record"), s.feedback


def test_own_record_stays_self_promotion_en() -> None:
    for text in (
        "E-commerce is my specialty, so leave it to me. Which products would you sell first?",
        "I've helped over 40 shops go online. Which products would you sell first?",
    ):
        assert "self_promotion" in acts_of(text, EN_TEST, "en"), text


# --- 4. misses: the blunt worry question, the request for the books ---------------------------


def test_blunt_worry_variants_are_flagged_ja() -> None:
    turns = ctx(("trainee", "本日はよろしくお願いします。"), ("owner", "ああ、どうも。"))
    for text in (
        "さっそくですが、社長がいま一番悩んでいることって何ですか。",
        "ちなみに、配達以外で、御社として今一番の課題は何ですか？",
    ):
        a = analyse(text, turns, "ja")
        assert a.features.blunt_worry, (text, a.features)


def test_worry_question_on_his_words_is_not_blunt_ja() -> None:
    turns = ctx(
        ("trainee", "最近、お店の様子はいかがですか。"),
        ("owner", "若い子が入っても、半年で辞めてしまうんだよ。"),
    )
    text = "若い方が半年で辞めてしまうというのは、社長がいま一番悩んでいることなんでしょうか。"
    assert not analyse(text, turns, "ja").features.blunt_worry


def test_request_for_the_books_is_flagged() -> None:
    for text, lang in (
        ("前期と前々期の決算書をお持ちいただけますか。", "ja"),
        ("売上の推移が知りたいので、試算表を見せていただくことはできますか。", "ja"),
        ("Could you send over the last three years of accounts before we meet again?", "en"),
        ("Would it be possible to see your financial statements next time?", "en"),
    ):
        assert analyse(text, [], lang).features.asks_documents, text  # type: ignore[arg-type]


def test_no_request_for_the_books_is_not_flagged() -> None:
    for text, lang in (
        ("決算書はご用意いただかなくて大丈夫です。お話だけ伺えれば十分です。", "ja"),
        ("決算書のことは気にされなくて結構です。今日はお仕事のお話を伺えますか。", "ja"),
        ("There's no need to show me the books; I'd just like to hear how things are going.", "en"),
        ("How do you keep track of the month's figures?", "en"),
    ):
        assert not analyse(text, [], lang).features.asks_documents, text  # type: ignore[arg-type]


# --- 5. a question about his quoted words --------------------------------------------------------

JA_QUOTE = ctx(
    ("trainee", "職人さんが辞めてしまう理由は、どう見ていらっしゃいますか。"),
    ("owner", "給料の話もあるけど、まあ、腕だけじゃ食っていけんのよ。"),
)


def test_quoted_phrase_deep_dive_is_open_ja() -> None:
    for text in (
        "『腕だけじゃ食っていけん』というのは、何か思い当たる出来事がおありなんですか。",
        "『腕だけじゃ』と少し言葉を選ばれたように感じたのですが、何か気になっていることがおありですか。",
    ):
        acts = acts_of(text, JA_QUOTE)
        assert "open_question" in acts and "closed_question" not in acts, (text, acts)


def test_fact_question_on_a_quote_stays_closed_ja() -> None:
    for text in (
        "『腕だけじゃ』というのは、この一年で何人くらい辞められたんですか。",
        "何か思い当たることがおありなんですか。",  # no words of his taken up
    ):
        acts = acts_of(text, JA_QUOTE)
        assert "open_question" not in acts, (text, acts)


# --- 6. an apology for one's own misstep ---------------------------------------------------------


def test_repair_is_flagged() -> None:
    for text, lang in (
        ("すみません、話を急ぎすぎました。いまの人手の状況はどうなっていますか？", "ja"),
        ("Sorry, I got ahead of myself. How are things on the shop floor right now?", "en"),
    ):
        assert analyse(text, [], lang).features.repair, text  # type: ignore[arg-type]


def test_no_repair_without_a_misstep() -> None:
    for text, lang in (
        ("すみません、お茶までいただいて。いまの人手の状況はどうなっていますか？", "ja"),
        ("Sorry to hear that. How are things on the shop floor right now?", "en"),
        ("How are things on the shop floor right now?", "en"),
    ):
        assert not analyse(text, [], lang).features.repair, text  # type: ignore[arg-type]


# --- asking how he felt acknowledges no feeling yet (lead's hand play of d0b4fee) -------------

TEA_WELCOME = ctx(
    ("trainee", "本日はお時間をいただきありがとうございます。商工会からご紹介いただきました。"
     "お店のこと、社長のお言葉で聞かせていただけますか。"),
    ("owner", "ようこそ、遠いところをどうも。まあ座ってちょうだい。今、家内がお茶とお菓子を持ってくるでね。"
     "うちは大正の終わりに祖父が始めた店で、私が三代目なんよ。本店は工場と一緒になっとって、駅前に"
     "小さい店がもう一軒あるんだわ。夏は水まんじゅう、あとは季節の生菓子が中心やね。"),
)


def test_a_question_asking_how_he_felt_is_no_empathy_in_play() -> None:
    """The learned layer read empathy into 『気持ち』 of this question, and the turn was praised
    「社長の気持ちや苦労を受け止める一言があり」: the question asks for a feeling, it acknowledges none."""
    text = "ありがとうございます、いただきます。大正からなんですね。三代目として店を継がれたとき、どんなお気持ちでしたか。"
    acts = acts_of(text, TEA_WELCOME)
    assert "open_question" in acts and "empathy" not in acts, acts
    _, s = run(text, TEA_WELCOME)
    assert not has_line(s, "気持ちや苦労を受け止める"), s.feedback


def _settled(found: dict, text: str, lang: str, rules: dict, owner: str) -> dict:
    from simulator.analysis.manners import settle_feeling_question_empathy

    settle_feeling_question_empathy(found, {}, text, lang, rules, ctx(("owner", owner)))
    return found


def test_model_empathy_held_by_a_feeling_question_goes() -> None:
    from simulator.acts import Act

    owner = "うちは昭和の初めに父が始めた染物屋でね、私で二代目なんですわ。"
    text = "昭和からなんですね。二代目として継がれたとき、どんなお気持ちでしたか。"
    found = {Act.OPEN_QUESTION: ["どんな"], Act.EMPATHY: ["気持ち", "昭和からなんですね。"]}
    assert Act.EMPATHY not in _settled(found, text, "ja", {Act.OPEN_QUESTION: ["どんな"]}, owner)
    en = "Since 1931. When you took it over, how did that feel?"
    found = {Act.OPEN_QUESTION: ["how did"], Act.EMPATHY: ["feel"]}
    assert Act.EMPATHY not in _settled(found, en, "en", {Act.OPEN_QUESTION: ["how did"]}, "since 1931")


def test_empathy_of_its_own_stays_beside_a_feeling_question() -> None:
    from simulator.acts import Act

    owner = "うちは昭和の初めに父が始めた染物屋でね、私で二代目なんですわ。"
    # the model's words outside the question, in words he never said: an acknowledgement
    text = "一人で背負ってこられたんですね。そのとき、どんなお気持ちでしたか。"
    found = {Act.EMPATHY: ["気持ち", "一人で背負ってこられたんですね。"]}
    assert Act.EMPATHY in _settled(found, text, "ja", {}, owner)
    # the rules' own empathy word: never touched
    found = {Act.EMPATHY: ["大変でした"]}
    assert Act.EMPATHY in _settled(found, "大変でしたね。どんなお気持ちでしたか。", "ja", {Act.EMPATHY: ["大変でした"]}, owner)
    # no question about his feeling: the rule does not apply
    found = {Act.EMPATHY: ["気持ち"]}
    assert Act.EMPATHY in _settled(found, "お気持ち、よく分かります。", "ja", {}, owner)
