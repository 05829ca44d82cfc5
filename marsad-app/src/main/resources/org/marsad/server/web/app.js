// Marsad web UI: hash routes (#/search, #/article/ID, #/analyze, #/entity/ID, #/events,
// #/network, #/map).
import { h, add, clear } from './dom.js';
import { t, setLang, currentLang } from './i18n.js';
import { renderSearch } from './search.js';
import { renderArticle, renderAnalyze, renderEntity, renderEvents } from './pages.js';
import { renderNetwork } from './network.js';
import { renderMap } from './map.js';

const ROUTES = { search: renderSearch, article: renderArticle, analyze: renderAnalyze, entity: renderEntity, events: renderEvents,
  network: renderNetwork, map: renderMap };
const NAV = ['search', 'events', 'network', 'map', 'analyze'];
let lastRoute = null;

function parseHash() {
  const raw = location.hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const [name, ...rest] = path.split('/');
  let arg = '';
  try { arg = rest.map(decodeURIComponent).join('/'); } catch { arg = rest.join('/'); }
  return { name: ROUTES[name] ? name : 'search', arg, params: new URLSearchParams(q < 0 ? '' : raw.slice(q + 1)) };
}

function renderNav(active) {
  const nav = clear(document.getElementById('nav'));
  add(nav, NAV.map((n) => h('a', { href: '#/' + n, 'aria-current': n === active ? 'page' : null }, t(n))));
  document.getElementById('lang-toggle').textContent = currentLang() === 'en' ? 'العربية' : 'English';
  document.getElementById('lang-toggle').lang = currentLang() === 'en' ? 'ar' : 'en';
}

async function route() {
  const r = parseHash();
  const main = clear(document.getElementById('main'));
  renderNav(r.name);
  document.title = `${t(r.name)} · مرصد`;
  main.dataset.page = r.name;
  main.setAttribute('aria-busy', 'true');
  try {
    await ROUTES[r.name](main, r.params, r.arg);
  } catch (e) {
    add(main, h('p', { class: 'error', role: 'alert' }, `${t('error')}: ${e.message}`));
  } finally {
    main.removeAttribute('aria-busy');
  }
  if (lastRoute !== null && lastRoute !== r.name) main.focus({ preventScroll: true });
  lastRoute = r.name;
}

setLang(currentLang());
document.getElementById('lang-toggle').addEventListener('click', () => {
  setLang(currentLang() === 'en' ? 'ar' : 'en');
  route();
});
window.addEventListener('hashchange', route);
route();
