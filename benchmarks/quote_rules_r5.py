"""The round-5 rule for a bad quote (issue 8; playtests r6a/r6b), on top of
:mod:`benchmarks.quoted_words` (trainee / fragment / filler / name). A quoted owner word is also
**bad** when it is

- ``generic``: a word too generic to stand for a point alone (中心, 数量, 長さ, 次の日, ネット, 商品,
  社員; "end", "run", "use", "line", "shop", "sales", "customers"), a superlative ("oldest"),
  a decade or ordinal ("fifties", "third"), a plain adjective (悪い, "difficult");
- ``title``: a title or a relation (部長さん, 常務, 会長, 祖父, 父; "chairman", "father");
- ``not_picked``: named in a "you picked up …" feedback line but not in the trainee's words
  (neither the whole phrase nor, in Japanese, the phrase less a suffix);
- ``slot``: put in a template about a situation, a problem or what he would do (状況,
  どうしていきたい, うまくいったら, 気にかけて; "like to do about", "went well with", "weighing on
  you", "look like in practice") when it names a concrete thing, not a situation, problem,
  feeling or something to act on;
- ``aside`` (a summary point): stage business or talk about the talk (「把握してない」, "this
  afternoon", "can't say offhand", "that's a bit embarrassing"), or said in the owner's first
  person (うち, 俺, "I", "we", "my", "our").

The word lists are the checker's own (not the scorer's); each summary point counts as one quote.
"""

from __future__ import annotations

import re

JA_GENERIC = frozenset(
    """
    中心 メイン ネット 長さ 次の日 翌日 数量 数 量 お願い 菓子 商品 製品 社員 従業員 スタッフ 全体
    一部 場所 店 お店 業界 世間 地域 地元 昔 予定 準備 連絡 事情 都合 調子 機会 例 件 内緒 思い出
    """.split()
)
JA_TITLES = frozenset(
    """
    会長 社長 専務 常務 取締役 部長 課長 係長 店長 祖父 祖母 父 母 父親 母親 親父 おやじ お父さん
    お母さん 息子 娘 長男 次男 長女 次女 兄 弟 姉 妹 叔父 伯父 叔母 伯母 家内 女房 妻 嫁
    工場長 所長 支店長 先生 税理士 顧問
    """.split()
)
JA_PLAIN_ADJ = frozenset("悪い 良い いい 多い 少ない 難しい".split())
EN_GENERIC = frozenset(
    """
    end feet run runs use notices once difficult free line lines product products customer
    customers shop sales staff number numbers amount third fifties sixties forties thirties
    twenties main side pace lot per cent percent tough troubles hands shows
    """.split()
)
EN_TITLES = frozenset(
    """
    chairman president director manager boss father mother dad mum mom son daughter grandfather
    grandmother uncle aunt wife husband brother sister
    """.split()
)
_SUPERLATIVE = re.compile(r"^[a-z]{2,}est$")
_NOT_SUPERLATIVE = frozenset("interest request forest test guest west harvest".split())

SLOT_TEMPLATES = re.compile(
    r"どのような状況|どうしていきたい|うまくいったら|気にかけてこられた|like to do about|"
    r"went well with|weighing on you|look like in practice|If things changed"
)
_JA_CONCERN = re.compile(
    r"不足|減少|不振|低下|悪化|難|離れ|問題|不安|心配|負担|依存|赤字|ジリ貧|停滞|高騰|値上げ|値下げ|承継|"
    r"引退|廃業|離職|退職|売上|利益|単価|納期|価格|採用|後継|跡継|借入|借金|資金|設備|原価|コスト|販路|"
    r"集客|人材|育成|技術|品質|効率|在庫|残業|定着|人手"
)
_EN_CONCERN = re.compile(
    r"shortage|decline|pressure|cut|debt|loan|worr|succession|overtime|loss|cost|turnover|delay|"
    r"complaint|competition|risk|dependen|burden|stress|struggl|fear|concern|drop|slump|deficit|"
    r"margin|price|pricing|hiring|recruit|retire|handover|workload|cash|growth|profit|order|"
    r"backlog|deadline|training|quality|staffing|wage|successor|ness$|tion$|sion$|age$"
)
_JA_FEELING = re.compile(r"不安|心配|大変|手一杯|精一杯|ぎりぎり|ギリギリ|手薄|不満|限界|深刻|無理")
PICKED_LINES = re.compile(r"拾って|picked up|followed up on", re.I)
SUMMARY_LINES = re.compile(r"整理させてください|気にかけていらっしゃるのは|sum up", re.I)
JA_ASIDE = re.compile(
    r"把握して(い)?な|覚えて(い)?な|思い出せ|すぐには|出てこ|整理が(つ|でき)|分かってきた|話している"
    r"うち|気がします|恥ずかし|要はさ|午後|後で|見てこな|言ったっけ|だっけ"
)
EN_ASIDE = re.compile(
    r"\b(this (afternoon|morning|evening)|offhand|off the top of my head|embarrassing|"
    r"said (exactly )?that|all right$|can't say|can't remember|don't know|got to (go|check)|ha\b)",
    re.I,
)
JA_FIRST = re.compile(r"(うち|ウチ|俺|オレ|僕|わし|ワシ)(?=[のはがもでにをと、]|$)|(?<![\u4e00-\u9fff])私(?=[のはがもでにを])")
EN_FIRST = re.compile(r"\b(I|I'm|I've|I'd|we|we're|we've|my|our|us|me)\b")


def word_reason(word: str, lang: str) -> str | None:
    """generic / title for one quoted word (its own list; the caller checks the rest)."""
    if lang == "ja":
        bare = re.sub(r"(さん|様|さま)$", "", word)
        if bare in JA_TITLES:
            return "title"
        if bare in JA_GENERIC or word in JA_PLAIN_ADJ:
            return "generic"
        return None
    parts = [w for w in re.split(r"[\s-]+", word.lower()) if w]
    if len(parts) == 1 and parts[0] in EN_TITLES:
        return "title"
    if all(w in EN_GENERIC for w in parts):
        return "generic"
    if len(parts) == 1 and _SUPERLATIVE.match(parts[0]) and parts[0] not in _NOT_SUPERLATIVE:
        return "generic"
    if parts and parts[0] in ("low", "high") and len(parts) == 2 and "-" in word:
        return "generic"
    return None


def concern(word: str, lang: str) -> bool:
    """A situation, problem, feeling or lever: the regex above, or an adjective (「きつい」)."""
    if lang == "ja":
        if _JA_CONCERN.search(word) or _JA_FEELING.search(word):
            return True
        try:
            from sudachipy import Dictionary, SplitMode

            tok = Dictionary(dict="core").create(SplitMode.C)
            ms = list(tok.tokenize(word))
            return len(ms) == 1 and ms[0].part_of_speech()[0] == "形容詞"
        except Exception:
            return False
    return bool(_EN_CONCERN.search(word.lower()))


def context_reason(word: str, where: str, line: str, trainee: str, lang: str) -> str | None:
    """not_picked / slot for a word quoted in ``line`` (a feedback line or the suggestion)."""
    if where == "feedback" and PICKED_LINES.search(line) and trainee:
        low = trainee.lower()
        if word.lower() not in low and not (lang == "ja" and word[:-1] and word[:-1] in trainee and len(word) > 2):
            return "not_picked"
    if where == "suggestion" and SLOT_TEMPLATES.search(line) and not concern(word, lang):
        return "slot"
    return None


def summary_points(suggestion: str | None, lang: str) -> list[str]:
    """The unquoted points of a suggested summary (「…整理させてください。A、B、というお話を伺い
    ました。」, "Let me sum up …: A, B and C. Is that right?")."""
    if not suggestion or not SUMMARY_LINES.search(suggestion):
        return []
    if lang == "ja":
        m = re.search(r"(?:ください。|のは、)(.+?)(?:、というお話|、といったこと)", suggestion)
        return [p for p in m.group(1).split("、") if p.strip()] if m else []
    m = re.search(r":\s*(.+?)(?:\.\s*(Is that right|Did I|Have I)|\?$)", suggestion)
    if not m:
        return []
    return [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group(1)) if p.strip()]


def point_reason(point: str, lang: str) -> str | None:
    aside = JA_ASIDE if lang == "ja" else EN_ASIDE
    first = JA_FIRST if lang == "ja" else EN_FIRST
    if aside.search(point) or first.search(point):
        return "aside"
    return None
