"""The words of :mod:`.paraphrase`: the frames that give a sentence back as the owner's
(「〜んですね」「〜ということですね」「〜というご経験があったんですね」, "so you …", "it sounds like
you …"), the frame and filler words left out of its content, the feelings a supporter names
(empathy, never judged here) and a small table of everyday rewordings (人が足りない ↔ 人手不足,
"can't keep people" ↔ "staff leave") that keep a light paraphrase his."""

from __future__ import annotations

import re

# --- frames ----------------------------------------------------------------------------------
# the sentence (its end, 。！ left off) gives something back as his: 「…てこられたんですね」
# 「…ということですね」「…というご経験があったんですね」「…わけですね」「…、と」 (elliptic);
# not 「…なんですよね」, which seeks agreement with the supporter's own view (a leading question)
JA_FRAME = re.compile(
    r"(?:(?:ん|の)(?:です|だ)ね|ということ(?:なん)?(?:です|だ)?ね|わけ(?:です|だ)ね|"
    r"とい(?:う|った)(?:ご経験|ご事情|ことが|ことで|お考え|お気持ち)[^。]{0,12}ね|、と|ということで)\s*$"
)
# a sentence about the supporter or the meeting, hearsay, or a hypothetical: not his words
JA_NOT = re.compile(
    r"私|わたし|僕|こちら|弊|当方|我々|申込|申し込み|申請|資料|書かれて|とのこと|そうです|らしい|"
    r"もし|仮に|かもしれ|のでは|でしょう|だろう|ようですね|ようでしたら|みたいですね|はずです"
)
# English: "So you …", "It sounds like you …", "You mean …", "What I'm hearing is …" as the
# opening of a statement (not a question)
EN_FRAME = re.compile(
    r"^\W*(?:(?:and|but|mm+|right|okay|ok|well|i see)\W+)*"
    r"(?:so,?\s+(?:you|your)\b|so\s+for\s+you\b|it\s+sounds\s+(?:like|as\s+if)\b|sounds\s+like\b|"
    r"it\s+seems\s+(?:like\s+|that\s+)?(?:you|your)\b|you\s+mean\b|you(?:'re|\s+are)\s+saying\b|"
    r"what\s+i(?:'m|\s+am)\s+hearing\b|in\s+other\s+words\b|if\s+i\s+(?:understand|follow|heard)\b)",
    re.I,
)
EN_NOT = re.compile(
    r"\b(?:i|i'm|i've|i'd|we|we're|let's|let\s+me|application|form|advis[eo]r|chamber|briefing|"
    r"if|maybe|perhaps|might|must|wonder|guess)\b",
    re.I,
)

# the utterance names the application form or the briefing as its source
JA_FORM = re.compile(r"申込|申し込み|申請書|資料|事前に|指導員|ホームページ")
EN_FORM = re.compile(r"\b(?:application|form|advis[eo]r|chamber|briefing|website|brochure)\b", re.I)

# --- words that are no content of his --------------------------------------------------------
# the frame's own words, fillers and the vague words a reflection points with (「ご経験」「お話」
# 「周り」「立場」, "sounds", "really", "position", "in places")
FRAME_WORDS: dict[str, frozenset[str]] = {
    "ja": frozenset(
        """
        経験 こと 話 お話 様子 もの ところ 社長 本当 本当に やっぱり やはり 結構 随分 ずいぶん 今 これまで
        ずっと 色々 いろいろ 全部 全て 皆さん みなさん ある いる なる する できる 出来る いう 言う 方
        そう そういう こういう ああいう 自分 ご自身 自身 一番 何 いつも 中 時 とき 以上 感じ
        周り 周囲 立場 場面 時期 点 辺り あたり 簡単 容易 楽 色んな 様々 さまざま
        理屈 現実 規模 状態 互い お互い 納得 侭 まま 求める 役回り 板挟み 状況 面 姿 形 意識
        """.split()
    ),
    "en": frozenset(
        """
        sound seem mean really quite bit always just thing way lot kind sort hear hearing right
        yes yeah well also still even actually something anything everything much many get got
        make made other words understand follow position place point spot stage moment easy
        simple everything
        """.split()
    ),
}

# feelings the supporter names (「大変でしたね」「不安もおありなのでは」, "that must be hard"):
# empathy, not a reflection of his content, never judged here
FEELINGS: dict[str, frozenset[str]] = {
    "ja": frozenset(
        """
        大変 不安 心配 辛い つらい 寂しい さみしい 悔しい 嬉しい うれしい 嫌 いや 思い 苦しい 怖い 残念
        安心 誇り 重い 疲れる 悩む 悩み 迷う 迷い 気 気持ち 思う 感じる 堪える こたえる 重荷 しんどい
        歯がゆい もどかしい 複雑 悲しい 楽しい 面白い 苦労 ご苦労 頑張る 凄い すごい 立派 素晴らしい
        ほっと がっかり 腹 頭 胸 心 不満 寂しさ 喜び 張り合い やりがい 葛藤 忙しい 多忙 芯 支え 支える 力 強み 財産 宝
        孤独 一人 ひとり 身動き 挟む 狭間
        """.split()
    ),
    "en": frozenset(
        """
        hard tough difficult worry worried frustrating frustrated frustration lonely proud pride heavy
        weigh tired anxious anxiety scared afraid upset sad glad happy relieved painful stressful
        stress feel feeling weight burden sit pleased disappointed angry hurt mixed strain busy
        core heart strength backbone caught middle torn stuck trapped squeeze squeezed alone between
        """.split()
    ),
}

# everyday rewordings of the same thing: a word of a group is his when he said another of it
# (lemmas as the analysers give them; English stems of five letters are also matched)
SYNONYMS: dict[str, tuple[frozenset[str], ...]] = {
    "ja": tuple(
        frozenset(g.split())
        for g in (
            "人手不足 人手 人材不足 足りる 足りない 不足 欠員 手不足",
            "辞める やめる 離職 退職 定着 続く 残る 居着く 持つ もつ 去る 離れる 抜ける 出る",
            "採用 雇う 募集 求人 入る 入社",
            "古い 老朽 老朽化 年季 ガタ 古びる",
            "機械 設備 機材 装置 ライン",
            "売上 売る 売れる 販売 商売 売り上げ",
            "減る 減少 落ちる 下がる 少ない 減",
            "増える 増加 伸びる 上がる 多い",
            "継ぐ 継がせる 後継 跡継ぎ 承継 引き継ぐ 任せる 譲る 後継者",
            "引退 退く 身を引く 隠居",
            "決める 決断 決心 決まる 判断 決裁 判子 任せる",
            "定番 看板 売れ筋 ロングセラー 昔ながら 昔から 長年",
            "新商品 新しい 新作 新製品 新規",
            "断る 断わる 受ける 引き受ける",
            "値上げ 値段 価格 単価 高い 高騰 上がる",
            "仕事 受注 注文 依頼 案件 発注",
            "職人 技術 腕 技 技能",
            "赤字 儲かる 利益 儲け 黒字 採算",
            "借金 借入 借り入れ 融資 返済 銀行",
        )
    ),
    "en": tuple(
        frozenset(g.split())
        for g in (
            "short shortage understaff staff people hand crew",
            "leav leave quit stay keep retain turnover go",
            "hire hiring recruit recruitment job advert",
            "old ageing aging outdated worn",
            "machine equipment machinery kit tool",
            "sale sell revenue turnover",
            "customer client buyer order",
            "drop fall decline down few fewer less shrink",
            "successor succession take over hand pass son",
            "decide decision choose call sign approve",
            "retire step stop quit",
            "price cost expensive",
            "work job order business",
            "debt loan bank borrow",
        )
    ),
}

# Japanese: the parts of speech whose forms count as his words, and light verbs that do not
JA_MORPH_POS = frozenset({"名詞", "動詞", "形容詞", "形状詞"})
JA_LIGHT = frozenset(
    "為る 居る 有る 成る 出来る 言う 思う 行く 来る 見る 下さる 致す 頂く 貰う 呉れる 遣る 仕舞う 置く "
    "事 物 所 時 方 的 様 さん 様子 訳 筈 積もり 中 上 前 後 今 皆 私 自分 ご 御".split()
)

# a sentence with fewer content words than this is too short to judge (「そうなんですね」; "It
# sounds like you're caught in the middle" for "I can't say anything in front of the chairman")
MIN_WORDS = {"ja": 2, "en": 3}
# a piece of this many characters (spaces and punctuation left out) in common with his words
RUN_CHARS = {"ja": 6, "en": 14}
