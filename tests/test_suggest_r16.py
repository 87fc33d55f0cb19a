"""Suggested summaries and anchors after the r15 playtests, still on main at round 16 (quote16,
issue 8). New sentences, ja and en; each positive case fails on main before this branch, each
negative case guards against a false alarm.

1. A clause whose subject stands in the clause before it (「丸栄さんは、うちの一番のお得意先です」)
   is no point alone (『御社の一番のお得意先』 r15a s08 T11, r15b s04 T10); his own 「うちは、」 may
   drop. A short lead keeps its clause (「昔から地道にやってきた会社」, never 「昔から、」 as a
   second point).
2. What he wrote on the form (「課題は申込書に書いた通り」 r15b s02 T7), a shrug that every shop
   is the same, a vague pile-up ("every little shop's the same", "a few things piling up" r15b s06),
   and his polite nod to the supporter's idea before his but (「若い人の考えはええと思う」 r15a s09
   T11) are no points.
3. His dialect is given back in the supporter's words (「出てまった」→「出てしまった」); an anchor
   opening on a demonstrative (「それで十分や」 r15b s05 T9) is a scrap of his clause.
"""

from __future__ import annotations

from simulator.scoring.anchor import weighty_phrase
from simulator.scoring.points import summary_points
from simulator.scoring.quote_words import trainee_voice

from .turns import ctx


def _turns(lang: str, *owner: str) -> list:
    ask = "Tell me more." if lang == "en" else "教えてください。"
    out: list[tuple[str, str]] = []
    for o in owner:
        out += [("trainee", ask), ("owner", o)]
    return ctx(*out)


def test_a_clause_cut_from_its_subject_is_no_point() -> None:
    got = summary_points(_turns("ja", "大和運送さんは、うちの一番の得意先ですわ。", "配送は朝の五時から回ってます。"), "ja")
    assert not any("得意先" in p for p in got), got
    # negative: his own topic may drop (the point is about him)
    got = summary_points(_turns("ja", "うちは、まだ手作業の検品が中心です。", "配送は朝の五時から回ってます。"), "ja")
    assert any("手作業の検品" in p for p in got), got


def test_a_short_lead_stays_with_its_clause() -> None:
    got = summary_points(_turns("ja", "配送は朝の五時から回ってます。", "昔から、手作業で検品してきた会社ですからね。"), "ja")
    assert "昔から手作業で検品してきた会社" in got, got


def test_the_form_a_shrug_and_a_nod_are_no_points() -> None:
    got = summary_points(
        _turns("ja", "悩みはまあ、申請書に書いたとおりですよ。", "検品はまだ全部手作業なんです。"), "ja"
    )
    assert not any("申請書" in p for p in got), got
    got = summary_points(
        _turns("ja", "ネットの話、若い人の考えはええと思うよ。…ただ、うちの客には合わんわ。", "配送は朝の五時から回ってます。"),
        "ja",
    )
    assert not any("考え" in p for p in got), got
    got = summary_points(
        _turns(
            "en",
            "Orders are down, the vans are old. Every small firm's the same.",
            "Who knows. A few things piling up, I suppose. Common enough story.",
            "The night drivers keep leaving after a year.",
        ),
        "en",
    )
    assert not any("same" in p or "piling" in p or "story" in p for p in got), got
    shrug = summary_points(_turns("ja", "検品はまだ全部手作業なんです。", "まあ、小さい工場にはよくある話ですわ。"), "ja")
    assert not any("よくある" in p for p in shrug), shrug
    assert any("night drivers" in p for p in got), got
    # negative: the same recipe every season is a point of his
    got = summary_points(_turns("en", "We use the same recipe as my grandfather did.", "The night drivers keep leaving."), "en")
    assert any("recipe" in p for p in got), got


def test_his_dialect_is_given_back_in_plain_words() -> None:
    got = summary_points(_turns("ja", "配送は朝の五時から回ってます。", "若いもんは、みんな町へ出てまったんやわ。"), "ja")
    assert any("出てしまった" in p for p in got) and not any("てまった" in p for p in got), got


def test_an_anchor_opening_on_that_is_a_scrap() -> None:
    got = weighty_phrase(_turns("ja", "ほやねえ…店が残っとったら、それで十分やわ。"), "ja")
    assert got != "それで十分や" and (got is None or not got.startswith("それ")), got
    # negative: a wish of his stands as an anchor
    got = weighty_phrase(_turns("ja", "娘には、この店を続けてほしいんです。"), "ja")
    assert got and "続けてほしい" in got, got


def test_his_casual_quoting_is_no_summary_point() -> None:
    # (own blind play: 「重たいっていうのが近いかもしれない」 listed in the supporter's voice)
    got = summary_points(_turns("ja", "配送は朝の五時から回ってます。", "…しんどいっていうのが近いかもしれないです。"), "ja")
    assert not any("っていうの" in p for p in got), got
    assert any("配送は朝の五時から回っている" in p for p in got), got


def test_a_point_trailing_off_or_in_casual_speech_is_given_back_cleanly() -> None:
    # (r16a replay: 「数字を眺めていると、なんとなく」 and 「困ってることはない」 in the supporter's voice)
    got = summary_points(
        _turns("ja", "検品で困ってることは、特にないです。", "帳簿を見ていると、なんとなく…。"), "ja"
    )
    assert not any("なんとなく" in p for p in got), got
    assert not any("困ってる" in p for p in got), got
    assert trainee_voice("仕事で困ってることはない", "ja") == "仕事で困っていることはない"
    assert trainee_voice("配達を手伝ってる人", "ja") == "配達を手伝っている人"
    # negative: a plain point of his stays
    got = summary_points(_turns("ja", "検品はまだ全部手作業なんです。", "配送は朝の五時から回ってます。"), "ja")
    assert len(got) == 2, got
