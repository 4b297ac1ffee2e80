// SPDX-License-Identifier: MIT
// Screenshots of the built-in themes for the docs (docs/player.md, "Themes"), on the blocks
// fixture with the exporter's theme data (fixtures/themes.json).
//   node tests/e2e/theme-screenshots.mjs [--out DIR]   (default: docs/screenshots)
// Writes player-themes.png (the six themes side by side, the same slide at 1280x800),
// player-cover.png (a cover page with a hero image) and player-section.png (a section page).
import fs from 'node:fs';
import path from 'node:path';
import { startServer } from './lib/server.mjs';
import { launch } from './lib/browser.mjs';
import { assembleFixture, repoRoot, workDir } from './lib/fixtures.mjs';

const THEMES = JSON.parse(fs.readFileSync(new URL('./fixtures/themes.json', import.meta.url), 'utf8'));
const NAMES = { corporate: 'Corporate', editorial: 'Editorial', playful: 'Playful', dark: 'Dark', minimal: 'Minimal', 'high-contrast': 'High contrast' };
const argv = process.argv.slice(2);
const outAt = argv.indexOf('--out');
const out = outAt >= 0 ? path.resolve(argv[outAt + 1]) : path.join(repoRoot, 'docs', 'screenshots');
const tmp = path.join(workDir, 'theme-shots');
fs.mkdirSync(out, { recursive: true });
fs.mkdirSync(tmp, { recursive: true });

async function open(browser, base, theme, search = '') {
  const page = await browser.context.newPage();
  await page.addInitScript((th) => { Object.defineProperty(window, 'CAPSULE_COURSE', { configurable: true, set(v) { v.settings.navigation = 'free'; v.settings.theme = { ...v.settings.theme, ...th }; Object.defineProperty(window, 'CAPSULE_COURSE', { value: v, writable: true }); } }); }, theme);
  await page.goto(`${base}/pkg/index.html?runtime=none${search}`);
  await page.locator('body[data-ready]').waitFor();
  return page;
}

const pkg = assembleFixture('blocks', 'web', path.join(workDir, 'pkg-blocks-shots'));
const srv = await startServer(pkg);
try {
  const browser = await launch({ viewport: { width: 1280, height: 800 } });
  try {
    const tiles = [];
    for (const id of Object.keys(NAMES)) {
      const theme = THEMES[id];
      const page = await open(browser, srv.url, theme, '&slide=interactive');
      await page.click('.card-front >> nth=0');
      await page.waitForTimeout(400);
      const file = path.join(tmp, `${id}.png`);
      await page.screenshot({ path: file });
      tiles.push({ id, data: fs.readFileSync(file).toString('base64') });
      await page.close();
    }
    // The six side by side, drawn by the same browser (no image tool needed).
    const grid = await browser.context.newPage();
    await grid.setViewportSize({ width: 1332, height: 600 });
    await grid.setContent(`<!DOCTYPE html><html><body style="margin:0;padding:16px;background:#f4f5f7;font:600 15px system-ui,sans-serif;color:#101828">
      <div style="display:grid;grid-template-columns:repeat(3,1fr);gap:16px">${tiles.map((t) => `
        <figure style="margin:0"><img src="data:image/png;base64,${t.data}" style="width:100%;display:block;border-radius:6px;box-shadow:0 1px 3px rgba(0,0,0,.25)">
        <figcaption style="margin-top:6px">${NAMES[t.id] || t.id}</figcaption></figure>`).join('')}</div></body></html>`);
    await grid.screenshot({ path: path.join(out, 'player-themes.png'), fullPage: true });
    console.log(path.join(out, 'player-themes.png'));

    const cover = await open(browser, srv.url, { ...THEMES.editorial, cover: true, coverImage: 'media/workstation.svg', sectionPages: true });
    await cover.waitForTimeout(400);
    await cover.screenshot({ path: path.join(out, 'player-cover.png') });
    console.log(path.join(out, 'player-cover.png'));
    await cover.click('section.intro button');
    await cover.waitForTimeout(400);
    await cover.screenshot({ path: path.join(out, 'player-section.png') });
    console.log(path.join(out, 'player-section.png'));
  } finally {
    await browser.close();
  }
} finally {
  await srv.close();
}
