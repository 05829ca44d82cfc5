// Map page (#/map?from=&to=&region=): event locations over bundled country shapes (Natural Earth
// 1:110m via world-atlas, see NOTICE). A location with coordinates (/api/places gives them for the
// cities of the KB's GeoNames table) is a circle of its own, sized by its events; the events of
// locations without (countries, regions, smaller cities elsewhere) are summed in one circle at the
// centroid of their country.
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

// The views: the whole world, or the Middle East and North Africa (lon -18..64, lat 8..44).
const REGIONS = {
  mena: { x: px(-18), y: py(44), w: px(64) - px(-18), h: py(8) - py(44) },
  world: { x: 0, y: 0, w: W, h: H },
};

export async function renderMap(main, params) {
  const region = REGIONS[params.get('region')] ? params.get('region') : 'mena';
  const view = REGIONS[region];
  const zoom = W / view.w; // marks keep their size on screen whatever the view
  const regionLinks = h('p', { class: 'switch', role: 'group', 'aria-label': t('region') }, h('span', { class: 'muted' }, t('region') + ': '),
    Object.keys(REGIONS).map((r) => {
      const p = new URLSearchParams(params);
      p.set('region', r);
      return h('a', { href: '#/map?' + p, class: 'toggle', 'aria-current': r === region ? 'true' : null }, t('region_' + r));
    }));
  add(main, h('h1', null, t('map')), filterForm('map', params, [['from', 'date'], ['to', 'date']]), regionLinks);
  const [world, data] = await Promise.all([countries(), api.places(apiParams(params, ['from', 'to']))]);
  const byCode = new Map(world.filter((c) => c.id).map((c) => [c.id, c]));
  const name = (p) => (currentLang() === 'en' && p.label_en) || p.label || p.entity;
  // Cities with coordinates are marks of their own; other locations are summed per country.
  const marks = [];
  const perCountry = new Map();
  let offMap = 0;
  for (const p of data.places) {
    if (typeof p.lat === 'number' && typeof p.lon === 'number') {
      marks.push({ kind: 'city', lon: p.lon, lat: p.lat, events: p.events, places: [p], title: `${name(p)}: ${p.events}` });
      continue;
    }
    if (!byCode.has(p.country)) { offMap += p.events; continue; }
    const c = perCountry.get(p.country) || { events: 0, places: [] };
    c.events += p.events;
    c.places.push(p);
    perCountry.set(p.country, c);
  }
  for (const [code, c] of perCountry) {
    const at = centroid(byCode.get(code));
    marks.push({ kind: 'country', code, lon: at.lon, lat: at.lat, events: c.events, places: c.places,
      title: `${byCode.get(code).name}: ${c.events} — ${c.places.map((p) => `${name(p)} (${p.events})`).join('، ')}` });
  }
  const max = Math.max(1, ...marks.map((m) => m.events));
  const active = new Set(data.places.map((p) => p.country));
  // the biggest first, so smaller circles stay on top and can be hovered
  const drawn = marks.sort((a, b) => b.events - a.events).map((m) => {
    const r = (3 + 15 * Math.sqrt(m.events / max)) / zoom;
    const x = px(m.lon).toFixed(2);
    const y = py(m.lat).toFixed(2);
    return s('a', { class: `place ${m.kind}`, href: '#/events?location=' + encodeURIComponent(m.places[0].label || '') },
      s('title', null, m.title),
      s('circle', { cx: x, cy: y, r: r.toFixed(2), 'data-country': m.code || null,
        'data-place': m.kind === 'city' ? m.places[0].entity : null }),
      r * zoom >= 8 ? s('text', { x, y: (py(m.lat) + 3.5 / zoom).toFixed(2), 'text-anchor': 'middle', 'font-size': (10 / zoom).toFixed(2) }, String(m.events)) : null);
  });
  const svg = s('svg', { class: 'map', viewBox: `${view.x.toFixed(1)} ${view.y.toFixed(1)} ${view.w.toFixed(1)} ${view.h.toFixed(1)}`,
    role: 'img', 'aria-label': t('map'), 'data-region': region },
    s('rect', { class: 'sea', x: 0, y: 0, width: W, height: H }),
    s('g', null, world.map((c) => s('path', { class: active.has(c.id) ? 'land active' : 'land', d: pathOf(c.rings) },
      s('title', null, c.name)))),
    s('g', null, drawn));
  const cityEvents = marks.filter((m) => m.kind === 'city').reduce((a, m) => a + m.events, 0);
  add(main,
    h('p', { class: 'muted' }, `${t('total')}: ${data.total} · ${t('placed')}: ${data.scanned - data.unplaced - offMap}`
      + ` (${t('city')}: ${cityEvents}${t('comma')} ${t('countryLevel')}: ${data.scanned - data.unplaced - offMap - cityEvents}) · ${t('unplaced')}: ${data.unplaced + offMap}`),
    h('div', { class: 'chart' }, svg),
    h('ul', { class: 'legend-list' }, h('li', null, h('span', { class: 'dot city', 'aria-hidden': 'true' }), t('city')),
      h('li', null, h('span', { class: 'dot country', 'aria-hidden': 'true' }), t('countryLevel'))),
    h('p', { class: 'muted' }, t('mapNote')),
    h('table', null, h('thead', null, h('tr', null, [t('location'), t('country'), t('kind'), t('events')].map((x) => h('th', { scope: 'col' }, x)))),
      h('tbody', null, data.places.map((p) => h('tr', null,
        h('td', null, h('a', { href: '#/entity/' + encodeURIComponent(p.entity) }, name(p))),
        h('td', null, p.country),
        h('td', null, typeof p.lat === 'number' ? [t('city'), ' ', h('bdi', { class: 'muted', dir: 'ltr' }, `${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}`)] : t('countryLevel')),
        h('td', null, String(p.events)))))));
}
