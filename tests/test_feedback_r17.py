"""Issue 8, round 17 (fb17; the r16a/r16b and t10 defects still on main cbd571b): per-turn
feedback lines that are true of the turn. New sentences, ja and en; each positive case fails on
main cbd571b, each negative case guards against a false alarm.

1. a close — thanks, the next meeting proposed, his confidence kept — is no summary, however many
   of his words it names (「今日は、奥様のことまで…ありがとうございました」「次回は、…一緒に考えて
   みませんか」「私からどなたかにお伝えすることはありません」 "Thanks, Dora — I'll send you a couple of
   dates for next week."): no 「要点をまとめて」 / 「言い換えて」 praise, no summarising score, and the
   close is no long turn either (r16a s05 T12; t10 f048, f087). A summary that names his points
   and checks them keeps its praise, and his words quoted before a thank-you stay given back.
   1b. one clause of his echoed, a fact of the form and her own question 「…ありましたか。」 list one
   point: a reflection, no summary (r16a s03 T9).
2. praise or blame for what did not happen: a bare apology (「あ、すみません。」) after his own
   「すみません」 gives none of his words back, so no 「社長の言葉を返したあと…」 (r16a s10 T4); homework
   handed to him or a cheer (「確認しておいてください」「一緒に頑張りましょう！」) is no empathy
   (t10 f060, f082). A real acknowledgement keeps its praise.
4. 一問一答 / 詰問 where the question follows on: after he confirmed a recap checked with him (t10
   f043); a closed question after 「いえ、こちらこそ言葉が先走りました」 is no run (t10 f004).
5. the behaviour named is the one made: a vision demanded point-blank is the blunt vision question,
   never a future picture (r16b s04 T8); his future only in the words given back before a feelings
   question is no future-picture question (t10 f007).
3. the owner's side of a sharp trust fall names no move the turn did not make: 「社長は助言や説明を
   押しつけられたと受け取りました」 only when the turn advised or lectured (r16a s08 T6).
"""

from __future__ import annotations

from simulator.owner_signal import withdrawal_note
from simulator.scoring.acknowledges import task_or_cheer
from simulator.scoring.giveback import courteous

from .turns import ctx, has_line, run

SUMMARY_JA = "要点をまとめて"
PARAPHRASE_JA = "言い換えて返せています"
SUMMARY_EN = "You gathered the owner's points"
PARAPHRASE_EN = "You rephrased several of the owner's points"
LONG_JA = "一度に話す量が多めです"

# --- 1. a close is no summary ---------------------------------------------------------------

BAKERY = ctx(
    ("trainee", "本日はよろしくお願いします。まずはお店のことを聞かせてください。"),
    ("owner", "うちは町のパン屋です。妻と二人で始めて、今はパートさんが三人おります。"),
    ("trainee", "奥様と二人で始められたんですね。今、一番気にかかっていることは何ですか。"),
    ("owner", "朝の仕込みがきつくなってきましてね。わしももう六十八ですから、あと何年できるか。"),
    ("trainee", "あと何年できるか、と。息子さんや娘さんとそういうお話はされますか。"),
    ("owner", "娘は東京で働いとります。継いでくれとは、よう言えんのです。"),
)
CLOSE_JA = (
    "継いでくれとは言えない、と。奥様と二人で始めたお店のこと、朝の仕込みのこと、今日は本当に"
    "ありがとうございました。奥様や娘さんにお話しするかどうかは社長が決めることで、今日伺ったことを"
    "私からお伝えすることはありません。次回は、社長のペースで、お店のこれからを一緒に考えてみませんか。"
)
CLOSE_LONG_JA = (
    "継いでくれとは言えない、と。今日は、奥様のことや娘さんのことまで、話しにくいことを本当に"
    "ありがとうございました。娘さんにどうお話しするかは社長が決めることで、今日伺ったことを私から"
    "どなたかにお伝えすることはありません。次回は、社長のペースで、お店のこれからを一緒に考えて"
    "みませんか。"
)
RECAP_JA = (
    "ここまでのお話を整理させてください。奥様と二人で始めたお店で、朝の仕込みがきつくなってきた。"
    "そして娘さんには継いでくれとは言えない、ということでしょうか。"
)

TAILOR = ctx(
    ("trainee", "Thanks for seeing me, Dora. Could you tell me about the shop?"),
    ("owner", "Alterations, mostly. Hems, zips, wedding dresses. Thirty years on this street."),
    ("trainee", "Thirty years on the same street. What's the work like these days?"),
    (
        "owner",
        "Steady, but my eyes aren't what they were. Fine beading takes me twice as long now.",
    ),
    (
        "trainee",
        "Twice as long on the beading. What would you like the shop to look like in a few years?",
    ),
    (
        "owner",
        "I'd like someone to learn the wedding work from me. That's the part I'd hate to lose.",
    ),
)
CLOSE_EN = (
    "Someone to learn the wedding work. I'd like to come back in a couple of weeks, maybe with your "
    "daughter too. Thank you for telling me about the beading and the thirty years."
)
RECAP_EN = (
    "Let me check I've got it. Thirty years on this street, the beading takes you twice as long now, "
    "and you'd like someone to learn the wedding work from you. Is that right?"
)


def test_a_close_is_no_summary_ja() -> None:
    _, s = run(CLOSE_JA, BAKERY)
    assert not has_line(s.feedback, SUMMARY_JA)
    assert not has_line(s.feedback, PARAPHRASE_JA)
    assert "owner_summary" not in s.flags
    assert s.scores.get("summarising") is None


def test_a_close_is_no_long_turn() -> None:
    _, s = run(CLOSE_LONG_JA, BAKERY)
    assert not has_line(s.feedback, LONG_JA)  # thanks and the next meeting: no lecture


def test_a_close_is_no_summary_en() -> None:
    _, s = run(CLOSE_EN, TAILOR, "en")
    assert not has_line(s.feedback, SUMMARY_EN)
    assert not has_line(s.feedback, PARAPHRASE_EN)
    assert "owner_summary" not in s.flags


def test_a_checked_recap_keeps_its_praise() -> None:
    _, s = run(RECAP_JA, BAKERY)
    assert has_line(s.feedback, SUMMARY_JA)
    _, s = run(RECAP_EN, TAILOR, "en")
    assert has_line(s.feedback, SUMMARY_EN)


def test_his_words_quoted_before_a_thank_you_stay_given_back() -> None:
    # the quote and the thanks in one sentence for the splitter ("…now." Thank you …): his words
    # are still given back, only a sentence that opens on the thanks is a courtesy
    text = '"Someone to learn the wedding work." Thank you for saying that. What would that person need first?'
    _, s = run(text, TAILOR, "en")
    assert (
        "reflection" in s.flags or "paraphrase" in s.flags or has_line(s.feedback, "owner's words")
    )


# 1b. one clause of his echoed, framed 「…、というのが正直なところなんですね」, a fact of the form
# (「…と伺いました」) and her own question (「…ありましたか。」): his 「正直」 of another turn is no
# second point and the question lists none — a reflection, no summary (r16a s03 T9)

NOODLES = ctx(
    ("trainee", "本日はありがとうございます。まずはお店のことを聞かせてください。"),
    ("owner", "親父の代からの製麺所でね。工場は私と職人の二人で回しとります。"),
    ("trainee", "二人で回していらっしゃるんですね。これから先、どんなお店でありたいですか。"),
    ("owner", "先のことは考えられんのです。毎年、冬の繁忙期を乗り切るので手一杯でね。"),
)
FRAMED_ECHO_JA = (
    "冬の繁忙期を乗り切るので手一杯、というのが正直なところなんですね。そんな中で、今年の春には"
    "息子さんが戻られたと伺いました。息子さんが戻られてから、工場の職人さんとの回し方に何か変わった"
    "ことはありましたか。"
)


def test_one_clause_framed_with_a_fact_and_a_question_is_no_summary() -> None:
    _, s = run(FRAMED_ECHO_JA, NOODLES)
    assert not has_line(s.feedback, SUMMARY_JA)
    assert "owner_summary" not in s.flags
    assert has_line(s.feedback, "伝え返し")  # the clause of his is still given back


# --- 2. praise or blame for what did not happen -----------------------------------------------
# 2a. 「あ、すみません。」 after his own 「すみません」 gives none of his words back: no 「社長の言葉を
# 返したあと、すぐ別の話題」 (r16a s10 T4); his words really given back before a jump keep it

ECHO_AFTER_JA = "社長の言葉を返したあと"
PRINTSHOP = ctx(
    ("trainee", "本日はよろしくお願いします。印刷のお仕事について聞かせてください。"),
    ("owner", "チラシと名刺が中心です。父から継いで五年になります。"),
    (
        "trainee",
        "お父様ももっと任せてくれていいはずですよ。社長なんですから、どんどん変えていきましょう。",
    ),
    ("owner", "いや…そう言われても。すみません。"),
)


def test_an_apology_gives_none_of_his_words_back() -> None:
    _, s = run("あ、すみません。じゃあ、注文は今どうやって受けているんですか？", PRINTSHOP)
    assert not has_line(s.feedback, ECHO_AFTER_JA)


def test_his_words_given_back_before_a_jump_keep_the_line() -> None:
    context = ctx(
        *[(u.speaker, u.text) for u in PRINTSHOP[:2]],
        ("trainee", "五年になるんですね。一番よく出るのはどんなお仕事ですか。"),
        ("owner", "地元の商店街のチラシですね。毎月決まった数を刷っとります。"),
    )
    _, s = run("商店街のチラシを毎月。ところで、従業員の方は何人いらっしゃいますか？", context)
    assert not has_line(s.feedback, "受けずに")


# 2b. homework handed to him or a cheer (「次回までに奥様に聞いておいてください」「きっと大丈夫です、
# 一緒に頑張りましょう！」 "Could you fill in the form before next time?") is no empathy: no 「気持ちや
# 苦労を受け止める」 praise, no empathy in the session's count (t10 f060, f082); a real
# acknowledgement before the homework keeps its praise

EMPATHY_JA = "気持ちや苦労を受け止める"
EMPATHY_EN = "You acknowledged the owner's feelings"
SMITHY = ctx(
    ("trainee", "本日はよろしくお願いします。工房のことを聞かせてください。"),
    ("owner", "刃物を打って四十年です。弟子は一人だけでね。"),
    ("trainee", "売上の数字を見せていただけますか？"),
    ("owner", "帳簿は家内がつけとるんで、家内に聞かんと分からんのです。今日はこのへんで。"),
)


def test_homework_is_no_empathy_rule() -> None:
    # the analyser's evidence for t10 f060 was two fragments of the homework sentences
    text = "わかりました。では次回までに奥様に確認しておいてください。あと、記入用の表をお送りしますので、埋めておいていただけると助かります。"
    assert task_or_cheer(text, ["てください", "ます"], "ja")
    en = "Okay. Could you fill in the cash-flow sheet before next time?"
    assert task_or_cheer(en, ["fill in"], "en")
    # evidence in an acknowledgement beside the homework: still empathy
    kind = "四十年、お一人で大変でしたね。次回までに、奥様に確認しておいてください。"
    assert not task_or_cheer(kind, ["大変でしたね"], "ja")
    assert not task_or_cheer("それは大変でしたね。", ["大変でしたね"], "ja")


def test_a_cheer_is_no_empathy_ja() -> None:
    _, s = run(
        "はい、ありがとうございました。ネット販売は絶対に伸びますので、一緒に頑張りましょう！",
        SMITHY,
    )
    assert not has_line(s.feedback, EMPATHY_JA)
    assert "empathy" not in s.flags or "not_empathy" in s.flags


def test_an_acknowledgement_before_homework_keeps_its_praise() -> None:
    text = "四十年、お一人で打ち続けてこられたんですね。それは大変なご苦労だったと思います。次回までに、奥様にも少し伺っておいていただけますか。"
    _, s = run(text, SMITHY)
    assert has_line(s.feedback, EMPATHY_JA)


# --- 3. the owner's side names no move the turn did not make -------------------------------------
# the engine took a short open question as advice (r16a s08 T6): the line says trust fell, never
# 「助言や説明を押しつけられた」 beside the praise for the short question; a turn that did advise keeps
# the reaction's own line


def test_a_reaction_to_advice_not_given_gets_the_plain_line() -> None:
    for lang, pushed in (("ja", "助言や説明を押しつけられた"), ("en", "advice or a lecture")):
        note = withdrawal_note("lecture_pushback", -5.8, [], lang, ["open_question"])
        assert note is not None and pushed not in note and "-5.8" in note
    note = withdrawal_note("self_promotion_reaction", -6.0, [], "ja", ["open_question", "reflection"])
    assert note is not None and "実績" not in note


def test_a_reaction_to_advice_given_keeps_its_line() -> None:
    note = withdrawal_note("lecture_pushback", -5.8, [], "ja", ["advice"])
    assert note is not None and "助言や説明を押しつけられた" in note
    note = withdrawal_note("lecture_pushback", -5.8, ["lecture"], "en", ["other"])
    assert note is not None and "advice or a lecture" in note


# --- 5. the behaviour named is the one made ----------------------------------------------------
# 5a. his 「五年後」 given back, his feelings asked (「…そのことを、どう感じていらっしゃいますか」): no
# 未来像 praise (t10 f007); a question that does ask for his future keeps it
# 5b. a vision demanded point-blank (「では、会社の将来のビジョンを教えてください。」 "So what's your
# vision for the company?") is the blunt vision question, never praised as a future picture (r16b
# s04 T8); the word raised by him first, or a soft future question, is no demand

FUTURE_JA = "未来像を描いてもらう"
FUTURE_EN = "picture the future"
BLUNT_JA = "ビジョンや目標を正面から問う"
BLUNT_EN = "Demanding a vision or goal point-blank"
KILN = ctx(
    ("trainee", "本日はよろしくお願いします。窯元のお仕事を聞かせてください。"),
    ("owner", "器を焼いて三代目です。職人は四人、みんな六十を超えとります。"),
    ("trainee", "皆さん六十を超えていらっしゃるんですね。"),
    ("owner", "ええ。正直、五年後にこの窯がどうなっとるか、考えると眠れんのです。"),
)
ROASTER = ctx(
    ("trainee", "Thanks for having me. Could you tell me about the roastery?"),
    ("owner", "We roast for about forty cafes. Me, my brother and two part-timers."),
    ("trainee", "Forty cafes with four people. How has that been lately?"),
    ("owner", "Busy. Too busy to think, honestly."),
)


def test_his_future_given_back_and_his_feelings_asked_is_no_future_picture() -> None:
    text = "五年後にこの窯がどうなっているか、考えると眠れない。……そのことを、社長はどんなふうに感じていらっしゃいますか。"
    _, s = run(text, KILN)
    assert not has_line(s.feedback, FUTURE_JA)


def test_a_question_for_his_future_keeps_its_praise() -> None:
    text = "眠れないほど、なんですね。もし窯のことがうまくいったとしたら、五年後、どうなっていたらいいと思われますか。"
    _, s = run(text, KILN)
    assert has_line(s.feedback, FUTURE_JA)


def test_a_point_blank_vision_demand_is_named_ja() -> None:
    _, s = run("わかりました。では、社長の会社の将来のビジョンを教えてください。", KILN)
    assert not has_line(s.feedback, FUTURE_JA)
    assert has_line(s.feedback, BLUNT_JA)


def test_a_point_blank_vision_demand_is_named_en() -> None:
    _, s = run("Okay. So what's your vision for the company in the future?", ROASTER, "en")
    assert not has_line(s.feedback, FUTURE_EN)
    assert has_line(s.feedback, BLUNT_EN)


def test_his_own_word_or_a_soft_future_question_is_no_demand() -> None:
    context = ctx(*[(u.speaker, u.text) for u in KILN[:2]], ("trainee", "三代目なんですね。"),
                  ("owner", "親父から継いだとき、目標は立てたんですがね。"))
    _, s = run("目標は何だったんですか？", context)
    assert not has_line(s.feedback, BLUNT_JA)
    _, s = run("If things went well, what would you like the roastery to look like in five years?", ROASTER, "en")
    assert not has_line(s.feedback, BLUNT_EN)


# --- 4. 一問一答 / 詰問 where the question follows on --------------------------------------------
# 4a. he confirmed the recap checked with him (「まあ、そういうことですわ」 "Yeah, that's about it"):
# the next question (his future) leaves no answer behind — no 一問一答 (t10 f043); a jump after a
# plain answer of his keeps it
# 4b. 「いえ、こちらこそ言葉が先走りました。…」 owns the misstep before a closed question: no 「閉じた
# 質問が続いています」 (t10 f004); a third bare closed question keeps it

JUMP_JA = "別の話題の質問に移っています"
JUMP_EN = "moved to a new topic"
RUN_JA = "閉じた質問が続いています"
LOOM = ctx(
    ("trainee", "本日はよろしくお願いします。織物のお仕事について聞かせてください。"),
    ("owner", "帯を織って五十年になります。機は古いのが六台、職人は私と妹だけです。"),
    ("trainee", "五十年、六台の機をお二人で。一番手がかかるのはどんなところですか。"),
    ("owner", "糸の準備ですわ。あれは人に任せられん。妹も腰を悪くしてね。"),
    (
        "trainee",
        "ここまでのお話を整理させてください。五十年、六台の機をお二人で回してこられて、糸の準備は"
        "人に任せられない。そして妹さんも腰を悪くされた、ということでしょうか。",
    ),
    ("owner", "まあ、そういうことですわ。こうして聞くと、よう続いとるもんや。"),
)
NEXT_JA = "ありがとうございます。社長ご自身は、十年後、この工房がどうなっていたらいいと思われますか。"


def test_no_jump_after_a_confirmed_recap() -> None:
    _, s = run(NEXT_JA, LOOM)
    assert not has_line(s.feedback, JUMP_JA)
    assert "topic_switch" not in s.flags


def test_a_jump_after_a_plain_answer_is_still_named() -> None:
    context = LOOM[:4]
    _, s = run("ところで、売上は毎年どれくらいですか？", context)
    assert "topic_switch" in s.flags or has_line(s.feedback, "閉じた質問")


RUN_CONTEXT = ctx(
    *[(u.speaker, u.text) for u in LOOM[:2]],
    ("trainee", "機は何年前のものですか？"),
    ("owner", "一番新しいので三十年前です。"),
    ("trainee", "修理は業者さんに頼んでいるんですか？"),
    ("owner", "ええ、まあ。"),
    ("trainee", "やっぱり機を新しくしないと、これからは厳しいですよね？"),
    ("owner", "いや、それは…。うまく言えませんけど、そういう話ではなくて。"),
)
RUN_PRIOR = [[], ["closed_question"], ["closed_question"], ["leading_question"]]


def test_an_apology_before_a_closed_question_is_no_run() -> None:
    text = (
        "いえ、こちらこそ言葉が先走りました。失礼しました。「そういう話ではなくて」というのは、"
        "奥様が何かおっしゃったことがあるんでしょうか。"
    )
    _, s = run(text, RUN_CONTEXT, prior=RUN_PRIOR)
    assert not has_line(s.feedback, RUN_JA)


def test_a_bare_closed_question_in_a_run_keeps_the_line() -> None:
    _, s = run("機の修理は業者さんに頼んでいるんですか？", RUN_CONTEXT, prior=RUN_PRIOR)
    assert has_line(s.feedback, RUN_JA)


def test_a_confirmation_with_a_new_story_after_it_still_wants_it_taken_up() -> None:
    context = ctx(
        *[(u.speaker, u.text) for u in LOOM[:5]],
        (
            "owner",
            "そうそう、その通りですわ。それとね、問屋さんが去年店を閉めて。卸先が一つ減ったんです。"
            "あれは正直こたえました。",
        ),
    )
    _, s = run(NEXT_JA, context)
    assert "topic_switch" in s.flags


# the fb17 helper's own blind play (family_values_owner, seed 7117): his story named only in the
# thanks of the close
SWEETS = ctx(
    ('trainee', '本日はお時間をいただきありがとうございます。商工会からのご紹介で伺いました。今日は審査ではなく、まずは社長のお話を伺えればと思っています。'),
    ('owner', 'ようこそ、遠いところをどうも。まあ座ってちょうだい。今、家内がお茶とお菓子を持ってくるでね。大正の終わりに祖父が始めた店でね、私で三代目になります。本店は工場と一緒で、あとは駅前に小さい店がひとつ。夏の水まんじゅうと、季節の生菓子が中心やね。'),
    ('trainee', 'ありがとうございます、いただきます。大正から三代、水まんじゅうと生菓子が中心なんですね。社長が一番大事にされていることは何ですか。'),
    ('owner', '…ほうやね。うちは材料だけは落とさんの。小豆は北海道の契約農家さん、水は店の井戸水。祖父の代から変えとらんし、これからも変えるつもりはないでね。'),
    ('trainee', '材料は変えない、というところにこだわりがあるんですね。そのこだわりは、どんなところから来ているんでしょう。'),
    ('owner', 'ほやねえ、何年か前に、名古屋の百貨店さんから常設で入らんかって話もあったんやけど、お断りしたんだわ。やはり無理な事業拡大はしたくない。目の届く範囲でやるのが、うちの商売やでね。'),
    ('trainee', '『目の届く範囲でやるのが、うちの商売』。百貨店さんのお話をお断りされたとき、社長の中にはどんな思いがあったんですか。'),
    ('owner', 'まあ、あんたやで言うけど…。先代の親父が職人気質でね、『店を大きくしたら味が落ちる』が口癖やった。私もそれを聞いて育ったもんで、広げる話が来ると、どうしても親父の顔が浮かぶんだわ。'),
    ('trainee', 'ここまでのお話を整理させてください。材料は祖父の代から変えず、百貨店のお話もお断りして、目の届く範囲で商売をされてきた、ということでしょうか。'),
    ('owner', 'ほんとやね。こうして聞くと、胸のつかえが少し下りたわ。…もうちょっと聞いてくれる？人手もね、足りんのだわ。職人は私を入れて五人で、一番上はもう七十過ぎ。募集を出しても、若い人はなかなか来てくれんでね。'),
    ('trainee', 'ありがとうございます。社長ご自身は、十年後、花房堂さんがどうなっていたらいいと思われますか。'),
    ('owner', 'ほやねえ…大きくせんでもええで、この味が続いとったら、それで十分やわ。'),
    ('trainee', 'この味が続いていたら、それで十分。先ほど、職人さんが五人で一番上の方は七十過ぎとおっしゃっていましたが、その味を続けていく上で、今一番気がかりなのはどんなことですか。'),
    ('owner', '…ここだけの話やけどね。一番上の職人の吉田さんは、私が修業から戻った時からずっとおってくれる人でね。あの人が辞めたら、うちの練り切りを同じように作れるのは、もう私だけになるんだわ。'),
    ('trainee', 'やっぱり若い人を採るには、SNSで発信したほうがいいと思いますよ。'),
    ('owner', 'やはり、無理なことはしたくないんだわ。うちは身の丈でやらんとね。'),
    ('trainee', 'あ、すみません、先走りました。吉田さんが辞めたら、練り切りを同じように作れるのは社長だけになる。そのことを、社長はどんなふうに感じていらっしゃいますか。'),
    ('owner', 'ほやねえ…考えんようにしとったんやね、たぶん。口に出すと、なんや寂しいもんやね。'),
)
SWEETS_CLOSE = '今日は、吉田さんのことまで、話しにくいことを本当にありがとうございました。今日伺ったことを私からどなたかにお伝えすることはありません。次回は、社長のペースで、お店のこれからを一緒に考えてみませんか。'


def test_a_close_naming_his_story_only_in_its_thanks_is_no_reflection() -> None:
    _, s = run(SWEETS_CLOSE, SWEETS)
    assert not has_line(s.feedback, "伝え返し")
    assert not has_line(s.feedback, "要点をまとめて返せています")


def test_thanks_before_a_question_of_her_own_is_no_close() -> None:
    assert not courteous("Thank you. So, the beading — who helps you with it now?", "en")
    assert not courteous("ありがとうございます。その糸の準備は、どなたと一緒にされているんですか。", "ja")
    assert courteous("Thank you, Dora. I'd like to come back next week.", "en")
    assert courteous("本当にありがとうございました。次回は、お店のこれからを一緒に考えてみませんか。", "ja")


# 2c. the phrase of his a question opens on (「手の届く範囲、というのは、…どのくらいのことなんですか」)
# is the keyword dug into, never a name of his given back two sentences before (r16b s05 T3)

DYER = ctx(
    ("trainee", "本日はよろしくお願いします。染物のお仕事について聞かせてください。"),
    ("owner", "手ぬぐいを染めて四代目です。京都の問屋さんとの付き合いが長くてね。"),
    ("trainee", "四代目なんですね。これまで変えずに守ってきたものは何ですか。"),
    (
        "owner",
        "前に、東京の雑貨チェーンさんから量を増やさんかって話があったけど、断ったんですわ。"
        "手の届く範囲でやるのが、うちのやり方やから。",
    ),
)


def test_the_phrase_the_question_opens_on_is_the_one_dug_into() -> None:
    text = (
        "雑貨チェーンさんからのお話も断られた。『手の届く範囲でやるのが、うちのやり方』。"
        "その言葉に、社長の大事にされているものが表れている気がします。"
        "手の届く範囲、というのは、社長にとってはどのくらいのことなんですか。"
    )
    _, s = run(text, DYER)
    dug = [f for f in s.feedback if "掘り下げています" in f]
    assert dug and "手の届く範囲" in dug[0] and "雑貨チェーン" not in dug[0]
