"""The owner's points for a suggested summary: short phrases of what he said, not a bag of nouns.

A summary the trainee is shown gathers two or three distinct points, each a short phrase of one
owner turn as he said it (『若い人が続かない』, "customers don't come in like they used to"), each
from a different turn. What the owner refused (「決算書はちょっとね」), asked the supporter,
offered in passing (「お茶でもどうぞ」) or said about somebody by name is no point of his. With
fewer than two points the caller suggests a reflection of the latest one instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from ..acts import Utterance
from ..i18n import Lang
from .limits import refusal
from .quote_words import aside, is_concern, person_phrase, trainee_voice
from .quotes import JA_FILLER, name_words
from .quotes_en import EN_SKIP

MAX_CHARS = {"ja": 22, "en": 48}
# a figure (「8億前後」「一億八千万ほど」「38人」) answers a fact question: no point
_DIGIT = re.compile(
    r"[0-9０-９]|[一二三四五六七八九十百千]+[万億]|[一二三四五六七八九十百千]{2,}(円|人|社|年|割)|"
    # a count in words ("six — the sales manager and five under him", 「営業は六人」): it answers
    # a how-many question, no point of his (r17a s06 T9); never "one" ("one way of looking at it")
    r"(?<![一-龥])[二三四五六七八九十]+(人|名|社|軒|台|店|か所|ヶ所)|"
    r"(?i:\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundred)\b)"
)
MIN_CHARS = {"ja": 6, "en": 12}
# a share of his business (「売上の7割は丸栄さん」「七割方」 "seventy percent of our sales"): how
# much rides on one thing is his point, not a fact asked for (r17a s08 T7: the summary skipped it)
_SHARE = re.compile(
    r"([0-9０-９]+|[一二三四五六七八九十]+)\s*(割|％|%|パーセント)|半分以上|大半|ほとんど全部|"
    r"(?i:\b(per ?cent|percent|half|most) of (our|my|the|its) (sales|business|turnover|orders|work|revenue)\b)"
)

_JA_SENTENCE = re.compile(r"(?<=[。！？!?…])|\n")
_JA_CLAUSE = re.compile(r"[、，,]")
_JA_HEAD = re.compile(
    r"^(要するに|要はさ|要は|つまり|まあ|でも|ただ|いや|いえ|うーん|うん|ええ|はい|正直|正直なところ|実は|それに|だから|で|あと|"
    r"なんか|ほら|そうですね|そうだね|そう(?!いう|いった|いや)|ね|ま|結局|とにかく|もう)[、,…]*"
)
# (r14a s05 T10 「どうしても親父の顔が浮かぶんだわ」 gave 『…浮かぶん』: ぶ/ぐ verbs, the dialect's
# 「んやわ」「んやけど」, and a bare 「ん」 left after a verb's ending)
_JA_TAIL = re.compile(
    r"(なあ|よな|ですから|だから|(?<![\u4e00-\u9fff\u30a0-\u30ffー])から|ので|(?<=[いうくすつぬむぶぐるたな])(んだよね|んですよね|んだけどね|"
    r"んだけど|んですけど|んですが|んだよ|んですよ|んだわ|んやわ|んやけど|んやね|んやで|んや|んだ|んです|ん)|"
    r"なんだよ|なんです|なんだ|だよね|ですよね|だよな|だよ|ですよ|だね|ですね|だな|だし|ですし|"
    r"けどね|けれども|けれど|けど|ですが|でしょう|でしょ|だろう|だろ|です|よね|のよ|わね|"
    r"ね|よ|な|わ|さ|し|が|だ|(?<=[^いし])やで|(?<=[^いし])や|(?<=[だた])ん|[…・。！？!?\s]+)$"
)
# a dialect's filler or a hesitation before his point (「ほやなあ、娘は…」「えっと、」「あの、」): never
# given back in the trainee's voice (r14b s10 T6); only with its pause, 「あの店」 is a word of his
_JA_FILLER_HEAD = re.compile(
    r"^(ほやなあ|ほやなぁ|ほやな|ほやね|ほやねえ|ほうやねえ|ほうやね|ほうやな|ほうやなあ|そやなあ|そやな|そやね|"
    r"せやなあ|せやな|せやね|そうやなあ|そうやな|そうやね|そうやねえ|そうだなあ|そうだな|そうだねえ|"
    r"えっと|ええと|えーと|あの|あのね|あのう|ああ|んー|ふーん|へえ|まあね|なんやろ|なんだろ|"
    # his hedge before his point (「たぶん、僕が決めきれないから」): his manner, not the point
    r"たぶん|多分|もしかしたら|もしかすると|なんというか|なんていうか)[、,…‥]+"
)
# a sentence-final 「の」 after his verb (「贔屓にしてもらっとるの」): his statement, no open clause
_JA_FINAL_NO = re.compile(r"(?<=[うくすつぬむぶぐるたい])の(?=[。！!…]*$)")
# a subordinate or unfinished clause (「来ても」「思って」「機械を」) is no point on its own
_JA_OPEN_END = re.compile(
    r"(ても|でも|たら|れば|ながら|には|じゃ|っていうか|っていうより|というより|みたい|[てでにをはもとのへ]|"
    # his sentence trailing off on a vague adverb (「数字を眺めていると、なんとなく」 r16a)
    r"なんとなく|何となく|なんか|どうも)$"
)
_JA_QUESTION = re.compile(r"[？?]|(ですか|ますか|でしょうか|のか|かな|かね)[。…]*$")
_JA_PASSING = re.compile(
    r"どうぞ|いらっしゃい|ありがとう|よろしく|はじめまして|初めまして|こんにちは|失礼|お茶|"
    r"お疲れ|遠いところ|わざわざ|座って|おかけ|お掛け|ちょうだい"
)
# a greeting (「どうもどうも、ご苦労さんです」): no point to list back in a summary (the summary-due
# count keeps its own reading of what a substantive turn is)
_JA_GREETING = re.compile(r"どうもどうも|^[…\s]*どうも[、。]|ご苦労|ようこそ")
# the owner's reaction to the supporter or the meeting (「それを聞きたくて来てもらってる」
# 「立派な経歴で」), not a point about his business
_JA_ABOUT_SUPPORTER = re.compile(
    r"^(それ|そう|そんな|そういう|こういう)|あんた|あなた|そちら|先生|支援|来てもらっ|来てもらう|"
    r"聞きたく|経歴|実績|立派な|言えりゃ|一言で|"
    # his polite nod to the supporter's idea before his but (「若い人の考えはええと思うよ。…ただ、」):
    # about the supporter, no point of his (r15a s09 T11)
    r"(考え|アイデア|提案|ご意見|意見|おっしゃること|言うこと)(は|も)?(ええ|いい|良い|よい|分か|わか|ごもっとも)"
)
# a sentence about the meeting or the supporter (「うちの弱いところなんか言えない」「指導員さんから
# 聞いてる」「結果で見せてもらえればいい」): none of its clauses is a point of his business
_JA_MEETING = re.compile(
    r"あんた|あなた|そちら|先生|支援|来てもらっ|聞きたく|経歴|実績|立派な|言えりゃ|言えない|"
    r"言えなかった|話せば長く|話せない|話せる|聞いてる|言って|言われ|言う|聞かれ|次に進|時間は|"
    r"話はして|気が楽|肩の力|胸のつかえ|よく見える|改めて|出さない|見せない|はいい(よ|です)?[。…]*$|"
    r"[「」『』]|申し上げ|約束|帰って|審査|検討|見える|分かります|伝えられる|ねえ[。…]*$|"
    r"聞いてます|もらえればいい|見せてもらえ|指導員|一言で|聞いてくれ|話しとく|話してない|んやろ|"
    # who knows about it (「数字は家内の方が詳しい」「経理に聞かないと」): a deflection, no point
    r"(方|ほう)が詳しい|が詳しい|に聞か(ないと|んと)|に聞いて|"
    # a request to the supporter (「これは内緒にしておいてください」「ここだけの話に」): about the talk
    r"ください|下さい|内緒|ここだけの話|ここだけに|"
    # his demand of the supporter (「うちの規模の話をしてくれ」「明日からできることを言ってよ」)
    r"(して|言って|教えて|話して|持ってきて|見せて)(くれ|くれよ|くれる|ちょうだい|よ)[。…！!]*$"
)
_EN_MEETING = re.compile(
    r"\b((your|the|young people's|those) (ideas?|suggestions?)( is| are|'s)? (fine|good|all well|interesting)|"
    r"you're|you've|you are|that's (exactly|about) it|mm|chamber|"
    # his verdict on the supporter's answer ("at least that's a straight answer", "fair question"):
    # about the supporter, no point of his (r17a s06 T9)
    r"(straight|honest|clear|fair|good|proper) (answer|question|reply)s?|fair enough|filled me in|told me|ballpark|you people|you guys|your (record|track record|"
    r"experience|résumé|resume)|(impressive|great|nice|quite a|fine) (record|résumé|resume|background|career)|consultants?|advisers?|advisors?|in a word|long story)\b",
    re.I,
)
# (「決めきれないから」 gives his reason, it wonders nothing: r20b s05 T11)
_JA_WONDER = re.compile(r"(かな|かね|ないか(?!ら)|だろうか|でしょうか)|か[。…]*$")
_JA_CONTENT = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ff]")

_EN_SENTENCE = re.compile(
    r"(?<=[.!?;])\s+|\n+|\s*[—–]\s*|,\s+(?:but|and|so)\s+|\s+but\s+|\s+and\s+(?=the |we |i |it )"
)
_EN_HEAD = re.compile(
    r"^(well|honestly|to be honest|frankly|look|listen|yeah|yes|no(?=\s*[,.…!])|oh|ah|um|uh|and|but|so|"
    r"i mean|you know|anyway|okay|ok|sure|"
    # his sentence adverbs and polite hedges ("Thankfully, the work has kept coming", "I'm afraid
    # we…"): his manner, not the point (r18a s06 T2 "You mentioned thankfully, the work…")
    r"thankfully|fortunately|luckily|happily|sadly|unfortunately|admittedly|naturally|actually|"
    r"truth be told|to tell (you )?the truth|as it happens|(i'm|i am) afraid(?=\s+(i|we|it|there|that|the|not|our|my)\b))"
    r"\b[,\s]*",
    re.I,
)
_EN_TAIL = re.compile(
    r"(,?\s*(you know|i guess|i suppose|i think|i'd say|i would say|i reckon|i'd imagine|maybe|"
    r"probably|perhaps|really|though|anyway|"
    # a polite hedge tagged on ("Our work's not very exciting, I'm afraid"): politeness, never
    # given back as his fear ("you're afraid": r18a s06 T6)
    r"i'm afraid|i am afraid|i must say|i have to say|i'll admit|i admit|mind you|i'm sorry to say))?"
    r"[.!;,\s]*$",
    re.I,
)
_EN_PASSING = re.compile(
    r"\b(thanks|thank you|welcome|nice to meet|hello|hi|good morning|have a seat|sit down|"
    r"help yourself|(cup of|some|more|have a|like a|want a|or) (coffee|tea))\b",
    re.I,
)
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# his rhetorical lines, tag questions and rebuffs of the supporter ("Refrigerated delivery's
# expensive, isn't it.", "Same everywhere, then.", "We don't need to go hunting for problems.",
# 「高いじゃないですか」「もういいから」「追い追いね」) are no points to sum up (r7a s06)
_EN_RHETORIC = re.compile(
    r"\b(isn't it|aren't they|aren't we|doesn't it|don't you|didn't i|wasn't it|won't it|right)"
    r"[.!?…\s]*$|,\s*then[.!?…\s]*$|\b(don't need to|no need to|let's move on|get to that|"
    r"that's all|waste of time|go hunting)\b",
    re.I,
)
_JA_RHETORIC = re.compile(
    r"じゃない(です)?か|でしょ[うー]?[。！!…]*$|だろ[うー]?[。！!…]*$|いいから|もういい|追い追い|"
    r"そのうち|次に行|先に進"
)


# a point given back must read as the supporter's clean words: no filler or talk about the talk
# ("hm", "can't quite put that into words", "that'd do you"), no number words ("a
# thirty-eight-person shop" answers a fact question), no casual contraction pasted in
# (「両方やってる」「辞めちゃう」) and no feeling about the meeting (「分かってもらえて、うれしい」):
# better no suggested summary than a garbled one (r9a s02/s03, r9b s04/s06)
_EN_GARBLED = re.compile(
    # a point that opens on a bare "it"/"that" (what is it?) or a fragment ("not just cutting,
    # drilling, bending too"), his fillers ("well", "you know")
    r"^(it|that|this|not|and|but|or|too|just)\b|\btoo$|\b(you know|i mean|well)\b|"
    # a pronoun that opens the point once lifted out of his sentence ("they've been with us since
    # my father's day" after "Maruei Industries —"): given back, it names nobody (r18a s06 T6)
    r"^(they|they're|they've|they'd|they'll|them|he|he's|she|she's|those|these)\b|"
    # "the chairman said you'd be coming", "maybe your way's old-fashioned": about the supporter
    # (checked on his own words, before I→you: see summary_points)
    r"\b(hm+|uh|um|er|mm+|that'd do|that would do|do you|into words|put (it|that) into|"
    r"(thirty|forty|fifty|sixty|seventy|eighty|ninety|twenty|hundred)[- ]\w+|"
    r"\w+-(person|people|year|man)\b)",
    re.I,
)
_JA_GARBLED = re.compile(
    r"(て|で)(る|ん)(ん|の|から|けど)|ちゃ(?!う$|った$|ん)|とる|とった|"
    r"よる$|やん|んや|なきゃ|っす|(うれし|嬉し|ありがた)い|分かってもらえ|わかってもらえ|"
    # a scrap of a sentence: a topic cut off from its clause (「丸栄さんは、…」), a concession
    # (「回ってはいる」), an adverb left hanging (「ほとんど丸栄さん」)
    r"は、|(て|で)はいる$|^(ほとんど|まだ|もう|ずっと)|"
    # a polite ending left in a list of plain points (「…終わってます」 is given back in full)
    r"(?<![てで])(ます|ました)$|^若いの|"
    # his sentence particles inside the point (「年商はね、」「それがよ、」「わしはな、」) and his
    # dialect negative (「決められん」「分からん」「足りん」): his speech, not the supporter's words
    r"(ね|よ|な|わ|さ)、|(?<=[らりれせけめべえ])ん$|っていうの(は|が)|っての(は|が)|"
    # a demonstrative with nothing to point at once lifted out (「御社はそれをきっちり作って納める」)
    r"(^|[はがもをに、])(それ|これ|あれ|そこ|ここ|あそこ)(を|が|は|に|で|も|と)|"
    # his dialect copula left at the end (「季節の上生菓子や」「うちの商売やで」)
    r"(?<=[\u4e00-\u9fff\u30a0-\u30ff])や$|"
    # a quote mark left without its pair (「課題は何ですか」みたいなのは…: r16b s02 T2)
    r"^[^「『]*[」』]|[「『][^」』]*$"
)


_EN_TO_SUPPORTER = re.compile(r"\b(you|your|you'd|you'll|you're|you've|yours)\b", re.I)


def garbled(point: str, lang: Lang) -> bool:
    """The point would read garbled given back in the supporter's voice (see above)."""
    return bool((_JA_GARBLED if lang == "ja" else _EN_GARBLED).search(point))


# a put-off or a rebuff of the supporter ("in time, maybe", "Quite the expert.", "I don't tell
# someone I've just met…", 「また今度」「会ったばかりの人に」) gives nothing to sum up (r9b s02 T8)
_EN_NOTHING = re.compile(
    r"\b(in time, maybe|maybe later|another time|in due course|all in good time|in good time|time will tell|"
    r"when the time comes|some other time|not now|not something i (go into|lay out|share)|"
    r"quite the expert|(someone|somebody|a stranger) (i've|i have|i) just met|just met|"
    r"what's it to you|and\?|"
    # a topic parked ("Let's park that.", "leave that for now"): nothing of his to sum up (r23b s04 T8)
    r"(let's |let us )?park (that|it|this)|(leave|put|set) (that|it|this) (aside|there|for now)|"
    # his rebuff of the supporter's kind of talk ("I've heard plenty of that kind of talk": r16b s06 T4)
    r"heard (plenty|enough|a lot|all) of (that|this|it)|(that|this) (kind|sort) of talk)",
    re.I,
)
_JA_NOTHING = re.compile(
    r"また今度|そのうち|会ったばかり|初対面の|今はいい|さあね|言葉にでき|考えさせて|言いたくない|"
    r"話したくない|見せられない|見せるつもり|勘弁|ちょっと(ね|な)?[。…]*$|"
    # his thanks for the supporter's summary (「そうまとめていただくと分かりやすい」「言いたかった
    # ことがよう分かる」) and his rebuff of her way of asking (「〜みたいなのはもういい」): about the
    # supporter, nothing of his to give back (r16b s04 T11, s10 T10, s02 T2)
    r"(いただく|いただける|もらう|もらえる|くれる)と(よう|よく)?(分か|わか)|言いたかったこと(が)?(よう|よく)?(分か|わか)|"
    # his complaint about the supporter's talk (「話が高すぎる」「話が難しい」「説明が長い」): about
    # the supporter, no point of his business (r17b s07 T6)
    r"(話|説明|言うこと|おっしゃること)(が|は)(高|難し|むずかし|長|くど|回りくど|硬|堅|抽象的|大きすぎ|小難し)|"
    r"(みたいな|ような)(の|こと|話)(は|も)?もう(いい|ええ)|"
    # a topic parked (「それは置いといて」「その話はまた後で」): nothing of his to sum up (r23b s04 T8)
    r"置いと(いて|こう|く)|置いておいて|(それ|その話|そこ)は(また)?(後|あと)で|保留(で|に)"
)


# an evasion: he declines to pick, to say or to go into it, or waves his firm off as too small
# (「一つには絞れない」「そこまで話すような話でもない」「何とも言えない」, "I couldn't pick one",
# "it's not worth going into"): no point of his to list back in a summary (r12b s03 T8)
_JA_EVASION = re.compile(
    r"絞れ(ない|ません|ん)|選べ(ない|ません)|(話す|言う)(ような|ほどの)(話|こと)|大した(こと|話)(じゃ|では)|"
    r"何とも言え|なんとも言え|一概に(は)?言え|ぱっとは|すぐには|うまく言え|上手く言え|これといって|"
    r"(悩み|問題|課題)らしい(悩み|問題|課題)|"
    # a set phrase of looking back (「あっという間でした」「早いもんで」): nothing of his to list (r15b s04 T10)
    r"あっという間|早いもん(で|です|だ)|"
    # what he wrote on the form (「課題はまあ、申込書に書いた通りです」): he points at the paper, no
    # point of his to list back (r15b s02 T7); a shrug that every firm is the same (「どこも同じ」),
    # a vague pile-up (「いろいろ重なってんだろ」)
    r"(申込書|申請書|書類|用紙)に(書いた|書いてある|書いとる|書いてる)(通り|とおり)|どこも(同じ|一緒|似たよう|そう)|"
    r"(いろいろ|色々)(重な|あ(る|って))|よくある(話|こと)|ありがちな(話|こと)|"
    # his nod to the supporter's reasoning before his but (「理屈は分かるよ。でも…」「言うとることは
    # その通りやと思う」): a concession, his point is the but (r16a s02 T6)
    r"(理屈|言うこと|言うとること|言ってること|おっしゃること|言わんとすること|理論)(は|も)"
    r"(分か|わか|その通り|そのとおり|ごもっとも|正しい)|"
    r"(うち|ウチ|私ども)(みたいな|のような)(小さい|小さな|ちっちゃい)(ところ|とこ|会社|店)(じゃ|では|だと|には)?$|"
    # a bare 「そうですか」「さあね」 takes nothing in
    r"^[…\s]*(うーん[、。…\s]*)?(そうですか|そうかもね|そうかな|どうだろう|どうですかね|さあ)[ねな]?[。…]*$"
)
_EN_EVASION = re.compile(
    r"\b(can't|cannot|couldn't) (pick|choose|single out|narrow)|hard to say|hard to put|"
    r"nothing (much|special|to (talk|speak) of)|it's nothing|not worth (going into|talking about|mentioning)|"
    r"not (the )?(kind|sort) of thing (to|you|i)|(a|an) (small|little|tiny) (place|outfit|shop|firm) like (ours|us|mine)$|"
    r"(place|outfit|shop|firm)s? like (ours|us)$|"
    # he has not thought it through or cannot put it in words ("no room to think that far", "can't put
    # it in one line", "couldn't say exactly without the books"): a brush-off, no point (r15b s06 T5–T12)
    r"\b(as|like) (i |we )?(wrote|put|said) (it )?(on|in) the (form|application)|\bit's (all )?(on|in) the (form|application)|"
    r"\bevery (little |small )?(shop|firm|place|company|business|outfit)('s| is) (the same|like that|in the same boat)|"
    r"\bsame (everywhere|for everyone|all over)|\b(common enough|same old) (story|thing|tale)|"
    r"\b(a few|several|various) things piling up|"
    # a vague heap ("a lot of little things", "all sorts of stuff") or his search for the word
    # ("that's the closest word", "if that's the word"): nothing of his to list (r17a s06, r17b s08)
    r"\b(a lot of|lots of|all sorts of|all kinds of|loads of|bunch of) (little |small |different )?(things|stuff|bits)\b|"
    r"\b(closest|nearest|right|best|only) word\b|\bthat's the word\b|\bif that's the word\b|"
    r"\b(can't|cannot|couldn't) (name|give you|point to|think of|pin down) (one|a single|any one) (thing|reason|cause)\b|"
    r"\bwhatever (i|we|he|she|they) (heard|hear|got|get|saw|see)\b|"
    # his nod to the supporter's reasoning before his but ("I get the theory", "you're right in
    # principle"): a concession, no point of his (r16a s02 T6)
    r"\b(i )?(get|understand|see) the (theory|logic|point|idea)|\bin (theory|principle)\b|"
    r"\bno (room|time) to think|haven't (decided|thought)|\bbeats me\b|\bif (i|we) knew (that|the answer)|"
    r"(can't|cannot|couldn't) (put|sum) it (up )?in (one|a) (line|word|sentence)|"
    r"(can't|cannot|couldn't) say (exactly|for sure|offhand)|(i'd|i would|you'd|you would) have to think|"
    r"^\W*(is that (so|right)|if you say so|i see|maybe|perhaps|we'll see|who knows)\W*$",
    re.I,
)


def evasive(point: str, lang: Lang) -> bool:
    """The point is an evasion or a put-off of his, not a point (see above)."""
    return bool((_JA_EVASION if lang == "ja" else _EN_EVASION).search(point.strip(" 　。…")))


# his rebuke of the supporter's way of asking or pushing ("Ask me straight out like that...",
# "Don't push me", "telling me how to run things"): given back as "ask you straight out like that"
# it is no point of his business (r15b s06 T6/T12)
_EN_REBUKE = re.compile(
    r"^\W*(don't |do not |you )?(ask|tell|push|rush|lecture|sell|lean on|corner)(ing|s)? me\b|"
    # his demand of the supporter ("Give me something concrete", "Can we skip that part?",
    # "Let's not waste time"): given back it read "you want: give you something concrete"
    r"^\W*(just |so |now )?(give|show|get|bring|send) me\b|^\W*(can|could|shall) we (skip|move on|get (started|going|to))\b|"
    r"^\W*let's (not waste|skip|move on|get (started|going|to it))\b",
    re.I,
)


# ... and in Japanese, his words on the supporter's asking or on the meeting itself (「課題を言えって
# 言われてもね」「根掘り葉掘り聞かれるのが、一番嫌なんだよ」「はっきり言ってくれりゃ、それでいいんだよ」
# 「会ったばっかりの人に、うちの弱いところなんか言えないよ」; "I can't tell someone I just met"):
# nothing of his business to sum up (r20b s02 T6–T8: a summary asked for after rebuffs only)
_JA_REBUKE = re.compile(
    r"(言われても|聞かれても|聞いてどうする|聞いて何になる|聞いてどうすんの|根掘り葉掘り|"
    r"(聞かれる|聞かれんの|質問される)の(が|は)|言ってくれ(りゃ|れば|たら)|"
    r"(会ったばっかり|会ったばかり|初対面|よその人|外の人|あんた|あなた)[^。？?]{0,24}(言え|話せ|見せ|教え)(ない|ません|られない)|"
    # his demand of the supporter (「具体的な話をしてくれ」「次に進んでくれ」「早く本題に入ってください」)
    r"(進んで|入って|して|聞かせて|見せて|出して|教えて)(くれ|ください|くれよ|くれない|もらえ)[^。]{0,6}$)"
)
_EN_REBUKE_MEETING = re.compile(
    r"\b(someone|somebody|a stranger|a person|people) (i|i've) (just|only just) met\b|\bwhat's it to you\b|"
    r"\bwhy do you (want|need) to know\b|\b(grilled|interrogated|questioned|quizzed) like this\b|"
    r"\bjust (say|tell me) (it )?(straight|plainly)\b",
    re.I,
)


def rebuke(point: str, lang: Lang) -> bool:
    """The point is his rebuke of the supporter's way with him, not a point of his (see above)."""
    if lang == "ja":
        return bool(_JA_REBUKE.search(point))
    return bool(_EN_REBUKE.search(point) or _EN_REBUKE_MEETING.search(point))


_JA_ACK = re.compile(r"^(分かりました|わかりました|なるほど|そうですか|そうなんですね|ありがとうございます|すみません|失礼しました)")
_EN_ACK = re.compile(r"^\s*(i see|okay|ok|right|sure|thank you|thanks|sorry|of course)\b", re.I)


def nothing_said(clause: str, lang: Lang) -> bool:
    """The clause is an acknowledgement or a put-off (「分かりました」「また今度で」 "another
    time"): nothing of his to list back."""
    if lang == "ja":
        return bool(_JA_ACK.search(clause.strip()) or _JA_NOTHING.search(clause))
    return bool(_EN_ACK.search(clause) or _EN_NOTHING.search(clause))


@lru_cache(maxsize=8192)  # every owner turn is read again on every later trainee turn
def substantive(text: str, lang: Lang) -> bool:
    """Some sentence of the owner's turn is a point of his: not only questions back, greetings,
    refusals, put-offs, rebuffs of the supporter or rhetoric (「まあ、いいよ」 "Mm. And?")."""
    if lang == "ja":
        sentences = _JA_SENTENCE.split(text)
    else:
        sentences = re.split(r"(?<=[.!?])\s+|\n+", text)
    nothing = _JA_NOTHING if lang == "ja" else _EN_NOTHING
    for sentence in sentences:
        x = sentence.strip(" 　…‥.")
        if lang == "ja" and (len(x) < 5 or not _JA_CONTENT.search(x)):
            continue  # 「そこは…」「まあ、いろいろあるでね」: no content word
        if lang == "en" and len(_EN_WORD.findall(x)) < 3:
            continue  # "Well...", "Mm. And?"
        if lang == "ja" and (_JA_QUESTION.search(x) or _JA_PASSING.search(x)):
            continue
        if lang == "en" and (x.endswith("?") or _EN_PASSING.search(x)):
            continue
        if nothing.search(x):  # (not limits.refusal: 「お金もなかなか出せない」 is a point)
            continue
        if (_JA_RHETORIC if lang == "ja" else _EN_RHETORIC).search(x):
            continue
        if rebuke(x, lang):
            continue  # his words on the supporter's asking: nothing of his business
        return True  # (not the meeting filter of the points: 「息子は独立するって言ってる」 is one)
    return False


def summary_points(
    context: Sequence[Utterance],
    lang: Lang,
    names: Iterable[str] = (),
    limit: int = 3,
    avoid_keys: frozenset[str] = frozenset(),
    window: int = 6,
    latest: bool = False,
) -> list[str]:
    """One point (a short phrase as the owner said it) from each of up to ``limit`` different
    owner turns of the last ``window``, latest turns first chosen, returned oldest first, in
    the trainee's voice (うち→御社, I→you). A point is no
    aside (「把握してない」, "can't say offhand"); with no point in his last two turns there is
    no summary to suggest (the same points would be suggested turn after turn); with
    ``latest``, none without a point of his last reply (a summary that leaves out what he just
    said is stale: r12a s02 T6–T7 suggested the same old points twice)."""
    excluded = name_words(names)
    owner = [u.text for u in reversed(context) if u.speaker == "owner"][:window]
    chosen: list[tuple[int, str, frozenset[str]]] = []
    for back, text in enumerate(owner):
        if (back > 1 or (latest and back > 0)) and not chosen:
            break
        for point, keys in _turn_points(text, lang):
            if _mentions(point, excluded) or keys & avoid_keys:
                continue
            if lang == "ja" and person_phrase(point.rstrip("。…")):
                continue  # 「父と丸栄さんの先代の社長さん」: who, never a point of his (r17a s08 T7)
            if aside(point, lang) or evasive(point, lang) or nothing_said(point, lang) or rebuke(point, lang):
                continue  # 「一つには絞れない」 "hard to say": nothing of his to list back
            if garbled(trainee_voice(point, lang), lang):
                continue
            if lang == "en" and _EN_TO_SUPPORTER.search(point):
                continue  # his words about the supporter, not a point of his business
            if any(keys & k or point in p or p in point for _, p, k in chosen):
                continue
            chosen.append((back, point, keys))
            break
    # his last point first, then what he said about himself, his feelings or what he wants over
    # incidental facts (「僕が決めきれない」「ちゃんと向き合ってこなかった」 before 「電話とFAX」:
    # r20b s05 T11), the latest first among equals
    head, rest = chosen[:1], chosen[1:]
    rest.sort(key=lambda c: (not _his_own(c[1], lang), c[0]))
    chosen = head + rest[: max(0, limit - 1)]
    return [trainee_voice(p, lang) for _, p, _ in sorted(chosen, key=lambda c: -c[0])]


# a point about himself, his feelings or what he wants (「僕が決めきれない」「ちゃんと向き合って
# こなかった」「会長がいなくても、みんなが迷わずに動ける会社」 "I never really faced it"): what a
# summary should give back before his incidental facts
_JA_HIS_OWN = re.compile(
    r"僕|私|わたし|俺|オレ|わし|自分|気持ち|思い|向き合|決め(きれ|られ|かね)|迷|悩|不安|心配|怖|"
    r"苦し|つら|辛|寂し|悔し|申し訳|情けな|したい|たい$|ほしい|欲しい|できない|きれない|られない|"
    r"いなくても|任せ|継|守り|残し"
)
_EN_HIS_OWN = re.compile(
    r"\b(i|i'm|i've|i'd|me|my|myself)\b|\b(feel|felt|afraid|worr\w*|scared|hard|torn|stuck|want|wish|hope|"
    r"never (really )?faced|can't decide|couldn't decide)\b",
    re.I,
)


def _his_own(point: str, lang: Lang) -> bool:
    return bool((_JA_HIS_OWN if lang == "ja" else _EN_HIS_OWN).search(point))


def trainee_first(surface: str, context: Sequence[Utterance]) -> bool:
    """The trainee said ``surface`` before the owner did ("biggest worry?" echoed by the owner):
    the trainee's word, not the owner's."""
    low = surface.lower()
    for u in context:
        if low in _lower(u.text):
            return u.speaker != "owner"
    return False


@lru_cache(maxsize=8192)  # each turn of the meeting is searched for every phrase, turn after turn
def _lower(text: str) -> str:
    return text.lower()


def in_passing(surface: str, context: Sequence[Utterance], lang: Lang) -> bool:
    """Every owner sentence holding ``surface`` is a greeting or hospitality (「お茶でもどうぞ」),
    so the word was said in passing: no point to pick up."""
    passing = _JA_PASSING if lang == "ja" else _EN_PASSING
    meeting = _JA_MEETING if lang == "ja" else _EN_MEETING
    splitter = _JA_SENTENCE if lang == "ja" else re.compile(r"(?<=[.!?])\s+|\n+")
    holding = [
        sentence
        for u in context
        if u.speaker == "owner"
        for sentence in splitter.split(u.text)
        if sentence and surface.lower() in sentence.lower()
    ]
    return bool(holding) and all(passing.search(x) or meeting.search(x) for x in holding)


# a word of a rebuff, a set phrase or a deflection (「取り調べじゃないんだから」「いい気分じゃない」
# 「誰にも文句は言えない」「細かいところは経理の取締役が」, "I'm not showing you the books", "the
# finance director handles that", "in order", "in practice", "in the black"): no point of his,
# neither to quote nor to praise as picked up (issue 8)
_JA_INCIDENTAL_AFTER = re.compile(
    r"^(さん|様)?(じゃない|じゃありません|ではない|ではありません|でもない|は出さない|は出せない|"
    r"は見せ|は勘弁|はちょっと|は言えない|は言えん|も言えない|[^。、！？]{0,8}みたい|"
    # a time of his life (「子どもの頃から」「若い頃は」「学生のとき」): when, not what he said
    r"の(頃|ころ|時分)|が(小さい|小さかった|若い|若かった)(頃|ころ|とき|時)|"
    # what he sets aside for another word (「競争っていうより、お互いさま」「儲けじゃなくて」)
    r"(というより|っていうより|っちゅうより|ちゅうより|じゃなくて|ではなくて)|"
    # a clause cited as an example of the noun after it, its verb dropped (「夜にお酒を、という
    # お付き合い」「社長に直接、みたいな話」): the example, not his point, which is that noun
    r"[をがにでへと]、?(という|っていう|といった|みたいな|のような)|"
    # the frame of his point, not the point (「売上でいうと、7割くらいは丸栄さん」: 『7割』, never
    # 『売上』; r20b s01 T4)
    r"(で|から)(いうと|言うと|いえば|言えば|みると|見ると)|的には|としては|"
    # one of two things listed in passing (「図面も数量も向こうから来ます」: r20b s01 T4)
    r"も[\u4e00-\u9fff\u30a0-\u30ffー]{1,8}も|"
    # a passing compliment to someone else (「銀行さんも親切でね」「信金さんにはよくしてもらって」):
    # a kind word on the way to his point, never the point (q21)
    r"(さん|様)?(も|は|には|にも)(よう|よく|本当に|ほんとに|ずいぶん|随分|いつも)?(親切|優し|丁寧|熱心|"
    r"協力的|良くして|よくして|お世話に|助けて|いい人|良い人|気にかけて))"
)
# (「どこかのセミナーでも聞いた」: where he heard the supporter's idea before, a rebuff: r14a s02 T5)
_JA_INCIDENTAL_BEFORE = re.compile(
    r"(いい|良い|よい|悪い|変な|嫌な|妙な|細かいところは|詳しいことは|どこかの|どっかの)$|"
    # the carrier of words he cites (「『調達先を見直していく』というメール」): the words are his
    # point, never 『メール』 (r20b s01 T10)
    r"[」』](という|っていう|との|って)$"
)
# the second of two things listed in passing (「図面も数量も」): before it 「Xも」, after it 「も」
_JA_PAIR_MO_BEFORE = re.compile(r"(^|[、。\s])[\u4e00-\u9fff\u30a0-\u30ffー]{1,8}も$")
# set phrases of a rebuff (「時間の無駄だな」「余計なお世話」): the word after the modifier is no
# point of his (judge 4)
_JA_SET_REBUFF = frozenset({("時間の", "無駄"), ("時間の", "ムダ"), ("余計な", "お世話"), ("大きな", "お世話")})
# a rebuff of the supporter (「現場のことは分かんないでしょ」), a worry he waves away (「切られる
# 心配はないね」), a reputation he holds up against the supporter (「アットホームな店だって評判
# なんだ」): no point of his to quote back (judge 4, issue 8)
_JA_REBUFF_AFTER = re.compile(
    r"^(の)?(ことは|のことは|は|なんて|なんか)?(分か|わか)(んない|らない|りっこない|ん|らん)(でしょ|だろ|って)|"
    r"^(は|なんか|なんて)(ない|無い|ありません|いらない|要らない)(ね|よ|な|です|さ)?[。…、]"
)
_JA_WORRY = frozenset("心配 不安 問題 悩み 困りごと 不満 懸念".split())
_JA_REPUTE_AFTER = re.compile(r"^(なんだ|なんです|なんですよ|なんだよ)[。…！]*$")
_JA_REBUFF_BEFORE = re.compile(r"(って|だって)$")
# his backstory and the meeting's preliminaries (「前は東京で看護師をしてた」「銀行さんの紹介
# ということで」「支店長に言われて申し込んだ」「創業が文化年間でしてね」): said in passing, before
# or beside his point (judge 4, issue 8)
_JA_ASIDE = re.compile(
    r"^(前|以前|昔|元々|もともと)は.*(して(い)?ました|してた|してました|やってた|やってました|"
    r"勤めて|働いて|いました|おりました)|紹介(ということ|ってこと|で来|されて|でね)|申し込ん|"
    r"創業(が|は)|"
    # the job he left to come home (「信用金庫を辞めて戻ってきて」「商社を退職して家に入った」):
    # his backstory, the place no point of his (r17a s08 T5)
    r"(を|から)(辞めて|やめて|退職して|退社して|離れて)(、)?(戻|帰|家|実家|跡|継|こっち|ここ|うち)|"
    # his reaction to the supporter's summary (「そうまとめてもらうと、自分でも整理がつくな」「人に
    # 言ってもらうと、よく見える」): about the talk, its 『整理』 no word of his business (r18a s02 T10)
    r"(まとめて|言って|並べて|整理して)(もら|いただ)(う|え|っ)|整理(が|も)?(つ|でき)|"
    r"(話して|言葉にして|口に出して)みる?と"
)
_EN_ASIDE = re.compile(
    r"\b(i was (in|at|a|an) [\w\s]{1,20} before( that)?|before that|i used to (work|be)|"
    # his reaction to the supporter's summary ("laid out like that it's much clearer"): about the talk
    r"(laid|lined|put|set|summed) (it )?(out |up )?like that|hearing it (back|like that)|"
    r"came (back|home) (from \w+ |home |here )?(when|after|because)|"
    # who sent the supporter ("the bank said you'd come talk to us"): the meeting's preliminaries
    r"(said|told (me|us)|says) (that )?you'?d (come|be coming|drop by|stop by|visit|talk)|sent you)\b",
    re.I,
)
_JA_DEFLECT = re.compile(r"(の方が|のほうが|に聞いた|に聞いて|が詳しい|に任せ|が見て|がやって|の取締役が[。…]*$|が[。…]*$)")
_EN_INCIDENTAL = (
    r"\b(not showing( you)?|won't show( you)?|not sharing|not handing over|not opening) (the |my |our )?{w}\b|"
    r"\b{w}s? (handles?|deals? with|looks? after|knows?|takes? care of) (that|it|those|them)\b|"
    r"\bit's not (a|an|the) {w}\b|\bthis isn't (a|an|the) {w}\b|"
    # where he heard the supporter's idea before ("heard that at some seminar"): a rebuff
    r"\b(at|in|from) some {w}s?\b|"
    # the supporter's programme he waves off ("not sure what we need a programme for": t10 q055)
    r"\bwhat (we|i) need (a|an|the|this|that|your|any) {w} for\b|"
    # the thing he measures by ("a shed about the size of a bedroom"): an image, no point (r15a s02 T9)
    r"\b(size|length|width|height) of (a|an|the|my|our) {w}\b|\b{w}-sized\b|"
    # a passing compliment to someone else ("the bank's been very good to us"): q21
    r"\b{w}s?( has| have|'s| is| are| was| were)( been)?( very| really| always| quite| ever so)? "
    r"(kind|helpful|good to (us|me)|decent|patient|supportive|nice to (us|me)|lovely)\b"
)
# set phrases with in/on ("in order", "works on paper"): no word of his (r15a s02 T5)
_EN_IDIOMS = frozenset("order practice black red time general short turn touch fact charge case paper".split())


def incidental(surface: str, context: Sequence[Utterance], lang: Lang) -> bool:
    """Every place the owner said ``surface`` is a rebuff, a set phrase, a refusal or a
    deflection to someone else (see above), or a greeting: no point of his."""
    return _incidental(surface, tuple(u.text for u in context if u.speaker == "owner"), lang)


@lru_cache(maxsize=8192)
def _incidental(surface: str, owner: tuple[str, ...], lang: Lang) -> bool:
    # each owner turn weighed on its own (cached per turn: the meeting's earlier turns are read
    # again for every later one); a point in any turn decides, else any incidental mention
    found = False
    for text in owner:
        said = _said(surface, (text,), lang)
        if said == _AS_POINT:
            return False
        found = found or said == _IN_PASSING
    return found


_NOT_SAID, _IN_PASSING, _AS_POINT = "not said", "in passing", "as a point"


@lru_cache(maxsize=16384)
def _said(surface: str, owner: tuple[str, ...], lang: Lang) -> str:
    """How the owner said ``surface`` in these turns: not at all, only incidentally (see
    :func:`incidental`), or as a point of his somewhere."""
    if not owner:
        return _NOT_SAID
    if lang == "en":
        w = re.escape(surface.lower())
        pat = re.compile(_EN_INCIDENTAL.format(w=w), re.I)
        found = False
        for text in owner:
            for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
                low = sentence.lower()
                if not re.search(rf"\b{w}\b", low):
                    continue
                found = True
                idiom = surface.lower() in _EN_IDIOMS and re.search(rf"\b(in|on) (the )?{w}\b", low)
                if not (
                    pat.search(low)
                    or idiom
                    or _EN_PASSING.search(sentence)
                    or _EN_ASIDE.search(low)
                    or _en_about_you(low, surface.lower())
                    or _en_listed(low, surface.lower())
                ):
                    return _AS_POINT
        return _IN_PASSING if found else _NOT_SAID
    found = False
    for text in owner:
        for sentence in _JA_SENTENCE.split(text):
            for m in re.finditer(re.escape(surface), sentence):
                found = True
                before, after = sentence[: m.start()], sentence[m.end() :]
                if re.match(r"[\u4e00-\u9fff\u30a0-\u30ff]", after[:1]) or re.search(
                    r"[\u4e00-\u9fff\u30a0-\u30ff]$", before
                ):
                    continue  # inside a longer word here: judged by that word
                # 「もう、うちの味噌じゃない」: what makes his thing his own, his point (t10 q043)
                own = surface.startswith(("うちの", "ウチの")) and not _JA_CONCESSIVE_AFTER.match(after)
                if not (
                    (_JA_INCIDENTAL_AFTER.match(after) and not own)
                    or _JA_INCIDENTAL_BEFORE.search(before)
                    or (after.startswith("も") and _JA_PAIR_MO_BEFORE.search(before))
                    or any(before.endswith(b) and surface == w for b, w in _JA_SET_REBUFF)
                    or (_JA_DEFLECT.match(after) and re.search(r"(細か|詳し)", sentence))
                    or _JA_PASSING.search(sentence)
                    or _JA_ASIDE.search(sentence.lstrip("…。、 　"))
                    or (_JA_REBUFF_AFTER.match(after) and (surface in _JA_WORRY or "分" in after[:6]
                        or "わか" in after[:6]))
                    or (_JA_REPUTE_AFTER.match(after) and _JA_REBUFF_BEFORE.search(before))
                    or (_JA_CONCESSIVE_AFTER.match(after) and not is_concern(surface, "ja"))
                    or _JA_REFUSAL.search(sentence)
                    or _ja_listed(sentence, m.start(), examples=True)
                    or _JA_ALSO_ME.match(after)
                ):
                    return _AS_POINT
    return _IN_PASSING if found else _NOT_SAID


_EN_SUBJECT = re.compile(r"\b(i|we|he|she|it|they|you|i'm|it's|we're|that's|there's)\b")


def _en_about_you(low: str, word: str) -> bool:
    """``word`` is what the supporter does or knows in his sentence ("how much you actually
    understand", "you write them on a form"): his test of the supporter, no point of his
    (r17a s02 T3)."""
    return re.search(rf"\byou(?:'re| are| were| do| did)?\s+(?:[a-z']+\s+){{0,2}}{re.escape(word)}\b", low) is not None


def _en_listed(low: str, word: str) -> bool:
    """``word`` is one item of his list of three or more short items ("the counter, the
    wrapping, deliveries, every single day"; "nuts, bolts and brackets"): an item is no point of
    his, the list is (r17a s09 T6). Clauses ("it's hard, we try, I guess") are no list."""
    chunks = [c.strip() for c in re.split(r",|;|—|–|\band\b|\bor\b|\.\.\.|…", low)]
    at = [k for k, c in enumerate(chunks) if re.search(rf"\b{re.escape(word)}\b", c)]
    if not at:
        return False

    def item(c: str) -> bool:
        ws = [w for w in re.findall(r"[a-z'-]+", c) if w not in ("the", "a", "an", "our", "my", "his", "her", "their")]
        return 1 <= len(ws) <= 3 and not _EN_SUBJECT.search(c)

    for k in at:
        if not item(chunks[k]):
            continue
        lo = k
        while lo > 0 and item(chunks[lo - 1]):
            lo -= 1
        hi = k
        while hi + 1 < len(chunks) and item(chunks[hi + 1]):
            hi += 1
        if hi - lo + 1 >= 3:
            return True
    return False


# one more chore he does himself (「最後の検品もわしや」「配達も私です」): an item of his list of
# tasks, his point is that he does them all (t10 q016)
_JA_ALSO_ME = re.compile(r"^も(わし|私|僕|俺|オレ|自分|あたし)(や|だ|です|がやる|がやって|がやっ)")


# the topic of a concessive clause (「観光客は戻ってきたけど、地元のお客さんが減って」): the
# background of his point, which comes after it (t10 q023)
_JA_CONCESSIVE_AFTER = re.compile(
    r"^(さん)?(は|も)[^。、！？]{1,14}(けど|けれど|けども|ものの)、(?=[^。]{4,})|"
    # the word he concedes before his real point (「正論だけどさ、それやってる間に…」): the
    # supporter's word granted, not his (r20b s04 T11)
    r"^(だ|や|なん(だ|や)|なのは(分かる|わかる))(けど|けれど|けども)(さ|ね|な|よ)?、(?=[^。]{4,})"
)
# a sentence that refuses the supporter's kind of talk (「売上を倍にしましょうとか、そういう話なら
# お断りです」): its words are what he refuses, no point of his (t10 q030)
_JA_REFUSAL = re.compile(
    r"(そういう|そんな|ああいう)(話|の|こと)(なら|は)[^。]{0,6}(お断り|お断わり|結構|勘弁|いらん|いらない|要らない|いりません)"
)


def _ja_listed(sentence: str, at: int, examples: bool = False) -> bool:
    """The word at offset ``at`` of ``sentence`` is one item of a list of his (three nouns joined
    by と/や/とか: 「見積もりと現場の段取りと、お客さんの打ち合わせで」; or chores in a たり list:
    「フロントに立ったり、布団敷いたり」): an item is no point of his, the list is (t10 q007, q029).
    With ``examples`` two items joined by とか count too (「ブラケットとかステーとか、目立たない
    部品ばかり」): examples of what he means, never his point (r17a s08 T2)."""
    try:
        from ..analysis.japanese import tagged
    except Exception:  # the analyser is optional for the scorer
        return False
    tags = tagged(sentence)
    offsets: list[int] = []
    pos = 0
    for surface, _, _ in tags:
        found = sentence.find(surface, pos)
        offsets.append(found if found >= 0 else pos)
        pos = (found if found >= 0 else pos) + len(surface)
    tari = [offsets[k] for k, (s, _, p) in enumerate(tags) if s == "たり" and p[0] == "助詞"]
    if len(tari) >= 2 and at < tari[-1]:
        return True
    joins: list[int] = []
    toka = False
    for k, (s, _, p) in enumerate(tags):
        if s not in ("と", "や", "とか") or p[0] != "助詞" or k == 0 or tags[k - 1][2][0] != "名詞":
            continue
        nxt = k + 1
        if s == "と" and nxt < len(tags) and tags[nxt][0] == "か":
            nxt += 1  # 「ブラケットとかステーとか」: とか read as と + か
            toka = True
        while nxt < len(tags) and tags[nxt][0] == "、":
            nxt += 1
        if nxt < len(tags) and tags[nxt][2][0] in ("名詞", "接頭辞"):
            joins.append(k)
    if len(joins) < (1 if examples and toka else 2):
        return False
    # from the first item (the noun run before the first join) to the end of the last item
    # (its noun run, with its 「の」 links)
    first = joins[0] - 1
    while first > 0 and (tags[first - 1][2][0] in ("名詞", "接頭辞") or tags[first - 1][0] == "の"):
        first -= 1
    last = joins[-1] + 1
    while last + 1 < len(tags) and (
        tags[last + 1][2][0] in ("名詞", "接尾辞") or tags[last + 1][0] in ("の", "、") or tags[last][0] == "の"
    ):
        last += 1
    return offsets[first] <= at <= offsets[last]


def _mentions(point: str, excluded: frozenset[str]) -> bool:
    low = point.lower()
    return any(n in low for n in excluded)


@lru_cache(maxsize=4096)
def _turn_points(text: str, lang: Lang) -> tuple[tuple[str, frozenset[str]], ...]:
    """The clauses of one owner turn that can stand as a point, the best first (the main
    clause of the latest sentence first: Japanese puts the point at the end)."""
    from ..analysis import keywords

    found: list[tuple[str, frozenset[str]]] = []
    for clause in _clauses(text, lang):
        if _DIGIT.search(_SHARE.sub("", clause)):
            continue  # a figure (「8億前後」「38人」) answers a fact question: no point
        point = _trim(clause, lang)
        if point is None:
            continue
        keys = frozenset(k for k in keywords(point, lang) if k not in JA_FILLER)
        keys = frozenset(k for k in keys if k.lower() not in EN_SKIP)
        if not keys:
            continue
        found.append((point, keys))
    return tuple(found)


def _clauses(text: str, lang: Lang) -> list[str]:
    """Candidate points, sentence by sentence: the longest run of clauses that ends the
    sentence first (「若い人が入っても、すぐ辞めちゃう」), then its clauses from the last."""
    out: list[str] = []
    if lang == "ja":
        sentences = _JA_SENTENCE.split(text)
    else:
        sentences = re.split(r"(?<=[.!?])\s+|\n+", text)
    for sentence in sentences:
        if not sentence or not sentence.strip():
            continue
        if lang == "ja":
            # his hedge after his point (「会長がいなくても、…動ける会社、ですかね」「僕が決めきれない
            # から、なんだと思います」): his point stands before it, no question to the supporter
            # (r20b s05 T11: the suggested summary left out every such point of his)
            sentence = _JA_HEDGE_END.sub("", sentence)
        if lang == "ja" and (
            _JA_QUESTION.search(sentence) or _JA_PASSING.search(sentence) or _JA_GREETING.search(sentence)
        ):
            continue  # a question to the supporter, a greeting: no point of his
        if lang == "en" and (sentence.rstrip().endswith("?") or _EN_PASSING.search(sentence)):
            continue
        if refusal(sentence, lang) or (_JA_MEETING if lang == "ja" else _EN_MEETING).search(sentence):
            continue
        if (_JA_RHETORIC if lang == "ja" else _EN_RHETORIC).search(sentence.strip()):
            continue
        split = _JA_CLAUSE if lang == "ja" else _EN_SENTENCE
        # a clause cut after his semicolon keeps no ";" of its own: joined with ", " it read
        # "your father founded it;, he's chairman now" (r22a s10 T4)
        parts = [c.rstrip(" ;:") if lang == "en" else c for c in split.split(sentence) if c and c.strip(" ;:")]
        sep = "、" if lang == "ja" else ", "
        for k in range(len(parts)):
            joined = sep.join(p.strip() for p in parts[k:])
            if len(joined) <= MAX_CHARS[lang] + 8:
                out.append(joined)
                break
        out += [
            p for k, p in reversed(list(enumerate(parts)))
            if p not in out and not (lang == "ja" and k and _cut_topic(parts[k - 1]) and _JA_NOMINAL.search(p))
        ]
    return out


# a clause whose subject or topic stands in the clause before it (「丸栄さんは、うちの一番のお得意先
# です」): alone it names nobody (『御社の一番のお得意先』 r15a s08 T11, r15b s04 T10); his own
# 「うちは、」「私は、」 may drop (the point is about him)
_JA_TOPIC_PART = re.compile(r"^[…\s]*(.{1,10}?)(さん|様)?(は|が|も|って)$")
# a clause that only names something (「うちの一番のお得意先です」), no verb of his: it needs its subject
_JA_NOMINAL = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffー](さん|様)?(です|でした|だ|や|やわ|ですわ|なんです|なんですよ|ですね|ですよ)?[。…！!\s]*$")
_JA_SELF = re.compile(r"(うち|ウチ|私|わたし|俺|オレ|僕|わし|自分|我々|うちら|こっち|ここ)$")


_JA_HEDGE_END = re.compile(
    r"[、,]\s*(なんだと思います|なんだと思う|なんだろうと思います|だと思います|のかもしれません|"
    r"のかもしれない|かもしれません|ですかね(え)?|ですかな|って)[。…\s]*$"
)


def _cut_topic(part: str) -> bool:
    m = _JA_TOPIC_PART.match(part.strip())
    return bool(m) and not _JA_SELF.search(_JA_HEAD.sub("", m.group(1)).strip("、 "))


def _trim(clause: str, lang: Lang) -> str | None:
    """The clause as a short point, or None when it is no point (too short or long, open)."""
    s = clause.strip().lstrip("…‥.・ ").strip()
    if lang == "ja":
        for _ in range(3):
            s = _JA_FILLER_HEAD.sub("", _JA_HEAD.sub("", s).strip()).strip()
        s = _JA_FINAL_NO.sub("", s)
        if _JA_OPEN_END.search(s.rstrip("。！？!?… ")) or _JA_WONDER.search(s):
            return None  # 「増やせないかな」 wonders: trimmed it would say the opposite
        for _ in range(4):
            s2 = _JA_TAIL.sub("", s)
            if s2 == s:
                break
            s = s2
        s = s.strip("「」『』（）() ")
        if _starts_mid_sentence(s):
            return None  # 「だな、これは…」「た報告書か」: a scrap of a clause
        if not _JA_CONTENT.search(s) or _JA_OPEN_END.search(s) or _JA_ABOUT_SUPPORTER.search(s):
            return None
        # a short lead before his clause (「昔から、地道にやってきた会社」) is read with it: in a list
        # of points its 「、」 would cut one point in two (r15b s04 T10)
        # 「売上でいうと、7割くらいは丸栄さん」: the measure and its share, one point (「売上の7割
        # くらいは丸栄さん」), never two items of a list (r17a s08 T7)
        s = _JA_MEASURE_LEAD.sub(r"\1の", s)
        s = _JA_SHORT_LEAD.sub(r"\1", s)
        # a bare 〜てて before his main clause (「分かってて、手が回らない」「知ってて、やれない」): his
        # concession, a scrap read alone in a list of points; his point is the main clause
        # (r17b s07 T6)
        s = _JA_TE_LEAD.sub("", s)
    else:
        for _ in range(3):
            s = _EN_HEAD.sub("", s).strip().lstrip("…‥.,- ").strip()
        s = _EN_TAIL.sub("", s).strip().strip("\"'")
        words = _EN_WORD.findall(s)
        if len(words) < 3 or not any(
            w.lower() not in EN_SKIP and len(w) >= 4 and not (k and w[0].isupper())
            for k, w in enumerate(words)
        ):
            return None
        if s[:1].isupper() and not s.startswith("I ") and not s.startswith("I'"):
            s = s[:1].lower() + s[1:]
    if not MIN_CHARS[lang] <= len(s) <= MAX_CHARS[lang]:
        return None
    return s


_JA_MEASURE_LEAD = re.compile(
    r"^([\u4e00-\u9fff\u30a0-\u30ffー]{1,6})(?:で|に)(?:いうと|言うと|いえば|言えば|すると|して)、"
    r"(?=[0-9０-９一二三四五六七八九十半大])"
)
_JA_SHORT_LEAD = re.compile(r"^([^、]{1,3})、(?=[^、]{4,}$)")
_JA_TE_LEAD = re.compile(r"^[^、をがはにもでと]{1,5}[っい][てで]て、(?=[^、]{4,}$)")


def _starts_mid_sentence(text: str) -> bool:
    """The phrase opens with a particle, an auxiliary or a suffix: a clause cut in the middle."""
    from ..analysis.japanese import tagged

    tags = tagged(text)
    return bool(tags) and tags[0][2][0] in ("助詞", "助動詞", "接尾辞")


# a topic he closed: X said to be absent or no worry (「借入もほとんどない」「そっちの心配はしてない」
# "hardly any debt", "the loans aren't a worry"), put off (「…それは、ちょっと」 to a question on X),
# or handed to someone else (「数字は家内の方が詳しい」 "you'd have to ask my wife"): a suggestion
# steering back to it is on a dead thread (r10a s04 T9, s10 T5)
_JA_DISMISSED_AFTER = re.compile(
    # (not a bare 「Xはない」: 「余裕はない」 is a lack he feels, no closed topic)
    r"^(さん)?(も|は|が|なんか|なんて)?((ほとんど|特に|別に|全然|まったく|たいして)(ない|無い|ありません|なくて)|"
    r"(は|も)?問題(は)?(ない|ありません)|(の)?心配(は)?(して|し)?(ない|ません))"
)
_EN_DISMISSED = (
    r"\b(hardly any|barely any|no real|not much|no) {w}s?\b(?! (is|are|was|were) (a|the) )|"
    r"\b{w}s? (isn't|aren't|is not|are not|'s not|'re not) (a |the |any |much of a )?(problem|worry|issue|concern)\b|"
    r"\bnot (worried|worrying) about (the |our |my )?{w}"
)
_JA_HANDED = re.compile(r"(方|ほう)が詳しい|が詳しい|に聞か(ないと|んと)|に聞いて")
_EN_HANDED = re.compile(r"\b(you'd|you would|you'll) (have to|need to) ask\b|\bask (my|our|the) \w+\b", re.I)


def dead_thread(surface: str, context: Sequence[Utterance], lang: Lang) -> bool:
    """The owner closed the topic ``surface`` where he last spoke of it (see above)."""
    owner = [u.text for u in context if u.speaker == "owner"]
    if not owner:
        return False
    low = surface.lower()
    last = owner[-1]
    # his latest turn puts off the supporter's question on it, or hands the topic to someone else
    asked = next((u.text for u in reversed(context) if u.speaker == "trainee"), "")
    put_off = nothing_said(last, lang) or refusal(last, lang)
    if low in asked.lower() and low not in last.lower() and put_off:
        return True
    if low in last.lower() and (_JA_HANDED if lang == "ja" else _EN_HANDED).search(last):
        return True
    # the last sentence of his that holds it says it is absent or no worry
    splitter = _JA_SENTENCE if lang == "ja" else re.compile(r"(?<=[.!?])\s+|\n+")
    holding = [x for t in owner for x in splitter.split(t) if x and low in x.lower()]
    if not holding:
        return False
    sentence = holding[-1]
    if lang == "en":
        return re.search(_EN_DISMISSED.format(w=re.escape(low)), sentence.lower()) is not None
    at = sentence.find(surface)
    return bool(_JA_DISMISSED_AFTER.match(sentence[at + len(surface) :]))
