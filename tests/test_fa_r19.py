"""Issue 8, fa19 (r18a / r18b blind playtests): act labels that hold in live play. New sentences,
ja and en, in the style of the defects; each class has cases that fail on e1f94e9 and near misses
that keep their labels.

1. The supporter's wish to hear him, put for his consent (「…を伺えたらと思うのですが、いかがでしょ
   うか」), is an open request, not a leading question (r18b s01 T4); an opinion put the same way
   stays leading.
2. A joint look offered for the next meeting, named in the sentence before, with a way out, is no
   unsolicited advice (r18b s05 T11); a solution offered the same way stays advice.
3. "Many companies are struggling with that.": what others go through, no boast of the
   supporter's own record (r18b s02 T3); "I've supported many companies" stays one.
4. The question asked last decides: a bare yes/no predicate after a wh-question (「売上はここ数年
   どうですか？伸びていますか？」) and a figure after a request to tell ("tell me about the
   equipment? How old are your machines?") close it (r18b s07 T2, s02 T6); a tail with a subject
   of its own, or an open question after the request, does not.
5. 「…とおっしゃってましたよね。」 refers back to his words: no empathy (r18a s08 T8).
6. One give-back of his last turn and a yes/no question on an earlier subject is a reflection and
   a closed question, not a summary (r18a s10 T6); three points gathered stay a summary.
7. "…that side you don't worry about. Which side do you worry about, then?": built on his words,
   not the issue asked for directly (r18a s09 T5); the blunt worry question stays one.
8. His word given back (「時代、ですか。」) and countered at once with 「でも、…と思いますよ」 is a
   denial with the advice (r18a s04 T7); a give-back alone or advice alone is none.
9. His dialect given back in standard Japanese (「続いとったら」→「続いていたら」), and his sentence
   quoted before 「というのは、どういう…」, are give-backs (r18a s08 T10, T4); a question that
   shares no run of his words gives nothing back.
10. Advice he asked for outright (「明日からできることを言ってよ」 "Just tell me what to do.") is
    his request to the supporter (owner_asked); the solution handed over stays advice (the
    judge: "the fault is handing over my own solution, not that it was unasked"), and
    「…言ってくるんよ」 asks nothing (r17b s07 T5, left by fa18).
11. A who-question that asks for his picture (「…には、どなたが入っているイメージですか」) is open
    (r18b s04 T10, s05 T4, listed as closed in the end reports); a plain who-question stays closed.
"""

from __future__ import annotations

import pytest

from simulator.analysis import analyse
from simulator.scoring.figures import figure_question

from .turns import acts_of, ctx, run

# --- 1. a wish to hear him -------------------------------------------------------------------------

FOUNDER_JA = ctx(
    ("trainee", "本日はお時間をいただきありがとうございます。"),
    ("owner", "まあ、うちは親父の代から四十年、こうやって曲げ物一本でやってきたからね。"),
)


@pytest.mark.parametrize(
    "text",
    [
        "四十年続けてこられた中で、社長が譲れないと思ってこられたことをお聞きできればと思うのですが、いかがでしょうか。",
        "よろしければ、創業当時のお話を少し伺えたらと思いますが、いかがですか。",
        "曲げ物一本で来られた理由を、教えていただければと考えているのですが、どうでしょうか。",
    ],
)
def test_a_wish_to_hear_him_is_an_open_request(text: str) -> None:
    acts = acts_of(text, FOUNDER_JA)
    assert "leading_question" not in acts
    assert "open_question" in acts


@pytest.mark.parametrize(
    "text",
    [
        "そろそろ新しい素材に手を広げた方がいいと思うのですが、いかがでしょうか。",
        "曲げ物一本では厳しいと思いますが、どうですか。",
        # the wish to hear him, with a push in the same sentence
        "社長のお考えを伺えればと思いますが、やはり素材を変えるべきではないでしょうか。",
    ],
)
def test_an_opinion_put_for_his_consent_stays_leading(text: str) -> None:
    assert "leading_question" in acts_of(text, FOUNDER_JA)


# --- 2. a joint look offered for the next meeting --------------------------------------------------

MOVE_ON_JA = ctx(
    ("trainee", "ネット販売のこと、もう少し聞かせていただけますか。"),
    ("owner", "正直、どの取引先が儲かってるのかもよく分かってないんだよ。見るのが怖くてね。"),
    ("trainee", "見るのが怖い、というお気持ちもあるんですね。"),
    ("owner", "まあね。でも、それを見ないと何も始まらないのは分かってる。"),
)


def test_a_joint_look_after_the_next_meeting_is_named_is_no_advice() -> None:
    text = (
        "今日は取引先のことまで話してくださってありがとうございました。次回、お約束の資料はお持ちします。"
        "そのうえで、どの取引先で利益が出ているかを社長と一緒に整理してみる、というのはいかがでしょうか。"
        "見たくないところまでは無理にとは申しません。"
    )
    a, s = run(text, MOVE_ON_JA)
    assert "advice" not in {x.value for x in a.acts}
    assert (s.scores.get("non_leading") or 0) >= 70


def test_a_solution_offered_for_the_next_meeting_stays_advice() -> None:
    text = "次回までに資料はお持ちします。そのうえで、まずは楽天に出店してみてはいかがでしょうか。無理にとは申しません。"
    assert "advice" in acts_of(text, MOVE_ON_JA)


# --- 3. others counted, no boast -------------------------------------------------------------------

STEEL_EN = ctx(
    ("owner", "Steel went up again this spring. Do you know anything about material prices?"),
)


@pytest.mark.parametrize(
    "text",
    [
        "A little, yes. Prices rose sharply this year. Many firms around here are feeling that squeeze. How has it hit you?",
        "I believe so, by around twenty percent. Many companies are struggling with it. You should pass it on to customers.",
    ],
)
def test_others_counted_are_no_boast(text: str) -> None:
    assert "self_promotion" not in acts_of(text, STEEL_EN, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Yes. I've supported many companies through exactly this. You should pass it on to customers.",
        "I know this well. Over 100 firms have come to us with it.",
    ],
)
def test_his_own_count_of_firms_stays_a_boast(text: str) -> None:
    assert "self_promotion" in acts_of(text, STEEL_EN, "en")


# --- 4. the question asked last decides ------------------------------------------------------------

SHOP_JA = ctx(("owner", "うちは町の酒屋でね、配達がほとんどなんですよ。"))


@pytest.mark.parametrize(
    "text",
    ["なるほど。配達の件数は最近どうですか？減っていますか？", "仕入れの値段はどうなっていますか？上がりましたか？"],
)
def test_a_bare_yes_no_tail_closes_the_wh_question(text: str) -> None:
    acts = acts_of(text, SHOP_JA)
    assert "closed_question" in acts
    assert "open_question" not in acts


def test_a_tail_with_its_own_subject_leaves_the_wh_question_open() -> None:
    acts = acts_of("配達の件数は最近どうですか？若いお客さんは来ていますか？", SHOP_JA)
    assert "open_question" in acts


WORKS_EN = ctx(("owner", "Are you here to inspect us? Because that's what it feels like."))


@pytest.mark.parametrize(
    "text",
    [
        "Not at all. Perhaps you could tell me about the presses? How many do you run?",
        "Could you tell me about the line? How old is it?",
    ],
)
def test_a_figure_after_a_request_to_tell_closes_it(text: str) -> None:
    acts = acts_of(text, WORKS_EN, "en")
    assert "closed_question" in acts
    assert "open_question" not in acts
    assert figure_question(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Could you tell me about the presses? What do the operators make of them?",
        "I'd love to hear about it, if you're willing. Where did it all begin?",
    ],
)
def test_an_open_question_after_a_request_to_tell_stays_open(text: str) -> None:
    assert "open_question" in acts_of(text, WORKS_EN, "en")
    assert figure_question(text, "en") is None


def test_a_figure_after_a_request_to_tell_ja() -> None:
    assert figure_question("設備のことを教えていただけますか？機械は何年前に入れたんですか？", "ja")
    assert figure_question("設備のことを教えていただけますか？皆さんはどう感じていますか？", "ja") is None


# --- 5. his words referred back with 「よね」 ------------------------------------------------------

SON_JA = ctx(("owner", "息子はな、配達の順番を変えようって言うてくることもあるけど、わしは昔のままでええと思っとる。"))


@pytest.mark.parametrize(
    "text",
    [
        "息子さんが言うてくることもある、とおっしゃってましたよね。その案は、あまり試さないんですか？",
        "配達のことで息子さんが言うてくる、とおっしゃいましたよね。",
        "息子さんの案は試さない、と言われてましたよね。",
    ],
)
def test_his_words_checked_with_yone_are_no_empathy(text: str) -> None:
    assert "empathy" not in acts_of(text, SON_JA)


def test_a_short_validation_with_yone_stays_empathy() -> None:
    assert "empathy" in acts_of("それは、こたえますよね。", SON_JA)


# --- 6. one give-back and a yes/no question is no summary ------------------------------------------

SUCCESSOR_JA = ctx(
    ("trainee", "本日はありがとうございます。申込書に在庫管理のシステム化とありましたが、どこまで進んでいますか？"),
    ("owner", "まあ、在庫は倉庫のノートと、ベテランの記憶で回してます。システムはまだ何も。"),
    ("trainee", "ノートと記憶なんですね。先代の社長とは、そういうお話をされますか？"),
    ("owner", "…先代とは、毎朝少し話します。天気と売上の話がほとんどで…それ以外は、あまり。"),
)


def test_one_give_back_and_a_yes_no_question_is_no_summary() -> None:
    acts = acts_of("天気と売上の話がほとんど、なんですね。先代は、システム化には反対なんですか？", SUCCESSOR_JA)
    assert "summary" not in acts
    assert "closed_question" in acts


def test_several_points_gathered_before_the_question_stay_a_summary() -> None:
    text = "在庫は倉庫のノートとベテランの記憶、システムはまだ何も、先代とは天気と売上の話がほとんど、なんですね。先代は、システム化には反対なんですか？"
    assert "summary" in acts_of(text, SUCCESSOR_JA)


# --- 7. his worry word taken up -------------------------------------------------------------------

BAKERY_EN = ctx(
    ("owner", "The bakery side runs itself; the staff have been with me for years. That part I never worry about."),
)


def test_his_worry_word_taken_up_is_no_issue_question() -> None:
    a = analyse("The bakery runs itself, and that part you never worry about. Which part do you worry about, then?", BAKERY_EN, "en")
    assert not a.features.issue_question


def test_the_worry_asked_from_nowhere_stays_an_issue_question() -> None:
    a = analyse("So what is the biggest worry for you at the moment?", BAKERY_EN, "en")
    assert a.features.issue_question


# --- 8. his word given back, then countered --------------------------------------------------------

HIRING_JA = ctx(("owner", "うちは職人が歳でね。まあ、若い人が来ないのは景気のせいかな。"))


@pytest.mark.parametrize(
    "text",
    [
        "景気のせい、ですか。でも、求人の出し方を変えれば、若い人は来ると思いますよ。",
        "景気のせい、ですか。ただ、求人の出し方は変えた方がいいと思います。",
    ],
)
def test_his_word_countered_at_once_is_a_denial(text: str) -> None:
    a = analyse(text, HIRING_JA)
    assert a.features.denial
    assert "advice" in {x.value for x in a.acts}


@pytest.mark.parametrize(
    "text",
    [
        "景気のせい、なんですね。そのあたり、もう少し聞かせていただけますか。",
        "求人の出し方を変えれば、若い人は来ると思いますよ。",
    ],
)
def test_a_give_back_or_advice_alone_is_no_denial(text: str) -> None:
    assert not analyse(text, HIRING_JA).features.denial


# --- 9. his dialect and his sentence given back ---------------------------------------------------

SHOP_DIALECT_JA = ctx(
    ("trainee", "本日はありがとうございます。お店のことを聞かせてください。"),
    ("owner", "うちは祖父の代からの酒屋でね、この暖簾で持っとるようなもんやわ。"),
    ("trainee", "暖簾が支えなんですね。社長ご自身は、これからお店をどうしていきたいと思っていらっしゃいますか？"),
    ("owner", "ほやなあ…大きせんでもええで、この暖簾が続いとったら、それで十分やわ。"),
)


def test_his_dialect_given_back_in_standard_japanese_is_a_reflection() -> None:
    text = "大きくしなくても、この暖簾が続いていたら十分、なんですね。その暖簾を続けていくために、一番大事にされていることは何ですか？"
    acts = acts_of(text, SHOP_DIALECT_JA)
    assert "reflection" in acts
    assert "open_question" in acts


def test_his_sentence_quoted_then_asked_about_is_a_reflection() -> None:
    c = ctx(("owner", "新しいことは、息子の代になってからでええかな、と思っとるんですわ。"))
    text = "新しいことは息子の代になってからでええかな、というのは、どういうお考えからなんでしょう。"
    assert "reflection" in acts_of(text, c)


def test_a_question_sharing_no_run_of_his_words_gives_nothing_back() -> None:
    text = "お店の一日の流れを、朝から聞かせていただけますか？"
    assert "reflection" not in acts_of(text, SHOP_DIALECT_JA)


# --- 10. advice asked for outright ----------------------------------------------------------------

ASKS_JA = ctx(("owner", "理屈はもういいよ。来週からでもやれることを教えてくれ。"))


def test_advice_asked_for_outright_is_his_question_ja() -> None:
    a = analyse("承知しました。まずは売れ筋の三品だけをネットに出すところから始める手があります。社長はどれが一番売れていると見ていますか？", ASKS_JA)
    assert a.features.owner_asked
    assert not a.features.answers_owner  # a solution handed over, not information he asked a question for


def test_a_proposal_after_advice_asked_for_stays_advice() -> None:
    a = analyse("営業の方に新しいスーパーを回ってもらうのはどうですか？", ASKS_JA)
    assert a.features.owner_asked
    assert "advice" in {x.value for x in a.acts}


def test_advice_asked_for_outright_is_his_question_en() -> None:
    c = ctx(("owner", "Enough questions. Just tell me what to do about the web shop."))
    a = analyse("Fair enough. One small step: put your three best sellers online first. Which would you pick?", c, "en")
    assert a.features.owner_asked


def test_his_report_of_what_others_say_asks_nothing() -> None:
    c = ctx(("owner", "うちの若いのがな、ネットで売ろうって言ってくるんよ。"))
    assert not analyse("どんなことを言ってくるんですか？", c).features.owner_asked


# --- 11. his picture asked for -------------------------------------------------------------------

PICTURE_JA = ctx(("owner", "正直、段取りが職人の頭の中にしかないんです。みんなで回せる工場になっていたら、とは思いますけど。"))


@pytest.mark.parametrize(
    "text",
    [
        "みんなで回せる工場、ですね。その「みんな」には、どなたが入っているイメージですか。",
        "そうなったとき、段取りはどなたが仕切っているイメージをお持ちですか。",
    ],
)
def test_a_who_question_asking_his_picture_is_open(text: str) -> None:
    acts = acts_of(text, PICTURE_JA)
    assert "open_question" in acts
    assert "closed_question" not in acts


def test_a_plain_who_question_stays_closed() -> None:
    assert "closed_question" in acts_of("段取りは今、どなたが担当されていますか。", PICTURE_JA)
