"""Where a release's own text ends: a wire story closes with "(END)" or a heading such as
"Related Articles" before a list of other stories' headlines. Those headlines tell of other
news ("X to build 2nd battery plant in Hungary"), so no project is read from them.
"""

from __future__ import annotations

import re

#: a line that closes the story or opens a list of other stories
_TAIL = re.compile(r"^[ \t]*(?:\(END\)|(?:Related|More|Other)\s+(?:Articles|News|Stories|Reading)"
                   r"|See\s+also|Read\s+more)[ \t]*:?[ \t]*$", re.M | re.I)


def story_end(text: str) -> int:
    """The offset where the release's own story ends: the first closing line, or its end."""
    m = _TAIL.search(text)
    return m.start() if m else len(text)
