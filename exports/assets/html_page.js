// The dateline page: graph with its own labels, legend and filters, timeline (an actor's own when one is
// selected), search, details of nodes and links, and the view kept in the URL fragment.
// Every piece of data is put on the page as text (textContent, DOM nodes, canvas text), never as HTML.
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("dateline-data").textContent);
  var DIM_NODE = { background: "#ececec", border: "#d6d6d6", highlight: { background: "#ececec", border: "#d6d6d6" },
                   hover: { background: "#ececec", border: "#d6d6d6" } };
  var DIM_LABEL = "#b8b8b8";
  var DIM_EDGE = "#f0f0f0";
  var L = data.labels;
  var ACTOR_KINDS = new Set(["person", "organisation", "group", "product", "place", "outlet", "article"]);

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
  var statementsOf = new Map();   // speaker -> its statements, drawn inside it until it is opened
  data.nodes.forEach(function (n) {
    if (n.speaker) {
      if (!statementsOf.has(n.speaker)) statementsOf.set(n.speaker, []);
      statementsOf.get(n.speaker).push(n.id);
    }
  });
  var byRank = data.nodes.slice().sort(function (a, b) { return a.rank - b.rank; });
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return { id: n.id, shape: n.shape, color: n.color, size: n.size, x: n.x, y: n.y, hidden: true };
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    return { id: e.id, from: e.from, to: e.to, color: e.color, dashes: e.dashes };
  }));
  var container = document.getElementById("graph");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  var page = { network: network, nodes: nodes, edges: edges, ready: false, drawnAt: null, labels: [],
               // the nodes no filter leaves out (a statement folded into its speaker is one of them)
               kept: function () { return data.nodes.map(function (n) { return n.id; }).filter(function (id) { return !filteredOut.has(id); }); } };
  window.dateline = page;

  // --- labels: drawn here, most important first, never over one another ---------------------
  var measure = document.createElement("canvas").getContext("2d");
  var widthAt100 = new Map();
  function captionWidth(n, px) {
    if (!widthAt100.has(n.id)) {
      measure.font = "100px " + L.font;
      widthAt100.set(n.id, measure.measureText(n.caption).width);
    }
    return widthAt100.get(n.id) * px / 100;
  }
  var CELL = 80;   // screen pixels of the grid that finds labels near a new one
  // rows of label height below (0, 1, ...) or above (-1, -2, ...) a node where its label may go;
  // the most important nodes may go a little farther to find room
  var NEAR_ROWS = [0, -1];
  var FULL_AFTER = 150;
  var BADGE_MIN_RADIUS = 3;   // screen pixels: a badge on a node drawn smaller than this is clutter
  var FAR_ROWS = [1, -2, 2, -3, 3, -4];

  function labelOrder() {
    if (selected === null || !baseNode.has(selected)) return byRank;
    var first = [baseNode.get(selected)].concat(byRank.filter(function (n) { return neighbours.get(selected).has(n.id); }));
    var firstIds = new Set(first.map(function (n) { return n.id; }));
    return first.concat(byRank.filter(function (n) { return !firstIds.has(n.id); }));
  }

  function drawLabels(ctx) {
    var canvas = ctx.canvas;
    var width = canvas.clientWidth, height = canvas.clientHeight;
    var ratio = canvas.width / Math.max(width, 1);
    var scale = network.getScale(), view = network.getViewPosition();
    var grid = new Map(), placed = [];

    function free(box) {
      for (var gx = Math.floor(box.x / CELL); gx <= Math.floor((box.x + box.w) / CELL); gx++) {
        for (var gy = Math.floor(box.y / CELL); gy <= Math.floor((box.y + box.h) / CELL); gy++) {
          var near = grid.get(gx + "," + gy) || [];
          for (var i = 0; i < near.length; i++) {
            var o = near[i];
            if (box.x < o.x + o.w && o.x < box.x + box.w && box.y < o.y + o.h && o.y < box.y + box.h) return false;
          }
        }
      }
      return true;
    }
    function keep(box) {
      placed.push(box);
      keepBox(box);
    }
    function keepBox(box) {
      for (var gx = Math.floor(box.x / CELL); gx <= Math.floor((box.x + box.w) / CELL); gx++) {
        for (var gy = Math.floor(box.y / CELL); gy <= Math.floor((box.y + box.h) / CELL); gy++) {
          var key = gx + "," + gy;
          if (!grid.has(key)) grid.set(key, []);
          grid.get(key).push(box);
        }
      }
    }

    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.textAlign = "center";
    ctx.lineJoin = "round";
    // the most important labels first, then the speakers' badges where they fit, then the other labels
    var order = labelOrder(), misses = 0;
    order.slice(0, L.top).forEach(label);
    drawBadges(ctx, scale, view, width, height, free).forEach(keepBox);
    // once this many labels in a row found no room, the view is full: the rest wait for a zoom
    for (var k = L.top; k < order.length && misses < FULL_AFTER; k++) misses = label(order[k]) ? 0 : misses + 1;
    ctx.restore();
    page.labels = placed;

    function label(n) {   // true when drawn, false when it found no room, undefined when not on screen
      if (hidden.has(n.id) || !n.caption) return;
      var sx = (n.x - view.x) * scale + width / 2, sy = (n.y - view.y) * scale + height / 2;
      var r = n.size * scale;
      if (sx < -r || sy < -r || sx > width + r || sy > height + r) return;
      var px = n.rank < L.top ? L.top_px : L.px;
      var w = captionWidth(n, px) + 4, h = Math.ceil(px * 1.25);
      // below the node, else above, beside, then a row or two farther: the first place that is free; a
      // label near an edge of the canvas slides along it to stay whole
      var spots = [];
      function rowSpots(row) {
        var y = row >= 0 ? sy + r + 2 + row * h : sy - r - 2 + row * h;
        [sx - w / 2, sx + r, sx - r - w, sx + w / 4, sx - 5 * w / 4].forEach(function (x) { spots.push([x, y]); });
      }
      NEAR_ROWS.forEach(rowSpots);
      spots.push([sx + r + 4, sy - h / 2], [sx - r - 4 - w, sy - h / 2]);
      if (n.rank < L.top) FAR_ROWS.forEach(rowSpots);
      for (var i = 0; i < spots.length; i++) {
        var box = { id: n.id, x: Math.min(Math.max(spots[i][0], 0), width - w), y: spots[i][1], w: w, h: h, px: px };
        if (box.x < 0 || box.y < 0 || box.y + h > height || !free(box)) continue;
        keep(box);
        ctx.font = px + "px " + L.font;
        ctx.textBaseline = "top";
        ctx.lineWidth = 3;
        ctx.strokeStyle = L.halo;
        ctx.fillStyle = dimmed.has(n.id) ? DIM_LABEL : L.color;
        ctx.strokeText(n.caption, box.x + w / 2, box.y + 1);
        ctx.fillText(n.caption, box.x + w / 2, box.y + 1);
        return true;
      }
      return false;
    }
  }

  // A speaker with its statements folded in carries their count; the boxes drawn on.
  function drawBadges(ctx, scale, view, width, height, free) {
    var boxes = [];
    ctx.font = "bold 11px " + L.font;
    ctx.textBaseline = "middle";
    statementsOf.forEach(function (ids, speaker) {
      if (hidden.has(speaker)) return;
      var folded = ids.filter(function (id) { return folds(id); }).length;
      if (!folded) return;
      var n = baseNode.get(speaker);
      if (n.size * scale < BADGE_MIN_RADIUS) return;
      var x = (n.x - view.x) * scale + width / 2 + n.size * scale * 0.8, y = (n.y - view.y) * scale + height / 2 - n.size * scale * 0.8;
      var text = "+" + folded, w = 10 + 7 * text.length;   // bold 11 px digits are about 7 px wide
      var box = { x: x - w / 2, y: y - 8, w: w, h: 16 };
      if (!free(box)) return;
      boxes.push(box);
      ctx.fillStyle = "#8e6c8a";
      ctx.beginPath();
      ctx.ellipse(x, y, w / 2, 8, 0, 0, 2 * Math.PI);
      ctx.fill();
      ctx.fillStyle = "#ffffff";
      ctx.fillText(text, x, y);
    });
    return boxes;
  }

  network.on("afterDrawing", drawLabels);

  // --- cards: what a node or a link is ------------------------------------------------------
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

  function sourceLine(s) {
    var li = el("li");
    li.appendChild(el("strong", null, s.outlet || "Unknown outlet"));
    if (s.title) li.appendChild(document.createTextNode(" \u2014 " + s.title));
    if (s.published) li.appendChild(el("span", "published", " (" + s.published + ")"));
    if (s.url) li.appendChild(urlNode(s.url, " "));
    return li;
  }

  // The sentence, with the event's own words marked.
  function quote(ev) {
    var q = el("blockquote");
    if (ev.mark) {
      q.appendChild(document.createTextNode(ev.sentence.slice(0, ev.mark[0])));
      q.appendChild(el("mark", null, ev.sentence.slice(ev.mark[0], ev.mark[1])));
      q.appendChild(document.createTextNode(ev.sentence.slice(ev.mark[1])));
    } else {
      q.textContent = ev.sentence;
    }
    q.appendChild(el("cite", null, ev.source));
    return q;
  }

  function renderCard(c) {
    var box = el("div", "card-body");
    box.appendChild(el("div", "kind", c.kind));
    box.appendChild(el("h3", null, c.name));
    if (c.evidence && c.evidence.length) {
      box.appendChild(el("h4", null, "What the articles say"));
      c.evidence.forEach(function (ev) { box.appendChild(quote(ev)); });
    }
    if (c.sources && c.sources.length) {
      box.appendChild(el("h4", null, "Reported by"));
      var ul = el("ul", "sources");
      c.sources.forEach(function (s) { ul.appendChild(sourceLine(s)); });
      box.appendChild(ul);
    }
    if (c.dated) {
      box.appendChild(el("h4", null, "How the date was found"));
      box.appendChild(el("p", "dated", c.dated));
    }
    var dl = el("dl");
    c.fields.forEach(function (f) {
      dl.appendChild(el("dt", null, f[0]));
      var dd = el("dd");
      if (Array.isArray(f[1]) && f[1].length > 1) {
        var list = el("ul");
        f[1].forEach(function (v) { list.appendChild(el("li", null, v)); });
        dd.appendChild(list);
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
    if (dl.childNodes.length) box.appendChild(dl);
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
      applyFilters(true);
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
  var legendBox = document.getElementById("legend-box");
  // open where there is room for it beside the graph (a wall screen, a big monitor), folded elsewhere
  legendBox.open = window.matchMedia("(min-width: 1500px) and (min-height: 900px)").matches;

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
    var type = el("span", "type", t.type);
    type.style.color = baseNode.get(t.id).color;
    li.appendChild(type);
    if (t.date) li.appendChild(el("span", "date", t.date));
    li.appendChild(el("span", "text", t.text));
    var withWhom = el("span", "with");
    li.appendChild(withWhom);
    if (t.sources.length) li.appendChild(el("span", "sources", t.sources.join(", ")));
    li.addEventListener("click", function () { select(t.id, true); });
    li.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); select(t.id, true); }
    });
    timeline.appendChild(li);
    entryOf.set(t.id, { entry: t, li: li, kind: baseNode.get(t.id).kind, withWhom: withWhom });
    group.entries.push(li);
  });
  var countLabel = document.getElementById("timeline-count");
  var timelineTitle = document.getElementById("timeline-title");
  var allEvents = document.getElementById("all-events");

  // --- filters: kinds, date range, outlet, status -------------------------------------------
  var from = document.getElementById("date-from");
  var to = document.getElementById("date-to");
  var undated = document.getElementById("show-undated");
  var outlet = document.getElementById("outlet");
  var status = document.getElementById("status");
  data.outlets.forEach(function (o) { var opt = el("option", null, o); opt.value = o; outlet.appendChild(opt); });
  data.statuses.forEach(function (s) { var opt = el("option", null, s); opt.value = s; status.appendChild(opt); });
  [from, to].forEach(function (input) {
    input.min = data.dates.min;
    input.max = data.dates.max;
  });
  from.value = data.dates.min;
  to.value = data.dates.max;
  var hidden = new Set(data.nodes.map(function (n) { return n.id; }));   // not drawn now
  var filteredOut = new Set();   // left out by a filter (a folded statement is hidden, not filtered out)
  var expanded = null;           // the speaker whose statements are drawn apart

  function eventShown(id) {
    var e = entryOf.get(id);
    if (!shownKinds.has(e.kind)) return false;
    var t = e.entry;
    if (outlet.value && t.sources.indexOf(outlet.value) < 0) return false;
    if (status.value && t.status !== status.value) return false;
    if (!t.start) return undated.checked;
    return (!from.value || t.end >= from.value) && (!to.value || t.start <= to.value);
  }

  function folds(id) {
    var n = baseNode.get(id);
    return !!n.speaker && !filteredOut.has(id) && !filteredOut.has(n.speaker) && n.speaker !== expanded && id !== selected;
  }

  function narrowed() {
    return from.value > data.dates.min || (to.value && to.value < data.dates.max) || !undated.checked
           || !!outlet.value || !!status.value;
  }

  function applyFilters(refit) {
    var shownEvents = new Set();
    entryOf.forEach(function (e, id) { if (eventShown(id)) shownEvents.add(id); });
    var few = narrowed();
    filteredOut = new Set();
    baseNode.forEach(function (n, id) {
      var show;
      if (entryOf.has(id)) show = shownEvents.has(id);
      else if (!shownKinds.has(n.kind)) show = false;
      // With a filter set, an actor, place or article is shown only beside a shown event.
      else if (few) show = Array.from(neighbours.get(id)).some(function (m) { return shownEvents.has(m); });
      else show = true;
      if (!show) filteredOut.add(id);
    });
    var changes = [];
    baseNode.forEach(function (n, id) {
      var hide = filteredOut.has(id) || folds(id);
      if (hide !== hidden.has(id)) {
        if (hide) hidden.add(id); else hidden.delete(id);
        changes.push({ id: id, hidden: hide });
      }
    });
    if (changes.length) nodes.update(changes);
    showTimeline(shownEvents);
    if (selected !== null && filteredOut.has(selected)) clearSelection();
    if (refit) fit();
    saveState();
  }

  function fit() {
    var shown = data.nodes.filter(function (n) { return !hidden.has(n.id); }).map(function (n) { return n.id; });
    network.fit({ nodes: shown.length ? shown : undefined, animation: false });
  }

  // The whole timeline, or an actor's own: its events and statements, with who else took part.
  function showTimeline(shownEvents) {
    var actor = selected !== null && ACTOR_KINDS.has(baseNode.get(selected).kind) ? selected : null;
    var count = 0;
    entryOf.forEach(function (e, id) {
      var visible = shownEvents.has(id) && (actor === null || neighbours.get(actor).has(id));
      e.li.hidden = !visible;
      if (visible) count++;
      e.withWhom.textContent = "";
      if (actor !== null && visible) {
        var others = Array.from(neighbours.get(id)).filter(function (m) {
          var k = baseNode.get(m).kind;
          return m !== actor && k !== "article" && k !== "outlet" && ACTOR_KINDS.has(k);
        }).map(function (m) { return data.cards[m].name; }).sort();
        if (others.length) e.withWhom.textContent = "with " + others.join(", ");
      }
    });
    groups.forEach(function (g) { g.li.hidden = g.entries.every(function (li) { return li.hidden; }); });
    timelineTitle.textContent = actor === null ? "Timeline" : "Timeline of " + data.cards[actor].name;
    allEvents.hidden = actor === null;
    countLabel.textContent = "(" + count + " of " + entryOf.size + " events)";
  }

  [from, to].forEach(function (input) {
    input.addEventListener("change", function () { applyFilters(true); });
  });
  [undated, outlet, status].forEach(function (input) {
    input.addEventListener("change", function () { applyFilters(true); });
  });
  allEvents.addEventListener("click", function () { clearSelection(); });
  document.getElementById("reset").addEventListener("click", function () {
    from.value = data.dates.min;
    to.value = data.dates.max;
    undated.checked = true;
    outlet.value = "";
    status.value = "";
    legend.querySelectorAll("input").forEach(function (box) { box.checked = true; shownKinds.add(box.value); });
    search.value = "";
    showMatches([]);
    clearSelection();
    applyFilters(true);
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
        nodeChanges.push({ id: id, color: dim ? DIM_NODE : n.color });
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

  // --- selection: details, neighbourhood, an actor's timeline -------------------------------
  var details = document.getElementById("details");
  var hint = details.firstElementChild;
  var selected = null;
  var selectedEdge = null;

  function select(id, focus) {
    selected = id;
    selectedEdge = null;
    expanded = statementsOf.has(id) ? id : (baseNode.get(id).speaker || null);
    details.replaceChildren(renderCard(data.cards[id]));
    applyFilters(false);
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
    if (focus) network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    saveState();
  }

  function selectEdge(id) {
    selected = null;
    selectedEdge = id;
    expanded = null;
    details.replaceChildren(renderCard(data.edgeCards[id]));
    applyFilters(false);
    network.setSelection({ nodes: [], edges: [id] });
    var e = baseEdge.get(id);
    paint(new Set([e.from, e.to]));
    saveState();
  }

  function clearSelection() {
    selected = null;
    selectedEdge = null;
    expanded = null;
    details.replaceChildren(hint);
    network.unselectAll();
    entryOf.forEach(function (e) { e.li.classList.remove("related", "selected"); });
    applyFilters(false);
    repaint();
  }

  network.on("click", function (params) {
    if (params.nodes.length) select(params.nodes[0], false);
    else if (params.edges.length) selectEdge(params.edges[0]);
    else clearSelection();
  });

  // --- hover card ---------------------------------------------------------------------------
  var tooltip = document.getElementById("tooltip");
  var pane = document.getElementById("graph-pane");
  network.on("hoverNode", function (params) {
    tooltip.replaceChildren(renderCard(data.cards[params.node]));
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

  // --- search: names, aliases, quotes and event text ----------------------------------------
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
  var SNIPPET = 60;

  function snippet(text, q) {
    var at = normal(text).indexOf(q);
    if (text.length <= SNIPPET || at < 0) return text;
    var start = Math.max(0, at - 20);
    return (start ? "\u2026" : "") + text.slice(start, start + SNIPPET) + "\u2026";
  }

  function showMatches(found) {
    matches = found;
    results.replaceChildren();
    results.hidden = search.value.trim() === "";
    if (!results.hidden && !found.length) results.appendChild(el("li", "none", "Nothing of that name or text"));
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
      if (filteredOut.has(s.id)) return;
      var hit = s.terms.find(function (t) { return t[1].indexOf(q) >= 0; });
      if (hit) found.push({ id: s.id, name: s.name, as: snippet(hit[0], q), starts: hit[1].indexOf(q) === 0,
                            entity: !entryOf.has(s.id) });
    });
    // names first (actors and places), then events; those that start with the words first
    found.sort(function (a, b) { return (b.entity - a.entity) || (b.starts - a.starts) || a.name.localeCompare(b.name); });
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

  // --- the view in the URL fragment: a link reopens the same selection, filters and zoom ----
  var restoring = true;

  function saveState() {
    if (restoring) return;
    var state = new URLSearchParams();
    if (selected !== null) state.set("node", selected);
    if (selectedEdge !== null) state.set("edge", String(selectedEdge));
    if (from.value !== data.dates.min) state.set("from", from.value);
    if (to.value !== data.dates.max) state.set("to", to.value);
    if (!undated.checked) state.set("undated", "no");
    if (outlet.value) state.set("outlet", outlet.value);
    if (status.value) state.set("status", status.value);
    var off = data.kinds.filter(function (k) { return !shownKinds.has(k.kind); }).map(function (k) { return k.kind; });
    if (off.length) state.set("hide", off.join(","));
    // the view as the width of graph it shows and its centre: vis-network keeps that width when the
    // canvas resizes, so the same part of the graph reopens whatever the canvas's size then
    var view = network.getViewPosition();
    state.set("view", [(canvasWidth() / network.getScale()).toFixed(1), view.x.toFixed(1), view.y.toFixed(1)].join(","));
    history.replaceState(null, "", "#" + state.toString());
  }

  function restoreState() {
    var state = new URLSearchParams(location.hash.slice(1));
    var view = (state.get("view") || "").split(",").map(Number);
    if (view.length === 3 && view.every(isFinite) && view[0] > 0) restoredView = view;
    if (state.has("from")) from.value = state.get("from");
    if (state.has("to")) to.value = state.get("to");
    undated.checked = state.get("undated") !== "no";
    if (state.has("outlet")) outlet.value = state.get("outlet");
    if (state.has("status")) status.value = state.get("status");
    (state.get("hide") || "").split(",").forEach(function (kind) {
      if (!shownKinds.has(kind)) return;
      shownKinds.delete(kind);
      legend.querySelectorAll("input").forEach(function (box) { if (box.value === kind) box.checked = false; });
    });
    applyFilters(true);
    if (state.has("node") && baseNode.has(state.get("node")) && !filteredOut.has(state.get("node"))) {
      select(state.get("node"), false);
    } else if (state.has("edge") && baseEdge.has(Number(state.get("edge")))) {
      selectEdge(Number(state.get("edge")));
    }
    network.once("afterDrawing", function () {
      restoring = false;
      settle();
      saveState();
      page.ready = true;
      page.drawnAt = performance.now();
    });
  }
  network.on("zoom", saveState);
  network.on("dragEnd", saveState);

  // Until the reader moves the view, a resize of the canvas (the page settling, a turned phone, a
  // resized window) keeps the view the link gave, or the fit of what is shown.
  var restoredView = null, untouched = true, settledSize = "";
  function canvasWidth() { return container.querySelector("canvas").clientWidth; }
  function settle() {
    if (restoring || !untouched) return;
    if (restoredView !== null) {
      var scale = canvasWidth() / restoredView[0], at = network.getViewPosition();
      if (Math.abs(network.getScale() / scale - 1) < 1e-6 && Math.abs(at.x - restoredView[1]) < 0.05
          && Math.abs(at.y - restoredView[2]) < 0.05) return;
      network.moveTo({ scale: scale, position: { x: restoredView[1], y: restoredView[2] }, animation: false });
    } else {
      var canvas = container.querySelector("canvas"), size = canvas.clientWidth + "x" + canvas.clientHeight;
      if (size === settledSize) return;
      settledSize = size;
      fit();
    }
    saveState();
  }
  network.on("afterDrawing", settle);
  ["dragStart", "zoom"].forEach(function (name) { network.on(name, function () { untouched = false; }); });

  restoreState();
})();
