"""kg: the Korea-Russia cooperation knowledge graph.

Reads press releases, extracts officials, bodies, places, mechanisms, events,
projects, policies, agreements, sectors and figures, and keeps them as RDF in
an embedded Oxigraph store with sentence-level provenance.
"""

__version__ = "0.1.0"
