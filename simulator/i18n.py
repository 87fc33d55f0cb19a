"""Bilingual text: every user-facing string in data files carries Japanese and English."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Lang = Literal["ja", "en"]
LANGS: tuple[Lang, ...] = ("ja", "en")


class Text(BaseModel):
    """One text in both languages."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    ja: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def get(self, lang: Lang) -> str:
        return self.ja if lang == "ja" else self.en


class TextList(BaseModel):
    """Several alternative texts per language (an owner's lines for one situation)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    ja: list[str] = Field(min_length=1)
    en: list[str] = Field(min_length=1)

    def get(self, lang: Lang) -> list[str]:
        return self.ja if lang == "ja" else self.en


def check_lang(lang: str) -> Lang:
    from .errors import InputError

    if lang not in LANGS:
        raise InputError(f"unknown language {lang!r}; use one of: {', '.join(LANGS)}")
    return lang  # type: ignore[return-value]
