// Renders a marsad/1 document: the RTL text with colored spans (entities by type, times, event
// triggers, quotes, loaded language) and a side panel. Offsets are UTF-16 indices into text,
// the same as JavaScript's String.slice, so text.slice(start, end) is what gets highlighted.
import { h, add, clear } from './dom.js';
import { t } from './i18n.js';
import { cameoLabel, cameoVerb } from './cameo.js';

const VERBS = {
  AGREE: 'agreed with', ACCUSE: 'accused', ASSAULT: 'assaulted', AID: 'gave aid to',
  COERCE: 'coerced', CONCEDE: 'made concessions to', CONSULT: 'consulted with',
  COOPERATE: 'cooperated with', DEMAND: 'made demands of', DISAPPROVE: 'criticized',
  FIGHT: 'fought', MOBILIZE: 'mobilized against', PROTEST: 'protested against',
  REJECT: 'rejected', REQUEST: 'asked', RETREAT: 'withdrew from', SANCTION: 'sanctioned',
  SUPPORT: 'supported', THREATEN: 'threatened',
};

const ar = (text) => h('span', { lang: 'ar', dir: 'rtl' }, text);
const en = (text) => h('span', { lang: 'en', dir: 'ltr' }, text);
/** An ISO date kept left to right inside Arabic text (else it reads 15-12-2019). */
export const isoDate = (d) => h('bdi', { dir: 'ltr' }, d);

/** Every highlight as {start, end, kind, cls, label, ref}. */
function annotations(doc, ents) {
  const out = [];
  const push = (s, e, kind, cls, label, ref) => {
    if (Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e > s && e <= doc.text.length) {
      out.push({ start: s, end: e, kind, cls, label, ref });
    }
  };
  for (const e of doc.entities || []) {
    const label = `${t(e.type)}: ${e.name}${e.name_en ? ' · ' + e.name_en : ''}${e.kb ? ' (' + e.kb + ')' : ''}`;
    for (const m of e.mentions || []) push(m.start, m.end, 'entity', `ent ent-${e.type}`, label, e);
  }
  for (const x of doc.times || []) push(x.start, x.end, 'time', 'time', `${t('time')}: ${x.type} ${x.value ?? ''}`, x);
  for (const v of doc.events || []) {
    if (v.trigger) push(v.trigger.start, v.trigger.end, 'event', 'trigger', `${t('trigger')}: ${v.plover} / ${cameoLabel(v.cameo)} — ${eventEnglish(v, ents)}`, v);
  }
  for (const q of doc.quotes || []) push(q.start, q.end, 'quote', 'quote', `${t('quote')}: ${speakerName(q, ents)}`, q);
  for (const l of (doc.framing && doc.framing.loaded) || []) push(l.start, l.end, 'loaded', 'loaded', `${t('loaded')}: ${l.category}`, l);
  return out;
}

/** The text cut at every annotation boundary; each piece is a span with all covering classes. */
function highlightedText(doc, anns, onShow) {
  const text = doc.text || '';
  const cuts = new Set([0, text.length]);
  for (const a of anns) { cuts.add(a.start); cuts.add(a.end); }
  const points = [...cuts].sort((x, y) => x - y);
  const box = h('div', { class: 'doc-text', lang: 'ar', dir: 'rtl' });
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i], e = points[i + 1];
    const piece = text.slice(s, e);
    const on = anns.filter((a) => a.start <= s && a.end >= e);
    if (on.length === 0) { add(box, piece); continue; }
    const starts = on.some((a) => a.start === s && (a.kind === 'entity' || a.kind === 'event'));
    const span = h('span', {
      class: 'ann ' + on.map((a) => a.cls).join(' '),
      title: on.map((a) => a.label).join('\n'),
      tabindex: starts ? '0' : null,
      'data-kinds': [...new Set(on.map((a) => a.kind))].join(' '),
    }, piece);
    const show = () => onShow(on);
    span.addEventListener('mouseenter', show);
    span.addEventListener('focus', show);
    span.addEventListener('click', show);
    add(box, span);
  }
  return box;
}

function speakerName(q, ents) {
  const e = ents.get(q.speaker);
  return e ? e.name : (q.speaker || '—');
}

function argText(arg, ents, english) {
  if (!arg) return null;
  const e = ents.get(arg.entity);
  if (english) return (e && (e.name_en || e.name)) || arg.text;
  return arg.text || (e && e.name);
}

/**
 * The event as an English sentence: "Erdogan consulted with al-Sarraj in Istanbul on 2019-12-15".
 * The verb is the CAMEO code's where it says more than the PLOVER type (043: "hosted").
 */
export function eventEnglish(v, ents) {
  const src = argText(v.source, ents, true) || 'Someone';
  const tgt = argText(v.target, ents, true);
  const verb = cameoVerb(v.cameo) || VERBS[v.plover] || (v.plover || 'acted').toLowerCase();
  let s = `${src} ${tgt ? verb : verb.replace(/ (with|to|of|against|from)$/, '')}${tgt ? ' ' + tgt : ''}`;
  const loc = argText(v.location, ents, true);
  if (loc) s += ` in ${loc}`;
  if (v.date) s += ` on ${v.date}`;
  if (v.modality && v.modality !== 'asserted') s += ` (${v.modality})`;
  return s;
}

/** The event in Arabic: trigger, source, target, place and date, from the article's own words. */
function eventArabic(v, ents) {
  const parts = [v.trigger ? v.trigger.text : v.plover];
  const src = argText(v.source, ents, false);
  const tgt = argText(v.target, ents, false);
  if (src) parts.push(src);
  if (tgt) parts.push('← ' + tgt);
  const loc = argText(v.location, ents, false);
  if (loc) parts.push('في ' + loc);
  return v.date ? [parts.join(' '), ' (', isoDate(v.date), ')'] : parts.join(' ');
}

function section(title, items, empty) {
  return h('section', { class: 'panel-section' }, h('h3', null, title),
    items.length ? items : h('p', { class: 'muted' }, empty ?? t('none')));
}

function details(on, ents) {
  return on.map((a) => {
    const r = a.ref;
    switch (a.kind) {
      case 'entity': return h('div', { class: 'detail' },
        h('strong', null, r.name), r.name_en ? [' · ', en(r.name_en)] : null,
        h('div', { class: 'muted' }, `${t(r.type)}${r.kb ? ' · ' + r.kb : ''}${r.actor ? ' · ' + r.actor : ''}`),
        r.kb ? h('a', { href: '#/entity/' + encodeURIComponent(r.kb) }, t('openEntity')) : null);
      case 'event': return h('div', { class: 'detail' }, h('strong', null, `${r.plover} · ${cameoLabel(r.cameo)}`),
        h('div', null, ar(eventArabic(r, ents))), h('div', null, en(eventEnglish(r, ents))));
      default: return h('div', { class: 'detail' }, a.label);
    }
  });
}

/** The document view: header, highlighted text, legend and side panel. */
export function docView(doc, opts = {}) {
  const ents = new Map((doc.entities || []).map((e) => [e.id, e]));
  const anns = annotations(doc, ents);
  const detailBox = h('div', { class: 'detail-box', 'aria-live': 'polite' }, h('p', { class: 'muted' }, t('hoverHint')));
  const show = (on) => add(clear(detailBox), details(on, ents));

  const meta = h('p', { class: 'doc-meta' },
    doc.published ? [t('published'), ': ', isoDate(doc.published)] : null,
    doc.source ? [' · ', t('source'), ': ', doc.source] : null,
    doc.url ? [' · ', h('a', { href: doc.url, rel: 'noopener noreferrer', target: '_blank' }, t('url'))] : null,
    opts.stored === false ? null : [' · ', h('code', null, doc.id)]);

  const legend = h('p', { class: 'legend', 'aria-label': t('legend') },
    ['PER', 'ORG', 'LOC', 'MISC'].map((k) => h('span', { class: `ann ent ent-${k}` }, t(k))),
    h('span', { class: 'ann time' }, t('time')), h('span', { class: 'ann trigger' }, t('trigger')),
    h('span', { class: 'ann quote' }, t('quote')), h('span', { class: 'ann loaded' }, t('loaded')));

  const events = (doc.events || []).map((v) => h('li', { class: 'event' },
    h('div', { class: 'event-ar' }, ar(eventArabic(v, ents))),
    h('div', { class: 'event-en' }, en(eventEnglish(v, ents))),
    h('div', { class: 'muted cameo' }, `${v.plover} · ${cameoLabel(v.cameo)} · ${v.modality}` + (v.confidence != null ? ` · ${v.confidence}` : ''))));
  const quotes = (doc.quotes || []).map((q) => h('li', { class: 'quote-item' },
    h('q', { lang: 'ar', dir: 'rtl' }, q.text), ' — ', h('strong', null, speakerName(q, ents))));
  const loaded = ((doc.framing && doc.framing.loaded) || []).map((l) => h('li', null, ar(l.text), ' · ', l.category));
  const actors = ((doc.framing && doc.framing.actors) || []).map((a) => h('li', null,
    (ents.get(a.entity) || {}).name || a.entity, ` · ${a.score}`, a.terms && a.terms.length ? [' · ', ar(a.terms.join('، '))] : null));
  const entityItems = (doc.entities || []).map((e) => h('li', null,
    h('span', { class: `ann ent ent-${e.type}` }, e.name), ' ', e.name_en ? en(e.name_en) : null,
    h('span', { class: 'muted' }, ` · ${t(e.type)} · ${(e.mentions || []).length}×`),
    e.kb ? [' ', h('a', { href: '#/entity/' + encodeURIComponent(e.kb) }, '↗')] : null));
  const times = (doc.times || []).map((x) => h('li', null, ar(x.text), ' → ', h('code', null, x.value ?? x.type)));

  const panel = h('aside', { class: 'side', 'aria-label': t('details') },
    section(t('details'), [detailBox]),
    section(t('events'), events.length ? [h('ol', null, events)] : []),
    section(t('quotes'), quotes.length ? [h('ul', null, quotes)] : []),
    section(t('framing'), loaded.length || actors.length
      ? [loaded.length ? h('ul', null, loaded) : null, actors.length ? [h('h4', null, t('actors')), h('ul', null, actors)] : null] : []),
    section(t('entities'), entityItems.length ? [h('ul', null, entityItems)] : []),
    section(t('times'), times.length ? [h('ul', null, times)] : []));

  return h('div', { class: 'doc' },
    h('div', { class: 'doc-main' },
      h(opts.stored === false ? 'h2' : 'h1', { lang: 'ar', dir: 'rtl' }, doc.title || (opts.stored === false ? t('analysis') : doc.id)), meta, legend,
      highlightedText(doc, anns, show)),
    panel);
}

