"""Cooperation mechanisms: recurring channels named by their shape.

A mechanism is a capitalised name ending in a channel noun (Committee,
Sub-committee, Forum, Dialogue, Consultation, Council, Working Group),
optionally followed by "on ...". It is named without its ordinal. Spelling
variants (Sub-committee/Subcommittee, Korea-Russian/ROK-Russia) and renames
known to ``mechanisms.tsv`` share one IRI.
"""

from __future__ import annotations

import re

from rdflib import RDF, Literal

from kg.extract.context import Context, MechanismMention
from kg.extract.event_venues import venue_buildings
from kg.extract.lexicon import fold
from kg.extract.mechanism_bounds import after_headline_verb, after_other_gathering, before_place
from kg.extract.mechanism_shapes import (
    building_name,
    in_related_list,
    standing_body,
    unpaired_seminar,
)
from kg.extract.negotiations import find_negotiations
from kg.ids import entity_iri
from kg.namespaces import KGO, SKOS

HEADS = (
    r"Joint\s+Committee|Joint\s+Commission|Intergovernmental\s+Commission|[Ss]ub-?[Cc]ommittee|"
    r"Sub-?[Cc]ommission|"
    r"Committee|Commission|Strategic\s+Dialogue|Business\s+Dialogue|Dialogue|"
    r"Policy\s+Consultations?|Consultation\s+Meetings?|Consultation\s+Days|Consultations?|Council|Working\s+Group|Forum|Round\s*[Tt]able|"
    r"Roundtable|Investors\s+Day|Demo\s+Day|Culture\s+Days|Culture\s+Festival|"
    # a seminar series only when its name pairs two sides (see ``unpaired_seminar``)
    r"Seminar|Symposium|Colloquium|"
    # a named fair, film week or festival recurs, each edition an occasion of its own
    r"(?:Fair|Film\s+Week|Film\s+Festival|Festival|Expo|Exhibition|(?<=[a-z][^\S\n])Week)"
    r"(?![^\S\n]+(?-i:[A-Z]))"
)
#: channels that gather many occasions (a forum hosts talks and signings of its own)
GATHERING_HEADS = ("forum", "expo", "exhibition", "fair", "week", "days", "festival",
                   "investorsday", "demoday", "culturedays", "culturefestival")
_WHEN = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|"
         r"April|June|July|August|September|October|November|December|Monday|Tuesday|"
         r"Wednesday|Thursday|Friday|Saturday|Sunday)")
#: "11th Joint Committee on Environmental Cooperation, Agree to ...": a headline's next
#: clause after a comma is no item of the name's list
_CLAUSE_VERB = (r"(?:Agree|Agrees|Sign|Signs|Discuss|Discusses|Vow|Vows|Pledge|Pledges|Adopt|"
                r"Adopts|Seek|Seeks|Review|Reviews|Launch|Launches|Mark|Marks|Open|Opens)")
_CAP = (r"(?:St\.(?=[^\S\n]+[A-Z])|"  # "the 23rd St. Petersburg International Economic Forum"
        r"[A-Z][\w'’]*(?:(?:[-–]|[^\S\n][-–][^\S\n](?=[A-Z]))[A-Z]?[\w'’]+)*)")
_SP = r"[^\S\n]+"  # names never run across a line break
#: "... on Prevention and Response to Emergencies": a noun that takes "to" inside the name
#: (a headline's "to Hold ..." follows no such noun)
_TO_NOUN = r"(?:(?<=Response\s)|(?<=Adaptation\s)|(?<=Access\s)|(?<=Assistance\s))"
MECH_RE = re.compile(
    rf"(?<![\w-])(?P<name>(?:{_CAP}{_SP}(?:(?:and|of|for|on|the|&){_SP})*){{0,10}}?(?:{HEADS})"
    # "Consultations between Special Representatives on the Korean Peninsula": who meets
    rf"(?:{_SP}between{_SP}(?:[A-Z][\w'’]*{_SP}){{0,2}}[A-Z][\w'’]*s(?![\w-]))?"
    rf"(?:{_SP}(?:on|for){_SP}(?!{_WHEN}\b)(?:the{_SP})?(?:{_CAP}(?:,(?!{_SP}(?:{_WHEN}|{_CLAUSE_VERB})\b))?{_SP}(?:and{_SP}(?:the{_SP})?|in{_SP}(?:the{_SP}|(?!{_WHEN}\b))|of{_SP}|{_TO_NOUN}to{_SP})?)*"
    rf"{_CAP})?"
    # "Korean Culture Days in Russia": a festival series is named by the country it tours
    rf"(?:(?<=Days|ival){_SP}in{_SP}(?:Russia|Korea)(?![\w-]))?)(?![\w-])"
)
_CO_CHAIR = re.compile(r"\b(?:Co-?[Cc]hair(?:man|woman|person)?|Chair(?:man|woman|person)?|"
                       r"Head|Member|Secretary)\s+of\s+(?:the\s+)?")
#: "on the sidelines of the X", "as part of the 5th X": the channel only hosts what is told
_HOSTED_BY = re.compile(r"(?:sidelines|margins|as\s+part|(?:within|in)\s+the\s+framework)\s+of\s+"
                        r"(?:the\s+)?(?:(?:[\w-]+\s+){1,3}of\s+the\s+)?(?:\S+\s+){0,2}$")
#: "as part of the business programme of the Fifth EEF": a programme of the forum too
#: "Joint Declaration of the Second X Forum": a document of the forum, named after it
_DOC_LEAD = re.compile(r"(?:Joint\s+)?(?:Declaration|Statement|Protocol|Communiqu[eé]|Memorandum|"
                       r"Agreement|Minutes|Resolution|Outcome\s+Document)\s+(?:of|at)\s+"
                       r"(?:the\s+)?")
# no "^": matched with a start position, where "^" would only hold at a line start
_TITLE_LEAD = re.compile(r"(?:[A-Z][\w-]*\s+){0,3}?(?:(?:Vice|Deputy|Co|Acting)[-\s])?"
                         r"(?:Chairman|Chairwoman|Chair|Head|Director|"
                         r"Minister|Secretary|President|Member|Members)\s+of\s+(?:the\s+)?")
_LEAD_NOISE = re.compile(
    r"^(?:(?:The|This|That|At|In|On|During|Before|After|Ahead|Following|Since|Until|Under|"
    r"Through|With|Within|Without|Like|Unlike|From|To|For|By|Both|Each|Korea's|Russia's|Results?|Outcomes?|"
    r"Meetings?|Sessions?|Rounds?|Plenary|Holds?|Held|Of|of|the|\d+\w*|[IVXL]{2,7}|[VX]|First|Second|Third|"
    r"Inaugural|Next|Upcoming|Annual|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|"
    r"Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|"
    r"Twentieth)\s+)+"
)
_BILATERAL = re.compile(
    r"^(?:(?:Republic of Korea|South Korean?|Korean|Korea|ROK)\s*[-–]\s*(?:Russian|Russia)|"
    r"(?:Russian|Russia)\s*[-–]\s*(?:Republic of Korea|South Korean?|Korean|Korea|ROK))\b"
)
_NOT_MECH = re.compile(r"^(?:UN|United Nations|General Assembly|Security Council)\b")


def canonical(name: str) -> str:
    """The release's wording, with the bilateral prefix written one way."""
    name = " ".join(name.split())
    name = _BILATERAL.sub("Korea-Russia", name)
    return name


def mechanism_key(ctx: Context, name: str) -> str:
    known = ctx.lex.mechanism_id_for(name) or ctx.lex.mechanism_id_for(strip_bilateral(name))
    turned = _topic_first(strip_bilateral(name))
    known = known or (turned and ctx.lex.mechanism_id_for(turned))
    if known:
        return known
    name = re.sub(r"\s+in\s+(?:Russia|Korea)$", "", name)  # "Culture Days (in Russia)"
    name = turned or strip_bilateral(name)  # "Working Group on X" is the "X Working Group"
    return fold(name.replace("Sub-committee", "Subcommittee"))


def known_label(ctx: Context, key: str, name: str, surface: str | None = None) -> str:
    """A mechanism goes by the release's own full wording ("Russian-Korean Joint Commission
    on ..."); a known one named only in short ("the Joint Committee") by its reference name,
    or by the former name the text uses."""
    rec = ctx.lex.mechanisms.get(key)
    if rec is None:
        return surface or name
    same_words = surface and fold(strip_bilateral(surface)) == fold(strip_bilateral(rec.name_en))
    turned = surface and _topic_first(strip_bilateral(surface))  # "Subcommittee on X": ours
    if turned and ctx.lex.mechanism_id_for(turned) == key:
        same_words = True
    if surface and not same_words and (_BILATERAL.match(surface) and len(surface.split()) >= 3
                                       or len(surface.split()) >= 6):
        return surface  # its own wording; only the order of the two countries is ours
    former = [n for n in rec.extra.get("renamed_from", "").split("|") if n]
    for old in former:
        said = [fold(name)] + ([fold(turned)] if turned else [])
        if any(fold(strip_bilateral(old)) in n or n in fold(old) for n in said):
            return old
    return rec.name_en


def _topic_first(name: str) -> str | None:
    """"Sub-committee on (Cooperation in) the Far East and Arctic" is the "Far East and
    Arctic Sub-committee" of the reference list."""
    m = re.fullmatch(r"(Sub-?[Cc]ommittee|Sub-?[Cc]ommission|Working Group)\s+(?:on|for)\s+"
                     r"(?:[Cc]ooperation\s+in\s+)?(?:the\s+)?(.+)", name)
    if m is None:
        return None
    topic = re.sub(r"\band the (?=[A-Z])", "and ", m.group(2))  # "the Far East and the Arctic"
    return f"{topic} {m.group(1)}"


def strip_bilateral(name: str) -> str:
    return re.sub(r"^Korea-Russia\s+", "", canonical(name))


def head_of(name: str) -> str:
    m = re.search(rf"(?<![\w-])({HEADS})(?![\w-])", name)  # "Export Forum": not an expo
    return fold(m.group(1)) if m else ""


_QUOTED = re.compile(r"[\"'“‘](?P<q>[A-Z][^\"'”’\n]{4,120}?)[\"'”’]")
#: "decided to rename the committee the 'X'": the new name is the committee's
_RENAMED_TO = re.compile(r"renam\w*\s+(?:it|the\s+[\w-]+)\s+(?:as\s+|to\s+)?(?:the\s+)?[\"'“‘]$")


def find_mechanisms(ctx: Context) -> None:
    by_key: dict[str, MechanismMention] = {}
    quoted = {q.end("q"): q.start("q") for q in _QUOTED.finditer(ctx.text)}
    names = [_LEAD_NOISE.sub("", ctx.text[m.start() : before_place(ctx, m.start(), m.end())])
             for m in MECH_RE.finditer(ctx.text)]
    named_heads = {head_of(n) for n in names if not re.fullmatch(HEADS, n)}
    fuller = _fuller_names([canonical(n) for n in names])
    headline: dict = {}  # a headline's wording gives way to the body's
    for m in MECH_RE.finditer(ctx.text):
        if quoted.get(m.end("name"), m.end()) < m.start("name"):
            _quoted_name(ctx, quoted[m.end("name")], m.end("name"))
            continue
        end = before_place(ctx, m.start("name"), m.end("name"))
        raw = ctx.text[m.start("name") : end]
        lead = _DOC_LEAD.match(raw) or _LEAD_NOISE.match(raw)
        start = m.start("name") + (lead.end() if lead else 0)
        lead = _LEAD_NOISE.match(ctx.text[start : end])
        start += lead.end() if lead else 0
        start = after_headline_verb(ctx.text, start, end)  # "Korea and Russia Launch ..."
        start = after_other_gathering(ctx.text, start, end)  # "the X Summit and the Y Forum"
        title_lead = _TITLE_LEAD.match(ctx.text, start, end)
        if title_lead:
            start = title_lead.end()
        for co_chair in _CO_CHAIR.finditer(ctx.text, start, end):
            start = co_chair.end()  # "... of the Russian Federation and Co-Chair of the X"
        name = canonical(ctx.text[start : end])
        inner = re.search(r"\b(?:Korea|ROK|Russia|Korean|Russian)\s*[-–]\s*(?:Korea|ROK|Russia|"
                          r"Korean|Russian)\b", name)
        if inner and inner.start() > 0:  # title case: "Vice Minister to Attend the Korea-..."
            start += ctx.text[start : end].find(inner.group(0)[:4])
            name = canonical(ctx.text[start : end])
        if len(name.split()) < 2 or _NOT_MECH.match(name) or _is_org(ctx, start, end) or \
                unpaired_seminar(name) or name in venue_buildings():
            continue  # "at Crocus Expo in Moscow": a hall, not a fair
        if standing_body(ctx.text, start, end) and mechanism_key(ctx, name) not in \
                ctx.lex.mechanisms:
            continue  # "the Russian Olympic Committee signed ...": a body, not a channel
        if in_related_list(ctx.text, start) or building_name(ctx.text, end):
            continue  # another story's title; "the X Exhibition and Business Centre"
        if re.fullmatch(HEADS, name) and head_of(name) in named_heads:
            continue  # "the Joint Committee": a short form of the channel named in full
        if re.match(r"^(?:Ministry|Minister|Government|Office|Embassy)\b", name) or \
                _OF_A_GOVERNMENT.match(ctx.text, end) or _city_body(ctx, start, end):
            continue  # "the Fisheries Committee of the Krai Government": a body of it
        name = fuller.get(name, name)  # a headline's "X Commission" of "X Commission on Y"
        key = mechanism_key(ctx, name)
        surface = " ".join(ctx.text[start : end].split())
        name = known_label(ctx, key, name, surface)
        iri = entity_iri("mechanism", key)
        ctx.out.entity("mechanism", key, KGO.Mechanism, name, (start, end))
        if surface != name:  # the release's own wording stays findable
            ctx.out.add(iri, SKOS.altLabel, Literal(surface, lang="en"), (start, end))
        known = ctx.out.label_of(iri) or ""
        rec = ctx.lex.mechanisms.get(key)
        if start < ctx.body_start:
            headline[iri] = name
        if len(name) > len(known) and fold(known) in fold(name) or \
                rec is not None and known == rec.name_en and name == surface != known or \
                rec is None and start >= ctx.body_start and headline.get(iri) == known != name:
            ctx.out.replace_label(iri, name)  # the release's own full wording over ours
        sidelines = _HOSTED_BY.search(ctx.text[max(0, start - 70) : start])
        if sidelines and not sidelines.group(0).startswith(("sidelines", "margins")) and \
                not head_of(surface).endswith(GATHERING_HEADS):
            sidelines = None  # "talks held as part of the 20th meeting of the Commission":
            # a session is the occasion itself, where a forum only hosts what is told
        mention = MechanismMention(iri, name, (start, end), head_of(surface),
                                   venue_only=bool(sidelines))
        ctx.mechanisms.append(mention)
        ctx.name_spans.append((start, end))
        by_key.setdefault(key, mention)
        if key in ctx.lex.mechanisms:
            _describe_known(ctx, key, mention)
    _gazetteer_forms(ctx)
    from kg.extract.mechanism_lowercase import (  # they read our helpers
        bodies_channel,
        lowercase_channels,
        topic_talks,
    )

    lowercase_channels(ctx)
    topic_talks(ctx)
    bodies_channel(ctx)
    from kg.extract.mechanism_joint import joint_gatherings

    joint_gatherings(ctx)
    from kg.extract.mechanism_meetings import numbered_meetings

    numbered_meetings(ctx)
    find_negotiations(ctx)
    from kg.extract.mechanism_short import short_forms

    short_forms(ctx)
    _acronyms(ctx)
    _bracketed_forms(ctx)


_OF_A_GOVERNMENT = re.compile(r"\s+of\s+the\s+(?:[A-Z][\w-]*\s+){0,3}(?:Government|Administration|"
                              r"Ministry)\b")


def _city_body(ctx: Context, start: int, end: int) -> bool:
    """"the Committee for Investment of St. Petersburg": a body of a city or region's own
    government (no two countries in its name), not a channel between them."""
    for hit in ctx.lex.place_matcher.find(ctx.text, start, end):
        if re.search(r"\bKorea|\bRussia", ctx.text[start:hit.start]):
            continue
        if re.search(r"\bof\s+(?:the\s+)?(?:City\s+of\s+)?$", ctx.text[max(start, hit.start - 16):
                                                                   hit.start]) and \
                re.match(r"\s*(?:,|\band\b|$)", ctx.text[hit.end:end]):
            return True
    return False


def _fuller_names(names: list[str]) -> dict[str, str]:
    """"Russian-Korean Intergovernmental Commission" in a headline and "... Commission on
    Trade" in the body: the short name is the full one cut before its topic."""
    out: dict[str, str] = {}
    for short in set(names):
        if len(strip_bilateral(short).split()) < 2:
            continue
        longer = [n for n in names if re.match(re.escape(short) + r"\s+(?:on|for|of)\s", n)]
        if longer:
            out[short] = max(longer, key=len)
    return out


def _acronyms(ctx: Context) -> None:
    """"the 11th Korea-Russia Dialogue (KRD)": later "the KRD" is that channel."""
    for mention in list(ctx.mechanisms):
        m = re.match(r"\s*\(([A-Z]{2,6})\)", ctx.text[mention.span[1] : mention.span[1] + 10])
        if m is None:
            continue
        short = re.compile(rf"(?<![\w-]){m.group(1)}(?![\w-])")
        for later in short.finditer(ctx.text, mention.span[1]):
            span = (later.start(), later.end())
            if any(s <= span[0] < e for s, e in ctx.name_spans):
                continue
            ctx.mechanisms.append(MechanismMention(mention.iri, mention.name, span, mention.head,
                                                   venue_only=mention.venue_only))
            ctx.name_spans.append(span)  # a backdrop named in short stays a backdrop


def _bracketed_forms(ctx: Context) -> None:
    """"on the sidelines of the Eastern Economic Forum (EEF)": the short form in brackets is
    the same backdrop as the name it follows."""
    for mention in ctx.mechanisms:
        for host in ctx.mechanisms:
            if host.venue_only and host.iri == mention.iri and \
                    re.fullmatch(r"\s*\(", ctx.text[host.span[1] : mention.span[0]]):
                mention.venue_only = True


def _quoted_name(ctx: Context, start: int, end: int) -> None:
    """A name in quotes is whole, commas and all ("the 'Korea-Russia Trade, Industry and
    Innovation Cooperation Committee'"); a new name given to a channel is that channel's."""
    name = " ".join(ctx.text[start:end].split())
    earlier = [mm for mm in ctx.mechanisms if mm.span[1] <= start]
    renamed = _RENAMED_TO.search(ctx.text[max(0, start - 60) : start])
    if renamed and earlier:
        same = [mm for mm in earlier if head_of(name).endswith(mm.head) or mm.head == head_of(name)]
        iri = (same or earlier)[-1].iri
        ctx.out.add(iri, SKOS.altLabel, Literal(name, lang="en"), (start, end))
    else:
        key = mechanism_key(ctx, canonical(name))
        iri = ctx.out.entity("mechanism", key, KGO.Mechanism, name, (start, end))
    ctx.mechanisms.append(MechanismMention(iri, name, (start, end), head_of(name)))
    ctx.name_spans.append((start, end))


def _gazetteer_forms(ctx: Context) -> None:
    """Known names without a channel noun ("EEF") come from the gazetteer."""
    for hit in ctx.lex.mechanism_matcher.find(ctx.text, ctx.body_start):
        if any(s <= hit.start < e for s, e in ctx.name_spans):
            continue
        rec = ctx.lex.mechanisms[hit.id]
        iri = entity_iri("mechanism", hit.id)
        ctx.out.entity("mechanism", hit.id, KGO.Mechanism, rec.name_en, (hit.start, hit.end))
        ctx.mechanisms.append(MechanismMention(iri, rec.name_en, (hit.start, hit.end),
                                               head_of(rec.name_en)))
        ctx.name_spans.append((hit.start, hit.end))


def _is_org(ctx: Context, start: int, end: int) -> bool:
    """A known body, or one followed by more capitalised words ("the Presidential Committee on
    X Chairman Kim"): a body's name opening the match makes the whole match that body's. So
    does a body whose own name holds the channel noun ("Director General ... of the
    Presidential Committee on X Kim"), and the body's leading words alone ("the Presidential
    Committee") once the release has named it in full."""
    for h in ctx.lex.org_matcher.find(ctx.text, start, end):
        if (h.start == start and not _PAIRED.match(ctx.text, h.end)) or \
                (h.start <= start and end <= h.end):
            return True
        if start < h.start and re.search(rf"\b(?:{HEADS})\b", ctx.text[h.start : h.end]):
            return True
    return _org_short_form(ctx, ctx.text[start:end])


def _org_short_form(ctx: Context, name: str) -> bool:
    words = name.split()
    if _BILATERAL.match(name):
        return False
    for h in ctx.lex.org_matcher.find(ctx.text):
        full = ctx.text[h.start : h.end].split()
        if len(full) > len(words) and full[: len(words)] == words:
            return True
    return False


#: "KOGAS-Gazprom Joint Coordination Committee": a body paired with another names a channel
_PAIRED = re.compile(r"\s?[-–]\s?[A-Z]")


def _describe_known(ctx: Context, key: str, mention: MechanismMention) -> None:
    rec = ctx.lex.mechanisms[key]
    parent = rec.extra.get("affiliated_with")
    if parent and parent in ctx.lex.mechanisms:
        ctx.out.add(mention.iri, KGO.affiliatedWith, entity_iri("mechanism", parent))


def record_rename(ctx: Context) -> None:
    """"decided to rename the 'X' the 'Y'": one identity, the rename kept with its date."""
    pattern = re.compile(
        r"renam\w*\s+(?:the\s+)?[\"'“‘](?P<old>[^\"'”’]+)[\"'”’]\s+(?:as\s+|to\s+)?(?:the\s+)?"
        r"[\"'“‘](?P<new>[^\"'”’]+)[\"'”’]"
    )
    for m in pattern.finditer(ctx.text):
        old, new = canonical(m.group("old")), canonical(m.group("new"))
        old_key = mechanism_key(ctx, old)
        iri = entity_iri("mechanism", old_key)
        span = (m.start(), m.end())
        ctx.out.entity("mechanism", old_key, KGO.Mechanism, old, span)
        rename = ctx.out.local("rename", m.start())
        ctx.out.add(rename, RDF.type, KGO.Rename, span)
        ctx.out.add(rename, KGO.renamedFrom, iri, span)
        ctx.out.add(rename, KGO.renamedTo, Literal(new, lang="en"), span)
        if ctx.doc_date or ctx.year:
            ctx.out.add(rename, KGO.renameDate, Literal(ctx.doc_date or str(ctx.year)), span)
        ctx.out.add(iri, SKOS.altLabel, Literal(new, lang="en"),
                    span)
