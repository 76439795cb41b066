"""The body that publishes a release, and the staff its own release names.

A ministry's or an agency's site heads each release with its own name ("Ministry of Health
and Welfare" on a line of its own, above the headline). Its officials are often written
with a bare civil-service post ("Director General for International Cooperation Han",
"Contact: Deputy Director Yoon (044-202-2154)") or with a unit of theirs ("Director General
of the Urban Policy Bureau"): readers count them as the publisher's staff.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from kg.extract.context import Context, Span

#: how far into the page the publisher's own name may stand on a line of its own
_HEAD_REACH = 400
#: kinds of bodies that publish their own releases and have staff of their own
_PUBLISHING_KINDS = frozenset({"ministry", "agency", "presidential_body", "government"})
#: "Contact: ...", "• Contact : ...": a release's contact line
_CONTACT_LINE = re.compile(r"^\s*(?:[•*※▶■◦○ㅇ□-]\s*)?Contacts?\b")
#: a unit of a body: "Urban Policy Bureau", "International Cooperation Division"
_UNIT = re.compile(r"\b(?:Bureau|Division|Department|Office|Team|Directorate)$")
#: "for International Cooperation", "of the Urban Policy Bureau": a post's portfolio or unit
_PORTFOLIO = re.compile(r"\s+(?:for|of|in\s+charge\s+of)\s+.*$")


@lru_cache(maxsize=1)
def staff_posts() -> frozenset[str]:
    """The posts of org_staff_posts.txt."""
    raw = resources.files("kg.data").joinpath("org_staff_posts.txt").read_text("utf-8")
    return frozenset(ln.strip() for ln in raw.splitlines()
                     if ln.strip() and not ln.startswith("#"))


def publisher_id(ctx: Context) -> str | None:
    """The gazetteer id of the body whose name stands alone on a line atop the page."""
    head = ctx.text[: _HEAD_REACH]
    for line in head.splitlines():
        ids = ctx.lex.org_ids_for(line.strip()) if line.strip() else []
        if len(ids) == 1 and ctx.lex.orgs[ids[0]].kind in _PUBLISHING_KINDS:
            return ids[0]
    return None


def _on_contact_line(ctx: Context, span: Span) -> bool:
    line_start = ctx.text.rfind("\n", 0, span[0]) + 1
    return _CONTACT_LINE.match(ctx.text, line_start) is not None


def is_staff_post(title: str) -> bool:
    """"Director General for International Cooperation": a staff post, less its portfolio."""
    return _PORTFOLIO.sub("", title.strip()) in staff_posts()


def publisher_staff(ctx: Context, title: str, span: Span, country: str | None,
                    org_label: str | None) -> str | None:
    """The publisher's name, when the holder of this post is its staff: a post on the
    release's contact line, or a staff post of the publisher's state whose title names no
    body, or only a unit no gazetteer knows (a unit of the publisher's own)."""
    ref_id = publisher_id(ctx)
    if ref_id is None:
        return None
    ref = ctx.lex.orgs[ref_id]
    if org_label is not None and (ctx.lex.org_ids_for(org_label) or not _UNIT.search(org_label)
                                  or " of " in org_label):
        return None
    if _on_contact_line(ctx, span) or country == ref.country and is_staff_post(title):
        return ref.name_en
    return None


#: a masthead line in capitals: "MINISTRY OF DEFENCE OF THE RUSSIAN FEDERATION"
_CAPS_LINE = re.compile(r"[A-Z][A-Z&'’.-]*(?:[ \t]+[A-Z&'’.-]+){0,12}")
_SMALL = frozenset({"of", "for", "and", "the", "on", "in", "under"})


def caps_masthead(ctx: Context) -> tuple[str, int, int] | None:
    """The publisher's name a page heads itself with in capitals, written as a name: readers
    count the publisher among the bodies as they do when the header is in title case; a line
    in capitals that no gazetteer row or body's shape names is not a body ("PRESS RELEASE")."""
    from kg.extract import org_names

    at = 0
    for line in ctx.text[:_HEAD_REACH].split("\n"):
        bare = line.strip()
        if bare and _CAPS_LINE.fullmatch(bare):
            name = " ".join(w if w.lower() not in _SMALL or i == 0 else w.lower()
                            for i, w in enumerate(bare.title().split()))
            shaped = org_names.name_re().fullmatch(name) or _place_government(ctx, name)
            if ctx.lex.org_ids_for(name) or shaped:
                start = at + line.index(bare)
                return name, start, start + len(bare)
        at += len(line) + 1
    return None


def _place_government(ctx: Context, name: str) -> bool:
    """"Gyeonggi Provincial Government": a place's own government, named by its place."""
    if not re.search(r"\s(?:Provincial\s+|Regional\s+|City\s+|Metropolitan\s+)?Government$", name):
        return False
    return any(h.start == 0 for h in ctx.lex.place_matcher.find(name))


def declare_caps_masthead(ctx: Context) -> None:
    """"MINISTRY OF DEFENCE OF THE RUSSIAN FEDERATION" atop the page: the publisher, named."""
    from kg.extract import org_countries
    from kg.extract.orgs import declare_org

    head = caps_masthead(ctx)
    if head is not None:
        name, start, end = head
        country = org_countries.country_of(ctx, name, start, ctx.lex.place_matcher.find(name))
        declare_org(ctx, name, country, (start, end))
