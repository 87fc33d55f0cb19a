"""The owner's own words that feedback, evidence and suggestions may quote.

Feedback quotes the owner to show the trainee what to pick up (『売上』, "the head baker"). A
quote must be something the owner actually said and that names a point of the owner's: a noun
or noun phrase (「設備投資」「工場長」), a な-adjective (「不安」「大事」), now and then an adjective
in its dictionary form (「古い」). Never a verb fragment (「聞か」「変わっ」), a filler or deictic
word (先ほど, 話, 答え, 時間, 同じ …), a name (the owner's, the company's, anybody's), or a word
only the trainee said.

:func:`owner_phrases` lists the quotable phrases of the owner's turns, most salient first (the
owner's latest turn first, then more specific phrases before plain words); :func:`picked_phrases`
says which of them an utterance picks up; :func:`distinct_points` picks phrases from different
owner turns for a suggested summary.

Japanese is read through SudachiPy's part of speech (proper nouns and person names are left
out); English through word lists (no tagger): function words, fillers, common verbs and
adjectives, contractions and capitalised words inside a sentence (names) are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..acts import Utterance
from ..i18n import Lang

# Japanese nouns that name no point of the owner's (deictics, time words, talk about the talk)
JA_FILLER: frozenset[str] = frozenset(
    """
    先ほど 先程 さっき 前 後 今 今日 本日 昨日 明日 最近 今回 この間 いつも 時 とき 頃 間 時間 当時 今後
    将来 以前 前回 次 次回 年 月 日 毎日 毎月 毎年 話 お話 答え 質問 意見 アドバイス 助言 提案 説明 相談
    感じ 気 気持ち こと 事 もの 物 ところ 所 方 ほう 点 部分 辺 辺り あたり 場合 理由 意味 内容 状況
    様子 関係 問題 課題 悩み 同じ 一緒 全部 全て 皆 みんな 自分 自身 社長 会社 御社 弊社 当社 うち 私 僕
    俺 あなた あんた 人 方々 一番 本当 実際 結局 普通 大体 色々 いろいろ 他 ほか 以上 以外 通り 一つ
    何 どこ 誰 よう 様 わけ 訳 はず つもり まま くらい ぐらい 程度 はい 別 皆さん 支援 支援者 経営者
    面談 会議所 商工会 ため 為 半分 大丈夫 無理 必要 大事 大切 重要 可能 簡単 好き 嫌い 確か 本音
    仕方 しょう 感 風 的 系 者 たち 達 ら 様々 さまざま 一応 最初 最後 以来 まあ ちょっと 結構
    正直 本気 素直 勝手 当然 当たり前 だめ ダメ 駄目 いや 嫌 そう こう ああ どう
    言葉 一概 全員 ほとんど 大抵 頭 目 手 顔 口 やり方 仕組み 形 中身 流れ 相手 向こう 周り 辺 仕事 お仕事
    数字 終わり 名前 実質 お客さん お客様 客 範囲 指導員 指導員さん 担当者 担当
    """.split()
)
# Japanese adjectives (dictionary form) too plain to quote
JA_PLAIN_ADJ: frozenset[str] = frozenset(
    "いい 良い よい ない 無い 多い 少ない 大きい 小さい すごい 凄い 早い 遅い 難しい 新しい 強い 弱い".split()
)
# English words that name no point of the owner's
EN_SKIP: frozenset[str] = frozenset(
    """
    a an the this that these those it its i me my mine we us our you your he she they them their
    his her who what which when where why how and or but so if then than as at by for from in into
    of on to with about over under every each all any some no not none most more much many few lot
    lots very really just only also even still too quite rather is are was were be been being am
    do does did done have has had can could will would shall should may might must there here yes
    yeah okay ok well oh one ones other others another same such own thing things stuff idea ideas
    time times way ways kind sort bit something anything everything nothing people person answer
    answers question questions advice talk point points matter issue issues problem problems today
    yesterday now earlier before after lately day days year years week weeks month months part
    parts place case cases fact reason reasons situation moment minute minutes meeting support
    work job hundred hundreds thousand thousands dozen
    supporter owner president company business firm help think know want feel said say says tell
    told get got make made go going come take need seem look keep give let put see hear try mean
    meant guess suppose like liked love hate hope good bad hard easy big small new old long short
    sure right wrong real fine whole able enough always never often sometimes maybe perhaps
    honestly frankly anyway though although because since while until again back away around
    everyone someone anyone nobody somebody anybody myself yourself ourselves themselves
    mr mrs ms sir thanks thank please sorry look looking morning mornings evening night nights
    left went came took gave kept lost felt found thought brought bought sold paid ran began became
    grew knew held led fell sent spent built saw done gone given taken seen used let lot up down
    out off through across along ahead behind else instead yet ever least last next first second
    """.split()
)
# a word right after these is a verb ("I bake", "to grow", "we'll see", "can't find")
_EN_BEFORE_VERB = frozenset(
    "i we you they he she it to will would can could should might must may shall don't didn't "
    "doesn't can't won't couldn't wouldn't never always just".split()
)
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
_EN_DET = frozenset(
    "the a an our my your their his her its this that these those some any no more less much "
    "many few every each".split()
)
_KANJI = re.compile(r"[\u4e00-\u9fff]")
_NOUN_POS = frozenset({"名詞"})


@dataclass(frozen=True, slots=True)
class Phrase:
    """A quotable phrase of the owner's, as the owner said it."""

    surface: str
    keys: frozenset[str]  # normalised forms it matches on
    turn: int  # owner turns back from the latest one (0: the owner's last turn)
    rank: tuple[int, ...]  # lower is more salient within its turn


def name_words(names: Iterable[str]) -> frozenset[str]:
    """The parts of names worth matching: 「堀田 勝（ほった まさる）」 → 堀田, 勝, ほった, まさる;
    「株式会社ホッタ精工」 → ホッタ精工; "Masaru Hotta" → masaru, hotta."""
    out: set[str] = set()
    for name in names:
        for part in re.split(r"[\s（）()、,.・「」『』]+", name or ""):
            part = re.sub(r"^(株式会社|有限会社|合同会社)|(株式会社|有限会社|合同会社)$", "", part)
            part = part.strip()
            if part.lower() in {"co", "ltd", "inc", "mr", "ms", "mrs", "the", "and"}:
                continue
            if len(part) >= 2 or _KANJI.search(part):
                out.add(part.lower())
    return frozenset(out)


def _named(surface: str, names: frozenset[str]) -> bool:
    low = surface.lower()
    return any(n in low or (len(low) >= 2 and low in n) for n in names)


# what follows a proper noun in a company name (「ホッタ精工」「山田製作所」): part of the name
COMPANY_TAILS: frozenset[str] = frozenset(
    "精工 工業 製作所 商店 産業 建設 電機 電気 食品 物産 興業 鉄工所 鉄工 印刷 酒造 商事 工務店 運輸 "
    "製菓 製麺 製パン 精機 技研 工房 屋 堂 社 組 店 株式会社 有限会社 グループ ホールディングス".split()
)


@lru_cache(maxsize=4096)
def _ja_phrases(text: str) -> tuple[tuple[str, frozenset[str], tuple[int, ...], int], ...]:
    """(surface, keys, rank, position) of the quotable phrases of one Japanese text."""
    try:
        from ..analysis.japanese import tagged
    except Exception:  # the analyser is optional for the scorer
        return ()
    out: list[tuple[str, frozenset[str], tuple[int, ...], int]] = []
    run: list[tuple[str, str, tuple[str, ...]]] = []
    position = 0

    def close() -> None:
        nonlocal run
        for phrase in _ja_run_parts(run):
            out.append((*phrase, position))
        run = []

    for surface, norm, pos in tagged(text):
        position += len(surface)
        nominal = (
            pos[0] in _NOUN_POS  # numerals too: 「20年選手」, never 「年選手」
            or pos[0] == "接頭辞"
            or (pos[0] == "接尾辞" and pos[1] == "名詞的")
        )
        if nominal and not (pos[0] == "名詞" and pos[2] == "副詞可能" and not run):
            run.append((surface, norm, pos))
            continue
        close()
        if pos[0] == "形状詞" and surface not in JA_FILLER and len(surface) >= 2:
            out.append((surface, frozenset({norm, surface}), (2, 0, -len(surface)), position))
        elif (
            pos[0] == "形容詞"
            and pos[5].startswith("終止形")
            and norm not in JA_PLAIN_ADJ
            and surface not in JA_PLAIN_ADJ
        ):
            out.append((surface, frozenset({norm, surface}), (3, 0, -len(surface)), position))
    close()
    return tuple(out)


def _ja_run_parts(
    run: list[tuple[str, str, tuple[str, ...]]],
) -> list[tuple[str, frozenset[str], tuple[int, ...]]]:
    """Split a nominal run at proper nouns (「角田工場長」 → 「工場長」): names are never quoted."""
    parts: list[list[tuple[str, str, tuple[str, ...]]]] = [[]]
    after_name = False
    for m in run:
        if m[2][1] == "固有名詞" or (after_name and m[0] in COMPANY_TAILS):
            parts.append([])
            after_name = True
        else:
            parts[-1].append(m)
            after_name = False
    return [p for p in (_ja_run(part) for part in parts if part) if p is not None]


def _ja_run(
    run: list[tuple[str, str, tuple[str, ...]]],
) -> tuple[str, frozenset[str], tuple[int, ...]] | None:
    # no prefix or suffix hanging at the ends, no adverbial noun closing it (「若手一応」)
    while run and (run[0][2][0] == "接尾辞" or run[0][2][2] == "副詞可能"):
        run = run[1:]
    while run and (run[-1][2][0] == "接頭辞" or run[-1][2][2] == "副詞可能"):
        run = run[:-1]
    if not run:
        return None
    core = [(s, n) for s, n, p in run if p[0] == "名詞"]
    if not core or all(s in JA_FILLER or n in JA_FILLER for s, n in core):
        return None
    # a number with its counter (「50年」「一億八千万」「10社」) is a figure, not a point
    if all(p[1] == "数詞" or "助数詞" in p[2] or p[0] == "接尾辞" for _, _, p in run):
        return None
    surface = "".join(s for s, _, _ in run)
    if len(surface) < 2 or not re.search(r"[\u4e00-\u9fff\u30a0-\u30ffA-Za-z]", surface):
        return None
    if len(run) == 1 and run[0][2][2] == "形状詞可能" and surface in JA_FILLER:
        return None
    keys = {n for s, n in core if s not in JA_FILLER and n not in JA_FILLER}
    keys.add(surface)
    keys.add("".join(n for _, n, _ in run))
    # compounds first (more specific), then longer words
    return surface, frozenset(keys), (0 if len(core) >= 2 else 1, -len(core), -len(surface))


@lru_cache(maxsize=4096)
def _en_phrases(text: str) -> tuple[tuple[str, frozenset[str], tuple[int, ...], int], ...]:
    try:
        from ..analysis.english import lemma
    except Exception:  # the analyser is optional for the scorer

        def lemma(word: str) -> str:
            return word

    out: list[tuple[str, frozenset[str], tuple[int, ...], int]] = []
    lowercase = {m.group(0) for m in _EN_WORD.finditer(text) if m.group(0).islower()}
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        toks = list(_EN_WORD.finditer(sentence))
        good: list[bool] = []
        for i, m in enumerate(toks):
            word = m.group(0)
            low = word.lower().replace("’", "'")
            before = toks[i - 1].group(0).lower().replace("’", "'") if i else ""
            ok = (
                len(low) >= 3
                and "'" not in low
                and low not in EN_SKIP
                and lemma(low) not in EN_SKIP
                and not low.endswith("ly")
                and before not in _EN_BEFORE_VERB
                # a capitalised word is a name, unless it only opens a sentence and the owner
                # also uses it in lower case
                and not (word[0].isupper() and (i > 0 or low not in lowercase))
            )
            if ok and low.endswith(("ing", "ed")):
                ok = i > 0 and toks[i - 1].group(0).lower() in _EN_DET  # "the training"
            good.append(ok)
        i = 0
        while i < len(toks):
            if not good[i]:
                i += 1
                continue
            j = i
            while (
                j + 1 < len(toks)
                and good[j + 1]
                and j - i < 1
                and sentence[toks[j].end() : toks[j + 1].start()] == " "
            ):
                j += 1  # two good words side by side: "head baker", "order book"
            surface = sentence[toks[i].start() : toks[j].end()]
            if i == 0 and surface[:1].isupper():
                surface = surface[:1].lower() + surface[1:]
            keys = frozenset(lemma(t.group(0).lower()) for t in toks[i : j + 1])
            after_det = i > 0 and toks[i - 1].group(0).lower() in _EN_DET
            rank = (0 if j > i else 1, 0 if after_det else 1, -len(surface))
            out.append((surface, keys | {surface.lower()}, rank, toks[i].start()))
            i = j + 1
    return tuple(out)


def owner_phrases(
    context: Sequence[Utterance],
    lang: Lang,
    names: Iterable[str] = (),
    window: int = 4,
) -> list[Phrase]:
    """Quotable phrases of the owner's last ``window`` turns, most salient first: the latest
    turn first; within a turn compounds and noun phrases before plain words, adjectives last."""
    excluded = name_words(names)
    owner = [u.text for u in reversed(context) if u.speaker == "owner"][:window]
    seen: set[str] = set()
    out: list[Phrase] = []
    for back, text in enumerate(owner):
        found = _ja_phrases(text) if lang == "ja" else _en_phrases(text)
        ranked = sorted(found, key=lambda p: (p[2], -p[3]))
        for surface, keys, rank, _ in ranked:
            if surface in seen or _named(surface, excluded):
                continue
            seen.add(surface)
            out.append(Phrase(surface, keys, back, rank))
    return out


def utterance_keys(text: str, lang: Lang) -> frozenset[str]:
    """Match keys of an utterance's words (normalised forms and compound parts)."""
    try:
        from ..analysis import english, japanese
    except Exception:  # the analyser is optional for the scorer
        return frozenset()
    ws = japanese.words(text) if lang == "ja" else english.words(text)
    keys = {k for w in ws for k in w.keys}
    if lang == "ja":
        keys |= {s for s, _, p in japanese.tagged(text) if p[0] in ("名詞", "形状詞")}
    else:
        keys |= {w.surface.lower() for w in ws}
    return frozenset(keys)


def picked_phrases(
    text: str,
    context: Sequence[Utterance],
    lang: Lang,
    names: Iterable[str] = (),
    limit: int = 3,
) -> list[str]:
    """The owner's phrases (as the owner said them) that ``text`` picks up, latest first."""
    mine = utterance_keys(text, lang)
    if not mine:
        return []
    out: list[str] = []
    for p in owner_phrases(context, lang, names):
        if p.keys & mine and p.surface not in out:
            if lang == "ja" or p.surface.lower() in text.lower() or len(p.keys & mine) >= 1:
                out.append(p.surface)
        if len(out) >= limit:
            break
    return out


def salient(
    context: Sequence[Utterance],
    lang: Lang,
    names: Iterable[str] = (),
    limit: int = 3,
    avoid: Iterable[str] = (),
) -> list[str]:
    """Up to ``limit`` phrases to build a suggestion on: the owner's latest and most specific
    words first, one word per idea (a phrase inside a longer one is skipped)."""
    skip = set(avoid)
    out: list[str] = []
    for p in owner_phrases(context, lang, names):
        if p.surface in skip or any(p.surface in o or o in p.surface for o in out):
            continue
        out.append(p.surface)
        if len(out) >= limit:
            break
    return out


def distinct_points(
    context: Sequence[Utterance],
    lang: Lang,
    names: Iterable[str] = (),
    limit: int = 3,
) -> list[str]:
    """One phrase from each of up to ``limit`` different owner turns (latest first), for a
    suggested summary; fewer than two means there is nothing to summarise yet."""
    chosen: dict[int, str] = {}
    for p in owner_phrases(context, lang, names, window=6):
        if p.turn in chosen or any(p.surface in o or o in p.surface for o in chosen.values()):
            continue
        chosen[p.turn] = p.surface
        if len(chosen) >= limit:
            break
    # oldest first reads like the conversation went
    return [chosen[t] for t in sorted(chosen, reverse=True)]
