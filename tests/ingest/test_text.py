from __future__ import annotations

import datetime as dt

import pytest

from newsevents.errors import IngestError
from newsevents.ingest import clean_document
from newsevents.ingest.text import clean_scraped_text, read_date_header
from newsevents.records import RawDocument

from .pages import FOOTER, NAV, PARAGRAPHS, TITLE, make_page, standard_page

BODY = "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize(
    ("first_line", "expected"),
    [
        (" date 2021-12-29 Accessibility links", dt.date(2021, 12, 29)),
        ("date 2021-12-29", dt.date(2021, 12, 29)),
        ("Date: 2023-03-14 Menu", dt.date(2023, 3, 14)),
        ("DATE 2025-01-02 Skip to content", dt.date(2025, 1, 2)),
        ("date 2021-02-30 Menu", None),
        ("dated 2021-12-29 Menu", None),
        ("Menu date 2021-12-29", None),
    ],
)
def test_text_date_header_forms(tables, first_line, expected):
    raw = make_page(first_line, *NAV, TITLE, *PARAGRAPHS, *FOOTER)
    article = clean_scraped_text(raw, tables)
    assert article.published == expected
    assert article.body == BODY


def test_text_date_header_keeps_the_navigation_text_that_shares_its_line():
    day, rest = read_date_header("\n date 2021-12-29 Accessibility links\nSubscribe")
    assert (day, rest) == (dt.date(2021, 12, 29), "Accessibility links\nSubscribe")


def test_text_input_date_wins_over_header(tables):
    raw = make_page("date 2021-12-29 Menu", TITLE, *PARAGRAPHS, published=dt.date(2022, 1, 3))
    assert clean_scraped_text(raw, tables).published == dt.date(2022, 1, 3)


def test_text_title_is_the_headline_above_the_body(tables):
    raw = standard_page(before=("Europe", "Share"))
    assert clean_scraped_text(raw, tables).title == TITLE


def test_text_title_skips_caption_byline_and_dateline(tables):
    raw = make_page(
        *NAV, TITLE, "By Jane Doe", "Updated 14 March 2023, 10:45 GMT",
        "Ministers before the talks in Geneva on Monday (Reuters)", *PARAGRAPHS,
    )
    assert clean_scraped_text(raw, tables).title == TITLE


def test_text_input_title_wins(tables):
    raw = standard_page(title="Given Title")
    assert clean_scraped_text(raw, tables).title == "Given Title"


def test_text_body_starts_and_ends_with_the_article(tables):
    article = clean_scraped_text(standard_page(), tables)
    assert article.body.startswith(PARAGRAPHS[0])
    assert article.body.endswith(PARAGRAPHS[2])
    assert article.body == BODY


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "Read more: Turkey and Ukraine sign grain deal",
        "Share this article",
        "Related: What is the Black Sea grain corridor?",
        "• Image",
        "Listen to this article",
        "Subscribe to our newsletter",
    ],
)
def test_text_boilerplate_inside_the_article_is_removed(tables, line):
    article = clean_scraped_text(standard_page(inside=(line,)), tables)
    assert article.body == BODY


@pytest.mark.parametrize(
    "lines",
    [
        ("Recommended", "Russia and Turkey agree to extend the grain deal for another 60 days, officials said."),
        ("Most read", "Five things to know about the Black Sea grain deal and why it matters to Africa."),
        ("Follow us on Facebook", "Example Media is an independent newsroom. We report the news from 40 countries."),
        ("Tags: Ukraine, Turkey, grain",),
    ],
)
def test_text_footer_and_related_stories_are_not_body(tables, lines):
    article = clean_scraped_text(standard_page(after=lines), tables)
    assert article.body == BODY


def test_text_prose_beyond_a_block_of_menu_lines_is_not_body(tables):
    teaser = "Ukraine and Poland agree to settle their dispute over grain imports, ministers said on Friday."
    raw = make_page(*NAV, TITLE, *PARAGRAPHS, "More", "Europe", "Asia", "Africa", "Business", teaser)
    assert clean_scraped_text(raw, tables).body == BODY


@pytest.mark.parametrize(
    "caption",
    [
        "Turkish Foreign Minister Mevlut Cavusoglu (left) and Ukrainian Foreign Minister Dmytro Kuleba (combo photo)",
        "Ships wait to cross the Bosporus in Istanbul on Monday (AFP)",
        "Ships wait to cross the Bosporus in Istanbul on Monday. (Jane Doe/Reuters)",
        "Photo: Jane Doe",
        "File photo: a grain ship leaves the port of Odesa.",
        "Grain ships in the Bosporus. Getty Images",
    ],
)
def test_text_photo_captions_are_removed(tables, caption):
    for raw in (standard_page(before=(caption,)), standard_page(inside=(caption,))):
        article = clean_scraped_text(raw, tables)
        assert article.body == BODY
        assert article.title == TITLE


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        ("With reporting by Reuters, AP, and AFP", ("Reuters", "AP", "AFP")),
        ("Reporting by Jane Doe in Kyiv; Editing by John Roe", ("Jane Doe",)),
        ("(Reporting by Jane Doe, additional reporting by Tom Balmforth in London; editing by Alex Smith)", ("Jane Doe", "Tom Balmforth")),
        ("Compiled from wire reports", ()),
        ("Compiled by Example Media from Associated Press and Agence France-Presse reports", ("AP", "AFP")),
        ("This story includes reporting from The Associated Press.", ("AP",)),
        ("Material from Reuters was used in this report.", ("Reuters",)),
    ],
)
def test_text_credits_are_parsed_and_removed(tables, line, credits):
    article = clean_scraped_text(standard_page(after=(line,)), tables)
    assert article.credits == credits
    assert article.body == BODY


def test_text_sentence_starting_like_a_credit_stays_body(tables):
    sentence = "Reporting by the state broadcaster suggested that the ministers had failed to agree on the key points."
    article = clean_scraped_text(standard_page(inside=(sentence,)), tables)
    assert sentence in article.body and article.credits == ()


@pytest.mark.parametrize(
    ("extra_nav", "raw_outlet", "outlet"),
    [
        (("All RFE/RL sites",), None, "RFE/RL"),
        (("BBC News", "Home"), "Reuters", "BBC"),
        (("Radio Free Europe/Radio Liberty",), None, "RFE/RL"),
        ((), "Reuters", "Reuters"),
        ((), None, None),
    ],
)
def test_text_outlet_from_page_then_input_then_none(tables, extra_nav, raw_outlet, outlet):
    raw = standard_page(before=extra_nav, outlet=raw_outlet)
    assert clean_scraped_text(raw, tables).outlet == outlet


def test_text_outlet_is_not_taken_from_body_caption_or_credits(tables):
    raw = standard_page(
        before=("Ships in the Bosporus (AFP)",),
        inside=("The ministers spoke to Reuters and the BBC after the meeting, their spokespeople said.",),
        after=("With reporting by AP and AFP",),
    )
    assert clean_scraped_text(raw, tables).outlet is None


def test_text_outlet_from_publisher_blurb_in_footer(tables):
    blurb = "DW is Germany's international broadcaster. We report independently in 32 languages for people around the world."
    article = clean_scraped_text(standard_page(after=(blurb,)), tables)
    assert (article.outlet, article.body) == ("DW", BODY)


def test_text_outlet_named_equally_by_two_outlets_is_not_guessed(tables):
    raw = standard_page(before=("Partners: BBC", "Partners: CNN"))
    assert clean_scraped_text(raw, tables).outlet is None


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By Jane Doe", "Jane Doe"),
        ("By Jane Doe and John Roe, Reuters", "Jane Doe and John Roe"),
        ("BY JANE DOE | 14 March 2023", "JANE DOE"),
        ("Written by: Ursula von Kessel on March 3", "Ursula von Kessel"),
    ],
)
def test_text_byline_is_read_and_removed(tables, line, byline):
    article = clean_scraped_text(standard_page(before=(line,)), tables)
    assert (article.byline, article.body, article.title) == (byline, BODY, TITLE)


def test_text_no_byline_is_none(tables):
    assert clean_scraped_text(standard_page(), tables).byline is None


@pytest.mark.parametrize(
    ("paragraphs", "language"),
    [
        (PARAGRAPHS, "en"),
        (
            (
                "Die Außenminister der Türkei und der Ukraine trafen sich am Montag in Genf, um über den Getreidekorridor zu sprechen.",
                "Beide Seiten wollen sich im nächsten Monat erneut treffen, teilten die Ministerien in einer gemeinsamen Erklärung mit.",
            ),
            "de",
        ),
    ],
)
def test_text_language_is_detected(tables, paragraphs, language):
    assert clean_scraped_text(make_page(*paragraphs), tables).language == language


def test_text_article_id_is_stable_and_follows_the_content(tables):
    first = clean_scraped_text(standard_page(outlet="DW"), tables)
    again = clean_scraped_text(standard_page(outlet="DW", doc_id="copy.txt"), tables)
    other_outlet = clean_scraped_text(standard_page(outlet="BBC"), tables)
    other_url = clean_scraped_text(standard_page(outlet="DW", url="https://example.org/a"), tables)
    assert first.article_id == again.article_id
    assert len({first.article_id, other_outlet.article_id, other_url.article_id}) == 3
    assert len(first.article_id) == 16 and int(first.article_id, 16) >= 0


def test_text_page_without_prose_is_empty_body(tables):
    with pytest.raises(IngestError) as caught:
        clean_scraped_text(make_page("date 2024-01-01 Menu", *NAV, TITLE, *FOOTER, doc_id="nav.txt"), tables)
    assert (caught.value.code, caught.value.doc_id) == ("ingest.empty_body", "nav.txt")


@pytest.mark.parametrize("separator", ["\n\n", "\n"])
def test_text_clean_jsonl_body_comes_through_whole(tables, separator):
    raw = RawDocument(doc_id="feed:1", text=separator.join(PARAGRAPHS[:2]), source_path="feed.jsonl", title="Given")
    article = clean_scraped_text(raw, tables)
    assert article.body == "\n\n".join(PARAGRAPHS[:2])
    assert (article.title, article.outlet) == ("Given", None)


def test_text_hard_wrapped_paragraphs_are_joined(tables):
    wrapped = (
        "The foreign ministers of Turkey and Ukraine met in\n"
        "Geneva on Monday to discuss the grain corridor across the\n"
        "Black Sea, officials from both countries said."
    )
    article = clean_scraped_text(make_page(wrapped, PARAGRAPHS[1]), tables)
    assert article.body == "\n\n".join(PARAGRAPHS[:2])


def test_text_repeated_notice_does_not_outweigh_the_article(tables):
    notice = ("This site shows you the news from around the world, and the people who read it say it "
              "is the best way to stay informed about what matters to you and your family every day.")
    raw = make_page(*NAV, TITLE, *PARAGRAPHS, *FOOTER, notice, "Close", notice, notice)
    assert clean_scraped_text(raw, tables).body == BODY


def test_clean_document_dispatches_on_format(tables):
    assert clean_document(standard_page(), tables).body == BODY
    with pytest.raises(IngestError) as caught:
        clean_document(standard_page(format="pdf"), tables)
    assert caught.value.code == "ingest.unsupported"


def test_text_outlet_gives_the_date_convention():
    from newsevents.ingest import clean_document, load_ingest_tables
    from newsevents.records import RawDocument

    page = "date 2023-05-02 BBC News Home\nWorld\n\nMinisters Meet In Geneva\n\n" + (
        "The foreign ministers of France and Switzerland met in Geneva on Monday to discuss trade, "
        "officials said after the meeting ended in the afternoon.\n\n") * 2 + "Copyright BBC. All rights reserved.\n"
    tables = load_ingest_tables()
    article = clean_document(RawDocument("bbc", page, "bbc.txt"), tables)
    assert (article.outlet, article.date_order) == ("BBC", "DMY")
    unknown = clean_document(RawDocument("x", page.replace("BBC", "Example"), "x.txt"), tables)
    assert unknown.date_order == "MDY"
