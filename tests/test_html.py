"""The HTML export: page data in Python, and the page itself in a real headless Chromium.

The browser tests open the page from file:// and watch Chrome's own network log; they fail when
Chromium or chromedriver cannot start (.ci/run installs Debian's `chromium` and `chromium-driver`).
"""
from __future__ import annotations

import base64
import json
import os
import re
import shutil
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.common.print_page_options import PrintOptions
from selenium.webdriver.support.ui import Select

from dateline.exports.html import (layout_positions, node_caption, node_cards, node_kind, render_html, script_json,
                                   timeline_entries, timex_when, write_html)

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"

# Text that would run script if any of it reached the page as HTML.
PAYLOAD = '<img src=x onerror="window.__pwned=1;alert(1)"><script>window.__pwned=2</script>'
SVG_PAYLOAD = '<svg onload="window.__pwned=3">'
JS_URL = "javascript:window.__pwned=4"


def add_article(g, key, source, title, published, url=None):
    g.add_node(f"article:{key}", id=f"article:{key}", label="Article", name=title, key=key, published=published,
               published_basis="manifest", source=source, title=title, url=url, path=f"{key}.txt")


def add_actor(g, slug, name, aliases, roles=(), kind="person"):
    g.add_node(f"actor:{slug}", id=f"actor:{slug}", label="Actor", name=name, kind=kind,
               aliases=sorted(aliases), roles=sorted(roles), mentions=len(aliases))


def add_meeting(g, mid, date, granularity, participants, place, articles, sentence):
    node = f"meeting:{date or 'undated'}:{mid}"
    g.add_node(node, id=node, label="Meeting", name=f"Meeting {mid}", date=date, granularity=granularity,
               date_basis="weekday before publication", status="held", place=place,
               participants=sorted(g.nodes[a]["name"] for a in participants))
    for a in participants:
        g.add_edge(a, node, key="PARTICIPATED_IN", type="PARTICIPATED_IN", article=articles[0],
                   sentence=sentence, start=0, end=len(sentence))
    for key in articles:
        g.add_edge(node, f"article:{key}", key="REPORTED_IN", type="REPORTED_IN", article=key,
                   sentence=sentence, start=0, end=len(sentence))
    if place:
        g.add_edge(node, f"place:{place.lower()}", key="HELD_IN", type="HELD_IN")
    return node


def add_statement(g, sid, speaker, text, date, granularity, article, sentence):
    node = f"statement:{sid}"
    g.add_node(node, id=node, label="Statement", name=text[:30], text=text, quote=True,
               speaker=g.nodes[speaker]["name"], addressee=None, date=date, granularity=granularity,
               date_basis="publication date")
    g.add_edge(speaker, node, key="SAID", type="SAID", article=article, sentence=sentence, start=0,
               end=len(sentence))
    g.add_edge(node, f"article:{article}", key="REPORTED_IN", type="REPORTED_IN", article=article,
               sentence=sentence, start=0, end=len(sentence))
    return node


def hand_made_graph() -> nx.MultiDiGraph:
    """Three dated meetings, a month-dated and an undated statement, and hostile text everywhere."""
    g = nx.MultiDiGraph()
    add_article(g, "bbc", "BBC News", "Annan meets Assad", "2012-03-11", "https://www.bbc.co.uk/news/x")
    add_article(g, "cbs", "CBS News", "Talks in Damascus " + PAYLOAD, "2012-03-11", JS_URL)
    add_article(g, "july", "BBC News", "July talks", "2012-07-09")
    g.add_node("place:damascus", id="place:damascus", label="Actor", kind="location", name="Damascus", aliases=["Damascus"])
    add_actor(g, "kofi-annan", "Kofi Annan", ["Kofi Annan", "Annan", "Mr Annan"], ["UN envoy"])
    add_actor(g, "bashar-al-assad", "Bashar al-Assad", ["Bashar al-Assad", "Mr Assad", "President Assad"],
              ["President"])
    add_actor(g, "hostile", "Evil " + PAYLOAD, ["Evil " + PAYLOAD, SVG_PAYLOAD])
    add_actor(g, "un", "United Nations", ["United Nations", "UN"], kind="organization")
    annan, assad, evil = "actor:kofi-annan", "actor:bashar-al-assad", "actor:hostile"
    add_meeting(g, "m1", "2012-03-10", "day", [annan, assad], "Damascus", ["bbc", "cbs"],
                "In talks on Saturday, Mr Assad met Mr Annan.")
    add_meeting(g, "m2", "2012-03-11", "day", [annan, assad], "Damascus", ["cbs"],
                "They met again on Sunday " + PAYLOAD)
    add_meeting(g, "m3", "2012-07-09", "day", [annan, assad], "Damascus", ["july"],
                "Mr Annan met President Assad on Monday.")
    add_statement(g, "s1", evil, "We said " + PAYLOAD + " " + SVG_PAYLOAD, "2012-04", "month", "cbs",
                  "Evil said: " + PAYLOAD)
    add_statement(g, "s2", annan, "It is going to be tough", None, None, "bbc", "It is going to be tough, he said.")
    g.add_edge("actor:un", "article:bbc", key="MENTIONED_IN", type="MENTIONED_IN", count=1)
    return g


# --- page data ------------------------------------------------------------------------------

@pytest.mark.parametrize("value, heading, start, end", [
    ("2012-03-10", "Saturday 10 March 2012", "2012-03-10", "2012-03-10"),
    ("2012-07-09TNI", "Monday 9 July 2012", "2012-07-09", "2012-07-09"),
    ("2012-07-09T14:30", "Monday 9 July 2012", "2012-07-09", "2012-07-09"),
    ("2012-02", "February 2012", "2012-02-01", "2012-02-29"),
    ("2012", "2012", "2012-01-01", "2012-12-31"),
    ("2013-W11", "Week 11, 2013", "2013-03-11", "2013-03-17"),
    ("2012-SU", "Summer 2012", "2012-06-01", "2012-08-31"),
    ("2022-W30-WE", "Weekend 30, 2022", "2022-07-30", "2022-07-31"),
    ("2012-WI", "Winter 2012", "2012-12-01", "2013-02-28"),
    ("2012-Q2", "Q2 2012", "2012-04-01", "2012-06-30"),
    ("2012-H2", "H2 2012", "2012-07-01", "2012-12-31"),
    ("201", "2010s", "2010-01-01", "2019-12-31"),
])
def test_timex_when_gives_heading_and_day_span(value, heading, start, end):
    when = timex_when(value)
    assert (when.heading, when.start, when.end) == (heading, start, end)


@pytest.mark.parametrize("value", [None, "", "PRESENT_REF", "PAST_REF", "P1M", "2012-13", "2012-02-30", "XXXX-03-10"])
def test_timex_when_is_none_without_a_fixed_span(value):
    assert timex_when(value) is None


@pytest.mark.parametrize("attrs, kind", [
    ({"label": "Actor", "kind": "person"}, "person"),
    ({"label": "Actor", "kind": "organization"}, "organisation"),
    ({"label": "Actor", "kind": "group"}, "group"),
    ({"label": "Actor", "kind": "location"}, "place"),
    ({"label": "Meeting"}, "meeting"),
    ({"label": "Statement"}, "statement"),
    ({"label": "Article"}, "article"),
    ({"label": "Protest"}, "protest"),
    ({"label": "Assault"}, "assault"),
    ({"label": "Flood"}, "event"),   # a label no registered kind has
])
def test_node_kind(attrs, kind):
    assert node_kind(attrs) == kind


def test_timeline_lists_events_by_date_with_undated_last():
    entries = timeline_entries(hand_made_graph())
    assert [(e["date"], e["heading"], e["type"]) for e in entries] == [
        ("2012-03-10", "Saturday 10 March 2012", "Meeting"),
        ("2012-03-11", "Sunday 11 March 2012", "Meeting"),
        ("2012-04", "April 2012", "Statement"),
        ("2012-07-09", "Monday 9 July 2012", "Meeting"),
        ("", "Undated", "Statement"),
    ]
    first = entries[0]
    assert first["text"] == "Bashar al-Assad, Kofi Annan \u00b7 Damascus"
    assert first["sources"] == ["BBC News", "CBS News"]


def test_meeting_card_has_evidence_sources_date_explained_and_participants():
    g = hand_made_graph()
    for _, _, d in g.in_edges("meeting:2012-03-10:m1", data=True):   # "met" at 36-39 of a sentence at 100
        d.update(start=100, end=144, trigger_start=136, trigger_end=139)
    card = node_cards(g)["meeting:2012-03-10:m1"]
    fields = dict((name, value) for name, value in card["fields"])
    assert (card["kind"], card["name"]) == ("Meeting", "Meeting, 10 Mar 2012")
    assert fields["Date"] == "Saturday 10 March 2012"
    assert card["dated"] == "Weekday before publication \u2014 read in the BBC News report of Sunday 11 March 2012"
    assert fields["Participants"] == ["Bashar al-Assad", "Kofi Annan"]
    assert fields["Place"] == "Damascus"
    assert card["evidence"] == [
        {"sentence": "In talks on Saturday, Mr Assad met Mr Annan.", "mark": [36, 39],
         "source": "BBC News, Annan meets Assad, Sunday 11 March 2012"},
        {"sentence": "In talks on Saturday, Mr Assad met Mr Annan.", "mark": None,
         "source": "CBS News, Talks in Damascus " + PAYLOAD + ", Sunday 11 March 2012"},
    ]
    assert [(s["outlet"], s["published"]) for s in card["sources"]] == [("BBC News", "2012-03-11"),
                                                                         ("CBS News", "2012-03-11")]


@pytest.mark.parametrize("attrs, caption", [
    ({"label": "Meeting", "date": "2012-03-10", "name": "Meeting: A, B"}, "Meeting, 10 Mar 2012"),
    ({"label": "Assault", "date": "2012-W11", "name": "Assault: x"}, "Assault, Week 11, 2012"),
    ({"label": "Statement", "date": None, "name": "It is going to be tough"}, "It is going to be tough"),
    ({"label": "Article", "source": "BBC News", "title": "Annan meets Assad", "published": "2012-03-11",
      "name": "001_25476cec1dd6f72e"}, "BBC News: Annan meets Assad"),
    ({"label": "Article", "source": "BBC News", "title": None, "published": "2012-03-11",
      "name": "001_25476cec1dd6f72e"}, "BBC News: 11 Mar 2012"),
    ({"label": "Actor", "name": "Kofi Annan"}, "Kofi Annan"),
])
def test_node_caption(attrs, caption):
    assert node_caption(attrs) == caption


def test_actor_card_has_aliases_and_roles():
    fields = dict(node_cards(hand_made_graph())["actor:kofi-annan"]["fields"])
    assert fields["Aliases"] == ["Annan", "Kofi Annan", "Mr Annan"]
    assert fields["Roles"] == ["UN envoy"]


def test_script_json_keeps_markup_out_of_the_script_element():
    value = {"text": "</script><script>alert(1)</script> & <!-- " + PAYLOAD}
    text = script_json(value)
    assert not set("<>&") & set(text)
    assert json.loads(text) == value


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_page_loads_nothing_from_outside_and_holds_no_raw_payload():
    page = render_html(hand_made_graph(), title="Talks <script>window.__pwned=5</script>")
    parser = _Tags()
    parser.feed(page)
    addresses = [a.get(k) for _, a in parser.tags for k in ("src", "href") if a.get(k)]
    assert addresses == ["data:,"]
    scripts = [a for tag, a in parser.tags if tag == "script"]
    assert scripts == [{"type": "application/json", "id": "dateline-data"}, {}, {}]
    assert PAYLOAD not in page and SVG_PAYLOAD not in page and "<script>window.__pwned" not in page
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]


def test_write_html_replaces_the_file_whole_and_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "out" / "graph.html"
    assert write_html(hand_made_graph(), target) == target
    first = target.read_text(encoding="utf-8")
    write_html(hand_made_graph(), target, title="Again")
    assert sorted(p.name for p in target.parent.iterdir()) == ["graph.html"]
    assert "<title>Again</title>" in target.read_text(encoding="utf-8") and first != target.read_text(encoding="utf-8")
    assert target.stat().st_mode & 0o777 == 0o644


def test_layout_is_deterministic_and_places_every_node_apart():
    g = hand_made_graph()
    g.add_node("place:nowhere", id="place:nowhere", label="Actor", kind="location", name="Nowhere", aliases=[])
    first, second = layout_positions(g), layout_positions(g.copy())
    assert first == second and set(first) == set(g)
    points = list(first.values())
    closest = min(((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5
                  for i, a in enumerate(points) for b in points[i + 1:])
    assert closest > 10


# --- the page in Chromium -------------------------------------------------------------------

@pytest.fixture(scope="module")
def browser():
    profile = tempfile.mkdtemp(prefix="dateline-chromium-")
    options = Options()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1600,1000", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


class OpenPage:
    """A page opened from file://, with every request and console message seen since."""

    def __init__(self, driver, path: Path, fragment: str = ""):
        self.driver = driver
        self.url = path.resolve().as_uri()
        driver.get("about:blank")
        driver.get_log("performance")
        driver.get_log("browser")
        driver.get(self.url + ("#" + fragment if fragment else ""))
        deadline = time.monotonic() + 30
        while not driver.execute_script("return !!(window.dateline && window.dateline.ready)"):
            assert time.monotonic() < deadline, "the page never drew its graph"
            time.sleep(0.05)

    def js(self, script, *args):
        return self.driver.execute_script(script, *args)

    def requests(self) -> list[str]:
        urls = []
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message["method"] in ("Network.requestWillBeSent", "Network.webSocketCreated"):
                urls.append(message["params"].get("request", message["params"]).get("url"))
        return urls

    def assert_offline_and_clean(self):
        """Nothing but the page itself was requested (data: URLs are not requests), nothing ran."""
        assert [u.split("#")[0] for u in self.requests() if not u.startswith("data:")] == [self.url]
        assert self.js("return window.__pwned") is None
        with pytest.raises(NoAlertPresentException):
            self.driver.switch_to.alert.text
        errors = [e for e in self.driver.get_log("browser") if e["level"] == "SEVERE"]
        assert errors == []

    def entries(self, visible_only=True) -> list[str]:
        return self.js("return Array.from(document.querySelectorAll('#timeline .entry'))"
                       ".filter(li => !arguments[0] || !li.hidden).map(li => li.dataset.node)", visible_only)

    def shown_nodes(self) -> set[str]:
        """Nodes no filter leaves out (drawn, or folded into their speaker)."""
        return set(self.js("return window.dateline.kept()"))

    def drawn_nodes(self) -> set[str]:
        """Nodes vis-network drew inside the canvas at the page's own fit."""
        return set(self.js("""
            const net = window.dateline.network; net.redraw();
            const canvas = document.querySelector('#graph canvas').getBoundingClientRect();
            const pos = net.getPositions();
            return Object.keys(pos).filter(id => {
              const p = net.canvasToDOM(pos[id]);
              return !window.dateline.nodes.get(id).hidden && p.x >= 0 && p.y >= 0
                     && p.x <= canvas.width && p.y <= canvas.height;
            });"""))

    def labels(self) -> list[dict]:
        """The labels the page drew at its last drawing, as screen boxes."""
        self.js("window.dateline.network.redraw()")
        return self.js("return window.dateline.labels")

    def set_dates(self, start, end):
        self.js("""const [from, to] = [document.getElementById('date-from'), document.getElementById('date-to')];
                   from.value = arguments[0]; to.value = arguments[1];
                   to.dispatchEvent(new Event('change'));""", start, end)

    def search(self, text):
        box = self.driver.find_element(By.ID, "search")
        box.clear()
        box.send_keys(text)
        return [li.text for li in self.driver.find_elements(By.CSS_SELECTOR, "#search-results li")]

    def hover(self, node_id):
        x, y = self.js("const n = window.dateline.network; const p = n.canvasToDOM(n.getPositions([arguments[0]])[arguments[0]]);"
                       "return [p.x, p.y];", node_id)
        graph = self.driver.find_element(By.ID, "graph")
        rect = graph.rect
        ActionChains(self.driver).move_to_element_with_offset(graph, int(x - rect["width"] / 2),
                                                              int(y - rect["height"] / 2)).perform()
        deadline = time.monotonic() + 5
        while self.driver.find_element(By.ID, "tooltip").get_attribute("hidden") is not None:
            assert time.monotonic() < deadline, f"no hover card for {node_id}"
            time.sleep(0.05)
        return self.driver.find_element(By.ID, "tooltip")


@pytest.fixture
def hand_made_page(browser, tmp_path):
    g = hand_made_graph()
    return g, OpenPage(browser, write_html(g, tmp_path / "graph.html", title="Talks " + PAYLOAD))


FOLDED = {"statement:s1", "statement:s2"}   # drawn inside their speakers until these are opened


def test_page_draws_every_node_and_lists_the_timeline_in_order(hand_made_page):
    g, page = hand_made_page
    assert page.drawn_nodes() == set(g) - FOLDED
    assert page.entries() == [e["id"] for e in timeline_entries(g)]
    headings = page.js("return Array.from(document.querySelectorAll('#timeline .heading')).map(h => h.textContent)")
    assert headings == ["Saturday 10 March 2012", "Sunday 11 March 2012", "April 2012", "Monday 9 July 2012", "Undated"]
    page.assert_offline_and_clean()


def test_hostile_text_is_shown_literally_and_runs_nothing(hand_made_page):
    g, page = hand_made_page
    assert page.driver.title == "Talks " + PAYLOAD
    # Hover card and details card of the hostile actor, and its statement in the timeline.
    card = page.hover("actor:hostile")
    assert "Evil " + PAYLOAD in card.text and SVG_PAYLOAD in card.text
    page.driver.find_element(By.CSS_SELECTOR, '#timeline .entry[data-node="statement:s1"]').click()
    details = page.driver.find_element(By.ID, "details")
    assert "We said " + PAYLOAD in details.text and "Evil said: " + PAYLOAD in details.text
    page.driver.find_element(By.CSS_SELECTOR, '#timeline .entry[data-node="meeting:2012-03-11:m2"]').click()
    assert "They met again on Sunday " + PAYLOAD in details.text
    assert "Talks in Damascus " + PAYLOAD in details.text
    # Markup in data never became elements; a javascript: address never became a link.
    assert page.js("return document.querySelectorAll('#side img, #side script, #tooltip img, #side svg').length") == 0
    page.driver.find_element(By.CSS_SELECTOR, '#timeline .entry[data-node="meeting:2012-03-10:m1"]').click()
    links = [a.get_attribute("href") for a in page.driver.find_elements(By.CSS_SELECTOR, "#details a")]
    assert links == ["https://www.bbc.co.uk/news/x"]
    assert JS_URL in details.text
    page.assert_offline_and_clean()


@pytest.mark.parametrize("start, end, events, gone", [
    ("2012-03-10", "2012-03-10", ["meeting:2012-03-10:m1", "statement:s2"], {"actor:hostile", "article:july"}),
    ("2012-03-11", "2012-04-30", ["meeting:2012-03-11:m2", "statement:s1", "statement:s2"], {"article:july"}),
    ("2012-04-15", "2012-04-15", ["statement:s1", "statement:s2"],
     {"actor:bashar-al-assad", "place:damascus", "article:july"}),
    ("2012-05-01", "2012-12-31", ["meeting:2012-07-09:m3", "statement:s2"], {"actor:hostile", "article:cbs"}),
])
def test_date_range_hides_events_outside_and_actors_left_without_one(hand_made_page, start, end, events, gone):
    g, page = hand_made_page
    page.set_dates(start, end)
    assert page.entries() == events
    shown = page.shown_nodes()
    assert shown >= set(events) and not shown & gone
    assert "actor:un" not in shown  # mentioned only, in no event: hidden while a range is set
    page.driver.find_element(By.ID, "show-undated").click()
    assert page.entries() == [e for e in events if e != "statement:s2"]
    page.driver.find_element(By.ID, "reset").click()
    assert page.shown_nodes() == set(g)
    page.assert_offline_and_clean()


@pytest.mark.parametrize("query, first", [
    ("Mr Annan", "Kofi Annan as \u201cMr Annan\u201d"),
    ("president assad", "Bashar al-Assad as \u201cPresident Assad\u201d"),
    ("kofi", "Kofi Annan"),
    ("damas", "Damascus"),
    ("UN", "United Nations as \u201cUN\u201d"),
])
def test_search_finds_actors_by_name_and_alias(hand_made_page, query, first):
    g, page = hand_made_page
    assert page.search(query)[0] == first


def test_search_enter_focuses_the_actor_and_highlights_its_events(hand_made_page):
    g, page = hand_made_page
    page.search("Mr Assad")
    page.driver.find_element(By.ID, "search").send_keys(Keys.ENTER)
    assert page.js("return window.dateline.network.getSelectedNodes()") == ["actor:bashar-al-assad"]
    assert page.driver.find_element(By.CSS_SELECTOR, "#details h3").text == "Bashar al-Assad"
    related = page.js("return Array.from(document.querySelectorAll('#timeline .entry.related')).map(li => li.dataset.node)")
    assert related == ["meeting:2012-03-10:m1", "meeting:2012-03-11:m2", "meeting:2012-07-09:m3"]
    # Neighbourhood highlight: the actor, its meetings and nothing else keep their colour.
    kept = set(page.js("return window.dateline.nodes.get({filter: n => typeof n.color === 'string'}).map(n => n.id)"))
    assert kept == {"actor:bashar-al-assad", *related}
    page.assert_offline_and_clean()


def test_clicking_a_timeline_entry_selects_and_focuses_its_node(hand_made_page):
    g, page = hand_made_page
    page.driver.find_element(By.CSS_SELECTOR, '#timeline .entry[data-node="meeting:2012-07-09:m3"]').click()
    assert page.js("return window.dateline.network.getSelectedNodes()") == ["meeting:2012-07-09:m3"]
    assert "Mr Annan met President Assad on Monday." in page.driver.find_element(By.ID, "details").text
    page.assert_offline_and_clean()


def test_kind_filter_hides_that_kind_and_its_entries(hand_made_page):
    g, page = hand_made_page
    if page.js("return !document.getElementById('legend-box').open"):
        page.driver.find_element(By.CSS_SELECTOR, "#legend-box summary").click()
    page.driver.find_element(By.CSS_SELECTOR, '#legend input[value="statement"]').click()
    assert page.entries() == ["meeting:2012-03-10:m1", "meeting:2012-03-11:m2", "meeting:2012-07-09:m3"]
    assert not {"statement:s1", "statement:s2"} & page.shown_nodes()
    page.assert_offline_and_clean()


# --- the seeds ------------------------------------------------------------------------------

SEED_FACTS = json.loads((ROOT / "tests" / "fixtures" / "seeds_facts.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seeds_graph():
    import dateline

    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        return dateline.build(["seeds"])
    finally:
        os.chdir(cwd)


@pytest.fixture(scope="module")
def seeds_html(seeds_graph, tmp_path_factory):
    return write_html(seeds_graph, tmp_path_factory.mktemp("seeds") / "graph.html", title="dateline: seeds")


def speeches(g) -> set[str]:
    """Statements with a speaker: folded into it at first."""
    return {v for u, v, k in g.edges(keys=True) if k == "SAID"}


def test_seeds_page(browser, seeds_graph, seeds_html):
    g = seeds_graph
    page = OpenPage(browser, seeds_html)

    assert page.drawn_nodes() == set(g) - speeches(g)
    names = {n: d for n, d in g.nodes(data=True) if d["label"] == "Actor"}
    for actor in ("Kofi Annan", "Bashar al-Assad"):
        assert any(d["name"] == actor for d in names.values()), actor
    meeting_dates = {g.nodes[n]["date"] for n in page.entries() if g.nodes[n]["label"] == "Meeting"}
    assert {"2012-03-10", "2012-03-11", "2012-07-09"} <= meeting_dates
    assert set(SEED_FACTS["keys"]) == {d["key"] for _, d in g.nodes(data=True) if d["label"] == "Article"}

    assert page.entries() == [e["id"] for e in timeline_entries(g)]
    starts = [e["start"] for e in timeline_entries(g) if e["start"]]
    assert starts == sorted(starts)

    page.set_dates("2012-07-01", "2012-07-31")
    span = {e["id"]: (e["start"], e["end"]) for e in timeline_entries(g)}
    july = page.entries()
    assert july and all(span[n] == ("", "") or (span[n][1] >= "2012-07-01" and span[n][0] <= "2012-07-31")
                        for n in july)
    page.driver.find_element(By.ID, "show-undated").click()
    in_july = set(page.entries())
    assert in_july == {n for n, (start, end) in span.items() if start and end >= "2012-07-01" and start <= "2012-07-31"}
    beside = {m for n in in_july for m in nx.all_neighbors(g, n)}
    assert page.shown_nodes() == in_july | beside
    page.driver.find_element(By.ID, "reset").click()

    assert page.search("Annan")[0].startswith("Kofi Annan")
    assert any(r.startswith("Bashar al-Assad") for r in page.search("assad"))
    page.assert_offline_and_clean()


@pytest.fixture
def viewport(browser):
    """Set the page's viewport to exactly width x height CSS pixels (the window's chrome aside)."""
    def set_size(width, height):
        browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
    yield set_size
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def overlapping(boxes: list[dict]) -> list[tuple[str, str]]:
    return [(a["id"], b["id"]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
            if a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"] and a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"]]


@pytest.mark.parametrize("width, height", [(1280, 720), (420, 900), (1600, 1000)])
def test_seeds_first_view_labels_the_busiest_nodes_and_no_label_overlaps(browser, viewport, seeds_graph, seeds_html,
                                                                        width, height):
    g = seeds_graph
    viewport(width, height)
    page = OpenPage(browser, seeds_html)
    if (width, height) != (1600, 1000):
        ARTIFACTS.mkdir(exist_ok=True)   # for a person to look at; ignored by git
        page.driver.save_screenshot(str(ARTIFACTS / f"seeds_page_{width}x{height}.png"))
    labels = page.labels()
    drawn = {box["id"]: box for box in labels}
    degree = dict(g.degree())
    busiest = sorted(g, key=lambda n: (-degree[n], n))[:10]
    assert [n for n in busiest if n not in drawn or drawn[n]["px"] < 11] == []
    assert overlapping(labels) == []
    assert len(labels) >= 20
    # the legend folds where there is no room for it, and never hides the timeline
    legend = page.js("return document.getElementById('legend-box').getBoundingClientRect().toJSON()")
    timeline = page.js("return document.getElementById('timeline-pane').getBoundingClientRect().toJSON()")
    assert legend["bottom"] <= timeline["top"] or legend["right"] <= timeline["left"]
    assert page.js("return document.documentElement.scrollWidth") <= width
    page.assert_offline_and_clean()


def view_extent(page) -> float:
    """How much of the canvas the shown nodes span: the larger of their width and height shares."""
    return page.js("""
        const net = window.dateline.network, canvas = document.querySelector('#graph canvas');
        const shown = window.dateline.nodes.get({filter: n => !n.hidden}).map(n => n.id);
        const pos = net.getPositions(shown), xs = [], ys = [];
        shown.forEach(id => { const p = net.canvasToDOM(pos[id]); xs.push(p.x); ys.push(p.y); });
        return Math.max((Math.max(...xs) - Math.min(...xs)) / canvas.clientWidth,
                        (Math.max(...ys) - Math.min(...ys)) / canvas.clientHeight);""")


def test_seeds_filtering_refits_the_view(browser, viewport, seeds_graph, seeds_html):
    viewport(1280, 720)
    page = OpenPage(browser, seeds_html)
    assert view_extent(page) > 0.8
    page.set_dates("2012-07-01", "2012-07-31")
    assert 0 < len(page.entries()) < len(timeline_entries(seeds_graph))
    assert view_extent(page) > 0.8
    page.driver.find_element(By.ID, "reset").click()
    assert view_extent(page) > 0.8
    page.assert_offline_and_clean()


def choose_by_search(page, text):
    page.search(text)
    page.driver.find_element(By.ID, "search").send_keys(Keys.ENTER)


def test_seeds_an_actors_timeline_is_its_events_in_date_order(browser, viewport, seeds_graph, seeds_html):
    g = seeds_graph
    viewport(1280, 720)
    page = OpenPage(browser, seeds_html)
    choose_by_search(page, "Kofi Annan")
    [annan] = [n for n, d in g.nodes(data=True) if d.get("name") == "Kofi Annan"]
    order = [e["id"] for e in timeline_entries(g)]
    own = [n for n in order if n in set(nx.all_neighbors(g, annan))]
    assert page.entries() == own and len(own) >= 10
    start = {e["id"]: e["start"] for e in timeline_entries(g)}
    dated = [start[n] for n in own if start[n]]
    assert dated == sorted(dated)
    assert page.driver.find_element(By.ID, "timeline-title").text == "Timeline of Kofi Annan"
    # what it said opens around it; a meeting names who else was there
    said = {v for u, v, k in g.edges(keys=True) if k == "SAID" and u == annan}
    drawn = set(page.js("return window.dateline.nodes.get({filter: n => !n.hidden}).map(n => n.id)"))
    assert said and said <= drawn
    withs = page.js("return Array.from(document.querySelectorAll('#timeline .entry:not([hidden]) .with'))"
                    ".map(s => s.textContent)")
    assert any("Bashar al-Assad" in w for w in withs)
    page.driver.find_element(By.ID, "all-events").click()
    assert page.entries() == order
    page.assert_offline_and_clean()


def test_seeds_a_link_with_the_fragment_reopens_the_same_view(browser, viewport, seeds_graph, seeds_html):
    viewport(1280, 720)
    page = OpenPage(browser, seeds_html)
    page.set_dates("2012-03-01", "2012-03-31")
    Select(page.driver.find_element(By.ID, "outlet")).select_by_visible_text("BBC News")
    choose_by_search(page, "Bashar al-Assad")
    page.js("window.dateline.network.moveTo({scale: 0.9, position: {x: 10, y: 20}}); "
            "window.dateline.network.emit('zoom', {})")
    url = page.driver.current_url
    page_width = page.js("return document.getElementById('graph').clientWidth / window.dateline.network.getScale()")
    assert "#" in url and "outlet=BBC+News" in url
    seen = (page.entries(), page.js("return window.dateline.network.getSelectedNodes()"),
            page.driver.find_element(By.ID, "details").text)
    page.driver.get("about:blank")
    again = OpenPage(browser, seeds_html, fragment=url.split("#", 1)[1])
    assert (again.entries(), again.js("return window.dateline.network.getSelectedNodes()"),
            again.driver.find_element(By.ID, "details").text) == seen
    assert again.js("return document.getElementById('outlet').value") == "BBC News"
    shown_width = "return document.getElementById('graph').clientWidth / window.dateline.network.getScale()"
    assert round(again.js(shown_width)) == round(page_width)
    again.assert_offline_and_clean()


def test_seeds_print_the_whole_timeline(browser, seeds_graph, seeds_html):
    page = OpenPage(browser, seeds_html)
    pdf = base64.b64decode(page.driver.print_page(PrintOptions()))
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert pages > 1
    page.assert_offline_and_clean()


def test_search_finds_quotes_and_events(hand_made_page):
    g, page = hand_made_page
    assert page.search("going to be tough")[0].startswith("It is going to be tough")
    page.driver.find_element(By.ID, "search").send_keys(Keys.ENTER)
    assert page.js("return window.dateline.network.getSelectedNodes()") == ["statement:s2"]
    assert "statement:s2" in {n["id"] for n in page.js("return window.dateline.nodes.get({filter: n => !n.hidden})")}
    page.assert_offline_and_clean()


def test_a_link_is_clickable_and_shows_its_evidence(hand_made_page):
    g, page = hand_made_page
    x, y = page.js("""const net = window.dateline.network;
        const id = window.dateline.edges.get({filter: e => e.from === 'actor:bashar-al-assad'
                                                            && e.to === 'meeting:2012-07-09:m3'})[0].id;
        const p = net.getPositions(['actor:bashar-al-assad', 'meeting:2012-07-09:m3']);
        const a = p['actor:bashar-al-assad'], b = p['meeting:2012-07-09:m3'];
        const m = net.canvasToDOM({x: (a.x * 0.4 + b.x * 0.6), y: (a.y * 0.4 + b.y * 0.6)});
        return [m.x, m.y];""")
    graph = page.driver.find_element(By.ID, "graph")
    ActionChains(page.driver).move_to_element_with_offset(graph, int(x - graph.rect["width"] / 2),
                                                          int(y - graph.rect["height"] / 2)).click().perform()
    details = page.driver.find_element(By.ID, "details").text
    assert "Bashar al-Assad" in details and "participated in" in details
    assert "Mr Annan met President Assad on Monday." in details
    page.assert_offline_and_clean()


def test_a_huge_name_without_spaces_shows_its_card_at_once(browser, tmp_path):
    """A 100,000-character word once took the browser minutes to lay out in the hover card."""
    g = nx.MultiDiGraph()
    add_article(g, "a", "BBC News", "T" * 100_000, "2012-03-11")
    add_actor(g, "huge", "Y" * 100_000, ["Y" * 100_000, "Z" * 1_000_000])
    g.add_edge("actor:huge", "article:a", key="MENTIONED_IN", type="MENTIONED_IN", count=1)
    page = OpenPage(browser, write_html(g, tmp_path / "graph.html"))
    started = time.monotonic()
    card = page.hover("actor:huge")
    assert time.monotonic() - started < 5
    assert 200 <= len(card.text) < 2000
    page.assert_offline_and_clean()
