"""Quoted owner words after the t10 blind judge and the r16 playtests (quote17, issue 8). New
sentences, ja and en; each positive case fails on main before this branch, each negative case
guards against a false alarm (a good quote of his lost).

1. A word of his said only as an aside or a rebuff: the supporter's trade (『コンサル』 of 「前の
   コンサルは…」), who sent the supporter ("the bank said you'd come"), the programme he waves off,
   a sentence refusing the supporter's kind of talk (「〜とか、そういう話ならお断り」), the topic of
   a concessive clause (「観光客は戻ってきたけど、地元のお客さんが…」); titles that name a person
   (『女将』『番頭』).
2. One item of a list of his (「見積もりと段取りと、お客さんの打ち合わせで」, 「フロントに立ったり、
   布団敷いたり」): the list is his point, an item alone is not.
3. Fragments: an idiom's half ("dead body" of "over my dead body", "hand" of "by hand"/"off your
   hands"), a modifier before a plain head ("response" of "response times"), a modifier cut from
   「XなY」 (『無茶』『納期』 of 「無茶な納期」: the phrase whole when given back whole), a head cut
   inside his word (『小ロットの精密』 of 「精密もん」), 『子なり』 of 「あの子なりに」, the head of
   his clause (『味噌』 of 「寝かせる味噌」).
4. The plain nouns of his trade in English ("clients", "caregivers", "visit", "calls").
5. The generic follow-up 『X』とおっしゃいましたね on a thing he named once ('dental office',
   『台帳』): only what he dwelt on, a concern, his own (「うちのドライバー」) or his noun phrase.
"""

from __future__ import annotations

from simulator.scoring.quotes import picked_phrases, salient

from .turns import ctx


def _picked(lang: str, owner: str, trainee: str, earlier: str = "") -> list[str]:
    ask = "Tell me." if lang == "en" else "教えてください。"
    turns = [("trainee", ask)]
    if earlier:
        turns += [("owner", earlier), ("trainee", ask)]
    return picked_phrases(trainee, ctx(*turns, ("owner", owner)), lang)


def _suggested(lang: str, *owner: str) -> list[str]:
    ask = "Tell me." if lang == "en" else "教えてください。"
    turns: list[tuple[str, str]] = []
    for o in owner:
        turns += [("trainee", ask), ("owner", o)]
    return salient(ctx(*turns), lang, limit=1, window=4, dwelt=True, latest_only=True)


# --- 1. asides, rebuffs, titles ------------------------------------------------------------------


def test_an_aside_about_the_supporters_trade_is_not_his_word() -> None:
    got = _picked("ja", "前のコンサルは、そこまで話を聞いてくれへんかったな。", "前のコンサルの方は、話を聞かなかった。")
    assert not any("コンサル" in g for g in got), got


def test_who_sent_the_supporter_is_not_his_word() -> None:
    owner = "Take a seat. The credit union said you'd come by. Not sure what for, we're doing all right."
    got = _picked("en", owner, "Yes, the credit union runs these visits for its members.")
    assert "credit union" not in got and "union" not in got, got
    # negative: the same word as his point is still his
    owner2 = "The credit union wants the overdraft cleared by March, and that keeps me up at night."
    got2 = _picked("en", owner2, "The credit union wants it cleared by March. That sounds heavy.")
    assert "credit union" in got2, got2


def test_the_programme_he_waves_off_is_not_his_word() -> None:
    owner = "Right. I don't know what we need a scheme for. We're flat out already."
    got = _picked("en", owner, "How many people are on the scheme in your town?")
    assert "scheme" not in got, got


def test_a_refused_kind_of_talk_is_not_his_word() -> None:
    owner = "先に言うとくけど、新商品を作りましょうとか、そういう話ならお断りやで。"
    got = _picked("ja", owner, "新商品の話をしに来たのではありませんので、ご安心ください。")
    assert "新商品" not in got, got
    # negative: the same word said as his point is his
    got2 = _picked("ja", "新商品を作るにも、職人が足りんのや。", "新商品を作るにも、職人さんが足りない。")
    assert "新商品" in got2, got2


def test_the_topic_of_a_concessive_clause_is_not_his_point() -> None:
    owner = "団体客は戻ってきたけど、常連さんがめっきり減ってしもうてね。"
    got = _picked("ja", owner, "団体客は戻ってきたけれど、常連さんが減った、と。")
    assert "団体客" not in got, got
    assert "常連さん" in got, got
    # negative: a concern word in the clause stays (「借金はあるけど」)
    got2 = _picked("ja", "借金はあるけど、返すあてはついとるんや。", "借金については、どうお考えですか。")
    assert "借金" in got2, got2


def test_a_title_naming_a_person_is_not_his_word() -> None:
    owner = "大女将がね、新しいやり方には首を縦に振らんのですよ。"
    got = _picked("ja", owner, "大女将さんが首を縦に振らない、ということですね。")
    assert "大女将" not in got, got


# --- 2. one item of a list -----------------------------------------------------------------------


def test_one_item_of_his_list_is_not_his_point() -> None:
    owner = "朝は仕込みと配達の手配と、業者さんの電話番で、気づいたら昼ですわ。"
    got = _picked("ja", owner, "仕込みから配達、業者さんの電話まで、お一人でされているんですね。")
    assert "仕込み" not in got and "配達の手配" not in got, got
    owner2 = "僕もレジに入ったり、棚を直したり、夜は売上の集計もしてます。"
    got2 = _picked("ja", owner2, "レジに入ったり棚を直したり、休む間もないですね。")
    assert "レジ" not in got2, got2


def test_one_more_chore_he_does_himself_is_an_item_of_his_list() -> None:
    # (t10 q016 『検品』 of 「最後の検品もわしや」)
    owner = "注文来たら、わしが材料を手配して、段取り決めて、最後の梱包もわしや。"
    got = _picked("ja", owner, "材料の手配から段取り、梱包まで、社長お一人でされているんですね。")
    assert "梱包" not in got, got
    # negative: the same word as his point stays
    got2 = _picked("ja", "梱包がいちばん手間かかるんや。", "梱包がいちばん手間がかかる。")
    assert "梱包" in got2, got2


def test_a_pair_of_his_is_still_his_words() -> None:
    # negative: two nouns joined once are his (「試作と修理」), no list of chores
    got = _picked("ja", "うちは試作と修理の仕事ばっかりや。", "試作と修理が中心なんですね。")
    assert "試作" in got, got


# --- 3. fragments --------------------------------------------------------------------------------


def test_an_idioms_half_is_not_quoted() -> None:
    owner = "They wanted me to sell the recipe. Over my dead body."
    got = _picked("en", owner, 'Over your dead body, you said. What does the recipe mean to you?')
    assert "dead body" not in got, got
    got2 = _picked("en", "Every crate is packed by hand, always has been.", "Packed by hand, every crate.")
    assert "hand" not in got2, got2
    got3 = _picked("en", "The delivery times have slipped this year.", "The response from you: delivery has slipped?")
    assert "delivery" not in got3, got3


def test_his_modifier_and_head_are_given_back_whole() -> None:
    owner = "「来週までに何とかならんか」いうて、無理な注文が来るんや。"
    got = _picked("ja", owner, "無理な注文でも受けてこられたのは、どうしてなんでしょう。")
    assert "無理な注文" in got and "注文" not in got, got


def test_a_cut_inside_his_word_is_no_phrase() -> None:
    owner = "うちは特注の木工もんばっかりや。量産はやらん。"
    got = _picked("ja", owner, "特注の木工品が中心なんですね。")
    assert "特注の木工" not in got, got


def test_in_someones_own_way_is_no_noun() -> None:
    owner = "娘が店を継ぎたい言うのも、あの子なりに考えとるんやと思う。"
    got = _picked("ja", owner, "あの子なりに考えている、と感じていらっしゃる。")
    assert not any(g.endswith("子なり") for g in got), got


def test_the_head_of_his_clause_is_not_quoted_alone() -> None:
    owner = "うちは三年かけて育てる盆栽ですから。急いで増やせるもんやない。"
    got = _picked("ja", owner, "三年かけて育てる盆栽だから、急いでは増やせない、と。")
    assert "盆栽" not in got, got
    # negative: 「XっていうY」 names his Y; his own 「うちの盆栽」 is quoted whole
    got2 = _picked("ja", "ネットっていう売り場は、まだ考えとらん。", "ネットという売り場は、まだなんですね。")
    assert "売り場" in got2, got2
    got3 = _picked("ja", "機械で作ったら、もう、うちの盆栽じゃない。", "社長が「うちの盆栽」とおっしゃるとき、何を大事にされていますか。")
    assert "うちの盆栽" in got3, got3


# --- 4. the plain nouns of his trade in English --------------------------------------------------


def test_the_plain_nouns_of_his_trade_are_not_quoted_alone() -> None:
    owner = "Started with my brother and six clients. Now we have thirty caregivers."
    got = _picked("en", owner, "From six clients to thirty caregivers. That's a lot of growth.")
    assert "clients" not in got and "caregivers" not in got, got
    got2 = _picked("en", "Spent five grand on flyers, got three calls.", "Three calls for five grand.")
    assert "calls" not in got2, got2
    # negative: his phrase around them is still his ("same driver every route")
    got3 = _picked("en", "Our rule is simple. Same driver every route.", "Same driver every route. Why does that rule matter?")
    assert "rule" in got3, got3


# --- 5. the follow-up suggestion on a thing he named once ----------------------------------------


def test_a_thing_named_once_anchors_no_follow_up() -> None:
    got = _suggested("en", "I end up fixing a printer in a law office at ten at night because nobody else can.")
    assert "law office" not in got, got
    got2 = _suggested("ja", "ああ、それは私も考えたんです。ただ、母も紙の帳簿の方がいいって言いますし。")
    assert "帳簿" not in got2, got2


def test_what_he_dwelt_on_or_owns_still_anchors_a_follow_up() -> None:
    # negative: his own people (「うちの職人」), a noun phrase of his, a concern, a word said twice
    got = _suggested("ja", "手を抜かんことやな。うちの職人は、そこだけは譲らんのや。")
    assert got == ["職人"], got
    got2 = _suggested("ja", "お得意さんは、大学の研究室とかやね。")
    assert got2 and "研究室" in got2[0], got2
    got3 = _suggested("en", "The order book is thin this year. I keep looking at the order book every morning.")
    assert got3 == ["order book"], got3


# --- r16 playtests still on main ----------------------------------------------------------------


def test_a_person_by_name_is_not_part_of_his_phrase() -> None:
    # (r16b s05 T11 『職人の吉田さん』)
    owner = "番頭の佐藤さんがおらんようになったら、帳場は回らんよ。"
    got = _picked("ja", owner, "番頭の佐藤さんがいなくなったら、帳場が回らない。")
    assert not any("佐藤" in g for g in got), got


def test_a_relational_word_cut_from_its_owner_is_not_quoted() -> None:
    # (r16b s10 T9 『好み』 of 「お客さんの好みが変わった」)
    owner = "お客さんの好みが、すっかり変わってしもうたんやね。"
    got = _picked("ja", owner, "お客さんの好みが変わった、と感じていらっしゃる。")
    assert "好み" not in got, got
    # negative: a plain noun of his beside it is still his (「売れ筋」)
    got2 = _picked("ja", "売れ筋が、すっかり変わってしもうたんやね。", "売れ筋が変わった、と。")
    assert "売れ筋" in got2, got2


def test_a_shrug_of_a_set_phrase_and_a_lone_adjective_are_not_quoted() -> None:
    # (r16a s07 T10 "trade" of "that's the trade for you"; r16a s09 T2/T4 "flat")
    got = _picked("en", "Prices up, orders down. Well, that's the trade for you.", "That's the trade, you said. Prices up, orders down.")
    assert "trade" not in got, got
    got2 = _picked("en", "Ten years now at about two million, flat.", "Ten years flat at two million.")
    assert "flat" not in got2, got2


def test_a_modifier_cut_off_by_a_possessive_is_not_quoted() -> None:
    # (r16b s09 T9 'purchasing' of "their purchasing manager's been replaced")
    owner = "Their quality manager's been replaced by a young fellow. All spreadsheets now."
    got = _picked("en", owner, "A new quality manager, and now it's all spreadsheets.")
    assert "quality" not in got, got
    assert "spreadsheets" in got, got


def test_the_noun_his_sentence_ends_on_anchors_a_follow_up() -> None:
    # negative (r16b s03 T3 『繰り返し』, judged useful): said once, but the point of his sentence
    got = _suggested("ja", "朝から注文を受けて、詰めて、送って。毎日その繰り返しです。")
    assert got == ["繰り返し"], got
