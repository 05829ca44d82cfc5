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
  for (let guard = 0; guard < 40000; guard++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= last) break;
    if (++m > 12) { m = 1; y++; }
  }
  return out;
}

/**
 * Every bucket from the first to the last of the given ones, gaps included: days (YYYY-MM-DD),
 * weeks (the Monday that starts them, YYYY-MM-DD) or months (YYYY-MM).
 */
export function bucketRange(keys, interval) {
  if (interval === 'month' || !interval) return monthRange(keys);
  const ok = keys.filter((k) => /^\d{4}-\d{2}-\d{2}$/.test(k)).sort();
  if (!ok.length) return [];
  const step = interval === 'week' ? 7 : 1;
  const out = [];
  const last = ok[ok.length - 1];
  // UTC dates, so no daylight-saving shift moves a bucket
  for (let d = new Date(ok[0] + 'T00:00:00Z'), guard = 0; guard < 40000; guard++) {
    const key = d.toISOString().slice(0, 10);
    out.push(key);
    if (key >= last) break;
    d.setUTCDate(d.getUTCDate() + step);
  }
  return out;
}

const DAY_MS = 86400000;

/** The position of a bucket on its time axis: months, weeks or days since an origin. */
function bucketIndex(key, interval) {
  if (interval === 'month') {
    const [y, m] = key.split('-').map(Number);
    return y * 12 + m - 1;
  }
  const days = Math.round(Date.parse(key + 'T00:00:00Z') / DAY_MS);
  return interval === 'week' ? Math.round(days / 7) : days;
}

/**
 * The stretch of at most max consecutive buckets that holds the most of the counts (so a few
 * events with far-off dates, often misread, do not squeeze the chart): {keys, hidden}, keys every
 * bucket of the stretch (gaps included), hidden the count of events left outside it.
 */
export function busiestWindow(counts, interval, max = 366) {
  const ok = [...counts.keys()].filter((k) => (interval === 'month' ? /^\d{4}-\d{2}$/ : /^\d{4}-\d{2}-\d{2}$/).test(k)).sort();
  if (!ok.length) return { keys: [], hidden: 0 };
  const idx = ok.map((k) => bucketIndex(k, interval));
  let best = [0, 0];
  let bestSum = -1;
  let sum = 0;
  for (let lo = 0, hi = 0; hi < ok.length; hi++) {
    sum += counts.get(ok[hi]);
    while (idx[hi] - idx[lo] >= max) sum -= counts.get(ok[lo++]);
    if (sum > bestSum) { bestSum = sum; best = [lo, hi]; }
  }
  const total = ok.reduce((a, k) => a + counts.get(k), 0);
  return { keys: bucketRange([ok[best[0]], ok[best[1]]], interval), hidden: total - bestSum };
}

/**
 * A stacked bar chart over time buckets (months, weeks or days) in SVG: series are [{label, counts: Map month -> n}], one color
 * class (s0, s1, ...) each. Every bar segment carries a <title> with its month, label and count;
 * the months and the tallest count are written as SVG text.
 */
export function monthChart(months, series, title, classes) {
  const W = 720, H = 200, left = 52, right = 12, bottom = 24, top = 10;
  const totals = months.map((m) => series.reduce((n, x) => n + (x.counts.get(m) || 0), 0));
  const max = Math.max(1, ...totals);
  const step = (W - left - right) / Math.max(1, months.length);
  const bw = Math.max(2, Math.min(40, step * 0.8));
  const y = (n) => ((H - bottom - top) * n) / max;
  const every = Math.ceil(months.length / (months[0] && months[0].length > 7 ? 8 : 12));
  const g = [];
  months.forEach((m, i) => {
    let base = H - bottom;
    const x = left + i * step + (step - bw) / 2;
    series.forEach((sr, k) => {
      const n = sr.counts.get(m) || 0;
      if (!n) return;
      const hgt = y(n);
      base -= hgt;
      g.push(s('rect', { class: `tl-bar ${classes ? classes[k] : 's' + (k % 8)}`, x: x.toFixed(1), y: base.toFixed(1), width: bw.toFixed(1),
        height: Math.max(1, hgt).toFixed(1), 'data-month': m, 'data-count': n }, s('title', null, `${m} · ${sr.label}: ${n}`)));
    });
    if (i % every === 0 || (i === months.length - 1 && i % every >= every / 2)) {
      // labels near an edge are anchored inside the chart so they are not cut off
      const mid = x + bw / 2;
      const anchor = mid < left + 30 ? 'start' : mid > W - 40 ? 'end' : 'middle';
      g.push(s('text', { class: 'tl-axis', x: (anchor === 'start' ? x : anchor === 'end' ? x + bw : mid).toFixed(1), y: H - 6, 'text-anchor': anchor }, m));
    }
  });
  return s('svg', { class: 'timeline', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': title },
    s('title', null, title),
    s('line', { class: 'tl-base', x1: left, x2: W - right, y1: H - bottom, y2: H - bottom }),
    s('text', { class: 'tl-axis', x: left - 4, y: top + 8, 'text-anchor': 'end' }, String(max)),
    s('text', { class: 'tl-axis', x: left - 4, y: H - bottom, 'text-anchor': 'end' }, '0'),
    g);
}

/** The legend of a monthChart: one swatch per series with its label and total. */
export function monthLegend(series, classes) {
  return h('ul', { class: 'legend-list' }, series.map((sr, k) => h('li', null,
    h('span', { class: `swatch ${classes ? classes[k] : 's' + (k % 8)}`, 'aria-hidden': 'true' }),
    `${sr.label} (${[...sr.counts.values()].reduce((a, b) => a + b, 0)})`)));
}

/**
 * Periods as horizontal bars on a time axis (years): rows are [{label, from, to, title}] with ISO
 * dates; an open end runs to today. Each bar has a <title>; undated rows are left out.
 */
export function periodChart(rows, title) {
  const today = new Date().toISOString().slice(0, 10);
  const dated = rows.filter((r) => r.from || r.to);
  if (!dated.length) return null;
  const t0 = (d) => Date.parse(d + 'T00:00:00Z');
  const starts = dated.map((r) => t0(r.from || r.to));
  const ends = dated.map((r) => t0(r.to || today));
  const y0 = new Date(Math.min(...starts)).getUTCFullYear();
  const y1 = new Date(Math.max(...ends)).getUTCFullYear() + 1;
  const min = Date.UTC(y0, 0, 1);
  const max = Date.UTC(y1, 0, 1);
  const W = 720, left = 24, right = 24, rowH = 22, top = 6, axis = 20;
  const H = top + dated.length * rowH + axis;
  const x = (ms) => left + ((W - left - right) * (ms - min)) / (max - min);
  const years = [];
  const every = Math.ceil((y1 - y0) / 12);
  for (let y = y0; y <= y1; y += every) years.push(y);
  return s('svg', { class: 'periods', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': title },
    s('title', null, title),
    years.map((y) => [
      s('line', { class: 'tl-grid', x1: x(Date.UTC(y, 0, 1)).toFixed(1), x2: x(Date.UTC(y, 0, 1)).toFixed(1), y1: top, y2: H - axis }),
      s('text', { class: 'tl-axis', x: x(Date.UTC(y, 0, 1)).toFixed(1), y: H - 6, 'text-anchor': 'middle' }, String(y))]),
    dated.map((r, i) => {
      const a = x(t0(r.from || r.to));
      const b = Math.max(a + 2, x(t0(r.to || today)));
      const yy = top + i * rowH;
      return s('g', { class: 'period' + (r.to ? '' : ' open') },
        s('rect', { x: a.toFixed(1), y: yy + 3, width: (b - a).toFixed(1), height: rowH - 6, rx: 3 }, s('title', null, r.title)),
        // the label inside a long bar, else beside it on the side with more room
        s('text', { class: 'period-label', x: (b - a > 160 ? a + 4 : b < W * 0.6 ? b + 4 : a - 4).toFixed(1), y: yy + rowH / 2 + 4,
          'text-anchor': b - a > 160 || b < W * 0.6 ? 'start' : 'end', 'data-inside': b - a > 160 ? 'yes' : null }, r.label));
    }));
}
