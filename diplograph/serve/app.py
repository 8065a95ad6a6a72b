"""The web application: pages, their ``.json`` twins, linked data and ``/sparql``.

Built on Starlette (routing, CORS) with Jinja2 templates (every value
autoescaped). Pages need no JavaScript and load nothing from outside: the
one stylesheet is served from the package. The graph's IRIs
``https://w3id.org/diplograph/id/<kind>/<key>`` are the pages ``/id/<kind>/<key>``;
``.json`` gives a page's data, ``.ttl`` (or ``Accept: text/turtle``) the
resource's triples.
"""
from __future__ import annotations

import contextlib
import json
import logging
import re
from dataclasses import dataclass
from importlib.resources import files
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from ..errors import DiplographError
from .answers import DEFAULT_MAX_ROWS, UPDATE_REFUSED, Dataset, error_answer
from .backends import open_backend
from .resources import describe, resource_data, wants_rdf
from .views import render, safe_url
from .workers import DEFAULT_TIMEOUT

__all__ = ["ServeConfig", "make_app", "MAX_QUERY_BYTES"]

log = logging.getLogger(__name__)

MAX_QUERY_BYTES = 256 * 1024

# The addresses of the graph's IRIs: <kind>/<key>[/network], keys made of letters,
# digits and hyphens.
_ADDRESS = re.compile(r"[a-z]+/[A-Za-z0-9_-]+(?:/network)?")

# No script, no outside origin: the pages are plain HTML and one stylesheet.
PAGE_CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
            "base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}


@dataclass
class ServeConfig:
    """What ``diplograph serve`` serves: the store ``location`` and the endpoint's limits."""

    location: str
    timeout: float = DEFAULT_TIMEOUT
    max_rows: int = DEFAULT_MAX_ROWS
    workers: int = 2
    store_options: dict | None = None


def make_app(config: ServeConfig) -> Starlette:
    """The application over the store of ``config`` (opened read-only now)."""
    backend = open_backend(config.location, timeout=config.timeout, max_rows=config.max_rows,
                           workers=config.workers, **(config.store_options or {}))
    css = files(__package__).joinpath("static", "style.css").read_bytes()
    home_cache: dict = {}

    def page(name: str, data: dict, as_json: bool, status: int = 200) -> Response:
        if as_json:
            return JSONResponse(json.loads(json.dumps(data, default=_plain)), status,
                                headers=SECURITY_HEADERS)
        return HTMLResponse(render(name, data), status,
                            headers={**SECURITY_HEADERS, "Content-Security-Policy": PAGE_CSP})

    def guarded(fn, *args):
        try:
            return fn(backend.store(), *args), None
        except DiplographError as err:
            log.warning("page failed: %s", err)
            return None, str(err)

    def home(request: Request) -> Response:
        from .pages import home_page

        key = backend.cache_key()
        if home_cache.get("key") != key:  # counts over the whole store: once per version
            data, error = guarded(home_page)
            if error is None:
                home_cache.update(key=key, data=data)
        else:
            data, error = home_cache["data"], None
        if error:
            return page("error.html", {"title": "Error", "message": error}, False, 502)
        data = {**data, "location": backend.location}
        return page("home.html", data, request.url.path.endswith(".json"))

    def search(request: Request) -> Response:
        from .pages import search_page

        data, error = guarded(search_page, request.query_params.get("q", ""))
        if error:
            return page("error.html", {"title": "Error", "message": error}, False, 502)
        return page("search.html", data, request.url.path.endswith(".json"))

    def resource(request: Request) -> Response:
        rest = request.path_params["rest"]
        as_json, ttl = rest.endswith(".json"), rest.endswith(".ttl")
        rest = rest[:-5] if as_json else rest[:-4] if ttl else rest
        if not _ADDRESS.fullmatch(rest):  # minted IRIs hold nothing else (ontology/iri.py)
            return page("error.html", {"title": "Not found", "message":
                                       "this is not the address of anything in the graph"},
                        as_json, 404)
        accept = request.headers.get("accept")
        if ttl or (not as_json and wants_rdf(accept)):
            answer = describe(backend.store(), rest, "text/turtle" if ttl else accept)
            return Response(answer.body, answer.status, media_type=answer.content_type,
                            headers={**SECURITY_HEADERS, "Vary": "Accept"})
        try:
            template, data = resource_data(backend, rest, as_json, dict(request.query_params))
        except DiplographError as err:
            return page("error.html", {"title": "Error", "message": str(err)}, as_json, 502)
        if data is None:
            return page("error.html", {"title": "Not found",
                                       "message": "nothing in the graph has this address"},
                        as_json, 404)
        if template == "network.html" and not as_json:  # pyvis' page, with its own CSP
            return HTMLResponse(data, headers={**SECURITY_HEADERS, "Vary": "Accept"})
        return page(template, data, as_json)

    async def sparql(request: Request) -> Response:
        parsed = await _sparql_request(request)
        if isinstance(parsed, Response):
            return parsed
        query, wanted, dataset = parsed
        if query is None:
            return page("sparql.html", {"title": "SPARQL", "location": backend.location},
                        False)
        answer = await run_in_threadpool(backend.sparql, query, request.headers.get("accept"),
                                         wanted=wanted, dataset=dataset)
        return Response(answer.body, answer.status, media_type=answer.content_type,
                        headers={**SECURITY_HEADERS, "Vary": "Accept"})

    def stylesheet(request: Request) -> Response:
        return Response(css, media_type="text/css", headers={"Cache-Control": "max-age=3600"})

    routes = [
        Route("/", home), Route("/index.json", home),
        Route("/search", search), Route("/search.json", search),
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/static/style.css", stylesheet),
        Route("/id/{rest:path}", resource),
    ]
    middleware = [Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"],
                             allow_headers=["Accept", "Content-Type"], max_age=3600)]
    @contextlib.asynccontextmanager
    async def lifespan(app):
        yield
        backend.close()  # stop the SPARQL worker processes

    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan)
    app.state.backend = backend
    app.state.safe_url = safe_url
    return app


async def _sparql_request(request: Request):
    """(query or None, format wanted, dataset) from a protocol request, or an error Response."""
    params = parse_qs(request.url.query, keep_blank_values=True)
    query = None
    if request.method == "POST":
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body = await request.body()
        if len(body) > MAX_QUERY_BYTES:
            return _error(413, f"the request is over {MAX_QUERY_BYTES // 1024} KB")
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return _error(400, "the request body is not UTF-8")
        if ctype == "application/x-www-form-urlencoded":
            form = parse_qs(text, keep_blank_values=True)
            params = {k: params.get(k, []) + form.get(k, []) for k in {*params, *form}}
        elif ctype == "application/sparql-query":
            query = text
        elif ctype == "application/sparql-update":
            return _error(403, UPDATE_REFUSED)
        else:
            return _error(415, "POST a query as application/x-www-form-urlencoded (query=...) "
                               "or application/sparql-query")
    if params.get("update"):
        return _error(403, UPDATE_REFUSED)
    queries = params.get("query", [])
    if query is None and len(queries) > 1:
        return _error(400, "give one query parameter, not several")
    if query is None and queries:
        query = queries[0]
    if query is not None and len(query.encode("utf-8")) > MAX_QUERY_BYTES:
        return _error(413, f"the query is over {MAX_QUERY_BYTES // 1024} KB")
    wanted = (params.get("format") or [None])[0] or None
    dataset = Dataset(tuple(params.get("default-graph-uri", [])),
                      tuple(params.get("named-graph-uri", [])))
    return query, wanted, dataset


def _error(status: int, message: str) -> Response:
    answer = error_answer(status, message)
    return Response(answer.body, status, media_type=answer.content_type, headers=SECURITY_HEADERS)


def _plain(value):
    """JSON for what json cannot write itself (sets, terms)."""
    return sorted(value) if isinstance(value, (set, frozenset)) else str(value)
