"""Readings settled on the whole utterance after the rules and the learned layer (blind instructor
playtests r6a / r6b, issue 8): feedback must name only what happened.

Not pushes:
- the owner's own words quoted back ("Your son said, 'Why not just talk to them once?'");
- an invitation to picture the future or to park a point ("Let's imagine it's three years from
  now…", "let's come back to it");
- a boast word about someone else ("what the last expert said") or the owner's own years given
  back in honorific form (「この2年やってこられたんですね」);
- a closing consent or a next step offered with a way out (「次回は…社長と一緒に決められればと
  思いますが、いかがでしょう」「次回、社長がよければ…一緒に見てみませんか」「そこから始めましょう」
  「…というのはいかがでしょう。もちろん社長が嫌なら無理にとは申しません」);
- the supporter's own limit while asking for papers (「数字が分からないと具体的なアドバイスができない
  ので」).

Pushes and closed questions the rules miss:
- a hypothetical or a fact pressed with 「〜ですよね」 (「もし…減ったら大変ですよね？」「鋼材は…上がって
  いますよね」) is leading, not empathy; a track record (「前職で製造業の支援もしていましたので、
  ある程度は分かっているつもりです」) is self-promotion;
- an opinion softened with 「〜と思うんですが」 (「分散した方がリスクは低いと思うんですが」) is advice,
  and with a negative question after it (「…考えていないんですか」) leading;
- a guessed cause (「それは会長との関係ですか？」) is leading;
- a yes/no question after 「じゃあ、」 (「じゃあ、ECの担当者は社内にいますか？」) is closed.

An invitation worded 「〜なと感じることはありますか」「何か感じられることはありますか」 is open. A summary needs the owner's points
given back: the model's "summary" of a turn in which the rules see no give-back at all (an honest
answer, reassurance and a question) is none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..acts import Act, Utterance
from . import en_lexicon, ja_lexicon
from .consent import settle_consent
from .cues import Word
from .manners import (
    closing_request,
    settle_courtesy_empathy,
    settle_echo_empathy,
    settle_feeling_question_empathy,
    settle_manners,
)
from .not_pushes import settle_not_pushes
from .one_point import one_point

Words = Callable[[str], tuple[Word, ...]]

_EN_SPLIT = re.compile(r"(?<=[.!?])\s+")
_JA_SPLIT = re.compile(r"(?<=[。！？!?])")


def _sentences(text: str, lang: str) -> list[str]:
    return [s for s in (_EN_SPLIT if lang == "en" else _JA_SPLIT).split(text) if s.strip()]


def _drop(found: dict[Act, list[str]], sure: dict[Act, float], *acts: Act) -> None:
    for act in acts:
        found.pop(act, None)
        sure.pop(act, None)


def _add(found: dict[Act, list[str]], sure: dict[Act, float], act: Act, ev: str) -> None:
    found.setdefault(act, []).append(ev)
    sure[act] = max(sure.get(act, 0.0), 0.7)


def _holder(text: str, ev: str, lang: str) -> str:
    """The sentence of ``text`` that holds the evidence ``ev`` ("" when none does)."""
    for s in _sentences(text, lang):
        if ev and ev in s:
            return s
    return ""


def _all_in(text: str, evs: list[str], lang: str, pattern: re.Pattern[str]) -> bool:
    """Every piece of evidence sits in a sentence the pattern matches."""
    evs = [e for e in evs if e]
    return bool(evs) and all(pattern.search(_holder(text, e, lang)) for e in evs)


# --- not pushes ----------------------------------------------------------------------------------
_EN_QUOTE = re.compile(r"(?<![A-Za-z])'([^']{3,80})'(?![A-Za-z])|\"([^\"]{3,80})\"|“([^”]{3,80})”")
_EN_INVITE = re.compile(
    r"\b(let's|let us) (imagine|picture|suppose|say|pretend|think back|come back|get back|go back|"
    r"return|park|put (that|it) aside|leave (that|it)|take (that|it) (one|a) step|hold (that|it))\b",
    re.I,
)
_EN_LETS = re.compile(r"\b(let's|let us)\b", re.I)
_EN_OTHERS = re.compile(
    r"\b(the|that|this|his|her|their|your|last|previous|former|other|another)\s+"
    r"(last |previous |former |other )?(\w+ )?$",
    re.I,
)
_EN_OWN_RECORD = re.compile(
    r"\b(i've|i have|we've|we have|i'm an?|i am an?|as an?|our (team|firm|record))\b", re.I
)
_JA_OWNER_YEARS = re.compile(r"(こられ|てこられ|されてき|られてき|いらっしゃ|おられ|なさって)")
# 「社長に就任されて2年なんですよね？」: his own tenure, checked (r9 blind play)
_JA_HIS_TENURE = re.compile(r"(就任され|就かれ|継がれ|入社され|入られ|戻られ|始められ|創業され|なられ)て")
_JA_ME = re.compile(r"私|わたし|わたくし|僕|弊社|当社|我々|私ども|当センター")
_JA_TOGETHER = re.compile(
    r"(社長と)?一緒に[^。]{0,20}(決め|描|考え|見|整理|話|振り返|探)|(次回|次の機会)[^。]{0,40}(決め|から始め|話)"
)
_JA_NEXT = re.compile(r"次回|次の機会|今度|今日はここまで|本日はここまで")
_JA_WAY_OUT = re.compile(r"よろしければ|よければ|もしよかったら|無理に(とは|は)|嫌なら|お嫌でなければ|ご無理のない")
_JA_INVITE_END = re.compile(r"てみませんか|いかがでしょう|いかがですか|ましょう|始めましょう|ませんか")
_JA_OWN_LIMIT = re.compile(
    r"(ないと|なければ|ないので|ないことには)[^。]{0,12}(アドバイス|助言|ご提案|支援|お手伝い|お話)"
    r"(が|も|は)?(でき|し(づら|にく))"
)


def _not_pushes(found: dict[Act, list[str]], sure: dict[Act, float], text: str, lang: str,
                turns: Sequence[Utterance]) -> None:
    owner = "\n".join(u.text for u in turns if u.speaker == "owner").lower()
    advice = [e for e in found.get(Act.ADVICE, []) if e]
    if lang == "en":
        quotes = [next(g for g in m.groups() if g) for m in _EN_QUOTE.finditer(text)]
        quoted = [q for q in quotes if q.lower().strip(" .?!,") in owner]
        for act in (Act.ADVICE, Act.LEADING_QUESTION):
            ev = [e for e in found.get(act, []) if e]
            if ev and quoted and all(any(e in q for q in quoted) for e in ev):
                _drop(found, sure, act)  # the owner's own words, quoted back
        advice = [e for e in found.get(Act.ADVICE, []) if e]
        if advice and all(_EN_LETS.fullmatch(e.strip()) for e in advice):
            lets = [m for s in _sentences(text, lang) for m in _EN_LETS.finditer(s)]
            invites = _EN_INVITE.findall(text)
            if lets and len(invites) >= len(lets):
                _drop(found, sure, Act.ADVICE)  # "Let's imagine…", "let's come back to it"
        boast = [e for e in found.get(Act.SELF_PROMOTION, []) if e]
        if boast and not _EN_OWN_RECORD.search(text):
            def others(e: str) -> bool:
                i = text.find(e)
                return i >= 0 and bool(_EN_OTHERS.search(text[max(0, i - 30) : i])) and (
                    e.lower() in owner
                )

            if all(others(e) for e in boast):
                _drop(found, sure, Act.SELF_PROMOTION)  # "what the last expert said"
        return
    boast = [e for e in found.get(Act.SELF_PROMOTION, []) if e]
    if boast and all(
        _JA_OWNER_YEARS.search(h) and not _JA_ME.search(h)
        for h in (_holder(text, e, lang) for e in boast)
    ):
        _drop(found, sure, Act.SELF_PROMOTION)  # 「この2年やってこられたんですね」: his years
    leading = [e for e in found.get(Act.LEADING_QUESTION, []) if e]
    if leading and _all_in(text, leading, lang, _JA_TOGETHER):
        _drop(found, sure, Act.LEADING_QUESTION)  # 「次回は…一緒に決められればと思いますが、いかがでしょう」
        if not found.keys() & {Act.OPEN_QUESTION, Act.CLOSED_QUESTION}:
            _add(found, sure, Act.OPEN_QUESTION, "いかが")
    advice = [e for e in found.get(Act.ADVICE, []) if e]
    if advice:
        offers = [
            s for s in _sentences(text, lang)
            if _JA_INVITE_END.search(s)
            and (_JA_TOGETHER.search(s) or _JA_WAY_OUT.search(s) or "そこから" in s)
            # 「次回までに…お持ちします。その上で、…一緒に見てみる、というのはいかがでしょう。」:
            # the next meeting named in the turn, the joint look offered in the sentence after it
            # (r18b s05 T11)
            and (_JA_NEXT.search(s) or (_JA_TOGETHER.search(s) and _JA_NEXT.search(text)))
        ]
        way_out = bool(_JA_WAY_OUT.search(text))
        limits = [s for s in _sentences(text, lang) if _JA_OWN_LIMIT.search(s)]
        if (offers and (way_out or _JA_TOGETHER.search(text) or "そこから" in text)) or limits:
            rest = [e for e in advice if not any(e in s for s in offers + limits)]
            if not rest:
                _drop(found, sure, Act.ADVICE)  # a next step offered, or the supporter's own limit


# --- pushes and closed questions the rules miss ---------------------------------------------------
_JA_HYPO_YONE = re.compile(r"(もし|仮に)[^。？?]{0,40}(たら|れば|なら|ると)[^。？?]{0,20}(ですよね|ますよね|でしょう)[？?]")
# 「丸栄さんが取引をやめたら大変ですよね。」: the supporter's worry, with or without もし or a
# question mark, for him to agree to (r9b s08)
_JA_WORRY_YONE = re.compile(
    r"(たら|なったら|れば|ては|このままでは|このままだと)[、,]?\s*(本当に|かなり|相当|とても|すごく)?"
    r"(大変|厳しい|きつい|困る|困ります|まずい|危ない|怖い|こわい|不安|心配)[^。？?]{0,8}(よね|でしょうね)[。？?]?"
)
_JA_FACT_YONE = re.compile(
    r"[0-9０-９一二三四五六七八九十〜~]+\s*(割|%|％|倍|年|円)[^。？?]{0,20}(ていますよね|てますよね|ましたよね|ですよね)[。？?]?"
)
_JA_RECORD = re.compile(
    r"(前職|以前|これまで|長年|昔)[^。]{0,20}(支援|担当|仕事|経験|勤め|いました|おりました)[^。]{0,20}"
    r"(分かって|わかって|分かります|わかります|詳しい|存じて|承知して)"
)
_JA_HUMBLE_AFTER = re.compile(
    r"[^。]{0,12}(とは(とても|まだ)?(言え|申せ)ません|いません|いない|おりません|ありません|ないです)"
)
_JA_OPINION_GA = re.compile(
    r"(方が|ほうが)[^。？?]{0,20}と(思う|思います|思っ)(んです|のです)?(が|けど|けれど)"
    r"|(が|は)(大きい|高い|低い|危ない|危険|悪い|よくない|良くない|非効率)と(思う|思います)(んです|のです)?(が|けど|けれど)"
)
# 「一社に依存しすぎるのはリスクだと思うんですが。」: the supporter's own diagnosis, softened (r11b
# s02); not his view given back (「…リスクだと思うとおっしゃって」「…リスクだと思うんですね」)
_JA_OWN_RISK = re.compile(
    r"(のは|は|が|って)[^。？?、]{0,6}(リスク|危険|危ない|危うい|まずい|マズい|問題)(だ|です)?(と|かと)"
    r"(思う|思います|思いますね)(んです|のです)?(が|けど|けれど|けれども)?"
    r"(?!と|ね|よね|か|って)"
)
_JA_NEG_Q = re.compile(r"(ないんですか|ないのですか|ないんでしょうか|ないんですかね|ませんか)[？?。]?\s*$")
_JA_GUESS = re.compile(
    r"^(それは|それって|そちらは)([^。？?、]{2,20}?)(との|の|が)?(関係|せい|原因|こと|問題|影響)?"
    r"(?<![んのたるいて])(ですか|でしょうか)[？?]?$"
)
_JA_WH = re.compile(r"何|なに|どう|どの|どんな|どこ|どちら|どれ|どっち|いつ|誰|なぜ|いくら|いくつ")
_JA_JAA_CLOSED = re.compile(r"^(じゃあ|では|それでは|じゃ)、?[^。？?]{2,40}(いますか|ありますか|いらっしゃいますか|されていますか)[？?]?$")
_JA_OPEN_ARU = re.compile(
    r"(な|なあ|と)(感じる|感じた|感じられる|お感じになる|思う|思った|思われる|気づく|気付く|気になる)(こと|ところ|瞬間|場面)(は|って|が|など)?(あります|ございます)か|"
    # 「お客様の様子で何か感じられることはありますか」「変わったことって何かありますか」: an
    # invitation to say what he noticed, not a yes/no about a fact
    r"(何か|なにか)(感じ|お感じ|気づ|気付|思われ|思い当た|気にな)[^。？?]{0,6}(こと|ところ|点)(は|って|が|など)?(あります|ございます)か|"
    r"(変わった|変わってきた|変化した|違ってきた|気づいた|気付いた)(こと|ところ|点)(は|って|が)?(何か|なにか)?(あります|ございます)か|"
    r"(どう|どのように)(して)?(いき|やっていき|なり|なっていき)たい(か|とか|という|といった)?(こと|の|お考え)?(は|が)?(あります|ございます)か|"
    r"というのは、?何か[^。？?]{0,20}(ある|あった)(ん|の)(でしょう|です)か"
)


# 「この先もそのやり方で大丈夫だと思いますか」 "Do you really think it can go on like this?": the
# question carries its answer (no)
_JA_STAY_Q = re.compile(
    r"(このまま|そのまま|今のまま|そのやり方|このやり方|今のやり方|今の体制)[^。？?]{0,12}(大丈夫|いい|良い|よい|もつ|持つ)"
    r"(だ|なんだ)?(と|って)(思い|お考え|お思い)(ます|です)?か"
)
_EN_STAY_Q = re.compile(
    r"\b(do|can) you (really |honestly )?(think|believe) (this|that|it|things) (can|will|could) (go on|last|keep going|carry on)"
    r"|\bis (that|this) (really )?sustainable\b|\bcan you (really )?keep (this|that) up\b",
    re.I,
)
# "Is there anything you notice about the customers these days?" "Has anything changed since you
# took over?": an invitation to say what he noticed, not a yes/no about a fact
_EN_OPEN_ANY = re.compile(
    r"\b(is there|was there|are there) anything (that )?(you('ve| have)? )?(notice|noticed|feel|felt|sense|sensed|"
    r"see|saw|find|found|think of|picked up on)\b[^?.]*\?|"
    r"\bhas anything (changed|shifted|felt different)\b[^?.]*\?",
    re.I,
)
_EN_TRIED = re.compile(r"(?<!what )(?<!which )(?<!what else )\bhave you (ever )?(tried|considered|thought about) [\w-]+ing\b[^?.]*\?", re.I)


def _pushes(found: dict[Act, list[str]], sure: dict[Act, float], text: str, lang: str,
            turns: Sequence[Utterance]) -> None:
    stay = (_EN_STAY_Q if lang == "en" else _JA_STAY_Q).search(text)
    if stay and Act.ADVICE not in found:
        _add(found, sure, Act.LEADING_QUESTION, stay.group(0))
        _drop(found, sure, Act.OPEN_QUESTION, Act.CLOSED_QUESTION, Act.OTHER)
        emp = [e for e in found.get(Act.EMPATHY, []) if e]
        if emp and all(len(e) <= 3 for e in emp):
            _drop(found, sure, Act.EMPATHY)  # 「思い」 of 「思いますか」 is no empathy
    if lang != "ja":
        m = _EN_TRIED.search(text)
        if m and Act.ADVICE not in found:
            _add(found, sure, Act.ADVICE, m.group(0))  # "have you tried using job sites…?"
            _drop(found, sure, Act.CLOSED_QUESTION, Act.OTHER)
        m = _EN_OPEN_ANY.search(text)
        if m and not found.keys() & {Act.LEADING_QUESTION, Act.ADVICE}:
            _drop(found, sure, Act.CLOSED_QUESTION)
            _add(found, sure, Act.OPEN_QUESTION, m.group(0))
        return
    parts = _sentences(text, lang)
    pushed = False
    for s in parts:
        m = _JA_HYPO_YONE.search(s) or _JA_FACT_YONE.search(s) or _JA_WORRY_YONE.search(s)
        if m and not (_JA_OWNER_YEARS.search(m.group(0)) or _JA_HIS_TENURE.search(s)):  # 「二十年続けてこられたんですよね」: his
            _add(found, sure, Act.LEADING_QUESTION, m.group(0))
            pushed = True
    if pushed:
        emp = [e for e in found.get(Act.EMPATHY, []) if e]
        hold = [s for s in parts if any(e in s for e in found[Act.LEADING_QUESTION])]
        if all(any(e in s for s in hold) or e in ("よね", "ですよね") for e in emp):
            _drop(found, sure, Act.EMPATHY)  # 「大変ですよね？」 in the supporter's scenario
        _drop(found, sure, Act.CLOSED_QUESTION)
    record = _JA_RECORD.search(text)
    if record and _JA_HUMBLE_AFTER.match(text[record.end() :]):
        record = None  # 「…仕事はしてきましたが、社長ほど現場を分かっているとはとても言えません」
    if record:
        _add(found, sure, Act.SELF_PROMOTION, record.group(0))
        emp = [e for e in found.get(Act.EMPATHY, []) if e]
        if emp and all(len(e) <= 4 for e in emp):
            _drop(found, sure, Act.EMPATHY)
    for s in parts:
        m = _JA_OPINION_GA.search(s) or _JA_OWN_RISK.search(s)
        if not m:
            continue
        _add(found, sure, Act.ADVICE, m.group(0))
        if _JA_NEG_Q.search(s[m.end():]):
            _add(found, sure, Act.LEADING_QUESTION, _JA_NEG_Q.search(s[m.end():]).group(0))  # type: ignore[union-attr]
            _drop(found, sure, Act.CLOSED_QUESTION)
    last_owner = next((u.text for u in reversed(turns) if u.speaker == "owner"), "")
    for s in parts:
        core = s.strip()
        g = _JA_GUESS.match(core)
        if g and not _JA_WH.search(core) and g.group(2) not in last_owner and last_owner:
            _add(found, sure, Act.LEADING_QUESTION, core)  # 「それは会長との関係ですか？」
            _drop(found, sure, Act.CLOSED_QUESTION)
    if Act.OPEN_QUESTION in found and Act.LEADING_QUESTION not in found:
        ev = [e for e in found[Act.OPEN_QUESTION] if e]
        closed = [s.strip() for s in parts if _JA_JAA_CLOSED.match(s.strip()) and not _JA_WH.search(s)]
        if closed and all(any(e in c or c in e for c in closed) or e in ("ますか", "いますか") for e in ev):
            _drop(found, sure, Act.OPEN_QUESTION)
            _add(found, sure, Act.CLOSED_QUESTION, closed[0])
    m = _JA_OPEN_ARU.search(text)
    if m and not found.keys() & {Act.LEADING_QUESTION, Act.ADVICE}:
        _drop(found, sure, Act.CLOSED_QUESTION)
        _add(found, sure, Act.OPEN_QUESTION, m.group(0))


# --- summaries ----------------------------------------------------------------------------------
# the supporter's own sentences (an honest answer about himself, a reassurance about the meeting):
# the owner's words in them are not given back
_JA_OWN = re.compile(
    r"(^|、)\s*(私|わたし|わたくし|僕|私ども|我々)(は|も|が|自身)|前職|"
    r"審査|影響(する|は|が)|触れてほしくない|触ってほしくない|ここだけの話|外に出し|口外|"
    r"お持ちします|お調べ|ご用意します|お送りします|ありがとうございます|"
    r"一緒に(考え|決め|見)|ていきます|(今日|本日)はここまで|次回|間に合うように|ように思います|"
    r"お約束|(いたし|し)ません(し|。|$)|お答えし|分かっていません|わかっていません|存じません|聞いている程度|詳しくありません"
)
_EN_OWN = re.compile(
    r"^\W*(honestly,?\s*|to be honest,?\s*|well,?\s*|understood,?\s*|ok(ay)?,?\s*|right,?\s*|sure,?\s*|"
    r"all right,?\s*|alright,?\s*)?(i('ve| have)? never|i'm not|i am not|i can|i can't|i'll|"
    r"i cannot|i don't|i won't|i was|i worked|i've (worked|been|helped|seen|done|run|read)|we can|"
    r"we can't|we'll|we will|we're not)\b|"
    r"\b(not an audit|won't affect|stays between us|rather not touch)\b",
    re.I,
)


# the supporter's own network (「うちにもつながりがあります」 "we work with a few agencies"): his, not
# the owner's "うち"
_JA_OWN_NETWORK = re.compile(
    r"(うち|弊社|当所|私ども|こちら)(に|にも|には|で|でも)?[^。]{0,10}(つながり|繋がり|ツテ|伝手|ネットワーク|人脈|コネ|お付き合い)|"
    r"\bwe (work with|know|have) (a few|several|some|good|plenty of) (agencies|consultants|contacts|people|partners)\b",
    re.I,
)


# the supporter's own information, told to him (an example, what others do, what is usual, what
# exists, what he had better do): 「たとえば野沢菜をネットで売っているところもありますし、…メーカーは
# 多いです」「…のが定番ですね」「…補助金とかがありますね」「…決めたほうがいいですよ」 "For example,
# plenty of food makers sell on the big marketplaces." — his nouns in it (野沢菜, 補助金) are the
# supporter's talk about her own ideas, never his points given back (r20a s05 T4, r20b s04 T4)
_JA_INFORMS = re.compile(
    r"^\s*((はい|ええ|そうですね|そうですか|なるほど)[、,。…]*\s*)?(たとえば|例えば)|"
    r"(ところ|会社|企業|メーカー|お店|店舗|業者|事業者|同業)(さん)?(も|は|が)[^。？?]{0,8}"
    r"(多い|少なくない|増えて|あります|ありますし)|"
    r"(のが|が|は)(定番|一般的|主流|王道|近道|セオリー|おすすめ|お勧め|オススメ)(です|でしょう|だと|かと|ですね|ですよ|[。]|$)|"
    r"(とか|など|や)[^。？?]{0,30}(が|も)(あります|ございます)(ね|よ)?[。！!…\s]*$|"
    r"(ほうが|方が)(いい|良い|よい)(です|でしょう|と思|か(も|と))|"
    r"(が|は)(大事|大切|重要|肝心|カギ|鍵|ポイント)(なので|ですから|だから|です(よ|ね)?[。！!…\s]*$)|"
    r"(出ます|使えます|もらえます)(よ|ね)?[。！!…\s]*$"
)
_EN_INFORMS = re.compile(
    r"^\W*((yes|yeah|well|sure|so|right),?\s*)?(for example|for instance)\b|"
    r"\b(many|most|lots of|plenty of|a lot of) (other )?(companies|firms|businesses|makers|"
    r"manufacturers|producers|shops|stores|brands|people in your line)\b|"
    r"\bthe (standard|usual|typical|common|classic) (way|approach|route|move|path|play|pattern)\b|"
    r"\bthere (are|is|'s) (a few |some |several |many |plenty of |various )?(grants?|subsid\w*|"
    r"programs?|programmes?|schemes?|tools?|platforms?|marketplaces?)\b|"
    r"^\W*(but |so |still,? |first,? )?(you should|you ought to|you'd better|you had better)\b|"
    r"\bit's (best|better|wise|key|usually best) to\b",
    re.I,
)


def informs(sentence: str, lang: str) -> bool:
    """The supporter's own information or advice told to him: no point of his given back."""
    st = sentence.strip()
    if re.search(r"([?？]|(です|ます|でしょう|ん|の)か[。．]?)[\s」』）)…]*$", st):
        return False  # 「たとえば、どんな場面で…ありましたか？」 asks him: no information told
    if lang == "en":
        return bool(_EN_INFORMS.search(st))
    if re.search(r"(んですね|のですね|ということ|とのこと|おっしゃ|伺|お聞き)", st):
        return False  # his own story checked with him (「…が大事なんですね」) gives back
    return bool(_JA_INFORMS.search(st))


def own_sentence(sentence: str, lang: str) -> bool:
    """The supporter's own sentence: about himself, a reassurance, a promise or a closing, or her
    own information and advice told to him."""
    return bool((_EN_OWN if lang == "en" else _JA_OWN).search(sentence.strip())) or informs(
        sentence, lang
    )


# sentences that carry no point of his: an acknowledgement, a move to the next topic
_JA_NO_POINT = re.compile(
    r"^\s*(はい|ええ|なるほど|分かりました|わかりました|承知しました|ありがとうございます|そうですか|"
    r"そうなんですね|了解です)[、。！!…\s]*$|"
    r"^\s*(じゃあ|では|それでは|それじゃあ)?、?(次に?|次の(話|質問|テーマ)に?|話を変え|別の(話|こと))"
    r"[^。]{0,10}(行き|移り|進み|伺い|聞き|しましょう|ます)"
)
_EN_NO_POINT = re.compile(
    r"^\W*(ok(ay)?|i see|right|understood|got it|thank you|thanks|sure)\W*$|"
    r"^\W*(so,?\s*|ok(ay)?,?\s*|right,?\s*)?(let's move on|moving on|next,|on to the next|let me ask about something else)",
    re.I,
)
_JA_ASK_SENTENCE = re.compile(r"([?？]|か)[\s」』）)…。]*$")
_EN_SUMMARY_MARK = en_lexicon.SUMMARY_MARK


def _only_asks(text: str, lang: str) -> tuple[Act, str] | None:
    """The question act when every sentence is an acknowledgement, a move on, the supporter's
    own sentence or a question that asks (a wh-question; a yes/no check can close a summary)."""
    own = _EN_OWN if lang == "en" else _JA_OWN
    no_point = _EN_NO_POINT if lang == "en" else _JA_NO_POINT
    asked: tuple[Act, str] | None = None
    for s in _sentences(text, lang):
        st = s.strip()
        if no_point.search(st) or own.search(st) or informs(st, lang):
            continue
        if lang == "en":
            wh = en_lexicon.WH_START.search(st) or en_lexicon.OPEN_WH_ANY.search(st)
            if not (st.endswith("?") and wh):
                return None
            fact = en_lexicon.WH_FACT.search(st) and not en_lexicon.OPEN_WH_ANY.search(st)
        else:
            wh = ja_lexicon.WH_OPEN.search(st) or ja_lexicon.WH_FACT.search(st)
            if not (_JA_ASK_SENTENCE.search(st) and wh):
                return None
            fact = not ja_lexicon.WH_OPEN.search(st)
        asked = (Act.CLOSED_QUESTION if fact else Act.OPEN_QUESTION, st)
    return asked


def _given_back_turns(text: str, lang: str, turns: Sequence[Utterance], words: Words) -> int:
    """Owner turns whose words the utterance gives back: in sentences mostly made of the owner's
    words, leaving out the supporter's own sentences (an answer about himself, a reassurance)
    and invitations ("Let's imagine…"). Each word is credited to the latest owner turn that
    said it, so words he repeats do not make one point look like several."""
    own = _EN_OWN if lang == "en" else _JA_OWN
    owner = [{k for w in words(u.text) for k in w.keys} for u in turns if u.speaker == "owner"]
    every = set().union(*owner) if owner else set()
    drawn: set[str] = set()
    for s in _sentences(text, lang):
        if own.search(s.strip()) or informs(s, lang) or (lang == "en" and _EN_INVITE.search(s)):
            continue
        ws = words(s)
        theirs = [w for w in ws if every.intersection(w.keys)]
        if ws and len(theirs) > 0.5 * len(ws):
            drawn |= {k for w in theirs for k in w.keys}
    n, credited = 0, set()
    for keys in reversed(owner):
        fresh = (keys & drawn) - credited
        n += len(fresh) >= 2  # one stray word of an older turn is no point of its own
        credited |= fresh
    return n


def _summary(found: dict[Act, list[str]], sure: dict[Act, float], text: str, lang: str,
             turns: Sequence[Utterance], words: Words, rules: dict[Act, list[str]],
             quoted_points: int) -> None:
    """A "summary" beside the supporter's own sentences (an honest answer about himself, a
    reassurance, a promise) gathers only what the rest gives back of the owner's turns: one turn
    is a reflection, none no give-back at all. A paraphrase with no sentence of his own stands."""
    if Act.SUMMARY not in found or quoted_points >= 2:
        return
    asked = _only_asks(text, lang)
    if asked is not None:
        # 「わかりました。じゃあ次に行きましょう。…予算はどのくらいですか？」: an acknowledgement, a
        # move on and a question give back no point of his (r11a blind play)
        _drop(found, sure, Act.SUMMARY)
        _add(found, sure, asked[0], asked[1])
        return
    if lang == "en":
        marked = bool(_EN_SUMMARY_MARK.search(text))  # an evidence span is no marker
    else:
        marked = any(
            len(e) >= 3 and not re.fullmatch(r"[\u3040-\u309f]+", e)
            for e in rules.get(Act.SUMMARY, [])
        )
    own = _EN_OWN if lang == "en" else _JA_OWN
    pushes = [
        e for act in (Act.ADVICE, Act.SELF_PROMOTION) for e in found.get(act, []) if e
        # his own words given back are no push of the supporter's (_given_back_not_pushed)
        if _PUSH_WORD.search(h := _holder(text, e, lang)) or not _owners_sentence(h, lang, turns, words)
    ]
    parts = _sentences(text, lang)
    # the supporter's proposal or offer (「それなら、コンサルを紹介しましょうか？」) gives nothing of
    # his back: one clause of his before it is one point (r11b s08 T6)
    given = [s for s in parts if not any(e in s for e in pushes) and not _JA_OWN_NETWORK.search(s)]
    if pushes and not marked and len(given) < len(parts) and given:
        if one_point((" " if lang == "en" else "").join(given), lang, turns, words):
            _drop(found, sure, Act.SUMMARY)
            _add(found, sure, Act.REFLECTION, "")
            return
    mine = [
        s for s in parts
        if own.search(s.strip()) or informs(s, lang) or (lang == "en" and _EN_INVITE.search(s))
    ]
    if not mine and one_point(text, lang, turns, words):
        _drop(found, sure, Act.SUMMARY)  # one phrase of his given back before a question
        _add(found, sure, Act.REFLECTION, "")
        return
    if marked or not mine:
        return
    drawn = _given_back_turns(text, lang, turns, words)
    if drawn < 2:
        _drop(found, sure, Act.SUMMARY)
        if drawn == 1:
            _add(found, sure, Act.REFLECTION, "")


def _owners_sentence(sentence: str, lang: str, turns: Sequence[Utterance], words: Words) -> bool:
    """A sentence mostly made of the owner's words, and none of the supporter's own."""
    if not sentence or own_sentence(sentence, lang):
        return False
    every = {k for u in turns if u.speaker == "owner" for w in words(u.text) for k in w.keys}
    ws = words(sentence)
    return bool(ws) and sum(bool(every.intersection(w.keys)) for w in ws) > 0.5 * len(ws)


def _given_back_not_pushed(found: dict[Act, list[str]], sure: dict[Act, float], text: str,
                           lang: str, turns: Sequence[Utterance], words: Words) -> None:
    """In a summary, a "boast" or "advice" whose every sentence is the owner's own
    words given back (「部長がほぼ一人で見ている。」, "and you saw your job as keeping that
    relationship going.") is what he said, never the supporter's boast or proposal."""
    if Act.SUMMARY not in found:
        return
    for act in (Act.SELF_PROMOTION, Act.ADVICE):
        evs = [e for e in found.get(act, []) if e]
        holders = [_holder(text, e, lang) for e in evs]
        if evs and all(
            _owners_sentence(h, lang, turns, words) and not _PUSH_WORD.search(h) for h in holders
        ):
            _drop(found, sure, act)


# a push in the supporter's own voice, whosever the words ("You should be making those decisions")
_PUSH_WORD = re.compile(
    r"\b(should|must|need to|have to|had better|why not|how about|recommend|suggest|try)\b|"
    r"べき|方が|ほうが|てみては|たらどう(?=です|でしょ|か|よ|[？?、。！!…]|$)|てはどう|いかが|必要|しましょう|お任せ|任せて",
    re.I,
)


# 「機械のことでしたら、社長が一番詳しいと思います」 "You know the line far better than I do": his
# expertise, owned — no advice, unless the sentence pushes as well (r11a blind play)
_OWNER_KNOWS = {
    "ja": re.compile(
        r"(社長|会長|皆さん|皆様|現場の方|職人さん)(が|の方が|のほうが)(一番|いちばん|よほど|ずっと)?"
        r"(お?詳しい|ご存じ|よく(ご存じ|分かって|わかって))"
    ),
    "en": re.compile(
        r"\byou('d| would)? (know|understand) [\w' ]{1,30}(far |much |a lot )?better than (i|me|anyone)\b|"
        r"\byou're the (expert|one who knows)\b",
        re.I,
    ),
}


def _owner_knows_best(found: dict[Act, list[str]], sure: dict[Act, float], text: str,
                      lang: str) -> None:
    knows = _OWNER_KNOWS["en" if lang == "en" else "ja"]
    evs = [e for e in found.get(Act.ADVICE, []) if e]
    if not evs:
        return
    holders = [_holder(text, e, lang) for e in evs]
    if all(h and knows.search(h) and not _PUSH_WORD.search(knows.sub("", h)) for h in holders):
        _drop(found, sure, Act.ADVICE)


def _given_back_not_leading(found: dict[Act, list[str]], sure: dict[Act, float], text: str,
                            lang: str, turns: Sequence[Utterance], words: Words) -> None:
    """A "leading" cue inside his own sentence given back, as a statement (「やり方が悪いとは思わない
    けど、何かはある。その『何か』について…」 after 「うちのやり方が悪いとは思わんけど、何かはある」)
    is what he said, not the supporter's steer (r11a blind play)."""
    evs = [e for e in found.get(Act.LEADING_QUESTION, []) if e]
    if not evs:
        return
    holders = [_holder(text, e, lang) for e in evs]
    if all(
        h
        and not re.search(r"[?？]\s*$|か[。\s]*$", h.strip())
        and _owners_sentence(h, lang, turns, words)
        for h in holders
    ):
        _drop(found, sure, Act.LEADING_QUESTION)


def guard(
    found: dict[Act, list[str]],
    sure: dict[Act, float],
    text: str,
    lang: str,
    turns: Sequence[Utterance],
    words: Words,
    rules: dict[Act, list[str]],
    quoted_points: int,
) -> None:
    """Settle the readings above in ``found`` (acts → evidence) and ``sure`` (confidence)."""
    _summary(found, sure, text, lang, turns, words, rules, quoted_points)
    _given_back_not_pushed(found, sure, text, lang, turns, words)
    _given_back_not_leading(found, sure, text, lang, turns, words)
    _not_pushes(found, sure, text, lang, turns)
    _owner_knows_best(found, sure, text, lang)
    settle_not_pushes(found, sure, text, lang, turns, words)
    _pushes(found, sure, text, lang, turns)
    settle_consent(found, sure, text, lang)
    last = next((u.text for u in reversed(turns) if u.speaker == "owner"), "")
    settle_manners(found, sure, text, lang, last)
    settle_echo_empathy(found, sure, text, lang, rules, last)
    settle_courtesy_empathy(found, sure, text, lang, rules)
    settle_feeling_question_empathy(found, sure, text, lang, rules, turns)
    if closing_request(text, lang):
        # 「今日はここまでにして、次回また改めて伺ってもいいですか？」 asks to meet again: no
        # question to the owner to praise (r11a blind play)
        _drop(found, sure, Act.OPEN_QUESTION, Act.CLOSED_QUESTION)
    if len(found) > 1:
        found.pop(Act.OTHER, None)


# a proposal in question form ("have you tried…?", 「〜してみては」) proposes; it answers nothing
_EN_PROPOSAL_Q = re.compile(
    r"(?<!what )(?<!which )(?<!what else )\b(have you (tried|considered|thought about)|how about|why don't you|what about)\b[^?]*\?", re.I
)
_JA_PROPOSAL_Q = re.compile(r"てみては|てはどう|てはいかが|たらどう(?=です|でしょ|か|よ|[？?、。！!…]|$)|たらいかが|という手も")


def proposes(text: str, lang: str) -> bool:
    return bool((_EN_PROPOSAL_Q if lang == "en" else _JA_PROPOSAL_Q).search(text))


# a course of action she recommends (r23b s04 T2: "I think the easiest way is to start on
# Rakuten or Amazon first, rather than building your own site."): her solution, even when he
# asked for something concrete — never information he asked a question for
_EN_RECOMMENDS = re.compile(
    r"\bthe (easiest|best|quickest|simplest|fastest|cheapest|smartest|safest|surest) "
    r"(way|thing|option|route|move|step|place to start|bet)\b[^.?!]{0,30}\b(is|would be|'s) (to|probably to|just to) \w+|"
    r"\b(the|your) first step (is|would be|should be) to\b|"
    r"\bi('d| would) (start|begin|go) (with|by|on)\b|"
    r"\bi (recommend|suggest|advise)\b|\bmy (advice|recommendation|suggestion) (is|would be)\b|"
    r"\byou('d| would) be better off\b",
    re.I,
)
_JA_RECOMMENDS = re.compile(
    r"一番(簡単|手っ取り早い|早い|確実|いい|良い|よい|楽|おすすめ)な?の?は[^。？?]{0,30}(こと|から|ところ|のが|ほう|方)|"
    r"まずは?[^。？?]{1,30}から(始める|始め|はじめる|はじめ|入る|入っ|やる)(のが|と|べき|こと)(いい|良い|よい|一番|おすすめ|です)|"
    r"(おすすめ|お勧め|オススメ|お薦め)(します|です|しています)|"
    r"(第一歩|最初の一歩|最初の一手|最初のステップ)は[^。？?]{1,30}(こと|です|でしょう)|"
    r"私なら[^。？?]{0,30}(します|しますね|から始め|を選び|にします)"
)


def recommends(text: str, lang: str) -> bool:
    """The supporter recommends a course of action of her own (the easiest way, the first step,
    what she would do): a proposal, not an answer to his question."""
    return bool((_EN_RECOMMENDS if lang == "en" else _JA_RECOMMENDS).search(text))
