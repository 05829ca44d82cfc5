// DOM helpers. Data only ever reaches the page as text nodes or attribute values set through
// the DOM API: no view builds HTML from strings, so an article's "<script>" stays text.

const SAFE_URL = /^(https?:\/\/|\/|#)/i;

/** Creates an element: props are attributes (on* are listeners), children are nodes or text. */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (v == null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if ((k === 'href' || k === 'src') && !SAFE_URL.test(String(v))) continue;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  add(el, children);
  return el;
}

/** Appends nodes or strings (as text) to el, skipping null and false. */
export function add(el, ...children) {
  for (const c of children.flat(Infinity)) {
    if (c == null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the few entities Lucene's highlighter writes (named ones and numeric references). */
export function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi, (m, e) => {
    const l = e.toLowerCase();
    if (l[0] !== '#') return NAMED[l];
    const n = l[1] === 'x' ? parseInt(l.slice(2), 16) : parseInt(l.slice(1), 10);
    return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : m;
  });
}

/**
 * Turns a search snippet (escaped text with matches in <mark>) into nodes without parsing it as
 * HTML: the only markup kept is <mark>; everything else is decoded to plain text.
 */
export function snippetNodes(snippet) {
  const out = [];
  let marked = false;
  for (const part of String(snippet || '').split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const text = decodeEntities(part);
      out.push(marked ? h('mark', null, text) : text);
    }
  }
  return out;
}
