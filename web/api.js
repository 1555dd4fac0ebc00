// Calls to the tarjotin API, relative to `base` (the page's origin, or the
// origin embed.js was loaded from). No cookies are ever sent.
export function apiClient(base = '') {
  async function get(path, params) {
    const url = new URL(path, base || window.location.origin);
    if (params) url.search = params.toString();
    const res = await fetch(url, { credentials: 'omit', headers: { Accept: 'application/json' } });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return res.json();
  }
  return {
    search: (params) => get('/v1/search', params),
    suggest: (q, lang) => get('/v1/suggest', new URLSearchParams({ q, lang, limit: '8' })),
    listing: (id) => get('/v1/listings/' + encodeURIComponent(id)),
    async createShortlist(body) {
      const res = await fetch(new URL('/v1/shortlists', base || window.location.origin), {
        method: 'POST', credentials: 'omit', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body),
      });
      const json = await res.json().catch(() => ({}));
      if (!res.ok) throw new Error(json.error?.message || `HTTP ${res.status}`);
      return json;
    },
  };
}
