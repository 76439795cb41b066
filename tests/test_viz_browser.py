"""The map in real headless Chromium: offline, complete, filterable, searchable, inert to markup.

Run with ``pytest -m browser``; skipped when chromium or chromedriver is absent.
A screenshot of each page lands in tests/artifacts/ (git-ignored).
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from pathlib import Path

import networkx as nx
import pytest
from vizcorpus import EVIL_IRI, IMG_NAME, RELEASES, SCRIPT_NAME, build, build_evil

from kg import netgraph
from kg.store import reading
from kg.viz import write_map

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
ARTIFACTS = Path(__file__).parent / "artifacts"

if not (CHROMIUM and CHROMEDRIVER):
    pytest.skip("needs the chromium and chromium-driver packages (headless Chromium)",
                allow_module_level=True)

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402

FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1400,900"]


@pytest.fixture(scope="module")
def driver():
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="kg-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in [*FLAGS, f"--user-data-dir={profile}"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    browser = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    browser.set_script_timeout(60)
    yield browser
    browser.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, nx.MultiDiGraph]:
    folder = tmp_path_factory.mktemp("vizb")
    store = build(folder, RELEASES)
    out = folder / "map.html"
    write_map(reading(store), out)
    return out, netgraph.build_graph(reading(store))


def open_map(driver, page: Path) -> list[str]:
    """Load the page, wait for the layout to settle, return URLs of requests it made."""
    driver.get("about:blank")
    driver.get_log("performance")
    driver.get_log("browser")
    driver.get(page.resolve().as_uri())
    deadline = time.time() + 60
    while driver.execute_script("return window.kgMap ? window.kgMap.stabilisedMs : null") is None:
        assert time.time() < deadline, "the map never stabilised"
        time.sleep(0.1)
    messages = [json.loads(entry["message"])["message"] for entry in driver.get_log("performance")]
    return [m["params"]["request"]["url"] for m in messages
            if m["method"] == "Network.requestWillBeSent"]


def console_errors(driver) -> list[dict]:
    return [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def visible(driver) -> dict[str, int]:
    return driver.execute_script("return window.kgMap.visible()")


def shoot(driver, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    assert driver.save_screenshot(str(ARTIFACTS / name))


def without(graph: nx.MultiDiGraph, nodes: set[str]) -> dict[str, int]:
    sub = graph.subgraph(set(graph) - nodes)
    return {"nodes": sub.number_of_nodes(), "edges": sub.number_of_edges()}


def test_page_is_offline_quiet_and_complete(driver, corpus):
    page, graph = corpus
    requests = open_map(driver, page)
    assert requests in ([], [page.resolve().as_uri()]), requests
    assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0
    assert console_errors(driver) == []
    assert visible(driver) == {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}
    shoot(driver, "viz-map.png")


def test_class_filter_hides_people_and_their_edges(driver, corpus):
    page, graph = corpus
    open_map(driver, page)
    driver.find_element(By.CSS_SELECTOR, "input[data-class='Person']").click()
    people = {n for n, d in graph.nodes(data=True) if d["cls"] == "Person"}
    assert people
    assert visible(driver) == without(graph, people)
    driver.find_element(By.ID, "kg-reset").click()
    assert visible(driver)["nodes"] == graph.number_of_nodes()


def test_sector_and_date_filters_match_python(driver, corpus):
    page, graph = corpus
    open_map(driver, page)
    driver.execute_script("var s = document.getElementById('kg-sector'); s.value = 'railways';"
                          "s.dispatchEvent(new Event('change'));")
    rail = netgraph.filter_graph(graph, sector="railways")
    assert visible(driver) == {"nodes": rail.number_of_nodes(), "edges": rail.number_of_edges()}
    driver.find_element(By.ID, "kg-reset").click()
    since = driver.find_element(By.ID, "kg-since")
    since.send_keys("2019", Keys.TAB)
    recent = netgraph.filter_graph(graph, since="2019")
    assert visible(driver) == {"nodes": recent.number_of_nodes(),
                               "edges": recent.number_of_edges()}
    assert console_errors(driver) == []


def test_search_focuses_node_and_panel_narrows(driver, corpus):
    page, graph = corpus
    open_map(driver, page)
    target = next(n for n, d in graph.nodes(data=True) if d["label"] == "Igor Zaitsev")
    box = driver.find_element(By.ID, "kg-search")
    box.send_keys("zaitsev", Keys.ENTER)
    time.sleep(0.5)
    assert driver.execute_script("return window.kgMap.network.getSelectedNodes()") == [target]
    panel = driver.find_element(By.ID, "kg-panel")
    assert panel.is_displayed()
    assert panel.find_element(By.TAG_NAME, "h3").text == "Igor Zaitsev"
    on_screen = driver.execute_script(
        "var m = window.kgMap.network, p = m.getPositions([arguments[0]])[arguments[0]];"
        "var d = m.canvasToDOM(p), c = document.getElementById('kg-network');"
        "return d.x >= 0 && d.y >= 0 && d.x <= c.clientWidth && d.y <= c.clientHeight;", target)
    assert on_screen
    driver.find_element(By.ID, "kg-only").click()
    near = set(nx.ego_graph(graph.to_undirected(), target, radius=1))
    assert visible(driver) == {"nodes": len(near), "edges": graph.subgraph(near).number_of_edges()}
    shoot(driver, "viz-search.png")


def test_injected_markup_runs_nothing(driver, tmp_path):
    store = build_evil(tmp_path)
    page = tmp_path / "evil.html"
    report = write_map(reading(store), page)
    requests = open_map(driver, page)
    assert requests in ([], [page.resolve().as_uri()]), "an <img> payload would fetch 'x'"
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text  # noqa: B018
    assert console_errors(driver) == []
    assert visible(driver)["nodes"] == report.nodes
    driver.find_element(By.ID, "kg-search").send_keys("alert(1)", Keys.ENTER)
    time.sleep(0.5)
    assert driver.execute_script("return window.kgMap.network.getSelectedNodes()") == [EVIL_IRI]
    panel = driver.find_element(By.ID, "kg-panel")
    assert panel.find_element(By.TAG_NAME, "h3").text == SCRIPT_NAME
    assert IMG_NAME in panel.text
    assert driver.find_elements(By.CSS_SELECTOR, "#kg-panel script, #kg-panel img") == []
    assert "<script>alert(1)</script>" in driver.execute_script(
        "return window.kgMap.edges.get().map(e => e.title).join(' ')"), "sentence kept as text"
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text  # noqa: B018
    assert console_errors(driver) == []
    shoot(driver, "viz-injection.png")
