"""Blind instructor playtests r6a / r6b (issue 8, round 5): feedback lines that said something
that did not happen. One test per class of the brief, each with new sentences in the same spirit
as the playtest's (ja and en); every test fails on main 0722648.

1. a question taken for advice, self-promotion or a summary of one's own proposals;
2. moves the guideline recommends (the owner's years given back, a closing consent, a next step
   offered with an opt-out, a brief honest answer then a question back) flagged as faults;
3. 要約 credited where nothing of the owner's was gathered;
4. beginner errors praised (leading 「〜ですよね？」, a track record, 「〜した方が…と思うんですが」,
   "have you tried…", a blunt worry question behind a clause, a closed question called open,
   "Why can't you?", a guessed cause), and an open invitation called closed.
"""

from __future__ import annotations

from .turns import ctx, has_line, run

OWN_SUMMARY = ("まとめているのは社長の話ではなく", "What you summarised were your own proposals")
ADVICE_LINE = ("社長が求めていない助言", "You gave advice or a diagnosis")
BOAST_LINE = ("実績や知識のアピール", "showed off your track record")
LECTURE_LINE = ("教授・講義", "lecturing")
LEADING_LINE = ("支援者の答えに誘導する質問", "pushes your own answer")
SUMMARY_PRAISE = ("要点をまとめて返せています", "You gathered the owner's points")
SAFE_LINE = ("安心して話せる雰囲気", "safe to keep talking")


def _none_of(feedback: list[str], *lines: tuple[str, str]) -> bool:
    return not any(has_line(feedback, part) for pair in lines for part in pair)


# --- 1. questions taken for advice, a boast or "your own proposals" -------------------------------


def test_a_question_quoting_the_owners_words_is_no_advice_en() -> None:
    owner = ctx(
        ("owner", "The bank suggested it. I wasn't keen, but my son said, 'Why not just talk to them once?'"),
    )
    a, s = run("Your son said, 'Why not just talk to them once?' What do you think he hopes will come of it?", owner, "en")
    assert "advice" not in {x.value for x in a.acts} and "open_question" in {x.value for x in a.acts}
    assert _none_of(s.feedback, ADVICE_LINE, OWN_SUMMARY)
    b, _ = run("Why not just talk to your son about it?", owner, "en")
    assert "advice" in {x.value for x in b.acts}  # the supporter's own 'why not' stays advice


def test_a_future_picture_is_no_advice_en() -> None:
    owner = ctx(
        ("trainee", "What made online sales feel like the next step?"),
        ("owner", "Sales have been flat for five years. If we don't open a new channel, we'll shrink."),
        ("trainee", "Flat for five years, and you feel the clock ticking. What does shrinking look like to you?"),
        ("owner", "Yeah, well. No use complaining, though."),
    )
    for text in (
        "No use complaining, and yet it has clearly been on your mind. Let's imagine it's three years from "
        "now and the new channel is working. What would be different for you?",
        "Let's picture the shop five years from now, with things going the way you'd like. What do you see?",
    ):
        a, s = run(text, owner, "en")
        acts = {x.value for x in a.acts}
        assert "advice" not in acts and "open_question" in acts, (text, acts)
        assert _none_of(s.feedback, ADVICE_LINE, OWN_SUMMARY), (text, s.feedback)


def test_an_apology_about_someone_elses_expertise_is_no_boast_en() -> None:
    owner = ctx(("owner", "The last expert said exactly that. It was in his report, too."))
    for text in (
        "Sorry, I didn't mean to repeat what the last expert said. What happened with that report?",
        "I'm sorry, I didn't mean to sound like the previous expert. What did his report say?",
    ):
        a, s = run(text, owner, "en")
        assert "self_promotion" not in {x.value for x in a.acts}, text
        assert _none_of(s.feedback, BOAST_LINE), s.feedback


def test_no_own_proposals_line_without_a_summary() -> None:
    ja = ctx(
        ("trainee", "はじめまして。ネット販売を始めたいとのことですが、ECサイトはもう作る予定なんですか。"),
        ("owner", "ああ、どうも。ネット通販をやりたいんですよ。同業でもネットで野沢菜を売って伸ばしてるとこがある。"
         "うちのホームページなんか10年前に作ったきりで、商品の写真もろくに載ってない。全国のお客さんに直接売れるようにしたい。"),
        ("trainee", "なるほど。最初はモールに出す方が集客は楽だと思いますよ。"),
        ("owner", "正直、そこはあんまり考えたくないんだよね。"),
        ("trainee", "それでは、今の売上はどれくらいで、そのうちスーパー向けが何割くらいですか。"),
        ("owner", "まあ、大きいですよ。どのくらいかは、まあ、ね。で、ECってどこのがいいの？楽天？Amazon？"),
    )
    a, s = run(
        "お惣菜でしたら、まずは楽天に出店して様子を見るのがいいと思います。送料には注意が必要ですね。"
        "社長はネットで売るなら、どの商品を一番売りたいですか。",
        ja,
    )
    assert _none_of(s.feedback, OWN_SUMMARY), s.feedback
    en = ctx(
        ("trainee", "Hello, nice to meet you. So, you want to go digital. What system are you thinking of?"),
        ("owner", "We wholesale steel and cut it to size. Customers are mostly machinery makers in the prefecture, "
         "nearly all of them relationships from my father's day."),
        ("trainee", "I see. And do you already have a budget for a new system?"),
        ("owner", "Well, most orders still come in by phone and fax. The stock lives on a whiteboard in the office "
         "and in the veterans' heads. I'd like to do something about that."),
    )
    a, s = run(
        "Okay. Honestly, an online order system is pretty cheap these days. You should start with that. "
        "Plenty of wholesalers have dropped fax already.",
        en,
        "en",
    )
    assert "advice" in {x.value for x in a.acts}
    assert _none_of(s.feedback, OWN_SUMMARY), s.feedback


# --- 2. moves the guideline recommends, flagged as faults -----------------------------------------

JA_LATE = ctx(
    ("owner", "役員会といっても全員身内なんです。僕が出した話は『検討しておく』で終わることが多くて。"),
    ("trainee", "出した話が『検討しておく』で終わってしまう。"),
    ("owner", "ええ。自分が言うと、叔父を否定しているみたいになるので、黙ってしまうんです。"),
)


def test_the_owners_years_given_back_are_no_boast_ja() -> None:
    for text in (
        "自分が言うと、叔父さんを否定しているみたいになる。そういう思いを抱えながら、この2年やってこられたんですね。"
        "もし、叔父さんとの関係を大事にしたままで、社長の思うことを形にできたとしたら、5年後の会社はどんなふうになっていてほしいですか。",
        "黙ってしまう。その思いを抱えたまま、この3年やってこられたんですね。それを今口にしてみて、どんなお気持ちですか。",
    ):
        a, s = run(text, JA_LATE)
        assert "self_promotion" not in {x.value for x in a.acts}, text
        assert _none_of(s.feedback, BOAST_LINE), s.feedback


def test_a_closing_consent_is_no_leading_question_or_advice_ja() -> None:
    for text in (
        "ありがとうございます。次回は、どこから手をつけるかを社長と一緒に決められればと思いますが、いかがでしょう。",
        "次回は、何からお話しするかを社長と一緒に決めていければと思うのですが、いかがですか。",
        "次回、社長がよければ、どの商品で利益が出ているのかを一緒に見てみませんか。",
        "もし次回、社長が話したいと思うことがあれば、そこから始めましょう。",
    ):
        a, s = run(text, JA_LATE)
        acts = {x.value for x in a.acts}
        assert not acts & {"leading_question", "advice"}, (text, acts)
        assert _none_of(s.feedback, LEADING_LINE, ADVICE_LINE), s.feedback


def test_a_next_step_offered_with_an_opt_out_is_no_lecture_ja() -> None:
    text = (
        "百貨店で十年働いてきた目で、お嬢さんが何か言いかけることもある、と。次回、もしよろしければ、"
        "お嬢さんにも少し同席していただいて、お店のこれからを一緒に描いてみる、というのはいかがでしょう。"
        "もちろん社長が嫌なら無理にとは申しません。"
    )
    owner = ctx(("owner", "あの子は百貨店におったで、催事に出たいとか言うんだわ。ほやけど今は手が回らんし、そのままにしとる。"))
    a, s = run(text, owner)
    assert "advice" not in {x.value for x in a.acts}
    assert _none_of(s.feedback, ADVICE_LINE, LECTURE_LINE, OWN_SUMMARY), s.feedback


def test_a_brief_honest_answer_then_a_question_back_en() -> None:
    owner = ctx(
        ("owner", "Our biggest customer is a local supermarket chain, forty years now. If we sell online, "
         "what do others do about shipping? Refrigerated delivery's expensive, isn't it?"),
    )
    a, s = run(
        "On shipping: yes, chilled delivery is a real cost, and the right answer depends on the product, so "
        "let's come back to it. You mentioned the local chain, forty years now. Roughly how much of your "
        "business does that chain account for today?",
        owner,
        "en",
    )
    assert "advice" not in {x.value for x in a.acts}
    assert _none_of(s.feedback, LECTURE_LINE, OWN_SUMMARY, ("答えの提示", "went on into your own opinion")), s.feedback


# --- 3. 要約 credited where no summary happened -----------------------------------------------------

JA_TEST = ctx(
    ("trainee", "本日はありがとうございます。まずは御社のことを教えてください。"),
    ("owner", "産業機械の部品を削ってる。毎回完璧に仕上げる、それだけだよ。"),
    ("trainee", "毎回完璧に、というのは厳しい基準ですね。"),
    ("owner", "そこまで話すような話でもないよ。ところでさ、あんた、製造業の現場って分かるの？"),
)


def test_an_honest_answer_to_a_test_is_no_summary_ja() -> None:
    text = (
        "正直に申し上げると、私は現場で機械を動かしたことはありません。製造業のお客様の話を聞く仕事は"
        "してきましたが、社長ほど現場を分かっているとは言えません。毎回完璧に仕上げる、というのは、"
        "社長の中ではどういうことなんでしょう。"
    )
    a, s = run(text, JA_TEST)
    assert "summary" not in {x.value for x in a.acts}
    assert _none_of(s.feedback, SUMMARY_PRAISE), s.feedback


def test_reassurance_and_a_question_is_no_summary_ja() -> None:
    owner = ctx(
        ("trainee", "本日はありがとうございます。まずは、どんな会社なのか、社長の言葉で聞かせていただけますか。"),
        ("owner", "うちは自動車の小物のプレス部品ですね。父が昭和46年に始めた会社で、私は二代目です。"
         "おかげさまで、仕事はずっと途切れずにいただいてます。"),
        ("trainee", "昭和46年からずっと仕事が途切れずに、というのは大事なことですね。その理由は、社長ご自身はどこにあるとお考えですか。"),
        ("owner", "一番のお得意先が丸栄工業さんでしてね。もう50年のお付き合いになります。売上でいうと、7割くらいは丸栄さんですね。"),
        ("trainee", "50年のお付き合いで、売上の7割が丸栄さん。そのやり方について、社長ご自身は今どう感じていらっしゃいますか。"),
        ("owner", "ですから、正直なところ、差し迫った問題っていうのは特にないんですよ。借入もほとんどない。"),
        ("trainee", "差し迫った問題は特にない。そんな中で、今回あえて申し込んでみようと思われたのは、どんなきっかけがあったんでしょう。"),
        ("owner", "商工会議所さんには普段からお世話になってますし、お付き合いで、というところが正直ありまして。"
         "ここでお断りしたら、今後補助金をお願いするときに何かあるんじゃないか、なんて思ったりもしましてね。"),
    )
    for text in (
        "正直に話してくださってありがとうございます。この面談が補助金の審査に影響することはありませんし、"
        "お付き合いのつもりでも構いません。社長が10年後の会社を想像されるとき、どんな姿が浮かびますか。",
        "話しにくいことを、ありがとうございます。ここでのお話は外に出しませんし、補助金にも関係ありません。"
        "せっかくなので伺いたいのですが、社長は5年後の会社がどうなっていたらいいとお考えですか。",
    ):
        a, s = run(text, owner)
        assert "summary" not in {x.value for x in a.acts}, text
        assert _none_of(s.feedback, SUMMARY_PRAISE), s.feedback


def test_an_honest_answer_to_a_test_is_no_summary_en() -> None:
    owner = ctx(
        ("owner", "We make parts for industrial machines. Perfect every time, that's all."),
        ("trainee", "Perfect every time is a demanding standard."),
        ("owner", "Not much to say about it. By the way, do you actually know anything about machining?"),
    )
    a, s = run(
        "Honestly, I've never run a machine myself, so I won't pretend to know the shop floor the way you do. "
        "What does perfect every time mean to you?",
        owner,
        "en",
    )
    assert "summary" not in {x.value for x in a.acts}
    assert _none_of(s.feedback, SUMMARY_PRAISE), s.feedback


# --- 4. beginner errors praised, and an open invitation called closed ----------------------------

JA_BIG = ctx(
    ("owner", "うちは自動車の小物のプレス部品ですね。ええと、丸栄さんが7割くらいですね。"),
)


def test_a_hypothetical_yone_is_a_leading_question_ja() -> None:
    for text in (
        "ただ、もし丸栄さんの注文が減ったら大変ですよね？そうなったときのことは考えていますか。",
        "でも、もし息子さんが継がないと言ったら困りますよね？そのときのことは考えていますか。",
    ):
        a, s = run(text, JA_BIG)
        acts = {x.value for x in a.acts}
        assert "leading_question" in acts, (text, acts)
        assert _none_of(s.feedback, ("安心して話せる雰囲気", "safe to keep talking")), s.feedback


def test_a_track_record_and_a_fact_with_yone_ja() -> None:
    owner = ctx(("owner", "ところでさ、あんた、製造業の現場って分かるの？ 最近の材料の上がり方、知ってる？"))
    for text in (
        "はい、前職で製造業の支援もしていましたので、ある程度は分かっているつもりです。鋼材はここ数年で2〜3割上がっていますよね。",
        "以前は銀行で飲食店を担当していましたので、業界のことはだいたい分かります。仕入れ値はこの2年で3割は上がっていますよね。",
    ):
        a, s = run(text, owner)
        acts = {x.value for x in a.acts}
        assert "self_promotion" in acts and "empathy" not in acts, (text, acts)
        assert _none_of(s.feedback, ("安心して話せる雰囲気", "safe")), s.feedback


def test_a_view_with_to_omou_n_desu_ga_is_advice_ja() -> None:
    owner = ctx(("owner", "まあ、38人です。ほとんどが工場の者ですね。"))
    for text in (
        "38人なんですね。取引先は一社に集中していますか？分散した方がリスクは低いと思うんですが。",
        "もう少し値上げした方が利益は残ると思うんですが。",
    ):
        a, s = run(text, owner)
        assert "advice" in {x.value for x in a.acts}, text
        assert _none_of(s.feedback, ("受け止めて返せています", "話がつながっています")), s.feedback


def test_a_diagnosis_then_a_negative_question_is_leading_ja() -> None:
    for text in (
        "7割ですか。1社に7割というのはリスクが大きいと思うんですが、他の取引先を増やすことは考えていないんですか。",
        "手作業だと効率が悪いと思うんですが、機械を入れることは考えていないんですか。",
    ):
        a, _ = run(text, JA_BIG)
        acts = {x.value for x in a.acts}
        assert "leading_question" in acts and "closed_question" not in acts, (text, acts)


def test_have_you_tried_after_an_answer_is_advice_en() -> None:
    owner = ctx(
        ("owner", "We do sheet metal and machining for semiconductor equipment. How's the chip business looking, do you know?"),
    )
    for text in (
        "I'm not an expert on semiconductors, but I've heard orders have been up and down. Anyway, have you tried using job sites to hire people?",
        "I hear it's been uneven. Have you tried posting on Indeed for new operators?",
    ):
        a, s = run(text, owner, "en")
        assert "advice" in {x.value for x in a.acts}, text
        assert has_line(s.feedback, "You gave advice"), s.feedback


def test_a_blunt_worry_question_behind_a_clause_ja() -> None:
    for text in (
        "こんにちは、よろしくお願いします。申込書に特になしと書かれていましたが、今一番困っていることは何ですか。",
        "事前のアンケートでは課題なしとのことでしたが、今一番の悩みは何ですか。",
    ):
        a, s = run(text, [])
        assert a.features.blunt_worry, text
        assert has_line(s.feedback, "今一番の悩みは何ですか"), s.feedback


def test_asking_for_the_accounts_is_a_request_not_advice_ja() -> None:
    owner = ctx(("owner", "だからさ、旋盤とマシニングと板金の機械で二十台くらい、古いのは20年選手だね。"))
    for text in (
        "補助金を申請するためにも、決算書を見せていただけますか。数字が分からないと具体的なアドバイスができないので。",
        "試算表を見せていただけますか。",
    ):
        a, s = run(text, owner)
        assert "advice" not in {x.value for x in a.acts}, text
        assert _none_of(s.feedback, ADVICE_LINE), s.feedback


def test_a_closed_question_leaves_no_room_ja() -> None:
    owner = ctx(
        ("trainee", "事例ですね。すみません、今すぐ具体名は出てきません。社長の方で気になっている会社はありますか？"),
        ("owner", "なるほどね。まあ、そのくらい分かっててくれたら話ができるわ。"),
        ("trainee", "ありがとうございます。では、ネットで売るとしたら、誰に買ってほしいですか？"),
        ("owner", "それ、今要ります？ 正直、把握してないです。"),
        ("trainee", "すみません、急かしてしまいましたね。早く進めたいと思っていらっしゃるのは、何か理由があるんですか？"),
        ("owner", "要はさ、やることは決まってるんですよ。あとはやるだけ。"),
    )
    for text in (
        "やることは決まっている、あとはやるだけ、なんですね。じゃあ、ECの担当者は社内にいますか？",
        "あとはやるだけ、なんですね。じゃあ、ホームページを更新する方は社内にいますか？",
    ):
        a, s = run(text, owner)
        acts = {x.value for x in a.acts}
        assert "open_question" not in acts and "closed_question" in acts, (text, acts)
        assert _none_of(s.feedback, ("語る余白", "room to talk")), s.feedback


def test_why_cant_you_presses_a_withdrawn_owner_en() -> None:
    owner = ctx(("owner", "…I know. It would be nice if we could."))
    for text in ("Why can't you, then? What's stopping you?", "So why haven't you done it yet?"):
        _, s = run(text, owner, "en")
        assert s.feedback and not has_line(s.feedback, "room to talk"), s.feedback
        assert s.scores["non_leading"] is not None and s.scores["non_leading"] < 85, s.scores


def test_a_guessed_cause_is_a_leading_question_ja() -> None:
    for owner_text, text in (
        ("そうですね…正直、けっこう、しんどいところはあります。", "しんどいところがあるんですね。それは会長との関係ですか？"),
        ("まあ、気が重いことはありますよ。", "それは息子さんのことですか？"),
    ):
        a, s = run(text, ctx(("owner", owner_text)))
        acts = {x.value for x in a.acts}
        assert "leading_question" in acts, (text, acts)
        assert s.scores["non_leading"] is not None and s.scores["non_leading"] < 85


def test_an_open_invitation_worded_with_arimasu_ka_ja() -> None:
    owner = ctx(("owner", "丸栄さんとは50年のお付き合いでね。はい、そういうことなんです。"))
    for text in (
        "丸栄さんとの50年のお付き合いの中で、最近、以前とは変わってきたなと感じることはありますか。",
        "この数年で、お客さんの様子が変わったなと思うことはありますか。",
    ):
        a, _ = run(text, owner)
        acts = {x.value for x in a.acts}
        assert "open_question" in acts and "closed_question" not in acts, (text, acts)


JA_CLOSE = ctx(
    ("trainee", "同業でネットで伸ばしているところをご覧になって、どこが一番気になりましたか。"),
    ("owner", "ネットで売れたら、俺の代の仕事って言えるでしょう。午後は工場に行かなきゃいけないんだけどね。"),
    ("trainee", "ご自分の代の仕事、なんですね。"),
    ("owner", "そうなんだよ。人に言ってもらうと、自分の言ってることがよく見えるね。"
     "営業は6人。大口のスーパーはほとんど部長が一人で見てる。新しいところを開拓してこいって言ってるんだけど、なかなかね。"),
)


def test_a_closing_turn_is_no_summary_ja() -> None:
    for text in (
        "ありがとうございます。社長ご自身の言葉で、ネットの前に見えていなかったところが出てきたように思います。"
        "ネット販売の話も、もちろん一緒に考えていきます。次回は、どこから手をつけるかを社長と一緒に決められればと"
        "思いますが、いかがでしょう。午後の工場に間に合うように、今日はここまでにしますね。",
        "ありがとうございました。営業や部長さんのお話も、次回また一緒に考えていきます。今日はここまでにしますね。",
    ):
        a, s = run(text, JA_CLOSE)
        assert "summary" not in {x.value for x in a.acts}, text
        assert _none_of(
            s.feedback, ("言い換えて返せています", "rephrased"), ("まとめようとしていますが", "set out to sum up")
        ), s.feedback


def test_the_guidelines_reassurance_presses_no_refusal_ja() -> None:
    owner = ctx(
        ("owner", "お付き合いで、というところが正直ありまして。ここでお断りしたら、今後補助金をお願いするときに"
         "何かあるんじゃないか、なんて思ったりもしましてね。…あ、これは内緒にしておいてください。"),
    )
    for text in (
        "もちろんここだけの話にします。この面談が補助金の審査に影響することはありませんし、"
        "触れてほしくないことがあればおっしゃってください。",
        "ここだけの話にします。補助金には関係ありませんので、話したくないことは無理におっしゃらなくて大丈夫です。"
        "お付き合いのつもりで来ていただいたとしても、せっかくなので伺いたいのですが、社長が10年後の会社を想像されるとき、"
        "どんな姿が浮かびますか。",
    ):
        _, s = run(text, owner)
        assert _none_of(s.feedback, ("一度断ったこと", "just refused")), s.feedback


def test_an_honest_answer_opening_with_hai_is_no_summary_ja() -> None:
    owner = ctx(
        ("owner", "うちは板金と切削の両方をやってる。半導体の装置の部品とか、産業機械の部品とかね。"),
        ("trainee", "板金と切削の両方を。"),
        ("owner", "そこまで話すような話でもないよ。ところでさ、あんた、製造業の現場って分かるの？ 最近の材料の上がり方、知ってる？"),
    )
    for text in (
        "はい、正直に申し上げると、私は現場で機械を動かしたことはありません。前職は金融機関で、製造業のお客様の話を"
        "聞く仕事はしてきましたが、社長ほど現場を分かっているとはとても言えません。ですので、今日は社長から教えて"
        "いただくつもりで来ました。板金と切削の両方、というのは、社長の中ではどういう強みなんでしょう。",
        "失礼しました、材料のご質問にお答えしていませんでした。ステンレスがここ数年でかなり上がったというのは、"
        "ニュースで聞いている程度で、現場の肌感覚までは分かっていません。社長のところでは、材料の上がり方はどう響いていますか。",
    ):
        a, s = run(text, owner)
        acts = {x.value for x in a.acts}
        assert "summary" not in acts and "self_promotion" not in acts, (text, acts)
        assert _none_of(s.feedback, SUMMARY_PRAISE, BOAST_LINE), s.feedback


def test_one_back_reference_in_a_question_is_no_summary() -> None:
    ja = ctx(
        ("trainee", "そうですか。取引先はどこが多いんですか。"),
        ("owner", "丸栄工業さんです。父の代からのお付き合いで。"),
        ("trainee", "丸栄工業さんとは父の代からなんですね。売上に占める割合はどのくらいですか。"),
        ("owner", "ええと、丸栄さんが7割くらいですね。"),
        ("trainee", "早めに新しい分野を開拓した方がいいですよ。展示会に出てみるとか、ホームページを作り直すとか。"),
        ("owner", "おっしゃることはその通りだと思います。でも、うちのような小さな会社では、なかなかそこまではできませんよ。"),
    )
    _, s = run(
        "すみません、一方的に話してしまいました。丸栄さんとは父の代からのお付き合いとのことでしたが、"
        "そのお付き合いは今どんな感じなんですか。",
        ja,
    )
    assert s.scores["summarising"] is None and _none_of(s.feedback, SUMMARY_PRAISE), (s.scores, s.feedback)
    en = ctx(
        ("trainee", "I see. Who are your main customers?"),
        ("owner", "Maruei Industries. Since my father's day."),
        ("trainee", "Since your father's day. What share of sales is that?"),
        ("owner", "Well, Maruei's about seventy percent."),
        ("trainee", "You should really open up new fields soon, maybe trade fairs or a new website."),
        ("owner", "I'm sure you're right. But a small shop like ours can't really go that far."),
    )
    _, s = run(
        "Sorry, I got ahead of myself there. You said Maruei goes back to your father's day, fifty years now. "
        "How is that relationship these days?",
        en,
        "en",
    )
    assert _none_of(s.feedback, SUMMARY_PRAISE), (s.scores, s.feedback)


def test_a_wish_or_a_dig_worded_with_arimasu_ka_is_open_ja() -> None:
    for owner_text, text in (
        ("うちはずっと自動車部品一本でやってきました。", "そうですか。あの、会社として、今後どうしていきたいとかはありますか？"),
        ("正直、そこはあんまり考えたくないんだよね。", "考えたくない、というのは、何か引っかかっていることがあるんでしょうか。"),
    ):
        a, s = run(text, ctx(("trainee", "最近はいかがですか。"), ("owner", owner_text)))
        acts = {x.value for x in a.acts}
        assert "open_question" in acts and "closed_question" not in acts, (text, acts)
        assert _none_of(s.feedback, ("閉じた質問です", "closed question")), s.feedback


def test_no_topic_switch_after_a_greeting() -> None:
    for lang, greeting_turn, text in (
        ("ja", "はじめまして、角田です。…あの、会長から話は聞いてます。どうぞ、こちらに。", "あ、すみません。受発注は今どうやっているんですか？"),
        ("en", "Nice to meet you, I'm Kakuta. The chairman said you'd be coming. Please, have a seat.",
         "Oh, sorry. How do you take orders at the moment?"),
    ):
        first = "今は受発注は紙とFAXですか？" if lang == "ja" else "Do you still take orders on paper and fax?"
        _, s = run(text, ctx(("trainee", first), ("owner", greeting_turn)), lang)
        assert _none_of(s.feedback, ("一問一答", "question-and-answer")), s.feedback


def test_sorede_joining_a_closed_question_is_no_prompt_ja() -> None:
    owner = ctx(("trainee", "お客さんは減っていますか？"), ("owner", "ええ、減ってますね。"))
    for text in ("ありがとうございます。それで、お客さんはどのくらい減っているんですか？", "それで、従業員は何人いるんですか。"):
        _, s = run(text, owner)
        assert _none_of(s.feedback, ("続きを促せています", "prompted the owner to go on")), s.feedback


def test_a_question_that_carries_its_answer_is_leading() -> None:
    for lang, owner_text, text in (
        ("ja", "図面も数量も向こうから来ますから、うちはそれをきっちり作って納める。それでずっとやってきました。",
         "図面通りにきっちり作って納める、それで続けてこられたんですね。社長は、この先もそのやり方で大丈夫だと思いますか。"),
        ("ja", "注文は全部電話とFAXで受けてます。父の代からそうなんで。", "社長は、今のままでいいと思いますか？"),
        ("en", "Orders all come in by phone and fax. It's been that way since my father's day.",
         "Since your father's day. Do you really think it can go on like this?"),
    ):
        a, s = run(text, ctx(("trainee", "How do orders come in?" if lang == "en" else "注文はどう来るんですか。"),
                             ("owner", owner_text)), lang)
        assert "leading_question" in {x.value for x in a.acts}, (text, a.acts)
        assert _none_of(s.feedback, SAFE_LINE, SUMMARY_PRAISE), s.feedback


def test_one_point_of_his_restated_is_no_several_points_ja() -> None:
    """r6b s03 T5: one point of an earlier turn given back, then a question: a reflection, never
    「社長が話した複数の点を、言い換えて返せています」."""
    owner = ctx(
        ("trainee", "まずはお店のことを、社長のお言葉で聞かせていただけますか。"),
        ("owner", "大正の終わりに祖父が始めた店でね、私で三代目になります。夏の水まんじゅうと、季節の生菓子が中心やね。"),
        ("trainee", "三代目として、一番大事にしてこられたのはどんなことですか。"),
        ("owner", "まあ、うちは材料だけは落とさんの。小豆は北海道の契約農家さん、水は店の井戸水。祖父の代から変えとらんし、"
         "これからも変えるつもりはないでね。"),
        ("trainee", "お客さんの様子はいかがですか。"),
        ("owner", "本店のお客さんが、ここ五、六年でだいぶ減ったんだわ。秋から春がね。"),
        ("trainee", "秋から春のお客さんの減り方を見て、社長はどんなことを考えてこられましたか。"),
        ("owner", "ええ、そういうことなんよ。人手もね、足りんのだわ。職人は私を入れて五人で、一番上はもう七十過ぎ。"),
    )
    for text in (
        "「変えん」とおっしゃるその言葉に、材料を落とさない、祖父の代からの味を守るという強い思いを感じます。"
        "その変えないものを守りながら、この先のお店がどうなっていたら、社長としては一番嬉しいですか。",
        "職人さんは社長を入れて五人、一番上の方はもう七十過ぎ。その中で、社長が一番気がかりなのはどんなことですか。",
    ):
        _, s = run(text, owner)
        assert _none_of(s.feedback, ("複数の点を、言い換えて", "rephrased several")), s.feedback
