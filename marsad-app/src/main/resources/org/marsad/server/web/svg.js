// SVG helpers and the shared filter form of the Network and Map pages. Like dom.js: attributes
// through setAttribute, text through text nodes, never markup from strings.
import { h, add } from './dom.js';
import { t } from './i18n.js';

const NS = 'http://www.w3.org/2000/svg';

/** Creates an SVG element; attrs with null values are skipped, children are nodes or text. */
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'href' && !/^#/.test(String(v))) continue;
    else el.setAttribute(k, String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c == null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/**
 * A filter form whose fields are the given URL parameters; submitting it rewrites the hash
 * (#/ROUTE?...) so the filter is in the URL and the route renders again.
 */
export function filterForm(route, params, fields) {
  const inputs = fields.map(([name, type]) => h('input', { name, type, value: params.get(name) || '', dir: 'ltr' }));
  const f = h('form', { class: 'search-form filter-form' },
    fields.map(([name], i) => h('label', null, t(name), inputs[i])),
    h('button', { type: 'submit' }, t('apply')));
  f.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const q = new URLSearchParams();
    for (const i of inputs) if (i.value.trim()) q.set(i.name, i.value.trim());
    const next = `#/${route}${q.toString() ? '?' + q : ''}`;
    if (location.hash === next) window.dispatchEvent(new HashChangeEvent('hashchange'));
    else location.hash = next;
  });
  return f;
}

/** The API query for a page: only the named parameters that are set. */
export function apiParams(params, names) {
  const q = new URLSearchParams();
  for (const n of names) if (params.get(n)) q.set(n, params.get(n));
  return q;
}

export function legend(items) {
  return h('ul', { class: 'legend-list' }, items.map(([cls, label]) => h('li', null,
    add(h('span', { class: 'swatch ' + cls, 'aria-hidden': 'true' })), label)));
}

/** Every month (YYYY-MM) from the first to the last of the given ones, gaps included. */
export function monthRange(months) {
  const ok = months.filter((m) => /^\d{4}-\d{2}$/.test(m)).sort();
  if (!ok.length) return [];
  const out = [];
  let [y, m] = ok[0].split('-').map(Number);
  const last = ok[ok.length - 1];
  for (let guard = 0; guard < 1200; guard++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= last) break;
    if (++m > 12) { m = 1; y++; }
  }
  return out;
}

/**
 * A stacked bar chart over months in SVG: series are [{label, counts: Map month -> n}], one color
 * class (s0, s1, ...) each. Every bar segment carries a <title> with its month, label and count;
 * the months and the tallest count are written as SVG text.
 */
export function monthChart(months, series, title) {
  const W = 720, H = 200, left = 36, bottom = 24, top = 10;
  const totals = months.map((m) => series.reduce((n, x) => n + (x.counts.get(m) || 0), 0));
  const max = Math.max(1, ...totals);
  const step = (W - left - 4) / Math.max(1, months.length);
  const bw = Math.max(2, Math.min(40, step * 0.8));
  const y = (n) => ((H - bottom - top) * n) / max;
  const every = Math.ceil(months.length / 12);
  const g = [];
  months.forEach((m, i) => {
    let base = H - bottom;
    const x = left + i * step + (step - bw) / 2;
    series.forEach((sr, k) => {
      const n = sr.counts.get(m) || 0;
      if (!n) return;
      const hgt = y(n);
      base -= hgt;
      g.push(s('rect', { class: `tl-bar s${k % 8}`, x: x.toFixed(1), y: base.toFixed(1), width: bw.toFixed(1),
        height: Math.max(1, hgt).toFixed(1), 'data-month': m, 'data-count': n }, s('title', null, `${m} · ${sr.label}: ${n}`)));
    });
    if (i % every === 0 || i === months.length - 1) {
      g.push(s('text', { class: 'tl-axis', x: (x + bw / 2).toFixed(1), y: H - 6, 'text-anchor': 'middle' }, m));
    }
  });
  return s('svg', { class: 'timeline', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': title, dir: 'ltr' },
    s('title', null, title),
    s('line', { class: 'tl-base', x1: left, x2: W - 4, y1: H - bottom, y2: H - bottom }),
    s('text', { class: 'tl-axis', x: left - 4, y: top + 8, 'text-anchor': 'end' }, String(max)),
    s('text', { class: 'tl-axis', x: left - 4, y: H - bottom, 'text-anchor': 'end' }, '0'),
    g);
}

/** The legend of a monthChart: one swatch per series with its label and total. */
export function monthLegend(series) {
  return h('ul', { class: 'legend-list' }, series.map((sr, k) => h('li', null,
    h('span', { class: `swatch s${k % 8}`, 'aria-hidden': 'true' }),
    `${sr.label} (${[...sr.counts.values()].reduce((a, b) => a + b, 0)})`)));
}
