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
from itertools import islice

from ..acts import Utterance
from ..i18n import Lang
from .quote_words import (
    JA_TITLES,
    bare_generic,
    dwelt_on,
    en_figure_only,
    generic_alone,
    is_concern,
    ja_open_clause,
    measure_word,
    negated,
    person_phrase,
    place_name,
    quoted_owner_words,
    role_label,
)
from .quotes_en import EN_SKIP, en_phrases

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
    もっとも ごもっとも 昼飯 昼 飯 野球 競馬 天気 お茶 お菓子 雑談
    仕方 しょう 感 風 的 系 者 たち 達 ら 様々 さまざま 一応 最初 最後 以来 まあ ちょっと 結構
    正直 本気 素直 勝手 当然 当たり前 だめ ダメ 駄目 いや 嫌 そう こう ああ どう
    言葉 一概 全員 ほとんど 大抵 頭 目 手 顔 口 やり方 仕組み 形 中身 流れ 相手 向こう 周り 辺 仕事 お仕事
    数字 終わり 名前 実質 お客さん お客様 客 範囲 指導員 指導員さん 担当者 担当
    そんな こんな あんな どんな ご存じ ご存知 存じ 調べ 一言 商工会議所 会議所 商工会議 よろず 支援拠点 よろず支援拠点 振興公社 支援センター 紹介 紹介者
    """.split()
)
# Japanese adjectives (dictionary form) too plain to quote
JA_PLAIN_ADJ: frozenset[str] = frozenset(
    "いい 良い よい 悪い ない 無い 多い 少ない 大きい 小さい すごい 凄い 早い 遅い 難しい 新しい 強い 弱い "
    # adjectives of degree said of something (「送料が高い」「納期が短い」): a bare 『高い』 is a
    # fragment of his point, never the point (playtest r12a s03 T4)
    "高い 安い 低い 長い 短い 古い 広い 狭い 重い 軽い 近い 遠い 速い 深い 浅い 厚い 薄い 細かい 太い 細い "
    "暑い 寒い 高く 安く".split()
)
_KANJI = re.compile(r"[\u4e00-\u9fff]")
_HIRAGANA = re.compile(r"^[\u3040-\u309f]+$")
_FUSED_NAI = frozenset("申し訳 仕方 勿体 滅相 味気 素っ気 止むを得".split())
_NOUN_POS = frozenset({"名詞"})


@dataclass(frozen=True, slots=True)
class Phrase:
    """A quotable phrase of the owner's, as the owner said it."""

    surface: str
    keys: frozenset[str]  # normalised forms it matches on
    turn: int  # owner turns back from the latest one (0: the owner's last turn)
    rank: tuple[int, ...]  # lower is more salient within its turn
    concern: bool = False  # a situation, problem, feeling or something he could act on
    mentions: int = 1  # owner turns of the window that say it (what he dwelt on)


def name_words(names: Iterable[str]) -> frozenset[str]:
    """The parts of names worth matching: 「堀田 勝（ほった まさる）」 → 堀田, 勝, ほった, まさる;
    「株式会社ホッタ精工」 → ホッタ精工; "Masaru Hotta" → masaru, hotta."""
    return _name_words(tuple(names))


_NAME_SPLIT = re.compile(r"[\s（）()、,.・「」『』]+")
_COMPANY_FORM = re.compile(r"^(株式会社|有限会社|合同会社)|(株式会社|有限会社|合同会社)$")


@lru_cache(maxsize=256)  # the same owner's names on every turn of a session
def _name_words(names: tuple[str, ...]) -> frozenset[str]:
    out: set[str] = set()
    for name in names:
        for part in _NAME_SPLIT.split(name or ""):
            part = _COMPANY_FORM.sub("", part)
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
def _ja_phrases(
    text: str,
) -> tuple[tuple[str, frozenset[str], tuple[int, ...], int, bool], ...]:
    """(surface, keys, rank, position, concern) of the quotable phrases of one Japanese text."""
    try:
        from ..analysis.japanese import tagged
    except Exception:  # the analyser is optional for the scorer
        return ()
    out: list[tuple[str, frozenset[str], tuple[int, ...], int, bool]] = []
    run: list[tuple[str, str, tuple[str, ...]]] = []
    position = 0

    tags = tagged(text)

    def close(k: int) -> None:
        nonlocal run
        # a single サ変 noun used as a verb (「数字は勘弁してくれ」「期待はしてない」) is the
        # owner's verb, not a point of his: never quoted
        verb_use = len(run) == 1 and "サ変" in run[0][2][2] and _followed_by_suru(tags, k)
        # a noun fused with ない into one adjective (「もったいない」「申し訳ない」「しょうがない」)
        # is no noun of its own: 「時間もったいない」 never gives 『時間もったい』
        if run and k < len(tags) and tags[k][2][0] == "形容詞" and tags[k][0] in ("ない", "無い"):
            if _HIRAGANA.match(run[-1][0]) or run[-1][0] in _FUSED_NAI:
                run = run[:-1]
        # 「あの子なりに」「自分なりに」: in someone's own way, an adverb, no noun of his (『子なり』)
        if run and run[-1][0] == "なり" and run[-1][2][0] == "接尾辞":
            run = []
        # a set adverb (「滞りなく」「間違いなく」「遠慮なく」): no noun of his
        if len(run) == 1 and k < len(tags) and tags[k][0] in ("なく", "無く"):
            run = []
        # a noun glued to the verb after it (「十年勤めとって」): a fragment of a verb phrase
        if run and k < len(tags) and tags[k][2][0] == "動詞" and tags[k][0] in _JA_GLUED_VERB:
            run = []
        # the dialect copula や read into the noun (「店やでね」「菓子屋やで」): the noun alone
        if run and re.search(r"[\u4e00-\u9fff]や$", run[-1][0]):
            s0, n0, p0 = run[-1]
            run = [*run[:-1], (s0[:-1], n0[:-1] if n0.endswith("や") else n0, p0)]
        # the object of a light verb with its particle dropped (「機械回して」「話聞いて」「両方
        # やってる」) is part of a verb phrase: the noun alone is a fragment of what he said
        if run and _light_verb_follows(tags, k) and sum(1 for m in run if m[2][0] == "名詞") <= 2:
            run = []
        # a な-adjective noun used as an adverb (「簡潔に言うと」「具体的に」): his manner, no point
        if len(run) == 1 and run[0][2][2] == "形状詞可能" and _adverbial(tags, k - 1):
            run = []
        if not verb_use and run:
            for surface, keys, rank in _ja_run_parts(run):
                out.append((surface, keys, rank, position, is_concern(surface, "ja")))
        run = []

    for k, (surface, norm, pos) in enumerate(tags):
        position += len(surface)
        nominal = (
            pos[0] in _NOUN_POS  # numerals too: 「20年選手」, never 「年選手」
            or pos[0] == "接頭辞"
            or (pos[0] == "接尾辞" and pos[1] == "名詞的")
            # a 形状詞 glued to the noun after it is part of a compound: 『クール便』, never 『クール』
            or (
                pos[0] == "形状詞"
                and k + 1 < len(tags)
                and tags[k + 1][2][0] == "名詞"
                and tags[k + 1][2][2] != "副詞可能"
            )
        )
        if nominal and not (pos[0] == "名詞" and pos[2] == "副詞可能" and not run):
            run.append((surface, norm, pos))
            continue
        close(k)
        if pos[0] == "形状詞" and _adverbial(tags, k):
            continue  # 「手短に言うと」「簡単に済ませて」: the manner of his verb, no point of his
        if pos[0] == "形状詞" and surface not in JA_FILLER and len(surface) >= 2:
            out.append((surface, frozenset({norm, surface}), (2, 0, -len(surface)), position, is_concern(surface, "ja")))
        elif (
            pos[0] == "形容詞"
            and pos[5].startswith("終止形")
            # an auxiliary adjective after a verb (「来てほしい」「やってほしい」): no word of his
            and not (pos[1] == "非自立可能" and k > 0 and tags[k - 1][0] in ("て", "で"))
            and norm not in JA_PLAIN_ADJ
            and surface not in JA_PLAIN_ADJ
        ):
            out.append((surface, frozenset({norm, surface}), (3, 0, -len(surface)), position, is_concern(surface, "ja")))
    close(len(tags))
    out.extend(_ja_adjectival_phrases(tags))
    out.extend(_ja_figure_phrases(tags))
    return tuple(out)


def _ja_figure(tags: Sequence[tuple[str, str, tuple[str, ...]]], k: int) -> int:
    """The end of a figure with its counter starting at ``k`` (「七割」「三件」「一社」「2000万」), or
    ``k`` when there is none."""
    j = k
    while j < len(tags) and tags[j][2][1] == "数詞":
        j += 1
    if j == k:
        return k
    counters = j
    while counters < len(tags) and (
        tags[counters][2][2] == "助数詞可能" or tags[counters][2][1] == "助数詞"
        or (tags[counters][2][0] == "接尾辞" and tags[counters][2][1] == "名詞的")
    ):
        counters += 1
    return counters if counters > j else k


def _ja_figure_phrases(
    tags: Sequence[tuple[str, str, tuple[str, ...]]],
) -> list[tuple[str, frozenset[str], tuple[int, ...], int, bool]]:
    """A figure with what it counts, his point whole (「売上の七割が一社」「売上の七割」「三件
    断った」): 『売上』 alone is the frame of it, a bare generic noun (q21)."""
    out: list[tuple[str, frozenset[str], tuple[int, ...], int, bool]] = []
    ends: list[int] = []
    position = 0
    for surface, _, _ in tags:
        position += len(surface)
        ends.append(position)
    for k in range(len(tags)):
        end = _ja_figure(tags, k)
        if end == k or (k > 0 and tags[k - 1][2][1] == "数詞"):
            continue
        figure = "".join(t[0] for t in tags[k:end])
        # what it is a share of: 「売上の七割」 (a noun run and 「の」 before the figure)
        start = k
        if k >= 2 and tags[k - 1][0] == "の":
            m = k - 1
            while m > 0 and tags[m - 1][2][0] == "名詞" and tags[m - 1][2][1] not in ("数詞", "固有名詞") \
                    and tags[m - 1][2][2] != "副詞可能":
                m -= 1
            if m < k - 1 and "".join(t[0] for t in tags[m : k - 1]) not in JA_FILLER:
                start = m
        phrase, last = "".join(t[0] for t in tags[start:end]), end
        # what the figure is of: 「七割が一社」 (the share and who holds it)
        if end + 1 < len(tags) and tags[end][0] in ("が", "は"):
            end2 = _ja_figure(tags, end + 1)
            if end2 > end + 1:
                phrase, last = phrase + tags[end][0] + "".join(t[0] for t in tags[end + 1 : end2]), end2
        # what he did that many times: 「三件断った」 (a verb straight after the figure, past)
        if last == end and start == k and end + 1 < len(tags) and tags[end][2][0] == "動詞" \
                and tags[end + 1][0] == "た":
            phrase, last = phrase + tags[end][0] + "た", end + 2
        if phrase == figure or len(phrase) > 14:
            continue  # a bare figure is no point of his; a long one is a clause
        if tags[end - 1][0] in ("人", "名") and any(phrase.startswith(t) or t + "の" in phrase for t in JA_TITLES):
            continue  # 「取締役の4人」: who sits at the table, people by their title, no point
        out.append((phrase, frozenset({phrase}), (0, -3, -len(phrase)), ends[last - 1], True))
    return out


def _ja_adjectival_phrases(
    tags: Sequence[tuple[str, str, tuple[str, ...]]],
) -> list[tuple[str, frozenset[str], tuple[int, ...], int, bool]]:
    """「無茶な納期」「地道な営業」: a な-adjective with the noun it qualifies, one phrase of his;
    given back whole it is quoted whole, never as 『無茶』 and 『納期』 apart (t10 q053, q060)."""
    out: list[tuple[str, frozenset[str], tuple[int, ...], int, bool]] = []
    position = 0
    ends: list[int] = []
    for surface, _, _ in tags:
        position += len(surface)
        ends.append(position)
    for k in range(len(tags) - 2):
        adj, na = tags[k], tags[k + 1]
        adjectival = adj[2][0] == "形状詞" or (adj[2][0] == "名詞" and adj[2][2] == "形状詞可能")
        if not adjectival or na[0] != "な" or adj[0] in JA_FILLER or len(adj[0]) < 2:
            continue
        j = k + 2
        while j < len(tags) and tags[j][2][0] == "名詞" and tags[j][2][2] != "副詞可能":
            j += 1
        nouns = tags[k + 2 : j]
        if not nouns or all(n[0] in JA_FILLER or n[1] in JA_FILLER for n in nouns):
            continue  # 「大変なこと」「正直なところ」: no noun of his
        if any(n[2][1] == "固有名詞" or n[2][1] == "数詞" for n in nouns):
            continue
        surface = adj[0] + "な" + "".join(n[0] for n in nouns)
        if len(surface) > 12:
            continue
        rank = (0, -len(nouns) - 1, -len(surface))
        out.append((surface, frozenset({surface}), rank, ends[j - 1], is_concern(surface, "ja")))
    return out


_JA_HEDGE_HEADS = frozenset("とこ ところ 所 話 とこは".split())


def _adverbial(tags: Sequence[tuple[str, str, tuple[str, ...]]], k: int) -> bool:
    """The 形状詞 at ``k`` is used as an adverb: followed by に (「手短に」「正直に言うと」), or
    it hedges his answer (「正確なとこは」「正直なところ」「具体的な話は」: r14a s01 T4)."""
    if k + 1 < len(tags) and tags[k + 1][0] == "に" and tags[k + 1][2][0] == "助動詞":
        return True
    return (
        k + 2 < len(tags)
        and tags[k + 1][0] == "な"
        and tags[k + 2][0] in _JA_HEDGE_HEADS
    )


_JA_GLUED_VERB = frozenset("とっ とる とり とら おっ おる おり てる".split())
_JA_COUNT_ADVERB = re.compile(r"^[一二三四五六七八九十何数]+(回|度)$")
_JA_LIGHT_VERBS = frozenset("回す 聞く やる 遣る 見る 言う 持つ 使う 出す 入れる".split())


def _light_verb_follows(tags: Sequence[tuple[str, str, tuple[str, ...]]], k: int) -> bool:
    """The morpheme at ``k`` is a light verb (回す, 聞く, やる) right after the noun run."""
    return k < len(tags) and tags[k][2][0] == "動詞" and tags[k][1] in _JA_LIGHT_VERBS


def _followed_by_suru(tags: Sequence[tuple[str, str, tuple[str, ...]]], k: int) -> bool:
    """The morphemes from ``k`` on are する (「勘弁して」), perhaps after は/も (「期待はしてない」)."""
    for surface, norm, pos in tags[k : k + 2]:
        if pos[0] == "動詞" and norm in ("為る", "する", "出来る"):
            return True
        if not (pos[0] == "助詞" and surface in ("は", "も")):
            return False
    return False


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
    # a count used as an adverb (「一回話を聞いて」「一度店を見て」) is no part of the noun after it
    while len(run) > 1 and _JA_COUNT_ADVERB.match(run[0][0]):
        run = run[1:]
    # nor a span of time closed by an adverbial suffix (「一日じゅう倉庫を探し回って」「年中現場に」):
    # 『一日じゅう倉庫』 is a scrap, his noun is 『倉庫』 (r18a s05 T6)
    cut = [i for i, m in enumerate(run[:-1]) if m[2][0] == "接尾辞" and m[2][2] == "副詞可能"]
    if cut:
        run = run[cut[-1] + 1 :]
    if not run:
        return None
    core = [(s, n) for s, n, p in run if p[0] == "名詞"]
    if not core or all(s in JA_FILLER or n in JA_FILLER for s, n in core):
        return None
    # a number with its counter (「50年」「一億八千万」「10社」) is a figure, not a point
    if all(p[1] == "数詞" or "助数詞" in p[2] or p[0] == "接尾辞" for _, _, p in run):
        return None
    surface = "".join(s for s, _, _ in run)
    if re.sub(r"(さん|様|さま)$", "", surface) in JA_FILLER:
        return None  # 「商工会議所さん」: the referring organisation, no point of the owner's
    if len(surface) < 2 or not re.search(r"[\u4e00-\u9fff\u30a0-\u30ffA-Za-z]", surface):
        return None
    if len(run) == 1 and run[0][2][2] == "形状詞可能" and surface in JA_FILLER:
        return None
    keys = {n for s, n in core if s not in JA_FILLER and n not in JA_FILLER}
    keys.add(surface)
    keys.add("".join(n for _, n, _ in run))
    # compounds first (more specific), then longer words
    return surface, frozenset(keys), (0 if len(core) >= 2 else 1, -len(core), -len(surface))


def owner_phrases(
    context: Sequence[Utterance],
    lang: Lang,
    names: Iterable[str] = (),
    window: int = 4,
    generic: bool = False,
) -> list[Phrase]:
    """Quotable phrases of the owner's last ``window`` turns, most salient first: the latest
    turn first; within a turn compounds and noun phrases before plain words, adjectives last."""
    latest = (u.text for u in reversed(context) if u.speaker == "owner")
    return list(_owner_phrases(tuple(islice(latest, max(window, 0))), lang, tuple(names), generic))


@lru_cache(maxsize=1024)  # the same owner turns are read for each of a turn's picks
def _owner_phrases(
    latest: tuple[str, ...], lang: Lang, names: tuple[str, ...], generic: bool
) -> tuple[Phrase, ...]:
    excluded = name_words(names)
    owner = [_statements(text, lang) for text in latest]
    seen: set[str] = set()
    out: list[Phrase] = []
    owner_low = [t.lower() for t in owner]
    for back, text in enumerate(owner):
        found = _found(text, lang)
        ranked = sorted(found, key=lambda p: (p[2], -p[3]))
        for surface, keys, rank, _, concern in ranked:
            if surface in seen or _named(surface, excluded):
                continue
            if not generic and generic_alone(surface, lang):
                continue
            if not generic and negated(surface, text, lang):
                continue  # 「大企業やない」 "without worry": quoted alone it says the opposite
            low = surface.lower()
            mentions = sum(low in t for t in owner_low)
            if not generic and mentions < 2 and measure_word(surface, lang):
                continue  # 「規模が違う」「余裕はない」 said once: a measure of his point, not one
            seen.add(surface)
            out.append(Phrase(surface, keys, back, rank, concern, mentions))
    return tuple(out)


def _found(
    text: str, lang: Lang
) -> tuple[tuple[str, frozenset[str], tuple[int, ...], int, bool], ...]:
    if lang == "ja":
        return _ja_phrases(text)
    return tuple((*p, is_concern(p[0], "en")) for p in en_phrases(text))


_JA_SENTENCES = re.compile(r"(?<=[。！？!?])|\n")
_EN_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n+")


@lru_cache(maxsize=4096)  # every owner turn is read again on every later turn
def _statements(text: str, lang: Lang) -> str:
    """The owner's turn without his questions to the supporter (「製造業の現場を見たことある
    の？」): the words of a question he asks are not points of his."""
    splitter = _JA_SENTENCES if lang == "ja" else _EN_SENTENCES
    parts = [x for x in splitter.split(text) if x and x.strip()]
    kept = [x for x in parts if not x.rstrip(" 　…").endswith(("？", "?"))]
    return ("" if lang == "ja" else " ").join(kept)


@lru_cache(maxsize=4096)  # a turn's picks (quotable, generic, wide) read its words each
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


# the owner replies a turn picks his words up from: the ones the feedback line points to (a word
# of his fourth reply back, given back in a summary, reads as the trainee's own: judge 4, issue 8)
PICK_WINDOW = 3


def picked_phrases(
    text: str,
    context: Sequence[Utterance],
    lang: Lang,
    names: Iterable[str] = (),
    limit: int = 3,
    generic: bool = False,
    window: int = PICK_WINDOW,
) -> list[str]:
    """The owner's phrases (as the owner said them) that ``text`` picks up, latest first;
    with ``generic``, words too generic to quote count too (how much of his was given back);
    ``window``: how many of his latest replies to read (a summary reads them all)."""
    from .points import incidental, trainee_first  # points builds on this module
    from .quote_words import quoted_said
    from .text import ja_readable_end, ja_reads_whole

    mine = utterance_keys(text, lang)
    if not mine:
        return []
    low = text.lower()
    # what the trainee quoted back word for word (「『守る』というのは」, "'slow going'") first:
    # never a filler word (『お客さん』『気持ち』), his aside or rebuff, or the trainee's own word
    excluded = name_words(names)
    out: list[str] = [
        q
        for q in quoted_owner_words(text, context)
        if not _named(q, excluded)
        and q not in JA_FILLER
        and not trainee_first(q, context)
        and not incidental(q, context, lang)
    ]
    if lang == "ja":
        # a clause of his the trainee put in quotation marks (「そこに『調達先を見直していく』という
        # メール」): the words he stressed, ahead of the nouns around them (r20b s01 T10)
        owner_said = [u.text for u in reversed(context) if u.speaker == "owner"][:PICK_WINDOW]
        stressed = [
            q
            for q in quoted_said(text, context, lang)
            if q not in out
            and any(q in t for t in owner_said)
            and len(q) >= 6
            and ja_reads_whole(q)
            and bool(_KANJI.search(q))
            # a noun of substance, or his inner voice whole (「うちは何やってんだ、って」 r22a s09
            # T10): the words he stressed, never the trade's noun beside them (『漬物』)
            and (ja_has_noun(q) or _inner_voice(q, owner_said))
            and any(ja_readable_end(q, t) == q for t in owner_said if q in t)
            and not _named(q, excluded)
            and not trainee_first(q, context)
            and not incidental(q, context, lang)
        ]
        out += stressed
    clause = echoed_clause(text, context) if lang == "ja" and not generic else ""
    if not clause and lang == "ja" and not generic:
        clause = next((q for q in stressed if _inner_voice(q, owner_said)), "")
    if clause and not _named(clause, excluded) and clause not in out:
        # his own clause given back whole (「毎日同じことをしているな、と」): that is what the
        # turn picked up; a thing named beside it in his reply (『注文票』『倉庫』) is no point of
        # its own unless it names a concern of his (r20b s05 T3, T8)
        out.insert(0, clause)
    for p in owner_phrases(context, lang, names, window=window, generic=generic):
        if clause and not is_concern(p.surface, lang):
            continue
        if p.surface in out or any(p.surface in o for o in out):
            continue
        if trainee_first(p.surface, context) or incidental(p.surface, context, lang):
            continue  # the trainee's own word, echoed by the owner; a rebuff, a set phrase
        single = len(p.surface.split()) == 1 if lang == "en" else len(p.keys) <= 2
        # an English phrase is given back as words, never inside another ("head" in "ahead")
        said = (
            p.surface.lower() in low
            if lang == "ja"
            else _whole_word(p.surface.lower()).search(low) is not None
        )
        whole = said or (lang == "ja" and bool(_whole_keys(p) & mine))
        if whole or (single and p.keys & mine):
            out.append(p.surface)
        if len(out) >= limit:
            break
    if lang == "ja":
        out = [_his_whole_phrase(_whole_noun_phrase(o, text, context), context) for o in out]
        # his figure of speech (「ベテランの頭の中」) is quoted only as the trainee gave it back whole
        out = [_body_whole(o, text, context) for o in out]
        out = [o for o in out if not (_JA_BODY_PHRASE.search(o) and o not in text)]
        out = _ja_pairs(out, context)
        # 「電話の方が安心する」: the side of a comparison, 『電話の方』 is his 『電話』 (r17a s04 T8)
        out = [_JA_SIDE.sub("", o) if _JA_SIDE.sub("", o) else o for o in out]
        out = [
            o
            for o in out
            if o and (generic or not (place_name(o) or bare_generic(o, lang) or generic_alone(o, lang)))
            and not ja_holds_name(o)
            and (generic or not role_label(o, [u.text for u in context if u.speaker == "owner"]))
            and not ja_open_clause(o)
        ]
        out = list(dict.fromkeys(out))
    else:
        said_en = [u.text for u in context if u.speaker == "owner"]
        out = list(dict.fromkeys(_en_pair(o, low, context) for o in out if not en_figure_only(o, said_en)))
    # a word inside another one picked (『商社』 beside 『鉄鋼商社』, "supermarkets" beside "local
    # supermarket": r15a s06 T3): the whole word only
    out = [o for o in out if not any(o != x and _inside(o, x, lang) for x in out)]
    return out[:limit]


def _inner_voice(q: str, said: Sequence[str]) -> bool:
    """``q`` is a thought he quoted to himself, whole, in one of ``said`` (「うちは何やってんだ、
    って」「もう潮時かなあ、と」): never a clause cut before its conditional 「と」."""
    from .text import ja_readable_end

    return any(
        re.search(re.escape(q) + _JA_THOUGHT_AFTER, t) is not None
        and ja_readable_end(q, t) == q
        and not _ja_conditional_after(q, t)
        for t in said
        if q in t
    )


# what makes the clause before it a condition, not a thought he voices (「うちでやるとなると」
# 「値上げすると」「来なくても」「やれば」): a connective particle that leaves the clause open
_JA_OPEN_CONNECTIVES = frozenset("と ば たら ても でも なら".split())


def _ja_conditional_after(q: str, text: str) -> bool:
    """In ``text``, ``q`` is followed by a conditional or concessive connective (「…となると」
    「…すると」): an unfinished clause of his, no thought or point he voiced (r22b s10 T3)."""
    from ..analysis.japanese import tagged

    at = text.find(q)
    if at < 0:
        return False
    end = at + len(q)
    pos = 0
    for surface, _, feats in tagged(text):
        if pos >= end and surface.strip():
            return feats[1] == "接続助詞" and surface in _JA_OPEN_CONNECTIVES
        pos += len(surface)
    return False


def ja_has_noun(q: str) -> bool:
    """``q`` holds a noun of substance (not a filler: 「調達先を見直していく」, never 「高いです」)."""
    from ..analysis.japanese import tagged

    return any(t[2][0] == "名詞" and t[0] not in JA_FILLER for t in tagged(q))


_ECHO_MIN = 8  # characters of a clause of his given back word for word
_JA_THOUGHT_AFTER = r"(?:な|なあ|なぁ|よな|かな|かなあ|ね|わ)?[、…]*(?:って|っと|と(?:思|感じ|考え|[。…、]|$))"
_JA_CLAUSE_SPLIT = re.compile(r"[。！？!?…「」『』\n]+|、(?:って|と)(?:[。…]|$)")


def echoed_clause(text: str, context: Sequence[Utterance]) -> str:
    """A clause of his latest reply that ``text`` gives back word for word (at least
    ``_ECHO_MIN`` characters, up to 16), ending where his predicate ends in a form that reads
    (「毎日同じことをしている」 of his 「毎日同じことをしているな、って」), or "". A run that ends
    on a noun is a noun phrase, judged with his other phrases; his rebuffs, asides and put-offs
    are never his point."""
    from ..analysis.japanese import tagged
    from .limits import refusal
    from .quote_words import aside
    from .text import ja_readable_end

    last = next((u.text for u in reversed(context) if u.speaker == "owner"), "")
    if not last or len(text) < _ECHO_MIN:
        return ""
    best = ""
    for part in _JA_CLAUSE_SPLIT.split(last):
        part = part.strip("、 　")
        if len(part) < _ECHO_MIN:
            continue
        for i in range(len(part)):
            if len(part) - i <= len(best):
                break
            for j in range(len(part), i + max(_ECHO_MIN, len(best) + 1) - 1, -1):
                if part[i:j] in text:
                    best = part[i:j] if j - i > len(best) else best
                    break
    best = re.sub(r"^[、がはをにのでともへや]+", "", best)
    best = re.sub(r"(?:な|ね|よ|わ|って|と)$", "", best)
    if len(best) < _ECHO_MIN:
        return ""
    # only his inner voice: a thought he quotes to himself (「…しているな、って」「…かなあ、と
    # 思う」); a plain statement of his is judged by its phrases
    if not re.search(re.escape(best) + _JA_THOUGHT_AFTER, last) or _ja_conditional_after(best, last):
        return ""
    readable = ja_readable_end(best, last)
    if readable != best or len(best) > 16 or refusal(best, "ja") or aside(best, "ja"):
        return ""
    toks = [t for t in tagged(best) if t[2][0] not in ("空白", "補助記号")]
    if (
        not toks
        or toks[0][2][0] in ("助詞", "助動詞")
        or toks[-1][2][0] not in ("動詞", "形容詞", "助動詞")
        or not toks[-1][2][5].startswith(("終止形", "連体形"))
    ):
        return ""  # a noun phrase (judged with his phrases) or a piece opening on a particle
    if not any(t[2][0] in ("名詞", "形状詞") for t in toks):
        return ""  # 「そうやっていくしかない」-like: a predicate with nothing of his in it
    return best


_JA_SIDE = re.compile(r"の(方|ほう)$")
# one item of a pair: a noun of two characters or more, perhaps with its okurigana (「仕入れ」),
# closed by a particle (never a verb: 「品質と言えば」 is no pair)
_JA_PAIR_PART = (
    r"(?:[\u4e00-\u9fff\u30a0-\u30ffーA-Za-zＡ-Ｚ]{2,8}|[\u4e00-\u9fff]{1,4}[ぁ-ん]{1,2})"
    r"(?=[をがはもでにの、とや]|$)"
)


def _ja_pairs(out: list[str], context: Sequence[Utterance]) -> list[str]:
    """One half of a pair of his (「毎日の受注と配送を回している」「試作と小ロット」) given back
    alone is a fragment of it: dropped, unless it names a problem of his (「人手不足と設備の老朽化」
    keeps 『人手不足』) or he also said it on its own; both halves given back are kept, item by
    item (r17a s03 T8, s04 T2, t10 q009). (Never quoted as 『XとY』: a quote holds no particle
    but の.)"""
    owner = [u.text for u in reversed(context) if u.speaker == "owner"][:PICK_WINDOW]
    kept: list[str] = []
    for o in out:
        esc = re.escape(o)
        before = rf"({_JA_PAIR_PART})[とや]{esc}(?![\u4e00-\u9fff\u30a0-\u30ff])"
        after = rf"(?<![\u4e00-\u9fff\u30a0-\u30ff]){esc}[とや](?!か)({_JA_PAIR_PART})"
        pairs = [m.group(1) for t in owner for pat in (before, after) for m in re.finditer(pat, t)]
        alone = sum(len(re.findall(esc, t)) for t in owner)
        if not pairs or alone > len(pairs) or is_concern(o, "ja"):
            kept.append(o)
            continue
        other = pairs[0]
        if any(other in x or x in other for x in out if x != o):
            kept.append(o)  # both halves given back: his pair, item by item (t10 q009)
    return list(dict.fromkeys(kept))


def _inside(word: str, other: str, lang: Lang) -> bool:
    """``word`` is part of ``other`` (in English also as its plural: "supermarkets" of "local
    supermarket")."""
    w, o = word.lower(), other.lower()
    if w in o:
        return True
    if lang != "en" or not w.endswith("s") or len(w) <= 3:
        return False
    singular = {w[:-1], w[:-2] if w.endswith("es") else w[:-1], w[:-3] + "y" if w.endswith("ies") else w[:-1]}
    return any(_whole_word(x).search(o) is not None for x in singular)


_EN_NOT_MANNER = frozenset("only really early likely family daily weekly monthly yearly supply apply reply".split())
_EN_PAIR = r"\b(?:{w} (?:and|or|&) [a-z][a-z'-]*|[a-z][a-z'-]* (?:and|or|&) {w})\b"


def _en_pair(word: str, low: str, context: Sequence[Utterance]) -> str:
    """An English word the owner said only as one of a pair ("by phone and fax", "nuts and
    bolts") and the trainee gave back with its pair ("phone and fax", "phone, fax and the
    whiteboard"): his pair whole, never one half of it (r14a s03 T5, T7). A word he also said
    on its own stays as it is."""
    if " " in word:
        return word
    owner = [u.text.lower() for u in reversed(context) if u.speaker == "owner"][:PICK_WINDOW]
    pair = re.compile(_EN_PAIR.format(w=re.escape(word.lower())))
    alone = _whole_word(word.lower())
    # his verb with its manner ("we'll slowly shrink", "it just quietly died"): the two whole
    # when the trainee gave both back (r14 play: 'shrink' of "slowly shrink")
    manner = re.compile(rf"\b[a-z]{{3,}}ly {re.escape(word.lower())}\b")
    for t in owner:
        for m in manner.finditer(t):
            if m.group(0) in low and m.group(0).split()[0] not in _EN_NOT_MANNER:
                return m.group(0)
    pairs = [m.group(0) for t in owner for m in pair.finditer(t)]
    if not pairs or sum(len(alone.findall(t)) for t in owner) > len(pairs):
        return word
    for p in pairs:
        first, last = p.split()[0], p.split()[-1]
        if first in EN_SKIP or last in EN_SKIP:
            continue
        # given back as his pair, or both halves in a list of the trainee's ("phone, fax and …")
        # (in the plural too: "phones and faxes" gives back his "phone and fax", r15b s07 T7)
        if p in low or (_plural_word(first).search(low) and _plural_word(last).search(low)):
            return p
    return word


@lru_cache(maxsize=4096)
def _whole_word(word: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(word)}\b")


@lru_cache(maxsize=1024)
def _plural_word(word: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(word)}(?:e?s)?\b")


_JA_NOUNISH = r"[\u4e00-\u9fff\u30a0-\u30ffー]"


def _whole_noun_phrase(word: str, text: str, context: Sequence[Utterance]) -> str:
    """The noun phrase 「XのY」 holding ``word`` that both the trainee and the owner said
    (『全国のお客さん』, 『NCの旋盤』, 『工場の人間』), else the word: a modifier or a head cut
    out of his phrase is a fragment of what he said."""
    owner = [u.text for u in context if u.speaker == "owner"]
    for pattern in _noun_phrase_patterns(word):
        for m in pattern.finditer(text):
            if m.start() and re.match(r"[0-9０-９一二三四五六七八九十百千万]", text[m.start() - 1]):
                continue  # cut from a figure (「50年のお付き合い」 → never 『年のお付き合い』)
            phrase = m.group(0)
            # the longest part of it he said too (「県内の機械メーカー」 of 「県内の機械メーカーさん」)
            while phrase and len(phrase) > len(word) + 1:
                if any(_ends_a_word(phrase, t) for t in owner) and len(phrase) <= 12:
                    if not phrase.endswith(("の", "な")) and not phrase.startswith(("の", "な")):
                        return phrase
                phrase = phrase[:-1] if phrase.startswith(word) else phrase[1:]
    return word


_JA_PHRASE_PART = r"[\u4e00-\u9fff\u30a0-\u30ffーA-Za-zＡ-Ｚ]"
_JA_GLUED_AFTER = re.compile(rf"^(?:の{_JA_PHRASE_PART}{{1,8}}(?:さん)?){{1,2}}")
_JA_GLUED_BEFORE = re.compile(rf"(?:{_JA_PHRASE_PART}{{1,8}}の){{1,2}}$")


def _his_whole_phrase(word: str, context: Sequence[Utterance]) -> str:
    """``word`` as the owner said it: when every time he said it in his replies the feedback
    points to, it was the head or the modifier of a noun phrase 「XのY」 (「地元の企業さん」
    「自社の職人」「職長の代わり」「個人的なつながり」), the phrase whole (up to 12 characters),
    else nothing: a head or a modifier cut out of his phrase is a fragment (judge 4, issue 8).
    A word he also said on its own (「……セットかな」), or beside a filler (「職人の間で」), stays."""
    owner = [u.text for u in reversed(context) if u.speaker == "owner"][:PICK_WINDOW]
    whole: list[str] = []
    for t in owner:
        for m in re.finditer(re.escape(word), t):
            before, after = t[: m.start()], t[m.end() :]
            if re.match(_JA_NOUNISH, after[:1]) or re.search(rf"{_JA_NOUNISH}$", before):
                continue  # inside a longer word here: judged by that word
            if _clause_before(t, m.start()):
                whole.append("")  # 「寝かせる味噌」: the head of his clause, the clause is his point
                continue
            if word.endswith("的") and after.startswith("な"):
                whole.append("")  # 「個人的なつながり」: the modifier of a phrase, never his point
                continue
            body = _JA_BODY_TAIL.match(after)
            if body and after[body.end() : body.end() + 1] in _JA_WORD_END | {""}:
                # 「ベテランの頭の中」: the knowledge in someone's head, whole or nothing (r15a s03 T4)
                phrase = word + body.group(0)
                whole.append(phrase if len(phrase) <= 12 else "")
                continue
            tail = _JA_GLUED_AFTER.match(after)
            head = _JA_GLUED_BEFORE.search(before)
            tail_s = tail.group(0) if tail and not _filler_part(tail.group(0)[1:]) else ""
            if tail_s and (
                after[len(tail_s) : len(tail_s) + 1] not in _JA_WORD_END | {""}
                or _noun_follows(t, m.end() + len(tail_s))
            ):
                # 「値引きのお願いが」「精密もん」: never cut inside his word (『値引きのお願』
                # 『小ロットの精密』: t10 q065)
                tail_s = ""
            if tail_s and re.fullmatch(r"の(人|方|子|担当)(さん)?", tail_s) and head:
                # 「得意先の購買の人」: the middle of a person of his story, no point (q21)
                whole.append("")
                continue
            if tail_s and len(re.split(r"の", tail_s)[1]) < 2:
                tail_s = ""  # 「設計の子」: too slight a head to read as his phrase
            if tail_s and _holds_name(t, m.end(), m.end() + len(tail_s)):
                # 「職人の吉田さん」「同業の奈良の店」: a person or a place by name, never quoted,
                # and the word cut from it a fragment: nothing here (r16b s05 T11)
                whole.append("")
                continue
            if word in JA_RELATIONAL and not head and _JA_OWNER_HEAD.search(before):
                # 「お客さんの好み」: his relational word leans on a filler-ish owner; alone it is
                # a fragment, whole it is no phrase we quote: nothing (r16b s10 T9)
                whole.append("")
                continue
            # a head keeps its modifier only when it leans on it (「地元の企業さん」「職長の代わり」);
            # 「季節の上生菓子」「現場のリーダー」 stand alone as 『上生菓子』『リーダー』
            # an action noun leans on what it acts on too (「残業の規制」「人手の確保」「原価の管理」):
            # 『規制』 alone is cut from his point (q21)
            leans = word.endswith("さん") or word in JA_RELATIONAL or _action_noun(word)
            head_s = (
                head.group(0)
                if head and leans and not _filler_part(head.group(0)[:-1])
                else ""
            )
            if not tail_s and not head_s:
                return word  # said on its own
            start, end = m.start() - len(head_s), m.end() + len(tail_s)
            bounds = _token_bounds(t)
            # never cut inside a word of his (「食べ放題の代わり」 → never 『放題の代わり』)
            whole.append(head_s + word + tail_s if start in bounds and end in bounds else "")
    if not whole:
        return word
    phrase = whole[0]
    return phrase if len(phrase) <= 12 else ""


# a body part that holds a figure of speech after 「Xの」 (「ベテランの頭の中」「職人の手の中」「親父の
# 腕一本」): the phrase is his point, 『ベテラン』 or 『頭』 alone a fragment of it
_JA_BODY_TAIL = re.compile(r"^の(頭|手|腕|胸|腹|目)(の中|ん中|次第|一本|だけ)?")
_JA_BODY_PHRASE = re.compile(r"の(頭|手|腕|胸|腹|目)(の中|ん中|次第|一本|だけ)?$")


def _body_whole(phrase: str, text: str, context: Sequence[Utterance]) -> str:
    """「職長の頭」 grown from the trainee's 「職長の頭の中」: his figure of speech whole, as both said it."""
    if not re.search(r"の(頭|手|腕|胸|腹|目)$", phrase):
        return phrase
    owner = [u.text for u in reversed(context) if u.speaker == "owner"][:PICK_WINDOW]
    for tail in ("の中", "ん中"):
        if phrase + tail in text and any(phrase + tail in t for t in owner):
            return phrase + tail
    return phrase

_JA_COMPANY_WORD = re.compile(
    r"(鉄工|精工|工業|製作所|工務店|商店|商会|産業|電機|運輸|物産|建設|酒造|製菓|食品|興業|技研|工房|本舗)(所)?$"
)


@lru_cache(maxsize=2048)
def ja_holds_name(phrase: str) -> bool:
    """A phrase that holds a person's or a company's name (「北村鉄工の北村」「北村鉄工」「佐藤の
    仕事」): names are never quoted, in any form, whether or not the persona's names are known (q21)."""
    try:
        from ..analysis.japanese import tagged
    except Exception:  # the analyser is optional for the scorer
        return False
    tags = [t for t in tagged(phrase) if t[2][0] not in ("空白", "補助記号")]
    if any(t[2][1] == "固有名詞" and t[2][2] in ("人名", "組織") for t in tags):
        return True
    # a family name read as a place before a company word (「大西精工」), or the same name twice
    # (「〇〇精工の〇〇」)
    for k, t in enumerate(tags[:-1]):
        if t[2][1] == "固有名詞" and _JA_COMPANY_WORD.match("".join(x[0] for x in tags[k + 1 : k + 3])):
            return True
    return bool(re.match(r"^([\u4e00-\u9fff]{2,3})[\u4e00-\u9fff]{1,4}の\1", phrase))


@lru_cache(maxsize=1024)
def _action_noun(word: str) -> bool:
    """A noun of doing (サ変可能: 「規制」「確保」「管理」「値上げ」), whose object is the noun before
    its 「の」."""
    try:
        from ..analysis.japanese import tagged
    except Exception:  # the analyser is optional for the scorer
        return False
    tags = [t for t in tagged(word) if t[2][0] not in ("空白", "補助記号")]
    return bool(tags) and tags[-1][2][0] == "名詞" and tags[-1][2][2] == "サ変可能"


# heads that lean on the noun before them (「職長の代わり」「お客さんの側」): cut from it, a fragment
# (r14: 「トレーサビリティのデータ」「仕入れの情報」: the data, the information of something)
JA_RELATIONAL: frozenset[str] = frozenset(
    "代わり 代理 身代わり 側 向け 同士 相手 残り 一部 担当 データ 情報 記録 資料 好み 都合 言い分".split()
)
# a phrase naming a person of his story by where they sit (「購買の人」「先方の担当」)
_JA_PERSON_END = re.compile(r"の(人|人たち|方|方々|担当|担当者|連中|子)(さん)?$")
_JA_PERSON_TAIL = re.compile(r"の(人|人たち|方|方々|担当|担当者|連中|子)")


def _find_at(text: str, word: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(word), text)]


_JA_FIGURE = re.compile(r"^[0-9０-９一二三四五六七八九十百千万何数]+")


@lru_cache(maxsize=2048)
def _spans(text: str) -> tuple[tuple[int, int, str, tuple[str, ...]], ...]:
    """SudachiPy tokens of ``text`` with their offsets: (start, end, normalised form, POS tags),
    up to the first token that cannot be found in ``text``."""
    try:
        from ..analysis.japanese import tagged
    except Exception:  # the analyser is optional for the scorer
        return ()
    out: list[tuple[int, int, str, tuple[str, ...]]] = []
    at = 0
    for surface, norm, tags in tagged(text):
        found = text.find(surface, at)
        if found < 0:
            break
        at = found + len(surface)
        out.append((found, at, norm, tuple(tags)))
    return tuple(out)


@lru_cache(maxsize=2048)
def _token_bounds(text: str) -> frozenset[int]:
    """Offsets in ``text`` where a SudachiPy token starts or ends."""
    spans = _spans(text)
    if not spans:
        return frozenset()
    return frozenset({0} | {x for start, end, _, _ in spans for x in (start, end)})


def _filler_part(part: str) -> bool:
    """The other half of 「XのY」 is a filler or a figure (「職人の間」「今の」「三十年の」): no
    phrase of his."""
    first = re.split(r"の", part.strip("の"))[0]
    bare = re.sub(r"^[おご]|(さん)$", "", first)
    return bare in JA_FILLER or first in JA_FILLER or len(bare) < 1 or bool(_JA_FIGURE.match(first))


@lru_cache(maxsize=2048)  # his words come back turn after turn: compile their patterns once
def _noun_phrase_patterns(word: str) -> tuple[re.Pattern[str], ...]:
    """「{word}のY」 and 「Xの{word}」 (「{word}なY」 and 「Xな{word}」 too), Y and X runs of kanji or
    katakana."""
    w = re.escape(word)
    return (
        re.compile(rf"{w}の[おご]?{_JA_NOUNISH}{{1,8}}(?:さん)?"),
        re.compile(rf"{_JA_NOUNISH}{{1,8}}の{w}"),
        # his 「無茶な納期」 given back whole: never 『無茶』 or 『納期』 cut from it (t10 q053, q060)
        re.compile(rf"{w}な{_JA_NOUNISH}{{1,8}}"),
        re.compile(rf"{_JA_NOUNISH}{{1,8}}な{w}"),
    )


_JA_WORD_END = frozenset("のはがをにでともへやかよねなだけ、。…！？!?」』 　")


def _ends_a_word(phrase: str, text: str) -> bool:
    """``phrase`` is in ``text`` ending where a word ends (「原価低減のお願い」, never 「…のお願」)."""
    for m in re.finditer(re.escape(phrase), text):
        after = text[m.end() : m.end() + 1]
        if not after:
            return True
        # 「小ロットの精密もん」: も opens his noun もん here, no particle (t10 q065)
        if after in _JA_WORD_END and not _noun_follows(text, m.end()):
            return True
    return False


def _clause_before(text: str, at: int) -> bool:
    """A verb in its attributive form ends right at offset ``at`` of ``text`` (「二年寝かせる味噌」):
    the noun there heads his clause, and alone it is a fragment of what he said (t10 q024)."""
    for _, end, norm, tags in _spans(text):
        if end == at:
            # (「通販っていう販売手段」: a noun named, not a clause's head)
            return tags[0] == "動詞" and tags[5].startswith("連体形") and norm not in ("言う", "云う", "いう")
        if end > at:
            return False
    return False


# the one whose relational word it is, in words the quote rules keep out (「お客さんの」「人の」)
_JA_OWNER_HEAD = re.compile(r"(お客さん|お客様|客|人|相手|皆|みんな|向こう)の$")


def _holds_name(text: str, start: int, end: int) -> bool:
    """A person's or a place's proper noun lies within ``text[start:end]``."""
    for found, _, _, tags in _spans(text):
        if found >= end:
            return False
        if found >= start and tags[1] == "固有名詞":
            return True
    return False


def _noun_follows(text: str, at: int) -> bool:
    """A noun (or a noun's suffix) of ``text`` starts at offset ``at``."""
    for found, _, _, tags in _spans(text):
        if found == at:
            return tags[0] == "名詞" or (tags[0] == "接尾辞" and tags[1] == "名詞的")
        if found > at:
            return False
    return False


def _whole_keys(p: Phrase) -> frozenset[str]:
    """The keys of the phrase as a whole (「工場長」, not its part 「工場」)."""
    return frozenset(k for k in p.keys if len(k) >= len(p.surface) - 1)


def salient(
    context: Sequence[Utterance],
    lang: Lang,
    names: Iterable[str] = (),
    limit: int = 3,
    avoid: Iterable[str] = (),
    window: int = 4,
    avoid_keys: frozenset[str] = frozenset(),
    concern: bool = False,
    dwelt: bool = False,
    latest_only: bool = False,
) -> list[str]:
    """Up to ``limit`` phrases to build a suggestion on: what the owner dwelt on (said in
    several turns) and his latest, most specific words first, one word per idea (a phrase inside
    a longer one is skipped). An older turn's word only when he came back to it, so one word is
    not suggested turn after turn. With ``concern``, only words that name a situation, problem,
    feeling or something he could act on. With ``dwelt``, only a noun phrase he dwelt on
    (:func:`quote_words.dwelt_on`). With ``latest_only``, only a phrase of his last reply (what
    he just said; the window still counts how often he said it)."""
    # (points builds on this module)
    from .points import dead_thread, in_passing, incidental, trainee_first

    owner_texts = [_statements(u.text, lang) for u in context if u.speaker == "owner"]
    last_reply = [u for u in context if u.speaker == "owner"][-1:]

    skip = set(avoid)
    out: list[str] = []
    phrases = [
        p for p in owner_phrases(context, lang, names, window=window)
        if (p.turn == 0 or p.mentions >= 2 or (p.turn == 1 and window > 1))
        and (p.turn == 0 or not latest_only)
    ]
    phrases.sort(key=lambda p: (p.turn if p.mentions < 2 else 0, -min(p.mentions, 2)))
    for p in phrases:
        if (
            (concern and not p.concern)
            or p.keys & avoid_keys
            or in_passing(p.surface, context, lang)
            or incidental(p.surface, context, lang)
            or trainee_first(p.surface, context)
            or dead_thread(p.surface, context, lang)
            or (
                dwelt
                and not dwelt_on(
                    p.surface, p.rank, p.mentions, owner_texts, lang,
                    _his_whole_phrase(p.surface, context) if lang == "ja" else "",
                )
            )
        ):
            continue
        if latest_only and lang == "ja" and last_reply and not _his_whole_phrase(p.surface, last_reply):
            # his last reply says it only inside a person's name (「職人の吉田さん」): there it is
            # no word of his to build on, whatever he said of it before (r20b s03 T11)
            continue
        surface = _his_whole_phrase(p.surface, context) if lang == "ja" else p.surface
        if lang == "ja" and place_name(surface):
            continue  # 『本店』『駅前の店』: where a shop of his stands, no point (r14a s10 T5)
        if lang == "en" and en_figure_only(surface, owner_texts):
            continue  # "like a die", "something sweet": what he said of it is his point
        if lang == "ja" and role_label(surface, owner_texts):
            continue  # 「経理を見てる取締役」: what a person of his looks after names him
        if bare_generic(surface, lang) or (lang == "ja" and ja_holds_name(surface)):
            continue  # 『電話』『事務所』 bare: only inside a longer phrase of his; never a name
        if lang == "ja" and p.mentions < 2 and (
            _JA_PERSON_END.search(surface)
            or person_phrase(surface)
            or any(
                _JA_PERSON_TAIL.match(t, i + len(surface))
                for t in owner_texts
                if surface + "の" in t
                for i in _find_at(t, surface + "の")
            )
        ):
            # 「得意先の購買の人から電話があって」: a person in his story, said once, is who,
            # not his point (what happened, what he felt): q21
            continue
        if not surface or surface != p.surface and p.turn > 0:
            continue  # cut from his phrase (「同業の神戸の店」): the phrase of his last reply only
        if surface in skip or any(surface in o or o in surface for o in out):
            continue
        out.append(surface)
        if len(out) >= limit:
            break
    return out


def distinct_points(
    context: Sequence[Utterance],
    lang: Lang,
    names: Iterable[str] = (),
    limit: int = 3,
    avoid_keys: frozenset[str] = frozenset(),
) -> list[str]:
    """One phrase from each of up to ``limit`` different owner turns (latest first), for a
    suggested summary; fewer than two means there is nothing to summarise yet."""
    chosen: dict[int, str] = {}
    for p in owner_phrases(context, lang, names, window=6):
        if p.keys & avoid_keys:
            continue
        if p.turn in chosen or any(p.surface in o or o in p.surface for o in chosen.values()):
            continue
        chosen[p.turn] = p.surface
        if len(chosen) >= limit:
            break
    # oldest first reads like the conversation went
    return [chosen[t] for t in sorted(chosen, reverse=True)]
