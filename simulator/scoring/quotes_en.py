"""English words the feedback may quote as the owner's (see :mod:`.quotes`): nouns and noun
phrases ("order book", "head baker"), the odd adjective; never a closed-class word (pronoun,
determiner, modal, number word, interjection, intensifier), a verb by its position ("dodge the
question", "the stock lives on …", "the head baker retires"), or a name. There is no tagger:
the word's class is read from its neighbours."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["EN_INTERJECTION", "EN_SKIP", "en_phrases"]

# English words that name no point of the owner's
EN_SKIP: frozenset[str] = frozenset(
    """
    a an the this that these those it its i me my mine we us our you your he she they them their
    his her him himself herself itself who what which when where why how and or but so if then than as at by for from in into
    of on to with about over under every each all any some no not none most more much many few lot
    lots very really just only also even still too quite rather is are was were be been being am
    do does did done have has had can could will would shall should may might must there here yes
    yeah okay ok well oh one ones other others another same such own thing things stuff idea ideas
    pressing cloth coat suit weather tea lunch baseball bit couple
    whenever wherever whatever however whoever whichever
    time times way ways kind sort bit something anything everything nothing people person answer
    answers question questions advice talk point points matter issue issues problem problems today
    yesterday now earlier before after lately day days year years week weeks month months part
    parts place case cases fact reason reasons situation moment minute minutes meeting support
    work job hundred hundreds thousand thousands dozen
    supporter owner president company business firm help think know want feel said say says tell
    told get got make made go going come take need seem look keep give let put see hear try mean
    meant guess suppose like liked love hate hope good bad hard easy big small new old long short
    sure right wrong real fine whole able enough always never often sometimes maybe perhaps
    honestly frankly anyway though although because since while until again back away around
    everyone someone anyone nobody somebody anybody myself yourself ourselves themselves
    mr mrs ms sir thanks thank please sorry look looking morning mornings evening night nights
    left went came took gave kept lost felt found thought brought bought sold paid ran began became
    grew knew held led fell sent spent built saw done gone given taken seen used let lot up down
    out off through across along ahead behind else instead yet ever least last next first second
    inside outside beyond beside besides
    within without mind far near almost already actually basically probably anyway hell heck
    quicker either theory version information sudden simple impressive grand worth speak move moving level fancy nice great huge
    chamber chambers commerce association federation agency bureau ministry referral referred
    among amongst several whether wonder wondered heard plenty advisor advisors adviser advisers
    goes gets comes takes makes keeps gives seems happens happened reckon reckons supposed guessed
    headline anymore nowadays onto upon via per toward towards against unless
    """.split()
)
# a word right after these is a verb ("I bake", "to grow", "we'll see", "can't find")
_EN_BEFORE_VERB = frozenset(
    "i we you they he she it to will would can could should might must may shall don't didn't "
    "doesn't can't won't couldn't wouldn't never always just barely hardly rarely seldom scarcely "
    "usually ever often".split()
)
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
_EN_DET = frozenset(
    "the a an our my your their his her its this that these those some any no more less much "
    "many few every each".split()
)
# closed classes never quoted: interjections ("hello", "hmm"), number words ("thirty-eight",
# "billion"), intensifiers ("pretty vague" → "vague")
EN_INTERJECTION = frozenset(
    "hello hi hey bye goodbye hmm mm mmm uh um huh eh ah oh wow "
    # the sounds a listener makes ("the chairman says 'hm'"): no word of his (r17b s08 T4)
    "hm hmm hmmm mhm mmhm uh-huh erm er ahh ooh ugh meh pfff tsk "
    "whatever whoever wherever whichever however".split()
)
_EN_NUMBER = re.compile(
    r"^(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|thousand|million|billion|trillion|yen|dollars?|percent|half|"
    r"double|triple|dozens?)(-[\w-]+)?$"
)
# a plural-looking word right after one of these is a verb ("what that involves")
_EN_SUBJECT = frozenset("that this he she which who what".split())
_EN_INTENSIFIER = frozenset("pretty fairly somewhat rather quite very really so too".split())
# prepositions: a plural-looking word right before one, after a noun, is a verb ("the stock
# lives on a whiteboard"); a word between in/on/at and "of" is part of a preposition
# ("in front of")
_EN_PREP = frozenset(
    "on in at to into onto with from for by about over under through after before".split()
)
_EN_PARTICLE = frozenset("up out down off back over".split())
_EN_PLAIN_HEADS = frozenset(
    "firm firms company companies business businesses people person job jobs work side "
    # "response times", "delivery times": the modifier alone is a fragment (t10 q037)
    "times".split()
)
# a word right before these takes an object: a verb ("dodge the question", "turns into")
_EN_OBJECT = _EN_DET | frozenset("it them me us him into onto".split())


# nouns too plain to quote alone that still make a compound with the next noun ("tea
# ceremonies", "lunch break"): the compound is quoted whole, never its head cut off
_EN_MODIFIER_NOUNS = frozenset(
    "tea lunch weather coat suit cloth baseball business morning evening weekend "
    # "the night shift", "day rate", "work orders", "family firm" (q21: never "shift" alone)
    "night day work family summer winter".split()
)
# modifiers that make a compound with a single noun too ("business plan", "morning crowd"): the
# noun alone is a fragment of what he said (judge 4, issue 8)
_EN_STRONG_MODIFIERS = frozenset("business morning evening weekend night day".split())
# set phrases whose words are no point of his ("at this rate", "touch wood", "keep an eye on"),
# and the thing a comparison likens to ("not much bigger than a bedroom")
_EN_IDIOM = re.compile(
    r"\b(at (this|that) rate|touch wood|knock on wood|keep(ing)? an eye on|keep(ing)? track( of)?|"
    r"flat out|the rest of|in the end|at the end of the day|for the time being|in the long run|"
    r"by the way|on the other hand|"
    # a put-off ("in due course", "all in good time", "when the time comes"): no noun of it is a
    # point of his; 'due course' cut out of it is a fragment (r18a s06 T6)
    r"(all )?in (due (course|time)|good time|the fullness of time)|when the time comes|time will tell|"
    r"sooner or later|(down|further down) the (road|line|track)|one of these days|"
    r"(bigger|smaller|larger|more|less) than an? \w+|"
    # a sentence adverb: 'in' and a bare noun set off by commas ("In reality, …", "…, in truth,")
    r"(?:^|(?<=[,;:—–] ))in \w+(?=\s*[,;:—–.!?]|$)|"
    # a feeling said through the body ("in my gut", "on my mind", "off my chest")
    r"(in|on|off) (my|our|his|her|your) (gut|guts|chest|stomach|heart|bones|mind|head|shoulders?|plate|nerves)|"
    # a time of his life ("as a kid", "when I was a boy"): when, not what
    r"as an? (kid|child|boy|girl|youngster|teenager|student)|when (i|we) (was|were) (an? )?\w+|"
    # set phrases whose nouns are no point of his ("off the shelf", "by heart", "make a name
    # for ourselves", "under our own name", "to be honest"): a word cut out of one is a fragment
    r"(off|on) the shel(f|ves)|by heart|at heart|by hand|off (my|your|our|his|her|their) hands|"
    r"(make|made|making) an? name|"
    r"under (our|my|his|her|their|the|its)( own)? (\w+ )?name|to be (honest|fair|frank)|"
    # more set phrases, a word cut out of one a fragment (judge 4, issue 8): "for the sake of",
    # "my name on the door", "work the door", "my stomach dropped", "keeps us full", "making
    # someone else rich", "give him some trouble"
    r"(that's|that is|it's|such is) (the|life|business) ?\w* for you|"
    r"for (the|its|their|our|my|his|her) (own )?sake( of)?|(\w+'s )?names? (is |was |'s )?on the (door|sign|building)|"
    r"(work|works|worked|working) the (door|room|floor|counter)|"
    r"(stomach|heart) (dropped|drops|sank|sinks|turned|turns|churned|churns|skipped)|"
    r"(keep|keeps|kept|keeping) (us|me|them|him|her|you) (full|busy|afloat|going|honest|up)|"
    r"(make|makes|made|making) (someone|somebody|other people|others|everyone)( else)? (rich|happy)|"
    r"(give|gives|gave|giving) (him|her|them|me|us|you) (some |a lot of |any |no )?(trouble|grief|hell|flak)|"
    # figures of speech whose nouns are no thing of his ("money on the table", "through the
    # roof", "in the same boat", "the last straw"): one word cut out of one is a fragment, and
    # "table" of "leaving money on the table" is no point of his (q21)
    r"(money|cash|it|something|nothing) (on|off) the table|(on|off|under) the table|"
    r"through the roof|in the (same )?boat|rock(s|ed|ing)? the boat|the last straw|"
    r"(tip|top) of the iceberg|drop in the (ocean|bucket)|pie in the sky|on thin ice|"
    r"(back )?to the drawing board|on the back burner|up in the air|(in|on) the (red|black)|"
    r"(bite|bit|biting) the bullet|(cut|cuts|cutting) corners|(make|makes|made|making) ends meet|"
    r"(keep|keeps|kept|keeping) the lights on|heads? above water|foot in the door|"
    r"(the )?writing on the wall|(the )?elephant in the room|behind the scenes|on the fence|"
    r"(the )?ball('s| is)? in (my|our|your|his|her|their) court|(all )?(my|our|his|her) eggs in one basket|"
    r"(burn|burning|burnt|burned) the candle at both ends|(light|lights) at the end of the tunnel|"
    r"(a )?nail in the coffin|(cross|crossed) that bridge|(not )?(my|our|his|her) cup of tea|"
    # a time to come or gone ("next quarter", "last season"): when, not what
    r"(next|last|this|that) (quarter|season|spring|summer|fall|autumn|winter|month|week|year))\b",
    re.I,
)


# set phrases quoted whole or not at all: a word cut out of one ("mouth", "word" of "word of
# mouth") is a fragment of what he said (playtest r12a s06 T3)
_EN_UNIT = re.compile(
    r"\b(word of mouth|rule of thumb|peace of mind|piece of cake|state of the art|"
    r"bread and butter|hand to mouth|cap in hand|hand in hand|trial and error|"
    r"ups and downs|nuts and bolts|wear and tear|odds and ends|pros and cons|"
    r"hand over fist|out of stock|out of business|"
    # his strong expression, whole or nothing: never "dead body" of it (t10 q051)
    r"over (my|our|his|her) dead bod(y|ies))\b",
    re.I,
)
# a phrasal adjective or verb with its particle ("worn out", "fed up", "burnt out", "held
# back"): quoted whole or not at all; the word alone ("worn", "fed") is a fragment (q21). The
# word is a participle or a verb: never a plural noun ("sales down") or a noun after a
# determiner ("the money back"); checked in en_phrases.
_EN_PHRASAL = re.compile(r"\b([A-Za-z]{3,}) (out|up|back|down|off)\b(?! of\b)")
# participles and verbs of a phrasal unit that EN_SKIP holds as plain words
_EN_PHRASAL_SKIPPED = frozenset("held kept left put cut run shut laid sold wound".split())
# the participle of a phrasal unit: a state of his or his business ("worn out", "fed up", "tied
# up", "wiped out"), never a noun ("electricity up") or a verb of motion ("power up", "piling up")
_EN_IRREGULAR_PARTICIPLES = frozenset(
    """
    worn burnt fed held kept left put cut run shut laid sold wound stuck hung torn dug spent built
    lit spun ground broken beaten taken given shaken spoken written eaten fallen driven frozen
    stolen chosen forgotten hidden bitten swollen woken bound caught brought bought thrown blown
    """.split()
)
# verbs whose object takes an adjective after it ("keep my regulars happy", "make the staff
# nervous"): the noun and that adjective are no compound
_EN_COMPLEMENT_VERBS = frozenset(
    "keep keeps kept keeping make makes made making leave leaves leaving drive drives driving".split()
)
# the adjectives said of that object ("their private-label line" stays a compound)
_EN_COMPLEMENTS = frozenset(
    """
    happy unhappy busy nervous afloat going honest comfortable sweet loyal interested safe alive
    guessing waiting worried angry satisfied content sane sharp awake coming mad crazy
    """.split()
)
_EN_INDEFINITE_SUBJECTS = frozenset("something it that this everything nothing he she".split())
# a weekday or a month is capitalised but no name: the words after it are no name's compound
# ("the Thursday lardy cake", "our March order book")
_EN_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december christmas easter".split()
)
# a head too plain to quote alone that still ends a compound with the word before it ("car
# parts", "spare parts"): the compound is quoted whole, never its modifier cut off (r12b s02 T8)
_EN_PLAIN_COMPOUND_HEADS = frozenset("part parts".split())
# subjects a verb follows ("people buy", "nobody notices")
_EN_PLAIN_SUBJECTS = frozenset(
    "people folks nobody somebody everybody someone everyone anyone".split()
)
# a copula or a verb of seeming: a lone word right after one is a predicate adjective ("sales
# have been slow", "money is tight"): said of something, no point of his alone, like 『高い』
_EN_COPULA = frozenset(
    "is are was were be been being am feel feels felt seem seems seemed get gets got getting "
    "stay stays stayed remain remains become becomes i'm we're they're it's that's he's she's "
    "you're".split()
)
# pronouns and adverbs whose 's is "is"/"has" ("it's", "that's"), never a noun's possessive
_EN_NOT_POSSESSIVE = frozenset("it that he she there here what who where when how let this".split())
_EN_NOUN_SUFFIX = re.compile(r"(tion|sion|ment|ness|ity|ship|ance|ence|ism)$")


@lru_cache(maxsize=4096)
def en_phrases(text: str) -> tuple[tuple[str, frozenset[str], tuple[int, ...], int], ...]:
    try:
        from ..analysis.english import lemma
    except Exception:  # the analyser is optional for the scorer

        def lemma(word: str) -> str:
            return word

    out: list[tuple[str, frozenset[str], tuple[int, ...], int]] = []
    lowercase = {m.group(0) for m in _EN_WORD.finditer(text) if m.group(0).islower()}
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        toks = list(_EN_WORD.finditer(sentence))
        idiom = [(m.start(), m.end()) for m in _EN_IDIOM.finditer(sentence)]
        units = [(m.start(), m.end()) for m in _EN_UNIT.finditer(sentence)]
        units += [span for span in _phrasal_spans(sentence) if not any(a <= span[0] < b for a, b in idiom + units)]
        for a, b in units:
            surface = sentence[a:b]
            if a == 0 and surface[:1].isupper():
                surface = surface[:1].lower() + surface[1:]
            words = [t.group(0).lower() for t in toks if a <= t.start() and t.end() <= b]
            keys = frozenset(lemma(w) for w in words if w not in EN_SKIP)
            out.append((surface, keys | {surface.lower()}, (0, 1, -len(surface)), a))
        good: list[bool] = []
        name_head = -2
        for i, m in enumerate(toks):
            word = m.group(0)
            low = word.lower().replace("’", "'")
            before = toks[i - 1].group(0).lower().replace("’", "'") if i else ""
            ok = (
                len(low) >= 3
                and "'" not in low
                and low not in EN_SKIP
                and lemma(low) not in EN_SKIP
                and not low.endswith("ly")
                and before not in _EN_BEFORE_VERB
                # a capitalised word is a name, unless it only opens a sentence and the owner
                # also uses it in lower case
                and not (word[0].isupper() and (i > 0 or low not in lowercase))
            )
            after = toks[i + 1].group(0).lower() if i + 1 < len(toks) else ""
            if ok and (
                low in EN_INTERJECTION
                or low in _EN_INTENSIFIER
                or _EN_NUMBER.match(low)
                or (after in _EN_OBJECT and before not in _EN_DET)
                or (before in ("in", "on", "at") and after == "of")
                or (before in _EN_SUBJECT and low.endswith("s"))  # "what that involves"
                # "whatever I bring up tends to…": a plural-looking word after a verb's particle
                or (before in _EN_PARTICLE and low.endswith("s") and after == "to")
                # "Courtesy calls, …": the head of a compound whose modifier opened the sentence
                # and was left out as a name; alone it is a fragment
                or (i == 1 and not good[0] and toks[0].group(0)[0].isupper()
                    and toks[0].group(0).lower() not in EN_SKIP and len(toks[0].group(0)) >= 4)
                or (i >= 2 and good[-1] and low.endswith("s") and after in _EN_PREP)
                or (i >= 2 and good[-1] and good[-2] and low.endswith("s"))  # "baker retires"
                # the modifier of a plain head left out ("hardware firms", "the trading job"):
                # alone it is a fragment of what he said
                or (after in _EN_PLAIN_HEADS and not (i + 2 < len(toks) and toks[i + 2].group(0).lower() in _EN_PLAIN_HEADS))
                or (low == "deal" and before in ("great", "good"))  # "a great deal"
                # "their purchasing manager's been replaced": the modifier of a noun cut off by
                # its 's, alone a fragment (r16b s09 T9)
                or (i + 1 < len(toks) and re.match(r"^[a-z]+['’]s$", toks[i + 1].group(0)) is not None
                    and sentence[m.end() : toks[i + 1].start()] == " "
                    and re.sub(r"['’]s$", "", toks[i + 1].group(0)) not in _EN_NOT_POSSESSIVE
                    and before in _EN_DET)
                or before in _EN_PLAIN_SUBJECTS  # "people buy", "nobody notices"
                # a lone predicate adjective: "sales have been slow", "money is tight"
                or (before in _EN_COPULA and (not after or after in EN_SKIP)
                    and not low.endswith("s") and not _EN_NOUN_SUFFIX.search(low))
            ):
                ok = False
            if ok and low.endswith(("ing", "ed")) and len(low) > 4:  # "shed", "bed": nouns
                # "the training"; "a decent living": the noun of a determiner and an adjective
                ok = i > 0 and (
                    toks[i - 1].group(0).lower() in _EN_DET
                    or (i > 1 and good[-1] and toks[i - 2].group(0).lower() in _EN_DET
                        and low.endswith("ing"))
                )
            if (
                ok
                and i > 1
                and toks[i - 1].group(0)[:1].isupper()
                and toks[i - 1].group(0).lower() not in EN_SKIP
                and toks[i - 1].group(0).lower() not in _EN_CALENDAR
                and sentence[toks[i - 1].end() : m.start()] == " "
            ):
                ok = False  # "the Swiss machine", "two Haas machines": the head of a name's compound
                name_head = i
            elif ok and name_head == i - 1 and sentence[toks[i - 1].end() : m.start()] == " ":
                ok = False  # "the Swiss cheese maker": "maker" is the same name's compound
                name_head = i
            if ok and any(a <= m.start() and m.end() <= b for a, b in idiom + units):
                ok = False  # "rate" of "at this rate", "bedroom" of "bigger than a bedroom"
            good.append(ok)
        i = 0
        while i < len(toks):
            if not good[i]:
                i += 1
                continue
            j = i
            back = i  # over "my old" back to the verb: "keep my old customers happy"
            while (
                back > 0
                and i - back < 3
                and toks[back - 1].group(0).lower() not in _EN_COMPLEMENT_VERBS
                and (toks[back - 1].group(0).lower() in _EN_DET or toks[back - 1].group(0).lower() in EN_SKIP)
            ):
                back -= 1
            complement = back > 0 and toks[back - 1].group(0).lower() in _EN_COMPLEMENT_VERBS
            while (
                j + 1 < len(toks)
                and good[j + 1]
                and j - i < 1
                and sentence[toks[j].end() : toks[j + 1].start()] == " "
                # "keep my regulars happy": the adjective is said of the noun, no compound (q21)
                and not (complement and toks[j + 1].group(0).lower() in _EN_COMPLEMENTS)
            ):
                j += 1  # two good words side by side: "head baker", "order book"
            if (
                complement
                and j + 1 < len(toks)
                and good[j + 1]
                and toks[j + 1].group(0).lower() in _EN_COMPLEMENTS
                and sentence[toks[j].end() : toks[j + 1].start()] == " "
            ):
                good[j + 1] = False  # "happy" of "keep my regulars happy": said of them
            if (
                j + 1 < len(toks)
                and toks[j + 1].group(0).lower() in _EN_PLAIN_COMPOUND_HEADS
                and sentence[toks[j].end() : toks[j + 1].start()] == " "
            ):
                j += 1  # "car parts": the compound whole
            start = i
            if (
                i > 0
                and toks[i - 1].group(0).lower() in _EN_MODIFIER_NOUNS
                and sentence[toks[i - 1].end() : toks[i].start()] == " "
                # "we work nights": after a subject or a modal the word is a verb, no modifier
                and (i < 2 or toks[i - 2].group(0).lower().replace("’", "'") not in _EN_BEFORE_VERB)
                and (
                    j > i
                    or toks[i].group(0).lower().endswith("s")
                    or toks[i - 1].group(0).lower() in _EN_STRONG_MODIFIERS
                )
            ):
                start = i - 1  # "tea ceremonies", not "ceremonies" ("lunch together" stays apart)
            surface = sentence[toks[start].start() : toks[j].end()]
            if start == 0 and surface[:1].isupper():
                surface = surface[:1].lower() + surface[1:]
            keys = frozenset(lemma(t.group(0).lower()) for t in toks[start : j + 1])
            after_det = i > 0 and toks[i - 1].group(0).lower() in _EN_DET
            rank = (0 if j > i else 1, 0 if after_det else 1, -len(surface))
            out.append((surface, keys | {surface.lower()}, rank, toks[i].start()))
            i = j + 1
    return tuple(out)


def _phrasal_spans(sentence: str) -> list[tuple[int, int]]:
    """Spans of the phrasal adjectives and verbs of a sentence ("worn out", "fed up", "held
    back"): a participle or a verb with its particle, one unit of what he said."""
    out: list[tuple[int, int]] = []
    for m in _EN_PHRASAL.finditer(sentence):
        word = m.group(1).lower()
        before = re.findall(r"[A-Za-z']+", sentence[: m.start()])
        prev = before[-1].lower() if before else ""
        if word in _EN_PARTICLE or word in EN_INTERJECTION or prev in _EN_DET:
            continue  # "the money back": a noun after a determiner
        if word in EN_SKIP and word not in _EN_PHRASAL_SKIPPED:
            continue  # "come back", "going up": no word of his
        # (or a verb after an indefinite subject: "something tightens up in my chest")
        verb = word.endswith("s") and prev in _EN_INDEFINITE_SUBJECTS
        if not (word.endswith("ed") and len(word) > 3 or word in _EN_IRREGULAR_PARTICIPLES or verb):
            continue  # "sales down", "electricity up", "power up": no participle, no unit
        if m.start(1) > 0 and word[:1] != sentence[m.start(1)].lower():
            continue
        if sentence[m.start(1)].isupper() and m.start(1) > 0:
            continue  # a name ("Jones out")
        out.append((m.start(), m.end()))
    return out
