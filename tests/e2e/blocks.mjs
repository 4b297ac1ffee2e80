// SPDX-License-Identifier: MIT
// The content blocks in headless Chromium (fixtures/blocks: every block type).
//
//   node tests/e2e/blocks.mjs [--verbose] [--screenshots DIR] [--theme ID]
//
// In every built-in theme (fixtures/themes.json: the exporter's theme data, kept equal to it by
// export_tests), at 1280 and 360 px, on the cover page, a section page, every slide and with
// every interactive block open (tab, accordion section, flip card, marker dialog, second gallery
// picture): axe-core finds no WCAG 2.1 A/AA violation, nothing overflows sideways, the controls a
// thumb uses are at least 44x44 px on the phone. Then, with the keyboard alone: the tabs (arrows, Home, End), the accordion and the flip
// cards (Enter, Space), the labelled graphic's dialog (Enter opens it with the focus inside,
// Escape closes it and gives the focus back to its marker), the gallery; the slide's required
// blocks hold Next back until every entry was opened, and what was opened survives a reload
// (resume data). Exit status 0 = every check passed.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { startServer } from './lib/server.mjs';
import { launch } from './lib/browser.mjs';
import { assembleFixture, workDir } from './lib/fixtures.mjs';

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const VIEWPORTS = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
};
const TAP = '.tab, .acc-btn, .card-front, .marker, .gallery-nav button, .block-button .btn, button.next, button.prev';

const THEMES = JSON.parse(fs.readFileSync(new URL('./fixtures/themes.json', import.meta.url), 'utf8'));

const argv = process.argv.slice(2);
const themeAt = argv.indexOf('--theme');
const onlyTheme = themeAt >= 0 ? argv[themeAt + 1] : null;
const verbose = argv.includes('--verbose');
const shotsAt = argv.indexOf('--screenshots');
const shots = shotsAt >= 0 ? path.resolve(argv[shotsAt + 1]) : null;
let failures = 0, passes = 0;
function check(cond, msg) {
  if (cond) { passes++; if (verbose) console.log(`ok   ${msg}`); } else { failures++; console.log(`FAIL ${msg}`); }
}

async function axe(page) {
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ content: AXE });
  const res = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }), AXE_TAGS);
  return res.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

function layout(tap) {
  const out = { overflow: [], small: [] };
  const de = document.documentElement;
  if (de.scrollWidth > de.clientWidth + 1) out.overflow.push(`page ${de.scrollWidth} > ${de.clientWidth}`);
  const stage = document.querySelector('.stage');
  if (stage && stage.scrollWidth > stage.clientWidth + 1) out.overflow.push(`stage ${stage.scrollWidth} > ${stage.clientWidth}`);
  const visible = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && !el.closest('[hidden], .sr-only, dialog:not([open])'); };
  const card = document.querySelector('article.slide, section.intro');
  const edge = card.getBoundingClientRect().right + 0.5;
  for (const el of card.querySelectorAll('*')) {
    if (!visible(el) || el.closest('video, audio, .block-table, dialog')) continue;
    const right = el.getBoundingClientRect().right;
    if (right > edge) out.overflow.push(`${el.tagName.toLowerCase()}.${el.className} ends at ${Math.round(right)} past the card (${Math.round(edge)})`);
  }
  for (const el of document.querySelectorAll(tap)) {
    if (!visible(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.height < 43.5 || r.width < 43.5) out.small.push(`${el.className} ${Math.round(r.width)}x${Math.round(r.height)}`);
  }
  return out;
}

async function inspect(page, what, phone) {
  const v = await axe(page);
  check(v.length === 0, `${what}: no axe violation${v.length ? '\n      ' + v.join('\n      ') : ''}`);
  const l = await page.evaluate(layout, TAP);
  check(l.overflow.length === 0, `${what}: nothing overflows sideways${l.overflow.length ? ': ' + l.overflow.join('; ') : ''}`);
  if (phone) check(l.small.length === 0, `${what}: tap targets at least 44x44${l.small.length ? ': ' + l.small.join('; ') : ''}`);
}

async function shot(page, name) {
  if (!shots) return;
  fs.mkdirSync(shots, { recursive: true });
  // The slide scrolls inside the stage: a viewport as tall as the slide shows it whole.
  const vp = page.viewportSize();
  const h = await page.evaluate(() => document.querySelector('article.slide, section.intro').scrollHeight);
  await page.setViewportSize({ width: vp.width, height: h + 260 });
  await page.locator('article.slide, section.intro').screenshot({ path: path.join(shots, name + '.png') });
  await page.setViewportSize(vp);
}

async function gotoSlide(page, id) {
  await page.evaluate(() => document.querySelector('.menu-btn')?.click());
  await page.evaluate((sid) => {
    const items = [...document.querySelectorAll('.ol-item')];
    const i = window.CAPSULE_COURSE.sections[0].slides.findIndex((s) => s.id === sid);
    items[i].click();
  }, id);
  await page.locator(`article.slide[data-slide-id="${id}"]`).waitFor();
  await page.evaluate(() => document.body.classList.remove('menu-open'));
}

async function a11y(base, name, themeId, k) {
  const phone = name === 'phone';
  const browser = await launch(VIEWPORTS[name]);
  const tag = `[${themeId} ${name}]`;
  // A cover (with the hero image in every other theme: axe cannot judge text over a photo, the
  // others show the cover in the theme's colours) and section pages in every theme.
  const theme = { ...THEMES[themeId], cover: true, coverImage: k % 2 ? 'media/workstation.svg' : null, sectionPages: true };
  try {
    const page = await browser.context.newPage();
    // Free navigation for the walk: the linear rule is the keyboard run's business.
    await page.addInitScript((th) => { Object.defineProperty(window, 'CAPSULE_COURSE', { configurable: true, set(v) { v.settings.navigation = 'free'; v.settings.theme = { ...v.settings.theme, ...th }; Object.defineProperty(window, 'CAPSULE_COURSE', { value: v, writable: true }); } }); }, theme);
    await page.goto(`${base}/pkg/index.html?runtime=none`);
    await page.locator('body[data-ready]').waitFor();
    await page.locator('section.intro.cover').waitFor();
    await inspect(page, `${tag} cover page`, phone);
    await shot(page, `${themeId}-${name}-cover`);
    await page.click('section.intro button');
    await page.locator('section.intro:not(.cover)').waitFor();
    await inspect(page, `${tag} section page`, phone);
    await shot(page, `${themeId}-${name}-section`);
    for (const id of ['layout', 'interactive', 'media']) {
      await gotoSlide(page, id);
      await inspect(page, `${tag} slide ${id}`, phone);
      await shot(page, `${themeId}-${name}-${id}`);
    }
    await gotoSlide(page, 'interactive');
    await page.click('.tab >> nth=1');
    await page.click('.acc-btn >> nth=0');
    await page.click('.card-front >> nth=0');
    await page.click('.gallery-nav button >> nth=1');
    await inspect(page, `${tag} interactive blocks open`, phone);
    await shot(page, `${themeId}-${name}-interactive-open`);
    await page.click('.marker >> nth=0');
    await page.locator('dialog.marker-dialog[open]').waitFor();
    await inspect(page, `${tag} marker dialog open`, phone);
    await shot(page, `${themeId}-${name}-dialog`);
    await page.keyboard.press('Escape');
    // The outline (drawer on the phone, docked on the desktop).
    await page.evaluate(() => document.querySelector('.menu-btn')?.click());
    await inspect(page, `${tag} outline open`, phone);
  } finally {
    await browser.close();
  }
}

const focused = (page) => page.evaluate(() => {
  const a = document.activeElement;
  return { cls: a.className, role: a.getAttribute('role'), text: a.textContent.trim(), expanded: a.getAttribute('aria-expanded'), selected: a.getAttribute('aria-selected'), inDialog: !!a.closest('dialog[open]') };
});
async function tabTo(page, test, what) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (test(await focused(page))) return true;
  }
  check(false, `keyboard: Tab reaches ${what}`);
  return false;
}

async function keyboard(base) {
  const browser = await launch(VIEWPORTS.desktop);
  try {
    const page = await browser.context.newPage();
    await page.goto(`${base}/pkg/index.html?runtime=none&slide=interactive`);
    await page.locator('body[data-ready]').waitFor();
    const locked = () => page.evaluate(() => document.querySelector('button.next').classList.contains('is-locked'));
    check(await locked(), 'keyboard: Next is locked until every required entry was opened');
    await page.focus('.slide-title');

    await tabTo(page, (f) => f.role === 'tab', 'the selected tab');
    let f = await focused(page);
    check(f.text === 'Chair' && f.selected === 'true', 'keyboard: Tab lands on the selected tab');
    await page.keyboard.press('ArrowRight');
    f = await focused(page);
    check(f.text === 'Screen' && f.selected === 'true', 'keyboard: ArrowRight selects the next tab');
    await page.keyboard.press('End');
    f = await focused(page);
    check(f.text === 'Keyboard' && f.selected === 'true', 'keyboard: End selects the last tab');
    await page.keyboard.press('Home');
    check((await focused(page)).text === 'Chair', 'keyboard: Home selects the first tab');
    await page.keyboard.press('Tab');
    check((await focused(page)).role === 'tabpanel', 'keyboard: Tab moves from the tabs into the panel');

    await tabTo(page, (x) => x.cls.includes('acc-btn'), 'the accordion');
    await page.keyboard.press('Enter');
    check((await focused(page)).expanded === 'true', 'keyboard: Enter opens an accordion section');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    check((await focused(page)).expanded === 'true', 'keyboard: ArrowDown then Space opens the next section');

    for (let k = 0; k < 3; k++) {
      await tabTo(page, (x) => x.cls.includes('card-front') && x.expanded === 'false', 'a flip card');
      await page.keyboard.press(k % 2 ? 'Space' : 'Enter');
      check((await focused(page)).expanded === 'true', `keyboard: ${k % 2 ? 'Space' : 'Enter'} turns a card`);
    }

    for (let k = 0; k < 2; k++) {
      await tabTo(page, (x) => x.cls.includes('marker') && x.text === String(k + 1), `marker ${k + 1}`);
      await page.keyboard.press('Enter');
      await page.locator('dialog.marker-dialog[open]').waitFor();
      check((await focused(page)).inDialog, 'keyboard: Enter on a marker opens its dialog with the focus inside');
      await page.keyboard.press('Escape');
      await page.locator('dialog.marker-dialog').waitFor({ state: 'detached' });
      f = await focused(page);
      check(f.cls.includes('marker') && f.text === String(k + 1), 'keyboard: Escape closes the dialog and gives the focus back to the marker');
    }

    await tabTo(page, (x) => x.cls.includes('icon-btn'), 'the gallery');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    check(await page.evaluate(() => document.querySelector('.gallery-status').textContent === '2 of 2'), 'keyboard: the gallery moves to the next picture');

    check(!(await locked()), 'keyboard: every entry opened, Next is unlocked');
    await shot(page, 'keyboard-done');
  } finally {
    await browser.close();
  }
}

// Web runtime (localStorage): what was opened survives a reload of the page.
async function resume(base) {
  const browser = await launch(VIEWPORTS.desktop);
  try {
    const page = await browser.context.newPage();
    await page.goto(`${base}/pkg/index.html`);
    await page.locator('body[data-ready]').waitFor();
    await page.click('button.next');
    await page.locator('article.slide[data-slide-id="interactive"]').waitFor();
    for (const sel of ['.tab >> nth=1', '.tab >> nth=2', '.acc-btn >> nth=0', '.acc-btn >> nth=1', '.card-front >> nth=0', '.card-front >> nth=1', '.card-front >> nth=2']) await page.click(sel);
    const locked = () => page.evaluate(() => document.querySelector('button.next').classList.contains('is-locked'));
    check(await locked(), 'resume: markers not yet opened, Next is locked');
    await page.reload();
    await page.locator('article.slide[data-slide-id="interactive"]').waitFor();
    check(await locked(), 'resume: after a reload the learner is back on the slide, still locked');
    for (const k of [0, 1]) {
      await page.click(`.marker >> nth=${k}`);
      await page.keyboard.press('Escape');
      await page.locator('dialog.marker-dialog').waitFor({ state: 'detached' });
    }
    check(!(await locked()), 'resume: tabs, sections and cards opened before the reload still count');
  } finally {
    await browser.close();
  }
}

const pkg = assembleFixture('blocks', 'web', path.join(workDir, 'pkg-blocks-web'));
const srv = await startServer(pkg);
try {
  const ids = Object.keys(THEMES).filter((id) => !onlyTheme || id === onlyTheme);
  check(ids.length === (onlyTheme ? 1 : 6), `themes to check: ${ids.join(', ')}`);
  for (const [k, id] of ids.entries()) {
    await a11y(srv.url, 'desktop', id, k);
    await a11y(srv.url, 'phone', id, k);
  }
  await keyboard(srv.url);
  await resume(srv.url);
} finally {
  await srv.close();
}
console.log(`blocks e2e: ${passes} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
