// gdlab explore: SVG charts drawn by the page's own code (no chart library). Every chart is an <svg>
// built with presentation attributes only, so that it exports as it is (SVG) or through a canvas (PNG).
'use strict';
(function () {
  const NS = 'http://www.w3.org/2000/svg';
  const FONT = 'DejaVu Sans, Helvetica, Arial, sans-serif';
  const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2'];

  function el(name, attrs, parent) {
    const e = document.createElementNS(NS, name);
    for (const k in attrs) {
      if (attrs[k] !== undefined && attrs[k] !== null) e.setAttribute(k, attrs[k]);
    }
    if (parent) parent.appendChild(e);
    return e;
  }

  function text(parent, x, y, s, attrs) {
    const t = el('text', Object.assign({ x: x, y: y, 'font-family': FONT, 'font-size': 11, fill: '#333' }, attrs || {}), parent);
    t.textContent = s;
    return t;
  }

  function finite(v) { return typeof v === 'number' && isFinite(v); }

  /** A scale from data to pixels, linear or log10. */
  function scale(lo, hi, p0, p1, log) {
    const f = log ? Math.log10 : (v) => v;
    const a = f(lo), b = f(hi);
    const s = (v) => p0 + (f(v) - a) / (b - a || 1) * (p1 - p0);
    s.invert = (p) => { const u = a + (p - p0) / (p1 - p0) * (b - a); return log ? Math.pow(10, u) : u; };
    s.lo = lo; s.hi = hi; s.log = log;
    return s;
  }

  function niceStep(span, count) {
    const raw = span / Math.max(1, count);
    const mag = Math.pow(10, Math.floor(Math.log10(raw)));
    const n = raw / mag;
    return (n < 1.5 ? 1 : n < 3 ? 2 : n < 7 ? 5 : 10) * mag;
  }

  function ticks(lo, hi, log, count) {
    const out = [];
    if (log) {
      const a = Math.floor(Math.log10(lo)), b = Math.ceil(Math.log10(hi));
      const every = Math.max(1, Math.ceil((b - a) / count));
      for (let e = a; e <= b; e += every) {
        const v = Math.pow(10, e);
        if (v >= lo * 0.999 && v <= hi * 1.001) out.push(v);
      }
      if (out.length < 2) {
        for (let e = a; e <= b; e++) for (const m of [2, 5]) { const v = m * Math.pow(10, e); if (v >= lo && v <= hi) out.push(v); }
        out.sort((x, y) => x - y);
      }
      return out;
    }
    const step = niceStep(hi - lo, count);
    for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Math.abs(v) < step * 1e-9 ? 0 : v);
    return out;
  }

  /** A short label for a number: 4 significant digits, exponent form when very large or small. */
  function fmt(v) {
    if (!finite(v)) return String(v);
    if (v === 0) return '0';
    const a = Math.abs(v);
    if (a >= 1e5 || a < 1e-3) {
      const e = Math.floor(Math.log10(a));
      const m = v / Math.pow(10, e);
      return (Math.abs(m - Math.round(m)) < 1e-9 ? String(Math.round(m)) : m.toPrecision(3).replace(/\.?0+$/, '')) + 'e' + e;
    }
    return String(Number(v.toPrecision(4)));
  }

  function extent(values, log) {
    let lo = Infinity, hi = -Infinity;
    for (const v of values) {
      if (!finite(v) || (log && !(v > 0))) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    if (lo === Infinity) return log ? [1e-3, 1] : [0, 1];
    if (lo === hi) return log ? [lo / 2, hi * 2] : [lo - (Math.abs(lo) || 1) * 0.5, hi + (Math.abs(hi) || 1) * 0.5];
    if (!log) { const pad = (hi - lo) * 0.04; return [lo - pad, hi + pad]; }
    return [lo / 1.15, hi * 1.15];
  }

  function frame(container, width, height, title) {
    container.textContent = '';
    const svg = el('svg', { xmlns: NS, width: width, height: height, viewBox: '0 0 ' + width + ' ' + height, role: 'img' }, container);
    el('rect', { x: 0, y: 0, width: width, height: height, fill: '#ffffff' }, svg);
    if (title) text(svg, 12, 18, title, { 'font-size': 13, 'font-weight': 'bold', fill: '#222' });
    return svg;
  }

  function axes(svg, sx, sy, box, xLabel, yLabel) {
    const g = el('g', {}, svg);
    el('rect', { x: box.l, y: box.t, width: box.r - box.l, height: box.b - box.t, fill: '#fbfbfd', stroke: '#c8c8d0' }, g);
    for (const v of ticks(sx.lo, sx.hi, sx.log, 6)) {
      const x = sx(v);
      el('line', { x1: x, x2: x, y1: box.t, y2: box.b, stroke: '#e6e6ec' }, g);
      text(g, x, box.b + 14, fmt(v), { 'text-anchor': 'middle', 'font-size': 10 });
    }
    for (const v of ticks(sy.lo, sy.hi, sy.log, 5)) {
      const y = sy(v);
      el('line', { x1: box.l, x2: box.r, y1: y, y2: y, stroke: '#e6e6ec' }, g);
      text(g, box.l - 5, y + 3, fmt(v), { 'text-anchor': 'end', 'font-size': 10 });
    }
    if (xLabel) text(g, (box.l + box.r) / 2, box.b + 30, xLabel, { 'text-anchor': 'middle' });
    if (yLabel) text(g, 14, (box.t + box.b) / 2, yLabel, { 'text-anchor': 'middle', transform: 'rotate(-90 14 ' + (box.t + box.b) / 2 + ')' });
  }

  function path(points) {
    let d = '', pen = false;
    for (const p of points) {
      if (p === null) { pen = false; continue; }
      d += (pen ? 'L' : 'M') + p[0].toFixed(1) + ' ' + p[1].toFixed(1);
      pen = true;
    }
    return d;
  }

  /**
   * A line chart. spec: {title, xLabel, yLabel, xLog, yLog, xRange, yRange, series: [{name, x, y, color, dash,
   * width, points}], bands: [{x0, x1, color, label}], fills: [{x, lo, hi, color, name}], vlines: [{x, label, color, dash}],
   * hlines: [{y, label, color, dash}]}. Returns the chart's data for export.
   */
  function lineChart(container, spec) {
    const width = spec.width || 560, height = spec.height || 300;
    const svg = frame(container, width, height, spec.title);
    const box = { l: 62, r: width - 14, t: 46, b: height - 44 };
    const xs = [], ys = [];
    for (const s of spec.series) { xs.push(...s.x); ys.push(...s.y); }
    for (const f of spec.fills || []) { xs.push(...f.x); ys.push(...f.lo, ...f.hi); }
    for (const v of spec.vlines || []) xs.push(v.x);
    for (const h of spec.hlines || []) if (h.inRange !== false) ys.push(h.y);
    const xr = spec.xRange || extent(xs, spec.xLog);
    const yr = spec.yRange || extent(ys, spec.yLog);
    const sx = scale(xr[0], xr[1], box.l, box.r, spec.xLog);
    const sy = scale(yr[0], yr[1], box.b, box.t, spec.yLog);
    axes(svg, sx, sy, box, spec.xLabel, spec.yLabel);
    const clipId = 'clip' + Math.random().toString(36).slice(2);
    const clip = el('clipPath', { id: clipId }, el('defs', {}, svg));
    el('rect', { x: box.l, y: box.t, width: box.r - box.l, height: box.b - box.t }, clip);
    const plot = el('g', { 'clip-path': 'url(#' + clipId + ')' }, svg);
    for (const b of spec.bands || []) {
      const x0 = Math.max(box.l, sx(b.x0)), x1 = Math.min(box.r, sx(b.x1));
      el('rect', { x: x0, y: box.t, width: Math.max(1, x1 - x0), height: box.b - box.t, fill: b.color || '#2ca02c', 'fill-opacity': 0.12 }, plot);
    }
    const ok = (x, y) => finite(x) && finite(y) && (!spec.xLog || x > 0) && (!spec.yLog || y > 0);
    for (const f of spec.fills || []) {
      const up = [], down = [];
      for (let i = 0; i < f.x.length; i++) if (ok(f.x[i], f.hi[i]) && ok(f.x[i], f.lo[i])) { up.push([sx(f.x[i]), sy(f.hi[i])]); down.push([sx(f.x[i]), sy(f.lo[i])]); }
      if (up.length) el('path', { d: path(up.concat(down.reverse())) + 'Z', fill: f.color || '#1f77b4', 'fill-opacity': 0.2, stroke: 'none' }, plot);
    }
    const clampY = (y) => Math.max(box.t - 1e4, Math.min(box.b + 1e4, y));
    spec.series.forEach((s, k) => {
      const color = s.color || PALETTE[k % PALETTE.length];
      if (s.points) {
        for (let i = 0; i < s.x.length; i++) if (ok(s.x[i], s.y[i])) el('circle', { cx: sx(s.x[i]).toFixed(1), cy: sy(s.y[i]).toFixed(1), r: s.radius || 2.5, fill: color, 'fill-opacity': 0.7 }, plot);
        return;
      }
      const pts = [];
      for (let i = 0; i < s.x.length; i++) pts.push(ok(s.x[i], s.y[i]) ? [sx(s.x[i]), clampY(sy(s.y[i]))] : null);
      el('path', { d: path(pts), fill: 'none', stroke: color, 'stroke-width': s.width || 1.6, 'stroke-dasharray': s.dash || null, 'stroke-linejoin': 'round' }, plot);
    });
    for (const h of spec.hlines || []) {
      if (!ok(xr[0], h.y)) continue;
      const y = sy(h.y);
      el('line', { x1: box.l, x2: box.r, y1: y, y2: y, stroke: h.color || '#555', 'stroke-dasharray': h.dash || '4 3', 'stroke-width': 1.2 }, plot);
      if (h.label) text(plot, box.l + 4, y - 4, h.label, { fill: h.color || '#555', 'font-size': 10 });
    }
    (spec.vlines || []).forEach((v, k) => {
      if (!ok(v.x, yr[0])) return;
      const x = sx(v.x);
      el('line', { x1: x, x2: x, y1: box.t, y2: box.b, stroke: v.color || '#000', 'stroke-dasharray': v.dash || null, 'stroke-width': 1.5 }, plot);
      const right = x > box.l + 0.62 * (box.r - box.l);
      if (v.label) text(plot, right ? x - 4 : x + 4, box.b - 8 - 13 * k, v.label, { fill: v.color || '#000', 'font-size': 10, 'text-anchor': right ? 'end' : 'start' });
    });
    legend(svg, spec, box);
    return { svg: svg, sx: sx, sy: sy, box: box };
  }

  function legend(svg, spec, box) {
    const named = spec.series.map((s, k) => ({ name: s.name, color: s.color || PALETTE[k % PALETTE.length], dash: s.dash, points: s.points }))
      .concat((spec.fills || []).map((f) => ({ name: f.name, color: f.color || '#1f77b4', fill: true })))
      .filter((s) => s.name);
    if (!named.length) return;
    const g = el('g', {}, svg);
    let x = box.l, y = 36;
    const rowWidth = box.r - box.l;
    for (const s of named) {
      const w = 26 + s.name.length * 6.2;
      if (x + w > box.l + rowWidth) { x = box.l; y += 13; }
      if (s.fill) el('rect', { x: x, y: y - 6, width: 16, height: 8, fill: s.color, 'fill-opacity': 0.3 }, g);
      else if (s.points) el('circle', { cx: x + 8, cy: y - 2, r: 3, fill: s.color }, g);
      else el('line', { x1: x, x2: x + 16, y1: y - 2, y2: y - 2, stroke: s.color, 'stroke-width': 2, 'stroke-dasharray': s.dash || null }, g);
      text(g, x + 20, y + 2, s.name, { 'font-size': 10 });
      x += w;
    }
  }

  /** Viridis-like colours for t in [0, 1]. */
  function ramp(t) {
    const stops = [[68, 1, 84], [59, 82, 139], [33, 145, 140], [94, 201, 98], [253, 231, 37]];
    t = Math.max(0, Math.min(1, t)) * (stops.length - 1);
    const i = Math.min(stops.length - 2, Math.floor(t)), f = t - i;
    const c = stops[i].map((v, k) => Math.round(v + f * (stops[i + 1][k] - v)));
    return 'rgb(' + c.join(',') + ')';
  }

  /**
   * A heat map over a grid: spec {title, xLabel, yLabel, x (log-spaced centres), y (linear centres), z [y][x],
   * zRange, zLabel, over: colour where z >= zRange[1] or NaN, marker {x, y}, xLog}. Returns {svg, cellAt(px, py), moveMarker(x, y)}.
   */
  function heatMap(container, spec) {
    const width = spec.width || 560, height = spec.height || 320;
    const svg = frame(container, width, height, spec.title);
    const box = { l: 62, r: width - 80, t: 30, b: height - 44 };
    const nx = spec.x.length, ny = spec.y.length;
    const edges = (c, log) => {
      const f = log ? Math.log10 : (v) => v, g = log ? (v) => Math.pow(10, v) : (v) => v;
      const e = [];
      for (let i = 0; i <= c.length; i++) {
        const a = i === 0 ? f(c[0]) - (f(c[1]) - f(c[0])) / 2 : i === c.length ? f(c[c.length - 1]) + (f(c[c.length - 1]) - f(c[c.length - 2])) / 2 : (f(c[i - 1]) + f(c[i])) / 2;
        e.push(g(a));
      }
      return e;
    };
    const ex = edges(spec.x, spec.xLog !== false), ey = edges(spec.y, false);
    const sx = scale(ex[0], ex[nx], box.l, box.r, spec.xLog !== false);
    const sy = scale(ey[0], ey[ny], box.b, box.t, false);
    axes(svg, sx, sy, box, spec.xLabel, spec.yLabel);
    const [z0, z1] = spec.zRange;
    const g = el('g', {}, svg);
    for (let j = 0; j < ny; j++) {
      for (let i = 0; i < nx; i++) {
        const v = spec.z[j][i];
        const color = finite(v) && v < z1 ? ramp((v - z0) / (z1 - z0)) : (spec.over || '#f2d7d5');
        const x0 = sx(ex[i]), x1 = sx(ex[i + 1]), y0 = sy(ey[j + 1]), y1 = sy(ey[j]);
        el('rect', { x: x0.toFixed(1), y: y0.toFixed(1), width: (x1 - x0 + 0.6).toFixed(1), height: (y1 - y0 + 0.6).toFixed(1), fill: color }, g);
      }
    }
    const markers = [el('circle', { r: 6, fill: 'none', stroke: '#ffffff', 'stroke-width': 3 }, svg),
      el('circle', { r: 6, fill: 'none', stroke: '#d62728', 'stroke-width': 2 }, svg)];
    // moves the marker without drawing the map again (hidden where x or y is not a number)
    const moveMarker = (x, y) => {
      const shown = finite(x) && finite(y);
      for (const m of markers) {
        m.setAttribute('visibility', shown ? 'visible' : 'hidden');
        if (shown) { m.setAttribute('cx', sx(x)); m.setAttribute('cy', sy(y)); }
      }
    };
    moveMarker(spec.marker ? spec.marker.x : NaN, spec.marker ? spec.marker.y : NaN);
    for (const p of spec.points || []) {
      if (!finite(p.x) || !finite(p.y)) continue;
      const px = sx(p.x), py = sy(p.y);
      el('path', { d: 'M' + (px - 5) + ' ' + py + 'L' + (px + 5) + ' ' + py + 'M' + px + ' ' + (py - 5) + 'L' + px + ' ' + (py + 5), stroke: p.color || '#fff', 'stroke-width': 2 }, svg);
      if (p.label) text(svg, px + 6, py - 6, p.label, { fill: p.color || '#fff', 'font-size': 10, 'font-weight': 'bold' });
    }
    // colour bar
    const cb = { l: box.r + 14, r: box.r + 28 };
    for (let k = 0; k < 40; k++) {
      const y0 = box.b - (box.b - box.t) * (k + 1) / 40;
      el('rect', { x: cb.l, y: y0, width: cb.r - cb.l, height: (box.b - box.t) / 40 + 0.5, fill: ramp(k / 39) }, svg);
    }
    text(svg, cb.r + 4, box.b, fmt(z0), { 'font-size': 10 });
    text(svg, cb.r + 4, box.t + 8, fmt(z1), { 'font-size': 10 });
    if (spec.zLabel) text(svg, cb.l - 2, box.t - 6, spec.zLabel, { 'font-size': 10 });
    el('rect', { x: cb.l, y: box.b + 8, width: cb.r - cb.l, height: 10, fill: spec.over || '#f2d7d5' }, svg);
    text(svg, cb.r + 4, box.b + 17, spec.overLabel || 'over', { 'font-size': 10 });
    const cellAt = (px, py) => {
      if (px < box.l || px > box.r || py < box.t || py > box.b) return null;
      const xv = sx.invert(px), yv = sy.invert(py);
      let i = 0, j = 0;
      while (i < nx - 1 && ex[i + 1] < xv) i++;
      while (j < ny - 1 && ey[j + 1] < yv) j++;
      return { i: i, j: j, x: xv, y: yv };
    };
    return { svg: svg, cellAt: cellAt, moveMarker: moveMarker };
  }

  window.GdlabCharts = { lineChart: lineChart, heatMap: heatMap, fmt: fmt, palette: PALETTE };
})();
