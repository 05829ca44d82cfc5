// The REST API (docs/store.md). Errors are RFC 9457 problem JSON; their detail is thrown.

async function read(r) {
  const body = await r.json().catch(() => null);
  if (!r.ok) throw new Error((body && body.detail) || `${r.status} ${r.statusText}`);
  return body;
}

const get = (path) => fetch(path, { headers: { Accept: 'application/json' } }).then(read);

export const api = {
  search: (params) => get('/api/search?' + params),
  document: (id) => get('/api/documents/' + encodeURIComponent(id)),
  entity: (id) => get('/api/entities/' + encodeURIComponent(id)),
  events: (params) => get('/api/events?' + params),
  network: (params) => get('/api/network?' + params),
  places: (params) => get('/api/places?' + params),
  timeline: (params) => get('/api/timeline?' + params),
  analyze: (body) => fetch('/api/analyze', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  }).then(read),
};
