"""The LLM judge beside the offline scorer, through the real openai client and a fake server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from simulator import open_session, resume_session
from simulator.judge import Judgement, LLMJudge, merge_evidence, merge_scores, parse
from simulator.settings import Settings

from .fake_openai import FakeOpenAI, Reply, auto_judge, judge_json

OPENING = "本日はお時間をいただきありがとうございます。"
QUESTION = "御社のお仕事について聞かせていただけますか？"


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        server.default = lambda body: Reply(text="はい。")
        yield server


def settings_for(fake: FakeOpenAI, timeout: float = 30.0, **kw: object) -> Settings:
    return Settings(
        openai_base_url=fake.base_url,
        model="fake-owner",
        judge_model="fake-judge",
        llm_timeout=timeout,
        **kw,
    )


def judge_for(fake: FakeOpenAI, **kw: object) -> LLMJudge:
    return LLMJudge(settings_for(fake, **kw))


def test_the_judge_asks_for_a_json_schema_and_its_scores_are_merged(fake: FakeOpenAI) -> None:
    fake.script(
        "fake-judge",
        auto_judge(
            scores={"listening": 20, "deep_dive": 95, "summarising": 90, "non_leading": None}
        ),
    )
    session = open_session("reluctant_successor", "ja", store=None, settings=settings_for(fake))
    offline = open_session("reluctant_successor", "ja", store=None)
    turn, alone = session.say(QUESTION), offline.say(QUESTION)
    request = fake.for_model("fake-judge")[0]
    fmt = request.body["response_format"]
    assert fmt["type"] == "json_schema" and fmt["json_schema"]["strict"] is True
    assert set(fmt["json_schema"]["schema"]["required"]) == {
        "acts",
        "scores",
        "evidence",
        "alternative",
    }
    assert turn.judge is not None and turn.judge.status == "ok" and turn.judge.structured
    # the offline result is kept beside the merged one, and the engine decided from it
    assert turn.offline_scores == alone.scores
    assert (turn.trust, turn.reaction, turn.acts) == (alone.trust, alone.reaction, alone.acts)
    assert turn.scores == merge_scores(alone.scores, turn.judge)
    assert turn.scores != alone.scores
    assert turn.scores["summarising"] is alone.scores["summarising"] is None  # offline decides N/A
    assert any(e.startswith("「") for e in turn.evidence)  # the judge's quote joins the evidence


def test_a_judge_reply_that_is_not_json_gets_one_repair(fake: FakeOpenAI) -> None:
    fake.script("fake-judge", "Sure, here is my assessment: good question!", auto_judge())
    result = judge_for(fake).judge([], QUESTION, "ja")
    assert result.status == "repaired" and result.scores["deep_dive"] == 90
    first, repair = fake.for_model("fake-judge")
    assert repair.messages[-2] == {
        "role": "assistant",
        "content": "Sure, here is my assessment: good question!",
    }
    assert (
        "not valid" in repair.messages[-1]["content"] and "JSON" in repair.messages[-1]["content"]
    )


def test_a_judge_that_stays_invalid_fails_and_the_offline_scores_stand(fake: FakeOpenAI) -> None:
    fake.script("fake-judge", "{not json", '{"acts": ["open_question"]}')
    session = open_session("reluctant_successor", "ja", store=None, settings=settings_for(fake))
    turn = session.say(QUESTION)
    assert turn.judge is not None and turn.judge.status == "failed"
    assert "after a repair" in (turn.judge.error or "")
    assert turn.scores == turn.offline_scores and len(fake.for_model("fake-judge")) == 2


def test_evidence_that_is_not_in_the_turn_is_sent_back(fake: FakeOpenAI) -> None:
    fake.script(
        "fake-judge",
        lambda body: Reply(text=judge_json(body, evidence=["売上について教えて"])),  # not said
        auto_judge(),
    )
    result = judge_for(fake).judge([], QUESTION, "ja")
    assert result.status == "repaired"
    repair = fake.for_model("fake-judge")[1].messages[-1]["content"]
    assert "word for word" in repair and "売上について教えて" in repair
    assert all(q in QUESTION for q in result.evidence)


def test_quotes_are_compared_without_quotes_and_width(fake: FakeOpenAI) -> None:
    out = parse(
        judge_json(
            {"messages": [{"role": "user", "content": "<<<\nx\n>>>"}]},
            evidence=["「聞かせていただけますか？」"],
        ),
        QUESTION,
    )
    assert out.evidence == ["「聞かせていただけますか？」"]
    with pytest.raises(ValueError, match="word for word"):
        parse(
            judge_json(
                {"messages": [{"role": "user", "content": "<<<\nx\n>>>"}]},
                evidence=["聞かせてください"],
            ),
            QUESTION,
        )


def test_a_server_without_response_format_gets_plain_json(fake: FakeOpenAI) -> None:
    fake.supports_response_format = False
    fake.script("fake-judge", auto_judge(), auto_judge())
    judge = judge_for(fake)
    first = judge.judge([], QUESTION, "ja")
    second = judge.judge([], OPENING, "ja")
    assert first.status == second.status == "ok" and not first.structured
    refused, *plain = fake.for_model("fake-judge")
    assert "response_format" in refused.body  # asked once, refused (400), never again
    assert len(plain) == 2 and all("response_format" not in r.body for r in plain)
    assert "JSON schema" in plain[0].messages[0]["content"]  # the schema is in the prompt


def test_a_slow_judge_does_not_hold_the_turn_past_the_deadline(fake: FakeOpenAI) -> None:
    import time

    fake.script("fake-judge", Reply(text="{}", delay=6.0))
    fake.script("fake-owner", "はい。")
    session = open_session(
        "reluctant_successor", "ja", store=None, settings=settings_for(fake, 1.0)
    )
    started = time.perf_counter()
    turn = session.say(QUESTION)
    assert time.perf_counter() - started < 3.0  # the 1 s deadline, not the judge's 6 s
    assert turn.backend == "openai" and turn.judge is not None and turn.judge.status == "failed"
    assert turn.scores == turn.offline_scores


def test_the_judge_is_off_when_asked(fake: FakeOpenAI) -> None:
    session = open_session(
        "reluctant_successor", "ja", store=None, settings=settings_for(fake, judge_enabled=False)
    )
    turn = session.say(QUESTION)
    assert turn.judge is None and fake.for_model("fake-judge") == []
    assert turn.scores == turn.offline_scores
    assert open_session("reluctant_successor", "ja", store=None).judge is None  # offline: none


def test_the_judge_is_stored_and_restored(fake: FakeOpenAI, tmp_path: Path) -> None:
    fake.script(
        "fake-judge",
        auto_judge(
            scores={"listening": 10, "deep_dive": 10, "summarising": None, "non_leading": 10}
        ),
    )
    db = tmp_path / "s.db"
    session = open_session("reluctant_successor", "ja", store=db, settings=settings_for(fake))
    turn = session.say(QUESTION)
    again = resume_session(session.id, store=db, settings=settings_for(fake))
    restored = again.turns[0]
    assert restored.judge == turn.judge and restored.scores == turn.scores
    assert restored.offline_scores == turn.offline_scores != turn.scores


def test_the_judge_call_runs_beside_the_voice(fake: FakeOpenAI) -> None:
    fake.script("fake-judge", lambda body: Reply(text=judge_json(body), delay=0.6))
    fake.script("fake-owner", Reply(text="はい、どうぞ。", delay=0.6))
    session = open_session("reluctant_successor", "ja", store=None, settings=settings_for(fake))
    session.say(QUESTION)
    judge, voice = fake.for_model("fake-judge")[0], fake.for_model("fake-owner")[0]
    # both asked at once: each request arrived before the other one was answered (a judge call
    # still open when the turn moved on, cancelled at its deadline on a loaded machine, has no
    # finish time: it was in flight all along)
    judge_end = judge.finished or float("inf")
    assert voice.received < judge_end and judge.received < voice.finished


# -- the merge rule ---------------------------------------------------------------------------


def judgement(**scores: float | None) -> Judgement:
    return Judgement(status="ok", model="m", scores=scores, evidence=["聞かせて"])


def test_merge_rule() -> None:
    offline = {"listening": 60.0, "deep_dive": 50.0, "summarising": None, "non_leading": 80.0}
    merged = merge_scores(
        offline, judgement(listening=70, deep_dive=100, summarising=90, non_leading=None)
    )
    assert merged == {
        "listening": 65.0,
        "deep_dive": 65.0,
        "summarising": None,
        "non_leading": 80.0,
    }
    assert merge_scores(offline, None) == offline
    failed = Judgement(status="failed", model="m", error="x")
    assert merge_scores(offline, failed) == offline and merge_evidence(["a"], failed) == ["a"]
    assert merge_evidence(["a"], judgement()) == ["a", "「聞かせて」"]


def test_judge_output_contract_rejects_unknown_fields_and_acts() -> None:
    body = {"messages": [{"role": "user", "content": "<<<\nx\n>>>"}]}
    good = json.loads(judge_json(body, evidence=["聞かせて"]))
    parse(json.dumps(good), QUESTION)
    for broken in (
        {**good, "extra": 1},
        {**good, "acts": ["interrogation"]},
        {**good, "scores": {**good["scores"], "listening": 140}},
        {**good, "alternative": QUESTION},
    ):
        with pytest.raises(ValueError):
            parse(json.dumps(broken, ensure_ascii=False), QUESTION)
