// Article, Analyze, Entity and Events pages.
import { h, add, clear } from './dom.js';
import { t } from './i18n.js';
import { api } from './api.js';
import { docView, isoDate } from './docview.js';
import { monthChart, monthLegend, monthRange } from './svg.js';

export async function renderArticle(main, params, id) {
  const doc = await api.document(id);
  document.title = `${doc.title || doc.id} · مرصد`;
  add(main, docView(doc));
}

export function renderAnalyze(main) {
  const out = h('div', { class: 'analysis', 'aria-live': 'polite' });
  const text = h('textarea', { name: 'text', rows: 8, dir: 'rtl', lang: 'ar', required: true });
  const published = h('input', { name: 'published', type: 'date' });
  const title = h('input', { name: 'title', type: 'text', dir: 'auto' });
  const f = h('form', { class: 'analyze-form' },
    h('h1', null, t('analyze')), h('p', { class: 'muted' }, t('notStored')),
    h('label', { class: 'wide' }, t('text'), text),
    h('label', null, t('published'), published), h('label', null, t('title'), title),
    h('button', { type: 'submit' }, t('analyzeBtn')));
  f.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    add(clear(out), h('p', { class: 'status' }, t('loading')));
    const body = { text: text.value };
    if (published.value) body.published = published.value;
    if (title.value) body.title = title.value;
    try {
      const doc = await api.analyze(body);
      add(clear(out), docView(doc, { stored: false }));
    } catch (e) {
      add(clear(out), h('p', { class: 'error', role: 'alert' }, `${t('error')}: ${e.message}`));
    }
  });
  add(main, f, out);
}

function table(headers, rows) {
  return h('table', null, h('thead', null, h('tr', null, headers.map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', null, rows.map((r) => h('tr', null, r.map((c) => h('td', null, c))))));
}

/** Horizontal bars (plain elements, no canvas): [[label, count], ...]. */
function bars(pairs) {
  const max = Math.max(1, ...pairs.map(([, n]) => n));
  return h('div', { class: 'bars' }, pairs.map(([label, n]) => h('div', { class: 'bar-row' },
    h('span', { class: 'bar-label' }, label),
    h('span', { class: 'bar', style: null, 'data-w': Math.round((100 * n) / max) }), h('span', { class: 'count' }, String(n)))));
}

// Bar widths are set through CSSOM (style-src 'self' forbids inline style attributes).
function sizeBars(root) {
  for (const b of root.querySelectorAll('.bar[data-w]')) b.style.width = b.dataset.w + '%';
}

/** Text of a KB value: strings as they are, anything else (an object or a list) as key: value. */
function kbText(v) {
  if (v == null || v === '') return null;
  if (typeof v !== 'object') return String(v);
  if (Array.isArray(v)) return v.map(kbText).filter(Boolean).join('، ');
  return Object.entries(v).map(([k, x]) => `${k}: ${kbText(x)}`).join(' · ');
}

/** The KB data the profile gives (type, English name, KB id, CAMEO actor code), as a list. */
function kbFacts(kb) {
  const rows = [['kbType', kb.type], ['nameEn', kb.name_en], ['kbId', kb.kb], ['actorCode', kb.actor]]
    .map(([k, v]) => [k, kbText(v)]).filter(([, v]) => v);
  if (!rows.length) return h('p', { class: 'muted' }, t('notInKb'));
  return h('dl', { class: 'kb-facts' }, rows.map(([k, v]) => [h('dt', null, t(k)), h('dd', null, h('bdi', null, v))]));
}

/** The profile's events by month and type as a stacked SVG chart (types in order of their totals). */
function entityTimeline(byMonth) {
  const types = new Map();
  for (const [m, counts] of Object.entries(byMonth || {})) {
    if (m === 'unknown') continue;
    for (const [type, n] of Object.entries(counts)) {
      if (!types.has(type)) types.set(type, new Map());
      types.get(type).set(m, n);
    }
  }
  const months = monthRange(Object.keys(byMonth || {}));
  if (!months.length) return h('p', { class: 'muted' }, t('none'));
  const sum = (c) => [...c.values()].reduce((a, b) => a + b, 0);
  const series = [...types.entries()].sort((a, b) => sum(b[1]) - sum(a[1])).map(([label, counts]) => ({ label, counts }));
  const undated = Object.values((byMonth || {}).unknown || {}).reduce((a, b) => a + b, 0);
  return [monthChart(months, series, t('eventsByMonth')), monthLegend(series),
    undated ? h('p', { class: 'muted' }, `${t('undated')}: ${undated}`) : null];
}

/** The newest documents mentioning the entity (GET /api/search?entity=ID&sort=newest). */
async function recentArticles(id) {
  const q = new URLSearchParams({ entity: id, sort: 'newest', limit: '5' });
  try {
    const r = await api.search(q);
    if (!r.hits.length) return h('p', null, t('noResults'));
    return h('ol', { class: 'recent' }, r.hits.slice(0, 5).map((hit) => h('li', null,
      h('a', { href: '#/article/' + encodeURIComponent(hit.id), lang: 'ar', dir: 'rtl' }, hit.title || hit.id),
      hit.published ? [' · ', h('span', { class: 'muted' }, isoDate(hit.published))] : null)));
  } catch (e) {
    return h('p', { class: 'error', role: 'alert' }, `${t('error')}: ${e.message}`);
  }
}

export async function renderEntity(main, params, id) {
  const [p, recent] = await Promise.all([api.entity(id), recentArticles(id)]);
  const kb = p.kb || {};
  const facetList = (values) => h('ul', null, (values || []).map((v) => h('li', null,
    h('a', { href: '#/entity/' + encodeURIComponent(v.value) }, v.label || v.value), h('span', { class: 'count' }, ` ${v.count}`))));
  add(main, h('div', { class: 'entity' },
    h('h1', { lang: 'ar', dir: 'rtl' }, p.name || p.id), kb.name_en ? h('p', null, h('span', { lang: 'en', dir: 'ltr' }, kb.name_en)) : null,
    h('p', { class: 'muted' }, [kb.type, p.id, kb.actor].filter(Boolean).join(' · ')),
    h('p', null, `${t('documents')}: ${p.documents}`, ' · ',
      h('a', { href: '#/search?entity=' + encodeURIComponent(p.id) }, t('search')), ' · ',
      h('a', { href: '#/events?entity=' + encodeURIComponent(p.id) }, t('events'))),
    h('section', { class: 'kb' }, h('h2', null, t('kbFacts')), kbFacts(kb), h('p', { class: 'muted' }, t('noRoleDates'))),
    h('section', null, h('h2', null, t('aliases')), h('p', { lang: 'ar', dir: 'rtl' }, (p.aliases || []).join('، ') || t('none'))),
    h('section', { class: 'entity-timeline' }, h('h2', null, t('eventsByMonth')), entityTimeline(p.events_by_month)),
    h('section', { class: 'recent-articles' }, h('h2', null, t('recentArticles')), recent),
    h('section', null, h('h2', null, t('eventsByType')), bars(Object.entries(p.events_by_type || {}))),
    h('section', null, h('h2', null, t('cooccurring')), facetList(p.cooccurring)),
    h('section', null, h('h2', null, t('interacting')), facetList(p.interacting))));
  sizeBars(main);
}

/**
 * Events per month for the page's filters (GET /api/timeline?of=events&interval=month), stacked
 * by PLOVER type: one request per type among the newest events shown (at most 6), the rest of the
 * total as "other types".
 */
async function eventsTimeline(q, types) {
  const base = new URLSearchParams();
  for (const [k, v] of q) if (!['limit', 'offset', 'format'].includes(k)) base.set(k, v);
  base.set('of', 'events');
  base.set('interval', 'month');
  const shown = q.get('plover') ? [] : types.filter((x) => x && x !== 'unknown').slice(0, 6);
  const one = (plover) => {
    const p = new URLSearchParams(base);
    if (plover) p.set('plover', plover);
    return api.timeline(p).then((b) => new Map(b.map((x) => [x.bucket, x.count])));
  };
  const [total, ...parts] = await Promise.all([one(null), ...shown.map(one)]);
  const series = shown.map((label, i) => ({ label, counts: parts[i] }));
  const rest = new Map();
  for (const [m, n] of total) {
    const left = n - series.reduce((a, sr) => a + (sr.counts.get(m) || 0), 0);
    if (left > 0) rest.set(m, left);
  }
  if (rest.size) series.push({ label: q.get('plover') || (shown.length ? t('otherTypes') : t('events')), counts: rest });
  const months = monthRange([...total.keys()]);
  if (!months.length) return h('p', { class: 'muted' }, t('none'));
  return [monthChart(months, series, t('eventsByMonth')), monthLegend(series)];
}

export async function renderEvents(main, params) {
  const q = new URLSearchParams();
  for (const [k, v] of params) if (v && k !== 'format') q.set(k, v);
  if (!q.get('limit')) q.set('limit', '100');
  const page = await api.events(q);
  const csv = new URLSearchParams(q);
  csv.set('format', 'csv');
  const byType = new Map();
  for (const e of page.events) byType.set(e.plover, (byType.get(e.plover) || 0) + 1);
  const arg = (a) => (a ? a.text || a.entity || '' : '');
  const types = [...byType.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  let chart;
  try {
    chart = await eventsTimeline(q, types);
  } catch (e) {
    chart = h('p', { class: 'error', role: 'alert' }, `${t('error')}: ${e.message}`);
  }
  add(main, h('h1', null, t('events')),
    h('p', null, `${t('total')}: ${page.total} · `, h('a', { href: '/api/events?' + csv, download: 'events.csv' }, t('csv'))),
    h('section', { class: 'events-timeline' }, h('h2', null, t('eventsByMonth')), chart),
    h('h2', null, t('eventsByType')),
    bars([...byType.entries()].sort((a, b) => b[1] - a[1])),
    table([t('date'), t('type'), t('source'), t('trigger'), t('target'), t('location'), t('article')],
      page.events.map((e) => [e.date ? isoDate(e.date) : '', `${e.plover} ${e.cameo}`, arg(e.source), typeof e.trigger === 'string' ? e.trigger : (e.trigger && e.trigger.text) || '',
        arg(e.target), arg(e.location), e.document ? h('a', { href: '#/article/' + encodeURIComponent(e.document) }, e.title || e.document) : ''])));
  sizeBars(main);
}
