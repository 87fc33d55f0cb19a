# ruff: noqa: B905, B023, B007  -- written by a second author, kept as written
"""Trainee bots for the dialogue-practice simulator: they play the supporter (伴走支援者).

Protocol (see bot_protocol.md):  Bot(lang="ja"|"en", seed=0); start(briefing) -> str;
next(owner_reply) -> str | None (None ends the meeting).

    BOTS = {"good": GoodBot, "beginner": BeginnerBot, "pushy": PushyBot}

Each bot reacts only to the briefing and to the owner's replies (keywords picked with SudachiPy
for Japanese, a stopword list for English). Deterministic per (lang, seed); never repeats a
sentence within one meeting. Standard library + SudachiPy only; no I/O, no network.
"""
from __future__ import annotations

import random
import re

# --------------------------------------------------------------------------- sentences

_JA_SPLIT = re.compile(r"(?<=[。？！?!])")
_EN_SPLIT = re.compile(r"(?<=[.?!])\s+")


def sentences(text: str, lang: str) -> list[str]:
    parts = _JA_SPLIT.split(text) if lang == "ja" else _EN_SPLIT.split(text)
    return [p.strip() for p in parts if p and p.strip()]


def norm(sentence: str) -> str:
    s = sentence.strip().lower()
    s = re.sub(r"[\s“”\"'「」『』、,]", "", s)
    return s


# --------------------------------------------------------------------------- Japanese keywords

_TOKENIZER = None


def _tokenizer():
    global _TOKENIZER
    if _TOKENIZER is None:
        from sudachipy import Dictionary, SplitMode

        d = Dictionary()
        if hasattr(d, "tokenizer"):
            _TOKENIZER = d.tokenizer(mode=SplitMode.C)
        else:  # older SudachiPy
            _TOKENIZER = d.create(mode=SplitMode.C)
    return _TOKENIZER


# nouns that carry no topic of their own (formal nouns, deictics, time words, fillers, address)
JA_STOP = set("""
こと もの ところ ため よう わけ はず ほう 方 感じ 時 とき 今 いま 前 後 あと 中 上 下 事 物 所 人 方々 皆 みんな
自分 私 僕 俺 わし うち 我々 あんた あなた 君 そっち こっち そちら こちら これ それ あれ どれ 何 なに なん 誰 いつ どこ
そこ ここ あそこ 社長 さん 様 気 的 等 辺 へん 全部 全然 結構 別 普通 本当 大体 ちょっと 少し 多少 意味 場合 以上
以外 程度 一番 最近 昔 今日 今回 毎日 色々 いろいろ 一つ 一緒 次 先 前回 去年 今年 実際 通り ほか 他 よそ 御社 弊社
当社 貴社 話 お話 おたく お宅 支援者 くらい ぐらい 頃 ころ 感 点 面 側 たち 達 ら 的 化 ずっと 大丈夫 そう 本日
あたり 辺り 今後 以前 まま 割 通 わたし ぼく おれ うちら みな 自身 ご自身 年 月 日 回 件 名 人間 時間 今度
だいたい 一言 結局 正直 ほんと なんか 本当のところ 改まって 言葉 一度 一人 二人 両方 そのへん その辺 あいつ こいつ そいつ
お前 おまえ 女房 みたい ほとんど 整理 いちばん その後 連中 やつ 奴 とこ まさに それぞれ 皆んな みんな ぜんぶ 今まで これから そのもの あれこれ あっちこっち あちこち 答え さっき 先ほど さきほど そういうの 全員 以来 当時 ずいぶん 大分 限り 感覚 具合 調子 方向 ほう 分 最後 最初 全て すべて 誰か 皆さん 位 ぶん 自体
""".split())

# very general nouns: allowed but ranked low
JA_GENERIC = set("""
会社 仕事 問題 課題 状況 部分 関係 支援 状態 内容 必要 大事 話題 ところ 相談 経営 商売 業界 言葉 意見 考え 気持ち 理由
""".split())


def ja_noun_phrases(text: str, skip: set[str] | None = None) -> list[tuple[str, int, int]]:
    """Noun compounds of `text` as (surface, position, n_tokens); joins 「AのB」 once when both are
    content nouns. Pronouns, fillers, stop nouns and names in `skip` are left out."""
    skip = skip or set()
    toks = list(_tokenizer().tokenize(text))
    out: list[tuple[str, int, int]] = []
    cur: list = []

    def flush(nxt=None):
        nonlocal cur
        # strip stop nouns / stray suffixes at the edges
        while cur and (cur[0].surface() in JA_STOP or cur[0].part_of_speech()[0] == "接尾辞"
                       or (len(cur) > 1 and cur[0].part_of_speech()[2] == "副詞可能")):
            cur = cur[1:]
        if len(cur) > 2 and cur[0].part_of_speech()[1] == "数詞" and cur[1].part_of_speech()[2] == "助数詞可能":
            cur = cur[2:]           # 「一度家族」 → 家族
        while cur and (cur[-1].surface() in JA_STOP or cur[-1].part_of_speech()[0] == "接頭辞"):
            cur = cur[:-1]
        if cur:
            surf = "".join(m.surface() for m in cur)
            after = text[cur[-1].end(): cur[-1].end() + 6]
            verbal = (len(cur) == 1 and "サ変" in cur[0].part_of_speech()[2] and nxt is not None
                      and nxt.part_of_speech()[0] == "動詞" and nxt.dictionary_form() in ("する", "できる"))
            adjectival = (len(cur) == 1 and "形状詞" in cur[0].part_of_speech()[2] and nxt is not None
                          and nxt.part_of_speech()[0] == "助動詞" and nxt.surface() in ("な", "だ", "に", "で", "じゃ"))
            verbal = verbal or adjectival
            negated = re.match(r"(じゃなく|ではなく|とかじゃ|がどうとか|なんか関係|は関係な)", after) is not None
            lone_name = len(cur) == 1 and cur[0].part_of_speech()[2] == "人名"
            if (surf not in JA_STOP and surf not in skip and not verbal and not negated and not lone_name
                    and not any(m.surface() in skip for m in cur)
                    and not re.fullmatch(r"[\d０-９一二三四五六七八九十百千万]+[^\d]{0,2}", surf)
                    and len(surf) >= 2
                    and not re.fullmatch(r"[ぁ-ん]{1,3}", surf)
                    and "何" not in surf and len(surf) <= 16):
                out.append((surf, cur[0].begin(), len(cur)))
        cur = []

    for i, m in enumerate(toks):
        pos = m.part_of_speech()
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if pos[0] == "名詞":
            cur.append(m)
            if nxt is None or not (nxt.part_of_speech()[0] == "名詞" or (nxt.part_of_speech()[0] == "接尾辞" and nxt.part_of_speech()[1] == "名詞的")):
                flush(nxt)
        elif pos[0] == "接頭辞":
            flush(m)
            cur.append(m)
        elif pos[0] == "接尾辞" and pos[1] == "名詞的" and cur:
            cur.append(m)
            if nxt is None or nxt.part_of_speech()[0] != "名詞":
                flush(nxt)
        else:
            flush(m)
    flush()

    # 「AのB」 joins (e.g. 設備の老朽化, 製造業の現場)
    joined: list[tuple[str, int, int]] = []
    for (a, pa, na), (b, pb, nb) in zip(out, out[1:]):
        if text[pa + len(a): pb] == "の" and len(a) + len(b) + 1 <= 11:
            joined.append((f"{a}の{b}", pa, na + nb + 1))
    return out + joined


# --------------------------------------------------------------------------- English keywords

EN_STOP = set("""
a an the and or but if so then than that this these those there here it its it's i i'm i've i'd i'll me my mine
we we're we've our ours us you you're your yours he him his she her they them their what which who whom whose
when where why how is are was were be been being am do does did doing done have has had having get gets got getting
go goes went going gone say says said tell told know knew known think thought want wanted need needs needed make made
let lets let's can can't could couldn't will won't would wouldn't should shouldn't must may might shall not no yes
yeah yep okay ok well oh um uh er hmm look see just really very quite rather too also only even still already again
ever never always often sometimes maybe perhaps all any some every each both either neither much many more most less
few lot lots bit thing things something anything nothing everything stuff kind sort way ways time times day days year
years today now then before after about above below from into onto with without within for of on in at by to up down out
over under off as like one two three first last next other another same own such sure right fine good bad big small
new old long little mr mrs ms president company business person someone anyone everyone guy guys point fact
matter question questions answer answers come came coming take took taking give gave given put keep kept try tried
use used work working worked talk talking talked ask asked asking mean means meant feel felt seem seems seemed
because since while though although however anyway actually honestly frankly basically whatever don't doesn't didn't
isn't aren't wasn't weren't haven't hasn't hadn't i'd you'd he'd she'd we'd they'd that's what's there's here's who's
it'll that'll lot sir madam please thanks thank sorry course fine whole part mine yours getting got gotta gonna wanna
bring brought show showed shown call called find found leave left run running start started sell selling
decide decides decided fast quick quickly soon later lately recently hear heard listen wait waiting happen happens
everybody nobody somebody lot's sure yes no ah eh hey oh right okay alright besides else enough anyway who's
mind huh hm hmm mm yeah ha hell look listen boss month months week weeks morning night midnight evening
tomorrow yesterday tonight hour hours minute minutes moment while
""".split())

EN_GENERIC = set("""
company business work problem problems issue issues situation support thing matter side job place firm industry
people guys folks
""".split())

_EN_NOUN_CUE = {"the", "a", "an", "our", "my", "his", "her", "their", "your", "of", "for", "about", "with", "in",
                "on", "this", "these", "those", "some", "any", "no", "from", "at", "by", "its", "every", "each"}


# words that are rarely the head of a noun phrase in an owner's reply (adjectives, verbs, adverbs)
EN_NOT_HEAD = set("""
simple easy hard busy clear neat ready able happy glad proud true real whole full free open close far near high low late
early different similar certain possible important main enough worth cheap expensive nice great fine sure best worse
worst better bigger smaller younger older young everywhere anywhere somewhere nowhere together alone home away back
ahead inside outside around arrive arrives leak leaks hire hires pay pays paid decide go goes come comes walk walks
hurt hurts hurting help helps make makes sell sells buy buys grow grows turn turns hit hits nurse pile piles quit blame
borrow borrowed expect expecting promise interview stir stirring mind minded end ends line lines lose loses loses
touch wood kidding care cares worry worries matter matters count counts happen happens stay stays leave leaves
bother bothers need needs like likes mean means hand hands deal deals handle handles budge figure figured reckon
earned earn right wrong glad afraid much many yet least gone done said told asked answered seen known
write writes wrote see sees saw put puts get gets keep keeps try tries run runs work works think thinks know knows
want wants say says tell tells ask asks give gives take takes bring brings show shows let lets seem seems feel feels
call calls stop stops start starts cut cuts set sets send sends look looks push pushes carry carries hold holds
faintest idea ideas theory instead either neither though anymore pretty really quite decent pressing
details detail sort kind bit face head heart eyes involves lives means depends belongs sounds goes comes
becomes gets takes makes runs happens matters
""".split())
# determiners kept in front of a phrase, seen from the supporter's side ("my staff" -> "your staff")
_EN_DET = {"the": "the", "a": "a", "an": "an", "my": "your", "our": "your", "this": "that", "these": "those",
           "those": "those", "his": "his", "her": "her", "their": "their", "its": "its"}


def en_bare(phrase: str) -> str:
    return re.sub(r"^(the|a|an|your|that|those|his|her|their|its)\s+", "", phrase.strip().lower())


EN_PLURAL_MODIFIERS = {"sales", "parts", "goods", "systems", "materials", "sports", "savings", "accounts", "operations",
                       "customers", "products", "services", "news", "analytics", "logistics", "electronics"}
EN_ING_NOUNS = set("""building machining pricing marketing training meeting planning funding housing engineering
manufacturing clothing catering packaging processing painting welding casting plating stamping ordering accounting
booking wedding morning evening something""".split())
EN_NUMBERS = set("""zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand
thousands million millions half dozen""".split())


def en_noun_phrases(text: str, skip: set[str] | None = None) -> list[tuple[str, int, int]]:
    """Noun-phrase guesses: runs of content words, accepted when a determiner, possessive or
    preposition comes before them, or when two content words stand together; heads that are
    usually adjectives or verbs are dropped."""
    skip = {s.lower() for s in (skip or set())}
    out: list[tuple[str, int, int]] = []
    for sent in sentences(text, "en"):
        base = text.find(sent)
        first_word = True
        for clause in re.split(r"[,;:!?()\u2014–\"“”…]+|\.(?:\s|$)|\s-\s", sent):
            words = re.findall(r"[A-Za-z][A-Za-z'’\-]*", clause)
            run: list[str] = []
            cued = False
            cue = False
            det = ""
            run_det = ""

            def flush():
                nonlocal run, cued
                while run and (run[-1].lower() in EN_NOT_HEAD or run[-1].lower().endswith(("ly", "ous", "ful"))
                               or run[-1].lower().endswith("ed")
                               or run[-1].lower().endswith("ing") and len(run) == 1 and not cued):
                    run = run[:-1]
                while run and (run[0].lower().endswith("ly") or run[0].lower() in EN_NOT_HEAD - {"old", "young", "new"}
                               or (run[0].lower().endswith("ing") and not cued and run[0].lower() not in EN_ING_NOUNS)
                               or (run[0].lower().endswith("ed") and not cued)):
                    run = run[1:]
                if len(run) == 1 and run[0].lower().endswith("ing") and run[0].lower() not in EN_ING_NOUNS:
                    run = []
                if run and (cued or len(run) >= 2):
                    words_l = [w.lower() for w in run[-3:]]
                    phrase = " ".join(w if (w[0].isupper() and (i > 0 or not fw)) else w.lower()
                                      for i, (w, fw) in enumerate(zip(run[-3:], [first_at_start] + [False] * 2)))
                    if not any(w in skip for w in words_l) and len(phrase) > 2:
                        shown = f"{run_det} {phrase}" if run_det and len(run) <= 3 else phrase
                        out.append((shown, base + max(0, sent.find(run[0])), len(run[-3:])))
                run = []
                cued = False

            first_at_start = False
            for w in words:
                lw = w.lower().replace("’", "'")
                poss = lw.endswith("'s")
                if poss:
                    lw = lw[:-2]
                    w = w[:-2]
                if "'" in lw or lw in EN_STOP or lw in skip or lw in EN_NUMBERS or \
                        ("-" in lw and all(p in EN_NUMBERS for p in lw.split("-"))):
                    flush()
                    cue = lw in _EN_NOUN_CUE
                    det = _EN_DET.get(lw, "")
                    first_word = False
                    continue
                if not run:
                    cued = cue
                    run_det = det
                    first_at_start = first_word
                run.append(w)
                first_word = False
                cue = False
                det = ""
                if poss:            # "manager's" ends the phrase ("'s" may be "is")
                    flush()
                    cue = True
                elif lw.endswith("s") and not lw.endswith("ss") and lw not in EN_PLURAL_MODIFIERS and len(run) >= 1:
                    flush()         # a plural rarely modifies the next word ("the jobs | sales bring in")
            flush()
    return out


# --------------------------------------------------------------------------- keyword ranking

_EMPH = {
    "ja": r"なのに|のに|でも|けど|だけど|困|問題|心配|悩|正直|本当は|実は|一番|怖|辛|つら|きつ",
    "en": r"\bbut\b|though|problem|worr|honestly|actually|the real|the main|most|hard|tough|afraid|trouble",
}


def _sentence_at(text: str, pos: int, lang: str) -> str:
    start = 0
    for s in sentences(text, lang):
        i = text.find(s, start)
        if i <= pos < i + len(s) + 1:
            return s
        start = max(start, i + len(s)) if i >= 0 else start
    return text


def best_keywords(text: str, lang: str, skip: set[str], avoid: set[str], echo: str = "",
                  n: int = 3, with_scores: bool = False) -> list:
    """The owner's content words in `text`, best first. `avoid`: already dug into; `echo`: the
    bot's last utterance (a word the owner only echoes back is less telling)."""
    if lang == "ja":
        cands = ja_noun_phrases(text, skip)
        generic = JA_GENERIC
    else:
        cands = en_noun_phrases(text, skip)
        generic = EN_GENERIC
    scored: dict[str, float] = {}
    total = max(len(text), 1)
    bare_avoid = {en_bare(a) for a in avoid} if lang == "en" else avoid
    for surf, pos, ntok in cands:
        key = surf.lower() if lang == "ja" else en_bare(surf)
        if lang == "ja":
            s = min(len(surf), 6) / 3.0 + 0.6 * (ntok - 1)
        else:
            s = min(len(surf), 12) / 8.0 + 0.6 * (ntok - 1)
        reps = (text.count(surf) if lang == "ja" else text.lower().count(key))
        if reps >= 2:
            s += 1.0                    # owners repeat what matters to them
        sent = _sentence_at(text, pos, lang)
        if re.search(_EMPH[lang], sent if lang == "ja" else sent.lower()):
            s += 1.0
        if key in generic or surf in generic:
            s -= 3
        if key in bare_avoid:
            s -= 5
        if echo and key in echo.lower():
            s -= 1.5
        s += 2.0 * pos / total          # later words are often the new content
        if surf not in scored or s > scored[surf]:
            scored[surf] = s
    if lang == "en":                    # one entry per bare phrase
        best_by_key: dict[str, tuple[str, float]] = {}
        for surf, v in scored.items():
            k = en_bare(surf)
            if k not in best_by_key or v > best_by_key[k][1]:
                best_by_key[k] = (surf, v)
        scored = dict(best_by_key.values())
    ranked = sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))
    if with_scores:
        return [(k, v) for k, v in ranked[:n] if v > -2]
    return [k for k, v in ranked[:n] if v > -2]


def refusal_topics(text: str, lang: str, skip: set[str]) -> list[str]:
    """What the owner puts off limits (「決算書は出さない」 → 決算書)."""
    out: list[str] = []
    pat = SIGNALS[lang]["refuse"]
    for sent in sentences(unquote(text), lang):
        hay = sent if lang == "ja" else sent.lower()
        m = re.search(pat, hay)
        if not m:
            continue
        if lang == "ja":
            cands = [c for c in ja_noun_phrases(sent[: m.start() + 1], skip) if "の" not in c[0]]
            if cands:
                out.append(max(cands, key=lambda c: c[1])[0])
        else:
            cands = en_noun_phrases(sent[m.end():], skip) or en_noun_phrases(sent[: m.start()], skip)
            if cands:
                out.append(cands[0][0])
    seen: list[str] = []
    for k in out:
        if k not in seen:
            seen.append(k)
    return seen[:2]


# --------------------------------------------------------------------------- tone signals

SIGNALS = {
    "ja": {
        "repeat": r"(さっき|先ほど|さきほど|前にも)(も)?(答え|言っ|話し|説明し)た|もう(言っ|話し|答え)た|言ったでしょ|言ったよね|言ったじゃ|同じこと(を|ばかり|聞)|同じ質問|何度も(聞|同じ)|二度目",
        "back_to": r"(さっき|先ほど|さきほど)の話(は|、)|話を戻|聞いてなかった|もういいの|話が飛|急に何の話|話が変わ|話、変わ",
        "move_on": r"次に進|先に進|本題|早く(し|進|具体|本|話)|具体的な話|具体的に(話|進|言|し)|(課題|問題|悩み)は(もう)?(分かって|わかって)|(分かって|わかって)るから|時間がない|時間の無駄|まどろっこし|前置き|回りくど|結論|要点|手短|次の話|細かい話(は|を|して)",
        "suspicion": r"審査(みたい|じゃ|なの|する|される|か|を受け)|取り調べ|尋問|面接みたい|調査みたい|税務署|チェックリスト|アンケート(でも|みたい|に答え)|監査|査定|調べに|調べる(の|ん)|何のため|何の為|どうするの|どうすんの|何に使|書類にでも|書くの|報告するの|評価され|チェックされ|補助金に(響|影響)|構えて",
        "refuse": r"(は|を|も|に)(見せ|出さ|出せ|開示し|触ら|触れ|立ち入ら|話さ|教え)(ない|ません|ねえ|ん)(よ|から|。|$|ぞ|って)|(のも|のは|は)(なし|お断り|勘弁)(だ|で|に|。)",
        "negative": r"大変|苦労|困っ|困る|不安|心配|悔し|疲れ|きつ|しんど|辛|つら|腹が立|がっかり|厳しい|参っ|迷っ|悩|うんざり|怖|重い|板挟み|ぐったり",
        "effort": r"一代で|頑張って(き|る)|がんばって(き|る)|やってきた|守ってきた|続けてきた|育ててきた|踏ん張|必死で|積み上げ|築いてきた",
        "past_bad": r"以前|前に|昔|過去|コンサル|前回|前の支援|あの時",
        "dont_know": r"分からない|わからない|分かんない|わかんない|知らない|なんとも|何とも|さあ",
        "defer": r"会長(が|に|の意向|の考え)|(親父|先代|父)が(決め|うん)|決めることな|(私|僕|自分)(に|で)は決められ|口を出せな|口出しでき|任せてもらえ|言い出せ",
        "ending": r"今日はこの(へん|辺|くらい)で|帰ってくれ|お帰りください|もう(いい|結構)(よ|です)。?$|終わりにしよう|お引き取り|忙しいので(これで|失礼)",
        "past": r"(た|だった|でした|ました)[。よね]",
        "opinion": r"と思(う|っ|い)|気がする|はず|べき|しかない|したくない|つもり|に決まって|のが一番",
        "insight": r"逃げて(た|い)|逃げとった|見ないようにして|本当は|気づ|かもしれない|だったんだ|やったんやね|てたんだな|ていたんですね|決めとらん|分かっとらん|ってことか|ということか",
        "affirm": r"その通り|まさに|そうなんだよ|そういうこと|そうそう|それが言いたかった|そうなんです|分かってくれ",
    },
    "en": {
        "back_to": r"what about what i (just )?(said|told you)|change (of|the) subject|where did that come from|that's a jump|jumping around|done with what i (was )?(just )?(saying|said)|(weren't|aren't) you listening|never mind that then|so that's it\?|forget what i said",
        "repeat": r"already (told|said|asked|answered|explained|mentioned)|(answered|told you|said|asked me) (that|this|it) already|i just (said|told)|you asked (that|me that)|same question|told you|said that before|asked me that|you keep asking",
        "move_on": r"move on|get to the point|(i|we) (already )?know what (the|our|my) (issue|problem)s? (is|are)|get on with|(i|we) know (the|what|our|my) (issue|problem|problems|issues)|skip|concrete|hurry|waste (of )?(my )?time|just tell me|cut to|(get|got) down to|enough talk|what next|move forward|let's get",
        "suspicion": r"\baudit|inspect|checking (on )?(us|me)|checklist|tick(ing)? (the )?box|fill(ing)? in (a |your )?(form|check)|report (it|this|back)|what('s| is) (this|it|all this) for|write (it|this|that) down|evaluat|assess(ing|ment)? (us|me)|note(s)? down|on record|who (will )?read|affect (my|our|the|future) (grant|subsid)|on my guard",
        "refuse": r"(i'm not|i am not|i won't|we won't|i don't|we don't|not going to|no) (going to )?(show|shar|disclos|open up|hand\w* over|let you (see|talk|near)|interview|talk\w* to)\w*|keep out of|stay out of|off limits|none of your business|leave (that|them|it) (alone|out)|no talking to (my|the) (staff|employees)",
        "negative": r"\b(hard|tough|difficult|worr\w*|anxious|tired|frustrat\w*|disappoint\w*|struggl\w*|painful|stress\w*|upset|annoy\w*|fed up|sick of|bitter|angry|afraid|scared|burden\w*|stuck|torn|wiped out|the worst part|exhaust\w*)\b",
        "effort": r"built (it|this|the company|up|from nothing)|founded|kept (it|the business|the company) going|years of (hard )?work|put everything|for (\d+|forty|fifty|thirty|twenty) years|decades of",
        "past_bad": r"before|last time|previous|in the past|consultant|years ago|back then",
        "dont_know": r"don't know|no idea|not sure|can't say|hard to say|who knows",
        "defer": r"the chairman (decides|says|wants|would)|(my father|my dad|the founder) (decides|wants|says|won't)|his decision|up to (him|the chairman|them)|not my (call|place)|can't (bring myself|say it)",
        "ending": r"that's enough for today|that's all for today|i have to (go|get back)|let's leave it there|we're done (here|for today)|end (it|this) here|you can go now",
        "past": r"\b(was|were|had|did|went|used to|happened)\b",
        "opinion": r"i think|i reckon|i feel|i guess|should|the only way|i don't want|i'd rather|i believe",
        "insight": r"maybe the one|i've been (avoiding|dodging|running)|the real (issue|problem)|i never (faced|looked)|i see now|i'm starting to see|that's what it (is|was)|truth is|really it's",
        "affirm": r"exactly|that's it|that's right|you've got it|spot on|you get it|that's what i mean",
    },
}

_ASK_YOU = {
    "ja": r"あんた|あなた|君は|君、|きみ|お宅|おたく|支援者|あなた方|あんたら|あなたたち|そちらさん",
    "en": r"\b(do|can|will|would|are|have|did|could|were) you\b|\byour (view|opinion|advice|experience|job|background)",
}
_RHETORIC = {
    "ja": r"言えっての|どうしろって|分かるでしょ|だろ？$|じゃないか？$",
    "en": r"want me to say|expect me to|you know\?$|isn't it\?$|right\?$|you see\?$|^see\?$",
}
_QTYPE = {
    "ja": [
        ("audit", r"書類|書く|記録|報告|審査|どうするの|どうすんの|何に使|補助金|評価|チェックリスト|アンケート|埋めてる|調査"),
        ("permission", r"(させて|して|もらって|来て|連れて|呼んで|見せて)(も)?(いい|よい|構わない)(ですか|かな|か|の)|(よろしい|構いません)か"),
        ("request", r"(聞いて|見て|読んで|来て|付き合って)(もらえ|くれ|いただけ)(ます|る|ない)?(か|かな|の)"),
        ("help", r"手伝って|手を貸|協力して|付き合って|一緒に.{0,8}(もらえ|くれ)|見てもらえ|相談に乗"),
        ("purpose", r"何をしてくれ|何してくれ|何ができ|どうしてくれ|何しに|何をする|意味(ある|あるの|が)|役に立|何の(ため|為)|何が変わ|成果|どうにかなる|何になる|変わるの"),
        ("which", r"どこ(の|が)(が)?いい|どれがいい|どっちがいい|何がいい|どちらがいい|[？?].{0,12}それとも"),
        ("opinion", r"どう思|どうすれば|どうしたら|どう見|アドバイス|教えて|どうすべき|正しい|答えてくれ|答えてもらえ"),
        ("knowledge", r"分かる|わかる|知って|ご存じ|詳しい|経験|やったこと|見たこと|いくら|どのくらい|何年"),
    ],
    "en": [
        ("audit", r"write (it|this|that)|report|record|audit|assess|subsid|grant|\bforms?\b|notes?\b|do with (that|this|it)|checklist|box"),
        ("request", r"^(will|would|can|could) you (hear|listen|look|go|come|check|read|help|sit)|hear (it|me) out|listen to (it|me)"),
        ("permission", r"(is it|would it be) (ok|okay|all right|alright)|(can|could|may) (i|we) (bring|have|invite|show)|do you mind if|mind if (i|we)"),
        ("help", r"help (me|us)|can you help|sort (it|this|things) out together|(together|with you) (here )?first|go through (it|this|that) with (me|us)|(look|work) (at|through) (it|this) with (me|us)|will you help|work (on|through) (it|this) with|give (me|us) a hand|could you (look|go through)"),
        ("purpose", r"what difference|does talking|change anything|what (will|can|do|would) you (do|offer|bring)|what's the point|what is the point|what for|what good|how (will|would|does) (this|that|it) help|what do we get"),
        ("which", r"which (one|is|would|should)|what's better|which'?s better|or should (we|i)|\? or\b|shopify|amazon|rakuten"),
        ("opinion", r"aren't you going to answer|no advice|what do you think|what would you|how should|what should|your (view|opinion|advice)|which is|is it right|advise"),
        ("knowledge", r"do you know|do you understand|have you (ever|worked|been|seen|run)|are you familiar|how much|how many|any idea|know anything|experience"),
    ],
}


def unquote(text: str) -> str:
    """Drop reported speech (what someone else said) so it does not count as the owner's own tone."""
    t = re.sub(r"[「『][^」』]*[」』]", "「」", text)
    t = re.sub(r"[“\"][^”\"]*[”\"]", '""', t)
    t = re.sub(r"(?<![A-Za-z])'[^']{3,}?'(?![A-Za-z])", "''", t)
    return t


def signals(text: str, lang: str) -> dict:
    text = unquote(text)
    low = text.lower() if lang == "en" else text
    sig = {k: bool(re.search(p, low)) for k, p in SIGNALS[lang].items()}
    sents = sentences(text, lang)
    qs = [s for s in sents if s.endswith(("？", "?")) or (lang == "ja" and re.search(r"(かな|かね|のか|ですか|ますか|の)[。]?$", s))]
    sig["question"] = None
    for q in qs:
        ql = q.lower() if lang == "en" else q
        if re.search(_RHETORIC[lang], ql):
            continue
        qtype = None
        for name, pat in _QTYPE[lang]:
            if re.search(pat, ql):
                qtype = name
                break
        to_me = re.search(_ASK_YOU[lang], ql) is not None
        if qtype or to_me:
            sig["question"] = (qtype or "generic", q)
            # a question to the supporter in the middle of the reply still counts; keep the last one
    sig["short"] = (len(text) < 18) if lang == "ja" else (len(text.split()) < 8)
    return sig


# --------------------------------------------------------------------------- briefing

def briefing_info(briefing: str, lang: str) -> dict:
    info = {"surname": "", "org": "", "issues": [], "skip": set()}
    if not briefing:
        return info
    if lang == "ja":
        toks = list(_tokenizer().tokenize(briefing))
        surnames = [m for m in toks if m.part_of_speech()[2:4] == ("人名", "姓")]
        given = [m.surface() for m in toks if m.part_of_speech()[2:4] == ("人名", "名")]
        best = ""
        for m in surnames:
            tail = briefing[m.end(): m.end() + 8]
            if re.match(r"^[一-龥ぁ-んァ-ン]{0,4}(社長|代表|氏|さん)", tail):
                best = best or m.surface()
        if not best and surnames:
            best = surnames[0].surface()
        info["surname"] = best
        info["skip"] = {m.surface() for m in surnames} | set(given)
        for cand in ("商工会議所", "商工会", "よろず支援拠点", "金融機関", "信用金庫", "銀行"):
            if cand in briefing:
                info["org"] = cand
                break
        for mq in re.finditer(r"「([^」]{2,60})」", briefing):
            q, before, after = mq.group(1), briefing[max(0, mq.start() - 12): mq.start()], briefing[mq.end(): mq.end() + 6]
            if after.startswith("欄") or re.search(r"いわく|によると|よれば|話して|話し|言って", before + after) or after.startswith("という") or q.startswith("特に"):
                continue
            if re.search(r"欄|相談内容|申込書|課題|には", before) or after.startswith(("と", "。")):
                info["issues"].append(re.split(r"[。（(]", q)[0])
    else:
        m = re.search(r"\b(Mr|Ms|Mrs)\.? ([A-Z][a-z]+)", briefing)
        full = re.findall(r"\b([A-Z][a-z]+) ([A-Z][a-z]+) \(\d+\)", briefing)
        pres = re.search(r"\bPresident ([A-Z][a-z]+)", briefing)
        if m:
            info["surname"] = f"{m.group(1)} {m.group(2)}"
            info["skip"].add(m.group(2))
        elif full:
            first, last = full[0]
            info["surname"] = ""
            info["skip"].update({first, last})
        if pres:
            info["skip"].add(pres.group(1))
        for first, last in full:
            info["skip"].update({first, last})
        for n1, n2 in re.findall(r"\b([A-Z][a-z]+) ([A-Z][a-z]+)\b", briefing):
            pass
        low = briefing.lower()
        if "chamber of commerce" in low:
            info["org"] = "the chamber of commerce"
        elif "yorozu" in low:
            info["org"] = "the Yorozu support centre"
        elif "bank" in low:
            info["org"] = "the bank"
        quotes = re.findall(r"(?:[\"“]|(?<![A-Za-z])')([^\"”]{4,160}?)(?:[\"”]|'(?![A-Za-z]))", briefing)
        for q in quotes:
            i = briefing.find(q)
            before = briefing[max(0, i - 40): i].lower()
            after = briefing[i + len(q): i + len(q) + 12].lower()
            if re.search(r"says:|said|according|advisor says", before[-16:]) or "," in after[:3] and "it says" in after:
                continue
            if re.search(r"says only|names|topics?:|issues\"? ?(the form )?says|form says", before) or re.search(r"issue|topic|discuss|form|application", before):
                if re.fullmatch(r"(current|expected) issues|what would you like to discuss", q.lower().strip()) or q.lower().startswith("nothing"):
                    continue
                info["issues"].append(re.split(r"[.(]", q)[0].strip(" ,"))
    return info


def seeded_rng(kind: str, lang: str, seed: int) -> random.Random:
    return random.Random(f"trainee-bot|{kind}|{lang}|{seed}")

SUPPORTER_NAMES = {
    "ja": ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村", "小林", "加藤", "山本"],
    "en": ["Sato", "Suzuki", "Takahashi", "Tanaka", "Ito", "Watanabe", "Nakamura", "Kobayashi", "Kato", "Yamamoto"],
}


# =========================================================================== base


class _BaseBot:
    name = "base"

    def __init__(self, lang: str = "ja", seed: int = 0) -> None:
        if lang not in ("ja", "en"):
            raise ValueError(f"unknown language: {lang!r}")
        self.lang = lang
        self.seed = int(seed)
        self.rng = seeded_rng(self.name, lang, self.seed)
        self.said: set[str] = set()
        self.turn = 0                      # number of supporter utterances so far
        self.owner_replies: list[str] = []
        self.points: list[tuple[int, str]] = []   # (owner turn index, keyword)
        self.asked: set[str] = set()        # keywords already dug into
        self.moves: list[str] = []
        self.last_text = ""
        self.info: dict = {"surname": "", "org": "", "issues": [], "skip": set()}
        self.me = self.rng.choice(SUPPORTER_NAMES[lang])
        self.finished = False
        self.closing_said = False

    # ------------------------------------------------------------------ helpers
    @property
    def ja(self) -> bool:
        return self.lang == "ja"

    def _title(self) -> str:
        """How the supporter addresses the owner."""
        if self.ja:
            return f"{self.info['surname']}社長" if self.info.get("surname") else "社長"
        return self.info.get("surname") or ""

    def _free(self, text: str, taken: set[str]) -> bool:
        for s in sentences(text, self.lang):
            n = norm(s)
            if not n or n in self.said or n in taken:
                return False
        return True

    def _pick(self, templates, taken: set[str] | None = None, **fmt) -> str | None:
        """A template (shuffled deterministically) whose sentences were all never said."""
        taken = taken if taken is not None else set()
        if isinstance(templates, str):
            templates = [templates]
        order = list(templates)
        self.rng.shuffle(order)
        for t in order:
            try:
                text = t.format(**fmt)
            except (KeyError, IndexError):
                continue
            if self._free(text, taken):
                for s in sentences(text, self.lang):
                    taken.add(norm(s))
                return text
        return None

    def _compose(self, *parts) -> str | None:
        """parts: (templates, fmt dict, required bool). Returns the joined utterance or None."""
        taken: set[str] = set()
        out = []
        for templates, fmt, required in parts:
            piece = self._pick(templates, taken, **fmt)
            if piece is None:
                if required:
                    return None
                continue
            out.append(piece)
        if not out:
            return None
        return ("" if self.ja else " ").join(out)

    def _emit(self, text: str, move: str) -> str:
        for s in sentences(text, self.lang):
            self.said.add(norm(s))
        self.turn += 1
        self.moves.append(move)
        self.last_text = text
        return text

    def _observe(self, reply: str) -> dict:
        reply = reply or ""
        self.owner_replies.append(reply)
        idx = len(self.owner_replies) - 1
        skip = set(self.info.get("skip", set()))
        scored = best_keywords(reply, self.lang, skip, {k.lower() for k in self.asked}, echo=self.last_text,
                               with_scores=True)
        kws = [k for k, _ in scored]
        sig = signals(reply, self.lang)
        cur = reply.strip()
        sig["same_as_before"] = len(cur) >= 8 and any(
            cur == r.strip() or (len(r.strip()) >= 8 and (cur in r or r.strip() in cur))
            for r in self.owner_replies[:-1])
        substantive = (len(cur) >= 25) if self.ja else (len(cur.split()) >= 12)
        if substantive and not sig["same_as_before"]:
            for k, v in scored[:2]:
                if v >= 1.0 and not any(k == p for _, p, _ in self.points):
                    self.points.append((idx, k, v + min(len(cur), 200) / 100))
        sig["kws"] = kws
        sig["disappointed"] = re.search(
            r"何も変わ|無駄|意味がな|役に立たな|期待(は)?して(な|い)|がっかり|置いていった|帰るだけ|失敗" if self.ja else
            r"nothing changed|waste|useless|didn't help|no use|disappoint|left (us )?a report|just (left|wrote)|failed",
            reply if self.ja else reply.lower()) is not None
        sig["refuse_kws"] = refusal_topics(reply, self.lang, skip)
        sig["reply"] = reply
        sig["long"] = (len(cur) >= 110) if self.ja else (len(cur.split()) >= 60)
        return sig

    def _summary_points(self, n: int, since: int = 0, best: bool = False) -> list[str]:
        """Up to n keywords from different owner turns: the most recent ones, or (best=True) the
        most substantive ones of the whole meeting; returned in the order the owner said them."""
        by_turn: dict[int, tuple[str, float]] = {}
        for t, k, v in self.points:
            if t >= since and (t not in by_turn or v > by_turn[t][1]):
                by_turn[t] = (k, v)
        if best:
            turns = sorted(by_turn, key=lambda t: -by_turn[t][1])
        else:
            turns = sorted(by_turn, reverse=True)
        order: dict[str, int] = {}
        chosen: list[str] = []
        for t in turns:
            k = by_turn[t][0]
            if all(k.lower() not in c.lower() and c.lower() not in k.lower() for c in chosen):
                chosen.append(k)
                order[k] = t
            if len(chosen) >= n:
                break
        return sorted(chosen, key=lambda k: order[k])

    # protocol
    def start(self, briefing: str) -> str:
        raise NotImplementedError

    def next(self, owner_reply: str) -> str | None:
        raise NotImplementedError


# =========================================================================== good

GOOD = {
    "ja": {
        "greet": [
            "{title}、本日はお忙しいところお時間をいただき、ありがとうございます。{org}からのご紹介で伺いました、伴走支援を担当しております{me}と申します。",
            "はじめまして、{me}と申します。{org}のご紹介で、伴走支援の担当として伺いました。{title}、今日はお時間をいただきありがとうございます。",
            "本日はありがとうございます。伴走支援を担当させていただく{me}です。{org}からお話をいただいて伺いました。",
        ],
        "purpose": [
            "今日は何かを審査したり、こちらから答えを押しつけたりするために来たのではありません。まずは{title}のお話をじっくり伺って、会社のことを教えていただければと思っています。",
            "私どもの支援は、こちらが答えを持ってくるというより、{title}のお考えを伺いながら一緒に整理していくものです。今日はまず、お話を聞かせていただくつもりで参りました。",
            "今日の面談は評価や審査のためのものではありませんので、どうぞ気楽にお話しください。私はまず、{title}がどんな思いで会社をやっていらっしゃるのかを伺いたいと思っています。",
        ],
        "opener": [
            "まずは、話しやすいところからで結構ですので、会社のことを聞かせていただけますか？",
            "よろしければ、最初に会社のこれまでの歩みを、{title}のお言葉で聞かせていただけますか？",
            "まずは、いま会社がどんな様子なのか、思いつくままにお話しいただけますか？",
        ],
        "ack": ["なるほど。", "そうでしたか。", "ええ、ええ。", "はい。", "そうなんですね。", "よく分かりました。"],
        "empathy_neg": [
            "それは大変でしたね。", "それは、ご苦労が多かったですね。", "そう感じられるのも無理はないと思います。",
            "お一人で抱えていらっしゃると、重いですよね。", "それはお辛いところですね。", "お話しくださってありがとうございます。",
        ],
        "empathy_effort": [
            "長い間、本当に踏ん張ってこられたのですね。", "ここまで続けてこられたのは、並大抵のことではないと思います。",
            "そのご苦労があって、今の会社があるのですね。", "お話から、積み重ねてこられたものが伝わってきます。",
        ],
        "empathy_past": [
            "以前の支援で期待した結果が出なかったのでしたら、構えてしまわれるのは当然だと思います。",
            "前の経験がそうだったなら、警戒されるのももっともです。",
        ],
        "empathy_defer": [
            "周りとの関係もあって、簡単ではないのですね。", "お立場上、難しいところもおありなのですね。",
        ],
        "reflect": [
            "{kw}、ですか。", "{kw}なんですね。", "「{kw}」とおっしゃいましたね。", "{kw}のお話ですね。",
            "今、{kw}というお言葉が出ましたね。", "{kw}、というお話なんですね。",
        ],
        "open_q": [
            "その{kw}について、もう少し詳しく聞かせていただけますか？",
            "{kw}というのは、具体的にはどのような状況なのでしょうか？",
            "{kw}について、{title}ご自身はどのようにお考えですか？",
            "{kw}のことを、{title}はどう感じていらっしゃいますか？",
            "{kw}について、思い浮かぶ場面があれば聞かせていただけますか？",
            "{kw}のことで、{title}が一番気にかけていらっしゃるのはどんな点でしょうか？",
        ],
        "why_q": [
            "なぜそのようにお考えになったのですか？",
            "そう思われるようになったきっかけは、何かあったのでしょうか？",
            "{title}がそう感じるのは、どんなところからでしょうか？",
        ],
        "insight": [
            "大事なことを、ご自身の言葉にしてくださいましたね。",
            "そこまでお話しくださって、ありがとうございます。",
            "ご自分で、ひとつ整理がついたように聞こえました。",
        ],
        "insight_q": [
            "そう気づかれて、今はどんなお気持ちですか？",
            "そのことを言葉にしてみて、{title}の中で何か変わりましたか？",
            "そこから、{title}ご自身はどうしていきたいとお考えですか？",
        ],
        "feel_q": [
            "その時、{title}はどう感じられたのですか？",
            "そのとき、どんなお気持ちでしたか？",
            "振り返ってみて、あのときのことを今はどう受け止めていらっしゃいますか？",
        ],
        "prompt": [
            "それで？", "と言いますと？", "その続きを、もう少し聞かせてください。",
            "もう少し詳しく伺ってもよろしいですか？", "差し支えなければ、続きをお聞かせいただけますか？",
            "といいますと、どういうことでしょう？", "そのあたりを、もう少し伺えますか？",
        ],
        "prompt_past": ["それから、どうなったのですか？", "ええ、それで、どうなさったのですか？", "その後は、どうなりましたか？"],
        "topic_q": [
            "会社のこれまでの歩みの中で、特に印象に残っている出来事はどんなことでしょうか？",
            "{title}ご自身が、仕事で一番大事にされていることは何ですか？",
            "社員の皆さんは、どんな方々なのでしょうか？",
            "お客様からは、御社はどんな会社だと見られているとお感じですか？",
            "最近、会社の中でどんな変化を感じていらっしゃいますか？",
            "{title}の普段の一日は、どんなふうに過ぎていくのですか？",
            "御社の仕事で、{title}が誇りに思っていらっしゃるのはどんなところですか？",
            "{title}がこの仕事に就かれたのは、どういういきさつだったのですか？",
            "会社の中で、{title}が一番頼りにしている方はどんな方ですか？",
            "ここ数年で、{title}にとって一番うれしかった出来事は何でしょうか？",
            "お客様とのやりとりで、印象に残っている場面があれば聞かせていただけますか？",
            "{title}が社長になられてから、変えたことと変えなかったことは、それぞれどんなことですか？",
            "会社のこれからについて、ご家族や社員の方とはどんなお話をされていますか？",
            "今の仕事の中で、{title}が一番時間を使っていらっしゃるのはどんなことですか？",
        ],
        "issue_q": [
            "申込書に「{issue}」と書かれていましたが、そのあたりは、{title}のお言葉ではどういう状況なのでしょうか？",
            "事前にいただいた資料に「{issue}」とありましたが、よろしければ、その背景を聞かせていただけますか？",
        ],
        "summary3": [
            "ここまでのお話を少し整理させてください。{a}のこと、{b}のこと、それに{c}のこと。{title}が考えていらっしゃるのは、こういったことなんですね？",
            "私の理解が合っているか確認させてください。{a}があって、{b}のお話があり、そして{c}のこともある、ということでしょうか？",
            "いったんまとめますと、{a}のこと、{b}のこと、そして{c}のことを伺いました。そういう理解でよろしいでしょうか？",
            "伺ったことを確かめさせてください。{a}のこと、{b}のこと、{c}のこと、この三つがつながっているように聞こえましたが、いかがでしょうか？",
        ],
        "summary2": [
            "ここまでで、{a}のことと{b}のことを伺いました。{title}が大事にされているのは、このあたりということでしょうか？",
            "少しまとめますと、{a}のことと{b}のこと、この二つのお話が出てきましたね。そういうことでしょうか？",
            "お話を整理すると、{a}のこと、そして{b}のこと、ということで合っていますか？",
            "{a}のこと、{b}のことを伺って、{title}のお考えが少し見えてきた気がします。私の受け取り方で合っていますか？",
        ],
        "future": [
            "少し先のことを伺ってもよろしいですか。5年後、会社がどうなっていたら「よかった」と思えそうですか？",
            "どう解決するかはこれから一緒に考えていきますので、まずは、うまくいったらどうなるか、理想の姿を描いてみませんか。{title}が思い描く会社の姿は、どんなものでしょうか？",
            "もし今日お話しいただいたことがうまくいったとしたら、会社はどんな姿になっていると思われますか？{title}ご自身の言葉で聞かせてください。",
            "10年後、{title}がこの会社を振り返ったとき、どんな会社になっていてほしいですか？",
        ],
        "strength": [
            "御社ならではの強みは、どこにあると思われますか？",
            "これまで続けてこられた中で、{title}が「うちのここは負けない」と思われるのはどんなところでしょうか？",
        ],
        "reassure": [
            "ご心配はごもっともです。今日は審査や評価のために伺ったのではありません。",
            "伺ったお話が補助金などの判断に使われることはありませんので、どうぞご安心ください。",
            "触れてほしくないところがあれば、遠慮なくおっしゃってください。それに合わせて進めます。",
            "書類に書くために伺っているわけではないので、話せる範囲で十分です。",
            "こちらから何かを調べに来たのではなく、{title}のお考えを伺いに来ただけです。",
        ],
        "back_to": [
            "失礼しました、先ほどの{kw}のお話、もっと伺いたいです。続きを聞かせていただけますか？",
            "すみません、{kw}のお話を途中にしてしまいました。そこをもう少し聞かせてください。",
        ],
        "reassure_area": [
            "ほかにも触れてほしくないことがあれば、いつでもおっしゃってください。",
            "ご自身が話したいと思えることだけで十分です。",
        ],
        "refuse_ok": [
            "{kw}については、こちらから立ち入ることはしません。",
            "分かりました。{kw}には触れないようにしますね。",
            "承知しました。{kw}は結構です、そのままで大丈夫です。",
        ],
        "easy_q": [
            "話せる範囲で構いませんので、{title}が今日いちばん話しておきたいことから聞かせていただけますか？",
            "どんなことでしたら、お話しいただきやすいでしょうか？",
            "差し支えのない範囲で、会社の日々のことを聞かせていただけますか？",
        ],
        "answer_knowledge": [
            "正直に申し上げて、{kw}について専門家ほど詳しいわけではありません。他の会社さんから伺う範囲のことしか分かっていないと思います。",
            "率直に言いますと、{kw}のことは、他の会社さんでよく話題になるので少しは存じていますが、現場の実感は{title}のほうがずっとご存じだと思います。",
            "私自身、{kw}の現場で働いた経験はありません。ですので、知ったかぶりはしたくないと思っています。",
        ],
        "answer_knowledge_nokw": [
            "正直なところ、私が知っているのは、これまで伺った他の会社さんのお話の範囲です。",
            "率直に申し上げると、その点は詳しくありません。分からないことは分からないとお伝えしたいと思います。",
        ],
        "answer_purpose": [
            "私たちが答えを持ってきてお渡しする、というよりは、{title}のお考えを伺いながら、一緒に整理していくお手伝いをする支援です。",
            "すぐに何かを差し上げられるわけではないのですが、{title}が本当に取り組みたいことを一緒に見つけて、必要なら専門家につなぐのが私の役目です。",
            "今日の段階では、まず会社のことをきちんと理解するのが先だと思っています。そのうえで、一緒に考えていければと思います。",
            "話すだけで何かが変わるのか、と思われるのは当然だと思います。ただ、お話しいただくうちに{title}ご自身の中で整理がつくことも多いんです。",
        ],
        "answer_opinion": [
            "率直に申し上げると、まだお話を伺い始めたばかりで、私から何か言えるほど分かってはいません。",
            "正直に言えば、私が外から答えを出すより、{title}のお考えを伺うほうが確かだと思っています。",
            "ひとつの見方としては、似たようなお話は他の会社さんでも伺いますが、御社に当てはまるかはまだ分かりません。",
        ],
        "answer_audit": [
            "いいえ、今日伺ったことを審査や評価に使うことはありません。",
            "記録を取るとしても、支援を進めるための自分用のメモだけで、どこかに提出するものではありません。",
            "何かの判断材料にするためではなく、私が御社を理解するために伺っています。",
            "伺ったことを、{title}の了解なしにどこかへ出すことはありません。",
        ],
        "answer_help": [
            "はい、ぜひお手伝いさせてください。答えを出すのは{title}ですが、整理するお手伝いなら私にもできると思います。",
            "もちろんです。一緒に整理させていただけるなら、ありがたいです。",
        ],
        "return_help": [
            "{title}としては、どこから整理してみたいとお考えですか？",
            "まず、どのあたりから一緒に見ていきましょうか。{title}はどうお考えですか？",
        ],
        "answer_request": [
            "はい、もちろんです。喜んで伺います。",
            "ええ、ぜひ聞かせてください。",
        ],
        "answer_permission": [
            "もちろんです。ぜひ、そうしていただければと思います。",
            "はい、{title}がそうしたいとお考えなら、ぜひお願いします。",
        ],
        "return_permission": [
            "{title}としては、どんな場にしたいとお考えですか？",
            "どなたに、どんな話をしてもらえたらいいとお考えでしょうか？",
        ],
        "answer_which": [
            "一般論で言えば、どちらにも一長一短があって、扱う商品や社内の体制によって向き不向きが変わると思います。今この場で一つに決めてしまうのは、かえって無責任かなと思っています。",
            "正直に申し上げると、どれが良いかは、何を誰に売りたいかで変わってくるので、ここで即答はしないでおきたいです。",
        ],
        "answer_generic": [
            "ご質問ありがとうございます。私に分かる範囲で正直にお答えすると、まだ判断できるほど分かっていないというのが本当のところです。",
            "はっきりしたことは申し上げられないのですが、分からないことはきちんと調べてお伝えします。",
        ],
        "return_q": [
            "{title}のところでは、{kw}はどんなふうに響いているのでしょうか？",
            "よろしければ、{kw}について{title}がどう見ていらっしゃるか、聞かせていただけますか？",
            "むしろ、{kw}のことは{title}に教えていただきたいと思っています。どのようにご覧になっていますか？",
            "そのうえで伺いたいのですが、{title}ご自身は、どうお考えですか？",
            "{title}は、どのあたりが一番気になっていらっしゃいますか？",
        ],
        "apology": [
            "失礼しました。同じことを伺ってしまいましたね。",
            "申し訳ありません、先ほど伺ったことでした。",
            "すみません、しつこくお聞きしてしまいました。",
            "質問ばかりになってしまって、失礼しました。",
        ],
        "change": [
            "少し角度を変えて伺わせてください。",
            "では、質問を変えさせてください。",
            "聞き方を変えてみます。",
        ],
        "move_on_ack": [
            "承知しました。早く具体的な話に進みたい、というお気持ちはよく分かりました。",
            "分かりました。{title}のお時間を無駄にしないようにしますね。",
            "おっしゃる通りです。回りくどくなってしまっていたら申し訳ありません。",
        ],
        "move_on_q": [
            "具体的に進めるために一つだけ伺わせてください。{kw}がうまくいったら、どうなっていれば「成功」だと言えそうですか？",
            "{title}としては、{kw}のどこから手をつけたいとお考えですか？",
            "{kw}を進めるとして、{title}が一番引っかかっているのはどの部分でしょうか？",
            "{kw}は、社内では誰が中心になって進めるイメージをお持ちですか？",
        ],
        "short_reply": [
            "質問ばかりになってしまいましたね。どんなことでも構いませんので、{title}が思っていらっしゃることを聞かせてください。",
            "急いでいませんので、ゆっくりで大丈夫です。",
        ],
        "dont_know": [
            "分からない、というのも大事なお答えだと思います。",
            "すぐに言葉にならなくても大丈夫です。",
        ],
        "closing": [
            "そろそろお時間ですので、今日はこのあたりで終わりにさせてください。{a}や{b}のお話を伺えて、会社のことが少し見えてきた気がします。本日は本当にありがとうございました。よろしければ、また続きを聞かせてください。",
            "長い時間、ありがとうございました。今日は{a}のこと、{b}のことなど、大事なお話をたくさん伺いました。次回は今日のお話を踏まえて、また一緒に考えさせていただければと思います。",
            "今日はこのくらいにさせていただきます。{a}や{b}について率直にお話しくださって、ありがとうございました。次にお会いするときも、{title}のお考えを伺うところから始めさせてください。",
        ],
        "closing_nokw": [
            "そろそろお時間ですので、今日はこのあたりで失礼します。率直にお話しくださって、本当にありがとうございました。また続きを聞かせてください。",
        ],
        "owner_ends": [
            "承知しました。お忙しいところ、本当にありがとうございました。今日伺ったことを大切にして、また改めてご連絡させていただきます。",
        ],
    },
    "en": {
        "greet": [
            "Thank you very much for making time for me today{title_c}. I'm {me}; {org} introduced us, and I'll be your accompaniment-support advisor.",
            "Good morning{title_c}, and thank you for seeing me. My name is {me}, and I'm here as the accompaniment-support advisor that {org} mentioned.",
            "Thanks for having me today{title_c}. I'm {me}, the advisor {org} put you in touch with.",
        ],
        "purpose": [
            "I'm not here to audit anything or to hand you ready-made answers. Today I'd mostly like to listen and learn about your company.",
            "The way this support works, I don't bring the answers; we sort out your own thinking together. So today I've come mainly to listen.",
            "This meeting isn't an assessment of any kind, so please feel free to talk. First of all I'd like to understand what matters to you in running the company.",
        ],
        "opener": [
            "Could you tell me about the company, starting wherever is easiest for you?",
            "Would you mind telling me, in your own words, how the company got to where it is today?",
            "How are things at the company these days? Please start wherever you like.",
        ],
        "ack": ["I see.", "Right.", "Mm, I see.", "Understood.", "That makes sense.", "Okay."],
        "empathy_neg": [
            "That sounds really hard.", "That must have taken a lot out of you.", "It's natural to feel that way.",
            "That's a lot to carry on your own.", "That sounds like a difficult position.", "Thank you for telling me that.",
        ],
        "empathy_effort": [
            "You've clearly kept at it for a long time.", "Keeping it going all these years is no small thing.",
            "It sounds like a lot of effort went into getting here.", "That's a lot of years of effort.",
        ],
        "empathy_past": [
            "If earlier support didn't give you what you expected, it's only natural to be wary.",
            "Given that experience, I understand why you'd be cautious with me.",
        ],
        "empathy_defer": [
            "It sounds like the relationships around you make it complicated.", "So your position makes it hard in places.",
        ],
        "reflect": [
            "You mentioned {kw}.", "So, {kw}.", "{kw_c}, I see.", "Ah, {kw}.", "Right, {kw}.",
            "{kw_c}, you said.",
        ],
        "open_q": [
            "Could you tell me a bit more about {kw}?",
            "What does that look like in practice, with {kw}?",
            "How do you yourself see {kw}?",
            "How do you feel about {kw}?",
            "Is there a particular moment with {kw} that comes to mind?",
            "What about {kw} is on your mind the most?",
        ],
        "why_q": [
            "What makes you see it that way?",
            "Was there something that made you start thinking so?",
            "Where does that feeling come from, would you say?",
        ],
        "insight": [
            "You've just put something important into your own words.",
            "Thank you for telling me that.",
            "It sounds like something just fell into place for you.",
        ],
        "insight_q": [
            "Now that you've said it, how do you feel?",
            "Having put it into words, does anything look different to you?",
            "Where would you like to go from here, in your own view?",
        ],
        "feel_q": [
            "How did you feel at the time?",
            "What was that like for you?",
            "Looking back now, how do you see that time?",
        ],
        "prompt": [
            "And?", "Meaning?", "Please go on.", "Could you say a little more?",
            "I'd like to hear the rest of that, if you don't mind.", "How do you mean?", "Could you tell me more about that part?",
        ],
        "prompt_past": ["And then?", "What happened after that?", "And what did you do then?"],
        "topic_q": [
            "Looking back over the company's history, what stands out for you?",
            "What do you value most in your work?",
            "What are the people who work here like?",
            "How do you think your customers see the company?",
            "What changes have you noticed in the company lately?",
            "What does a normal day look like for you?",
            "What about your company's work are you proudest of?",
            "How did you come to be doing this work in the first place?",
            "Who in the company do you rely on most, and what are they like?",
            "What's been the happiest moment for you at work in the last few years?",
            "Is there an exchange with a customer that has stayed with you?",
            "Since you took charge, what have you changed, and what have you deliberately kept?",
            "What kind of conversations do you have with your family or staff about the company's future?",
            "Where does most of your time go these days?",
        ],
        "issue_q": [
            "The application mentions “{issue}”. How would you describe that in your own words?",
            "I saw “{issue}” in the papers I received. Could you tell me what's behind it?",
        ],
        "summary3": [
            "Let me check I've understood so far. You talked about {a}, about {b}, and about {c}. Is that what's on your mind?",
            "If I may sum up what I've heard: {a}, then {b}, and also {c}. Have I got that right?",
            "So far I've heard about {a}, {b} and {c}. Would you say that's a fair picture?",
            "Let me make sure I'm following: {a}, {b} and {c} seem to be connected. Is that how you see it?",
        ],
        "summary2": [
            "So far you've told me about {a} and about {b}. Is that what matters most to you?",
            "If I put it together: {a}, and then {b}. Is that right?",
            "Let me check: {a} on the one hand, {b} on the other. Have I understood you?",
            "Hearing about {a} and {b}, I'm starting to see how you think about the company. Am I reading you correctly?",
        ],
        "future": [
            "May I ask about the future for a moment? Five years from now, what would the company need to look like for you to say “that went well”?",
            "We can work out the how together later. For now, could you picture it going well: what does the company look like then, in your words?",
            "Suppose the things you've talked about today worked out. What would the company look like then, in your own words?",
            "Ten years from now, looking back, what kind of company would you like this to have become?",
        ],
        "strength": [
            "What would you say is your company's particular strength?",
            "What is it about your company that you'd say nobody else does quite as well?",
        ],
        "reassure": [
            "That's a fair concern. I'm not here to audit or assess you.",
            "Nothing you tell me today will be used to judge grants or subsidies, so please don't worry.",
            "If there are areas you'd rather I stayed out of, just tell me, and I'll respect that.",
            "I'm not here to fill in forms about you; whatever you're comfortable sharing is enough.",
            "I haven't come to check up on you; I've come to hear how you see things.",
        ],
        "back_to": [
            "Sorry, I moved on too quickly. I'd like to hear more about {kw}; could you go on?",
            "My apologies, I left {kw} half-way. Please tell me more about that.",
        ],
        "reassure_area": [
            "If there's anything else you'd rather I didn't touch, just say so.",
            "Whatever you feel like talking about is enough.",
        ],
        "refuse_ok": [
            "I won't go into {kw}, then.",
            "Understood, we'll leave {kw} aside.",
            "That's fine; {kw} can stay off the table.",
        ],
        "easy_q": [
            "Whatever you're comfortable with: what would you most like to talk about today?",
            "What would be easiest for you to talk about?",
            "Within whatever you're happy to share, could you tell me how a normal week goes at the company?",
        ],
        "answer_knowledge": [
            "To be honest, I'm no expert on {kw}; I only know what other companies have told me.",
            "Frankly, I hear about {kw} from many of the companies I visit, so I know a little, but you know the reality far better than I do.",
            "I've never worked hands-on with {kw} myself, so I'd rather not pretend.",
        ],
        "answer_knowledge_nokw": [
            "Honestly, what I know comes from other companies I've talked to.",
            "To be frank, I don't know that in detail, and I'd rather say so than guess.",
        ],
        "answer_purpose": [
            "Rather than bringing you answers, my job is to help you sort out your own thinking, together with you.",
            "I can't hand you something right away, but I can help you find what you really want to tackle and connect you with specialists if needed.",
            "At this stage I think the first thing is for me to understand the company properly; then we can think it through together.",
            "It's fair to wonder whether talking changes anything. In my experience, things often get clearer for the owner just by saying them out loud.",
        ],
        "answer_opinion": [
            "Honestly, I've only just started listening, so I don't know enough yet to give you a real view.",
            "Frankly, I think your own view is more reliable than an answer I'd make up from the outside.",
            "Other companies I've visited have faced similar things, but I can't tell yet whether that applies to yours.",
        ],
        "answer_audit": [
            "No, nothing from today will be used for an assessment.",
            "If I take notes at all, they're only for me, to keep track; they don't go anywhere.",
            "It's only so that I understand the company; it isn't material for any decision about you.",
            "Nothing you tell me goes anywhere without your say-so.",
        ],
        "answer_help": [
            "Yes, I'd be glad to. The answers will be yours, but I can certainly help you sort things out.",
            "Of course. I'd be happy to work through it with you.",
        ],
        "return_help": [
            "Where would you like to start?",
            "What would you want to look at first, do you think?",
        ],
        "answer_request": [
            "Yes, of course; I'd be glad to.",
            "Certainly. I'd very much like to hear it.",
        ],
        "answer_permission": [
            "Of course; I'd be glad if you did.",
            "Yes, if that's what you'd like, please do.",
        ],
        "return_permission": [
            "What would you like that meeting to be, from your side?",
            "Who would you want there, and what would you hope they'd say?",
        ],
        "answer_which": [
            "Generally speaking, each option has its pros and cons, and which fits depends on the products and on who would run it in-house. Picking one right now would be irresponsible of me.",
            "To be honest, which is better depends on what you want to sell and to whom, so I'd rather not answer off the cuff.",
        ],
        "answer_generic": [
            "Thank you for asking. Honestly, I don't know enough yet to answer that properly.",
            "I can't give you a firm answer now, but I'll find out and tell you if it's something I can look into.",
        ],
        "return_q": [
            "How does that play out for you, with {kw}?",
            "I'd be interested in how you see {kw}, if you don't mind telling me.",
            "Actually, I'd rather learn about {kw} from you. How do you see it?",
            "With that said, what do you yourself think?",
            "What part of it concerns you most?",
        ],
        "apology": [
            "I'm sorry, I asked you that already.",
            "My apologies, you've already told me that.",
            "Sorry, I've been going on with questions.",
            "I've been asking a lot of questions; I apologise.",
        ],
        "change": [
            "Let me come at it from a different angle.",
            "Let me ask something different, then.",
            "Let me put it another way.",
        ],
        "move_on_ack": [
            "Understood. I can see you want to get to something concrete quickly.",
            "Fair enough; I don't want to waste your time.",
            "You're right, I've been going around the houses. Sorry about that.",
        ],
        "move_on_q": [
            "To make it concrete, one question: if {kw} worked out, what would tell you it had been a success?",
            "Where in {kw} would you want to start?",
            "With {kw}, which part is bothering you most?",
            "Who in the company do you picture driving {kw}?",
        ],
        "short_reply": [
            "I've been asking a lot of questions. Please tell me whatever is on your mind.",
            "There's no rush; take your time.",
        ],
        "dont_know": [
            "Not knowing is a perfectly good answer too.",
            "It's fine if it's hard to put into words straight away.",
        ],
        "closing": [
            "We're nearly out of time, so let me stop here for today. Hearing about {a} and {b} has helped me see the company much better. Thank you very much, and I hope I can hear more next time.",
            "Thank you for your time today. You told me a lot, about {a}, about {b} and more. Next time I'd like to pick up from there and think it through with you.",
            "Let's leave it there for today. Thank you for speaking so openly about {a} and {b}. When we meet again, I'd like to start by hearing your thoughts again.",
        ],
        "closing_nokw": [
            "We're nearly out of time, so I'll stop here. Thank you for speaking so openly, and I hope to hear more next time.",
        ],
        "owner_ends": [
            "Of course. Thank you very much for your time today; I'll get in touch again.",
        ],
    },
}


class GoodBot(_BaseBot):
    """A patient, skilled supporter that follows the guideline (chapter 4)."""

    name = "good"

    def __init__(self, lang: str = "ja", seed: int = 0) -> None:
        super().__init__(lang, seed)
        self.T = GOOD[lang]
        self.close_at = 26 + self.rng.randint(0, 3)      # the closing line is utterance no. 26–29
        self.sum_every = self.rng.choice([4, 5, 5, 6])
        self.last_summary_turn = 0
        self.last_summary_owner_idx = 0
        self.future_done = 0
        self.strength_done = False
        self.issue_done = False
        self.reassured = 0
        self.short_streak = 0
        self.move_on_count = 0
        self.respected: set[str] = set()
        self.owner_repeats = 0

    # -- formatting
    def _fmt(self, **kw) -> dict:
        d = {"title": self._title(), "me": self.me}
        if self.ja:
            d["org"] = self.info.get("org") or "支援機関"
        else:
            t = self._title()
            d["title_c"] = f", {t}" if t else ""
            d["org"] = self.info.get("org") or "the support centre"
        d.update(kw)
        if "kw" in d and isinstance(d["kw"], str) and d["kw"]:
            d["kw_c"] = d["kw"][0].upper() + d["kw"][1:]
        return d

    def start(self, briefing: str) -> str:
        self.info = briefing_info(briefing or "", self.lang)
        f = self._fmt()
        text = self._compose((self.T["greet"], f, True), (self.T["purpose"], f, True), (self.T["opener"], f, True))
        return self._emit(text, "greet")

    # -- moves
    def _close(self) -> str:
        pts = self._summary_points(2, best=True)
        f = self._fmt(a=pts[0] if pts else "", b=pts[1] if len(pts) > 1 else "")
        text = None
        if len(pts) >= 2:
            text = self._compose((self.T["closing"], f, True))
        text = text or self._compose((self.T["closing_nokw"], f, True)) or (
            "本日はありがとうございました。" if self.ja else "Thank you for today.")
        self.closing_said = True
        return self._emit(text, "closing")

    def _summary(self, lead: list | None = None, tail: list | None = None) -> str | None:
        pts = self._summary_points(3, since=self.last_summary_owner_idx)
        if len(pts) < 2:
            pts = self._summary_points(3)
        if len(pts) < 2:
            return None
        f = self._fmt(a=pts[0], b=pts[1], c=pts[2] if len(pts) > 2 else "")
        key = "summary3" if len(pts) >= 3 else "summary2"
        parts = list(lead or []) + [(self.T[key], f, True)] + list(tail or [])
        text = self._compose(*parts)
        if text is None and key == "summary3":
            parts[len(lead or [])] = (self.T["summary2"], f, True)
            text = self._compose(*parts)
        if text:
            self.last_summary_turn = self.turn + 1
            self.last_summary_owner_idx = len(self.owner_replies)
        return text

    def _kw(self, sig) -> str:
        for k in sig["kws"]:
            if k.lower() not in {a.lower() for a in self.asked}:
                return k
        return ""

    def _listen(self, sig, lead=None) -> tuple[str | None, str]:
        kw = self._kw(sig)
        meta_only = sig["affirm"] and ((len(sig["reply"]) < 70) if self.ja else (len(sig["reply"].split()) < 20))
        if meta_only:
            kw = ""
        f = self._fmt(kw=kw)
        lead = list(lead or [])
        base = list(lead)
        if sig["negative"]:
            lead.append((self.T["empathy_neg"], f, False))
        elif sig["effort"] and kw:
            lead.append((self.T["empathy_effort"], f, False))
        elif sig["past_bad"] and sig["disappointed"]:
            lead.append((self.T["empathy_past"], f, False))
        if sig["defer"] and len(lead) == len(base):
            lead.append((self.T["empathy_defer"], f, False))
        if sig["dont_know"] and sig["short"] and len(lead) == len(base):
            lead.append((self.T["dont_know"], f, False))

        if not kw:
            if self.short_streak >= 2:
                text = self._compose(*lead, (self.T["short_reply"], f, True), (self.T["topic_q"], f, False))
                if text:
                    return text, "short"
            if not self.issue_done and self.info.get("issues") and 2 <= len(self.owner_replies) <= 7:
                self.issue_done = True
                text = self._compose(*lead, (self.T["issue_q"], self._fmt(issue=self.info["issues"][0]), True))
                if text:
                    return text, "issue"
            ack = [] if lead else [(self.T["ack"], f, False)]
            prompts = self.T["prompt_past"] + self.T["prompt"] if sig["past"] else self.T["prompt"]
            text = self._compose(*lead, *ack, (prompts if self.moves[-1:] != ["prompt"] else self.T["topic_q"], f, True))
            if text:
                return text, "prompt"
            return self._compose(*lead, (self.T["topic_q"], f, True)), "topic"

        if sig["insight"] and not sig["short"]:
            text = self._compose(*base, (self.T["insight"], f, True), (self.T["insight_q"], f, True))
            if text:
                return text, "insight"
        options = ["reflect_open", "reflect_open", "open", "reflect_prompt"]
        if sig["opinion"]:
            options.append("why")
        if sig["past"] and (sig["negative"] or sig["disappointed"]):
            options.append("feel")
        last = self.moves[-1] if self.moves else ""
        options = [o for o in options if o != last] or options
        move = self.rng.choice(options)
        self.asked.add(kw)
        if move == "why":
            text = self._compose(*lead, (self.T["reflect"], f, True), (self.T["why_q"], f, True))
        elif move == "feel":
            text = self._compose(*lead, (self.T["reflect"], f, True), (self.T["feel_q"], f, True))
        elif move == "reflect_prompt":
            prompts = self.T["prompt_past"] if sig["past"] else self.T["prompt"]
            text = self._compose(*lead, (self.T["reflect"], f, True), (prompts, f, True))
        elif move == "open":
            ack = [] if lead else [(self.T["ack"], f, False)]
            text = self._compose(*lead, *ack, (self.T["open_q"], f, True))
        else:
            text = self._compose(*lead, (self.T["reflect"], f, True), (self.T["open_q"], f, True))
        if text is None:
            text = self._compose(*lead, (self.T["open_q"], f, True)) or self._compose((self.T["topic_q"], f, True))
        return text, move

    def _answer(self, sig, lead=None) -> str | None:
        """Brief, honest answer to a question put to the supporter, then back to the owner."""
        qtype, qsent = sig["question"]
        skip = set(self.info.get("skip", set()))
        qk = best_keywords(qsent, self.lang, skip, set(), n=1)
        kw = qk[0] if qk else ""
        fa = self._fmt(kw=kw)
        if qtype == "knowledge":
            ans = self.T["answer_knowledge"] if kw else self.T["answer_knowledge_nokw"]
        else:
            ans = self.T.get(f"answer_{qtype}", self.T["answer_generic"])
        ret = [t for t in self.T["return_q"] if ("{kw}" in t) == bool(kw)] or self.T["return_q"]
        fr = fa
        # if the owner also told something else in the same reply, go back to that
        rest = sig.get("reply", "").replace(qsent, "")
        rest_kws = best_keywords(rest, self.lang, skip, {k.lower() for k in self.asked}) if rest.strip() else []
        rich = bool(rest_kws) and ((len(rest) >= 40) if self.ja else (len(rest.split()) >= 15))
        if qtype in ("help", "request"):
            ret = self.T["return_help"]
        elif qtype == "permission":
            ret = self.T["return_permission"]
        elif rich:
            fr = self._fmt(kw=rest_kws[0])
            ret = self.T["open_q"]
            self.asked.add(rest_kws[0])
        elif qtype in ("audit", "purpose"):
            ret = self.T["easy_q"]
        lead = list(lead or [])
        text = self._compose(*lead, (ans, fa, True), (ret, fr, True))
        for alt in (["reassure"] if qtype == "audit" else []) + ["answer_generic"]:
            if text is None:
                text = self._compose(*lead, (self.T[alt], fa, True), (ret, fr, True))
        if kw:
            self.asked.add(kw)
        return text

    def next(self, owner_reply: str) -> str | None:
        if self.finished:
            return None
        if self.closing_said:
            self.finished = True
            return None
        sig = self._observe(owner_reply)
        self.short_streak = self.short_streak + 1 if sig["short"] else 0
        f = self._fmt(kw=self._kw(sig))

        if sig["ending"]:
            self.closing_said = True
            text = self._compose((self.T["owner_ends"], f, True)) or self._compose((self.T["closing_nokw"], f, True))
            if text:
                return self._emit(text, "closing")
            self.finished = True
            return None
        if self.turn + 1 >= self.close_at:
            return self._close()

        # areas the owner puts off limits are acknowledged whatever comes next
        lead = []
        new_areas = [k for k in sig["refuse_kws"] if k not in self.respected]
        if new_areas:
            self.respected.update(new_areas)
            joiner = "や" if self.ja else " and "
            lead.append((self.T["refuse_ok"], self._fmt(kw=joiner.join(new_areas)), False))

        text, move = None, ""
        if sig["same_as_before"] and not sig["repeat"]:
            self.owner_repeats += 1
        else:
            self.owner_repeats = 0
        if self.owner_repeats >= 2 and self.turn + 1 >= 25:
            # the owner is going round in circles late in the meeting: time to wrap up
            return self._close()
        if sig["repeat"]:
            # apologise, then change approach: summarise what was heard, or ask from a new angle
            lead.append((self.T["apology"], f, True))
            if self.turn + 1 - self.last_summary_turn >= 3:
                text = self._summary(lead=lead)
            if text is None:
                text = self._compose(*lead, (self.T["change"], f, False), (self.T["topic_q"], f, True))
            move = "apology"
        elif sig["same_as_before"] and self.turn + 1 - self.last_summary_turn >= 3:
            text = self._summary(lead=lead)
            move = "summary"
        elif sig["back_to"]:
            # the owner feels his last story was skipped: go back to it
            prev = [p for t, p, _ in self.points if t < len(self.owner_replies) - 1]
            kw = prev[-1] if prev else ""
            fm = self._fmt(kw=kw)
            if kw:
                text = self._compose(*lead, (self.T["back_to"], fm, True))
            move = "back_to"
        elif sig["move_on"]:
            self.move_on_count += 1
            kws = list(sig["kws"]) or [p for _, p, _ in self.points[-2:]]
            kw = kws[0] if kws else ("その件" if self.ja else "that")
            fm = self._fmt(kw=kw)
            if self.turn + 1 - self.last_summary_turn >= 3:
                text = self._summary(lead=lead + [(self.T["move_on_ack"], fm, True)],
                                     tail=[(self.T["move_on_q"], fm, True)])
            if text is None:
                text = self._compose(*lead, (self.T["move_on_ack"], fm, False), (self.T["move_on_q"], fm, True))
            move = "move_on"
        elif sig["question"]:
            text = self._answer(sig, lead)
            move = "answer"
        elif sig["suspicion"] and not sig["long"] and self.reassured < 3 and self.moves[-1:] != ["reassure"]:
            self.reassured += 1
            parts = list(lead)
            if sig["past_bad"] and sig["disappointed"]:
                parts.append((self.T["empathy_past"], f, False))
            parts.append((self.T["reassure"], f, True))
            parts.append((self.T["easy_q"], f, False))
            text = self._compose(*parts)
            move = "reassure"
        elif new_areas:
            parts = list(lead) + [(self.T["reassure_area"], f, False), (self.T["easy_q"], f, False)]
            text = self._compose(*parts)
            move = "reassure"

        if text is None and sig["insight"] and not sig["short"] and self.moves[-1:] != ["insight"]:
            text = self._compose(*lead, (self.T["insight"], f, True), (self.T["insight_q"], f, True))
            move = "insight"
        if text is None:
            due = (self.turn + 1 - self.last_summary_turn) >= self.sum_every and len(self.owner_replies) >= 3
            late = self.turn + 1 >= max(16, self.close_at - 10)
            if due:
                text = self._summary(lead=lead)
                move = "summary"
            # after a long personal story, listen to it first; the future can wait
            if text is None and late and not sig["long"] and self.future_done < 2 \
                    and self.moves[-1:] != ["future"] and (self.future_done == 0 or self.turn + 1 >= self.close_at - 4):
                ack = [] if lead else [(self.T["ack"], f, False)]
                text = self._compose(*lead, *ack, (self.T["future"], f, True))
                if text:
                    self.future_done += 1
                    move = "future"
            if text is None and late and not sig["long"] and not self.strength_done and self.rng.random() < 0.35:
                text = self._compose(*lead, (self.T["strength"], f, True))
                if text:
                    self.strength_done = True
                    move = "strength"
            if text is None:
                text, move = self._listen(sig, lead)
        if not text:
            return self._close()
        return self._emit(text, move or "listen")


# =========================================================================== beginner

BEGINNER = {
    "ja": {
        "greet": [
            "はじめまして。{org}から参りました{me}です。本日はよろしくお願いいたします。",
            "{title}、はじめまして。{me}と申します。今日はよろしくお願いします。",
        ],
        "purpose": [
            "今回は伴走支援ということで、御社の課題を一緒に解決できればと思っています。",
            "伴走支援の担当になりましたので、まずは御社のことをいろいろ教えていただきたいと思います。",
        ],
        "first_q": ["さっそくですが、御社の事業内容を簡単に教えていただけますか？", "まず、どんなお仕事をされているか教えていただけますか？"],
        "ack": ["そうなんですね。", "はい。", "分かりました。", "なるほどです。", "ありがとうございます。", "へえ、そうなんですか。", "勉強になります。", "はい、はい。"],
        "closed": [
            "従業員は何名いらっしゃいますか？", "年商はどのくらいですか？", "創業は何年ですか？", "主な取引先はどちらですか？",
            "利益は出ていますか？", "借入金はありますか？", "後継者はもう決まっていますか？", "ホームページはありますか？",
            "設備は何年くらい使っていますか？", "社員の平均年齢はどのくらいですか？", "営業は社長がされているんですか？",
            "売上は伸びていますか？", "競合は多いですか？", "社長は何代目ですか？", "設備投資の予定はありますか？",
            "残業は多いですか？", "求人は出していますか？", "取引先は何社くらいありますか？", "事業計画は作っていますか？",
            "月次の数字は見ていますか？",
        ],
        "closed_kw": [
            "{kw}は、今もうまくいっていますか？", "{kw}のことは、社長が見ていらっしゃるんですか？", "{kw}は、他社さんと比べてどうですか？",
            "{kw}について、何か対策はされていますか？",
        ],
        "blunt": ["今一番の悩みは何ですか？", "それで、結局一番困っていることは何でしょうか？"],
        "leading": [
            "やっぱり{kw}が一番の課題ということですよね？", "今はどこの会社さんも人手不足で大変ですよね？",
            "最近は原材料も上がっていて、厳しいですよね？", "やっぱり、これからはデジタル化ですよね？",
        ],
        "leading_issue": ["申込書にあった{issue}が、一番の問題なんですよね？"],
        "advice": [
            "{kw}でしたら、補助金を使う手もあると思いますよ。", "{kw}については、まず現状を数字で把握することが大事だと思います。",
            "{kw}なら、他の会社さんではITツールを入れてうまくいった例もありますよ。",
            "{kw}は、社員の方ともっと話し合ってみるといいかもしれません。",
        ],
        "reflect_open": [
            "{kw}について、もう少し詳しく教えていただけますか？", "{kw}というのは、どういうことでしょうか？",
            "{kw}について、社長はどう思われていますか？",
        ],
        "summary": ["ここまでをまとめると、{a}と{b}ということですね。"],
        "sorry": ["あ、すみません。", "失礼しました。", "すみません、メモしそびれていました。"],
        "dont_know_me": ["すみません、勉強不足でそこまでは詳しくなくて…。", "正直、まだよく分かっていません。", "すみません、そこは調べておきます。"],
        "not_audit": ["いえ、審査ではないので大丈夫です。", "ご心配なく、どこかに報告するものではありません。"],
        "closing": [
            "今日はいろいろ教えていただき、ありがとうございました。次回までに何か提案を考えてきます。",
            "お時間をいただきありがとうございました。伺ったことを整理して、また改めてご提案させていただきます。",
        ],
    },
    "en": {
        "greet": [
            "Hello, nice to meet you. I'm {me} from {org}. Thank you for today.",
            "Nice to meet you{title_c}. My name is {me}. Thanks for having me.",
        ],
        "purpose": [
            "This is accompaniment support, so I hope we can solve your company's problems together.",
            "I've been assigned as your support advisor, so first I'd like to learn as much as I can about the company.",
        ],
        "first_q": ["To start with, could you briefly tell me what the company does?", "First, could you tell me what kind of work you do?"],
        "ack": ["I see.", "Okay.", "Got it.", "Right, right.", "Thank you.", "Oh, really.", "That's helpful.", "Sure."],
        "closed": [
            "How many employees do you have?", "What are your annual sales?", "When was the company founded?",
            "Who are your main customers?", "Are you making a profit?", "Do you have any bank loans?",
            "Have you decided on a successor?", "Do you have a website?", "How old is your equipment?",
            "What's the average age of your staff?", "Do you handle sales yourself?", "Are sales growing?",
            "Do you have many competitors?", "Which generation are you in the family business?",
            "Are you planning any capital investment?", "Is there a lot of overtime?", "Are you advertising any job openings?",
            "How many customers do you have?", "Do you have a business plan?", "Do you look at the monthly figures?",
        ],
        "closed_kw": [
            "Is it going well at the moment, with {kw}?", "How does that compare with other companies, {kw}?", "Are you in charge of {kw} yourself?",
            "Have you taken any measures on {kw}?",
        ],
        "blunt": ["So what's your biggest worry right now?", "So, in the end, what's the thing you're most troubled by?"],
        "leading": [
            "So your biggest issue must be {kw}, isn't it?", "Every company's short of people these days, aren't they?",
            "Material costs are going up, so things must be tough, right?", "Going digital is the way forward, isn't it?",
        ],
        "leading_issue": ["The {issue} on your application is the main problem, right?"],
        "advice": [
            "For {kw}, you could use a subsidy, I think.", "With {kw}, the first thing is to get a grip on the numbers, I'd say.",
            "For {kw}, other companies have had success bringing in IT tools.",
            "Maybe you could talk more with your staff about {kw}.",
        ],
        "reflect_open": [
            "Could you tell me a bit more about {kw}?", "What do you mean by {kw}?", "What do you think about {kw}?",
        ],
        "summary": ["So to sum up so far: {a} and {b}, right?"],
        "sorry": ["Oh, sorry.", "My apologies.", "Sorry, I didn't write that down."],
        "dont_know_me": ["Sorry, I'm still learning and don't know that in detail.", "Honestly, I'm not sure yet.", "Sorry, I'll look into that."],
        "not_audit": ["No, no, it isn't an audit, don't worry.", "Don't worry, it's not reported anywhere."],
        "closing": [
            "Thank you for telling me so much today. I'll come up with some proposals for next time.",
            "Thanks for your time. I'll organise what I heard and come back with a proposal.",
        ],
    },
}


class BeginnerBot(_BaseBot):
    """A well-meaning beginner: polite, one-question-one-answer, many closed questions."""

    name = "beginner"

    def __init__(self, lang: str = "ja", seed: int = 0) -> None:
        super().__init__(lang, seed)
        self.T = BEGINNER[lang]
        self.close_at = 22 + self.rng.randint(0, 6)
        self.blunt_at = self.rng.randint(3, 8)
        self.summary_at = self.rng.randint(13, 19)
        self.closed_order = list(self.T["closed"])
        self.rng.shuffle(self.closed_order)

    def _fmt(self, **kw) -> dict:
        d = {"title": self._title(), "me": self.me}
        if self.ja:
            d["org"] = self.info.get("org") or "支援機関"
        else:
            t = self._title()
            d["title_c"] = f", {t}" if t else ""
            d["org"] = self.info.get("org") or "the support centre"
        d.update(kw)
        if d.get("kw"):
            d["kw_c"] = d["kw"][0].upper() + d["kw"][1:]
        return d

    def start(self, briefing: str) -> str:
        self.info = briefing_info(briefing or "", self.lang)
        f = self._fmt()
        return self._emit(self._compose((self.T["greet"], f, True), (self.T["purpose"], f, True), (self.T["first_q"], f, True)), "greet")

    def _next_closed(self, taken_parts) -> str | None:
        while self.closed_order:
            q = self.closed_order.pop(0)
            text = self._compose(*taken_parts, ([q], {}, True))
            if text:
                return text
        return None

    def next(self, owner_reply: str) -> str | None:
        if self.finished:
            return None
        if self.closing_said:
            self.finished = True
            return None
        sig = self._observe(owner_reply)
        kw = sig["kws"][0] if sig["kws"] else ""
        f = self._fmt(kw=kw)
        n = self.turn + 1
        if n >= self.close_at or sig["ending"]:
            self.closing_said = True
            return self._emit(self._compose((self.T["closing"], f, True)) or ("ありがとうございました。" if self.ja else "Thank you."), "closing")

        lead = []
        if sig["repeat"] or sig["same_as_before"]:
            lead.append((self.T["sorry"], f, False))
        elif sig["question"]:
            lead.append((self.T["dont_know_me"] if sig["question"][0] != "audit" else self.T["not_audit"], f, False))
        elif sig["suspicion"]:
            lead.append((self.T["not_audit"], f, False))

        text, move = None, ""
        r = self.rng.random()
        if n == self.blunt_at:
            text, move = self._compose(*lead, (self.T["ack"], f, False), (self.T["blunt"], f, True)), "blunt"
        elif n == self.summary_at:
            pts = self._summary_points(2)
            if len(pts) == 2:
                text, move = self._compose(*lead, (self.T["summary"], self._fmt(a=pts[0], b=pts[1]), True)), "summary"
        if text is None and kw and kw not in self.asked:
            if r < 0.22:
                self.asked.add(kw)
                text, move = self._compose(*lead, (self.T["ack"], f, False), (self.T["reflect_open"], f, True)), "reflect"
            elif r < 0.32:
                text, move = self._compose(*lead, (self.T["leading"], f, True)), "leading"
            elif r < 0.40:
                text, move = self._compose(*lead, (self.T["ack"], f, False), (self.T["advice"], f, True)), "advice"
            elif r < 0.52:
                self.asked.add(kw)
                text, move = self._compose(*lead, (self.T["closed_kw"], f, True)), "closed_kw"
        if text is None and r > 0.97 and self.info.get("issues"):
            text, move = self._compose(*lead, (self.T["leading_issue"], self._fmt(issue=self.info["issues"][0]), True)), "leading"
        if text is None:
            # one question, one answer: acknowledge and move to the next item on the checklist
            ack = [(self.T["ack"], f, False)] if self.rng.random() < 0.7 else []
            text, move = self._next_closed(lead + ack), "closed"
        if text is None:
            text, move = self._compose((self.T["blunt"], f, True)), "blunt"
        if text is None:
            self.closing_said = True
            return self._emit(self._compose((self.T["closing"], f, True)) or "…", "closing")
        return self._emit(text, move)


# =========================================================================== pushy

# advice topics by what the supporter thinks it has spotted (briefing or owner words)
PUSHY_TOPICS = {
    "ja": [
        (r"人手|人材|採用|職人|求人", "人手不足", "採用サイトを作り直して、初任給を上げる"),
        (r"設備|老朽|機械", "設備の老朽化", "補助金を使って、すぐにでも設備を更新する"),
        (r"EC|ネット|ホームページ|通販|ウェブ", "ネット販売", "ECモールに出店して、SNS広告を打つ"),
        (r"DX|デジタル|システム|在庫", "デジタル化", "クラウドの受発注システムを入れる"),
        (r"来店|客数|お客", "集客", "SNSで発信して、新商品を打ち出す"),
        (r"取引先|得意先|一社|依存|メーカー|サプライヤー", "取引先への依存", "今すぐ新規の取引先開拓に動く"),
        (r"会長|承継|後継|父|先代", "事業承継", "会長と話し合って、権限をはっきり移してもらう"),
        (r"売上|販売|営業", "売上", "営業の仕組みを作り直す"),
    ],
    "en": [
        (r"labour|labor|staff|hiring|recruit|shortage|confectioner", "the labour shortage", "redo your recruitment site and raise starting pay"),
        (r"equipment|machine|ageing|aging", "your ageing equipment", "use a subsidy and replace the equipment right away"),
        (r"online|website|e-?commerce|\bec\b|web", "online sales", "open a shop on an online mall and run social media ads"),
        (r"\bdx\b|digital|system|stock", "digitalisation", "bring in a cloud ordering system"),
        (r"customers coming|footfall|visitors|fewer customers", "footfall", "push on social media and launch new products"),
        (r"customer|supplier|depend|one client|tier", "dependence on one customer", "start looking for new customers immediately"),
        (r"chairman|succession|successor|father|founder", "succession", "sit down with the chairman and get the authority handed over properly"),
        (r"sales|selling", "sales", "rebuild your sales process"),
    ],
}

PUSHY = {
    "ja": {
        "greet": [
            "こんにちは、{me}です。私はこれまで100社以上の中小企業を支援してきて、補助金の採択や売上改善の実績もあります。",
            "{me}と申します。{org}の紹介で来ました。これまで製造業から小売まで、いろいろな会社を立て直してきました。",
        ],
        "intro_diag": [
            "申込書を拝見しましたが、御社の課題はだいたい見えています。今日は具体的な改善策をお話しできればと思います。",
            "事前の資料で、おおよその問題点は把握してきました。時間がもったいないので、さっそく本題に入りましょう。",
        ],
        "diagnose": [
            "お話を聞いていると、御社の本当の問題は{topic}ですね。", "結局のところ、{topic}がネックになっているんだと思います。",
            "はっきり申し上げると、{topic}を放置してきたのが原因です。", "それは典型的な{topic}のパターンですね。",
        ],
        "advise": [
            "{fix}べきです。", "まずは{fix}べきです。早ければ早いほどいいです。", "私なら、{fix}ことをお勧めします。",
        ],
        "lead": [
            "{kw}を変えないと、この先厳しいと思いませんか？", "社長も本当は分かっていらっしゃるんですよね？",
            "{topic}に手を打つべきだと思いませんか？", "このままでいいとは思っていらっしゃらないですよね？",
            "{kw}が原因なのは明らかですよね？",
        ],
        "deny": [
            "いや、それは違うと思いますよ。", "そうおっしゃいますが、それは言い訳になってしまいます。",
            "お気持ちは分かりますが、それでは何も変わりません。", "失礼ですが、そこは考え方を変えていただく必要があります。",
        ],
        "promo": [
            "以前支援した会社では、同じような状況から1年で売上を2割伸ばしました。",
            "私が関わった会社はみなさん成果を出しています。", "この手の話は何十社も見てきたので、だいたいパターンが分かるんです。",
        ],
        "lecture": [
            "今の時代、中小企業こそ変わらないと生き残れません。", "経営者の仕事は、現状に満足しないことです。",
            "数字を見ずに経営するのは、目をつぶって運転するようなものです。", "決算書を見せていただければ、すぐに問題点を指摘できます。",
            "社員は社長の背中を見ていますから、まず社長が変わらないといけません。",
        ],
        "closed": ["いつから始めますか？", "来月からでも動けますよね？", "予算はどのくらい出せますか？", "担当者は決められますか？"],
        "dismiss_repeat": ["ええ、ですから申し上げているんです。", "それは伺いましたが、問題はそこなんです。"],
        "closing": [
            "今日お話ししたことを、ぜひ実行してください。次回は進捗を確認させていただきます。",
            "では、まずは{fix}ようにしてください。次回までに検討しておいてください。",
        ],
    },
    "en": {
        "greet": [
            "Hello, I'm {me}. I've supported more than a hundred small companies and have a strong record with subsidies and sales turnarounds.",
            "My name is {me}; {org} sent me. I've turned around all kinds of companies, from manufacturers to retailers.",
        ],
        "intro_diag": [
            "I've read your application and I can already see your issues. Today I'd like to give you concrete fixes.",
            "I've worked out the main problems from the file, so let's not waste time and get straight to it.",
        ],
        "diagnose": [
            "Listening to you, your real problem is {topic}.", "In the end, {topic} is the bottleneck.",
            "To be blunt, the cause is that nobody has dealt with {topic} for too long.", "That's a classic case of {topic}.",
        ],
        "advise": [
            "You should {fix}.", "First, you need to {fix}; the sooner the better.", "If I were you, I'd {fix}.",
        ],
        "lead": [
            "Don't you think things will get tough unless you change {kw}?", "You know this deep down, don't you?",
            "Don't you think you should deal with {topic}?", "You don't think you can carry on like this, do you?",
            "Obviously {kw} must be the cause, right?",
        ],
        "deny": [
            "No, I don't think that's right.", "With respect, that sounds like an excuse.",
            "I understand, but that way nothing will change.", "Forgive me, but you'll need to change how you think about that.",
        ],
        "promo": [
            "A company I supported in the same situation grew sales by twenty percent in a year.",
            "Every company I've worked with has got results.", "I've seen dozens of cases like this, so I know the pattern.",
        ],
        "lecture": [
            "These days small firms have to change or they won't survive.", "A manager's job is never to be satisfied with the status quo.",
            "Running a business without looking at the numbers is like driving with your eyes closed.",
            "If you show me the financial statements, I can point out the problems straight away.",
            "Staff watch the boss, so you have to change first.",
        ],
        "closed": ["When will you start?", "You can get moving next month, can't you?", "How much budget can you put in?", "Can you name someone to be in charge?"],
        "dismiss_repeat": ["Yes, and that's exactly why I'm saying it.", "I heard that, but that's the problem."],
        "closing": [
            "Please act on what we discussed today. Next time I'll check your progress.",
            "So, first you should {fix}. Please think it over before next time.",
        ],
    },
}


class PushyBot(_BaseBot):
    """Diagnoses early, advises, leads, promotes itself, denies, lectures."""

    name = "pushy"

    def __init__(self, lang: str = "ja", seed: int = 0) -> None:
        super().__init__(lang, seed)
        self.T = PUSHY[lang]
        self.close_at = 20 + self.rng.randint(0, 8)
        self.topic = ("御社の体質" if lang == "ja" else "the way the company is run")
        self.fix = ("社内の仕組みを根本から見直す" if lang == "ja" else "overhaul how things are done internally")
        self.briefing_text = ""

    def _spot(self, text: str) -> bool:
        low = text if self.ja else text.lower()
        for pat, topic, fix in PUSHY_TOPICS[self.lang]:
            if re.search(pat, low, re.IGNORECASE):
                self.topic, self.fix = topic, fix
                return True
        return False

    def _fmt(self, **kw) -> dict:
        d = {"me": self.me, "topic": self.topic, "fix": self.fix,
             "org": self.info.get("org") or ("支援機関" if self.ja else "the support centre")}
        d.update(kw)
        if d.get("kw"):
            d["kw_c"] = d["kw"][0].upper() + d["kw"][1:]
        return d

    def start(self, briefing: str) -> str:
        self.info = briefing_info(briefing or "", self.lang)
        self._spot(" ".join(self.info.get("issues", [])) or (briefing or ""))
        f = self._fmt()
        return self._emit(self._compose((self.T["greet"], f, True), (self.T["intro_diag"], f, True)), "greet")

    def next(self, owner_reply: str) -> str | None:
        if self.finished:
            return None
        if self.closing_said:
            self.finished = True
            return None
        sig = self._observe(owner_reply)
        self._spot(owner_reply or "")
        kw = sig["kws"][0] if sig["kws"] else ""
        f = self._fmt(kw=kw or self.topic)
        n = self.turn + 1
        if n >= self.close_at or sig["ending"]:
            self.closing_said = True
            return self._emit(self._compose((self.T["closing"], f, True)) or ("以上です。" if self.ja else "That's all."), "closing")

        disagree = (sig["negative"] or sig["dont_know"] or sig["refuse"] or sig["defer"]
                    or (("いや" in owner_reply or "無理" in owner_reply or "できない" in owner_reply) if self.ja
                        else any(w in (owner_reply or "").lower() for w in ("no,", "can't", "not ", "won't"))))
        parts = []
        if sig["repeat"]:
            parts.append((self.T["dismiss_repeat"], f, False))
        elif disagree and self.rng.random() < 0.7:
            parts.append((self.T["deny"], f, False))
        kinds = ["diagnose+advise", "lead", "promo+advise", "lecture", "advise+closed", "diagnose+lead"]
        kinds = [k for k in kinds if k != (self.moves[-1] if self.moves else "")]
        kind = self.rng.choice(kinds)
        for piece in kind.split("+"):
            parts.append((self.T[piece], f, True))
        text = self._compose(*parts)
        if text is None:
            for alt in ["lecture", "lead", "diagnose", "advise", "promo", "closed"]:
                text = self._compose((self.T[alt], f, True))
                if text:
                    kind = alt
                    break
        if text is None:
            self.closing_said = True
            return self._emit(self._compose((self.T["closing"], f, True)) or ("以上です。" if self.ja else "That's all."), "closing")
        return self._emit(text, kind)


BOTS: dict[str, type] = {"good": GoodBot, "beginner": BeginnerBot, "pushy": PushyBot}

__all__ = ["BOTS", "GoodBot", "BeginnerBot", "PushyBot"]
