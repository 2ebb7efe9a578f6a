// detente dashboard: hand-written SVG, no libraries, every page reads one JSON API route.
"use strict";

const QUADS = {
  1: ["verbal cooperation", "#7fbf7b"],
  2: ["material cooperation", "#1b7837"],
  3: ["verbal conflict", "#f4a582"],
  4: ["material conflict", "#b2182b"],
};
const SVGNS = "http://www.w3.org/2000/svg";
const state = { stats: null, dyad: null, world: null, eventsQuery: null, view: 0 };

// A response that arrives after the user has moved on (a newer render started) is dropped:
// two quick changes of the dyad must not let the slower, older answer overwrite the newer one.
class Stale extends Error {}

const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const node = tag.startsWith("svg:") ? document.createElementNS(SVGNS, tag.slice(4))
    : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined) continue;
    if (k === "text") node.textContent = v; else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c);
  return node;
}

function qs(params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") p.set(k, v);
  return p.toString();
}

// `view` is the render the call belongs to (null: not tied to one, e.g. start-up stats).
async function api(path, params = {}, view = state.view) {
  const url = `/api/${path}${Object.keys(params).length ? "?" + qs(params) : ""}`;
  const res = await fetch(url);
  const body = await res.json();
  if (view !== null && view !== state.view) throw new Stale(url);
  if (!res.ok || body.ok === false) throw new Error(`${url}: ${body.error || res.status}`);
  return [body, url];
}

function showError(err) {
  if (err instanceof Stale) return;
  const box = $("error");
  box.textContent = String(err.message || err);
  box.hidden = false;
}

// Only web links from the data become hrefs (never javascript: or data: URLs).
function safeUrl(u) {
  return typeof u === "string" && /^https?:\/\//i.test(u) ? u : null;
}

function fmt(x, digits = 1) {
  return x === null || x === undefined ? "-" : (x > 0 ? "+" : "") + Number(x).toFixed(digits);
}

function route() {
  const hash = location.hash.replace(/^#\/?/, "") || "relations";
  const [path, query] = hash.split("?");
  const parts = path.split("/");
  return { page: parts[0], arg: decodeURIComponent(parts.slice(1).join("/")), params: new URLSearchParams(query || "") };
}

function showPage(name) {
  for (const s of document.querySelectorAll(".page")) s.hidden = s.id !== `page-${name}`;
  for (const a of document.querySelectorAll("nav a")) a.classList.toggle("active", a.dataset.page === name);
  $("error").hidden = true;
}

// ---------------------------------------------------------------- relations page
function dyadFromParams(params) {
  const d = state.dyad || {};
  return {
    source: params.get("source") || d.source, target: params.get("target") || d.target,
    by: params.get("by") || d.by || "month",
    both: params.has("both") ? params.get("both") === "1" : (d.both ?? true),
  };
}

function relationsHash(d, period) {
  return "#/relations?" + qs({ source: d.source, target: d.target, by: d.by, both: d.both ? "1" : "0", period });
}

function fillCountrySelects(countries) {
  for (const id of ["source", "target"]) {
    const sel = $(id);
    sel.replaceChildren(...countries.map((c) => el("option", { value: c.country, text: `${c.country} (${c.events})` })));
  }
}

async function showRelations(params) {
  showPage("relations");
  const d = dyadFromParams(params);
  if (!d.source || !d.target) {
    $("chart-title").textContent = "No dyad with events in this database yet.";
    return;
  }
  state.dyad = d;
  for (const id of ["source", "target", "by"]) ensureOption($(id), d[id]);
  $("source").value = d.source; $("target").value = d.target; $("by").value = d.by; $("both").checked = d.both;
  const [series, url] = await api("series", { source: d.source, target: d.target, by: d.by, both: d.both, ...corpusRange() });
  $("series-json").href = url;
  const total = series.points.reduce((n, p) => n + p.events, 0);
  $("chart-title").textContent = `${series.label}: ${total} events by ${series.by}`;
  drawChart(series, params.get("period"));
  drawTone(series, params.get("period"));
  if (params.get("period")) await showPeriod(series, params.get("period"));
  else $("period-events").hidden = true;
}

// Events are charted within the corpus's publication years: an event cannot postdate its
// report, and a stray date from the text must not stretch the axis over centuries.
function corpusRange() {
  const s = state.stats || {};
  if (!s.first_article) return {};
  return { date_from: s.first_article.slice(0, 4) + "-01-01", date_to: s.last_article, trim: true };
}

function ensureOption(sel, value) {
  if (value && ![...sel.options].some((o) => o.value === value)) sel.append(el("option", { value, text: value }));
}

function niceMax(v) {
  if (v <= 5) return 5;
  const p = Math.pow(10, Math.floor(Math.log10(v)));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return v;
}

function periodLabel(p, by) {
  if (by === "year") return p.slice(0, 4);
  if (by === "quarter") return `${p.slice(0, 4)} Q${Math.floor((+p.slice(5, 7) - 1) / 3) + 1}`;
  if (by === "month") return p.slice(0, 7);
  return p;
}

function drawChart(series, selected) {
  const svg = $("chart");
  const W = 960, H = 400, m = { l: 52, r: 58, t: 34, b: 64 };
  svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
  svg.replaceChildren();
  const pts = series.points, n = Math.max(pts.length, 1);
  const iw = W - m.l - m.r, ih = H - m.t - m.b, bw = iw / n;
  const ymax = niceMax(Math.max(1, ...pts.map((p) => p.events)));
  const y = (v) => m.t + ih - (v / ymax) * ih;
  const gy = (g) => m.t + ih / 2 - (g / 10) * (ih / 2);
  const axes = el("svg:g", { class: "axes" });
  for (let i = 0; i <= 5; i++) {
    const v = (ymax / 5) * i;
    axes.append(el("svg:line", { x1: m.l, x2: W - m.r, y1: y(v), y2: y(v), class: "grid" }),
      el("svg:text", { x: m.l - 6, y: y(v) + 4, class: "tick", "text-anchor": "end", text: Math.round(v * 10) / 10 }));
  }
  for (const g of [-10, -5, 0, 5, 10]) {
    axes.append(el("svg:text", { x: W - m.r + 6, y: gy(g) + 4, class: "tick gtick", text: fmt(g, 0) }));
  }
  axes.append(el("svg:line", { x1: m.l, x2: W - m.r, y1: gy(0), y2: gy(0), class: "zero" }));
  axes.append(el("svg:text", { x: 14, y: m.t + ih / 2, class: "axis-label", transform: `rotate(-90 14 ${m.t + ih / 2})`, "text-anchor": "middle", text: "events per period" }));
  axes.append(el("svg:text", { x: W - 10, y: m.t + ih / 2, class: "axis-label gtick", transform: `rotate(90 ${W - 10} ${m.t + ih / 2})`, "text-anchor": "middle", text: "mean Goldstein score" }));
  svg.append(axes);
  const every = Math.max(1, Math.ceil(n / 18));
  pts.forEach((p, i) => {
    const x = m.l + i * bw;
    const g = el("svg:g", { class: "period" + (p.period === selected ? " selected" : ""), "data-period": p.period, "data-events": p.events, tabindex: 0 });
    g.append(el("svg:rect", { x, y: m.t, width: bw, height: ih, class: "hit" }));
    let base = 0;
    for (const q of [1, 2, 3, 4]) {
      const c = p.by_quad[String(q)];
      if (!c) continue;
      g.append(el("svg:rect", { x: x + bw * 0.12, width: bw * 0.76, y: y(base + c), height: y(base) - y(base + c), fill: QUADS[q][1], class: `bar quad${q}` }));
      base += c;
    }
    if (i % every === 0) {
      const lx = x + bw / 2, ly = H - m.b + 14;
      g.append(el("svg:text", { x: lx, y: ly, class: "tick", "text-anchor": "end", transform: `rotate(-40 ${lx} ${ly})`, text: periodLabel(p.period, series.by) }));
    }
    g.addEventListener("click", () => { location.hash = relationsHash(state.dyad, p.period); });
    g.addEventListener("keydown", (ev) => { if (ev.key === "Enter") location.hash = relationsHash(state.dyad, p.period); });
    g.addEventListener("mousemove", (ev) => tooltip(ev, p, series.by));
    g.addEventListener("mouseleave", () => { $("tooltip").hidden = true; });
    svg.append(g);
  });
  const line = pts.map((p, i) => [p, m.l + i * bw + bw / 2]).filter(([p]) => p.goldstein_mean !== null);
  let run = [];
  const flush = () => {
    if (run.length > 1) svg.append(el("svg:polyline", { class: "goldstein", points: run.join(" ") }));
    run = [];
  };
  pts.forEach((p, i) => {
    if (p.goldstein_mean === null) flush();
    else run.push(`${m.l + i * bw + bw / 2},${gy(p.goldstein_mean)}`);
  });
  flush();
  if (line.length) {
    for (const [p, x] of line) {
      const c = el("svg:circle", { cx: x, cy: gy(p.goldstein_mean), r: 4, class: "gpoint", "data-period": p.period });
      c.addEventListener("click", () => { location.hash = relationsHash(state.dyad, p.period); });
      svg.append(c);
    }
  }
  drawLegend(svg, W, m);
}

// The second panel: mean tone of each period's events (-1 hostile .. +1 warm), aligned with
// the periods of the relations chart above (same width and margins).
function drawTone(series, selected) {
  const svg = $("tone-chart");
  const W = 960, H = 150, m = { l: 52, r: 58, t: 16, b: 14 };
  svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
  svg.replaceChildren();
  const pts = series.points, n = Math.max(pts.length, 1);
  const ih = H - m.t - m.b, bw = (W - m.l - m.r) / n;
  const ty = (t) => m.t + ih / 2 - t * (ih / 2);
  const axes = el("svg:g", { class: "axes" });
  for (const t of [-1, -0.5, 0, 0.5, 1]) {
    axes.append(el("svg:line", { x1: m.l, x2: W - m.r, y1: ty(t), y2: ty(t), class: t === 0 ? "zero" : "grid" }),
      el("svg:text", { x: m.l - 6, y: ty(t) + 4, class: "tick", "text-anchor": "end", text: fmt(t, 1) }));
  }
  axes.append(el("svg:text", { x: 14, y: m.t + ih / 2, class: "axis-label", transform: `rotate(-90 14 ${m.t + ih / 2})`, "text-anchor": "middle", text: "mean tone" }));
  svg.append(axes);
  pts.forEach((p, i) => {
    if (p.tone_mean === null || p.tone_mean === undefined) return;
    const x = m.l + i * bw + bw * 0.2, top = Math.min(ty(p.tone_mean), ty(0));
    const bar = el("svg:rect", { x, width: bw * 0.6, y: top, height: Math.max(1.5, Math.abs(ty(p.tone_mean) - ty(0))),
      class: "tone " + (p.tone_mean >= 0 ? "warm" : "hostile") + (p.period === selected ? " selected" : ""),
      "data-period": p.period, "data-tone": p.tone_mean });
    bar.append(el("svg:title", { text: `${periodLabel(p.period, series.by)}: mean tone ${fmt(p.tone_mean, 2)} over ${p.tone_events} events` }));
    bar.addEventListener("click", () => { location.hash = relationsHash(state.dyad, p.period); });
    svg.append(bar);
  });
}

function drawLegend(svg, W, m) {
  const g = el("svg:g", { class: "legend" });
  let x = m.l + 4;
  for (const q of [1, 2, 3, 4]) {
    g.append(el("svg:rect", { x, y: 8, width: 12, height: 12, fill: QUADS[q][1] }),
      el("svg:text", { x: x + 16, y: 18, text: QUADS[q][0] }));
    x += 24 + QUADS[q][0].length * 6.4;
  }
  g.append(el("svg:line", { x1: x, x2: x + 18, y1: 14, y2: 14, class: "goldstein" }),
    el("svg:text", { x: x + 22, y: 18, text: "mean Goldstein (gaps: no events)" }));
  svg.append(g);
}

function tooltip(ev, p, by) {
  const tip = $("tooltip");
  const lines = [`${p.events} events, ${p.articles} articles, ${p.mentions} mentions`,
    ...[1, 2, 3, 4].map((q) => `${QUADS[q][0]}: ${p.by_quad[String(q)]}`),
    `mean Goldstein ${fmt(p.goldstein_mean)} · index ${fmt(p.index, 2)}`,
    `mean tone ${fmt(p.tone_mean, 2)}`];
  tip.replaceChildren(el("b", { text: periodLabel(p.period, by) }),
    ...lines.flatMap((t) => [el("br"), t]));
  const box = $("chart-box").getBoundingClientRect();
  tip.style.left = `${Math.min(ev.clientX - box.left + 12, box.width - 230)}px`;
  tip.style.top = `${ev.clientY - box.top + 12}px`;
  tip.hidden = false;
}

function periodEnd(start, by) {
  const d = new Date(start + "T00:00:00Z");
  if (by === "day") d.setUTCDate(d.getUTCDate() + 1);
  else if (by === "week") d.setUTCDate(d.getUTCDate() + 7);
  else if (by === "month") d.setUTCMonth(d.getUTCMonth() + 1);
  else if (by === "quarter") d.setUTCMonth(d.getUTCMonth() + 3);
  else d.setUTCFullYear(d.getUTCFullYear() + 1);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

async function showPeriod(series, period) {
  const d = state.dyad;
  state.eventsQuery = { source: d.source, target: d.target, both: d.both, date_from: period, date_to: periodEnd(period, series.by), limit: 50, offset: 0 };
  $("event-list").replaceChildren();
  const point = series.points.find((p) => p.period === period);
  $("period-title").textContent = `${series.label}, ${periodLabel(period, series.by)}: ` +
    (point ? `${point.events} distinct events, reported ${point.mentions} times in ${point.articles} articles (mean Goldstein ${fmt(point.goldstein_mean)}, mean tone ${fmt(point.tone_mean, 2)})` : "");
  $("period-events").hidden = false;
  await loadEvents();
  $("period-events").scrollIntoView({ block: "nearest" });
}

async function loadEvents() {
  const [body, url] = await api("events", state.eventsQuery);
  $("events-json").href = url;
  for (const e of body.items) $("event-list").append(eventItem(e, true));
  state.eventsQuery.offset += body.items.length;
  $("more-events").hidden = state.eventsQuery.offset >= body.total;
  if (!body.total) $("event-list").append(el("li", { class: "muted", text: "No events in this period." }));
}

function actors(list) {
  return (list || []).map((p) => p.code || p.country || "?").join(", ") || "-";
}

// Marks the trigger and the actors inside the evidence sentence (offsets are article offsets).
function highlighted(text, base, spans) {
  const node = el("span");
  const usable = [];
  for (const s of spans) {
    let start = s.start - base, end = s.end - base;
    if (!(start >= 0 && end <= text.length && text.slice(start, end) === s.text)) {
      start = text.indexOf(s.text);
      end = start + (s.text || "").length;
    }
    if (start < 0 || !s.text) continue;
    if (usable.some((u) => start < u.end && end > u.start)) continue;
    usable.push({ start, end, cls: s.cls, title: s.title });
  }
  usable.sort((a, b) => a.start - b.start);
  let at = 0;
  for (const u of usable) {
    node.append(text.slice(at, u.start), el("mark", { class: u.cls, title: u.title, text: text.slice(u.start, u.end) }));
    at = u.end;
  }
  node.append(text.slice(at));
  return node;
}

function eventSpans(e) {
  const spans = [{ start: e.trigger_start, end: e.trigger_end, text: e.trigger, cls: "trigger", title: `${e.type} (${e.cameo})` }];
  for (const [side, cls] of [["source", "actor source"], ["target", "actor target"]]) {
    for (const p of e[side] || []) {
      spans.push({ start: p.start_char, end: p.end_char, text: p.text, cls, title: `${side}: ${p.code || p.country}` });
    }
  }
  return spans;
}

function eventItem(e, withArticle) {
  const base = e.sentence_start ?? 0;
  const meta = el("div", { class: "meta" },
    el("span", { class: `badge quad${e.quad}`, text: e.type }),
    ` ${e.event_date} · CAMEO ${e.cameo} · Goldstein ${fmt(e.goldstein)} · tone ${fmt(e.tone, 2)} · ${actors(e.source)} → ${actors(e.target)}` +
    (e.location_name ? ` · ${e.location_name}` : ""));
  const li = el("li", { class: "event", "data-event": e.event_id }, meta,
    el("blockquote", { class: "evidence" }, highlighted(e.evidence || "", base, eventSpans(e))));
  if (withArticle) {
    li.append(el("div", { class: "source-link" }, "from ",
      el("a", { href: `#/article/${encodeURIComponent(e.article_id)}`, text: e.article_title || e.article_id }),
      e.article_url ? el("span", { class: "muted", text: ` · ${e.article_url}` }) : ""));
  }
  return li;
}

async function showTopDyads() {
  const rows = (state.stats.top_dyads || []).slice(0, 8);
  if (!rows.length) return;
  const list = el("p", { class: "muted" }, "Busiest dyads: ");
  rows.forEach((r, i) => {
    const d = { source: r.source, target: r.target, by: state.dyad?.by || "month", both: false };
    list.append(i ? ", " : "", el("a", { href: relationsHash(d), text: `${r.source}→${r.target} (${r.events})` }));
  });
  $("top-dyads").replaceChildren(list);
}

// ---------------------------------------------------------------- article page
async function showArticle(id) {
  showPage("article");
  const [body, url] = await api(`articles/${encodeURIComponent(id)}`);
  $("article-json").href = url;
  const a = body.article;
  $("article-title").textContent = a.title || a.id;
  $("article-meta").replaceChildren(`${a.date || "undated"} · ${a.source || ""} · ${a.events.length} events, ${a.quotes.length} quotes `,
    safeUrl(a.url) ? el("a", { href: safeUrl(a.url), rel: "noopener noreferrer", text: "original" }) : "");
  const spans = [];
  for (const e of a.events) {
    spans.push({ start: e.trigger_start, end: e.trigger_end, text: e.trigger, cls: "trigger", title: `${e.type} (${e.cameo})` });
    for (const [side, cls] of [["source", "actor source"], ["target", "actor target"]]) {
      for (const p of e[side] || []) spans.push({ start: p.start_char, end: p.end_char, text: p.text, cls, title: `${side}: ${p.code || p.country}` });
    }
  }
  for (const mnt of a.mentions) {
    spans.push({ start: mnt.start_char, end: mnt.end_char, text: mnt.text, cls: "mention", title: mnt.code || mnt.country || mnt.label });
  }
  $("article-text").replaceChildren(articleText(a.text, spans));
  $("article-events").replaceChildren(...a.events.map((e) => {
    const s = a.sentences.find((x) => x.idx === e.sentence);
    return eventItem({ ...e, sentence_start: s ? s.start_char : null }, false);
  }));
  if (!a.events.length) $("article-events").append(el("li", { class: "muted", text: "none" }));
  $("article-quotes").replaceChildren(...a.quotes.map((q) => quoteItem({ ...q, article_id: a.id, article_date: a.date }, false)));
  if (!a.quotes.length) $("article-quotes").append(el("li", { class: "muted", text: "none" }));
}

function articleText(text, spans) {
  // exact offsets only: the same word may appear many times in an article
  const clean = spans.filter((s) => s.start !== null && s.end !== null && text.slice(s.start, s.end) === s.text)
    .map((s) => ({ ...s }));
  const node = highlighted(text, 0, clean);
  return el("div", { class: "article-body" }, node);
}

// ---------------------------------------------------------------- quotes page
// The words that moved a tone value, as "(hope +1.9, war -2.9)".
function toneWords(evidence) {
  const words = (evidence || []).map((w) => `${w.text} ${fmt(w.valence, 1)}`);
  return words.length ? ` (${words.join(", ")})` : "";
}

function quoteItem(q, withArticle) {
  const who = q.speaker_name || q.speaker_text || "unattributed";
  const li = el("li", { class: "quote" },
    el("blockquote", { text: q.direct ? `“${q.content}”` : q.content }),
    el("div", { class: "meta" }, `${who}${q.speaker_country ? ` (${q.speaker_country})` : ""} · ${q.cue || ""} · ${q.direct ? "direct" : "reported"}` +
      (q.tone !== null && q.tone !== undefined ? ` · tone ${fmt(q.tone, 2)}${toneWords(q.tone_evidence)}` : "") +
      (q.article_date ? ` · ${q.article_date}` : "")));
  if (withArticle) {
    li.append(el("div", { class: "source-link" }, "from ",
      el("a", { href: `#/article/${encodeURIComponent(q.article_id)}`, text: q.article_title || q.article_id })));
  }
  return li;
}

async function showQuotes(params) {
  showPage("quotes");
  const speaker = params.get("speaker") || "";
  $("speaker").value = speaker;
  const [speakers] = await api("speakers", { limit: 200 });
  $("speaker-list").replaceChildren(...speakers.items.map((s) => el("option", { value: s.speaker })));
  $("speaker-chips").replaceChildren(...speakers.items.slice(0, 12).map((s) =>
    el("a", { class: "chip", href: `#/quotes?${qs({ speaker: s.speaker })}`, text: `${s.speaker} (${s.quotes})` })));
  const [body, url] = await api("quotes", { speaker, limit: 100 });
  $("quotes-json").href = url;
  $("quote-list").replaceChildren(...body.items.map((q) => quoteItem(q, true)));
  if (!body.items.length) $("quote-list").append(el("li", { class: "muted", text: "No quotes." }));
}

// ---------------------------------------------------------------- map page
const project = (lon, lat, W, H) => [((lon + 180) / 360) * W, ((90 - lat) / 180) * H];

function goldsteinColour(g) {
  // grey at 0, towards green (#1b7837) for cooperation and red (#b2182b) for conflict
  if (g === null || g === undefined) return "#777777";
  const t = Math.max(-1, Math.min(1, g / 10));
  const [to, k] = t >= 0 ? [[27, 120, 55], t] : [[178, 24, 43], -t];
  const mix = [150, 150, 150].map((c, i) => Math.round(c + (to[i] - c) * k));
  return `rgb(${mix.join(",")})`;
}

// A ring as SVG path data; a jump across the antimeridian (Russia, Fiji) starts a new subpath
// instead of drawing a line across the whole map.
function ringPath(ring, W, H) {
  let d = "", prev = null;
  for (const [lon, lat] of ring) {
    const [x, y] = project(lon, lat, W, H);
    d += (prev === null || Math.abs(lon - prev) > 180 ? "M" : "L") + x.toFixed(1) + "," + y.toFixed(1);
    prev = lon;
  }
  return d + "Z";
}

const radius = (n, maxN) => 3 + 14 * Math.sqrt(n / maxN);

// The map's key, drawn over the Southern Ocean: the Goldstein colour ramp and circle sizes.
function mapLegend(W, H, maxN) {
  const g = el("svg:g", { class: "legend", transform: `translate(14, ${H - 92})` });
  g.append(el("svg:rect", { x: 0, y: 0, width: 430, height: 82, rx: 4, class: "legend-box" }));
  g.append(el("svg:text", { x: 10, y: 16, text: "colour: mean Goldstein score" }));
  const steps = 20;
  for (let i = 0; i < steps; i++) {
    const v = -10 + (20 * (i + 0.5)) / steps;
    g.append(el("svg:rect", { x: 10 + i * 12, y: 24, width: 12, height: 10, fill: goldsteinColour(v) }));
  }
  for (const [v, label, anchor] of [[-10, "-10 conflict", "start"], [0, "0", "middle"], [10, "cooperation +10", "end"]]) {
    g.append(el("svg:text", { x: 10 + ((v + 10) / 20) * 240, y: 48, "text-anchor": anchor, class: "small", text: label }));
  }
  g.append(el("svg:text", { x: 280, y: 16, text: "size: events at the place" }));
  const sizes = [...new Set([1, Math.round(maxN / 4), maxN])].filter((n) => n >= 1);
  let x = 284;
  for (const n of sizes) {
    const r = radius(n, maxN);
    g.append(el("svg:circle", { cx: x + r, cy: 44, r, class: "legend-circle" }));
    g.append(el("svg:text", { x: x + r, y: 76, "text-anchor": "middle", class: "small", text: String(n) }));
    x += 2 * r + 14;
  }
  return g;
}

async function showMap(params) {
  showPage("map");
  const W = 960, H = 480;
  const svg = $("map");
  svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
  if (!state.world) state.world = await (await fetch("/static/world-110m.geojson")).json();
  const onlyDyad = params.get("dyad") === "1";
  $("map-dyad").checked = onlyDyad;
  const d = state.dyad;
  $("map-dyad-name").textContent = d ? `(${d.source} ${d.both ? "↔" : "→"} ${d.target})` : "";
  const query = onlyDyad && d ? { source: d.source, target: d.target, both: d.both, limit: 500 } : { limit: 500 };
  const [body, url] = await api("locations", query);
  $("map-json").href = url;
  svg.replaceChildren(el("svg:rect", { x: 0, y: 0, width: W, height: H, class: "sea" }));
  const land = el("svg:g", { class: "land" });
  for (const f of state.world.features) {
    const path = f.geometry.coordinates.map((poly) => poly.map((ring) => ringPath(ring, W, H)).join("")).join("");
    land.append(el("svg:path", { d: path }, el("svg:title", { text: f.properties.name || "" })));
  }
  svg.append(land);
  const maxN = Math.max(1, ...body.items.map((p) => p.events));
  for (const p of [...body.items].reverse()) {
    const [x, y] = project(p.lon, p.lat, W, H);
    const c = el("svg:circle", { cx: x, cy: y, r: radius(p.events, maxN), fill: goldsteinColour(p.goldstein_mean), class: "place" },
      el("svg:title", { text: `${p.name} (${p.country || "?"}): ${p.events} events, mean Goldstein ${fmt(p.goldstein_mean)}` }));
    svg.append(c);
  }
  svg.append(mapLegend(W, H, maxN));
  $("place-list").replaceChildren(...body.items.slice(0, 30).map((p) =>
    el("li", { text: `${p.name} (${p.country || "?"}): ${p.events} events, mean Goldstein ${fmt(p.goldstein_mean)}` })));
  if (!body.items.length) $("place-list").append(el("li", { class: "muted", text: "No located events." }));
}

// ---------------------------------------------------------------- wiring
async function render() {
  state.view += 1;
  const r = route();
  try {
    if (r.page === "article") await showArticle(r.arg);
    else if (r.page === "quotes") await showQuotes(r.params);
    else if (r.page === "map") await showMap(r.params);
    else await showRelations(r.params);
  } catch (err) {
    showError(err);
  }
}

function wire() {
  const change = () => {
    const d = { source: $("source").value, target: $("target").value, by: $("by").value, both: $("both").checked };
    location.hash = relationsHash(d);
  };
  for (const id of ["source", "target", "by", "both"]) $(id).addEventListener("change", change);
  $("dyad-form").addEventListener("submit", (ev) => { ev.preventDefault(); change(); });
  $("more-events").addEventListener("click", () => loadEvents().catch(showError));
  $("quote-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    location.hash = `#/quotes?${qs({ speaker: $("speaker").value })}`;
  });
  $("map-dyad").addEventListener("change", () => { location.hash = `#/map?${qs({ dyad: $("map-dyad").checked ? "1" : "" })}`; });
  window.addEventListener("hashchange", render);
}

// A period length that gives a readable number of bars for the database's date range.
function defaultPeriod(stats) {
  if (!stats.first_article) return "month";
  const years = (Date.parse(stats.last_article) - Date.parse(stats.first_article)) / (365.25 * 864e5);
  return years > 8 ? "year" : years > 3 ? "quarter" : "month";
}

async function start() {
  wire();
  try {
    const [stats] = await api("stats", {}, null);
    state.stats = stats;
    $("stats").textContent = `${stats.articles} articles · ${stats.events} events · ${stats.quotes} quotes` +
      (stats.first_article ? ` · published ${stats.first_article} to ${stats.last_article}` : "");
    const [countries] = await api("countries", {}, null);
    fillCountrySelects(countries.items);
    if (stats.default_dyad) state.dyad = { ...stats.default_dyad, by: defaultPeriod(stats), both: true };
    await showTopDyads();
  } catch (err) {
    showError(err);
  }
  await render();
  document.body.dataset.ready = "1";
}

start();
