"""Counts the quoted "owner's words" in feedback, evidence and suggestions that break the rules.

    python benchmarks/quoted_words.py [--transcripts DIR ...] [--no-sessions] [--show N]

The scorer quotes the owner's words back to the trainee (『売上』 in a suggestion, "社長の言葉:
売上" in the evidence, {picked} in a feedback line). A quoted word is **bad** when it is

- ``trainee``: not said by the owner before that turn (a word only the trainee said),
- ``fragment``: not a content word or phrase (a verb stem such as 『聞か』『変わっ』, a particle or
  an auxiliary such as 『んですね』, an English contraction or function word such as "we'll"),
- ``filler``: a filler or deictic word that names no point of the owner's (先ほど, 話, 答え, 時間,
  同じ, アドバイス …; "thing", "idea", "time" …),
- ``name``: the owner's or the company's name, or another person's name.

This checker is independent of the scorer's own filters (its own word lists and SudachiPy
part-of-speech rules), so a low figure is not the scorer grading itself.

Data: live sessions with every owner in both languages, driven by the scripted trainees of
:mod:`simulator.bots` (a good and a poor one, two seeds each), and the whole transcripts under
``tests/data/transcripts``, ``tests/data/transcripts_dev`` and ``tests/data/judged`` (or the
folders given with ``--transcripts``: ``.txt``/``.csv``/``.jsonl``, the language from ``_en`` in
the file name). Prints the count of quoted words, the bad ones by reason, the rate, and with
``--show N`` up to N bad examples (tuning data only; never point it at a held-out folder with
``--show``).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import quote_rules_r5 as r5  # noqa: E402

from simulator import load_persona, open_session  # noqa: E402
from simulator.acts import Utterance  # noqa: E402
from simulator.bots import GoodTrainee, PoorTrainee, play  # noqa: E402
from simulator.rubric import load_rubrics  # noqa: E402
from simulator.scoring import score_conversation  # noqa: E402
from simulator.transcript import parse_transcript  # noqa: E402

PERSONAS = (
    "distrustful_founder",
    "reluctant_successor",
    "move_on_owner",
    "big_customer_owner",
    "family_values_owner",
)
DEFAULT_DIRS = ("tests/data/transcripts", "tests/data/transcripts_dev", "tests/data/judged")

# --- Japanese: fillers and deictics that name no point of the owner's ---------------------------
JA_FILLER = frozenset(
    """
    先ほど 先程 さっき 前 後 今 今日 本日 昨日 最近 今回 この間 いつも 時々 時間 時 とき 頃 間
    話 お話 答え 質問 意見 アドバイス 助言 提案 説明 相談 感じ 気 気持ち こと 事 もの 物 ところ 所
    方 ほう 点 部分 辺 場合 理由 意味 内容 状況 様子 関係 問題 課題 悩み 同じ 一緒 全部 全て 皆
    みんな 自分 自身 社長 会社 御社 弊社 当社 うち 私 僕 俺 あなた あんた 人 方々 一番 本当 実際
    結局 普通 大体 色々 いろいろ 他 ほか 以上 以外 通り 次 一つ 一 二 三 何 どこ 誰 それ これ あれ
    よう 様 わけ 訳 はず つもり まま くらい ぐらい 程度 辺り あたり 前回 当時 今後 将来 年 月 日
    はい いいえ まあ ちょっと 少し 結構 全然 別 本日 皆さん 支援 支援者 経営者 面談 会議所 商工会
    """.split()
)
_JA_CONTENT_POS = frozenset({"名詞", "形状詞", "接頭辞", "接尾辞"})

# --- English --------------------------------------------------------------------------------------
EN_FUNCTION = frozenset(
    """
    a an the this that these those it its it's i i'm i've i'd i'll me my mine we we're we've we'll
    us our you you're you've you'll your he she they them their his her who what which when where
    why how and or but so if then than as at by for from in into of on to with about over under
    every each all any some no not none most more much many few lot lots very really just only
    also even still too quite rather is are was were be been being am do does did done have has
    had can could will would shall should may might must there here yes yeah okay ok well oh
    one ones other others another same such own
    """.split()
)
EN_FILLER = frozenset(
    """
    thing things stuff idea ideas time times way ways kind sort bit something anything everything
    nothing people person answer answers question questions advice talk talking point points
    matter matters issue issues problem problems today yesterday now earlier before after lately
    day days year years week weeks month months part parts place case cases fact reason reasons
    situation moment minute minutes meeting meetings support supporter owner president company
    business firm help
    """.split()
)
EN_VERBISH = frozenset(
    """
    think know want feel said say says tell told get got make made go going come take need seem
    look keep give let put see hear try mean meant guess suppose like liked love hate hope
    good bad hard easy big small new old long short sure right wrong real fine whole able enough
    """.split()
)


@dataclass
class Tally:
    quoted: int = 0
    bad: Counter = field(default_factory=Counter)
    examples: list[tuple[str, str, str]] = field(default_factory=list)  # reason, word, where

    def add(self, word: str, reason: str | None, where: str) -> None:
        self.quoted += 1
        if reason:
            self.bad[reason] += 1
            self.examples.append((reason, word, where))

    @property
    def rate(self) -> float:
        return sum(self.bad.values()) / self.quoted if self.quoted else 0.0


def owner_word_labels() -> dict[str, set[str]]:
    """Evidence labels whose items are owner's words (markers on ``picked_keyword``)."""
    labels: dict[str, set[str]] = {"ja": set(), "en": set()}
    for rubric in load_rubrics().values():
        for crit in rubric.criteria:
            for m in crit.markers:
                if m.signal == "picked_keyword" and m.label is not None:
                    labels["ja"].add(m.label.ja)
                    labels["en"].add(m.label.en)
    return labels


def _template_quotes() -> frozenset[str]:
    """Quoted example phrases of the rubric texts themselves (the owner hears "I already told
    you"): the template's words, not a quote of the owner's."""
    out: set[str] = set()
    for path in (ROOT / "rubrics").glob("*.yaml"):
        for m in re.finditer(r'\\?"([^"{}\\]{1,60})\\?"|『([^』{}]{1,40})』', path.read_text("utf-8")):
            out.add(next(g for g in m.groups() if g is not None).strip())
    return frozenset(out)


TEMPLATE_QUOTES = _template_quotes()
_JA_QUOTE = re.compile(r"『([^』]{1,40})』")
_EN_QUOTE = re.compile(r"\"([^\"]{1,60})\"|“([^”]{1,60})”")


def quoted_words(
    lang: str, feedback: Iterable[str], suggestion: str | None, evidence: Iterable[str]
) -> list[tuple[str, str, str]]:
    """(word, where, line) of every owner's word quoted in a turn's feedback, suggestion,
    evidence."""
    out: list[tuple[str, str, str]] = []
    pattern = _JA_QUOTE if lang == "ja" else _EN_QUOTE
    for where, texts in (("feedback", list(feedback)), ("suggestion", [suggestion or ""])):
        for text in texts:
            for m in pattern.finditer(text):
                word = next(g for g in m.groups() if g is not None).strip()
                if lang == "en" and (len(word.split()) > 4 or word[-1:] in "?.!"):
                    continue  # an example sentence of the template ("That must be hard."), no keyword
                if word in TEMPLATE_QUOTES:
                    continue  # the template's own example phrase ("I already told you")
                out.append((word, where, text))
    labels = OWNER_LABELS[lang]
    for line in evidence:
        label, sep, items = line.partition(": ")
        if sep and label in labels:
            for item in re.split(r"、|, ", items):
                if item.strip():
                    out.append((item.strip(), "evidence", line))
    return out


def _morphemes(text: str) -> list[tuple[str, tuple[str, ...]]]:
    from sudachipy import Dictionary, SplitMode

    global _TOKENIZER
    if _TOKENIZER is None:
        _TOKENIZER = Dictionary(dict="core").tokenizer(mode=SplitMode.C)
    return [(m.surface(), tuple(m.part_of_speech())) for m in _TOKENIZER.tokenize(text)]


_TOKENIZER = None


def ja_reason(word: str, owner_text: str, names: set[str]) -> str | None:
    if not word or word not in owner_text:
        return "trainee"
    ms = [(s, p) for s, p in _morphemes(word) if p[0] not in ("空白", "補助記号")]
    if not ms:
        return "fragment"
    if any(p[2] == "人名" for _, p in ms) or any(n and n in word for n in names):
        return "name"
    if len(ms) == 1 and ms[0][1][0] == "形容詞":
        return None if ms[0][1][5].startswith("終止形") else "fragment"
    # r5: a noun phrase joined by の (「うちの味」「俺の代の仕事」) is a phrase, not a fragment
    if any(
        p[0] not in _JA_CONTENT_POS
        and not (0 < k < len(ms) - 1 and p[0] == "助詞" and s == "の")
        and not (p[0] == "代名詞" and k < len(ms) - 1)
        for k, (s, p) in enumerate(ms)
    ):
        return "fragment"
    if ms[-1][1][0] == "接頭辞" or ms[0][1][0] == "接尾辞":
        return "fragment"
    core = [s for s, p in ms if p[0] in ("名詞", "形状詞")]
    if not core or all(s in JA_FILLER for s in core):
        return "filler"
    if len(ms) == 1 and ms[0][1][2] == "副詞可能":
        return "filler"  # 最近, 今日, 全部: time words and adverbial nouns
    if len(word) == 1 and not re.match(r"[\u4e00-\u9fff]", word):
        return "fragment"
    return None


_EN_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def en_reason(word: str, owner_texts: Sequence[str], names: set[str]) -> str | None:
    joined = " ".join(owner_texts)
    if not re.search(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", joined, re.IGNORECASE):
        return "trainee"
    toks = _EN_TOKEN.findall(word)
    if not toks:
        return "fragment"
    low = [t.lower().replace("’", "'") for t in toks]
    if any(t in {n.lower() for n in names} for t in low):
        return "name"
    if any("'" in t for t in low) or all(t in EN_FUNCTION for t in low):
        return "fragment"
    content = [t for t in low if t not in EN_FUNCTION]
    if all(t in EN_VERBISH for t in content):
        return "fragment"
    if all(t in EN_FILLER or t in EN_VERBISH for t in content):
        return "filler"
    # a capitalised word inside an owner's sentence (not at its start) is a name
    for t in toks:
        if t[0].isupper() and t != "I":
            for m in re.finditer(rf"(?<![A-Za-z]){re.escape(t)}(?![A-Za-z])", joined):
                before = joined[: m.start()].rstrip()
                if before and before[-1] not in '.!?"“':
                    return "name"
    return None


def check_turn(
    tally: Tally,
    lang: str,
    context: Sequence[Utterance],
    feedback: Iterable[str],
    suggestion: str | None,
    evidence: Iterable[str],
    names: set[str],
    trainee: str = "",
    rule: str = "r5",
) -> None:
    """Each quoted word once: the reasons of r4 (trainee, fragment, filler, name), then with
    ``rule`` "r5" those of :mod:`quote_rules_r5` (generic, title, not_picked, slot, aside)."""
    owner = [u.text for u in context if u.speaker == "owner"]
    for word, where, line in quoted_words(lang, feedback, suggestion, evidence):
        if lang == "ja":
            reason = ja_reason(word, "\n".join(owner), names)
        else:
            reason = en_reason(word, owner, names)
        if reason is None and rule == "r5":
            reason = r5.word_reason(word, lang) or r5.context_reason(
                word, where, line, trainee, lang
            )
        tally.add(word, reason, where)
    if rule == "r5":
        for point in r5.summary_points(suggestion, lang):
            tally.add(point, r5.point_reason(point, lang), "summary")


def persona_names(persona_id: str, lang: str) -> set[str]:
    p = load_persona(persona_id)
    raw = f"{p.owner.name.get(lang)} {p.company.name.get(lang)}"
    parts = re.split(r"[\s（）()、,.・]+", raw)
    stop = {"株式会社", "有限会社", "合同会社", "Co", "Ltd", "Inc", "Mr", "Ms", "Mrs", "The", "the"}
    return {x for x in parts if len(x) >= 2 and x not in stop}


def sessions(tally: Tally, seeds: Sequence[int] = (0, 1)) -> int:
    played = 0
    for pid in PERSONAS:
        for lang in ("ja", "en"):
            names = persona_names(pid, lang)
            for bot in (GoodTrainee, PoorTrainee):
                for seed in seeds:
                    s = open_session(pid, lang=lang, store=None, seed=seed, backend="offline")
                    turns = play(s, bot(lang=lang), turns=30)
                    history: list[Utterance] = []
                    for t in turns:
                        check_turn(
                            tally, lang, history, t.feedback, t.suggestion, t.evidence, names,
                            t.trainee_text,
                        )
                        history += [
                            Utterance(speaker="trainee", text=t.trainee_text),
                            Utterance(speaker="owner", text=t.owner_reply),
                        ]
                    played += 1
    return played


def bot_sessions(tally: Tally, module: str, seeds: Sequence[int] = (0, 1)) -> int:
    """The blind-playtest bots (``simulator.playtest``: good, beginner, pushy …) with every owner
    in both languages, as ``benchmarks/playtest.py --seeds 2`` plays them."""
    from simulator.playtest import load_bots

    played = 0
    for pid in PERSONAS:
        persona = load_persona(pid)
        for lang in ("ja", "en"):
            names = persona_names(pid, lang)
            for cls in load_bots(module).values():
                for seed in seeds:
                    s = open_session(pid, lang=lang, store=None, seed=seed, backend="offline")
                    bot = cls(lang=lang, seed=seed)
                    text = bot.start(persona.briefing.get(lang))
                    history: list[Utterance] = []
                    while text is not None and not s.finished and len(s.turns) < 30:
                        t = s.say(text)
                        check_turn(
                            tally, lang, history, t.feedback, t.suggestion, t.evidence, names,
                            text,
                        )
                        history += [
                            Utterance(speaker="trainee", text=text),
                            Utterance(speaker="owner", text=t.owner_reply),
                        ]
                        text = bot.next(t.owner_reply)
                    played += 1
    return played


def transcripts(tally: Tally, folders: Sequence[Path]) -> int:
    n = 0
    for folder in folders:
        for path in sorted(folder.glob("*")):
            if path.suffix not in (".txt", ".csv", ".jsonl"):
                continue
            lang = "en" if "_en" in path.stem else "ja"
            utterances = parse_transcript(path)
            scored = score_conversation(utterances, lang)
            for t in scored.turns:
                if t.speaker == "trainee":
                    context = utterances[: t.index]
                    check_turn(
                        tally, lang, context, t.feedback, t.suggestion, t.evidence, set(), t.text
                    )
            n += 1
    return n


OWNER_LABELS = owner_word_labels()


def _print(title: str, tally: Tally) -> None:
    bad = sum(tally.bad.values())
    reasons = ", ".join(f"{r} {c}" for r, c in tally.bad.most_common()) or "none"
    print(f"{title:12} quoted {tally.quoted:5d}  bad {bad:4d}  ({tally.rate:.1%})  [{reasons}]")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--transcripts", type=Path, nargs="*", default=None)
    ap.add_argument("--no-sessions", action="store_true")
    ap.add_argument("--show", type=int, default=0, help="print up to N bad examples")
    ap.add_argument("--bots", default=None, help="also play this playtest bot module")
    args = ap.parse_args(argv)
    folders = (
        args.transcripts
        if args.transcripts is not None
        else [ROOT / d for d in DEFAULT_DIRS if (ROOT / d).is_dir()]
    )
    live, files = Tally(), Tally()
    played = 0 if args.no_sessions else sessions(live)
    n = transcripts(files, folders)
    bots = Tally()
    if args.bots:
        print(f"{bot_sessions(bots, args.bots)} playtest-bot sessions ({args.bots}, seeds 0-1)")
        _print("bots", bots)
    print(f"{played} live sessions (5 owners × ja/en × good/poor bot × 2 seeds), {n} transcripts")
    if played:
        _print("sessions", live)
    if n:
        _print("transcripts", files)
    both = Tally(
        live.quoted + files.quoted + bots.quoted,
        live.bad + files.bad + bots.bad,
        live.examples + files.examples + bots.examples,
    )
    _print("all", both)
    for reason, word, where in both.examples[: args.show]:
        print(f"  {reason:9} {where:10} {word}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
