"""Word lists and small rules for what a quote of the owner's may be (blind playtests r6a/r6b).

- Words too generic to stand alone as the owner's point (『中心』『数量』, "end", "run", "oldest"),
  though a compound holding them may (「ネット通販」, "sales channel").
- Titles and relations (『部長さん』『常務』『祖父』, "chairman", "father"): they name a person,
  like a name, and are no point of his.
- Concern words: what fits a template slot about a situation, a problem, a feeling or something
  he could act on (「『人手不足』というのは、具体的にはどのような状況…」「『原価低減』について…どう
  していきたい…」); a concrete thing (『水まんじゅう』『工場』, "little pleasure") does not.
- Asides: stage business and talk about the talk (「把握してない」「話しているうちに、分かってきた」,
  "I've got to check on the factory this afternoon", "can't say offhand") are no point of his.
- The trainee's voice: a point given back in a suggested summary speaks of 御社/社長, you/your,
  never the owner's first person (うち, 俺, "I", "we").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..acts import Utterance
from ..i18n import Lang
from .quotes_en import EN_INTERJECTION
from .quotes_en import EN_SKIP as EN_SKIP_WORDS

# Japanese nouns too generic to quote alone (a compound holding one may be quoted); 『コンサル』 of
# 「前のコンサルはそこまで聞かんかった」 is the supporter's trade, no point of his (t10 q008); 『十分』 of
# 「それで十分やわ」 says how much is enough, no point of his (r15b s05 T10, s10 T7)
JA_GENERIC: frozenset[str] = frozenset(
    """
    中心 メイン ネット 長さ 次の日 翌日 前日 数量 数 量 お願い 菓子 商品 製品 社員 従業員 スタッフ
    全体 一部 場所 店 お店 うち 業界 世界 世間 地域 地元 今年 去年 来年 昔 元々 もともと
    物事 用事 予定 準備 連絡 事情 都合 具合 調子 機会 場 例 事例 件 方向 方針 段階 何回 恐縮 内緒 思い出 続き
    工場 季節 部品 事務 両方 一回 一度 二回 二度 何度 何回 一つ 一個 全部 半分
    県内 県外 市内 町内 概要 人間 取引 お菓子
    本人 ご本人 考え お考え 一人 もう一人 二人 もう二人
    機械 募集 商売 営業 和菓子 加工 相場 仕事 会社 お客 お客さん 客
    菓子屋 和菓子屋 お菓子屋 手段 すべ 術
    漬物 お漬物 漬け物
    十分 充分
    コンサル コンサルタント
    """.split()
)
# Japanese nouns quoted only inside his longer phrase (『全国のお客さん』『事務所の家賃』), never bare
# (『全国』『事務所』『電話』『派手』 r15b s03 T8, s04 T10, s08 T10): applied after the phrase is grown
JA_BARE_NEVER: frozenset[str] = frozenset("事務所 電話 全国 派手 現場".split())


def bare_generic(surface: str, lang: Lang) -> bool:
    """A word quoted only inside a longer phrase of his (see above)."""
    return lang == "ja" and surface in JA_BARE_NEVER


# titles and relations: they name a person, never a point of his
JA_TITLES: frozenset[str] = frozenset(
    """
    会長 社長 副社長 専務 常務 取締役 役員 部長 課長 係長 主任 店長 先代 二代目 三代目 四代目 代目
    祖父 祖母 父 母 父親 母親 親父 おやじ お袋 おふくろ お父さん お母さん 親 両親 息子 娘 長男 次男
    長女 次女 兄 弟 姉 妹 叔父 伯父 叔母 伯母 おじ おば 家内 女房 妻 夫 嫁 婿 孫 甥 姪 家族 身内
    じいさん ばあさん 祖父母 創業者 創業 初代 先々代 お父さん お母さん 親父さん
    工場長 所長 支店長 営業所長 院長 園長 校長 局長 室長 班長 組長 理事長 会頭 顧問 監査役
    先生 先生方 税理士 会計士 社労士 司法書士 弁護士 担当者
    女将 若女将 大女将 番頭
    親方 師匠 棟梁 大将 親分 弟子 兄弟子 先輩 後輩 上司 部下 同僚 恩師 旦那 若旦那 大旦那
    """.split()
)
# titles that also close a compound or a phrase naming a person (「購買の部長さん」「営業部長」
# 「向こうの先代」): a person by his role, like a name; never 『創業』 of 「第二創業」 (r17a s08 T6)
_JA_TITLE_HEADS: frozenset[str] = frozenset(
    t for t in JA_TITLES if len(t) >= 2 and t not in {"創業", "家族", "身内", "代目"}
)


def person_phrase(surface: str) -> bool:
    """A Japanese phrase whose head is a title or a relation (「購買の部長さん」「営業部長」
    「うちの親方」): it names a person, never a point of his."""
    bare = _JA_HONORIFIC.sub("", surface)
    return any(bare.endswith(t) and len(bare) > len(t) for t in _JA_TITLE_HEADS)
_JA_HONORIFIC = re.compile(r"(さん|様|さま|ちゃん|君|くん)$")
# what a person of his looks after, said to name him (「経理を見てる取締役」「営業担当の部長」
# 「総務をやってる人」): a role label, no point of his (r22a s05 T8 『経理』); never 「取引先の社長」,
# whose 取引先 is the thing he speaks of
_JA_ROLE_VERB = r"(?:を|は)?(?:見て|やって|担当して|任せて|仕切って|回して)(?:る|いる|くれてる|もらってる)|の?担当の?"
_JA_ROLE_HEAD = "|".join(sorted(_JA_TITLE_HEADS | {"人", "担当", "担当者", "子", "者"}, key=len, reverse=True))


def role_label(word: str, said: Sequence[str]) -> bool:
    """In his words ``said``, ``word`` only says what a person of his looks after (「経理を見て
    る取締役」「総務をやってる人」): it names who, never a point of his."""
    pat = re.compile(re.escape(word) + rf"(?:{_JA_ROLE_VERB})(?:{_JA_ROLE_HEAD})(?:さん)?(?![一-龥ァ-ヶー])")
    hits = [t for t in said if word in t]
    return bool(hits) and all(
        len(pat.findall(t)) >= t.count(word) for t in hits
    )
# his shops and sites by where they stand (『本店』『駅前の店』『二号店』): they name a place, like
# a name, and are no point of his (r14a s10 T5); 「本店のお客さん」 is quoted whole when it is one
JA_PLACES: frozenset[str] = frozenset(
    """
    本店 支店 本社 支社 店舗 駅前 駅前店 一号店 二号店 三号店 新店 出店 近所 隣 向かい 駅 駅ビル
    """.split()
)
_JA_PLACE_SHOP = re.compile(r"^(.+?)の(?:店|お店|店舗|ほう)$")
# nouns of degree, scale, room and pace: said of something (「規模が違う」「レベルが高すぎて」
# 「時間をかける余裕はない」「このペースだと」), they measure a point of his and are none; alone
# never quoted, a compound holding one may be (「事業規模」「価格競争」)
JA_MEASURE: frozenset[str] = frozenset(
    """
    余裕 レベル 規模 程度 度合い 水準 ペース スピード 速さ 割合 比率 範囲 限度 限界 上限 下限 桁 差
    大きさ 多さ 高さ 広さ 深さ 重さ 量 分量 度 具合 ランク 段 格 暇 ゆとり 勢い
    """.split()
)
EN_MEASURE: frozenset[str] = frozenset(
    """
    level levels scale extent degree degrees rate rates pace speed margin margins room size sizes
    range limit limits bit
    """.split()
)

# ("client", "caregiver", "visit", "calls": the plain nouns of his trade, whose meaning sits in
# the phrase around them ("four clients to forty-five caregivers", "got two calls": t10 judge)
# ("office", "ads", "material" of "phones and faxes in the office", "we put out ads", "the right
# material": where and how, like 『事務所』『募集』, no point of his: r15a s10 T8, r15b s07 T5/T8)
EN_GENERIC: frozenset[str] = frozenset(
    """
    end ends feet foot run runs use uses used notice notices once twice difficult free line lines
    product products customer customers shop shops sales store stores staff employee employees
    center centre main amount number numbers length quantity area areas side sides share pace
    third fourth fifth fifties forties sixties seventies thirties twenties eighties nineties
    tough little lot world industry local town market per cent percent troubles middle between
    home era eras decades batch busy thrown deliver manage young hands stuck chest factory
    water autumn summer winter spring season report less more fewer least most flash face hurry
    nutshell while tends tend seems happens means past
    house houses head heads board chain chains senior stations station loud prefecture handful
    bottom terrible name names heart money
    guy guys room rooms fellow fellows folks
    ago both example examples instance instances
    find finds stock orders order quote quotes floor floors word words drawing drawings volume volumes
    sweet sweets confectionery confection pickle pickles
    job jobs work business company thing things
    photo photos picture pictures average rough round car cars grown account accounts demand
    office offices ad ads advert adverts material materials
    client clients caregiver caregivers visit visits call calls response responses hand sick
    flat trade
    """.split()
)
EN_TITLES: frozenset[str] = frozenset(
    """
    chairman chairwoman chair president ceo director directors manager managers boss father mother
    dad mum mom parents parent son sons daughter daughters grandfather grandmother grandpa grandma
    grandparents uncle aunt wife husband brother brothers sister sisters family nephew niece
    cousin predecessor founder generation generations
    """.split()
)
_EN_VERB_AFTER = frozenset(
    "ask asks show shows say says tell tells want wants need needs go goes come comes make makes "
    "keep keeps get gets run runs take takes give gives know knows think thinks decide decides "
    "handle handles does did said told quit quits left leave leaves".split()
)
_EN_KEPT_GOING = frozenset("running ticking afloat".split())  # (never "slow going")
_EN_TALK = frozenset("word words thing things way ways term terms one bit part name".split())
_EN_TALK_MOD = frozenset("right wrong best worst only same other whole last first exact proper".split())
_EN_ORDINAL = frozenset("first second third fourth fifth sixth eldest youngest older younger".split())
_EN_SUPERLATIVE = re.compile(r"^[a-z]{2,}est$")
_EN_NOT_SUPERLATIVE = frozenset("interest request forest test chest guest west harvest".split())


def measure_word(surface: str, lang: Lang) -> bool:
    """A noun of degree, scale, room or pace (『余裕』『規模』, "level", "pace"): quoted alone only
    when he came back to it (said in two turns)."""
    if lang == "ja":
        return _JA_HONORIFIC.sub("", surface) in JA_MEASURE
    return surface.lower() in EN_MEASURE


def place_name(surface: str) -> bool:
    """One of his shops or sites named by where it stands (『本店』『駅前の店』『二号店』): a place,
    like a name, no point of his; a phrase holding it (『秋口の本店』) may be one."""
    bare = _JA_HONORIFIC.sub("", surface)
    shop = _JA_PLACE_SHOP.match(bare)
    return bare in JA_PLACES or bool(shop and shop.group(1) in JA_PLACES)


def generic_alone(surface: str, lang: Lang) -> bool:
    """A single word too generic, a title or a relation: not to be quoted on its own."""
    if lang == "ja":
        bare = _JA_HONORIFIC.sub("", surface)
        return (
            surface in JA_GENERIC
            or surface in JA_TITLES
            or bare in JA_GENERIC
            or bare in JA_TITLES
            or person_phrase(surface)
        )
    low = surface.lower()
    words = low.replace("-", " ").split()
    if len(words) == 2 and words[1] in _EN_VERB_AFTER:
        return True  # "supermarkets ask", "craftsman shows": a subject and its verb
    if len(words) == 2 and words[1] in _EN_KEPT_GOING:
        return True  # "factory running" of "keeps the factory running": an idiom's scrap (r14b s03 T6)
    if len(words) == 1:
        w = words[0]
        return (
            w in EN_GENERIC
            or w in EN_TITLES
            or bool(_EN_SUPERLATIVE.match(w) and w not in _EN_NOT_SUPERLATIVE)
        )
    # "closest word", "best way", "right thing": how he put it, talk about the talk (r17b s08 T6)
    if words[-1] in _EN_TALK and all(
        w in _EN_TALK_MOD or (_EN_SUPERLATIVE.match(w) and w not in _EN_NOT_SUPERLATIVE)
        for w in words[:-1]
    ):
        return True
    # "third generation", "eldest son": a title after an ordinal names a person or a position
    if words[-1] in EN_TITLES and all(w in _EN_ORDINAL for w in words[:-1]):
        return True
    # "low-volume", "main shop": every part generic ("sales manager" is a role: quoted)
    return all(w in EN_GENERIC for w in words) or (
        "-" in low and words[0] in {"low", "high", "small", "big", "large"}
    )


# --- concern words: what a situation / problem / feeling / action slot can take ------------------
JA_CONCERN_NOUNS: frozenset[str] = frozenset(
    """
    売上 利益 単価 納期 価格 値段 人手 採用 後継者 後継ぎ 跡継ぎ 事業承継 承継 借入 借金 資金 資金繰り
    設備 赤字 黒字 原価 コスト 取引 取引先 販路 集客 人材 育成 技術 品質 生産性 効率 ジリ貧 負担 依存
    売り上げ 儲け 採算 在庫 客足 来店 人手不足 将来 引退 世代交代 跡取り 残業 離職 定着 値上げ 値下げ
    """.split()
)
_JA_CONCERN_TAIL = re.compile(
    r"(不足|減少|不振|低下|悪化|難|離れ|問題|不安|心配|負担|依存|赤字|ジリ貧|停滞|高騰|値上げ|値下げ|"
    r"承継|引退|廃業|継承|離職|退職)$"
)
EN_CONCERN: frozenset[str] = frozenset(
    """
    shortage shortages decline pressure pressures cuts cut debt debts loan loans worry worries
    succession overtime loss losses cost costs turnover delays delay complaints competition risk
    risks dependence burden stress struggle struggles fear fears concern concerns gap drop slump
    deficit margins margin prices price pricing hiring recruitment retirement handover workload
    cash flow sales growth profit profits orders backlog deadline deadlines training quality
    shrink shrinking staffing labour labor wages succession successor successors future
    """.split()
)
_EN_CONCERN_SUFFIX = re.compile(r"(ness|tion|sion|age|ity|ship)$")
_EN_CONCRETE = frozenset("station village nation mission page stage image vision".split())


JA_CONCERN_STATES: frozenset[str] = frozenset(
    """
    不安 心配 大変 手一杯 精一杯 ギリギリ ぎりぎり 手薄 不便 不満 無理 心細い 不安定 深刻 限界 手遅れ
    きつい 厳しい 苦しい 怖い 辛い つらい 寂しい 悔しい 情けない もったいない
    """.split()
)


def is_concern(surface: str, lang: Lang) -> bool:
    """The phrase names a situation, a problem, a feeling or something he could act on
    (「人手不足」「原価低減」「売上向上」「不安」「きつい」; "staff shortage", "price cuts"), not a
    concrete thing (「水まんじゅう」「プレス部品」), a manner (「地味」) or a pastime (「勉強」)."""
    if lang == "ja":
        return bool(
            surface in JA_CONCERN_STATES
            or any(n in surface for n in JA_CONCERN_NOUNS)
            or _JA_CONCERN_TAIL.search(surface)
            or any(n in surface for n in ("不足", "減少", "不安", "心配", "低減", "後継", "承継"))
        )
    words = [w for w in re.split(r"[\s-]+", surface.lower()) if w]
    return any(
        w in EN_CONCERN or (_EN_CONCERN_SUFFIX.search(w) and w not in _EN_CONCRETE)
        for w in words
    )


# --- asides and talk about the talk: no point of his ---------------------------------------------
JA_ASIDE = re.compile(
    r"把握して(い)?な|覚えて(い)?な|思い出せ|すぐには|出てこ|整理が(つ|でき)|"
    r"分かってきた|話しているうち|話してるうち|話しとるうち|気がします|恥ずかし|照れ|要は(さ)?$|"
    r"やることは決まっ|言ったっけ|なんだっけ|何だっけ|ちょっと待っ|後で|午後|電話が|見てこな|行かな|"
    r"分かっててくれ|話ができる|話が早い|数えたこと|数えて(い)?な|専門家|コンサル|報告書|"
    r"話すと長|話せば長|話が聞きたい|聞きたいんじゃ|腰が痛|膝が痛|腰痛|肩が凝|肩こり"
)
EN_ASIDE = re.compile(
    r"\b(got to (go|check|run|get|see)|have to (go|run|get back)|this (afternoon|morning|evening)|"
    r"offhand|off the top of my head|embarrassing|said (exactly )?that|all right$|can't say|"
    r"can't remember|don't remember|don't know|no idea|where was i|let me think|ha\b|haha|"
    r"last (expert|consultant|adviser|advisor)|excuse me|hold on|report|expert|consultants?|"
    r"outside help|name something|out of (my|your) head|percent|per cent|"
    r"long story|(playing|acting) up|(my|your) (back|knees?|hips?|shoulders?)\b(?! (office|room|door|yard))|"
    r"^(i|you) (suppose|guess|think|reckon)$)",
    re.I,
)


# --- negated words: 「大企業やない」 "work without worry" "no clear picture" ---------------------
# a noun he said only to deny it is no point of his: quoted alone it says the opposite
_JA_NEGATED_AFTER = r"(?:さん)?(?:や|じゃ|じゃあ|では|でも|でわ)(?:は|も)?(?:ない|なく|ねえ|ねぇ|ありません|あらへん|ありゃせん|おまへん)"
_EN_NEGATOR = r"\b(?:no|not|without|never|nor|neither|hardly|n't)\s+(?!(?:just|only|merely|even|to|that)\b)(?:[a-z'-]+\s+){0,2}"


@lru_cache(maxsize=8192)  # his phrases are weighed again on every later turn
def negated(surface: str, text: str, lang: Lang) -> bool:
    """Every time he said ``surface`` in ``text`` he denied it (「我々は大企業やないでね」,
    "a place to work without worry", "no clear picture comes to mind"): no word of his to quote."""
    if not surface or not text:
        return False
    if lang == "ja":
        said = len(re.findall(re.escape(surface), text))
        denied = len(re.findall(re.escape(surface) + _JA_NEGATED_AFTER, text))
        return said > 0 and denied >= said
    low = text.lower().replace("n’t", "n't").replace("n't", " n't")
    word = re.escape(surface.lower())
    said = len(re.findall(rf"\b{word}\b", low))
    denied = len(re.findall(rf"{_EN_NEGATOR}{word}\b", low))
    return said > 0 and denied >= said


def aside(point: str, lang: Lang) -> bool:
    return bool((JA_ASIDE if lang == "ja" else EN_ASIDE).search(point))


# --- the trainee's voice ------------------------------------------------------------------------
_JA_FIRST = re.compile(r"(うち|ウチ|うちら|わしら|俺ら|私ども|手前ども)(?=[のはがもでにをと、]|$)")
_JA_ME = re.compile(r"(俺|オレ|僕|わし|ワシ|私|あたし|自分)(?=[のはがもでにをと、]|$)")
_EN_SWAPS = (
    (r"\bI'm\b", "you're"),
    (r"\bI am\b", "you are"),
    (r"\bI was\b", "you were"),
    (r"\bI've\b", "you've"),
    (r"\bI'd\b", "you'd"),
    (r"\bI'll\b", "you'll"),
    (r"\bwe're\b", "you're"),
    (r"\bwe've\b", "you've"),
    (r"\bwe'd\b", "you'd"),
    (r"\bwe'll\b", "you'll"),
    (r"\bwe are\b", "you are"),
    (r"\bwe were\b", "you were"),
    (r"\bmyself\b", "yourself"),
    (r"\bourselves\b", "yourselves"),
    (r"\bI\b", "you"),
    (r"\bwe\b", "you"),
    (r"\bmy\b", "your"),
    (r"\bour\b", "your"),
    (r"\bmine\b", "yours"),
    (r"\bours\b", "yours"),
    (r"\bme\b", "you"),
    (r"\bus\b", "you"),
)


# casual contractions said back in full (「やってる」→「やっている」「辞めちゃう」→「辞めてしまう」):
# the supporter gives his point back in clean words, never his casual speech (r9a s03)
# (before a noun too: 「困ってること」→「困っていること」 r16a s04)
_JA_NEXT = r"(?=$|[、。…]|ん|よ|ね|し|から|けど|な|こと|とき|ところ|もの|人)"
# 「て/で」 after a kana only: 「建てる」「捨てる」 (a kanji before it) are verbs of their own
_JA_CONTRACTIONS = (
    (re.compile(r"(?<=[^\u4e00-\u9fff][てで])る" + _JA_NEXT), "いる"),
    (re.compile(r"(?<=[^\u4e00-\u9fff][てで])た" + _JA_NEXT), "いた"),
    (re.compile(r"(?<=[^\u4e00-\u9fff][てで])ない" + _JA_NEXT), "いない"),
    (re.compile(r"(?<=[^\u4e00-\u9fff][てで])ます" + _JA_NEXT), "いる"),
    (re.compile(r"(?<=[^\u4e00-\u9fff][てで])ました" + _JA_NEXT), "いた"),
    # 「やっとります」「思っとる」 (ておる): 「やっている」
    (re.compile(r"(?<=[っいしきちにびみりえけせてねべめれ])とり?ます" + _JA_NEXT), "ている"),
    (re.compile(r"(?<=[っいしきちにびみりえけせてねべめれ])とる" + _JA_NEXT), "ている"),
    (re.compile(r"(?<=[っいしきちにびみりえけせてねべめれ])とった" + _JA_NEXT), "ていた"),
    (re.compile(r"(?<=[っいしきちにびみりえけせてねべめれ])とったら(?=$|[、。…])"), "ていたら"),
    (re.compile(r"(?<=[\u3040-\u309f])ちゃう" + _JA_NEXT), "てしまう"),
    (re.compile(r"(?<=[\u3040-\u309f])ちゃった" + _JA_NEXT), "てしまった"),
    (re.compile(r"(?<=[\u3040-\u309f])じゃう" + _JA_NEXT), "でしまう"),
    (re.compile(r"(?<=[\u3040-\u309f])じゃった" + _JA_NEXT), "でしまった"),
    # the dialect's 「出てまった」「行ってまう」 (〜てしまう): 「出てしまった」 (r15a s09 T11)
    (re.compile(r"(?<=[\u3040-\u309f\u4e00-\u9fff])てまった" + _JA_NEXT), "てしまった"),
    (re.compile(r"(?<=[\u3040-\u309f\u4e00-\u9fff])でまった" + _JA_NEXT), "でしまった"),
    (re.compile(r"(?<=[\u3040-\u309f\u4e00-\u9fff])てまう" + _JA_NEXT), "てしまう"),
    (re.compile(r"(?<=[\u3040-\u309f\u4e00-\u9fff])でまう" + _JA_NEXT), "でしまう"),
)


def trainee_voice(point: str, lang: Lang) -> str:
    """The owner's point as the trainee gives it back: うち→御社, 俺→社長, 「やってる」→
    「やっている」; I→you, our→your."""
    if lang == "ja":
        point = _JA_FIRST.sub("御社", point)
        for pattern, repl in _JA_CONTRACTIONS:
            point = pattern.sub(repl, point)
        return _JA_ME.sub("社長", point)
    for pattern, repl in _EN_SWAPS:
        point = re.sub(pattern, repl, point, flags=re.IGNORECASE)
    return point


# --- the phrase the trainee dug into ------------------------------------------------------------
# A single quote is a quotation mark only outside a word: the apostrophes of "doesn't" and
# "I'm" are never quote marks (they cut 'It still doesn' and 'm the president' out of his line).
_QUOTE_MARKS = re.compile(
    r"[『「“\"]([^』」”\"]{1,30})[』」”\"]|(?<![A-Za-z])['‘]([^'‘’]{1,30})['’](?![A-Za-z])"
)


def _quoted_spans(text: str) -> list[str]:
    return [m.group(1) or m.group(2) for m in _QUOTE_MARKS.finditer(text)]


def quoted_owner_words(text: str, context: Sequence[Utterance]) -> list[str]:
    """Words the utterance puts in quotation marks that the owner said (latest owner turn
    first): the phrase the trainee dug into."""
    owner = [u.text for u in reversed(context) if u.speaker == "owner"][:3]
    out: list[str] = []
    for span in _quoted_spans(text):
        q = span.strip()
        if len(q) >= 2 and any(q.lower() in t.lower() for t in owner) and q not in out:
            ja = bool(_KANA_KANJI.search(q))
            if not ja and all(_en_function_word(w) for w in q.split()):
                continue  # "we didn't": a pronoun and its auxiliary, no word of his (r22a s03 T8)
            if _word_shaped(q) and not generic_alone(q, "ja" if ja else "en") and not (ja and ja_fragment(q)):
                out.append(q)
            elif ja and his_saying(q, owner):
                out.append(q)
    return out


def his_saying(q: str, owner: Sequence[str]) -> bool:
    """``q`` is a saying he quoted himself (「親父の『店を大きくしたら味が落ちる』が口癖」) and the
    trainee quotes it back whole: the words he stressed, quoted though they are a clause (r14a
    s05 T8, where 『口癖』 was quoted instead)."""
    if _OPEN_SAYING.search(q):
        return False  # 『一度店を見てきたら』: an open clause, a suggestion cut short (test_sum9)
    return 6 <= len(q) <= 16 and any(f"『{q}』" in t or f"「{q}」" in t for t in owner)


_OPEN_SAYING = re.compile(r"(たら|だら|ても|でも|て|で|ば|と|が|けど|から|のに|し)$")


_KANA_KANJI = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
# a quote that opens on a particle or an auxiliary, or holds no content word (『けど』
# 『とは思うんやけど』『なんやけど』『ああ』): a piece of his hedge or a filler, no word of his (r14a s05 T9)
_JA_FUNCTION = frozenset({"助詞", "助動詞", "接続詞", "感動詞", "記号", "補助記号", "空白"})
_JA_CONTENT = frozenset({"名詞", "動詞", "形容詞", "形状詞", "副詞", "接頭辞"})


def ja_fragment(q: str) -> bool:
    """A Japanese quote that is no word of his: it opens on a particle, an auxiliary, a
    conjunction or an interjection (『けど』『とは思うんやけど』『ああ』), or holds no content word
    other than a pronoun (『なんやけど』)."""
    try:
        from ..analysis.japanese import tagged
    except Exception:  # the analyser is optional for the scorer
        return False
    tags = [t for t in tagged(q) if t[2][0] not in ("空白", "補助記号")]
    if not tags:
        return True
    if tags[0][2][0] in _JA_FUNCTION:
        return True
    if _open_tail(tags):
        return True
    return not any(t[2][0] in _JA_CONTENT for t in tags)


_JA_OPEN_TAIL = frozenset("は も の か".split())


def _open_tail(tags: Sequence[tuple[str, str, tuple[str, ...]]]) -> bool:
    if len(tags) < 2:
        return False
    last, before = tags[-1], tags[-2]
    if last[2][0] == "助動詞" and last[0] in ("たら", "だら"):
        return True  # 「断られたら」: a condition
    if last[2][0] == "助詞" and last[0] in ("の", "か") and before[2][0] in ("動詞", "形容詞", "助動詞"):
        return True  # 「どこに頼めるの」: his question back
    return last[2][0] == "助詞" and (
        last[2][1] == "接続助詞" or (last[2][1] in ("係助詞", "終助詞") and last[0] in _JA_OPEN_TAIL)
    )


def ja_open_clause(q: str) -> bool:
    """A Japanese quote left open on a connective, a topic or his question back (「会長がいなく
    ても」「社長といっても」「そのときは」「どこで買えるの」): never his point (r20b s05 T10, r21b
    s07 T9, r22b s04 T9, s05 T2)."""
    from ..analysis.japanese import tagged

    tags = [t for t in tagged(q) if t[2][0] not in ("空白", "補助記号")]
    return bool(tags) and _open_tail(tags)


def ja_adverb_only(q: str) -> bool:
    """A Japanese quote whose only content words are adverbs (『なかなか』『とりあえず』
    『まあまあ』): the manner or the hedge of his sentence, whose point is elsewhere."""
    try:
        from ..analysis.japanese import tagged
    except Exception:  # the analyser is optional for the scorer
        return False
    content = [t for t in tagged(q) if t[2][0] in _JA_CONTENT]
    return bool(content) and all(t[2][0] == "副詞" for t in content)


# pronouns, auxiliaries and their negations: a quote made only of these holds no word of his
_EN_FUNCTION = frozenset(
    """
    i we you he she they it me us them my our your his her their this that there
    do does did don't doesn't didn't am is are was were isn't aren't wasn't weren't be been
    have has had haven't hasn't hadn't will would won't wouldn't can could can't couldn't
    should shouldn't must might may not never just still
    """.split()
)


def _en_function_word(word: str) -> bool:
    w = word.lower().strip(".,!?;:\"'“”‘’").replace("’", "'")
    return w in _EN_FUNCTION or bool(re.fullmatch(r"[a-z]+'(s|re|ve|d|ll|m)", w) and w.split("'")[0] in _EN_FUNCTION)


def en_function_only(phrase: str) -> bool:
    """An English phrase of pronouns and auxiliaries only ("we didn't", "it was")."""
    words = phrase.split()
    return bool(words) and all(_en_function_word(w) for w in words)


# a word he said only as the thing he compared to ("like a die that isn't quite seated right")
# or after an indefinite pronoun ("something sweet"): what he said of it is his point, never
# the word alone (r22b s06 T7, s03 T2)
def en_figure_only(word: str, said: Sequence[str]) -> bool:
    """In his words ``said``, the single word ``word`` stands only as the vehicle of a
    comparison ("like a die") or after something/anything/nothing ("something sweet")."""
    if " " in word.strip():
        return False
    w = re.escape(word.lower())
    hits = [t.lower() for t in said if re.search(rf"\b{w}\b", t.lower())]
    figure = re.compile(
        rf"(?:^|[.,;:…—–-]\s*|\b(?:is|was|it's|that's|feels?|felt|looks?|sounds?|seems?|just|more|much)\s+)"
        rf"like an? (?:[a-z-]+ )?{w}\b|\b(?:some|any|no|every)(?:thing|one|body) {w}\b")
    return bool(hits) and all(
        len(figure.findall(t)) >= len(re.findall(rf"\b{w}\b", t)) for t in hits
    )


def quoted_said(text: str, context: Sequence[Utterance], lang: Lang) -> list[str]:
    """Phrases ``text`` puts in quotation marks that the owner said, in his inflection or
    another one (「『ことになっている』という言い方」 for his 「ことになってます」, 『きっちり』,
    "'slow going'"): a phrase of his the trainee points at, whole, whatever its word class. Up
    to 12 characters or four words; never a name-like capitalised word alone."""
    owner = [u.text for u in reversed(context) if u.speaker == "owner"][:4]
    out: list[str] = []
    for span in _quoted_spans(text):
        q = span.strip(" 　、。,.…")
        if len(q) < 2 or q in out:
            continue
        if lang == "en":
            words = q.split()
            if not 1 <= len(words) <= 4 or all(
                w.lower().strip(".,!?") in EN_SKIP_WORDS | EN_INTERJECTION | _EN_HEDGE for w in words
            ):
                continue  # "huh", "you know", "I suppose": no word of his (judge 4, r20a s10 T7)
            if len(words) == 1 and generic_alone(q, "en"):
                continue
            if all(_en_function_word(w) for w in words):
                continue  # "we didn't", "it was": a pronoun and its auxiliary, no word of his (r22a s03 T8)
            if any(re.search(rf"\b{re.escape(q.lower())}\b", t.lower()) for t in owner):
                out.append(q)
            continue
        if len(q) > 12 or not _KANA_KANJI.search(q) or generic_alone(q, "ja") or ja_fragment(q):
            continue  # 『もう一人』『本人』: a filler, even in his words (judge 4); 『けど』 (r14a)
        if ja_adverb_only(q):
            continue  # 『なかなか』『やっぱり』: how he hedged, no point of his (r17a s05 T7)
        if any(q in t for t in owner) or any(_said_inflected(q, t) for t in owner):
            out.append(q)
    return out


# what may differ between his words and the trainee's quote of them: the inflection at the end
# (「ことになってます」 / 「ことになっている」, 「減っとる」 / 「減っている」)
_JA_INFLECTION = frozenset({"助動詞", "助詞"})


def _lemmas_core(text: str) -> list[str]:
    from ..analysis.japanese import tagged

    tags = [t for t in tagged(text) if t[2][0] not in ("空白", "補助記号")]
    # drop the inflection and the auxiliary verbs after the last content word
    while tags and (
        tags[-1][2][0] in _JA_INFLECTION
        or (len(tags) > 1 and tags[-1][2][1] == "非自立可能" and tags[-2][0] in ("て", "で"))
    ):
        tags = tags[:-1]
    return [t[1] for t in tags]


def _said_inflected(q: str, owner_text: str) -> bool:
    """The owner said ``q`` with another ending: its words up to the last content word, by their
    dictionary forms, run in a row in his text (two of them at least)."""
    try:
        core = _lemmas_core(q)
        from ..analysis.japanese import tagged
    except Exception:  # the analyser is optional for the scorer
        return False
    if len(core) < 2:
        return False
    his = [t[1] for t in tagged(owner_text)]
    n = len(core)
    return any(his[i : i + n] == core for i in range(len(his) - n + 1))

# how he hedged ("I suppose", "I guess", "I reckon"): the manner of his sentence, never its point
_EN_HEDGE = frozenset("suppose guess reckon think imagine mean believe expect say".split())


def en_no_word_of_his(q: str) -> bool:
    """An English quote made only of function words, interjections and hedges ("I suppose",
    "you know", "huh"): no word of his to name (r20a s10 T7)."""
    words = [w.lower().strip(".,!?'\"") for w in q.split()]
    return all(w in EN_SKIP_WORDS | EN_INTERJECTION | _EN_HEDGE for w in words if w)

_EN_PRONOUN = frozenset("i we you they he she it me us them this that there".split())


def _word_shaped(q: str) -> bool:
    """A quote short enough to name as his word: a noun phrase (「俺の代の仕事」), one verb or
    adjective in its dictionary form (「守る」), or up to three English words ("slow going");
    never a clause (「樽の味噌屋だ」, "I already told you")."""
    if re.search(r"[A-Za-z]", q) and not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", q):
        words = q.lower().split()
        return (
            1 <= len(words) <= 3
            and words[0] not in _EN_PRONOUN
            and "'" not in q
            and any(w.strip(".,!?") not in EN_SKIP_WORDS | EN_INTERJECTION for w in words)
        )
    if len(q) > 12:
        return False
    try:
        from ..analysis.japanese import tagged
    except Exception:  # the analyser is optional for the scorer
        return False
    tags = [t for t in tagged(q) if t[2][0] not in ("空白", "補助記号")]
    if not tags:
        return False
    if len(tags) == 1 and tags[0][2][0] in ("動詞", "形容詞"):
        return tags[0][2][5].startswith("終止形")
    nominal = all(
        p[0] in ("名詞", "代名詞", "接頭辞", "接尾辞") or (p[0] == "助詞" and s == "の")
        for s, _, p in tags
    )
    return nominal and tags[-1][2][0] in ("名詞", "接尾辞")


# Japanese: a word only ever said as an adverb (「正確には」「具体的に」), with the polite お/ご of a
# set phrase (「お恥ずかしい」「ご苦労さん」) or as part of a longer word of his (「新規事業」) is no
# noun phrase of his
_JA_SET_PHRASE_HEADS = ("いい", "良い", "よい", "悪い", "ない", "変な", "嫌な", "妙な")
_JA_ADVERBIAL = re.compile(r"^(?:に|には|にね|にいうと|に言うと|にいえば|に言えば)")


_JA_PREDICATE = re.compile(
    r"^(?:です|だ|や|でした|だった|なんです|なんだ|なんや|なんよ)?(?:ね|よ|な|わ|ねえ|なあ)*(?:[。…！!]|$)"
)


_JA_COUNTED = re.compile(
    r"[0-9０-９一二三四五六七八九十百千万]+(割|件|社|人|台|年|%|％|パーセント|万|億|円|軒|店|回|個|本|トン|キロ)"
)


def dwelt_on(
    surface: str,
    rank: tuple[int, ...],
    mentions: int,
    owner_texts: Sequence[str],
    lang: Lang,
    whole: str = "",
) -> bool:
    """Whether a phrase may be quoted back in a suggestion (「『X』について…」, 'How do you see
    "X"?'): a noun phrase the owner said and dwelt on — said in two of his turns, or a compound
    or a noun phrase of two words — never a word he let fall once ("office", 『気分』), a verb or
    adjective ("weak", 『恥ずかしい』), an adverb (『正確』) or part of a longer word (『事業』)."""
    said = sum(len(_find_all(t.lower(), surface.lower())) for t in owner_texts)
    # (his own: 「うちのドライバーは真面目だで」; his noun phrase 「装置メーカーの開発部」)
    # (or the noun his sentence ends on, its point: 「その繰り返しです。」「古いのは20年選手だね。」;
    # never the last item of a list: 「あとは店とパート。」)
    his_own = lang == "ja" and (
        "の" in (whole or surface)
        # a figure with what it counts or what he did that many times (「七割が一社」「三件断った」):
        # his point in his own numbers (q21)
        or (len(surface) > 3 and _JA_COUNTED.search(surface) is not None)
        or any(f"うちの{surface}" in t for t in owner_texts)
        or any(
            _JA_PREDICATE.match(t[i + len(surface) :]) and not t[:i].endswith(("と", "や", "、", "とか"))
            for t in owner_texts
            for i in _find_all(t, surface)
        )
    )
    if mentions < 2 and said < 2 and not is_concern(surface, lang) and not his_own:
        # a thing he named once ("a dental office", "a customer call at eleven", 『観光客』『台帳』
        # 『打ち合わせ』): a detail, an item of a list or an aside, never the point a suggestion
        # asks him about (t10 judge q007 q023 q035 q058 q069, r16a)
        return False
    if lang == "en":
        if rank[0] != 0 and (mentions < 2 or rank[1] != 0):
            return False  # one word: only a noun he named twice ("the order book" … "the order")
        last = surface.split()[-1].lower()
        return not last.endswith(("ing", "ed", "ly")) and last not in EN_SKIP_WORDS
    if re.match(r"[おご御][\u4e00-\u9fff]", surface):
        return False  # an honorific set phrase: 『ご苦労さん』『お疲れ』『ご縁』
    if rank[0] >= 2 or surface.endswith("的"):
        return False  # 形状詞 and adjectives: 『正確』『恥ずかしい』『具体的』
    once = rank[0] != 0 and mentions < 2
    where = [(t, i) for t in owner_texts for i in _find_all(t, surface)]
    if not where:
        return False
    for text, i in where:
        before = text[i - 1] if i else ""
        after = text[i + len(surface) :]
        if before in ("お", "ご", "御"):
            return False
        if once and text[:i].endswith(_JA_SET_PHRASE_HEADS):
            return False  # 「いい気分じゃない」: a word of a set phrase, said once
        if re.match(r"[\u4e00-\u9fff\u30a0-\u30ff]", after[:1]) or re.match(
            r"[\u4e00-\u9fff\u30a0-\u30ff]", before
        ):
            continue  # inside a longer word here
        if not _JA_ADVERBIAL.match(after):
            return True
    return False


def _find_all(text: str, word: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(word), text)] if word else []
