"""Which language an article is in (py3langid), and the English word lists the cleaner reads.

The detector is py3langid's naive-Bayes model, which ships inside the package (no download,
no network). It is loaded once, by `load_language_identifier`, and passed in with the other
ingest tables. The cleaner also reads an English stop-word list for line shapes: a headline
capitalises every word but these, and a line that ends on one of them ("...met with the")
was wrapped mid-sentence.
"""

from __future__ import annotations

import re

from py3langid.langid import MODEL_FILE, LanguageIdentifier

UNDETERMINED = "und"
# "zxx": the model's label for text with no linguistic content (numbers, codes).
NO_LANGUAGE = "zxx"
# The model also knows regional varieties with three-letter codes (Nigerian Pidgin "pcm",
# Wu Chinese "wuu", ...). Left in, they take English or Chinese paragraphs now and then
# (on the English gold bodies of ../shared/extraction/scrapinghub-aeb, 8 paragraphs of 250
# came out "pcm"); Article.language is an ISO 639-1 code, so only two-letter labels are kept.
ISO_639_1_LENGTH = 2
# Below this many letters there is nothing to tell a language by ("Menu", "12:45").
MIN_LETTERS = 20
# Normalised probability of the best language; below it the text is a mix or too short.
# English news paragraphs of 8+ words score 0.6-1.0, whole English bodies above 0.99.
MIN_CONFIDENCE = 0.5
# The detector's time grows with the text; the first few paragraphs tell the language as
# well as the whole article (the same answer on every gold body of scrapinghub-aeb).
LANGUAGE_SAMPLE_CHARS = 2000
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Scripts written without spaces between words: Chinese, Japanese kana, Thai, Lao, Khmer.
_UNSPACED_CHAR = re.compile(r"[\u0e00-\u0eff\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# A word of Chinese or Japanese is about two characters long, so a line of 40 characters
# weighs as much as an English line of 20 words.
CHARS_PER_UNSPACED_WORD = 2


def load_language_identifier() -> LanguageIdentifier:
    """Return py3langid's packaged model, restricted to ISO 639-1 languages (about 0.7 s)."""
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    labels = {label for label in identifier.nb_classes if len(label) == ISO_639_1_LENGTH}
    identifier.set_languages(sorted(labels | {NO_LANGUAGE}))
    return identifier


def detect_language(text: str, identifier: LanguageIdentifier) -> str:
    """Return the ISO 639-1 code of the language `text` is written in ("en", "de", "ja"), or
    "und" when it has too few letters, no language, or no clear winner."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return UNDETERMINED
    language, confidence = identifier.classify(sample)
    if language == NO_LANGUAGE or confidence < MIN_CONFIDENCE:
        return UNDETERMINED
    return str(language)


def count_words(text: str) -> int:
    """Return how many words `text` holds, in any script: space-separated tokens with a
    letter or digit, plus a word per two characters of Chinese, Japanese or Thai."""
    unspaced = len(_UNSPACED_CHAR.findall(text))
    spaced = sum(any(ch.isalnum() for ch in token) for token in _UNSPACED_CHAR.sub(" ", text).split())
    return spaced + unspaced // CHARS_PER_UNSPACED_WORD


def words_of(text: str) -> list[str]:
    """Return the words of `text`: runs of letters, with inner apostrophes ("Russia's")."""
    return _WORD.findall(text)
