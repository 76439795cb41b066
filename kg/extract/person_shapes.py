"""Two of the shapes a person is named in: name before title, and honorific or counterpart.

"Nikolai Serov, Deputy Prime Minister of ..." and "Mr. Kang Min-ho" / "his Russian
counterpart Ivan Petrov" are read here, apart from the title-before-name reader in
`people.py`; all three return the `TitleMatch` defined here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.context import Context, Span
from kg.extract.names import is_korean_name, is_name_token, russian_given_names, skip_ranks

#: ", Industry and Energy" continues a title ("Minister of Trade, Industry and Energy")
LIST_AHEAD = re.compile(r"\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:,\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)*"
                        r",?\s+and\s+[A-Z]")
_HONORIFIC = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Prof|Madam)\.?\s+")
_COUNTERPART = re.compile(r"\b(?:(?P<adj>[A-Z][a-z]+(?:'s)?)\s+)?counterparts?,?\s+")
_NAME_RUN = re.compile(
    r"(?P<name>(?:[A-Z][a-z]+(?:-[A-Za-z][a-z]*|['’][A-Za-z][a-z]+)*|[A-Z]\.)(?:\s+(?:[A-Z][a-z]+(?:-[A-Za-z][a-z]*|['’][A-Za-z][a-z]+)*|[A-Z]\.)){1,3})"
)
_REVERSED = re.compile(
    r"(?P<name>[A-Z][a-z]+(?:-[A-Za-z][a-z]*|['’][A-Za-z][a-z]+)*(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-z]+(?:-[A-Za-z][a-z]*|['’][A-Za-z][a-z]+)*){1,2}),\s+"
    r"(?:the\s+|an?\s+|who\s+is\s+(?:the\s+)?)?"
)


@dataclass
class TitleMatch:
    title: str
    title_span: Span
    name_tokens: list[tuple[str, int, int]]
    country: str | None
    #: "... Pyo Eun-jae of the Ministry of Foreign Affairs": the body named after the name
    org_hint: str = ""


def in_gazetteer(ctx: Context, offset: int) -> bool:
    for hit in ctx.place_hits:
        if hit.start <= offset < hit.end:
            return not (_surname_after_given_name(ctx, hit.start, hit.end) or
                        _given_name_before_surname(ctx, hit.start, hit.end) or
                        _korean_syllable_after(ctx, hit.start, hit.end))
    for hit in ctx.country_hits:
        if hit.start <= offset < hit.end:
            return True
    return any(s <= offset < e for s, e in ctx.name_spans)


def _surname_after_given_name(ctx: Context, start: int, end: int) -> bool:
    """"Artem Lvov": a one-word place name right after a Russian given name is a surname."""
    m = re.search(r"([A-Z][a-z]+)[^\S\n]+$", ctx.text[max(0, start - 20) : start])
    return bool(m) and " " not in ctx.text[start:end] and m.group(1) in russian_given_names()


def _given_name_before_surname(ctx: Context, start: int, end: int) -> bool:
    """"Artem Lvov", though Artyom is a town of Primorye: a given name before a surname."""
    return ctx.text[start:end] in russian_given_names() and \
        bool(re.match(r"[^\S\n]+[A-Z][a-z]+\b", ctx.text[end : end + 25]))


def _korean_syllable_after(ctx: Context, start: int, end: int) -> bool:
    """"Park Tae Wan", though Wan is a town: the last syllable of a Korean given name
    written apart, after a family name and a first syllable."""
    m = re.search(r"([A-Z][a-z]+)[^\S\n]+([A-Z][a-z]+)[^\S\n]+$",
                  ctx.text[max(0, start - 30) : start])
    return bool(m) and " " not in ctx.text[start:end] and \
        is_korean_name([m.group(1), m.group(2), ctx.text[start:end]])


def overlaps(spans: list[Span], s: int, e: int) -> bool:
    return any(a < e and s < b for a, b in spans)


def name_before_title(ctx: Context, start: int, end: int, taken: list[Span]) -> list[TitleMatch]:
    text = ctx.text
    out = []
    for m in _REVERSED.finditer(text, start, end):
        if overlaps(taken, m.start("name"), m.end("name")):
            continue
        rest = m.end()
        owner = _OWNER.match(text, rest)  # "X, Russia's minister for ...": the title follows
        body = None if owner else _BODY_OWNER.match(text, rest)
        rest = owner.end() if owner else body.end() if body else rest
        if owner is None and text[m.end() - 4 : m.end()].lower() == "the ":
            its = _BODY_POSSESSIVE.match(text, rest)  # "X, the park's deputy director for ..."
            rest = its.end() if its else rest
        former = re.compile(r"(?:former|ex-)\s*").match(text, rest)  # "X, a former Minister"
        at = former.end() if former else rest
        known = ctx.lex.titles.head_re.match(text, at)
        head = known or _lower_head(ctx, text, at)
        if head is None:
            continue
        stop = _clause_end(text, head.end(), end, ctx)
        loose = None if known else _loose_tail(text, head.end(), stop)
        stop = loose.start() if loose else stop  # "a senior vice president at the shipbuilder"
        words = m.group("name").split()
        lead = 0
        while len(words) - lead > 2 and not is_name_token(words[lead]):
            lead += 1  # "As Dmitry Yelagin, Director of ...": the name after a sentence word
        words = words[lead:]
        words = words[skip_ranks(words):] if len(words) > 2 else words  # "Admiral Ivan Orlov"
        if not all(is_name_token(w) for w in words) or in_gazetteer(ctx, m.start("name")):
            continue
        title = text[rest:stop].strip(" ,")
        employer = None if known or " and " not in title else _AT_EMPLOYER.search(title)
        title = title[: employer.start()] if employer else title  # the span keeps the body
        toks = [(w, m.start("name") + m.group("name").find(w), 0) for w in words]
        toks = [(w, s, s + len(w)) for w, s, _ in toks]
        country = None
        if owner:  # "X, Russia's trade representative in Seoul" acts for Russia
            country = "KR" if "Korea" in owner.group(0) else "RU"
        out.append(TitleMatch(title, (rest, stop), toks, country))
    return out


_OWNER = re.compile(r"(?:South\s+)?(?:Korea|Russia)['’]s\s+|"
                    r"(?P<adj>(?:South\s+)?(?:Korean|Russian))\s+(?=(?:(?:first|deputy|vice|acting)[\s-]+)*[a-z])")
#: "X, KOTRA's Director General for ...": the post of a body named by its short name
_BODY_OWNER = re.compile(r"(?!(?:Korea|Russia|South|The|His|Her|Its)['’])"
                         r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}['’]s\s+")
#: "the park's", "the institute's": the body a post belongs to, told before by its kind
_BODY_POSSESSIVE = re.compile(r"(?:[a-z][\w-]*\s+)?[a-z][\w-]*['’]s\s+")
_LOWER_HEADS = re.compile(r"(?:(?:first|executive|senior|general|managing|principal|leading)\s+)?"
                          r"(?:(?:vice|deputy)[\s-]+)?(?:head|chief|chairman|chairperson|"
                          r"chairwoman|chair|(?:trade\s+)?representative|counsell?or|"
                          r"consul(?:[\s-]general)?|advis[eo]r|director|"
                          r"governor|mayor|(?:prime\s+)?minister|president|ambassador|envoy|ceo|CEO|secretary|"
                          r"spokesperson|rector|(?:research\s+)?(?:fellow|scientist)|researcher|analyst|"
                          r"economist|professor|commander|(?:fleet\s+)?commander|commissioner|"
                          r"lecturer|(?:head\s+)?coach|artistic\s+director|conductor|"
                          r"(?:police\s+)?attach[eé])\b")


#: "a senior vice president at the shipbuilder", "chairman of the newly launched ...": a
#: lower-case post ends before a loose description
#: but "head of the international promotion team of X" names a unit the post heads
#: and "scientist at KIOST's Ocean Research Center" ends before the owner's unit
_LOOSE_TAIL = re.compile(r"\s(?:at|of|with|in)\s+(?:the|a|an|its|his|her)\s+"
                         r"(?!(?:[a-z][\w-]*\s+){1,4}(?:team|department|division|section|unit|"
                         r"office|desk|bureau|directorate|group|cent(?:er|re)|sector|"
                         r"service|administration|committee|board|branch)\b)[a-z]|"
                         r"\sat\s+(?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*['’]s\s")


#: "vice president and head of the X Group at KT": the employer of both posts, told after
#: "at", is a word of neither
_AT_EMPLOYER = re.compile(r"(?<=[a-z])\s+at\s+(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}$")


#: "for operational control in the electric power industry": the portfolio's field
_PORTFOLIO_FIELD = re.compile(r"\sin\s+the\s+(?:[a-z][\w-]*\s+){0,4}(?:industry|sector|"
                              r"sphere|field|area)\b")


def _loose_tail(text: str, pos: int, stop: int) -> re.Match | None:
    """Where a lower-case post's loose description starts; a portfolio ("department for
    X") goes on through the field it covers ("in the electric power industry")."""
    while True:
        loose = _LOOSE_TAIL.search(text, pos, stop)
        if loose is None or not re.search(r"\bfor\s", text[pos : loose.start()]):
            return loose
        field = _PORTFOLIO_FIELD.match(text, loose.start(), stop)
        if field is None:
            return loose
        pos = field.end()


def _lower_head(ctx: Context, text: str, pos: int):
    return _LOWER_HEADS.match(text, pos)


_CLAUSE_END = re.compile(
    r",|;|\(|\)|(?<!\bSt)(?<!\bMt)\.(?:\s|$)|\s(?:said|says|told|noted|stated|added|explained|emphasized|stressed|"
    r"announced|met|held|visited|will|who|was|is|has|had)\b"
)


def _clause_end(text: str, pos: int, end: int, ctx: Context | None = None) -> int:
    """Where a title after a name stops; ", Industry and Energy" lists do not stop it, but
    ", Ivan Orlov, Ambassador Extraordinary and ..." is the next person and his post."""
    while True:
        m = _CLAUSE_END.search(text, pos, end)
        if m is None:
            return end
        if m.group(0) == "," and not next_holder(ctx, text, m.end()) and (
                LIST_AHEAD.match(text, m.end()) or
                                  _LOWER_LIST_AHEAD.match(text, m.end()) and
                                  _FOR_WORDS.search(text, pos, m.start())):
            pos = m.end()
            continue
        return m.start()


_HOLDER = re.compile(r"\s*(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){1,2}),\s+(?:the\s+)?")


def next_holder(ctx: Context | None, text: str, pos: int) -> bool:
    """After a comma, a plain name then a comma and a post: a list of people each with
    their post, not more words of the post before."""
    m = _HOLDER.match(text, pos) if ctx is not None else None
    return m is not None and all(is_name_token(w) for w in m.group("name").split()) and \
        not in_gazetteer(ctx, m.start("name")) and \
        ctx.lex.titles.head_re.match(text, m.end()) is not None


#: "director general for materials, parts and equipment policy": a lower-case portfolio's
#: list goes on after the comma
_LOWER_LIST_AHEAD = re.compile(r"\s*[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?:,\s*[a-z][\w-]*"
                               r"(?:\s+[a-z][\w-]*)?)*,?\s+and\s+[a-z]")
_FOR_WORDS = re.compile(r"\b(?:for|of)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*$")


def honorifics(ctx: Context, start: int, end: int, taken: list[Span]) -> list[TitleMatch]:
    out = []
    for pattern in (_HONORIFIC, _COUNTERPART):
        for m in pattern.finditer(ctx.text, start, end):
            n = _NAME_RUN.match(ctx.text, m.end())
            single = re.match(r"[A-Z][a-z]+(?:-[a-z]+)?(?![\w-])", ctx.text[m.end():end])
            if n is None and single is None:
                continue
            if n is not None:
                words = n.group("name").split()[:3]
                pos = n.start()
            else:
                words = [single.group(0)]
                pos = m.end()
            toks, cur = [], pos
            for w in words:
                s = ctx.text.index(w, cur)
                if not is_name_token(w) or in_gazetteer(ctx, s):
                    break
                toks.append((w, s, s + len(w)))
                cur = s + len(w)
            if not toks or overlaps(taken, toks[0][1], toks[-1][2]):
                continue
            country = None
            adj = m.groupdict().get("adj")
            if adj:
                country = ctx.lex.demonyms.get(adj)
            out.append(TitleMatch("", (m.start(), m.start()), toks, country))
    return out


_APPOSITIVE_NAME = (r"(?P<name>[A-Z][a-z]+(?:-[A-Za-z][a-z]*)?"
                    r"(?:\s+[A-Z][a-z]+(?:-[A-Za-z][a-z]*)?){1,2})")
_LOWER_POST = (r"(?:(?:deputy|vice|first|acting|executive|senior)\s+)*(?:head|chief|director|"
               r"director general|general director|chairman|president|representative|"
               r"chief executive(?:\s+officer)?|CEO|spokes(?:man|woman|person)|"
               r"(?:senior\s+|chief\s+|leading\s+)?(?:researcher|research\s+fellow|analyst|"
               r"economist))")
#: "Rostec aviation cluster industrial director": lower-case words that only say which
#: director; never a verb or a function word
_POST_MODIFIERS = (r"(?:(?!(?:said|says|and|or|the|an?|its|his|her|their|of|for|to|in|on|at|"
                   r"with|by|from|is|was|has|had|will|also|told|met|as|that|which|who|new|"
                   r"former)\b)[a-z][\w-]*\s+){0,3}?")
#: "deputy CEO for sales": the post's lower-case portfolio
_POST_FOR = r"(?:\s+for\s+[a-z][\w-]*(?:,?\s+(?:and\s+)?[a-z][\w-]*){0,3}?)?"
#: "the head of the Vladivostok office of the Korea Trade-Investment Promotion Agency
#: (KOTRA), Nam Ki-young": the post first, the name after a comma
_POST_COMMA_NAME = re.compile(
    rf"\b[Tt]he\s+(?P<title>(?i:{_LOWER_POST}|ambassador|(?:(?:deputy|vice|first)\s+)*minister|"
    rf"governor|mayor|consul[\s-]general|commissioner|administrator|rector)\s+of\s+[^,;()]{{3,120}}?)(?:\s*\([A-Z][\w&-]{{1,10}}\))?"
    rf",\s+{_APPOSITIVE_NAME}(?=\s*(?:[,.;]|$)|\s+(?:said|says|told|noted|added)\b)")
#: "Glavkosmos chief executive Andrei Belyakov": a body's name, its post, then the name
_BODY_POST_NAME = re.compile(rf"(?P<title>(?P<body>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){{0,3}})\s+"
                             rf"{_POST_MODIFIERS}{_LOWER_POST}{_POST_FOR})\s+{_APPOSITIVE_NAME}\b")


#: "visited the Far Eastern Customs Administration, where he met its head, Viktor
#: Zolotaryov": the post of the body just named, the name after a comma
_ITS_POST_NAME = re.compile(
    rf"\b(?:(?:its|their)\s+(?P<title>{_LOWER_POST}),?|whose\s+(?P<title2>{_LOWER_POST}))\s+"
    rf"{_APPOSITIVE_NAME}"
    rf"(?=\s*(?:[,.;]|$)|\s+(?:said|says|told|noted|added|for|who)\b|(?<=\w)\s+[a-z]+ed\b)")
#: "the KOTRA office in Vladivostok, headed by Yoon Ji-hoon": the body's head, named after
_BODY_HEADED_BY = re.compile(
    r"\bthe\s+(?P<body>(?:[A-Z][\w&-]*\s+){1,6}?(?:office|branch|representative\s+office|"
    r"mission|agency|center|centre|department|division|bureau|directorate|institute)"
    r"(?:\s+(?:in|of)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})?),\s+(?:which\s+is\s+)?"
    rf"(?P<title>headed|led)\s+by\s+{_APPOSITIVE_NAME}\b")
#: "ministry spokesperson Na Ri-won", "defense ministry spokesman ...": a body named by its
#: kind in lower case, then its spokesperson and the name
_KIND_SPOKESPERSON_NAME = re.compile(
    r"(?<![\w-])(?P<title>(?:(?:defen[cs]e|foreign|unification|finance|trade|police|"
    r"presidential)\s+)?(?:ministry|agency|office|embassy|government|police|military)\s+"
    rf"(?:deputy\s+)?spokes(?:man|woman|person))\s+{_APPOSITIVE_NAME}\b")
#: "the region's governor Oleg Ivanov", "regional governor Oleg Ivanov": a lower-case
#: post of the region the story is about, right before the name
_REGION_POST_NAME = re.compile(
    r"\b(?:(?:the\s+)?(?:region|krai|oblast|province|republic|city)['’]s|regional)\s+"
    rf"(?P<title>(?:(?:deputy|vice|acting)[\s-]+)?(?:governor|head|mayor))\s+{_APPOSITIVE_NAME}\b")
#: "the committee's deputy chairman Oleg Ivanov": the post of a body named before
#: "the Mayor of Busan's advisor for culture Oh Mi-ra": an aide's post told by whose aide
#: the person is
_HOLDERS_AIDE_NAME = re.compile(
    r"\b[Tt]he\s+(?P<title>(?:Mayor|Governor|Minister|President|Ambassador|Chairman)"
    r"(?:\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?['’]s\s+"
    r"(?:(?:senior|chief|special)\s+)?(?:advis[eo]r|aide|assistant|envoy|representative)"
    r"(?:\s+(?:for|on)\s+[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){0,2})?)\s+"
    rf"{_APPOSITIVE_NAME}\b")
_BODY_POSS_POST_NAME = re.compile(
    r"\b[Tt]he\s+(?:committee|company|agency|ministry|corporation|foundation|institute|"
    r"university|bank|fund|organi[sz]ation|association|council|holding|cent(?:re|er)|office|"
    r"department|service|administration|chamber|society|academy|museum|hospital|park|"
    r"technopark|firm|group|shipyard|port|city|municipality)['’]s\s+"
    rf"(?P<title>{_LOWER_POST})\s+{_APPOSITIVE_NAME}\b")
#: "the head of Aleysky District Olga Orlova": a unit's kind ends the body, not opens a name
_UNIT_WORD = (r"(?:District|Region|Oblast|Krai|Province|City|Territory|County|Republic|Okrug|"
              r"Municipality|Committee|Agency|Cent(?:er|re)|Company|Group|Union|Association|"
              r"Foundation|Institute|University|Office|Department|Administration)\b")
#: ", general director of the Technopark of X (Akadempark) Pavel Laptev and ...": a
#: lower-case post of a named body, then the name (a plain one only)
_LOWER_POST_OF_BODY_NAME = re.compile(
    rf"(?:(?<=,\s)|(?<=\band\s)|(?<=\bby\s)|(?<=\bwith\s))(?:the\s+)?(?P<title>{_LOWER_POST}\s+of\s+"
    r"(?:the\s+)?[A-Z][\w&-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w&-]*){0,6}?)"
    rf"(?:\s*\([A-Z][\w&-]*\))?\s+(?!{_UNIT_WORD}){_APPOSITIVE_NAME}(?=\s+[a-z]|\s*[,.;])")
#: the body a possessive points back to: the last capitalised name after "the"
_BODY_BEFORE = re.compile(r"\bthe\s+(?P<body>[A-Z][\w-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?"
                          r"[A-Z][\w-]*){1,8})")


def appositives(ctx: Context, start: int, end: int, taken: list[Span]) -> list[TitleMatch]:
    """Posts in lower case, which the title gazetteer does not start: after "the" with the
    name following a comma, or after a known body's name."""
    out = []
    for m in _POST_COMMA_NAME.finditer(ctx.text, start, end):
        out += _appositive(ctx, m, taken, m.group("title"), m.span("title"), "")
    for m in _BODY_POST_NAME.finditer(ctx.text, start, end):
        body = ctx.lex.org_matcher.find(ctx.text, m.start("body"), m.end("body"))
        known = any(h.start == m.start("body") and h.end == m.end("body") for h in body)
        if not known and (" " in m.group("body") or in_gazetteer(ctx, m.start("body")) or
                          m.group("body") in ctx.lex.demonyms or
                          m.group("body") in ("The", "A", "An", "Its", "His", "Her", "Their")):
            continue  # a known body, or one word that names no place: "Glavkosmos chief ..."
        out += _appositive(ctx, m, taken, m.group("title"), m.span("title"), m.group("body"))
    for m in _KIND_SPOKESPERSON_NAME.finditer(ctx.text, start, end):
        out += _appositive(ctx, m, taken, m.group("title"), m.span("title"), "")
    for m in _REGION_POST_NAME.finditer(ctx.text, start, end):
        out += _appositive(ctx, m, taken, m.group("title"), m.span("title"), "")
    for m in _BODY_POSS_POST_NAME.finditer(ctx.text, start, end):
        out += _appositive(ctx, m, taken, m.group("title"), m.span("title"), "")
    for m in _HOLDERS_AIDE_NAME.finditer(ctx.text, start, end):
        out += _appositive(ctx, m, taken, m.group("title"), m.span("title"), "")
    for m in _LOWER_POST_OF_BODY_NAME.finditer(ctx.text, start, end):
        words = m.group("name").split()
        if is_korean_name(words) or words[0] in russian_given_names():
            out += _appositive(ctx, m, taken, m.group("title"), m.span("title"), "")
    for m in _BODY_HEADED_BY.finditer(ctx.text, start, end):
        body = " ".join(m.group("body").split())
        out += _appositive(ctx, m, taken, f"head of the {body}", m.span("title"), body)
    for m in _ITS_POST_NAME.finditer(ctx.text, start, end):
        bodies = list(_BODY_BEFORE.finditer(ctx.text, start, m.start()))
        if bodies:
            body = bodies[-1].group("body")
            post = "title" if m.group("title") else "title2"  # "..., whose director X"
            title = f"{m.group(post)} of the {body}"
            out += _appositive(ctx, m, taken, title, m.span(post), body)
    return out


def _appositive(ctx: Context, m: re.Match, taken: list[Span], title: str, title_span: Span,
                hint: str) -> list[TitleMatch]:
    words = m.group("name").split()
    if overlaps(taken, m.start("name"), m.end("name")) or \
            not all(is_name_token(w) for w in words) or in_gazetteer(ctx, m.start("name")):
        return []
    return [TitleMatch(" ".join(title.split()), title_span, _name_tokens(ctx, m), None, hint)]


def _name_tokens(ctx: Context, m: re.Match) -> list[tuple[str, int, int]]:
    """The words of the match's name with their offsets in the text."""
    toks, cur = [], m.start("name")
    for w in m.group("name").split():
        s = ctx.text.index(w, cur)
        toks.append((w, s, s + len(w)))
        cur = s + len(w)
    return toks


#: a head of state's own site names its owner in its header ("President of Russia") and
#: the owner without a title in the story ("X had a telephone conversation with ...")
_SITE_OWNER = re.compile(r"^[ \t]*(President of Russia|President of the Russian Federation|"
                         r"President of the Republic of Korea)[ \t]*$", re.M)
_OWNER_ACTS = re.compile(rf"\W*{_APPOSITIVE_NAME}\s+(?:had|held|met|sent|received|chaired|"
                         r"took\s+part|spoke|visited|made|signed|attended|addressed)\b")


def site_owner(ctx: Context, start: int, end: int, taken: list[Span]) -> list[TitleMatch]:
    """The untitled name that opens a sentence of a head of state's own site is the site's
    owner, whose post its header gives."""
    head = _SITE_OWNER.search(ctx.text, 0, min(ctx.body_start, 400) or 400)
    m = _OWNER_ACTS.match(ctx.text, start, end) if head else None
    if m is None:
        return []
    return _appositive(ctx, m, taken, head.group(1), head.span(1), "")


#: ", Ahn Chul-woo." after a post: the name closing the clause the post opened
_COMMA_NAME = re.compile(r"(?:\s*\([A-Z][\w&-]*\))?,\s+(?P<name>[A-Z][a-z]+(?:-[A-Za-z][a-z]*)?"
                         r"(?:\s+[A-Z][a-z]+(?:-[A-Za-z][a-z]*)?){1,2})(?=\s*[,.;)]|\s*$)")


def name_after_comma(ctx: Context, pos: int) -> list[tuple[str, int, int]]:
    """"South Korea's Deputy Minister for Energy Policy at the Ministry of X (MOTIE), Ahn
    Chul-woo.": a post that names no one is followed by its holder after a comma; only a
    plain name (a Korean one, or one opening with a Russian given name) is taken."""
    m = _COMMA_NAME.match(ctx.text, pos)
    if m is None:
        return []
    after = re.match(r"\s*,\s*(?:the\s+|a\s+)?", ctx.text[m.end() : m.end() + 6])
    if after and (ctx.lex.titles.head_re.match(ctx.text, m.end() + after.end()) or
                  _lower_head(ctx, ctx.text, m.end() + after.end())):
        return []  # "Vice President of X, Kang Tae-jun, Executive Director of Y": a list of
        # names each before its post
    words = m.group("name").split()
    if not (is_korean_name(words) or words[0] in russian_given_names()) or \
            in_gazetteer(ctx, m.start("name")):
        return []
    return _name_tokens(ctx, m)
