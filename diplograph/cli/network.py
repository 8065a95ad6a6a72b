"""``diplograph network|path|viz|timeline|export-network``: the graph as a network."""
# ruff: noqa: N803, N806  (a graph is G, as in networkx)
from __future__ import annotations

import json

import click

from . import cli
from .options import format_option, open_for_reading
from .output import echo_rows

__all__ = ["network_command", "path_command", "viz_command", "timeline_command",
           "export_network_command"]

RANK_COLUMNS = ["rank", "name", "country", "degree", "weighted_degree", "betweenness",
                "community"]
HOP_COLUMNS = ["step", "from", "to", "date", "kind", "place", "events", "source"]

_since = click.option("--since", metavar="DATE", help="Only events from this year or date on.")
_until = click.option("--until", metavar="DATE", help="Only events up to this year or date.")


def _types(default: tuple[str, ...]):
    return click.option("--type", "kinds", multiple=True, default=default, show_default=True,
                        type=click.Choice(["meeting", "visit", "call"]),
                        help="Event kinds to count (repeatable).")


_status = click.option("--status", "statuses", multiple=True, default=("occurred",),
                       show_default=True, type=click.Choice(["occurred", "planned", "cancelled"]),
                       help="Event statuses to count (repeatable).")


def _guarded(fn):
    from ..errors import DiplographError

    try:
        return fn()
    except DiplographError as err:
        raise click.ClickException(str(err)) from None


def _people(store, name: str) -> list[str]:
    from ..graph.lookup import resolve_person

    return [str(iri) for iri in resolve_person(store, name)]


@cli.command("network")
@_since
@_until
@_types(("meeting", "call"))
@_status
@click.option("--level", type=click.Choice(["person", "country"]), default="person",
              show_default=True, help="A network of people or of countries.")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True,
              help="How many of the most connected to list.")
@format_option
@click.pass_context
def network_command(ctx, since, until, kinds, statuses, level, top, fmt) -> None:
    """Who is most connected, who brokers between groups, and the communities.

    Lists the TOP people (or countries) by degree, with weighted degree (the
    number of events), betweenness (brokers) and Louvain community, then the
    communities and the network's density.

    \b
    Example:
        diplograph network --since 2023 --type meeting --top 5
        diplograph network --level country --format json
    """
    from ..graph.analysis import network_summary
    from ..graph.project import country_graph, person_graph

    def run():
        with open_for_reading(ctx) as store:
            project = person_graph if level == "person" else country_graph
            return network_summary(project(store, since=since, until=until, kinds=kinds,
                                           statuses=statuses), top=top)

    summary = _guarded(run)
    rows = [{"rank": i, "name": r["label"], **r} for i, r in enumerate(summary["top"], 1)]
    if fmt == "json":
        click.echo(json.dumps({**summary, "top": rows}, indent=2, ensure_ascii=False))
        return
    echo_rows(rows, fmt, RANK_COLUMNS)
    if fmt == "table":
        groups = [{"community": c["community"], "size": c["size"],
                   "members": ", ".join(c["members"][:8]) + (" …" if c["size"] > 8 else "")}
                  for c in summary["communities"]]
        click.echo(f"\ncommunities ({len(groups)})")
        echo_rows(groups, "table", ["community", "size", "members"])
        click.echo(f"\ndensity {summary['density']:.4f} "
                   f"({summary['nodes']} nodes, {summary['edges']} links)")


@cli.command("path")
@click.argument("name")
@click.argument("other")
@_since
@_until
@_types(("meeting", "call"))
@_status
@format_option
@click.pass_context
def path_command(ctx, name, other, since, until, kinds, statuses, fmt) -> None:
    """The shortest chain of meetings from NAME to OTHER, hop by hop.

    Each hop shows the most recent meeting (or call) between the two, its
    date, place and source, and how many events link them. The chain is
    searched in the store from both ends, without loading the whole network.

    \b
    Example:
        diplograph path Modi Zelenskyy
    """
    import networkx as nx

    from ..graph.paths import shortest_meeting_path

    def run():
        with open_for_reading(ctx) as store:
            a, b = _people(store, name), _people(store, other)
            try:
                return shortest_meeting_path(store, a, b, since=since, until=until,
                                             kinds=kinds, statuses=statuses)
            except nx.NetworkXNoPath:
                raise click.ClickException(
                    f"no chain of meetings links '{name}' and '{other}'") from None

    hops = [{"step": i, "from": h["from_label"], "to": h["to_label"], "date": h["date"],
             "kind": h["kind"], "place": h["place"], "events": h["events"],
             "source": (h["sources"] or [None])[0], "sources": h["sources"]}
            for i, h in enumerate(_guarded(run), 1)]
    echo_rows(hops, fmt, HOP_COLUMNS + (["sources"] if fmt == "json" else []))


@cli.command("viz")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, writable=True),
              help="The HTML file to write.")
@click.option("--focus", metavar="NAME", help="Only this person and their neighbourhood.")
@click.option("--hops", type=click.IntRange(min=0), default=1, show_default=True,
              help="With --focus: how many links away to go.")
@_since
@_until
@click.option("--type", "kinds", multiple=True, default=("meeting", "visit", "call"),
              show_default=True, type=click.Choice(["meeting", "visit", "call"]),
              help="Event kinds to draw (repeatable).")
@click.option("--country", metavar="COUNTRY", help="Only events in or with people of this "
              "country (a name or ISO code).")
@click.option("--max-nodes", type=click.IntRange(min=1), default=1000, show_default=True,
              help="Draw at most this many nodes, the most connected.")
@click.option("--max-edges", type=click.IntRange(min=1), default=5000, show_default=True,
              help="Beyond this many links, merge repeated ones and keep the heaviest.")
@click.option("--title", default="diplograph network", show_default=True, help="Page title.")
@click.pass_context
def viz_command(ctx, output, focus, hops, since, until, kinds, country, max_nodes, max_edges,
                title) -> None:
    """An interactive HTML page of the network: one file, works offline.

    \b
    Example:
        diplograph viz -o graph.html
        diplograph viz -o modi.html --focus Modi --hops 2 --since 2024
    """
    from ..graph.analysis import neighbourhood
    from ..graph.lookup import resolve_country
    from ..graph.project import event_graph
    from ..graph.visualize import to_html

    def run():
        code = resolve_country(country) if country else None
        with open_for_reading(ctx) as store:
            G = event_graph(store, since=since, until=until, kinds=kinds, country=code)
            people = _people(store, focus) if focus else None
        if people is not None:
            if not any(p in G for p in people):
                raise click.ClickException(f"'{focus}' has no events in this selection")
            G = neighbourhood(G, [p for p in people if p in G], hops)
        note = " · ".join(filter(None, [focus and f"around {focus} ({hops} hops)",
                                        since and f"since {since}", until and f"until {until}",
                                        code and f"country {code}"]))
        return to_html(G, output, title=title, max_nodes=max_nodes, max_edges=max_edges,
                       note=note or None)

    stats = _guarded(run)
    left = "".join([f"; {stats['merged_edges']} links merged" if stats["merged_edges"] else "",
                    f"; {stats['left_out_nodes']} nodes left out" if stats["left_out_nodes"]
                    else ""])
    click.echo(f"wrote {output} ({stats['nodes']} nodes, {stats['edges']} links{left})",
               err=True)


@cli.command("timeline")
@click.argument("name")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, writable=True),
              help="The PNG file to write.")
@click.option("--by", type=click.Choice(["counterpart", "country"]), default="counterpart",
              show_default=True, help="One row per counterpart or per country.")
@click.pass_context
def timeline_command(ctx, name, output, by) -> None:
    """A PNG timeline of NAME's meetings, visits and calls.

    \b
    Example:
        diplograph timeline Modi -o modi.png
    """
    from ..graph.lookup import resolve_person
    from ..graph.timeline import timeline_png

    def run():
        with open_for_reading(ctx) as store:
            return timeline_png(store, resolve_person(store, name), output, by=by)

    stats = _guarded(run)
    click.echo(f"wrote {output} ({stats['events']} events in {stats['rows']} rows"
               f"{'; ' + str(stats['undated']) + ' undated' if stats['undated'] else ''})",
               err=True)


@cli.command("export-network")
@click.option("--format", "fmt", required=True, type=click.Choice(["graphml", "gexf"]),
              help="GraphML or GEXF (both open in Gephi).")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, writable=True),
              help="The file to write.")
@click.option("--graph", "which", type=click.Choice(["typed", "person", "country", "event"]),
              default="typed", show_default=True,
              help="typed: people, countries, organisations and events as nodes; person, "
                   "country: weighted projections; event: one link per event.")
@_since
@_until
@click.pass_context
def export_network_command(ctx, fmt, output, which, since, until) -> None:
    """Export the network for Gephi and other graph tools.

    \b
    Example:
        diplograph export-network --format gexf -o diplograph.gexf
        diplograph export-network --format graphml --graph person -o people.graphml
    """
    from ..graph import project

    build = {"typed": project.typed_graph, "person": project.person_graph,
             "country": project.country_graph, "event": project.event_graph}[which]

    def run():
        with open_for_reading(ctx) as store:
            G = build(store, since=since, until=until)
        project.write_network(G, output, fmt)
        return G

    G = _guarded(run)
    click.echo(f"wrote {output} ({G.number_of_nodes()} nodes, {G.number_of_edges()} links)",
               err=True)
