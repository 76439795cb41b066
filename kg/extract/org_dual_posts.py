"""Bodies of the second post in a title that joins two posts with "and".

"Deputy Minister of Agriculture of the Russian Federation and head of the Federal Agency for
Fishery", "Deputy Mayor of Moscow and Head of the Moscow Department of Transport": the holder
belongs to the body of each post, but a post's title names one body first and the record of
the post takes that one only. Each further post is read on its own, as a title of its own.
"""

from __future__ import annotations

import re

from kg.extract.context import Context

#: "and" before the next post's head ("and head of", "and Co-Chairman of")
_AND = re.compile(r"\s+and\s+")


def posts(ctx: Context, title: str) -> list[str]:
    """The posts a title joins with "and", each one a title of its own; one post ("Deputy
    Industry and Trade Minister") is itself."""
    spans = [(h.start(), h.end()) for h in ctx.lex.titles.head_re.finditer(title)]
    out, start = [], 0
    for m in _AND.finditer(title):
        if any(a < m.start() and m.end() < b for a, b in spans):
            continue  # "and" inside one post's name
        rest = title[m.end():]
        head = rest[:1].upper() + rest[1:]
        if rest.startswith("Co-") or ctx.lex.titles.head_re.match(head):
            out.append(title[start : m.start()])
            start = m.end()
    return out + [title[start:]] if out else [title]


def other_bodies(ctx: Context, title: str, country: str | None, org_label: str | None) -> list[str]:
    """The bodies of the posts other than the one the record took, by the same reading a
    whole title gets."""
    from kg.extract import org_posts, orgs

    parts = posts(ctx, title)
    if len(parts) < 2:
        return []
    out: list[str] = []
    for part in parts:
        part = part[:1].upper() + part[1:]
        body = orgs.implied_org(ctx, part, country) or org_posts.city_hall(ctx, part)
        if body and body != org_label and body not in out:
            out.append(body)
    return out
