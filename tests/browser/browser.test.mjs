// The resident search page, the shortlist print view and the widget in a real
// browser: Debian's chromium (/usr/bin/chromium, never a downloaded one)
// driven by playwright-core, accessibility checked with axe-core, against a
// real `tarjotin serve` over the demo data. Writes search-360.png and
// shortlist.pdf to $TARJOTIN_ARTIFACTS.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import http from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const bin = process.env.TARJOTIN_BIN;
const sourceDir = process.env.TARJOTIN_SOURCE_DIR;
const artifacts = process.env.TARJOTIN_ARTIFACTS || path.resolve('artifacts');
mkdirSync(artifacts, { recursive: true });

let server;
let browser;
let context;

before(async () => {
  assert.ok(bin && sourceDir, 'set TARJOTIN_BIN and TARJOTIN_SOURCE_DIR (tests/browser/run does)');
  server = await startServer({ bin, sourceDir });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  // bypassCSP: axe is injected as a script the pages' own policy would refuse.
  context = await browser.newContext({ bypassCSP: true, locale: 'fi-FI', viewport: { width: 1280, height: 900 } });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function openSearch(query = '') {
  const page = await context.newPage();
  await page.goto(server.origin + '/' + query);
  await page.waitForSelector('#results .card');
  return page;
}

// axe-core violations of impact serious or critical on `page`.
async function seriousViolations(page) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

async function resultNames(page) {
  return page.locator('#results .card h3').allTextContents();
}

test('a search with type-ahead finds the language café', async () => {
  const page = await openSearch();
  await page.fill('#q', 'kieli');
  await page.waitForSelector('#suggestions:not([hidden]) li');
  assert.equal(await page.getAttribute('#q', 'aria-expanded'), 'true');
  const suggestions = await page.locator('#suggestions li').allTextContents();
  assert.ok(suggestions.some((s) => /Kielikahvila/.test(s)), suggestions.join(' | '));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => [...document.querySelectorAll('#results .card h3')].some((h) => /Kielikahvila/.test(h.textContent)));
  assert.match(page.url(), /q=/);
  await page.close();
});

test('filters: free, Swedish-language activities near a point, nearest first with distances', async () => {
  const page = await openSearch('?lang=sv');
  assert.equal(await page.getAttribute('html', 'lang'), 'sv');
  const before = await page.textContent('#results-heading');
  await page.check('#f-language-sv');
  await page.waitForFunction((b) => document.querySelector('#results-heading').textContent !== b, before);
  const swedish = await page.textContent('#results-heading');
  await page.check('#f-free-yes');
  await page.waitForFunction((b) => document.querySelector('#results-heading').textContent !== b, swedish);
  await page.selectOption('#place', 'hki');
  await page.waitForFunction(() => /near=/.test(location.search) && document.querySelector('#results .card .meta')?.textContent.includes('km bort'));
  const cards = page.locator('#results .card');
  const n = await cards.count();
  assert.ok(n > 0 && n < 34, `expected fewer than all 34 demo listings, got ${n}`);
  // Places nearest first; online activities (no place, no distance) after them.
  const distances = [];
  for (let i = 0; i < n; i++) {
    const meta = await cards.nth(i).locator('.meta').textContent();
    assert.match(meta, /Gratis/);
    const km = (await cards.nth(i).locator('.distance').count()) ?
      (await cards.nth(i).locator('.distance').textContent()).match(/([\d,]+) km bort/) : null;
    distances.push(km ? Number(km[1].replace(',', '.')) : Infinity);
  }
  assert.ok(distances.filter(Number.isFinite).length >= 3, distances.join(' '));
  assert.ok(distances.every((d) => d === Infinity || d <= 10), 'within the 10 km radius: ' + distances.join(' '));
  assert.deepEqual(distances, [...distances].sort((a, b) => a - b), 'nearest first');
  await page.close();
});

test('a listing opens with its details', async () => {
  const page = await openSearch('?q=kielikahvila&lang=en');
  await page.locator('#results .card h3 button').first().click();
  await page.waitForSelector('#detail[open]');
  const title = await page.textContent('#detail-title');
  assert.match(title, /Language café/);
  await page.waitForFunction(() => /Volunteers help you/.test(document.querySelector('#detail-content').textContent));
  assert.match(await page.textContent('#detail-content'), /Free/);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('#detail').open);
  await page.close();
});

test('a counsellor builds a shortlist in Swedish and prints it', async () => {
  const page = await openSearch('?lang=fi');
  const adds = page.locator('#results .card .actions button');
  const names = (await resultNames(page)).slice(0, 3);
  for (let i = 0; i < 3; i++) await adds.nth(i).click();
  assert.equal(await page.locator('#list-items li').count(), 3);
  assert.equal(await adds.nth(0).getAttribute('aria-pressed'), 'true');
  await page.selectOption('#list-lang', 'sv');
  await page.fill('#list-note', 'Ring <gärna> & fråga');
  await page.click('#make-list');
  await page.waitForSelector('#list-result:not([hidden])');
  const href = await page.getAttribute('#list-link', 'href');
  assert.match(href, /^\/s\/[A-Za-z0-9_-]{22}$/);

  const print = await context.newPage();
  await print.goto(server.origin + href);
  assert.equal(await print.getAttribute('html', 'lang'), 'sv');
  assert.equal(await print.textContent('h1'), 'Din lista');
  assert.equal(await print.locator('article').count(), 3);
  assert.equal(await print.textContent('.note'), 'Ring <gärna> & fråga');  // shown as text, not markup
  assert.equal(await print.locator('.note *').count(), 0);
  const printed = await print.locator('article h2').allTextContents();
  assert.equal(printed.length, names.length);
  await print.emulateMedia({ media: 'print' });
  assert.equal(await print.locator('#print').isVisible(), false, 'the print button is not printed');
  await print.pdf({ path: path.join(artifacts, 'shortlist.pdf'), format: 'A4' });
  assert.deepEqual(await seriousViolations(print), []);
  await print.close();
  await page.close();
});

test('the search page has no serious or critical accessibility violations', async () => {
  const page = await openSearch();
  assert.deepEqual(await seriousViolations(page), []);
  await page.locator('#results .card h3 button').first().click();
  await page.waitForSelector('#detail[open]');
  assert.deepEqual(await seriousViolations(page), [], 'with the detail open');
  await page.close();
});

test('at 360 px the page fits the screen (screenshot saved)', async () => {
  const phone = await browser.newContext({ viewport: { width: 360, height: 780 }, deviceScaleFactor: 1, bypassCSP: true });
  const page = await phone.newPage();
  await page.goto(server.origin + '/?lang=fi');
  await page.waitForSelector('#results .card');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `the page is ${width} px wide`);
  await page.screenshot({ path: path.join(artifacts, 'search-360.png'), fullPage: true });
  assert.deepEqual(await seriousViolations(page), []);
  await phone.close();
});

test('the widget works on a host page of another origin, with presets, the host font and no cookies', async () => {
  // The host page comes from another origin (its own server on 127.0.0.1).
  const hostServer = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="sv"><head><title>Stadens sida</title>
      <style>body { font-family: "DejaVu Serif", serif; } button { background: rgb(255, 0, 0); } h3 { color: rgb(0, 128, 0); }</style>
      </head><body><h1>Stadens sida</h1><p class="card">host card</p><div id="widget"></div>
      <script src="${server.origin}/embed.js" data-lang="sv" data-filters="language=sv&free=true" data-target="#widget"></script>
      </body></html>`);
  });
  await new Promise((resolve) => hostServer.listen(0, '127.0.0.1', resolve));
  after(() => hostServer.close());
  const widgetContext = await browser.newContext();
  const page = await widgetContext.newPage();
  await page.goto(`http://127.0.0.1:${hostServer.address().port}/`);
  await page.waitForFunction(() => document.querySelector('#widget').shadowRoot?.querySelector('.card'));
  const seen = await page.evaluate(() => {
    const root = document.querySelector('#widget').shadowRoot;
    const cards = [...root.querySelectorAll('.card')];
    const title = root.querySelector('.card h3');
    return {
      status: root.querySelector('[role=status]').textContent,
      label: root.querySelector('label').textContent,
      free: cards.every((c) => /Gratis/.test(c.querySelector('.meta').textContent)),
      font: getComputedStyle(title).fontFamily,
      buttonBackground: getComputedStyle(root.querySelector('button[type=submit]')).backgroundColor,
      titleColor: getComputedStyle(title).color,
      hostCardBorder: getComputedStyle(document.querySelector('p.card')).borderTopStyle,
    };
  });
  assert.match(seen.status, /\d+ resultat/);
  assert.equal(seen.label, 'Vad söker du?');
  assert.ok(seen.free, 'the preset free=true applies');
  assert.match(seen.font, /DejaVu Serif/, 'the host font is inherited');
  assert.notEqual(seen.buttonBackground, 'rgb(255, 0, 0)', "the host's CSS does not reach in");
  assert.notEqual(seen.titleColor, 'rgb(0, 128, 0)', "the host's CSS does not reach in");
  assert.equal(seen.hostCardBorder, 'none', "the widget's CSS does not leak out");

  // A search inside the widget keeps the presets.
  const input = page.locator('#widget input');
  await input.fill('samtalsgrupp');
  await input.press('Enter');
  await page.waitForFunction(() => {
    const cards = [...document.querySelector('#widget').shadowRoot.querySelectorAll('.card h3')];
    return cards.length > 0 && cards.every((h) => /Samtalsgrupp/.test(h.textContent));
  });
  assert.deepEqual(await widgetContext.cookies(), [], 'no cookies');
  await widgetContext.close();
});
