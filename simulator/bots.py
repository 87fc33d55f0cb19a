"""Scripted trainees: a good one that listens and a poor one that leads, lectures and grills.

They drive whole sessions in tests, benchmarks and the demo transcripts in ``docs/``. The good
trainee uses only what the owner said: it picks up the owner's words, reflects them, asks open
follow-ups, acknowledges feelings and summarises every few turns.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .analysis import keywords
from .i18n import Lang

_STOP = {
    "ja": {"こと", "もの", "ところ", "とき", "方", "感じ", "話", "今", "何", "前", "後", "中", "事",
           "為る", "居る", "有る", "成る", "言う", "思う", "在る", "出来る", "見る", "行く", "来る", "無い"},
    "en": {"thing", "things", "way", "time", "lot", "bit", "kind", "people", "one", "something"},
}

GOOD = {
    "ja": {
        "open": "本日はお時間をいただきありがとうございます。よろしくお願いいたします。",
        "start": "まずは、御社のお仕事について聞かせていただけますか？",
        "reflect": "なるほど、{kw}なんですね。",
        "ask": "{kw}について、もう少し詳しく聞かせていただけますか？",
        "feel": "それはご苦労されましたね。{kw}について、社長ご自身はどのようにお感じですか？",
        "summary": "ここまでのお話を整理すると、{k1}のこと、{k2}のこと、そして{k3}のことがある、"
        "ということでしょうか。",
        "answer": "詳しくは存じませんが、同業の方からは同じようなお話をよく伺います。",
        "future": "それが解決できたら、会社はどうなっていると思われますか？",
    },
    "en": {
        "open": "Thank you for making time for me today.",
        "start": "To begin with, could you tell me about your business?",
        "reflect": "I see, so it's about {kw}.",
        "ask": "Could you tell me a bit more about {kw}?",
        "feel": "That must have been hard. How do you feel about {kw}?",
        "summary": "So far I've heard about {k1}, about {k2}, and about {k3}. Is that right?",
        "answer": "I'm no expert, but I often hear similar things from others in your industry.",
        "future": "If that were solved, what would the company look like?",
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


@dataclass
class GoodTrainee:
    """Listens: reflects, asks open follow-ups on the owner's words, summarises."""

    lang: Lang = "ja"
    used: list[str] = field(default_factory=list)
    heard: list[str] = field(default_factory=list)
    turn: int = 0

    def _fresh(self, owner_reply: str) -> list[str]:
        words = [w for w in keywords(owner_reply, self.lang) if w not in _STOP[self.lang]]
        words = [w for w in words if len(w) >= (2 if self.lang == "ja" else 4)]
        return [w for w in words if w not in self.used] or words

    def next(self, owner_reply: str | None, *, tested: bool = False) -> str:
        t = GOOD[self.lang]
        self.turn += 1
        if self.turn == 1:
            return t["open"]
        if tested:
            return t["answer"]
        fresh = self._fresh(owner_reply or "")
        if not fresh:
            return t["start"] if self.turn == 2 else t["future"]
        kw = fresh[0]
        self.used.append(kw)
        self.heard.extend(w for w in fresh[:3] if w not in self.heard)
        step = (self.turn - 2) % 4
        if step == 3 and len(self.heard) >= 3:
            h = self.heard
            k1, k2, k3 = (h[-5], h[-3], h[-1]) if len(h) >= 5 else (h[0], h[1], h[2])
            return t["summary"].format(k1=k1, k2=k2, k3=k3)
        key = ("ask", "reflect", "feel", "ask")[step]
        return t[key].format(kw=kw)


@dataclass
class PoorTrainee:
    """Leads, lectures, boasts, grills and repeats itself."""

    lang: Lang = "ja"
    turn: int = 0

    def next(self, owner_reply: str | None, *, tested: bool = False) -> str:
        lines = POOR[self.lang]
        self.turn += 1
        return lines[(self.turn - 1) % len(lines)]


def play(session: object, trainee: GoodTrainee | PoorTrainee, turns: int = 25) -> list[object]:
    """Let ``trainee`` talk with the owner of ``session`` until it ends or ``turns`` are used."""
    played = []
    reply: str | None = None
    tested = False
    for _ in range(turns):
        if session.finished:  # type: ignore[attr-defined]
            break
        turn = session.say(trainee.next(reply, tested=tested))  # type: ignore[attr-defined]
        played.append(turn)
        reply, tested = turn.owner_reply, "test_knowledge" in turn.reaction
        if session.state.hidden_issue_reached and isinstance(trainee, GoodTrainee):  # type: ignore[attr-defined]
            break
    return played
