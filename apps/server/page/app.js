// micro-lm audit viewer: posts the form to /v1/run and renders the decision, plan, checks, top-k, traces and grids.
'use strict';
const ARC_COLOURS = ['#000000', '#0074D9', '#FF4136', '#2ECC40', '#FFDC00', '#AAAAAA', '#F012BE', '#FF851B', '#7FDBFF', '#870C25'];
const TRACE_COLOURS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'];
const $ = (id) => document.getElementById(id);
const SVG_NS = 'http://www.w3.org/2000/svg';

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

function fillTable(id, rows) {
  const body = $(id).querySelector('tbody');
  body.replaceChildren();
  for (const { cells, cls } of rows) {
    const tr = el('tr', undefined, cls);
    for (const c of cells) tr.appendChild(el('td', c));
    body.appendChild(tr);
  }
}

function fmt(v) {
  return v === null || v === undefined ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v);
}

function svg(tag, attrs) {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

// One path per primitive channel over token positions; circles at detected peaks; dashed null threshold lines.
function drawTraces(artifacts) {
  const box = $('traces');
  box.replaceChildren();
  const tr = artifacts && artifacts.traces;
  if (!tr || !Array.isArray(tr.data) || tr.data.length === 0) {
    box.appendChild(el('p', 'No traces in this result.'));
    return;
  }
  const W = 900, H = 260, pad = 30;
  const all = tr.data.flat();
  let lo = Math.min(0, ...all), hi = Math.max(...all);
  const per = (artifacts.parser && artifacts.parser.perChannel) || {};
  for (const c of Object.values(per)) if (c && typeof c.threshold === 'number') hi = Math.max(hi, c.threshold);
  if (hi <= lo) hi = lo + 1;
  const T = tr.T || tr.data[0].length;
  const x = (t) => pad + (t / Math.max(1, T - 1)) * (W - 2 * pad);
  const y = (v) => H - pad - ((v - lo) / (hi - lo)) * (H - 2 * pad);
  const s = svg('svg', { width: W, height: H + 20 * Math.ceil(tr.names.length / 5), viewBox: `0 0 ${W} ${H + 20 * Math.ceil(tr.names.length / 5)}`, role: 'img', 'aria-label': 'per-primitive traces' });
  s.appendChild(svg('line', { x1: pad, y1: y(0), x2: W - pad, y2: y(0), stroke: '#ccc' }));
  tr.names.forEach((name, k) => {
    const colour = TRACE_COLOURS[k % TRACE_COLOURS.length];
    const d = tr.data[k].map((v, t) => `${t === 0 ? 'M' : 'L'}${x(t).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
    const path = svg('path', { d, fill: 'none', stroke: colour, 'stroke-width': 1.5, class: 'trace', 'data-channel': name });
    path.appendChild(svg('title', {})).textContent = name;
    s.appendChild(path);
    const c = per[name];
    if (c && typeof c.threshold === 'number')
      s.appendChild(svg('line', { x1: pad, x2: W - pad, y1: y(c.threshold), y2: y(c.threshold), stroke: colour, 'stroke-dasharray': '4 3', class: 'threshold' }));
    if (c && typeof c.peak === 'number' && c.peak >= 0) {
      const kept = (artifacts.parser.keep || []).includes(name);
      const v = tr.data[k][Math.min(T - 1, Math.max(0, Math.round(c.peak)))];
      s.appendChild(svg('circle', { cx: x(c.peak), cy: y(v), r: kept ? 5 : 3, fill: kept ? colour : 'none', stroke: colour, class: kept ? 'peak kept' : 'peak' }));
    }
    const lx = pad + (k % 5) * 170, ly = H + 10 + 20 * Math.floor(k / 5);
    s.appendChild(svg('rect', { x: lx, y: ly - 8, width: 10, height: 10, fill: colour }));
    s.appendChild(svg('text', { x: lx + 14, y: ly + 1, 'font-size': 12 })).textContent = name;
  });
  box.appendChild(s);
}

function drawGrid(id, grid) {
  const g = $(id);
  g.replaceChildren();
  if (!Array.isArray(grid) || grid.length === 0) return;
  g.style.gridTemplateColumns = `repeat(${grid[0].length}, 18px)`;
  for (const row of grid) for (const v of row) {
    const cell = el('div');
    cell.style.background = ARC_COLOURS[v] || '#fff';
    cell.title = String(v);
    cell.dataset.v = String(v);
    g.appendChild(cell);
  }
}

function render(r, requestGrid) {
  $('result').hidden = false;
  $('decision').textContent = r.decision;
  $('decision').className = r.decision;
  $('reason').textContent = r.reason;
  $('label').textContent = r.label;
  $('score').textContent = Number(r.score).toFixed(3);
  $('hash').textContent = r.audit.hash.slice(0, 16) + '…';
  fillTable('plan', r.plan.steps.map((s, i) => ({ cells: [String(i + 1), s.primitive, JSON.stringify(s.args)] })));
  fillTable('checks', r.verify.checks.map((c) => ({ cells: [fmt(c.step), c.name, String(c.ok), fmt(c.value), fmt(c.limit)], cls: c.ok ? '' : 'ok-false' })));
  const topk = (r.artifacts.mapper && r.artifacts.mapper.topk) || [];
  fillTable('topk', topk.map((t) => ({ cells: [t.label, Number(t.p).toFixed(3)] })));
  drawTraces(r.artifacts);
  const out = r.artifacts.output_grid;
  $('grids').hidden = !(requestGrid || out);
  drawGrid('grid-in', r.artifacts.input_grid || requestGrid);
  drawGrid('grid-out', out);
  $('raw').textContent = JSON.stringify(r, null, 2);
}

function syncDomain() {
  const arc = $('domain').value === 'arc';
  $('grid-label').hidden = !arc;
  $('context-label').hidden = arc;
}

async function submit(ev) {
  ev.preventDefault();
  $('error').hidden = true;
  const domain = $('domain').value;
  const body = { domain, prompt: $('prompt').value, explain: true };
  try {
    if (domain === 'defi' && $('context').value.trim()) body.context = JSON.parse($('context').value);
    if (domain === 'arc' && $('grid').value.trim()) body.grid = JSON.parse($('grid').value);
  } catch (e) {
    $('error').textContent = 'Invalid JSON: ' + e.message;
    $('error').hidden = false;
    return;
  }
  const res = await fetch('/v1/run', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = await res.json();
  if (!res.ok) {
    $('error').textContent = `${json.error}: ${json.detail}`;
    $('error').hidden = false;
    return;
  }
  render(json, body.grid);
}

$('domain').addEventListener('change', syncDomain);
$('run-form').addEventListener('submit', submit);
syncDomain();
