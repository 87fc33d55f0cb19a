"""Quoted owner words after the r15 playtests, still on main at round 16 (quote16, issue 8). New
sentences, ja and en; each positive case fails on main before this branch, each negative case
guards against a false alarm.

1. A modifier cut: 『ベテラン』 of his 「ベテランの頭の中」 (r15a s03 T4, r15b s02 T4): his figure
   of speech is quoted whole when the trainee gave it back whole, else not at all; 『ベテラン』 said
   on its own, or 「ベテランの人」, is still his word.
2. A word of a set phrase or an image: "paper" of "works on paper" (r15a s02 T5), "bedroom" of "a
   shed the size of a bedroom" (r15a s02 T9); 『十分』 of 「それで十分やわ」 (r15b s05 T10, s10 T7).
3. A bare generic noun: "ads", "office", "material" (r15a s10 T8, r15b s07 T5/T8), like 『募集』
   『事務所』; what the ads are is still quoted ("radio").
4. An English pair given back in the plural is his pair whole ("phones and faxes" → "phone and
   fax", never "fax" and "phone": r15b s07 T7/T8), and a plural inside another quote is the same
   word ("supermarkets" beside "local supermarket": r15a s06 T3).
"""

from __future__ import annotations

from simulator.scoring.quotes import picked_phrases

from .turns import ctx, run


def _picked(lang: str, owner: str, trainee: str, earlier: str = "") -> list[str]:
    ask = "Tell me." if lang == "en" else "教えてください。"
    turns = [("trainee", ask)]
    if earlier:
        turns += [("owner", earlier), ("trainee", ask)]
    return picked_phrases(trainee, ctx(*turns, ("owner", owner)), lang)


# --- 1. his figure of speech whole or nothing ----------------------------------------------------


def test_a_head_in_his_figure_of_speech_is_not_quoted_alone() -> None:
    owner = "段取りは全部、職長の頭の中にしかないんです。書いたものは何もなくて。"
    got = _picked("ja", owner, "段取りは職長さんの頭の中にしかない、と。それはいつ頃からですか。")
    assert "職長" not in got and "頭" not in got, got
    # given back whole, his phrase is quoted whole
    got2 = _picked("ja", owner, "職長の頭の中にしかないんですね。書いたものは何も。")
    assert "職長の頭の中" in got2, got2


def test_the_word_said_on_its_own_is_still_his() -> None:
    # negative: 「職長が休むと」 is the word on its own; 「職長の人」 leans on no figure
    got = _picked("ja", "職長が休むと、ラインが止まるんですよ。", "職長さんが休むとラインが止まる。")
    assert "職長" in got, got


# --- 2. a word of a set phrase or an image -------------------------------------------------------


def test_a_word_of_his_idiom_or_image_is_not_quoted() -> None:
    got = _picked("en", "Every plan looks good on paper.", "You said plans look good on paper. Why is that?")
    assert "paper" not in got, got
    got = _picked(
        "en",
        "We started in a garage about the size of a bedroom, with one press.",
        "A bedroom-sized garage and one press. What was that like?",
    )
    assert "bedroom" not in got, got
    # negative: the paper he trades in is his word
    got = _picked("en", "We print the labels on recycled paper now.", "Recycled paper for the labels. Why that?")
    assert any("paper" in g for g in got), got


def test_enough_is_no_word_of_his() -> None:
    got = _picked("ja", "ほやなあ、店が残っとったら、それで十分やわ。", "店が残っていればそれで十分、なんですね。")
    assert "十分" not in got, got
    # negative: what is enough for him, given back, is still quoted
    got = _picked("ja", "常連さんが喜んでくれたら、それで十分やわ。", "常連さんが喜んでくれたら十分、と。")
    assert "常連さん" in got, got


# --- 3. bare generic nouns ------------------------------------------------------------------------


def test_bare_generic_english_nouns_are_not_quoted() -> None:
    got = _picked("en", "We run ads every spring, but nobody applies.", "Ads every spring and nobody applies?")
    assert "ads" not in got, got
    got = _picked("en", "The forms pile up in the office.", "The forms pile up in the office. Who sorts them?")
    assert "office" not in got, got
    got = _picked("en", "Get the right material to the site on time.", "The right material on time. Hard?")
    assert "material" not in got, got
    # negative: what the ads are is his word
    got = _picked("en", "We pay for radio ads every spring.", "Radio ads every spring?")
    assert "radio" in got, got


# --- 4. English pairs and plurals ----------------------------------------------------------------


def test_an_english_pair_given_back_in_the_plural_is_quoted_whole() -> None:
    got = _picked(
        "en",
        "Bookings still come in by letter and email. The rota sits on a corkboard.",
        "Letters and emails, and a rota on a corkboard. What made you think about it?",
    )
    assert "letter and email" in got and "letter" not in got and "email" not in got, got
    # negative: a word said on its own stays one word
    got = _picked("en", "The letters come from the council.", "The letters from the council?")
    assert "letters" in got, got


def test_a_plural_beside_his_phrase_is_one_word() -> None:
    got = _picked(
        "en",
        "The others do the rounds of the bakeries we already have.",
        "The local bakery chain and the bakeries you already have. How do those sit together?",
        earlier="The biggest is a local bakery chain. They order every week.",
    )
    assert "local bakery" in got and "bakeries" not in got, got
    # negative: two different words both stay
    got = _picked(
        "en",
        "The others do the rounds of the cafes in town.",
        "The local bakery chain and the cafes in town. How do those sit together?",
        earlier="The biggest is a local bakery chain. They order every week.",
    )
    assert "cafes" in got and "local bakery" in got, got


def test_the_feedback_names_no_modifier_cut() -> None:
    c = ctx(
        ("trainee", "教えてください。"),
        ("owner", "見積もりは今も手書きで、単価はベテランの頭の中なんです。何とかしたいとは思ってます。"),
    )
    _, s = run("手書きの見積もりで、単価はベテランの方の頭の中。何とかしたいと思われたきっかけは何ですか。", c)
    assert not any("『ベテラン』" in line for line in s.feedback), s.feedback
