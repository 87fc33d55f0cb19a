"""Blind playtests r9a / r9b (round 8, issue 8): dialogue acts and feedback lines that fired on
what did not happen, and pushes they missed. New sentences in the spirit of the playtests', ja
and en; each positive case fails on main 6dd5a54, each negative case guards against a false
alarm.

1. a self-correction (「いえ、…という話ではないんです」), an apology ("I didn't mean to preach") or a
   tag question that checks a fact of his ("You took over from your mother, right?") is neither
   a denial, a boast nor a leading question;
2. pushes missed: advice trailing off in 「〜とか。」, a ready-made solution offered, a worry on the
   supporter's premise (「…なくなったら大変ですよね」) with 「考えたことないんですか」;
3. false pushes: a pleasantry, an optional invitation to picture his future, his own words given
   back with 「と。」, his need given back with 「なんですね」, an answer that hands the choice back;
4. false structural lines: a phrase of his given back called 一問一答, a refusal he only supposed,
   a thought offered as an invitation called words he never said, a guessed family trouble
   praised as reflection, a request to meet again called a fact-only question;
5. the evidence of a question act quotes the question.
"""

from __future__ import annotations

from simulator.acts import Analysis, Utterance
from simulator.analysis import analyse
from simulator.scoring.models import TurnScore
from simulator.scoring.turn import score_turn

from .turns import ctx, has_line, run

DENIAL_LINE = "社長の意見を否定しています"
ADVICE_LINE = ("社長が求めていない助言", "You gave advice or a diagnosis")
ANSWER_LINE = ("社長の問いへの答えが、支援者の意見や提案", "went on into your own opinion or proposal")
BOAST_LINE = "showed off your track record"
LEADING_LINE = ("支援者の答えに誘導する質問", "That question pushes your own answer")
EMPATHY_LINE = ("社長の気持ちや苦労を受け止める一言", "You acknowledged the owner's feelings")
CHALLENGE_LINE = ("問い詰める聞き方", "makes the owner justify himself")
SWITCH_LINE = ("別の話題の質問に移っています", "left what the owner had just answered")
REFUSAL_LINE = ("一度断ったことを重ねて求めています", "pressed again for what the owner had just refused")
UNSAID_LINE = ("社長がまだ口にしていない言葉", "something the owner has not said in this meeting")
FACT_ONLY = ("閉じた質問です。事実の確認は必要ですが", "A closed question; facts are needed")
REFLECT_PRAISE = "You gave the owner's point back in the owner's words"

BRIEF_EN = "Ms Ono opened the bakery in 1998 and runs two shops. The form says sales have fallen over the last few years."
BRIEF_JA = "山田社長は1998年にパン屋を開業し、2店舗を経営。申込書の相談内容は「来店客数の減少」。"


def _with_briefing(text: str, context: list[Utterance], lang: str, briefing: str) -> tuple[Analysis, TurnScore]:
    a = analyse(text, context, lang, briefing=briefing)  # type: ignore[arg-type]
    return a, score_turn(a, context)


def _acts(a: Analysis) -> set[str]:
    return {x.value for x in a.acts}


def _says(feedback: list[str], parts: tuple[str, ...] | str) -> bool:
    return any(has_line(feedback, p) for p in ((parts,) if isinstance(parts, str) else parts))


# --- 1. a self-correction, an apology or a fact check is no denial, boast or leading ----------


def test_correcting_ones_own_words_is_no_denial_ja() -> None:
    owner = ctx(("owner", "で、うちに何かやらせたいってこと？ そんな余裕はないよ。"))
    a, s = run("いえ、何かをお願いしようという話ではないんです。息子さんがどんな方なのか、少し気になりまして。", owner)
    assert not a.features.denial and "advice" not in _acts(a), a.evidence
    assert not _says(s.feedback, DENIAL_LINE) and not _says(s.feedback, ADVICE_LINE), s.feedback
    assert s.scores["non_leading"] is not None and s.scores["non_leading"] >= 80
    # denying his view is still a denial, with or without a clarification in front of it
    for text in ("いえ、そんなことはないと思います。小さい会社でもできますよ。",
                 "いえ、そういう話ではなくて、問題は社長のやり方なんです。"):
        b, t = run(text, owner)
        assert b.features.denial and _says(t.feedback, DENIAL_LINE), (text, t.feedback)


def test_an_apology_for_ones_manner_is_no_boast_en() -> None:
    owner = ctx(("owner", "Don't lecture me about my own bakery."))
    a, s = run("Sorry, I got carried away. I wasn't trying to lecture you on baking. How did the bakery start?", owner, "en")
    assert "self_promotion" not in _acts(a), a.evidence
    assert not has_line(s.feedback, BOAST_LINE) and not _says(s.feedback, SWITCH_LINE), s.feedback
    b, t = run("I'm a certified expert in retail, I've helped over 100 shops like yours.", owner, "en")
    assert "self_promotion" in _acts(b) and has_line(t.feedback, BOAST_LINE)


def test_a_tag_question_on_a_fact_of_his_is_no_leading_question() -> None:
    owner = ctx(("owner", "Well, here we are. Have a seat."))
    a, s = run("Sorry, that came out wrong. You took over the bakery from your mother, right? What was that like?", owner, "en")
    assert "leading_question" not in _acts(a) and not _says(s.feedback, LEADING_LINE), (a.evidence, s.feedback)
    a, s = _with_briefing("Sales have fallen over the last few years, right?", owner, "en", BRIEF_EN)
    assert "leading_question" not in _acts(a) and not _says(s.feedback, LEADING_LINE), (a.evidence, s.feedback)
    ja = ctx(("owner", "まあ、どうぞ座ってください。"))
    a, s = run("お母様からお店を継がれたんですよね？その頃のことを聞かせていただけますか。", ja)
    assert "leading_question" not in _acts(a) and not _says(s.feedback, LEADING_LINE), (a.evidence, s.feedback)
    # a judgement or a cause of the supporter's, tagged, still leads
    b, _ = _with_briefing("Sales have fallen because your prices are too high, right?", owner, "en", BRIEF_EN)
    assert "leading_question" in _acts(b)
    b, _ = run("You took over too early, right?", owner, "en")
    assert "leading_question" in _acts(b)
    b, _ = _with_briefing("継がれたのが早すぎたのが問題だったんですよね？", ja, "ja", BRIEF_JA)
    assert "leading_question" in _acts(b)


# --- 2. pushes missed --------------------------------------------------------------------------


def test_advice_trailing_off_in_toka_is_advice_not_a_question() -> None:
    owner = ctx(("owner", "配送のトラックも、もう15年乗ってるんだよ。"))
    a, s = run("トラックが15年。それは心配ですね。リースに切り替えるのがいいと思いますよ、カーリースとか。", owner)
    assert "advice" in _acts(a) and "closed_question" not in _acts(a), a.evidence
    assert _says(s.feedback, ADVICE_LINE), s.feedback
    b, _ = run("トラックのことで、今どんなことが気になっていますか？", owner)
    assert "advice" not in _acts(b)


def test_a_ready_made_solution_offered_is_advice() -> None:
    ja = ctx(("owner", "とにかくネットで売りたいんだよ。"))
    a, s = run("分かりました。では、ネット通販の出店プランをまとめた資料を次回お持ちしますね。", ja)
    assert "advice" in _acts(a) and _says(s.feedback, ADVICE_LINE), s.feedback
    en = ctx(("owner", "I just want to sell online, that's all."))
    a, s = run("Got it. I'll bring a comparison of the big online marketplaces next time.", en, "en")
    assert "advice" in _acts(a) and _says(s.feedback, ADVICE_LINE), s.feedback
    # notes of the meeting, or what he asked for, are no push
    assert "advice" not in _acts(run("本日のお話をまとめたメモを、次回お持ちしますね。", ja)[0])
    asked = ctx(("owner", "楽天とAmazonの比較、次に持ってきてよ。"))
    assert "advice" not in _acts(run("承知しました。比較の資料を次回お持ちします。", asked)[0])
    assert "advice" not in _acts(run("Thank you. I'll bring my notes from today next time.", en, "en")[0])


def test_a_worry_on_the_supporters_premise_is_leading_not_empathy() -> None:
    owner = ctx(("owner", "うちは売上の半分が地元の病院向けでね。もう30年のお付き合いです。"))
    a, s = run("そうなんですね。でも、その病院との取引がなくなったら大変ですよね。社長、そういうこと考えたことないんですか？", owner)
    assert "leading_question" in _acts(a) and "empathy" not in _acts(a), a.evidence
    assert _says(s.feedback, LEADING_LINE) and _says(s.feedback, CHALLENGE_LINE), s.feedback
    assert not _says(s.feedback, EMPATHY_LINE), s.feedback
    en = ctx(("owner", "Half our sales go to the hospital. Thirty years now."))
    a, s = run("If the hospital stopped ordering, that would be tough, wouldn't it? Haven't you ever thought about that?", en, "en")
    assert _says(s.feedback, CHALLENGE_LINE), s.feedback
    # his own hardship acknowledged, and a plain invitation, stay what they are
    b, t = run("それは大変でしたね。", ctx(("owner", "先月、主力の職人が辞めちゃってね。")))
    assert "empathy" in _acts(b) and _says(t.feedback, EMPATHY_LINE)
    b, t = run("Have you ever thought about what you'd like the company to look like in ten years?", en, "en")
    assert not _says(t.feedback, CHALLENGE_LINE), t.feedback


# --- 3. false pushes ---------------------------------------------------------------------------


def test_pleasantries_and_optional_invitations_are_no_advice() -> None:
    sick = ctx(("owner", "いやあ、この前ぎっくり腰をやっちゃってね。"))
    for text in ("お大事になさってください。", "それは大変でしたね。どうかご無理なさらないでください。"):
        a, s = run(text, sick)
        assert "advice" not in _acts(a) and not _says(s.feedback, ADVICE_LINE), (text, s.feedback)
    shop = ctx(("owner", "駅前に二号店を出せたらと思ってるんです。"))
    for text in (
        "差し支えなければ、二号店がうまく回り始めたら、お店やスタッフさんがどうなっているか、次回までに思い描いてみてください。",
        "よろしければ、十年後の会社の姿を少し書き出していただけたら嬉しいです。",
    ):
        a, s = run(text, shop)
        assert not _acts(a) & {"advice", "empathy"}, (text, a.evidence)
        assert not _says(s.feedback, ADVICE_LINE) and not _says(s.feedback, EMPATHY_LINE), s.feedback
    # a hedge in front of an instruction or a claim leaves the push
    for text in ("もしよければ、まず家賃の安い場所を探してみてください。", "差し支えなければ、ネット販売を始めれば、売上は伸びます。"):
        assert "advice" in _acts(run(text, shop)[0]), text


def test_his_own_words_given_back_are_no_advice() -> None:
    owner = ctx(("owner", "息子に継がせるなら、いまのうちに取引先を増やしておかないと、と思ってる。"))
    a, s = run("息子さんに継ぐ前に、取引先を増やしておかないと、と。だから今、取引先を広げることが大事だと。", owner)
    assert "advice" not in _acts(a) and not _says(s.feedback, ADVICE_LINE), (a.evidence, s.feedback)
    asked = ctx(("owner", "うーん、工場長に相談してみないと、なんとも。僕が決めていいのかどうか。"))
    a, s = run("あ、工場長さんとのご相談が必要なんですね。", asked)
    assert "advice" not in _acts(a) and not _says(s.feedback, ANSWER_LINE + ADVICE_LINE), s.feedback
    assert not a.features.owner_asked  # 「…のかどうか。」 wonders aloud; he asked nothing
    for text in ("工場長さんとの相談より、まず社長が決めることが大事です。", "まずは社長が決めることが必要なんです。"):
        assert "advice" in _acts(run(text, asked)[0]), text


def test_an_answer_that_hands_the_choice_back_is_no_proposal() -> None:
    en = ctx(("owner", "So which is better for us, a big marketplace or our own website?"))
    a, s = run(
        "Briefly: a marketplace gives you shoppers but charges fees; a website of your own keeps the margin, "
        "but you have to find the shoppers yourself. Which suits you depends on what you want most. "
        "What matters most to you here?",
        en,
        "en",
    )
    assert "advice" not in _acts(a) and not _says(s.feedback, ANSWER_LINE), s.feedback
    ja = ctx(("owner", "で、楽天と自社サイト、どっちがいいの？"))
    a, s = run(
        "簡単に言うと、楽天は集客力がある分手数料がかかり、自社サイトは利益が残る分、集客は自分でしないといけません。"
        "どちらが合うかは、社長が何を一番大事にされるか次第です。社長はどこを一番大事にしたいですか？",
        ja,
    )
    assert "advice" not in _acts(a) and not _says(s.feedback, ANSWER_LINE), s.feedback
    b, t = run("You have to go with the marketplace, it's the only way to get shoppers quickly.", en, "en")
    assert _says(t.feedback, ANSWER_LINE + ADVICE_LINE), t.feedback


# --- 4. false structural lines -----------------------------------------------------------------


def test_a_phrase_of_his_given_back_is_no_topic_jump() -> None:
    owner = ctx(
        ("trainee", "社長ご自身は、このお店をこれからどうしていきたいとお考えですか。"),
        ("owner", "まあ…できれば、今の職人たちが安心して働ける店のままでいたい、とは思いますけどね。"),
        ("trainee", "今の職人さんが安心して働ける店のままでいたい。その先のことは、何か思い描いていらっしゃいますか。"),
        ("owner", "先のこと、ですか。…正直、はっきりした将来の絵は描けていないんですよ。今と同じように回っていければ、としか。"),
    )
    a, s = run(
        "今と同じように回っていければ、というお気持ちなんですね。その『今と同じように回る』ために、"
        "何が続いていることが前提だとお考えですか。",
        owner,
    )
    assert not a.features.topic_switch and not _says(s.feedback, SWITCH_LINE), s.feedback
    jumped = ctx(
        ("trainee", "今、お店で一番時間を取られているのはどんなことですか。"),
        ("owner", "仕込みですね。朝4時から仕込んで、そのまま店に出るんで、職人が足りなくて回らないんですよ。"),
    )
    b, _ = run("ところで、ホームページはお持ちですか？", jumped)
    assert b.features.topic_switch


def test_a_refusal_he_only_supposed_is_not_pressed() -> None:
    owner = ctx(
        ("trainee", "今回、支援を申し込まれたきっかけを伺えますか。"),
        ("owner", "信用金庫さんの紹介でね、付き合いもあるし。ここでお断りしたら、融資のときに何か言われるんじゃないかと思ってね。"),
    )
    a, s = run(
        "正直に話してくださってありがとうございます。融資に影響することはありませんので、ご安心ください。"
        "その上で、お付き合いで、というお気持ちについてもう少し伺ってもよろしいですか。",
        owner,
    )
    assert not _says(s.feedback, REFUSAL_LINE), s.feedback
    refused = ctx(("trainee", "決算書を見せていただけますか。"), ("owner", "決算書はお断りします。"))
    assert _says(run("そこを何とか、決算書を見せていただけませんか。", refused)[1].feedback, REFUSAL_LINE)


def test_a_thought_offered_as_an_invitation_is_no_attribution() -> None:
    ja = ctx(("owner", "まあ、今日はこのくらいで。"))
    a, s = _with_briefing(
        "ありがとうございました。次回、社長の中で『ここなら手をつけられそう』と感じられることがあれば、そこから伺わせてください。",
        ja, "ja", BRIEF_JA,
    )
    assert not a.features.unsaid and not _says(s.feedback, UNSAID_LINE), s.feedback
    en = ctx(("owner", "Well, that's enough for today."))
    a, s = _with_briefing("Thank you. Next time, if you ever think 'this part I could talk about', let's start from there.", en, "en", BRIEF_EN)
    assert not a.features.unsaid and not _says(s.feedback, UNSAID_LINE), s.feedback
    # words he never said, given back as his, are still named
    assert _with_briefing("社長は『もう店を畳みたい』とおっしゃいましたね。", ja, "ja", BRIEF_JA)[0].features.unsaid
    assert _with_briefing("You said 'I want to close the shop'.", en, "en", BRIEF_EN)[0].features.unsaid


def test_a_guessed_family_trouble_is_leading_not_a_reflection() -> None:
    en = ctx(("owner", "Well, every shop has its worries, you know. My son joined last spring."))
    a, s = run("Every shop has its worries. Does that go for yours too? Is something wrong with your son?", en, "en")
    assert "leading_question" in _acts(a) and "reflection" not in _acts(a), a.evidence
    assert not has_line(s.feedback, REFLECT_PRAISE) and _says(s.feedback, LEADING_LINE), s.feedback
    ja = ctx(("owner", "まあ、どこの家にも色々ありますよ。息子も去年入社してね。"))
    a, s = run("どこの家にも色々ありますよね。息子さんと何かあったんですか？", ja)
    assert "leading_question" in _acts(a), a.evidence
    # a question about a thing, or his son's work asked openly, guesses nothing
    assert "leading_question" not in _acts(run("Is there a problem with the oven?", en, "en")[0])
    assert "leading_question" not in _acts(run("息子さんは、今どんなお仕事を担当されているんですか？", ja)[0])


def test_a_request_to_meet_again_is_no_fact_question() -> None:
    en = ctx(("owner", "Well, every shop has its worries, you know."))
    a, s = run("Thank you for your time today. Can we meet again next week?", en, "en")
    assert "closed_question" not in _acts(a) and not _says(s.feedback, FACT_ONLY + SWITCH_LINE), s.feedback
    ja = ctx(("owner", "仕込みですね。朝4時から仕込んで、そのまま店に出るんで、職人が足りなくて回らないんですよ。"))
    for text in ("今日はありがとうございました。次回もお話を伺ってもよろしいですか？", "今日はありがとうございました。また来週お時間いただけますか？"):
        a, s = run(text, ja)
        assert "closed_question" not in _acts(a) and not _says(s.feedback, FACT_ONLY + SWITCH_LINE), (text, s.feedback)
    # a fact question beside it is still one
    b, _ = run("Thank you. Could we meet again? And how many staff do you have?", en, "en")
    assert "closed_question" in _acts(b)


# --- 5. the evidence of a question quotes the question -----------------------------------------


def test_question_evidence_quotes_the_question() -> None:
    en = ctx(("owner", "There are three of us, all cousins. Whatever I suggest, it ends with 'let's think about it'."))
    a, s = run(
        "Three of you, all cousins, and what you suggest tends to end with 'let's think about it'. "
        "If things went the way you'd like over the next year, what would be different?",
        en,
        "en",
    )
    opened = [e for e in s.evidence if e.startswith("open question")]
    assert opened and all("what would be different?" in e for e in opened), s.evidence
    assert "advice" not in _acts(a), a.evidence  # 'let's think about it' is his, quoted
    ja = ctx(("owner", "決算書？それはちょっとね。"))
    _, s = run("承知しました、また別の機会に。社長、この工場をここまで大きくしてこられて、今の会社の一番の強みはどこだと思われますか。", ja)
    opened = [e for e in s.evidence if e.startswith("開いた質問")]
    assert opened and all("思われますか" in e for e in opened), s.evidence


# --- more from the unfair lines of r9a / r9b ---------------------------------------------------


def test_his_question_put_off_is_not_answered() -> None:
    ja = ctx(("owner", "で、ネットで売るならどこがいいの？"))
    a, s = run("モヤモヤしている、というのが気になりました。どこがいいかは後で一緒に考えたいと思います。その前に、そのモヤモヤはどこから来ているんでしょうか。", ja)
    assert not a.features.answers_owner and not has_line(s.feedback, "社長の問いに短く誠実に答え"), s.feedback
    en = ctx(("owner", "So which platform's best for us?"))
    a, s = run("Good question. Let's come back to the platforms later, I promise. First, what made you think of selling online?", en, "en")
    assert not a.features.answers_owner and not has_line(s.feedback, "You answered the owner's question briefly"), s.feedback
    # an honest short answer still is one
    b, _ = run("詳しくはありませんが、手数料は楽天の方が高めと聞いています。社長はどこを大事にしたいですか？", ja)
    assert b.features.answers_owner


def test_owning_that_one_does_not_know_answers_his_test_it_gives_nothing_back() -> None:
    owner = ctx(("owner", "ところでさ、あんた、パン屋の仕事って分かるの？ 最近の小麦の値上がり、どのくらいか知ってる？"))
    a, s = run("小麦の値上がりは、正直、現場の方ほどは分かっていないと思います。よければ教えてもらえますか。", owner)
    assert "reflection" not in _acts(a) and not has_line(s.feedback, "伝え返し"), (a.evidence, s.feedback)


def test_asking_his_view_is_not_asking_why() -> None:
    owner = ctx(("owner", "Well, my son wants to change everything, and I don't know."))
    _, s = run("I see. How do you see that yourself?", owner, "en")
    assert not has_line(s.feedback, "You asked why and how"), s.feedback
    _, t = run("What made your son want to change everything, do you think?", owner, "en")
    assert has_line(t.feedback, "You asked why and how"), t.feedback


def test_an_echo_of_his_word_is_no_topic_jump_and_a_named_slip_is_no_jump_either() -> None:
    ja = ctx(
        ("trainee", "ITのこと、社内ではどう進めていらっしゃいますか。"),
        ("owner", "うーん、経理の取締役が反対していて、なんというか、ずっともやもやしてるんです。"),
    )
    a, s = run("もやもや、ですか。ITは絶対やったほうがいいですよ。よその会社もみんなやってますし。", ja)
    assert not a.features.topic_switch and not _says(s.feedback, SWITCH_LINE), s.feedback
    assert _says(s.feedback, ADVICE_LINE)
    assert run("ところで、ホームページはお持ちですか？", ja)[0].features.topic_switch
    en = ctx(
        ("trainee", "How is the business doing these days?"),
        ("owner", "My back's killing me, if that's what you mean. Ha. The business, well, it ticks along, nothing special."),
    )
    a, _ = run("Ha, sorry, I meant the shop itself. Your form says nothing in particular. Are orders steady?", en, "en")
    assert not a.features.topic_switch
    b, _ = run("Sorry. How many people work for you?", en, "en")
    assert b.features.topic_switch  # a bare "Sorry." names nothing


def test_a_longer_answer_that_hands_the_choice_back_is_no_proposal() -> None:
    en = ctx(("owner", "So which should we go with, a big marketplace or our own website? Tell me straight."))
    a, s = run(
        "You'd like people to know the shop by name, and your staff to earn a fair wage. On the options, briefly: "
        "a marketplace brings visitors but takes a cut of every sale; a site of your own keeps the margin, but you "
        "have to bring the visitors in yourself. Which suits you depends on what matters most to you. You mentioned "
        "your staff, what's on your mind there?",
        en,
        "en",
    )
    assert "advice" not in _acts(a) and not _says(s.feedback, ANSWER_LINE + ADVICE_LINE), (a.evidence, s.feedback)


def test_a_form_check_in_other_words_and_a_closing_turn() -> None:
    ja = ctx(("owner", "まあ、どうぞ座ってください。"))
    a, s = _with_briefing("申込書には来客数が減っているとありましたが、お客さんは減っているんですよね？", ja, "ja", BRIEF_JA)
    assert "leading_question" not in _acts(a) and not _says(s.feedback, LEADING_LINE), (a.evidence, s.feedback)
    assert "leading_question" in _acts(_with_briefing("お客さんが減っているのは、値段が高いからですよね？", ja, "ja", BRIEF_JA)[0])
    # closing the meeting with an invitation to picture the future and a next visit jumps no topic
    owner = ctx(
        ("trainee", "そこまで守ってこられた思いを、もう少し聞かせていただけますか。"),
        ("owner", "小豆はね、北海道の農家さんと祖父の代からのお付き合いなんだわ。毎年秋に届くと、まず炊いて出来を確かめるの。"),
    )
    a, s = run(
        "ありがとうございます。今日はこのあたりで。次回までに、もしよければ、十年後のお店がどうなっていたら嬉しいか、"
        "少し思い浮かべてみてください。また伺ってもよろしいですか？",
        owner,
    )
    assert not a.features.topic_switch and not _says(s.feedback, SWITCH_LINE + ADVICE_LINE), s.feedback


def test_his_wish_tagged_still_leads_and_a_bare_apology_still_jumps() -> None:
    """Negative cases from r8b: a wish of his put to him with a tag leads however the briefing
    words it; an apology that names no slip of the supporter's does not excuse a topic jump."""
    owner = ctx(("owner", "Well, here we are. Have a seat."))
    brief = BRIEF_EN + " The form says she wants to open a second shop."
    a, s = _with_briefing("So, you want to open a second shop, right?", owner, "en", brief)
    assert "leading_question" in _acts(a) and _says(s.feedback, LEADING_LINE), s.feedback
    en = ctx(
        ("trainee", "How is the business doing these days?"),
        ("owner", "We get by. The regulars keep coming, and the bread sells out most days by two."),
    )
    b, t = run("Sorry, I see. The form mentioned old ovens. How old are your ovens?", en, "en")
    assert b.features.topic_switch and _says(t.feedback, SWITCH_LINE), t.feedback


def test_a_bare_echo_of_his_demand_is_a_reflection_not_empathy() -> None:
    ja = ctx(("owner", "だからさ、来週からすぐ使える手を教えてほしいんだよ。"))
    a, s = run("来週からすぐ使える手、ですね。では、今週いちばん手間がかかったお仕事は何でしたか。そこから一緒に考えられればと思います。", ja)
    assert "empathy" not in _acts(a) and not _says(s.feedback, EMPATHY_LINE), (a.evidence, s.feedback)
    en = ctx(("owner", "Sales have been flat for five years. That's the whole problem."))
    a, s = run("Flat for five years, yes. And the big hotel account you mentioned: roughly how much of the sales comes through it?", en, "en")
    assert "empathy" not in _acts(a) and not _says(s.feedback, EMPATHY_LINE), (a.evidence, s.feedback)
    # his effort acknowledged in words of the supporter's own, and a feeling that comes through, stay
    effort = ctx(("owner", "30歳のとき、4畳半の貸し工場で一人で始めたんだよ。今は35人だ。"))
    assert "empathy" in _acts(run("4畳半から35人まで…一代でそこまで育ててこられたんですね。", effort)[0])
    assert "empathy" in _acts(run("Your pride in the pickles really comes through.", en, "en")[0])


def test_thanks_for_what_he_confided_is_empathy() -> None:
    owner = ctx(("owner", "…実は、番頭の佐藤のことが一番気がかりでね。誰にも言ったことはないんやけど。"))
    a, s = run("今日は、佐藤さんのことまでお話しいただいて、ありがとうございました。", owner)
    assert "empathy" in _acts(a) and _says(s.feedback, EMPATHY_LINE), (a.evidence, s.feedback)
    assert "empathy" not in _acts(run("資料をお送りいただき、ありがとうございました。", owner)[0])


def test_his_tenure_checked_is_no_leading_question() -> None:
    owner = ctx(("owner", "どうも、角田です。まあ、おかけください。"))
    a, s = run("はじめまして。お父様から継がれて3年なんですよね？ この3年はどんな毎日でしたか。", owner)
    assert "leading_question" not in _acts(a) and not _says(s.feedback, LEADING_LINE), (a.evidence, s.feedback)
    for text in ("鋼材の値段は、この1年で2割上がっていますよね？", "継がれて3年、もう限界なんですよね？"):
        assert "leading_question" in _acts(run(text, owner)[0]), text
