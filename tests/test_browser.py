"""The dashboard in a real browser: Playwright driving Debian's Chromium against `streamlit run` on 127.0.0.1.

With CI=true these tests must run; elsewhere they skip when Chromium or Playwright is missing.
"""
from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT, _ingest_with_model

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
pytestmark = pytest.mark.browser


def _missing() -> str:
    if not Path(CHROMIUM).exists():
        return f"Chromium is not installed at {CHROMIUM} (apt-get install -y chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Python Playwright is not installed (pip install -e '.[test]')"
    return ""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`streamlit run app.py` on a free port over the seeds, eight Wikinews articles and one hostile article."""
    reason = _missing()
    if reason:
        if os.environ.get("CI") == "true":
            pytest.fail(f"browser tests must run in CI: {reason}")
        pytest.skip(reason)
    store = _ingest_with_model([ROOT / "seeds", FIXTURES / "wikinews" / "russia_china.jsonl", FIXTURES / "xss"], tmp_path_factory.mktemp("browser") / "store")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "BILATERAL_LENS_STORE": str(store)}
    env.pop("BILATERAL_LENS_MODEL", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true", "--server.address", "127.0.0.1",
         "--server.port", str(port), "--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if urllib.request.urlopen(f"{base}/_stcore/health", timeout=2).read() == b"ok":
                break
        except OSError:
            time.sleep(0.3)
    else:
        process.kill()
        pytest.fail("streamlit did not answer on /_stcore/health within 60 s: " + process.stderr.read().decode()[-2000:])
    SERVER_PIDS[base] = process.pid
    yield base
    process.terminate()
    process.wait(timeout=10)


SERVER_PIDS: dict[str, int] = {}


def _loaded_libraries(pid: int) -> str:
    return Path(f"/proc/{pid}/maps").read_text()


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        # The first session after a start does not know the page paths yet (Streamlit shows "Page not found").
        warm = chromium.new_page()
        warm.goto(server)
        settle(warm)
        warm.close()
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, tmp_path):
    context = browser.new_context(viewport={"width": 1440, "height": 1000})
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    yield page
    page.screenshot(path=str(tmp_path / "last.png"), full_page=True)
    context.close()


def settle(page, *, charts: bool = False) -> None:
    """Wait until the script has finished and (optionally) Plotly has drawn."""
    page.wait_for_selector('[data-testid="stApp"][data-test-connection-state="CONNECTED"]', timeout=30_000)
    page.wait_for_function(
        "() => document.querySelector('[data-testid=\"stApp\"]').getAttribute('data-test-script-state') === 'notRunning'",
        timeout=30_000,
    )
    if charts:
        page.wait_for_selector(".js-plotly-plot .main-svg", timeout=15_000)
        page.wait_for_timeout(800)


def wait_for_href(page, *parts: str) -> str:
    """Wait until the address bar holds every part (Streamlit updates it with history.replaceState)."""
    condition = " && ".join(f"location.href.includes({part!r})" for part in parts)
    page.wait_for_function(f"() => {condition}", timeout=15_000)
    return page.evaluate("() => location.href")


def test_a_shared_link_opens_with_its_filters_applied(page, server):
    from playwright.sync_api import expect

    page.goto(f"{server}/timeline?person=Vladimir+Putin&country=China")
    settle(page)
    sidebar = page.locator('[data-testid="stSidebar"]')
    expect(sidebar.get_by_role("button", name="Vladimir Putin")).to_be_visible()
    expect(page.get_by_text("Meetings involving Vladimir Putin and China.")).to_be_visible()
    wait_for_href(page, "person=Vladimir+Putin", "country=China", "v=")


def test_changing_a_filter_changes_the_url(page, server):
    from playwright.sync_api import expect

    page.goto(f"{server}/reader")
    settle(page)
    search = page.get_by_role("textbox", name="Search")
    search.fill("gas")
    search.press("Enter")
    settle(page)
    wait_for_href(page, "/reader?", "q=gas")
    expect(page.get_by_text("Articles mentioning “gas”.")).to_be_visible()


def test_moving_between_pages_keeps_the_filters(page, server):
    from playwright.sync_api import expect

    page.goto(f"{server}/?sector=energy")
    settle(page)
    page.locator('[data-testid="stSidebar"]').get_by_role("link", name="Sectors").click()
    wait_for_href(page, "/sectors?", "sector=energy")
    settle(page)
    expect(page.get_by_text("Articles about energy.")).to_be_visible()
    page.reload()
    settle(page)
    wait_for_href(page, "/sectors?", "sector=energy")
    expect(page.get_by_text("Articles about energy.")).to_be_visible()


def test_selecting_an_event_leads_to_its_article_with_highlights(page, server):
    from playwright.sync_api import expect

    page.goto(f"{server}/timeline")
    settle(page, charts=True)
    box = page.locator(".scatterlayer .trace .points path").first.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    wait_for_href(page, "/timeline?", "event=")
    settle(page)
    evidence = page.locator('[data-testid="stMain"] a[href*="reader?"]').first
    expect(evidence).to_be_visible()
    evidence.click()
    wait_for_href(page, "/reader?", "article=")
    settle(page)
    expect(page.locator(".bl-article .bl-ent").first).to_be_visible()
    expect(page.locator(".bl-article mark.bl-evidence").first).to_be_visible()


def test_article_payloads_render_as_text_and_never_run(page, server):
    from playwright.sync_api import expect

    page.goto(f"{server}/reader?q=__xss")
    settle(page)
    expect(page.locator(".bl-article")).to_contain_text("<script>window.__xss=5</script>")
    expect(page.locator(".bl-article")).to_contain_text('<iframe srcdoc="<script>parent.__xss=6</script>"></iframe>')
    # The outlet's markup is shown as text in the article's caption (the list's grid cells are not in view).
    expect(page.locator('[data-testid="stCaptionContainer"]', has_text='<b onmouseover="window.__xss=3">Evil Wire</b>')).to_be_visible()
    for element in page.locator(".bl-article span[title]").all()[:20]:
        element.hover()
    page.wait_for_timeout(500)
    assert page.evaluate("() => window.__xss") is None
    assert page.locator(".bl-article script, .bl-article iframe, .bl-article img").count() == 0
    assert page.locator('a[href^="javascript:"]').count() == 0
    assert not page.errors


@pytest.mark.parametrize("path", ["", "map", "timeline", "sectors", "reader", "people", "data", "add"])
def test_every_page_draws_in_the_browser(page, server, path, tmp_path):
    page.goto(f"{server}/{path}?country=China")
    settle(page, charts=path in ("", "map", "timeline", "sectors", "people"))
    assert page.locator('[data-testid="stException"]').count() == 0
    page.screenshot(path=str(tmp_path / f"{path or 'overview'}.png"), full_page=True)
    assert (tmp_path / f"{path or 'overview'}.png").stat().st_size > 10_000
    assert not page.errors


def test_uploaded_articles_are_ingested_with_a_report(page, server):
    """Runs last: it adds articles to the module's store."""
    from playwright.sync_api import expect

    page.goto(f"{server}/add")
    settle(page)
    page.locator('input[type="file"]').set_input_files([str(FIXTURES / "wikinews" / "slice.jsonl"),
                                                         str(FIXTURES / "hostile" / "report.txt")])
    page.get_by_role("button", name="Ingest").click()
    expect(page.get_by_text(re.compile(r"^\d+ added, \d+ already stored, .*; corpus version 2\.$"))).to_be_visible(timeout=90_000)
    expect(page.get_by_text("report.txt: not a text file")).to_be_visible()
    # the share link and the address bar already name the corpus the upload made
    expect(page.locator('[data-testid="stSidebar"] code')).to_contain_text("v=2")
    assert "v=2" in page.url
    # the articles were annotated in a process of their own: the dashboard's process never loaded spaCy
    assert "/spacy/" not in _loaded_libraries(SERVER_PIDS[server])


def test_a_report_marked_not_a_meeting_in_the_evidence_panel_shows_as_corrected_and_undo_restores_it(page, server):
    """Runs after the upload: it changes the module's store (and restores it)."""
    from playwright.sync_api import expect

    page.goto(f"{server}/timeline")
    settle(page, charts=True)
    box = page.locator(".scatterlayer .trace .points path").first.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    wait_for_href(page, "/timeline?", "event=")
    settle(page)
    main = page.locator('[data-testid="stMain"]')
    reports = main.locator('a[href*="reader?"]').count()
    main.get_by_text("Correct this report").first.click()
    form = main.locator('[data-testid="stExpander"]').first
    expect(form.get_by_role("combobox", name="Correction")).to_be_visible()
    assert 'combobox "Correction": Not a meeting' in form.aria_snapshot()  # the first correction offered
    for label, value in (("Why", "the sentence lists titles, not a meeting"), ("Your name", "Ana <b>QA</b>")):
        form.get_by_role("textbox", name=label).fill(value)
        form.get_by_role("textbox", name=label).press("Enter")
        settle(page)
    form.get_by_role("button", name="Save correction").click()
    settle(page)
    expect(main.get_by_text(re.compile(r"^✎ Corrected: not a meeting — Ana <b>QA</b>, \d{4}-\d\d-\d\d: "
                                       r"“the sentence lists titles, not a meeting”"))).to_be_visible()
    expect(main.get_by_text("marked not a meeting")).to_be_visible()
    assert main.locator('a[href*="reader?"]').count() == reports  # the report stays readable, marked
    shared = wait_for_href(page, "/timeline?", "event=", "v=")
    page.goto(f"{server}/data?table=corrections")
    settle(page)
    expect(page.get_by_text("Every correction of the annotation")).to_be_visible()
    expect(page.get_by_text("Undo a correction")).to_be_visible()
    page.goto(shared)  # the shared link shows the corrected report
    settle(page)
    main.get_by_text("Undo", exact=True).first.click()
    undo = main.locator('[data-testid="stExpander"]', has_text="Correction to undo").last
    for label, value in (("Why", "it was a meeting after all"), ("Your name", "Bo")):
        undo.get_by_role("textbox", name=label).fill(value)
        undo.get_by_role("textbox", name=label).press("Enter")
        settle(page)
    undo.get_by_role("button", name="Undo").click()
    settle(page)
    expect(main.get_by_text("marked not a meeting")).to_have_count(0)
    assert not page.errors
