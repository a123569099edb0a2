"""Small scraped pages built inline for the ingest tests."""

from __future__ import annotations

from newsevents.records import RawDocument

NAV = ("Skip to content", "Menu", "World", "Politics", "Subscribe")
TITLE = "Turkish and Ukrainian Ministers Meet in Geneva Over Grain Corridor"
PARAGRAPHS = (
    "The foreign ministers of Turkey and Ukraine met in Geneva on Monday to discuss the "
    "grain corridor across the Black Sea, officials from both countries said.",
    "“We agreed to keep the corridor open for as long as it is needed,” the Turkish minister "
    "told reporters after the talks, which lasted more than three hours.",
    "Both sides said they would meet again next month, according to a joint statement that "
    "the two foreign ministries released on Monday evening.",
)
FOOTER = ("Back to top", "© 2024 Example Media Group. All rights reserved.")


def make_page(*lines: str, doc_id: str = "page.txt", **fields: object) -> RawDocument:
    """Return a scraped text page made of `lines`, each its own block."""
    return RawDocument(doc_id=doc_id, text="\n\n".join(lines), source_path=doc_id, **fields)


def standard_page(
    *, before: tuple[str, ...] = (), inside: tuple[str, ...] = (), after: tuple[str, ...] = (),
    **fields: object,
) -> RawDocument:
    """Return a page: navigation, `before`, headline, two paragraphs, `inside`, the last
    paragraph, `after`, footer."""
    return make_page(
        *NAV, *before, TITLE, *PARAGRAPHS[:2], *inside, PARAGRAPHS[2], *after, *FOOTER, **fields
    )
