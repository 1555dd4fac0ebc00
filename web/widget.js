// The embeddable widget (loaded by /embed.js): search box and results in a
// shadow root of the host's element, with the host's preset filters.
import { apiClient } from './api.js';
import { LANGS, words } from './i18n.js';
import { renderDetail, resultCard } from './render.js';

// Preset filters a host may give (data-filters, a query string); others are ignored.
const PRESETS = new Set(['q', 'kind', 'language', 'free', 'category', 'theme', 'target_group', 'target_group_only',
  'accessibility', 'max_price', 'municipality', 'near', 'radius_km', 'channel', 'weekday', 'time_of_day',
  'registration', 'age', 'start', 'end', 'sort', 'page_size']);

const STYLE = `
:host { display: block; font: inherit; color: inherit; }
* { box-sizing: border-box; }
form { display: flex; gap: .5em; flex-wrap: wrap; align-items: flex-end; }
label { display: block; font-weight: bold; width: 100%; }
input { flex: 1; min-width: 10em; min-height: 44px; font: inherit; padding: .3em .5em; border: 2px solid #767676; border-radius: .3em; }
button { font: inherit; min-height: 44px; padding: .3em .9em; border: 2px solid currentColor; border-radius: .3em; background: transparent; color: inherit; cursor: pointer; }
button:focus-visible, input:focus-visible, a:focus-visible { outline: 3px solid #0a4fa0; outline-offset: 2px; }
ol { list-style: none; padding: 0; margin: .75em 0 0; }
.card { border: 1px solid #767676; border-radius: .4em; padding: .6em .8em; margin-bottom: .6em; }
.card h3 { margin: 0 0 .2em; font-size: 1.15em; }
.card h3 button { all: unset; text-decoration: underline; cursor: pointer; }
.card h3 button:focus-visible { outline: 3px solid #0a4fa0; }
.card p { margin: .2em 0; }
.meta { display: flex; flex-wrap: wrap; gap: .2em 1em; }
.badge { font-weight: bold; }
dt { font-weight: bold; margin-top: .4em; } dd { margin: 0; }
`;

export function mount(host, { base, lang, filters }) {
  if (!LANGS.includes(lang)) lang = 'fi';
  const w = words(lang);
  const api = apiClient(base);
  const preset = new URLSearchParams();
  for (const [k, v] of new URLSearchParams(filters)) if (PRESETS.has(k)) preset.append(k, v);

  const root = host.shadowRoot || host.attachShadow({ mode: 'open' });
  const id = 'tw-' + Math.random().toString(36).slice(2, 8);
  root.innerHTML = `<style>${STYLE}</style>
    <section lang="${lang}" aria-label="${w.title}">
      <form role="search"><label for="${id}"></label><input id="${id}" type="search" autocomplete="off"><button type="submit"></button></form>
      <p role="status" aria-live="polite"></p>
      <ol></ol>
    </section>`;
  const form = root.querySelector('form');
  const input = root.querySelector('input');
  const status = root.querySelector('[role=status]');
  const list = root.querySelector('ol');
  root.querySelector('label').textContent = w.searchLabel;
  root.querySelector('button[type=submit]').textContent = w.search;

  async function search() {
    const p = new URLSearchParams(preset);
    p.set('lang', lang);
    if (input.value.trim()) p.set('q', input.value.trim());
    if (!p.has('sort') && !p.has('q')) p.set('sort', p.has('near') ? 'distance' : 'start_time');
    if (!p.has('page_size')) p.set('page_size', '10');
    p.set('facets', '');
    status.textContent = w.loading;
    try {
      const data = await api.search(p);
      status.textContent = data.total ? w.results(data.total) : w.noResults;
      list.replaceChildren(...data.results.map((r) => {
        const li = document.createElement('li');
        const card = resultCard(r, lang, {
          onOpen: async () => {
            const open = card.querySelector('.detail');
            if (open) { open.remove(); return; }
            const box = document.createElement('div');
            box.className = 'detail';
            box.append(renderDetail(r, null, lang));
            card.append(box);
            try { box.replaceChildren(renderDetail(r, await api.listing(r.id), lang)); } catch { /* short form stays */ }
          },
        });
        li.append(card);
        return li;
      }));
    } catch {
      status.textContent = w.error;
    }
  }
  form.addEventListener('submit', (e) => { e.preventDefault(); search(); });
  search();
}
