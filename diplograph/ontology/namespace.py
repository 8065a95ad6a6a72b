"""The diplograph vocabulary as Python constants.

Generated from ``diplograph.ttl`` (see ``tests/ontology/test_namespace.py`` for
the parity check). A misspelt term raises ``AttributeError``.

Examples
--------
>>> from diplograph.ontology import DG
>>> DG.Meeting
rdflib.term.URIRef('https://w3id.org/diplograph#Meeting')
"""
from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

__all__ = ["DG"]


class DG(DefinedNamespace):
    """diplograph terms; ``_fail`` makes unknown names an error."""

    _fail = True
    _NS = Namespace("https://w3id.org/diplograph#")

    # classes and status individuals
    Article: URIRef  # A news article or record from which facts were read.
    Call: URIRef  # Two or more named people speak remotely: phone or video call. Ne...
    Cancelled: URIRef  # Called off, or postponed with no new date.
    Country: URIRef  # A sovereign state or territory, identified by its ISO 3166-1 ...
    Event: URIRef  # A diplomatic event: a meeting, a visit or a call.
    Meeting: URIRef  # Two or more named people of different states or organisations...
    Occurred: URIRef  # Reported as having happened.
    Organisation: URIRef  # An intergovernmental organisation or grouping (UN, SCO, ...
    Person: URIRef  # A named leader, official or other person.
    Place: URIRef  # A city, town or region where an event happened.
    Planned: URIRef  # Announced, scheduled, due, expected.
    Position: URIRef  # An office held by a person, as articles state it: a title se...
    Status: URIRef  # Whether an event occurred, is planned, or was cancelled.
    Visit: URIRef  # A named person travels to another country.

    # properties
    acronym: URIRef  # The organisation's common short name.
    cameoCode: URIRef  # The CAMEO event code(s) an event class corresponds to.
    country: URIRef  # For an event, the country where it happened (a visit's destin...
    countryCode: URIRef  # ISO 3166-1 alpha-2 code.
    date: URIRef  # When the event happened or is due, typed at the precision known:...
    evidence: URIRef  # The sentence(s) the event was read from.
    evidenceEnd: URIRef  # Character offset in the article text where the evidence ends.
    evidenceStart: URIRef  # Character offset in the article text where the evidence...
    former: URIRef  # True where the article names the office as past.
    holds: URIRef  # An office the person holds or held.
    host: URIRef  # The person who receives a visitor.
    memberOf: URIRef  # A country's membership of an organisation, where stated.
    occasion: URIRef  # The organisation at whose summit or forum the event took place.
    organisation: URIRef  # The international organisation a position serves.
    participant: URIRef  # A person taking part in a meeting or call.
    place: URIRef  # The most specific named city, town or region where the event ha...
    reportedIn: URIRef  # An article that reports the event, or states that the pers...
    status: URIRef  # dg:Occurred, dg:Planned or dg:Cancelled.
    title: URIRef  # The office without the country word: 'Prime Minister', 'Foreign...
    visitor: URIRef  # The person who travels on a visit.
