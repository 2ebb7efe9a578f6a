"""The dashboard in headless Chromium (Playwright): load, choose a dyad, click a period, read
the evidence, open the article, the quotes and the map. Needs Debian's /usr/bin/chromium."""

from __future__ import annotations

from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(),
                       reason="headless Chromium is absent: apt-get install -y chromium (.ci/run does)"),
]


@pytest.fixture(scope="module")
def page(base_url):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 1000})
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("requestfailed", lambda r: errors.append(f"failed: {r.url}"))
        page.errors = errors
        page.goto(base_url + "/")
        page.wait_for_selector("body[data-ready='1']", timeout=20_000)
        yield page
        browser.close()


def test_loads_with_the_busiest_dyad(page):
    # Default dyad on load: the pair with most events (RUS-USA), both directions, by month.
    assert page.inner_text("#chart-title") == "RUS <-> USA: 7 events by month"
    assert page.locator("#chart g.period").count() == 10
    assert "6 articles" in page.inner_text("#stats") and page.errors == []


def test_choose_a_dyad_click_a_period_and_read_the_evidence(page, tmp_path):
    page.select_option("#source", "USA")
    page.select_option("#target", "RUS")
    page.wait_for_function("document.querySelector('#chart-title').textContent.startsWith('USA <-> RUS')")
    page.click("#chart circle.gpoint[data-period='2021-06-01']")  # the June point of the line
    page.wait_for_selector("#event-list li.event")
    first = page.locator("#event-list li.event").first
    assert first.locator("mark.trigger").inner_text() == "met"
    assert first.locator("mark.actor.source").inner_text() == "President Joe Biden"
    assert first.locator("mark.actor.target").inner_text() == "Vladimir Putin"
    assert page.locator("#event-list li.event").count() == 5
    assert "3 distinct events" in page.inner_text("#period-title")
    page.screenshot(path=str(tmp_path / "dashboard.png"), full_page=True)
    assert (tmp_path / "dashboard.png").stat().st_size > 30_000
    first.locator(".source-link a").click()
    page.wait_for_selector("#page-article:not([hidden]) #article-text mark.trigger")
    assert page.inner_text("#article-title") == "Biden and Putin meet (a-jun)"
    assert page.locator("#article-text mark.trigger").count() == 3
    assert page.locator("#article-events li.event").count() == 3


def test_the_tone_panel_shows_the_chosen_dyad(page):
    # Mean tone of the events per period under the chart (hand-set tones of the corpus):
    # March -0.55 (hostile), June +0.13 (warm), December 0.0; empty months have no bar.
    page.goto(page.url.split("#")[0] + "#/relations?source=USA&target=RUS&by=month&both=1")
    page.wait_for_function("document.querySelector('#chart-title').textContent.startsWith('USA <-> RUS')")
    page.wait_for_selector("#tone-chart rect.tone")
    bars = page.locator("#tone-chart rect.tone")
    tones = {bars.nth(i).get_attribute("data-period"): float(bars.nth(i).get_attribute("data-tone"))
             for i in range(bars.count())}
    assert tones == pytest.approx({"2021-03-01": -0.55, "2021-06-01": 0.1333, "2021-12-01": 0.0})
    assert page.locator("#tone-chart rect.tone.hostile").count() == 1
    page.select_option("#source", "RUS")
    page.select_option("#target", "UKR")
    page.wait_for_function("document.querySelector('#chart-title').textContent.startsWith('RUS <-> UKR')")
    page.wait_for_function("document.querySelectorAll('#tone-chart rect.tone').length === 1")
    assert page.locator("#tone-chart rect.tone").first.get_attribute("data-tone") == "-0.7"
    assert page.errors == []


def test_a_slow_older_answer_does_not_overwrite_a_newer_dyad(page):
    # The answer for the first dyad is held back in the browser; the second dyad is chosen
    # meanwhile. Without dropping stale answers the chart would end on the first dyad.
    page.evaluate("""() => {
        window.__fetch = window.fetch;
        window.fetch = (url, ...rest) => String(url).includes("target=GBR")
            ? new Promise((ok) => setTimeout(() => ok(window.__fetch(url, ...rest)), 800))
            : window.__fetch(url, ...rest);
        location.hash = "#/relations?source=USA&target=GBR&by=month&both=1";
        setTimeout(() => { location.hash = "#/relations?source=USA&target=RUS&by=year&both=1"; }, 50);
    }""")
    page.wait_for_function("document.querySelector('#chart-title').textContent.endsWith('by year')")
    page.wait_for_timeout(1200)  # the held-back answer has arrived by now
    try:
        assert page.inner_text("#chart-title").startswith("USA <-> RUS")
        assert page.errors == [] and page.is_hidden("#error")
    finally:
        page.evaluate("() => { window.fetch = window.__fetch; }")


def test_quotes_of_a_speaker(page):
    page.click("nav a[data-page='quotes']")
    page.wait_for_selector("#speaker-chips a.chip")
    page.fill("#speaker", "Blinken")
    page.press("#speaker", "Enter")
    page.wait_for_function("document.querySelectorAll('#quote-list li.quote').length === 1")
    assert "We will hold Russia to account" in page.inner_text("#quote-list")


def test_map_draws_the_outline_and_the_places(page):
    page.click("nav a[data-page='map']")
    page.wait_for_selector("#map circle.place")
    assert page.locator("#map .land path").count() > 150
    assert page.locator("#map circle.place").count() == 4  # Geneva, Donetsk, Moscow, Stockholm
    legend = page.text_content("#map g.legend")
    assert "mean Goldstein" in legend and "conflict" in legend and "events at the place" in legend
    assert page.locator("#map g.legend circle.legend-circle").count() >= 2
    assert page.errors == []
