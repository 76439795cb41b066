"""Named policies, strategies, initiatives, special zones and regimes, with the
country that runs them: from the gazetteer, or a capitalised name ending in
Policy / Strategy / Initiative / Program(me) / Roadmap / Zone, or a "Strategy for
..." title; a named instance of a zone regime ("the Nadezhdinskaya ASEZ") and the
Arctic zone's investor regime by their shapes.

Portfolios ("Director General for Trade Policy") and longer names that merely hold
a policy word ("Policy Consultation", "Policy Dialogue") are not policies.
"""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.places import country_iri
from kg.extract.policy_countries import country_cue as _country_cue
from kg.extract.policy_shapes import (
    government_of,
    inner_place_country,
    place_country,
    shaped_policies,
    zone_regime_country,
)
from kg.ids import entity_iri
from kg.namespaces import KGO

_SHAPE = re.compile(
    # "Korea's 2050 Carbon Neutrality Strategy": a horizon year before the name is part of it
    r"(?<![\w-])(?:(?:New|Korea's|Russia's)\s+)?(?:20\d\d\s+)?(?:[A-Z][\w'’-]*\s+){1,6}"
    r"(?:Policy|Strategy|Initiative|Programme|Program|Doctrine|Roadmap|Master\s+Plan|"
    r"(?:Special|Free)\s+Economic\s+Zones?)(?![\w-])"
    # "Russia's Energy Strategy to 2035": the horizon year is part of the name
    r"(?:\s+(?:to|until|up\s+to)\s+20\d\d\b)?"
)
#: "the Titanium Valley special economic zone", "the Alabuga special economic zone": a zone
#: with a name of its own before the lower-case kind of regime, named with it
_NAMED_ZONE = re.compile(r"(?<![\w-])(?P<name>(?:[A-Z][\w'’-]+\s+){1,3}(?:special|free)\s+"
                         r"economic\s+zone)(?![\w-])")
#: "Strategy for the Development of the Arctic Zone of the Russian Federation until 2035":
#: a title that names its subject after the head word
#: ("Master Plan for Arctic Policy", "Concept of the Foreign Policy of ...": the same shape)
_TITLE = re.compile(
    r"(?<![\w-])(?:[A-Z][\w-]*\s+){0,3}(?:Strategy|Master\s+Plan|Comprehensive\s+Plan|Concept|"
    r"Doctrine|(?:State|Federal|National)\s+(?:Target\s+)?Program(?:me)?)\s+(?:for|of|on)\s+"
    r"(?:the\s+)?"
    r"(?:[A-Z][\w-]*)(?:\s+(?:[A-Z][\w-]*|of|the|and|for|in))*\s+[A-Z][\w-]*"
    r"(?:\s+(?:until|to|up\s+to)\s+\d{4})?"
)
#: "the Digital Economy of the Russian Federation national program": a programme's title
#: before the kind of programme it is, which readers name by the title alone
_NATIONAL = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the|for))*?\s+"
    r"[A-Z][\w'’-]*)\s+(?:national|federal|state|government|departmental)\s+(?:programmes?|"
    r"programs?|projects?)\b")
#: "its Energy-2035 strategy", "the Pharma-2030 programme": a code name with its horizon
#: year, which needs its head word to be a name
#: 'the state programme "Development of the Transport System"', 'the federal project "Export
#: of Agricultural Products"': a programme named by its title in quotes, which readers name
#: by the title alone
_QUOTED = re.compile(r"\b(?P<kind>state|federal|national|government)\s+(?:target\s+)?"
                     r"(?:programmes?|programs?|projects?)\s+[\"“«](?P<name>[A-Z][^\"“”«»\n]{3,160}?)"
                     r"[.,]?[\"”»]")
#: 'the State Programme "Development of Forestry" for 2013-2020', 'National Project "Ecology"':
#: a capitalised kind heads the name, which readers keep whole with its span of years
_QUOTED_TITLED = re.compile(r"(?<![\w-])(?P<name>(?P<kind>State|Federal|National|Government)\s+"
                            r"(?:Target\s+)?(?:Programme|Program|Project)\s+[\"“«][A-Z][^\"“”«»\n]"
                            r"{2,120}?[.,]?[\"”»](?:\s+for\s+\d{4}\s*[-–]\s*\d{4})?)")
#: '"Smart City" departmental project': the quoted title before the kind of programme
_QUOTED_BEFORE = re.compile(r"[\"“«](?P<title>[A-Z][^\"“”«»\n]{2,80}?)[\"”»]\s+"
                            r"(?P<kind>departmental|federal|state|national)\s+(?:target\s+)?"
                            r"(?:programmes?|programs?|projects?)\b")
_CODED = re.compile(r"(?<![\w-])(?P<name>[A-Z][A-Za-z]+-20\d\d\s+(?:strategy|programme|"
                    r"program|initiative|plan|project))\b")
_LEAD = re.compile(r"^(?:The|This|Korea's|Russia's|Korean|Russian|South Korea's)\s+")
#: "Director General for Maritime Policy", "Deputy Governor of Tomsk Oblast for Innovation
#: Policy": a portfolio
#: "Korea Institute for International Economic Policy", "School of Public Policy": a body
#: named after the policy field it studies or serves ("Minister of Science and Innovation
#: Policy", "Director General for Industrial Safety and Health Policy": the field's first
#: words and an "and" may stand between)
_PORTFOLIO = re.compile(r"\b(?:Director(?:[- ]General)?|General|Minister|Secretary|Commissioner|"
                        r"Officer|Counsel+or|Bureau|Office|Division|Department|Head|Chief|"
                        r"Institute|Cent(?:er|re)|School|College|Academy|Foundation|Society|"
                        r"Association|Agency|Ministry|Laboratory|Council|Governor|Mayor|Committee|"
                        r"Chairman|Chair|Advis[eo]r|Representative)\s+"
                        r"(?:of\s+(?:the\s+)?(?:(?!Committee|Commission|Council)[A-Z][\w'’-]*\s+){1,4})?"
                        r"(?:of|for|on)\s+(?:the\s+)?(?:[A-Z][\w'’-]*,?\s+)*(?:(?:and|&)\s+)?$")
#: "Policy Consultation", "Policy Dialogue on the Far East": the word heads a longer name
#: ("Defense Acquisition Program Administration": a body named after its programme)
_LONGER = re.compile(r"\s+(?:Consultations?|Dialogue|Committee|Council|Forum|Meeting|Office|"
                     r"Administration|Agency|Service|Authority|Board|Commission|"
                     r"Bureau|Division|Department|Director|Coordinator|Institute|Research|"
                     r"Center|Centre|Team|Group|Planning|Officer)\b")

#: 'the ASEZ "Khabarovsk"', 'advanced special economic zone "Yakutia"': a zone's own name in
#: quotes after the kind of regime, which is that zone's name even when a place's too
_QUOTED_ZONE = re.compile(r"\s*[\"“«](?P<name>[A-Z][\w-]+(?:[ -][A-Z][\w-]+)?)[\"”»]")
#: the gazetteer's generic zone regime, of which places have named instances
_ZONE_ID = "asez"
#: "the Nadezhdinskaya ASEZ", "Bolshoy Kamen advanced special economic zone"
_ZONE_NAME = re.compile(r"(?<![\w-])(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+$")
_NOT_ZONE_NAME = frozenset(
    "The This These Those Its Their Our Russian Korean New Far Eastern East Federal Arctic "
    "Existing Other All Such Both Each Several Two Three Four Five Many Some In Of And For "
    "With Under At To".split()
)
#: "the preferential regime for investors in the Arctic zone of the Russian Federation",
#: "the Arctic zone regime"; and a regime offered for a list ending in the Arctic zone
_ARCTIC_REGIME = re.compile(
    r"(?:(?:preferential|special|tax)\s+)*regime\s+(?:of|for|in)\s+(?:investors\s+in\s+)?"
    r"the\s+Arctic\s+[Zz]one(?:\s+of\s+the\s+Russian\s+Federation)?|"
    r"Arctic\s+[Zz]one(?:\s+of\s+the\s+Russian\s+Federation)?\s+(?:preferential\s+)?regime\b")
_ARCTIC_IN_LIST = re.compile(r"\bregimes\s+of\s+[^.;]{0,80}?\band\s+the\s+"
                             r"(?P<zone>Arctic\s+[Zz]one(?:\s+of\s+the\s+Russian\s+Federation)?)")


def find_policies(ctx: Context) -> None:
    spans: list[tuple[int, int]] = []
    hits = ctx.lex.policy_matcher.find(ctx.text, ctx.body_start)
    named = {id(h): _zone_name(ctx, h.start) for h in hits if h.id == _ZONE_ID and
             not ctx.text[h.start : h.end].endswith("s")}  # "X and Y ... Zones": the regime
    named = {k: v for k, v in named.items() if v and not _place_name(ctx, v)}
    quoted = _quoted_zones(ctx, hits)
    named.update({k: q.group("name") for k, q in quoted.items()})
    # "Amur Region's priority development area" (a headline) before "the Belogorsk priority
    # development area in the Amur Region": a zone of a place, the instance told by name
    owned = {id(h) for h in hits if h.id == _ZONE_ID and named and _OWNED.search(
        ctx.text, max(0, h.start - 40), h.start)}
    generic_zone = any(h.id == _ZONE_ID and id(h) not in named and id(h) not in owned
                       for h in hits)
    signed = {h.id for h in hits if _signed_instance(ctx, h.start, h.end, h.id)}
    for hit in hits:
        rec = ctx.lex.policies[hit.id]
        if hit.id in signed or id(hit) in owned:
            continue  # the release tells one signed contract of the regime: an agreement
        spans.append((hit.start, hit.end))
        if id(hit) in quoted:  # 'the ASEZ "Khabarovsk"': the zone of that name
            name = _quoted_zone_name(ctx, hit, rec.name_en, named[id(hit)])
            _declare(ctx, f"{_ZONE_ID}:{named[id(hit)].lower()}", name, "RU",
                     (hit.start, quoted[id(hit)].end()))
            if not generic_zone:
                continue
        elif id(hit) in named:
            start = hit.start - len(named[id(hit)]) - 1
            name = " ".join(ctx.text[start : hit.end].split())
            key = f"{_ZONE_ID}:{named[id(hit)].lower()}"  # "X ASEZ" and "X Advanced ...": one
            _declare(ctx, key, name, "RU", (start, hit.end))
            if not generic_zone:
                continue
        _declare(ctx, hit.id, rec.name_en, rec.extra.get("country") or None, (hit.start, hit.end))
    # a quoted title is the whole name: before the shapes that would take its tail
    shaped = [*_QUOTED_TITLED.finditer(ctx.text, ctx.body_start),
              *_TITLE.finditer(ctx.text, ctx.body_start),
              *_QUOTED.finditer(ctx.text, ctx.body_start),
              *_QUOTED_BEFORE.finditer(ctx.text, ctx.body_start),
              *_SHAPE.finditer(ctx.text, ctx.body_start),
              *_NATIONAL.finditer(ctx.text, ctx.body_start),
              *_CODED.finditer(ctx.text, ctx.body_start)]
    for m in shaped:
        if any(s < m.end() and m.start() < e for s, e in spans) or _not_a_policy(ctx, m):
            continue
        name = _LEAD.sub("", m.group("name") if "name" in m.re.groupindex else m.group(0))
        name = re.sub(r"[\"“”«»]", "", name)
        if len(name.split()) < 2 and m.re is _QUOTED:  # 'national project "Science"'
            name = re.sub(r"[\"“”«»]", "", m.group(0))
        if len(name.split()) < 2 or ctx.inside_name(m.start(), m.end()):
            continue
        own = _QUOTED_ZONE.match(ctx.text, m.end()) if m.group(0).endswith("Zone") else None
        if own:  # 'the Port Special Economic Zone "Ulyanovsk"': that zone, by its own name
            name = f'{name} "{own.group("name")}"'
        country = _country_cue(ctx, m.start(), m.group(0), m.end()) or \
            government_of(ctx, m.start()) or \
            _quoted_country(ctx, m) or _federal(ctx, m.start()) or \
            (place_country(ctx, m.start(), m.end()) if m.group(0).endswith("Zone") else None) \
            or _listed_with(ctx, shaped, m) or \
            (inner_place_country(ctx, m.start(), m.end()) if m.re is _TITLE else None) or \
            (zone_regime_country(m.group(0).lower()) if own else None)
        end = own.end() if own else m.end()
        _declare(ctx, name.lower(), name, country, (m.start(), end))
        spans.append((m.start(), end))
    _named_zones(ctx, spans)
    shaped_policies(ctx, spans, _declare)
    _arctic_regime(ctx)


def _quoted_zones(ctx: Context, hits) -> dict[int, re.Match[str]]:
    """The zone-regime mentions followed by a zone's own name in quotes (a plural, "the
    ASEZs 'Khabarovsk' and 'Komsomolsk'", still speaks of the regime)."""
    found = {}
    for h in hits:
        if h.id == _ZONE_ID and not ctx.text[h.start : h.end].endswith("s"):
            q = _QUOTED_ZONE.match(ctx.text, h.end)
            if q:
                found[id(h)] = q
    return found


def _quoted_zone_name(ctx: Context, hit, regime: str, zone: str) -> str:
    """'Priority Development Area "Mikhailovsky"' as written, without the quotes; an
    abbreviation spelled out ('ASEZ "Khabarovsk"' is Advanced Special Economic Zone
    Khabarovsk)."""
    word = " ".join(ctx.text[hit.start : hit.end].split())
    return f"{regime if word.isupper() else word} {zone}"


#: "Amur Region's": the place a zone regime word belongs to
_OWNED = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+$")
#: a regime made of documents of its kind ("special investment contract"): one of them signed
_DOC_REGIME = re.compile(r"\b(?:contracts?|agreements?)$", re.I)
#: only a contract told as signed: "hopes to sign the SPIC", "talks on concluding a special
#: investment contract" speak of the regime a deal is still sought under; "had (also) concluded"
#: recalls a firm's standing under the regime, not the signing the release reports
_SIGNED_BEFORE = re.compile(r"(?<!\bto\s)(?<!\bhad\s)(?<!\bhad\salso\s)(?<!\bhad\salready\s)\b"
                            r"(?:signed|signing|inked|concluded)\s+(?:an?|the)\s+$", re.I)
_SIGNED_AFTER = re.compile(r"(?:\s*\([^()]{1,15}\))?,?\s+(?:was\s+|were\s+)?"
                           r"(?:signed|concluded|inked)\b")


def _signed_instance(ctx: Context, start: int, end: int, key: str) -> bool:
    """"signed a special investment contract for the plant", "the special investment
    contract (SPIC) signed by A and B in Moscow": a regime named after the document it is
    made of, told as one such document signed by its parties. The release is about that
    contract (an agreement), not the regime, in every mention."""
    name = ctx.lex.policies[key].name_en
    if not _DOC_REGIME.search(name):
        return False
    return bool(_SIGNED_BEFORE.search(ctx.text, max(0, start - 20), start) or
                _SIGNED_AFTER.match(ctx.text, end))


def _named_zones(ctx: Context, spans: list[tuple[int, int]]) -> None:
    """A named special economic zone is run by the country of the place it lies in or near
    ("... zone near Verkhnyaya Salda"), else by the country a cue before it names."""
    for m in _NAMED_ZONE.finditer(ctx.text, ctx.body_start):
        start = m.start("name")
        words = m.group("name").split()
        while words and words[0] in _NOT_ZONE_NAME | {"Korea's", "Russia's", "Korean"}:
            start += len(words.pop(0)) + 1
        if len(words) < 4 or any(s < m.end() and start < e for s, e in spans) or \
                ctx.inside_name(start, m.end()):
            continue
        name = " ".join(words)
        near = [h for h in ctx.lex.place_matcher.find(ctx.text[m.end() : m.end() + 60])
                if h.id in ctx.lex.places]
        country = ctx.lex.places[near[0].id].country if near and _LIES.match(
            ctx.text, m.end()) else None
        country = country or place_country(ctx, start, m.end()) or zone_regime_country(name) or \
            _zone_country(ctx, m.end())
        _declare(ctx, name.lower(), name, country, (start, m.end()))
        spans.append((start, m.end()))
    for m in _ZONE_IN_PLACE.finditer(ctx.text, ctx.body_start):
        where = m.start("place")
        hits = [h for h in ctx.lex.place_matcher.find(ctx.text, where, m.end() + 40)
                if h.start == where and h.id in ctx.lex.places]
        if not hits or any(s < m.end() and m.start() < e for s, e in spans):
            continue
        end = max(h.end for h in hits)
        name = " ".join(ctx.text[m.start() : end].split())
        _declare(ctx, name.lower(), name, ctx.lex.places[hits[0].id].country, (m.start(), end))
        spans.append((m.start(), end))


#: "the Alabuga special economic zone, located in the Yelabuga district": where it lies
_LIES = re.compile(r",?\s+(?:(?:which\s+is\s+)?(?:located|situated|based)\s+)?"
                   r"(?:near|in|at|of)\s")
#: "the Special Economic Zone in the Kaliningrad Region": a zone regime named by the place
#: it covers, after the kind ("the Free Economic Zone of Incheon")
_ZONE_IN_PLACE = re.compile(r"(?<![\w-])(?:Special|Free)\s+Economic\s+Zone\s+(?:in|of)\s+"
                            r"(?:the\s+)?(?P<place>[A-Z])")
#: "... of the Russian Federation", "Russia's", "the Republic of Korea": a country named
_COUNTRY_WORD = re.compile(r"\b(?P<ru>Russian\s+Federation|Russia)\b|"
                           r"\b(?P<kr>Republic\s+of\s+Korea|South\s+Korea)\b")


def _zone_country(ctx: Context, end: int) -> str | None:
    """"The Alabuga special economic zone ... was established by a decree of the Government
    of the Russian Federation. It is located in Tatarstan": a named zone whose own words
    place it nowhere is run by the one country its sentence and the next name (by a place
    of it or by its name)."""
    after = [s for s in ctx.sentences if s.end > end][:2]
    if not after:
        return None
    lo, hi = end, after[-1].end
    found = {ctx.lex.places[h.id].country for h in ctx.lex.place_matcher.find(ctx.text, lo, hi)
             if h.id in ctx.lex.places and ctx.lex.places[h.id].country}
    for c in _COUNTRY_WORD.finditer(ctx.text, lo, hi):
        found.add("RU" if c.group("ru") else "KR")
    return found.pop() if len(found) == 1 else None


def _quoted_country(ctx: Context, m: re.Match[str]) -> str | None:
    """Russia names its state programmes, federal and departmental projects by quoted
    titles; a federal or departmental one can only be Russia's. A "national" one is run by
    the one country its sentence names."""
    if m.re not in (_QUOTED, _QUOTED_BEFORE, _QUOTED_TITLED):
        return None
    if m.group("kind").lower() in ("federal", "state", "departmental") or \
            _PROJECT_KIND.search(m.group(0)):
        return "RU"
    sent = ctx.sentence_of(m.start())
    if sent is None:
        return None
    found = {"RU" if c.group("ru") else "KR"
             for c in _DEMONYM_WORD.finditer(ctx.text, sent.start, sent.end)}
    return found.pop() if len(found) == 1 else None


#: "the federal State Programme for ...": a federal programme is Russia's (Korea has no
#: federation)
_FEDERAL = re.compile(r"\bfederal\s+$")


def _federal(ctx: Context, start: int) -> str | None:
    """The country of a programme called federal just before its name: Russia."""
    return "RU" if _FEDERAL.search(ctx.text, max(0, start - 12), start) else None


#: 'the national project "International Cooperation and Export"': Russia's national
#: projects (natsproekty) are the ones named by a quoted title after "national project"
_PROJECT_KIND = re.compile(r"^national\s+projects?\b", re.I)
#: "Russian cities", "Korea's": the country a sentence speaks of
_DEMONYM_WORD = re.compile(r"\b(?:(?P<ru>Russia|Russian)|Korea|Korean)\b")


#: "signed the Statistical Cooperation Program for 2020-2021": a document two sides sign is
#: an agreement, not a policy one country runs
_SIGNED = re.compile(r"\b(?:signed|signing|sign|inked|concluded|exchanged)\s+(?:the\s+|a\s+|an\s+)?"
                     r"(?:[a-z]+\s+)?$", re.I)
#: "Cultural Cooperation Program for 2020-2022": a joint programme for a span of years
_JOINT = re.compile(r"(?:Cooperation|Exchanges?|Joint\s+Actions?)\s+(?:Work\s+|Action\s+)?"
                    r"(?:Programme|Program|Plan|"
                    r"Roadmap)$")
_FOR_YEARS = re.compile(r"\s+(?:(?:for|of)\s+(?:the\s+(?:years?|period)\s+)?)?\d{4}")


def _not_a_policy(ctx: Context, m: re.Match[str]) -> bool:
    """A portfolio in a title, the head of a longer name of a body or a channel, the title
    of a law ('Federal Law "On Industrial Policy ..."'), or a document the two sides signed."""
    return bool(_PORTFOLIO.search(ctx.text, max(0, m.start() - 80), m.start()) or
                m.group(0).startswith("On ") or  # "On Industrial Policy": a law's title
                _LONGER.match(ctx.text, m.end()) or
                _SIGNED.search(ctx.text, max(0, m.start() - 30), m.start()) or
                _JOINT.search(m.group(0)) and _FOR_YEARS.match(ctx.text, m.end()))


#: "Korea's 2050 Carbon Strategy and the Comprehensive Plan on ...": one owner for the pair
_AND_THE = re.compile(r"\s+and\s+(?:the\s+)?")


def _listed_with(ctx: Context, shaped: list[re.Match[str]], m: re.Match[str]) -> str | None:
    """The country of the policy named right before this one in an "X and the Y" pair."""
    for other in shaped:
        if other.end() < m.start() and _AND_THE.fullmatch(ctx.text, other.end(), m.start()):
            return _country_cue(ctx, other.start(), other.group(0), other.end())
    return None


def _place_name(ctx: Context, name: str) -> bool:
    """"the Nakhodka ASEZ", "the Khabarovsk advanced special economic zone": a zone called
    by the city or region it lies in is the regime at work there, which readers name as
    the regime; a zone with a name of its own ("the Nadezhdinskaya ASEZ") is its own."""
    return any(h.start == 0 and h.end == len(name) for h in ctx.lex.place_matcher.find(name))


def _zone_name(ctx: Context, start: int) -> str | None:
    """The place name right before a zone-regime word: that zone's own name."""
    m = _ZONE_NAME.search(ctx.text, max(0, start - 40), start)
    if not m:
        return None
    words = m.group("name").split()
    if len(words) == 2 and words[0] in _NOT_ZONE_NAME:
        words = words[1:]  # "The Belogorsk priority development area" opening a sentence
    return None if words[0] in _NOT_ZONE_NAME else " ".join(words)


def _arctic_regime(ctx: Context) -> None:
    """The Arctic zone's investor regime, named as the release words it. Its span is not
    kept as a name: "the Arctic zone" in it is still a place."""
    found = [(m.start(), m.end()) for m in _ARCTIC_REGIME.finditer(ctx.text, ctx.body_start)]
    found += [m.span("zone") for m in _ARCTIC_IN_LIST.finditer(ctx.text, ctx.body_start)]
    for start, end in sorted(found)[:1]:
        name = " ".join(ctx.text[start:end].split())
        _declare(ctx, "arctic-zone-regime", name, "RU", (start, end), as_name=False)


def _declare(ctx: Context, key: str, name: str, country: str | None, span,
             as_name: bool = True) -> None:
    iri = entity_iri("policy", key)
    ctx.out.entity("policy", key, KGO.Policy, name, span)
    if as_name:
        ctx.name_spans.append(span)
    if country is None:
        country = _country_cue(ctx, span[0], ctx.text[span[0]:span[1]], span[1])
    if country:
        ctx.out.add(iri, KGO.runBy, country_iri(ctx, country), span)
        ctx.out.add(iri, KGO.country, country_iri(ctx, country), span)
