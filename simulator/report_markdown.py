"""The end-of-session report as Markdown (the report itself is built in ``reporting``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .i18n import Lang
from .persona import STAGE_NAMES, Persona, Stage
from .report_names import MISTAKES, RUBRIC_NAMES

if TYPE_CHECKING:
    from .reporting import Report

def _q(text: str, lang: Lang) -> str:
    return f"「{text}」" if lang == "ja" else f"“{text}”"


def _turn_label(n: int, lang: Lang) -> str:
    return f"ターン{n}" if lang == "ja" else f"turn {n}"


def _turn_list(turns: list[int], lang: Lang) -> str:
    sep = "、" if lang == "ja" else ", "
    return sep.join(_turn_label(n, lang) for n in turns)


def _run_label(first: int, last: int, lang: Lang) -> str:
    """A run of turns: 「ターン1–3」 / "turns 1–3" (one turn is no run)."""
    if first == last:
        return _turn_label(first, lang)
    return f"ターン{first}–{last}" if lang == "ja" else f"turns {first}–{last}"


def _kind_turns(report: Report, kind: str, turns: list[int], lang: Lang) -> str:
    """The turns a mistake kind is listed under; runs of closed questions as runs (r20a s08)."""
    if kind == "interrogation" and report.interrogation_runs:
        sep = "、" if lang == "ja" else ", "
        return sep.join(_run_label(a, b, lang) for a, b in report.interrogation_runs)
    return _turn_list(turns, lang)


def _kind_name(report: Report, kind: str, turn: int, lang: Lang) -> str:
    """A mistake kind as a hint names it; a run of closed questions with the run it belongs to."""
    name = MISTAKES[kind][lang]
    if kind == "interrogation":
        for a, b in report.interrogation_runs:
            if a <= turn <= b:
                if lang == "ja":  # 「閉じた質問の連続（詰問、ターン1–3）」
                    return f"{name[:-1]}、{_run_label(a, b, lang)}）" if name.endswith("）") else f"{name}（{_run_label(a, b, lang)}）"
                return f"{name} ({_run_label(a, b, lang)})"
    return name


def render_markdown(report: Report, persona: Persona) -> str:
    lang = report.lang
    ja = lang == "ja"
    lines = [f"## {'振り返りレポート' if ja else 'Session report'}: {persona.title.get(lang)}", ""]
    if report.turn_numbering:
        lines += [f"_{report.turn_numbering}_", ""]
    if report.note:
        lines += [report.note, ""]
    else:
        lines += _scores_md(report, lang)
        lines += _strengths_md(report, lang)
        lines += _mistakes_md(report, lang)
        lines += _hints_md(report, lang)
    lines += _disclosure_md(report, persona, lang)
    return "\n".join(lines).rstrip() + "\n"


def _part(p: dict[str, Any], lang: Lang) -> str:
    """One addend of a session score, as an instructor can check it by hand."""
    label, value, factor, points = (
        p.get("label") or p["rate"],
        p.get("value"),
        p.get("factor"),
        p["points"],
    )
    if p["rate"] in ("turn_mean", "default"):
        return f"{label} {value:.1f} × {factor:g} = {points:.1f}"
    if value is None or factor is None:
        return f"{label} {points:+.1f}"
    return f"{label} {value:.0%} × {factor:+g} = {points:+.1f}"


def _scores_md(report: Report, lang: Lang) -> list[str]:
    ja = lang == "ja"
    lines = [
        f"### {'スコア' if ja else 'Scores'}",
        "",
        "| 観点 | スコア | 各ターンの平均 | 内訳 |"
        if ja
        else "| Rubric | Score | Mean of your turns | How it adds up |",
        "|---|---:|---:|---|",
    ]
    for rid, score in report.scores.items():
        detail = report.score_details.get(rid, {})
        mean = detail.get("turn_mean")
        sep = " ／ " if ja else "; "
        parts = sep.join(_part(p, lang) for p in detail.get("parts", []))
        lines.append(
            f"| {RUBRIC_NAMES.get(rid, {}).get(lang, rid)} | {score:.0f} | "
            f"{'—' if mean is None else f'{mean:.0f}'} | {parts or '—'} |"
        )
    lines += [
        "",
        "セッションのスコアは、各ターンのスコアの平均に、会話全体での割合（回数ではなく、発言に占める割合）を"
        "組み合わせたものです（内訳を足すとスコアになります）。"
        if ja
        else "A session score combines the mean of your turn scores with rates over the whole "
        "conversation (shares of your turns, not counts); the parts add up to the score.",
        "",
    ]
    quality = _quality_md(report, lang) + _coverage_md(report, lang) + _not_counted_md(report, lang)
    lines += quality
    for f in report.feedback:
        lines.append(f"- {f}")
    if report.feedback or quality:
        lines.append("")
    return lines


def _coverage_md(report: Report, lang: Lang) -> list[str]:
    """Why 「要約が必要な場面でまとめた割合」 can be low beside a summary the turn scored well: it
    counts the moments his points had piled up (turns flagged ``due:summarising``), while a
    summary made at another moment counts in the quality (r15b s03: 0% beside T6 summarising 95)."""
    detail = report.score_details.get("summarising", {})
    terms = detail.get("quality_terms") or []
    part = next((p for p in detail.get("parts", []) if p.get("rate") == "summary_coverage"), None)
    if not terms or part is None or part.get("value") is None or part["value"] >= 1.0:
        return []
    due = [r["turn"] for r in report.turn_results if "due:summarising" in r.get("flags", [])]
    terms = [t for t in terms if t["turn"] not in due]  # summaries made at other moments
    if not due or not terms:
        return []
    ja = lang == "ja"
    sep = "、" if ja else ", "
    when = sep.join(_turn_label(n, lang) for n in due)
    made = sep.join(
        f"{_turn_label(t['turn'], lang)} {'要約スコア' if ja else 'score '}{t['score']:.0f}"
        for t in terms
    )
    if ja:
        line = (
            f"- 要約が必要な場面でまとめた割合 {part['value']:.0%} は、社長の話がたまった場面"
            f"（{when}）でまとめたかを数えます。ほかの場面のまとめ（{made}）は要約の質に数えています。"
        )
    else:
        line = (
            f"- Summarising when due {part['value']:.0%} counts whether you summed up at the "
            f"moments the owner's points had piled up ({when}); your summaries at other moments "
            f"({made}) count in the quality of the summaries."
        )
    return [line]


def _not_counted_md(report: Report, lang: Lang) -> list[str]:
    """The turns labelled a summary that the summary figures do not count, and why: they gave
    back one of his words or one reply, not several of his points (scored below
    ``REAL_SUMMARY_AT`` on the turn: r17a s03 T8, an echo scored 18 beside 「要約の質 0%」)."""
    from .scoring.session import REAL_SUMMARY_AT

    counted = {t["turn"] for t in report.score_details.get("summarising", {}).get("quality_terms") or []}
    thin = [
        r
        for r in report.turn_results
        if r["turn"] not in counted
        and ("summary" in r.get("acts", []) or "owner_summary" in r.get("flags", []))
        and (v := r.get("scores", {}).get("summarising")) is not None
        and v < REAL_SUMMARY_AT
    ]
    if not thin:
        return []
    ja = lang == "ja"
    sep = "、" if ja else ", "
    each = sep.join(
        f"{_turn_label(r['turn'], lang)}（{'要約スコア' if ja else 'score '}{r['scores']['summarising']:.0f}）"
        if ja
        else f"{_turn_label(r['turn'], lang)} (score {r['scores']['summarising']:.0f})"
        for r in thin
    )
    return [
        f"- {each}は社長の言葉を一つ返した伝え返しで、いくつかの要点をまとめた要約ではないため、要約の数字には"
        "数えていません。"
        if ja
        else f"- {each} gave back one of the owner's words or replies, not several of his points: "
        "a reflection, not counted in the summary figures."
    ]


def _quality_md(report: Report, lang: Lang) -> list[str]:
    """The rule behind 「要約の質」, with its terms: each summary's score at its turn times the
    share of the owner's points it carried, then their mean (r14b s08: 9% beside a turn 86)."""
    detail = report.score_details.get("summarising", {})
    terms = detail.get("quality_terms") or []
    part = next((p for p in detail.get("parts", []) if p.get("rate") == "summary_quality"), None)
    if not terms or part is None or part.get("value") is None:
        return []
    ja = lang == "ja"
    if not report.summary_made:  # his paraphrases stood in: no 「要約の質」 figure (r20a s03)
        each = ("、" if ja else "; ").join(
            f"{_turn_label(t['turn'], lang)} {t['score']:.0f} × {t['carried']:.0%}" for t in terms
        )
        return [
            f"- 要約はしていません。まとめる代わりに言い換えて返した発言を数えています（{each}）。"
            if ja
            else f"- No summary made. The figure counts the turns that gave his points back in other words instead ({each})."
        ]
    sep = "、" if ja else "; "
    each = sep.join(
        f"{_turn_label(t['turn'], lang)} {t['score']:.0f} × {t['carried']:.0%}" for t in terms
    )
    if ja:
        line = (
            f"- 要約の質 {part['value']:.0%} は、まとめた発言ごとの「そのターンの要約スコア × "
            f"前のまとめ以降の社長の話を拾えた割合」の平均です（{each}）。"
        )
    else:
        line = (
            f"- Quality of the summaries {part['value']:.0%} is the mean, over your summaries, "
            f"of the turn's summarising score × the share of the owner's points since the "
            f"previous summary it gave back ({each})."
        )
    return [line]


def _strengths_md(report: Report, lang: Lang) -> list[str]:
    ja = lang == "ja"
    lines = [f"### {'よくできた点' if ja else 'What went well'}", ""]
    if not report.strengths:
        lines.append(
            "- 社長が心を開いた、はっきりした場面はまだありません。"
            if ja
            else "- No clear moment yet where the owner opened up."
        )
    for s in report.strengths:
        acts = ("・" if ja else ", ").join(s["acts"])
        earned = f" → {'社長' if ja else 'owner'}: {_q(s['owner_words'], lang)}"
        lines.append(
            f"- {_turn_label(s['turn'], lang)} {_q(s['text'], lang)}（{acts}）{earned}"
            if ja
            else f"- {_turn_label(s['turn'], lang).capitalize()} {_q(s['text'], lang)} ({acts}){earned}"
        )
    return [*lines, ""]


def _mistakes_md(report: Report, lang: Lang) -> list[str]:
    ja = lang == "ja"
    lines = [f"### {'気をつけたい点' if ja else 'Mistakes by kind'}", ""]
    if not report.mistakes:
        lines.append(
            "- 目立った誘導・押しつけや詰問はありませんでした。"
            if ja
            else "- No leading, advice, lecturing, interrogation or denial found."
        )
    for kind, turns in report.mistakes.items():
        lines.append(f"- {MISTAKES[kind][lang]}: {_kind_turns(report, kind, turns, lang)}")
    q = report.question_counts
    lines += [
        "",
        f"### {'問いかけと発話量' if ja else 'Questions and talk'}",
        "",
        f"- 開いた質問 {q.get('open', 0)}回、閉じた質問 {q.get('closed', 0)}回、誘導質問 {q.get('leading', 0)}回"
        if ja
        else f"- {q.get('open', 0)} open, {q.get('closed', 0)} closed and {q.get('leading', 0)} leading questions",
    ]
    # the share is said once: the session comments already name a share over half (r9a)
    share = f"{report.talk_share:.0%}"
    if not any(share in f for f in report.feedback):
        lines.append(
            f"- 支援者の発話の割合: {share}" if ja else f"- Your share of the talk: {share}"
        )
    return [*lines, ""]


def _hints_md(report: Report, lang: Lang) -> list[str]:
    ja = lang == "ja"
    if not report.hints:
        return []
    lines = [
        f"### {'改善のヒント' if ja else 'What to try next time'}",
        "",
        "信頼が下がった発言と、ガイドラインで避けたい発言から、影響の大きい順に。"
        if ja
        else "The turns that cost trust or that the guideline warns against, costliest first.",
        "",
    ]
    for h in report.hints:
        trust = _hint_trust(h["trust_delta"], lang)
        # the kinds the mistakes list names the turn under, so the two sections agree
        kinds = [_kind_name(report, k, h["turn"], lang) for k in h.get("kinds", []) if k in MISTAKES]
        if kinds:
            trust += ("／" if ja else "; ") + ("・" if ja else ", ").join(kinds)
        head = (
            f"- {_turn_label(h['turn'], lang)} {_q(h['text'], lang)}（{trust}）"
            if ja
            else f"- {_turn_label(h['turn'], lang).capitalize()} {_q(h['text'], lang)} ({trust})"
        )
        lines.append(head)
        if h.get("problem"):
            lines.append(f"  - {h['problem']}")
        if h.get("suggestion"):
            lines.append(f"  - {'言い換えの例' if ja else 'Try instead'}: {_q(h['suggestion'], lang)}")
    return [*lines, ""]


def _hint_trust(delta: float, lang: Lang) -> str:
    """A hint's trust figure, said honestly: a push he did not react to (trust unchanged or up)
    is still one the guideline warns against, and the report says so instead of printing
    「（信頼 +2）」 under 「信頼が下がった発言」 (r13a s08 T5, r13b s02 T8)."""
    ja = lang == "ja"
    if delta <= -0.5:
        return f"{'信頼' if ja else 'trust'} {delta:+.0f}"
    figure = "±0" if delta < 0.5 else f"{delta:+.0f}"
    return (
        f"信頼 {figure}。信頼は下がりませんでしたが、ガイドラインで避けたい発言です"
        if ja
        else f"trust {figure}: it cost no trust this time, but the guideline warns against it"
    )


def _disclosure_md(report: Report, persona: Persona, lang: Lang) -> list[str]:
    ja = lang == "ja"
    final = Stage[report.final_stage.upper()]
    stage = STAGE_NAMES[final].get(lang)
    if report.hidden_issue_reached and final < Stage.CONVICTION:
        # he told the underlying issue: the stage line says so, not 「裏課題への接近」 next to
        # 「裏課題: 到達しました」 (r17a s04, s05; r17b s03)
        stage = (
            (
                "面談打ち切り（裏課題に触れた後で信頼を失った）"
                if ja
                else "Meeting broken off (trust lost after the underlying issue came up)"
            )
            if final is Stage.WALKED_OUT
            else (
                "裏課題への到達（次の段階は腹落ち：社長自身が課題として受け止めること）"
                if ja
                else "The underlying issue (next stage: conviction, the owner taking it as his own)"
            )
        )
    if report.hidden_issue_reached:
        reached = "到達しました" if ja else "reached"
    elif report.core_words:
        reached = (
            "核心に近づきました（経営者が核心に触れる言葉を話しています。裏課題そのものを自分の言葉で"
            "まとめるところまでは至っていません）"
            if ja
            else "close (the owner touched its core in his own words, but did not yet put the "
            "underlying issue itself into words)"
        )
    elif report.near_words:
        reached = (
            "到達していません（手前まで来ています。下の言葉で社長が話したことが、社長にとって何を"
            "意味するのかを、社長自身の言葉で聞いていきましょう）"
            if ja
            else "not reached (you came close: he told you what leads to it, quoted below; next, "
            "ask what it means to him, in his own words)"
        )
    else:
        reached = "到達していません" if ja else "not reached"
    curve = " → ".join(f"{v:.0f}" for v in report.trust_curve)
    lines = [
        f"### {'経営者の開示' if ja else 'What the owner disclosed'}",
        "",
        f"- {'裏課題' if ja else 'Underlying issue'}: **{reached}**",
        f"- {'到達した段階' if ja else 'Stage reached'}: {stage}",
        f"- {'信頼度の推移' if ja else 'Trust curve'}: {curve}",
        f"- {'経営者が話した事実' if ja else 'Facts the owner disclosed'}: {_facts_told(report, persona, lang)}",
    ]
    for w in report.owner_words:
        label = (
            f"経営者自身の言葉（{_turn_label(w['turn'], lang)}への返答）"
            if ja
            else f"The owner's own words (reply to {_turn_label(w['turn'], lang)})"
        )
        lines.append(f"- {label}: {_q(w['text'], lang)}")
    if not report.hidden_issue_reached:
        for w in report.core_words:
            label = (
                f"核心に触れた経営者の言葉（{_turn_label(w['turn'], lang)}への返答）"
                if ja
                else f"The owner's words on the core (reply to {_turn_label(w['turn'], lang)})"
            )
            lines.append(f"- {label}: {_q(w['text'], lang)}")
    # the persona author's hidden 裏課題 text is never printed in the trainee's report: it tells
    # the trainee the answer the meeting was for (r18a s05); the owner's own words above show
    # what he said of it
    if not report.hidden_issue_reached and not report.core_words:
        for w in report.near_words:
            label = (
                f"裏課題につながる経営者の言葉（{_turn_label(w['turn'], lang)}への返答）"
                if ja
                else f"The owner's words leading towards the issue (reply to {_turn_label(w['turn'], lang)})"
            )
            lines.append(f"- {label}: {_q(w['text'], lang)}")
    if report.end_reason in ("trust", "patience"):
        lines.append("- " + _walk_out_md(report, lang))
    return lines


# the depths of the persona's facts, as the count names them
_DEPTHS = {
    "surface": {"ja": "表に出ている事実", "en": "on the surface"},
    "personal": {"ja": "個人的な事情", "en": "personal"},
    "core": {"ja": "核心", "en": "at the core"},
}


def _facts_told(report: Report, persona: Persona, lang: Lang) -> str:
    """「7 / 17（表に出ている事実 5/7・個人的な事情 2/6・核心 0/4）」: the count of the persona's
    prepared facts he told, by depth, so two counts of one owner read alike (r18a s03 7/17 of
    mostly surface facts beside s08's 1/17: what he told, not how much he talked)."""
    told = set(report.revealed)
    facts = list(persona.facts)
    parts = []
    for depth, names in _DEPTHS.items():
        of = [f for f in facts if f.depth.value == depth]
        if of:
            parts.append(f"{names[lang]} {sum(1 for f in of if f.id in told)}/{len(of)}")
    n = sum(1 for f in facts if f.id in told)
    if lang == "ja":
        return f"{n} / {len(facts)}（このペルソナに用意された事実のうち。{'・'.join(parts)}）"
    return f"{n} / {len(facts)} (of the facts prepared for this owner: {', '.join(parts)})"


def _walk_out_md(report: Report, lang: Lang) -> str:
    """The walk-out, with the turn he ended the meeting on and what took him there."""
    ja = lang == "ja"
    w = report.walk_out
    if not w:
        return "経営者が面談を打ち切りました。" if ja else "The owner ended the meeting early."
    turn = _turn_label(w["turn"], lang)
    if ja:
        text = f"経営者は{turn}の発言のあとで面談を打ち切りました。"
        if w["reason"] == "patience":
            text += "社長の我慢が限界に来ていました。"
        elif w["cause"] == w["turn"]:
            text += (
                f"この発言で信頼が{w['cause_delta']:+.0f}下がって{w['cause_trust']:.0f}になり、"
                f"面談を続けてもらえる目安（{w['limit']:.0f}）を下回りました。"
            )
        else:
            text += (
                f"{_turn_label(w['cause'], lang)}（信頼 {w['cause_delta']:+.0f}）で信頼が"
                f"{w['cause_trust']:.0f}まで下がり、面談を続けてもらえる目安（{w['limit']:.0f}）に"
                "戻らないままでした。"
            )
        if w.get("below_from"):
            text += (
                f"信頼は{_turn_label(w['below_from'], lang)}から目安を下回っていました。はじめのうちは社長も"
                f"様子を見ていましたが、{_turn_label(w['min_turns'], lang)}以降も信頼を取り戻せる発言がないまま、"
                "面談が打ち切られました。"
            )
        if w["drops"]:
            drops = "、".join(
                f"{_turn_label(d['turn'], lang)}（{d['trust_delta']:+.0f}）" for d in w["drops"]
            )
            text += f"信頼を大きく下げた発言: {drops}。"
        return text
    text = f"The owner ended the meeting after {turn}."
    if w["reason"] == "patience":
        text += " His patience had run out."
    elif w["cause"] == w["turn"]:
        text += (
            f" That turn cost {w['cause_delta']:+.0f} trust and took it to {w['cause_trust']:.0f}, "
            f"under the level at which he keeps talking ({w['limit']:.0f})."
        )
    else:
        text += (
            f" {_turn_label(w['cause'], lang).capitalize()} (trust {w['cause_delta']:+.0f}) took "
            f"trust down to {w['cause_trust']:.0f}, under the level at which he keeps talking "
            f"({w['limit']:.0f}), and it did not recover."
        )
    if w.get("below_from"):
        text += (
            f" Trust had been under that level since {_turn_label(w['below_from'], lang)}. He gave it a few"
            f" turns, but from {_turn_label(w['min_turns'], lang)} on nothing won it back, and he ended the"
            " meeting."
        )
    if w["drops"]:
        drops = ", ".join(
            f"{_turn_label(d['turn'], lang)} ({d['trust_delta']:+.0f})" for d in w["drops"]
        )
        text += f" The turns that cost the most trust: {drops}."
    return text
