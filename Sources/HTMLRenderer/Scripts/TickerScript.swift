/// The page's port of matplotlib's ticker: the JavaScript twin of `Sources/Chart/Ticker`,
/// function for function (`PythonFloat`, `MaxNLocator`, `scaleRange`, `EdgeInteger`,
/// `ScalarFormatter`, `nonsingular`, `viewLimits`, `tickSpace`, `decideAxis`), so that a zoomed
/// view re-ticks exactly as matplotlib's `set_xlim` would. `TickerScriptTests` runs it with node
/// against the same recorded matplotlib decisions as the Swift ticker.
///
/// JavaScript's own number formatting rounds ties away from zero and its `Math.pow` is not the C
/// library's, so `%f`, `%g` and powers of ten are rebuilt here from the exact binary value of
/// each double (BigInt), as C's `printf` and `strtod` compute them.
enum TickerScript {
    static let source = #"""
const Ticker = (() => {
  "use strict";
  // The exact value of a finite double x ≥ 0 as [m, s]: x = m / 10^s with m a BigInt.
  const view = new DataView(new ArrayBuffer(8));
  function exactDecimal(x) {
    view.setFloat64(0, x);
    const hi = view.getUint32(0), lo = view.getUint32(4);
    const exponent = (hi >>> 20) & 0x7ff;
    let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
    let e;
    if (exponent === 0) { e = -1074; } else { m |= 1n << 52n; e = exponent - 1075; }
    if (e >= 0) return [m << BigInt(e), 0];
    return [m * 5n ** BigInt(-e), -e];
  }
  function isNegative(x) { return x < 0 || Object.is(x, -0); }
  // m / 10^s rounded to an integer, ties to even (C's printf on the exact value).
  function roundScaled(m, shift) {
    if (shift <= 0) return m * 10n ** BigInt(-shift);
    const d = 10n ** BigInt(shift);
    let q = m / d;
    const twice = 2n * (m % d);
    if (twice > d || (twice === d && (q & 1n) === 1n)) q += 1n;
    return q;
  }
  // C's printf("%.*f", n, x).
  function fixed(x, n) {
    if (!Number.isFinite(x)) return Number.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf";
    const [m, s] = exactDecimal(Math.abs(x));
    let digits = roundScaled(m, s - n).toString();
    if (n > 0) {
      digits = digits.padStart(n + 1, "0");
      digits = digits.slice(0, -n) + "." + digits.slice(-n);
    }
    return (isNegative(x) ? "-" : "") + digits;
  }
  // C's printf("%.*g", p, x), without the # flag: trailing zeros go.
  function general(x, p) {
    if (!Number.isFinite(x)) return fixed(x, 0);
    if (p === 0) p = 1;
    const sign = isNegative(x) ? "-" : "";
    if (x === 0) return sign + "0";
    const [m, s] = exactDecimal(Math.abs(x));
    const length = m.toString().length;
    let rounded = roundScaled(m, length - p);
    let exponent = length - 1 - s;
    if (rounded.toString().length > p) { exponent += 1; rounded /= 10n; }
    const strip = (t) => t.includes(".") ? t.replace(/0+$/, "").replace(/\.$/, "") : t;
    if (exponent < -4 || exponent >= p) {
      const digits = rounded.toString();
      const mantissa = strip(digits[0] + "." + digits.slice(1));
      const e = Math.abs(exponent).toString().padStart(2, "0");
      return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + e;
    }
    return strip(fixed(x, p - 1 - exponent));
  }
  // A correctly rounded power of ten for an integer exponent (C's pow and Python's 10 ** n
  // are); the C library's pow for any other exponent.
  function pow10(x) {
    if (Number.isInteger(x) && Math.abs(x) < 400) return Number("1e" + x);
    return Math.pow(10, x);
  }

  // PythonFloat.divmod: CPython's float_divmod.
  function divmod(a, b) {
    let mod = a % b;
    let div = (a - mod) / b;
    if (mod !== 0) {
      if ((b < 0) !== (mod < 0)) { mod += b; div -= 1; }
    } else {
      mod = isNegative(b) ? -0 : 0;
    }
    let floordiv;
    if (div !== 0) {
      floordiv = Math.floor(div);
      if (div - floordiv > 0.5) floordiv += 1;
    } else {
      floordiv = isNegative(a / b) ? -0 : 0;
    }
    return [floordiv, mod];
  }
  const floorDiv = (a, b) => divmod(a, b)[0];
  function floorLog10(x) {
    const l = Math.floor(Math.log10(x));
    return Number.isFinite(l) ? l : 0;
  }
  // PythonFloat.numpyRound: rint(x * 10^d) / 10^d with NumPy's power of ten.
  function numpyRound(x, decimals) {
    let f;
    if (decimals < 9) f = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8][decimals];
    else { f = 1e9; for (let k = decimals; k > 9; k--) f *= 10; }
    const v = x * f;
    let r = Math.round(v);
    if (r - v === 0.5 && r % 2 !== 0) r -= 1;
    return r / f;
  }
  // PythonFloat.round: Python's round(x, n), correctly rounded.
  function pyRound(x, digits) {
    if (!Number.isFinite(x) || x === 0) return x;
    const y = Number(fixed(x, digits));
    return y === 0 ? (isNegative(x) ? -0 : 0) : y;
  }
  const fixMinus = (s) => s.replace(/-/g, "\u2212");

  // transforms._nonsingular
  const leastNormal = 2.2250738585072014e-308;
  function nonsingular(vmin, vmax, expander = 0.001, tiny = 1e-15) {
    if (!Number.isFinite(vmin) || !Number.isFinite(vmax)) return [-expander, expander];
    if (vmax < vmin) [vmin, vmax] = [vmax, vmin];
    const maxAbs = Math.max(Math.abs(vmin), Math.abs(vmax));
    if (maxAbs < (1e6 / tiny) * leastNormal) {
      vmin = -expander; vmax = expander;
    } else if (vmax - vmin <= maxAbs * tiny) {
      if (vmax === 0 && vmin === 0) { vmin = -expander; vmax = expander; }
      else { vmin -= expander * Math.abs(vmin); vmax += expander * Math.abs(vmax); }
    }
    return [vmin, vmax];
  }
  // Axes.autoscale_view for a linear axis (viewLimits in ViewLimits.swift).
  function viewLimits(dataMin, dataMax, margin = 0.05) {
    const finite = [dataMin, dataMax].filter(Number.isFinite);
    let x0 = finite.length ? Math.min(...finite) : -Infinity;
    let x1 = finite.length ? Math.max(...finite) : Infinity;
    [x0, x1] = nonsingular(x0, x1, 0.05);
    let delta = (x1 - x0) * margin;
    if (!Number.isFinite(delta)) delta = 0;
    [x0, x1] = [x0 - delta, x1 + delta];
    [x0, x1] = nonsingular(x0, x1, 1e-12, 1e-13);
    return nonsingular(x0, x1, 0.05);
  }
  // XAxis.get_tick_space / YAxis.get_tick_space
  function tickSpace(length, labelSize, kind) {
    const size = labelSize * (kind === "x" ? 3 : 2);
    if (!(size > 0)) return 2147483647;
    const space = Math.floor(length / size);
    if (!Number.isFinite(space)) return 2147483647;
    return Math.max(Math.min(space, 2147483647), -2147483648);
  }
  // ticker.scale_range
  function scaleRange(vmin, vmax, n = 1, threshold = 100) {
    const dv = Math.abs(vmax - vmin);
    const meanv = (vmax + vmin) / 2;
    let offset = 0;
    if (!(Math.abs(meanv) / dv < threshold)) {
      offset = Math.abs(pow10(floorDiv(Math.log10(Math.abs(meanv)), 1)));
      if (isNegative(meanv)) offset = -offset;
    }
    return [pow10(floorDiv(Math.log10(dv / n), 1)), offset];
  }
  // ticker._Edge_integer
  function edgeInteger(step, offset) {
    offset = Math.abs(offset);
    function closeTo(ms, edge) {
      let tol;
      if (offset > 0) {
        const digits = Math.log10(offset / step);
        tol = Math.min(0.4999, Math.max(1e-10, pow10(digits - 12)));
      } else {
        tol = 1e-10;
      }
      return Math.abs(ms - edge) < tol;
    }
    return {
      le(x) { const [d, m] = divmod(x, step); return closeTo(m / step, 1) ? d + 1 : d; },
      ge(x) { const [d, m] = divmod(x, step); return closeTo(m / step, 0) ? d : d + 1; },
    };
  }
  // ticker.MaxNLocator: steps between 1 and 10 (1 and 10 added when missing).
  function maxNLocator(nbins, steps, minNTicks = 2) {
    nbins = Math.max(1, nbins);
    steps = steps.slice();
    if (steps[0] !== 1) steps.unshift(1);
    if (steps[steps.length - 1] !== 10) steps.push(10);
    const extended = steps.slice(0, -1).map((s) => 0.1 * s).concat(steps, [10 * steps[1]]);
    function rawTicks(vmin, vmax) {
      const [scale, offset] = scaleRange(vmin, vmax, nbins);
      if (!Number.isFinite(vmin) || !Number.isFinite(vmax) || !Number.isFinite(scale) || !(scale > 0)
          || !Number.isFinite(offset)) return [];
      const shiftedMin = vmin - offset, shiftedMax = vmax - offset;
      const candidates = extended.map((s) => s * scale);
      const rawStep = (shiftedMax - shiftedMin) / nbins;
      let istep = candidates.findIndex((c) => c >= rawStep);
      if (istep < 0) istep = candidates.length - 1;
      let ticks = [];
      for (let i = istep; i >= 0; i--) {
        const step = candidates[i];
        if (!Number.isFinite(step) || !(step > 0)) return [];
        const bestMin = floorDiv(shiftedMin, step) * step;
        const edge = edgeInteger(step, offset);
        const low = edge.le(shiftedMin - bestMin);
        const high = edge.ge(shiftedMax - bestMin);
        if (!Number.isFinite(low) || !Number.isFinite(high) || !Number.isFinite(bestMin) || high - low > 1000) return [];
        const count = Math.max(0, Math.ceil((high + 1) - low));
        ticks = [];
        for (let k = 0; k < count; k++) ticks.push((low + k) * step + bestMin);
        const inView = ticks.filter((t) => t <= shiftedMax && t >= shiftedMin).length;
        if (inView >= minNTicks) break;
      }
      const result = ticks.map((t) => t + offset);
      return result.every(Number.isFinite) ? result : [];
    }
    return {
      nbins,
      tickValues(vmin, vmax) {
        const [lo, hi] = nonsingular(vmin, vmax, 1e-13, 1e-14);
        return rawTicks(lo, hi);
      },
    };
  }
  // The AutoLocator: nbins='auto' from the tick space over [1, 2, 2.5, 5, 10]; in matplotlib's
  // classic mode, nbins=9 over [1, 2, 5, 10].
  function autoLocator(length, labelSize, kind, ticking) {
    if (ticking.classic) return maxNLocator(9, [1, 2, 5, 10]);
    return maxNLocator(Math.min(Math.max(tickSpace(length, labelSize, kind), 1), 9), [1, 2, 2.5, 5, 10]);
  }

  // ticker.ScalarFormatter, with axes.formatter.useoffset, .offset_threshold, .limits and
  // axes.unicode_minus from the style.
  function scalarFormatter(locs, viewInterval, ticking) {
    const { offsetThreshold, powerLimits, useOffset, unicodeMinus } = ticking;
    const minus = (t) => unicodeMinus ? fixMinus(t) : t;
    let offset = 0, orderOfMagnitude = 0, decimals = 0;
    if (locs.length === 0) return { format: () => "", offsetText: "" };
    const vmin = Math.min(viewInterval[0], viewInterval[1]);
    const vmax = Math.max(viewInterval[0], viewInterval[1]);
    const visible = locs.filter((l) => vmin <= l && l <= vmax);
    // _compute_offset
    if (visible.length && useOffset) {
      const lmin = Math.min(...visible), lmax = Math.max(...visible);
      if (!(lmin === lmax || (lmin <= 0 && 0 <= lmax))) {
        const absMin = Math.min(Math.abs(lmin), Math.abs(lmax));
        const absMax = Math.max(Math.abs(lmin), Math.abs(lmax));
        const sign = isNegative(lmin) ? -1 : 1;
        const oomMax = Math.ceil(Math.log10(absMax));
        const fd = (a, oom) => floorDiv(a, pow10(oom));
        let oom = oomMax, guard = 0;
        while (fd(absMin, oom) === fd(absMax, oom) && guard < 2000) { oom -= 1; guard += 1; }
        oom += 1;
        if ((absMax - absMin) / pow10(oom) <= 1e-2) {
          oom = oomMax; guard = 0;
          while (!(fd(absMax, oom) - fd(absMin, oom) > 1) && guard < 2000) { oom -= 1; guard += 1; }
          oom += 1;
        }
        const leading = fd(absMax, oom);
        offset = leading >= pow10(offsetThreshold - 1) ? sign * leading * pow10(oom) : 0;
      }
    }
    // _set_order_of_magnitude
    if (powerLimits[0] === powerLimits[1] && powerLimits[0] !== 0) {
      orderOfMagnitude = powerLimits[0];
    } else if (visible.length) {
      let oom;
      if (offset !== 0) oom = floorLog10(vmax - vmin);
      else {
        const val = Math.max(...visible.map(Math.abs));
        oom = val === 0 ? 0 : floorLog10(val);
      }
      orderOfMagnitude = (oom <= powerLimits[0] || oom >= powerLimits[1]) ? oom : 0;
    }
    // _set_format
    {
      const padded = locs.length < 2 ? locs.concat([viewInterval[0], viewInterval[1]]) : locs;
      const divisor = pow10(orderOfMagnitude);
      let scaled = padded.map((l) => (l - offset) / divisor);
      let locRange = Math.max(...scaled) - Math.min(...scaled);
      if (locRange === 0) locRange = Math.max(...scaled.map(Math.abs));
      if (locRange === 0) locRange = 1;
      if (locs.length < 2) scaled = scaled.slice(0, -2);
      const locRangeOOM = floorLog10(locRange);
      let sigfigs = Math.max(0, 3 - locRangeOOM);
      const thresh = 1e-3 * pow10(locRangeOOM);
      while (sigfigs >= 0) {
        const worst = scaled.length ? Math.max(...scaled.map((v) => Math.abs(v - numpyRound(v, sigfigs)))) : 0;
        if (worst < thresh) sigfigs -= 1; else break;
      }
      decimals = sigfigs + 1;
    }
    function format(x) {
      let xp = (x - offset) / pow10(orderOfMagnitude);
      if (Math.abs(xp) < 1e-8) xp = 0;
      return minus(fixed(xp, decimals));
    }
    function formatData(value) {
      const e = floorLog10(Math.abs(value));
      const s = pyRound(value / pow10(e), 10);
      let significand;
      if (Number.isFinite(s) && s === Math.trunc(s)) {
        significand = Math.abs(s) < 1e18 ? String(Math.trunc(s)) : fixed(s, 0);
      } else {
        significand = general(s, 10);
      }
      return minus(e === 0 ? significand : significand + "e" + e);
    }
    let offsetText = "";
    if (orderOfMagnitude !== 0 || offset !== 0) {
      let offsetString = "";
      if (offset !== 0) {
        offsetString = formatData(offset);
        if (offset > 0) offsetString = "+" + offsetString;
      }
      offsetText = minus((orderOfMagnitude !== 0 ? "1e" + orderOfMagnitude : "") + offsetString);
    }
    return { format, offsetText };
  }

  // transforms._interval_contains_close
  function containsClose(a, b, value, rtol = 1e-10) {
    const lo = Math.min(a, b), hi = Math.max(a, b), tol = (hi - lo) * rtol;
    return lo - tol <= value && value <= hi + tol;
  }
  const defaults = { classic: false, powerLimits: [-5, 6], offsetThreshold: 4, useOffset: true, unicodeMinus: true };
  // decideAxis(viewMin:viewMax:…): the ticks drawn, their labels and the offset text.
  function decide(viewMin, viewMax, length, labelSize, kind, ticking = defaults) {
    const locs = autoLocator(length, labelSize, kind, ticking).tickValues(viewMin, viewMax);
    const formatter = scalarFormatter(locs, [viewMin, viewMax], ticking);
    const ticks = [], labels = [];
    for (const loc of locs) {
      if (containsClose(viewMin, viewMax, loc)) { ticks.push(loc); labels.push(formatter.format(loc)); }
    }
    return { viewMin, viewMax, ticks, labels, offsetText: formatter.offsetText };
  }
  // decideAxis(dataMin:dataMax:…): autoscaled with margins first, then with
  // axes.autolimit_mode round_numbers widened to the outermost ticks.
  function decideData(dataMin, dataMax, length, labelSize, margin, kind, ticking = defaults, roundNumbers = false) {
    let [lo, hi] = viewLimits(dataMin, dataMax, margin);
    if (roundNumbers) {
      const [a, b] = nonsingular(lo, hi, 1e-12, 1e-13);
      const ticks = autoLocator(length, labelSize, kind, ticking).tickValues(a, b);
      if (ticks.length) [lo, hi] = nonsingular(ticks[0], ticks[ticks.length - 1], 0.05);
    }
    return decide(lo, hi, length, labelSize, kind, ticking);
  }
  return { decide, decideData, viewLimits, tickSpace, fixed, general };
})();
"""#
}
