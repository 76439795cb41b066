"""Loaders turn a source (file, folder, record, URL) into clean documents.

Every loader yields :class:`Document` objects or raises :class:`LoadError`
with one readable line; the build reports the error and carries on.
``iter_documents`` is imported lazily so that code needing only
:class:`Document` does not pay for importing the HTML libraries.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kg.loaders.base import Document, LoadError

if TYPE_CHECKING:
    from kg.loaders.sources import iter_documents

__all__ = ["Document", "LoadError", "iter_documents"]


def __getattr__(name: str) -> Any:
    if name == "iter_documents":
        from kg.loaders.sources import iter_documents

        return iter_documents
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
