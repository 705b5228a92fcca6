/* sitrep web UI: plain JS, no dependencies, works offline.
 * Every piece of data (article text, names, quotes) goes into the page through text nodes or
 * setAttribute, never innerHTML, so an article containing markup renders as text. */
"use strict";

const TYPE_COLORS = {
  "Battles": "#d62728",
  "Explosions/Remote violence": "#ff7f0e",
  "Violence against civilians": "#9467bd",
  "Protests": "#2ca02c",
  "Riots": "#e377c2",
  "Strategic developments": "#1f77b4",
};
const NO_TYPE = "#8c8c8c";
const FILTER_KEYS = ["since", "until", "country", "type", "actor", "source", "status", "q"];
const PAGE = 50;
const MAP_LIMIT = 10000; // points drawn on the map (the latest first)
const view = document.getElementById("view");
const state = { world: null, codebook: null, stats: null };

/* ---------- DOM helpers ---------- */
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k === "class") el.className = v;
    else if (k === "style") el.style.cssText = v; // CSSOM, allowed by the CSP (a style attribute is not)
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  append(el, children);
  return el;
}
function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}
const SVGNS = "http://www.w3.org/2000/svg";
function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, String(v));
  }
  for (const c of children) if (c !== null && c !== undefined) el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}
// An article without a title is named by the start of its text ("TRIPOLI, May 13 - Clashes broke out…"), its id
// kept in the tooltip: a list of hash-like ids reads as nothing.
function leadTitle(text, id) {
  const lead = String(text || "").replace(/\s+/g, " ").trim();
  if (!lead) return id;
  const cut = lead.length > 72 ? lead.slice(0, 72).replace(/\s+\S*$/, "") + "\u2026" : lead;
  return h("span", { class: "untitled", title: "untitled article " + id }, cut);
}
function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); return el; }
function safeUrl(u) { return typeof u === "string" && /^https?:\/\//i.test(u) ? u : null; }
function fmtNum(n) { return n === null || n === undefined ? "" : (Math.round(n * 10) / 10).toLocaleString("en"); }
const BRIEF_KEYS = ["since", "until", "country", "bbox"];
function briefIgnored(params) { return FILTER_KEYS.filter((k) => !BRIEF_KEYS.includes(k) && params[k]); }
/* "1 event", "3 events" */
function nOf(n, word) { return `${n} ${word}${n === 1 ? "" : "s"}`; }
/* A list item's fatalities as reported: "5", a range "40–60", a lower bound "≥12" (not 40 and 12, which read as
   exact counts). */
function fmtFatalities(e) {
  const lo = e.fatalities_low, best = e.fatalities_best, hi = e.fatalities_high;
  if (lo != null && hi != null && lo !== hi) return fmtNum(lo) + "\u2013" + fmtNum(hi);
  if (lo != null && hi == null) return "\u2265" + fmtNum(lo);
  return fmtNum(best ?? lo ?? hi);
}
/* A publication date, cut to `n` characters; a day without a year (ISO "--11-18", from a dateline such as
   "RABAT, Nov 18 -") says so instead of showing the two dashes. */
function fmtPublished(p, n) {
  if (!p) return "";
  const m = /^--(\d\d)-(\d\d)/.exec(p);
  if (m) return `${m[1]}-${m[2]} (year not given)`;
  // "2025-02-11T16:40:00+02:00" reads "2025-02-11 16:40 (UTC+02:00)": the article's own clock and offset
  const t = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)(?::\d\d(?:\.\d+)?)?(Z|[+-]\d\d:\d\d)?$/.exec(p);
  if (t && !(n && n <= 10)) {
    const zone = t[3] ? " (UTC" + (t[3] === "Z" ? "" : t[3]) + ")" : "";
    return n && n <= 16 ? `${t[1]} ${t[2]}` : `${t[1]} ${t[2]}${zone}`;
  }
  return n ? p.slice(0, n) : p;
}
// A document's language code as words: "en" is English; "other" (not English) was stored without extraction.
function fmtLanguage(code) {
  return { en: "English", other: "not English" }[code] || code || "";
}
// An event's days as the table shows them: "2025-01-16 – 01-18" for a span (fighting "since Thursday"), and
// "undated" said rather than left blank when the article gave no year.
function fmtSpan(date, end) {
  if (!date) return h("span", { class: "muted" }, "undated");
  if (!end || end === date) return date;
  return date + " \u2013 " + (end.slice(0, 4) === date.slice(0, 4) ? end.slice(5) : end);
}
// "Explosions/Remote violence" with a line break allowed after each slash (a narrow column broke it mid-word)
function slashBreaks(s) {
  const parts = String(s || "").split("/");
  return parts.map((p, i) => (i < parts.length - 1 ? [p + "/", h("wbr", {})] : p));
}
function typeColor(t) { return TYPE_COLORS[t] || NO_TYPE; }
function statusBadge(st) { return h("span", { class: "badge st-" + (st || "reported") }, st || "reported"); }
function stanceBadge(st) { return h("span", { class: "badge stance-" + st }, st); }

/* ---------- API ---------- */
const tokenInput = document.getElementById("token");
tokenInput.value = localStorage.getItem("sitrep.token") || "";
tokenInput.addEventListener("change", () => localStorage.setItem("sitrep.token", tokenInput.value.trim()));

async function api(path, opts = {}) {
  const headers = Object.assign({}, opts.headers || {});
  if (opts.write) {
    const t = tokenInput.value.trim();
    if (t) headers["Authorization"] = "Bearer " + t;
  }
  const res = await fetch(path, { method: opts.method || "GET", headers, body: opts.body });
  const text = await res.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch (e) { data = text; }
  if (!res.ok) {
    // `message`: the API's one-line wording of a validation error (its `detail` is then a list)
    let msg = data && typeof data.message === "string" ? data.message : data && data.detail !== undefined ? data.detail : text;
    if (msg && typeof msg === "object" && typeof msg.message === "string") // {message, errors}: a POST nothing came of
      msg = msg.message + (Array.isArray(msg.errors) && msg.errors.length ? ": " + msg.errors.join("; ") : "");
    if (typeof msg !== "string") msg = JSON.stringify(msg);
    const err = new Error(res.status + ": " + msg);
    err.status = res.status;
    throw err;
  }
  return data;
}
function qs(params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") p.set(k, v);
  return p.toString();
}

/* ---------- routing ---------- */
function route() {
  delete document.body.dataset.eventsReady;
  delete document.body.dataset.mapMarkers;
  const hash = location.hash || "#/";
  const [path, query] = hash.slice(1).split("?");
  const params = Object.fromEntries(new URLSearchParams(query || ""));
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  for (const a of document.querySelectorAll("[data-nav]")) {
    const nav = a.getAttribute("data-nav");
    a.classList.toggle("active", (parts[0] || "events") === nav || (parts[0] === "event" && nav === "events") ||
      (parts[0] === "document" && nav === "documents"));
  }
  clear(view);
  const done = (p) => p.catch((e) => append(view, [h("p", { class: "error" }, String(e.message || e))]));
  if (!parts.length) return done(eventsView(params));
  if (parts[0] === "event" && parts[1]) return done(eventView(parts[1]));
  if (parts[0] === "claims") return done(claimsView(params));
  if (parts[0] === "documents") return done(documentsView(params));
  if (parts[0] === "document" && parts[1]) return done(documentView(parts[1]));
  append(view, [h("p", {}, "Not found. ", h("a", { href: "#/" }, "Back to events"))]);
}
function setHash(path, params) { const q = qs(params || {}); location.hash = "#" + path + (q ? "?" + q : ""); }
window.addEventListener("hashchange", route);
// table rows open their event or document on click; from the keyboard, Tab to a row and press Enter
document.addEventListener("keydown", (ev) => {
  if (ev.key === "Enter" && ev.target instanceof HTMLElement && ev.target.matches("tr.row")) ev.target.click();
});

async function loadMeta() {
  const [stats, codebook] = await Promise.all([api("/api/stats"), api("/api/codebook")]);
  state.stats = stats;
  state.codebook = codebook;
  const c = stats.counts;
  document.getElementById("counts").textContent =
    [nOf(c.documents, "document"), nOf(c.events, "event"), nOf(c.claims, "claim")].join(" · ");
}
async function loadWorld() {
  if (!state.world) state.world = await api("world.json");
  return state.world;
}

/* ---------- events: filters, map, timeline, table ---------- */
function filterForm(params, onApply) {
  const fields = {};
  const input = (name, label, attrs) => {
    fields[name] = h("input", Object.assign({ name, value: params[name] || "" }, attrs || {}));
    return h("label", {}, label, fields[name]);
  };
  const typeSel = h("select", { name: "type" }, h("option", { value: "" }, "any"));
  for (const [t, subs] of Object.entries(state.codebook.acled)) {
    typeSel.appendChild(h("option", { value: t }, t));
    for (const sub of subs) typeSel.appendChild(h("option", { value: sub }, "\u00a0\u00a0" + sub));
  }
  typeSel.value = params.type || "";
  fields.type = typeSel;
  const statusSel = h("select", { name: "status" }, h("option", { value: "" }, "any"),
    state.codebook.statuses.map((st) => h("option", { value: st }, st)));
  statusSel.value = params.status || "";
  fields.status = statusSel;
  const form = h("form", { class: "filters panel", id: "filters" },
    input("since", "since", { type: "date" }), input("until", "until", { type: "date" }),
    input("country", "country (ISO)", { size: 4, maxlength: 3, placeholder: "AM / ARM" }),
    h("label", {}, "type", typeSel), input("actor", "actor", { size: 12 }), input("source", "source", { size: 12 }),
    h("label", {}, "status", statusSel), input("q", "search", { size: 12 }),
    h("button", { type: "submit", class: "primary" }, "Apply"),
    h("button", { type: "button", onclick: () => setHash("/", {}) }, "Reset"),
    h("a", { id: "export-link", href: "/api/export?" + qs(pick(params, FILTER_KEYS)) + "&format=csv" }, "CSV"),
    h("a", { href: "/api/export?" + qs(pick(params, FILTER_KEYS)) + "&format=geojson" }, "GeoJSON"),
    // the brief filters by dates, country and box only: say so when other filters are set, rather than hand
    // over a brief of everything as if it were the filtered one
    h("a", { id: "brief-link", target: "_blank", rel: "noopener",
             title: briefIgnored(params).length ? `the brief leaves out the ${briefIgnored(params).join(", ")} filter` : null,
             href: "/api/report?" + qs(pick(params, BRIEF_KEYS)) + "&format=html" },
      briefIgnored(params).length ? "Export brief (dates and country only)" : "Export brief"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const out = {};
    for (const k of FILTER_KEYS) if (fields[k] && fields[k].value.trim()) out[k] = fields[k].value.trim();
    if (params.sort) out.sort = params.sort;
    onApply(out);
  });
  return form;
}
function pick(obj, keys) { const o = {}; for (const k of keys) if (obj[k]) o[k] = obj[k]; return o; }

async function eventsView(params) {
  const filters = pick(params, FILTER_KEYS);
  const offset = parseInt(params.offset || "0", 10) || 0;
  const sort = params.sort || "-date";
  // the data requests go out at once, beside the codebook and the basemap (they do not depend on them)
  const data = Promise.all([
    api("/api/events.points?" + qs(Object.assign({ limit: MAP_LIMIT }, filters))),
    api("/api/timeline?" + qs(filters)),
    api("/api/events?" + qs(Object.assign({ limit: PAGE, offset, sort, include: "actors" }, filters))),
  ]);
  data.catch(() => {}); // reported below, once awaited
  await Promise.all([state.codebook ? null : loadMeta(), loadWorld()]);
  append(view, [filterForm(params, (p) => setHash("/", p))]);
  const loading = () => h("p", { class: "muted loading" }, "Loading\u2026");
  const mapPanel = h("div", { class: "panel" }, loading());
  const side = h("div", { class: "panel" });
  append(view, [h("div", { class: "grid" }, mapPanel, side)]);
  const tlPanel = h("div", { class: "panel" }, loading());
  const tablePanel = h("div", {});
  append(view, [tlPanel, tablePanel]);
  let geo, tl, list;
  try {
    [geo, tl, list] = await data;
  } catch (e) { // a bad filter in the address (422) or a server error: say so where the data would be
    clear(mapPanel); append(mapPanel, [h("p", { class: "error" }, String(e.message || e))]);
    tlPanel.remove(); // once is enough: the same message under the map and again in the timeline read as two errors
    return;
  }
  performance.mark("sitrep:data");
  if (state.stats && state.stats.counts.documents === 0) {
    view.insertBefore(h("p", { class: "panel muted", id: "empty-store" },
      "This store holds no articles yet. Add some with `sitrep ingest ARTICLES --db FILE` and reload, " +
      "or paste one on the ", h("a", { href: "#/documents" }, "Documents"), " page (needs the token)."),
      view.children[1] || null);
  }
  clear(mapPanel);
  drawMap(mapPanel, geo);
  drawSide(side, geo, list.total);
  performance.mark("sitrep:dom");
  mapDrawn(geo.n);
  // the timeline (a bar per day) and the table come in the task after the map's first frame
  requestAnimationFrame(() => setTimeout(() => {
    if (!tlPanel.isConnected) return; // the user moved on
    clear(tlPanel);
    drawTimeline(tlPanel, tl.days, params);
    drawTable(tablePanel, list, params, sort, offset);
    document.body.dataset.eventsReady = "1";
  }, 0));
}
/* For bench/ui.py and the browser tests: a performance mark in the frame after the markers were painted. */
function mapDrawn(n) {
  document.body.dataset.mapMarkers = String(n);
  requestAnimationFrame(() => setTimeout(() => performance.mark("sitrep:map-drawn"), 0));
}

/* The map layer comes from /api/events.points: parallel arrays, repeated strings as indexes into `values`. */
function ptValue(pts, col, i) { const k = pts[col][i]; return k === null || k === undefined ? null : pts.values[col][k]; }

function drawSide(panel, pts, total) {
  const byType = {};
  let fat = 0;
  for (let i = 0; i < pts.n; i++) {
    const t = ptValue(pts, "event_type", i) || "(untyped)";
    byType[t] = (byType[t] || 0) + 1;
    fat += pts.fatalities[i] || 0;
  }
  append(panel, [h("h2", {}, nOf(total, "event")),
    h("p", { class: "muted" }, `${pts.n} mapped · ${fmtNum(fat)} ${fat === 1 ? "fatality" : "fatalities"} reported (best estimates)`),
    pts.total > pts.n ? h("p", { class: "error" },
      `The map shows the latest ${pts.n} of ${pts.total} located events: narrow the filters to see the rest.`) : null,
    h("table", { class: "data" }, h("tbody", {}, Object.entries(byType).sort((a, b) => b[1] - a[1]).map(([t, n]) =>
      h("tr", {}, h("td", {}, h("span", { class: "typechip", style: "background:" + typeColor(t) }), t),
        h("td", { class: "num" }, n))))),
    h("p", { class: "muted" }, "Circle size: fatalities. Scroll to zoom, drag to pan, click an event to open it.")]);
}

/* Equirectangular map drawn in degrees: x = lon, y = -lat. Zoom/pan change the viewBox of the SVG basemap.
 * The event markers (thousands) are drawn on a <canvas> laid over it, redrawn from the same viewBox on every
 * zoom or pan: one element instead of one <circle> each, which is what kept a map of 10k events from showing
 * within a second. Clicks and tooltips find the marker under the pointer (the one drawn last wins). */
function markerRadius(f) { return 4 + Math.min(14, 2.2 * Math.sqrt(f || 0)); }
function drawMap(panel, pts) {
  const svg = s("svg", { class: "map", id: "map", role: "img", "aria-label": "map of events" });
  const land = s("g", { class: "land" });
  const grat = s("g", {});
  for (let lon = -180; lon <= 180; lon += 30) grat.appendChild(s("path", { class: "graticule", d: `M${lon},-90V90` }));
  for (let lat = -60; lat <= 60; lat += 30) grat.appendChild(s("path", { class: "graticule", d: `M-180,${-lat}H180` }));
  svg.appendChild(grat);
  for (const f of state.world.features) {
    let d = "";
    for (const poly of f.geometry.coordinates)
      for (const ring of poly) d += "M" + ring.map((p) => p[0] + "," + (-p[1])).join("L") + "Z";
    const path = s("path", { class: "country", d });
    path.appendChild(s("title", {}, f.properties.name || ""));
    land.appendChild(path);
  }
  svg.appendChild(land);
  const canvas = h("canvas", { class: "events", id: "map-events", "data-markers": pts.n });
  // the largest first, so small markers are drawn on top and stay clickable
  const order = Array.from({ length: pts.n }, (_, i) => i).sort((a, b) => (pts.fatalities[b] || 0) - (pts.fatalities[a] || 0));
  const radius = Float32Array.from(order, (i) => markerRadius(pts.fatalities[i]));
  const colors = order.map((i) => typeColor(ptValue(pts, "event_type", i)));
  let sx = new Float32Array(pts.n), sy = new Float32Array(pts.n); // screen positions, in draw order
  const wrap = h("div", { class: "mapwrap" }, svg, canvas);
  append(panel, [wrap]);
  // `want`: the region that must be visible (fit, zoom and pan set it); `vb`: the viewBox shown, which is
  // `want` widened to the element's aspect so degrees stay square. Resizes never change `want`.
  let want = fitBox(pts);
  let vb = want.slice();
  function draw() {
    const px = svg.clientWidth || 800, py = svg.clientHeight || 440, dpr = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(px * dpr) || canvas.height !== Math.round(py * dpr)) {
      canvas.width = Math.round(px * dpr); canvas.height = Math.round(py * dpr);
      // over the SVG's content box (inside its border); CSSOM, which the CSP allows
      Object.assign(canvas.style, { left: svg.clientLeft + "px", top: svg.clientTop + "px", width: px + "px", height: py + "px" });
    }
    const ctx = canvas.getContext("2d");
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, px, py);
    const [x, y, w, hh] = vb, kx = px / w, ky = py / hh;
    ctx.lineWidth = 0.8;
    ctx.strokeStyle = "#222";
    ctx.globalAlpha = 0.8;
    for (let k = 0; k < order.length; k++) {
      const i = order[k];
      const cx = (pts.lon[i] - x) * kx, cy = (-pts.lat[i] - y) * ky, r = radius[k];
      sx[k] = cx; sy[k] = cy;
      if (cx < -r || cy < -r || cx > px + r || cy > py + r) continue;
      ctx.beginPath();
      ctx.arc(cx, cy, r, 0, 2 * Math.PI);
      ctx.fillStyle = colors[k];
      ctx.fill();
      ctx.stroke();
    }
  }
  function apply() {
    const px = svg.clientWidth || 800, py = svg.clientHeight || 440;
    const aspect = px / py;
    let [x, y, w, hh] = want;
    if (w / hh > aspect) { const nh = w / aspect; y -= (nh - hh) / 2; hh = nh; } else { const nw = hh * aspect; x -= (nw - w) / 2; w = nw; }
    vb = [x, y, w, hh];
    svg.setAttribute("viewBox", `${x} ${y} ${w} ${hh}`);
    draw();
  }
  function hit(ev) {  // index (into pts) of the marker under the pointer, or -1
    const r = canvas.getBoundingClientRect();
    const mx = ev.clientX - r.left, my = ev.clientY - r.top;
    for (let k = order.length - 1; k >= 0; k--) {
      const dx = sx[k] - mx, dy = sy[k] - my, rr = radius[k] + 1;
      if (dx * dx + dy * dy <= rr * rr) return order[k];
    }
    return -1;
  }
  function zoom(factor, cx, cy) {
    const [x, y, w, hh] = vb;
    if (cx === undefined) { cx = x + w / 2; cy = y + hh / 2; }
    const nw = Math.min(400, Math.max(0.05, w * factor)), f = nw / w;
    want = [cx - (cx - x) * f, cy - (cy - y) * f, nw, hh * f];
    apply();
  }
  canvas.addEventListener("wheel", (ev) => {
    ev.preventDefault();
    const r = canvas.getBoundingClientRect();
    const [x, y, w, hh] = vb;
    zoom(ev.deltaY > 0 ? 1.25 : 0.8, x + (ev.clientX - r.left) / r.width * w, y + (ev.clientY - r.top) / r.height * hh);
  }, { passive: false });
  let drag = null;
  canvas.addEventListener("pointerdown", (ev) => {
    if (hit(ev) >= 0) return;
    drag = { x: ev.clientX, y: ev.clientY, vb: vb.slice(), moved: false };
    canvas.classList.add("dragging");
    canvas.setPointerCapture(ev.pointerId);
  });
  canvas.addEventListener("pointermove", (ev) => {
    if (!drag) {
      const i = hit(ev);
      canvas.classList.toggle("over", i >= 0);
      const f = i >= 0 ? pts.fatalities[i] : 0;
      const tip = i < 0 ? "" : `${pts.date[i] || "undated"} · ${ptValue(pts, "sub_event_type", i) || ptValue(pts, "event_type", i) || "event"} · ` +
        `${ptValue(pts, "location", i) || ""}${f ? " · " + fmtNum(f) + " killed" : ""}`;
      if (canvas.getAttribute("title") !== tip) canvas.setAttribute("title", tip);
      return;
    }
    const r = canvas.getBoundingClientRect();
    want = [drag.vb[0] - (ev.clientX - drag.x) / r.width * drag.vb[2], drag.vb[1] - (ev.clientY - drag.y) / r.height * drag.vb[3], drag.vb[2], drag.vb[3]];
    apply();
  });
  const end = () => { drag = null; canvas.classList.remove("dragging"); };
  canvas.addEventListener("pointerup", end);
  canvas.addEventListener("pointercancel", end);
  canvas.addEventListener("click", (ev) => {
    const i = hit(ev);
    if (i >= 0) location.hash = "#/event/" + encodeURIComponent(pts.id[i]);
  });
  // where a marker is on the screen (page coordinates), for the browser tests
  canvas.markerAt = (id) => {
    const k = order.findIndex((i) => pts.id[i] === id);
    if (k < 0) return null;
    const r = canvas.getBoundingClientRect();
    return [r.left + sx[k], r.top + sy[k]];
  };
  append(wrap, [h("div", { class: "mapctl" },
    h("button", { type: "button", title: "zoom in", onclick: () => zoom(0.6) }, "+"),
    h("button", { type: "button", title: "zoom out", onclick: () => zoom(1.6) }, "\u2212"),
    h("button", { type: "button", title: "fit events", onclick: () => { want = fitBox(pts); apply(); } }, "\u2922"))]);
  const legend = h("div", { class: "legend" }, Object.entries(TYPE_COLORS).map(([t, c]) =>
    h("span", {}, h("span", { class: "sw", style: "background:" + c }), t)));
  append(panel, [legend]);
  apply();
  const size = [svg.clientWidth, svg.clientHeight];
  requestAnimationFrame(() => { if (svg.clientWidth !== size[0] || svg.clientHeight !== size[1]) apply(); });
  window.onresize = apply; // one handler: the map drawn last
}
function fitBox(pts) {
  if (!pts.n) return [-180, -85, 360, 170];
  let x0 = 180, x1 = -180, y0 = 90, y1 = -90;
  for (let i = 0; i < pts.n; i++) {
    const lon = pts.lon[i], lat = pts.lat[i];
    if (lon < x0) x0 = lon; if (lon > x1) x1 = lon; if (lat < y0) y0 = lat; if (lat > y1) y1 = lat;
  }
  const pad = Math.max(4, (x1 - x0) * 0.15, (y1 - y0) * 0.15);
  return [x0 - pad, -(y1 + pad), x1 - x0 + 2 * pad, y1 - y0 + 2 * pad];
}

function drawTimeline(panel, days, params) {
  append(panel, [h("h2", {}, "Events per day")]);
  const dated = days.filter((d) => d.date && /^\d{4}-\d{2}-\d{2}$/.test(d.date));
  if (!dated.length) {
    // ("No dated events." over a filter that matches nothing read as if events were there, only undated)
    const undated = days.reduce((a, d) => a + d.events, 0);
    append(panel, [h("p", { class: "muted", id: "timeline-empty" }, undated
      ? `No dated events: ${undated} undated event${undated === 1 ? "" : "s"} not shown.` : "No events to chart.")]);
    return;
  }
  const day = (str) => Date.UTC(+str.slice(0, 4), +str.slice(5, 7) - 1, +str.slice(8, 10)) / 864e5;
  const first = day(dated[0].date), last = day(dated[dated.length - 1].date);
  const span = Math.max(1, last - first + 1);
  const W = 1000, H = 110, top = 8, bottom = 20;
  const max = Math.max(...dated.map((d) => d.events));
  const bw = Math.max(1, W / span);
  const svg = s("svg", { class: "timeline", id: "timeline", viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: "none" });
  for (const d of dated) {
    const x = (day(d.date) - first) / span * W;
    const hgt = (H - top - bottom) * d.events / max;
    const sel = params.since === d.date && params.until === d.date;
    const bar = s("rect", { class: "bar" + (sel ? " sel" : ""), x: x.toFixed(2), y: (H - bottom - hgt).toFixed(2),
      width: Math.max(1, bw - (bw > 3 ? 1 : 0)).toFixed(2), height: hgt.toFixed(2), "data-date": d.date });
    bar.appendChild(s("title", {}, `${d.date}: ${d.events} events, ${fmtNum(d.fatalities)} fatalities`));
    bar.addEventListener("click", () => {
      const p = pick(params, FILTER_KEYS);
      if (sel) { delete p.since; delete p.until; } else { p.since = d.date; p.until = d.date; }
      setHash("/", p);
    });
    svg.appendChild(bar);
  }
  // labels in HTML under the bars: text inside the stretched SVG would be squashed on a narrow screen
  const axis = h("div", { class: "tl-axis muted", id: "timeline-axis" }, h("span", {}, dated[0].date),
    h("span", {}, `tallest bar: ${max} event${max === 1 ? "" : "s"} a day`), h("span", {}, dated[dated.length - 1].date));
  const undated = days.filter((d) => !d.date).reduce((a, d) => a + d.events, 0);
  append(panel, [svg, axis, h("p", { class: "muted" }, `Click a bar to filter to that day.${undated ? ` ${undated} undated event${undated === 1 ? "" : "s"} not shown.` : ""}`)]);
}

function drawTable(panel, list, params, sort, offset) {
  const cols = [["date", "date"], ["type", "type"], ["sub_type", "sub-type"], ["location", "location"],
    ["country", "country"], ["fatalities", "fatalities"], [null, "actors"], ["status", "status"], ["source", "source"]];
  const sortKey = sort.replace(/^-/, ""), desc = sort.startsWith("-");
  const head = h("tr", {}, cols.map(([key, label]) => {
    if (!key) return h("th", {}, label);
    const cls = "sortable" + (key === sortKey ? (desc ? " sorted-desc" : " sorted-asc") : "");
    return h("th", { class: cls, onclick: () => setHash("/", Object.assign(pick(params, FILTER_KEYS),
      { sort: key === sortKey && !desc ? "-" + key : key })) }, label);
  }));
  const body = h("tbody", {}, list.items.map((e) => h("tr", { class: "row", tabindex: 0, "data-id": e.id,
    onclick: () => { location.hash = "#/event/" + encodeURIComponent(e.id); } },
    h("td", {}, fmtSpan(e.date, e.date_end)), h("td", {}, h("span", { class: "typechip", style: "background:" + typeColor(e.event_type) }), e.event_type || ""),
    h("td", {}, e.sub_event_type || ""), h("td", {}, e.location || ""), h("td", {}, e.country || ""),
    h("td", { class: "num" }, fmtFatalities(e)),
    // an actor told once but coded twice (a crowd both rioting and protesting) is one name in the list
    h("td", {}, [...new Set(e.actors.map((a) => a.name))].join("; ")), h("td", {}, statusBadge(e.status)), h("td", {}, e.source || ""))));
  // (no pager when nothing matches: the sentence below says so, as the claims and documents lists do)
  const pager = !list.total && !offset ? null : h("div", { class: "pager" },
    h("button", { type: "button", disabled: offset <= 0 || null,
      onclick: () => setHash("/", Object.assign({}, params, { offset: Math.max(0, offset - PAGE) })) }, "\u2190 prev"),
    h("span", {}, list.total ? `${offset + 1}\u2013${Math.min(offset + PAGE, list.total)} of ${list.total}` : "no events match"),
    h("button", { type: "button", disabled: offset + PAGE >= list.total || null,
      onclick: () => setHash("/", Object.assign({}, params, { offset: offset + PAGE })) }, "next \u2192"));
  const filtered = Object.keys(pick(params, FILTER_KEYS)).length > 0;
  const none = list.total ? null : h("p", { class: "panel muted", id: "no-events" },
    filtered ? ["No events match these filters. ", h("a", { href: "#/" }, "Show all events")] : "No events stored yet.");
  append(panel, [h("h2", {}, "Events"), pager, none,
    list.total ? h("table", { class: "data", id: "events-table" }, h("thead", {}, head), body) : null]);
}

/* ---------- event page ---------- */
function highlighted(text, spans) {
  // spans: [{start, end, cls, title}] → text split at every boundary; each piece carries the classes covering it
  const cuts = new Set([0, text.length]);
  const ok = spans.filter((sp) => Number.isInteger(sp.start) && Number.isInteger(sp.end) && sp.start < sp.end &&
    sp.start >= 0 && sp.end <= text.length);
  for (const sp of ok) { cuts.add(sp.start); cuts.add(sp.end); }
  const pts = [...cuts].sort((a, b) => a - b);
  const root = h("div", { class: "article", id: "article" });
  for (let i = 0; i < pts.length - 1; i++) {
    const a = pts[i], b = pts[i + 1];
    const piece = text.slice(a, b);
    const cover = ok.filter((sp) => sp.start <= a && sp.end >= b);
    if (!cover.length) { root.appendChild(document.createTextNode(piece)); continue; }
    const ev = cover.find((sp) => sp.cls === "evidence");
    const el = h(ev ? "mark" : "span", { class: [...new Set(cover.map((sp) => sp.cls))].join(" "),
      title: cover.map((sp) => sp.title).filter(Boolean).join(" · ") || null }, piece);
    root.appendChild(el);
  }
  return root;
}

async function eventView(id) {
  if (!state.codebook) await loadMeta();
  const data = await api("/api/events/" + encodeURIComponent(id));
  const ev = data.event, doc = data.document || {};
  const loc = (ev.locations || [])[0] || {};
  const acled = ev.acled || {};
  append(view, [h("p", {}, h("a", { href: "#/" }, "\u2190 events")),
    h("h1", { id: "event-title" }, h("span", { class: "typechip", style: "background:" + typeColor(acled.event_type) }),
      acled.sub_event_type || acled.event_type || "Event", loc.name ? " in " + loc.name : "", " ", statusBadge(ev.status))]);
  const spans = [];
  for (const e of ev.evidence || []) spans.push({ start: e.start, end: e.end, cls: "evidence", title: "evidence" });
  for (const l of ev.locations || []) spans.push({ start: l.start, end: l.end, cls: "place", title: `place: ${l.name || ""} ${l.country || ""}` });
  for (const q of ev.quantities || []) spans.push({ start: q.start, end: q.end, cls: "quantity", title: `${q.kind}: ${q.low ?? ""}\u2013${q.high ?? ""}` });
  for (const a of ev.actors || []) spans.push({ start: a.start, end: a.end, cls: "actor", title: `actor (${a.role || ""}): ${a.country || ""} ${a.sector || ""}` });
  const article = highlighted(doc.text || "", spans);
  const left = h("div", {},
    h("div", { class: "panel" },
      h("h2", {}, doc.title || "Article"),
      h("p", { class: "muted" }, [doc.outlet, fmtPublished(doc.published)].filter(Boolean).join(" · "), " ",
        safeUrl(doc.url) ? h("a", { href: safeUrl(doc.url), rel: "noopener noreferrer", target: "_blank" }, "original") : null, " ",
        h("a", { href: "#/document/" + encodeURIComponent(data.doc_id) }, "all events in this article")),
      h("div", { class: "keyline" }, h("span", {}, h("mark", { class: "k" }, "evidence")),
        h("span", { class: "k", style: "border-bottom:2px solid #3b8bc2" }, "place"),
        h("span", { class: "k", style: "border-bottom:2px solid #c4512b" }, "figure"),
        h("span", { class: "k", style: "border-bottom:2px dotted #6a4fa0" }, "actor")),
      article),
    claimsPanel(data.claims.filter((c) => c.event === ev.id), "Claims about this event", "claims-event"),
    claimsPanel(data.claims.filter((c) => c.event !== ev.id), "Other claims in this article", "claims-other"));
  const facts = h("dl", { class: "facts" },
    h("dt", {}, "type"), h("dd", { id: "f-type" }, acled.event_type || "\u2014"),
    h("dt", {}, "sub-type"), h("dd", { id: "f-subtype" }, acled.sub_event_type || "\u2014"),
    h("dt", {}, "PLOVER"), h("dd", {}, [ev.plover && ev.plover.event, ev.plover && ev.plover.mode].filter(Boolean).join(" / ") || "\u2014"),
    h("dt", {}, "date"), h("dd", {}, [ev.date, ev.date_end].filter(Boolean).join(" \u2013 ") || "undated",
      ev.time ? " " + ev.time : "", ev.date_precision ? ` (${ev.date_precision.replace(/_/g, " ")})` : ""),
    h("dt", {}, "where"), h("dd", { id: "f-location" }, (ev.locations || []).map((l) =>
      `${l.name || "?"} (${l.country || "?"}${l.precision ? ", " + l.precision : ""}${l.lat != null ? `, ${(+l.lat).toFixed(3)}, ${(+l.lon).toFixed(3)}` : ""})`).join("; ") || "\u2014"),
    h("dt", {}, "figures"), h("dd", { id: "f-figures" }, (ev.quantities || []).map(figure).join("; ") || "\u2014"),
    h("dt", {}, "actors"), h("dd", {}, (ev.actors || []).map((a) => `${a.name} [${a.role || "?"}${a.country ? ", " + a.country : ""}${a.sector ? ", " + a.sector : ""}]`).join("; ") || "\u2014"),
    h("dt", {}, "status"), h("dd", {}, statusBadge(ev.status), ev.historical ? " historical" : ""),
    h("dt", {}, "trigger"), h("dd", {}, ev.trigger || "\u2014"),
    h("dt", {}, "confidence"), h("dd", {}, ev.confidence != null ? (+ev.confidence).toFixed(2) : "\u2014"),
    h("dt", {}, "id"), h("dd", {}, ev.id));
  const chain = h("div", { class: "chain", id: "source-chain" });
  (ev.sources || []).forEach((src, i) => {
    if (i) chain.appendChild(h("span", { class: "arrow", title: "reported by" }, "\u2190"));
    chain.appendChild(h("span", { class: "src" }, src.name, " ", h("span", { class: "muted" }, `(${src.kind})`)));
  });
  if (!(ev.sources || []).length) chain.appendChild(h("span", { class: "muted" }, "no source named"));
  const right = h("div", {},
    h("div", { class: "panel" }, h("h2", {}, "Event"), facts),
    h("div", { class: "panel" }, h("h2", {}, "Source chain"), h("p", { class: "muted" }, "who said it \u2190 who they cite"), chain),
    reviewPanel(ev, data.reviews));
  append(view, [h("div", { class: "grid" }, left, right)]);
  const mark = article.querySelector("mark.evidence");
  if (mark) mark.scrollIntoView({ block: "center" });
}
const SINGULAR = { fatalities: "fatality", injuries: "injury", weapons: "weapon", arrests: "arrest",
  protesters: "protester" };
function figure(q) {
  let n;
  if (q.low != null && q.high != null && q.low !== q.high)
    n = `${fmtNum(q.low)}\u2013${fmtNum(q.high)}` + (q.best != null && q.best !== q.low && q.best !== q.high ? ` (best ${fmtNum(q.best)})` : "");
  // "at least six" (low = best, no top) is a lower bound, as the list and the CLI print it: "≥6", not "~6"
  else if (q.best != null) n = (q.high == null && q.low != null && q.low === q.best ? "\u2265" : "") + fmtNum(q.best);
  else n = q.low != null ? "\u2265" + fmtNum(q.low) : "?";
  // one of a kind reads singular ("1 injury"), as the CLI prints it
  const kind = n === "1" ? (SINGULAR[q.kind] || q.kind) : q.kind;
  return `${q.approximate && !n.startsWith("\u2265") ? "~" : ""}${n} ${kind}${q.item ? " (" + q.item + ")" : ""}${q.cumulative ? " cumulative" : ""}${q.reviewed ? " (reviewed)" : ""}`;
}

function reviewPanel(ev, reviews) {
  const acled = ev.acled || {};
  const loc = (ev.locations || [])[0] || {};
  const fat = (ev.quantities || []).filter((q) => q.kind === "fatalities");
  const sum = (k) => { const v = fat.map((q) => q[k]).filter((x) => x != null); return v.length ? v.reduce((a, b) => a + b, 0) : ""; };
  const typeSel = h("select", { name: "event_type", id: "r-type" }, h("option", { value: "" }, "(none)"),
    Object.keys(state.codebook.acled).map((t) => h("option", { value: t }, t)));
  typeSel.value = acled.event_type || "";
  const subSel = h("select", { name: "sub_event_type", id: "r-subtype" });
  const fillSubs = (keep) => {
    clear(subSel);
    subSel.appendChild(h("option", { value: "" }, "(none)"));
    for (const sub of state.codebook.acled[typeSel.value] || []) subSel.appendChild(h("option", { value: sub }, sub));
    subSel.value = keep && [...subSel.options].some((o) => o.value === keep) ? keep : "";
  };
  fillSubs(acled.sub_event_type);
  typeSel.addEventListener("change", () => fillSubs(null));
  const statusSel = h("select", { name: "status", id: "r-status" }, state.codebook.statuses.map((st) => h("option", { value: st }, st)));
  statusSel.value = ev.status || "reported";
  const inp = (id, value, attrs) => h("input", Object.assign({ id, value: value ?? "" }, attrs || {}));
  const f = {
    date: inp("r-date", ev.date, { type: "text", placeholder: "YYYY-MM-DD", size: 10 }),
    locName: inp("r-loc-name", loc.name, { size: 14 }), locCountry: inp("r-loc-country", loc.country, { size: 3, maxlength: 3 }),
    lat: inp("r-lat", loc.lat, { type: "number", step: "any", min: -90, max: 90 }),
    lon: inp("r-lon", loc.lon, { type: "number", step: "any", min: -180, max: 180 }),
    low: inp("r-fat-low", sum("low"), { type: "number", min: 0, step: 1 }),
    best: inp("r-fat-best", sum("best"), { type: "number", min: 0, step: 1 }),
    high: inp("r-fat-high", sum("high"), { type: "number", min: 0, step: 1 }),
    who: inp("r-who", localStorage.getItem("sitrep.reviewer") || "", { size: 12, placeholder: "your name" }),
  };
  const msg = h("span", { id: "review-msg" });
  const lookup = h("button", { type: "button", onclick: async () => {
    try {
      const r = await api("/api/places/lookup?" + qs({ q: f.locName.value.trim(), country: f.locCountry.value.trim() }));
      if (!r.items.length) { msg.className = "error"; msg.textContent = "no gazetteer match"; return; }
      const c = r.items[0];
      f.lat.value = c.lat; f.lon.value = c.lon; f.locCountry.value = c.country;
      msg.className = "muted"; msg.textContent = `found ${c.name} (${c.feature_code}, ${c.country})`;
    } catch (e) { msg.className = "error"; msg.textContent = e.message; }
  } }, "look up");
  const form = h("form", { class: "review", id: "review-form" },
    h("label", {}, "type", typeSel), h("label", {}, "sub-type", subSel), h("label", {}, "status", statusSel),
    h("label", {}, "date", f.date),
    h("fieldset", {}, h("legend", {}, "location"), h("label", {}, "name", f.locName), h("label", {}, "country", f.locCountry),
      h("label", {}, "lat", f.lat), h("label", {}, "lon", f.lon), lookup),
    h("fieldset", {}, h("legend", {}, "fatalities"), h("label", {}, "low", f.low), h("label", {}, "best", f.best), h("label", {}, "high", f.high)),
    h("label", {}, "reviewer", f.who),
    h("div", { class: "actions" }, h("button", { type: "submit", class: "primary", id: "review-save" }, "Save corrections"), msg));
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const body = {};
    if (typeSel.value !== (acled.event_type || "")) body.event_type = typeSel.value || null;
    if (subSel.value !== (acled.sub_event_type || "")) body.sub_event_type = subSel.value || null;
    if (statusSel.value !== (ev.status || "reported")) body.status = statusSel.value;
    if (f.date.value.trim() !== (ev.date || "")) body.date = f.date.value.trim() || null;
    const num = (el) => el.value === "" ? null : parseFloat(el.value);
    const locChanged = f.locName.value.trim() !== (loc.name || "") || f.locCountry.value.trim() !== (loc.country || "") ||
      num(f.lat) !== (loc.lat ?? null) || num(f.lon) !== (loc.lon ?? null);
    if (locChanged) body.location = { name: f.locName.value.trim() || null, country: f.locCountry.value.trim() || null,
      lat: num(f.lat), lon: num(f.lon) };
    const fig = { low: num(f.low), best: num(f.best), high: num(f.high) };
    if (String(fig.low ?? "") !== String(sum("low")) || String(fig.best ?? "") !== String(sum("best")) || String(fig.high ?? "") !== String(sum("high")))
      body.fatalities = fig.low == null && fig.best == null && fig.high == null ? null : fig;
    if (!Object.keys(body).length) { msg.className = "muted"; msg.textContent = "nothing changed"; return; }
    if (f.who.value.trim()) { body.reviewer = f.who.value.trim(); localStorage.setItem("sitrep.reviewer", body.reviewer); }
    msg.className = "muted"; msg.textContent = "saving\u2026";
    try {
      const r = await api("/api/events/" + encodeURIComponent(ev.id), { method: "PATCH", write: true,
        headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
      sessionStorage.setItem("sitrep.flash", `saved: ${r.changed.map((c) => c.field).join(", ") || "no change"}`);
      route();
    } catch (err) {
      msg.className = "error";
      msg.textContent = err.status === 401 || err.status === 403 ? `${err.message} (set the token at the top right)` : err.message;
    }
  });
  const flash = sessionStorage.getItem("sitrep.flash");
  if (flash) { sessionStorage.removeItem("sitrep.flash"); msg.className = "ok"; msg.textContent = flash; }
  const hist = reviews && reviews.length ? h("table", { class: "data", id: "review-history" },
    h("thead", {}, h("tr", {}, ["when", "who", "field", "was", "now"].map((t) => h("th", {}, t)))),
    h("tbody", {}, reviews.map((r) => h("tr", {}, h("td", {}, (r.at || "").slice(0, 19)), h("td", {}, r.who || ""),
      h("td", {}, r.field), h("td", {}, short(r.old)), h("td", {}, short(r.new))))))
    : h("p", { class: "muted" }, "Not reviewed yet.");
  return h("div", { class: "panel" }, h("h2", {}, "Review"), form, h("h2", {}, "Review history"), hist);
}
function short(v) {
  if (v === null || v === undefined) return "\u2014";
  if (typeof v !== "object") return String(v);
  if ("lat" in v || "name" in v) return `${v.name || "?"} (${v.country || "?"}) ${v.lat ?? ""} ${v.lon ?? ""}`.trim();
  if ("best" in v || "low" in v) return [v.low, v.best, v.high].map((x) => x ?? "?").join(" / ");
  return JSON.stringify(v);
}

/* ---------- claims ---------- */
function claimCard(c) {
  const who = c.claimant || {};
  const card = h("div", { class: "claim" + (c.stance === "deny" ? " deny" : "") },
    h("div", {}, stanceBadge(c.stance), " ",
      // a call or appeal ("called for an inquiry") is its speaker's words, not a claim anyone could deny
      c.speech_act === "call" ? [h("span", { class: "badge call" }, "call"), " "] : null,
      h("strong", {}, who.name || "unnamed"),
      who.country || who.sector ? h("span", { class: "muted" }, ` (${[who.country, who.sector].filter(Boolean).join(", ")})`) : null,
      // a cue that is only punctuation (the colon of a "Speaker: statement" headline) reads as noise in quotes
      c.cue && /\p{L}/u.test(c.cue) ? h("span", { class: "muted" }, ` \u2014 \u201c${c.cue}\u201d`) : null),
    h("div", { class: "quote" }, c.text),
    (c.sources || []).length ? h("div", { class: "muted" }, "via ", c.sources.map((x) => x.name).join(" \u2190 ")) : null,
    h("div", { class: "muted claim-links" }, [
      c.event ? h("a", { href: "#/event/" + encodeURIComponent(c.event) }, "event") : null,
      c.doc_id ? h("a", { href: "#/document/" + encodeURIComponent(c.doc_id) }, c.doc_title || leadTitle(c.doc_lead, c.doc_id)) : null,
      fmtPublished(c.published, 10),
    ].filter(Boolean).flatMap((x, i) => i ? [" \u00b7 ", x] : [x])));
  if ((c.responses || []).length) {
    append(card, [h("div", { class: "responses" }, c.responses.map((r) => h("div", {},
      // the denier's country and sector as the claimant's are shown ("Baku (AZE, STATE)": who denies what)
      stanceBadge(r.stance), " ", h("strong", {}, (r.by && r.by.name) || "unnamed"),
      r.by && (r.by.country || r.by.sector) ? h("span", { class: "muted" }, ` (${[r.by.country, r.by.sector].filter(Boolean).join(", ")})`) : null,
      ": ", h("span", { class: "quote" }, r.text))))]);
  }
  return card;
}
function claimsPanel(claims, title, id) {
  return h("div", { class: "panel", id: id || null }, h("h2", {}, title),
    claims && claims.length ? claims.map(claimCard) : h("p", { class: "muted" }, "No claims."));
}
async function claimsView(params) {
  if (!state.codebook) await loadMeta();
  const offset = parseInt(params.offset || "0", 10) || 0;
  const stanceSel = h("select", { name: "stance" }, h("option", { value: "" }, "any"),
    ["assert", "allege", "deny", "confirm"].map((x) => h("option", { value: x }, x)));
  stanceSel.value = params.stance || "";
  const claimant = h("input", { name: "claimant", value: params.claimant || "", size: 14 });
  const q = h("input", { name: "q", value: params.q || "", size: 14 });
  const form = h("form", { class: "filters panel" }, h("label", {}, "stance", stanceSel), h("label", {}, "claimant", claimant),
    h("label", {}, "text", q), h("button", { type: "submit", class: "primary" }, "Apply"));
  form.addEventListener("submit", (e) => { e.preventDefault(); setHash("/claims", { stance: stanceSel.value, claimant: claimant.value.trim(), q: q.value.trim() }); });
  const data = await api("/api/claims?" + qs({ stance: params.stance, claimant: params.claimant, q: params.q, limit: PAGE, offset }));
  const filtered = Boolean(params.stance || params.claimant || params.q);
  // which page of how many, as on the Documents page; a search that finds nothing says so and how to undo it
  const shown = data.total > PAGE || offset ? ` (${Math.min(offset + 1, data.total)}\u2013${Math.min(offset + PAGE, data.total)} shown)` : "";
  const none = data.total ? null : h("p", { class: "panel muted", id: "no-claims" },
    filtered ? ["No claims match these filters. ", h("a", { href: "#/claims" }, "Show all claims")] : "No claims stored yet.");
  append(view, [h("h1", {}, "Claims"), form,
    h("p", { class: "muted", id: "claims-count" }, `${nOf(data.total, "claim")}${filtered ? " matching these filters" : ""}${shown}; a denial shows as a response under the claim it answers, or as a claim with stance \u201cdeny\u201d.`),
    none,
    h("div", { id: "claims" }, data.items.map(claimCard)),
    data.total <= PAGE && !offset ? null : h("div", { class: "pager" },
      h("button", { type: "button", disabled: offset <= 0 || null, onclick: () => setHash("/claims", Object.assign({}, params, { offset: Math.max(0, offset - PAGE) })) }, "\u2190 prev"),
      h("button", { type: "button", disabled: offset + PAGE >= data.total || null, onclick: () => setHash("/claims", Object.assign({}, params, { offset: offset + PAGE })) }, "next \u2192"))]);
}

/* ---------- documents ---------- */
async function documentsView(params) {
  if (!state.codebook) await loadMeta();
  const offset = parseInt(params.offset || "0", 10) || 0;
  const data = await api("/api/documents?" + qs({ limit: PAGE, offset, q: params.q }));
  // a search over titles, outlets and texts (a store of thousands of articles is not read page by page)
  const search = h("input", { id: "documents-q", name: "q", value: params.q || "", size: 24 });
  const searchForm = h("form", { class: "filters panel", id: "documents-search" }, h("label", {}, "search", search),
    h("button", { type: "submit", class: "primary" }, "Apply"));
  searchForm.addEventListener("submit", (e) => { e.preventDefault(); setHash("/documents", { q: search.value.trim() }); });
  const table = h("table", { class: "data", id: "documents-table" },
    h("thead", {}, h("tr", {}, ["published", "title", "outlet", "events", "claims", "language"].map((t) => h("th", {}, t)))),
    h("tbody", {}, data.items.map((d) => h("tr", { class: "row", tabindex: 0, onclick: () => { location.hash = "#/document/" + encodeURIComponent(d.id); } },
      h("td", {}, fmtPublished(d.published, 16)), h("td", {}, d.title || leadTitle(d.lead, d.id)), h("td", {}, d.outlet || ""),
      h("td", { class: "num" }, d.events), h("td", { class: "num" }, d.claims), h("td", {}, fmtLanguage(d.language))))));
  const text = h("textarea", { class: "ingest", id: "ingest-text", placeholder: "Paste an article (plain text, or HTML)" });
  const title = h("input", { id: "ingest-title", size: 30 });
  // pasted text rarely carries its date line: "on Sunday" resolves against the date given here
  const published = h("input", { id: "ingest-published", type: "date" });
  const outlet = h("input", { id: "ingest-outlet", size: 16 });
  const msg = h("span", { id: "ingest-msg" });
  const form = h("form", { class: "panel", id: "ingest-form" }, h("h2", {}, "Add an article"), text,
    h("div", { class: "filters" }, h("label", {}, "title (optional)", title),
      h("label", {}, "published (optional)", published), h("label", {}, "outlet (optional)", outlet),
      h("button", { type: "submit", class: "primary" }, "Extract and store"), msg));
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    msg.className = "muted"; msg.textContent = "running the pipeline\u2026";
    const body = text.value;
    const isHtml = /^\s*</.test(body);
    try {
      const r = await api("/api/documents?" + qs({ title: title.value.trim(), published: published.value,
        outlet: outlet.value.trim() }), { method: "POST", write: true,
        headers: { "Content-Type": isHtml ? "text/html" : "text/plain; charset=utf-8" }, body });
      const d = r.documents[0];
      if (d.status === "unchanged" && (d.warnings || []).length) {
        // the date or outlet typed here did not apply: say so rather than open the article as if it had
        msg.className = "error"; clear(msg);
        append(msg, [d.warnings.join("; ") + " ", h("a", { href: "#/document/" + encodeURIComponent(d.id) }, "open the stored article")]);
        return;
      }
      // the header's counts (and the events page's "holds no articles yet") were read when the page loaded
      if (d.status !== "unchanged") await loadMeta().catch(() => {});
      location.hash = "#/document/" + encodeURIComponent(d.id);
    } catch (err) { msg.className = "error"; msg.textContent = err.message; }
  });
  const shown = data.total ? ` (${Math.min(offset + 1, data.total)}\u2013${Math.min(offset + PAGE, data.total)} shown)` : "";
  // a search that finds nothing: no empty table, a way back to every document
  const none = data.total ? null : h("p", { class: "panel muted", id: "no-documents" }, params.q
    ? [`No documents match \u201c${params.q}\u201d. `, h("a", { href: "#/documents" }, "Show all documents")]
    : "No documents stored yet: add one below (with the token) or run sitrep ingest.");
  append(view, [h("h1", {}, "Documents"), searchForm,
    h("p", { class: "muted", id: "documents-count" }, nOf(data.total, "document") + (params.q ? ` matching \u201c${params.q}\u201d` : "") + shown),
    none, data.total ? table : null,
    data.total <= PAGE && !offset ? null : h("div", { class: "pager" },
      h("button", { type: "button", disabled: offset <= 0 || null, onclick: () => setHash("/documents", { q: params.q, offset: Math.max(0, offset - PAGE) }) }, "\u2190 prev"),
      h("button", { type: "button", disabled: offset + PAGE >= data.total || null, onclick: () => setHash("/documents", { q: params.q, offset: offset + PAGE }) }, "next \u2192")),
    form]);
}
async function documentView(id) {
  if (!state.codebook) await loadMeta();
  const data = await api("/api/documents/" + encodeURIComponent(id));
  const d = data.document;
  const spans = [];
  for (const ev of data.events) for (const e of ev.evidence || [])
    spans.push({ start: e.start, end: e.end, cls: "evidence", title: `${ev.id}: ${(ev.acled || {}).sub_event_type || ""}` });
  for (const p of data.places) spans.push({ start: p.start, end: p.end, cls: "place", title: `place: ${p.name || ""} ${p.country || ""}` });
  // (beside the article the table is narrow: "Explosions/Remote violence" breaks after its slash, a date not at all)
  const evTable = h("table", { class: "data", id: "doc-events" }, h("thead", {}, h("tr", {}, ["date", "type", "sub-type", "where", "status"].map((t) => h("th", {}, t)))),
    h("tbody", {}, data.events.map((ev) => h("tr", { class: "row", tabindex: 0, onclick: () => { location.hash = "#/event/" + encodeURIComponent(ev.id); } },
      h("td", { class: "date" }, fmtSpan(ev.date, ev.date_end)), h("td", {}, slashBreaks((ev.acled || {}).event_type)),
      h("td", {}, slashBreaks((ev.acled || {}).sub_event_type)),
      h("td", {}, ((ev.locations || [])[0] || {}).name || ""), h("td", {}, statusBadge(ev.status))))));
  append(view, [h("p", {}, h("a", { href: "#/documents" }, "\u2190 documents")), h("h1", {}, d.title || leadTitle(d.text, d.id)),
    h("p", { class: "muted" }, [d.outlet, fmtPublished(d.published), fmtLanguage(d.language)].filter(Boolean).join(" \u00b7 "), " ",
      safeUrl(d.url) ? h("a", { href: safeUrl(d.url), rel: "noopener noreferrer", target: "_blank" }, "original") : null),
    (d.warnings || []).length ? h("p", { class: "error" }, d.warnings.join("; ")) : null,
    h("div", { class: "grid" }, h("div", { class: "panel" }, highlighted(d.text || "", spans)),
      h("div", {}, h("div", { class: "panel" }, h("h2", {}, nOf(data.events.length, "event")),
        data.events.length ? evTable : h("p", { class: "muted", id: "doc-no-events" }, "No events.")),
        claimsPanel(data.claims, "Claims")))]);
}

route();
