"""The words of :mod:`.attribution`: quotation marks, the frames of reported speech ("you said",
「〜とおっしゃいましたね」), hearsay and self-reference, and the word lists that keep a paraphrase
in the supporter's own words from ever counting as words the owner did not say."""

from __future__ import annotations

import re

JA_QUOTE = re.compile(r"「([^「」]{1,80})」|『([^『』]{1,80})』|“([^“”]{1,120})”|\"([^\"]{1,120})\"")
EN_QUOTE = re.compile(
    r"“([^“”]{1,160})”|\"([^\"]{1,160})\"|‘([^‘’]{1,160})’|"
    r"(?:(?<=^)|(?<=[\s(\[—–-]))'((?:[^'\n]|(?<=[A-Za-z])'(?=[A-Za-z])){2,160}?)'(?=[\s.,;:!?)\]—–-]|$)"
)

# --- Japanese reported speech ------------------------------------------------------------------
# the frame verb in a past, declarative form: 「〜とおっしゃいましたね」「〜と言われたんですね」
# (not 「〜とおっしゃいましたか」「〜と言われたら」「〜と言われたことはありますか」)
JA_VERB = re.compile(
    r"(?:と|って|とか|とも|、と)\s*(?:今|先ほど|さっき|以前|前に)?、?"
    r"(?:おっしゃ|仰)(?:い(?:ました|まして)|った|って(?:い)?(?:ました|た|て))|"
    r"(?:と|って|とも|、と)\s*(?:今|先ほど|さっき)?、?言われ(?:ました|た|て(?:い)?(?:ました|た))|"
    r"(?:と|って|とも|、と)\s*(?:今|先ほど|さっき)?、?(?:お話しに?な|お話しされ|話され)(?:りました|った|て(?:い)?(?:ました|た))|"
    r"(?:と|って|、と)\s*(?:今|先ほど|さっき)?、?言って(?:い)?(?:ました|た)(?=ね|よね|が|けど|けれど|。|、|\s|$)|"
    r"(?:という|との)(?:お話|お言葉)(?:でした|がありました|を伺いました|をいただきました)"
)
# (the elliptic 「…太刀打ちできない相手が出てきた、と。」 is how a paraphrase in the supporter's own
# words is given back: never judged)
# after the frame verb: a question, a hypothetical or a general case, not an attribution
JA_NOT_AFTER = re.compile(
    r"^(?:か|っけ|ら|り|ことは|ことが|ことも|こと(?:って)?あり|人|方|時|とき|場合|ような|みたい|"
    r"んじゃ|のでは|んですか|のですか|んでしょう|のでしょう|でしょうか)"
)
# the words come from the briefing, the application or someone else (hearsay), not from him
JA_OTHER = re.compile(
    r"申込|申し込み|申請|指導員|商工会|会議所|事前|資料|ホームページ|ご紹介|紹介|伺って|伺いました|"
    r"お聞きして|お聞きしました|聞いて(?:い|お)|そうですね|そうで|とのこと"
)
# the supporter's own words (「私が先ほど『…』と言いました」): not the owner's
JA_SELF = re.compile(r"私が|私は|私も|僕が|わたしが|こちらが|申し上げ")
JA_TERM = re.compile(
    r"^(?:という|といった|などの|みたいな)?(?:言葉|考え方|制度|仕組み|手法|取り組み|ことわざ|言い方|言葉が(?:あり|ござい))|"
    r"^(?:と呼ばれ|という言葉(?:が(?:あり|ござい)|をご存じ|を聞いたこと))"
)
# a thought he may have, offered as an invitation (「社長の方で『これは話してもいい』と思えることが
# あれば」「『やってみたい』と感じたら」): not words given back as his
JA_INVITED_AFTER = re.compile(
    r"^\s*(?:と|って)(?:いう)?(?:ふうに|風に)?\s*(?:思え|思われ|お思い|思っ|思う|感じ|感じられ|お感じ|考え|"
    r"お考え|いう気持ち|いうお気持ち)[^。]{0,14}?(?:あれば|ありましたら|あったら|出てきたら|"
    r"たら|れば|なら|時|とき|場合|ようでしたら|ようなら)"
)
# a proposal, a wish of the supporter's or an invitation for later (「次回は、社長が『こうなったら
# いい』と思える姿を、少しずつ一緒に言葉にしていけたらと思います」 "Next time, let's put 'what good
# looks like' into words together"): a thought offered to him, not his words (r12a s07 T11)
JA_PROPOSAL = re.compile(
    r"(次回|次に|次の機会|今後|これから|一緒に|ご一緒に)[^。？?]*"
    r"(ていけたら|ていければ|ていきたい|ていきましょう|られたら|られれば|できたら|できれば|たいと(思|考え)|"
    r"ましょう|ませんか|いかがでしょう)"
)
# his word pointed back to inside a question (「その「変わっていく」ということについて…」 "that 'mostly'
# — what makes up the rest?"): given back as his, so judged even though the sentence asks
JA_REFERRED_BEFORE = re.compile(r"(?:その|先ほどの|さきほどの|さっきの|今の|いまの|社長の|おっしゃった|言われた)\s*$")
EN_REFERRED_BEFORE = re.compile(r"\b(?:that|this|your|those|these|the word|the phrase)\s*$", re.I)
# his word turned into its opposite (「変わらず」 given back as 「変わっていく」): the stem of his
# word followed by a negation, the quote's by none (or the other way round)
JA_NEGATION_AFTER = re.compile(r"^[ぁ-ん]{0,1}(?:ず|ない|なく|なかっ|ません|ぬ|ねえ|へん|ん(?:です|だ))")
JA_BEFORE_TERM = re.compile(r"(?:いわゆる|例えば|たとえば|よく|仮に|もし)\s*$")
JA_SENT = re.compile(r"[^。！？!?\n]+[。！？!?\n]*")
JA_QUESTION = re.compile(r"(?:か|の|かね|っけ)?[？?]\s*$|か[。]?\s*$")

# --- English reported speech -------------------------------------------------------------------
EN_VERB = re.compile(
    r"\b(?:you|you've|you have|you had)\s+(?:just\s+|also\s+|already\s+|once\s+)?"
    r"(?:said|mentioned|told me|told us|told (?:your|the|him|her|them)\b[\w\s]{0,20}?|were saying|"
    r"described|called it|put it|explained|brought up|talked about|spoke about|spoke of|noted|"
    r"pointed out)\b|"
    r"\b(?:[A-Z][a-z]+|your \w+(?: \w+)?|they|he|she|the \w+)\s+(?:told you|said to you)\b",
    re.I,
)
# "Did you say …?", "Have you ever mentioned …", "if you said …": asking, not attributing
EN_NOT_BEFORE = re.compile(
    r"\b(?:did|do|does|have|has|had|would|could|if|whether|ever|never|"
    # "everything you said", "What you told me today stays with me": a relative clause
    r"what|everything|all|anything|something|things|which|whatever)\s*$",
    re.I,
)
EN_OTHER = re.compile(
    r"\b(?:application|form|advis[eo]r|chamber|briefing|i heard|i've heard|i understand|"
    r"i was told|i read|before (?:the|our) meeting)\b",
    re.I,
)
EN_SELF = re.compile(r"\b(?:i|we)\s+(?:said|mentioned|told)\b", re.I)
EN_TERM = re.compile(r"^\s*(?:is a|as they say|as people say|so-called)\b", re.I)
# "If you ever think 'this I could share', …", "whenever you feel 'enough'": a thought offered
EN_INVITED_BEFORE = re.compile(
    r"\b(?:if|when|whenever|once|should)\s+(?:you|there's anything you|there is anything you)\s+"
    r"(?:ever\s+|do\s+)?(?:think|feel|find yourself thinking|decide|say to yourself)\s*,?\s*$",
    re.I,
)
EN_PROPOSAL = re.compile(
    r"\b(next time|next meeting|let's|let us|shall we|i'd like us to|we could|we can|together)\b", re.I
)
EN_BEFORE_TERM = re.compile(r"(?:so-called|for example,?|say,?|like|if someone says|people say)\s*$", re.I)
EN_SENT = re.compile(r"[^.!?\n]+(?:[.!?]+[\"'”’)]*|\n|$)")
EN_LEAD = re.compile(
    r"\s*(?:,|that\b|earlier\b|before\b|a moment ago\b|just now\b|at the start\b|to me\b)\s*,?\s*", re.I
)
EN_CLAUSE_END = re.compile(
    r"\s(?:—|–|-)\s|;|\?|, (?:and|but|so|which|and that's|did|do|does|how|what|why|when|is|was|are|"
    r"were|could|would|can)\b",
    re.I,
)
# how or when he said it ("almost in passing", "quietly", "twice now", "yourself"): no words of his
EN_MANNER = (
    r"(?:\s*,?\s*(?:almost|just|only|quite|so|very|rather|really|pretty|a bit|a little)?\s*"
    r"(?:in passing|as an aside|as a joke|quickly|quietly|softly|calmly|lightly|casually|offhand(?:edly)?|"
    r"firmly|twice|again|once|more than once|(?:a few|several|two|three|many) times|yourself|"
    r"with a (?:laugh|smile|sigh|shrug)|without thinking|like it was nothing|as if it were nothing|"
    r"earlier(?: on)?|before|just now|a moment ago|at the start|at first|today|now|then|to me)\b)"
)
# "When you said that to her, …", '"It never adds up" — you said that almost in passing.': a
# pronoun pointing back (to a quote before it, or to his words), no words of its own
EN_PRONOUN = re.compile(
    r"\s*(?:that|it|this|so|those|these|them)\b\s*(?:to \w+\b)?" + EN_MANNER + r"*\s*(?:[,.?!;—–]|\s-\s|$)",
    re.I,
)

# Everyday variants a supporter uses for the owner's own words (親父 → お父様, "dad" →
# "father"): giving them back is his word, not a new one.
VARIANTS: dict[str, tuple[frozenset[str], ...]] = {
    "ja": tuple(
        frozenset(g.split())
        for g in (
            "父 親父 おやじ オヤジ お父さん お父様 父親 先代 会長 親",
            "母 お袋 おふくろ お母さん お母様 母親",
            "妻 家内 嫁 女房 奥さん 奥様 かみさん",
            "息子 せがれ 倅 息子さん ご子息 長男 次男",
            "娘 娘さん お嬢さん 長女",
            "祖父 じいさん 爺さん おじいさん おじい様 お祖父様 祖父母",
            "社員 従業員 スタッフ 職員 部下 職人 パート 人",
            "若手 若い 若者 若い衆 若い人 新人",
            "客 お客 お客さん お客様 顧客 取引先 得意先 取引 お得意",
            "後継 後継ぎ 跡継ぎ 跡取り 後継者 承継 事業承継 継ぐ",
            "売上 売り上げ 売上高 年商",
            "店 お店 店舗 本店",
            "うち 当社 弊社 御社 会社",
        )
    ),
    "en": tuple(
        frozenset(g.split())
        for g in (
            "father dad pop chairman founder",
            "mother mum mom",
            "wife missus",
            "son boy",
            "daughter girl",
            "staff employee worker person people team crew man men hand",
            "young youngster youth junior",
            "customer client buyer account",
            "sale revenue turnover",
            "successor succession",
            "shop store",
        )
    ),
}


# Words of interpretation a paraphrase adds to what he said (「定着に苦労されている」 for 「3年も
# たないで辞めていく」, "a struggle"): never counted as words he did not say.
INTERPRETING: dict[str, frozenset[str]] = {
    "ja": frozenset(
        """
        苦労 大変 悩み 悩む 困る 心配 不安 気 負担 課題 問題 関係 思い 気持ち 大事 大切 重要
        難しい 厳しい 辛い つらい 定着 維持 継続 変化 状況 現状 環境 影響 必要 意味 理由 原因 本音
        実感 危機感 手応え 不満 満足 期待 迷う 迷い 葛藤 抱える 感じる 受け止める 向き合う 続ける
        守る 変える 変わる 大きい 小さい 強い 弱い 長い 短い 多く 少なく 部分 面 こだわり 方針 考え
        """.split()
    ),
    "en": frozenset(
        """
        struggle worry concern hard difficult tough problem issue challenge important matter
        relationship situation pressure keep retain change feel sense need reason mean worried
        concerned big small long short lot part side care value way view hope fear face deal
        """.split()
    ),
}


# verbs any question is made of ("What comes after that?"): no word of his given back
ASKING: dict[str, frozenset[str]] = {
    "ja": frozenset("始める 始まる 出る 入る 持つ 使う 聞く 話す 続く 進む 止まる 先 言葉 どんな".split()),
    "en": frozenset(
        "come happen start begin work look find give mean call ask talk speak turn use try help "
        "move put next".split()
    ),
}
