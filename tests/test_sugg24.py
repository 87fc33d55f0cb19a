"""Suggested alternatives that fit the turn and read naturally (sugg24, issue 8; r23a/r23b).
New sentences, ja and en; each positive case fails on int23, each near miss guards a false alarm.

1. the answer a suggestion opens with fits the kind of his question (does talking help, a
   subsidy, what others do, his own trade) — r23b s02 T9, r23a s02 T4;
2. a parked topic ("Let's park that", 「その話は置いといて」) is no point to sum up — r23b s04 T8;
3. after empty replies, back to a point of his up to three replies back, else one of several
   open lines: not one line word for word in every session (r23b s02 T7 = s05 T6 = s10 T7); the
   same point of his is not given back on two turns in a row (r23a s04 T6/T7);
4. "You said X." takes a clause: a list is mentioned, a hanging topic is joined — r23a s06 T6,
   r23b s06 T3;
5. evidence cut at a comma reads as its sentence; a dug phrase loses its dangling "and" —
   r23b s06 T2, r23a s09 T5;
6. his points restated answer none of his questions (no 「回答して社長に戻す」) — r23b s03 T2.
"""

from __future__ import annotations

from simulator.acts import Utterance
from simulator.scoring.points import summary_points

from .turns import ctx, run

_STOCK_JA = ("会社によってまちまち", "社長ほど詳しくは")
_STOCK_EN = ("varies a lot from company to company", "don't know it as well as you do")


def _asked(owner: str, lang: str = "ja") -> list[Utterance]:
    opener = "はじめまして、よろしくお願いします。" if lang == "ja" else "Hello, thanks for seeing me."
    first = "ああ、どうも。うちは板金をやってる。" if lang == "ja" else "Morning. We do sheet metal here."
    probe = "従業員は何人くらいですか？" if lang == "ja" else "How many people work here?"
    return ctx(("trainee", opener), ("owner", first), ("trainee", probe), ("owner", owner))


def test_the_answer_fits_a_doubt_about_talking() -> None:
    c = _asked("二十人くらいかな。だいたいさ、こういう話をして何か変わるもんなの？")
    _, s = run("はい、変わります！私はこれまで多くの会社を支援してきましたので、任せてください。ホームページを作り直すのが一番ですよ。", c)
    assert s.suggestion and not any(x in s.suggestion for x in _STOCK_JA), s.suggestion
    assert "整理" in s.suggestion, s.suggestion
    from simulator.scoring.anchor import fit_answer

    c = _asked("About twenty. Honestly, what good does talking about it do?", "en")
    line = fit_answer("To answer briefly: from what I know, it varies a lot from company to company. With that said, where do things stand for you?", c, "en")
    assert not any(x in line for x in _STOCK_EN) and line.endswith("where do things stand for you?"), line


def test_the_answer_fits_a_subsidy_question() -> None:
    c = _asked("二十人くらい。ところで、プレス機の入れ替えに補助金って使えるの？")
    _, s = run("使えると思います。ただ、その前に、まずは取引先を増やしたほうがいいんじゃないでしょうか。", c)
    assert s.suggestion and "調べ" in s.suggestion and "社長ほど詳しく" not in s.suggestion, s.suggestion
    c = _asked("About twenty. By the way, can we use a subsidy for a new press brake?", "en")
    _, s = run("Yes, you can. But before that, you should really find more customers first.", c, "en")
    assert s.suggestion and "check" in s.suggestion and not any(x in s.suggestion for x in _STOCK_EN), s.suggestion


def test_near_miss_a_question_on_his_trade_keeps_the_honest_answer() -> None:
    c = _asked("二十人くらい。あんた、これから板金の仕事ってどうなると思う？")
    _, s = run("そうですか。ご家族は会社に入っていらっしゃいますか？", c)
    assert s.suggestion and "社長ほど詳しくは" in s.suggestion, s.suggestion


def _points(owner: list[str], lang: str) -> list[str]:
    out: list[Utterance] = []
    for text in owner:
        out += [Utterance(speaker="trainee", text="はい。" if lang == "ja" else "I see."), Utterance(speaker="owner", text=text)]
    return summary_points(out, lang)  # type: ignore[arg-type]


def test_a_parked_topic_is_no_summary_point() -> None:
    got = _points(["We bake rye bread for the hotels.", "Hm. Let's park that for now."], "en")
    assert not any("park" in p for p in got), got
    got = _points(["うちはホテル向けにパンを焼いてる。", "まあ、その話は置いといて。"], "ja")
    assert not any("置い" in p for p in got), got
    # near miss: a point of his after the bread is kept
    got = _points(["We bake rye bread for the hotels.", "Our delivery vans are always full on Saturdays."], "en")
    assert any("delivery vans" in p for p in got), got


def test_after_empty_replies_back_to_an_earlier_point() -> None:
    c = ctx(
        ("trainee", "本日はよろしくお願いします。"),
        ("owner", "うちは創業からずっと、地元の工務店さんに木製の建具を納めてきたんですよ。"),
        ("trainee", "職人さんは何人ですか？"),
        ("owner", "まあね。"),
        ("trainee", "募集はしていますか？"),
        ("owner", "うーん、時期によるね。"),
    )
    for text in ("時期によるんですね。忙しいのはいつですか？", "求人はどこに出していますか？"):
        _, s = run(text, c)
        assert s.suggestion and "木製の建具" in s.suggestion, s.suggestion
        assert s.suggestion.count("先ほど") == 1, s.suggestion


def test_the_same_point_is_not_given_back_twice_in_a_row() -> None:
    from simulator.scoring.suggest import fresh_suggestion

    first = "先ほど、窯はもう三十年使っている、とおっしゃいましたね。社長ご自身は、そのあたりをどう感じていらっしゃいますか？"
    again = "先ほど、窯はもう三十年使っている、とおっしゃいましたが、そのあたりをもう少し聞かせていただけますか？"
    assert fresh_suggestion(again, [first]) is None
    en = "Earlier you said the oven is thirty years old. Could you tell me a little more about that?"
    assert fresh_suggestion(en, ["You said the oven is thirty years old. How do you feel about that yourself?"]) is None
    # near miss: another point of his is fresh
    other = "先ほど、職人さんが二人しかいない、とおっしゃいましたね。そのあたりを、もう少し聞かせていただけますか？"
    assert fresh_suggestion(other, [first]) == other


def test_the_open_line_is_not_one_line_in_every_session() -> None:
    c = ctx(("trainee", "本日はよろしくお願いします。"), ("owner", "まあ、どうぞ。"), ("trainee", "売上は伸びていますか？"), ("owner", "さあね。"))
    lines = set()
    for text in ("売上は伸びていますか？もう一度伺います。", "利益はどうですか？", "借入はありますか？", "社員は何人ですか？", "取引先は何社ですか？", "設備は古いですか？"):
        _, s = run(text, c)
        if s.suggestion:
            lines.add(s.suggestion)
    assert len(lines) >= 2, lines


def test_you_said_takes_a_clause() -> None:
    from simulator.scoring.suggest import said_clause

    got = said_clause("You said ovens, mixers, proofing cabinets. How do you feel about that yourself?", "en")
    assert got and got.startswith("You mentioned ovens"), got
    got = said_clause("You said talking about it openly, it's not easy. How do you feel about that yourself?", "en")
    assert got and got.startswith("You said that talking about it openly is not easy."), got
    # near misses: a clause of his stays said; Japanese is left alone
    line = "You said your bakers want steadier hours. Could you tell me more?"
    assert said_clause(line, "en") == line
    assert said_clause("先ほど、窯が古い、とおっしゃいましたね。", "ja") == "先ほど、窯が古い、とおっしゃいましたね。"


def test_evidence_is_not_cut_at_a_comma() -> None:
    c = ctx(("trainee", "Thanks for seeing me."), ("owner", "It still doesn't feel like my shop, to be honest."))
    _, s = run("What is it, would you say, that makes it feel that way?", c, "en")
    assert s.evidence and not any(e.rstrip().endswith(",") for e in s.evidence), s.evidence
    assert any("What is it, would you say, that makes it feel that way?" in e for e in s.evidence), s.evidence


def test_a_dug_phrase_loses_its_dangling_word() -> None:
    from simulator.scoring.signals import _undangled

    assert _undangled("Orders and drawings come from them and") == "Orders and drawings come from them"
    assert _undangled("the bakeries, but") == "the bakeries"
    assert _undangled("bread and butter") == "bread and butter"  # near miss


def test_a_recap_answers_none_of_his_questions() -> None:
    c = ctx(
        ("trainee", "本日はありがとうございます。申込書を拝見しました。"),
        (
            "owner",
            "どうも。で、あんたはうちに何をしてくれるの？うちは配送のトラックがもう古くてね。運転手も年寄りばかり。"
            "同業でも新車に替えて伸ばしてるとこがあるんですよ。",
        ),
    )
    _, s = run(
        "配送のトラックがもう古くて、運転手さんもご年配の方ばかり。同業で新車に替えて伸ばしているところもある。"
        "社長が一番気にかけていらっしゃるのは、どのあたりでしょうか。",
        c,
    )
    assert not any("回答して社長に戻す" in e for e in s.evidence), s.evidence
    # near miss: a short honest answer, then back to him, is still credited
    _, s = run("まずはお話を伺って、社長と一緒に考えを整理するのが私の役目です。配送のトラックのこと、社長はどう感じていらっしゃいますか？", c)
    assert any("回答して社長に戻す" in e for e in s.evidence), s.evidence
