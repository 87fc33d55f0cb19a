"""Where the instructor features meet the private downloads (the merge of issue 11 into QA
round 1): the cohort CSV and an uploaded role-play's report reach only the asking browser tab
as a payload (no server file), the imported report draws its chart as inline SVG under the
trainee's name, and only its trainee reads or downloads it there."""

from __future__ import annotations

import json
from pathlib import Path

import gradio as gr
import pytest

from simulator.acts import Utterance
from simulator.errors import NotFoundError
from simulator.settings import Settings
from simulator.store import open_store
from simulator.store.importing import import_utterances
from simulator.ui.app import build_app
from simulator.ui.common import Ctx
from simulator.ui.report_page import export_payload
from simulator.ui.report_page import render as render_report

PW = "correct horse 1"


class Req:
    """What a handler reads of a signed-in request."""

    def __init__(self, username: str) -> None:
        self.username = username
        self.headers: dict[str, str] = {}
        self.client = None


@pytest.fixture
def world(tmp_path: Path):  # noqa: ANN201
    store = open_store(tmp_path / "m.db")
    tanaka = store.add_user("tanaka", PW, "instructor", display_name="田中講師")
    sato = store.add_user("sato", PW, "trainee", display_name="佐藤")
    store.add_user("kato", PW, "trainee", display_name="加藤")
    cohort = store.create_cohort("A組", tanaka.id)
    store.add_to_cohort(cohort.id, sato.id)
    sid = import_utterances(
        store, [Utterance(speaker="owner", text="どうぞ。"),
                Utterance(speaker="trainee", text="本日はありがとうございます。"),
                Utterance(speaker="owner", text="売上がね。"),
                Utterance(speaker="trainee", text="売上のこと、詳しく聞かせてください。")],
        user_id=sato.id, title="実技.txt",
    ).id  # fmt: skip
    demo = build_app(Settings(data_dir=tmp_path), store, sign_in=True)
    return demo, store, cohort, sid, tmp_path


def handler(demo: gr.Blocks, name: str):  # noqa: ANN201
    found = [d.fn for d in demo.fns.values() if getattr(d.fn, "__name__", "") == name]
    assert found, name
    return found[0]


def files_under(path: Path) -> set[Path]:
    return {p for p in path.rglob("*") if p.is_file()}


def test_the_cohort_csv_is_a_payload_with_its_bom_and_only_for_its_instructor(world) -> None:  # noqa: ANN001
    demo, store, cohort, _, tmp_path = world
    before = files_under(tmp_path)
    on_export = handler(demo, "on_export")
    payload, notice = on_export("ja", cohort.id, Req("tanaka"))
    d = json.loads(payload)
    assert d["name"].startswith(f"cohort-{cohort.id}-sessions-") and d["name"].endswith(".csv")
    assert d["type"] == "text/csv;charset=utf-8"
    assert d["text"].startswith("\ufeff")  # saved by the browser as EF BB BF: Excel reads UTF-8
    assert d["text"].encode("utf-8").startswith(b"\xef\xbb\xbf") and "\r\n" in d["text"]
    assert "佐藤" in d["text"] and "1件の面談" in notice
    assert files_under(tmp_path) - before <= {tmp_path / "m.db-wal", tmp_path / "m.db-shm"}
    payload, notice = on_export("ja", cohort.id, Req("kato"))  # a trainee: no file, a message
    assert not isinstance(payload, str)  # left as it was: nothing to save
    assert "sim-error" in notice


def test_an_uploaded_role_play_reads_with_an_svg_chart_and_a_private_download(world) -> None:  # noqa: ANN001
    demo, store, _, sid, _ = world
    ctx = Ctx(demo.sim.controller)
    sato, tanaka = store.get_user("sato"), store.get_user("tanaka")
    for viewer in (sato,):
        page = render_report(ctx, viewer, sid)
        assert len(page) == 8 and page[6] == sid
        assert "佐藤（sato）" in page[0] and "実ロールプレイの採点" in page[0]
        assert "<svg" in page[1]["value"] and page[1]["visible"] is True
        chart = page[1]["value"]  # a real role-play has no owner's trust to draw
        assert "ターンごとのスコア" in chart and 'data-series="trust"' not in chart
        assert 'data-series="listening"' in chart
        d = json.loads(export_payload(ctx, viewer, sid, "md"))
        assert d["name"].startswith("bansou-roleplay-") and "売上のこと" in d["text"]
    for other in (tanaka, store.get_user("kato")):  # the instructor reads it on the review page
        with pytest.raises(NotFoundError):
            export_payload(ctx, other, sid, "json")
        with pytest.raises(NotFoundError):
            render_report(ctx, other, sid)


def test_with_no_owner_picked_the_card_is_the_playing_owners(world) -> None:  # noqa: ANN001
    """A rehearsal owner clears the practice page's picker; switching the page's language then
    keeps that owner's card instead of blanking it."""
    from simulator.ui.practice import owner_card

    demo, store, _, _, _ = world
    ctl = demo.sim.controller
    sato = store.get_user("sato")
    own = ctl.persona("distrustful_founder")  # stands for the user's own rehearsal owner
    sid = ctl.start(sato, "", "ja", persona=own).session.id
    card = owner_card(Ctx(ctl), sato, "en", "", sid)
    assert own.owner.name.get("en") in card and card
    with pytest.raises(NotFoundError):  # someone else's meeting shows nothing of it
        owner_card(Ctx(ctl), store.get_user("kato"), "en", "", sid)
