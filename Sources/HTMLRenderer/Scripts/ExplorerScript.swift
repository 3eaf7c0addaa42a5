/// The explorer's script, after ``ChartScript/core``: unpacks the samples, lists and searches
/// the functions, draws the chosen function's chart, card, sliders and selectors, and the
/// function compared with. It computes no function value: every number is a looked-up sample.
enum ExplorerScript {
    static let source = #"""
const root = document.currentScript.closest(".actplot-chart");
const m = JSON.parse(root.querySelector(".ap-model").textContent);
const id = root.id;
const q = (s) => root.querySelector(s);
const svg = q(".ap-svg"), stage = q(".ap-stage"), readout = q(".ap-readout"), controls = q(".ap-controls");
const legend = q(".ax-legend"), card = q(".ax-card"), list = q(".ax-list"), search = q(".ax-search"), title = q(".ax-name");
const defs = el("defs", {}, svg);
const fonts = [font(m.ticks[0], defs, id + "-gx", "x"), font(m.ticks[1], defs, id + "-gy", "y")];
const [bx, by, bw, bh] = m.box;
el("rect", { x: bx, y: by, width: bw, height: bh }, el("clipPath", { id: id + "-clip" }, defs));
el("rect", { x: 0, y: 0, width: m.w, height: m.h, fill: m.figure, "fill-opacity": m.figureOpacity }, svg);
el("rect", { x: bx, y: by, width: bw, height: bh, fill: m.face, "fill-opacity": m.faceOpacity }, svg);
const gridGroup = el("g", {}, svg), curves = el("g", { "clip-path": `url(#${id}-clip)` }, svg);
// The spines: the frame, or the sides the style keeps, each projecting at the corners.
if (m.edgeWidth > 0) {
  const edge = strokeAttrs(m.edge, m.edgeOpacity, m.edgeWidth);
  if (m.spines.every((on) => on)) el("rect", Object.assign({ x: bx, y: by, width: bw, height: bh }, edge), svg);
  else [[bx, by, bx, by + bh], [bx + bw, by, bx + bw, by + bh], [bx, by + bh, bx + bw, by + bh], [bx, by, bx + bw, by]].forEach(([x0, y0, x1, y1], k) => {
    if (m.spines[k]) el("path", Object.assign({ d: `M ${x0} ${y0} L ${x1} ${y1}` }, edge, { "stroke-linecap": "square" }), svg);
  });
}
const tickGroup = el("g", {}, svg), cross = el("g", { "clip-path": `url(#${id}-clip)` }, svg);
const primes = ["", "\u2032", "\u2033"];
const state = { fn: 0, variant: 0, positions: [], second: false, compare: -1, cursor: null, view: null };

// A function's samples: base64 → inflate (the browser's own zlib) → unshuffle bytes → doubles.
async function unpack(f) {
  if (f.blob) return;
  const bin = atob(f.data), bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate"));
  const raw = new Uint8Array(await new Response(stream).arrayBuffer());
  const n = raw.length / 8, out = new Uint8Array(raw.length);
  for (let b = 0; b < 8; b++) { const off = b * n; for (let i = 0; i < n; i++) out[i * 8 + b] = raw[off + i]; }
  f.blob = new Float64Array(out.buffer);
}
function variant(f, k) {
  const v = f.variants[k];
  if (!v.data) {
    const blob = f.blob, x = blob.subarray(v.x[0], v.x[0] + v.x[1]);
    v.data = v.series.map((s) => ({ x, y: blob.subarray(s.y[0], s.y[0] + s.y[1]),
      jumps: new Map(s.jumps.map((j) => [j[0], [num(j[1]), num(j[2])]])), breaks: new Set(s.breaks), dots: s.dots }));
  }
  return v;
}
function shown() {
  const orders = state.second ? [0, 1, 2] : [0, 1];
  const out = [];
  const add = (v, base) => orders.forEach((o) => out.push(Object.assign({ index: base + o, label: v.labels[o], x: v.data[o].x, y: v.data[o].y, data: v.data[o] }, m.looks[base + o])));
  add(variant(m.functions[state.fn], state.variant), 0);
  if (state.compare >= 0) add(variant(m.functions[state.compare], 0), 3);
  return out;
}
// matplotlib's autoscaling of the shown series, then the chart as ChartLayout draws it.
function draw() {
  const series = shown();
  let lo = Infinity, hi = -Infinity;
  const take = (v) => { if (Number.isFinite(v)) { if (v < lo) lo = v; if (v > hi) hi = v; } };
  for (const s of series) {
    for (const v of s.y) take(v);
    for (const [l, r] of s.data.jumps.values()) { take(l); take(r); }
    for (const d of s.data.dots) take(num(d[1]));
  }
  if (!Number.isFinite(lo)) { lo = 0; hi = 1; }
  const [tx, ty] = m.ticks, t = m.ticking;
  const xd = Ticker.decideData(m.range[0], m.range[1], bw, tx.labelSize, m.margins[0], "x", t, t.roundNumbers);
  const yd = Ticker.decideData(lo, hi, bh, ty.labelSize, m.margins[1], "y", t, t.roundNumbers);
  state.view = [[xd.viewMin, xd.viewMax], [yd.viewMin, yd.viewMax]];
  drawAxes(m, fonts, state.view, gridGroup, tickGroup);
  curves.replaceChildren();
  const tr = transform(m.box, state.view);
  for (const s of series) drawSeries(curves, m, s, s.data, tr, 0, s.x.length - 1, 1);
  legend.replaceChildren();
  for (const s of series) {
    const span = h("span", { "data-series": s.index }, legend);
    const icon = el("svg", { width: 30, height: 10, "aria-hidden": "true" }, span);
    el("line", Object.assign({ x1: 2, y1: 5, x2: 28, y2: 5 }, strokeAttrs(s.color, s.opacity, s.width, "butt", "round", s.dash)), icon);
    span.append(" " + s.label);
  }
  crosshair();
  const f = m.functions[state.fn], v = variant(f, state.variant);
  q(`#${id}-desc`).textContent = `Line chart of ${series.map((s) => s.label).join(", ")}, x from ${show(m.range[0])} to ${show(m.range[1])}.` +
    (v.kinks.length ? ` Kinks at x = ${v.kinks.map(show).join(", ")}.` : " Smooth over the range.");
  drawCard();
}
function crosshair() {
  if (state.cursor === null) { drawCrosshair(cross, readout, m, [], -1, [], null); return; }
  const series = shown(), X = series[0].x;
  drawCrosshair(cross, readout, m, X, nearest(X, state.cursor), series, transform(m.box, state.view));
}
function drawCard() {
  const f = m.functions[state.fn], v = variant(f, state.variant);
  card.replaceChildren();
  const row = (dt, dd) => { h("dt", {}, card, dt); h("dd", {}, card, dd); };
  for (const [label, text] of f.card) {
    row(label, text);
    if (label === "range") {
      const d1 = v.data[1];
      row("kinks", v.kinks.length ? v.kinks.map((k) => {
        const i = nearest(d1.x, k);
        return `x = ${show(k)}, where f\u2032 = ${show(num(d1.y[i]))}`;
      }).join("; ") : "none");
    }
  }
  f.controls.forEach((c, k) => row(c.name, `${c.positions[state.positions[k]]} (${c.choice ? "one of " + c.positions.join(", ") : c.range}): ${c.meaning}`));
}
function buildControls() {
  const f = m.functions[state.fn];
  controls.replaceChildren();
  state.positions = f.controls.map((c) => c.default);
  state.variant = 0;
  f.controls.forEach((c, k) => {
    const label = h("label", {}, controls, c.name + " ");
    const set = (p) => {
      const t0 = performance.now();
      // One parameter at a time: the others go back to their defaults.
      state.positions = f.controls.map((d, j) => j === k ? p : d.default);
      controls.querySelectorAll("[data-control]").forEach((e) => { const j = Number(e.dataset.control); if (j !== k) e.value = f.controls[j].default; });
      controls.querySelectorAll("output").forEach((o) => { const j = Number(o.dataset.control); o.textContent = f.controls[j].positions[state.positions[j]]; });
      state.variant = c.variants[p];
      draw();
      root.dataset.redrawMs = String(performance.now() - t0);
    };
    if (c.choice) {
      const select = h("select", { "data-control": k }, label);
      c.positions.forEach((p, i) => { const o = h("option", { value: i }, select, p); if (i === c.default) o.selected = true; });
      select.addEventListener("change", () => set(Number(select.value)));
    } else {
      const input = h("input", { type: "range", min: 0, max: c.positions.length - 1, step: 1, value: c.default, "data-control": k,
        "aria-valuetext": c.positions[c.default] }, label);
      h("output", { "data-control": k }, label, c.positions[c.default]);
      input.addEventListener("input", () => { input.setAttribute("aria-valuetext", c.positions[Number(input.value)]); set(Number(input.value)); });
    }
  });
  const second = h("label", {}, controls);
  const box = h("input", { type: "checkbox", class: "ax-second" }, second);
  box.checked = state.second;
  second.append(" f\u2033");
  box.addEventListener("change", () => { state.second = box.checked; draw(); });
  const cmp = h("label", {}, controls, "compare with ");
  const select = h("select", { class: "ax-compare" }, cmp);
  h("option", { value: -1 }, select, "none");
  m.functions.forEach((g, i) => { const o = h("option", { value: i }, select, g.name); if (i === state.compare) o.selected = true; });
  select.addEventListener("change", async () => {
    const i = Number(select.value);
    if (i >= 0) await unpack(m.functions[i]);
    state.compare = i;
    draw();
  });
}
async function choose(i) {
  await unpack(m.functions[i]);
  state.fn = i;
  title.textContent = m.functions[i].name;
  list.querySelectorAll("button").forEach((b) => b.setAttribute("aria-current", String(Number(b.dataset.fn) === i)));
  buildControls();
  draw();
}
const norm = (s) => s.toLowerCase().replace(/[-\s]/g, "_");
m.functions.forEach((f, i) => {
  const li = h("li", { "data-name": f.name }, list);
  const b = h("button", { type: "button", "data-fn": i }, li, f.name);
  if (f.aliases.length) b.title = "also " + f.aliases.join(", ");
  b.addEventListener("click", () => choose(i));
});
search.addEventListener("input", () => {
  const t = norm(search.value.trim());
  list.querySelectorAll("li").forEach((li, i) => {
    const f = m.functions[i];
    li.hidden = !!t && ![f.name, ...f.aliases].some((n) => norm(n).includes(t));
  });
});
search.addEventListener("keydown", (e) => {
  if (e.key !== "Enter") return;
  const first = [...list.querySelectorAll("li")].find((li) => !li.hidden);
  if (first) first.querySelector("button").click();
});
function figureX(e) { const r = svg.getBoundingClientRect(); return (e.clientX - r.left) * m.w / r.width; }
stage.addEventListener("pointermove", (e) => {
  const fx = figureX(e);
  if (!state.view || fx < bx || fx > bx + bw) return;
  state.cursor = transform(m.box, state.view).dataX(fx);
  crosshair();
});
stage.addEventListener("pointerdown", (e) => { const fx = figureX(e); if (state.view && fx >= bx && fx <= bx + bw) { state.cursor = transform(m.box, state.view).dataX(fx); crosshair(); } });
stage.addEventListener("keydown", (e) => {
  const X = shown()[0].x;
  let i = state.cursor === null ? nearest(X, 0) : nearest(X, state.cursor);
  if (e.key === "ArrowLeft") i = Math.max(0, i - (e.shiftKey ? 10 : 1));
  else if (e.key === "ArrowRight") i = Math.min(X.length - 1, i + (e.shiftKey ? 10 : 1));
  else return;
  e.preventDefault();
  state.cursor = X[i];
  crosshair();
});
q(".ax-note").textContent = `Every function is sampled by actplot at ${m.sampling}; the page looks the samples up and computes none.`;
const start = m.functions.findIndex((f) => f.name === "relu");
choose(start < 0 ? 0 : start).then(() => {
  root.dataset.ready = "1";
  performance.mark(id + "-ready");
}).catch((error) => { readout.textContent = "The samples could not be unpacked: " + error; });
"""#
}
