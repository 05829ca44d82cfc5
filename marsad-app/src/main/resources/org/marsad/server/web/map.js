// Map page (#/map?from=&to=): event locations over bundled country shapes (Natural Earth 1:110m
// via world-atlas, see NOTICE), circles sized by event count. The knowledge base has no
// coordinates, so a location is drawn at the centroid of its KB country (/api/places).
import { h, add } from './dom.js';
import { t, currentLang } from './i18n.js';
import { api } from './api.js';
import { s, filterForm, apiParams } from './svg.js';

const W = 960;
const H = 480;
const px = (lon) => ((lon + 180) / 360) * W;
const py = (lat) => ((90 - lat) / 180) * H;
let shapes = null;

async function countries() {
  if (!shapes) {
    const r = await fetch('/ui/countries.json');
    if (!r.ok) throw new Error(`countries.json: ${r.status}`);
    shapes = (await r.json()).countries;
  }
  return shapes;
}

/** Signed area and centroid of a ring of [lon, lat] (shoelace formula). */
function ringCentroid(ring) {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    a += f;
    cx += (ring[j][0] + ring[i][0]) * f;
    cy += (ring[j][1] + ring[i][1]) * f;
  }
  return a === 0 ? { area: 0, lon: ring[0][0], lat: ring[0][1] } : { area: Math.abs(a / 2), lon: cx / (3 * a), lat: cy / (3 * a) };
}

/** A country's centroid: that of its largest ring (so France sits in Europe, not the Atlantic). */
export function centroid(country) {
  let best = null;
  for (const r of country.rings) {
    const c = ringCentroid(r);
    if (!best || c.area > best.area) best = c;
  }
  return best;
}

const pathOf = (rings) => rings.map((r) => 'M' + r.map(([lon, lat]) => `${px(lon).toFixed(1)},${py(lat).toFixed(1)}`).join('L') + 'Z').join('');

export async function renderMap(main, params) {
  add(main, h('h1', null, t('map')), filterForm('map', params, [['from', 'date'], ['to', 'date']]));
  const [world, data] = await Promise.all([countries(), api.places(apiParams(params, ['from', 'to']))]);
  const byCode = new Map(world.filter((c) => c.id).map((c) => [c.id, c]));
  // One circle per country: its locations' counts summed; the title lists them.
  const perCountry = new Map();
  let offMap = 0;
  for (const p of data.places) {
    if (!byCode.has(p.country)) { offMap += p.events; continue; }
    const c = perCountry.get(p.country) || { events: 0, places: [] };
    c.events += p.events;
    c.places.push(p);
    perCountry.set(p.country, c);
  }
  const max = Math.max(1, ...[...perCountry.values()].map((c) => c.events));
  const name = (p) => (currentLang() === 'en' && p.label_en) || p.label || p.entity;
  const marks = [...perCountry.entries()].sort((a, b) => b[1].events - a[1].events).map(([code, c]) => {
    const at = centroid(byCode.get(code));
    const r = 4 + 18 * Math.sqrt(c.events / max);
    return s('a', { class: 'place', href: '#/events?location=' + encodeURIComponent(c.places[0].label || '') },
      s('title', null, `${byCode.get(code).name}: ${c.events} — ${c.places.map((p) => `${name(p)} (${p.events})`).join('، ')}`),
      s('circle', { cx: px(at.lon).toFixed(1), cy: py(at.lat).toFixed(1), r: r.toFixed(1), 'data-country': code }),
      s('text', { x: px(at.lon).toFixed(1), y: (py(at.lat) + 4).toFixed(1), 'text-anchor': 'middle' }, String(c.events)));
  });
  const svg = s('svg', { class: 'map', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': t('map') },
    s('rect', { class: 'sea', x: 0, y: 0, width: W, height: H }),
    s('g', null, world.map((c) => s('path', { class: perCountry.has(c.id) ? 'land active' : 'land', d: pathOf(c.rings) }, s('title', null, c.name)))),
    s('g', null, marks));
  add(main,
    h('p', { class: 'muted' }, `${t('total')}: ${data.total} · ${t('placed')}: ${data.scanned - data.unplaced - offMap} · ${t('unplaced')}: ${data.unplaced + offMap}`),
    h('div', { class: 'chart' }, svg),
    h('p', { class: 'muted' }, t('mapNote')),
    h('table', null, h('thead', null, h('tr', null, [t('location'), t('country'), t('events')].map((x) => h('th', { scope: 'col' }, x)))),
      h('tbody', null, data.places.map((p) => h('tr', null,
        h('td', null, h('a', { href: '#/entity/' + encodeURIComponent(p.entity) }, name(p))),
        h('td', null, p.country), h('td', null, String(p.events)))))));
}
