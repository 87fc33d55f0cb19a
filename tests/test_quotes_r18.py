"""Quoted owner words by the token's role in his sentence (issue 8, playtests r17a/r17b, t10 judge).

New sentences in the style of the defects: an item of his list of examples, one half of his pair,
a title heading a phrase, the job he left, an example clause of another noun, the side of a
comparison, an adverb quoted as a keyword, a な-adjective cut from its noun.
"""

from __future__ import annotations

from simulator.acts import Utterance
from simulator.scoring.quote_words import quoted_said
from simulator.scoring.quotes import picked_phrases


def _ctx(owner: str) -> list[Utterance]:
    return [Utterance(speaker="trainee", text="よろしくお願いします。"), Utterance(speaker="owner", text=owner)]


def _picked(owner: str, trainee: str) -> list[str]:
    return picked_phrases(trainee, _ctx(owner), "ja")


def test_items_of_his_list_of_examples_are_not_his_words() -> None:
    owner = "うちは住宅の外構工事でしてね。フェンスとかカーポートとか、地味な仕事ばかりです。"
    got = _picked(owner, "フェンスやカーポート、地味な仕事ばかり、とおっしゃいましたね。")
    assert "フェンス" not in got and "カーポート" not in got


def test_half_of_his_pair_alone_is_dropped_both_halves_kept() -> None:
    owner = "結局、仕入れと検品をやっているうちに夕方になってしまうんです。"
    assert "検品" not in _picked(owner, "検品で夕方になってしまうんですね。")
    both = _picked(owner, "仕入れと検品で夕方になってしまうんですね。")
    assert "検品" in both and "仕入れ" in both


def test_half_of_a_pair_naming_his_problem_stays() -> None:
    owner = "後継者不足と設備の老朽化、どっちも頭が痛いんですわ。"
    assert "後継者不足" in _picked(owner, "後継者不足が頭の痛いところなんですね。")


def test_a_title_heading_his_phrase_is_a_person() -> None:
    owner = "仕入れ先の専務さんも去年替わりましてね。品質の話が細かくなりました。"
    got = _picked(owner, "仕入れ先の専務さんが替わって、品質の話が細かくなったんですね。")
    assert "仕入れ先の専務さん" not in got and "専務さん" not in got
    owner2 = "修業先の師匠には、十年は黙って見とけと言われました。"
    assert "師匠" not in _picked(owner2, "師匠に十年は黙って見ておけと言われたんですね。")


def test_the_job_he_left_to_come_home_is_backstory() -> None:
    owner = "私は地方銀行を辞めて戻ってきたんです。母が倒れたもので。"
    assert "地方銀行" not in _picked(owner, "地方銀行から戻ってこられたんですね。")


def test_an_example_clause_of_another_noun_is_not_his_point() -> None:
    owner = "昔みたいに週末にゴルフを、という付き合いはもうないですね。全部メールです。"
    got = _picked(owner, "ゴルフの付き合いはなくなって、全部メールなんですね。")
    assert "ゴルフ" not in got
    assert "付き合い" in got


def test_the_side_of_a_comparison_is_his_noun() -> None:
    owner = "年配のお客さんはファックスの方が安心するって言うんですよ。"
    got = _picked(owner, "「ファックスの方が安心する」と。")
    assert "ファックスの方" not in got


def test_an_adverb_he_hedged_with_is_no_keyword() -> None:
    ctx = _ctx("新規の開拓は、まあ、いまいちでね。")
    assert quoted_said("その「いまいち」というのは？", ctx, "ja") == []
    # near miss: a noun phrase of his quoted by the trainee stays
    ctx2 = _ctx("新規の開拓が、どうにも進まなくてね。")
    assert quoted_said("その「新規の開拓」というのは？", ctx2, "ja") == ["新規の開拓"]


def test_a_na_adjective_with_its_noun_is_one_phrase() -> None:
    owner = "それでも、強引な値引きばっかり言うてくるんや。"
    assert _picked(owner, "強引な値引きでも受けてこられたんですね。") == ["強引な値引き"]


def test_near_misses_unchanged() -> None:
    # a plain noun of his, said on its own, given back
    assert "在庫" in _picked("在庫が合わないのが一番困るんです。", "在庫が合わないのが困るんですね。")
    # a compound of his stays whole
    assert "設備投資" in _picked("来年は設備投資を考えとるんです。", "設備投資を考えていらっしゃる。")


def _picked_en(owner: str, trainee: str) -> list[str]:
    ctx = [Utterance(speaker="trainee", text="Good morning."), Utterance(speaker="owner", text=owner)]
    return picked_phrases(trainee, ctx, "en")


def test_en_items_of_his_list_are_not_his_words() -> None:
    owner = "My son's been back six months and he's swamped—the till, the packing, the invoices, all of it."
    got = _picked_en(owner, "The till, the packing, the invoices, all of it. How do you see that?")
    assert "till" not in got and "packing" not in got and "invoices" not in got


def test_en_his_test_of_the_supporter_is_not_his_word() -> None:
    owner = "Do you even know our trade? I want to see how much you really grasp before we go on."
    assert "grasp" not in _picked_en(owner, "I grasp the basics of your trade, I think.")


def test_en_a_listener_noise_and_talk_about_the_talk_are_not_his_words() -> None:
    owner = "When I tell my father, he just goes 'mhm' and that's it. Tired, I suppose, is the right word."
    got = _picked_en(owner, "He goes 'mhm'. Tired, you said, is the right word.")
    assert "mhm" not in got and "right word" not in got


def test_en_near_misses_unchanged() -> None:
    # a noun phrase of his point stays, a "you know" filler does not hide his word
    owner = "Our biggest customer takes seventy percent of what we make."
    assert "biggest customer" in _picked_en(owner, "Your biggest customer takes seventy percent.")
    owner2 = "The order book, you know, has been thin since spring."
    assert "order book" in _picked_en(owner2, "The order book has been thin since spring?")
