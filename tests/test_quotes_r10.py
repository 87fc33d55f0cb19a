"""Quoted owner words and the praise of picking them up, round 10 (issue 8: a blind judge found
about one quoted "owner word" in three bad). New sentences, one block per class, ja and en, each
with a negative case: a real point of his is still quoted and praised."""

from __future__ import annotations

from simulator.acts import Utterance
from simulator.analysis import analyse
from simulator.scoring.quotes import owner_phrases, picked_phrases, salient
from simulator.scoring.turn import score_turn


def ctx(*turns: tuple[str, str]) -> list[Utterance]:
    return [Utterance(speaker=s, text=t) for s, t in turns]  # type: ignore[arg-type]


def surfaces(text: str, lang: str) -> list[str]:
    c = ctx(("trainee", "はじめまして。" if lang == "ja" else "Hello."), ("owner", text))
    return [p.surface for p in owner_phrases(c, lang)]  # type: ignore[arg-type]


def picked(owner: str, trainee: str, lang: str) -> list[str]:
    c = ctx(("trainee", "よろしくお願いします。" if lang == "ja" else "Thanks for your time."), ("owner", owner))
    return picked_phrases(trainee, c, lang)  # type: ignore[arg-type]


def feedback(owner: str, trainee: str, lang: str) -> str:
    c = ctx(("trainee", "最近はいかがですか。" if lang == "ja" else "How are things lately?"), ("owner", owner))
    s = score_turn(analyse(trainee, c, lang), c)  # type: ignore[arg-type]
    return "\n".join([*s.feedback, s.suggestion or "", *s.evidence])


# --- 1. fragments: the whole compound or nothing ------------------------------------------------


def test_a_word_inside_a_longer_one_picked_is_not_quoted_beside_it() -> None:
    c = ctx(("trainee", "以前は何を？"), ("owner", "大学を出てから大阪の繊維商社に七年いました。"),
            ("trainee", "そうでしたか。"), ("owner", "商社の仕事は、性に合ってたんです。"))
    got = picked_phrases("大阪の繊維商社のこと、商社のお仕事のこと、伺いました。", c, "ja")
    assert any("繊維商社" in g for g in got) and "商社" not in got, got


def test_a_word_said_on_its_own_is_still_quoted() -> None:
    got = picked("商社の仕事は性に合ってたんです。", "商社のお仕事が性に合っていたんですね。", "ja")
    assert "商社" in got, got


def test_dialect_copula_glued_verbs_and_set_adverbs_give_no_noun() -> None:
    assert not {"店や", "店"} & set(surfaces("曾祖父が開いた店やでね。", "ja"))
    assert not any("勤め" in s for s in surfaces("息子は市役所に五年勤めとってね。", "ja"))
    assert "滞り" not in surfaces("注文は滞りなく入ってきとります。", "ja")
    # negative: the noun before a real particle is his
    assert "市役所" in surfaces("息子は市役所に五年勤めとってね。", "ja")


def test_english_fragments_and_function_words_are_not_quoted() -> None:
    got = picked("We supply a regional supermarket chain, among several others.",
                 "A regional supermarket chain, among several others?", "en")
    assert "chain" not in got and "among several" not in got, got
    assert "regional supermarket" in got, got
    # a verb after an adverb ("sales barely change") is no noun of his
    assert "chairman decides" not in picked("The chairman decides on loans.", "The chairman decides, then?", "en")
    got = picked("Our buyers are mostly engineering firms; the dairy job was a one-off.",
                 "Engineering firms, and the dairy job was a one-off?", "en")
    assert "engineering" not in got and "dairy" not in got, got
    assert "deal" not in picked("You know a great deal about it.", "A great deal?", "en")
    assert not picked("We're a thirty-six-person shop.", "A thirty-six-person shop?", "en")
    assert "change" not in picked("Sales barely change from one year to the next.",
                                  "Sales barely change, you said.", "en")


def test_a_noun_phrase_of_his_is_quoted_whole() -> None:
    got = picked("機械もね、NCのフライス盤なんか25年選手だよ。", "NCのフライス盤のお話ですね。", "ja")
    assert got == ["NCのフライス盤"], got
    got = picked("あれを直して、全国のお客さんに直接届けたい。", "全国のお客さん、ですか。", "ja")
    assert got == ["全国のお客さん"], got
    # only where his word ends (「値引きのお願いが来る」: never 『値引きのお願』)
    got = picked("毎年、値引きのお願いが来るんです。", "値引きのお願いのお話ですね。", "ja")
    assert not any(g.endswith("お願") for g in got), got
    # negative: a word he said alone stays as it was
    assert picked("フライス盤が古くてね。", "フライス盤が古いんですね。", "ja") == ["フライス盤"]


# --- 2. incidental: rebuffs, set phrases, deflections -------------------------------------------


def test_a_rebuff_or_set_phrase_word_is_not_picked_up() -> None:
    assert "尋問" not in picked("尋問じゃないんだからさ。売上は、まあそれなりだよ。",
                               "『尋問』とおっしゃいましたが、売上はそれなりなんですね。", "ja")
    assert "気分" not in picked("正直、いい気分じゃないね。", "いい気分じゃない、と。", "ja")
    assert "愚痴" not in picked("決めたのは俺だから、誰にも愚痴は言えないんだけどね。",
                               "愚痴は言えない、と。", "ja")
    assert "面接" not in picked("なんだか面接を受けてるみたいだね。", "面接ではありませんので。", "ja")
    assert "総務" not in picked("年商は9億ほど。細かいところは総務の部長が。",
                               "総務の部長さんが見ていらっしゃるんですね。", "ja")


def test_a_real_point_beside_a_rebuff_is_still_picked_up() -> None:
    assert "売上" in picked("尋問じゃないんだからさ。売上は、まあそれなりだよ。",
                           "売上はそれなりなんですね。", "ja")
    assert "気分" in picked("朝から気分が沈む日が続いててね。", "気分が沈む日が続いているんですね。", "ja")


def test_english_rebuffs_deflections_and_idioms_are_not_picked_up() -> None:
    assert "ledgers" not in picked("Let me be clear: I'm not showing you the ledgers.",
                                   "Understood, the ledgers stay with you.", "en")
    assert "finance manager" not in picked(
        "Loans? The chairman and the finance manager handle that.",
        "The finance manager handles the loans, then.", "en")
    assert "order" not in picked("I'll put my thoughts in order before we meet again.",
                                 "You'll put your thoughts in order.", "en")
    assert "black" not in picked("Nothing grand, but we stay in the black.",
                                 "You stay in the black.", "en")


def test_an_english_point_is_still_picked_up() -> None:
    got = picked("Orders from the wholesaler have dropped by half this year.",
                 "Orders from the wholesaler have dropped by half.", "en")
    assert "wholesaler" in got, got


# --- 3. filler, titles, the trainee's own word --------------------------------------------------


def test_filler_titles_and_the_trainees_word_are_not_quoted() -> None:
    assert "お客さん" not in picked("お客さんは県内の工務店が中心です。", "「お客さん」とおっしゃいましたね。", "ja")
    assert "県内" not in picked("お客さんは県内の工務店が中心です。", "県内のお話ですね。", "ja")
    assert "工務店" in picked("お客さんは県内の工務店が中心です。", "工務店が中心なんですね。", "ja")
    assert "お父さん" not in picked("母から『お父さんももう年だから』って電話があって。",
                                 "お父さんのお話、もう少し伺えますか。", "ja")
    assert "創業者" not in picked("父が創業者で、今は会長です。", "創業者のお父様なんですね。", "ja")
    c = ctx(("trainee", "ドラッグストアとのお取引はありますか。"), ("owner", "ドラッグストアねえ、少しはあるよ。"))
    assert "ドラッグストア" not in picked_phrases("「ドラッグストア」とおっしゃいましたね。", c, "ja")


# --- 4. suggestions and praise follow the same rule ---------------------------------------------


def test_suggestion_never_builds_on_a_rebuff() -> None:
    c = ctx(("trainee", "売上はどのくらいですか。"), ("owner", "取り調べじゃないんだからさ。数字は勘弁してくれ。"))
    assert "取り調べ" not in salient(c, "ja")


def test_no_praise_for_echoing_a_rebuff_praise_for_a_point() -> None:
    bad = feedback("正直、いい気分じゃないね。", "いい気分じゃない、ですか。", "ja")
    assert "『気分』" not in bad, bad
    good = feedback("職人が足りなくて、仕込みが回らないんだ。", "職人さんが足りない、ですか。", "ja")
    assert "『職人』" in good, good
    bad_en = feedback("I'm not showing you the ledgers, mind.", "The ledgers?", "en")
    assert '"ledgers"' not in bad_en, bad_en


def test_no_reflection_praise_for_echoing_a_title_or_relation() -> None:
    bad = feedback("会長がね、銀行とのことは全部やってるんです。", "会長のお話ですね。それで？", "ja")
    assert "伝え返し" not in bad, bad
    bad_en = feedback("My wife does the books, and the chairman signs off.", "Right, your wife. And then?", "en")
    assert "owner's words" not in bad_en, bad_en
    # negative: an echo of a point of his is still praised
    good = feedback("銀行への返済が重くてね。", "返済が重い、のですね。", "ja")
    assert "伝え返し" in good, good
