"""Where a document's topic ends: at a clause, the next document of a list, a date told
of its signing, or a city it was signed in ("an MOU on X in Chuncheon"); not at a comma
inside a list of subjects ("on trade, economic and humanitarian cooperation"), nor at a
place the subject lies in ("a terminal in the port of X in the Y District").
"""

from __future__ import annotations

import re

from kg.extract.agreement_vocab import facility_at, vocab
from kg.extract.context import Context

#: a document's topic ends before "in <one of these>": the place it was signed in
_CITY_KINDS = {"city", "special_city", "metropolitan_city", "federal_city",
               "special_self_governing_city"}
_HEAD_AHEAD = r"(?:also\s+)?(?:an?\s+|the\s+|one\s+)?(?:[\w'’-]+\s+){0,3}?"
#: the start of a sum of money: "USD 500 million", "$1.5 billion", "KRW 300 billion"
_SUM = r"(?:KRW|USD|RUB|EUR|US\$|\$|€|₩)\s?\d"
_CUT = re.compile(
    r"\s*[,;:\"”]|(?<!\bCorp)(?<!\bCo)(?<!\bInc)(?<!\bLtd)(?<!\bSt)(?<!\bNo)\.(?:\s|$)|"
    r"\s+(?:which|that|who|whom|where|while|whereby|as(?!\s+(?:an?\s+)?(?:foreign|second|"
    r"native|mother|first|heritage|official)\s+(?:language|tongue)\b)|after|before|following|during|when|"
    r"since|because|once|until|under which|so that|in order|in the presence|worth)\b|"
    r"\s+(?:was|were|is|are|has|have|had|will|would|shall|can|could|to be|being)\b|"
    r"\s+to\s+(?!the\b|an?\b)[a-z]+\b|\s+with\b(?!\s+(?:respect|regard)\s+to\b)|"
    # "the Treaty on X the two countries signed in 1999", "the MOU they signed": a relative
    # clause without "that" opens with its subject
    r"\s+(?:the\s+two\s+(?:[a-z]+\s+)?|both\s+)?(?:countries|sides|governments|nations|"
    r"parties|states|ministries|companies|leaders|they|we)\s+(?:\w+ly\s+)?(?:had\s+|have\s+)?"
    r"(?:signed|adopted|concluded|inked|reached|initialed|initialled)\b|\s+(?:covering|spanning|aimed\s+at)\b|"
    r"\s+(?:first|originally|initially|previously|earlier|already|\w+ly)\s+(?:signed|adopted|"
    r"concluded)\b|\s+among\s+(?:[\w'’-]+\s+){0,3}[a-z][\w-]*s\b"
    r"(?=\s*(?:[,.;]|$)|\s+(?:in|at|on|during)\b)|"
    r"\s+(?:signed|adopted|concluded|inked|exchanged|reached|initialed|initialled|approved)\b|"
    r"\s+(?:entered|enters|took|takes|came|comes|covers|provides|stipulates|allows|"
    r"(?<!joint\s)(?<!open\s)(?<!public\s)(?<!competitive\s)(?<!annual\s)(?<!regular\s)calls|"
    r"envisages|expires|expired|includes|sets|paves|marks|remains)\b|"
    r"\s+and\s+(?:also\s+)?(?:agreed|discussed|decided|exchanged|signed|held|pledged|vowed|"
    r"noted|expressed|adopted|welcomed)\b|"
    r"\s+and\s+(?:also\s+)?[a-z]{3,}ed\s+(?:the|a|an|its|their|to|that)\b|"
    r"\s+(?:on|at|in|during)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:ceremony|event)\b|"
    r"\s+(?:via|by|through|over)\s+(?:an?\s+)?(?:video|videoconference|teleconference)\b|"
    r"\s+in\s+an?\s+(?:virtual|online|video|remote|non-face-to-face)\s+(?:format|mode|manner)\b|"
    r"\s+(?:on|at)\s+the\s+(?:sidelines|margins|ceremony|event|meeting|forum|talks|summit|"
    r"occasion|opening|end|invitation)\b|"
    r"\s+at\s+(?:the|an?)\s+(?:[\w-]+\s+){0,6}?(?:[Ff]orum|[Ss]ummit|[Cc]onference|[Ss]ession|[Mm]eeting|"
    r"[Ee]xpo|[Ee]xhibition|[Ff]estival|[Ff]air|[Pp]avilion|[Ss]tand|[Bb]ooth|[Cc]ongress|"
    r"[Rr]eception)\b|"
    r"\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b|"
    # "a framework agreement on a credit line of up to USD 500 million": its sum, no name
    rf"\s+(?:of\s+)?(?:up\s+to|totall?ing|amounting\s+to|valued\s+at)\s+(?:about\s+|around\s+|"
    rf"some\s+|nearly\s+|over\s+)?(?={_SUM})|\s+of\s+(?:about\s+|around\s+|some\s+)?(?={_SUM})"
)
_LOCATIVE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?(?:(?:port|city|town|village|area|district|"
                       r"region|island|province)\s+of\s+)?(?=[A-Z])")


#: the rest of a list of subjects after its first comma: "on trade, economic and
#: humanitarian cooperation", "on fisheries, shipbuilding and ports"
#: an item may be an acronym ("on digital maps, AI and search"); a list item is one word
_ITEM = r"(?:[a-z][\w-]*|[A-Z][A-Za-z0-9]{0,4}[A-Z0-9]s?\b)"
#: an item of two or three words ("environmental education, waste management and
#: ecotourism"); no word of it opens a clause or names who acts
_NOT_ITEM = (r"(?!(?:which|that|who|and|or|the|a|an|its|their|his|her|both|two|they|we|it|"
             r"also|signed|agreed|held|was|were|is|are)\b)")
_WORDS = rf"(?:{_NOT_ITEM}[a-z][\w-]*\s+){{0,2}}{_NOT_ITEM}{_ITEM}"
_LIST_REST = re.compile(rf",\s*(?:{_WORDS}\s*,\s*){{0,4}}"
                        rf"{_WORDS}\s+(?:and|or)\s+"
                        r"(?!(?:the|a|an|also|agreed|signed|held|discussed)\b)[a-z][\w-]*")


#: the same in a title, after a capitalised word: "on Economic, Scientific and Technical
#: Cooperation", "Ministry of Trade, Industry and Energy"
_TITLE_LIST_REST = re.compile(r",\s*(?:[A-Z][\w-]*\s*,\s*){0,4}[A-Z][\w-]*,?\s+(?:and|or)\s+"
                              r"[A-Z][\w-]*")


def _list_rest(text: str, comma: int, end: int) -> re.Match[str] | None:
    """The rest of a list of subjects or of title words that a comma at ``comma`` opens;
    a list of kinds ("Agreement, Memorandum and Protocol") is a list of documents."""
    rest = _LIST_REST.match(text, comma, end)
    if rest is None and re.search(r"\b[A-Z][\w-]*$", text[max(0, comma - 30):comma]):
        rest = _TITLE_LIST_REST.match(text, comma, end)
        words = re.findall(r"[A-Za-z][\w-]*", rest.group(0)) if rest else []
        if any(w.lower() in vocab().kinds for w in words):
            return None
    return rest


def _cut(text: str, first: int, end: int) -> re.Match[str] | None:
    """The first clause boundary after a document's topic; a comma that opens the rest of
    a list of subjects is not one."""
    pos = first
    while (m := _CUT.search(text, pos, end)) is not None:
        if _TO.match(m.group(0)) and _word_before(text, m.start()) in vocab().to_words:
            pos = m.end()  # "on cooperation in responding to forest fires": "to" goes on
            continue
        rest = _list_rest(text, m.end() - 1, end) if m.group(0).strip() == "," else None
        if rest is None or _CUT_VERB.search(rest.group(0)):
            return m
        pos = rest.end()
    return None


_TO = re.compile(r"\s+to\s")


def _word_before(text: str, pos: int) -> str:
    m = re.search(r"([\w-]+)$", text[max(0, pos - 40) : pos])
    return m.group(1).lower() if m else ""


_CUT_VERB = re.compile(r"\b(?:signed|adopted|concluded|agreed|held|was|were|is|are)\b")


def topic_stop(ctx: Context, sent, start: int, first: int, end: int) -> tuple[int, str | None, int]:
    """Where a complement ends: at a clause, the next document of a list, a date, a venue
    city ("in Chuncheon", not "an innovation center in Vladivostok"), or a second place
    ("a terminal in the port of X in the Y District"). Also where the words cut off end
    when they place the document's subject, not its signing ("... at X's shipyard on Y
    Island in Z Province"): no venue is read there."""
    text = ctx.text
    stop = end
    m = _cut(text, first, end)
    if m:
        stop = m.start()
    at = facility_at(text, first, stop)
    if at:
        return at
    m = re.compile(rf"\s+and\s+{_HEAD_AHEAD}(?:{vocab().head.pattern})").search(text, start, stop)
    if m:
        stop = m.start()
    for d in ctx.dates_in(sent):
        if start < d.start < stop:
            if re.search(r"(?:\bfor\s+(?:the\s+)?(?:years?\s+)?|\S)$", text[start : d.start]):
                break  # a period the document covers: "Plan of Actions for 2021-2023"
            if _YEAR_OF_KIND.match(text, d.end, stop):
                break  # "an addendum to their 2007 investment agreement": the other's year
            lead = re.search(r"\s+(?:on|in|from|since|dated|of|as of|last|this|early|late|mid|"
                             r"to|until|till|through|by)?\s*$", text[start : d.start])
            stop = start + lead.start()
            break
    located = None  # where the name after the last "in" starts
    for loc in _LOCATIVE.finditer(text, start, stop):
        hit = next((h for h in ctx.places_in(loc.end(), stop) if h.start == loc.end()), None)
        rec = ctx.lex.places.get(hit.id) if hit else None
        city = hit is not None and (rec is None or rec.kind in _CITY_KINDS) and \
            not _IN_NAME.match(text, hit.end)
        word = re.search(r"([\w-]+)$", text[start : loc.start()])
        if located is not None and _NAME_ONLY.fullmatch(text, located, loc.start()):
            # a second place right after the first: where the first lies, or the venue
            return loc.start(), hit.id if city else None, hit.end if hit and not city \
                else loc.start()
        if city and not (word and word.group(1).lower() in vocab().facilities):
            return loc.start(), hit.id, loc.start()
        located = loc.end()
    return stop, None, stop


#: a year right before a kind of document, in a topic: it dates that other document
_YEAR_OF_KIND = re.compile(rf"\s+(?:[\w-]+\s+){{0,3}}?(?:{vocab().head.pattern})")


#: "on participation in the Rajin-Khasan project", "in the Vladivostok project": a city
#: that opens a route's two ends or a project's name is no place of signing
_IN_NAME = re.compile(r"[-–][A-Z]|\s+(?:project|projects)\b")
#: the proper name after "in": "the port of Zarubino" -> "Zarubino"
_NAME_ONLY = re.compile(r"(?:[A-Z0-9][\w'’.&-]*\s*)+")


#: an aside in brackets after a name: "(KOGAS)", "(the ASEZ)"
ACRONYM_PAREN = re.compile(r"\s*\((?:the\s+)?[A-Z][\w&.-]{1,12}\)")
#: a sum before what it finances is no part of a document's name
_AMOUNT = re.compile(r"(?<=\s)(?:KRW|USD|RUB|EUR|US\$|\$|€)\s?\d[\d.,]*\s*(?:trillion|billion|"
                     r"million|bln|mln|tn)?(?:\s*\([^()]{1,30}\))?\s+(?=[a-z])")


#: "helicopters in firefighting configuration", "ambulances in the medical version": how the
#: goods come fitted, a detail of the order, not of what the document is on
_FITTED = re.compile(r"\s+in\s+(?:an?\s+|the\s+)?(?:[a-z][\w-]*\s+){1,3}(?:configuration|version|"
                     r"modification|variant)s?\s*$")


#: "between Tomsk Oblast (Russian Federation) and Chungbuk (Republic of Korea)": the country
#: a party lies in, told in brackets, is an aside and no part of the title
_COUNTRY_PAREN = re.compile(r"\s*\((?:the\s+)?(?:Russian\s+Federation|Russia|(?:the\s+)?Republic\s+"
                            r"of\s+Korea|(?:South\s+)?Korea|ROK|RF)\)")


def clean_topic(comp: str) -> str:
    """"the Korea Gas Corporation (KOGAS)" is named by its acronym; other asides go, but
    not the acronym of a term the topic goes on with ("illegal, unreported and unregulated
    (IUU) fishing"): that is part of the wording."""
    comp = _COUNTRY_PAREN.sub("", comp)
    comp = _AMOUNT.sub("", comp)  # "on a KRW 1.18 trillion (USD 1 billion) financing program"
    comp = _FITTED.sub("", comp)  # "for the supply of three helicopters in firefighting ..."
    comp = re.sub(r"(?:\bthe\s+)?(?:[A-Z][\w&'-]*\s+(?:(?:of|and|for|on)\s+)?){1,8}"
                  r"\((?P<acr>[A-Z][A-Z0-9&-]{1,9})\)", r"\g<acr>", comp)
    return ACRONYM_PAREN.sub(
        lambda m: m.group(0) if re.match(r"\s+[a-z]", comp[m.end():]) and
        re.search(r"\b[a-z][\w-]*$", comp[:m.start()]) else "", comp)


#: "(AEO MRA)": a title's own short form in brackets at its end
_TITLE_SHORT = re.compile(r"\s*\([A-Z][A-Za-z0-9&-]*(?:\s+[A-Z][A-Za-z0-9&-]*){0,3}\)\s*$")


def title_topic(comp: str) -> str:
    """A title's words as written, less the short form it is given in brackets ("the Mutual
    Recognition Arrangement on Authorized Economic Operators (AEO MRA)"): the name is the
    title, the short form only stands for it."""
    return _TITLE_SHORT.sub("", " ".join(comp.split()))
