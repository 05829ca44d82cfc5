// Network page (#/network?from=&to=&cameo=&plover=): actors as nodes, events between them as
// edges (width by count, color cooperation vs conflict), laid out by a small force simulation.
import { h, add } from './dom.js';
import { t } from './i18n.js';
import { api } from './api.js';
import { s, filterForm, apiParams, legend } from './svg.js';

const W = 900;
const H = 600;
const FILTERS = ['from', 'to', 'cameo', 'plover'];

/** Cooperation (QuadClass 1-2) or conflict (3-4), by the larger share; 'neutral' if neither. */
export function tone(edge) {
  const q = edge.quad_class || {};
  const coop = (q.verbal_cooperation || 0) + (q.material_cooperation || 0);
  const conf = (q.verbal_conflict || 0) + (q.material_conflict || 0);
  return coop > conf ? 'coop' : conf > coop ? 'conflict' : 'neutral';
}

/**
 * Force layout (Fruchterman-Reingold): nodes repel, edges pull, a weak pull to the centre keeps
 * separate components on screen. Deterministic: nodes start on a circle, so a link always shows
 * the same picture.
 */
export function layout(nodes, edges, iterations = 300) {
  const n = nodes.length;
  const k = Math.sqrt((W * H) / Math.max(1, n)) * 0.6;
  const pos = nodes.map((_, i) => ({
    x: W / 2 + (W / 3) * Math.cos((2 * Math.PI * i) / Math.max(1, n)),
    y: H / 2 + (H / 3) * Math.sin((2 * Math.PI * i) / Math.max(1, n)),
  }));
  const index = new Map(nodes.map((d, i) => [d.id, i]));
  const links = edges.map((e) => [index.get(e.source), index.get(e.target)]).filter(([a, b]) => a != null && b != null);
  let temp = W / 8;
  for (let it = 0; it < iterations; it++) {
    const disp = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let dx = pos[i].x - pos[j].x;
        let dy = pos[i].y - pos[j].y;
        let d = Math.hypot(dx, dy);
        if (d < 0.01) { dx = 0.01 * (i - j); dy = 0.01; d = Math.hypot(dx, dy); }
        const f = (k * k) / d;
        disp[i].x += (dx / d) * f; disp[i].y += (dy / d) * f;
        disp[j].x -= (dx / d) * f; disp[j].y -= (dy / d) * f;
      }
    }
    for (const [a, b] of links) {
      const dx = pos[a].x - pos[b].x;
      const dy = pos[a].y - pos[b].y;
      const d = Math.max(0.01, Math.hypot(dx, dy));
      const f = (d * d) / k;
      disp[a].x -= (dx / d) * f; disp[a].y -= (dy / d) * f;
      disp[b].x += (dx / d) * f; disp[b].y += (dy / d) * f;
    }
    for (let i = 0; i < n; i++) {
      disp[i].x += (W / 2 - pos[i].x) * 0.05 * k / 10;
      disp[i].y += (H / 2 - pos[i].y) * 0.05 * k / 10;
      const d = Math.max(0.01, Math.hypot(disp[i].x, disp[i].y));
      const step = Math.min(d, temp);
      pos[i].x = Math.min(W - 60, Math.max(60, pos[i].x + (disp[i].x / d) * step));
      pos[i].y = Math.min(H - 45, Math.max(30, pos[i].y + (disp[i].y / d) * step));
    }
    temp = Math.max(1, temp * 0.97);
  }
  return pos;
}

export async function renderNetwork(main, params) {
  add(main, h('h1', null, t('network')),
    filterForm('network', params, [['from', 'date'], ['to', 'date'], ['cameo', 'text'], ['plover', 'text']]));
  const q = apiParams(params, FILTERS);
  q.set('limit', '100');
  const net = await api.network(q);
  if (!net.nodes.length) {
    add(main, h('p', { class: 'status' }, t('noResults')));
    return;
  }
  const pos = layout(net.nodes, net.edges);
  const at = new Map(net.nodes.map((d, i) => [d.id, pos[i]]));
  const maxE = Math.max(1, ...net.edges.map((e) => e.events));
  const maxN = Math.max(1, ...net.nodes.map((d) => d.events));
  const edgeEls = net.edges.filter((e) => at.has(e.source) && at.has(e.target)).map((e) => {
    const a = at.get(e.source);
    const b = at.get(e.target);
    return s('line', { class: 'edge ' + tone(e), x1: a.x.toFixed(1), y1: a.y.toFixed(1), x2: b.x.toFixed(1), y2: b.y.toFixed(1),
      'stroke-width': (1.5 + 6 * Math.sqrt(e.events / maxE)).toFixed(1) },
    s('title', null, `${label(net, e.source)} → ${label(net, e.target)}: ${e.events}`));
  });
  const nodeEls = net.nodes.map((d, i) => {
    const r = 6 + 14 * Math.sqrt(d.events / maxN);
    return s('a', { class: 'node', href: '#/entity/' + encodeURIComponent(d.id) },
      s('title', null, `${nodeName(d)} (${d.events})`),
      s('circle', { cx: pos[i].x.toFixed(1), cy: pos[i].y.toFixed(1), r: r.toFixed(1) }),
      s('text', { x: pos[i].x.toFixed(1), y: (pos[i].y + r + 14).toFixed(1), 'text-anchor': 'middle' }, nodeName(d)));
  });
  // Arrowheads drawn by hand at the target's rim (no SVG markers: they would need a url reference).
  const radius = new Map(net.nodes.map((d) => [d.id, 6 + 14 * Math.sqrt(d.events / maxN)]));
  const heads = net.edges.filter((e) => at.has(e.source) && at.has(e.target)).map((e) => {
    const a = at.get(e.source);
    const b = at.get(e.target);
    const d = Math.max(0.01, Math.hypot(b.x - a.x, b.y - a.y));
    const ux = (b.x - a.x) / d;
    const uy = (b.y - a.y) / d;
    const tipX = b.x - ux * (radius.get(e.target) + 2);
    const tipY = b.y - uy * (radius.get(e.target) + 2);
    const bx = tipX - ux * 11;
    const by = tipY - uy * 11;
    const pts = [[tipX, tipY], [bx - uy * 5, by + ux * 5], [bx + uy * 5, by - ux * 5]];
    return s('path', { class: 'edge-head ' + tone(e), d: 'M' + pts.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join('L') + 'Z' });
  });
  const svg = s('svg', { class: 'network', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': t('network') },
    s('g', null, edgeEls), s('g', null, heads), s('g', null, nodeEls));
  add(main,
    h('p', { class: 'muted' }, `${net.nodes.length} ${t('actors')} · ${net.edges.length} ${t('links')}`),
    legend([['coop', t('cooperation')], ['conflict', t('conflict')], ['neutral', t('neutral')]]),
    h('div', { class: 'chart' }, svg),
    h('details', null, h('summary', null, t('links')),
      h('table', null, h('thead', null, h('tr', null, [t('source'), t('target'), t('events'), t('type')].map((x) => h('th', { scope: 'col' }, x)))),
        h('tbody', null, net.edges.map((e) => h('tr', null,
          h('td', null, h('a', { href: '#/entity/' + encodeURIComponent(e.source) }, label(net, e.source))),
          h('td', null, h('a', { href: '#/entity/' + encodeURIComponent(e.target) }, label(net, e.target))),
          h('td', null, String(e.events)), h('td', null, t(tone(e)))))))));
}

/** A node's label; entities outside the KB are keyed "name:TEXT", shown as TEXT. */
function nodeName(d) {
  return String(d.label || d.id).replace(/^name:/, '');
}

function label(net, id) {
  const n = net.nodes.find((d) => d.id === id);
  return n ? nodeName(n) : id;
}
