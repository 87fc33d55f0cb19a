"""Suggestions after the r13 playtests (sugg13, issue 8). New sentences, ja and en; each positive
case fails on main before this branch, each negative case guards against a false alarm.

1. after a welcome, 「いただきます」 only when tea or sweets were offered (r13b s08 T2);
2. no "tell me more about that" after a topic he put off or a reply that is only a figure
   (r13b s06 T4, r13a s06 T9);
3. a line shown word for word earlier in the session gives way to another line of its set, not
   to nothing (r13a s02 T2 = T7; r13a s10 T6/T7, where the worst turn got none);
4. his test question and his "you're here to check on us" get their moment's line (r13a s06 T2–T3).
"""

from __future__ import annotations

import re

from simulator.scoring.suggest import fresh_suggestion

from .turns import ctx, run

_REFERS_BACK = re.compile(r"今のお話|お考えを、?もう少し|what you (just said|were just saying)|more about that\?")


def test_a_seat_offered_is_thanked_for_not_eaten() -> None:
    c = ctx(
        ("trainee", "はじめまして、商工会議所の田中です。"),
        ("owner", "ああ、会議所さんね。散らかっとるけど、どうぞ。"),
    )
    _, s = run("ありがとうございます。早速ですが、売上はどのくらいですか？", c)
    assert s.suggestion and "いただきます" not in s.suggestion and s.suggestion.startswith("ありがとうございます"), s.suggestion
    c = ctx(("trainee", "Good morning, I'm Tanaka from the chamber."), ("owner", "Ah, the chamber. Come in, come in."))
    _, s = run("Thanks. Are your sales down this year?", c, "en")
    assert s.suggestion and "I'd love some" not in s.suggestion, s.suggestion
    # negative: tea offered, the tea is thanked for
    c = ctx(
        ("trainee", "はじめまして、商工会議所の田中です。"),
        ("owner", "ああ、会議所さんね。どうぞ、いま冷たいお茶を出しますで。"),
    )
    _, s = run("ありがとうございます。早速ですが、売上はどのくらいですか？", c)
    assert s.suggestion and "いただきます" in s.suggestion, s.suggestion


def test_no_tell_me_more_after_a_put_off_or_a_bare_figure() -> None:
    c = ctx(
        ("trainee", "Thanks for seeing me."),
        ("owner", "We make brackets for the car people, have done for ages."),
        ("trainee", "Have you thought about who takes over?"),
        ("owner", "Hmm. Let's save that for some other day."),
    )
    _, s = run("Right. And who are your main customers?", c, "en")
    assert s.suggestion is None or not _REFERS_BACK.search(s.suggestion), s.suggestion
    c = ctx(
        ("trainee", "Thanks for seeing me."),
        ("owner", "We make brackets for the car people."),
        ("trainee", "When did it all start?"),
        ("owner", "Look, nineteen eighty. Forty-five years now."),
    )
    _, s = run("And are sales up?", c, "en")
    assert s.suggestion is None or not _REFERS_BACK.search(s.suggestion), s.suggestion
    c = ctx(
        ("trainee", "Thanks for seeing me."),
        ("owner", "We make brackets for the car people."),
        ("trainee", "So what's the main issue, in short?"),
        ("owner", "If I could put it in a word, I'd have fixed it by now."),
    )
    _, s = run("When did you start the company?", c, "en")
    assert s.suggestion is None or not _REFERS_BACK.search(s.suggestion), s.suggestion
    c = ctx(
        ("trainee", "お忙しいところありがとうございます。"),
        ("owner", "うちはずっと金型一本でやってきたんです。"),
        ("trainee", "創業の頃はどんな様子でしたか？"),
        ("owner", "昭和五十二年。もう四十八年やね。"),
    )
    _, s = run("そうなんですね。売上は伸びていますか？", c)
    assert s.suggestion is None or not _REFERS_BACK.search(s.suggestion), s.suggestion
    # negative: after a reply with something in it, referring back is fine
    c = ctx(
        ("trainee", "お忙しいところありがとうございます。"),
        ("owner", "昭和五十二年に親父が始めてね、最初は下請けの下請けで、そりゃ苦労したもんです。"),
    )
    _, s = run("そうなんですね。売上は伸びていますか？", c)
    assert s.suggestion, s.suggestion


def test_a_line_shown_before_gives_way_to_another_not_to_nothing() -> None:
    line = "社長ご自身はどのようにお考えですか？"
    again = fresh_suggestion(line, [line, None, "x", "y", "z", "w"])
    assert again and again != line, again
    # the alternative itself shown already: nothing left
    assert fresh_suggestion(line, [line, again]) is None
    en = "I see. Could you tell me a bit more about that?"
    got = fresh_suggestion(en, [en, None, None, None, None])
    assert got and got != en, got
    # negatives: a line not shown yet is kept; the same quoted word three turns running still is not
    assert fresh_suggestion(line, ["x", "y"]) == line
    assert fresh_suggestion("『仕込み』とおっしゃいましたね。", ["『仕込み』について聞かせてください。"]) is None


def test_his_test_and_his_check_on_us_get_their_line() -> None:
    c = ctx(
        ("trainee", "Hello, I'm from the chamber of commerce."),
        ("owner", "So what is it about my shop you're here to check on?"),
    )
    _, s = run("Nothing like that. What is your biggest problem right now?", c, "en")
    assert s.suggestion and "inspect" in s.suggestion, s.suggestion
    c = ctx(
        ("trainee", "Hello, I'm from the chamber of commerce."),
        ("owner", "Do you actually know anything about casting? Any idea what scrap costs now?"),
    )
    _, s = run("Yes, I studied it. You should raise your prices, everyone does.", c, "en")
    assert s.suggestion and "answer that first" in s.suggestion, s.suggestion
