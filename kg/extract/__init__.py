"""Extraction: a release in, statements with provenance out.

The pipeline (:mod:`kg.extract.pipeline`) is a sequence of small named steps,
each reading the shared :class:`~kg.extract.context.Context` and adding what
it finds. The order matters: people and places are found before the events
that use them.
"""
