"""His word agreed with as a platitude (「そうですよね、身の丈が大事ですよね」 "Right, keeping it
simple is what matters, isn't it"): the supporter nods along to his value; nothing of his is
taken up to go deeper, so it is no 「社長ご自身の言葉を拾えています」 (r20a s09 t6)."""

from __future__ import annotations

import re

from ..i18n import Lang

PLATITUDE: dict[str, re.Pattern[str]] = {
    "ja": re.compile(
        r"^[\s…]*(?:(?:そう|そうそう|本当に|ほんとに|ほんと|確かに|やっぱり|やはり|なるほど)[、,\s]*"
        r"(?:です(?:よ)?ね|ですもんね|ですね)?[、,。\s]*)?"
        r"[^。？?！!]{1,24}?(?:が|は|って|も|こそ)[、\s]*(?:一番|何より|本当に|やっぱり|やはり)?[、\s]*"
        r"(?:大事|大切|一番|何より|重要|肝心|基本|大切なこと|大事なこと)"
        r"(?:です|だ)?(?:よね|ですもんね|ですものね|もんね|ね)[。！!…\s]*$"
    ),
    "en": re.compile(
        r"^\W*(?:(?:yes|yeah|right|exactly|absolutely|true|of course|so true|i agree)\W+)?"
        r"[\w' ,-]{1,40}?\b(?:is|are|'s)\s+(?:so\s+|really\s+|very\s+|always\s+)?"
        r"(?:important|key|what matters|everything|the main thing|essential|crucial)\b"
        r"(?:,?\s*(?:isn't it|aren't they|right|after all))?\W*$",
        re.I,
    ),
}
_SPLIT = re.compile(r"(?<=[。.!?！？])\s*")


def only_in_platitude(phrase: str, text: str, lang: Lang) -> bool:
    """Every sentence of the turn that holds ``phrase`` is an agreeing platitude."""
    low = phrase.lower()
    holding = [p.strip() for p in _SPLIT.split(text) if p.strip() and low in p.lower()]
    return bool(holding) and all(PLATITUDE[lang].match(p) for p in holding)
