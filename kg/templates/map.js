/* kg viz page script: legend, filters, search and the side panel.
   Text from releases only ever reaches the page through textContent or
   vis-network's innerText tooltips, never through innerHTML. */
"use strict";

function kgStart(data) {
  var kgOptions = data.options.kg || {};
  delete data.options.kg;
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var neighbours = kgAdjacency(data.nodes, data.edges);
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, data.options);
  var state = {classes: new Set(kgOptions.classes || []), sector: "", since: null, until: null,
               only: null};
  var map = {network: network, nodes: nodes, edges: edges, stabilisedMs: null,
             state: state, apply: apply, search: search, showPanel: showNode,
             visible: visibleCounts};
  window.kgMap = map;

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  function stabilised() {
    if (map.stabilisedMs !== null) return;
    map.stabilisedMs = performance.now();
    network.setOptions({physics: {enabled: false}});
    document.getElementById("kg-status").textContent = "";
  }
  network.once("stabilizationIterationsDone", stabilised);
  network.once("stabilized", stabilised);
  network.on("stabilizationProgress", function (p) {
    var share = Math.round(100 * p.iterations / Math.max(p.total, 1));
    document.getElementById("kg-status").textContent = "Laying out… " + share + "%";
  });
  if (data.nodes.length === 0) {
    stabilised();
    document.getElementById("kg-status").textContent = "No entity matches these filters.";
  }

  // -- legend and class filter ---------------------------------------------------------
  var counts = {};
  data.nodes.forEach(function (n) { counts[n.cls] = (counts[n.cls] || 0) + 1; });
  var legend = document.getElementById("kg-legend");
  (kgOptions.classes || []).forEach(function (cls) {
    if (!counts[cls]) return;
    var style = kgOptions.style[cls];
    var label = el("label", null, "kg-legend-item");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = cls;
    box.setAttribute("data-class", cls);
    box.addEventListener("change", function () {
      if (box.checked) state.classes.add(cls); else state.classes.delete(cls);
      apply();
    });
    label.appendChild(box);
    label.appendChild(kgSwatch(style.shape, style.color));
    label.appendChild(el("span", cls));
    label.appendChild(el("span", counts[cls], "kg-legend-count"));
    legend.appendChild(label);
  });

  // -- sector and date filters ---------------------------------------------------------
  var sectors = new Set();
  data.nodes.forEach(function (n) { (n.sectors || []).forEach(function (s) { sectors.add(s); }); });
  var select = document.getElementById("kg-sector");
  Array.from(sectors).sort().forEach(function (s) {
    var option = el("option", s);
    option.value = s;
    select.appendChild(option);
  });
  select.addEventListener("change", function () { state.sector = select.value; apply(); });
  ["kg-since", "kg-until"].forEach(function (id) {
    var input = document.getElementById(id);
    input.addEventListener("change", function () {
      var value = input.value.trim();
      var ok = value === "" || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value);
      input.setCustomValidity(ok ? "" : "YYYY, YYYY-MM or YYYY-MM-DD");
      if (!ok) { message("Dates are YYYY, YYYY-MM or YYYY-MM-DD."); return; }
      if (id === "kg-since") state.since = value ? kgPad(value, true) : null;
      else state.until = value ? kgPad(value, false) : null;
      apply();
    });
  });
  document.getElementById("kg-reset").addEventListener("click", function () {
    state.classes = new Set(kgOptions.classes || []);
    state.sector = ""; state.since = null; state.until = null; state.only = null;
    legend.querySelectorAll("input").forEach(function (b) { b.checked = true; });
    select.value = "";
    document.getElementById("kg-since").value = "";
    document.getElementById("kg-until").value = "";
    apply();
  });

  /* Same rule as kg.netgraph.filter_graph: class and sector first, then dated
     entities overlapping the period, plus undated ones next to a kept one. */
  function shown() {
    var first = new Set();
    data.nodes.forEach(function (n) {
      if (!state.classes.has(n.cls)) return;
      if (state.sector && (n.sectors || []).indexOf(state.sector) < 0) return;
      if (state.only && !state.only.has(n.id)) return;
      first.add(n.id);
    });
    if (!state.since && !state.until) return first;
    var dated = new Set();
    data.nodes.forEach(function (n) {
      if (!first.has(n.id) || !n.dmin) return;
      if (state.since && n.dmax < state.since) return;
      if (state.until && n.dmin > state.until) return;
      dated.add(n.id);
    });
    var out = new Set(dated);
    data.nodes.forEach(function (n) {
      if (!first.has(n.id) || n.dmin) return;
      if ((neighbours[n.id] || []).some(function (m) { return dated.has(m); })) out.add(n.id);
    });
    return out;
  }

  function apply() {
    var keep = shown();
    var changes = [];
    nodes.forEach(function (n) {
      var hidden = !keep.has(n.id);
      if (Boolean(n.hidden) !== hidden) changes.push({id: n.id, hidden: hidden});
    });
    if (changes.length) nodes.update(changes);
    updateCount();
  }

  function visibleCounts() {
    return {nodes: network.body.nodeIndices.length, edges: network.body.edgeIndices.length};
  }

  function updateCount() {
    var c = visibleCounts();
    document.getElementById("kg-count").textContent =
      c.nodes + " of " + data.nodes.length + " entities, " + c.edges + " of " +
      data.edges.length + " relations";
  }

  function message(text) { document.getElementById("kg-message").textContent = text || ""; }

  // -- search --------------------------------------------------------------------------
  function names(n) {
    var out = [n.full || n.label || ""];
    Object.keys(n.labels || {}).forEach(function (lang) { out = out.concat(n.labels[lang]); });
    return out.map(function (s) { return String(s).toLowerCase(); });
  }

  function search(query) {
    var q = String(query || "").trim().toLowerCase();
    message("");
    if (!q) return null;
    var best = null;
    nodes.forEach(function (n) {
      var all = names(n);
      var exact = all.indexOf(q) >= 0;
      if (!exact && !all.some(function (s) { return s.indexOf(q) >= 0; })) return;
      var rank = [n.hidden ? 1 : 0, exact ? 0 : 1, -(n.deg || 0)];
      if (!best || kgLess(rank, best.rank)) best = {id: n.id, rank: rank};
    });
    if (!best) { message("No entity matches “" + query + "”."); return null; }
    if (nodes.get(best.id).hidden) {
      message("Found, but hidden by the filters: showing everything.");
      document.getElementById("kg-reset").click();
    }
    network.selectNodes([best.id]);
    network.focus(best.id, {scale: 1.3, animation: {duration: 300, easingFunction: "easeInOutQuad"}});
    showNode(best.id);
    return best.id;
  }

  document.getElementById("kg-search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    search(document.getElementById("kg-search").value);
  });

  // -- side panel ----------------------------------------------------------------------
  var panel = document.getElementById("kg-panel");
  var body = document.getElementById("kg-panel-body");
  document.getElementById("kg-panel-close").addEventListener("click", function () {
    panel.hidden = true;
    network.unselectAll();
  });

  function sourceLine(record) {
    var li = el("li");
    if (record.sentence) li.appendChild(el("div", "“" + record.sentence + "”", "kg-sentence"));
    var from = [record.title || "(untitled release)", record.date ? "(" + record.date + ")" : ""];
    var line = el("div", "— " + from.join(" ").trim() + " ", "kg-source");
    if (record.url && /^https?:\/\//i.test(record.url)) {
      var a = el("a", "source");
      a.href = record.url;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      line.appendChild(a);
    }
    li.appendChild(line);
    return li;
  }

  function jump(id, text) {
    var button = el("button", text, "kg-link");
    button.type = "button";
    button.addEventListener("click", function () {
      network.selectNodes([id]);
      network.focus(id, {animation: {duration: 300}});
      showNode(id);
    });
    return button;
  }

  function showNode(id) {
    var n = nodes.get(id);
    if (!n) return;
    body.replaceChildren();
    body.appendChild(el("h3", n.full || n.label));
    body.appendChild(el("div", n.cls, "kg-class"));
    body.appendChild(el("div", n.iri, "kg-iri"));
    var only = el("button", "Show only this and its neighbours", "kg-link");
    only.type = "button";
    only.id = "kg-only";
    only.addEventListener("click", function () {
      state.only = new Set([id].concat(neighbours[id] || []));
      apply();
      network.fit({nodes: Array.from(state.only).filter(function (x) { return !nodes.get(x).hidden; })});
    });
    body.appendChild(only);
    var facts = el("ul");
    Object.keys(n.labels || {}).sort().forEach(function (lang) {
      facts.appendChild(el("li", "label (" + lang + "): " + n.labels[lang].join(" | ")));
    });
    Object.keys(n.facts || {}).sort().forEach(function (key) {
      facts.appendChild(el("li", key + ": " + n.facts[key].join(", ")));
    });
    if (n.dmin) facts.appendChild(el("li", "dates: " + n.dmin + (n.dmax && n.dmax !== n.dmin ? " – " + n.dmax : "")));
    if ((n.sectors || []).length) facts.appendChild(el("li", "sectors: " + n.sectors.join(", ")));
    body.appendChild(el("h4", "Facts"));
    body.appendChild(facts);
    var relations = el("ul");
    edges.get(network.getConnectedEdges(id)).forEach(function (e) {
      var out = e.from === id;
      var other = nodes.get(out ? e.to : e.from);
      var li = el("li");
      li.appendChild(el("span", out ? e.label + " → " : "← " + e.label + " "));
      li.appendChild(jump(other.id, other.full || other.label));
      var list = el("ul");
      (e.ev || []).forEach(function (r) { list.appendChild(sourceLine(r)); });
      if (e.nev > (e.ev || []).length) list.appendChild(el("li", "(+" + (e.nev - e.ev.length) + " more)"));
      li.appendChild(list);
      relations.appendChild(li);
    });
    body.appendChild(el("h4", "Relations"));
    body.appendChild(relations);
    var sources = el("ul");
    (n.sources || []).forEach(function (s) { sources.appendChild(sourceLine(s)); });
    if (n.nsrc > (n.sources || []).length) sources.appendChild(el("li", "(+" + (n.nsrc - n.sources.length) + " more)"));
    body.appendChild(el("h4", "Named in"));
    body.appendChild(sources);
    panel.hidden = false;
  }

  function showEdge(id) {
    var e = edges.get(id);
    if (!e) return;
    var from = nodes.get(e.from), to = nodes.get(e.to);
    body.replaceChildren();
    body.appendChild(el("h3", e.label));
    var line = el("div");
    line.appendChild(jump(from.id, from.full || from.label));
    line.appendChild(el("span", " → "));
    line.appendChild(jump(to.id, to.full || to.label));
    body.appendChild(line);
    var list = el("ul");
    (e.ev || []).forEach(function (r) { list.appendChild(sourceLine(r)); });
    body.appendChild(el("h4", "Evidence"));
    body.appendChild(list);
    panel.hidden = false;
  }

  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });
  updateCount();
}

function kgAdjacency(nodeList, edgeList) {
  var out = {};
  nodeList.forEach(function (n) { out[n.id] = []; });
  edgeList.forEach(function (e) {
    if (out[e.from]) out[e.from].push(e.to);
    if (out[e.to]) out[e.to].push(e.from);
  });
  return out;
}

function kgPad(value, low) {
  if (value.length === 4) return value + (low ? "-01-01" : "-12-31");
  if (value.length === 7) return value + (low ? "-01" : "-31");
  return value;
}

function kgLess(a, b) {
  for (var i = 0; i < a.length; i++) { if (a[i] !== b[i]) return a[i] < b[i]; }
  return false;
}

/* A small SVG of the node shape for the legend (built with DOM calls, no markup strings). */
function kgSwatch(shape, color) {
  var ns = "http://www.w3.org/2000/svg";
  var svg = document.createElementNS(ns, "svg");
  svg.setAttribute("width", "16");
  svg.setAttribute("height", "16");
  svg.setAttribute("viewBox", "0 0 16 16");
  var points = {
    square: "2,2 14,2 14,14 2,14", diamond: "8,1 15,8 8,15 1,8",
    triangle: "8,1 15,14 1,14", triangleDown: "1,2 15,2 8,15",
    hexagon: "4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8",
    star: "8,0.5 10,6 15.5,6 11,9.5 12.8,15 8,11.6 3.2,15 5,9.5 0.5,6 6,6"
  }[shape];
  var mark;
  if (points) {
    mark = document.createElementNS(ns, "polygon");
    mark.setAttribute("points", points);
  } else {
    mark = document.createElementNS(ns, "circle");
    mark.setAttribute("cx", "8"); mark.setAttribute("cy", "8"); mark.setAttribute("r", "6.5");
  }
  mark.setAttribute("fill", color);
  mark.setAttribute("stroke", "#333");
  svg.appendChild(mark);
  return svg;
}
