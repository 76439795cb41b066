"""Occasions of no channel: a port call, a reception, a wreath-laying, a concert, an
unveiling, a fair, an expedition, a friendly match, a launch, a course to come.

Releases of ministries of defence, cities, theatres, universities and space agencies tell
their news as a chain of dated happenings that are no meeting of officials: "the detachment
has arrived in Busan", "On October 13, a reception will be held aboard the ship", "The
following day, the sailors will travel to Incheon to lay a wreath", "The ship last called
at Vladivostok in August 2013", "a return visit to Busan next spring". A sentence with an
occasion word (``kg/data/occasion_cues.tsv``) and a time of its own (a date, a weekday, a
relative day, a season to come, "today" of the release) tells one occasion, where the
sentence says it happens: also a bare ceremony ("took part in a ceremony at the plant"), a
site opened on a day ("the laboratory opened on Tuesday in Tomsk"), a jubilee celebrated, a
flight landed, a round table, a camp or a clean-up campaign.

Background history ("died in the battle of 1904", "the 2014 World Cup") and mere mentions
("the exhibition attracted many visitors") have no recent time of their own and stay out.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.context import Context, Event
from kg.extract.dates import DateMention
from kg.extract.event_launches import SPACE
from kg.extract.event_settings import NEXT_DAY
from kg.extract.event_when import weekday_date
from kg.extract.lexicon import _data_rows
from kg.namespaces import KGO

#: "on the same day", "the following day", "on the first day of the visit": a day counted
#: from the occasion told before (``relative_days`` and the release's day settle it)
_RELATIVE_DAY = re.compile(rf"{NEXT_DAY.pattern}|\b(?:on\s+)?the\s+same\s+day\b|"
                           r"\b(?:on\s+)?the\s+(?:first|opening)\s+day\s+of\s+the\s+"
                           r"(?:visit|tour|stay|call)\b", re.I)
#: "next spring", "this autumn", "next year": a time to come, told as its year
_SEASON_AHEAD = re.compile(r"\b(?P<rel>next|this|coming)\s+(?:spring|summer|autumn|fall|"
                           r"winter|year)\b", re.I)
#: what happened long ago or is only told about, not an occasion of the release
_HISTORY = re.compile(r"\b(?:battle|war|died|killed|anniversary|founded|established|"
                      r"built\s+in|since)\b", re.I)
#: "until October 15", "by 2020": an end or a deadline, not the occasion's day
_BOUND = re.compile(r"\b(?:until|till|through|by|before|since|from|to)\s+(?:\w+\s+)?$", re.I)
#: a bound the date itself starts with: "trained by June", "until May 5"
_BOUND_IN = re.compile(r"(?:until|till|by|before|since)\s", re.I)
#: "announced on the 9th that", "said on Friday": when it was told, not when it happened
_SAID = re.compile(r"\b(?:announced|said|reported|told|stated|noted)\s+(?:on\s+)?(?:the\s+)?$")
#: "SEOUL, Sept. 14 (Yonhap) --": the day a newswire filed its item
_FILED = re.compile(r"\s*(?:\((?:[A-Z][\w-]*\s*){1,3}\)|--|—|/[A-Z])")
#: a deed of its own between a cue and a date
_OTHER_DEED = re.compile(r"\b(?:signed|concluded|established|founded|set\s+up|adopted|"
                         r"enrolled|registered|known)\b")
#: a year told as a time: "in 2021", "in early 2022"
_IN_YEAR = re.compile(r"\b(?:in|In)\s+(?:early\s+|late\s+|mid-?)?$")
#: goods that arrive are no visitors: "the cargo arrived in Vladivostok on Thursday"
_GOODS = re.compile(r"\b(?:cargo|containers?|shipments?|goods|consignments?|batch|freight|"
                    r"products?|vaccines?|doses|trains?|parcels?)\b", re.I)
#: a place that is water, not where an occasion is held
_WATER = re.compile(r"\b(?:Strait|Sea|Bay|Gulf|Ocean|River)\b")
#: words that put a place as where the occasion is: "in Busan", "to Incheon"
_PLACE_LEAD = re.compile(r"\b(?:in|at|to|visit|visits|visited)\s+(?:the\s+)?(?:city\s+of\s+)?$")
#: "after leaving Busan", "departed from Vladivostok": where it is not
_LEFT = re.compile(r"\b(?:leaving|left|leave|departed|departing|from)\s+$")
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}?$")
#: "arrived in Seoul to meet": the time of a planned or future occasion
_AHEAD = re.compile(r"\b(?:will|would|to\s+be|is\s+to|are\s+to|scheduled|planned|plans?|"
                    r"expected|due|intends?)\b", re.I)

#: "has arrived in Busan", "arrives in Seoul today": news of the release's own day
_JUST_NOW = re.compile(r"\b(?:has|have)\s+(?:just\s+)?(?:arrived|opened|been\s+(?:opened|"
                       r"unveiled|launched))\b|\b(?:arrives|opens)\s+(?:in|at)\b|"
                       # "Today the Vice Governor took part in a ceremony": the release's day
                       r"(?<!until\s)(?<!as\sof\s)\btoday\b(?!['’]s)", re.I)

_CLAUSE_CUT = re.compile(r";|,\s+(?:and|while|but|whereas)\s+(?=the\s|a\s|an\s|on\s|then\s|[A-Z])")

#: "The cultural programme includes sightseeing tours, a football match and a concert"
_LISTED = re.compile(r"\b(?:includ(?:e|es|ed|ing)|such\s+as|featur(?:e|es|ed|ing))\b", re.I)
#: a post named with its seat: "Consul General of the Russian Federation in Busan"
_POST_OF = re.compile(r"\b(?:Consul(?:ate)?(?:[\s-]+General)?|Ambassador|Embassy|Mayor|Governor|"
                      r"Representative|Envoy|Attach[eé])\b[^,.;]*$")
#: an occasion named as the backdrop of another: "signed during the state visit"
_BACKDROP = re.compile(r"\b(?:during|on\s+the\s+occasion\s+of|(?:sidelines|margins)\s+of|"
                       r"as\s+part\s+of|within\s+the\s+framework\s+of|in\s+the\s+course\s+of)"
                       r"\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}$", re.I)
#: "during the previous visit, in September 2013": a past occasion of its own
_RECALLED = re.compile(r"(?:previous|last|earlier|first)\b", re.I)
#: an occasion told before, told again as it goes on: "The festival will run until ..."
_ONGOING = re.compile(r"[^.;]{0,80}?\b(?:will\s+run|runs|ran|is\s+running|continues|"
                      r"will\s+continue|will\s+move|moves\s+on|brought\s+together|attracted|"
                      r"drew)\b")
#: a photo caption: "Photo: ...", "[Photo: ...]"
_CAPTION = re.compile(r"\W*(?:Photo|Caption|Pictured)\b", re.I)
#: an occasion only proposed, hoped for or invited to: "would propose holding the closing
#: ceremony in Seoul", "invited Korean firms to the exhibition in July"
_IDEA = re.compile(r"\b(?:propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|invit(?:e|es|ed|ing)|"
                   r"hopes?|hoped|would\s+like|wish(?:es|ed)?)\b", re.I)
#: a cue of arrival: "arrived in", "arrived at"
_ARRIVED = re.compile(r"^arrived\b", re.I)
#: "She recalled that Korean firms had shown their goods at the fair in 2018": a speaker's
#: memory, whose speaker would be taken for a guest of it
_MEMORY = re.compile(r"\b(?:recalled|reminded|remembered)\s+(?:\w+\s+)?that\b")
#: a cue that is a word of a name: "Concert Hall", "Expo Center"
_IN_NAME = re.compile(r"\s+(?:Hall|Center|Centre|Complex|Park|Street|Square|Company|Group|"
                      r"Theatre|Theater|Arena|Stadium|Hotel)\b")

#: "to be opened", "will be inaugurated": a site still planned
_TO_BE = re.compile(r"\b(?:to|will|would|shall)\s+be\s+$")
_KINDS = {"visit": KGO.Visit, "meeting": KGO.Meeting, "launch": KGO.Meeting,
          "opening": KGO.Meeting}
#: "two further launch attempts were called off": no occasion took place
_CALLED_OFF = re.compile(r"\b(?:called\s+off|cancell?ed|postponed|scrubbed|aborted|"
                         r"scrapped)\b", re.I)
#: "in the spring", told of what is planned: the next such season
_SEASON = re.compile(r"\bin\s+the\s+(?P<s>spring|summer|autumn|fall|winter)\b", re.I)
_SEASON_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


@lru_cache(maxsize=1)
def _cues() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The occasion words, longest first (a data file: new ones need no code)."""
    rows = sorted(_data_rows("occasion_cues.tsv"), key=lambda r: -len(r["pattern"]))
    return tuple((re.compile(rf"\b(?:{r['pattern']})\b", re.I), r["kind"]) for r in rows)


def occasion_cue(text: str) -> tuple[re.Match[str], str] | None:
    """The first occasion word of a sentence, and the kind of occasion it tells."""
    found = [(m, kind) for rx, kind in _cues() for m in [rx.search(text)] if m]
    return min(found, key=lambda f: f[0].start()) if found else None


def occasion_events(ctx: Context, sent, made: list[Event] | None = None) -> list[Event]:
    """One occasion for each clause (";", ", and") of a sentence that tells one with a time
    of its own and no event found before: "On the same day the ships are open; during the
    previous call, in May 2013, ..."."""
    out = []
    for lo, hi in _clauses(sent):
        if any(lo <= e.span[0] < hi for e in made or []):
            continue  # the clause's occasion is told already
        text = ctx.text[lo:hi]
        cue = occasion_cue(text)
        if cue is None:
            continue
        m, kind = cue
        if _CALLED_OFF.search(text) or kind == "visit" and _GOODS.search(text, 0, m.start()) \
                or kind == "launch" and not SPACE.search(sent.text):
            continue  # "two further launch attempts were called off"; "the cargo arrived";
            # "Samsung Research was launched last November": no lift-off
        backdrop = _BACKDROP.search(text, 0, m.start()) and not _RECALLED.match(m.group(0))
        if backdrop or _ONGOING.match(text, m.end()) or \
                _CAPTION.match(text):
            continue  # "signed during the state visit"; "The festival will run until ...";
            # "Photo: a musician performs at the concert on July 8"
        if _LISTED.search(text) or _IDEA.search(text, 0, m.start()) or \
                _MEMORY.search(ctx.text, sent.start, lo + m.start()):
            continue  # "the programme includes a concert on Sept. 30": one item of a list
        at = lo + m.start()
        if ctx.inside_name(at, lo + m.end()) or _IN_NAME.match(text, m.end()):
            continue  # "the Tchaikovsky Concert Hall", "the Seoul Arts Festival Center"
        date, relative = _when(ctx, sent, lo, hi, at)
        if date is None and not relative:
            continue
        if date is not None and _past(text, m) and date.start > 0:
            continue  # "who died in the battle of Chemulpo Bay on 9 February 1904"
        place = _where(ctx, lo, hi, at, kind == "launch")
        if _ARRIVED.search(m.group(0)) and not _arrived_at(ctx, lo + m.end(), hi, place):
            continue  # "arrived in Kamchatka in June": no Korean or Russian place it came to
        if kind == "opening" and (place is None or _TO_BE.search(text, 0, m.start())):
            continue  # "the U.N. session, which opened on Sept. 18": no occasion of the two;
            # "a platform to be opened in Moscow next year": a plan, not an opening held
        out.append(Event(iri=None, mechanism=None, ordinal=None, date=date, place_id=place,
                         span=(at, lo + m.end()), sentence=sent.index, kind=_KINDS[kind]))
    return out


def _past(text: str, cue: re.Match[str]) -> bool:
    """A word of history outside the cue: "died in the battle of 1904" is history, but
    "celebrated its 20th anniversary on Friday" is the occasion itself."""
    return bool(_HISTORY.search(text[: cue.start()] + " " + text[cue.end() :]))


def _clauses(sent) -> list[tuple[int, int]]:
    """The stretches of a sentence between semicolons and ", and"/", while" joins of
    clauses ("... is planned in Moscow in January, and the ballet will perform in ...")."""
    cuts = [sent.start] + [sent.start + m.end() for m in _CLAUSE_CUT.finditer(sent.text)]
    return list(zip(cuts, cuts[1:] + [sent.end], strict=True))


def _when(ctx: Context, sent, lo: int, hi: int, at: int) -> tuple[DateMention | None, bool]:
    """The occasion's time: a relative day (left for the days told before to settle), a
    date of recent years nearest the cue, a weekday, news told as just happened (the
    release's day), or a season to come."""
    text = ctx.text[lo:hi]
    rel = _RELATIVE_DAY.search(text)
    if rel and rel.start() < at - lo:
        return None, True
    dates = [d for d in ctx.dates_in(sent) if lo <= d.start < hi and _own_date(ctx, d, lo, at)]
    if dates:
        return _ahead_year(ctx, text, min(dates, key=lambda d: abs(d.start - at))), False
    day = weekday_date(ctx, lo, hi)
    if day is not None and day.end > day.start:
        return day, False
    if _JUST_NOW.search(text) and ctx.doc_date:
        return DateMention(0, 0, ctx.doc_date), False
    return _season(ctx, text), False


def _season(ctx: Context, text: str) -> DateMention | None:
    """"next spring", "this autumn", "in the spring" of what is planned: its year."""
    if not ctx.year or not _AHEAD.search(text):
        return None
    ahead = _SEASON_AHEAD.search(text)
    if ahead:
        year = ctx.year + (ahead["rel"].lower() == "next")
        return DateMention(0, 0, str(year), precision="year")
    season = _SEASON.search(text)
    if season and ctx.doc_date and len(ctx.doc_date) >= 7:
        later = _SEASON_MONTH[season["s"].lower()] > int(ctx.doc_date[5:7])
        return DateMention(0, 0, str(ctx.year + (not later)), precision="year")
    return None


def _ahead_year(ctx: Context, text: str, d: DateMention) -> DateMention:
    """"is planned in Moscow in late January", "will join the seminar from Feb. 5 to 10",
    told in November: next year's (a month or day named without its year, read as this
    year's, for what is still to come)."""
    if len(d.value) not in (7, 10) or not ctx.doc_date or \
            d.value >= ctx.doc_date[: len(d.value)] or \
            re.search(r"\d{4}", ctx.text[d.start : d.end]) or not _AHEAD.search(text):
        return d
    return DateMention(d.start, d.end, f"{int(d.value[:4]) + 1}{d.value[4:]}",
                       d.end_value and f"{int(d.end_value[:4]) + 1}{d.end_value[4:]}",
                       precision=d.precision)


def _own_date(ctx: Context, d: DateMention, lo: int, at: int) -> bool:
    """A date that can be an occasion's: told in the text, not an end or a deadline, not the
    day a release was filed or said, not a day whose year was told apart ("9 February
    1904"), not a year in a name ("Seoul Food 2019"), of recent years (or to come), and not
    the date of another deed told between it and the cue ("under an agreement signed in
    October 2016")."""
    if d.end <= d.start or d.end_value and len(d.value) < 10:
        return False
    before = ctx.text[max(lo, d.start - 24) : d.start]
    bound = _BOUND.search(before) or _BOUND_IN.match(ctx.text, d.start)
    if bound and not (d.end_value and bound.group(0).lower().startswith("from")) or \
            _SAID.search(before) or _FILED.match(ctx.text, d.end):  # "from 12 to 14 May": its days
        return False
    if re.match(r",?\s+\d{4}\b", ctx.text[d.end : d.end + 7]):
        return False
    if _OTHER_DEED.search(ctx.text, min(at, d.start), max(at, d.start)):
        return False
    if len(d.value) == 4 and not _IN_YEAR.search(before):
        return False  # "G-Star 2018", "Transarctica-2019": a name's year
    if ctx.year is None:
        return True
    year = int(d.value[:4])
    if len(d.value) == 4:
        return year >= ctx.year  # "in 2021", told in 2020: to come; "in 2014": history
    return ctx.year - 4 <= year <= ctx.year + 2


def _arrived_at(ctx: Context, end: int, hi: int, place: str | None) -> bool:
    """"arrived in Mokpo": the place told right after the verb is the occasion's."""
    return place is not None and any(h.id == place for h in ctx.places_in(end, min(hi, end + 40)))


def _where(ctx: Context, lo: int, hi: int, at: int, launch: bool = False) -> str | None:
    """The Korean or Russian place the clause puts the occasion in, nearest the cue (a
    launch is where it flies from)."""
    found = []
    for h in ctx.places_in(lo, hi):
        if ctx.lex.place_country(h.id) not in ("KR", "RU"):
            continue
        if _WATER.search(ctx.text, h.start, h.end + 8) or ctx.inside_name(h.start, h.end) or \
                _POST_OF.search(ctx.text, max(lo, h.start - 60), h.start):
            continue  # "Consul General of Russia in Busan X": a post, not where it is held
        before = ctx.text[max(lo, h.start - 30) : h.start]
        lead = _PLACE_LEAD.search(before) or launch and _FROM.search(before)
        if not lead or _LEFT.search(before) and not launch:
            continue
        found.append(h)
    return min(found, key=lambda h: abs(h.start - at)).id if found else None
