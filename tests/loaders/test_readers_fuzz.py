"""Fuzz tests of the article readers: hostile input gives articles or errors, in bounded time.

Every case checks the same contract: reading yields only :class:`Article` and
:class:`ArticleReadError` (naming the file), raises nothing else, and ends
within :data:`TIME_LIMIT` seconds.
"""

from __future__ import annotations

import json
import tempfile
import threading
import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplograph.errors import ArticleReadError
from diplograph.loaders.model import Article
from diplograph.loaders.readers import MAX_FILE_BYTES, MAX_LINE_BYTES, read_articles

SUFFIXES = [".md", ".markdown", ".txt", ".jsonl", ".html", ".htm"]
TEXT_SUFFIXES = [".md", ".markdown", ".txt"]
TIME_LIMIT = 20.0
URL = "https://example.org/a"
HEAD = f"---\nurl: {URL}\ntitle: T\npublished: 2024-07-08\n---\n"

FUZZ = settings(
    max_examples=100, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)

# Text without the characters that change a file's shape: line ends and NUL.
line_text = st.text(st.characters(blacklist_characters="\n\r\x00", blacklist_categories=["Cs"]))
body_text = st.text(
    st.characters(blacklist_characters="\x00", blacklist_categories=["Cs"]), min_size=1
).filter(lambda text: text.strip())
rtl_cjk = st.text(
    st.one_of(
        st.characters(min_codepoint=0x0590, max_codepoint=0x06FF),  # Hebrew, Arabic
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),  # CJK ideographs
        st.characters(min_codepoint=0x3040, max_codepoint=0x30FF),  # kana
        st.sampled_from([" ", "\n", "\u200f", "\u200e", "\u202b", "\u202c", "😀", "."]),
    ),
    min_size=1,
    max_size=300,
).filter(lambda text: text.strip())
fragments = st.lists(
    st.sampled_from(
        [
            b"---\n",
            b"---",
            b"url: https://e.org/x\n",
            b"published: ",
            b"2024-07-08",
            b"title: ",
            b"\x00",
            b"\xff",
            b"\xef\xbb\xbf",
            b"\xc3",
            b"{",
            b"}",
            b"[",
            b"]",
            b'"url": ',
            b'"text": "a"',
            b'"https://e.org/y"',
            b", ",
            b":",
            b"\r\n",
            b"\r",
            b"\n",
            b"<div>",
            b"</div>",
            b"<p>",
            b"</p>",
            b"<html>",
            b"<!--",
            b"<script>",
            b"word ",
            "莫迪".encode(),
            "مودي".encode(),
            b"\\u0000",
            b"\\ud800",
            b'"',
        ]
    ),
    max_size=60,
).map(b"".join)


@contextmanager
def folder() -> Iterator[Path]:
    """A fresh directory per Hypothesis example (function fixtures are shared)."""
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


def read_in_time(paths, **limits) -> list:
    """Read everything, failing if it takes longer than TIME_LIMIT or raises."""
    outcome: dict = {}

    def run() -> None:
        try:
            outcome["items"] = list(read_articles(paths, **limits))
        except BaseException as err:  # noqa: BLE001 - re-raised in the test thread
            outcome["error"] = err

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(TIME_LIMIT)
    assert not worker.is_alive(), f"reading {paths} took over {TIME_LIMIT} s"
    if "error" in outcome:
        raise outcome["error"]
    return outcome["items"]


def check(items: list, path: Path) -> list:
    """Assert the reader contract on what reading ``path`` gave; return the items."""
    assert items, "every file gives at least one article or error"
    for item in items:
        assert isinstance(item, (Article, ArticleReadError)), type(item)
        if isinstance(item, ArticleReadError):
            assert item.path == str(path)
            assert item.reason
            # Nothing keeps the reader's frames or the file's bytes alive.
            assert item.__traceback__ is item.__context__ is item.__cause__ is None
        else:
            assert item.path == str(path)
            assert item.text and item.text == item.text.strip()
            assert "\r" not in item.text and "\x00" not in item.text
            item.text.encode("utf-8")
            assert ":" in item.url
            assert item.published is None or isinstance(item.published, date)
    return items


def read_one(directory: Path, name: str, content: bytes | str, **limits) -> list:
    path = directory / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return check(read_in_time([path], **limits), path)


def reasons(items: list) -> list[str]:
    return [item.reason for item in items if isinstance(item, ArticleReadError)]


# --- any bytes ----------------------------------------------------------------------------


@FUZZ
@given(data=st.binary(max_size=4096), suffix=st.sampled_from(SUFFIXES))
def test_readers_fuzz_random_bytes(data, suffix):
    with folder() as directory:
        read_one(directory, "x" + suffix, data)


@settings(FUZZ, max_examples=200)
@given(data=fragments, suffix=st.sampled_from(SUFFIXES))
def test_readers_fuzz_format_fragments(data, suffix):
    with folder() as directory:
        read_one(directory, "x" + suffix, data)


@FUZZ
@given(
    data=st.binary(max_size=2048),
    names=st.lists(
        st.sampled_from(["a.md", ".h.md", "d/b.txt", "d/.e/c.md", "z.jsonl", "y.htm", "n.bin"]),
        min_size=1,
        max_size=6,
        unique=True,
    ),
)
def test_readers_fuzz_directories(data, names):
    with folder() as directory:
        for name in names:
            (directory / name).parent.mkdir(parents=True, exist_ok=True)
            (directory / name).write_bytes(data)
        items = read_in_time([directory])
        visible = sorted(
            str(directory / name)
            for name in names
            if "/." not in "/" + name and not name.endswith(".bin")
        )
        assert sorted({item.path for item in items}) == visible
        assert [item.path for item in items] == sorted(item.path for item in items)


# --- text encodings -----------------------------------------------------------------------


@FUZZ
@given(
    text=line_text,
    bad=st.sampled_from(
        [b"\xff", b"\xc3(", b"\xe2\x82", b"\xed\xa0\x80", b"\xc0\xaf", b"\xf8\x88\x80\x80\x80"]
    ),
    where=st.floats(0, 1),
    suffix=st.sampled_from(SUFFIXES),
)
def test_readers_fuzz_invalid_utf8(text, bad, where, suffix):
    data = (HEAD + text).encode("utf-8")
    cut = int(len(data) * where)
    data = data[:cut] + bad + data[cut:]
    with folder() as directory:
        items = read_one(directory, "x" + suffix, data)
    if suffix in TEXT_SUFFIXES:
        assert reasons(items) == [reasons(items)[0]]
        assert reasons(items)[0].startswith("not valid UTF-8 text")


@FUZZ
@given(text=body_text, where=st.floats(0, 1), suffix=st.sampled_from(SUFFIXES))
def test_readers_fuzz_nul_bytes(text, where, suffix):
    data = (HEAD + text).encode("utf-8")
    cut = int(len(data) * where)
    with folder() as directory:
        items = read_one(directory, "x" + suffix, data[:cut] + b"\x00" + data[cut:])
    if suffix != ".jsonl":
        assert reasons(items) == ["binary file"]


@pytest.mark.parametrize("suffix", SUFFIXES)
@pytest.mark.parametrize("content", ["", " ", "\n\n", "\ufeff", "\r\n\t ", "\ufeff\n"])
def test_readers_fuzz_empty_files(tmp_path, suffix, content):
    items = read_one(tmp_path, "x" + suffix, content)
    assert reasons(items) == ["no records" if suffix == ".jsonl" else "no text"]


# --- front matter -------------------------------------------------------------------------


@FUZZ
@given(
    lines=st.lists(line_text.filter(lambda line: line.rstrip(" \t") != "---"), max_size=8),
    suffix=st.sampled_from(TEXT_SUFFIXES),
)
def test_readers_fuzz_truncated_front_matter(lines, suffix):
    with folder() as directory:
        items = read_one(directory, "x" + suffix, "---\n" + "\n".join(lines))
    assert reasons(items) == ["front matter is not closed"]


@FUZZ
@given(value=line_text, suffix=st.sampled_from(TEXT_SUFFIXES))
def test_readers_fuzz_malformed_published(value, suffix):
    content = HEAD.replace("2024-07-08", value) + "Modi met Putin."
    with folder() as directory:
        [got] = read_one(directory, "x" + suffix, content)
    assert isinstance(got, Article)
    assert got.text == "Modi met Putin."
    if got.published is not None:
        assert got.published.isoformat() in value


@FUZZ
@given(title=line_text, source=line_text, body=body_text, suffix=st.sampled_from(TEXT_SUFFIXES))
def test_readers_fuzz_front_matter_round_trip(title, source, body, suffix):
    content = (
        f"---\nurl: {URL}\ntitle: {json.dumps(title)}\nsource: '"
        + source.replace("'", "''")
        + f"'\n---\n{body}"
    )
    with folder() as directory:
        [got] = read_one(directory, "x" + suffix, content)
    assert got == Article(
        url=URL,
        text=body.replace("\r\n", "\n").replace("\r", "\n").strip(),
        title=title or None,
        source=source or None,
        path=got.path,
    )


@FUZZ
@given(body=rtl_cjk, title=rtl_cjk.filter(lambda text: "\n" not in text))
def test_readers_fuzz_rtl_and_cjk_text(body, title):
    record = json.dumps({"url": URL, "title": title.strip(), "text": body}, ensure_ascii=False)
    page = f"<html><head><title>{title}</title></head><body><article><p>{body}</p></article>"
    with folder() as directory:
        [md] = read_one(directory, "x.md", f"---\nurl: {URL}\ntitle: {title}\n---\n{body}")
        [jsonl] = read_one(directory, "x.jsonl", record + "\n")
        [html] = read_one(directory, "x.html", page)
    assert md.text == jsonl.text == body.strip()
    assert md.title == jsonl.title == title.strip()
    assert isinstance(html, Article) or html.reason == "no text"


# --- JSONL --------------------------------------------------------------------------------

good_records = st.fixed_dictionaries(
    {"url": st.sampled_from([URL, "urn:x:1", "https://e.org/a?b=c#d"]), "text": body_text},
    optional={
        "title": st.one_of(st.none(), line_text),
        "published": line_text,
        "source": st.integers(),
    },
)
junk_lines = line_text.map(lambda text: "#" + text)


@FUZZ
@given(lines=st.lists(st.one_of(good_records, junk_lines), max_size=15), ascii_only=st.booleans())
def test_readers_fuzz_jsonl_bad_lines_stay_local(lines, ascii_only):
    text = "\n".join(
        line if isinstance(line, str) else json.dumps(line, ensure_ascii=ascii_only)
        for line in lines
    )
    with folder() as directory:
        items = read_one(directory, "x.jsonl", text)
    if not lines:
        assert reasons(items) == ["no records"]
        return
    assert len(items) == len(lines)
    for number, (line, item) in enumerate(zip(lines, items, strict=True), start=1):
        if isinstance(line, str):
            assert item.reason.startswith(f"line {number}: invalid JSON")
        else:
            assert item.url == line["url"]
            assert item.text == line["text"].replace("\r\n", "\n").replace("\r", "\n").strip()
            assert item.source is None


@FUZZ
@given(sizes=st.lists(st.integers(0, 3000), min_size=1, max_size=6))
def test_readers_fuzz_enormous_lines(sizes):
    limit = 1000
    lines = [json.dumps({"url": URL, "text": "x" * size + "."}) for size in sizes]
    with folder() as directory:
        items = read_one(directory, "x.jsonl", "\n".join(lines), max_line_bytes=limit)
    assert len(items) == len(lines)
    for number, (line, item) in enumerate(zip(lines, items, strict=True), start=1):
        if len(line.encode()) > limit:
            assert item.reason.startswith(f"line {number}: line is longer than the limit")
        else:
            assert item.text == json.loads(line)["text"]


def test_readers_fuzz_huge_jsonl_line_is_not_loaded_whole(tmp_path):
    path = tmp_path / "x.jsonl"
    with path.open("w") as handle:
        handle.write('{"url": "https://e.org/a", "text": "')
        handle.write("word " * (4 * MAX_LINE_BYTES // 5))
        handle.write('"}\n{"url": "https://e.org/b", "text": "after"}\n')
    tracemalloc.start()
    try:
        items = check(read_in_time([path]), path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert reasons(items) == [
        f"line 1: line is longer than the limit of {MAX_LINE_BYTES:,} bytes (max_line_bytes)"
    ]
    assert items[1].text == "after"
    # One line's worth (twice: readline's buffer and its result), not the 32 MB line.
    assert peak < 2.5 * MAX_LINE_BYTES


def test_readers_fuzz_long_jsonl_is_streamed(tmp_path):
    path = tmp_path / "x.jsonl"
    line = json.dumps({"url": URL, "text": "Modi met Putin. " * 120}) + "\n"
    path.write_text(line * 5000)  # about 10 MB
    tracemalloc.start()
    try:
        count = sum(isinstance(item, Article) for item in read_articles(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 5000
    assert peak < 1_000_000


# --- HTML ---------------------------------------------------------------------------------


@pytest.mark.parametrize("depth", [10, 300, 5000, 50_000])
@pytest.mark.parametrize("tag", ["div", "span", "table", "b"])
def test_readers_fuzz_deeply_nested_html(tmp_path, depth, tag):
    page = (
        "<html><body>"
        + f"<{tag}>" * depth
        + "<p>Modi met Putin in Moscow.</p>"
        + f"</{tag}>" * depth
        + "</body></html>"
    )
    items = read_one(tmp_path, "x.html", page)
    assert isinstance(items[0], Article) or items[0].reason == "no text"


@settings(FUZZ, max_examples=50)
@given(
    depth=st.integers(0, 3000),
    tags=st.lists(
        st.sampled_from(["div", "span", "p", "li", "ul", "td", "tr", "table", "a", "article"]),
        min_size=1,
        max_size=4,
    ),
    closed=st.booleans(),
)
def test_readers_fuzz_nested_html_tags(depth, tags, closed):
    opening = "".join(f"<{tags[i % len(tags)]}>" for i in range(depth))
    closing = "".join(f"</{tags[i % len(tags)]}>" for i in reversed(range(depth)))
    page = "<html><body>" + opening + "Modi met Putin." + (closing if closed else "")
    with folder() as directory:
        read_one(directory, "x.html", page)


def test_readers_fuzz_html_with_many_elements_is_refused_quickly(tmp_path):
    page = "<html><body>" + "<div><i>x</i></div>" * 100_000 + "</body></html>"
    items = read_one(tmp_path, "x.html", page)
    assert reasons(items) == [
        "page has 200,002 HTML elements, over the limit of 100,000 (max_html_elements)"
    ]


@pytest.mark.parametrize(
    ("attributes", "quoted", "tags"), [(300_000, False, 1), (20_000, False, 1), (2_000, True, 20)]
)
def test_readers_fuzz_attribute_bomb_is_refused_quickly(tmp_path, attributes, quoted, tags):
    names = " ".join(f'a{i}="x y"' if quoted else f"a{i}" for i in range(attributes))
    page = "<html><body>" + f"<div {names}><p>Modi met Putin.</p></div>" * tags
    items = read_one(tmp_path, "x.html", page)
    assert reasons(items) == ["page has tags with too many attributes to parse in reasonable time"]


@pytest.mark.parametrize(
    "value", ["M 0 0 " + "L 1 2 " * 50_000, "data:image/png;base64," + "A" * 500_000]
)
def test_readers_fuzz_long_attribute_values_are_fine(tmp_path, value):
    page = f'<html><body><svg><path d="{value}"/></svg><p>Modi met Putin.</p></body></html>'
    [got] = read_one(tmp_path, "x.html", page * 3)
    assert isinstance(got, Article)


# --- size limits --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("suffix", "reason"),
    [
        (".md", "file is larger than the limit"),
        (".txt", "file is larger than the limit"),
        (".html", "file is larger than the limit"),
        (".jsonl", "line 1: line is longer than the limit"),
    ],
)
def test_readers_fuzz_ten_megabytes_of_one_word(tmp_path, suffix, reason):
    word = "diplomacy " * (MAX_FILE_BYTES // 10 + 50_000)  # about 10.5 MB
    content = {
        ".jsonl": json.dumps({"url": URL, "text": word}),
        ".html": f"<html><body><p>{word}</p></body></html>",
    }.get(suffix, HEAD + word)
    items = read_one(tmp_path, "x" + suffix, content)
    assert len(items) == 1 and items[0].reason.startswith(reason)


@pytest.mark.parametrize("suffix", [".txt", ".html", ".jsonl"])
def test_readers_fuzz_one_word_under_the_file_limit(tmp_path, suffix):
    word = "diplomacy " * 500_000  # 5 MB: under the file and line limits, over the article one
    content = {
        ".jsonl": json.dumps({"url": URL, "text": word}),
        ".html": f"<html><body><p>{word}</p></body></html>",
    }.get(suffix, word)
    items = read_one(tmp_path, "x" + suffix, content)
    assert reasons(items)[0].split(": ")[-1].startswith("article text is 4,999,999 bytes")
