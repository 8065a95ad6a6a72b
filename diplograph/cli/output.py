"""Rendering rows as a table, JSON or CSV for the terminal."""
from __future__ import annotations

import csv
import io
import json

import click

__all__ = ["render", "csv_safe", "echo_rows"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value) -> str:
    """A cell that a spreadsheet will not run as a formula (OWASP advice).

    Examples
    --------
    >>> csv_safe("=HYPERLINK(1)")
    "'=HYPERLINK(1)"
    >>> csv_safe(3)
    '3'
    """
    text = "" if value is None else _cell(value)
    if isinstance(value, str) and text.startswith(_FORMULA_START):
        return "'" + text
    return text


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return str(value)


def render(rows: list[dict], fmt: str, columns: list[str] | None = None) -> str:
    """``rows`` as ``fmt`` ("table", "json" or "csv"), keeping ``columns``."""
    columns = columns or (list(rows[0]) if rows else [])
    if fmt == "json":
        return json.dumps([{c: r.get(c) for c in columns} for r in rows],
                          indent=2, ensure_ascii=False)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(columns)
        for r in rows:
            writer.writerow([csv_safe(r.get(c)) for c in columns])
        return buf.getvalue().rstrip("\n")
    return _table(rows, columns)


def _table(rows: list[dict], columns: list[str]) -> str:
    if not rows:
        return "(none)"
    cells = [[_one_line(_cell(r.get(c))) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    line = "  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()
    rule = "  ".join("-" * w for w in widths)
    body = ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip()
            for row in cells]
    return "\n".join([line, rule, *body])


def _one_line(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def echo_rows(rows: list[dict], fmt: str, columns: list[str] | None = None) -> None:
    """Print ``rows`` in ``fmt``."""
    click.echo(render(rows, fmt, columns))
