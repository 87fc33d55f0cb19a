"""The offline analyser: dialogue acts and context features of one trainee utterance.

    analyse(text, context, lang) -> Analysis   # acts, evidence, features
    keywords(text, lang) -> list[str]          # normalised content words, in order, unique
    normalise(word, lang) -> str               # the normalised form of one word

Japanese goes through SudachiPy (loaded lazily, one tokenizer per thread); English through a
small rule-based lemmatiser. Both share the context features in :mod:`.context`.

The act rules (:mod:`.ja_rules`, :mod:`.en_rules`) label first; a small learned layer
(:mod:`.learned`: logistic regression per label over the rules' output, context cues and
sentence endings) then decides the acts. Its weights ship as ``model_{ja,en}.json`` beside this
file and are loaded lazily; retrain them with ``scripts/train_analyser.py`` (tuning items only).
Without a model file the rules' acts stand.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from types import ModuleType

from ..acts import Act, Analysis, Features, Utterance
from ..i18n import Lang, check_lang
from . import (
    checks,
    en_rules,
    english,
    guards,
    guess_check,
    ja_rules,
    japanese,
    learned,
    manners,
    not_empathy,
    not_reflection,
    paraphrase,
    quoting,
    revisions,
    settle,
    shrunk,
)
from . import context as ctx
from .asides import only_in_asides
from .attribution import briefed_spans, settle_give_back, unsaid_spans
from .cues import Word
from .pending import answer_part, pending_question, questions_to_her, size, tells_role, without_role
from .pressure import hearsay_premise, presses_to_talk, without_pressure
from .pushed_questions import cause_guess

__all__ = ["analyse", "keywords", "normalise"]


@dataclass(frozen=True, slots=True)
class _Language:
    words: ModuleType
    rules: ModuleType
    vocab: ctx.Vocabulary

    def looks_like_question(self, text: str) -> bool:
        return self.rules.looks_like_question(text)


_LANGS: dict[str, _Language] = {
    "ja": _Language(
        japanese,
        ja_rules,
        ctx.Vocabulary(japanese.TEMPLATE, japanese.BROAD, japanese.SMALLTALK, japanese.QWORDS),
    ),
    "en": _Language(
        english,
        en_rules,
        ctx.Vocabulary(english.TEMPLATE, english.BROAD, english.SMALLTALK, english.QWORDS),
    ),
}

_ORDER = {a: i for i, a in enumerate(Act)}
# acts the rules have words for and the learned layer may not drop: missing one would let a
# lecture, a push or a boast pass as listening
_PUSHES = (Act.ADVICE, Act.LEADING_QUESTION, Act.SELF_PROMOTION)
# a brief answer to the owner's own question, up to this long, gives information asked for: not
# unsolicited advice (a prescription or a lecture still is). Same limit as the engine's test.
ANSWER_MAX = {"ja": 150, "en": 60}
# a record piled up in an answer about the supporter: clients counted, expertise claimed, a boast
_RECORD_PILED: dict[str, re.Pattern[str]] = {
    "ja": re.compile(
        r"[0-9０-９一二三四五六七八九十百千]+\s*(社|件|店)|(何|数)(十|百|千)?(社|件)|実績|任せ|得意|自信|詳し|専門|"
        r"精通|プロ|一番|トップ|多くの|数多く|たくさん|いくつも|何(社|件)も|豊富|評判|リピート|指名|ご紹介|"
        r"(よく|十分|しっかり)(分か|わか|知って|存じ)|分かります|わかります|人一倍|誰よりも|こだわ|一度も|"
        r"失敗したこと|全部|すべて|必ず|絶対|倍に|[0-9０-９]+\s*(%|％|パーセント|割)|講師|講演|本を"
    ),
    "en": re.compile(
        r"\b(\d+|dozens|hundreds|scores)\s+(of\s+)?(clients|companies|businesses|firms|shops)\b|track record|"
        r"\bexpert|speciali[sz]|\bleave it (to|with) me\b|trust me|keep coming back|\bthe best\b|award|"
        r"plenty of|lots of|a lot of|countless|\bmany \w+|\bi know\b|know [\w' ]{1,30} (well|inside out)|familiar with|"
        r"specialty|speciality|lectur|percent|%|\bgr[eo]w\b|doubled|tripled|always|never (failed|lost)|"
        r"in my experience|i've seen|i have seen|\bbook\b|award|best in",
        re.I,
    ),
}
# the learned layer's confidence below which an act it adds on its own, against the rules, is
# dropped (0.5 = right at its threshold)
BORDERLINE = 0.6
UNWORDED_BOAST = 0.75


def _language(lang: str) -> _Language:
    return _LANGS[check_lang(lang)]


def keywords(text: str, lang: Lang = "ja") -> list[str]:
    """Normalised content words (nouns, verbs, adjectives minus stopwords), in order, unique."""
    words: tuple[Word, ...] = _language(lang).words.words(text)
    return list(dict.fromkeys(w.norm for w in words))


def normalise(word: str, lang: Lang = "ja") -> str:
    """The normalised form of one word (売上げ → 売り上げ, "customers" → "customer")."""
    return _language(lang).words.normalise(word)


def analyse(
    text: str,
    context: Sequence[Utterance] | None = None,
    lang: Lang = "ja",
    *,
    learned_layer: bool = True,
    briefing: str | None = None,
) -> Analysis:
    """Label one trainee utterance, given the conversation before it (oldest first).

    The rules label first; the learned layer (:mod:`.learned`, shipped weights) then decides
    the acts from the rules' output and the words. ``learned_layer=False``, or a missing model
    file, leaves the rules' acts as they are. ``briefing``: what the trainee was shown before
    the meeting (:func:`.attribution.trainee_briefing`), None when unknown.
    """
    check_lang(lang)
    language = _language(lang)
    turns = [u if isinstance(u, Utterance) else Utterance.model_validate(u) for u in context or []]
    own: tuple[Word, ...] = language.words.words(text)
    content = list(dict.fromkeys(w.norm for w in own))
    view = ctx.owner_view(language.words.words, own, turns, language.vocab, text)
    labels = language.rules.classify(text, view.cues, content)
    share = ctx.talk_share(text, turns)

    found: dict[Act, list[str]] = labels.evidence
    sure: dict[Act, float] = {}
    set_aside: list[str] | None = None  # a closed question left out beside a leading one
    model = learned.load(lang) if learned_layer else None
    if model is not None:
        feats = learned.features(lang, text, labels, view.cues, share)
        found, sure = model.predict_with_confidence(feats, labels, text)
        # a summary gathers ≥ 2 owner turns or carries a marker with several items (the rules
        # know), and takes something from the owner; the model's other "summaries" are
        # one-turn give-backs, or the supporter's own plans with nothing of the owner's in them
        # A summary needs two or more distinct points of the owner: one keyword given back
        # (「その『一応』というところ…」) is a reflection however the model reads it.
        founded = Act.SUMMARY in labels.evidence or view.cues.drawn_words >= 3
        if Act.SUMMARY in found and not (founded and labels.summary_ok):
            ev = found.pop(Act.SUMMARY)
            sure.pop(Act.SUMMARY, None)
            gives_back = Act.REFLECTION in labels.evidence or view.cues.drawn_words >= 1
            if gives_back and Act.REFLECTION not in found and view.cues.owner_last_has_content:
                found[Act.REFLECTION] = labels.evidence.get(Act.REFLECTION) or ev
                sure[Act.REFLECTION] = 0.6
        # (a jump marked after it, 「…。ところで、」, is the jump after a give-back it was: r14)
        echoed = (
            ctx.echoed_sentence(text, view.cues.last_text)
            if lang == "ja" and not labels.changes_topic
            else None
        )
        if (
            echoed
            # (a one-turn give-back the rules took for a summary counts: 「大きくしなくても、この味が
            # 続いていたら十分、なんですね」 after his dialect, r18a s08 T10)
            and labels.evidence.keys() & {Act.REFLECTION, Act.SUMMARY}
            and not found.keys() & {Act.REFLECTION, Act.SUMMARY, *_PUSHES, Act.CLOSED_QUESTION}
            and not labels.evidence.keys() & {*_PUSHES, Act.CLOSED_QUESTION}
        ):
            # 「ちゃんと考えたことがないかもしれない。」: his statement given back word for word is a
            # reflection (r15a s03 T7) — not when it is the hook for a push or a closed guess
            found[Act.REFLECTION] = [echoed]
            sure[Act.REFLECTION] = 0.6
        quoted = (
            ctx.quoted_then_asked(text, view.cues.last_text)
            if lang == "ja" and Act.OPEN_QUESTION in found
            else None
        )
        if quoted and not found.keys() & {Act.REFLECTION, Act.SUMMARY, *_PUSHES}:
            # 「手を広げるのは私の代ではもうええかな、というのは、どういうお気持ちからなんでしょう」:
            # his own sentence quoted back and asked about (r18a s08 T4)
            found[Act.REFLECTION] = [quoted]
            sure[Act.REFLECTION] = 0.6
        # a push the rules have words for (「〜すべきだと思います」, 「〜ですよね？」) stays even
        # when the model drops it: missing one would let a lecture pass as listening
        for act in _PUSHES:
            if labels.evidence.get(act) and act not in found:
                found[act] = labels.evidence[act]
                sure[act] = 0.5  # the rules see it, the model does not
        # empathy in words any speaker uses (「伝わってきます」「大きな決断ですね」) stays too
        strong = getattr(language.rules.L, "EMP_STRONG", None)
        emp = labels.evidence.get(Act.EMPATHY, [])
        if Act.EMPATHY not in found and strong is not None and any(strong.search(e) for e in emp):
            found[Act.EMPATHY] = emp
            sure[Act.EMPATHY] = 0.5
        # his words cited as his (「…、とおっしゃったのが印象に残りました」) stay a give-back even after
        # a turn of his with nothing in it: the model reads the last turn only (r20a s08 T8, refl20)
        # A short echo of his words opening the turn (「同じ不満、ですか。それは…？」, "The schedule — is
        # it…?") is a give-back beside the question, however few words it takes
        cited = getattr(language.rules.L, "HIS_WORDS_CITED", None)
        given = labels.evidence.get(Act.REFLECTION, [])
        if (
            given
            and not found.keys() & {Act.REFLECTION, Act.SUMMARY, *_PUSHES}
            and (
                (cited is not None and any(cited.search(e) for e in given))
                or language.rules.echo_opens(text)
            )
        ):
            found[Act.REFLECTION] = given
            sure[Act.REFLECTION] = 0.6
        # a question the rules read, dropped by the model with no question act of its own
        # ("Oh no, that really hurts. Were you able to recover any of it?"): the empathy before it
        # does not unask it (acts17)
        _QS = (Act.OPEN_QUESTION, Act.CLOSED_QUESTION, Act.LEADING_QUESTION)
        asked_rules = [a for a in _QS if labels.evidence.get(a)]
        if (
            len(asked_rules) == 1
            and not found.keys() & set(_QS)
            and Act.ADVICE not in found
            and text.rstrip().endswith(("?", "？"))
        ):
            found[asked_rules[0]] = labels.evidence[asked_rules[0]]
            sure[asked_rules[0]] = 0.5
        # the model's empathy in a turn with no word of feeling or effort (「失礼しました。三十名
        # でしたね。」, a plain fact given back): the warm tone alone (acts17)
        not_empathy.unworded(found, sure, text, lang, labels.evidence.get(Act.EMPATHY))
        adv = labels.evidence.get(Act.ADVICE, [])
        said = [e for e in found.get(Act.EMPATHY, []) if len(e) > 6]
        if (
            not labels.evidence.get(Act.EMPATHY)
            and adv
            and said
            and all(any(a in e for a in adv) for e in said)
        ):
            # 「…のままなのは、正直もったいないですね」: the model's "empathy" is a sentence the
            # rules read as a verdict on his practice (r11b/r12b blind play): no empathy
            found.pop(Act.EMPATHY, None)
            sure.pop(Act.EMPATHY, None)
        if Act.LEADING_QUESTION in found:
            set_aside = found.pop(Act.CLOSED_QUESTION, None)
        if (
            Act.ADVICE in labels.evidence
            and Act.CLOSED_QUESTION in found
            and Act.CLOSED_QUESTION not in labels.evidence
        ):
            # "Have you considered raising your prices?": a proposal in question form is the
            # proposal; the model's "closed question" there is the question mark alone
            found.pop(Act.CLOSED_QUESTION)
        polite = getattr(language.rules.L, "POLITE_PROPOSAL", None)
        asked = [q for q in _sentences(text, language) if q.rstrip().endswith(("?", "？"))]
        if (
            polite is not None
            and Act.ADVICE in labels.evidence
            and Act.OPEN_QUESTION in found
            and Act.OPEN_QUESTION not in labels.evidence
            and asked
            and all(polite.search(q) for q in asked)
        ):
            # "What if you tried batching the orders?": the wh-word of a proposal asks nothing
            found.pop(Act.OPEN_QUESTION)
            sure.pop(Act.OPEN_QUESTION, None)
        # a borderline act the rules have no word for, against a clear reading of the rules
        # (「なぜそのように考えたのですか？」 is open, not also closed): the rules stand
        for act, rival in (
            (Act.CLOSED_QUESTION, Act.OPEN_QUESTION),
            (Act.OPEN_QUESTION, Act.CLOSED_QUESTION),
        ):
            if (
                act in found
                and rival in found
                and act not in labels.evidence
                and rival in labels.evidence
                and sure.get(act, 1.0) < BORDERLINE
            ):
                found.pop(act)
        if (
            lang == "ja"
            and Act.OPEN_QUESTION in found
            and not found.keys() & {Act.CLOSED_QUESTION, Act.LEADING_QUESTION}
            # a plain yes/no question: no wh-word at all (「社長にとってはどのくらいのことなんですか」
            # asks his account, whatever the rules' どのくらい reads)
            and not any(
                language.rules.L.WH_OPEN.search(q) or language.rules.L.WH_FACT.search(q)
                for q in _sentences(text, language)
            )
            and Act.OPEN_QUESTION not in labels.evidence
            and labels.evidence.get(Act.CLOSED_QUESTION)
            and sure.get(Act.OPEN_QUESTION, 1.0) < BORDERLINE
        ):
            # 「会長に聞いてみないと、ですか。…把握されている、という感じなんでしょうか。」: the
            # model barely reads open, the rules read a yes/no question and no word that opens
            # it: the rules stand (r20a s03 t9, where the evidence quoted the echo as the question)
            found.pop(Act.OPEN_QUESTION)
            found[Act.CLOSED_QUESTION] = labels.evidence[Act.CLOSED_QUESTION]
            sure[Act.CLOSED_QUESTION] = sure.pop(Act.OPEN_QUESTION, 0.5)
        for act in (Act.SELF_PROMOTION, Act.LEADING_QUESTION, Act.ADVICE):
            # a boast needs a word of competence or track record; without one the model's
            # reading must be clear (「実は私、この近くの出身なんですよ」 is small talk)
            bar = UNWORDED_BOAST if act is Act.SELF_PROMOTION else BORDERLINE
            if act is Act.ADVICE and labels.evidence.keys() & {Act.REFLECTION, Act.SUMMARY}:
                # "That people taste it and know it's yours.": a give-back the rules read, with no
                # word of a push, is no advice unless the model is clear (judge4 f028)
                bar = UNWORDED_BOAST
            if act in found and act not in labels.evidence and sure.get(act, 1.0) < bar:
                found.pop(act)  # a push or boast the rules see no word of, barely over the line
                given = labels.evidence.get(Act.REFLECTION) or labels.evidence.get(Act.SUMMARY)
                if act is Act.ADVICE and given and not found.keys() & {Act.SUMMARY, Act.REFLECTION}:
                    # the give-back the model read as advice comes back (a summary only when it
                    # gathers as one above)
                    gathered = Act.SUMMARY in labels.evidence and founded and labels.summary_ok
                    back = Act.SUMMARY if gathered else Act.REFLECTION
                    found[back] = given
                    sure[back] = 0.6
        reassured = getattr(language.rules.L, "REASSURE_ONLY", None)
        if (
            Act.ADVICE in found
            and Act.ADVICE not in labels.evidence
            and reassured is not None
            and any(reassured.search(s.strip()) for s in _sentences(text, language))
        ):
            # 「いや、全然構いませんよ。話しやすいところからお願いします。」: the model's "advice" is the
            # reassurance's 「〜ませんよ」; the rules read every sentence and see none (r20b s10 T2)
            found.pop(Act.ADVICE)
            sure.pop(Act.ADVICE, None)
        _guess_is_the_push(found, sure, text, language, labels.evidence)
        _closed_stays_closed(found, sure, text, language, labels.evidence)
        if (
            Act.REFLECTION in found
            and Act.REFLECTION not in labels.evidence
            and view.cues.picked_last
            and only_in_asides(text, [w.surface for w in view.cues.picked_last], lang, view.cues.last_text)
        ):
            # 「失礼しました。…話せる範囲で構いませんので、…聞かせていただけますか。」: the word of his
            # it shares is the reassurance's own; nothing of his is given back (r17a s10 T7)
            found.pop(Act.REFLECTION)
            sure.pop(Act.REFLECTION, None)
    quotes_owner = quoting.quotes_owner(text, turns)
    if quoting.quoted_points(text, turns) >= 2 and Act.SUMMARY not in found:
        # 「社長ご自身の言葉で『来ても続かない』『棟梁の技術が…』とおっしゃいました」: the owner's
        # own words from several turns, gathered
        found.pop(Act.REFLECTION, None)
        found[Act.SUMMARY] = [q for q in quoting.QUOTED.findall(text) if q][:3]
        sure[Act.SUMMARY] = 0.7
    if (
        quotes_owner
        and quoting.gives_quote_back(text)
        and not found.keys() & {Act.SUMMARY, Act.REFLECTION, Act.LEADING_QUESTION}
    ):
        # 「その『一応』というところ…」: the owner's own words, quoted back, are a reflection
        found[Act.REFLECTION] = [q for q in quoting.QUOTED.findall(text) if q][:2]
        sure[Act.REFLECTION] = 0.7
    quoting.drop_quoted_pushes(text, found, sure)
    revisions.revise(
        found,
        sure,
        text,
        lang,
        view.cues,
        own,
        turns,
        language.words.words,
        push=labels.push,
        briefing=briefing,
    )
    settle.settle(
        found,
        sure,
        text,
        lang,
        lambda part: language.rules.classify(part, view.cues, content).evidence.get(Act.ADVICE),
    )
    guards.guard(
        found,
        sure,
        text,
        lang,
        turns,
        language.words.words,
        labels.evidence,
        quoting.quoted_points(text, turns),
    )
    # a check of his facts, agreement in his words, his pace accepted: no push (r13a/r13b)
    checks.settle_checks(found, sure, text, lang, turns, language.words.words, briefing)
    if set_aside and not found.keys() & {Act.OPEN_QUESTION, Act.CLOSED_QUESTION, Act.LEADING_QUESTION}:
        # 「…書かれていましたよね。職人さんは何人いるんですか？」: the "leading question" was a check
        # of his facts; the closed question beside it comes back (r16a s08 T5)
        found[Act.CLOSED_QUESTION] = set_aside
        sure[Act.CLOSED_QUESTION] = 0.6
        found.pop(Act.OTHER, None)
    # praise or acceptance said alone, an assumption of what someone knows: no empathy (r14)
    not_empathy.settle(
        found,
        sure,
        text,
        lang,
        lambda part: language.rules.classify(part, view.cues, content).evidence.get(Act.EMPATHY),
    )
    if labels.guess:
        # 「どうやっていますか？FAXですか？」: the guess after the wh-question closes it, whatever
        # the model reads into the wh-word
        found.pop(Act.OPEN_QUESTION, None)
        sure.pop(Act.OPEN_QUESTION, None)
        if not found.keys() & {Act.LEADING_QUESTION, Act.ADVICE}:
            found.setdefault(Act.CLOSED_QUESTION, labels.evidence.get(Act.CLOSED_QUESTION, []))
            found.pop(Act.OTHER, None)
    last_owner = next((u.text for u in reversed(turns) if u.speaker == "owner"), "")
    # his question to her may wait from mid-turn or a turn back (「うちに何をしてもらえるんです？」
    # before he tells his plan, r22b s09 T2): answering it then is an answer too
    asked_text = pending_question(
        turns,
        lang,
        lambda t: _asks_supporter(t, language),
        lambda t, q: not _only_questions(t, language) and _answers_something(t, language, q, lang),
    )
    owner_questioned = bool(asked_text)
    # 「明日からできることを言ってよ」: advice asked for outright is his request to the supporter
    # (owner_asked), but the solution handed over stays advice — only information he asked a
    # question for is an answer (r17b s07 T5: "the fault is handing over my own solution")
    owner_asked = owner_questioned or (bool(last_owner) and _asks_for_advice(last_owner, language))
    # a diagnosis of the owner's words (「人の問題ということですね」) answers nothing he asked
    answers_owner = (
        owner_questioned
        and not _only_questions(text, language)
        and _answers_something(text, language, asked_text, lang)
        and not _DEFER.search(text)  # 「…は後で一緒に考えたいと思います」: his question put off
        and not revisions.premature_diagnosis(text, lang, own, turns, language.words.words)
        and not guards.proposes(text, lang)  # "…Anyway, have you tried job sites?" proposes
    )
    checks.keep_question_back(found, sure, text, lang, labels.evidence, owner_asked)
    length = len("".join(text.split())) if lang == "ja" else len(english.tokens(text))
    # the answer itself, without the question back to him and his words given back: 「答えは短く、
    # それから社長に戻す」 is not longer for its return to him (r22b s09 T2)
    answer = (
        answer_part(
            text, lang, " ".join([u.text for u in turns if u.speaker == "owner"][-2:]), language.looks_like_question
        )
        if answers_owner
        else text
    )
    answer_len = size(answer, lang) if answers_owner else length
    # he asked what she does for him (「うちに何をしてもらえるんです？」 "What can you do for us?"):
    # her role told (「整理するお手伝いをします。必要なら専門家もおつなぎします」) answers him
    role = (
        answers_owner
        and bool(questions_to_her(asked_text, lang))
        and tells_role(text, lang)
        and not revisions_prescribes(text, lang)
    )
    if (
        Act.ADVICE in found
        and answers_owner
        and (not labels.push or manners.hands_back(text, lang) or role)
        and not labels.denial
        and answer_len
        <= ANSWER_MAX[lang] * (1.5 if manners.hands_back(text, lang) or manners.defers(text, lang) else 1)
        and not guards.proposes(text, lang)
        # "I think the easiest way is to start on Rakuten first.": her course, not information;
        # his question answered with it went too far (r23b s04 T2)
        and not guards.recommends(text, lang)
    ):
        # 「詳しくはありませんが、…と聞いています。社長の現場ではいかがですか？」: information the
        # owner asked for, briefly and honestly, is not unsolicited advice (labels.md, contracts)
        found.pop(Act.ADVICE)
        sure.pop(Act.ADVICE, None)
    if (
        Act.SELF_PROMOTION in found
        and Act.ADVICE not in found
        and answers_owner
        and answer_len <= ANSWER_MAX[lang] // (1 if role else 2)
        and not _RECORD_PILED[lang].search(without_role(_told(text, answer, lang), lang) if role else text)
    ):
        # 「この仕事は何年？」「八年ほどです。製造業の方を中心にお手伝いしてきました。」: a brief,
        # honest answer to his question about the supporter, no record piled up (no count of
        # clients, no claim of expertise): no self-promotion (t10 README, "Self-promotion vs answering")
        found.pop(Act.SELF_PROMOTION)
        sure.pop(Act.SELF_PROMOTION, None)
    # 「社長なんですから、遠慮なく全部話してもらって大丈夫ですよ。会長からも…と聞いていますし。」:
    # pressure to talk and a premise from what she heard beforehand, no advice (r22b s10 T4)
    pressed = presses_to_talk(text, lang)
    presumed = hearsay_premise(text, lang, pressed=bool(pressed))
    if Act.ADVICE in found and (pressed or presumed):
        rest = without_pressure(text, lang)
        held = [x for x in (pressed, presumed) if x]
        # advice read in a sentence of its own, beside the pressure, stays advice
        # (「…全部話してください。今ならクラウドの在庫管理が月数千円から使えますよ。」)
        elsewhere = [e for e in found[Act.ADVICE] if e and not any(e in h for h in held)]
        if (
            not elsewhere
            and not language.rules.L.PRESCRIPTION.search(rest)
            and not guards.proposes(rest, lang)
        ):
            found.pop(Act.ADVICE)
            sure.pop(Act.ADVICE, None)
    unsaid = unsaid_spans(text, turns, lang, briefing)  # words he never said, given back as his
    from_form = [x for x in briefed_spans(text, turns, lang, briefing) if x in unsaid] if unsaid else []
    made_up = paraphrase.invented(text, turns, lang, briefing)  # ... or reflected as his
    from_form += made_up.briefed
    settle_give_back(found, sure, text, unsaid + made_up.unsaid + made_up.briefed, turns, lang)
    guess_check.settle(found, sure, text, lang, turns)  # her guess put as a yes/no check: closed
    guess_check.settle_hand_over(found, sure, text, lang)  # 「リストを見せていただけますか」: closed
    shrunk.settle(found, sure, text, lang, turns)  # "…there's just a small uneasy feeling. Is that right?"
    # his word reused in her own question, inference or pleasantry gives nothing of his back; his
    # words cited before her question do (refl23)
    not_reflection.settle(found, sure, text, lang, turns, language.words.words)
    if Act.CLOSED_QUESTION in found and owner_questioned and settle.only_checks_answer(text, lang):
        # "No, it's free. … Does that answer it?": his question answered, nothing asked of him
        found.pop(Act.CLOSED_QUESTION)
        sure.pop(Act.CLOSED_QUESTION, None)
    acts = sorted(found, key=_ORDER.__getitem__) or [Act.OTHER]
    evidence = {a.value: [e for e in ev if e and e in text] for a, ev in found.items()}
    is_question = labels.is_question or any(
        a in acts for a in (Act.OPEN_QUESTION, Act.CLOSED_QUESTION, Act.LEADING_QUESTION)
    )
    if is_question and not found.keys() & {Act.OPEN_QUESTION, Act.CLOSED_QUESTION, Act.LEADING_QUESTION}:
        # "Could we meet again?" closes the meeting: no question to weigh (manners)
        is_question = not manners.closing_request(text, lang)
    # only a closed / fact question can ask again for what the owner already stated; an open
    # follow-up that picks up the owner's words is good listening
    # ... and a give-back of his words with 「ですか」 (「42人まで、ですか。」) checks, it does not ask again
    asks_fact = (
        Act.OPEN_QUESTION not in acts
        and Act.REFLECTION not in acts
        and (Act.CLOSED_QUESTION in acts or Act.CLOSED_QUESTION in labels.evidence)
    )
    rep = ctx.repeat_of(
        language.words.words,
        language.looks_like_question,
        language.words.signature,
        text,
        own,
        turns,
        is_question,
        language.vocab.template,
        asks_fact=asks_fact,
        question_words=language.vocab.question,
    )
    features = Features(
        owner_keywords=view.owner_keywords,
        picked_keywords=view.picked_keywords,
        content_words=content,
        is_question=is_question,
        is_repeat=rep is not None,
        repeat_of=rep,
        topic_switch=ctx.topic_switch(
            view,
            own,
            is_question
            and not labels.prompt
            and not labels.refers_back
            and not quotes_owner
            and not manners.opens_with_apology(text, lang)
            and not manners.echo_questions_only(text, last_owner, lang)
            and not manners.closes_meeting(text, lang),
            language.vocab,
            text,
            earlier=[u.text for u in turns if u.speaker == "owner"][-9:-1],
        )
        or (labels.changes_topic and is_question and ctx_answered(view)),
        blunt_worry=labels.blunt_worry,
        pressing=labels.pressing,
        presses_to_talk=bool(pressed),
        presumes=bool(presumed),
        issue_question=labels.issue_question,
        denial=labels.denial,
        summary_points=view.cues.summary_points,
        length=length,
        talk_share=share,
        owner_asked=owner_asked,
        answers_owner=answers_owner,
        refers_back=labels.refers_back,
        unsaid=unsaid,
        from_form=from_form,
        invented=made_up.unsaid,
        repair=checks.repairs(text, lang),
        asks_documents=checks.asks_documents(text, lang),
    )
    confidence = {a.value: round(c, 3) for a, c in sure.items() if a in acts and c < 1.0}
    return Analysis(
        text=text,
        lang=lang,
        acts=acts,
        evidence=evidence,
        features=features,
        confidence=confidence,
    )


def _guess_is_the_push(
    found: dict[Act, list[str]], sure: dict[Act, float], text: str, language: _Language, rules: dict[Act, list[str]]
) -> None:
    """"Is it because the sales team is too busy? That's usually the case.": a guess offered as a
    question, with nothing the rules read as a proposal, is a leading question, milder than advice;
    the model's "advice" there is the guess again (r17a s06 T8)."""
    if Act.ADVICE not in found or Act.ADVICE in rules or Act.LEADING_QUESTION not in found:
        return
    lang = "en" if language is _LANGS["en"] else "ja"
    asked = [s.strip() for s in _sentences(text, language) if s.rstrip().endswith(("?", "？"))]
    if asked and all(cause_guess(q, lang) for q in asked):
        found.pop(Act.ADVICE)
        sure.pop(Act.ADVICE, None)


# a request to tell (「聞かせていただけますか」 "could you tell me"): an open question whatever its ending
_TELL_ME = re.compile(
    r"聞かせ|教え|お話し(いただ|くださ|して)|話して(いただ|くださ|もら)|"
    r"\b(tell|telling|walk|walking|talk|talking|take|taking) me\b|\b(describ|explain|shar)(e|es|ing)\b",
    re.I,
)


# a question on whether there was a story (「そう思うようになったきっかけはありましたか？」 "Was there a
# moment when it changed?"): it asks for the story, and the model's open reading stands
_STORY_ASKED = re.compile(
    r"(きっかけ|理由|背景|経緯|出来事|場面|エピソード|転機|思い出)(は|が|って|など|とか)?(何か|なにか)?(あり|おあり|ござい)|"
    r"\b(was|is) there (a|any) (moment|reason|turning point|time|trigger|story|point)\b",
    re.I,
)


def _closed_stays_closed(
    found: dict[Act, list[str]], sure: dict[Act, float], text: str, language: _Language, rules: dict[Act, list[str]]
) -> None:
    """「これから先も今のままで大丈夫だと思われますか？」: a question the rules read as closed, with no
    question word and no request to tell, asks for a yes or a no however politely it ends; the
    model's open reading of its ending does not open it (r17a s07 T6)."""
    if Act.OPEN_QUESTION not in found or Act.OPEN_QUESTION in rules:
        return
    ja = language.rules is ja_rules
    if Act.CLOSED_QUESTION not in rules and not ja:
        return
    lx = language.rules.L
    opens = [getattr(lx, name) for name in ("WH_OPEN", "WH_FACT", "WH_START", "OPEN_WH_ANY", "PROMPT", "REQUEST") if hasattr(lx, name)]
    # (a Japanese question may end in 「か。」: 「…話してみたいことがあったりするのでしょうか。」 asks
    # for a yes or a no as much as with 「？」, r22b s05 T4)
    ends = ("?", "？", "か。", "か") if language.rules is ja_rules else ("?", "？")
    asked = [s.strip() for s in _sentences(text, language) if s.rstrip().endswith(ends)]
    if Act.CLOSED_QUESTION not in rules:
        # (the rules read the turn as a give-back and named no question: a polite yes/no ending,
        # 「…聞いてみたいことがあったりするのでしょうか。」, is the question it closes on)
        asked = [q for q in asked if _YES_NO_END.search(q)]
    if asked and not any(p.search(q) for q in asked for p in (*opens, _TELL_ME, _STORY_ASKED)):
        found.pop(Act.OPEN_QUESTION)
        sure.pop(Act.OPEN_QUESTION, None)
        found.setdefault(Act.CLOSED_QUESTION, rules.get(Act.CLOSED_QUESTION) or [asked[-1]])


_YES_NO_END = re.compile(r"(たりする|たりします)(の|ん)?(でしょうか|ですか)?[。？?]?\s*$|(の|ん)でしょうか[。？?]?\s*$")


def _sentences(text: str, language: _Language) -> list[str]:
    """Sentences in the language's own way (English ends them with a full stop too)."""
    from .cues import sentences

    split = getattr(language.rules, "sentences", sentences)
    return [s for s in split(text) if s.strip()]


def _asks_supporter(owner_text: str, language: _Language) -> bool:
    """The owner's turn ends on a question to the supporter (one of its last sentences, with the
    options he lists after it: "Which platform is best? Rakuten? Amazon?"): a real one, not an
    echo, a rhetorical tag or self-talk (:func:`settle.real_question`)."""
    lang = "en" if language.words is english else "ja"
    parts = _sentences(owner_text, language)
    tail = parts[-2:]
    while len(tail) < len(parts) and all(len(t.split() if lang == "en" else t) <= 8 for t in tail):
        tail = parts[-len(tail) - 1 :]  # short options after the question: look one further back
    return any(language.looks_like_question(s) and settle.real_question(s, lang) for s in tail)


def _asks_for_advice(owner_text: str, language: _Language) -> bool:
    """「話が高すぎるなあ。明日からできることを言ってよ」: one of his last two sentences asks the
    supporter outright for an answer or a next step (r17b s07 T5)."""
    lang = "en" if language.words is english else "ja"
    return any(_ASKS_FOR_ADVICE[lang].search(s) for s in _sentences(owner_text, language)[-2:])


# the owner asking the supporter outright for an answer or a next step, as a request, not a question
# (「明日からできることを言ってよ」「具体的な案を出してくれ」 "Just tell me what to do.")
_ASKS_FOR_ADVICE = {
    "ja": re.compile(
        r"(こと|案|方法|やり方|手|答え|アイデア|策|ところ|もの)を?(言って|教えて|出して|示して|聞かせて|提案して)"
        r"(よ|くれ|ください|下さい|ほしい|欲しい|もらえ|くれない|くれん)"
    ),
    "en": re.compile(
        r"^\W*(just |so |then |come on,? )?(tell|give|show) me (what|how|something|some|an? )|"
        r"\bi (want|need) (some )?(answers|advice|ideas|a plan|something concrete|something i can)\b",
        re.I,
    ),
}


def _only_questions(text: str, language: _Language) -> bool:
    """Every sentence of the utterance is a question: it hands the question back."""
    parts = _sentences(text, language)
    return bool(parts) and all(language.looks_like_question(s) for s in parts)


# words of a filler, not of an answer ("Well, let me think...", 「わかりました」)
_FILLER_WORDS = frozenset({"let", "think", "see", "good", "question", "well", "sure", "right", "ok",
                           "okay", "sorry", "fair", "enough", "分かる", "旨い", "大丈夫", "失礼",
                           "すむ", "申し訳", "なるほど"})
_HONEST = re.compile(
    r"\b(don't know|do not know|not sure|no idea|can't say|no expert|not an expert)\b|"
    r"分かりません|わかりません|分からない|わからない|知りません|存じません|詳しく(は)?(ない|ありません)",
    re.I,
)


# his question given back (「楽天か自社サイトか、ということですね。」, "So you're asking which…")
_ECHO = re.compile(
    r"(ということ|というわけ|というお話|って話|というご質問)(ですね|でしょうか|ですか)[\s。…]*$|"
    r"^\W*(so,? )?(you're asking|you are asking|you want to know|you'd like to know)\b",
    re.I,
)


# his question put off (「ECのどこがいいかは後で一緒に考えたいと思います」 "Let's come back to the
# platforms later"): no answer, however honest
_DEFER = re.compile(
    r"(後で|あとで|後ほど|のちほど|改めて|次回|また今度)[^。？?]{0,20}(考え|お答え|ご説明|お話し|検討|整理|見て)|"
    r"\b(come back to|get back to|return to|look at)\b[^.?!]{0,30}\b(later|next time|another time)\b|"
    r"\b(later|next time),? (we can|let's|i'll)\b",
    re.I,
)


def _answers_something(text: str, language: _Language, asked: str, lang: str) -> bool:
    """A sentence of the utterance that is not a question says something: a word of content he
    did not just say himself, or an honest "I don't know" ("Well, let me think... How many
    staff?" and 「楽天かAmazonか、ということですね。」 after his 「楽天かAmazonか」 answer nothing)."""
    his = {k for w in language.words.words(asked) for k in w.keys}
    for s in _sentences(text, language):
        if language.looks_like_question(s) or _ECHO.search(s) or (manners.apology_only(s, lang) and not _HONEST.search(s)):
            continue  # 「すみません、先走りました。」 / "Sorry, I got ahead of myself." answers nothing
        if _HONEST.search(s) or any(
            w.norm not in _FILLER_WORDS and not his.intersection(w.keys)
            for w in language.words.words(s)
        ):
            return True
    return False


def ctx_answered(view: ctx.OwnerView) -> bool:
    """The owner holds the floor (see :func:`context.topic_switch`)."""
    return view.answered_question and view.cues.owner_last_substantive


# the supporter speaking of herself in a sentence (a boast may hide in a question: 「30社見てきましたが、
# 社長はどう思われますか？」)
_FIRST_PERSON = {
    "ja": re.compile(r"私|わたし|わたくし|僕|我々|弊所|当センター|当所"),
    "en": re.compile(r"\b(i|i've|i'm|we|we've|my|our)\b", re.I),
}


def _told(text: str, answer: str, lang: str) -> str:
    """Her answer, and any sentence of the turn where she speaks of herself."""
    key = "en" if lang == "en" else "ja"
    own = [s for s in re.split(r"(?<=[。．!！?？])|(?<=[.!?])\s+", text) if s and s.strip() not in answer]
    return " ".join([answer, *(s for s in own if _FIRST_PERSON[key].search(s))])


def piles_record(text: str, lang: str) -> bool:
    """Beside her role told, a record of hers piled up (「県内でトップの実績があります」 "I've helped
    dozens of shops like yours"): a show of record, however he asked."""
    return bool(_RECORD_PILED["en" if lang == "en" else "ja"].search(without_role(text, lang)))


def revisions_prescribes(text: str, lang: str) -> bool:
    """Her role told with a prescription, a proposal of her own, her recommendation or a claim
    to know it all beside it (「…お手伝いします。まずはモールに出すべきです」): no plain answer."""
    from ..wording.knowledge_test import knows_it_all, own_proposal, recommends_own, tells_him_must

    return bool(
        own_proposal(text, lang)
        or tells_him_must(text, lang)
        or recommends_own(text, lang)
        or knows_it_all(text, lang)
        or guards.proposes(text, lang)
    )
