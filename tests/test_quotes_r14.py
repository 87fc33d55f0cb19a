"""Quoted owner words, round 14 (issue 8: the r14a/r14b blind playtests found 23 of 110 quoted
words bad). New sentences, one block per class, ja and en, each with a negative case: a real
point of his is still quoted.

1. a piece of his hedge or a particle quoted in brackets (『けど』『とは思うんやけど』, r14a s05 T9);
2. where a shop of his stands (『本店』『駅前の店』, r14a s10 T5), while a phrase holding it stays;
3. an English word cut from his pair ("phone" of "phone and fax", r14a s03 T5/T7);
4. English incidental nouns ("photo", "average", "accounts", "demand", "cars", "round": r14a s06
   T9, s07 T2/T6/T7/T8, r14b s09 T2/T6);
5. a Japanese head that means little alone keeps its modifier (「トレーサビリティのデータ」).
"""

from __future__ import annotations

from simulator.acts import Utterance
from simulator.scoring.quote_words import ja_fragment, place_name, quoted_said
from simulator.scoring.quotes import picked_phrases


def ctx(*turns: tuple[str, str]) -> list[Utterance]:
    return [Utterance(speaker=s, text=t) for s, t in turns]  # type: ignore[arg-type]


def picked(owner: str, trainee: str, lang: str) -> list[str]:
    c = ctx(("trainee", "よろしくお願いします。" if lang == "ja" else "Thanks for your time."), ("owner", owner))
    return picked_phrases(trainee, c, lang)  # type: ignore[arg-type]


# --- 1. a hedge, a particle or an interjection in brackets is no word of his ------------------


def test_a_bracketed_hedge_or_particle_is_not_his_word() -> None:
    c = ctx(("trainee", "この先はどうお考えですか。"), ("owner", "息子に任せたい、とは思っとるんやけど。まあ、ああ、難しいわな。"))
    got = quoted_said("「とは思っとるんやけど」の「けど」が気になりました。何が引っかかっていますか？", c, "ja")
    assert not got, got
    got = picked_phrases("「けど」の先には、どんな思いがありますか？", c, "ja")
    assert "けど" not in got, got
    got = quoted_said("その「ああ」という感じ、もう少し聞かせてください。", c, "ja")
    assert "ああ" not in got, got
    for q in ("けど", "とは思うんやけど", "なんやけど", "ああ", "って"):
        assert ja_fragment(q), q
    # negatives: his noun phrase, his verb phrase and his adverb in brackets stay his words
    for q in ("身の丈", "ことになっている", "きっちり", "息子に任せたい"):
        assert not ja_fragment(q), q
    c = ctx(("trainee", "お店の方針は？"), ("owner", "うちは身の丈でやるのが一番なんです。"))
    assert "身の丈" in quoted_said("「身の丈」というのは、どういうことでしょう？", c, "ja")


# --- 2. where a shop of his stands ------------------------------------------------------------


def test_where_his_shop_stands_is_not_quoted_alone() -> None:
    got = picked("本店はまあまあやけど、駅前の店がさっぱりでね。客層も変わったわ。",
                 "本店と駅前の店で、客層が変わってきたんですね。", "ja")
    assert "本店" not in got and "駅前の店" not in got, got
    assert "客層" in got, got
    assert place_name("二号店") and place_name("駅前のお店") and place_name("本社")
    # negatives: a phrase holding the place is a point of his; a product is no place
    assert not place_name("年末の本店") and not place_name("水ようかん")
    got = picked("年末の本店は、昔は行列やったんです。", "年末の本店に行列ができていた。", "ja")
    assert "年末の本店" in got, got


# --- 3. one half of his English pair ----------------------------------------------------------


def test_an_english_pair_is_quoted_whole() -> None:
    owner = "Most bookings still come in by letter and telephone. The rota sits on a corkboard."
    got = picked(owner, "So bookings by letter and telephone, and a corkboard for the rota.", "en")
    assert "letter" not in got and "telephone" not in got and "letter and telephone" in got, got
    got = picked(owner, "Letter, telephone and a corkboard: how does that hold up?", "en")
    assert "telephone" not in got and "letter and telephone" in got, got
    # negatives: a word he also said alone stays as it is; an unpaired word is untouched
    owner = "The van is old. We run the van and the trailer every day; the van breaks down."
    got = picked(owner, "The van keeps breaking down?", "en")
    assert "van" in got, got
    got = picked("Our corkboard is a mess, honestly.", "A messy corkboard, then.", "en")
    assert "corkboard" in got, got


# --- 4. English incidental nouns --------------------------------------------------------------


def test_english_incidental_nouns_are_not_quoted() -> None:
    cases = [
        ("We have no good photo of the cakes on the site.", "No good photo on the site.", "photo"),
        ("Most of the crew are fifty on average.", "Fifty on average, then.", "average"),
        ("I keep telling them to chase new accounts.", "Chasing accounts is hard?", "accounts"),
        ("He says, keep out of the demand side.", "Out of the demand side.", "demand"),
        ("We make seats for cars, mostly.", "Seats for cars.", "cars"),
        ("As long as the work keeps going round, fine.", "As long as it goes round.", "round"),
    ]
    for owner, trainee, word in cases:
        got = [g.lower() for g in picked(owner, trainee, "en")]
        assert word not in got, (owner, got)
    # negative: a plain point of his is still quoted
    got = picked("Our worry is the boiler; it's older than me.", "The boiler worries you.", "en")
    assert "boiler" in got, got


# --- 5. a Japanese head that means little alone -----------------------------------------------


def test_a_slight_japanese_head_keeps_its_modifier() -> None:
    got = picked("取引先から、産地証明のデータを毎回求められるんです。", "データを毎回、ですか。", "ja")
    assert "データ" not in got, got
    # negative: the word said on its own stays
    got = picked("データはね、全部紙なんですよ。", "データが紙なんですね。", "ja")
    assert "データ" in got, got


# --- 6. a hedge of his answer and where he heard the idea before ------------------------------


def test_a_hedging_adjective_is_not_quoted() -> None:
    got = picked("正確なとこは、家内の帳簿を見んと分からんね。", "正確なところは帳簿で、ですね。", "ja")
    assert "正確" not in got and "帳簿" in got, got
    got = picked("具体的な話は、まだ何も決めとらん。", "具体的な話はまだ、と。", "ja")
    assert "具体的" not in got, got
    # negative: his adjective before a noun of substance is no hedge
    got = picked("うちは丁寧な仕上げが自慢なんです。", "丁寧な仕上げが自慢なんですね。", "ja")
    assert any("仕上げ" in g for g in got), got


def test_where_he_heard_the_idea_before_is_no_word_of_his() -> None:
    from simulator.scoring.points import incidental

    c = ctx(("trainee", "SNSで発信してはどうでしょう。"), ("owner", "それ、どっかの講習会でも聞いたわ。"))
    assert incidental("講習会", c, "ja")
    c = ctx(("trainee", "Have you tried social media?"), ("owner", "Heard that at some workshop already."))
    assert incidental("workshop", c, "en")
    # negative: the course he went on is a point of his
    c = ctx(("trainee", "最近は？"), ("owner", "去年、県の講習会に通ったんです。"))
    assert not incidental("講習会", c, "ja")


def test_his_trade_and_a_bare_means_are_not_quoted_alone() -> None:
    # (r14b s05 T10 『菓子屋』, s07 T8 『手段』 of 「買う手段がない」)
    got = picked("うちみたいな菓子屋は、もう流行らんのかねえ。", "菓子屋さんが流行らない、と感じていらっしゃる。", "ja")
    assert not any(g.startswith("菓子屋") for g in got), got
    got = picked("遠くのお客さんには、買う手段がないんだよね。", "遠くの方には買う手段がない。", "ja")
    assert "手段" not in got, got
    # negative: a compound holding it is still his word
    got = picked("通販っていう販売手段は、まだ考えとらん。", "通販という販売手段は、まだ。", "ja")
    assert "販売手段" in got, got


def test_an_english_verb_keeps_its_manner() -> None:
    owner = "If nothing changes, the shop will quietly fade. The rent keeps going up."
    got = picked(owner, "So you fear the shop will quietly fade.", "en")
    assert "fade" not in got and "quietly fade" in got, got
    # negative: "only" is no manner; an unrelated word stays as it is
    got = picked("We only bake on Fridays now.", "Only on Fridays, then. Why bake then?", "en")
    assert "only bake" not in got, got


def test_a_scrap_of_keep_it_running_is_not_quoted() -> None:
    owner = "The hotel contract is what keeps the bakery running. Twenty years with them."
    got = picked(owner, "Twenty years, and the hotel contract keeps the bakery running.", "en")
    assert "bakery running" not in got, got
    assert "hotel contract" in got or "contract" in got, got


def test_his_quoted_saying_given_back_whole_is_quoted() -> None:
    owner = "母がよう言うとった。『暖簾は守っても、味は守るな』が口癖でね。"
    got = picked(owner, "『暖簾は守っても、味は守るな』というお母様の口癖。深い言葉ですね。", "ja")
    assert got and got[0] == "暖簾は守っても、味は守るな", got
    # negatives: a clause he never put in quote marks, and a short quoted word, stay as they were
    got = picked("暖簾は守っても、味は守らんといかん。", "『暖簾は守っても』ですか。", "ja")
    assert "暖簾は守っても" not in got, got
    got = picked("お客さんには「高いです」と言われた。", "「高いです」と言われたんですね。", "ja")
    assert "高いです" not in got, got
