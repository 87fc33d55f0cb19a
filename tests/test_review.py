"""The instructor's review without a server: cohorts, visibility, the table and its filters,
transcripts, comments, corrections, agreement, the Excel export and progress."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from simulator.acts import ACTS, Utterance
from simulator.bots import GoodTrainee, PoorTrainee, play
from simulator.errors import NotFoundError
from simulator.settings import Settings
from simulator.store import Store, open_store
from simulator.store.exporting import EXCEL_COLUMNS
from simulator.store.importing import import_utterances
from simulator.ui import Controller
from simulator.ui.common import Ctx
from simulator.ui.report_page import render as render_report
from simulator.ui.review_desk import ReviewDesk, ReviewInputError
from simulator.ui.review_view import (
    ReviewFilter,
    filter_rows,
    instructor_notes,
    table_frame,
    transcript_markdown,
)
from simulator.ui.texts import error_text

PW = "correct horse 1"


class World:
    """Two cohorts: tanaka teaches sato and suzuki (with sessions of every kind), ogawa teaches
    kato. ``sid`` names the sessions."""

    def __init__(self, store: Store, tmp_path: Path) -> None:
        self.store = store
        self.ctl = Controller(Settings(data_dir=tmp_path), store, sign_in=True)
        self.desk = ReviewDesk(self.ctl)
        add = store.add_user
        self.tanaka = add("tanaka", PW, "instructor", display_name="田中講師")
        self.ogawa = add("ogawa", PW, "instructor", display_name="小川講師")
        self.sato = add("sato", PW, "trainee", display_name="佐藤")
        self.suzuki = add("suzuki", PW, "trainee", display_name="=HYPERLINK(\"x\")鈴木")
        self.kato = add("kato", PW, "trainee", display_name="加藤")
        self.a = store.create_cohort("2026年度 基礎スキルⅠ", self.tanaka.id)
        self.b = store.create_cohort("2026年度 基礎スキルⅡ", self.ogawa.id)
        for u in (self.sato, self.suzuki):
            store.add_to_cohort(self.a.id, u.id)
        store.add_to_cohort(self.b.id, self.kato.id)
        self.sid: dict[str, str] = {}
        self.sid["good"] = self.played(self.sato, "distrustful_founder", GoodTrainee(), 30)
        self.sid["poor"] = self.played(self.sato, "move_on_owner", PoorTrainee(), 4)
        live = self.ctl.start(self.suzuki, "reluctant_successor", "ja")  # left unfinished
        self.ctl.say(self.suzuki, live.session.id, "<img src=x onerror=alert(1)>こんにちは。")
        self.sid["open"] = live.session.id or ""
        self.sid["imported"] = import_utterances(
            store, [Utterance(speaker="owner", text="どうぞ。"),
                    Utterance(speaker="trainee", text="本日はありがとうございます。"),
                    Utterance(speaker="owner", text="売上がね。"),
                    Utterance(speaker="trainee", text="売上のこと、詳しく聞かせてください。")],
            user_id=self.suzuki.id, title="実技試験.txt",
        ).id  # fmt: skip
        self.sid["other"] = self.played(self.kato, "move_on_owner", GoodTrainee(), 6)

    def played(self, user, persona: str, bot, turns: int) -> str:  # noqa: ANN001
        live = self.ctl.start(user, persona, "ja")
        play(live.session, bot, turns=turns)
        self.ctl.finish(user, live.session.id or "")
        return live.session.id or ""


@pytest.fixture
def w(tmp_path: Path) -> World:
    return World(open_store(tmp_path / "review.db"), tmp_path)


def test_an_instructor_reviews_only_the_cohorts_they_teach(w: World) -> None:
    assert [c.name for c in w.desk.cohorts(w.tanaka)] == ["2026年度 基礎スキルⅠ"]
    assert [c.name for c in w.desk.cohorts(w.ogawa)] == ["2026年度 基礎スキルⅡ"]
    assert w.desk.cohorts(w.sato) == []
    ids = {r["id"] for r in w.desk.rows(w.tanaka, w.a.id)}
    assert ids == {w.sid[k] for k in ("good", "poor", "open", "imported")}
    with pytest.raises(NotFoundError):
        w.desk.rows(w.ogawa, w.a.id)
    with pytest.raises(NotFoundError):
        w.desk.export(w.ogawa, w.a.id)


@pytest.mark.parametrize("who", ["ogawa", "sato", "kato"])
def test_others_get_not_found_exactly_like_a_missing_session(w: World, who: str) -> None:
    user = getattr(w, who)
    target = w.sid["good"] if who != "kato" else w.sid["open"]
    messages = set()
    for session_id in (target, "0" * 32):
        for call in (
            lambda s: w.desk.open(user, s),
            lambda s: w.desk.comment(user, s, None, "よく聴けています"),
            lambda s: w.desk.override(user, s, "listening", 80, None, "理由"),
        ):
            with pytest.raises(NotFoundError) as err:
                call(session_id)
            messages.add(error_text(err.value, "ja"))
    assert messages == {"その面談は見つかりません。"}
    assert not w.store.comments(w.sid["good"]) and not w.store.overrides(w.sid["good"])


def test_the_table_filters_and_sorts(w: World) -> None:
    rows = w.desk.rows(w.tanaka, w.a.id)
    only_sato = filter_rows(rows, ReviewFilter(trainee=w.sato.id))
    assert {r["id"] for r in only_sato} == {w.sid["good"], w.sid["poor"]}
    assert [r["id"] for r in filter_rows(rows, ReviewFilter(kind="kind_imported"))] == [w.sid["imported"]]
    owner = next(r["owner"] for r in rows if r["id"] == w.sid["good"])
    assert owner == "不信感のある創業者"
    assert [r["id"] for r in filter_rows(rows, ReviewFilter(owner=owner))] == [w.sid["good"]]
    reached = filter_rows(rows, ReviewFilter(reached="yes"))
    assert [r["id"] for r in reached] == [w.sid["good"]]  # the listening bot got there
    assert w.sid["poor"] in {r["id"] for r in filter_rows(rows, ReviewFilter(reached="no"))}
    assert [r["id"] for r in filter_rows(rows, ReviewFilter(text="実技試験"))] == [w.sid["imported"]]
    low = filter_rows(rows, ReviewFilter(sort="sort_low"))
    assert low[0]["id"] == w.sid["poor"] and low[-1]["id"] == w.sid["open"]  # unscored last
    frame = table_frame(rows, "ja")
    assert list(frame.columns)[:6] == ["日時", "受講者", "経営者", "種別", "状態", "ターン"]
    good = frame[frame["ID"] == w.sid["good"][:8]].iloc[0]
    assert good["裏課題"] == "到達" and good["状態"] == "終了" and good["ターン"] >= 10
    assert good["種別"] == "模擬面談" and len(good["日時"]) == len("12/06 11:44")
    assert frame["傾聴"].dtype.kind == "f"  # numbers, so the table sorts them as numbers


def test_a_transcript_shows_acts_scores_trust_and_comments_in_japanese(w: World) -> None:
    w.desk.comment(w.tanaka, w.sid["good"], 2, "ここで社長の言葉を拾えています。")
    w.desk.comment(w.tanaka, w.sid["good"], None, "全体として<b>よく</b>聴けています。")
    tr = w.desk.open(w.tanaka, w.sid["good"])
    text = transcript_markdown(tr, "ja")
    assert "#### ターン2　経営者の信頼" in text and "発話の種類：" in text
    assert "ここで社長の言葉を拾えています。" in text
    assert "&lt;b&gt;よく&lt;/b&gt;" in text and "<b>" not in text
    assert "傾聴" in text
    # the rewrites show where the trainee got one (the poor trainee's meeting always has some;
    # the listening bot's may have none once the owner answers every question in kind)
    poor = transcript_markdown(w.desk.open(w.tanaka, w.sid["poor"]), "ja")
    assert "言い換え例" in poor
    for act in ACTS:
        assert f"：{act}" not in text and f"、{act}" not in text  # Japanese labels only
    unfinished = transcript_markdown(w.desk.open(w.tanaka, w.sid["open"]), "ja")
    assert "&lt;img src=x onerror=alert(1)&gt;" in unfinished and "<img" not in unfinished
    assert "総合スコアはまだありません" in unfinished
    imported = transcript_markdown(w.desk.open(w.tanaka, w.sid["imported"]), "ja")
    assert "実ロールプレイの取込" in imported and "経営者の信頼" not in imported


def test_comments_reach_the_trainees_report_and_nobody_elses(w: World) -> None:
    w.desk.comment(w.tanaka, w.sid["good"], 1, "最初のあいさつが丁寧です。")
    w.desk.override(w.tanaka, w.sid["good"], "summarising", 55, None, "要約の確認がない")
    ctx = Ctx(w.ctl)
    tail = render_report(ctx, w.sato, w.sid["good"])[2]
    assert "講師からのコメント" in tail and "最初のあいさつが丁寧です。" in tail
    assert "講師によるスコアの修正" in tail and "要約の確認がない" in tail
    with pytest.raises(NotFoundError):  # another trainee of the same cohort
        w.store.comments(w.sid["good"], w.suzuki)
    with pytest.raises(NotFoundError):
        render_report(ctx, w.suzuki, w.sid["good"])
    assert instructor_notes([], [], [], "ja") == ""


def test_an_override_needs_a_reason_and_a_score_in_range(w: World) -> None:
    sid = w.sid["good"]
    for score, reason, key in ((80, " ", "err_reason"), (101, "x", "err_score"),
                               ("abc", "x", "err_score")):  # fmt: skip
        with pytest.raises(ReviewInputError) as err:
            w.desk.override(w.tanaka, sid, "listening", score, None, reason)
        assert err.value.key == key
    assert error_text(ReviewInputError("err_reason")) == "修正の理由を書いてください。"
    with pytest.raises(NotFoundError):
        w.desk.override(w.tanaka, sid, "listening", 50, 99, "存在しないターン")
    fix = w.desk.override(w.tanaka, sid, "deep_dive", 40, 3, "一問一答になっている")
    turns = w.store.turns(sid)
    third = [t for t in turns if t.trainee_text][2]
    assert fix.turn_index == third.index and fix.reason == "一問一答になっている"
    assert "→ **40**（講師）" in transcript_markdown(w.desk.open(w.tanaka, sid), "ja")


def test_agreement_per_rubric_counts_and_measures_the_gaps(w: World) -> None:
    good = w.store.get_session(w.sid["good"])
    auto = good.scores["listening"]
    w.desk.override(w.tanaka, w.sid["good"], "listening", auto + 20 if auto <= 80 else auto - 20,
                    None, "もっと高く評価できる")  # fmt: skip
    w.desk.override(w.tanaka, w.sid["poor"], "listening", w.store.get_session(w.sid["poor"]).scores["listening"] + 4, None, "ほぼ妥当")  # noqa: E501
    w.desk.override(w.tanaka, w.sid["open"], "listening", 50, None, "途中の面談")  # no auto score
    stats = {s.rubric: s for s in w.desk.agreement(w.tanaka, w.a.id)}
    listening = stats["listening"]
    assert (listening.overrides, listening.compared, listening.differ) == (3, 2, 1)
    assert listening.mean_abs == 12.0 and listening.max_abs == 20.0
    assert stats["deep_dive"].overrides == 0 and stats["deep_dive"].mean_abs is None
    with pytest.raises(NotFoundError):
        w.desk.agreement(w.ogawa, w.a.id)


def test_the_excel_export_opens_in_japanese_excel(w: World) -> None:
    w.desk.override(w.tanaka, w.sid["good"], "listening", 33, None, "理由")
    data = w.desk.export(w.tanaka, w.a.id)
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads UTF-8, not Shift_JIS
    assert b"\r\n" in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert tuple(rows[0]) == EXCEL_COLUMNS and rows[0][0] == "日時（日本時間）"
    assert len(rows) == 1 + 4
    by_id = {r[-1]: r for r in rows[1:]}
    good = by_id[w.sid["good"]]
    assert good[1] == "佐藤" and good[3] == "不信感のある創業者" and good[4] == "シミュレーション"
    assert good[8] == "33" or good[8] == "33.0"
    assert "傾聴" in good[12] and "→33" in good[12]
    suzuki = by_id[w.sid["imported"]]
    assert suzuki[1].startswith("'=HYPERLINK")  # never a formula in Excel
    assert suzuki[4] == "実ロールプレイの取込"
    assert "年" in good[0] and "T" not in good[0]  # Japan time, as people read it


def test_progress_uses_the_instructors_correction(w: World) -> None:
    later = w.played(w.sato, "big_customer_owner", GoodTrainee(), 10)
    w.desk.override(w.tanaka, later, "non_leading", 12, None, "最後に助言を押しつけた")
    progress = w.desk.progress(w.tanaka, w.a.id, w.sato.id)
    assert [p["id"] for p in progress] == [w.sid["good"], w.sid["poor"], later]
    assert progress[-1]["scores"]["non_leading"] == 12
    assert w.desk.progress(w.tanaka, w.a.id, w.kato.id) == []  # not in this cohort
