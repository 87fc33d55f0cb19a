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

        tok = _dictionary.tokenizer(mode=SplitMode.C)
        _local.tokenizer = tok
    return tok


def _split_a(morpheme: Any) -> list[Any]:
    from sudachipy import SplitMode

    return list(morpheme.split(SplitMode.A))


def _is_content(pos: tuple[str, ...], norm: str, surface: str) -> bool:
    if pos[0] not in _CONTENT_POS:
        return False
    if pos[1] in _SKIP_SUBPOS or (pos[0] == "名詞" and pos[2] == "助数詞可能"):
        return False
    if norm in STOPWORDS or surface in STOPWORDS:
        return False
    if len(surface) == 1 and not ("\u4e00" <= surface <= "\u9fff"):
        return False  # lone kana or symbol
    return not surface.isdigit()


@lru_cache(maxsize=8192)
def words(text: str) -> tuple[Word, ...]:
    """Content words of ``text`` in order (repeats kept), each with its compound parts."""
    out: list[Word] = []
    for m in _tokenizer().tokenize(text):
        pos = m.part_of_speech()
        norm = m.normalized_form()
        surface = m.surface()
        if not _is_content(pos, norm, surface):
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
    return tuple(out)


def _kanji_prefix(norm: str) -> str:
    i = 0
    while i < len(norm) and "\u4e00" <= norm[i] <= "\u9fff":
        i += 1
    return norm[:i] if 0 < i < len(norm) else ""


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
    return tuple(
        (m.surface(), m.normalized_form(), m.part_of_speech()[0], m.part_of_speech()[1])
        for m in _tokenizer().tokenize(text)
    )


@lru_cache(maxsize=8192)
def signature(text: str) -> frozenset[str]:
    """Every morpheme's normalised form except punctuation: compares short questions."""
    return frozenset(n for s, n, pos, _ in morphemes(text) if pos not in ("補助記号", "空白"))
