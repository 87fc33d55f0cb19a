"""Blind trainee bots for the 伴走支援 dialogue simulator (second author, bots5).

Three trainees, each a class following the playtest protocol
(``__init__(lang, seed)``, ``start(briefing)``, ``next(owner_reply)`` → str | None):

* ``good``     – a patient, skilled supporter following chapter 4 of the guideline.
* ``beginner`` – polite but 一問一答: a shuffled checklist of closed questions.
* ``pushy``    – diagnoses early, advises, leads, boasts, denies, presses for the books.

Standard library + SudachiPy only.  Deterministic for (lang, seed).  A sentence is never
said twice in one meeting.  The bots see only the briefing and the owner's replies.
"""
from __future__ import annotations

import random
import re
import warnings

try:  # SudachiPy is used only for Japanese keyword extraction
    from sudachipy import Dictionary, SplitMode

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            _DICT = Dictionary(dict="core")  # the sudachidict_core package
        except Exception:
            _DICT = Dictionary(dict="sudachidict_core")
        try:
            _TOK = _DICT.create(SplitMode.C)
        except Exception:  # pragma: no cover
            _TOK = _DICT.create()
except Exception:  # pragma: no cover - keeps the bots usable without Sudachi
    _TOK = None


# --------------------------------------------------------------------------------------
# shared helpers
# --------------------------------------------------------------------------------------

_SENT_SPLIT = re.compile(r"(?<=[。？！?!])\s*|(?<=\.)\s+")


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENT_SPLIT.split(text) if s and s.strip()]


def _norm(sentence: str) -> str:
    return re.sub(r"[\s、。，,.!?！？「」『』\"'“”‘’…—-]", "", sentence).lower()


_JA_STOP = set(
    """こと もの ところ 方 話 今日 今 感じ 時 よう ため 訳 わけ うち 社長 会社 自分 私 僕 俺 皆 みんな
    本当 正直 何 先 前 後 間 中 辺 気 際 点 是非 大丈夫 さん 様 お茶 どうも 一つ ひとつ 全部 全然 別 普通
    あんた あなた 君 そこ ここ あそこ それ これ あれ どこ 誰 いつ 頃 最初 最後 次 場合 通り とおり 以上
    方々 皆さん 今回 一番 まあ ちょっと 少し 程度 くらい 位 他 ほか 側 上 下 形 風 感 的 通り 毎日 今年
    去年 昔 最近 向こう 以外 こちら あちら そちら ほとんど 一度 一人 一回 一緒 だいたい あれこれ 一言 毎月 毎年 勘違い せい もん とこ とき 中心 今度 ほう 結局 実際 当然 必要 関係 意味 大事 大変 問題 お話 わざわざ 遠い 手短 早速 よろしく
    """.split()
)

_EN_STOP = set(
    """a an the and or but so if then than that this these those there here it its it's i i'm i've i'd
    me my mine we we're we've us our ours you you're your yours he he's him his she her they they're
    them their what which who whom whose when where why how all any both each few more most other some
    such no nor not only own same too very can will just don't should now is are was were be been being
    have has had having do does did doing would could might must shall may of at by for with about
    against between into through during before after above below to from up down in out on off over
    under again further once well yes yeah oh ah right okay ok sure really actually just mind anyway
    thing things something anything nothing everything someone anyone people way lot lots bit kind sort
    much many get got getting go going gone went come came coming say said says tell told know knew
    think thought mean means meant see saw look looks make made let lets let's want wants need needs
    like also still even though although because since while whether either neither every one two
    first last next time times today year years day days fine good great nice thanks thank please
    welcome hello hi mr mrs ms sir president company business firm work working here's that's what's
    there's isn't aren't wasn't weren't doesn't didn't can't won't wouldn't couldn't shouldn't i'll
    you'll we'll he'll they'll you've they've ve ll re s t d m didn't haven't hasn't hadn't seems seem
    seemed put take took taken give gave given keep kept back already always never ever often sometimes
    usually maybe perhaps probably quite rather enough whole part honestly frankly truth matter fact
    able around along anything else much whatever yourself myself ourselves himself herself themselves
    tea sit seat sweet help right now long way coming yet another offhand together small sorry middle point end start rest same expect explain frightens word words story ones everywhere track argue lose loses win wins love hate um uh hmm big little lot""".split()
)


def _ja_keywords(text: str) -> list[str]:
    """Noun phrases from a Japanese reply, in order, most specific first within a tie."""
    if _TOK is None:
        return [m for m in re.findall(r"[一-龥ァ-ヴー]{2,8}", text) if m not in _JA_STOP]
    phrases: list[str] = []
    chain: list[str] = []
    chain_has_content = False
    prev_phrase_end = None  # index in phrases of the last chain, for AのB joins
    toks = list(_TOK.tokenize(text))

    def flush():
        nonlocal chain, chain_has_content
        while chain and chain[0] in _JA_STOP:
            chain = chain[1:]
        while len(chain) > 1 and re.fullmatch(r"[ぁ-ゖー]+", chain[-1]):
            chain = chain[:-1]
        if chain and chain_has_content:
            phrase = "".join(chain)
            if 2 <= len(phrase) <= 14:
                phrases.append(phrase)
        chain = []
        chain_has_content = False

    for i, m in enumerate(toks):
        pos = m.part_of_speech()
        surf = m.surface()
        if pos[0] == "名詞" and pos[1] not in ("代名詞",) and pos[2] != "助数詞可能" or (
            pos[0] == "接頭辞" and i + 1 < len(toks) and toks[i + 1].part_of_speech()[0] == "名詞"
        ):
            if pos[1] == "数詞" and not chain:
                chain.append(surf)
                continue
            chain.append(surf)
            if surf not in _JA_STOP and pos[0] == "名詞" and pos[1] != "数詞" and len(surf) >= 1:
                if len(surf) >= 2 or pos[1] == "固有名詞":
                    chain_has_content = True
        elif pos[0] == "接尾辞" and chain and pos[1] == "名詞的" and surf not in ("さん", "様", "君", "ちゃん"):
            chain.append(surf)
        else:
            flush()
    flush()
    # A の B joins (材料の上がり方, 仕事の話 …)
    joined: list[str] = []
    for a, b in zip(phrases, phrases[1:]):
        if f"{a}の{b}" in text and len(a) + len(b) + 1 <= 12 and a not in _JA_STOP:
            joined.append(f"{a}の{b}")
    out, seen = [], set()
    for p in joined + phrases:
        if re.fullmatch(r"[ぁ-ゖー]{1,3}", p) or re.search(r"[一二三四五六七八九十百千\d]$", p):
            continue
        if re.match(r"[こそあど]の", p):
            continue
        if p not in seen and p not in _JA_STOP:
            seen.add(p)
            out.append(p)
    return out


_EN_VERBS = set(
    """gets got sell sells sold run runs ran buy buys bought build builds built pull pulls stay stays
    pay pays paid keep keeps work works worked stop stops stopped start starts started ask asks asked
    try tries tried tell tells feel feels felt find finds found call calls called bring brings brought
    leave leaves left turn turns turned hear hears heard care cares handle handles handled deal deals
    dealt decide decides decided open opens opened shut shuts thrown throw throws show shows shown
    sit sits sat talk talks talked talking listen push pushes pushed carry carries carried
    become becomes became happen happens happened matter matters move moves moved agree disagree
    help helps helped trickled avoided looking doing making getting going saying telling seeing
    coming taking giving trying thinking knowing having being living running selling buying putting
    bigger smaller better worse goes go lives live scares scare stand stands involves involve reckon suppose guess wonder pretty head afraid sure shall gonna wanna fine okay let couldn't wouldn't""".split()
)
_EN_ING_NOUNS = set(
    """marketing pricing training building machining packaging ordering planning manufacturing
    engineering funding accounting housing meeting meetings shipping processing cutting welding
    pickling catering recruiting hiring succession""".split()
)
_EN_LY_NOUNS = {"family", "supply", "assembly", "monopoly", "italy"}
_DETS = {"the": "the", "a": "a", "an": "an", "our": "your", "my": "your", "this": "that",
         "that": "that", "his": "his", "their": "their", "your": "my"}


def _en_word_ok(w: str) -> bool:
    lw = w.lower().replace("’", "'").strip("'")
    if lw in _EN_STOP or lw in _EN_VERBS:
        return False
    if len(lw) < 3 and not lw.isdigit():
        return False
    if lw.endswith("ly") and lw not in _EN_LY_NOUNS:
        return False
    if lw.endswith("n't") or lw.endswith("'d") or lw.endswith("'ll"):
        return False
    return True


def _en_keywords(text: str) -> list[str]:
    """Noun-ish runs of content words from an English reply (1–4 words, with its determiner)."""
    runs: list[tuple[str, list[str]]] = []
    for clause in re.split(r"[.,;:!?—–()\"“”…]|\s-\s|\.\.\.", text):
        words = [w.strip("'’") for w in re.findall(r"[A-Za-z¥$€£0-9][A-Za-z0-9'’\-¥$€£%]*", clause)]
        words = [w for w in words if w]
        run: list[str] = []
        det = ""
        prev = ""
        for w in words:
            if _en_word_ok(w):
                if not run:
                    det = _DETS.get(prev.lower(), "")
                run.append(w)
            else:
                if run:
                    runs.append((det, run))
                run = []
            prev = w
        if run:
            runs.append((det, run))
    res = []
    for det, run in runs:
        # trim verb-like edges (-ed, -ing that is not a noun)
        while run and (run[-1].lower().endswith("ed") or (run[-1].lower().endswith("ing") and run[-1].lower() not in _EN_ING_NOUNS)):
            run = run[:-1]
        while run and (run[0].lower().endswith("ed") and len(run) > 1 or (run[0].lower().endswith("ing") and run[0].lower() not in _EN_ING_NOUNS)):
            run = run[1:]
        if not run:
            continue
        for idx, w in enumerate(run[:-1]):
            if w.lower().endswith(("'s", "’s")):  # "handwriting's terrible" → "handwriting"
                run = run[: idx + 1]
                break
        if run[-1].lower().endswith(("'s", "’s")) and len(run) > 1:
            run = run[:-1] + [run[-1][:-2]]
        elif run[-1].lower().endswith(("'s", "’s")):
            run = [run[-1][:-2]]
        run = run[-4:]
        first = run[0]
        if first[:1].isupper() and not first.isupper() and first.lower() in _COMMON_CAPS:
            run = [first.lower()] + run[1:]
        phrase = " ".join(run)
        if len(phrase) < 4:
            continue
        res.append((det + " " + phrase).strip())
    return res


_COMMON_CAPS = set(
    """sales staff customers customer orders order costs prices price materials steel shop shops
    family father son daughter chairman equipment machines online website supermarkets supermarket
    employees workers craftsmen confectioners business profits margins money banks bank subsidies
    subsidy consultants consultant support people numbers books accounts one two three four five six
    seven eight nine ten twenty thirty forty fifty sixty hundred most half all some""".split()
)


_SENSITIVE = re.compile(r"決算|財務|審査|数字|補助金|financial|statement|books|accounts|audit|numbers|subsid", re.I)


def _keywords(text: str, lang: str) -> list[str]:
    kws = _ja_keywords(text) if lang == "ja" else _en_keywords(text)
    return [k for k in kws if not _SENSITIVE.search(k)]


def _ranked_keyword(text: str, lang: str, used: set[str], rng: random.Random) -> str | None:
    kws = [k for k in _keywords(text, lang) if k not in used and _good_point(k, lang)]
    if not kws:
        return None
    # prefer longer, more specific phrases; slight preference for later ones (closer to the point)
    def score(i: int, k: str) -> float:
        sc = len(k) + i * 0.6
        if lang == "en" and k.split()[0] in ("the", "your", "that", "his", "their", "a", "an"):
            sc += 6
        if lang == "ja" and re.search(r"[一-龥ァ-ヴ]", k) is None:
            sc -= 4
        return sc

    scored = sorted(((score(i, k), k) for i, k in enumerate(kws)), key=lambda x: -x[0])
    top = [k for _, k in scored[:2]]
    return top[0] if len(top) == 1 or rng.random() < 0.7 else top[1]


def _org(briefing: str, lang: str) -> str:
    briefing = str(briefing or "")
    if lang == "ja":
        if "商工会議所" in briefing:
            return "商工会議所"
        if "商工会" in briefing:
            return "商工会"
        if "よろず" in briefing:
            return "よろず支援拠点"
        return "支援機関"
    low = briefing.lower()
    if "chamber of commerce" in low:
        return "the chamber of commerce"
    if "society of commerce" in low or "commerce and industry association" in low:
        return "the commerce and industry association"
    if "yorozu" in low:
        return "the Yorozu support centre"
    return "the support centre"


def _good_point(kw: str, lang: str) -> bool:
    """Is a keyword solid enough to be used in a summary or the closing line?"""
    if lang == "ja":
        return len(kw) >= 2 and re.search(r"[一-龥ァ-ヴ]", kw) is not None
    w = kw.split()
    if w[0] in ("the", "your", "that", "his", "their", "a", "an"):
        return True
    return len(w) >= 2


def _question_keyword(text: str, lang: str) -> str | None:
    """The topic of the owner's own question (the last sentence with a question mark)."""
    qs = [x for x in _sentences(text) if "？" in x or "?" in x]
    if not qs:
        return None
    kws = [k for k in _keywords(qs[-1], lang) if _good_point(k, lang)]
    return max(kws, key=len) if kws else None


class _Base:
    name = "base"

    def __init__(self, lang: str = "ja", seed: int = 0) -> None:
        if lang not in ("ja", "en"):
            lang = "ja"
        self.lang = lang
        self.seed = seed
        self.rng = random.Random(f"bots5/{self.name}/{lang}/{seed}")
        self.used: set[str] = set()
        self.n = 0  # utterances said so far
        self.replies: list[str] = []
        self.done = False
        self.briefing = ""

    # ---- non-repetition -------------------------------------------------------------
    def _fresh(self, text: str) -> bool:
        return all(_norm(s) not in self.used for s in _sentences(text))

    def _emit(self, text: str) -> str:
        kept = [s for s in _sentences(text) if _norm(s) not in self.used]
        if not kept:
            kept = [self._filler()]
        for s in kept:
            self.used.add(_norm(s))
        if self.lang == "en":
            kept = [s[:1].upper() + s[1:] if s[:1].islower() else s for s in kept]
        self.n += 1
        sep = "" if self.lang == "ja" else " "
        return sep.join(kept)

    def _pick(self, options: list[str]) -> str | None:
        opts = list(options)
        self.rng.shuffle(opts)
        for o in opts:
            if o and self._fresh(o):
                return o
        return None

    def _filler(self) -> str:
        pool = _FILLERS[self.lang][self.name if self.name in _FILLERS[self.lang] else "good"]
        for f in pool:
            if _norm(f) not in self.used:
                return f
        # last resort: a numbered (still natural) prompt
        k = len(self.used)
        return (f"よろしければ、続きを聞かせてください（{k}）。" if self.lang == "ja"
                else f"Please, go on ({k}).")


_FILLERS = {
    "ja": {
        "good": [
            "よろしければ、もう少し聞かせてください。",
            "それで、どうなったんですか？",
            "そのあたり、もう少し伺ってもいいですか？",
            "なるほど、そうだったんですね。",
            "続きをお聞きしてもよろしいですか？",
            "社長のお考えを、もう少し伺いたいです。",
            "ゆっくりで構いませんので、聞かせてください。",
            "その時のこと、覚えていらっしゃる範囲で教えていただけますか？",
        ],
        "beginner": [
            "そうなんですね。",
            "分かりました、メモしておきます。",
            "なるほど、ありがとうございます。",
            "はい、承知しました。",
            "ちなみに、ほかに何かありますか？",
        ],
        "pushy": [
            "とにかく、まずは数字を見ないと始まりません。",
            "ですから、早く手を打つべきなんです。",
            "いずれにしても、今のままではまずいと思いますよ。",
            "私の経験では、ここで動かない会社は伸びません。",
        ],
    },
    "en": {
        "good": [
            "Please, tell me a bit more.",
            "And then what happened?",
            "Could I ask a little more about that?",
            "I see. That's helpful to hear.",
            "Would you mind going on?",
            "Take your time, I'm listening.",
            "I'd like to hear more of how you see it.",
        ],
        "beginner": [
            "I see.",
            "Okay, I'll make a note of that.",
            "Right, thank you.",
            "Understood.",
            "Anything else?",
        ],
        "pushy": [
            "Either way, we really need to look at the numbers first.",
            "That's why you need to act quickly.",
            "Honestly, things can't stay as they are.",
            "In my experience, companies that don't move now don't grow.",
        ],
    },
}


# --------------------------------------------------------------------------------------
# owner-reply cues
# --------------------------------------------------------------------------------------

_CUES = {
    "ja": {
        "suspicious": r"審査|査定|調べに|調査|監査|点数|評価され|補助金に(影響|響)|役所|お役所|前にも.*(支援|コンサル)|結局.*(何も|なかった)|信用できな|警戒|何しに|冷やかし|押し売り|売り込み",
        "off_limits": r"(決算書|数字|財務|家族|親父|父|会長|息子|娘|社員|従業員).{0,12}(出さない|見せない|出せない|見せられない|言えない|言いたくない|話したくない|勘弁|遠慮して)|触れ(ないで|てほしくない)|聞かないで|ノーコメント|それは(ちょっと|勘弁)|そこは(ちょっと|勘弁)",
        "feeling": r"不安|心配|大変|困っ|苦し|悔し|腹が立|頭にく|疲れ|しんど|寂し|辛い|つらい|怖|嫌|がっかり|情けな|迷っ|悩|もどかし|モヤモヤ|嬉し|うれし|ほっと|誇り|自信がな|きつい",
        "positive": r"嬉し|うれし|ほっと|誇り|自慢|ありがたい|助かる|楽しい|好きだ",
        "insight": r"気づ|気がつ|気が付|分かってきた|わかってきた|見えてきた|話しながら思|本当の(問題|課題)|一番見えてなかった|自分に言い聞かせ|俺の方|私の方|僕の方|抱え込んで",
        "decline": r"また今度|今度な|分から(ない|ん)|わから(ない|ん)|答えられ|うまく言え|何とも|会長に(聞|確認)|会長が決め|私からは|そこまでは|言えない|覚えてない|すぐには出てこ",
        "what_do": r"何(を|が)?(して|し)(もらえる|くれる|てくれる)|何ができる|どうしてくれる|何をしてくれ|具体的に何を|何を提案|何が得られ|何のために|意味ある(の|ん)",
        "test": r"分かる(の|ん)|わかる(の|ん)|知ってる|知って(い)?ますか|ご存じ|どう思(う|い)|どう見て|どう読|どうなってる|どのくらいか|詳しいの|経験(は|あるの)|やったことある",
        "impatient": r"早く|次に進|いいから|分かってる|わかってる|時間がない|手短|具体的な話|本題|前置き|結論|回りくどい|さっき(言った|答え)",
        "short": r"^.{0,14}$",
        "info": r"いくら|どのくらい|どれくらい|使える(の|んですか|か)|ありますか|あるの|教えて|どうなの|どうしてる|どこ(？|\?)|事例",
        "qcomplaint": r"質問で返|質問ばっかり|質問ばかり|情報がもらえない|聞いてばっかり|聞いてばかり",
        "opinion": r"と思(う|っ|い)|つもり|べき|しかない|はず|気がする",
    },
    "en": {
        "suspicious": r"audit|inspect|check(ing)? (up )?on|assess|scor(e|ing)|affect (the|my|our|future)? ?subsid|government|bureaucra|last time|before.*(support|consultant)|came to nothing|nothing came|trust|sales pitch|selling me|waste of time|what are you here|suspicious|wary",
        "off_limits": r"(not|never|won't|n't) (be )?(showing|show|share|sharing|hand|handing|going to show|talking about|discuss)|off limits|leave (that|it|my|the) .{0,20}out|rather not|don't ask|keep .{0,20}out of (it|this)|no comment",
        "feeling": r"worr|anxious|afraid|scared|\bhard\b|\btough\b|struggl|frustrat|annoy|angry|upset|tired|exhaust|wiped out|lonely|disappoint|guilty|\bstuck\b|\btorn\b|fed up|the worst|pathetic|embarrass|proud|glad|happy|relieved|relief|confiden",
        "positive": r"proud|glad|happy|relieved|relief|helps|thankful|grateful|enjoy|liked",
        "insight": r"just seen it|running away from|been avoiding|been dodging|never (having )?decided|real issue|real problem|i see it now|beginning to see|starting to see|i realis|i realiz|it's me|it was me|telling myself|i've been avoiding|i see now",
        "decline": r"skip that|park that|let's park|leave that for now|pass on that|another time|come back to (that|it)|don't know|not sure|can't put it|can't say|ask the chairman|would know (that )?better|no idea|rather not say|let's leave that",
        "what_do": r"what (can|will|would|do) you (actually )?(do|offer|bring|give)|what('s| is) in it for|what do we get|what exactly (will|can|are)|what are you (going|here) to|point of (this|all this)|do for us",
        "test": r"do you (even )?know|do you understand|have you (ever )?(worked|been|seen|done)|what do you (think|reckon|make of)|how do you (see|reckon|read)|any idea|are you familiar|you know (much|anything)|how (do|would) you (rate|judge)",
        "impatient": r"get to the point|move on|let's not waste|no time|quickly|hurry|concrete|already (said|told|know)|i know what|skip|just tell me|cut to|told you",
        "short": r"^.{0,30}$",
        "info": r"how much|is there|are there|can we|can i|what do others|what do other|do you know|any idea|ballpark|which companies|examples?\b|does it cost",
        "qcomplaint": r"questions? back|just questions|all questions|nothing but questions|not getting any (information|answers)|answer a question with a question",
        "opinion": r"\bi (think|reckon|believe|feel|suppose|figure|guess)\b|\bshould\b|\bhave to\b|\bmean to\b",
    },
}


def _cue(kind: str, text: str, lang: str) -> bool:
    return re.search(_CUES[lang][kind], text, re.I) is not None


def _is_question(text: str) -> bool:
    t = text.strip()
    return "？" in t or "?" in t or t.endswith("か。") or t.endswith("の。")


# --------------------------------------------------------------------------------------
# good: the patient skilled supporter
# --------------------------------------------------------------------------------------


class GoodBot(_Base):
    name = "good"

    def __init__(self, lang: str = "ja", seed: int = 0) -> None:
        super().__init__(lang, seed)
        self.close_at = self.rng.randint(26, 29)  # utterance number of the closing line
        self.summary_every = self.rng.choice([4, 5, 5, 6])
        self.last_summary = 1
        self.points: list[tuple[int, str]] = []  # (owner turn, keyword)
        self.reflected: set[str] = set()
        self.future_done = 0
        self.strength_done = False
        self.reassured = 0
        self.respected = 0
        self.insights = 0
        self.apologised = False
        self.respected_areas: set[str] = set()
        self.answered = 0
        self.closed = False
        self.last_move = ""

    # -- opening ----------------------------------------------------------------------
    def start(self, briefing: str) -> str:
        self.briefing = briefing
        org = _org(briefing, self.lang)
        if self.lang == "ja":
            greet = self.rng.choice([
                f"はじめまして。{org}から参りました、伴走支援を担当する者です。本日はお忙しいところ、お時間をいただきありがとうございます。",
                f"はじめまして、{org}の伴走支援担当です。今日は貴重なお時間をいただき、ありがとうございます。",
            ])
            purpose = self.rng.choice([
                "今日は審査や評価をしに来たのではなく、まずは社長のお話をじっくり伺いたいと思って参りました。",
                "先にお伝えしておくと、今日は何かを調べたり評価したりする場ではありません。社長のお考えを聞かせていただくのが一番の目的です。",
            ])
            ask = self.rng.choice([
                "よろしければ、これまでの会社の歩みから、話しやすいところでお聞かせいただけますか？",
                "差し支えなければ、社長が今どんなことを考えていらっしゃるか、話しやすいところから伺えますか？",
            ])
        else:
            greet = self.rng.choice([
                f"Hello, I'm the advisor from {org} who'll be working with you on the accompaniment support. Thank you for making time for me today.",
                f"Nice to meet you. I'm with {org}, here for the accompaniment support. Thanks very much for seeing me today.",
            ])
            purpose = self.rng.choice([
                "Just so you know, this isn't an audit or an assessment of any kind. I'm really here to listen and understand how you see things.",
                "I should say up front that I'm not here to evaluate anything. Today is mainly about hearing your story and your thinking.",
            ])
            ask = self.rng.choice([
                "Would you mind telling me a bit about how the company got to where it is, starting wherever feels easiest?",
                "If it's all right, could you tell me what's on your mind about the business these days, wherever you'd like to start?",
            ])
        return self._emit(f"{greet}{'' if self.lang == 'ja' else ' '}{purpose}{'' if self.lang == 'ja' else ' '}{ask}")

    # -- each turn ----------------------------------------------------------------------
    def next(self, owner_reply: str) -> str | None:
        if self.closed:
            return None
        reply = (owner_reply or "").strip()
        self.replies.append(reply)
        turn = len(self.replies)
        kw = _ranked_keyword(reply, self.lang, self.reflected, self.rng)
        if kw and _good_point(kw, self.lang):
            self.points.append((turn, kw))
        utter_no = self.n + 1
        if utter_no >= self.close_at:
            self.closed = True
            return self._emit(self._closing())
        text = self._respond(reply, kw, turn, utter_no)
        return self._emit(text)

    def _respond(self, reply: str, kw: str | None, turn: int, utter_no: int) -> str:
        L = self.lang
        j = L == "ja"
        sp = "" if j else " "
        prefix = ""
        if _cue("qcomplaint", reply, L) and not self.apologised:
            self.apologised = True
            prefix = ("失礼しました、質問ばかりになってしまいましたね。" if j
                      else "Sorry, I've been firing questions at you.")
        text = self._respond_core(reply, kw, turn, utter_no)
        return (prefix + sp + text).strip() if prefix else text

    def _respond_core(self, reply: str, kw: str | None, turn: int, utter_no: int) -> str:
        L = self.lang
        j = L == "ja"
        sp = "" if j else " "
        # 1. the owner puts an area off limits → respect it
        area = re.search(_CUES[L]["off_limits"], reply, re.I)
        area_key = None
        if area:
            noun = re.search(r"決算書|数字|財務|家族|会長|父|息子|娘|社員|従業員|books|accounts|financ|numbers|family|father|son|daughter|chairman|staff|employees",
                             reply, re.I)
            area_key = (noun.group(0) if noun else area.group(0)).lower()
        if area and self.respected < 3 and area_key not in self.respected_areas and (
            self.respected == 0 or len(reply) < (100 if j else 250)
        ) and not (self.respected and _cue("feeling", reply, L)):
            self.respected += 1
            self.respected_areas.add(area_key)
            self.last_move = "respect"
            return self._respect(kw)
        # 2. the owner is suspicious → reassure
        if _cue("suspicious", reply, L) and self.reassured < 3 and (
            self.reassured == 0 and len(reply) < (200 if j else 500) or (len(reply) < (90 if j else 220) and not _cue("feeling", reply, L))
        ):
            self.reassured += 1
            self.last_move = "reassure"
            return self._reassure(reply, kw)
        # 3. a direct question to the supporter → answer briefly and honestly, then return
        if _is_question(reply) and self.answered < 4 and (
            _cue("what_do", reply, L) or _cue("test", reply, L) or _cue("info", reply, L)
        ):
            self.answered += 1
            self.last_move = "answer"
            return self._answer(reply, _question_keyword(reply, L))
        # 4. summarise every few turns (2–3 points from different owner turns)
        distinct_turns = {t for t, _ in self.points if t > 0}
        impatient = _cue("impatient", reply, L)
        if (
            len(distinct_turns) >= 3
            and (utter_no - self.last_summary >= self.summary_every or (impatient and utter_no - self.last_summary >= 3))
        ):
            s = self._summary(kw)
            if s:
                self.last_summary = utter_no
                self.last_move = "summary"
                return s
        # 5. late in the meeting: invite a picture of the future
        long_reply = len(reply) > (90 if j else 220)
        if utter_no >= self.close_at - 6 and self.future_done == 0 and (not long_reply or utter_no >= self.close_at - 3) or (
            utter_no >= self.close_at - 3 and self.future_done == 1 and self.rng.random() < 0.5
        ):
            f = self._future(kw)
            if f:
                self.future_done += 1
                self.last_move = "future"
                return f
        # 6. mid-meeting: once, ask about strengths
        if (not self.strength_done and 10 <= utter_no <= 15 and self.rng.random() < 0.25
                and len(reply) < (80 if j else 200) and not _cue("feeling", reply, L)):
            st = self._strength(kw)
            if st:
                self.strength_done = True
                self.last_move = "strength"
                return st
        # 6b. the owner puts an insight into words → acknowledge it as his, let him go on
        if _cue("insight", reply, L) and self.insights < 2:
            a = self._pick(_INSIGHT_ACK[L])
            b = self._pick(_INSIGHT_Q[L])
            if a and b:
                self.insights += 1
                self.last_move = "insight"
                return sp.join((a, b))
        # 7. the owner declines or cannot answer → accept it and open a different door
        if _cue("decline", reply, L) and len(reply) < (60 if j else 150):
            a = self._pick(_ACCEPT[L])
            b = self._pick(_BROAD_OPEN[L])
            self.last_move = "accept"
            if a or b:
                return sp.join(x for x in (a, b) if x)
        # 8. feelings → acknowledge, then dig
        parts: list[str] = []
        if _cue("feeling", reply, L):
            ack = self._pick(_ACK_POS[L] if _cue("positive", reply, L) else _ACK_FEEL[L])
            if ack:
                parts.append(ack)
        # 8. reflect the owner's own word, then an open deep-dive question
        short = bool(re.match(_CUES[L]["short"], reply)) or not kw
        if kw and not short:
            self.reflected.add(kw)
            if not parts or self.rng.random() < 0.5:
                r = self._pick([t.format(kw=kw) for t in _REFLECT[L]])
                if r:
                    parts.append(r)
            q = None
            if _cue("opinion", reply, L) and self.rng.random() < 0.6:
                q = self._pick(_WHY[L])
            q = q or self._pick([t.format(kw=kw) for t in _DEEP_KW[L]]) or self._pick(_DEEP_OPEN[L])
        else:
            q = self._pick(_PROMPT_SHORT[L] + _DEEP_OPEN[L])
        if q:
            parts.append(q)
        self.last_move = "deep"
        return sp.join(parts) if parts else self._filler()

    # -- moves ----------------------------------------------------------------------------
    def _respect(self, kw: str | None) -> str:
        if self.lang == "ja":
            opts = [
                "承知しました。そこには触れないようにしますので、ご安心ください。",
                "分かりました、その点は伺わないようにします。触ってほしくないところは、いつでもおっしゃってください。",
                "もちろんです。お話しいただける範囲で十分です。",
                "はい、そこは社長のご判断を尊重します。無理にお聞きすることはしません。",
            ]
            follow = [
                "その上で、差し支えない範囲で、最近の現場の様子を聞かせていただけますか？",
                "代わりに、社長が今いちばん気にかけていらっしゃることを伺ってもいいですか？",
                "それ以外のところで、社長が話しやすいことから伺えればと思います。",
                "では、お仕事の中身のほうから、もう少し教えていただけますか？",
            ]
        else:
            opts = [
                "Of course. I won't go there, so please don't worry about that.",
                "Understood, I'll leave that alone. If there's anything else you'd rather I didn't touch, just tell me and I'll respect it.",
                "That's completely fine. Whatever you're comfortable sharing is enough.",
                "Sure, that's your call, and I'll respect it.",
            ]
            follow = [
                "With that set aside, could you tell me how things are going on the shop floor these days?",
                "Instead, may I ask what's been on your mind most about the business lately?",
                "Let's start from whatever you're happy to talk about.",
                "Could you tell me a bit more about the work itself, then?",
            ]
        a = self._pick(opts) or ""
        b = self._pick(follow) or ""
        return (a + ("" if self.lang == "ja" else " ") + b).strip()

    def _reassure(self, reply: str, kw: str | None) -> str:
        L = self.lang
        if L == "ja":
            opts = [
                "ご心配はもっともだと思います。今日のお話が審査や今後の補助金に影響することはありませんので、ご安心ください。",
                "触ってほしくないところがあれば、おっしゃっていただければそれに合わせて進めます。",
                "以前のご経験があれば、慎重になられるのは当然だと思います。",
                "私は何かを売り込みに来たわけでも、点数をつけに来たわけでもありません。",
            ]
            follow = [
                "その時のご経験、よろしければ聞かせていただけますか？",
                "どんなところがご不安か、伺ってもいいですか？",
                "そう感じられるようになった経緯を、少し伺ってもよろしいですか？",
                "社長が一番気にされているのは、どのあたりでしょうか？",
            ]
        else:
            opts = [
                "That's a fair concern. Nothing you tell me today is an assessment, and it won't affect any future subsidy applications.",
                "If there are areas you'd rather I didn't touch, just let me know and I'll work around them.",
                "If past support let you down, it's only natural to be cautious.",
                "I'm not here to sell you anything or to grade you.",
            ]
            follow = [
                "If you don't mind, could you tell me what happened that time?",
                "What is it that worries you most about this?",
                "May I ask how you came to feel that way?",
                "What would you most want to avoid from a meeting like this?",
            ]
        a = self._pick(opts) or ""
        b = self._pick(follow) or ""
        return (a + ("" if L == "ja" else " ") + b).strip()

    def _answer(self, reply: str, kw: str | None) -> str:
        L = self.lang
        what = _cue("what_do", reply, L)
        info = not what and not _cue("test", reply, L)
        if info:
            return self._info(reply, kw)
        if L == "ja":
            if what:
                a = self._pick([
                    "率直にお答えすると、私が答えを持ってきて押しつけるのではなく、社長と一緒に、本当に取り組むべきことを整理していく役割です。必要な専門家や制度があれば、おつなぎもします。",
                    "正直に申し上げると、すぐに何かを納品するというより、まず社長のお考えを伺って、何から手をつけるかを一緒に決めていくお手伝いです。そのうえで必要なら、具体的な支援策や専門家もご紹介します。",
                    "具体的には、何度かお話しする中で課題を一緒に言葉にして、社長が決めたことの実行を横で支える形になります。",
                ])
                b = self._pick([
                    "社長としては、今回どんなことが得られたら来てもらった甲斐があったと思われますか？",
                    "そのためにも、社長が今一番何とかしたいと思っていらっしゃることを、もう少し伺えますか？",
                    "社長ご自身は、どんなことから手をつけたいとお考えですか？",
                ])
            else:
                topic = f"{kw}について" if kw else "そのあたりについて"
                a = self._pick([
                    f"正直に申し上げると、{topic}は社長ほど現場の実感は持っていません。ただ、ほかの会社さんからも厳しいというお話はよく伺っていて、軽い状況ではないと受け止めています。",
                    f"私の知っている範囲ですが、{topic}は業界全体でかなり厳しい局面だと聞いています。とはいえ、現場の細かいところは社長の方がずっとお詳しいと思います。",
                    "私も全部が分かるわけではありませんが、同じ業種の会社さんでも、同じことで悩まれている方は少なくありません。",
                ])
                b = self._pick([
                    "社長ご自身は、今の状況をどうご覧になっていますか？",
                    "社長のところでは、実際どんな影響が出ていますか？",
                    "その中で、社長が一番気になっていらっしゃるのはどこでしょう？",
                ])
        else:
            if what:
                a = self._pick([
                    "To be honest, I won't be turning up with ready-made answers. My role is to work through with you what really needs tackling, and to connect you with specialists or schemes when that helps.",
                    "Honestly, it's less about delivering something on day one and more about helping you decide where to start, then backing you up while you do it. If you need concrete help along the way, I can bring in the right people.",
                    "In practice, we'd talk a few times, put the issues into words together, and then I'd support you as you carry out whatever you decide.",
                ])
                b = self._pick([
                    "What would make this worth your while, from your point of view?",
                    "So that I can be useful, could you tell me a bit more about what you most want to sort out?",
                    "Where would you want to start, if it were up to you?",
                ])
            else:
                topic = kw or "that"
                a = self._pick([
                    f"Honestly, I don't have your feel for {topic} from the inside. What I do hear from other companies is that it's been tough, and I don't take it lightly.",
                    f"From what I know, {topic} has been a difficult area across the industry lately, though you know the details far better than I do.",
                    "I won't pretend to know everything, but you're not the only company wrestling with this.",
                ])
                b = self._pick([
                    "How do you see the situation yourself?",
                    "How has it actually affected you here?",
                    "What concerns you most about it?",
                ])
        return ((a or "") + ("" if L == "ja" else " ") + (b or "")).strip()

    def _info(self, reply: str, kw: str | None) -> str:
        L = self.lang
        low = reply.lower()
        if L == "ja":
            if "補助金" in reply:
                a = "補助金は、ホームページやECに使える制度もあります。ただ、金額や条件は年度や公募回によって変わるので、正確なところは確認して次回お持ちします。"
            elif re.search(r"いくら|費用|お金|コスト", reply):
                a = "規模や作り方によってかなり幅があって、数十万円で済む場合もあれば、数百万円かかる場合もあります。目安は、必要なら次回までに調べてお伝えします。"
            elif re.search(r"同業|他社|ほかの会社|よそ|事例", reply):
                a = "同業でうまくいっている会社さんもありますが、やり方は会社によってまちまちのようです。具体的な事例は、確認してお持ちします。"
            else:
                a = "そこは私もすぐに正確にはお答えできないので、確認してからお伝えさせてください。"
            b = self._pick([
                "そのうえで伺いたいのですが、それが実現したら、社長としては何が一番変わってほしいですか？",
                "あわせて、社長がそこに期待されていることを、もう少し伺ってもいいですか？",
                "その前に、社長がなぜそこに目を向けられたのか、聞かせていただけますか？",
            ])
        else:
            if "subsid" in low:
                a = "There are subsidies that can cover a website or online shop, but the amounts and conditions change from round to round, so I'll check the details and bring them next time."
            elif re.search(r"how much|cost|ballpark|price", low):
                a = "It varies a lot with the scale. Some sites cost a few hundred thousand yen, others several million. I can look into a realistic range for you before next time."
            elif re.search(r"others|other companies|in our line|examples?", low):
                a = "Some companies in your line have done well with it, though each one went about it differently. I'll look for concrete examples and bring them."
            else:
                a = "I can't give you an accurate answer on the spot, so let me check and come back to you on that."
            b = self._pick([
                "Meanwhile, if that worked out, what would you most want it to change for you?",
                "And what are you hoping it will do for the company?",
                "May I ask what first made you look in that direction?",
            ])
        if not self._fresh(a):
            a = ""
        return ((a or "") + ("" if L == "ja" else " ") + (b or "")).strip() or self._filler()

    def _summary(self, kw: str | None) -> str | None:
        # 2–3 points from different owner turns, most recent first, then shown oldest first
        by_turn: dict[int, str] = {}
        for t, k in self.points:
            by_turn.setdefault(t, k)
        turns = sorted(by_turn)[-6:]
        if len(turns) < 2:
            return None
        n = 3 if len(turns) >= 3 and self.rng.random() < 0.6 else 2
        chosen = sorted(self.rng.sample(turns, n))
        pts = []
        for t in chosen:
            k = by_turn[t]
            if all(k not in p and p not in k for p in pts):
                pts.append(k)
        if len(pts) < 2:
            return None
        if self.lang == "ja":
            if len(pts) == 3:
                listing = f"{pts[0]}のこと、{pts[1]}のこと、それから{pts[2]}のこと"
            else:
                listing = f"{pts[0]}のこと、それに{pts[1]}のこと"
            opts = [
                f"ここまでのお話を少し整理させてください。{listing}を伺いました。社長が考えていらっしゃるのは、こういったことなんですね。合っていますか？",
                f"一度まとめさせていただくと、{listing}が大きいと受け止めました。私の理解で、ずれているところはありませんか？",
                f"伺ったことを確認させてください。{listing}、というお話でしたね。そういうことでよろしいでしょうか？",
                f"今のお話も含めて振り返ると、{listing}がつながっているように聞こえました。社長の感覚と合っていますか？",
            ]
        else:
            if len(pts) == 3:
                listing = f"{pts[0]}, {pts[1]}, and {pts[2]}"
            else:
                listing = f"{pts[0]} and {pts[1]}"
            opts = [
                f"Let me check I've got this right. You've talked about {listing}. Is that a fair picture of what's on your mind?",
                f"If I can sum up so far: {listing} seem to be the big things for you. Have I missed anything, or got anything wrong?",
                f"Just to make sure I'm following. We've covered {listing}. Does that sound right to you?",
                f"Looking back over what you've said, {listing} seem connected somehow. Does that match how you see it?",
            ]
        return self._pick(opts)

    def _future(self, kw: str | None) -> str | None:
        if self.lang == "ja":
            opts = [
                "少し先のことも伺わせてください。どう解決するかは一緒に考えていきますので、まずは、うまくいったらどうなっているか、理想の姿を描いてみませんか？",
                "どうやるかはいったん置いておいて、5年後、会社がどうなっていたら社長は嬉しいですか？",
                "もし今のことが解決できたとしたら、社長や社員の皆さんの毎日はどう変わっていると思われますか？",
                "社長が思い描いている、この会社のこれからの姿を聞かせていただけますか？",
            ]
        else:
            opts = [
                "May I ask about the future for a moment? We'll work out the how together later, so for now, what would it look like if things went well?",
                "Setting aside how to get there, what would you like the company to look like five years from now?",
                "If this were solved, how do you imagine your days, and your staff's days, would be different?",
                "What picture do you have in mind for where this company goes from here?",
            ]
        return self._pick(opts)

    def _strength(self, kw: str | None) -> str | None:
        if self.lang == "ja":
            opts = [
                "ここまで続いてきたのには理由があると思うのですが、社長から見て、御社の一番の強みはどこでしょうか？",
                "お客さんが御社を選んでくださるのは、どんなところだと思われますか？",
                "社長が、これだけは誇れると思っていらっしゃることは何ですか？",
            ]
        else:
            opts = [
                "The company has lasted this long for a reason. What would you say its real strengths are?",
                "Why do you think your customers keep choosing you?",
                "What are you proudest of in this business?",
            ]
        return self._pick(opts)

    def _closing(self) -> str:
        by_turn: dict[int, str] = {}
        for t, k in self.points:
            by_turn.setdefault(t, k)
        ks = [by_turn[t] for t in sorted(by_turn)]
        picks = []
        for k in reversed(ks):
            if k not in picks:
                picks.append(k)
            if len(picks) == 2:
                break
        picks.reverse()
        if self.lang == "ja":
            topic = f"{picks[0]}や{picks[1]}のお話" if len(picks) == 2 else "いろいろなお話"
            opts = [
                f"そろそろお時間ですので、今日はこのあたりで失礼します。{topic}、本当にありがとうございました。次回は、その続きを社長のペースでまた伺わせてください。",
                f"今日は長い時間、ありがとうございました。{topic}を伺えて、御社のことが少し分かってきた気がします。次回もどうぞよろしくお願いいたします。",
            ]
        else:
            topic = f"what you told me about {picks[0]} and {picks[1]}" if len(picks) == 2 else "everything you shared"
            opts = [
                f"We're nearly out of time, so I'll stop here for today. Thank you so much for {topic}. Next time I'd like to pick up where we left off, at your pace.",
                f"Thank you for your time today. I feel I understand the company a little better after hearing {topic}. I look forward to seeing you again.",
            ]
        return self._pick(opts) or opts[0]


_ACK_FEEL = {
    "ja": [
        "それは大変でしたね。",
        "そういうお気持ちになられるのも、無理はないと思います。",
        "率直に話していただいて、ありがとうございます。",
        "そのお気持ち、少し分かる気がします。",
        "ずっと気にかけていらっしゃったんですね。",
        "それは、おつらいところですね。",
    ],
    "en": [
        "That sounds really hard.",
        "It's understandable that you'd feel that way.",
        "Thank you for being so frank with me.",
        "I can see why that weighs on you.",
        "It sounds like that's been on your mind for a while.",
        "That can't have been easy.",
    ],
}

_ACK_POS = {
    "ja": [
        "そう言っていただけると、私も嬉しいです。",
        "大事にされてきたことなんですね。",
        "そこは社長の誇りなんですね。",
    ],
    "en": [
        "It's good to hear that.",
        "That clearly matters a lot to you.",
        "I can hear that you're proud of that.",
    ],
}

_INSIGHT_ACK = {
    "ja": [
        "今、社長ご自身の言葉で、とても大事なことをおっしゃったように思います。",
        "ご自分で、そこまで言葉にされたんですね。",
        "社長の口から、今の言葉が出てきたことが大きいと思います。",
    ],
    "en": [
        "What you just said sounds really important, and it came from you.",
        "You've just put something big into words yourself.",
        "That came from you, and I think it matters.",
    ],
}

_INSIGHT_Q = {
    "ja": [
        "そう言葉にしてみて、今どんなお気持ちですか？",
        "そこに気づかれて、今どう感じていらっしゃいますか？",
        "そのこと、もう少しご自身の言葉で聞かせていただけますか？",
    ],
    "en": [
        "How does it feel, saying it out loud like that?",
        "What's going through your mind now that you've said it?",
        "Could you say a little more about that, in your own words?",
    ],
}

_ACCEPT = {
    "ja": [
        "大丈夫です、無理にお答えいただかなくて構いません。",
        "もちろんです、またの機会で結構です。",
        "分かりました、そこはいったん置いておきましょう。",
        "いえいえ、すぐに言葉にならないこともありますよね。",
    ],
    "en": [
        "That's fine, there's no need to answer that now.",
        "Of course, we can come back to it another time.",
        "No problem, let's set that aside for now.",
        "That's okay. Some things are hard to put into words straight away.",
    ],
}

_BROAD_OPEN = {
    "ja": [
        "では、最近のお仕事の中で、印象に残っていることはありますか？",
        "普段、社長がいちばん時間を使っていらっしゃるのは、どんなことですか？",
        "この仕事をしていて、やりがいを感じるのはどんな時ですか？",
        "社長ご自身が、今いちばん気にかけていらっしゃることは何でしょう？",
        "ここ数年で、会社の中で変わってきたと感じることはありますか？",
    ],
    "en": [
        "What's been on your mind at work lately?",
        "What takes up most of your time these days?",
        "When do you find this work most rewarding?",
        "What would you say you care about most in the business right now?",
        "What has changed in the company over the last few years, from where you sit?",
    ],
}

_REFLECT = {
    "ja": [
        "{kw}、なんですね。",
        "「{kw}」とおっしゃいましたね。",
        "{kw}のお話、印象に残りました。",
        "{kw}、ですか。",
        "今、{kw}というお言葉が出ましたね。",
    ],
    "en": [
        "You mentioned {kw}.",
        "Right, {kw}.",
        "{kw}, I see.",
        "That point about {kw} stuck with me.",
        "You said \"{kw}\".",
    ],
}

_DEEP_KW = {
    "ja": [
        "その{kw}について、もう少し詳しく聞かせていただけますか？",
        "{kw}というのは、社長にとってどういうものなんでしょう？",
        "{kw}について、社長ご自身はどう感じていらっしゃいますか？",
        "{kw}のことで、何か印象に残っている出来事はありますか？",
        "{kw}のことは、その後どうなったんですか？",
        "{kw}のお話、もう少し伺ってもいいですか？",
    ],
    "en": [
        "Could you tell me a bit more about {kw}?",
        "When you say \"{kw}\", what do you mean exactly?",
        "How do you feel about {kw} yourself?",
        "What comes to mind when you think about {kw}?",
        "What's the story behind {kw}?",
        "Is there a moment with {kw} that stays with you?",
    ],
}

_WHY = {
    "ja": [
        "そう思われるのは、なぜなんでしょう？",
        "なぜそのようにお考えになったのですか？",
        "そうお考えになるのには、どんな理由があるんでしょう？",
    ],
    "en": [
        "What makes you think so?",
        "Why do you see it that way?",
        "What's behind that view, would you say?",
    ],
}

_DEEP_OPEN = {
    "ja": [
        "なぜそのようにお考えになったのですか？",
        "それで、その後はどうなったんですか？",
        "その時、社長はどう感じられましたか？",
        "そう思われるようになったきっかけは、何かあったんですか？",
        "具体的には、どんな場面でそう感じられますか？",
        "そのことは、社長にとってどんな意味がありますか？",
        "そのあたり、もう少し聞かせていただけますか？",
        "その続きを伺ってもいいですか？",
    ],
    "en": [
        "Why do you think that is?",
        "And then what happened?",
        "How did you feel about it at the time?",
        "Was there something that made you start seeing it that way?",
        "Could you give me an example of when that happens?",
        "What does that mean for you?",
        "Could you tell me a little more about that?",
        "What happened next?",
    ],
}

_PROMPT_SHORT = {
    "ja": [
        "それで？",
        "と、おっしゃいますと？",
        "よろしければ、もう少し聞かせてください。",
        "ゆっくりで大丈夫ですので、続きを伺えますか？",
    ],
    "en": [
        "And?",
        "How do you mean?",
        "Please, go on.",
        "Take your time. What comes to mind?",
    ],
}


# --------------------------------------------------------------------------------------
# beginner: polite but 一問一答
# --------------------------------------------------------------------------------------

_CHECKLIST = {
    "ja": [
        "従業員は何名いらっしゃいますか？",
        "年商はどのくらいですか？",
        "創業は何年ですか？",
        "主な取引先はどちらですか？",
        "ホームページはありますか？",
        "社長は何代目になりますか？",
        "後継者はもう決まっていますか？",
        "借入金はありますか？",
        "設備投資のご予定はありますか？",
        "売上はここ数年、増えていますか、減っていますか？",
        "利益は出ていますか？",
        "SNSはやっていらっしゃいますか？",
        "これまでに補助金を使われたことはありますか？",
        "人手は足りていますか？",
        "営業はどなたが担当されていますか？",
        "競合はどちらになりますか？",
        "社員の平均年齢はおいくつくらいですか？",
        "取引先は何社くらいありますか？",
    ],
    "en": [
        "How many employees do you have?",
        "What's your annual turnover, roughly?",
        "When was the company founded?",
        "Who are your main customers?",
        "Do you have a website?",
        "Which generation of the family are you?",
        "Have you decided on a successor yet?",
        "Do you have any bank loans?",
        "Are you planning any investment in equipment?",
        "Have sales gone up or down over the last few years?",
        "Are you making a profit?",
        "Are you on social media at all?",
        "Have you used any subsidies before?",
        "Do you have enough staff?",
        "Who handles sales?",
        "Who are your main competitors?",
        "What's the average age of your staff?",
        "How many customers do you deal with?",
    ],
}

_BEG_ACK = {
    "ja": ["はい", "なるほど", "そうですか", "分かりました", "ありがとうございます", "承知しました", "はい、ありがとうございます", "なるほど、ちなみに", "では次に", "あと"],
    "en": ["Okay", "Right", "I see", "Got it", "Thanks", "Okay, thank you", "Right, and", "Next", "Also", "Sure"],
}

_BEG_LEADING = {
    "ja": [
        "やっぱり、若い人が定着しないのが一番の問題ですよね？",
        "ホームページを新しくすれば、お客さんも増えると思いませんか？",
        "売上が伸びないのは、営業が足りていないからではないですか？",
    ],
    "en": [
        "The biggest problem is probably getting young people to stay, isn't it?",
        "Don't you think a new website would bring in more customers?",
        "Isn't the real issue that you're not doing enough sales work?",
    ],
}

_BEG_ADVICE = {
    "ja": [
        "ちなみに、今ならIT導入補助金が使えますので、受発注や在庫のシステムを入れてみてはいかがでしょうか。",
        "ものづくり補助金や小規模事業者持続化補助金もありますので、ぜひ使われた方がいいと思います。",
        "SNSで発信するだけでも、けっこう反応が変わりますよ。",
    ],
    "en": [
        "By the way, there's an IT subsidy available right now, so you could think about bringing in an ordering or stock system.",
        "There are also subsidies for small businesses and for equipment, so I'd really recommend applying.",
        "Just posting on social media can make a real difference, you know.",
    ],
}


class BeginnerBot(_Base):
    name = "beginner"

    def __init__(self, lang: str = "ja", seed: int = 0) -> None:
        super().__init__(lang, seed)
        self.queue = list(_CHECKLIST[lang])
        self.rng.shuffle(self.queue)
        self.close_at = self.rng.randint(18, 23)
        self.blunt_at = self.rng.randint(3, 7)
        lead = self.rng.sample(_BEG_LEADING[lang], self.rng.choice([1, 2]))
        adv = self.rng.sample(_BEG_ADVICE[lang], self.rng.choice([1, 2]))
        self.special: dict[int, str] = {}
        slots = self.rng.sample(range(5, self.close_at - 1), len(lead) + len(adv))
        for s, line in zip(slots, lead + adv):
            self.special[s] = line
        self.summary_at = self.rng.choice([None, self.rng.randint(11, self.close_at - 2)])
        self.kws: list[str] = []
        self.closed = False
        self.answered = False

    def start(self, briefing: str) -> str:
        self.briefing = briefing
        org = _org(briefing, self.lang)
        if self.lang == "ja":
            t = self.rng.choice([
                f"はじめまして、{org}の者です。本日はよろしくお願いします。今日はいくつか質問させていただきますので、お答えいただければと思います。",
                f"{org}から来ました。本日はお時間をいただき、ありがとうございます。さっそくですが、会社の基本的なことから伺います。",
            ])
        else:
            t = self.rng.choice([
                f"Hello, I'm from {org}. Thanks for having me. I've got a few questions to go through today, if that's okay.",
                f"Hi, I'm with {org}. Thank you for your time. Let me start with some basic questions about the company.",
            ])
        return self._emit(t)

    def _ack_q(self, q: str) -> str:
        ack = self.rng.choice(_BEG_ACK[self.lang])
        if self.lang == "ja":
            return f"{ack}、{q}" if not ack.endswith(("ちなみに", "次に", "あと")) else f"{ack}、{q}"
        q2 = q[0].lower() + q[1:] if not q.startswith(("I ", "I'", "SNS")) else q
        if ack in ("Next", "Also"):
            return f"{ack}: {q2}"
        if ack.endswith(" and"):
            return f"{ack} {q2}"
        return f"{ack}, {q2}"

    def next(self, owner_reply: str) -> str | None:
        if self.closed:
            return None
        reply = (owner_reply or "").strip()
        self.replies.append(reply)
        for k in [k for k in _keywords(reply, self.lang) if _good_point(k, self.lang)][:2]:
            self.kws.append(k)
        utter_no = self.n + 1
        L = self.lang
        if utter_no >= self.close_at or not self.queue and utter_no > 8:
            self.closed = True
            return self._emit(self.rng.choice([
                "質問は以上です。本日はありがとうございました。また改めて伺います。" if L == "ja" else "That's all my questions. Thank you for today, I'll be in touch again.",
                "今日はこのくらいで大丈夫です。お忙しいところありがとうございました。" if L == "ja" else "I think that's everything for today. Thanks for your time.",
            ]))
        # the owner asks something: a lame answer, once
        if _is_question(reply) and not self.answered and (_cue("what_do", reply, L) or _cue("test", reply, L)):
            self.answered = True
            t = ("すみません、そのあたりは私もまだ勉強中でして…。持ち帰って確認します。" if L == "ja"
                 else "Sorry, I'm still learning about that myself. I'll check and get back to you.")
            q = self.queue.pop(0) if self.queue else None
            return self._emit(t + ("" if L == "ja" else " ") + (self._ack_q(q) if q else ""))
        if utter_no == self.blunt_at:
            return self._emit("ところで、社長の今一番の悩みは何ですか？" if L == "ja" else "So, what's your biggest worry right now?")
        if utter_no in self.special:
            return self._emit(self.special[utter_no])
        if self.summary_at and utter_no == self.summary_at and len(self.kws) >= 2:
            a, b = self.kws[-4] if len(self.kws) >= 4 else self.kws[0], self.kws[-1]
            if a != b:
                t = (f"ここまでで、{a}と{b}のお話を伺いました。そういうことでよろしいでしょうか？" if L == "ja"
                     else f"So far you've told me about {a} and {b}. Is that right?")
                if self._fresh(t):
                    return self._emit(t)
        # once in a while, a decent reflection
        kw = self.kws[-1] if self.kws else None
        if kw and self.rng.random() < 0.15 and utter_no > 2:
            t = self._pick([
                f"{kw}なんですね。もう少し詳しく教えていただけますか？" if L == "ja" else f"Oh, {kw}? Could you tell me a bit more about that?",
                f"{kw}ですか。それはどうしてなんでしょう？" if L == "ja" else f"{kw}, really? Why is that?",
            ])
            if t:
                return self._emit(t)
        while self.queue:
            q = self.queue.pop(0)
            t = self._ack_q(q)
            if self._fresh(t):
                return self._emit(t)
        return self._emit(self._filler())


# --------------------------------------------------------------------------------------
# pushy: diagnoses, advises, leads, boasts, denies, presses for the books
# --------------------------------------------------------------------------------------


def _diagnoses(briefing: str, lang: str) -> list[str]:
    b = briefing
    j = lang == "ja"
    out = []
    if re.search(r"EC|ネット|ホームページ|online|website|e-commerce", b, re.I):
        out.append("ECを始める前に、まず商品の見せ方と価格設定を見直すべきです。" if j else
                   "Before you go anywhere near online sales, you need to fix how your products are presented and priced.")
    if re.search(r"後継|会長|承継|継いだ|長男|長女|successor|chairman|took over|eldest|second generation|third-generation|second-generation", b, re.I):
        out.append("正直に言うと、先代がまだ口を出しているのが一番の問題だと思います。" if j else
                   "To be blunt, the biggest problem is that the previous generation is still calling the shots.")
    if re.search(r"人手不足|人手|shortage", b, re.I):
        out.append("人が集まらないのは、給与と評価の仕組みが古いからです。" if j else
                   "You can't hire because your pay and appraisal system is out of date.")
    if re.search(r"取引先|一次サプライヤー|出荷先|customer|supplier", b, re.I):
        out.append("一社に頼っている今の取引構造は、かなり危ないですよ。" if j else
                   "Relying on one big customer like this is really dangerous.")
    if re.search(r"来店|店舗|shops?\b|customers coming", b, re.I):
        out.append("お客さんが減っているのは、若い人向けの発信が足りないからですよ。" if j else
                   "You're losing customers because you're not reaching younger people.")
    if re.search(r"DX|デジタル|digit", b, re.I):
        out.append("DXは、まずクラウドの在庫管理を入れれば半分は片付きます。" if j else
                   "Half of your DX problem goes away the moment you put in a cloud stock system.")
    out.append("結局のところ、営業力と組織の問題だと思います。" if j else
               "At the end of the day, it comes down to weak sales and a weak organisation.")
    return out


_PUSH = {
    "ja": {
        "advice": [
            "まずは月次の試算表を毎月つくって、数字で経営するべきです。",
            "SNSはすぐに始めた方がいいですよ。",
            "人事評価制度を入れるべきですね。うちでよく使っているテンプレートがありますから、お持ちします。",
            "不採算の取引は思い切って切った方がいいです。",
            "経営計画書をつくって、社員全員に配るべきです。",
            "補助金を使って、設備も一気に入れ替えましょう。",
        ],
        "leading": [
            "{kw}も、結局は社長が全部抱え込んでいるからだと思いませんか？",
            "このままだと、5年後はかなり厳しいですよね？",
            "社員にもっと任せるべきだと思いませんか？",
            "{kw}については、早く手を打った方がいいのではないですか？",
            "新しい販路を開拓すべきだと思いませんか？",
        ],
        "brag": [
            "以前支援した会社では、同じやり方で売上が2割伸びました。",
            "私はこれまで200社以上見てきましたので、だいたいのパターンは分かっています。",
            "同じ業種の社長さんには、みなさん私のやり方で喜んでいただいています。",
            "こういうケースは、私の得意分野なんですよ。",
        ],
        "deny": [
            "いや、{kw}というのは、それは違うと思いますよ。",
            "お言葉ですが、そのお考えは少し古いと思います。",
            "それは言い訳に聞こえてしまいますね。",
            "そう思われているうちは、何も変わりませんよ。",
        ],
        "books": [
            "決算書を3期分見せていただけませんか？数字を見ればすぐ分かりますので。",
            "やはり決算書がないと、正確な診断はできませんね。",
            "せめて試算表だけでも見せていただけませんか？",
            "決算書を出していただけないと、こちらも本気で支援できないんですよ。",
        ],
        "question": [
            "で、売上は前年比でどれくらい落ちているんですか？",
            "利益率はどのくらいですか？",
            "社長は、毎月の数字をちゃんと見ていますか？",
            "その件、いつまでに決めるおつもりですか？",
        ],
    },
    "en": {
        "advice": [
            "First thing, you should be producing monthly management accounts and running the business on the numbers.",
            "You should get on social media straight away.",
            "You need a proper appraisal system. We've got a template we use all the time, I'll bring it next time.",
            "You should drop the unprofitable accounts, even if it hurts.",
            "You need a written business plan and every employee should get a copy.",
            "Use a subsidy and replace the equipment in one go.",
        ],
        "leading": [
            "Don't you think {kw} really comes down to you trying to carry everything yourself?",
            "If things carry on like this, the next five years will be tough, won't they?",
            "Don't you think you should be delegating more to your staff?",
            "Wouldn't it be better to deal with {kw} sooner rather than later?",
            "Don't you think you should be opening up new sales channels?",
        ],
        "brag": [
            "One company I supported grew sales by twenty percent doing exactly this.",
            "I've worked with over two hundred companies, so I know the patterns pretty well.",
            "Owners in your industry have all been very happy with my approach.",
            "This kind of case is exactly my speciality.",
        ],
        "deny": [
            "No, I'm afraid {kw} isn't really the issue.",
            "With respect, that way of thinking is a bit outdated.",
            "That sounds like an excuse, to be honest.",
            "As long as you think like that, nothing's going to change.",
        ],
        "books": [
            "Could you show me the last three years of financial statements? The numbers will tell me straight away.",
            "Without the financial statements I really can't give you an accurate diagnosis.",
            "Could you at least show me the monthly trial balance?",
            "If you won't share the accounts, it's hard for me to help you properly.",
        ],
        "question": [
            "So how far have sales dropped compared with last year?",
            "What's your profit margin?",
            "Do you actually look at the monthly numbers?",
            "When are you planning to decide on that?",
        ],
    },
}


class PushyBot(_Base):
    name = "pushy"

    def __init__(self, lang: str = "ja", seed: int = 0) -> None:
        super().__init__(lang, seed)
        self.close_at = self.rng.randint(18, 22)
        self.diag: list[str] = []
        # a rough plan: diagnose early, then a shuffled mix of pushy moves
        mix = ["advice"] * 5 + ["leading"] * 4 + ["brag"] * 3 + ["deny"] * 3 + ["books"] * 3 + ["question"] * 3
        self.rng.shuffle(mix)
        self.plan = ["diagnose", "books", "diagnose"] + mix
        self.closed = False
        self.kw_used: set[str] = set()
        self.used_pre: set[str] = set()

    def start(self, briefing: str) -> str:
        self.briefing = briefing = str(briefing or "")
        self.diag = _diagnoses(briefing, self.lang)
        self.rng.shuffle(self.diag)
        org = _org(briefing, self.lang)
        if self.lang == "ja":
            t = self.rng.choice([
                f"はじめまして、{org}の者です。私はこれまで200社以上の中小企業を支援してきましたので、今日は具体的な改善策をお持ちするつもりで来ました。早速ですが、事前の資料はひと通り拝見しています。",
                f"{org}から参りました。事前資料を拝見して、御社の課題はだいたい見当がついています。今日はその確認と、打ち手のご提案をさせてください。",
            ])
        else:
            t = self.rng.choice([
                f"Hello, I'm from {org}. I've supported more than two hundred small businesses, so I've come today with some concrete improvements in mind. I've already been through your file.",
                f"Hi, I'm with {org}. I've read your file and I've got a fairly good idea of what your issues are. Today I'd like to confirm that and put some proposals to you.",
            ])
        return self._emit(t)

    def next(self, owner_reply: str) -> str | None:
        if self.closed:
            return None
        reply = (owner_reply or "").strip()
        self.replies.append(reply)
        L = self.lang
        sp = "" if L == "ja" else " "
        utter_no = self.n + 1
        if utter_no >= self.close_at:
            self.closed = True
            return self._emit(
                "では、次回までに決算書3期分と、今日お話しした改善策の検討をお願いします。それでは失礼します。" if L == "ja"
                else "Right, so before next time, please have three years of financial statements ready and have a think about the improvements I suggested. I'll see you then."
            )
        kw = _ranked_keyword(reply, L, self.kw_used, self.rng)
        if kw:
            self.kw_used.add(kw)
        # a direct question gets a boastful answer plus a push
        if _is_question(reply) and (_cue("what_do", reply, L) or _cue("test", reply, L)):
            a = self._pick([
                "もちろん分かりますよ。この業界の会社は何十社も見てきましたから。" if L == "ja" else "Of course I do. I've seen dozens of companies in this industry.",
                "ご安心ください、こういう案件は慣れています。結論から言えば、やることは決まっています。" if L == "ja" else "Don't worry, I deal with this all the time. Frankly, it's obvious what needs doing.",
                "私がやるのは、御社に足りないところをはっきりさせて、改善策をお渡しすることです。" if L == "ja" else "What I do is pin down what you're missing and hand you a plan to fix it.",
            ])
            b = self._move(kw)
            return self._emit(((a or "") + sp + b).strip())
        return self._emit(self._move(kw))

    def _move(self, kw: str | None) -> str:
        L = self.lang
        j = L == "ja"
        while self.plan:
            m = self.plan.pop(0)
            if m == "diagnose":
                if not self.diag:
                    continue
                d = self.diag.pop(0)
                pres = [x for x in (["お話を伺う限り、御社の課題ははっきりしていますね。", "私の見立てをはっきり申し上げます。", "資料を見た時点で分かっていましたが、"]
                                 if j else ["From what you're saying, your problem is pretty clear.", "Let me give you my diagnosis straight.", "I could tell from the file already."]) if x not in self.used_pre]
                pre = self.rng.choice(pres) if pres else ""
                self.used_pre.add(pre)
                if pre and pre.endswith("、"):
                    return pre + d
                return ((pre or "") + ("" if j else " ") + d).strip()
            opts = _PUSH[L][m]
            filled = []
            for o in opts:
                if "{kw}" in o:
                    if not kw:
                        continue
                    o = o.format(kw=kw)
                filled.append(o)
            t = self._pick(filled)
            if t:
                return t
        # plan exhausted: any unused pushy line
        pool = []
        for m in ("advice", "leading", "brag", "books", "question", "deny"):
            for o in _PUSH[L][m]:
                if "{kw}" in o:
                    if not kw:
                        continue
                    o = o.format(kw=kw)
                pool.append(o)
        return self._pick(pool) or self._filler()


BOTS = {"good": GoodBot, "beginner": BeginnerBot, "pushy": PushyBot}
