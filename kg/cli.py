"""The ``kg`` command: a thin click layer over the library functions.

Every command takes ``--store DIR`` (or ``KG_STORE``). A user mistake is one
line on stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.store import DEFAULT_STORE, StoreError

store_option = click.option(
    "--store", "store_path", envvar="KG_STORE", default=DEFAULT_STORE, show_default=True,
    type=click.Path(file_okay=False, path_type=Path), help="Store folder (or KG_STORE).",
)


def fail(message: str, code: int = 1) -> None:
    click.echo(f"Error: {message}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg-korea-russia")
def cli() -> None:
    """Korea-Russia cooperation knowledge graph: build, query, map and export."""


# -- build -------------------------------------------------------------------------------


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@store_option
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes used for extraction.")
@click.option("--include", multiple=True, help="Glob of files to take from folders.")
@click.option("--exclude", multiple=True, help="Glob of files to skip in folders.")
@click.option("--max-size", type=float, default=20.0, show_default=True,
              help="Largest file read, in MB.")
@click.option("--quiet", "-q", is_flag=True, help="No progress and no summary table.")
def build(sources, store_path, jobs, include, exclude, max_size, quiet) -> None:
    """Load files, folders and URLs, extract, and write them to the store."""
    from kg.build import build as run_build
    from kg.progress import BuildProgress

    progress = BuildProgress(enabled=not quiet)
    try:
        with progress:
            report = run_build(sources, store_path, jobs=jobs, include=include, exclude=exclude,
                               max_bytes=int(max_size * 1024 * 1024), on_progress=progress.note,
                               count=not quiet)
    except StoreError as exc:
        fail(str(exc))
    for line in report.failed:
        click.echo(f"failed: {line}", err=True)
    if not quiet:
        progress.summary(report)
    if report.failed:
        sys.exit(1)


# -- fetch -------------------------------------------------------------------------------


@cli.group()
def fetch() -> None:
    """Download releases from a known source for 'kg build'."""


@fetch.command("mofa")
@click.option("--keyword", help="Keep releases whose title contains this (case-insensitive).")
@click.option("--since", metavar="YYYY-MM-DD", help="Keep releases dated on or after this day.")
@click.option("--until", metavar="YYYY-MM-DD", help="Keep releases dated on or before this day.")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for mofa-<seq>.html and mofa-<seq>.meta.json.")
@click.option("--base-url", default="https://www.mofa.go.kr", show_default=True,
              help="Board host.")
@click.option("--delay", type=float, default=1.0, show_default=True,
              help="Seconds between requests.")
@click.option("--retries", type=int, default=4, show_default=True, help="Extra attempts per URL.")
@click.option("--max-pages", type=int, default=None, help="Read at most this many list pages.")
def fetch_mofa_command(keyword, since, until, out_dir, base_url, delay, retries,
                       max_pages) -> None:
    """Download ROK MOFA English press releases (HTML + .meta.json)."""
    from kg.fetch import FetchError, fetch_mofa, parse_day

    try:
        report = fetch_mofa(
            out_dir, keyword=keyword,
            since=parse_day(since, "--since") if since else None,
            until=parse_day(until, "--until") if until else None,
            base_url=base_url, delay=delay, retries=retries, max_pages=max_pages,
            on_event=lambda message: click.echo(message, err=True),
        )
    except (FetchError, OSError) as exc:
        fail(str(exc))
    click.echo(f"listed {report.listed}, matched {report.matched}, downloaded "
               f"{report.downloaded}, cached {report.cached}, failed {report.failed}")
    for failure in report.failures:
        click.echo(f"failed: {failure}", err=True)
    if report.failed:
        sys.exit(1)


# -- query -------------------------------------------------------------------------------


def _params(values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for item in values:
        if "=" not in item:
            fail(f"--param takes name=value, got {item!r}", 2)
        key, value = item.split("=", 1)
        out[key.strip()] = value
    return out


@cli.command()
@click.argument("name", required=False)
@store_option
@click.option("--sparql", help="Run this query text instead of a named one.")
@click.option("--param", "-p", multiple=True, help="name=value, bound as an RDF term.")
@click.option("--format", "-f", "fmt", default="table", show_default=True,
              type=click.Choice(["table", "csv", "tsv", "json", "sparql-json"]))
def query(name, store_path, sparql, param, fmt) -> None:
    """Run a canned query (by NAME), a .rq file, or --sparql TEXT."""
    from kg.formats import render
    from kg.query import QueryError, resolve, run
    from kg.store import reading

    try:
        q = resolve(name, sparql)
        store = reading(store_path)
        result = run(store, q, _params(param))
    except QueryError as exc:
        fail(str(exc), exc.code)
    except StoreError as exc:
        fail(str(exc))
    click.echo(render(result, fmt))


@cli.command("queries")
def list_queries() -> None:
    """List the canned queries with their description and parameters."""
    from kg.query import catalog

    for q in catalog().values():
        click.echo(click.style(q.name, bold=True) + f"  {q.title}")
        if q.description:
            click.echo(f"    {q.description}")
        for p in q.params:
            req = " (required)" if p.required else ""
            click.echo(f"    --param {p.name}=<{p.type}>{req}  {p.description}")
        if q.example:
            click.echo(f"    e.g. {q.example}")


# -- show, stats, export -----------------------------------------------------------------


@cli.command()
@click.argument("name")
@store_option
def show(name, store_path) -> None:
    """Everything known about one entity, each fact with its release and sentence."""
    from kg.show import EntityNotFound, describe
    from kg.store import reading

    try:
        click.echo(describe(reading(store_path), name))
    except EntityNotFound as exc:
        fail(str(exc))
    except StoreError as exc:
        fail(str(exc))


@cli.command()
@store_option
def stats(store_path) -> None:
    """Counts per class, per source and per year."""
    from kg.stats import render_stats
    from kg.store import reading

    try:
        click.echo(render_stats(reading(store_path)))
    except StoreError as exc:
        fail(str(exc))


@cli.command()
@store_option
@click.option("--format", "-f", "fmt", default="turtle", show_default=True,
              type=click.Choice(["turtle", "trig", "nquads", "ntriples", "jsonld", "graphml",
                                 "gexf"]))
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (stdout if absent).")
def export(store_path, fmt, output) -> None:
    """Export the graph as RDF, or as GraphML/GEXF for Gephi and Cytoscape."""
    from kg.export import ExportError, export_store
    from kg.store import reading

    try:
        export_store(reading(store_path), fmt, output)
    except (StoreError, ExportError, OSError) as exc:
        fail(str(exc))


# -- viz ---------------------------------------------------------------------------------


@cli.command()
@store_option
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="HTML file to write.")
@click.option("--focus", metavar="NAME", help="Show only this entity's neighbourhood.")
@click.option("--depth", type=click.IntRange(0, 10), default=1, show_default=True,
              help="Hops around --focus.")
@click.option("--types", multiple=True, metavar="CLASS[,CLASS]",
              help="Keep these classes (comma list or repeated).")
@click.option("--since", metavar="YYYY[-MM[-DD]]", help="Keep entities dated on or after this.")
@click.option("--until", metavar="YYYY[-MM[-DD]]", help="Keep entities dated on or before this.")
@click.option("--sector", help="Keep entities of this sector (label or slug).")
@click.option("--max-nodes", type=click.IntRange(1), help="Keep the N most connected entities.")
@click.option("--title", help="Page title.")
def viz(store_path, output, focus, depth, types, since, until, sector, max_nodes, title) -> None:
    """Write an interactive map as one self-contained offline HTML file."""
    from kg.netgraph import NetworkError
    from kg.store import reading
    from kg.viz import VizError, write_map

    try:
        report = write_map(reading(store_path), output, focus=focus, depth=depth, types=types,
                           since=since, until=until, sector=sector, max_nodes=max_nodes,
                           title=title)
    except (StoreError, NetworkError, VizError, OSError) as exc:
        fail(str(exc))
    click.echo(f"wrote {report.output}: {report.nodes} entities, {report.edges} relations, "
               f"{report.size / 1024:.0f} KB")
    if report.nodes == 0:
        click.echo("warning: no entity matches these filters", err=True)


# -- validate ----------------------------------------------------------------------------


@cli.command()
@store_option
@click.option("--limit", type=click.IntRange(0), default=50, show_default=True,
              help="Print at most this many findings (0: all).")
def validate(store_path, limit) -> None:
    """Check the whole graph against the SHACL shapes; exit 1 on violations."""
    from kg.store import reading
    from kg.validate import ValidationError
    from kg.validate import validate as run_validate

    try:
        report = run_validate(reading(store_path))
    except (StoreError, ValidationError) as exc:
        fail(str(exc))
    click.echo(report.render(limit=limit or None))
    if not report.conforms:
        fail(f"{len(report.violations)} SHACL violations in {store_path}", 1)


# -- serve, push -------------------------------------------------------------------------


@cli.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on (another value exposes the store to the network).")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True,
              help="Port to listen on (0: any free port).")
@click.option("--timeout", type=click.FloatRange(1, 3600), default=30.0, show_default=True,
              help="Query time limit in seconds.")
def serve(store_path, host, port, timeout) -> None:
    """Answer SPARQL queries over HTTP (read-only), with a query page at /."""
    from kg.serve import ServeError
    from kg.serve import serve as run_serve

    def ready(endpoint) -> None:
        click.echo(f"SPARQL endpoint: {endpoint.query_url}")
        click.echo(f"Query page:      {endpoint.url}/")
        click.echo("Read-only; press Ctrl+C to stop.", err=True)

    try:
        run_serve(store_path, host=host, port=port, timeout=timeout, on_ready=ready)
    except ServeError as exc:
        fail(str(exc))


@cli.command()
@click.argument("url")
@store_option
@click.option("--user", help="User name for HTTP basic authentication.")
@click.option("--password", envvar="KG_PUSH_PASSWORD",
              help="Password for basic authentication (or KG_PUSH_PASSWORD).")
@click.option("--token", envvar="KG_PUSH_TOKEN", help="Bearer token (or KG_PUSH_TOKEN).")
@click.option("--timeout", type=click.FloatRange(1), default=120.0, show_default=True,
              help="Seconds to wait for each graph upload.")
def push(url, store_path, user, password, token, timeout) -> None:
    """Upload every graph to a remote store's Graph Store Protocol endpoint (URL)."""
    from kg.push import PushError
    from kg.push import push as run_push

    try:
        report = run_push(store_path, url, user=user, password=password, token=token,
                          timeout=timeout)
    except (PushError, StoreError) as exc:
        fail(str(exc))
    click.echo(f"pushed {report.graphs} graphs ({report.triples} triples) to {report.url}")


def main() -> None:
    cli(prog_name="kg")


if __name__ == "__main__":
    main()
