"""HTML pages: the ministry's own layouts read exactly, any other page read generically.

MOFA release pages are the core corpus and have a fixed structure, so they
are read with CSS selectors (no guessing, numbered paragraphs kept on their
own lines). Other news sites vary; trafilatura finds their main text and
metadata, and a plain selectolax pass is the fallback so that malformed or
tiny pages still give their text.
"""

from __future__ import annotations

import json
import re

import trafilatura
from kg.loaders.dates import parse_date_text
from kg.loaders.lang import guess_language
from kg.loaders.text import MOFA_PUBLISHER, ParsedText, is_navigation_line, tidy_body
from selectolax.lexbor import LexborHTMLParser, LexborNode
from trafilatura.settings import set_date_params

_BLOCK_TAGS = (
    "address,article,aside,blockquote,dd,div,dl,dt,figcaption,figure,footer,form,h1,h2,h3,"
    "h4,h5,h6,header,hr,li,main,nav,ol,p,pre,section,table,tr,td,th,ul"
)
_DROP_TAGS = "script,style,noscript,template,iframe,svg,object,embed,canvas,head"
_CHROME_TAGS = "nav,header,footer,aside,form"
_BLOCK_MARK = "\x1e"
_BREAK_MARK = "\x1f"
_SPACES = re.compile(r"[^\S\n\x1e\x1f]+|\u200b")
_DATE_IN_TEXT = re.compile(
    r"\d{4}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}"
)


def parse_html(html: str, *, url: str | None = None) -> ParsedText:
    """Read a page: the MOFA layout when recognised, else the generic reader."""
    tree = LexborHTMLParser(html)
    if is_mofa_page(tree):
        parsed = _parse_mofa(tree)
    else:
        parsed = _parse_generic(html, tree, url)
    parsed.url = parsed.url or url or _canonical_url(tree)
    if parsed.language is None:
        parsed.language = _declared_language(tree)
    return parsed


def html_body_text(html: str) -> str:
    """Main text of an HTML fragment or page, for records whose text field holds HTML."""
    return parse_html(html).body


def is_mofa_page(tree: LexborHTMLParser) -> bool:
    """The ministry board: a ``.board_detail`` wrapper around ``.se-contents`` or ``.bo_con``."""
    return tree.css_first(".board_detail") is not None and _mofa_body_node(tree) is not None


def node_text(node: LexborNode) -> str:
    """Text of an element with block elements as line breaks.

    ``node.text()`` would glue "1. ...</p><p>2. ..." into one line; numbered
    paragraphs and sub-points must stay on their own lines. Mutates the tree.
    """
    for junk in node.css(_DROP_TAGS):
        junk.decompose()
    for br in node.css("br"):
        br.insert_after(_BREAK_MARK)
    for block in node.css(_BLOCK_TAGS):
        block.insert_before(_BLOCK_MARK)
        block.insert_after(_BLOCK_MARK)
    return layout_text(node.text(deep=True, separator=""))


def layout_text(raw: str) -> str:
    """Collapse HTML whitespace; block marks become blank lines, ``<br>`` single newlines."""
    flat = _SPACES.sub(" ", raw.replace("\n", " ").replace("\u00a0", " "))
    flat = flat.replace(_BREAK_MARK, "\n").replace(_BLOCK_MARK, "\n\n")
    lines = [line.strip() for line in flat.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _mofa_body_node(tree: LexborHTMLParser) -> LexborNode | None:
    for selector in (".board_detail .se-contents", ".se-contents", ".board_detail .bo_con"):
        node = tree.css_first(selector)
        if node is not None:
            return node
    return tree.css_first(".bo_con")


def _parse_mofa(tree: LexborHTMLParser) -> ParsedText:
    title_node = tree.css_first(".board_detail h2")
    head = tree.css_first(".bo_head")
    body_node = _mofa_body_node(tree)
    title = layout_text(title_node.text()) if title_node is not None else None
    date = _first_date(head.text(separator=" ")) if head is not None else None
    body = node_text(body_node) if body_node is not None else ""
    body, extra, _ = tidy_body(body)
    language = guess_language(f"{title or ''}\n{body}")
    return ParsedText(body, title or None, date, MOFA_PUBLISHER, language, extra)


def _first_date(text: str) -> str | None:
    for match in _DATE_IN_TEXT.finditer(text):
        parsed = parse_date_text(match.group(0))
        if parsed is not None:
            return parsed
    return None


def _parse_generic(html: str, tree: LexborHTMLParser, url: str | None) -> ParsedText:
    """trafilatura for main text and metadata; selectolax when it finds nothing."""
    meta = _trafilatura(html, url)
    title = meta.get("title") or _page_title(tree)
    body = _drop_leading_furniture(meta.get("text", ""), title)
    if not body.strip():
        body = _drop_leading_furniture(_fallback_text(tree), title)
    body, extra, agency = tidy_body(body)
    publisher = agency or meta.get("source-hostname") or _meta_content(tree, "og:site_name")
    date = parse_date_text(meta.get("date") or "") or _meta_date(tree)
    language = guess_language(f"{title or ''}\n{body}")
    parsed = ParsedText(body, title or None, date, publisher or None, language, extra)
    parsed.url = meta.get("source") or url
    return parsed


def _trafilatura(html: str, url: str | None) -> dict[str, str]:
    """Main text plus metadata; an empty dict when trafilatura gives up or chokes."""
    try:
        raw = trafilatura.extract(
            html,
            url=url,
            output_format="json",
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params=set_date_params(extensive=False),
        )
    except Exception:  # a library crash on odd markup must not lose the page
        return {}
    if not raw:
        return {}
    data = json.loads(raw)
    return {key: value for key, value in data.items() if isinstance(value, str) and value}


def _fallback_text(tree: LexborHTMLParser) -> str:
    """The ``article`` or ``main`` element, else the body minus navigation and chrome."""
    for selector in ("article", "main", "[role=main]"):
        node = tree.css_first(selector)
        if node is not None and node.text(strip=True):
            return node_text(node)
    root = tree.body or tree.root
    if root is None:
        return ""
    for chrome in root.css(_CHROME_TAGS):
        chrome.decompose()
    return node_text(root)


def _drop_leading_furniture(body: str, title: str | None) -> str:
    """Remove a repeated headline and navigation lines before the first real line."""
    lines = body.split("\n")
    while lines and (
        not lines[0].strip()
        or is_navigation_line(lines[0].strip())
        or (title and lines[0].strip() == title.strip())
    ):
        lines.pop(0)
    return "\n".join(lines)


def _page_title(tree: LexborHTMLParser) -> str | None:
    og_title = _meta_content(tree, "og:title")
    if og_title:
        return og_title
    for selector in ("h1", "title"):
        node = tree.css_first(selector)
        if node is not None and node.text(strip=True):
            return layout_text(node.text())
    return None


def _meta_content(tree: LexborHTMLParser, name: str) -> str | None:
    node = tree.css_first(f'meta[property="{name}"]') or tree.css_first(f'meta[name="{name}"]')
    value = node.attributes.get("content") if node is not None else None
    return value.strip() if value else None


def _meta_date(tree: LexborHTMLParser) -> str | None:
    for name in ("article:published_time", "date", "pubdate", "dc.date"):
        value = _meta_content(tree, name)
        if value and (parsed := parse_date_text(value[:10])):
            return parsed
    node = tree.css_first("time[datetime]")
    value = node.attributes.get("datetime") if node is not None else None
    return parse_date_text(value[:10]) if value else None


def _canonical_url(tree: LexborHTMLParser) -> str | None:
    node = tree.css_first('link[rel="canonical"]')
    href = node.attributes.get("href") if node is not None else None
    if href and href.startswith(("http://", "https://")):
        return href
    og_url = _meta_content(tree, "og:url")
    return og_url if og_url and og_url.startswith(("http://", "https://")) else None


def _declared_language(tree: LexborHTMLParser) -> str | None:
    node = tree.css_first("html")
    lang = node.attributes.get("lang") if node is not None else None
    return lang.split("-")[0].lower() if lang else None
