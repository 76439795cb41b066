"""Whether a name found by its shape stands for a body of its own where it is written.

A site's masthead or menu line names no body ("TASS / Russian News Agency", "About the
Ministry | Press Center"); a unit of a known body ("the Department of International
Cooperation at the Ministry of Science") is counted as that body; a shortened name ("the
Presidential Committee") refers back to the body named in full before it.
"""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.lexicon import Hit
from kg.extract.org_names import Found

#: how far into the page a line standing alone may still be the site's masthead
_MASTHEAD_REACH = 200


def is_masthead(ctx: Context, f: Found) -> bool:
    """"TASS / Russian News Agency": a line of the page header that is only a name describes
    the publisher; a body named in the news is named in a sentence."""
    if f.start > _MASTHEAD_REACH:
        return False
    line_start = ctx.text.rfind("\n", 0, f.start) + 1
    line_end = ctx.text.find("\n", f.end)
    line = ctx.text[line_start : line_end if line_end >= 0 else len(ctx.text)]
    return line.strip() == f.name and line_start > 0


def in_menu_line(ctx: Context, start: int) -> bool:
    """"About the Ministry | Press Center | Contacts", "Press Centre > News": a site's menu or
    breadcrumb names no body."""
    line_start = ctx.text.rfind("\n", 0, start) + 1
    line_end = ctx.text.find("\n", start)
    line = ctx.text[line_start : line_end if line_end >= 0 else len(ctx.text)]
    return " | " in line or line.strip().endswith((" /", " >", " »")) or \
        any(sep in line for sep in (" / ", " > ", " » ")) and len(line) < 60


#: heads of a body's units: "Department of Regional Cooperation", "Europe Division"
_UNIT = re.compile(r"\b(?:Division|Department|Bureau|Directorate)\b")


#: "Centre for Korean Studies", "Laboratory of Marine Biology": an academic unit's name
_ACADEMIC_UNIT = re.compile(r"^(?:Cent(?:er|re)|Laboratory|Faculty|School|Chair)\s+(?:of|for)\s")
#: "at the Institute of Far Eastern Studies", "of X State University": the unit's owner
_ACADEMIC_OWNER = re.compile(r"(?:University|Institute|Academy)\b")


def unit_of_known(ctx: Context, f: Found) -> bool:
    """"the Department of International Cooperation at the Ministry of Science": a unit of a
    known body is part of that body, which is the one readers count; so is a research centre
    of a university or an institute ("the Centre for Korean Studies at the Institute of Far
    Eastern Studies")."""
    m = re.match(r"\s+(?:at|of|in)\s+(?:the\s+)?", ctx.text[f.end : f.end + 12])
    if not m:
        return False
    at = f.end + m.end()
    if _ACADEMIC_UNIT.match(f.name):
        from kg.extract.org_names import name_re

        owner = name_re().match(ctx.text, at)
        return owner is not None and _ACADEMIC_OWNER.search(owner.group(0)) is not None
    if not _UNIT.search(f.name):
        return False
    return any(h.start == at for h in ctx.lex.org_matcher.find(ctx.text, at, at + 120))


#: heads of a research body that is a body of its own though an academy or university owns it
_RESEARCH_HEAD = re.compile(r"^(?:[A-Z][\w'’-]*\s+){0,4}(?:Institute|Laboratory|Observatory|"
                            r"Museum|Botanical Garden|Library)\s+(?:of|for)\b")


def research_body(name: str) -> bool:
    """"Institute of Far Eastern Studies of ...": a research body's name, owner and all."""
    return _RESEARCH_HEAD.match(name) is not None


def owner_of_shaped(ctx: Context, hit: Hit, shaped: list[Found]) -> bool:
    """"the Institute of Far Eastern Studies of the Russian Academy of Sciences": a known
    academy or university as the owner at the end of a research body's name is part of that
    name, not a body named on its own."""
    kinds = {ctx.lex.orgs[i].kind for i in ctx.lex.org_ids_for(hit.surface)}
    if not kinds & {"institute", "university"}:
        return False
    return any(f.start < hit.start and f.end == hit.end and _RESEARCH_HEAD.match(f.name) and
               re.search(r"\s(?:of|at)\s+(?:the\s+)?$", ctx.text[f.start : hit.start])
               for f in shaped)


#: a release's own contact details: "Contact: X Division", "Division : X", "Date 2019-11-08
#: Division X Hit 417", "Division in charge: X"
_CONTACT_LINE = re.compile(r"^\s*(?:[•*※▶■◦○-]\s*)?(?:Contact|Division|Department|Team|Bureau)\b|"
                           r"\bHit\b\s*:?\s*\d")
_CONTACT_BEFORE = re.compile(r"\bcontact\s+(?:the\s+)?$", re.I)


def contact_unit(ctx: Context, f: Found) -> bool:
    """"Contact: International Cooperation Division (044-201-2051)": a unit named only in the
    release's contact details (or also in its byline, under the ministry's name atop the
    page) is where to call, not a body taking part in the news."""
    if not _UNIT.search(f.name) and not f.name.endswith(" Team"):
        return False
    for m in re.finditer(rf"(?<![\w-]){re.escape(f.name)}(?![\w-])", ctx.text):
        line_start = ctx.text.rfind("\n", 0, m.start()) + 1
        line_end = ctx.text.find("\n", m.start())
        line = ctx.text[line_start : line_end if line_end >= 0 else len(ctx.text)]
        byline = line.strip() == f.name and m.start() <= _MASTHEAD_REACH
        if not (byline or _CONTACT_LINE.search(line) or
                _CONTACT_BEFORE.search(ctx.text, line_start, m.start())):
            return False
    return True


def refer_back(ctx: Context, found: list[Found]) -> None:
    """"the Presidential Committee" after the "Presidential Committee on Northern Economic
    Cooperation": a shortened name refers back to the body named in full before it."""
    for f in found:
        if len(f.name.split()) < 2 or ctx.lex.org_ids_for(f.name):
            continue
        full = next((g for g in found if g.start < f.start and g.name.startswith(f.name + " ")),
                    None)
        if full is not None:
            f.name, f.country = full.name, full.country or f.country


def repeats(ctx: Context, found: list[Found]) -> list[Found]:
    """"Rusatom Overseas, a subsidiary of ..." and later "Director General of Rusatom
    Overseas": a body of a name without a head noun is found once, by its apposition; its name
    written again later is the same body. Names of two words or more only: one word may be a
    family name or a brand used loosely."""
    out: list[Found] = []
    taken = [(f.start, f.end) for f in found]
    for f in found:
        if len(f.name.split()) < 2 or any(g.name == f.name and g is not f and g.start > f.start
                                          for g in found):
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(f.name)}(?![\w-])", ctx.text):
            s, e = m.start(), m.end()
            if s <= f.start or any(a < e and s < b for a, b in taken):
                continue
            out.append(Found(f.name, s, e, f.country))
            taken.append((s, e))
    return out


def coined_for_phrase(ctx: Context, start: int, end: int) -> bool:
    """"Russian accounting standards (RAS)": an abbreviation in brackets that a lower-case
    phrase right before it spells out is coined for that phrase, whatever body the same
    letters stand for elsewhere."""
    abbr = ctx.text[start:end]
    if not abbr.isupper() or ctx.text[start - 1 : start] != "(" or \
            ctx.text[end : end + 1] != ")":
        return False
    words = re.findall(r"[\w'’-]+", ctx.text[max(0, start - 120) : start - 1])[-len(abbr):]
    initials = "".join(w[0] for w in words).upper()
    return len(words) == len(abbr) and initials == abbr and any(w.islower() for w in words)
