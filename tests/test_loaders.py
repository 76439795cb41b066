"""Loaders on real files written to tmp_path: text, HTML, records, folders, URLs, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from kg.loaders import Document, LoadError, iter_documents
from kg.loaders.encoding import decode_bytes

SUPPORTED = ".htm, .html, .json, .jsonl, .md, .text, .txt"
SEED = Path("/work/shared/seeds/000_73c461dbd340df77.txt")

OLD_LAYOUT = """Skip navigation
HOME / Press / Press Releases
Press Releases 상세보기
Korea and Russia Hold Consultations on Far East Cooperation
• Date : 2015-03-02 09:10:00
• Hit : 1532

1. The two sides met in Moscow on February 27.

  o They discussed fisheries.

* unofficial translation
list
prev
An older release
next
"""

MOFA_NEW = """<html lang="ko"><head><meta charset="utf-8"><title>Press Releases</title></head><body>
<a href="#c">본문 바로가기</a><nav><ul><li>Home</li><li>Press</li></ul></nav>
<div class="board_detail"><div class="bo_head">
<h2>Korea and Russia Hold 10th Strategic Dialogue</h2>
<ul><li>Date 2019-11-25</li><li>hit 321</li></ul></div>
<div class="bo_con"><div class="se-contents">
<p>1. First Vice Minister Cho Sei-young held the dialogue in Moscow on November 22.</p>
<p>&nbsp;</p><p>o The two sides discussed the New Northern Policy.</p>
<p>2. The two sides agreed to meet again.<script>var leak = "SCRIPT_MARKER";</script></p>
</div></div></div><script>document.write("SCRIPT_MARKER")</script></body></html>"""

MOFA_OLD = """<html><body><div class="board_detail"><h2>Korea-Russia Consultation Held</h2>
<div class="bo_head"><span>Date : 2014.05.12</span></div>
<div class="bo_con">1. Director-General Lee met Director Ivanov in Seoul.<br>
2. They reviewed cooperation in Primorsky Krai.<br>o Fisheries came first.</div>
</div></body></html>"""

NEWS_PAGE = """<!DOCTYPE html><html lang="en"><head>
<title>S. Korea, Russia agree on shipyards | News</title>
<meta property="og:title" content="S. Korea, Russia agree on shipyards">
<meta property="og:site_name" content="Example Wire">
<meta property="article:published_time" content="2019-03-14T10:00:00+09:00">
<link rel="canonical" href="https://news.example.org/articles/42"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/biz">Business</a></nav>
<article><h1>S. Korea, Russia agree on shipyards</h1>
<p>SEOUL, March 14 (Yonhap) -- South Korea and Russia agreed on Thursday to build ships together
in the Russian Far East, the foreign ministry said.</p>
<p>The agreement was reached at a meeting of the Korea-Russia Far East and Siberia Sub-committee
held in Seoul, where officials also discussed fisheries and logistics.</p>
<p>The two sides plan to meet again in Vladivostok next year, officials said. (END)</p></article>
<script>var tracker = "SCRIPT_MARKER";</script><footer>Copyright Example Wire</footer>
</body></html>"""

KOREAN_PAGE = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>외교부 보도자료</title></head><body><article><h1>한-러 극동시베리아 분과위원회 개최</h1>
<p>김건 차관보는 12월 12일 서울에서 러시아 극동개발부 차관과 분과위원회를 개최하였다. 똠방각하.</p>
</article></body></html>"""

RUSSIAN_TEXT = """Корея и Россия обсудили сотрудничество на Дальнем Востоке

Заместитель министра по развитию Дальнего Востока и Арктики провёл встречу в Сеуле.
"""


def write(path: Path, content: str | bytes, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = content if isinstance(content, bytes) else content.encode(encoding)
    path.write_bytes(data)
    return path


def load(*sources: str | Path, **kwargs: object) -> list[Document | LoadError]:
    return list(iter_documents([str(s) for s in sources], **kwargs))  # type: ignore[arg-type]


def one_doc(*sources: str | Path) -> Document:
    results = load(*sources)
    assert len(results) == 1 and isinstance(results[0], Document), results
    return results[0]


def test_seed_release_loses_navigation_keeps_body() -> None:
    doc = one_doc(SEED)
    assert doc.title == "Korea-Russian Far East and Siberia Sub-committee Holds its 13th Meeting"
    assert doc.date is None
    assert doc.text.startswith("1. Deputy Minister")
    assert "바로가기" not in doc.text and "Press Releases" not in doc.text
    assert "\n\n\no Deputy Minister\xa0Krutikov said" in doc.text  # kept verbatim
    assert doc.publisher == "Ministry of Foreign Affairs, Republic of Korea"
    assert doc.language == "en" and doc.media_type == "text/plain"
    assert doc.key == str(SEED.resolve()) and doc.source_path == str(SEED)


def test_old_layout_text_date_and_trailer(tmp_path: Path) -> None:
    doc = one_doc(write(tmp_path / "old.txt", OLD_LAYOUT))
    assert doc.title == "Korea and Russia Hold Consultations on Far East Cooperation"
    assert doc.date == "2015-03-02"
    assert doc.text == (
        "1. The two sides met in Moscow on February 27.\n\n  o They discussed fisheries.\n\n"
        "* unofficial translation"
    )


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Date 2016-04-11", "2016-04-11"),
        ("Date : 2015.03.02", "2015-03-02"),
        ("Sep 07, 2017", "2017-09-07"),
        ("September 7, 2017", "2017-09-07"),
        ("2017.09.07", "2017-09-07"),
    ],
)
def test_header_date_shapes(tmp_path: Path, line: str, iso: str) -> None:
    doc = one_doc(
        write(tmp_path / "d.txt", f"Press Releases\n\nA Title Here\n{line}\n\nBody text.")
    )
    assert (doc.title, doc.date, doc.text) == ("A Title Here", iso, "Body text.")


def test_yonhap_and_tass_datelines(tmp_path: Path) -> None:
    yonhap = write(
        tmp_path / "y.txt",
        "S. Korea, Russia to expand ties\n\nBy Kim Soo-yeon\n\n"
        "SEOUL, March 14 (Yonhap) -- South Korea and Russia agreed.\nMore. (END)\n",
    )
    tass = write(
        tmp_path / "t.txt",
        "Khabarovsk to host investors\n\n"
        "KHABAROVSK, July 9. /TASS/. The region will host Korean investors.\n",
    )
    y, t = one_doc(yonhap), one_doc(tass)
    assert y.text == "SEOUL, March 14 (Yonhap) -- South Korea and Russia agreed.\nMore."
    assert (y.publisher, y.extra["byline"], y.extra["dateline"]) == (
        "Yonhap",
        "Kim Soo-yeon",
        "03-14",
    )
    assert y.extra["dateline_place"] == "Seoul" and y.date is None
    assert t.text.startswith("KHABAROVSK, July 9. /TASS/.")
    assert (t.publisher, t.extra["dateline"], t.extra["dateline_place"]) == (
        "TASS",
        "07-09",
        "Khabarovsk",
    )


def test_mofa_html_new_layout(tmp_path: Path) -> None:
    doc = one_doc(write(tmp_path / "new.html", MOFA_NEW))
    assert doc.title == "Korea and Russia Hold 10th Strategic Dialogue"
    assert doc.date == "2019-11-25" and doc.media_type == "text/html"
    assert doc.text.splitlines()[0].startswith("1. First Vice Minister Cho Sei-young")
    assert "\no The two sides" in doc.text and "\n2. The two sides agreed" in doc.text
    assert "SCRIPT_MARKER" not in doc.text and "바로가기" not in doc.text
    assert (
        doc.publisher == "Ministry of Foreign Affairs, Republic of Korea" and doc.language == "en"
    )


def test_mofa_html_old_layout_with_sidecar(tmp_path: Path) -> None:
    page = write(tmp_path / "312345.html", MOFA_OLD)
    meta = {
        "url": "https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=312345",
        "date": "2014-05-13",
        "seq": "312345",
        "retrieved": "2024-01-01T00:00:00+00:00",
    }
    write(tmp_path / "312345.meta.json", json.dumps(meta))
    doc = one_doc(page)
    assert doc.title == "Korea-Russia Consultation Held"
    assert doc.text.splitlines() == [
        "1. Director-General Lee met Director Ivanov in Seoul.",
        "2. They reviewed cooperation in Primorsky Krai.",
        "o Fisheries came first.",
    ]
    assert doc.key == doc.url == meta["url"]
    assert (doc.date, doc.extra["seq"], doc.retrieved) == (
        "2014-05-13",
        "312345",
        meta["retrieved"],
    )


def test_euc_kr_html_and_cp1251_text(tmp_path: Path) -> None:
    korean = one_doc(write(tmp_path / "ko.html", KOREAN_PAGE, encoding="cp949"))
    assert "김건 차관보는 12월 12일 서울에서" in korean.text and "똠방각하" in korean.text
    assert korean.language == "ko"
    undeclared = KOREAN_PAGE.replace("; charset=euc-kr", "").encode("cp949")
    assert "극동시베리아" in decode_bytes(undeclared)
    russian = one_doc(write(tmp_path / "ru.txt", RUSSIAN_TEXT, encoding="cp1251"))
    assert russian.title == "Корея и Россия обсудили сотрудничество на Дальнем Востоке"
    assert russian.text.startswith("Заместитель министра") and russian.language == "ru"


def test_generic_news_page_via_trafilatura(tmp_path: Path) -> None:
    doc = one_doc(write(tmp_path / "news.htm", NEWS_PAGE))
    assert doc.title == "S. Korea, Russia agree on shipyards"
    assert doc.date == "2019-03-14" and doc.key == "https://news.example.org/articles/42"
    assert doc.text.startswith("SEOUL, March 14 (Yonhap) -- South Korea and Russia")
    assert doc.text.endswith("officials said.") and "(END)" not in doc.text
    assert doc.publisher == "Yonhap" and doc.extra["dateline"] == "03-14"
    assert "SCRIPT_MARKER" not in doc.text and "Copyright" not in doc.text


def test_malformed_html_and_script_only_outside_text(tmp_path: Path) -> None:
    broken = "<html><body><div><p>Unclosed talk on Primorsky Krai <b>bold <p>Second part<td>cell"
    doc = one_doc(write(tmp_path / "broken.html", broken))
    assert "Primorsky Krai" in doc.text and "Second part" in doc.text
    scripted = "<p>Visible text.</p><script>alert('SCRIPT_MARKER')</script><style>p{}</style>"
    doc = one_doc(write(tmp_path / "script.html", scripted))
    assert doc.text == "Visible text."


def test_json_records(tmp_path: Path) -> None:
    single = write(
        tmp_path / "one.json",
        json.dumps(
            {
                "headline": "Forum held",
                "body": "<p>1. The forum met.</p><p>2. It ended.</p>",
                "pubDate": "Tue, 10 Jun 2003 04:00:00 GMT",
                "link": "https://ex.org/1",
                "lang": "en-US",
            }
        ),
    )
    doc = one_doc(single)
    assert (doc.title, doc.date, doc.key, doc.language) == (
        "Forum held",
        "2003-06-10",
        "https://ex.org/1",
        "en",
    )
    assert doc.text.splitlines()[-1] == "2. It ended." and doc.media_type == "application/json"
    array = write(
        tmp_path / "many.json",
        json.dumps(
            [
                {"title": "A", "text": "Alpha text."},
                {"title": "B"},
                {"content": "Gamma text.", "date": "2015.03.02"},
            ]
        ),
    )
    results = load(array)
    assert [type(r).__name__ for r in results] == ["Document", "LoadError", "Document"]
    assert str(results[1]) == f"{array}: record 2: no text (expected a text, body or content field)"
    assert results[0].key == f"{array.resolve()}#1" and results[2].date == "2015-03-02"


def test_jsonl_with_a_bad_line(tmp_path: Path) -> None:
    lines = ['{"title": "One", "text": "First."}', "{not json", "", '{"text": "Third.", "id": 7}']
    path = write(tmp_path / "r.jsonl", "\n".join(lines))
    results = load(path)
    assert [type(r).__name__ for r in results] == ["Document", "LoadError", "Document"]
    assert str(results[1]).startswith(f"{path}: line 2: invalid JSON")
    assert results[2].key == f"{path.resolve()}#4" and results[2].extra["id"] == "7"


def test_folder_walk_with_globs(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    write(root / "a.txt", "Title A\n\nBody A.")
    write(root / "sub" / "b.html", "<p>Body B.</p>")
    write(root / "sub" / "b.meta.json", json.dumps({"title": "Title B"}))
    write(root / "drafts" / "c.txt", "Title C\n\nBody C.")
    write(root / ".hidden.txt", "Hidden\n\nNo.")
    write(root / ".git" / "x.txt", "Hidden\n\nNo.")
    write(root / "notes.pdf", b"%PDF-1.4\x00\x01")
    write(root / "empty.txt", b"")
    results = load(root, exclude=["drafts/*"])
    titles = [r.title for r in results if isinstance(r, Document)]
    errors = [str(r) for r in results if isinstance(r, LoadError)]
    assert titles == ["Title A", "Title B"]
    assert errors == [f"{root / 'empty.txt'}: empty file"]
    only = load(root, include=["*.html"])
    assert [r.title for r in only if isinstance(r, Document)] == ["Title B"]
    assert len(load(root, root / "a.txt", exclude=["drafts/*"])) == 3  # a.txt read once


def test_bad_files_give_one_line_errors(tmp_path: Path) -> None:
    empty = write(tmp_path / "empty.txt", b"")
    binary = write(tmp_path / "img.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    small = write(tmp_path / "small.txt", "Title\n\n" + "word " * 500)
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(int(25.3 * 1024 * 1024))
    odd = write(tmp_path / "notes.pdf", b"%PDF")
    messages = [str(r) for r in load(empty, binary, huge, odd, tmp_path / "missing.txt")]
    assert messages == [
        f"{empty}: empty file",
        f"{binary}: binary file (not text)",
        f"{huge}: file is 25.3 MB, over the 20 MB limit",
        f"{odd}: unsupported file type '.pdf' (expected {SUPPORTED})",
        f"{tmp_path / 'missing.txt'}: no such file or folder",
    ]
    assert all("\n" not in m for m in messages)
    assert [str(r) for r in load(small, max_bytes=1024)] == [
        f"{small}: file is 2.4 KB, over the 1 KB limit"
    ]
