"""A rehearsal owner: one of the five archetypes composed with what a supporter knows.

A supporter preparing a real first visit describes the company (industry, size, what the
application form says, what the referring advisor said, what they suspect) and picks the
owner's temperament from the five archetypes. :func:`build_persona` composes, offline:

- the archetype's *behaviour* — the numbers of the shipped persona of the same id
  (``personas/<id>.yaml``: trust, patience, tests, impatience), so a rehearsal owner reacts
  exactly like the practice owner of that temperament;
- the archetype's *voice* — ``archetypes/<id>.yaml`` (:mod:`simulator.archetype`): lines
  for every situation, approving lines, hesitations, fillers, the role, the speech style, a
  dozen facts typical of that temperament and its answers to closed and factual questions,
  written without any company's specifics, with ``{industry}``, ``{employees}``,
  ``{founded}``, ``{years}`` and ``{issue}`` filled in from the form; an answer may name the
  optional ``{location}`` or ``{annual_sales}`` and says its ``if_blank`` words (vague, or a
  refusal in character) when the form leaves them blank — never an invented figure;
- the supporter's *facts*: the business (first), the issue on the application form (the
  surface issue), and what the supporter suspects as the underlying issue — the last fact,
  disclosed only to a supporter who has built trust (never by guessing the word: the point is
  to let the owner put it into words, not to confirm a preconception).

The result is validated by the same :class:`~simulator.persona.Persona` model and
:func:`~simulator.persona.persona_problems` as a shipped persona; any problem is a
:class:`RehearsalError` with a message in Japanese and English.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .archetype import Archetype, ArchetypeAnswer, ArchetypeAnswers, IfBlank
from .datafiles import data_dir, load_named, load_persona
from .errors import DataFileError, SimulatorError
from .i18n import Text, TextList
from .persona import Fact, Persona, persona_problems

ARCHETYPES = (
    "distrustful_founder", "reluctant_successor", "move_on_owner", "big_customer_owner",
    "family_values_owner",
)  # fmt: skip
ID_PREFIX = "rh_"  # every rehearsal persona id starts with it (a shipped persona never does)
UNDERLYING = "underlying"
__all__ = ["Archetype", "ArchetypeAnswer", "ArchetypeAnswers", "IfBlank"]  # the archetype file's schema
_SLOT = re.compile(r"\{(industry|employees|founded|years|issue)\}")
# answers may also name what the form leaves optional; a blank one switches to ``if_blank``
_ANSWER_SLOT = re.compile(r"\{(industry|employees|founded|years|issue|location|annual_sales)\}")
_LEFTOVER = re.compile(r"\{[a-z_]+\}")


class RehearsalError(SimulatorError):
    """The form or the composed owner is not valid; :meth:`text` is the user's message."""

    def __init__(self, ja: str, en: str) -> None:
        self.ja, self.en = ja, en
        super().__init__(en)

    def text(self, lang: str = "ja") -> str:
        return self.ja if lang == "ja" else self.en


FIELD_NAMES: dict[str, tuple[str, str]] = {
    "archetype": ("経営者のタイプ", "owner's temperament"),
    "industry": ("業種", "industry"),
    "employees": ("従業員数", "number of employees"),
    "founded": ("創業年", "year founded"),
    "company": ("会社名", "company name"),
    "owner_name": ("経営者の呼び名", "owner's name"),
    "location": ("所在地", "location"),
    "annual_sales": ("年商", "annual sales"),
    "application": ("申込書の記載", "application form"),
    "referral": ("紹介者の話", "referring advisor's words"),
    "suspicion": ("支援者の見立て", "what you suspect"),
}


class RehearsalForm(BaseModel):
    """What the supporter types (everything is shown back as text, never as HTML)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    archetype: str
    industry: str = Field(min_length=1, max_length=60)
    employees: int = Field(ge=1, le=100_000)
    founded: int = Field(ge=1800, le=2100)
    company: str = Field("", max_length=60)
    owner_name: str = Field("", max_length=30)
    location: str = Field("", max_length=40)
    annual_sales: str = Field("", max_length=40)
    application: str = Field(min_length=1, max_length=600)
    referral: str = Field("", max_length=600)
    suspicion: str = Field("", max_length=600)

    @field_validator("archetype")
    @classmethod
    def _known(cls, value: str) -> str:
        if value not in ARCHETYPES:
            raise ValueError("unknown archetype")
        return value


def read_form(data: dict[str, Any]) -> RehearsalForm:
    """Validate the form; one :class:`RehearsalError` naming every field to fix."""
    try:
        return RehearsalForm.model_validate(data)
    except ValidationError as exc:
        ja, en = [], []
        for err in exc.errors():
            field = str(err["loc"][0]) if err["loc"] else ""
            name_ja, name_en = FIELD_NAMES.get(field, (field, field))
            ctx = err.get("ctx") or {}
            kind = err["type"]
            if kind in ("missing", "string_too_short"):
                ja.append(f"{name_ja}を入力してください")
                en.append(f"{name_en}: please fill it in")
            elif kind == "string_too_long":
                ja.append(f"{name_ja}は{ctx.get('max_length')}字以内にしてください")
                en.append(f"{name_en}: at most {ctx.get('max_length')} characters")
            elif kind in ("greater_than_equal", "less_than_equal", "int_parsing", "int_type",
                          "int_from_float"):  # fmt: skip
                low, high = {"employees": (1, 100_000), "founded": (1800, 2100)}.get(field, ("", ""))
                ja.append(f"{name_ja}は{low}〜{high}の整数で入力してください")
                en.append(f"{name_en}: a whole number from {low} to {high}")
            else:
                ja.append(f"{name_ja}を選んでください" if field == "archetype" else f"{name_ja}を確かめてください")
                en.append(f"{name_en}: please check it")
        raise RehearsalError("、".join(dict.fromkeys(ja)) + "。", "; ".join(dict.fromkeys(en)) + ".") from None


def load_archetype(archetype_id: str) -> Archetype:
    if archetype_id not in ARCHETYPES:
        raise RehearsalError("経営者のタイプを選んでください。", "Choose the owner's temperament.")
    return load_named(data_dir("archetypes") / f"{archetype_id}.yaml", Archetype)


def archetype_choices(lang: str = "ja") -> list[tuple[str, str]]:
    """(label, id) of the five temperaments, for a radio group."""
    return [(load_archetype(a).label.get(lang), a) for a in ARCHETYPES]  # type: ignore[arg-type]


def _clip(text: str, limit: int) -> str:
    """The first clause of ``text`` (up to ``limit`` characters), without final punctuation."""
    first = re.split(r"[。\n.!?！？]", text.strip(), maxsplit=1)[0].strip() or text.strip()
    first = first if len(first) <= limit else first[:limit] + "…"
    return first.rstrip("、,。. ")


def _fill(text: str, slots: dict[str, str]) -> str:
    return _SLOT.sub(lambda m: slots[m.group(1)], text)


def _texts(texts: TextList, slots: dict[str, str]) -> dict[str, list[str]]:
    return {lang: [_ANSWER_SLOT.sub(lambda m: slots[m.group(1)], t) for t in texts.get(lang)]
            for lang in ("ja", "en")}  # type: ignore[arg-type]  # fmt: skip


def _answers(arch: Archetype, slots: dict[str, str]) -> dict[str, Any]:
    """The archetype's answers with the form's facts; a blank optional fact: ``if_blank``."""
    topics = []
    for a in arch.answers.topics:
        data = a.model_dump(mode="json", exclude={"if_blank"}, exclude_none=True)
        named = {m for t in [*a.text.ja, *a.text.en] for m in _ANSWER_SLOT.findall(t)}
        if any(not slots[m] for m in named):
            if a.if_blank is None:
                raise RehearsalError(f"回答 {a.id} に if_blank がありません。", f"answers.{a.id}: if_blank missing")
            data["stance"], data["text"] = a.if_blank.stance.value, _texts(a.if_blank.text, slots)
        else:
            data["text"] = _texts(a.text, slots)
        if a.guarded is not None:
            data["guarded"] = _texts(a.guarded, slots)
        topics.append(data)
    return {"topics": topics, "unknown": _texts(arch.answers.unknown, slots)}


def _text(text: Text, slots: dict[str, str], **extra: str) -> Text:
    both = {"ja": _fill(text.ja, slots), "en": _fill(text.en, slots)}
    for key, value in extra.items():
        both = {lang: t.replace("{" + key + "}", value) for lang, t in both.items()}
    return Text(**both)


def _topics(text: str, extra: list[str]) -> list[str]:
    """Words of ``text`` a trainee can pick up (as written in it), plus ``extra``."""
    from .analysis import keywords

    found = [w for w in keywords(text, "ja") if len(w) >= 2 and w in text]
    return list(dict.fromkeys([*found[:6], *extra]))


def build_persona(
    form: RehearsalForm,
    *,
    persona_id: str,
    year: int | None = None,
    archetype: Archetype | None = None,
) -> Persona:
    """Compose the rehearsal owner (validated; :class:`RehearsalError` when it is not fit).

    ``archetype``: the loaded temperament (default: ``archetypes/<form.archetype>.yaml``)."""
    if not re.fullmatch(rf"{ID_PREFIX}[a-z0-9_]+", persona_id):
        raise ValueError(f"a rehearsal persona id starts with {ID_PREFIX!r}: {persona_id!r}")
    arch = archetype or load_archetype(form.archetype)
    base = load_persona(arch.id)
    years = max(1, (year or date.today().year) - form.founded)
    application = form.application.strip().rstrip("。.")
    slots = {"industry": form.industry, "employees": str(form.employees), "years": str(years),
             "founded": str(form.founded), "issue": _clip(form.application, 24),
             "location": form.location, "annual_sales": form.annual_sales}  # fmt: skip
    company = form.company or "訪問先"
    company_en = form.company or "The company to visit"
    referral = form.referral.strip().rstrip("。.")
    profile = f"{form.industry}、従業員{form.employees}名、創業{form.founded}年"
    briefing = Text(
        ja=f"{company}（{profile}）。申込書の記載：「{application}」。"
        + (f"紹介者の話：「{referral}」。" if referral else "紹介者からの話は特にない。"),
        en=f"{company_en} ({form.industry}, {form.employees} employees, founded {form.founded}). "
        f"The application form says: “{application}”. "
        + (f"The referring advisor said: “{referral}”." if referral else "No word from a referrer."),
    )
    suspicion = form.suspicion.strip().rstrip("。.")
    underlying_text = (
        Text(ja=suspicion, en=suspicion) if suspicion else _text(arch.framing.default_suspicion, slots)
    )
    first_trust = base.behaviour.initial_trust
    # a question on the application's words (「ネット販売を…きっかけは」) opens the form's issue,
    # not the business it shares a word with (「漬物の製造販売」): the business keeps its own words
    form_topics = _topics(application, ["申込書", "課題"])
    business = Fact(
        id="business", depth="surface", text=_text(arch.framing.business, slots),
        unlock={"trust": min(100, first_trust + 2), "topics": {
            "ja": [w for w in _topics(form.industry, ["仕事", "会社"]) if w not in form_topics],
            "en": ["work", "company", "business"]}},
    )  # fmt: skip
    form_issue = Fact(
        id="form_issue", depth="surface", text=_text(arch.framing.form_issue, slots, form=application),
        unlock={"trust": min(100, first_trust + 2),
                "topics": {"ja": form_topics, "en": [*form_topics, "application", "issue"]}},
    )  # fmt: skip
    underlying = Fact(
        id=UNDERLYING, depth="core",
        text=Text(**{lang: _fill(getattr(arch.framing.underlying, lang), slots).replace(
            "{suspicion}", getattr(underlying_text, lang)) for lang in ("ja", "en")}),
        unlock={"trust": 72, "stage": "approach", "after": list(arch.before_underlying),
                "moves": ["summary", "reflection", "empathy"]},
        walls=list(arch.framing.walls),
    )  # fmt: skip
    template_facts = [
        f.model_copy(update={"text": _text(f.text, slots)}) for f in arch.facts
    ]
    name = Text(ja=form.owner_name, en=form.owner_name) if form.owner_name else arch.owner.name
    data = {
        "id": persona_id,
        "title": {"ja": f"リハーサル：{form.company or form.industry} ― {arch.label.ja}",
                  "en": f"Rehearsal: {form.company or form.industry} — {arch.label.en}"},
        "sources": [f"訪問前リハーサル：支援者の入力と「{arch.label.ja}」の型（archetypes/{arch.id}.yaml、"
                    f"behaviour は personas/{arch.id}.yaml）"],
        "company": {
            "name": {"ja": form.company or f"{form.industry}の会社",
                     "en": form.company or f"a {form.industry} business"},
            "industry": {"ja": form.industry, "en": form.industry},
            "location": {"ja": form.location or "所在地未記入", "en": form.location or "location not given"},
            "employees": form.employees, "founded": form.founded,
            "annual_sales": {"ja": form.annual_sales or "未記入", "en": form.annual_sales or "not given"},
            "description": {"ja": f"{form.industry}。従業員{form.employees}名。{application}。",
                            "en": f"{form.industry}; {form.employees} employees. {application}."},
        },
        "owner": {"name": name.model_dump(), "age": arch.owner.age, "role": arch.owner.role.model_dump(),
                  "background": _text(arch.owner.background, slots).model_dump(),
                  "speech_style": arch.owner.speech_style.model_dump()},
        "briefing": briefing.model_dump(),
        "surface_issue": {"ja": application, "en": application},
        "underlying_issue": {"text": underlying_text.model_dump(),
                             "walls": [w.value for w in arch.framing.walls], "fact": UNDERLYING},
        "behaviour": base.behaviour.model_dump(mode="json"),
        "facts": [f.model_dump(mode="json") for f in [business, form_issue, *template_facts, underlying]],
        "lines": {r.value: {"ja": [_fill(x, slots) for x in tl.ja], "en": [_fill(x, slots) for x in tl.en]}
                  for r, tl in arch.lines.items()},
        "approving_lines": {r.value: tl.model_dump() for r, tl in arch.approving_lines.items()},
        "answers": _answers(arch, slots),
        "hesitations": arch.hesitations.model_dump(),
        "fillers": arch.fillers.model_dump(),
        # 「…そんなこと言いましたっけ？」: the temperament's own correction (no company in it)
        "never_said": base.never_said.model_dump() if base.never_said else None,
    }  # fmt: skip
    return validate(data)


def validate(data: dict[str, Any]) -> Persona:
    """The same checks as a shipped persona: the model, then the quality rules."""
    try:
        persona = Persona.model_validate(data)
    except ValidationError as exc:
        where = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()[:5])
        raise RehearsalError(
            f"作成した経営者がペルソナの検証を通りませんでした（{where}）。", f"invalid persona: {where}"
        ) from None
    problems = persona_problems(persona)
    if problems:
        joined = "; ".join(problems[:5])
        raise RehearsalError(
            f"作成した経営者が品質の検証を通りませんでした（{joined}）。", f"persona problems: {joined}"
        )
    return persona


def stored_persona(data: dict[str, Any]) -> Persona:
    """The persona of a stored custom persona: ``{"persona": {...}, "form": {...}}`` as saved
    by the rehearsal page, or a bare persona dictionary."""
    body = data.get("persona", data) if isinstance(data, dict) else data
    return Persona.model_validate(body)


def stored_form(data: dict[str, Any]) -> RehearsalForm | None:
    form = data.get("form") if isinstance(data, dict) else None
    return RehearsalForm.model_validate(form) if form else None


SAMPLE_FORM = {
    "industry": "金属部品の加工", "employees": 25, "founded": 1985,
    "application": "人手不足と設備の老朽化。", "referral": "社長はあまり乗り気ではない様子。",
    "suspicion": "",
}  # fmt: skip


def check_archetype(path: Path) -> list[str]:
    """Problems of one ``archetypes/*.yaml`` file (``python -m simulator check``): the schema,
    then a rehearsal owner built from it with a sample form must pass the persona checks."""
    from .datafiles import load_model

    try:
        arch = load_model(path, Archetype)
    except DataFileError as exc:
        return [f"{exc.path}: {p}" for p in exc.problems]
    if arch.id != path.stem or arch.id not in ARCHETYPES:
        return [f"{path}: id: {arch.id!r} must match the file name and be one of {ARCHETYPES}"]
    known = {f.id for f in arch.facts}
    missing = [f for f in arch.before_underlying if f not in known]
    if missing:
        return [f"{path}: before_underlying: unknown facts {missing}"]
    problems = []
    for extra in ({}, {"location": "東京都大田区", "annual_sales": "3億円"}):  # blank, then given
        try:
            sample = RehearsalForm(archetype=arch.id, **SAMPLE_FORM, **extra)
            persona = build_persona(sample, persona_id="rh_check", archetype=arch)
        except RehearsalError as exc:
            return [f"{path}: {exc.en}"]
        left = sorted(set(_LEFTOVER.findall(persona.model_dump_json())))
        if left:
            problems.append(f"{path}: unknown or misplaced slots {left} (see archetypes/README.md)")
    return list(dict.fromkeys(problems))
