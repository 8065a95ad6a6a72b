"""Regenerate diplograph/ontology/namespace.py from diplograph.ttl: python scripts/generate_namespace.py"""
from rdflib import Graph, RDF, RDFS, OWL, URIRef
g = Graph().parse("diplograph/ontology/diplograph.ttl")
NS = "https://w3id.org/diplograph#"
terms = []
for s in sorted(set(g.subjects())):
    if isinstance(s, URIRef) and str(s).startswith(NS):
        name = str(s)[len(NS):]
        comment = g.value(s, RDFS.comment)
        terms.append((name, str(comment) if comment else ""))
classes = [t for t in terms if t[0][0].isupper()]
props = [t for t in terms if t[0][0].islower()]
out = ['"""The diplograph vocabulary as Python constants.', '',
'Generated from ``diplograph.ttl`` (see ``tests/ontology/test_namespace.py`` for', 'the parity check). A misspelt term raises ``AttributeError``.', '', 'Examples', '--------', '>>> from diplograph.ontology import DG', '>>> DG.Meeting', "rdflib.term.URIRef('https://w3id.org/diplograph#Meeting')", '"""',
'from rdflib.namespace import DefinedNamespace, Namespace', 'from rdflib.term import URIRef', '', '__all__ = ["DG"]', '', '',
'class DG(DefinedNamespace):', '    """diplograph terms; ``_fail`` makes unknown names an error."""', '', '    _fail = True', '    _NS = Namespace("https://w3id.org/diplograph#")', '', '    # classes and status individuals']
for n, c in classes:
    out.append(f"    {n}: URIRef  # {c}"[:88] if len(f"    {n}: URIRef  # {c}") <= 88 else f"    {n}: URIRef  # {c[:88-len(n)-20]}...")
out.append('')
out.append('    # properties')
for n, c in props:
    line = f"    {n}: URIRef  # {c}"
    out.append(line if len(line) <= 88 else f"    {n}: URIRef  # {c[:88-len(n)-20]}...")
open("diplograph/ontology/namespace.py", "w").write("\n".join(out) + "\n")
