"""A question of the owner's to the supporter still waiting for her answer.

「うちに何をしてもらえるんです？」 asked in the middle of his opening reply (its last sentences tell
his plan), or one turn back while she first asked him something: he still waits for it, and a
short answer to it is no unasked advice nor show of her record (r22b s09 T2). Only the owner's
last few turns count, and only a question no later turn of hers has answered.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..acts import Utterance
from .pressure import sentences
from .settle import real_question

# how many of his turns back a question of his may still wait for her answer
PENDING_TURNS = 3

_ASKS = {
    "ja": re.compile(r"([?？]|(です|ます|でしょう|ん|の)か)[\s」』）)…。!！]*$"),
    "en": re.compile(r"\?[\s\"')]*$"),
}
# the question is put to her: what she (or her office) does, can do, will do for him
_TO_HER = {
    "ja": re.compile(
        r"(して|やって|手伝って|見て)(もらえ|くれ|いただけ)|頼め|お願いでき|何ができ|何をする|"
        r"あなた|あんた|そちら|お宅|おたく|支援(者|機関|の方|って|では|で)|先生|君(は|に|が)"
    ),
    "en": re.compile(r"\byou(r|rs)?\b", re.I),
}


def questions_to_her(owner_text: str, lang: str) -> list[str]:
    """His sentences, anywhere in the turn, that ask the supporter about herself or her help
    (「うちに何をしてもらえるんです？」 "So what can you actually do for us?")."""
    out = []
    for s in sentences(owner_text, lang):
        if _ASKS["en" if lang == "en" else "ja"].search(s) and real_question(s, lang) and _TO_HER[
            "en" if lang == "en" else "ja"
        ].search(s):
            out.append(s)
    return out


def pending_question(
    context: Sequence[Utterance],
    lang: str,
    asks: Callable[[str], bool],
    answers: Callable[[str, str], bool],
) -> str:
    """The owner's words holding a question to the supporter not yet answered: his last turn
    when ``asks`` reads a question at its end; else a question to her anywhere in one of his
    last :data:`PENDING_TURNS` turns that no later supporter turn ``answers`` (trainee text,
    his words); "" when none waits."""
    owner_seen = 0
    later: list[str] = []  # her turns after the owner turn being looked at
    for u in reversed(context):
        if u.speaker != "owner":
            later.append(u.text)
            continue
        owner_seen += 1
        if owner_seen > PENDING_TURNS:
            break
        if owner_seen == 1 and asks(u.text):
            return u.text
        his = questions_to_her(u.text, lang)
        if his:
            asked = " ".join(his)
            if any(answers(t, asked) for t in later):
                return ""  # she answered it already
            return asked
    return ""


# her role told when he asked what she does (「整理するお手伝いをします」「専門家もおつなぎします」
# "we help you sort out…", "we can connect you with specialists"): what he asked, no show of record
_ROLE = {
    "ja": re.compile(
        r"(お手伝い|手伝い|お手伝わせ|サポート|伴走)(を)?(します|しています|いたします|させていただ|できます|が(でき|仕事))|"
        r"(お|ご)?(つなぎ|繋ぎ|紹介)(します|いたします|できます|もでき)|"
        r"(専門家|専門の方|詳しい方|支援機関)(を|も|に)?(お|ご)?(つなぎ|繋ぎ|紹介)|"
        r"(業者|コンサル|先生)(さん)?(で|じゃ)は?(なく|ありません|ない)|"
        r"一緒に[^。！？?]{0,40}(整理|考え|探)"
    ),
    "en": re.compile(
        r"\bwe('re| are)? (help|can help|'ll help|will help|work with) you\b|"
        r"\b(help|helping) you (sort|think|work|figure|find|decide|get clear)\b|"
        r"\b(connect|put) you (in touch )?with (a |the |some )?(specialist|expert|adviser|advisor|people)s?\b|"
        r"\bwe('re| are) not (a |an )?(web|site|it|agency|consultants?|vendor)\b",
        re.I,
    ),
}


def tells_role(evidence: str, lang: str) -> bool:
    """The words tell what the supporter does for him (her role), no record of hers."""
    return bool(_ROLE["en" if lang == "en" else "ja"].search(evidence))


# of a sentence's bigrams (ja) or words (en) his recent turns hold: his words given back
_ECHO_SHARE = {"ja": 0.5, "en": 0.6}


def _units(text: str, lang: str) -> set[str]:
    if lang == "en":
        return {w for w in re.findall(r"[a-z']+", text.lower()) if len(w) > 2}
    text = re.sub(r"[おご](?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])(様|さん)", "", text)
    chars = re.sub(r"[\s、。．，,！!？?「」『』…・ー]", "", text)
    return {chars[i : i + 2] for i in range(len(chars) - 1)}


def answer_part(text: str, lang: str, his: str, is_question: Callable[[str], bool]) -> str:
    """The answer itself: the turn without its questions back to him and without the sentences
    that give his own words back (「同業さんが…伸ばしているのを見て、社長は…直接売りたいと。」).
    「答えは短く、それから社長に戻す」: the return to him is no part of the answer (r22b s09 T2:
    two sentences of answer, his words, a question — no lecture)."""
    key = "en" if lang == "en" else "ja"
    his_units = _units(his, key)
    kept = []
    for s in sentences(text, key):
        if is_question(s):
            continue
        mine = _units(s, key)
        if len(mine) >= 3 and len(mine & his_units) / len(mine) >= _ECHO_SHARE[key]:
            continue
        kept.append(s)
    return " ".join(kept)


def size(text: str, lang: str) -> int:
    """Words (en) or characters (ja) of the text."""
    return len(re.findall(r"[A-Za-z']+", text)) if lang == "en" else len(re.sub(r"\s", "", text))


def without_role(text: str, lang: str) -> str:
    """The text with her role told taken out (「専門家もおつなぎします」 names others' expertise,
    not a record of hers)."""
    return _ROLE["en" if lang == "en" else "ja"].sub("", text)
