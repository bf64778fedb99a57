"""Regenerate the README screenshots: the dashboard on the sample articles, in headless Chromium.

    .venv/bin/python docs/screenshots.py [--store DIR]

Without --store the samples in seeds/ are ingested into a temporary store first.
"""
from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from core.pipeline.ingest import ingest  # noqa: E402
from core.store import Store  # noqa: E402

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
VIEWS = {
    "timeline": "timeline?refs=1",
    "sectors": "sectors?window=article&cell=energy&cell=trade",
    "reader": "reader?q=gas",
    "network": "network?refs=1",
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = args.store or Path(folder) / "store"
        if args.store is None:
            ingest([ROOT / "seeds"], store=Store(store))
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port), "--server.headless", "true",
             "--server.address", "127.0.0.1", "--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false"],
            cwd=ROOT, env={**os.environ, "BILATERAL_LENS_STORE": str(store)}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        try:
            for _ in range(100):
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1)
                    break
                except OSError:
                    time.sleep(0.3)
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
                page = browser.new_page(viewport={"width": 1440, "height": 1000})
                for name, path in VIEWS.items():
                    page.goto(f"http://127.0.0.1:{port}/{path}")
                    page.wait_for_function(
                        "() => document.querySelector('[data-testid=\"stApp\"]')?.getAttribute('data-test-script-state') === 'notRunning'",
                        timeout=60_000)
                    page.wait_for_timeout(2500)
                    out = ROOT / "docs" / f"{name}.png"
                    page.screenshot(path=str(out))
                    print(out.relative_to(ROOT))
                browser.close()
        finally:
            server.terminate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
