"""The command-line contracts that users and outside tools rely on."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.store import EventStore

pytestmark = pytest.mark.model
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
EVENT_FIELDS = {
    "id", "doc_id", "article_id", "sentence", "evidence", "source", "target", "cameo", "root", "plover",
    "goldstein", "quad_class", "date", "date_range", "date_precision", "status", "attributed_to",
    "location", "rule", "confidence",
}
ARTICLE = (
    "date 2023-05-02 Home\nWorld\n\nMinisters Meet In Geneva\n\n"
    "French Foreign Minister Jean Dupont met with Swiss President Anna Keller in Geneva on Monday, "
    "the French foreign ministry said in a statement on its website.\n\n"
    "The two leaders discussed the security of the region and trade between the two countries, "
    "officials said after the meeting ended in the afternoon.\n"
)


def run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(app, list(args), input=stdin)


def jsonl(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    """A folder with one good article, an empty file, a binary file and bad JSONL."""
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    (tmp_path / "lines.jsonl").write_text('{"id": "a", "published": "2023-05-02"}\nnot json\n', encoding="utf-8")
    return tmp_path


def test_cli_code_prints_the_event_contract_as_jsonl():
    result = run("code", str(EXAMPLES), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    events = jsonl(result.stdout)
    assert events and all(set(e) == EVENT_FIELDS for e in events)
    assert len({e["id"] for e in events}) == len(events)
    assert "coded 4, unchanged 0, failed 0" in result.stderr


def test_cli_code_table_names_the_columns():
    result = run("code", str(EXAMPLES / "2022-12-27-france-24-serbia-kosovo-alert.txt"), "--format", "table")
    assert result.exit_code == 0
    for column in ("source", "event", "target", "date", "status", "evidence"):
        assert column in result.stdout


def test_cli_code_reads_jsonl_from_stdin():
    line = json.dumps({"id": "s1", "published": "2023-05-02", "text": ARTICLE.split("\n\n", 2)[2]})
    result = run("code", "-", "--format", "jsonl", stdin=line + "\n")
    assert result.exit_code == 0, result.stderr
    events = jsonl(result.stdout)
    assert events and {e["doc_id"] for e in events} == {"s1"}


def test_cli_bad_documents_are_reported_and_the_batch_goes_on(batch: Path):
    result = run("code", str(batch), "--format", "jsonl")
    assert result.exit_code == 0
    assert jsonl(result.stdout)
    for code in ("ingest.empty", "ingest.binary", "ingest.no_text", "ingest.bad_jsonl"):
        assert code in result.stderr
    assert "coded 1, unchanged 0, failed 4" in result.stderr


def test_cli_strict_exits_1_when_a_document_is_rejected(batch: Path):
    assert run("code", str(batch), "--format", "jsonl", "--strict").exit_code == 1


def test_cli_exits_4_when_nothing_could_be_processed(batch: Path):
    assert run("code", str(batch / "empty.txt"), str(batch / "binary.txt")).exit_code == 4


def test_cli_usage_error_exits_2():
    assert run("code", "--no-such-option").exit_code == 2


def test_cli_extract_prints_article_records():
    result = run("extract", str(EXAMPLES), "--format", "jsonl")
    assert result.exit_code == 0
    articles = jsonl(result.stdout)
    assert len(articles) == 4
    for article in articles:
        assert {"article_id", "doc_id", "source_path", "url", "outlet", "title", "published", "language",
                "byline", "body", "credits"} <= set(article)
        assert article["body"] and article["published"]


def test_cli_ingest_twice_stores_nothing_twice(batch: Path, tmp_path: Path):
    db = str(tmp_path / "store.duckdb")
    first = run("ingest", str(batch), "--db", db)
    assert first.exit_code == 0, first.stderr
    with EventStore(db) as store:
        counts = store.counts()
    second = run("ingest", str(batch), "--db", db)
    assert second.exit_code == 0
    assert "coded 0, unchanged 1, failed 4" in second.stderr
    with EventStore(db) as store:
        again = store.counts()
    assert again["articles"] == counts["articles"] == 1
    assert again["events"] == counts["events"] > 0
    assert again["errors"] == 2 * counts["errors"] == 8  # every rejection is recorded, per run


def test_cli_query_returns_what_code_printed(tmp_path: Path):
    db = str(tmp_path / "store.duckdb")
    assert run("ingest", str(EXAMPLES), "--db", db).exit_code == 0
    stored = jsonl(run("query", "--db", db, "--format", "jsonl").stdout)
    coded = jsonl(run("code", str(EXAMPLES), "--format", "jsonl").stdout)
    assert sorted(e["id"] for e in stored) == sorted(e["id"] for e in coded)
    only_root = jsonl(run("query", "--db", db, "--format", "jsonl", "--root", "15").stdout)
    assert only_root and all(e["root"] == "15" for e in only_root)


def test_cli_quotes_gives_speakers():
    result = run("quotes", str(EXAMPLES), "--format", "jsonl")
    assert result.exit_code == 0
    quotes = jsonl(result.stdout)
    assert any(q["speaker"] and q["direct"] for q in quotes)


def test_cli_invalid_data_file_exits_3(monkeypatch):
    from newsevents import pipeline
    from newsevents.errors import DataFileError

    def broken(*args, **kwargs):
        raise DataFileError(["patterns.tsv:3: code: '9x' is not a CAMEO code"])

    monkeypatch.setattr(pipeline.Resources, "load", broken)
    result = run("code", str(EXAMPLES))
    assert result.exit_code == 3
    assert "patterns.tsv:3: code" in result.stderr


@pytest.mark.parametrize(
    ("command", "option", "default"),
    [("code", "--parse-all", False), ("ingest", "--parse-all", False), ("eval", "--parse-all", False),
     ("quotes", "--triage", True), ("actors", "--triage", True)],  # quotes and mentions from every sentence
)
def test_cli_parse_all_reaches_the_settings_of_every_coding_command(monkeypatch, tmp_path: Path, command, option, default):
    from newsevents import pipeline
    from newsevents.errors import DataFileError

    seen = []

    def record(settings):
        seen.append(settings.parse_all)
        raise DataFileError(["stop before loading anything"])

    monkeypatch.setattr(pipeline.Resources, "load", record)
    db = ["--db", str(tmp_path / "events.duckdb")] if command == "ingest" else []
    assert run(command, str(EXAMPLES), *db).exit_code == 3
    assert run(command, str(EXAMPLES), *db, option).exit_code == 3
    assert seen == [default, not default]


def test_cli_actors_prints_one_record_per_mention():
    result = run("actors", str(EXAMPLES / "2023-03-14-dw-germany-lithuania-troops.txt"), "--format", "jsonl")
    assert result.exit_code == 0
    mentions = jsonl(result.stdout)
    assert {"doc_id", "text", "start", "end", "kind", "actor", "how"} <= set(mentions[0])
    assert any(m["actor"] and m["actor"]["country"] == "DEU" for m in mentions)


@pytest.fixture(scope="module")
def stored(tmp_path_factory) -> str:
    db = str(tmp_path_factory.mktemp("store") / "events.duckdb")
    assert run("ingest", str(EXAMPLES), "--db", db).exit_code == 0
    return db


def test_cli_query_dedup_counts_mentions(stored: str):
    merged = jsonl(run("query", "--db", stored, "--format", "jsonl", "--dedup").stdout)
    events = jsonl(run("query", "--db", stored, "--format", "jsonl").stdout)
    assert merged and sum(g["num_mentions"] for g in merged) == len(events)
    assert all(g["num_articles"] >= 1 and g["num_sources"] >= 1 for g in merged)


def test_cli_query_since_until(stored: str):
    recent = jsonl(run("query", "--db", stored, "--format", "jsonl", "--since", "2025-01-01").stdout)
    assert recent and all((e["date"] or e["date_range"][1]) >= "2025-01-01" for e in recent)
    assert run("query", "--db", stored, "--since", "yesterday").exit_code == 2


def test_cli_stats_counts_by_root(stored: str):
    (counts,) = jsonl(run("stats", "--db", stored, "--format", "jsonl").stdout)
    assert counts["events"] == sum(r["events"] for r in counts["by_root"])


def test_cli_export_gdelt_has_61_columns(stored: str, tmp_path: Path):
    out = tmp_path / "events.tsv"
    result = run("export", "--db", stored, "--format", "gdelt", "--out", str(out))
    assert result.exit_code == 0, result.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines and all(len(line.split("\t")) == 61 for line in lines)


def test_cli_export_parquet_refuses_a_full_folder(stored: str, tmp_path: Path):
    (tmp_path / "old.txt").write_text("x", encoding="utf-8")
    assert run("export", "--db", stored, "--format", "parquet", "--out", str(tmp_path)).exit_code == 2


def test_cli_actors_dictionary_is_imported(tmp_path: Path):
    dictionary = tmp_path / "actors.txt"
    dictionary.write_text("ARNOR_ [ARN]\nGONDOR_ [GON]\n", encoding="utf-8")
    line = json.dumps({"id": "a", "published": "1995-01-01", "text": "Arnor accused Gondor of aggression."})
    result = run("code", "-", "--format", "jsonl", "--actors", str(dictionary), stdin=line + "\n")
    assert result.exit_code == 0, result.stderr
    assert ("ARN", "GON") in {(e["source"]["code"], e["target"]["code"]) for e in jsonl(result.stdout)}


def test_cli_broken_actors_dictionary_exits_3(tmp_path: Path):
    dictionary = tmp_path / "broken.txt"
    dictionary.write_text("+SYNONYM_BEFORE_ANY_NAME\n", encoding="utf-8")
    assert run("code", str(EXAMPLES), "--actors", str(dictionary)).exit_code == 3


def test_cli_short_english_text_is_coded_and_other_languages_are_not():
    lines = [
        json.dumps({"id": "short", "published": "2023-05-02", "text": "Russia attacked Ukraine on Monday."}),
        json.dumps({"id": "de", "published": "2023-05-02", "text": "Die Bundesregierung hat am Montag in Berlin "
                    "beschlossen, die Hilfe für die Ukraine deutlich zu erhöhen, wie ein Sprecher mitteilte."}),
    ]
    result = run("code", "-", "--format", "jsonl", stdin="\n".join(lines) + "\n")
    assert result.exit_code == 0
    assert {e["doc_id"] for e in jsonl(result.stdout)} == {"short"}
    assert "de: ingest.not_english" in result.stderr


def test_cli_query_prints_fields_in_the_order_code_does(stored: str):
    (stored_event,) = jsonl(run("query", "--db", stored, "--format", "jsonl", "--limit", "1").stdout)
    coded = jsonl(run("code", str(EXAMPLES), "--format", "jsonl").stdout)
    assert list(stored_event) == list(coded[0])


def test_cli_jsonl_field_names_are_configurable(tmp_path: Path):
    line = json.dumps({"uid": "n1", "content": "Russia attacked Ukraine on Monday.", "published": "2023-05-02"})
    (tmp_path / "feed.jsonl").write_text(line + "\n", encoding="utf-8")
    result = run("code", str(tmp_path / "feed.jsonl"), "--format", "jsonl", "--field", "text=content", "--field", "id=uid")
    assert result.exit_code == 0, result.stderr
    assert {e["doc_id"] for e in jsonl(result.stdout)} == {"n1"}
    assert run("code", str(tmp_path / "feed.jsonl"), "--field", "text").exit_code == 2
    assert run("code", str(tmp_path / "feed.jsonl"), "--field", "nonsense=x").exit_code == 2
