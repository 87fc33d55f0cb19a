"""Scripted trainees: a good one that listens and a poor one that leads, lectures and grills.

They drive whole sessions in tests, benchmarks and the demo transcripts in ``docs/``. The good
trainee uses only what the owner said: it picks up the owner's nouns, reflects them, asks open
follow-ups, acknowledges feelings and summarises every few turns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .analysis import english, japanese
from .i18n import Lang

_EN_STOP = {
    "thing", "things", "way", "time", "lot", "bit", "kind", "people", "one", "something", "that",
    "this", "have", "been", "would", "could", "should", "really", "just", "know", "think", "said",
    "like", "want", "well", "much", "going", "make", "made", "doesn't", "don't", "there", "their",
    "about", "what", "when", "they", "them", "than", "then", "here", "your", "yours", "mine",
}
_JA_SKIP = {"こと", "もの", "ところ", "とき", "感じ", "話", "今", "何", "前", "後", "中", "事", "方", "気",
            "皆", "自分", "私", "僕", "俺", "うち", "ため", "よう", "はず", "わけ", "訳", "辺", "頃",
            "さっき", "最近", "今日", "一言", "時間", "本当", "全部", "普通", "結局", "実際",
            "もん", "まま", "ほう", "通り", "くらい", "ぐらい", "ほか", "他", "以外", "一つ", "つもり"}


def owner_nouns(text: str, lang: Lang) -> list[str]:
    """Noun phrases the owner used, as the owner wrote them (compounds kept together)."""
    if lang == "en":
        words = [w.surface.lower() for w in english.words(text)]
        return list(dict.fromkeys(w for w in words if len(w) >= 4 and w not in _EN_STOP))
    phrases: list[str] = []
    current = ""
    for surface, _norm, pos, sub in japanese.morphemes(text):
        if pos == "名詞" and sub in ("普通名詞",) and surface not in _JA_SKIP:
            current += surface
            continue
        if len(current) >= 2:
            phrases.append(current)
        current = ""
    if len(current) >= 2:
        phrases.append(current)
    return list(dict.fromkeys(p for p in phrases if not re.fullmatch(r"[\d０-９]+", p)))


GOOD: dict[str, dict[str, list[str]]] = {
    "ja": {
        "open": ["本日はお時間をいただきありがとうございます。よろしくお願いいたします。"],
        "start": ["まずは、社長のお仕事について聞かせていただけますか？"],
        "ask": [
            "{kw}について、もう少し詳しく聞かせていただけますか？",
            "{kw}というのは、具体的にはどういうことなのでしょうか？",
            "{kw}のお話、よろしければその続きを聞かせてください。",
            "{kw}については、どのようにお考えですか？",
        ],
        "reflect": [
            "なるほど、{kw}なんですね。",
            "{kw}、ということなんですね。",
            "{kw}のことが気にかかっていらっしゃるんですね。",
        ],
        "feel": [
            "それはご苦労されましたね。{kw}について、社長ご自身はどう感じていらっしゃいますか？",
            "それは大変でしたね。{kw}のこと、どんなお気持ちでしたか？",
            "お気持ち、お察しします。{kw}について、もう少しお聞きしてもよろしいですか？",
        ],
        "summary": [
            "ここまでのお話を整理すると、{k1}のこと、{k2}のこと、そして{k3}のことがある、"
            "ということでしょうか。",
            "お話を伺っていると、{k1}、{k2}、それに{k3}がつながっているように聞こえますが、"
            "そういうことでしょうか。",
        ],
        "answer": [
            "詳しくは存じませんが、同業の方からも同じようなお話をよく伺います。",
            "私の知る範囲では、地域の同業の方も同じ点で苦労されていると聞いています。",
        ],
        "prompt": [
            "そうなんですね。よろしければ、もう少し聞かせていただけますか？",
            "なるほど。それで、どうなったのですか？",
            "その時のこと、もう少し教えていただけますか？",
        ],
    },
    "en": {
        "open": ["Thank you for making time for me today."],
        "start": ["To begin with, could you tell me about your business?"],
        "ask": [
            "Could you tell me a bit more about the {kw}?",
            "What do you mean by {kw}, specifically?",
            "How do you see the {kw} yourself?",
            "Please go on about the {kw}. What happened next?",
        ],
        "reflect": [
            "I see, so it's the {kw}.",
            "So the {kw} is on your mind.",
            "It sounds like the {kw} matters a lot to you.",
        ],
        "feel": [
            "That must have been hard. How do you feel about the {kw}?",
            "That sounds tough. What was the {kw} like for you?",
            "I can imagine how that felt. Could you say more about the {kw}?",
        ],
        "summary": [
            "So far I've heard about the {k1}, the {k2}, and the {k3}. Is that right?",
            "Let me check I've understood: the {k1}, the {k2} and the {k3} all come together. "
            "Is that it?",
        ],
        "answer": [
            "I'm no expert, but I often hear similar things from others in your industry.",
            "From what I know, other firms in the region struggle with the same point.",
        ],
        "prompt": [
            "I see. Could you tell me a little more?",
            "And then what happened?",
            "Please go on. How was that for you?",
        ],
    },
}

POOR = {
    "ja": [
        "今一番の悩みは何ですか？",
        "従業員は何名ですか？",
        "売上はいくらですか？",
        "それは営業力が足りないからですよね？",
        "ネット販売を始めるべきだと思いませんか？",
        "私はこれまで100社以上の支援実績がありますので、お任せください。",
        "従業員は何名ですか？",
        "それは違うと思いますよ。まずは経営計画を作るべきです。",
        "補助金を使って設備投資をしてみてはいかがでしょうか。",
        "結局、社長のやり方が古いのが原因なんじゃないですか？",
    ],
    "en": [
        "What's your biggest problem right now?",
        "How many employees do you have?",
        "What are your annual sales?",
        "That's because your sales team is weak, isn't it?",
        "Don't you think you should start selling online?",
        "I've supported over a hundred companies, so you can leave it to me.",
        "How many employees do you have?",
        "I don't think that's right. You should write a business plan first.",
        "Why don't you use a subsidy to invest in new equipment?",
        "Isn't the real problem that your methods are old-fashioned?",
    ],
}

_PATTERN = ("ask", "reflect", "feel", "ask", "summary")


@dataclass
class GoodTrainee:
    """Listens: reflects, asks open follow-ups on the owner's words, summarises."""

    lang: Lang = "ja"
    used: list[str] = field(default_factory=list)
    heard: list[str] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)
    turn: int = 0
    _said: dict[str, int] = field(default_factory=dict)

    def _line(self, kind: str, **slots: str) -> str:
        options = GOOD[self.lang][kind]
        n = self._said.get(kind, 0)
        self._said[kind] = n + 1
        return options[n % len(options)].format(**slots)

    def next(self, owner_reply: str | None, *, tested: bool = False) -> str:
        self.turn += 1
        if self.turn == 1:
            return self._line("open")
        if tested:
            return self._line("answer")
        # The owner's latest words first (the end of a reply is where the news is), then what
        # the owner said earlier and nobody has followed up yet.
        nouns = list(reversed(owner_nouns(owner_reply or "", self.lang)))
        fresh = [n for n in nouns if n not in self.used]
        self.heard.extend(n for n in fresh[:2] if n not in self.heard)
        for n in fresh:
            if n not in self.pending:
                self.pending.append(n)
        if self.turn == 2 and not fresh:
            return self._line("start")
        kind = _PATTERN[(self.turn - 2) % len(_PATTERN)]
        if kind == "summary" and len(self.heard) >= 3:
            h = self.heard
            k1, k2, k3 = h[-5] if len(h) >= 5 else h[0], h[-3], h[-1]
            return self._line("summary", k1=k1, k2=k2, k3=k3)
        kind = "reflect" if kind == "summary" else kind
        if fresh:
            kw = fresh[0]
        else:
            waiting = [n for n in self.pending if n not in self.used]
            if not waiting:
                return self._line("prompt")
            kw = waiting[-1]
            kind = "ask"
        self.used.append(kw)
        return self._line(kind, kw=kw)


@dataclass
class PoorTrainee:
    """Leads, lectures, boasts, grills and repeats itself."""

    lang: Lang = "ja"
    turn: int = 0

    def next(self, owner_reply: str | None, *, tested: bool = False) -> str:
        lines = POOR[self.lang]
        self.turn += 1
        return lines[(self.turn - 1) % len(lines)]


def play(session: Any, trainee: GoodTrainee | PoorTrainee, turns: int = 25) -> list[Any]:
    """Let ``trainee`` talk with the owner of ``session`` until it ends or ``turns`` are used.

    A good trainee stops once the owner has named the underlying issue.
    """
    played = []
    reply: str | None = None
    tested = False
    for _ in range(turns):
        if session.finished:
            break
        turn = session.say(trainee.next(reply, tested=tested))
        played.append(turn)
        reply, tested = turn.owner_reply, "test_knowledge" in turn.reaction
        if isinstance(trainee, GoodTrainee) and session.state.hidden_issue_reached:
            break
    return played
