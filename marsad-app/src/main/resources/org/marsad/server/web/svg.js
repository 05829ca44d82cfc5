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
