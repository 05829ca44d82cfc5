// Article, Analyze, Entity and Events pages.
import { h, add, clear } from './dom.js';
import { t, currentLang } from './i18n.js';
import { api } from './api.js';
import { docView, isoDate } from './docview.js';
import { cameoLabel } from './cameo.js';
import { monthChart, monthLegend, busiestWindow, periodChart } from './svg.js';

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
  const sum = (c) => [...c.values()].reduce((a, b) => a + b, 0);
  const perMonth = new Map(Object.entries(byMonth || {}).map(([m, c]) => [m, Object.values(c).reduce((a, b) => a + b, 0)]));
  const { keys: months, hidden } = busiestWindow(perMonth, 'month', 120);
  if (!months.length) return h('p', { class: 'muted' }, t('none'));
  // the 7 most frequent types, the others summed as one (8 colors)
  const ranked = [...types.entries()].sort((a, b) => sum(b[1]) - sum(a[1]) || a[0].localeCompare(b[0]));
  const series = ranked.slice(0, 7).map(([label, counts]) => ({ label, counts }));
  if (ranked.length > 7) {
    const rest = new Map();
    for (const [, counts] of ranked.slice(7)) for (const [m, n] of counts) rest.set(m, (rest.get(m) || 0) + n);
    series.push({ label: t('otherTypes'), counts: rest });
  }
  const undated = Object.values((byMonth || {}).unknown || {}).reduce((a, b) => a + b, 0);
  return [monthChart(months, series, t('eventsByMonth')), monthLegend(series),
    hidden ? h('p', { class: 'muted outside' }, `${t('outsideChart')}: ${hidden}`) : null,
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

/** A role's title: 'Head of state' for HOS, the actor code alone for '-'. */
function roleTitle(r) {
  return r.role === '-' ? t('actorCodeOnly') : t('role_' + r.role) === 'role_' + r.role ? r.role : t('role_' + r.role);
}

/** The scope of a role in the current language ('Turkey'), else its code. */
function roleScope(r) {
  return (currentLang() === 'en' ? r.scope_name_en || r.scope_name : r.scope_name || r.scope_name_en) || r.scope;
}

/** The entity's KB roles: a chart of the dated ones over the years and a table of all. */
function roleTimeline(roles) {
  if (!roles || !roles.length) return h('p', { class: 'muted' }, t('noRoles'));
  const label = (r) => `${roleTitle(r)} · ${roleScope(r)}`;
  const when = (r) => `${r.from || '…'} – ${r.to || t('present')}`;
  const chart = periodChart(roles.map((r) => ({ label: label(r), from: r.from, to: r.to,
    title: `${label(r)} (${r.actor}): ${when(r)}` })), t('roles'));
  return [chart ? h('div', { class: 'chart roles-chart' }, chart) : null,
    table([t('role'), t('scope'), t('actorCode'), t('from'), t('to')], roles.map((r) => [
      roleTitle(r), h('bdi', null, roleScope(r)), h('code', null, r.actor),
      r.from ? isoDate(r.from) : '—', r.to ? isoDate(r.to) : (r.from ? t('present') : '—')]))];
}

export async function renderEntity(main, params, id) {
  const [p, recent] = await Promise.all([api.entity(id), recentArticles(id)]);
  const kb = p.kb || {};
  const facetList = (values, empty) => (values || []).length ? h('ul', null, values.map((v) => h('li', null,
    h('a', { href: '#/entity/' + encodeURIComponent(v.value) }, v.label || v.value), h('span', { class: 'count' }, ` ${v.count}`))))
    : h('p', { class: 'muted' }, empty || t('none'));
  add(main, h('div', { class: 'entity' },
    h('h1', { lang: 'ar', dir: 'rtl' }, p.name || p.id), kb.name_en ? h('p', null, h('span', { lang: 'en', dir: 'ltr' }, kb.name_en)) : null,
    h('p', { class: 'muted' }, [kb.type, p.id, kb.actor].filter(Boolean).join(' · ')),
    h('p', null, `${t('documents')}: ${p.documents}`, ' · ',
      h('a', { href: '#/search?entity=' + encodeURIComponent(p.id) }, t('search')), ' · ',
      h('a', { href: '#/events?entity=' + encodeURIComponent(p.id) }, t('events'))),
    h('section', { class: 'kb' }, h('h2', null, t('kbFacts')), kbFacts(kb)),
    h('section', { class: 'roles' }, h('h2', null, t('roles')), roleTimeline(p.roles)),
    h('section', { class: 'aliases' }, h('h2', null, t('aliases')), h('p', { lang: 'ar', dir: 'rtl' }, (p.aliases || []).join('، ') || t('none'))),
    h('section', { class: 'entity-timeline' }, h('h2', null, t('eventsByMonth')), entityTimeline(p.events_by_month)),
    h('section', { class: 'recent-articles' }, h('h2', null, t('recentArticles')), recent),
    h('section', null, h('h2', null, t('eventsByType')), bars(Object.entries(p.events_by_type || {}))),
    h('div', { class: 'columns' },
      h('section', { class: 'partners' }, h('h2', null, t('partners')), facetList(p.partners, t('noPartners'))),
      h('section', { class: 'adversaries' }, h('h2', null, t('adversaries')), facetList(p.adversaries, t('noAdversaries')))),
    h('div', { class: 'columns' },
      h('section', null, h('h2', null, t('cooccurring')), facetList(p.cooccurring)),
      h('section', null, h('h2', null, t('interacting')), facetList(p.interacting)))));
  sizeBars(main);
}

const QUADS = ['verbal_cooperation', 'material_cooperation', 'verbal_conflict', 'material_conflict', 'none'];
const INTERVALS = ['day', 'week', 'month'];
const BREAKDOWNS = ['plover', 'quad_class'];
// Bars a chart shows at most: a quarter of a year of days, two years of weeks, ten of months.
const MAX_BUCKETS = { day: 92, week: 104, month: 120 };

/**
 * Events over time for the page's filters, stacked by PLOVER type (the 7 most frequent, the rest
 * as "other types") or by QuadClass: one request, GET /api/timeline?of=events&interval=&by=.
 */
async function eventsTimeline(q, by, interval) {
  const p = new URLSearchParams();
  for (const [k, v] of q) if (!['limit', 'offset', 'format'].includes(k)) p.set(k, v);
  p.set('of', 'events');
  p.set('interval', interval);
  p.set('by', by);
  const buckets = await api.timeline(p);
  const { keys, hidden } = busiestWindow(new Map(buckets.map((b) => [b.bucket, b.count])), interval, MAX_BUCKETS[interval]);
  if (!keys.length) return h('p', { class: 'muted' }, t('none'));
  const totals = new Map();
  for (const b of buckets) for (const [k, n] of Object.entries(b.by || {})) totals.set(k, (totals.get(k) || 0) + n);
  let order;
  let classes = null;
  let label = (k) => (k === 'none' ? t('noType') : k);
  if (by === 'quad_class') {
    order = QUADS.filter((k) => totals.has(k));
    classes = order.map((k) => 'q-' + k);
    label = (k) => t('quad_' + k);
  } else {
    order = [...totals.keys()].sort((a, b) => totals.get(b) - totals.get(a) || a.localeCompare(b));
  }
  const shown = by === 'quad_class' ? order : order.slice(0, 7);
  const series = shown.map((k) => ({ label: label(k), counts: new Map(buckets.map((b) => [b.bucket, (b.by || {})[k] || 0]).filter(([, n]) => n)) }));
  const rest = new Map();
  for (const b of buckets) {
    const n = order.filter((k) => !shown.includes(k)).reduce((a, k) => a + ((b.by || {})[k] || 0), 0);
    if (n) rest.set(b.bucket, n);
  }
  if (rest.size) series.push({ label: t('otherTypes'), counts: rest });
  const title = t('eventsBy_' + interval);
  return [monthChart(keys, series, title, classes), monthLegend(series, classes),
    hidden ? h('p', { class: 'muted outside' }, `${t('outsideChart')}: ${hidden}`) : null];
}

/** Links that switch one URL parameter of the events page (a group of toggle links). */
function switcher(params, name, values, current, labelKey) {
  return h('p', { class: 'switch', role: 'group', 'aria-label': t(labelKey) }, h('span', { class: 'muted' }, t(labelKey) + ': '),
    values.map((v) => {
      const p = new URLSearchParams(params);
      p.set(name, v);
      return h('a', { href: '#/events?' + p, class: 'toggle', 'aria-current': v === current ? 'true' : null }, t(name + '_' + v));
    }));
}

export async function renderEvents(main, params) {
  const by = BREAKDOWNS.includes(params.get('by')) ? params.get('by') : 'plover';
  const interval = INTERVALS.includes(params.get('interval')) ? params.get('interval') : 'month';
  const q = new URLSearchParams();
  for (const [k, v] of params) if (v && !['format', 'by', 'interval'].includes(k)) q.set(k, v);
  if (!q.get('limit')) q.set('limit', '100');
  const page = await api.events(q);
  const csv = new URLSearchParams(q);
  csv.set('format', 'csv');
  const byType = new Map();
  for (const e of page.events) byType.set(e.plover || t('noType'), (byType.get(e.plover || t('noType')) || 0) + 1);
  const arg = (a) => (a ? a.text || a.entity || '' : '');
  let chart;
  try {
    chart = await eventsTimeline(q, by, interval);
  } catch (e) {
    chart = h('p', { class: 'error', role: 'alert' }, `${t('error')}: ${e.message}`);
  }
  add(main, h('h1', null, t('events')),
    h('p', null, `${t('total')}: ${page.total} · `, h('a', { href: '/api/events?' + csv, download: 'events.csv' }, t('csv'))),
    h('section', { class: 'events-timeline' }, h('h2', null, t('eventsBy_' + interval)),
      h('div', { class: 'switches' }, switcher(params, 'by', BREAKDOWNS, by, 'stackBy'), switcher(params, 'interval', INTERVALS, interval, 'bucket')),
      chart),
    h('h2', null, t('eventsByType')),
    bars([...byType.entries()].sort((a, b) => b[1] - a[1])),
    table([t('date'), t('type'), t('source'), t('trigger'), t('target'), t('location'), t('article')],
      page.events.map((e) => [e.date ? isoDate(e.date) : '', [e.plover || '—', ' · ', h('span', { class: 'cameo' }, cameoLabel(e.cameo))], arg(e.source), typeof e.trigger === 'string' ? e.trigger : (e.trigger && e.trigger.text) || '',
        arg(e.target), arg(e.location), e.document ? h('a', { href: '#/article/' + encodeURIComponent(e.document) }, e.title || e.document) : ''])));
  sizeBars(main);
}
