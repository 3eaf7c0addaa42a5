/// The scripts of an interactive chart. `core` draws a chart's axes, ticks and curves from the
/// embedded model as Cairo draws them (same strokes, glyph outlines and placement rules as
/// `ChartLayout` and `TextPlacement`), and finds the sample under the pointer; `source` adds the
/// single chart's interaction: crosshair, legend, zoom, keyboard and family sliders.
enum ChartScript {
    static let core = #"""
const SVGNS = "http://www.w3.org/2000/svg";
function el(name, attrs, parent) {
  const e = document.createElementNS(SVGNS, name);
  for (const k in attrs) e.setAttribute(k, attrs[k]);
  if (parent) parent.appendChild(e);
  return e;
}
function h(name, attrs, parent, text) {
  const e = document.createElement(name);
  for (const k in attrs) e.setAttribute(k, attrs[k]);
  if (text !== undefined) e.textContent = text;
  if (parent) parent.appendChild(e);
  return e;
}
// A sample as JSON holds it: a number, or "nan", "inf", "-inf".
const num = (v) => typeof v === "number" ? v : v === "inf" ? Infinity : v === "-inf" ? -Infinity : NaN;
// A sample for the reader: the double's shortest round-trip form, with a real minus sign.
function show(v) {
  if (Number.isNaN(v)) return "nan";
  if (!Number.isFinite(v)) return v > 0 ? "inf" : "\u2212inf";
  return String(v).replace("-", "\u2212");
}
const r3 = (v) => Math.round(v * 1000) / 1000;
// DataTransform: data to figure points (y down) inside the axes box, and back.
function transform(box, view) {
  const [bx, by, bw, bh] = box, [[x0, x1], [y0, y1]] = view, bottom = by + bh;
  return {
    x: (v) => bx + (v - x0) / (x1 - x0) * bw,
    y: (v) => bottom - (v - y0) / (y1 - y0) * bh,
    dataX: (f) => x0 + (f - bx) / bw * (x1 - x0),
    dataY: (f) => y0 + (bottom - f) / bh * (y1 - y0),
  };
}
function strokeAttrs(color, opacity, width, cap, join, dash) {
  const a = { fill: "none", stroke: color, "stroke-opacity": opacity, "stroke-width": width,
    "stroke-linecap": cap || "butt", "stroke-linejoin": join || "miter", "stroke-miterlimit": 10 };
  if (dash && dash.length) a["stroke-dasharray"] = dash.join(",");
  return a;
}
// The index of the sample nearest x in the increasing array xs.
function nearest(xs, x) {
  let lo = 0, hi = xs.length - 1;
  if (x <= xs[0]) return 0;
  if (x >= xs[hi]) return hi;
  while (hi - lo > 1) { const mid = (lo + hi) >> 1; if (xs[mid] <= x) lo = mid; else hi = mid; }
  return x - xs[lo] <= xs[hi] - x ? lo : hi;
}
// Text drawn with the SVG output's glyph outlines, set as the Typesetter sets it (hinted
// advances and pair kerning): one font per tick axis.
function font(ticks, defs, id, axis) {
  const ids = {};
  let n = 0;
  for (const ch in ticks.glyphs) { ids[ch] = id + n++; el("path", { id: ids[ch], d: ticks.glyphs[ch][1] }, defs); }
  const glyph = (c) => ticks.glyphs[c] || [0, "", 0, 0];
  // Each character's pen position, and the width.
  function set(s) {
    const chars = [...s], at = [];
    let pen = 0;
    chars.forEach((c, i) => {
      if (i > 0) pen += ticks.kerning[chars[i - 1] + c] || 0;
      at.push(pen);
      pen += glyph(c)[0];
    });
    return { chars, at, width: pen };
  }
  const max = (s, k) => [...s].reduce((a, c) => Math.max(a, glyph(c)[k]), 0);
  return {
    width: (s) => set(s).width, ascent: (s) => max(s, 2), descent: (s) => max(s, 3),
    draw(parent, s, x, baseline, anchor) {
      const { chars, at, width } = set(s);
      const ox = anchor === "center" ? x - width / 2 : anchor === "right" ? x - width : x;
      const g = el("g", { fill: ticks.label, "fill-opacity": ticks.labelOpacity, "data-text": s, "data-axis": axis }, parent);
      chars.forEach((c, i) => { if (ids[c]) el("use", { href: "#" + ids[c], x: r3(ox + at[i]), y: r3(baseline) }, g); });
      return g;
    },
  };
}
// The grid, ticks, tick labels and offset texts of a view, as ChartLayout and TextPlacement
// place them (ticks in, out or both on each side the style asks for, labels beyond them);
// returns both axes' decisions and where the y label's layout starts.
function drawAxes(m, fonts, view, gridGroup, tickGroup) {
  gridGroup.replaceChildren(); tickGroup.replaceChildren();
  const [bx, by, bw, bh] = m.box, right = bx + bw, bottom = by + bh, tr = transform(m.box, view), [tx, ty] = m.ticks;
  const xs = Ticker.decide(view[0][0], view[0][1], bw, tx.labelSize, "x", m.ticking);
  const ys = Ticker.decide(view[1][0], view[1][1], bh, ty.labelSize, "y", m.ticking);
  if (m.grid) {
    const a = strokeAttrs(m.grid.color, m.grid.opacity, m.grid.width, m.grid.cap, "miter", m.grid.dash);
    // Upwards, as matplotlib's grid lines run: dashes start at the bottom.
    if (m.grid.x) for (const t of xs.ticks) { const X = r3(tr.x(t)); el("path", Object.assign({ d: `M ${X} ${r3(bottom)} L ${X} ${r3(by)}` }, a), gridGroup); }
    if (m.grid.y) for (const t of ys.ticks) { const Y = r3(tr.y(t)); el("path", Object.assign({ d: `M ${r3(bx)} ${Y} L ${r3(right)} ${Y}` }, a), gridGroup); }
  }
  const tick = (d, t) => el("path", Object.assign({ d }, strokeAttrs(t.color, t.opacity, t.width)), tickGroup);
  let below = null, left = null;
  xs.ticks.forEach((v, i) => {
    const X = tr.x(v), s = xs.labels[i], f = fonts[0];
    if (tx.near) tick(`M ${r3(X)} ${r3(bottom - tx.inward)} L ${r3(X)} ${r3(bottom + tx.outward)}`, tx);
    if (tx.far) tick(`M ${r3(X)} ${r3(by + tx.inward)} L ${r3(X)} ${r3(by - tx.outward)}`, tx);
    if (tx.labelNear) {
      const top = bottom + tx.labelGap;
      f.draw(tickGroup, s, X, top + f.ascent(s), "center");
      below = Math.max(below === null ? -Infinity : below, top + f.ascent(s) + f.descent(s));
    }
    if (tx.labelFar) f.draw(tickGroup, s, X, by - tx.labelGap - f.descent(s), "center");
  });
  ys.ticks.forEach((v, i) => {
    const Y = tr.y(v), s = ys.labels[i], f = fonts[1], baseline = Y + f.ascent(s) / 2;
    if (ty.near) tick(`M ${r3(bx + ty.inward)} ${r3(Y)} L ${r3(bx - ty.outward)} ${r3(Y)}`, ty);
    if (ty.far) tick(`M ${r3(right - ty.inward)} ${r3(Y)} L ${r3(right + ty.outward)} ${r3(Y)}`, ty);
    if (ty.labelNear) {
      const end = bx - ty.labelGap;
      f.draw(tickGroup, s, end, baseline, "right");
      left = Math.min(left === null ? Infinity : left, end - f.width(s));
    }
    if (ty.labelFar) f.draw(tickGroup, s, right + ty.labelGap, baseline, "left");
  });
  if (xs.offsetText) {
    const s = xs.offsetText, top = (below === null ? bottom + tx.labelGap : below) + 3;
    fonts[0].draw(tickGroup, s, right, top + fonts[0].ascent(s), "right").setAttribute("class", "ap-offset");
  }
  if (ys.offsetText) fonts[1].draw(tickGroup, ys.offsetText, bx, by - 3, "left").setAttribute("class", "ap-offset");
  return { x: xs, y: ys, yLabelLeft: Math.min(left === null ? bx : left, bx - (ty.near ? ty.outward : 0)) };
}
// A series' curve over the samples lo...hi as path data: pieces break at non-finite values,
// at poles and at jumps, where one piece ends at the left limit and the next starts at the right.
function curvePath(X, Y, jumps, breaks, tr, lo, hi) {
  const parts = [];
  let pen = false;
  for (let i = lo; i <= hi; i++) {
    const jump = jumps.get(i);
    if (jump) {
      const px = r3(tr.x(X[i]));
      parts.push((pen ? "L " : "M ") + px + " " + r3(tr.y(jump[0])));
      parts.push("M " + px + " " + r3(tr.y(jump[1])));
      pen = true;
    } else {
      const v = num(Y[i]);
      if (!Number.isFinite(v)) { pen = false; continue; }
      parts.push((pen ? "L " : "M ") + r3(tr.x(X[i])) + " " + r3(tr.y(v)));
      pen = true;
    }
    if (breaks.has(i)) pen = false;
  }
  return parts.join(" ");
}
// The samples a view shows, with one more on each side.
function visibleRange(X, view) {
  let lo = nearest(X, view[0][0]), hi = nearest(X, view[0][1]);
  return [Math.max(0, lo - 1), Math.min(X.length - 1, hi + 1)];
}
function drawSeries(group, m, s, data, tr, lo, hi, opacity) {
  const g = el("g", { "data-series": s.index }, group);
  if (opacity !== 1) g.setAttribute("opacity", opacity);
  const d = curvePath(data.x, data.y, data.jumps, data.breaks, tr, lo, hi);
  if (d) el("path", Object.assign({ d }, strokeAttrs(s.color, s.opacity, s.width, s.cap, s.join, s.dash)), g);
  for (const [x, y, filled] of data.dots) {
    el("circle", Object.assign({ cx: r3(tr.x(num(x))), cy: r3(tr.y(num(y))), r: m.dotRadius },
      strokeAttrs(s.color, s.opacity, m.lineWidth), { fill: filled ? s.color : m.face }), g);
  }
}
// The crosshair at sample i: a line across the axes, a marker on each shown series, and the
// readout of x and of each shown series' sample there.
function drawCrosshair(group, readout, m, X, i, shown, tr) {
  group.replaceChildren();
  readout.replaceChildren();
  if (i < 0) return;
  const [bx, by, bw, bh] = m.box, x = X[i], px = tr.x(x);
  if (px >= bx - 0.01 && px <= bx + bw + 0.01) {
    el("path", Object.assign({ d: `M ${r3(px)} ${r3(by)} L ${r3(px)} ${r3(by + bh)}`, class: "ap-cross" },
      strokeAttrs(m.text, 0.45, 0.8)), group);
  }
  const xs = h("span", { "data-x": "" }, readout, "x ");
  h("b", {}, xs, show(x));
  for (const s of shown) {
    // A series on a grid of its own (the explorer's second function) reads its nearest sample.
    const v = num(s.y[!s.x || s.x === X ? i : nearest(s.x, x)]);
    if (Number.isFinite(v)) {
      const py = tr.y(v);
      if (py >= by - 0.01 && py <= by + bh + 0.01 && px >= bx - 0.01 && px <= bx + bw + 0.01) {
        el("circle", { cx: r3(px), cy: r3(py), r: 3.5, fill: s.color, stroke: m.face, "stroke-width": 1, class: "ap-marker" }, group);
      }
    }
    const span = h("span", { "data-series": s.index }, readout);
    h("i", { style: "color:" + s.color, "aria-hidden": "true" }, span, "\u25cf ");
    span.append((s.label || "series " + (s.index + 1)) + " ");
    h("b", {}, span, show(v));
  }
}
"""#

    static let source = core + #"""
const root = document.currentScript.closest(".actplot-chart");
const m = JSON.parse(root.querySelector(".ap-model").textContent);
const svg = root.querySelector(".ap-svg"), stage = root.querySelector(".ap-stage");
const readout = root.querySelector(".ap-readout"), controls = root.querySelector(".ap-controls");
const id = root.id;
const layers = [...svg.querySelectorAll(":scope > .ap-layer")];
const layer = (name) => layers.filter((l) => l.dataset.layer === name);
const seriesLayers = new Map(layer("series").map((l) => [Number(l.dataset.index), l]));
const entryLayers = new Map(layer("entry").map((l) => [Number(l.dataset.index), l]));
const js = (name) => svg.querySelector(`[data-js="${name}"]`);
const defs = el("defs", {}, null);
svg.insertBefore(defs, svg.firstChild);
const fonts = [font(m.ticks[0], defs, id + "-gx", "x"), font(m.ticks[1], defs, id + "-gy", "y")];
const clip = el("clipPath", { id: id + "-clip" }, defs);
el("rect", { x: m.box[0], y: m.box[1], width: m.box[2], height: m.box[3] }, clip);
js("curves").setAttribute("clip-path", `url(#${id}-clip)`);
const overlay = svg.querySelector(".ap-overlay");
const cross = el("g", { "clip-path": `url(#${id}-clip)` }, overlay);
const zoomBox = el("rect", { fill: m.text, "fill-opacity": 0.1, stroke: m.text, "stroke-opacity": 0.6, "stroke-width": 0.6, visibility: "hidden" }, overlay);
const hits = el("g", {}, overlay);
const data = m.y.map((y, i) => ({ x: m.x, y, jumps: new Map(m.jumps[i].map((j) => [j[0], [num(j[1]), num(j[2])]])),
  breaks: new Set(m.breaks[i]), dots: m.dots[i] }));
const series = m.series.map((s, i) => Object.assign({ index: i, y: m.y[i] }, s));
const base = [m.view[0].slice(), m.view[1].slice()];
const state = { view: [base[0].slice(), base[1].slice()], hidden: new Set(), cursor: -1, chosen: m.families.map(() => -1) };
const zoomed = () => state.view[0][0] !== base[0][0] || state.view[0][1] !== base[0][1] || state.view[1][0] !== base[1][0] || state.view[1][1] !== base[1][1];
// A family member not chosen by its slider is faded; with no choice, every member is drawn.
function faded(i) {
  return m.families.some((f, k) => state.chosen[k] >= 0 && f.members.some((g, j) => j !== state.chosen[k] && g.includes(i)));
}
const shownSeries = () => series.filter((s) => !state.hidden.has(s.index) && !faded(s.index));
let yLabelShift = 0;
function render() {
  const z = zoomed();
  for (const [i, l] of seriesLayers) {
    l.style.display = z || state.hidden.has(i) ? "none" : "";
    l.style.opacity = faded(i) ? 0.25 : "";
  }
  for (const name of ["grid", "ticks"]) for (const l of layer(name)) l.style.display = z ? "none" : "";
  for (const name of ["grid", "curves", "ticks"]) js(name).hidden = !z;
  for (const [i, l] of entryLayers) l.style.opacity = state.hidden.has(i) ? 0.3 : faded(i) ? 0.5 : "";
  let shift = 0;
  if (z) {
    const axes = drawAxes(m, fonts, state.view, js("grid"), js("ticks"));
    if (m.yLabelLeft !== null) shift = axes.yLabelLeft - m.yLabelLeft;
    const curves = js("curves");
    curves.replaceChildren();
    const tr = transform(m.box, state.view), [lo, hi] = visibleRange(m.x, state.view);
    for (const s of series) {
      if (!state.hidden.has(s.index)) drawSeries(curves, m, s, data[s.index], tr, lo, hi, faded(s.index) ? 0.25 : 1);
    }
  }
  if (shift !== yLabelShift) {
    yLabelShift = shift;
    for (const l of layer("ylabel")) l.setAttribute("transform", shift ? `translate(${r3(shift)} 0)` : "");
  }
  drawCrosshair(cross, readout, m, m.x, state.cursor, shownSeries(), transform(m.box, state.view));
  root.dataset.view = JSON.stringify(state.view);
}
// Legend entries: click targets over the legend, and buttons for the keyboard.
const toggles = m.legend.length ? h("div", { class: "ap-toggles" }, controls) : null;
function toggle(i) {
  if (state.hidden.has(i)) state.hidden.delete(i); else state.hidden.add(i);
  const b = toggles && toggles.querySelector(`[data-series="${i}"]`);
  if (b) b.setAttribute("aria-pressed", String(!state.hidden.has(i)));
  render();
}
for (const [i, x, y, w, hgt] of m.legend) {
  const r = el("rect", { x, y, width: w, height: hgt, fill: "transparent", style: "cursor:pointer", "data-series": i, class: "ap-hit" }, hits);
  r.addEventListener("pointerdown", (e) => e.stopPropagation());
  r.addEventListener("click", (e) => { e.stopPropagation(); toggle(i); });
  const b = h("button", { type: "button", "aria-pressed": "true", "data-series": i }, toggles, "Show " + (series[i].label || "series " + (i + 1)));
  b.addEventListener("click", () => toggle(i));
}
// Family sliders.
m.families.forEach((f, k) => {
  const label = h("label", {}, controls, f.parameter + " ");
  const input = h("input", { type: "range", min: 0, max: f.values.length - 1, step: 1, value: Math.floor((f.values.length - 1) / 2),
    "aria-valuetext": "all values", "data-family": k }, label);
  const out = h("output", {}, label, " all");
  const all = h("button", { type: "button" }, controls, "Show all " + f.parameter);
  input.addEventListener("input", () => {
    const t0 = performance.now();
    state.chosen[k] = Number(input.value);
    out.textContent = " " + f.parameter + " = " + f.values[state.chosen[k]];
    input.setAttribute("aria-valuetext", f.parameter + " " + f.values[state.chosen[k]]);
    render();
    root.dataset.redrawMs = String(performance.now() - t0);
  });
  all.addEventListener("click", () => { state.chosen[k] = -1; out.textContent = " all"; input.setAttribute("aria-valuetext", "all values"); render(); });
});
// Pointer, touch and wheel.
function figure(e) {
  const r = svg.getBoundingClientRect();
  return [(e.clientX - r.left) * m.w / r.width, (e.clientY - r.top) * m.h / r.height, r.width / m.w];
}
const inBox = (fx, fy) => fx >= m.box[0] && fx <= m.box[0] + m.box[2] && fy >= m.box[1] && fy <= m.box[1] + m.box[3];
let drag = null;
function follow(fx) {
  const i = nearest(m.x, transform(m.box, state.view).dataX(fx));
  if (i !== state.cursor) { state.cursor = i; drawCrosshair(cross, readout, m, m.x, i, shownSeries(), transform(m.box, state.view)); }
}
stage.addEventListener("pointerdown", (e) => {
  const [fx, fy] = figure(e);
  if (!inBox(fx, fy)) return;
  if (e.pointerType === "mouse" && e.button !== 0) return;
  if (e.pointerType !== "touch") { drag = { fx, fy }; stage.setPointerCapture(e.pointerId); }
  follow(fx);
});
stage.addEventListener("pointermove", (e) => {
  const [fx, fy] = figure(e);
  if (drag) {
    const x = Math.max(m.box[0], Math.min(fx, m.box[0] + m.box[2])), y = Math.max(m.box[1], Math.min(fy, m.box[1] + m.box[3]));
    zoomBox.setAttribute("x", Math.min(drag.fx, x)); zoomBox.setAttribute("y", Math.min(drag.fy, y));
    zoomBox.setAttribute("width", Math.abs(x - drag.fx)); zoomBox.setAttribute("height", Math.abs(y - drag.fy));
    zoomBox.setAttribute("visibility", "visible");
    drag.x = x; drag.y = y;
  }
  if (inBox(fx, fy)) follow(fx);
});
stage.addEventListener("pointerup", (e) => {
  if (!drag) return;
  const d = drag, [, , scale] = figure(e);
  drag = null;
  zoomBox.setAttribute("visibility", "hidden");
  if (d.x === undefined) return;
  // matplotlib's zoom to rectangle: a direction moved less than 5 pixels keeps its limits.
  const tr = transform(m.box, state.view);
  const wide = Math.abs(d.x - d.fx) * scale >= 5, tall = Math.abs(d.y - d.fy) * scale >= 5;
  if (!wide && !tall) return;
  const view = [state.view[0].slice(), state.view[1].slice()];
  if (wide) view[0] = [tr.dataX(Math.min(d.fx, d.x)), tr.dataX(Math.max(d.fx, d.x))];
  if (tall) view[1] = [tr.dataY(Math.max(d.fy, d.y)), tr.dataY(Math.min(d.fy, d.y))];
  setView(view);
});
stage.addEventListener("pointercancel", () => { drag = null; zoomBox.setAttribute("visibility", "hidden"); });
stage.addEventListener("pointerleave", (e) => {
  if (drag || e.pointerType === "touch") return;
  if (document.activeElement !== stage) { state.cursor = -1; drawCrosshair(cross, readout, m, m.x, -1, [], null); }
});
stage.addEventListener("dblclick", () => setView(base));
stage.addEventListener("wheel", (e) => {
  const [fx, fy] = figure(e);
  if (document.activeElement !== stage || !inBox(fx, fy)) return;
  e.preventDefault();
  zoomX(transform(m.box, state.view).dataX(fx), Math.pow(1.0015, e.deltaY));
}, { passive: false });
function zoomX(center, factor) {
  const [x0, x1] = state.view[0];
  const view = [[center - (center - x0) * factor, center + (x1 - center) * factor], state.view[1].slice()];
  if (view[0][1] - view[0][0] >= base[0][1] - base[0][0]) view[0] = base[0].slice();
  setView(view);
}
function setView(view) {
  const [a, b] = view[0], [c, d] = view[1];
  if (!(b > a) || !(d > c) || !Number.isFinite(b - a) || !Number.isFinite(d - c)) return;
  state.view = [[a, b], [c, d]];
  render();
}
stage.addEventListener("keydown", (e) => {
  const n = m.x.length;
  let i = state.cursor < 0 ? nearest(m.x, (state.view[0][0] + state.view[0][1]) / 2) : state.cursor;
  const step = e.shiftKey ? 10 : 1;
  switch (e.key) {
    case "ArrowLeft": i = Math.max(0, i - step); break;
    case "ArrowRight": i = Math.min(n - 1, i + step); break;
    case "Home": i = nearest(m.x, state.view[0][0]); break;
    case "End": i = nearest(m.x, state.view[0][1]); break;
    case "+": case "=": zoomX(m.x[i], 0.5); break;
    case "-": case "_": zoomX(m.x[i], 2); break;
    case "0": case "Escape": setView(base); break;
    default: return;
  }
  e.preventDefault();
  // Keep the crosshair in view: a zoomed view pans to it.
  const [x0, x1] = state.view[0], x = m.x[i];
  if (zoomed() && (x < x0 || x > x1)) { const w = x1 - x0; setView([[x - w / 2, x + w / 2], state.view[1]]); }
  state.cursor = i;
  drawCrosshair(cross, readout, m, m.x, i, shownSeries(), transform(m.box, state.view));
});
// A view named in the address, `chart.html#x=0.1:0.2` (and `,y=A:B`): a link or an iframe can
// open the chart zoomed.
function fromAddress() {
  const n = "([-+]?[0-9.]+(?:[eE][-+]?[0-9]+)?)";
  const found = new RegExp(`^#x=${n}:${n}(?:,y=${n}:${n})?$`).exec(location.hash);
  if (found) setView([[Number(found[1]), Number(found[2])], found[3] ? [Number(found[3]), Number(found[4])] : base[1].slice()]);
}
window.addEventListener("hashchange", fromAddress);
render();
fromAddress();
root.dataset.ready = "1";
performance.mark(id + "-ready");
"""#
}
