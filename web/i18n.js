// The page's own words in fi / sv / en (listing texts come from the API in
// the chosen language). Plain language: short sentences, everyday words.
export const LANGS = ['fi', 'sv', 'en'];

const WORDS = {
  fi: {
    skip: 'Siirry tuloksiin', title: 'Palvelutarjotin', tagline: 'Etsi liikuntaa, kulttuuria, ryhmiä ja neuvontaa läheltäsi.',
    language: 'Kieli', search: 'Hae', searchLabel: 'Mitä etsit?', searchHint: 'Esimerkiksi: tuolijumppa, kielikahvila, kirjasto',
    filters: 'Rajaa hakua', clearFilters: 'Poista rajaukset', showFilters: 'Näytä rajaukset',
    facet: {
      free: 'Hinta', language: 'Toiminnan kieli', municipality: 'Kunta', time_of_day: 'Kellonaika', weekday: 'Viikonpäivä',
      accessibility: 'Esteettömyys', category: 'Aihe', target_group: 'Kenelle', theme: 'Teema', kind: 'Tyyppi', channel: 'Miten',
    },
    where: 'Sijainti', nearMe: 'Lähellä minua', nearPlace: 'Lähellä paikkaa', anywhere: 'Missä tahansa', radius: 'Etäisyys enintään',
    locating: 'Haetaan sijaintia…', locateFailed: 'Sijaintia ei saatu. Valitse paikka listasta.',
    results: (n) => n === 1 ? '1 tulos' : `${n} tulosta`, noResults: 'Ei tuloksia. Kokeile poistaa rajauksia.',
    loading: 'Haetaan…', error: 'Haku ei onnistunut. Yritä hetken päästä uudelleen.',
    km: (d) => `${String(d).replace('.', ',')} km päässä`, next: 'Seuraava kerta', free: 'Maksuton', more: 'Lisätietoja',
    add: 'Lisää listalle', added: 'Listalla', remove: 'Poista listalta', close: 'Sulje',
    list: 'Lista asiakkaalle', listEmpty: 'Lista on tyhjä. Lisää palveluita hakutuloksista.',
    listLang: 'Listan kieli', note: 'Muistiinpano (ei nimiä eikä henkilötietoja)', makeList: 'Tee lista',
    listReady: 'Lista on valmis. Avaa se, tulosta tai kopioi osoite asiakkaalle.', openList: 'Avaa ja tulosta lista',
    listFailed: 'Listan teko ei onnistunut.', listFull: 'Listalla voi olla enintään 20 palvelua.',
    prev: 'Edellinen', nextPage: 'Seuraava', page: (p, n) => `Sivu ${p} / ${n}`,
    when: 'Milloin', placeName: 'Missä', price: 'Hinta', signup: 'Ilmoittautuminen', phone: 'Puhelin', web: 'Verkkosivu',
    signupYes: 'Ilmoittaudu etukäteen.', signupNo: 'Ei ilmoittautumista.', signupUnknown: 'Kysy järjestäjältä.',
    priceUnknown: 'Kysy järjestäjältä.', organiser: 'Järjestäjä', ages: 'Ikä', heldIn: 'Kieli',
    suggestions: 'Ehdotukset', places: { hki: 'Helsingin keskusta', itis: 'Itäkeskus', tapiola: 'Tapiola (Espoo)', espoo: 'Espoon keskus', tikkurila: 'Tikkurila (Vantaa)' },
  },
  sv: {
    skip: 'Till resultaten', title: 'Serviceutbud', tagline: 'Hitta motion, kultur, grupper och rådgivning nära dig.',
    language: 'Språk', search: 'Sök', searchLabel: 'Vad söker du?', searchHint: 'Till exempel: stolgymnastik, språkcafé, bibliotek',
    filters: 'Avgränsa sökningen', clearFilters: 'Ta bort avgränsningar', showFilters: 'Visa avgränsningar',
    facet: {
      free: 'Pris', language: 'Verksamhetens språk', municipality: 'Kommun', time_of_day: 'Tid på dagen', weekday: 'Veckodag',
      accessibility: 'Tillgänglighet', category: 'Ämne', target_group: 'För vem', theme: 'Tema', kind: 'Typ', channel: 'Hur',
    },
    where: 'Plats', nearMe: 'Nära mig', nearPlace: 'Nära en plats', anywhere: 'Var som helst', radius: 'Högst',
    locating: 'Söker din position…', locateFailed: 'Positionen hittades inte. Välj en plats i listan.',
    results: (n) => n === 1 ? '1 resultat' : `${n} resultat`, noResults: 'Inga resultat. Försök ta bort avgränsningar.',
    loading: 'Söker…', error: 'Sökningen lyckades inte. Försök igen om en stund.',
    km: (d) => `${String(d).replace('.', ',')} km bort`, next: 'Nästa gång', free: 'Gratis', more: 'Mer information',
    add: 'Lägg till i listan', added: 'I listan', remove: 'Ta bort från listan', close: 'Stäng',
    list: 'Lista för klienten', listEmpty: 'Listan är tom. Lägg till tjänster från sökresultaten.',
    listLang: 'Listans språk', note: 'Anteckning (inga namn eller personuppgifter)', makeList: 'Gör listan',
    listReady: 'Listan är klar. Öppna den, skriv ut eller kopiera adressen åt klienten.', openList: 'Öppna och skriv ut listan',
    listFailed: 'Listan kunde inte göras.', listFull: 'Listan kan ha högst 20 tjänster.',
    prev: 'Föregående', nextPage: 'Nästa', page: (p, n) => `Sida ${p} / ${n}`,
    when: 'När', placeName: 'Var', price: 'Pris', signup: 'Anmälan', phone: 'Telefon', web: 'Webbsida',
    signupYes: 'Anmäl dig i förväg.', signupNo: 'Ingen anmälan.', signupUnknown: 'Fråga arrangören.',
    priceUnknown: 'Fråga arrangören.', organiser: 'Arrangör', ages: 'Ålder', heldIn: 'Språk',
    suggestions: 'Förslag', places: { hki: 'Helsingfors centrum', itis: 'Östra centrum', tapiola: 'Hagalund (Esbo)', espoo: 'Esbo centrum', tikkurila: 'Dickursby (Vanda)' },
  },
  en: {
    skip: 'Skip to results', title: 'Service finder', tagline: 'Find exercise, culture, groups and advice near you.',
    language: 'Language', search: 'Search', searchLabel: 'What are you looking for?', searchHint: 'For example: chair exercise, language café, library',
    filters: 'Narrow the search', clearFilters: 'Clear filters', showFilters: 'Show filters',
    facet: {
      free: 'Price', language: 'Language of the activity', municipality: 'Municipality', time_of_day: 'Time of day', weekday: 'Weekday',
      accessibility: 'Accessibility', category: 'Topic', target_group: 'Who it is for', theme: 'Theme', kind: 'Type', channel: 'How',
    },
    where: 'Location', nearMe: 'Near me', nearPlace: 'Near a place', anywhere: 'Anywhere', radius: 'At most',
    locating: 'Finding your location…', locateFailed: 'Could not get your location. Choose a place from the list.',
    results: (n) => n === 1 ? '1 result' : `${n} results`, noResults: 'No results. Try removing some filters.',
    loading: 'Searching…', error: 'The search did not work. Please try again in a moment.',
    km: (d) => `${d} km away`, next: 'Next time', free: 'Free', more: 'More information',
    add: 'Add to list', added: 'On the list', remove: 'Remove from list', close: 'Close',
    list: 'List for the client', listEmpty: 'The list is empty. Add services from the results.',
    listLang: 'Language of the list', note: 'Note (no names or personal details)', makeList: 'Make the list',
    listReady: 'The list is ready. Open it, print it or copy the address for the client.', openList: 'Open and print the list',
    listFailed: 'The list could not be made.', listFull: 'A list can hold at most 20 services.',
    prev: 'Previous', nextPage: 'Next', page: (p, n) => `Page ${p} of ${n}`,
    when: 'When', placeName: 'Where', price: 'Price', signup: 'Signing up', phone: 'Phone', web: 'Web page',
    signupYes: 'Sign up in advance.', signupNo: 'No need to sign up.', signupUnknown: 'Ask the organiser.',
    priceUnknown: 'Ask the organiser.', organiser: 'Organiser', ages: 'Age', heldIn: 'Language',
    suggestions: 'Suggestions', places: { hki: 'Helsinki centre', itis: 'Itäkeskus', tapiola: 'Tapiola (Espoo)', espoo: 'Espoo centre', tikkurila: 'Tikkurila (Vantaa)' },
  },
};

export function words(lang) { return WORDS[lang] || WORDS.fi; }

// Points a resident can pick instead of sharing their location.
export const PLACES = {
  hki: '60.1699,24.9384', itis: '60.2104,25.0811', tapiola: '60.1756,24.8055', espoo: '60.2052,24.6559', tikkurila: '60.2925,25.0440',
};

const LOCALE = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

// "ke 2.12.2026 klo 17.00" in Helsinki time; a date-only value stays a date.
export function formatWhen(value, lang) {
  if (!value) return '';
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const d = new Date(dateOnly ? value + 'T12:00:00Z' : value);
  if (Number.isNaN(d.getTime())) return value;
  const opts = { timeZone: 'Europe/Helsinki', weekday: 'short', day: 'numeric', month: 'numeric', year: 'numeric' };
  if (!dateOnly) Object.assign(opts, { hour: '2-digit', minute: '2-digit' });
  return new Intl.DateTimeFormat(LOCALE[lang] || 'fi-FI', opts).format(d);
}
