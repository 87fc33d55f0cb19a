"""Japanese words through SudachiPy: content words, normalised forms and compound parts.

The dictionary is loaded lazily once per process; each thread gets its own tokenizer (a
SudachiPy tokenizer must not be shared between threads).
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

from .cues import Word

_lock = threading.Lock()
_dictionary: Any = None
_local = threading.local()

# Normalised forms that carry no topic of their own.
STOPWORDS: frozenset[str] = frozenset(
    """
    する 為る ある 有る 在る いる 居る なる 成る できる 出来る 思う 言う 云う 考える いう
    おる 居る 致す 申す 存じる 伺う 頂く いただく 下さる くださる 下さい 仰る おっしゃる 参る
    見る 行く 来る 有り難い 御座る ござる 貰う もらう 呉れる くれる 上げる あげる 遣る やる 置く
    こと もの 物 事 ところ 所 よう 様 ため 為 方 ほう 時 とき 感じ 訳 わけ 話 お話 件 点 辺 中
    今 今回 本日 今日 先程 さっき 先 前 後 上 下 間 他 ほか 際 場合 的 等 など 辺り 頃 度 位 くらい
    社長 御社 貴社 弊社 当社 会社 私 私ども 皆さん 皆様 様 さん 方々 一番 全然 本当 ほんと 本当に
    何 なに 何か 何と 如何 いかが 一 二 三 そう こう ああ どう 有難う ありがとう 宜しい よろしい
    良い 好い いい 悪い 無い ない 多い 少ない 無理 大丈夫 色々 いろいろ 沢山 たくさん 皆 全て 全部
    具体 具体的 詳しい 少し ちょっと 結構 実際 実は やはり 矢張り 特に 是非 ぜひ 確か
    """.split()
)

_CONTENT_POS: frozenset[str] = frozenset({"名詞", "動詞", "形容詞", "形状詞"})
_SKIP_SUBPOS: frozenset[str] = frozenset({"数詞", "助数詞可能", "非自立可能", "固有名詞?"})


def _tokenizer() -> Any:
    tok = getattr(_local, "tokenizer", None)
    if tok is None:
        global _dictionary
        with _lock:
            if _dictionary is None:
                from sudachipy import Dictionary

                _dictionary = Dictionary(dict="core")
        from sudachipy import SplitMode

        # only the fields the analyser reads: ~10% faster tokenisation
        tok = _dictionary.tokenizer(mode=SplitMode.C, fields={"pos", "normalized_form", "split_a"})
        _local.tokenizer = tok
    return tok


def _split_a(morpheme: Any) -> list[Any]:
    from sudachipy import SplitMode

    return list(morpheme.split(SplitMode.A))


# verbs that, after に, form a compound particle (について, に対して, によって, に関して ...)
_PARTICLE_VERBS: frozenset[str] = frozenset(
    {
        "付く",
        "つく",
        "対する",
        "関する",
        "よる",
        "因る",
        "依る",
        "基づく",
        "際する",
        "向ける",
        "とる",
        "取る",
    }
)
# nouns that share the template of follow-up requests, not their topic
TEMPLATE: frozenset[str] = frozenset(
    "聞く 教える 話す 伺う 説明 説明する 詳細 知る 聞かせる お聞かせ 話 もう 少し".split()
)


def _is_content(pos: tuple[str, ...], norm: str, surface: str, after_number: bool = False) -> bool:
    if pos[0] not in _CONTENT_POS:
        return False
    if pos[1] in _SKIP_SUBPOS:
        return False
    if pos[0] == "名詞" and pos[2] == "助数詞可能" and (after_number or len(surface) == 1):
        return False  # 3時間, 5人: a counter; 時間 on its own is a topic
    if norm in STOPWORDS or surface in STOPWORDS:
        return False
    if len(surface) == 1 and not ("\u4e00" <= surface <= "\u9fff"):
        return False  # lone kana or symbol
    return not surface.isdigit()


# morphemes of the texts :func:`words` read last (plain tuples: safe to share between threads):
# (surface, normalised form, the six POS fields); :func:`morphemes` and :func:`tagged` of the
# same text need no second tokenisation
_parsed: dict[str, tuple[tuple[str, str, tuple[str, ...]], ...]] = {}
_PARSED_MAX = 1024


@lru_cache(maxsize=8192)
def words(text: str) -> tuple[Word, ...]:
    """Content words of ``text`` in order (repeats kept), each with its compound parts."""
    out: list[Word] = []
    prev_surface, prev_pos = "", ""
    every: list[tuple[str, str, tuple[str, ...]]] = []
    for m in _tokenizer().tokenize(text):
        pos = m.part_of_speech()
        norm = m.normalized_form()
        surface = m.surface()
        every.append((surface, norm, tuple(pos)))
        after_number = prev_pos == "数詞"
        compound_particle = prev_surface == "に" and pos[0] == "動詞" and norm in _PARTICLE_VERBS
        prev_surface, prev_pos = surface, pos[1]
        if compound_particle or not _is_content(pos, norm, surface, after_number):
            continue
        keys = [norm]
        if pos[0] == "名詞" and len(surface) >= 3:
            for part in _split_a(m):
                ppos = part.part_of_speech()
                pnorm = part.normalized_form()
                if len(part.surface()) >= 2 and _is_content(ppos, pnorm, part.surface()):
                    keys.append(pnorm)
        elif pos[0] in ("動詞", "形容詞"):
            stem = _kanji_prefix(norm)
            if stem:
                keys.append("~" + stem)  # 任す / 任せる, 決める / 決まる share a stem key
        out.append(Word(surface, norm, tuple(dict.fromkeys(keys))))
    if len(_parsed) >= _PARSED_MAX:
        _parsed.clear()
    _parsed[text] = tuple(every)
    return tuple(out)


def _kanji_prefix(norm: str) -> str:
    i = 0
    while i < len(norm) and "\u4e00" <= norm[i] <= "\u9fff":
        i += 1
    return norm[:i] if 0 < i < len(norm) else ""


@lru_cache(maxsize=8192)  # a persona's topic words, normalised again by every new session
def normalise(word: str) -> str:
    """The normalised form of one word (several morphemes are joined)."""
    word = word.strip()
    if not word:
        return ""
    norms = [m.normalized_form() for m in _tokenizer().tokenize(word) if m.surface().strip()]
    return "".join(norms)


@lru_cache(maxsize=8192)
def morphemes(text: str) -> tuple[tuple[str, str, str, str], ...]:
    """(surface, normalised form, POS, sub-POS) of every morpheme; the act rules read them."""
    done = _parsed.get(text)
    if done is not None:
        return tuple((s, n, pos[0], pos[1]) for s, n, pos in done)
    return tuple(
        (m.surface(), m.normalized_form(), m.part_of_speech()[0], m.part_of_speech()[1])
        for m in _tokenizer().tokenize(text)
    )


@lru_cache(maxsize=8192)
def signature(text: str) -> frozenset[str]:
    """Every morpheme's normalised form except punctuation: compares short questions."""
    return frozenset(n for s, n, pos, _ in morphemes(text) if pos not in ("補助記号", "空白"))


# words of broad opening invitations (「御社の事業について教えてください」): never a topic switch
BROAD: frozenset[str] = frozenset(
    "事業 仕事 お仕事 商売 会社 御社 貴社 お店 店 歴史 沿革 概要 内容 経歴 自己紹介 紹介 今日 歩み 経緯 "
    "始める 始まる 成り立ち 生い立ち 最近 近況 様子".split()
)
# greeting and small-talk words: an owner turn made of them has no content to pick up
SMALLTALK: frozenset[str] = frozenset(
    "宜しく よろしく 願う お願い 初めまして はじめまして どうぞ 座る 掛ける 遠い 来る 有り難う "
    "ありがとう 暑い 寒い 天気 お茶 コーヒー 失礼 挨拶 お疲れ 待つ 忙しい 構う 結構 はい いえ".split()
)
# question words that can come out as content words (何人, 幾ら): never what a question is about
QWORDS: frozenset[str] = frozenset(
    "何 何人 何名 何年 何歳 何社 何件 何回 何時 何日 何割 幾ら いくら 幾つ いくつ 何処 どこ 誰 "
    "どれ 何れ どちら 何方 どなた 程度 位 くらい ぐらい".split()
)


@lru_cache(maxsize=4096)
def tagged(text: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(surface, normalised form, the six POS fields) of every morpheme: what the scorer needs
    to quote the owner's words (noun phrases, な-adjectives, names to leave out)."""
    done = _parsed.get(text)
    if done is not None:
        return done
    return tuple(
        (m.surface(), m.normalized_form(), tuple(m.part_of_speech()))
        for m in _tokenizer().tokenize(text)
    )
