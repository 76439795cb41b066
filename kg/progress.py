"""Build progress on a terminal (rich) and the summary table at the end."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.table import Table


class BuildProgress:
    """A live counter while building; silent when stderr is not a terminal."""

    def __init__(self, enabled: bool = True) -> None:
        self.console = Console(stderr=True)
        self.live = enabled and sys.stderr.isatty()
        self.counts = {"added": 0, "replaced": 0, "skipped": 0, "failed": 0}
        self._status = None

    def __enter__(self) -> BuildProgress:
        if self.live:
            self._status = self.console.status("building...")
            self._status.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        if self._status is not None:
            self._status.__exit__(*exc)

    def note(self, status: str, what: str) -> None:
        self.counts[status] = self.counts.get(status, 0) + 1
        if self._status is not None:
            done = sum(self.counts.values())
            self._status.update(f"{done} documents ({self.counts['added']} added, "
                                f"{self.counts['skipped']} skipped, "
                                f"{self.counts['failed']} failed): {what[-60:]}")

    def summary(self, report) -> None:
        table = Table(title="kg build", show_header=True, header_style="bold")
        for col in ("added", "replaced", "skipped", "failed", "releases in store", "triples"):
            table.add_column(col, justify="right")
        table.add_row(str(report.added), str(report.replaced), str(report.skipped),
                      str(len(report.failed)), str(report.releases), str(report.triples))
        Console(stderr=True).print(table)
