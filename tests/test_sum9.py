"""Round 9 (sum9): quoted words are whole words of the owner's, summaries are credited to the
turns that gather his points, suggested summaries are clean or absent, and the report says each
thing once. Every sentence here is new (not from the playtests)."""

from __future__ import annotations

import pytest

from simulator.acts import Utterance
from simulator.scoring.quotes import picked_phrases


def _owner(text: str) -> list[Utterance]:
    return [Utterance(speaker="owner", text=text)]


# --- defect 4: fragment quotes ------------------------------------------------------------


@pytest.mark.parametrize(
    ("owner", "trainee", "never"),
    [
        # the object of a light verb with its particle dropped: part of a verb phrase
        ("毎晩遅くまでミシン回してたよ。", "毎晩遅くまでミシンを回してこられたんですね。", "ミシン"),
        ("妻がね、一回店見てみたらって言うから。", "奥様が一回お店を見てみたら、とおっしゃったんですね。", "一回"),
        # 形状詞 + noun is one compound: never its first half
        ("チルド便だと割高なんだよね。", "チルド便だと割高なんですね。", "チルド"),
        # a quantity word is no point of his
        ("ネット販売と店売り、両方やってます。", "ネット販売と店売り、両方されているんですね。", "両方"),
    ],
)
def test_ja_quotes_are_whole_words(owner: str, trainee: str, never: str) -> None:
    picked = picked_phrases(trainee, _owner(owner), "ja")
    assert never not in picked


def test_ja_compound_and_real_nouns_are_still_quoted() -> None:
    assert "チルド便" in picked_phrases("チルド便だと割高なんですね。", _owner("チルド便だと割高なんだよね。"), "ja")
    picked = picked_phrases(
        "ネット販売と店売りを両方されているんですね。", _owner("ネット販売と店売り、両方やってます。"), "ja"
    )
    assert {"ネット販売", "店売り"} <= set(picked)
    # a noun with its particle is his word: 『ミシン』 from 「ミシンが古くて」
    assert "ミシン" in picked_phrases("ミシンが古いんですね。", _owner("ミシンが古くてね。"), "ja")


@pytest.mark.parametrize(
    ("owner", "trainee", "never"),
    [
        ("Whatever we try tends to stall.", "Whatever you try tends to stall.", "tends"),
        ("It was over in a flash.", "It was over in a flash for you.", "flash"),
        ("I've never said it to her face.", "You've never said it to her face.", "face"),
        ("We sell less than we used to.", "You sell less than you used to.", "less"),
        ("Weekend shifts, chasing invoices, that sort of thing.", "Weekend shifts and invoices, then.", "shifts"),
    ],
)
def test_en_quotes_are_whole_words(owner: str, trainee: str, never: str) -> None:
    assert never not in picked_phrases(trainee, _owner(owner), "en")


def test_en_real_nouns_are_still_quoted() -> None:
    picked = picked_phrases(
        "So the delivery vans are getting old.", _owner("Our delivery vans are getting old, you know."), "en"
    )
    assert picked and "vans" in picked[0]


# --- defect 1: summary credit goes to the turns that summarise ---------------------------

from simulator.scoring import score_conversation  # noqa: E402
from simulator.scoring.points import garbled, summary_points  # noqa: E402
from simulator.scoring.suggest import fresh_suggestion  # noqa: E402

_JA_TALK = [
    ("trainee", "本日はありがとうございます。まずはお店のことを聞かせていただけますか。"),
    ("owner", "うちは駅前で写真館をやってます。祖父の代からで、七五三と成人式の撮影が中心ですね。"),
    ("trainee", "七五三と成人式が中心なんですね。最近はいかがですか。"),
    ("owner", "スマホで撮る人が増えて、スタジオの予約はずいぶん減りました。特に平日が空いてしまう。"),
    ("trainee", "平日が空いてしまうと、どんなところに響いてきますか。"),
    ("owner", "カメラマンの若い子に任せる仕事が減って、腕を磨く機会がないのが心配なんです。"),
]


def _last_turn(pairs: list[tuple[str, str]], text: str, lang: str = "ja"):
    cs = score_conversation(
        [Utterance(speaker=s, text=t) for s, t in [*pairs, ("trainee", text)]], lang  # type: ignore[arg-type]
    )
    return cs.turns[-1]


@pytest.mark.parametrize(
    "text",
    [
        # a recap of several of his points, with a check
        "ここまで伺って、七五三と成人式の撮影が中心、スマホで予約が減って平日が空く、若いカメラマンの腕を磨く機会がない、"
        "そのあたりを一番気にされている、と受け止めましたが、合っていますか。",
        # a closing recap by topic
        "今日は、予約が減っていること、平日の空き、そして若いカメラマンの育て方のこと、社長の口から伺えてよかったです。",
    ],
)
def test_ja_recap_of_several_points_gets_summary_credit(text: str) -> None:
    turn = _last_turn(_JA_TALK, text)
    assert turn.scores.get("summarising") is not None and turn.scores["summarising"] >= 70


def test_ja_echo_of_one_turn_plus_a_question_is_no_summary() -> None:
    turn = _last_turn(
        _JA_TALK,
        "若い子に任せる仕事が減って、腕を磨く機会がない。先ほど『祖父の代から』とおっしゃったのが気になっていまして、"
        "そのあたりを伺えますか。",
    )
    assert not any("要点をまとめて" in f for f in turn.feedback)
    assert not any("よいタイミングでまとめ" in f for f in turn.feedback)


_EN_TALK = [
    ("trainee", "Thanks for having me. Could you tell me about the bakery?"),
    ("owner", "We bake bread for three cafés and sell from the front shop. My mother opened it."),
    ("trainee", "Three cafés and the front shop. How has it been lately?"),
    ("owner", "Flour prices went up twice this year, and the cafés won't take a higher price."),
    ("trainee", "And the front shop?"),
    ("owner", "Mornings are fine. Afternoons are dead since the office next door closed."),
]


def test_en_echo_of_one_point_plus_a_fact_question_is_no_summary() -> None:
    turn = _last_turn(_EN_TALK, "Afternoons are dead, then. How many loaves do the cafés take a week?", "en")
    assert not any("gathered the owner's points" in f for f in turn.feedback)


def test_en_recap_with_a_check_gets_summary_credit() -> None:
    turn = _last_turn(
        _EN_TALK,
        "So far I've heard that flour prices went up twice, the cafés won't take a higher price, "
        "and the afternoons are dead since the office closed. Is that right?",
        "en",
    )
    assert turn.scores.get("summarising") is not None and turn.scores["summarising"] >= 70


# --- defect 2: suggested summaries are clean points or none --------------------------------


@pytest.mark.parametrize(
    ("point", "lang"),
    [
        ("若い子がすぐ辞めちゃうんだから", "ja"),
        ("そんなの無理やん", "ja"),
        ("ちゃんと聞いてもらえて、うれしい", "ja"),
        ("売れてはいる", "ja"),
        ("常連さんは、ほとんど近所の方", "ja"),
        ("hm, they're a cheerful bunch", "en"),
        ("you're a twelve-person bakery", "en"),
        ("you can't really put it into words", "en"),
        ("the bread sells, that'd do you", "en"),
    ],
)
def test_garbled_points_are_never_given_back(point: str, lang: str) -> None:
    assert garbled(point, lang)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("point", "lang"),
    [("スタジオの予約が減った", "ja"), ("平日が空いてしまう", "ja"), ("flour prices went up twice", "en")],
)
def test_clean_points_are_kept(point: str, lang: str) -> None:
    assert not garbled(point, lang)  # type: ignore[arg-type]


def test_ja_casual_contractions_are_given_back_in_full() -> None:
    from simulator.scoring.quote_words import trainee_voice

    assert trainee_voice("うちは撮影と現像、両方やってる", "ja") == "御社は撮影と現像、両方やっている"
    assert trainee_voice("若い子がすぐ辞めちゃう", "ja") == "若い子がすぐ辞めてしまう"
    assert trainee_voice("俺が一人で抱え込んでた", "ja") == "社長が一人で抱え込んでいた"
    assert trainee_voice("まだ決めてない", "ja") == "まだ決めていない"
    # a verb of its own is left alone
    assert trainee_voice("新しい工場を建てる", "ja") == "新しい工場を建てる"
    assert trainee_voice("古い型を捨てた", "ja") == "古い型を捨てた"


def test_en_summary_points_skip_fillers_and_talk_about_talk() -> None:
    ctx = [
        Utterance(speaker="owner", text="Hm, we're a twelve-person bakery."),
        Utterance(speaker="trainee", text="How do you see the cafés?"),
        Utterance(speaker="owner", text="Hm... I can't quite put that into words."),
    ]
    for p in summary_points(ctx, "en"):
        assert not garbled(p, "en"), p


# --- defect 3: the same suggestion is not repeated -----------------------------------------


def test_a_suggestion_shown_on_a_recent_turn_is_not_shown_again() -> None:
    s = "『仕入れ』について、社長ご自身はどうしていきたいとお考えですか？"
    assert fresh_suggestion(s, [None, s]) is None
    assert fresh_suggestion("『仕入れ』のことを、もう少し聞かせていただけますか？", [s, None]) is None
    assert fresh_suggestion(s, [s, None, None, None]) == s  # long ago: may come back
    assert fresh_suggestion(s, ["『人手』について…"]) == s


# --- defect 1: "points have piled up" only when he gave points --------------------------

from simulator.scoring.points import substantive  # noqa: E402


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Maybe some other time.", "en"),
        ("Ha. Quite the expert, aren't you.", "en"),
        ("I don't open up to a stranger I've just met.", "en"),
        ("Mm. And?", "en"),
        ("…まあ、いろいろあるでね。", "ja"),
        ("それは、また今度にしましょう。", "ja"),
        ("会ったばかりの人に、うちの弱みは話せないよ。", "ja"),
        ("あなた、製造業の現場って見たことあるの？", "ja"),
    ],
)
def test_put_offs_and_rebuffs_are_no_points(text: str, lang: str) -> None:
    assert not substantive(text, lang)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The dough mixer is twenty years old and breaks down every winter.", "en"),
        ("設備も古くて、新しい窯を入れるお金もなかなか出せないんです。", "ja"),
        ("息子は東京で働いていて、戻るつもりはないって言ってるんです。", "ja"),
    ],
)
def test_real_points_count(text: str, lang: str) -> None:
    assert substantive(text, lang)  # type: ignore[arg-type]


def test_no_summary_due_when_the_owner_only_put_things_off() -> None:
    talk = [
        ("trainee", "Thanks for seeing me. What's the business like?"),
        ("owner", "Maybe some other time."),
        ("trainee", "Of course. What are you proud of here?"),
        ("owner", "Ha. Quite the expert, aren't you."),
        ("trainee", "Sorry. How did you start out?"),
        ("owner", "I don't open up to a stranger I've just met."),
        ("trainee", "Fair enough."),
        ("owner", "Mm. And?"),
    ]
    turn = _last_turn(talk, "I'm not here to judge. What would you like to talk about today?", "en")
    assert not any("piled up" in f for f in turn.feedback)


# --- defect 5: the report says each thing once ----------------------------------------------

from simulator.session import open_session  # noqa: E402


def _played(owner: str, lang: str, lines: list[str]) -> str:
    s = open_session(owner, lang=lang, seed=9, store=None)
    for line in lines:
        s.say(line)
        if s.finished:
            break
    return s.report().markdown


def test_report_names_the_talk_share_once_and_no_file_path() -> None:
    md = _played(
        "move_on_owner",
        "ja",
        [
            "本日はありがとうございます。私は前職で流通の仕事を十年以上やっておりまして、ネット販売の立ち上げも何件か手伝ってきました。"
            "今日は社長のお話を伺えればと思っていますが、まずは会社のことを教えていただけますか。",
            "なるほど、そういうことなんですね。私の経験では、こういう場合は販路を広げるのが一番の近道なんですが、社長はいかがお考えですか。",
            "ありがとうございます。ほかにも、最近気になっていることがあれば、どんなことでも聞かせていただけますか。",
        ],
    )
    assert "rubrics/README.md" not in md
    share_lines = [ln for ln in md.splitlines() if ln.startswith("- ") and "発話" in ln and "%" in ln]
    assert len(share_lines) <= 1, share_lines
    assert "誘導質問・自己アピール・否定が計" not in md


def test_a_count_adverb_is_no_part_of_the_quoted_noun() -> None:
    picked = picked_phrases(
        "奥様が『一度店を見てきたら』とおっしゃったんですね。", _owner("家内が『一度店を見てきたら』って言うもんでね。"), "ja"
    )
    assert not any(p.startswith("一度") for p in picked), picked


def test_an_ordinal_title_is_never_a_concern_word() -> None:
    from simulator.scoring.quote_words import generic_alone

    assert generic_alone("third generation", "en") and generic_alone("eldest son", "en")
    assert not generic_alone("sales manager", "en")


def test_polite_endings_are_given_back_plain_or_not_at_all() -> None:
    from simulator.scoring.quote_words import trainee_voice

    assert trainee_voice("気づいたら夜になってます", "ja") == "気づいたら夜になっている"
    assert trainee_voice("うちは写真館をやっとります", "ja") == "御社は写真館をやっている"
    assert garbled("毎朝五時に起きます", "ja")


def test_ja_checked_recap_of_three_points_of_one_turn_is_a_summary() -> None:
    talk = [
        ("trainee", "最近のお店の様子はいかがですか。"),
        ("owner", "平日の予約はずいぶん減りました。スマホで撮る人が増えて、七五三の前撮りも減っています。カメラマンの若い子も、腕を磨く機会がないんです。"),
    ]
    turn = _last_turn(
        talk,
        "平日の予約が減って、七五三の前撮りも減っている、若いカメラマンの腕を磨く機会もない、ということなんですね。",
    )
    assert turn.scores.get("summarising") is not None and turn.scores["summarising"] >= 70


def test_ja_one_clause_check_is_no_summary() -> None:
    talk = [
        ("trainee", "最近のお店の様子はいかがですか。"),
        ("owner", "平日の予約はずいぶん減りました。スマホで撮る人が増えて、七五三の前撮りも減っています。"),
    ]
    turn = _last_turn(talk, "平日の予約が減っている、ということなんですね。")
    assert not any("要点をまとめて返せて" in f for f in turn.feedback)


def test_en_a_word_inside_another_is_not_picked_up() -> None:
    picked = picked_phrases(
        "With the move ahead, how do you feel?", _owner("Talking it through cleared my head a bit."), "en"
    )
    assert "head" not in picked
    assert "past" not in picked_phrases("The eldest is past seventy?", _owner("The eldest is past seventy."), "en")


def test_an_echoed_put_off_and_a_question_are_no_recap() -> None:
    talk = [
        ("trainee", "お店を始められた頃のことを伺えますか。"),
        ("owner", "うーん…それはね、また今度だな。"),
    ]
    turn = _last_turn(talk, "分かりました、また今度で。お店をここまで続けてこられて、一番の強みはどこだと思われますか。")
    assert not any("要点をまとめて返せて" in f for f in turn.feedback)


def test_ja_announced_recap_keeps_its_credit() -> None:
    turn = _last_turn(
        _JA_TALK,
        "今日伺ったお話を並べると、スタジオの予約が減って平日が空くこと、若いカメラマンの腕を磨く機会がないこと、"
        "そのどちらも社長お一人の肩に乗っているように聞こえました。",
    )
    assert turn.scores.get("summarising") is not None and turn.scores["summarising"] >= 70


def test_an_english_put_off_or_shrug_is_no_reply_a_strength_can_cite() -> None:
    """A strength quotes what the turn earned; "let me think about it" / "I'm not sure" earned nothing."""
    from simulator.reporting import _gave_nothing

    for reply in (
        "...Sorry, let me think about it a bit more before I answer that.",
        "Hm. I'm not sure, to be honest, what the right word for it would be.",
        "Beats me. We just carry on the way we always have, I suppose.",
    ):
        assert _gave_nothing(reply, "en"), reply
    told = "Orders still come by fax, and the stock list lives on the office whiteboard, mostly."
    assert not _gave_nothing(told, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Hearing about the cafés and the flour prices, I'm starting to see how you think about the bakery. "
        "Am I reading you correctly?",
        "From what you've told me, flour went up twice and the afternoons have gone quiet. Is that a fair way to put it?",
    ],
)
def test_en_recap_announced_in_other_words_gets_summary_credit(text: str) -> None:
    turn = _last_turn(_EN_TALK, text, "en")
    assert turn.scores.get("summarising") is not None and turn.scores["summarising"] >= 70, turn.feedback


# --- r11a blind play: an acknowledgement, a move on or one's own sentence plus a question is no summary


@pytest.mark.parametrize(
    "text",
    [
        "承知しました。では次に移りましょう。若いカメラマンは何人いらっしゃるんですか？",
        "なるほど。平日の空きは、週に何日くらいですか？",
    ],
)
def test_ja_acknowledgement_and_a_question_is_no_summary(text: str) -> None:
    turn = _last_turn(_JA_TALK, text)
    assert "summary" not in turn.acts and "closed_question" in turn.acts
    assert not any("要点をまとめて" in f for f in turn.feedback)


def test_en_own_answer_plus_one_point_and_a_question_is_no_summary() -> None:
    turn = _last_turn(
        _EN_TALK,
        "I'll be straight with you: I don't know the flour market well. Before anything else, you said "
        "the afternoons are dead since the office next door closed. What changed for the shop after that?",
        "en",
    )
    assert "summary" not in turn.acts and "open_question" in turn.acts
    assert not any("gathered the owner's points" in f for f in turn.feedback)


def test_a_paraphrase_of_several_points_counts_in_the_session_score() -> None:
    # lead's hand play: a four-point give-back in other words scored summarising 70 on the turn,
    # and the session said 「要約が必要な場面でまとめた割合 0%」 → 21
    pairs = [
        *_JA_TALK,
        ("trainee", "カメラマンの若い子に任せる仕事が減って、腕を磨く機会がない。それが心配、と。"),
        ("owner", "ええ、まあ、そういうことです。"),
        ("trainee", "若い方の腕を磨く機会というのは、社長にとってどんな意味がありますか？"),
        ("owner", "写真館は人で持ってますから。"),
    ]
    cs = score_conversation([Utterance(speaker=s, text=t) for s, t in pairs], "ja")  # type: ignore[arg-type]
    turn = cs.turns[-4]
    assert "paraphrase" in turn.flags and turn.scores["summarising"] is not None
    quality = next(p for p in cs.details["summarising"].parts if p.rate == "summary_quality")
    assert quality.value and quality.value >= 0.6
    assert cs.scores["summarising"] >= turn.scores["summarising"]
