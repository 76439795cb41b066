"""A post as the release words it, without what only places the post.

Releases glue the employer onto a post with a portfolio ("Director General for
Logistics Policy of the Ministry of Land, ...", "senior vice president for sales
at Nornickel"); the post is the part up to the body, and the body is the
person's affiliation. A possessive country before a body ("head of Russia's
Federal Agency for X") is the body with its article ("head of the Federal
Agency for X"); "of the region" only points back at a region named before.
"""

from __future__ import annotations

import re

from kg.extract import org_names
from kg.extract.context import Context
from kg.extract.names import is_name_token

#: "Director General for X of the Ministry ...": a post with a portfolio, then its body
_PORTFOLIO_THEN_BODY = re.compile(
    r"^(?P<post>(?:(?!of\b|at\b)[\w-]+\s+){0,5}?(?!of\b|at\b)[\w-]+(?:\s+of\s+the\s+Board)?"
    r"\s+(?:for|in\s+charge\s+of)\s+(?:(?!\s(?:of|at)\s).)+?)\s+(?P<link>of|at)\s+"
    r"(?P<body>.+)$")
_OWNER = re.compile(r"(?:South\s+)?(?:Korea|Russia)['’]s\s+")
#: "Minister of Natural Resources of the region": the region told before, not a new name
_BACK_TO_REGION = re.compile(r"\s+of\s+the\s+(?:region|krai|oblast|territory|province|city|"
                             r"republic)$")


#: "President of Paldo Co., Ltd.": the company's legal form is not part of the post (and a
#: comma in "Co., Ltd." cuts the title short, leaving a dangling "Co.")
_COMPANY_FORM = re.compile(r",?\s+Co\.(?:,?\s*Ltd\.?)?$")


def worded(ctx: Context, title: str, org_hint: str) -> tuple[str, str]:
    """The post to record and the body it names, as an ``of ...`` hint when none was
    given: "senior vice president for sales of Nornickel" -> ("senior vice president for
    sales", "of Nornickel")."""
    title = _owner_as_article(title)
    title = _BACK_TO_REGION.sub("", title)
    title = _COMPANY_FORM.sub("", title)
    first = _body_before_post(ctx, title)
    if first is not None:
        return first[0], org_hint or first[1]
    m = _PORTFOLIO_THEN_BODY.match(title)
    if m is None or not _is_body(ctx, m.group("body")):
        return title, org_hint
    return m.group("post").rstrip(" ,"), org_hint or f"of {m.group('body')}"


def _body_before_post(ctx: Context, title: str) -> tuple[str, str] | None:
    """"Korean Air Executive Vice President and Chief Marketing Officer", "KOTRA President":
    a known body named before the post is the person's employer, told the way a newswire
    glues it on, not a word of the post; the post is the rest, the body its hint."""
    for hit in ctx.lex.org_matcher.find(title, 0, len(title)):
        if hit.start != 0 or not title[hit.end : hit.end + 1].isspace():
            continue
        rest = title[hit.end :].strip()
        if ctx.lex.titles.head_re.match(rest) and not ctx.lex.place_matcher.find(
                title, 0, hit.end):
            return rest, f"of {title[: hit.end]}"
    return None


def _owner_as_article(title: str) -> str:
    """"head of Russia's Federal Agency for Water Resources" -> "head of the Federal
    Agency for Water Resources"; "Governor of South Korea's Gyeonggi Province" stays,
    a province taking no article."""
    def swap(m: re.Match) -> str:
        rest = title[m.end() :]
        body = re.match(rf"(?:[A-Z][\w&-]*\s+){{0,4}}?(?:{org_names.heads_re()})\b", rest)
        return "of the " if body else m.group(0)
    return re.sub(rf"\bof\s+{_OWNER.pattern}", swap, title)



def _is_body(ctx: Context, text: str) -> bool:
    """A body's name opens ``text``: a known one, one ending in a body's head noun, or a
    single capitalised word that names no place ("Nornickel")."""
    text = re.sub(rf"^(?:the\s+)?(?:{_OWNER.pattern})?", "", text)
    if not text[:1].isupper():
        return False
    if any(h.start == 0 for h in ctx.lex.org_matcher.find(text, 0, len(text))):
        return True
    if re.match(rf"(?:[A-Z][\w'’&-]*\s+(?:(?:of|and|for|&)\s+(?:the\s+)?)?){{0,6}}?"
                rf"(?:{org_names.heads_re()})(?![\w-])", text):
        return True
    single = re.fullmatch(r"[A-Z][\w&-]+", text)
    return bool(single) and not ctx.lex.place_matcher.find(text, 0, len(text)) and \
        text not in ctx.lex.country_forms


def same_post_short_body(ctx: Context, title: str, other: str) -> bool:
    """"Deputy Head of Rostrud" or "Rostrud head" beside "Deputy Head of the Federal
    Service for Labour and Employment", which the release gave with "(Rostrud)": one post,
    its body named two ways."""
    a, b = _post_and_body(title), _post_and_body(other)
    if a is None or b is None or a[0].lower() != b[0].lower() or a[1] == b[1]:
        return False
    short, full = a[1], b[1]
    if len(short) >= len(full):
        return False  # the body told in full is the one kept
    shapes = (rf"{re.escape(full)}\s*\(\s*{re.escape(short)}\s*\)",
              rf"{re.escape(short)}\s*\(\s*(?:the\s+)?{re.escape(full)}\s*\)")
    return _initials(full) == short or any(re.search(p, ctx.text) for p in shapes)


def _initials(name: str) -> str:
    """"Bauman Moscow State Technical University" -> "BMSTU": a body's acronym, which a
    release may use without ever bracketing it after the full name."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _post_and_body(title: str) -> tuple[str, str] | None:
    """"Deputy Head of the X" -> ("Deputy Head", "X"); "Rosvodresursy head" -> ("head",
    "Rosvodresursy")."""
    if " of " in title:
        post, body = title.split(" of ", 1)
        return post, body.removeprefix("the ")
    m = re.fullmatch(r"(?P<body>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})\s+(?P<post>[a-z][\w\s-]*)",
                     title)
    return (m.group("post"), m.group("body")) if m else None


#: "CEO of the Korean jewellery house Golden Dew": a nationality and a lowercase kind that
#: only describe the body named after them
_DESCRIBED_BODY = re.compile(
    r"\b(?P<link>of|at)\s+the\s+(?P<demonym>(?:South\s+)?[A-Z][a-z]+)\s+"
    r"(?P<kind>(?:(?!(?:of|for|and|in|on|to|at|the)\b)[a-z][\w-]*\s+){1,3})"
    r"(?=[A-Z\"“«][^,;()]*$)")


def without_description(ctx: Context, title: str) -> str:
    """The post with its body named plainly: "CEO of Golden Dew", as the body is called."""
    m = _DESCRIBED_BODY.search(title)
    if m is None or not ctx.lex.demonyms.get(m.group("demonym")):
        return title
    return f"{title[: m.start()]}{m.group('link')} {title[m.end() :]}"


def told_in_full(title: str, other: str) -> bool:
    """``other`` is the same post as ``title`` told more fully: with more words, or spelled
    out where ``title`` has its initials. Two titles that differ only in case are one post
    told twice, and neither is dropped for the other."""
    if other.casefold() == title.casefold():
        return False
    return shortened(title, other) or acronym_of(title, other)


def shortened(title: str, fuller: str) -> bool:
    """``fuller`` starts as ``title`` does and holds every word of it, in order; a body
    named before the post ("Cheong Wa Dae Deputy Spokesperson") is a post of its own."""
    short, full = title.casefold().split(), fuller.casefold().split()
    words = iter(full)
    return short[:1] == full[:1] and all(w in words for w in short)


def acronym_of(title: str, fuller: str) -> bool:
    """"CEO" beside "Chief Executive Officer" (or "CEO of X" beside "Chief Executive
    Officer of X") for the same person: one post, once spelled out and once by its
    initials; the spelled-out form is the one kept."""
    words, full = title.split(), fuller.split()
    if not words or not re.fullmatch(r"[A-Z]{2,5}", words[0]):
        return False
    size = len(words[0])
    head = full[:size]
    if len(head) < size or not all(w[:1].isupper() for w in head):
        return False
    return "".join(w[0] for w in head) == words[0] and full[size:] == words[1:]


def body_named_first(ctx: Context, title: str, other: str) -> bool:
    """"KIOST President" or "Ulsan Mayor" beside "President" or "Mayor of Ulsan" for the
    same person: one post, its body put before it once. The body must be an acronym or a
    place, so that "Deputy Prime Minister" beside "Prime Minister" stays two posts."""
    m = re.fullmatch(r"(?P<body>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2})\s+(?P<post>[A-Z][\w\s-]*)",
                     title)
    if m is None:
        return False
    post, body = m.group("post"), m.group("body")
    if not (other == post or other.startswith(f"{post} of ")):
        return False
    acronym = re.fullmatch(r"[A-Z][A-Z&-]{1,9}", body) is not None
    place = any(h.start == 0 and h.end == len(body)
                for h in ctx.lex.place_matcher.find(body, 0, len(body)))
    return acronym or place


def split_titles(title: str) -> list[str]:
    """"Deputy Prime Minister and Presidential Envoy to X" holds two posts."""
    from kg.extract.lexicon import lexicon  # the lexicon imports the extractor's modules

    parts = re.split(r"\s+and\s+(?=(?:[A-Z][\w-]*\s+)*?(?:Envoy|Minister|Ambassador|Governor|"
                     r"Chairman|Chair|President|Director|Head|Representative|Secretary|Mayor|Rector|"
                     r"Commissioner|Doctor)\b)", title)
    if len(parts) == 1:
        parts = _lower_case_posts(title)
    if _BOARD_SEAT.match(parts[0]):
        return [title]  # "Member of the Management Board and First Deputy CEO": a board
        # seat the executive holds with the post, told as one
    heads = lexicon().titles.head_re
    good = [p.strip(" ,") for p in parts if heads.search(p) or _LOWER_POST.search(p)]
    if not any(_SCOPED.search(p) for p in good):
        return [title]  # "Vice President and Secretary-General": one office's double name
    return good if len(good) == len(parts) else [title]


def _lower_case_posts(title: str) -> list[str]:
    """"deputy prime minister and president of the X Union", "director general for the CIS
    and head of the Y Center": two lower-case posts, when the first has its own scope or is
    a post of state; "executive vice president and head of the X Group" is one office's
    ranks, told as one."""
    parts = re.split(r"\s+and\s+(?=" + _LOWER_SECOND + ")", title)
    if len(parts) > 1 and not (_SCOPED.search(parts[0]) or _STATE_POST.search(parts[0])):
        return [title]
    return parts


#: a post of government, whatever its scope
_STATE_POST = re.compile(r"\b(?:minister|governor|mayor|ambassador|senator|deputy)\b", re.I)
#: "deputy prime minister and president of the X Union": a newswire's lower-case posts, the
#: second one scoped ("of", "for") so that "president and CEO" stays one post
_LOWER_POST = re.compile(r"\b(?:minister|president|director|head|chairman|chairwoman|chair|"
                         r"governor|mayor|rector|secretary|ambassador|envoy|representative|"
                         r"commissioner|chief)\b")
_LOWER_SECOND = (r"(?:(?:first|deputy|vice|executive|senior|acting)[\s-]+)*(?:president|"
                 r"director(?:\s+general)?|head|chairman|chairwoman|chair|rector|"
                 r"secretary(?:[\s-]general)?|representative|governor|mayor)\s+(?:of|for)\s")
#: a seat on a company's board, which its executives hold with their post
_BOARD_SEAT = re.compile(r"Member\s+of\s+the\s+(?:[A-Z][\w-]*\s+)?Board$")
#: a post with its own scope: "Minister of Economy", "Envoy to the Far Eastern ..."
_SCOPED = re.compile(r"\s(?:of|for|to|in|at)\s")


def same_post_other_country(ctx: Context, title: str, other: str) -> bool:
    """"Head of the Federal Customs Service of Russia" beside "... of the Russian
    Federation": one post whose country is named two ways."""
    a, b = _without_country(ctx, title), _without_country(ctx, other)
    return a is not None and a == b and title != other


def _without_country(ctx: Context, title: str) -> str | None:
    """The title without a closing "of (the) <country>", or None when it names none."""
    for m in re.finditer(r"\s+of\s+(?:the\s+)?", title):
        tail = title[m.end() :]
        if tail in ctx.lex.country_forms or f"the {tail}" in ctx.lex.country_forms:
            return title[: m.start()]
    return None


def without_short_names(ctx: Context, title: str) -> str:
    """"Deputy Head of the Federal State Statistics Service (Rosstat)": a body's short name
    in brackets is not part of the post; a bracketed post ("(Minister)") or place
    ("Head of the Republic of Sakha (Yakutia)") is."""
    def drop(m: re.Match) -> str:
        word = m.group(1)
        short = word in ctx.lex.org_matcher.forms or re.fullmatch(r"[A-Z]{2,}\w*", word)
        return "" if short and word not in ctx.lex.place_matcher.forms else m.group(0)
    return re.sub(r"\s*\(([A-Z][\w&.-]*)\)", drop, title)


#: "president and " right before a capital head: a first post the person also holds
_LOWER_POST_AND = re.compile(
    r"(?<![\w-])(?:(?:first|executive|senior)\s+)?(?:(?:vice|deputy)[\s-]+)?"
    r"(?:president|chairman|chairwoman|director|head|rector|dean)\s+and\s+$")


def premodifier_start(ctx: Context, start: int) -> int:
    """"Gangwon Governor", "Zvezda's General Director": a place or body named right
    before the head word is part of the title."""
    before = ctx.text[max(0, start - 60) : start]
    joined = _LOWER_POST_AND.search(before)
    if joined:  # "Korea Zinc president and CEO": the lowercase post is the same person's
        return premodifier_start(ctx, start - len(joined.group(0)))
    for hit in ctx.lex.org_matcher.find(ctx.text, max(0, start - 80), start + 40):
        if hit.start < start < hit.end and not re.search(r"\s", ctx.text[start : hit.end]):
            return hit.start  # "Doosan Heavy Industries & Construction Executive Vice
            # President": the head's prefix word ("Construction") ends a body's name
    for hit in ctx.place_hits + ctx.lex.org_matcher.find(ctx.text, max(0, start - 80), start):
        if hit.end == start - 1 and ctx.text[hit.end] == " ":
            return hit.start
    m = re.search(r"((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*(?:'s|’s))\s$", before)
    if m and not ctx.lex.demonyms.get(m.group(1).split()[-1].replace("’", "'")):
        return start - len(m.group(0))
    # "Trade, Industry and Energy Minister X": the portfolio's list runs before the head
    m = re.search(r"(?:[A-Z][\w-]*,\s+)+[A-Z][\w-]*,?\s+and\s+$", before)
    if m and not any(is_name_token(w) for w in re.findall(r"[A-Z][\w-]*", m.group(0))):
        return start - len(m.group(0))
    return start
