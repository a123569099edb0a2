"""Small HTML pages built inline for the ingest tests."""

from __future__ import annotations

from .pages import PARAGRAPHS, TITLE

CREDIT = "With reporting by Reuters and AFP"


def html_page(
    *, title: str = f"{TITLE} | Example News", site_name: str | None = "Example News",
    date: str | None = "2024-05-02", paragraphs: tuple[str, ...] = PARAGRAPHS, lang: str = "en",
    byline: str | None = "By Jane Doe", charset: str = "utf-8",
) -> str:
    """Return an article page: navigation, headline, byline, paragraphs, credit, footer."""
    meta = [f'<meta property="og:site_name" content="{site_name}">' if site_name else "",
            f'<meta property="article:published_time" content="{date}T10:00:00Z">' if date else ""]
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="{charset}"><title>{title}</title>{''.join(meta)}</head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li></ul></nav>
<article>
<h1>{TITLE}</h1>
{f'<p class="byline">{byline}</p>' if byline else ''}
{body}
<p>{CREDIT}</p>
</article>
<footer><p>© 2024 Example Media Group. All rights reserved.</p><a href="/about">About us</a></footer>
</body></html>
"""
