"""A small learned layer on top of the act rules: one-vs-rest logistic regression per label.

Features of one utterance (:func:`features`): the rule layer's acts and flags, context cues
(overlap with the owner's last turn, summary points, talk share, length), sentence-final
patterns and first words of every sentence, question words, word bigrams and (English only) a
bag of lemmas; a bag of Japanese content morphemes is available (``ja_features(bag=True)``) but
left out, as it did not carry over to other authors' items. Each feature remembers the words of the utterance it came from, so an act the
model adds gets evidence that is a substring of the utterance.

The weights are trained offline by ``scripts/train_analyser.py`` on the tuning items only
(``tune`` + ``dialogue_acts_extra.jsonl``) and shipped as ``model_{lang}.json`` beside this
module; they are loaded lazily, once per process. Without a model file the rules stand alone.
"""

from __future__ import annotations

import json
import math
import re
import threading
from pathlib import Path
from typing import Any

from ..acts import Act
from .cues import Cues, Labels, sentences

MODEL_DIR = Path(__file__).resolve().parent
LABELS: tuple[Act, ...] = tuple(a for a in Act if a is not Act.OTHER)
RULE_ACTS: tuple[Act, ...] = tuple(Act)
ACTS_SET: frozenset[str] = frozenset(a.value for a in LABELS)

_lock = threading.Lock()
_models: dict[str, Model | None] = {}


def model_path(lang: str) -> Path:
    return MODEL_DIR / f"model_{lang}.json"


class Model:
    """Weights of one language: feature -> one weight per label, a bias and a threshold each."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.labels: tuple[Act, ...] = tuple(Act(a) for a in data["labels"])
        self.bias: list[float] = [float(b) for b in data["bias"]]
        self.thresholds: list[float] = [float(t) for t in data["thresholds"]]
        self.weights: dict[str, tuple[float, ...]] = {
            f: tuple(float(x) for x in w) for f, w in data["weights"].items()
        }
        # label pairs never seen together in the training data: keep the more confident one
        self.exclusive: list[tuple[int, int]] = [
            (self.labels.index(Act(a)), self.labels.index(Act(b)))
            for a, b in data.get("exclusive", [])
        ]
        self.abstain_to_rules: bool = bool(data.get("abstain_to_rules", True))
        # thresholds on the probability as thresholds on the logit
        self.offsets: list[float] = [
            math.log(t / (1.0 - t)) if 0.0 < t < 1.0 else 0.0 for t in self.thresholds
        ]

    def scores(self, feats: dict[str, str]) -> list[float]:
        weights = self.weights
        rows = [weights[f] for f in feats if f in weights]
        return [sum(col) for col in zip(self.bias, *rows, strict=True)]

    def predict(self, feats: dict[str, str], rules: Labels, text: str) -> dict[Act, list[str]]:
        """Acts (other than ``other``) with their evidence: the rules' evidence where the rules
        agree, otherwise the matched words that pushed the act the most."""
        return self.predict_with_confidence(feats, rules, text)[0]

    def predict_with_confidence(
        self, feats: dict[str, str], rules: Labels, text: str
    ) -> tuple[dict[Act, list[str]], dict[Act, float]]:
        """:meth:`predict`, plus how far past its threshold each fired act is: the logistic of
        the margin (0.5 right at the threshold, → 1 far above it)."""
        z = self.scores(feats)
        margin = [a - b for a, b in zip(z, self.offsets, strict=True)]  # >= 0: fires
        fired = {i for i, m in enumerate(margin) if m >= 0.0}
        if len(fired) > 1:
            clashes = [(i, j) for i, j in self.exclusive if i in fired and j in fired]
            for i, j in sorted(clashes, key=lambda p: -max(margin[p[0]], margin[p[1]])):
                if i in fired and j in fired:
                    fired.discard(j if margin[i] >= margin[j] else i)
        if not fired and self.abstain_to_rules:
            # the model finds nothing the rules found: the rules stand (never a bare `other`
            # over an act the rules have evidence for), the model unsure of each of them
            found = {a: [e for e in ev if e and e in text] for a, ev in rules.evidence.items()}
            return found, {a: 0.5 for a in found}
        out: dict[Act, list[str]] = {}
        sure: dict[Act, float] = {}
        for i, act in enumerate(self.labels):
            if i not in fired:
                continue
            ev = [e for e in rules.evidence.get(act, []) if e and e in text]
            if not ev:
                ev = self._evidence(i, feats, text)
            out[act] = ev
            sure[act] = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, margin[i]))))
        return out, sure

    def _evidence(self, i: int, feats: dict[str, str], text: str) -> list[str]:
        ranked = sorted(
            ((self.weights[f][i], s) for f, s in feats.items() if s and f in self.weights),
            reverse=True,
        )
        found: list[str] = []
        for w, s in ranked:
            if w <= 0 or len(found) >= 2:
                break
            if s in text:
                s = _meaningful(s, text)
                if s not in found:
                    found.append(s)
        return found


_STOP = frozenset("a an the is are was be do does did i you it to of and or no yes so ok".split())
EVIDENCE_CLIP = 40


def _meaningful(s: str, text: str) -> str:
    """``s`` itself, or for a scrap ("a", "No,", 「は」) the sentence holding it, clipped."""
    core = s.strip(" ,.!?;:、。！？…").lower()
    if len(core) >= 4 and core not in _STOP or (len(core) >= 2 and not core.isascii()):
        return s
    for sent in sentences(text):
        if s in sent:
            return sent.strip()[:EVIDENCE_CLIP].strip() or s
    return s


def load(lang: str) -> Model | None:
    """The shipped model of ``lang`` (None if there is no model file), loaded once."""
    if lang in _models:
        return _models[lang]
    with _lock:
        if lang not in _models:
            path = model_path(lang)
            _models[lang] = (
                Model(json.loads(path.read_text(encoding="utf-8"))) if path.exists() else None
            )
    return _models[lang]


def reset() -> None:
    """Forget the loaded models (tests point :data:`MODEL_DIR` elsewhere)."""
    with _lock:
        _models.clear()


# ---------------------------------------------------------------- features


def _bucket(x: float, edges: tuple[float, ...]) -> int:
    for i, e in enumerate(edges):
        if x < e:
            return i
    return len(edges)


def _common(labels: Labels, cues: Cues, text: str, size: int, n_sent: int) -> dict[str, str]:
    f: dict[str, str] = {"bias": ""}
    for act in RULE_ACTS:
        if act in labels.evidence:
            f[f"r:{act.value}"] = ""
            if any(e and e in text for e in labels.evidence[act]):
                f[f"re:{act.value}"] = ""
    if not labels.evidence:
        f["r:none"] = ""
    f[f"r:n{min(len(labels.evidence), 3)}"] = ""
    for flag in ("is_question", "blunt_worry", "issue_question", "denial", "prompt"):
        if getattr(labels, flag):
            f[f"rf:{flag}"] = ""
    f[f"c:ov{_bucket(cues.overlap_last, (0.01, 0.3, 0.6))}"] = ""
    f[f"c:sp{min(cues.summary_points, 3)}"] = ""
    f[f"c:dw{_bucket(cues.drawn_words, (1, 2, 3, 5))}"] = ""
    f[f"c:pl{min(len(cues.picked_last), 3)}"] = ""
    if cues.owner_last_has_content:
        f["c:olc"] = ""
    if cues.owner_last_question:
        f["c:olq"] = ""
    if cues.owner_last_substantive:
        f["c:ols"] = ""
    if not cues.has_owner:
        f["c:noowner"] = ""
    f[f"c:len{size}"] = ""
    f[f"c:ns{min(n_sent, 4)}"] = ""
    return f


def _talk(share: float) -> str:
    return f"c:ts{_bucket(share, (0.3, 0.5, 0.7))}"


_JA_END_PUNCT = frozenset("。．！？!?…")
_JA_QWORDS = frozenset(
    "何 なに 何故 なぜ どう 如何 いかが どんな どういう いつ 誰 どこ 幾ら いくら どの どれ どちら "
    "どうして 幾つ いくつ 何処".split()
)
_JA_BAG_POS = frozenset({"名詞", "動詞", "形容詞", "形状詞", "副詞", "連体詞", "接続詞", "感動詞"})


# word classes (normalised forms) whose presence carries over between authors better than the
# words themselves: positive evaluation, feelings, apology, thanks, the supporter, the owner
JA_CLASSES: dict[str, frozenset[str]] = {
    "pos": frozenset(
        "凄い すごい 素晴らしい 立派 素敵 見事 大した 頼もしい 心強い 強み 誇り 財産 魅力 さすが 流石 "
        "感心 尊敬 敬意 頭 下がる 偉い 大切 貴重 有り難い ありがたい 嬉しい うれしい 力 支え".split()
    ),
    "feel": frozenset(
        "辛い つらい 苦しい 不安 心配 悔しい 寂しい しんどい きつい 大変 重い 怖い 恐い 焦る 疲れる 残念 "
        "ショック 苦労 負担 悩む 迷う 戸惑う 心細い もどかしい 歯痒い やりきれない 切ない 気持ち 思い 心 "
        "プレッシャー 重圧 孤独 落ち込む 腹立たしい 苛立つ 頑張る 踏ん張る 抱える 背負う".split()
    ),
    "sorry": frozenset("すみません 済む 申し訳 失礼 ごめん お詫び".split()),
    "thanks": frozenset("有り難う ありがとう 感謝 恐縮 お礼".split()),
    "self": frozenset("私 わたし 私ども 我々 弊社 当方 僕".split()),
    "owner": frozenset("社長 御社 貴社 ご自身 自身 いらっしゃる おっしゃる 仰る なさる".split()),
    "should": frozenset("べき 必要 大事 大切 重要 肝心 方 ほう 早い 近道 必須".split()),
}


def ja_features(
    text: str, labels: Labels, cues: Cues, talk_share: float, bag: bool = False
) -> dict[str, str]:
    """Japanese features; ``bag`` adds the bag of content morphemes (left out of the shipped
    model: the topic words of the training scenes did not carry over to other authors)."""
    from .japanese import morphemes

    ms = [m for m in morphemes(text) if m[2] != "空白"]
    # sentences: runs of morphemes closed by end punctuation
    sents: list[list[tuple[str, str, str, str]]] = [[]]
    qmarks: list[bool] = [False]
    for m in ms:
        if m[2] == "補助記号" and m[0] and m[0][-1] in _JA_END_PUNCT:
            if sents[-1]:
                qmarks[-1] = qmarks[-1] or m[0][-1] in "？?"
                sents.append([])
                qmarks.append(False)
            continue
        sents[-1].append(m)
    if not sents[-1] and len(sents) > 1:
        sents.pop()
        qmarks.pop()
    size = _bucket(len("".join(text.split())), (8, 16, 30, 60, 100))
    f = _common(labels, cues, text, size, len(sents))
    f[_talk(talk_share)] = ""
    last = len(sents) - 1
    for si, sent in enumerate(sents):
        body = [m for m in sent if m[2] not in ("補助記号",)]
        if not body:
            continue
        tag = "L" if si == last else "S"
        q = "?" if qmarks[si] else ""
        for k in (1, 2, 3):
            if len(body) >= k:
                tail = body[-k:]
                surf = "".join(m[0] for m in tail)
                f[f"e{tag}{k}:" + "_".join(m[1] for m in tail) + q] = surf
                f[f"e{k}:" + "_".join(m[1] for m in tail)] = surf
                if k <= 2:
                    f[f"p{tag}{k}:" + "_".join(m[2] + m[3] for m in tail) + q] = ""
        if q:
            f[f"q{tag}"] = ""
        head = body[:2]
        f[f"f{tag}1:{head[0][1]}"] = head[0][0]
        if si == 0:
            f["f1:" + "_".join(m[1] for m in head)] = "".join(m[0] for m in head)
    prev: tuple[str, str, str, str] | None = None
    for m in ms:
        if m[2] == "補助記号":
            prev = None
            continue
        if m[1] in _JA_QWORDS:
            f[f"qw:{m[1]}"] = m[0]
        if bag and m[2] in _JA_BAG_POS:
            f[f"w:{m[1]}"] = m[0]
        for name, members in JA_CLASSES.items():
            if m[1] in members or m[0] in members:
                f[f"cls:{name}"] = m[0]
        if prev is not None:
            f[f"b:{prev[1]}_{m[1]}"] = prev[0] + m[0]
        prev = m
    return f


_EN_QWORDS = frozenset("what why how which who when where whom whose".split())
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]|\d+")


def en_features(text: str, labels: Labels, cues: Cues, talk_share: float) -> dict[str, str]:
    from .english import lemma

    sents = [s for s in sentences(text) if _EN_WORD.search(s)]
    n_words = len(_EN_WORD.findall(text))
    size = _bucket(n_words, (3, 6, 12, 24, 40))
    f = _common(labels, cues, text, size, len(sents))
    f[_talk(talk_share)] = ""
    last = len(sents) - 1
    for si, s in enumerate(sents):
        ms = list(_EN_WORD.finditer(s))
        toks = [m.group(0) for m in ms]
        low = [t.lower().replace("’", "'") for t in toks]

        def span(i: int, j: int, s: str = s, ms: list[re.Match[str]] = ms) -> str:
            return s[ms[i].start() : ms[j - 1].end()]  # tokens i .. j-1 with what lies between

        tag = "L" if si == last else "S"
        q = "?" if "?" in s else ""
        n = len(low)
        for k in (1, 2, 3):
            if n >= k:
                key = "_".join(low[-k:])
                surf = span(n - k, n)
                f[f"e{tag}{k}:{key}{q}"] = surf
                f[f"e{k}:{key}"] = surf
        if q:
            f[f"q{tag}"] = ""
        f[f"f{tag}1:{low[0]}"] = toks[0]
        if n >= 2:
            f[f"f{tag}2:{low[0]}_{low[1]}"] = span(0, 2)
        if si == 0 and n >= 3:
            f[f"f3:{low[0]}_{low[1]}_{low[2]}"] = span(0, 3)
        for i, t in enumerate(low):
            if t in _EN_QWORDS:
                f[f"qw:{t}"] = toks[i]
            f[f"w:{lemma(t)}"] = toks[i]
            if i:
                f[f"b:{low[i - 1]}_{t}"] = span(i - 1, i + 1)
    return f


def features(lang: str, text: str, labels: Labels, cues: Cues, talk_share: float) -> dict[str, str]:
    """Feature name -> the words of ``text`` it matched ('' for a feature with no words)."""
    if lang == "ja":
        return ja_features(text, labels, cues, talk_share)
    return en_features(text, labels, cues, talk_share)
