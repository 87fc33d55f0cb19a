"""The engine author's own trainee bots, written to the bot protocol (not the held-out ones).

They see only the briefing and the owner's replies, never the persona files: they pick up the
nouns the owner used, keep their own memory, never say the same sentence twice in one meeting
and vary their moves by seed. Standard library and SudachiPy only. Kinds: ``good`` (a patient
listener who reflects, asks open follow-ups, acknowledges feelings, summarises now and then
and answers the owner's own questions briefly), ``beginner`` (friendly but asks closed profile
questions, sometimes the blunt worry question, one piece of advice and one leading question),
``pushy`` (leads, lectures, boasts, grills and denies).
"""

from __future__ import annotations

import random
import re
from typing import Any

_tok: Any = None

_JA_SKIP = set(
    "こと もの ところ とき 時 感じ 話 お話 今 何 前 後 中 事 方 気 皆 自分 私 僕 俺 うち ため よう はず わけ 訳 "
    "辺 頃 さっき 最近 今日 時間 本当 全部 普通 結局 実際 もん まま ほう 通り くらい ぐらい ほか 他 以外 "
    "つもり 社長 あんた あなた 支援 一番 正直 一言 みんな 人 たち 向こう そこ ここ あれ これ それ 毎日 "
    "今回 最初 以上 半分 本当 全然 仕事 会社".split()
)
_EN_STOP = set(
    "thing things way time lot bit kind people one something that this have been would could "
    "should really just know think said like want well much going make made doesn't don't there "
    "their about what when they them than then here your yours mine i'm it's that's we're "
    "you're can't won't didn't isn't wasn't there's let's i've we've with from into over only "
    "even also very still again every always never anyone anything everyone nothing someone "
    "somebody right sure okay yeah yes look frankly honestly maybe because before after while "
    "where which these those other another same such more most some many few little any each "
    "being doing done getting going taking coming year years month months today company".split()
)
_JA_FEEL = re.compile(r"(大変|きつ|つら|辛|困|不安|心配|怖|悔し|情けな|疲れ|しんど|眠れ|苦労|ぐったり|参った|かわいそう|こたえ)")
_EN_FEEL = re.compile(
    r"\b(hard|tough|worr\w*|afraid|scared|tired|struggl\w*|difficult|frustrat\w*|ashamed|can't sleep|"
    r"hurts?|exhaust\w*|pathetic|awake|sorry for)\b",
    re.I,
)
_JA_AUDIT = re.compile(r"(審査|補助金|書類|評価|調べ)")
_EN_AUDIT = re.compile(r"\b(audit\w*|subsid\w*|forms?|screening|judg\w*|check on)\b", re.I)


def _ja_nouns(text: str) -> list[str]:
    global _tok
    if _tok is None:
        from sudachipy import Dictionary, SplitMode

        _tok = Dictionary(dict="core").tokenizer(mode=SplitMode.C)
    out: list[str] = []
    cur = ""
    for m in _tok.tokenize(text):
        pos = m.part_of_speech()
        if pos[0] == "名詞" and pos[1] in ("普通名詞", "固有名詞") and m.surface() not in _JA_SKIP:
            cur += m.surface()
            continue
        if len(cur) >= 2:
            out.append(cur)
        cur = ""
    if len(cur) >= 2:
        out.append(cur)
    return [w for w in dict.fromkeys(out) if not re.fullmatch(r"[\d０-９]+", w)]


_EN_DET = re.compile(
    r"\b(?:the|our|my|his|her|their|your|a|an|this|that|these|those|some|any|no|of|for|about)\s+"
    r"((?:[a-z][a-z-]+\s+)?[a-z][a-z-]+)",
    re.I,
)
_EN_ADJ = set("big small old new young good bad whole real same other first last next own long".split())
_EN_FUNC = set(
    "are is was were be and or but so we i you he she they it to of in on at by with has have had "
    "will would can could do does did not no all just there here as if than then who what which "
    "that this those these up out off down".split()
)


def _en_nouns(text: str) -> list[str]:
    """Noun phrases after a determiner (``the factory manager`` → ``factory manager``)."""
    out = []
    for m in _EN_DET.finditer(text):
        parts = [p.lower() for p in m.group(1).split()]
        if len(parts) == 2 and (
            parts[1] in _EN_STOP or parts[1] in _EN_FUNC or parts[1].endswith(("ly", "ed", "ing"))
        ):
            parts = parts[:1]
        if len(parts) == 2 and parts[0] in _EN_ADJ:
            parts = parts[1:]
        phrase = " ".join(parts)
        if (
            len(phrase) >= 4
            and parts[-1] not in _EN_STOP
            and parts[0] not in _EN_FUNC
            and not parts[-1].endswith("ly")
        ):
            out.append(phrase)
    return list(dict.fromkeys(out))


def _owner_asked(reply: str, lang: str) -> bool:
    tail = reply.strip()[-60:]
    if lang == "ja":
        return "？" in tail or "?" in tail
    return "?" in tail


JA = {
    "start": [
        "本日はお時間をいただき、ありがとうございます。今日は社長のお話をじっくり伺えればと思って参りました。",
        "はじめまして。お忙しいところありがとうございます。まずは御社のことを、社長のお言葉で聞かせていただければと思います。",
    ],
    "reflect": [
        "{kw}、なんですね。",
        "なるほど、{kw}ですか。",
        "{kw}のことがあるんですね。",
        "{kw}、という状況なんですね。",
    ],
    "open": [
        "{kw}について、もう少し詳しく伺ってもいいですか？",
        "{kw}というのは、どういうことでしょうか？",
        "{kw}のお話、もう少し聞かせていただけますか？",
        "{kw}のことで、印象に残っている出来事はありますか？",
        "{kw}について、社長はどのように受け止めていらっしゃいますか？",
    ],
    "feel": [
        "それは大変でしたね。そのとき、社長はどんなお気持ちでしたか？",
        "ずいぶんご苦労されてきたんですね。",
        "それはお辛いですね。よろしければ、もう少し聞かせてください。",
        "そういうお気持ちになるのも、無理はないと思います。",
        "胸の内を話してくださって、ありがとうございます。",
    ],
    "prompt": [
        "それで、どうなったんですか？",
        "そのあたり、もう少し聞かせてください。",
        "といいますと？",
        "続きを伺ってもいいですか？",
        "そこのところ、もう少し詳しく教えていただけますか？",
    ],
    "summary": [
        "ここまでのお話を整理させてください。{k1}のこと、{k2}のこと、それから{k3}のことを伺いました。そういう理解で合っていますか？",
        "少しまとめてみますね。{k1}があって、{k2}もあって、そのうえ{k3}もある、ということでしょうか。",
        "伺っていると、{k1}と{k2}、それに{k3}が、どこかでつながっているように聞こえました。社長はどう思われますか？",
    ],
    "reassure": [
        "今日のお話が審査や評価に使われることはありません。話したくないことは、話さなくて大丈夫です。",
    ],
    "answer": [
        "正直に申し上げると、{kw}について専門家のように詳しいわけではありません。ただ、同じような話は他の会社さんからも伺います。社長ご自身は、どうご覧になっていますか？",
        "私の知る範囲ですが、{kw}は一長一短あると聞いています。そこは社長のお考えを伺いながら、一緒に考えたいです。",
        "詳しい数字までは把握できていません。ただ、{kw}で苦労されている会社さんは多いと聞きます。御社ではいかがですか？",
    ],
    "future": [
        "もし{kw}がうまくいったら、会社はどうなっていると思いますか？",
        "この先、会社をどんなふうにしていきたいか、思い描いていることはありますか？",
    ],
}
EN = {
    "start": [
        "Thank you for making time today. I'm here mainly to listen and hear about the company in your own words.",
        "Good to meet you, and thanks for having me. I'd like to start by hearing about your business from you.",
    ],
    "reflect": [
        "So it's the {kw}.",
        "I see, the {kw}.",
        "The {kw} is part of it, then.",
        "So the {kw} is on your mind.",
    ],
    "open": [
        "Could you tell me a bit more about the {kw}?",
        "What do you mean by the {kw}?",
        "How do you see the {kw} yourself?",
        "Is there a moment with the {kw} that stays with you?",
        "What has the {kw} been like for you?",
    ],
    "feel": [
        "That sounds really hard. How did you feel at the time?",
        "You've carried a lot through all this.",
        "That must be painful. Please tell me more, if you like.",
        "It makes sense that you'd feel that way.",
        "Thank you for telling me that.",
    ],
    "prompt": [
        "And then what happened?",
        "Please go on.",
        "How do you mean?",
        "Could you say a little more about that?",
        "What happened after that?",
    ],
    "summary": [
        "Let me check I've followed you so far: you've told me about the {k1}, the {k2}, and the {k3}. Is that right?",
        "So, putting it together: there's the {k1}, there's the {k2}, and on top of that the {k3}. Is that how you see it?",
        "Listening to you, the {k1}, the {k2} and the {k3} seem to be connected somehow. How does that sound to you?",
    ],
    "reassure": [
        "Nothing you tell me today is used to assess or screen the company. Anything you'd rather not discuss, we leave alone.",
    ],
    "answer": [
        "To be honest, I'm no expert on the {kw}. I do hear similar things from other firms, though. How do you see it yourself?",
        "As far as I know, the {kw} has pros and cons either way. I'd like to think it through with you, starting from how you see it.",
        "I don't have the exact figures. But many companies I visit struggle with the {kw}. How is it for you?",
    ],
    "future": [
        "If the {kw} worked out, what would the company look like?",
        "Looking ahead, how would you like the company to be in a few years?",
    ],
}


class _Bot:
    name = "base"

    def __init__(self, lang: str = "ja", seed: int = 0) -> None:
        self.lang = lang
        self.rng = random.Random(f"{self.name}:{lang}:{seed}")
        self.said: set[str] = set()
        self.heard: list[tuple[int, str]] = []  # (turn, noun)
        self.used: set[str] = set()
        self.turn = 0

    def _nouns(self, text: str) -> list[str]:
        return _ja_nouns(text) if self.lang == "ja" else _en_nouns(text)

    def _say(self, options: list[str]) -> str | None:
        fresh = [o for o in options if o not in self.said]
        if not fresh:
            return None
        choice = self.rng.choice(fresh)
        self.said.add(choice)
        return choice

    def _fill(self, templates: list[str], **slots: str) -> str | None:
        return self._say([t.format(**slots) for t in templates])


class GoodListener(_Bot):
    """Reflects, asks open follow-ups on the owner's words, acknowledges feelings, summarises."""

    name = "good"

    def __init__(self, lang: str = "ja", seed: int = 0) -> None:
        super().__init__(lang, seed)
        self.t = JA if lang == "ja" else EN
        self.next_summary = self.rng.randint(4, 6)
        self.reassured = False

    def start(self, briefing: str) -> str:
        return self._say(self.t["start"]) or self.t["start"][0]

    def next(self, owner_reply: str) -> str | None:
        self.turn += 1
        nouns = self._nouns(owner_reply)
        fresh = [n for n in nouns if n not in self.used]
        self.heard += [(self.turn, n) for n in fresh]
        feel = (_JA_FEEL if self.lang == "ja" else _EN_FEEL).search(owner_reply)
        audit = (_JA_AUDIT if self.lang == "ja" else _EN_AUDIT).search(owner_reply)
        kw = fresh[-1] if fresh else None
        if fresh and self.rng.random() < 0.5:
            kw = self.rng.choice(fresh[-3:])
        out: str | None = None
        if _owner_asked(owner_reply, self.lang) and kw:
            out = self._fill(self.t["answer"], kw=kw)
        elif audit and not self.reassured:
            self.reassured = True
            out = self._say(self.t["reassure"])
        elif self.turn >= self.next_summary:
            out = self._summary()
        if out is None and feel and self.rng.random() < 0.7:
            out = self._say(self.t["feel"])
        if out is None and kw:
            kind = self.rng.choices(["reflect", "open", "future"], [4, 6, 1 if self.turn > 8 else 0])[0]
            out = self._fill(self.t[kind], kw=kw)
            if out and kind == "reflect" and self.rng.random() < 0.6:
                follow = self._say(self.t["prompt"])
                out = f"{out}{'' if self.lang == 'ja' else ' '}{follow}" if follow else out
        if out is None:
            out = self._say(self.t["prompt"]) or self._older()
        if kw:
            self.used.add(kw)
        return out

    def _summary(self) -> str | None:
        by_turn: dict[int, str] = {}
        for turn, noun in self.heard:
            by_turn.setdefault(turn, noun)
        picks = list(by_turn.values())[-3:]
        if len(picks) < 3:
            return None
        self.next_summary = self.turn + self.rng.randint(4, 6)
        k1, k2, k3 = picks
        return self._fill(self.t["summary"], k1=k1, k2=k2, k3=k3)

    def _older(self) -> str | None:
        for _, noun in reversed(self.heard):
            if noun not in self.used:
                self.used.add(noun)
                return self._fill(self.t["open"], kw=noun)
        return None


JA_BEGINNER_FACTS = [
    "従業員は何名いらっしゃいますか？",
    "創業は何年ですか？",
    "年商はどのくらいですか？",
    "主な取引先はどちらですか？",
    "後継者の方はいらっしゃいますか？",
    "決算書を見せていただけますか？",
    "社長は何代目でいらっしゃいますか？",
]
EN_BEGINNER_FACTS = [
    "How many employees do you have?",
    "When was the company founded?",
    "What are your annual sales?",
    "Who are your main customers?",
    "Do you have a successor?",
    "Could you show me your financial statements?",
    "Which generation of the family are you?",
]
JA_BEGINNER = {
    "start": ["はじめまして。商工会から参りました。今日はよろしくお願いします。"],
    "open": ["{kw}について教えてください。", "{kw}はどうなっていますか？", "{kw}について、詳しく聞いてもいいですか？"],
    "reflect": ["{kw}なんですね。", "そうなんですね、{kw}ですか。"],
    "feel": ["大変ですね。", "それは困りますね。"],
    "worry": ["今一番の悩みは何ですか？"],
    "advice": ["{kw}なら、補助金を使ってみてはいかがですか？", "{kw}については、専門家に相談するのがいいと思いますよ。"],
    "leading": ["それは{kw}が原因なんじゃないですか？"],
}
EN_BEGINNER = {
    "start": ["Hello, I'm from the chamber of commerce. Thanks for seeing me today."],
    "open": ["Tell me about the {kw}.", "How is the {kw} going?", "Can I ask more about the {kw}?"],
    "reflect": ["I see, the {kw}.", "Okay, so the {kw}."],
    "feel": ["That's tough.", "That must be a problem."],
    "worry": ["What's your biggest problem right now?"],
    "advice": ["For the {kw}, you could apply for a subsidy.", "You should talk to a specialist about the {kw}."],
    "leading": ["Isn't the {kw} the real cause?"],
}


class Beginner(_Bot):
    """Friendly, but asks profile questions, jumps topics, gives one tip and one leading question."""

    name = "beginner"

    def __init__(self, lang: str = "ja", seed: int = 0) -> None:
        super().__init__(lang, seed)
        self.t = JA_BEGINNER if lang == "ja" else EN_BEGINNER
        self.facts = list(JA_BEGINNER_FACTS if lang == "ja" else EN_BEGINNER_FACTS)
        self.rng.shuffle(self.facts)

    def start(self, briefing: str) -> str:
        return self._say(self.t["start"]) or self.t["start"][0]

    def next(self, owner_reply: str) -> str | None:
        self.turn += 1
        nouns = [n for n in self._nouns(owner_reply) if n not in self.used]
        kw = nouns[0] if nouns else None
        kind = self.rng.choices(
            ["fact", "open", "reflect", "feel", "worry", "advice", "leading"], [4, 4, 2, 1, 1, 1, 1]
        )[0]
        out: str | None = None
        if kind == "fact" and self.facts:
            out = self._say([self.facts.pop()])
        elif kind in ("open", "reflect", "advice", "leading") and kw:
            out = self._fill(self.t[kind], kw=kw)
        elif kind in ("feel", "worry"):
            out = self._say(self.t[kind])
        if out is None and kw:
            out = self._fill(self.t["open"], kw=kw)
        if out is None and self.facts:
            out = self._say([self.facts.pop()])
        if kw:
            self.used.add(kw)
        return out


JA_PUSHY = [
    "私はこれまで100社以上を支援してきましたので、安心してお任せください。",
    "今一番の悩みは何ですか？",
    "売上が伸びないのは、営業力が足りないからですよね？",
    "まずはホームページを作り直すべきです。",
    "それは違うと思いますよ。原因はもっと別のところにあります。",
    "従業員は何名ですか？",
    "利益率はどのくらいですか？",
    "設備投資は補助金を使ってやるのが一番です。",
    "社長のやり方が古いんじゃないですか？",
    "私の経験では、こういう会社はみんな同じ失敗をしています。",
    "経営計画を作りましょう。来週までにお願いします。",
    "後継者を早く決めるべきだと思いませんか？",
]
EN_PUSHY = [
    "I've supported over a hundred companies, so you're in good hands.",
    "What's your biggest problem right now?",
    "Sales are flat because your sales team is weak, isn't it?",
    "You should rebuild your website first.",
    "I don't think that's right. The cause is somewhere else.",
    "How many employees do you have?",
    "What's your profit margin?",
    "The best thing is to invest in equipment with a subsidy.",
    "Aren't your methods a bit old-fashioned?",
    "In my experience, companies like yours all make the same mistake.",
    "Let's write a business plan. Please have it ready by next week.",
    "Don't you think you should pick a successor soon?",
]


class Pushy(_Bot):
    """Leads, lectures, boasts, grills and denies: the owner should close up."""

    name = "pushy"

    def __init__(self, lang: str = "ja", seed: int = 0) -> None:
        super().__init__(lang, seed)
        self.lines = list(JA_PUSHY if lang == "ja" else EN_PUSHY)
        self.rng.shuffle(self.lines)

    def start(self, briefing: str) -> str:
        return "はじめまして。今日は御社の課題を解決しに来ました。" if self.lang == "ja" else (
            "Hello. I'm here to fix your company's problems."
        )

    def next(self, owner_reply: str) -> str | None:
        self.turn += 1
        return self.lines.pop() if self.lines else None


BOTS: dict[str, type] = {"good": GoodListener, "beginner": Beginner, "pushy": Pushy}
