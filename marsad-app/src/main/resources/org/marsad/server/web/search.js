// Search page: the URL hash holds the whole state (#/search?q=...&from=...&offset=...).
import { h, add, clear, snippetNodes } from './dom.js';
import { t } from './i18n.js';
import { api } from './api.js';
import { cameoName } from './cameo.js';

const FILTERS = ['from', 'to', 'outlet', 'entity', 'cameo', 'plover', 'location', 'cluster'];
const FACET_FILTER = { entities: 'entity', outlets: 'outlet', cameo: 'cameo', plover: 'plover' };
const LIMIT = 10;

const link = (params) => '#/search?' + params.toString();

function withParam(params, key, value) {
  const p = new URLSearchParams(params);
  if (value == null || value === '') p.delete(key); else p.set(key, value);
  p.delete('offset');
  return p;
}

function form(params) {
  const field = (name, type, label) => h('label', null, label,
    h('input', { name, type, value: params.get(name) || '', dir: type === 'search' ? 'rtl' : null }));
  const sort = h('select', { name: 'sort' }, ['relevance', 'newest', 'oldest'].map((s) =>
    h('option', { value: s, selected: (params.get('sort') || 'relevance') === s }, t(s))));
  const f = h('form', { class: 'search-form', role: 'search' },
    h('label', { class: 'q' }, t('query'), h('input', { name: 'q', type: 'search', value: params.get('q') || '', dir: 'auto', autofocus: true })),
    field('from', 'date', t('from')), field('to', 'date', t('to')), field('outlet', 'text', t('outlet')),
    h('label', null, t('sort'), sort), h('button', { type: 'submit' }, t('go')));
  f.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(f)) if (v && !(k === 'sort' && v === 'relevance')) p.set(k, v);
    for (const k of ['entity', 'cameo', 'plover', 'location', 'cluster']) if (params.get(k)) p.set(k, params.get(k));
    location.hash = link(p);
  });
  return f;
}

function chips(params) {
  const active = FILTERS.filter((k) => params.get(k));
  if (!active.length) return null;
  return h('p', { class: 'chips', 'aria-label': t('filters') }, active.map((k) =>
    h('a', { class: 'chip', href: link(withParam(params, k, null)), title: t('remove') }, `${k}: ${params.get(k)} ✕`)));
}

function hitView(hit) {
  const outlets = [...new Set((hit.sources || []).map((s) => s.outlet).filter(Boolean))];
  return h('article', { class: 'hit' },
    h('h3', { lang: 'ar', dir: 'rtl' }, h('a', { href: '#/article/' + encodeURIComponent(hit.id) }, hit.title || hit.id)),
    h('p', { class: 'muted' }, hit.published ? [h('bdi', { dir: 'ltr' }, hit.published), ' · '] : null, outlets.join('، ')),
    h('p', { class: 'snippet', lang: 'ar', dir: 'rtl' }, snippetNodes(hit.snippet)));
}

/** Hits in rank order; later hits of a story cluster already shown fold under its first hit. */
function clustered(hits) {
  const groups = new Map();
  for (const hit of hits) {
    const key = hit.cluster || hit.id;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(hit);
  }
  return [...groups.values()].map(([first, ...rest]) => h('div', { class: 'story' }, hitView(first),
    rest.length ? h('details', { class: 'folded' }, h('summary', null, `+${rest.length} ${t('more')}`), rest.map(hitView)) : null));
}

/** A facet value's label; CAMEO roots with their name ('04 Consult'). */
function facetLabel(name, v) {
  const label = v.label || v.value;
  const cameo = name === 'cameo' ? cameoName(v.value) : null;
  return cameo && label === v.value ? `${v.value} ${cameo}` : label;
}

function facets(params, all) {
  return Object.entries(all || {}).filter(([, values]) => values && values.length).map(([name, values]) =>
    h('section', { class: 'facet' }, h('h3', null, t('facets_' + name)),
      h('ul', null, values.map((v) => h('li', null,
        FACET_FILTER[name]
          ? h('a', { href: link(withParam(params, FACET_FILTER[name], v.value)) }, facetLabel(name, v))
          : facetLabel(name, v),
        h('span', { class: 'count' }, ` ${v.count}`))))));
}

function pager(params, total) {
  const offset = Number(params.get('offset') || 0);
  const at = (o) => { const p = new URLSearchParams(params); if (o > 0) p.set('offset', o); else p.delete('offset'); return link(p); };
  return h('nav', { class: 'pager', 'aria-label': t('page') },
    offset > 0 ? h('a', { href: at(Math.max(0, offset - LIMIT)), rel: 'prev' }, t('previous')) : null,
    h('span', null, `${t('page')} ${Math.floor(offset / LIMIT) + 1} / ${Math.max(1, Math.ceil(total / LIMIT))}`),
    offset + LIMIT < total ? h('a', { href: at(offset + LIMIT), rel: 'next' }, t('next')) : null);
}

export async function renderSearch(main, params) {
  const results = h('div', { class: 'results', 'aria-live': 'polite' }, h('p', { class: 'status' }, t('loading')));
  const side = h('aside', { class: 'facets' });
  add(main, h('h1', { class: 'visually-hidden' }, t('search')), form(params), chips(params),
    h('div', { class: 'search-layout' }, results, side));
  const q = new URLSearchParams();
  for (const k of ['q', 'sort', 'offset', ...FILTERS]) if (params.get(k)) q.set(k, params.get(k));
  if (!q.get('q') && !q.get('sort')) q.set('sort', 'newest');
  q.set('limit', LIMIT);
  q.set('facets', 8);
  const r = await api.search(q);
  clear(results);
  add(results, h('p', { class: 'total' }, `${r.total} ${t('results')}`),
    r.hits.length ? clustered(r.hits) : h('p', null, t('noResults')), pager(params, r.total));
  add(side, facets(params, r.facets));
}
