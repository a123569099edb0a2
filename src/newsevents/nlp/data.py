"""Loaders for the nlp stage's data files."""

from __future__ import annotations

from pathlib import Path

from newsevents.tsv import read_tsv, read_word_set

DATA_DIR = Path(__file__).parent / "data"


def load_reporting_verbs(path: Path = DATA_DIR / "reporting_verbs.tsv") -> frozenset[str]:
    """Return the lemmas of verbs that report speech ("say", "add", "tell")."""
    return read_word_set(path, "lemma")


def load_lemma_fixes(path: Path = DATA_DIR / "lemma_fixes.tsv") -> dict[str, str]:
    """Return the right lemma of word forms the pipeline gets wrong ("staged" -> "stage")."""
    return {row["form"].lower(): row["lemma"].lower() for row in read_tsv(path, required=("id", "form", "lemma"))}
