"""Ingest in a process of its own, for the dashboard: spaCy, the language model and the annotation's memory live
and die with that process, so the dashboard's own process never loads them.

The process is a fresh interpreter running this module (`python -m core.pipeline.apart`), not a multiprocessing
child: those re-import the parent's main module, which under Streamlit is the dashboard script itself.
"""
from __future__ import annotations

import pickle
import subprocess
import sys
import tempfile
from pathlib import Path

from core.errors import BilateralLensError

PROJECT_ROOT = Path(__file__).resolve().parent.parent.parent


def ingest_uploads_apart(uploads: list[tuple[str, bytes]], *, store: str | Path):
    """`uploads.ingest_uploads` run in a separate Python process; its report comes back. A process that fails or
    dies (out of memory, killed) stores nothing: the store stays as it was and the error says so."""
    with tempfile.TemporaryDirectory(prefix="bilateral-lens-apart-") as folder:
        request, answer = Path(folder) / "uploads.pickle", Path(folder) / "report.pickle"
        request.write_bytes(pickle.dumps(list(uploads)))
        done = subprocess.run([sys.executable, "-m", "core.pipeline.apart", str(Path(store).resolve()), str(request), str(answer)],
                              cwd=PROJECT_ROOT, capture_output=True, text=True)
        if done.returncode or not answer.exists():
            last = (done.stderr.strip().splitlines() or [f"exit status {done.returncode}"])[-1]
            raise BilateralLensError(f"the ingest process stopped before it finished ({last[:200]}); nothing was stored, "
                                     "the corpus is as it was")
        return pickle.loads(answer.read_bytes())


def main(store: str, request: str, answer: str) -> int:
    from core.pipeline.uploads import ingest_uploads
    from core.store import Store

    uploads = pickle.loads(Path(request).read_bytes())
    report = ingest_uploads(uploads, store=Store(store))
    Path(answer).write_bytes(pickle.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
