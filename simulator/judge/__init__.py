"""The LLM judge: reads each trainee turn beside the offline scorer (scores merged, offline kept)."""

from .judge import LLMJudge, judge_for, make_judge, outcome, parse
from .merge import merge_evidence, merge_scores
from .models import Judgement, JudgeOutput, json_schema

__all__ = [
    "JudgeOutput",
    "Judgement",
    "LLMJudge",
    "json_schema",
    "judge_for",
    "make_judge",
    "merge_evidence",
    "merge_scores",
    "outcome",
    "parse",
]
