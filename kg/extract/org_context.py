"""Whether a name found by its shape stands for a body of its own where it is written.

A site's masthead or menu line names no body ("TASS / Russian News Agency", "About the
Ministry | Press Center"); a unit of a known body ("the Department of International
Cooperation at the Ministry of Science") is counted as that body; a shortened name ("the
Presidential Committee") refers back to the body named in full before it.
"""

from __future__ import annotations

import re

from kg.extract import org_nonbodies
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
    line = ctx.text[line_start : line_end if line_end >= 0 else len(ctx.text)].strip()
    if line.startswith(f.name + " ") and _NAME_ONLY.fullmatch(line[len(f.name) + 1 :]):
        return line_start > 0  # "Military News Agency Interfax-AVN": the site's own name
    return line == f.name and line_start > 0


#: a short name alone: "Interfax-AVN", "TASS"
_NAME_ONLY = re.compile(r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}")


def in_menu_line(ctx: Context, start: int) -> bool:
    """"About the Ministry | Press Center | Contacts", "Press Centre > News": a site's menu or
    breadcrumb names no body."""
    line_start = ctx.text.rfind("\n", 0, start) + 1
    line_end = ctx.text.find("\n", start)
    line = ctx.text[line_start : line_end if line_end >= 0 else len(ctx.text)]
    return " | " in line or line.strip().endswith((" /", " >", " »")) or \
        any(sep in line for sep in (" / ", " > ", " » ")) and len(line) < 60


#: "Share: VK | Facebook", "Print version | Share: VK  OK": a page's sharing or following bar
_SHARE_BAR = re.compile(r"\b(?:Share(?:\s+this)?|Follow\s+us|Subscribe|Tags?)\s*:")


def in_share_bar(ctx: Context, start: int) -> bool:
    """A network named in the page's sharing bar ("Share: VK | Telegram") is a button, not a
    body taking part in the news."""
    line_start = ctx.text.rfind("\n", 0, start) + 1
    return _SHARE_BAR.search(ctx.text, line_start, start) is not None


def kind_before_known(ctx: Context, f: Found) -> bool:
    """"renamed State Development Corporation VEB.RF", "State Corporation Rosatom": a body's
    kind written before a known body's name describes that body."""
    m = re.match(r"\s+[\"“«]?", ctx.text[f.end : f.end + 3])
    at = f.end + (m.end() if m else 0)
    return m is not None and any(h.start == at for h in ctx.lex.org_matcher.find(
        ctx.text, at, min(len(ctx.text), at + 80)))


#: "(known until 2010 as the Ministry of Labor)", "formerly known as the X Foundation", "which
#: changed its name from X": a body's former name, not another body
_FORMER = re.compile(r"\b(?:formerly|previously|earlier|once|originally)"
                     r"(?:\s+(?:known|called|named))?(?:\s+as)?\s+(?:the\s+)?$|"
                     r"\b(?:known|called|named)\s+(?:until|before)\s+"
                     r"(?:\d{4}|[a-z]+\s+\d{4}|recently)\s+as\s+(?:the\s+)?$|\b(?:changed\s+its\s+"
                     r"name|was\s+renamed|renamed)\s+from\s+(?:the\s+)?$|"
                     r"\b(?:still|then|at\s+the\s+time)\s+(?:known\s+as|called|named)\s+"
                     r"(?:the\s+)?$|"
                     r"[(,\u2013\u2014]\s*(?:until|till|before)\s+(?:\d{4}|[A-Z][a-z]+\s+\d{4}),?\s+"
                     r"(?:the\s+)?$|"
                     r"[(,\u2013\u2014]\s*(?:the\s+|its\s+)?former\s+$")  # "X (GBSA), the former Y"


def former_name(ctx: Context, start: int) -> bool:
    """A name the text gives as the former name of the body it has just named: "formerly
    the X", "when it was still called the X", "the Committee (until 2014 the X)"."""
    return _FORMER.search(ctx.text, max(0, start - 50), start) is not None


#: "held at the Sejong Center", "on the territory of the former Likhachev Plant": a venue or a
#: site named like a body
#: "located on the 21st floor of the X Center", "housed at the X Centre": a building
_VENUE = re.compile(r"\b(?:(?:held|hosted|staged|took\s+place|organi[sz]ed|located|housed)\s+"
                    r"(?:at|in)|(?:territory|site|grounds|floors?|premises|lobby)\s+of)\s+"
                    r"(?:the\s+)?(?:former\s+)?$")
_VENUE_HEAD = re.compile(r"(?:Cent(?:er|re)|Hall|Complex|Plant|Factory|Palace)$")
_NUMBERED_MEETING = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"[a-z]+teenth|[a-z]+tieth|inaugural)\s+(?:joint\s+|plenary\s+)?(?:meeting|session)"
    r"\s+of\s+(?:the\s+)?$")
_SITE_AFTER = re.compile(r"\s+(?:Base|Airport|Airfield|Station|Terminal|Stadium|Arena)\b")


def not_a_body_here(ctx: Context, f: Found) -> bool:
    """"the forum was held at the Sejong Center": a centre or a hall where something is held,
    a plant whose grounds are now a site, is a place, not a body taking part."""
    if _SITE_AFTER.match(ctx.text, f.end):
        return True  # "Seoul Air Base": the name runs on into a site's noun
    if org_nonbodies.named_as_kind(ctx, f):
        return True  # "a mobile consular service", "the company's X Group", "a National ..."
    if _on_copyright_line(ctx, f.start):
        return True  # "Interfax Ltd. (c) 2019. All rights reserved.": the wire's notice
    if _NUMBERED_MEETING.search(ctx.text, max(0, f.start - 50), f.start):
        return True  # "the 18th meeting of the Korea-Russia Business Council": a channel
    return _VENUE_HEAD.search(re.sub(r"\s+in\s+.*$", "", f.name)) is not None and \
        _VENUE.search(ctx.text, max(0, f.start - 50), f.start) is not None


_COPYRIGHT = re.compile(r"\((?:c|C)\)|©|\bAll\s+rights\s+reserved\b|\bCopyright\b")


def _on_copyright_line(ctx: Context, start: int) -> bool:
    """A wire's copyright notice names its owner by legal form, not a body in the news."""
    line_start = ctx.text.rfind("\n", 0, start) + 1
    line_end = ctx.text.find("\n", start)
    return _COPYRIGHT.search(ctx.text, line_start, line_end if line_end >= 0 else len(ctx.text)) \
        is not None


#: heads of a body's units: "Department of Regional Cooperation", "Europe Division"
_UNIT = re.compile(r"\b(?:Division|Department|Bureau|Directorate)\b")
#: heads that name a unit only when "at" a body follows: "the X Business Group at KT"
_AT_UNIT = re.compile(r"\b(?:Group|Team|Unit|Office|Sector)$")


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
    if not _UNIT.search(f.name) and not (_AT_UNIT.search(f.name) and m.group(0).strip() == "at"):
        return False  # "the Global Business Group at KT": a group "at" a body is its unit
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


#: "Han River Flood Control Office of the Ministry of X": a body of its own under a known one;
#: a Department or Division is only a part of its ministry
_OWN_BODY = re.compile(r"^(?P<unit>(?:[A-Z][\w'’-]*\s+){3,6}(?:Office|Service|Agency|Cent(?:er|re)|"
                       r"Inspectorate|Administration))\s+(?:of|under|at)\s+(?:the\s+)?")


def body_under_known(ctx: Context, f: Found, known: list[Found]) -> Found | None:
    """"the Han River Flood Control Office of the Ministry of Environment": an office named by
    three words or more before its head, of a known body that ends the name, is a body of its
    own beside that body (which the gazetteer already found)."""
    m = _OWN_BODY.match(f.name)
    if m is None or not any(g.start == f.start + m.end() and g.end == f.end for g in known):
        return None
    unit = m.group("unit")
    return Found(unit, f.start, f.start + len(unit), f.country or next(
        (g.country for g in known if g.end == f.end), None))


#: how far into the body a headline may stand
_HEADLINE_REACH = 400


def headline_short_form(ctx: Context, f: Found, found: list[Found]) -> bool:
    """"Signs MOU with Russia's Water Agency" above a story on the "Federal Agency for Water
    Resources": a headline shortens a body's name, and its title case makes a common phrase
    look like a name; a short name written only in a headline, whose words all stand in a
    longer name the story gives, is that body."""
    if f.start - ctx.body_start > _HEADLINE_REACH:
        return False
    line_start = ctx.text.rfind("\n", 0, f.start) + 1
    line_end = ctx.text.find("\n", f.end)
    line = ctx.text[line_start : line_end if line_end >= 0 else len(ctx.text)].strip()
    if line.endswith((".", '"', "”")) or len(re.findall(rf"(?<![\w-]){re.escape(f.name)}"
                                                         rf"(?![\w-])(?!\s+[A-Z&])",
                                                         ctx.text)) > 1:
        return False
    words = set(f.name.split())
    return any(len(g.name) > len(f.name) and words <= set(g.name.split()) and g.start > line_end
               for g in found)


def academy_owner(ctx: Context, hit: Hit) -> list[Found]:
    """"the Institute of X of the Russian Academy of Sciences": the academy that owns a
    research institute is a body readers count as well (a university owning one is only the
    institute's address)."""
    ids = ctx.lex.org_ids_for(hit.surface)
    if not any("Academy" in ctx.lex.orgs[i].name_en for i in ids):
        return []
    return [Found(hit.surface, hit.start, hit.end, ctx.lex.orgs[ids[0]].country or None)]


#: a release's own contact details: "Contact: X Division", "Division : X", "Date 2019-11-08
#: Division X Hit 417", "Division in charge: X"
_CONTACT_LINE = re.compile(r"^\s*(?:[•*※▶■◦○-]\s*)?(?:Contacts?|Inquiries|Enquiries|Division|"
                           r"Department|Team|Bureau)\b|\b(?:Hit|Views)\b\s*:?\s*\d|"
                           r"^\s*[A-Z][\w ]{0,40}:\s*(?:Tel\.?\s*)?(?:\+?\d[\d ()-]{6,}|[\w.-]+@)")
#: "Press Office", "Press Service": who answers the press, named only to be called
_PRESS_UNIT = re.compile(r"^(?:[A-Z][\w&.-]*\s+){0,3}?(?:Press|Media)\s+(?:Office|Service|"
                         r"Cent(?:er|re)|Relations)$")
#: "ROC Press Service" over "Phone: +7 ...": a signature block's telephone line
_PHONE_LINE = re.compile(r"\n\s*(?:Phone|Tel\.?|Telephone|Fax|E-?mail)\s*:", re.I)
_CONTACT_BEFORE = re.compile(r"\bcontact\s+(?:the\s+)?$", re.I)
#: "... Division (Tel: +82-42-481-7845)", "Public Relations Office, KARI (042-860-2114)": a
#: unit followed by a telephone number is where to call
_PHONE_AFTER = re.compile(r"(?:,\s+[A-Z][\w&.-]*(?:\s+(?:[A-Z][\w&.-]*|of|and|for|the)){0,6})?\s*"
                          r"\((?:Tel\.?\s*:?\s*)?\+?\d[\d ()-]{6,}")
#: "Public Relations Office": a unit answering the press or the public
_OFFICE_UNIT = re.compile(r"^(?:Public\s+Relations|Press|Media|Public\s+Affairs)\s+"
                          r"(?:Office|Division|Department|Team|Cent(?:er|re))$")


def contact_unit(ctx: Context, f: Found) -> bool:
    """"Contact: International Cooperation Division (044-201-2051)": a unit named only in the
    release's contact details (or also in its byline, under the ministry's name atop the
    page) is where to call, not a body taking part in the news."""
    if not _UNIT.search(f.name) and not f.name.endswith(" Team") and \
            not _PRESS_UNIT.match(f.name) and not _OFFICE_UNIT.match(f.name):
        return False
    for m in re.finditer(rf"(?<![\w-]){re.escape(f.name)}(?![\w-])", ctx.text):
        line_start = ctx.text.rfind("\n", 0, m.start()) + 1
        line_end = ctx.text.find("\n", m.start())
        line = ctx.text[line_start : line_end if line_end >= 0 else len(ctx.text)]
        byline = line.strip() == f.name and (m.start() <= _MASTHEAD_REACH or
                                             _PHONE_LINE.match(ctx.text, line_end) is not None)
        if not (byline or _CONTACT_LINE.search(line) or _PHONE_AFTER.match(ctx.text, m.end()) or
                _CONTACT_BEFORE.search(ctx.text, line_start, m.start())):
            return False
    return True


def refer_back(ctx: Context, found: list[Found]) -> None:
    """"the Presidential Committee" after the "Presidential Committee on Northern Economic
    Cooperation": a shortened name refers back to the body named in full before it."""
    from kg.extract.org_refs import regional_ministry

    for f in found:
        if len(f.name.split()) < 2 or ctx.lex.org_ids_for(f.name):
            continue
        regional = regional_ministry(ctx, f.name)
        if regional is not None:  # "the Ministry of Tourism" of the region whose minister spoke
            f.name, f.country = regional
            continue
        full = next((g for g in found if g.start < f.start and g.name.startswith(f.name + " ")),
                    None) or _quoted_after_kind(ctx, f, found) or _owned_earlier(ctx, f)
        if full is not None:
            f.name, f.country = full.name, full.country or f.country


def _owned_earlier(ctx: Context, f: Found) -> Found | None:
    """"the KOTRA Moscow Business Center" and later "the Moscow Business Center": a name the
    release first wrote after a known body's name is that body's unit, named again. An owner
    that ends a sentence ("organised by KOTRA. GAZ Group ...") owns nothing after it."""
    pattern = re.compile(rf"(?<![\w-])(?P<owner>[A-Z][\w&-]*(?:\.[\w&-]+)*)[ \t]+"
                         rf"{re.escape(f.name)}(?![\w-])")
    for m in pattern.finditer(ctx.text, 0, f.start):
        ids = ctx.lex.org_ids_for(m.group("owner"))
        if ids:
            country = ctx.lex.orgs[ids[0]].country or f.country
            return Found(m.group(0), m.start(), m.end(), country)
    return None


#: "State Company", "State Corporation": a legal kind written before a quoted name
_KIND_ONLY = re.compile(r"^(?:State|Federal|National|Public|Joint[- ]Stock)\s+"
                        r"(?:Company|Corporation|Enterprise|Institution)$")


def kind_referent(ctx: Context, name: str) -> str:
    """"of the State Company" in a title: the body the release named after that kind."""
    if not _KIND_ONLY.match(name):
        return name
    from kg.extract.org_names import mentions

    body = _quoted_after_kind(ctx, Found(name, -1, -1, None), mentions(ctx))
    return body.name if body is not None else name


def _quoted_after_kind(ctx: Context, f: Found, found: list[Found]) -> Found | None:
    """"State Company "Russian Highways" (Avtodor) ... the State Company's network": a legal
    kind alone refers to the body the release names in quotes right after that kind."""
    if not _KIND_ONLY.match(f.name):
        return None
    for m in re.finditer(rf"{re.escape(f.name)}\s+[\"“«]", ctx.text):
        body = next((g for g in found if m.end() <= g.start <= m.end() + 2 and g is not f), None)
        if body is not None:
            return body
    return None


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


def child_before_parent(ctx: Context, title: str, hits: list[Hit]) -> str | None:
    """"Director General of the X Center of Rospotrebnadzor": two known bodies in a title, the
    second the gazetteer parent of the first, name the officer's own body first."""
    for a, b in zip(hits, hits[1:], strict=False):
        gap = title[a.end : b.start]
        parents = {ctx.lex.orgs[i].parent for i in ctx.lex.org_ids_for(a.surface)}
        if re.fullmatch(r"[\"”’']?\s+of\s+(?:the\s+)?", gap) and \
                parents & set(ctx.lex.org_ids_for(b.surface)):
            return a.surface
    return None


#: "Institute of X of Moscow State University": a part of a body named after it
_OF_OWNER = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")


def owner_canonical(ctx: Context, name: str) -> str:
    """"Institute of X of Lomonosov Moscow State University" and, later, "... of Moscow State
    University": a part named with its owner under two of the owner's names is one body, so
    its key spells the owner by the gazetteer's reference name."""
    for m in _OF_OWNER.finditer(name):
        ids = ctx.lex.org_ids_for(name[m.end() :])
        if len(ids) == 1:
            return name[: m.start()] + " of " + ctx.lex.orgs[ids[0]].name_en
    return name
