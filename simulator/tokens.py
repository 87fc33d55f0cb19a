"""Token counting with the ``o200k_base`` encoding shipped in the package (no download).

tiktoken would fetch the BPE file on first use; the project carries it in
``simulator/_tiktoken/`` and checks the same SHA-256 tiktoken checks.
"""

from __future__ import annotations

import base64
import hashlib
import threading
from functools import lru_cache
from pathlib import Path

import tiktoken

BPE_FILE = Path(__file__).resolve().parent / "_tiktoken" / "o200k_base.tiktoken"
EXPECTED_SHA256 = "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d"
# The pattern and special tokens of tiktoken_ext.openai_public.o200k_base.
_PAT_STR = "|".join(
    [
        r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
        r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
        r"""\p{N}{1,3}""",
        r""" ?[^\s\p{L}\p{N}]+[\r\n/]*""",
        r"""\s*[\r\n]+""",
        r"""\s+(?!\S)""",
        r"""\s+""",
    ]
)
_SPECIAL = {"<|endoftext|>": 199999, "<|endofprompt|>": 200018}
_lock = threading.Lock()


@lru_cache(maxsize=1)
def encoding() -> tiktoken.Encoding:
    """The o200k_base encoding, loaded once from the shipped file (hash-checked)."""
    with _lock:
        data = BPE_FILE.read_bytes()
        if hashlib.sha256(data).hexdigest() != EXPECTED_SHA256:
            raise RuntimeError(f"{BPE_FILE}: hash mismatch, the shipped tokenizer file is damaged")
        ranks = {
            base64.b64decode(token): int(rank)
            for token, rank in (line.split() for line in data.splitlines() if line)
        }
        return tiktoken.Encoding(
            name="o200k_base", pat_str=_PAT_STR, mergeable_ranks=ranks, special_tokens=_SPECIAL
        )


@lru_cache(maxsize=8192)
def count_tokens(text: str) -> int:
    """Tokens of ``text`` (cached: a session counts the same history turns every turn)."""
    return len(encoding().encode(text, disallowed_special=()))


@lru_cache(maxsize=4096)
def _message_tokens(role: str, content: str) -> tuple[int, ...]:
    return tuple(encoding().encode(f"<|{role}|>{content}<|end|>", disallowed_special=()))


def chat_tokens(messages: list[dict[str, str]]) -> list[int]:
    """The tokens of a chat prompt as a server sees it: each message's role marker and content,
    in order (the layout prefix caching matches on; the exact markers vary by model)."""
    out: list[int] = []
    for m in messages:
        out += _message_tokens(str(m.get("role")), str(m.get("content") or ""))
    return out


def count_chat(messages: list[dict[str, str]]) -> int:
    """Prompt tokens of a chat (a local estimate when the server reports none)."""
    return len(chat_tokens(messages))


def shared_prefix(a: list[int], b: list[int]) -> int:
    """Length of the longest common leading run of two token lists."""
    n = min(len(a), len(b))
    i = 0
    while i + 256 <= n and a[i : i + 256] == b[i : i + 256]:  # whole blocks first
        i += 256
    while i < n and a[i] == b[i]:
        i += 1
    return i
