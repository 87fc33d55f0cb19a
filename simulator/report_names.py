"""Display names the report and the web UI share: the rubrics, the mistake kinds, and how turns are
numbered (see ``reporting``)."""

from __future__ import annotations

RUBRIC_NAMES: dict[str, dict[str, str]] = {
    "listening": {"ja": "傾聴", "en": "Listening"},
    "deep_dive": {"ja": "深掘りの問いかけ", "en": "Deep-dive questions"},
    "summarising": {"ja": "要約・言い換え", "en": "Summarising"},
    "non_leading": {"ja": "誘導・押しつけをしない", "en": "Not leading"},
}
TURN_NUMBERING = {
    "ja": "ターン番号は、支援者の最初の発言をターン1として数えています（画面・JSON・エクスポート共通）。",
    "en": "Turn 1 is your first utterance (the same numbering on screen, in the JSON and in exports).",
}
# mistake kinds, in the order the report lists them
MISTAKES: dict[str, dict[str, str]] = {
    "leading": {"ja": "誘導質問", "en": "Leading questions"},
    "advice": {"ja": "求められていない助言・提案", "en": "Unsolicited advice"},
    "answer_advice": {
        "ja": "社長の問いへの答えが意見・提案にまで広がった",
        "en": "Answers to the owner's question that went on into your own advice",
    },
    "lecture": {"ja": "講義・長い説明", "en": "Lecturing"},
    "blunt": {"ja": "唐突な「悩み」「ビジョン」の質問", "en": "Blunt worry or vision questions"},
    "challenge": {
        "ja": "問い詰め（「なぜできないのか」と社長に弁明させる問い）",
        "en": "Challenges (\"Why can't you…?\" makes the owner justify himself)",
    },
    "interrogation": {"ja": "閉じた質問の連続（詰問）", "en": "Runs of closed questions"},
    "closed": {
        "ja": "閉じた質問（はい・いいえや事実だけを尋ねる問い）",
        "en": "Closed questions (yes/no or fact-only)",
    },
    "repeat": {"ja": "同じ質問の繰り返し", "en": "Repeated questions"},
    "topic_switch": {"ja": "一問一答の話題転換", "en": "Topic jumps"},
    "denial": {"ja": "社長の意見の否定", "en": "Denying the owner's view"},
    "asks_documents": {
        "ja": "決算書・帳簿などの資料の要求",
        "en": "Asking for the financial statements or the books",
    },
    "presses_refusal": {
        "ja": "社長が断った話の問い直し",
        "en": "Asking again for what the owner declined",
    },
    "presses_to_talk": {
        "ja": "話すことを迫る（「社長なんですから全部話して」）",
        "en": "Pressing the owner to talk (\"You're the boss, so tell me everything\")",
    },
    "presumes": {
        "ja": "事前の情報による決めつけ（先入観）",
        "en": "Presuming from what you heard beforehand",
    },
    "self_promotion": {"ja": "自己アピール", "en": "Self-promotion"},
    "own_summary": {"ja": "自分の提案のまとめ", "en": "Summaries of your own proposals"},
    "unsaid": {
        "ja": "社長が話していない言葉を社長の言葉として返した",
        "en": "Giving back as the owner's words what the owner never said",
    },
    "from_form": {
        "ja": "申込書にあった言葉を社長の言葉として返した",
        "en": "Giving back the application form's words as the owner's",
    },
}
