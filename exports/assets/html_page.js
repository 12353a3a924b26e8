// The dateline page: graph, legend and kind filters, timeline, date range, search, details.
// Every piece of data is put on the page as text (textContent, DOM nodes), never as HTML.
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("dateline-data").textContent);
  var DIM_NODE = { background: "#ececec", border: "#d6d6d6", highlight: { background: "#ececec", border: "#d6d6d6" },
                   hover: { background: "#ececec", border: "#d6d6d6" } };
  var DIM_FONT = "#c4c4c4";
  var BASE_FONT = data.options.nodes.font.color;
  var DIM_EDGE = "#f0f0f0";

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  // --- the graph ----------------------------------------------------------------------------
  var baseNode = new Map(data.nodes.map(function (n) { return [n.id, n]; }));
  var baseEdge = new Map(data.edges.map(function (e) { return [e.id, e]; }));
  var neighbours = new Map(data.nodes.map(function (n) { return [n.id, new Set()]; }));
  data.edges.forEach(function (e) {
    neighbours.get(e.from).add(e.to);
    neighbours.get(e.to).add(e.from);
  });
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var network = new vis.Network(document.getElementById("graph"), { nodes: nodes, edges: edges }, data.options);
  var page = { network: network, nodes: nodes, edges: edges, ready: false, drawnAt: null };
  window.dateline = page;
  network.once("afterDrawing", function () {
    page.ready = true;
    page.drawnAt = performance.now();
  });

  // --- cards: what a node is ----------------------------------------------------------------
  function sourceLine(s) {
    var li = el("li");
    li.appendChild(el("strong", null, s.outlet || "Unknown outlet"));
    if (s.title) li.appendChild(document.createTextNode(" \u2014 " + s.title));
    if (s.published) li.appendChild(el("span", "published", " (" + s.published + ")"));
    if (s.url) li.appendChild(urlNode(s.url, " "));
    return li;
  }

  // Only web addresses become links; anything else (javascript:, data:, ...) stays text.
  function urlNode(url, before) {
    var span = el("span", null, before || "");
    if (/^https?:\/\//i.test(url)) {
      var a = el("a", null, url);
      a.href = url;
      a.rel = "noopener noreferrer";
      a.target = "_blank";
      span.appendChild(a);
    } else {
      span.appendChild(document.createTextNode(url));
    }
    return span;
  }

  function renderCard(id) {
    var c = data.cards[id];
    var box = el("div", "card-body");
    box.appendChild(el("div", "kind", c.kind));
    box.appendChild(el("h3", null, c.name));
    var dl = el("dl");
    c.fields.forEach(function (f) {
      dl.appendChild(el("dt", null, f[0]));
      var dd = el("dd");
      if (Array.isArray(f[1]) && f[1].length > 1) {
        var ul = el("ul");
        f[1].forEach(function (v) { ul.appendChild(el("li", null, v)); });
        dd.appendChild(ul);
      } else {
        dd.textContent = Array.isArray(f[1]) ? f[1][0] : f[1];
      }
      dl.appendChild(dd);
    });
    if (c.url) {
      dl.appendChild(el("dt", null, "Address"));
      var dd = el("dd");
      dd.appendChild(urlNode(c.url));
      dl.appendChild(dd);
    }
    box.appendChild(dl);
    if (c.evidence && c.evidence.length) {
      box.appendChild(el("h4", null, "Evidence"));
      c.evidence.forEach(function (ev) {
        var q = el("blockquote", null, ev.sentence);
        q.appendChild(el("cite", null, ev.source));
        box.appendChild(q);
      });
    }
    if (c.sources && c.sources.length) {
      box.appendChild(el("h4", null, "Reported in"));
      var ul = el("ul", "sources");
      c.sources.forEach(function (s) { ul.appendChild(sourceLine(s)); });
      box.appendChild(ul);
    }
    return box;
  }

  // --- legend and kind filters --------------------------------------------------------------
  var SVG = "http://www.w3.org/2000/svg";
  var SHAPES = {
    dot: "M8 2a6 6 0 1 0 0.01 0z",
    square: "M3 3h10v10H3z",
    diamond: "M8 1l7 7-7 7-7-7z",
    triangle: "M8 2l7 12H1z",
    triangleDown: "M1 3h14L8 15z",
    hexagon: "M4.5 2h7L15 8l-3.5 6h-7L1 8z",
    star: "M8 1l2 5h5l-4 3.5 1.5 5.5L8 12l-4.5 3 1.5-5.5L1 6h5z",
  };
  var shownKinds = new Set(data.kinds.map(function (k) { return k.kind; }));
  var legend = document.getElementById("legend");
  data.kinds.forEach(function (k) {
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = k.kind;
    box.addEventListener("change", function () {
      if (box.checked) shownKinds.add(k.kind); else shownKinds.delete(k.kind);
      applyFilters();
    });
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "16");
    svg.setAttribute("height", "16");
    svg.setAttribute("viewBox", "0 0 16 16");
    var path = document.createElementNS(SVG, "path");
    path.setAttribute("d", SHAPES[k.shape] || SHAPES.dot);
    path.setAttribute("fill", k.color);
    svg.appendChild(path);
    label.appendChild(box);
    label.appendChild(svg);
    label.appendChild(el("span", null, k.label));
    label.appendChild(el("span", "count", k.count));
    legend.appendChild(label);
  });

  // --- timeline -----------------------------------------------------------------------------
  var timeline = document.getElementById("timeline");
  var entryOf = new Map();
  var groups = [];
  data.timeline.forEach(function (t) {
    var group = groups[groups.length - 1];
    if (!group || group.heading !== t.heading) {
      group = { heading: t.heading, li: el("li", "heading", t.heading), entries: [] };
      groups.push(group);
      timeline.appendChild(group.li);
    }
    var li = el("li", "entry");
    li.tabIndex = 0;
    li.dataset.node = t.id;
    li.setAttribute("role", "button");
    var kind = baseNode.get(t.id).kind;
    var type = el("span", "type", t.type);
    type.style.color = baseNode.get(t.id).color;
    li.appendChild(type);
    if (t.date) li.appendChild(el("span", "date", t.date));
    li.appendChild(el("span", "text", t.text));
    if (t.sources.length) li.appendChild(el("span", "sources", t.sources.join(", ")));
    li.addEventListener("click", function () { select(t.id, true); });
    li.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); select(t.id, true); }
    });
    timeline.appendChild(li);
    entryOf.set(t.id, { entry: t, li: li, kind: kind });
    group.entries.push(li);
  });
  var countLabel = document.getElementById("timeline-count");

  // --- filters: kinds and date range --------------------------------------------------------
  var from = document.getElementById("date-from");
  var to = document.getElementById("date-to");
  var undated = document.getElementById("show-undated");
  [from, to].forEach(function (input) {
    input.min = data.dates.min;
    input.max = data.dates.max;
  });
  from.value = data.dates.min;
  to.value = data.dates.max;
  var hidden = new Set();

  function eventShown(id) {
    var e = entryOf.get(id);
    if (!shownKinds.has(e.kind)) return false;
    var t = e.entry;
    if (!t.start) return undated.checked;
    return (!from.value || t.end >= from.value) && (!to.value || t.start <= to.value);
  }

  function applyFilters() {
    var dateFiltered = from.value > data.dates.min || (to.value && to.value < data.dates.max) || !undated.checked;
    var shownEvents = new Set();
    entryOf.forEach(function (e, id) { if (eventShown(id)) shownEvents.add(id); });
    var changes = [];
    baseNode.forEach(function (n, id) {
      var show;
      if (entryOf.has(id)) show = shownEvents.has(id);
      else if (!shownKinds.has(n.kind)) show = false;
      // With a date range set, an actor, place or article is shown only beside a shown event.
      else if (dateFiltered) show = Array.from(neighbours.get(id)).some(function (m) { return shownEvents.has(m); });
      else show = true;
      if (show === hidden.has(id)) {
        if (show) hidden.delete(id); else hidden.add(id);
        changes.push({ id: id, hidden: !show });
      }
    });
    if (changes.length) nodes.update(changes);
    entryOf.forEach(function (e, id) { e.li.hidden = !shownEvents.has(id); });
    groups.forEach(function (g) { g.li.hidden = g.entries.every(function (li) { return li.hidden; }); });
    countLabel.textContent = "(" + shownEvents.size + " of " + entryOf.size + " events)";
    if (selected !== null && hidden.has(selected)) clearSelection();
  }
  from.addEventListener("change", applyFilters);
  to.addEventListener("change", applyFilters);
  from.addEventListener("input", applyFilters);
  to.addEventListener("input", applyFilters);
  undated.addEventListener("change", applyFilters);
  document.getElementById("reset").addEventListener("click", function () {
    from.value = data.dates.min;
    to.value = data.dates.max;
    undated.checked = true;
    legend.querySelectorAll("input").forEach(function (box) { box.checked = true; shownKinds.add(box.value); });
    search.value = "";
    showMatches([]);
    clearSelection();
    applyFilters();
    network.fit();
  });

  // --- highlight: a node's neighbourhood, or the search matches -----------------------------
  var dimmed = new Set();
  var dimmedEdges = new Set();

  function paint(keep) {
    var nodeChanges = [];
    baseNode.forEach(function (n, id) {
      var dim = keep !== null && !keep.has(id);
      if (dim !== dimmed.has(id)) {
        if (dim) dimmed.add(id); else dimmed.delete(id);
        nodeChanges.push(dim ? { id: id, color: DIM_NODE, font: { color: DIM_FONT } }
                             : { id: id, color: n.color, font: { color: BASE_FONT } });
      }
    });
    var edgeChanges = [];
    baseEdge.forEach(function (e, id) {
      var dim = keep !== null && !(keep.has(e.from) && keep.has(e.to));
      if (dim !== dimmedEdges.has(id)) {
        if (dim) dimmedEdges.add(id); else dimmedEdges.delete(id);
        edgeChanges.push({ id: id, color: dim ? DIM_EDGE : e.color });
      }
    });
    if (nodeChanges.length) nodes.update(nodeChanges);
    if (edgeChanges.length) edges.update(edgeChanges);
  }

  function repaint() {
    if (selected !== null) paint(new Set([selected].concat(Array.from(neighbours.get(selected)))));
    else if (matches.length) paint(new Set(matches.map(function (m) { return m.id; })));
    else paint(null);
  }

  // --- selection: details, neighbourhood, related timeline entries --------------------------
  var details = document.getElementById("details");
  var hint = details.firstElementChild;
  var selected = null;

  function select(id, focus) {
    selected = id;
    details.replaceChildren(renderCard(id));
    network.selectNodes([id]);
    repaint();
    var first = null;
    entryOf.forEach(function (e, eid) {
      var related = eid === id || neighbours.get(id).has(eid);
      e.li.classList.toggle("related", related && eid !== id);
      e.li.classList.toggle("selected", eid === id);
      if (related && !e.li.hidden && first === null) first = e.li;
    });
    if (first) first.scrollIntoView({ block: "nearest" });
    if (focus) network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 300 } });
  }

  function clearSelection() {
    selected = null;
    details.replaceChildren(hint);
    network.unselectAll();
    entryOf.forEach(function (e) { e.li.classList.remove("related", "selected"); });
    repaint();
  }

  network.on("click", function (params) {
    if (params.nodes.length) select(params.nodes[0], false);
    else clearSelection();
  });

  // --- hover card ---------------------------------------------------------------------------
  var tooltip = document.getElementById("tooltip");
  var pane = document.getElementById("graph-pane");
  network.on("hoverNode", function (params) {
    tooltip.replaceChildren(renderCard(params.node));
    tooltip.hidden = false;
    var x = params.pointer.DOM.x + 14, y = params.pointer.DOM.y + 14;
    var w = tooltip.offsetWidth, h = tooltip.offsetHeight;
    if (x + w > pane.clientWidth) x = Math.max(0, params.pointer.DOM.x - w - 14);
    if (y + h > pane.clientHeight) y = Math.max(0, pane.clientHeight - h - 4);
    tooltip.style.left = x + "px";
    tooltip.style.top = y + "px";
  });
  ["blurNode", "dragStart", "zoom"].forEach(function (name) {
    network.on(name, function () { tooltip.hidden = true; });
  });

  // --- search: actor and place names and aliases --------------------------------------------
  function normal(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
  }
  var searchable = data.search.map(function (s) {
    return { id: s.id, name: s.name, terms: s.terms.map(function (t) { return [t, normal(t)]; }) };
  });
  var search = document.getElementById("search");
  var results = document.getElementById("search-results");
  var matches = [];
  var MAX_RESULTS = 30;

  function showMatches(found) {
    matches = found;
    results.replaceChildren();
    results.hidden = search.value.trim() === "";
    if (!results.hidden && !found.length) results.appendChild(el("li", "none", "No actor or place of that name"));
    found.slice(0, MAX_RESULTS).forEach(function (m) {
      var li = el("li", null, m.name);
      li.dataset.node = m.id;
      if (m.as !== m.name) li.appendChild(el("span", "also", " as \u201c" + m.as + "\u201d"));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(m.id); });
      results.appendChild(li);
    });
    if (selected === null) repaint();
  }

  function find(query) {
    var q = normal(query);
    if (!q) return [];
    var found = [];
    searchable.forEach(function (s) {
      if (hidden.has(s.id)) return;
      var hit = s.terms.find(function (t) { return t[1].indexOf(q) >= 0; });
      if (hit) found.push({ id: s.id, name: s.name, as: hit[0], starts: hit[1].indexOf(q) === 0 });
    });
    found.sort(function (a, b) { return (b.starts - a.starts) || a.name.localeCompare(b.name); });
    return found;
  }

  function choose(id) {
    results.hidden = true;
    select(id, true);
  }

  search.addEventListener("input", function () { showMatches(find(search.value)); });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && matches.length) choose(matches[0].id);
    if (ev.key === "Escape") { search.value = ""; showMatches([]); }
  });
  search.addEventListener("blur", function () { results.hidden = true; });
  search.addEventListener("focus", function () { if (search.value.trim()) showMatches(find(search.value)); });

  applyFilters();
})();
