// gdlab explore: reads the controls, asks the server (gdlab's Java analyses) and draws the answers.
// The page computes nothing of the math; it formats, scales to pixels and exports.
'use strict';
(function () {
  const C = window.GdlabCharts;
  const TOKEN = document.querySelector('meta[name="gdlab-token"]').content;
  const PAGE_ID = 'p' + Math.random().toString(36).slice(2, 12);
  const $ = (id) => document.getElementById(id);
  const figures = {};
  window.__gdlab = { timings: [], uploads: [], controls: [], answers: {}, figures: figures, pageId: PAGE_ID };

  // ---------- numbers ----------
  // 4 significant digits; exponent form from 1e6 (and, as JavaScript writes numbers, below 1e-6)
  const f4 = (v) => {
    if (typeof v !== 'number' || !isFinite(v)) return String(v);
    const r = Number(v.toPrecision(4));
    return Math.abs(r) >= 1e6 ? r.toExponential() : String(r);
  };
  function describe(c) {
    if (!c) return '—';
    switch (c.outcome) {
      case 'REACHED': return String(c.iterations);
      case 'NOT_REACHED': return 'not within ' + c.iterations;
      case 'NEVER': return 'never';
      default: return 'diverges (t=' + c.iterations + ')';
    }
  }
  const regimeName = (r) => String(r).toLowerCase().replace('_', ' ');
  // the server writes NaN and the infinities as strings; they become numbers again in one walk
  // over the parsed answer (a JSON.parse reviver, a call per value, is four times slower)
  const SPECIAL = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity };
  function revive(v) {
    const keys = Array.isArray(v) ? null : Object.keys(v);
    const n = keys ? keys.length : v.length;
    for (let i = 0; i < n; i++) {
      const k = keys ? keys[i] : i, e = v[k];
      if (typeof e === 'string') { if (Object.prototype.hasOwnProperty.call(SPECIAL, e)) v[k] = SPECIAL[e]; }
      else if (e !== null && typeof e === 'object') revive(e);
    }
    return v;
  }
  function parse(text) {
    const v = JSON.parse(text);
    const special = text.includes('"NaN"') || text.includes('Infinity"');
    return special && v !== null && typeof v === 'object' ? revive(v) : v;
  }
  const range = (n) => Array.from({ length: n }, (_, i) => i);

  // ---------- the server ----------
  async function api(path, body, raw) {
    const response = await fetch(path, {
      method: 'POST',
      headers: Object.assign({ 'X-Gdlab-Token': TOKEN }, raw ? {} : { 'Content-Type': 'application/json' }),
      body: raw ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let value;
    try { value = parse(text); } catch (e) { value = { error: text }; }
    if (!response.ok) throw { status: response.status, message: value.error || ('HTTP ' + response.status) };
    return value;
  }

  // ---------- URL state ----------
  const state = new URLSearchParams(location.hash.slice(1));
  function saveState(values) {
    for (const k in values) {
      if (values[k] === null || values[k] === undefined || values[k] === '') state.delete(k); else state.set(k, values[k]);
    }
    history.replaceState(null, '', location.pathname + location.search + '#' + state.toString());
  }
  function restore(id, key) {
    if (state.has(key)) $(id).value = state.get(key);
  }

  // ---------- controls ----------
  function logSlider(sliderId, numberId, lo, hi) {
    const s = $(sliderId), n = $(numberId);
    const a = Math.log10(lo), b = Math.log10(hi);
    const toSlider = () => { const v = Number(n.value); if (v > 0) s.value = Math.round((Math.log10(v) - a) / (b - a) * 1000); };
    s.addEventListener('input', () => { n.value = Number(Math.pow(10, a + (b - a) * s.value / 1000).toPrecision(4)); });
    n.addEventListener('input', toSlider);
    return toSlider;
  }
  function linearSlider(sliderId, numberId, lo, hi) {
    const s = $(sliderId), n = $(numberId);
    const toSlider = () => { const v = Number(n.value); if (isFinite(v)) s.value = Math.round((v - lo) / (hi - lo) * 1000); };
    s.addEventListener('input', () => { n.value = Number((lo + (hi - lo) * s.value / 1000).toPrecision(4)); });
    n.addEventListener('input', toSlider);
    return toSlider;
  }
  const num = (id) => { const v = $(id).value.trim(); return v === '' ? null : Number(v); };

  function clearErrors(form) {
    form.querySelectorAll('.err').forEach((e) => { e.textContent = ''; });
    form.querySelectorAll('.bad').forEach((e) => e.classList.remove('bad'));
  }
  /** Shows the server's one line beside the control it names (or at the foot of the panel's controls). */
  function showError(form, panelError, message) {
    const m = /^(?:upload )?(?:--)?([A-Za-z][A-Za-z ]*?)(?:\[\d+\])?(?: \(count\))? = /.exec(message);
    const name = m ? m[1] : (/^spectrum:/.test(message) ? 'sigma2' : null);
    const slot = name ? form.querySelector('.err[data-for="' + name + '"]') : null;
    (slot || $(panelError)).textContent = message;
    if (slot && slot.previousElementSibling) slot.previousElementSibling.querySelectorAll('input').forEach((i) => i.classList.add('bad'));
  }

  /**
   * One request at a time per panel: inputs arriving while a request is out are folded into the next
   * one. Each answer is timed from the first input event it answers to the end of its redraw.
   */
  function panel(name, form, panelError, timing, build, draw) {
    let busy = false, again = false, since = null;
    async function run(start) {
      if (since === null) since = start;
      if (busy) { again = true; return; }
      busy = true;
      const t0 = since;
      since = null;
      let request;
      try {
        request = build();
        const asked = performance.now();
        const answer = await api('/api/' + name, request);
        const answered = performance.now();
        window.__gdlab.answers[name] = answer;
        clearErrors(form);
        $(panelError).textContent = '';
        draw(answer, request);
        const ms = performance.now() - t0;
        window.__gdlab.timings.push({ panel: name, ms: ms, server: answer.seconds * 1000, request: answered - asked,
          draw: performance.now() - answered });
        $(timing).textContent = 'answer and redraw ' + ms.toFixed(0) + ' ms (server ' + (answer.seconds * 1000).toFixed(0) + ' ms)';
      } catch (e) {
        clearErrors(form);
        showError(form, panelError, e.message || String(e));
        window.__gdlab.timings.push({ panel: name, error: e.message || String(e) });
      } finally {
        busy = false;
        if (again) { again = false; run(performance.now()); }
      }
    }
    form.addEventListener('input', (e) => { if (e.target.type !== 'file') run(performance.now()); });
    form.addEventListener('change', (e) => { if (e.target.type === 'radio' || e.target.tagName === 'SELECT') run(performance.now()); });
    form.addEventListener('submit', (e) => e.preventDefault());
    return run;
  }

  // ---------- export ----------
  function download(name, blob) {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }
  function csvOf(data) {
    if (data.grid) {
      const lines = [data.grid.columns.join(',')];
      for (const row of data.grid.rows) lines.push(row.join(','));
      return lines.join('\n') + '\n';
    }
    const lines = ['series,' + (data.xName || 'x') + ',' + (data.yName || 'y')];
    for (const s of data.series) for (let i = 0; i < s.x.length; i++) lines.push('"' + s.name + '",' + s.x[i] + ',' + s.y[i]);
    return lines.join('\n') + '\n';
  }
  function exportText(id, kind) {
    const f = figures[id];
    if (!f) return null;
    if (kind === 'csv') return csvOf(f.data);
    if (kind === 'json') return JSON.stringify(f.data, (k, v) => (typeof v === 'number' && !isFinite(v)) ? String(v) : v);
    return new XMLSerializer().serializeToString(f.svg());
  }
  window.__gdlab.exportText = exportText;
  function exportFigure(id, kind) {
    const text = exportText(id, kind);
    if (kind === 'csv') return download('gdlab-' + id + '.csv', new Blob([text], { type: 'text/csv' }));
    if (kind === 'json') return download('gdlab-' + id + '.json', new Blob([text], { type: 'application/json' }));
    if (kind === 'svg') return download('gdlab-' + id + '.svg', new Blob([text], { type: 'image/svg+xml' }));
    const svg = figures[id].svg();
    const img = new Image();
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = svg.width.baseVal.value * 2;
      canvas.height = svg.height.baseVal.value * 2;
      const g = canvas.getContext('2d');
      g.scale(2, 2);
      g.drawImage(img, 0, 0);
      canvas.toBlob((b) => download('gdlab-' + id + '.png', b), 'image/png');
    };
    img.src = 'data:image/svg+xml;base64,' + btoa(unescape(encodeURIComponent(text)));
  }
  document.querySelectorAll('figure[data-figure]').forEach((fig) => {
    const id = fig.dataset.figure;
    const bar = document.createElement('div');
    bar.className = 'export';
    for (const kind of ['png', 'svg', 'csv', 'json']) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = kind.toUpperCase();
      b.title = 'Export this figure as ' + kind.toUpperCase();
      b.addEventListener('click', () => exportFigure(id, kind));
      bar.appendChild(b);
    }
    fig.appendChild(bar);
  });
  function register(id, containerId, data) {
    figures[id] = { data: data, svg: () => $(containerId).querySelector('svg') };
  }
  function line(id, containerId, spec) {
    const out = C.lineChart($(containerId), spec);
    register(id, containerId, { title: spec.title, xName: spec.xLabel, yName: spec.yLabel,
      series: spec.series.map((s) => ({ name: s.name || '', x: s.x, y: s.y })) });
    return out;
  }

  // ================= panel 1: GD and momentum =================
  const mForm = $('m-controls');
  const etaToSlider = logSlider('m-eta-slider', 'm-eta', 1e-5, 1e3);
  const betaToSlider = logSlider('m-beta-slider', 'm-beta', 1e-3, 1);
  const lrToSlider = logSlider('m-lr-slider', 'm-lr', 1e-5, 1e3);
  const mToSlider = linearSlider('m-m-slider', 'm-m', 0, 0.999);
  const radio = (name) => mForm.querySelector('input[name="' + name + '"]:checked').value;
  const setRadio = (name, value) => { const r = mForm.querySelector('input[name="' + name + '"][value="' + value + '"]'); if (r) r.checked = true; };
  let uploadId = state.get('up');
  let lastMomentum = null;

  function showSource() {
    const s = radio('m-source');
    mForm.querySelectorAll('[data-source]').forEach((d) => { d.hidden = d.dataset.source !== s; });
    const f = radio('m-form');
    mForm.querySelectorAll('[data-form]').forEach((d) => { d.hidden = d.dataset.form !== f; });
  }

  function spectrumRequest() {
    const s = radio('m-source');
    if (s === 'generated') return { condition: num('m-condition'), size: num('m-size') };
    if (s === 'upload') {
      if (!uploadId) throw { message: 'upload = null is not allowed: choose a .npy or .csv file of X first' };
      return { upload: uploadId };
    }
    const text = $('m-sigma2').value;
    const parts = text.split(',').map((t) => t.trim()).filter((t) => t !== '');
    const values = parts.map(Number);
    const bad = values.findIndex((v) => !isFinite(v));
    if (bad >= 0) throw { message: 'sigma2 = \'' + text + '\' is not allowed: a comma-separated list of numbers (e.g. 5, 0.05)' };
    return { sigma2: values };
  }

  function momentumRequest() {
    const form = radio('m-form');
    const body = { spectrum: spectrumRequest(), form: form, eps: num('m-eps'), optimizeBeta: true };
    if (form === 'ema') { body.eta = num('m-eta'); body.beta = num('m-beta'); } else { body.m = num('m-m'); body.lr = num('m-lr'); }
    saveState({ src: radio('m-source'), s2: $('m-sigma2').value, k: $('m-condition').value, n: $('m-size').value, up: uploadId,
      form: form, eta: body.eta, beta: body.beta, m: body.m, lr: body.lr, eps: body.eps });
    return body;
  }

  function drawMomentum(answer) {
    const r = answer.momentum, g = answer.gd;
    lastMomentum = answer;
    const p = r.config.parameters;
    // the fields show the parameters the server analysed (the defaults filled in)
    if (document.activeElement !== $('m-eta') && r.config.form === 'EMA') { $('m-eta').value = Number(p.eta.toPrecision(6)); etaToSlider(); }
    if (r.config.form === 'EMA') { $('m-m').value = Number(r.heavyBallMomentum.toPrecision(6)); $('m-lr').value = Number(r.heavyBallLearningRate.toPrecision(6)); mToSlider(); lrToSlider(); }
    else { $('m-eta').value = Number(p.eta.toPrecision(6)); $('m-beta').value = Number(p.beta.toPrecision(6)); etaToSlider(); betaToSlider(); }
    $('m-conversion').textContent = 'EMA η = ' + f4(p.eta) + ', β = ' + f4(p.beta) + '  ⇔  heavy-ball m = 1 − β = ' + f4(r.heavyBallMomentum)
      + ', lr = ηβ = ' + f4(r.heavyBallLearningRate);
    const o = r.optimal;
    $('m-interval').textContent = o.interval ? '[' + f4(o.etaLow) + ', ' + f4(o.etaHigh) + ']' : f4(o.etaLow) + ' (one point)';
    $('m-rate').textContent = f4(o.rate);
    $('m-best-exact').textContent = describe(o.bestExact);
    $('m-asymptotic').textContent = describe(o.asymptotic);
    $('gd-best').textContent = describe(r.gd.asymptotic) + ' / ' + describe(r.gd.exact);
    $('m-current-rate').textContent = f4(r.rate) + (r.stable ? '' : ' (unstable)');
    $('m-current-iter').textContent = describe(r.asymptotic) + ' / ' + describe(r.exact);
    const s = r.spectrum;
    $('m-summary').textContent = s.source + ': n = ' + s.size + ', σ_max = ' + f4(s.sigmaMax) + ', σ_min = ' + f4(s.sigmaMin)
      + ', k = ' + f4(s.conditionNumber) + (s.zeroDirections ? ', ' + s.zeroDirections + ' zero directions (GD never moves there)' : '')
      + '. Stable for η < (2 − β)/(β σ_max²) = ' + f4(r.largestStableEta) + '. The optimal set ' + (o.interval ? 'puts every R_i in the complex regime, rate √(1 − β)' : 'is the single η* = (2 − β)/(β (σ_max² + σ_min²))')
      + '; fewest exact iterations ' + describe(o.bestExact) + ' at η = ' + f4(o.bestEta) + ' (' + o.scanEta.length + ' η simulated). GD at η = ' + f4(r.gd.eta)
      + ': rate ' + f4(r.gd.rate) + ', ' + describe(r.gd.exact) + ' iterations'
      + (isFinite(r.iterationRatio) ? ', ' + f4(r.iterationRatio) + '× momentum\'s best.' : '.');
    // R_i table for the drawn coordinates
    const shown = r.curves.shown;
    const rows = r.coordinates.map((c) => {
      const i = c.index;
      const m = c.matrix, e = c.eigenvalues;
      const eig = (l) => l.im === 0 ? f4(l.re) : f4(l.re) + (l.im < 0 ? ' − ' : ' + ') + f4(Math.abs(l.im)) + 'i';
      return '<tr><td>' + i + '</td><td>' + f4(c.sigma2) + '</td><td>[[' + f4(m[0][0]) + ', ' + f4(m[0][1]) + '], [' + f4(m[1][0]) + ', ' + f4(m[1][1]) + ']]</td><td>'
        + eig(e[0]) + ', ' + eig(e[1]) + '</td><td class="regime-' + String(c.regime).toLowerCase() + '">' + regimeName(c.regime) + '</td><td>' + f4(c.spectralRadius)
        + '</td><td>(' + f4(c.etaRepeatedLow) + ', ' + f4(c.etaRepeatedHigh) + ')</td><td>' + f4(c.etaStableMax) + '</td><td>' + describe(c.asymptotic) + ' / ' + describe(c.exact) + '</td></tr>';
    });
    if (s.size > shown.length) rows.push('<tr><td colspan="9">showing ' + shown.length + ' of ' + s.size + ' singular values, spread from the largest to the smallest</td></tr>');
    document.querySelector('#m-table tbody').innerHTML = rows.join('');
    const names = shown.map((i, k) => 'σ² = ' + f4(r.curves.shownSigma2[k]));
    // spectral radius against eta
    const cv = r.curves;
    line('radius', 'chart-radius', {
      title: 'Spectral radius of R_i against η (β = ' + f4(p.beta) + ')', xLabel: 'η', yLabel: 'spectral radius', xLog: true,
      yRange: [0, 1.3],
      series: cv.radius.map((y, k) => ({ name: names[k], x: cv.eta, y: y })).concat([{ name: 'worst', x: cv.eta, y: cv.worst, color: '#111', width: 2.6, dash: '6 3' }]),
      bands: o.interval ? [{ x0: o.etaLow, x1: o.etaHigh, color: '#2ca02c' }] : [],
      hlines: [{ y: 1, label: 'unstable above 1', color: '#b3261e' }],
      vlines: [{ x: p.eta, label: 'η = ' + f4(p.eta), color: '#d62728' }, { x: r.largestStableEta, label: 'stability edge ' + f4(r.largestStableEta), color: '#111', dash: '5 3' }],
    });
    // the (eta, beta) map: drawn again only when it changed (moving eta inside the map's range
    // moves its marker alone)
    const map = r.regimeMap;
    const joint = r.joint;
    const mapKey = JSON.stringify([map, joint ? [joint.eta, joint.beta] : null]);
    if (!mapDrawn || mapDrawn.key !== mapKey) mapDrawn = { key: mapKey, hm: drawMap(map, joint) };
    mapDrawn.hm.moveMarker(p.eta, p.beta);
    // trajectories: the drawn points the server sent (every step up to 1000, else each bucket's first, min, max, last)
    const bound = (rows) => {
      let x0 = 0;
      for (const row of rows) x0 = Math.max(x0, Math.abs(row.y[0]) || 0);
      let m = 0;
      for (const row of rows) for (const v of row.y) if (isFinite(v)) m = Math.max(m, Math.abs(v));
      m = Math.min(m, 4 * (x0 || m)) || 1;
      return [-1.08 * m, 1.08 * m];
    };
    const solid = (rows) => rows.map((d, k) => ({ name: names[k], x: d.t, y: d.y, color: C.palette[k] }));
    const dashed = (rows) => rows.map((d, k) => ({ x: d.t, y: d.y, color: C.palette[k], dash: '4 3', width: 1.1 }));
    line('x', 'chart-x', {
      title: 'x_t = w_t − w* per σ: momentum (solid), GD at its best η (dashed)', xLabel: 't', yLabel: 'x_t',
      yRange: bound(answer.momentumX.concat(answer.gdX)), series: solid(answer.momentumX).concat(dashed(answer.gdX)),
    });
    line('a', 'chart-a', {
      title: 'a_t = z_t (averaged gradient) per σ: momentum (solid), GD\'s g_t (dashed)', xLabel: 't', yLabel: 'a_t',
      yRange: bound(answer.momentumA.concat(answer.gdGradient)), series: solid(answer.momentumA).concat(dashed(answer.gdGradient)),
    });
    const rel = (rows) => rows.map((d) => ({ t: d.t, y: d.y.map((v) => Math.abs(v) / Math.abs(d.y[0])) }));
    const vl = [];
    if (r.exact.outcome === 'REACHED') vl.push({ x: r.exact.iterations, label: 'exact ' + r.exact.iterations, color: '#d62728' });
    if (r.asymptotic.outcome === 'REACHED') vl.push({ x: r.asymptotic.iterations, label: 'asymptotic ' + r.asymptotic.iterations, color: '#d62728', dash: '4 3' });
    if (r.gd.exact.outcome === 'REACHED') vl.push({ x: r.gd.exact.iterations, label: 'GD exact ' + r.gd.exact.iterations, color: '#555', dash: '2 2' });
    line('error', 'chart-error', {
      title: 'Error per coordinate |x_t| / |w*|: momentum (solid), GD (dashed)', xLabel: 't', yLabel: 'relative error', yLog: true,
      yRange: [r.config.eps / 30, 30], series: solid(rel(answer.momentumX)).concat(dashed(rel(answer.gdX))),
      hlines: [{ y: r.config.eps, label: 'ε = ' + r.config.eps, color: '#2ca02c' }], vlines: vl,
    });
    // GD's chart does not depend on momentum's eta or beta: drawn again only when it changed
    const gdKey = JSON.stringify([g.curves, g.optimalEta, g.optimalExact, g.largestStableEta]);
    if (gdKey !== gdDrawn) {
      gdDrawn = gdKey;
      line('gd', 'chart-gd', {
        title: 'GD: contraction |1 − 2ησ_i²| against η', xLabel: 'η', yLabel: 'contraction', yRange: [0, 1.3],
        series: g.curves.factors.map((y, k) => ({ name: 'σ² = ' + f4(g.curves.shownSigma2[k]), x: g.curves.eta, y: y }))
          .concat([{ name: 'worst', x: g.curves.eta, y: g.curves.worst, color: '#111', width: 2.6, dash: '6 3' }]),
        hlines: [{ y: 1, label: 'unstable above 1', color: '#b3261e' }],
        vlines: [{ x: g.optimalEta, label: 'best η = ' + f4(g.optimalEta) + ', ' + describe(g.optimalExact) + ' iterations', color: '#2ca02c' },
          { x: g.largestStableEta, label: 'edge 1/σ_max² = ' + f4(g.largestStableEta), color: '#111', dash: '5 3' }],
      });
    }
  }

  let mapDrawn = null, gdDrawn = null;
  /** The (eta, beta) map with its hover text, click and export; its marker is placed by moveMarker. */
  function drawMap(map, joint) {
    let zMin = Infinity, zMax = -Infinity;
    for (const row of map.log10Iterations) for (const v of row) if (isFinite(v)) { zMin = Math.min(zMin, v); zMax = Math.max(zMax, v); }
    const hm = C.heatMap($('chart-map'), {
      title: 'Iterations to ε from the worst spectral radius, on the (η, β) plane', xLabel: 'η', yLabel: 'β', x: map.eta, y: map.beta,
      z: map.log10Iterations, zRange: [zMin, zMax + 1e-9], zLabel: 'log10 iter.', overLabel: 'unstable', over: '#f4c7c3',
      points: joint ? [{ x: joint.eta, y: joint.beta, label: 'best', color: '#ffffff' }] : [],
    });
    const cells = [];
    map.beta.forEach((b, j) => map.eta.forEach((e, i) => cells.push([e, b, map.worstRadius[j][i], map.log10Iterations[j][i],
      map.largestRegime[j][i], map.smallestRegime[j][i]])));
    figures.map = { data: { title: 'worst spectral radius', grid: { columns: ['eta', 'beta', 'worstRadius', 'log10Iterations', 'regimeAtSigmaMax', 'regimeAtSigmaMin'], rows: cells } },
      svg: () => $('chart-map').querySelector('svg') };
    const svg = hm.svg;
    const toCell = (ev) => {
      const pt = svg.createSVGPoint();
      pt.x = ev.clientX; pt.y = ev.clientY;
      const q = pt.matrixTransform(svg.getScreenCTM().inverse());
      return hm.cellAt(q.x, q.y);
    };
    svg.addEventListener('mousemove', (ev) => {
      const c = toCell(ev);
      if (!c) { $('map-hover').textContent = 'Click the map to set η and β; hover for the regime.'; return; }
      const rad = map.worstRadius[c.j][c.i];
      $('map-hover').textContent = 'η = ' + f4(map.eta[c.i]) + ', β = ' + f4(map.beta[c.j]) + ': worst radius ' + f4(rad)
        + (rad < 1 ? ' (stable; about ' + f4(Math.pow(10, map.log10Iterations[c.j][c.i])) + ' iterations)' : ' (unstable)')
        + '; at σ_max ' + regimeName(map.largestRegime[c.j][c.i]) + ', at σ_min ' + regimeName(map.smallestRegime[c.j][c.i]);
    });
    svg.addEventListener('click', (ev) => {
      const c = toCell(ev);
      if (!c) return;
      setRadio('m-form', 'ema');
      showSource();
      $('m-eta').value = Number(c.x.toPrecision(4));
      $('m-beta').value = Number(Math.min(1, Math.max(1e-3, c.y)).toPrecision(4));
      etaToSlider(); betaToSlider();
      momentum(performance.now());
    });
    return hm;
  }

  const momentum = panel('momentum', mForm, 'm-error', 'm-timing', momentumRequest, drawMomentum);
  mForm.addEventListener('change', (e) => { if (e.target.type === 'radio') showSource(); });
  function snap(eta, beta, note) {
    setRadio('m-form', 'ema');
    showSource();
    $('m-eta').value = Number(eta.toPrecision(6));
    $('m-beta').value = Number(beta.toPrecision(6));
    etaToSlider(); betaToSlider();
    $('snap-note').textContent = note;
    momentum(performance.now());
  }
  $('snap-gd').addEventListener('click', () => {
    if (!lastMomentum) return;
    const gd = lastMomentum.momentum.gd;
    snap(gd.eta, 1, 'GD\'s best η = 1/(σ_max² + σ_min²) = ' + f4(gd.eta) + ' with β = 1, by the worst spectral radius (k² − 1)/(k² + 1) = ' + f4(gd.rate));
  });
  $('snap-interval').addEventListener('click', () => {
    if (!lastMomentum) return;
    const o = lastMomentum.momentum.optimal;
    snap(o.bestEta, lastMomentum.momentum.config.parameters.beta, 'η = ' + f4(o.bestEta) + ': the fewest exact iterations (' + describe(o.bestExact)
      + ') among the η minimizing the worst spectral radius (' + f4(o.rate) + ') at this β');
  });
  $('snap-joint').addEventListener('click', () => {
    if (!lastMomentum || !lastMomentum.momentum.joint) return;
    const j = lastMomentum.momentum.joint;
    snap(j.eta, j.beta, '(η, β) = (' + f4(j.eta) + ', ' + f4(j.beta) + '): the smallest worst spectral radius over η and β, ' + f4(j.rate) + ' (' + describe(j.exact) + ' exact iterations)');
  });
  $('m-file').addEventListener('change', async () => {
    const file = $('m-file').files[0];
    if (!file) return;
    const t0 = performance.now();
    $('m-upload-status').textContent = 'reading ' + file.name + ' on the server…';
    try {
      const a = await api('/api/upload?name=' + encodeURIComponent(file.name), file, true);
      uploadId = a.id;
      const ms = performance.now() - t0;
      window.__gdlab.uploads.push({ name: file.name, rows: a.rows, cols: a.cols, ms: ms, server: a.seconds * 1000 });
      $('m-upload-status').textContent = file.name + ': X is ' + a.rows + ' × ' + a.cols + ', ' + a.spectrum.size + ' positive singular values, k = '
        + f4(a.spectrum.conditionNumber) + ' (answered in ' + ms.toFixed(0) + ' ms)';
      momentum(performance.now());
      vector(performance.now());
    } catch (e) {
      $('m-upload-status').textContent = '';
      clearErrors(mForm);
      showError(mForm, 'm-error', e.message);
    }
  });

  // ================= panel 2: noise =================
  const nForm = $('n-controls');
  const s2ToSlider = logSlider('n-s2-slider', 'n-s2', 1e-3, 1e2);
  const nEtaToSlider = logSlider('n-eta-slider', 'n-eta', 1e-4, 10);
  function noiseRequest() {
    const body = { x: num('n-x'), y: num('n-y'), noiseVariance: num('n-s2'), eta: num('n-eta'), steps: num('n-steps'), trials: num('n-trials'), seed: num('n-seed') };
    saveState({ nx: body.x, ny: body.y, ns2: body.noiseVariance, neta: body.eta, nsteps: body.steps, ntrials: body.trials, nseed: body.seed });
    return body;
  }
  function drawNoise(answer) {
    const r = answer.result;
    $('n-max-mean').textContent = f4(r.maxEtaMean);
    $('n-max-var').textContent = f4(r.maxEtaMeanSquare);
    $('n-limit').textContent = f4(r.limit);
    $('n-optimum').textContent = f4(r.noiseFreeOptimum);
    $('n-shrink').textContent = f4(r.shrinkage);
    $('n-coverage').textContent = f4(100 * r.bandCoverage) + '%';
    $('n-summary').textContent = 'E[w_{t+1}] = ' + f4(r.meanFactor) + ' E[w_t] + ' + f4(r.meanOffset) + '; the mean ' + (r.meanConverges ? 'converges' : 'does NOT converge')
      + ' and the variance ' + (r.varianceBounded ? 'stays bounded (limit ' + f4(r.limitVariance) + ')' : 'is unbounded') + ' at η = ' + f4(r.config.eta)
      + '. The limit shrinks y/x by x²/(x² + σ²): noise acts as ridge with λ = σ². Largest standardized error of the Monte Carlo: ' + f4(r.maxStandardizedError)
      + (r.divergedAtStep !== null ? '; a trial diverged at step ' + r.divergedAtStep : '') + '.';
    const tp = range(r.predictedMean.length), te = range(r.empiricalMean.length);
    line('noise-mean', 'chart-noise-mean', {
      title: 'E[w_t]: recurrence against Monte Carlo (' + r.config.trials + ' trials, 95% band)', xLabel: 't', yLabel: 'w_t',
      series: [{ name: 'predicted E[w_t]', x: tp, y: r.predictedMean, color: '#d62728', width: 2 }, { name: 'Monte Carlo mean', x: te, y: r.empiricalMean, color: '#1f77b4', width: 1.2 }],
      fills: [{ name: '95% band', x: te, lo: r.bandLow, hi: r.bandHigh, color: '#1f77b4' }],
      hlines: [{ y: r.limit, label: 'limit ' + f4(r.limit), color: '#d62728' }, { y: r.noiseFreeOptimum, label: 'y/x = ' + f4(r.noiseFreeOptimum), color: '#2ca02c' }],
    });
    line('noise-var', 'chart-noise-var', {
      title: 'Var[w_t]: recurrence of the first two moments against Monte Carlo', xLabel: 't', yLabel: 'Var[w_t]',
      series: [{ name: 'predicted', x: tp, y: r.predictedVariance, color: '#d62728', width: 2 }, { name: 'Monte Carlo', x: te, y: r.empiricalVariance, color: '#1f77b4', width: 1.2 }],
      hlines: isFinite(r.limitVariance) ? [{ y: r.limitVariance, label: 'limit ' + f4(r.limitVariance), color: '#d62728' }] : [],
    });
  }
  const noise = panel('noise', nForm, 'n-error', 'n-timing', noiseRequest, drawNoise);

  // the vector case, on panel 1's spectrum
  const vForm = $('v-controls');
  function vectorRequest() {
    const body = { spectrum: spectrumRequest(), noiseVariance: num('v-s2'), eta: num('v-eta'), steps: num('v-steps'), trials: num('v-trials'), seed: num('v-seed') };
    saveState({ vs2: body.noiseVariance, veta: body.eta, vsteps: body.steps, vtrials: body.trials, vseed: body.seed });
    return body;
  }
  function drawVector(a) {
    const r = a.result;
    const last = r.distanceToRidge.length - 1;
    $('v-lambda').textContent = f4(r.lambda);
    $('v-max-eta').textContent = f4(r.maxEtaMean);
    $('v-to-ridge').textContent = f4(r.distanceToRidge[last]);
    $('v-to-ls').textContent = f4(r.distanceToLeastSquares[last]);
    $('v-summary').textContent = a.problem + ': m = ' + r.m + ' rows, d = ' + r.d + '. The mean ' + (r.meanConverges ? 'converges' : 'does NOT converge')
      + ' at η = ' + f4(r.config.eta) + ', to ridge (X^T X + mσ² I)^{-1} X^T y, not to least squares'
      + (r.divergedAtStep !== null ? '; a trial diverged at step ' + r.divergedAtStep : '') + '.';
    const t = range(r.predictedDistanceToRidge.length), te = range(r.distanceToRidge.length);
    line('noise-vector', 'chart-noise-vector', {
      title: 'Distance of the mean iterate to ridge and to least squares', xLabel: 't', yLabel: 'distance', yLog: true,
      series: [{ name: 'predicted E[w_t] to ridge', x: t, y: r.predictedDistanceToRidge, color: '#d62728', width: 2 },
        { name: 'Monte Carlo mean to ridge', x: te, y: r.distanceToRidge, color: '#1f77b4' },
        { name: 'Monte Carlo mean to least squares', x: te, y: r.distanceToLeastSquares, color: '#2ca02c', dash: '4 3' }],
    });
    const j = range(r.d);
    line('noise-vector-w', 'chart-noise-vector-w', {
      title: 'The final mean against ridge and least squares, per coordinate', xLabel: 'coordinate i', yLabel: 'w_i',
      series: [{ name: 'least squares', x: j, y: r.leastSquares, color: '#2ca02c', dash: '4 3' }, { name: 'ridge λ = σ²', x: j, y: r.ridge, color: '#d62728' },
        { name: 'Monte Carlo mean', x: j, y: r.empiricalMean, color: '#1f77b4', points: true, radius: 3 }],
    });
  }
  const vector = panel('noise-vector', vForm, 'v-error', 'v-timing', vectorRequest, drawVector);
  mForm.addEventListener('input', (e) => { if (e.target.id === 'm-sigma2' || e.target.id === 'm-condition' || e.target.id === 'm-size') vector(performance.now()); });
  mForm.addEventListener('change', (e) => { if (e.target.name === 'm-source') vector(performance.now()); });

  // ================= panel 3: ridge =================
  const rForm = $('r-controls');
  const lambdaToSlider = logSlider('r-lambda-slider', 'r-lambda', 1e-4, 1e4);
  function ridgeRequest() {
    const body = { lambda: num('r-lambda'), rows: num('r-rows'), cols: num('r-cols'), seed: num('r-seed') };
    saveState({ lam: body.lambda, rows: body.rows, cols: body.cols, rseed: body.seed });
    return body;
  }
  function drawRidge(a) {
    const s = a.solution;
    $('r-diff').textContent = f4(s.maxDifference);
    $('r-post').textContent = f4(a.posteriorMeanMinusPrimal);
    $('r-flops').textContent = f4(s.primalFlops) + ' / ' + f4(s.kernelFlops);
    $('r-chosen').textContent = String(s.chosen).toLowerCase();
    $('r-summary').textContent = a.source + '; n = ' + s.n + ', d = ' + s.d + ', rank ' + s.rank + ', λ = ' + f4(s.lambda) + '. ' + s.reason
      + '. Posterior mean minus kernel: ' + f4(a.posteriorMeanMinusKernel) + '.';
    const shown = Math.min(8, s.d);
    line('ridge-path', 'chart-ridge-path', {
      title: 'Ridge path: w_j(λ) for the first ' + shown + ' of ' + s.d + ' coordinates', xLabel: 'λ', yLabel: 'w_j', xLog: true,
      series: range(shown).map((j) => ({ name: 'w' + j, x: a.pathLambdas, y: a.path.map((row) => row[j]) })),
      vlines: [{ x: s.lambda, label: 'λ = ' + f4(s.lambda), color: '#d62728' }],
    });
    const j = range(s.d);
    const mean = a.posteriorMean || s.w;
    const sd = a.posteriorVariance ? a.posteriorVariance.map(Math.sqrt) : j.map(() => 0);
    line('ridge-posterior', 'chart-ridge-posterior', {
      title: 'Posterior E[W | Y = y] ± 2 sd against the primal and kernel solutions', xLabel: 'coordinate j', yLabel: 'w_j',
      series: [{ name: 'primal', x: j, y: s.primal || s.w, color: '#d62728', width: 1.4 }, { name: 'kernel', x: j, y: s.kernel || s.w, color: '#2ca02c', dash: '4 3', width: 1.4 },
        { name: 'posterior mean', x: j, y: mean, color: '#1f77b4', points: true, radius: 3 }],
      fills: [{ name: '± 2 sd', x: j, lo: mean.map((m, k) => m - 2 * sd[k]), hi: mean.map((m, k) => m + 2 * sd[k]), color: '#1f77b4' }],
    });
  }
  const ridge = panel('ridge', rForm, 'r-error', 'r-timing', ridgeRequest, drawRidge);

  // ================= panel 4: linearization, live =================
  const lForm = $('l-controls');
  let live = null;
  function linearizeRequest() {
    const body = { page: PAGE_ID, width: num('l-width'), depth: num('l-depth'), init: $('l-init').value, trainLow: num('l-low'), trainHigh: num('l-high'),
      steps: num('l-steps'), learningRate: num('l-lr') };
    saveState({ lw: body.width, ld: body.depth, linit: body.init, llow: body.trainLow, lhigh: body.trainHigh, lsteps: body.steps, llr: body.learningRate });
    return body;
  }
  function drawLive() {
    const d = live.data.data;
    const last = live.reports[live.reports.length - 1];
    const first = live.reports[0];
    const series = [{ name: 'truth', x: d.gridX, y: d.gridTruth, color: '#555', dash: '4 3' }, { name: 'training points', x: d.trainX, y: d.trainY, color: '#ff7f0e', points: true, radius: 2.2 }];
    if (last) series.push({ name: 'f(x) at step ' + last.step, x: d.gridX, y: last.predictions, color: '#1f77b4', width: 2.2 });
    line('lin-fit', 'chart-lin-fit', { title: 'The fit', xLabel: 'x', yLabel: 'f(x)', series: series });
    if (!last) return;
    const steps = live.reports.map((r) => Math.max(1, r.step));
    line('lin-loss', 'chart-lin-loss', {
      title: 'Loss at the reports', xLabel: 'step', yLabel: 'mean squared error', yLog: true,
      series: [{ name: 'train', x: steps, y: live.reports.map((r) => r.trainLoss), color: '#1f77b4' }, { name: 'test (noiseless grid)', x: steps, y: live.reports.map((r) => r.testLoss), color: '#d62728' }],
    });
    const sv = (r) => r.spectrum ? r.spectrum.singularValues : [];
    const svSeries = [];
    if (first.spectrum) svSeries.push({ name: 'at init', x: range(sv(first).length).map((i) => i + 1), y: sv(first), color: '#888', dash: '4 3' });
    if (last.spectrum) svSeries.push({ name: 'at step ' + last.step, x: range(sv(last).length).map((i) => i + 1), y: sv(last), color: '#1f77b4', width: 2 });
    line('lin-sv', 'chart-lin-sv', { title: 'Singular values of the features J(x_i)', xLabel: 'k', yLabel: 's_k', xLog: true, yLog: true, series: svSeries.length ? svSeries : [{ x: [1], y: [1] }] });
    const feats = last.spectrum ? last.spectrum.features.slice(0, 4) : [];
    line('lin-features', 'chart-lin-features', {
      title: 'Principal features ψ_k(x) at step ' + last.step, xLabel: 'x', yLabel: 'ψ_k(x)',
      series: feats.length ? feats.map((f, k) => ({ name: 'ψ' + (k + 1), x: d.gridX, y: f })) : [{ x: [0], y: [0] }],
    });
    if (last.note) $('l-status').textContent = last.note;
  }
  function setLiveButtons(running, paused) {
    $('l-stop').disabled = !running || paused;
    $('l-continue').disabled = !running || !paused;
  }
  async function startLive() {
    clearErrors(lForm);
    $('l-error').textContent = '';
    if (live && live.source) live.source.close();
    let started;
    try {
      started = await api('/api/linearize/start', linearizeRequest());
    } catch (e) {
      showError(lForm, 'l-error', e.message);
      return;
    }
    live = { run: started.run, data: null, reports: [], source: null };
    const current = live;
    const src = new EventSource('/api/linearize/events?run=' + encodeURIComponent(started.run) + '&token=' + encodeURIComponent(TOKEN));
    live.source = src;
    setLiveButtons(true, false);
    $('l-status').textContent = 'training…';
    src.addEventListener('data', (ev) => { current.data = parse(ev.data); drawLive(); });
    src.addEventListener('report', (ev) => { current.reports.push(parse(ev.data)); if (current === live) drawLive(); });
    src.addEventListener('progress', (ev) => {
      const p = parse(ev.data);
      $('l-status').textContent = (p.paused ? 'stopped at step ' : 'step ') + p.done + ' of ' + p.total + ' (' + p.status + ')';
    });
    src.addEventListener('end', (ev) => {
      const e = parse(ev.data);
      src.close();
      setLiveButtons(false, false);
      window.__gdlab.liveEnd = e;
      $('l-status').textContent = 'training ' + e.status + (e.steps >= 0 ? ' after ' + e.steps + ' steps' : '') + (e.message ? ': ' + e.message : '');
    });
  }
  async function control(action) {
    if (!live) return;
    try {
      await api('/api/linearize/control?run=' + encodeURIComponent(live.run) + '&action=' + action, {});
      window.__gdlab.controls.push({ run: live.run, action: action, at: performance.now() });
      setLiveButtons(true, action === 'stop');
    } catch (e) {
      $('l-error').textContent = e.message;
    }
  }
  $('l-start').addEventListener('click', startLive);
  $('l-stop').addEventListener('click', () => control('stop'));
  $('l-continue').addEventListener('click', () => control('continue'));
  lForm.addEventListener('submit', (e) => e.preventDefault());

  // ---------- start: the state of the URL, else the mission's example ----------
  if (state.has('src')) setRadio('m-source', state.get('src'));
  if (state.has('form')) setRadio('m-form', state.get('form'));
  [['m-sigma2', 's2'], ['m-condition', 'k'], ['m-size', 'n'], ['m-eta', 'eta'], ['m-beta', 'beta'], ['m-m', 'm'], ['m-lr', 'lr'], ['m-eps', 'eps'],
    ['v-s2', 'vs2'], ['v-eta', 'veta'], ['v-steps', 'vsteps'], ['v-trials', 'vtrials'], ['v-seed', 'vseed'],
    ['n-x', 'nx'], ['n-y', 'ny'], ['n-s2', 'ns2'], ['n-eta', 'neta'], ['n-steps', 'nsteps'], ['n-trials', 'ntrials'], ['n-seed', 'nseed'],
    ['r-lambda', 'lam'], ['r-rows', 'rows'], ['r-cols', 'cols'], ['r-seed', 'rseed'],
    ['l-width', 'lw'], ['l-depth', 'ld'], ['l-init', 'linit'], ['l-low', 'llow'], ['l-high', 'lhigh'], ['l-steps', 'lsteps'], ['l-lr', 'llr']].forEach(([id, key]) => restore(id, key));
  showSource();
  etaToSlider(); betaToSlider(); lrToSlider(); mToSlider(); s2ToSlider(); nEtaToSlider(); lambdaToSlider();
  momentum(performance.now());
  noise(performance.now());
  vector(performance.now());
  ridge(performance.now());
})();
