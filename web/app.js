// The resident search page (/). Plain ES module, no build step. State lives
// in the address bar (so a search can be bookmarked or shared) and the
// counsellor's list in sessionStorage (it leaves with the tab; nothing about
// the client is stored anywhere).
import { apiClient } from './api.js';
import { LANGS, PLACES, words } from './i18n.js';
import { renderDetail, resultCard } from './render.js';

const api = apiClient();
const $ = (id) => document.getElementById(id);
const FACETS = ['free', 'language', 'municipality', 'time_of_day', 'weekday', 'accessibility', 'category', 'target_group', 'theme'];
const MAX_LIST = 20;

const state = {
  lang: 'fi', q: '', filters: {}, near: '', place: '', radius: '10', page: 1,
  list: JSON.parse(sessionStorage.getItem('tarjotin.list') || '[]'),  // [{id, name}]
  results: [],
};

function readUrl() {
  const p = new URLSearchParams(location.search);
  state.lang = LANGS.includes(p.get('lang')) ? p.get('lang') : (navigator.language || 'fi').slice(0, 2);
  if (!LANGS.includes(state.lang)) state.lang = 'fi';
  state.q = p.get('q') || '';
  state.near = p.get('near') || '';
  state.place = Object.keys(PLACES).find((k) => PLACES[k] === state.near) || (state.near ? 'me' : '');
  state.radius = p.get('radius_km') || '10';
  state.page = Number(p.get('page')) || 1;
  state.filters = {};
  for (const f of FACETS) if (p.get(f)) state.filters[f] = p.get(f).split(',');
}

function params() {
  const p = new URLSearchParams({ lang: state.lang });
  if (state.q) p.set('q', state.q);
  for (const [f, values] of Object.entries(state.filters)) if (values.length) p.set(f, values.join(','));
  if (state.near) { p.set('near', state.near); p.set('radius_km', state.radius); }
  if (state.page > 1) p.set('page', String(state.page));
  return p;
}

function apiParams() {
  const p = params();
  const free = state.filters.free;  // the facet says yes/no; the parameter is a boolean
  p.delete('free');
  if (free && free.length === 1) p.set('free', free[0] === 'yes' ? 'true' : 'false');
  if (state.near && !state.q) p.set('sort', 'distance');
  else if (!state.q) p.set('sort', 'start_time');
  return p;
}

function writeUrl() { history.replaceState(null, '', '?' + params().toString()); }

function t() { return words(state.lang); }

function applyWords() {
  const w = t();
  document.documentElement.lang = state.lang;
  document.title = w.title;
  $('title').textContent = w.title;
  $('tagline').textContent = w.tagline;
  $('lang-label').textContent = w.language;
  for (const b of document.querySelectorAll('[data-lang]')) b.setAttribute('aria-pressed', String(b.dataset.lang === state.lang));
  $('q-label').textContent = w.searchLabel;
  $('q-hint').textContent = w.searchHint;
  $('search-button').textContent = w.search;
  $('filters-heading').textContent = w.filters;
  $('where-legend').textContent = w.where;
  $('near-me').textContent = w.nearMe;
  $('near-me').setAttribute('aria-pressed', String(state.place === 'me'));
  $('place-label').textContent = w.nearPlace;
  $('radius-label').textContent = w.radius;
  $('clear').textContent = w.clearFilters;
  $('suggestions').setAttribute('aria-label', w.suggestions);
  const place = $('place');
  place.replaceChildren(new Option(w.anywhere, ''), ...Object.keys(PLACES).map((k) => new Option(w.places[k], k)));
  if (state.place === 'me') place.append(new Option(w.nearMe, 'me'));
  place.value = state.place;
  $('radius').value = state.radius;
  $('list-heading').textContent = w.list;
  $('list-lang-label').textContent = w.listLang;
  $('list-note-label').textContent = w.note;
  $('make-list').textContent = w.makeList;
  $('detail-close').textContent = w.close;
  $('list-link').textContent = w.openList;
  document.querySelector('.skip').textContent = w.skip;
  renderList();
}

function renderFacets(facets) {
  const w = t();
  const box = $('facets');
  box.replaceChildren();
  for (const name of FACETS) {
    const values = facets[name] || [];
    const chosen = state.filters[name] || [];
    if (!values.length && !chosen.length) continue;
    const fs = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = w.facet[name] || name;
    fs.append(legend);
    const shown = values.slice();
    for (const v of chosen) if (!shown.some((x) => x.value === v)) shown.push({ value: v, label: v, count: 0 });
    for (const v of shown) {
      const id = `f-${name}-${v.value}`.replace(/[^a-zA-Z0-9_-]/g, '_');
      const input = Object.assign(document.createElement('input'), { type: 'checkbox', id, checked: chosen.includes(v.value) });
      input.dataset.facet = name;
      input.dataset.value = v.value;
      const label = document.createElement('label');
      label.htmlFor = id;
      const count = Object.assign(document.createElement('span'), { className: 'count', textContent: `(${v.count})` });
      label.append(input, ' ' + (name === 'free' && v.value === 'yes' ? w.free : v.label) + ' ', count);
      fs.append(label);
    }
    box.append(fs);
  }
}

function renderResults(data) {
  const w = t();
  state.results = data.results;
  $('results-heading').textContent = w.results(data.total);
  $('status').textContent = data.total ? '' : w.noResults;
  const ol = $('results');
  ol.replaceChildren(...data.results.map((r) => {
    const li = document.createElement('li');
    li.append(resultCard(r, state.lang, {
      onOpen: () => openDetail(r),
      onToggle: () => toggleList(r),
      inList: state.list.some((x) => x.id === r.id),
    }));
    return li;
  }));
  const pages = Math.max(1, Math.ceil(data.total / data.page_size));
  const pager = $('pager');
  pager.replaceChildren();
  if (pages > 1) {
    const prev = Object.assign(document.createElement('button'), { type: 'button', textContent: w.prev, disabled: state.page <= 1 });
    prev.addEventListener('click', () => { state.page--; run(true); });
    const next = Object.assign(document.createElement('button'), { type: 'button', textContent: w.nextPage, disabled: state.page >= pages });
    next.addEventListener('click', () => { state.page++; run(true); });
    pager.append(prev, Object.assign(document.createElement('span'), { textContent: w.page(state.page, pages) }), next);
  }
  renderFacets(data.facets || {});
}

let generation = 0;
async function run(focusResults = false) {
  writeUrl();
  const mine = ++generation;
  $('status').textContent = t().loading;
  try {
    const data = await api.search(apiParams());
    if (mine !== generation) return;
    renderResults(data);
    if (focusResults) $('results-heading').focus();
  } catch (e) {
    if (mine === generation) $('status').textContent = t().error;
  }
}

// ---- the counsellor's list ----
function saveList() { sessionStorage.setItem('tarjotin.list', JSON.stringify(state.list)); }

function toggleList(r) {
  const i = state.list.findIndex((x) => x.id === r.id);
  if (i >= 0) state.list.splice(i, 1);
  else if (state.list.length >= MAX_LIST) { $('list-status').textContent = t().listFull; return; }
  else state.list.push({ id: r.id, name: r.name });
  saveList();
  renderList();
  for (const b of document.querySelectorAll('[data-toggle-id]')) {
    const on = state.list.some((x) => x.id === b.dataset.toggleId);
    b.setAttribute('aria-pressed', String(on));
    b.textContent = on ? t().added : t().add;
  }
  updateDetailButton();
}

function renderList() {
  const w = t();
  $('list-empty').textContent = state.list.length ? '' : w.listEmpty;
  $('list-form').hidden = state.list.length === 0;
  $('list-items').replaceChildren(...state.list.map((item) => {
    const li = document.createElement('li');
    const remove = Object.assign(document.createElement('button'), { type: 'button', textContent: w.remove });
    remove.setAttribute('aria-label', `${w.remove}: ${item.name}`);
    remove.addEventListener('click', () => toggleList(item));
    li.append(item.name + ' ', remove);
    return li;
  }));
}

async function makeList(event) {
  event.preventDefault();
  const w = t();
  $('list-status').textContent = '';
  try {
    const made = await api.createShortlist({
      listing_ids: state.list.map((x) => x.id), lang: $('list-lang').value, note: $('list-note').value.trim(),
    });
    const url = new URL(made.url, location.origin).toString();
    $('list-link').href = made.url;
    $('list-url').textContent = url;
    $('list-result').hidden = false;
    $('list-status').textContent = w.listReady;
  } catch (e) {
    $('list-status').textContent = `${w.listFailed} ${e.message}`;
  }
}

// ---- listing detail ----
let detailListing = null;
function updateDetailButton() {
  if (!detailListing) return;
  const on = state.list.some((x) => x.id === detailListing.id);
  $('detail-add').textContent = on ? t().remove : t().add;
}

async function openDetail(r) {
  detailListing = r;
  $('detail-title').textContent = r.name;
  $('detail-content').replaceChildren(renderDetail(r, null, state.lang));
  updateDetailButton();
  $('detail').showModal();
  try {
    const full = await api.listing(r.id);
    if (detailListing === r) $('detail-content').replaceChildren(renderDetail(r, full, state.lang));
  } catch { /* the short form stays */ }
}

// ---- type-ahead (ARIA combobox) ----
let suggestTimer = 0;
let active = -1;
function closeSuggestions() {
  $('suggestions').hidden = true;
  $('q').setAttribute('aria-expanded', 'false');
  $('q').removeAttribute('aria-activedescendant');
  active = -1;
}

function chooseSuggestion(s) {
  closeSuggestions();
  if (['category', 'theme', 'target_group'].includes(s.kind)) {
    state.filters[s.kind] = [s.id];
    state.q = '';
    $('q').value = '';
  } else {
    state.q = s.text;
    $('q').value = s.text;
  }
  state.page = 1;
  run(true);
}

async function suggest() {
  const q = $('q').value.trim();
  if (q.length < 2) return closeSuggestions();
  let data;
  try { data = await api.suggest(q, state.lang); } catch { return closeSuggestions(); }
  if ($('q').value.trim() !== q) return;
  const list = $('suggestions');
  list.replaceChildren(...data.suggestions.map((s, i) => {
    const li = Object.assign(document.createElement('li'), { id: `sugg-${i}`, textContent: s.text });
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.addEventListener('mousedown', (e) => { e.preventDefault(); chooseSuggestion(s); });
    li.suggestion = s;
    return li;
  }));
  const open = data.suggestions.length > 0;
  list.hidden = !open;
  $('q').setAttribute('aria-expanded', String(open));
  active = -1;
}

function moveActive(step) {
  const items = [...$('suggestions').children];
  if (!items.length || $('suggestions').hidden) return false;
  active = (active + step + items.length) % items.length;
  items.forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
  $('q').setAttribute('aria-activedescendant', items[active].id);
  return true;
}

// ---- wiring ----
function wire() {
  $('search').addEventListener('submit', (e) => {
    e.preventDefault();
    const items = [...$('suggestions').children];
    if (active >= 0 && items[active]) return chooseSuggestion(items[active].suggestion);
    closeSuggestions();
    state.q = $('q').value.trim();
    state.page = 1;
    run(true);
  });
  $('q').addEventListener('input', () => { clearTimeout(suggestTimer); suggestTimer = setTimeout(suggest, 150); });
  $('q').addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && moveActive(1)) e.preventDefault();
    else if (e.key === 'ArrowUp' && moveActive(-1)) e.preventDefault();
    else if (e.key === 'Escape') closeSuggestions();
  });
  $('q').addEventListener('blur', () => setTimeout(closeSuggestions, 100));
  for (const b of document.querySelectorAll('[data-lang]')) {
    b.addEventListener('click', () => { state.lang = b.dataset.lang; $('list-lang').value = state.lang; applyWords(); run(); });
  }
  $('facets').addEventListener('change', (e) => {
    const input = e.target;
    if (!input.dataset.facet) return;
    const values = new Set(state.filters[input.dataset.facet] || []);
    if (input.checked) values.add(input.dataset.value); else values.delete(input.dataset.value);
    state.filters[input.dataset.facet] = [...values];
    state.page = 1;
    run();
  });
  $('place').addEventListener('change', () => {
    state.place = $('place').value;
    state.near = state.place === 'me' ? state.near : (PLACES[state.place] || '');
    $('near-me').setAttribute('aria-pressed', String(state.place === 'me'));
    state.page = 1;
    run();
  });
  $('radius').addEventListener('change', () => { state.radius = $('radius').value; if (state.near) run(); });
  $('near-me').addEventListener('click', () => {
    const w = t();
    if (!navigator.geolocation) { $('where-status').textContent = w.locateFailed; return; }
    $('where-status').textContent = w.locating;
    navigator.geolocation.getCurrentPosition((pos) => {
      state.near = `${pos.coords.latitude.toFixed(4)},${pos.coords.longitude.toFixed(4)}`;
      state.place = 'me';
      $('where-status').textContent = '';
      applyWords();
      state.page = 1;
      run();
    }, () => { $('where-status').textContent = w.locateFailed; }, { timeout: 10000, maximumAge: 600000 });
  });
  $('clear').addEventListener('click', () => {
    state.filters = {}; state.near = ''; state.place = ''; state.page = 1;
    applyWords();
    run();
  });
  $('list-form').addEventListener('submit', makeList);
  $('detail-close').addEventListener('click', () => $('detail').close());
  $('detail-add').addEventListener('click', () => detailListing && toggleList(detailListing));
  $('detail').addEventListener('close', () => { detailListing = null; });
}

readUrl();
$('q').value = state.q;
$('list-lang').value = state.lang;
applyWords();
wire();
run();
