"""Diplomatic missions a head-of-mission title implies.

"Consul General of the Republic of Korea in Vladivostok" heads that consulate;
"Ambassador of the Republic of Korea to the Russian Federation" heads his state's
embassy in the host state. Readers name both in the states' long names.
"""

from __future__ import annotations

import re

from kg.extract import org_names
from kg.extract.context import Context

_CONSUL = re.compile(r"\bConsul[- ]General\b(?:\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w ]+?))?\s+in\s+"
                     r"(?P<city>(?:St\.\s+)?[A-Z][\w' -]+)$")


def consulate(ctx: Context, bare: str, country: str | None) -> str | None:
    """"Consul General (of the Republic of Korea) in Vladivostok" heads that consulate."""
    m = _CONSUL.search(bare)
    if not m:
        return None
    hits = ctx.lex.place_matcher.find(m.group("city"))
    if not hits:
        return None
    host = ctx.lex.place_country(hits[0].id)
    home = (ctx.lex.country_forms.get(m.group("of")) if m.group("of") else None) or country or \
        {"RU": "KR", "KR": "RU"}.get(host or "")
    if home not in org_names.LONG_NAME:
        return None
    return f"Consulate General of {org_names.LONG_NAME[home]} in {m.group('city')}"


_AMBASSADOR = re.compile(r"^Ambassador(?:\s+Extraordinary\s+and\s+Plenipotentiary)?(?:\s+of\s+"
                         r"(?:the\s+)?(?P<of>[A-Z][\w .]+?))?\s+to\s+(?:the\s+)?"
                         r"(?P<to>[A-Z][\w .]+)$")


def _home_and_host(ctx: Context, m: re.Match[str], country: str | None
                   ) -> tuple[str, str] | None:
    """The long names of the sending and the receiving state of a mission's head: the
    sender is the "of" state, else the person's own, else the other of the two states;
    a mission of a state to itself or to a third state is none of these releases'."""
    forms = {**ctx.lex.country_forms, "Russian Federation": "RU", "Republic of Korea": "KR"}
    host = forms.get(m.group("to"))
    home = forms.get(m.group("of")) if m.group("of") else country or \
        {"RU": "KR", "KR": "RU"}.get(host or "")
    if home not in org_names.LONG_NAME or host not in org_names.LONG_NAME or home == host:
        return None
    return org_names.LONG_NAME[home], org_names.LONG_NAME[host]


def embassy(ctx: Context, bare: str, country: str | None) -> str | None:
    """"Ambassador (of the Republic of Korea) to the Russian Federation" heads his state's
    embassy in the host state: readers name it "Embassy of A in B" in the states' long names.
    Only the two states of these releases: an envoy elsewhere is not theirs to name."""
    m = _AMBASSADOR.match(bare)
    if not m:
        return None
    states = _home_and_host(ctx, m, country)
    return f"Embassy of {states[0]} in {states[1]}" if states else None


_TRADE_REP = re.compile(r"^(?:(?:First\s+)?Deputy\s+)?Trade\s+Representative(?:\s+of\s+(?:the\s+)?"
                        r"(?P<of>[A-Z][\w .]+?))?\s+(?:in|to)\s+(?:the\s+)?(?P<to>[A-Z][\w .]+)$")


def trade_mission(ctx: Context, bare: str, country: str | None) -> str | None:
    """"Trade Representative of the Russian Federation in the Republic of Korea" heads his
    state's trade representation there, a mission of its own beside the embassy; readers
    name it in the states' long names, as they do the embassy."""
    m = _TRADE_REP.match(bare)
    if not m:
        return None
    states = _home_and_host(ctx, m, country)
    return f"Trade Representation of {states[0]} in {states[1]}" if states else None


_CITY_AFTER = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w ]+?)?\s+in\s+(?:St\.\s+)?[A-Z][\w'-]+")


def consulate_continued(ctx: Context, title: str, span: tuple[int, int],
                        country: str | None) -> str | None:
    """"Kwon Young-hoon, Consul General of the Republic of Korea in St. Petersburg" and later
    "Consul General Kwon said": the bare post is the one the release wrote in full (where
    the abbreviated "St." may have ended the sentence for the splitter, cutting the post)."""
    if not _CONSULAR_POST.fullmatch(title):
        return None
    for post in re.finditer(r"\bConsul[- ]General", ctx.text):
        m = _CITY_AFTER.match(ctx.text, post.end(), post.end() + 90)
        found = consulate(ctx, ctx.text[post.start() : m.end()], country) if m else None
        if found:
            return found
    return only_consulate(ctx, country)


#: "Consul General", "Vice Consul", "head of the Consulate General's visa section": a post at
#: a consulate that names no city
_CONSULAR_POST = re.compile(r"(?:(?:Deputy|Vice)\s+)?Consul(?:[- ]General)?|"
                            r".*\bConsulate(?:[- ]General)?(?:'s|’s)\s+[a-z][\w -]*")
#: "Ambassador", "Minister-Counsellor", "head of the Embassy's economic section": a post at an
#: embassy that names no state
_EMBASSY_POST = re.compile(r"(?:Ambassador|(?:Minister[- ])?Counsell?or|(?:First|Second|Third)\s+"
                           r"Secretary|(?:Defen[cs]e\s+)?Attach[eé])|"
                           r".*\bEmbassy(?:'s|’s)\s+[a-z][\w -]*", re.I)
_MISSION_NAME = re.compile(r"^(?P<kind>Consulate(?:[- ]General)?|Embassy)\s+of\s+(?P<home>.+?)"
                           r"\s+in\s+(?:the\s+)?[A-Z]")


def only_consulate(ctx: Context, country: str | None = None) -> str | None:
    """A consulate's own page ("Consulate General of the Republic of Korea in Vladivostok"
    atop it, then "Consul General Oh met ..."): a consul whose post names no city serves at
    the one consulate the release names."""
    return _only_mission(ctx, "Consulate", country)


def embassy_staff(ctx: Context, title: str, country: str | None) -> str | None:
    """"Ambassador Kim met ...", "Counsellor Lee, head of the Embassy's economic section": a
    diplomat whose post names no state serves at the one embassy of his state the release
    names."""
    if not _EMBASSY_POST.fullmatch(title):
        return None
    return _only_mission(ctx, "Embassy", country)


def _only_mission(ctx: Context, kind: str, country: str | None) -> str | None:
    """The one mission of that kind (and of that sending state, when known) named in the
    release: in its text, or on a line of its own atop the page."""
    names = {f.name for f in org_names.mentions(ctx)}
    names |= {m.group(0) for m in re.finditer(rf"(?m)^{kind}[^\n]{{5,90}}$", ctx.text)}
    found = set()
    for name in names:
        m = _MISSION_NAME.match(name)
        if m is None or not m.group("kind").startswith(kind):
            continue
        home = {v: k for k, v in org_names.LONG_NAME.items()}.get(m.group("home"))
        if country is None or home is None or home == country:
            found.add(name)
    return found.pop() if len(found) == 1 else None


#: "the Korean Embassy", "the Russian Embassy": a mission named by its state's adjective only
_DEMONYM_EMBASSY = re.compile(r"^(?:South\s+)?(?:Korean|Russian)\s+(?P<kind>Embassy|"
                              r"Consulate(?:[- ]General)?)$")


def demonym_mission(ctx: Context, name: str, country: str | None) -> str | None:
    """"Jung of the Korean Embassy" after "the Embassy of the Republic of Korea in the Russian
    Federation": the short name refers back to the one mission of that state the release
    names in full, so both are one body."""
    m = _DEMONYM_EMBASSY.match(name)
    if m is None or country is None:
        return None
    return _only_mission(ctx, m.group("kind").split()[0].split("-")[0], country)
