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
    base, process = _serve(store)
    SERVER_PIDS[base] = process.pid
    yield base
    _stop(process)


def _serve(store: Path):
    """A fresh `streamlit run app.py` over `store` on a free port of 127.0.0.1: (base URL, process). Its log goes to
    a file beside the store, not to a pipe a chatty server could fill."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "BILATERAL_LENS_STORE": str(store)}
    env.pop("BILATERAL_LENS_MODEL", None)
    log_path = store.parent / f"streamlit-{port}.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true", "--server.address", "127.0.0.1",
             "--server.port", str(port), "--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log,
        )
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if urllib.request.urlopen(f"{base}/_stcore/health", timeout=2).read() == b"ok":
                return base, process
        except OSError:
            time.sleep(0.3)
    _stop(process)
    pytest.fail("streamlit did not answer on /_stcore/health within 60 s: " + log_path.read_text(errors="replace")[-2000:])


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


SERVER_PIDS: dict[str, int] = {}


def _loaded_libraries(pid: int) -> str:
    return Path(f"/proc/{pid}/maps").read_text()


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
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


def open_first_event(page, server) -> None:
    """Open the timeline and click its first mark: the event's evidence is listed."""
    page.goto(f"{server}/timeline")
    settle(page, charts=True)
    box = page.locator(".scatterlayer .trace .points path").first.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    wait_for_href(page, "/timeline?", "event=")
    settle(page)


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

    open_first_event(page, server)
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
    expect(page.locator("[data-testid=stHeadingWithActionElements]", has_text="boss@")).to_be_visible()  # an address is text
    assert page.locator('a[href*="evil.example"]').count() == 0
    assert not page.errors


@pytest.mark.parametrize("path", ["", "map", "timeline", "sectors", "reader", "people", "data", "network", "add", "about"])
def test_every_page_draws_in_the_browser(page, server, path, tmp_path):
    page.goto(f"{server}/{path}?country=China")
    settle(page, charts=path in ("", "map", "timeline", "sectors", "people", "network"))
    assert page.locator('[data-testid="stException"]').count() == 0
    page.screenshot(path=str(tmp_path / f"{path or 'overview'}.png"), full_page=True)
    assert (tmp_path / f"{path or 'overview'}.png").stat().st_size > 10_000
    assert not page.errors


def test_a_shared_network_link_opens_in_a_fresh_browser_with_its_pair_and_events(page, server):
    from playwright.sync_api import expect

    page.goto(f"{server}/network?by=countries&pair=China&pair=Russia&refs=1")
    settle(page, charts=True)
    expect(page.get_by_role("radio", name="Countries", checked=True).or_(
        page.locator('[data-testid="stBaseButton-segmented_controlActive"]', has_text="Countries"))).to_be_visible()
    expect(page.get_by_role("heading", name=re.compile(r"^China and Russia: \d+ events?$"))).to_be_visible()
    expect(page.get_by_text(re.compile(r"countries and the \d+ links? between them are drawn"))).to_be_visible()
    expect(page.locator("blockquote", has_text="confidence").first).to_be_visible()
    expect(page.locator('[data-testid="stMain"] a[href*="reader?"]').first).to_be_visible()
    svg = page.locator(".st-key-network_chart .js-plotly-plot").inner_html()
    assert "China" in svg and "Russia" in svg
    wait_for_href(page, "by=countries", "pair=China", "pair=Russia")
    assert not page.errors


def test_clicking_a_link_of_the_network_lists_its_events(page, server):
    from playwright.sync_api import expect

    page.goto(f"{server}/network")
    settle(page, charts=True)
    expect(page.locator("h2, h3", has_text=re.compile(r" and .*: \d+ events?$"))).to_have_count(0)
    middle = page.locator(".scatterlayer .trace .points path").first  # the first link's middle point
    box = middle.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    wait_for_href(page, "/network?", "pair=")
    settle(page)
    expect(page.get_by_role("heading", name=re.compile(r" and .*: [1-9]\d* events?$"))).to_be_visible()
    expect(page.locator("blockquote", has_text="rules:").first).to_be_visible()
    assert not page.errors


def test_labels_of_the_network_do_not_overlap_in_the_browser(page, server):
    page.goto(f"{server}/network?refs=1")
    settle(page, charts=True)
    boxes = [page.locator(".annotation").nth(i).bounding_box() for i in range(page.locator(".annotation").count())]
    assert len(boxes) >= 5
    overlapping = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                   if a["x"] < b["x"] + b["width"] - 1 and b["x"] < a["x"] + a["width"] - 1
                   and a["y"] < b["y"] + b["height"] - 1 and b["y"] < a["y"] + a["height"] - 1]
    assert not overlapping


def test_a_shared_coverage_link_shows_shares(page, server):
    from playwright.sync_api import expect

    page.goto(f"{server}/?coverage=share&country=China")
    settle(page, charts=True)
    expect(page.get_by_text("Share of all articles over time")).to_be_visible()
    expect(page.locator(".st-key-overview_articles .ytick text", has_text="%").first).to_be_attached()
    page.goto(f"{server}/sectors?coverage=share")
    settle(page, charts=True)
    trend = page.locator(".st-key-sectors_trend")
    trend.scroll_into_view_if_needed()
    expect(trend.get_by_text("Sectors over time (share of all articles)")).to_be_visible()
    wait_for_href(page, "/sectors?", "coverage=share")
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


def test_a_link_to_a_page_is_the_first_request_of_a_fresh_server(browser, server, sample_store):
    """No "Page not found" dialog when a page other than the overview is the first thing a new server is asked for."""
    from playwright.sync_api import expect

    base, process = _serve(sample_store)
    try:
        context = browser.new_context(viewport={"width": 1440, "height": 1000})
        page = context.new_page()
        page.goto(f"{base}/timeline?person=Vladimir+Putin")
        settle(page)
        expect(page.get_by_text("Meetings involving Vladimir Putin.")).to_be_visible()
        page.wait_for_timeout(500)
        assert page.get_by_text("Page not found").count() == 0
        assert page.locator('[role="dialog"]').count() == 0
        context.close()
    finally:
        _stop(process)


def test_the_overview_s_own_path_opens_the_overview_with_its_filters(page, server):
    from playwright.sync_api import expect

    page.goto(f"{server}/overview?country=China")
    settle(page)
    expect(page.get_by_text("Articles and meetings involving China.")).to_be_visible()
    assert page.get_by_text("Page not found").count() == 0 and page.locator('[role="dialog"]').count() == 0
    assert "country=China" in page.url


def test_the_reader_marks_the_open_article_its_search_hits_and_cuts_nothing_off(page, server):
    from playwright.sync_api import expect

    page.goto(f"{server}/reader?q=gas")
    settle(page)
    expect(page.get_by_text(re.compile(r"^\d+ articles? match “gas”; ▶ marks the one shown"))).to_be_visible()
    caption = page.locator('[data-testid="stCaptionContainer"]', has_text="“gas”:")
    expect(caption).to_contain_text(re.compile(r"“gas”: \d+ hits? in the text, marked"))
    hits = int(re.search(r"“gas”: (\d+) hit", caption.inner_text())[1])
    assert hits > 0
    expect(page.locator(".bl-article mark.bl-hit")).to_have_count(hits)  # the article may draw after its caption
    assert all(t.lower() == "gas" for t in page.locator(".bl-article mark.bl-hit").all_inner_texts())
    grid = page.locator('[data-testid="stDataFrame"]')
    expect(grid).to_contain_text("▶")
    assert "None" not in grid.inner_text()
    # every highlight toggle fits (none is scrolled out of view or cut)
    pills = page.locator('[data-testid="stButtonGroup"]').first
    assert pills.evaluate("e => [...e.querySelectorAll('div')].every(d => d.scrollWidth <= d.clientWidth + 1)")
    # links into other views wrap instead of ending in an ellipsis
    for link in page.locator('[data-testid="stMain"] [data-testid="stPageLink"] span').all():
        assert link.evaluate("e => e.scrollWidth <= e.clientWidth + 1"), link.inner_text()
    # links within the reader (its people and sectors) start every wrapped line at the left edge
    lines_left = """e => { const range = document.createRange(); range.selectNodeContents(e.querySelector('p'));
        const starts = [...range.getClientRects()].map(r => Math.round(r.left));
        return Math.max(...starts) - Math.min(...starts); }"""
    for button in page.locator('[data-testid="stMain"] [data-testid="stBaseButton-tertiary"]').all():
        assert button.evaluate(lines_left) <= 1, button.inner_text()


def test_latest_events_on_the_overview_are_shown_whole(page, server):
    from playwright.sync_api import expect

    page.set_viewport_size({"width": 1100, "height": 900})
    page.goto(f"{server}/")
    settle(page, charts=True)
    expect(page.get_by_text("Latest events")).to_be_visible()
    expect(page.locator('[data-testid="stMain"] [data-testid="stPageLink"]').first).to_be_visible()
    links = page.locator('[data-testid="stMain"] [data-testid="stPageLink"] span').all()
    for link in links:
        assert link.evaluate("e => e.scrollWidth <= e.clientWidth + 1"), link.inner_text()


def test_a_date_typed_in_the_sidebar_applies_on_enter(page, server):
    from playwright.sync_api import expect

    page.goto(f"{server}/timeline")
    settle(page)
    box = page.get_by_role("textbox", name="From")
    box.fill("2024-08")
    box.press("Enter")
    wait_for_href(page, "/timeline?", "from=2024-08-01")
    settle(page)
    expect(page.get_by_text("Meetings from 1 Aug 2024.")).to_be_visible()
    expect(box).to_be_focused()


def test_the_timeline_legend_is_clear_of_the_plotly_toolbar(page, server):
    page.goto(f"{server}/timeline")
    settle(page, charts=True)
    chart = page.locator('[data-testid="stPlotlyChart"]').first
    chart.hover()
    page.wait_for_timeout(500)
    legend = page.locator(".js-plotly-plot .legend").first.bounding_box()
    toolbar = page.locator(".js-plotly-plot .modebar").first.bounding_box()
    assert legend and toolbar
    apart = (legend["x"] + legend["width"] <= toolbar["x"] or toolbar["x"] + toolbar["width"] <= legend["x"]
             or legend["y"] + legend["height"] <= toolbar["y"] or toolbar["y"] + toolbar["height"] <= legend["y"])
    assert apart, (legend, toolbar)


def test_a_report_marked_not_a_meeting_in_the_evidence_panel_shows_as_corrected_and_undo_restores_it(page, server):
    """Runs after the upload: it changes the module's store (and restores it)."""
    from playwright.sync_api import expect

    open_first_event(page, server)
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
                                       r"“the sentence lists titles, not a meeting”"))).to_be_visible(timeout=30_000)
    expect(main.get_by_text("marked not a meeting", exact=True)).to_be_visible()  # also when its event is gone
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
    for label, value in (("Why", "it was a meeting after all"), ("Your name", "Bo")):  # no run overwrote them
        expect(undo.get_by_role("textbox", name=label)).to_have_value(value)
    undo.get_by_role("button", name="Undo").click()
    settle(page)
    expect(main.get_by_text(re.compile(r"^Saved: "))).to_be_visible(timeout=30_000)
    # saving writes a store version and runs the page again: on a loaded machine that outlasts expect's 5 s
    expect(main.get_by_text("marked not a meeting", exact=True)).to_have_count(0, timeout=30_000)
    assert not page.errors


def test_the_address_bar_keeps_up_with_fast_slider_input(page, server):
    """Many quick changes interrupt runs; the address bar still ends on the view the page and the share box show."""
    page.goto(f"{server}/timeline?country=China")
    settle(page)
    handle = page.locator('[data-testid="stSidebar"] [data-testid="stSlider"] input[type="range"]').first
    handle.focus()
    for delay in (60, 150, 30, 100, 60, 150, 30, 100, 60, 150, 30, 100):
        handle.press("ArrowRight")
        page.wait_for_timeout(delay)
    page.wait_for_timeout(1500)
    settle(page)
    # The three must come to agree; a widget that is being redrawn may read its default for a moment.
    page.wait_for_function(
        """() => {
            const bar = document.querySelector('[data-testid="stSidebar"]');
            const input = bar.querySelector('[data-testid="stSlider"] input[type="range"]');
            const code = bar.querySelector('code');
            if (!input || !code) return false;
            const value = parseFloat(input.value);
            const want = value > 0 ? 'conf=' + String(value) : null;
            const inUrl = location.href.includes('conf=');
            const inShare = code.innerText.includes('conf=');
            if (want === null) return !inUrl && !inShare;
            return location.href.includes(want) && code.innerText.includes(want);
        }""",
        timeout=15_000,
    )
    value = float(handle.input_value())
    assert value > 0, "twelve steps to the right leave the confidence threshold above zero"
