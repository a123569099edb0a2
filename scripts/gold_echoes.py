"""List the lines of test files that share a run of five words with a gold sentence.

Tests must not echo ../shared/eval (a held-out half is scored on sentences like them): run
`python scripts/gold_echoes.py [tests]` and reword any line that shares more than a stock phrase.
Words are lower-cased with punctuation stripped; .jsonl lines are read by their "text" field.
"""

import json
import re
import sys
from pathlib import Path

RUN = 5
GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def words(text: str) -> list[str]:
    return re.sub(r"[^\w\s]", " ", text.lower().replace("\\n", " ")).split()


def runs(text: str) -> set[tuple[str, ...]]:
    ws = words(text)
    return {tuple(ws[i : i + RUN]) for i in range(len(ws) - RUN + 1)}


def gold_runs() -> set[tuple[str, ...]]:
    found: set[tuple[str, ...]] = set()
    for path in GOLD.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                found |= runs(json.loads(line).get("text", ""))
    return found


def main(root: Path) -> None:
    gold = gold_runs()
    for path in sorted([*root.rglob("*.py"), *root.rglob("*.jsonl")]):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            text = json.loads(line).get("text", line) if path.suffix == ".jsonl" and line.strip() else line
            shared = sorted(" ".join(r) for r in runs(text) & gold)
            if shared:
                print(f"{path}:{number}: {len(shared)} | " + " || ".join(shared))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "tests"))
