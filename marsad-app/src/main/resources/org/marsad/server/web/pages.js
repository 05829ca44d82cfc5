// Article, Analyze, Entity and Events pages.
import { h, add, clear } from './dom.js';
import { t } from './i18n.js';
import { api } from './api.js';
import { docView, isoDate } from './docview.js';

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

export async function renderEntity(main, params, id) {
  const p = await api.entity(id);
  const kb = p.kb || {};
  const facetList = (values) => h('ul', null, (values || []).map((v) => h('li', null,
    h('a', { href: '#/entity/' + encodeURIComponent(v.value) }, v.label || v.value), h('span', { class: 'count' }, ` ${v.count}`))));
  add(main, h('div', { class: 'entity' },
    h('h1', { lang: 'ar', dir: 'rtl' }, p.name || p.id), kb.name_en ? h('p', null, h('span', { lang: 'en', dir: 'ltr' }, kb.name_en)) : null,
    h('p', { class: 'muted' }, [kb.type, p.id, kb.actor].filter(Boolean).join(' · ')),
    h('p', null, `${t('documents')}: ${p.documents}`, ' · ',
      h('a', { href: '#/search?entity=' + encodeURIComponent(p.id) }, t('search')), ' · ',
      h('a', { href: '#/events?entity=' + encodeURIComponent(p.id) }, t('events'))),
    h('section', null, h('h2', null, t('aliases')), h('p', { lang: 'ar', dir: 'rtl' }, (p.aliases || []).join('، ') || t('none'))),
    h('section', null, h('h2', null, t('eventsByType')), bars(Object.entries(p.events_by_type || {}))),
    h('section', null, h('h2', null, t('cooccurring')), facetList(p.cooccurring)),
    h('section', null, h('h2', null, t('interacting')), facetList(p.interacting))));
  sizeBars(main);
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
  add(main, h('h1', null, t('events')),
    h('p', null, `${t('total')}: ${page.total} · `, h('a', { href: '/api/events?' + csv, download: 'events.csv' }, t('csv'))),
    bars([...byType.entries()].sort((a, b) => b[1] - a[1])),
    table([t('date'), t('type'), t('source'), t('trigger'), t('target'), t('location'), t('article')],
      page.events.map((e) => [e.date ? isoDate(e.date) : '', `${e.plover} ${e.cameo}`, arg(e.source), typeof e.trigger === 'string' ? e.trigger : (e.trigger && e.trigger.text) || '',
        arg(e.target), arg(e.location), e.document ? h('a', { href: '#/article/' + encodeURIComponent(e.document) }, e.title || e.document) : ''])));
  sizeBars(main);
}
