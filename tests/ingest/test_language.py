from __future__ import annotations

import pytest

from newsevents.ingest.language import count_words, detect_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The foreign ministers of Turkey and Ukraine met in Geneva on Monday, officials said.", "en"),
        ("Die Außenminister der Türkei und der Ukraine trafen sich am Montag in Genf.", "de"),
        ("Os ministros das Relações Exteriores se reuniram em Genebra na segunda-feira.", "pt"),
        ("トルコとウクライナの外相は月曜日、ジュネーブで会談した。", "ja"),
        ("Menu", "und"),
        ("12:45 GMT 2023-03-14 — 1,234,567", "und"),
    ],
)
def test_language_detect_language_gives_iso_code_or_und(tables, text, language):
    assert detect_language(text, tables.languages) == language


def test_language_labels_are_two_letter_codes(tables):
    assert all(len(label) == 2 for label in tables.languages.nb_classes if label != "zxx")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The ministers met in Geneva, officials said.", 7),
        ("Talks — resumed 2024 !", 3),
        ("Kindle書籍を読む", 1 + 2),
        ("", 0),
    ],
)
def test_language_count_words_in_any_script(text, words):
    assert count_words(text) == words
