"""``diplograph meetings|calls|visits|person|stats``: look things up."""
from __future__ import annotations

import json

import click

from . import cli
from .options import format_option, open_for_reading
from .output import echo_rows

__all__ = ["meetings_command", "calls_command", "visits_command", "person_command",
           "stats_command"]

EVENT_COLUMNS = ["date", "with", "place", "country", "status", "occasion", "reports", "sources"]
VISIT_COLUMNS = ["date", "visitor", "place", "country", "host", "status", "occasion",
                 "reports", "sources"]


def _guarded(fn):
    from ..errors import DiplographError

    try:
        return fn()
    except DiplographError as err:
        raise click.ClickException(str(err)) from None


def _filter(rows: list[dict], year: int | None, status: str | None) -> list[dict]:
    if year is not None:
        rows = [r for r in rows if (r["date"] or "").startswith(str(year))]
    if status:
        rows = [r for r in rows if r["status"] == status]
    return rows


def _events(ctx, kind: str, name: str, with_name: str | None, year, status, fmt) -> None:
    from ..graph.lookup import person_events, resolve_person

    def run():
        with open_for_reading(ctx) as store:
            people = resolve_person(store, name)
            others = resolve_person(store, with_name) if with_name else None
            return person_events(store, people, kind, with_people=others)

    columns = EVENT_COLUMNS if fmt == "table" else [*EVENT_COLUMNS, "disputed", "evidence"]
    echo_rows(_filter(_guarded(run), year, status), fmt, columns)


_year = click.option("--year", type=int, help="Only events in this year.")
_status = click.option("--status", type=click.Choice(["occurred", "planned", "cancelled"]),
                       help="Only events with this status.")


@cli.command("meetings")
@click.argument("name")
@click.option("--with", "with_name", metavar="NAME", help="Only meetings with this person.")
@_year
@_status
@format_option
@click.pass_context
def meetings_command(ctx, name, with_name, year, status, fmt) -> None:
    """Meetings of the person NAME ("modi", "Narendra Modi", "PM Modi").

    \b
    Example:
        diplograph meetings Modi --with Putin --year 2024
    """
    _events(ctx, "meeting", name, with_name, year, status, fmt)


@cli.command("calls")
@click.argument("name")
@click.option("--with", "with_name", metavar="NAME", help="Only calls with this person.")
@_year
@_status
@format_option
@click.pass_context
def calls_command(ctx, name, with_name, year, status, fmt) -> None:
    """Phone and video calls of the person NAME.

    \b
    Example:
        diplograph calls Scholz
    """
    _events(ctx, "call", name, with_name, year, status, fmt)


@cli.command("visits")
@click.argument("name", required=False)
@click.option("--to", "to", metavar="COUNTRY", help="Destination: a name or ISO code.")
@_year
@_status
@format_option
@click.pass_context
def visits_command(ctx, name, to, year, status, fmt) -> None:
    """Visits abroad, of the person NAME if given.

    \b
    Example:
        diplograph visits --to Russia
        diplograph visits Modi --year 2024
    """
    from ..graph.lookup import resolve_country, resolve_person, visits

    def run():
        country = resolve_country(to) if to else None
        with open_for_reading(ctx) as store:
            who = resolve_person(store, name) if name else None
            return visits(store, who, country, year)

    echo_rows(_filter(_guarded(run), None, status), fmt, VISIT_COLUMNS)


@cli.command("person")
@click.argument("name")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True,
              help="Output format (csv: one row per office claim and knowledge-base term).")
@click.pass_context
def person_command(ctx, name, fmt) -> None:
    """Everything about the person NAME: names, offices, events, sources.

    Each office is shown with the articles that state it; where the knowledge
    base (Wikidata terms of office) contradicts an office at the dates it was
    reported, the office is listed as disputed, never as the person's.

    \b
    Example:
        diplograph person Putin
        diplograph person Modi --format csv
    """
    from ..graph.lookup import person_profile, resolve_person

    def run():
        with open_for_reading(ctx) as store:
            return person_profile(store, resolve_person(store, name))

    profile = _guarded(run)
    if fmt == "json":
        click.echo(json.dumps(profile, indent=2, ensure_ascii=False))
        return
    if fmt == "csv":
        echo_rows(office_rows(profile), "csv", OFFICE_COLUMNS)
        return
    click.echo(profile["names"][0] if profile["names"] else name)
    click.echo("  names:   " + "; ".join(profile["names"]))
    if profile["wikidata"]:
        click.echo("  wikidata: " + ", ".join(profile["wikidata"]))
    for o in profile["offices"]:
        click.echo(f"  office:  {_office(o)}  ({_support(o)})")
    for o in profile["disputed_offices"]:
        click.echo(f"  disputed: {_office(o)}  ({_support(o)}: {'; '.join(o['sources'])})")
    for t in profile["kb_terms"]:
        where = t["country"] or t["organisation"] or ""
        click.echo(f"  kb term: {t['office']} {where}, {t['start'] or '?'} to "
                   f"{t['end'] or 'now'}")
    for kind, rows in profile["events"].items():
        click.echo(f"\n{kind}s ({len(rows)})")
        if rows:
            echo_rows(rows, "table", ["date", "with", "place", "country", "status", "reports"])
            for r in rows:
                if r.get("evidence"):
                    click.echo(f"  [{r['date'] or '?'}] \"{' '.join(r['evidence'].split())}\"")
    click.echo(f"\nsources ({len(profile['sources'])})")
    for s in profile["sources"]:
        click.echo(f"  {s}")


OFFICE_COLUMNS = ["person", "kind", "title", "country", "organisation", "former", "reports",
                  "kb", "start", "end", "sources"]


def office_rows(profile: dict) -> list[dict]:
    """The offices of a :func:`~diplograph.graph.lookup.person_profile`, one row each:
    the standing ones (kind ``office``), the disputed ones, then the KB terms."""
    who = profile["names"][0] if profile["names"] else None
    rows = [{**o, "person": who, "kind": kind}
            for kind, key in (("office", "offices"), ("disputed", "disputed_offices"))
            for o in profile[key]]
    rows += [{"person": who, "kind": "kb term", "title": t["office"], "country": t["country"],
              "organisation": t["organisation"], "start": t["start"], "end": t["end"],
              "sources": [f"http://www.wikidata.org/entity/{t['qid']}"] if t["qid"] else []}
             for t in profile["kb_terms"]]
    return rows


def _office(o: dict) -> str:
    where = o["country"] or o["organisation"] or ""
    return f"{'former ' if o['former'] else ''}{o['title']} {where}".rstrip()


def _support(o: dict) -> str:
    n = o["reports"]
    text = f"{n} report{'s' if n != 1 else ''}" if n else "no source"
    if o["kb"]:
        text += f", {o['kb']} by the knowledge base"
    return text


@cli.command("stats")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]),
              default="table", show_default=True, help="Output format.")
@click.pass_context
def stats_command(ctx, fmt) -> None:
    """Counts by class, number of triples, and the date range.

    \b
    Example:
        diplograph stats --format json
    """
    from ..graph.lookup import store_stats

    def run():
        with open_for_reading(ctx) as store:
            return store_stats(store)

    stats = _guarded(run)
    if fmt == "json":
        click.echo(json.dumps(stats, indent=2))
        return
    rows = [{"what": k, "count": v} for k, v in stats["counts"].items()]
    rows.append({"what": "triples", "count": stats["triples"]})
    echo_rows(rows, fmt, ["what", "count"])
    if fmt == "table":
        click.echo(f"events dated {stats['first_event']} to {stats['last_event']}; "
                   f"articles published {stats['first_published']} to {stats['last_published']}")
