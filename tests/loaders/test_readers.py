"""Example-based tests of the article readers: each format, directories, errors."""

from __future__ import annotations

import json
import logging
import os
from datetime import date
from pathlib import Path

import pytest

from diplograph.errors import ArticleReadError
from diplograph.loaders.model import Article
from diplograph.loaders.readers import (
    MAX_ARTICLE_BYTES,
    MAX_FILE_BYTES,
    MAX_LINE_BYTES,
    READERS,
    Limits,
    parse_published,
    read_articles,
    read_file,
)

FRONT = (
    "---\n"
    "url: https://example.org/news/2024/07/08/modi-moscow\n"
    "title: Modi meets Putin in Moscow\n"
    "published: 2024-07-08\n"
    "source: Example News\n"
    "---\n"
    "Body text, paragraphs separated by blank lines.\n\nSecond paragraph.\n"
)
BODY = "Body text, paragraphs separated by blank lines.\n\nSecond paragraph."
URL = "https://example.org/news/2024/07/08/modi-moscow"

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<title>Modi meets Putin | Example News</title>
<link rel="canonical" href="https://example.org/news/2024/07/08/modi-moscow">
<meta property="og:title" content="Modi meets Putin in Moscow">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-07-08T09:30:00+03:00">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article>
<h1>Modi meets Putin in Moscow</h1>
<p>Indian Prime Minister Narendra Modi met Russian President Vladimir Putin in Moscow
on Monday, on his first visit to Russia since the start of the war in Ukraine.</p>
<p>The two leaders held talks at the Kremlin and discussed trade and energy.</p>
</article>
<footer>Copyright 2024 Example News. All rights reserved.</footer>
</body></html>
"""


def write(folder: Path, name: str, content: str | bytes) -> Path:
    """Write ``content`` to ``folder/name`` (making parents) and return the path."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def article(path: Path, **fields) -> Article:
    """The expected article of ``path``: the standard fields, overridden."""
    values = dict(
        url=URL,
        text=BODY,
        title="Modi meets Putin in Moscow",
        published=date(2024, 7, 8),
        source="Example News",
        path=str(path),
    )
    values.update(fields)
    return Article(**values)


def errors_of(items) -> list[ArticleReadError]:
    return [item for item in items if isinstance(item, ArticleReadError)]


# --- front matter -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "changes"),
    [
        ("a.md", FRONT, {}),
        ("a.markdown", FRONT, {}),
        ("a.txt", FRONT, {}),
        ("A.MD", FRONT, {}),
        ("crlf.md", FRONT.replace("\n", "\r\n"), {}),
        ("cr.md", FRONT.replace("\n", "\r"), {}),
        ("bom.md", "\ufeff" + FRONT, {}),
        ("datetime.md", FRONT.replace("2024-07-08\n", "2024-07-08T23:30:00-05:00\n"), {}),
        ("datetime-z.md", FRONT.replace("2024-07-08\n", "2024-07-08T10:00:00Z\n"), {}),
        ("spaced.md", FRONT.replace("2024-07-08\n", "2024-07-08 10:00\n"), {}),
        ("unknown-keys.md", FRONT.replace("source:", "author: Jane Doe\ntags: x\nsource:"), {}),
        (
            "double-quoted.md",
            FRONT.replace(
                "title: Modi meets Putin in Moscow", 'title: "Modi: \\"talks\\" in Moscow"'
            ),
            {"title": 'Modi: "talks" in Moscow'},
        ),
        (
            "single-quoted.md",
            FRONT.replace("title: Modi meets Putin in Moscow", "title: 'Modi''s talks'"),
            {"title": "Modi's talks"},
        ),
        ("quoted-url.md", FRONT.replace(f"url: {URL}", f"url: '{URL}'"), {}),
        (
            "colon-in-title.md",
            FRONT.replace("title: Modi meets Putin in Moscow", "title: Moscow: Modi meets Putin"),
            {"title": "Moscow: Modi meets Putin"},
        ),
        ("upper-keys.md", FRONT.replace("title:", "Title:"), {}),
        ("no-title.md", FRONT.replace("title: Modi meets Putin in Moscow\n", ""), {"title": None}),
        ("empty-published.md", FRONT.replace(" 2024-07-08", ""), {"published": None}),
        ("comment.md", FRONT.replace("source:", "# a comment\nsource:"), {}),
        ("fence-spaces.md", FRONT.replace("---\nBody", "---  \nBody"), {}),
        ("urn.md", FRONT.replace(URL, "urn:diplograph:seed:1"), {"url": "urn:diplograph:seed:1"}),
        (
            "cjk.md",
            FRONT.replace(BODY, "莫迪在莫斯科会见普京。"),
            {"text": "莫迪在莫斯科会见普京。"},
        ),
        (
            "rtl.md",
            FRONT.replace(BODY, "التقى مودي بوتين في موسكو."),
            {"text": "التقى مودي بوتين في موسكو."},
        ),
    ],
)
def test_readers_front_matter_reads_fields(tmp_path, name, content, changes):
    path = write(tmp_path, name, content)
    assert list(read_articles([path])) == [article(path, **changes)]
    assert list(read_file(path)) == [article(path, **changes)]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_readers_front_matter_without_url_uses_file_uri(tmp_path, caplog, suffix):
    path = write(tmp_path, "a" + suffix, FRONT.replace(f"url: {URL}\n", ""))
    with caplog.at_level(logging.WARNING):
        [got] = read_articles(path)
    assert got == article(path, url=path.resolve().as_uri())
    assert "no url" in caplog.text


def test_readers_front_matter_without_url_or_text_only_errors(tmp_path, caplog):
    path = write(tmp_path, "a.md", "---\ntitle: T\n---\n")
    with caplog.at_level(logging.WARNING):
        [got] = read_articles(path)
    assert got.reason == "no text"
    assert caplog.text == ""


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("yesterday", None),
        ("2024-13-45", None),
        ("2024-02-30", None),
        ("2024-07-08T25:00:00", None),
        ("2024-07-08 and more", None),
        ("08/07/2024", None),
        ("20240708", None),
        ("'2024-07-08'", date(2024, 7, 8)),
        ('"2024-07-08T01:02:03.456+05:30"', date(2024, 7, 8)),
    ],
)
def test_readers_malformed_published_gives_none_and_warns(tmp_path, caplog, value, expected):
    path = write(tmp_path, "a.md", FRONT.replace("2024-07-08\n", value + "\n"))
    with caplog.at_level(logging.WARNING):
        [got] = read_articles(path)
    assert got == article(path, published=expected)
    assert ("malformed published date" in caplog.text) == (expected is None)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-07-08", date(2024, 7, 8)),
        (None, None),
        ("", None),
        (20240708, None),
        ("2024-7-8", None),
    ],
)
def test_readers_parse_published(value, expected):
    assert parse_published(value, "x") == expected


# --- plain text ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "title", "text"),
    [
        (
            "plain.txt",
            "Modi in Moscow\n\nModi met Putin.\n",
            "Modi in Moscow",
            "Modi in Moscow\n\nModi met Putin.",
        ),
        (
            "plain.md",
            "# Modi in Moscow\n\nModi met Putin.\n",
            "Modi in Moscow",
            "# Modi in Moscow\n\nModi met Putin.",
        ),
        (
            "blank-first.txt",
            "\n\n  \nModi in Moscow\r\nModi met Putin.",
            "Modi in Moscow",
            "Modi in Moscow\nModi met Putin.",
        ),
        ("long-first.txt", "word " * 60 + "\n\nMore.", None, "word " * 60 + "\n\nMore."),
        ("one-line.txt", "Modi met Putin.", "Modi met Putin.", "Modi met Putin."),
        ("dashes.md", "--\nModi met Putin.", "--", "--\nModi met Putin."),
    ],
)
def test_readers_plain_text_uses_file_uri(tmp_path, name, content, title, text):
    path = write(tmp_path, name, content)
    expected = Article(url=path.resolve().as_uri(), text=text, title=title, path=str(path))
    assert list(read_articles([path])) == [expected]


# --- JSONL --------------------------------------------------------------------------------


def record(**fields) -> str:
    values = {
        "url": URL,
        "title": "Modi meets Putin in Moscow",
        "published": "2024-07-08",
        "text": BODY,
    }
    values.update(fields)
    return json.dumps({key: value for key, value in values.items() if value is not ...})


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ([record()], [{"source": None}]),
        ([record(source="Example News", extra=[1, 2])], [{}]),
        (
            [
                record(url="https://example.org/b", published="2024-07-08T10:00:00Z"),
                record(published=None, title=None),
            ],
            [
                {"url": "https://example.org/b", "source": None},
                {"published": None, "title": None, "source": None},
            ],
        ),
        (["", record(), "   "], [{"source": None}]),
        ([record(text="a\r\nb")], [{"text": "a\nb", "source": None}]),
        ([record(text="莫迪 التقى")], [{"text": "莫迪 التقى", "source": None}]),
    ],
)
def test_readers_jsonl_reads_each_line(tmp_path, lines, expected):
    path = write(tmp_path, "news.jsonl", "\n".join(lines) + "\n")
    assert list(read_articles(path)) == [article(path, **fields) for fields in expected]


@pytest.mark.parametrize("content", [record(), "\ufeff" + record(), record() + "\r\n"])
def test_readers_jsonl_tolerates_bom_and_missing_final_newline(tmp_path, content):
    path = write(tmp_path, "news.jsonl", content)
    assert list(read_file(path)) == [article(path, source=None)]


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ("{not json", "line 2: invalid JSON"),
        ("[1, 2]", "line 2: not a JSON object"),
        ('"a string"', "line 2: not a JSON object"),
        (record(url=...), "line 2: no url"),
        (record(url=""), "line 2: no url"),
        (record(url=17), "line 2: no url"),
        (record(url="not a url"), "line 2: url is not an absolute URL"),
        (record(text=...), "line 2: no text"),
        (record(text=" \n "), "line 2: no text"),
        (record(text=["a"]), "line 2: no text"),
        (record(text="a\u0000b"), "line 2: binary data"),
        (json.dumps({"url": URL, "text": "\ud800"}), "line 2: text is not valid Unicode"),
        ("[" * 100_000, "line 2: invalid JSON"),
        ('{"url": 1' + "0" * 5000 + "}", "line 2: invalid JSON"),
    ],
)
def test_readers_jsonl_bad_line_among_good(tmp_path, bad, reason):
    path = write(tmp_path, "news.jsonl", "\n".join([record(), bad, record()]) + "\n")
    items = list(read_articles(path))
    assert items[0] == items[2] == article(path, source=None)
    assert isinstance(items[1], ArticleReadError)
    assert items[1].path == str(path)
    assert items[1].reason.startswith(reason)
    assert len(items) == 3


@pytest.mark.parametrize(
    ("fields", "logged"),
    [
        ({"title": "a\u0000b"}, "NUL characters"),
        ({"title": "\ud800"}, "unpaired surrogate"),
        ({"source": ["x"]}, "not a string"),
        ({"published": 20240708}, "malformed published date"),
    ],
)
def test_readers_jsonl_drops_bad_optional_fields(tmp_path, caplog, fields, logged):
    path = write(tmp_path, "news.jsonl", json.dumps({"url": URL, "text": BODY, **fields}))
    with caplog.at_level(logging.WARNING):
        [got] = read_articles(path)
    assert got == Article(url=URL, text=BODY, path=str(path))
    assert f"{path}: line 1: " in caplog.text and logged in caplog.text


def test_readers_jsonl_invalid_utf8_line(tmp_path):
    latin1 = b'{"url": "https://example.org/b", "text": "caf\xe9"}'
    path = write(tmp_path, "news.jsonl", record().encode() + b"\n" + latin1 + b"\n")
    items = list(read_articles(path))
    assert items[0] == article(path, source=None)
    assert items[1].reason.startswith("line 2: not valid UTF-8 text")


@pytest.mark.parametrize("limit", [200, 1000])
def test_readers_jsonl_line_over_limit_is_skipped(tmp_path, limit):
    long_line = record(text="x" * (limit * 3))
    short = record(text="ok")
    path = write(tmp_path, "news.jsonl", "\n".join([short, long_line, short]) + "\n")
    assert len(short) < limit
    items = list(read_articles(path, max_line_bytes=limit))
    assert [type(item) for item in items] == [Article, ArticleReadError, Article]
    assert items[1].reason.startswith("line 2: line is longer than the limit")
    assert items[2].text == "ok"


@pytest.mark.parametrize("extra", [0, 1])
def test_readers_jsonl_line_limit_is_exact(tmp_path, extra):
    line = record(text="ok")
    path = write(tmp_path, "news.jsonl", line + "\n")
    [item] = read_articles(path, max_line_bytes=len(line) - extra)
    assert isinstance(item, Article) == (extra == 0)


def test_readers_read_file_raises_at_first_bad_jsonl_line(tmp_path):
    path = write(tmp_path, "news.jsonl", "\n".join([record(), "oops", record()]))
    items = read_file(path)
    assert next(items) == article(path, source=None)
    with pytest.raises(ArticleReadError, match="line 2: invalid JSON"):
        next(items)


# --- HTML ---------------------------------------------------------------------------------


def test_readers_html_reads_text_and_metadata(tmp_path):
    path = write(tmp_path, "page.html", PAGE)
    [got] = read_articles(path)
    assert (got.url, got.title, got.published, got.source, got.path) == (
        URL,
        "Modi meets Putin in Moscow",
        date(2024, 7, 8),
        "Example News",
        str(path),
    )
    assert "met Russian President Vladimir Putin in Moscow" in got.text
    assert "The two leaders held talks at the Kremlin" in got.text
    assert "Copyright" not in got.text and "Home" not in got.text


@pytest.mark.parametrize(
    ("name", "page", "url"),
    [
        (
            "og.htm",
            PAGE.replace(
                f'<link rel="canonical" href="{URL}">',
                '<meta property="og:url" content="https://e.org/x">',
            ),
            "https://e.org/x",
        ),
        ("none.html", PAGE.replace('<link rel="canonical"', '<link rel="alternate"'), None),
        ("relative.html", PAGE.replace('href="https://example.org', 'href="'), None),
        ("fragment.html", "<p>Modi met Putin in Moscow on Monday for talks.</p>", None),
        (
            "latin1.html",
            PAGE.replace('<html lang="en"><head>', '<html><head><meta charset="iso-8859-1">'),
            URL,
        ),
    ],
)
def test_readers_html_url_falls_back_to_file_uri(tmp_path, name, page, url):
    encoding = "latin-1" if name.startswith("latin1") else "utf-8"
    path = write(tmp_path, name, page.replace("Monday", "Montag für").encode(encoding))
    [got] = read_articles(path)
    assert isinstance(got, Article), got
    assert got.url == (url or path.resolve().as_uri())
    assert "Montag für" in got.text


@pytest.mark.parametrize(
    ("page", "reason"),
    [
        ("<html><head><title>Empty</title></head><body></body></html>", "no text"),
        ("<html><body><script>var a = 1;</script></body></html>", "no text"),
        (
            "<html><body>" + "<div><span>x</span></div>" * 600 + "</body></html>",
            "page has 1,202 HTML elements, over the limit of 1,000",
        ),
    ],
)
def test_readers_html_errors(tmp_path, page, reason):
    path = write(tmp_path, "page.html", page)
    from diplograph.loaders.readers.html import read_html

    with pytest.raises(ArticleReadError) as caught:
        list(read_html(path, Limits(max_html_elements=1000)))
    assert caught.value.reason.startswith(reason)
    assert caught.value.path == str(path)


@pytest.mark.parametrize("limit", [10, 40])
def test_readers_html_element_limit_is_a_parameter(tmp_path, limit):
    path = write(tmp_path, "page.html", PAGE)
    [got] = read_articles(path, max_html_elements=limit)
    assert isinstance(got, Article) == (limit == 40)


# --- directories --------------------------------------------------------------------------


def test_readers_directory_is_walked_sorted_and_skips_hidden(tmp_path):
    names = [
        "b.md",
        "a/z.txt",
        "a/b/c.md",
        "a/a.md",
        "c.jsonl",
        ".hidden.md",
        ".git/x.md",
        "a/.secret/y.md",
        "notes.pdf",
        "gold/x.json",
        "10.md",
        "9.md",
    ]
    for name in names:
        content = (
            record(url=f"https://example.org/{name}")
            if name.endswith(".jsonl")
            else (f"---\nurl: https://example.org/{name}\n---\nText of {name}.\n")
        )
        write(tmp_path, name, content)
    got = [item.url.removeprefix("https://example.org/") for item in read_articles(tmp_path)]
    assert got == ["10.md", "9.md", "a/a.md", "a/b/c.md", "a/z.txt", "b.md", "c.jsonl"]


def test_readers_paths_keep_given_order_and_read_hidden_when_named(tmp_path):
    second = write(tmp_path, "b.md", FRONT)
    first = write(tmp_path, ".a.md", FRONT)
    got = list(read_articles([str(second), first]))
    assert got == [article(second), article(first)]


def test_readers_symlink_loop_ends(tmp_path):
    write(tmp_path, "d/a.md", FRONT)
    (tmp_path / "d" / "loop").symlink_to(tmp_path / "d", target_is_directory=True)
    (tmp_path / "d" / "broken.md").symlink_to(tmp_path / "nowhere.md")
    items = list(read_articles(tmp_path))
    assert [type(item) for item in items] == [Article, ArticleReadError]
    assert items[1].path.endswith("broken.md")


def test_readers_empty_directory_yields_nothing(tmp_path):
    assert list(read_articles(tmp_path)) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_readers_fifo_is_refused_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "pipe.md")
    [error] = read_articles(tmp_path / "pipe.md")
    assert error.reason == "not a regular file"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("", "is a directory"),
        ("nope.md", "no such file or directory"),
    ],
)
def test_readers_read_file_refuses_directories_and_missing_files(tmp_path, name, reason):
    with pytest.raises(ArticleReadError, match=reason):
        list(read_file(tmp_path / name))


# --- errors -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        (
            "open.md",
            "---\nurl: https://example.org/a\ntitle: T\n\nBody.\n",
            "front matter is not closed",
        ),
        ("open-only.md", "---", "front matter is not closed"),
        ("utf8.md", FRONT.encode() + b"caf\xe9\n", "not valid UTF-8 text"),
        ("utf8.txt", b"\xff\xfe\xfd plain", "not valid UTF-8 text"),
        (
            "utf16.txt",
            "Modi met Putin.".encode("utf-16"),
            "not valid UTF-8 text (it looks like UTF-16)",
        ),
        ("nul.md", FRONT.encode() + b"\x00\x01", "binary file"),
        ("nul.html", b"<html>\x00</html>", "binary file"),
        ("nul.jsonl", b"\x00\x01\x02\n", "binary file"),
        ("empty.md", b"", "no text"),
        ("empty.txt", b"  \n\t\r\n", "no text"),
        ("empty.html", b"", "no text"),
        ("empty.jsonl", b"", "no records"),
        ("blank.jsonl", b"\n\n  \n", "no records"),
        ("no-body.md", FRONT.replace(BODY, "   "), "no text"),
        ("bad-url.md", FRONT.replace(URL, "example dot org"), "url is not an absolute URL"),
        ("notes.pdf", b"%PDF-1.4", "unsupported file type '.pdf'"),
        ("README", b"text", "unsupported file type '(none)'"),
    ],
)
def test_readers_errors_are_yielded_and_raised(tmp_path, name, content, reason):
    path = write(tmp_path, name, content)
    [error] = read_articles(path)
    assert isinstance(error, ArticleReadError)
    assert (error.path, error.code) == (str(path), "E001")
    assert error.reason.startswith(reason)
    assert str(error).startswith(f"[E001] {path}: ")
    with pytest.raises(ArticleReadError):
        list(read_file(path))


@pytest.mark.parametrize("missing", ["nope.md", "nope", "dir/nope.jsonl"])
def test_readers_missing_path_is_an_error(tmp_path, missing):
    good = write(tmp_path, "good.md", FRONT)
    items = list(read_articles([tmp_path / missing, good]))
    assert items[0].reason == "no such file or directory"
    assert items[0].path == str(tmp_path / missing)
    assert items[1] == article(good)


@pytest.mark.parametrize(
    ("name", "content", "limits", "reason"),
    [
        (
            "big.md",
            FRONT + "x" * 200,
            {"max_file_bytes": 200},
            "file is larger than the limit of 200",
        ),
        ("big.html", PAGE, {"max_file_bytes": 100}, "file is larger than the limit of 100"),
        ("big.txt", "word " * 100, {"max_article_bytes": 100}, "article text is 499 bytes"),
        (
            "big.jsonl",
            record(text="word " * 100),
            {"max_article_bytes": 100},
            "line 1: article text is 499 bytes",
        ),
    ],
)
def test_readers_limits_give_clear_errors(tmp_path, name, content, limits, reason):
    path = write(tmp_path, name, content)
    [error] = read_articles(path, **limits)
    assert error.reason.startswith(reason)


def test_readers_limit_defaults_are_documented_constants():
    assert (MAX_ARTICLE_BYTES, MAX_FILE_BYTES, MAX_LINE_BYTES) == (2_000_000, 10_000_000, 8_000_000)
    assert Limits().max_article_bytes == MAX_ARTICLE_BYTES


@pytest.mark.parametrize("bad", [0, -1, 1.5])
def test_readers_limits_must_be_positive(bad):
    with pytest.raises(ValueError, match="positive integer"):
        Limits(max_article_bytes=bad)


# --- extension point ----------------------------------------------------------------------


def test_readers_registry_takes_a_new_format(tmp_path, monkeypatch):
    def read_fake(path, limits):
        yield Article(url="urn:fake:" + path.stem, text=path.read_text(), path=str(path))

    monkeypatch.setitem(READERS, ".xml", read_fake)
    write(tmp_path, "travel.xml", "<trip/>")
    assert list(read_articles(tmp_path)) == [
        Article(url="urn:fake:travel", text="<trip/>", path=str(tmp_path / "travel.xml"))
    ]
