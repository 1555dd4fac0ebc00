// DOM for one search result and for a listing's detail, shared by the page
// and the widget. Everything is set as text (textContent), never as HTML, and
// links only ever point to http(s) URLs.
import { formatWhen, words } from './i18n.js';

const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children.filter((c) => c !== null && c !== undefined && c !== ''));
  return node;
};

export function safeUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.toString() : '';
  } catch { return ''; }
}

function place(r) {
  const l = r.location || {};
  return [l.name, [l.street_address, l.municipality].filter(Boolean).join(', ')].filter(Boolean).join(' – ');
}

function priceText(r, w) {
  if (r.price?.free === 'yes') return w.free;
  return r.price?.text || w.priceUnknown;
}

// A result card. opts: {onOpen, onToggle, inList} (onToggle absent: no list button).
export function resultCard(r, lang, opts = {}) {
  const w = words(lang);
  const title = el('h3', {}, el('button', { type: 'button', textContent: r.name }));
  title.firstChild.addEventListener('click', () => opts.onOpen?.(r));
  const meta = el('p', { className: 'meta' });
  const when = r.next_occurrence || r.start;
  if (when) meta.append(el('span', {}, `${w.next}: ${formatWhen(when, lang)}`));
  if (typeof r.distance_km === 'number') meta.append(el('span', { className: 'distance' }, w.km(r.distance_km)));
  if (r.price?.free === 'yes') meta.append(el('span', { className: 'badge' }, w.free));
  const card = el('article', { className: 'card' }, title, meta);
  if (r.summary) card.append(el('p', {}, r.summary));
  const where = place(r);
  if (where) card.append(el('p', {}, where));
  if (opts.onToggle) {
    const toggle = el('button', { type: 'button', textContent: opts.inList ? w.added : w.add });
    toggle.dataset.toggleId = r.id;
    toggle.setAttribute('aria-pressed', String(!!opts.inList));
    toggle.setAttribute('aria-label', `${w.add}: ${r.name}`);
    toggle.addEventListener('click', () => opts.onToggle(r));
    card.append(el('p', { className: 'actions' }, toggle));
  }
  return card;
}

function plain(html) {
  const doc = new DOMParser().parseFromString(html || '', 'text/html');
  return (doc.body.textContent || '').trim();
}

function pick(text, lang) {
  if (!text) return '';
  return text[lang] || text.fi || text.sv || text.en || Object.values(text)[0] || '';
}

// The detail of a result; `full` is /v1/listings/{id} when it has arrived.
export function renderDetail(r, full, lang) {
  const w = words(lang);
  const dl = el('dl');
  const row = (label, ...value) => { if (value.some(Boolean)) dl.append(el('dt', {}, label), el('dd', {}, ...value)); };
  const description = full ? plain(pick(full.description, lang)) : '';
  const box = el('div', {}, el('p', {}, description || r.summary || ''));
  const dates = full ? full.occurrences
      .filter((o) => new Date(o.end || o.start) >= new Date()).slice(0, 5)
      .map((o) => formatWhen(o.start, lang)).join('; ') : '';
  row(w.when, dates || formatWhen(r.next_occurrence || r.start, lang));
  row(w.placeName, place(r));
  const ages = r.min_age != null || r.max_age != null ? `${w.ages} ${r.min_age ?? ''}–${r.max_age ?? ''}` : '';
  row(w.heldIn, (r.languages || []).join(', '));
  row(w.ages, ages);
  row(w.price, priceText(r, w));
  const reg = r.registration || {};
  const regUrl = safeUrl(reg.url);
  row(w.signup, reg.required === 'yes' ? w.signupYes : reg.required === 'no' ? w.signupNo : w.signupUnknown,
      regUrl ? el('br') : null, regUrl ? el('a', { href: regUrl, textContent: regUrl, rel: 'noopener noreferrer' }) : null);
  row(w.organiser, r.organiser);
  if (r.phone) row(w.phone, el('a', { href: 'tel:' + r.phone.replace(/[^0-9+]/g, ''), textContent: r.phone }));
  const web = safeUrl(r.url);
  if (web) row(w.web, el('a', { href: web, textContent: web, rel: 'noopener noreferrer' }));
  box.append(dl);
  return box;
}
