// SPDX-License-Identifier: MIT
// Screenshots of the player for visual review: desktop 1280x800 and phone 360x740.
//   node tests/e2e/screenshots.mjs [--package-dir DIR] [--out DIR]
import fs from 'node:fs';
import path from 'node:path';
import { startServer } from './lib/server.mjs';
import { launch } from './lib/browser.mjs';
import { Learner, loadCourse, GRADED } from './lib/driver.mjs';
import { fixturePackage, workDir } from './lib/fixtures.mjs';

const argv = process.argv.slice(2);
const arg = (n) => { const i = argv.indexOf(n); return i >= 0 ? argv[i + 1] : undefined; };
const pkgDir = arg('--package-dir') ? path.resolve(arg('--package-dir')) : fixturePackage('full', '1.2');
const out = path.resolve(arg('--out') || path.join(workDir, 'screens'));
fs.mkdirSync(out, { recursive: true });
const course = loadCourse(pkgDir);

const VIEWPORTS = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
};

const srv = await startServer(pkgDir);
try {
  for (const [name, vp] of Object.entries(VIEWPORTS)) {
    const browser = await launch({ ...vp, reducedMotion: 'reduce' });
    const page = browser.context.pages()[0] || await browser.context.newPage();
    await page.goto(`${srv.url}/lms/index.html`);
    await page.evaluate((u) => window.LMS.launch({ version: '1.2', url: u }), `${srv.url}/pkg/index.html`);
    const learner = new Learner(page, course);
    learner.timer = 1; // game sections: the countdown on screen
    await learner.ready();
    const shot = async (label) => {
      const file = path.join(out, `${label}-${name}.png`);
      await page.screenshot({ path: file });
      console.log(file);
    };
    // Every slide in order (NN-kind[-type]); questions again with their feedback (the first
    // graded one answered wrong, the others right), videos after a second of playback.
    const slides = learner.slides; // drawn questions in place of draw slides
    let graded = 0;
    for (let k = 0; k < slides.length; k++) {
      const slide = learner.slideById(await learner.currentSlideId());
      const tag = `${String(k + 1).padStart(2, '0')}-${slide.kind}${slide.question ? '-' + slide.question.type : ''}`;
      if (k === 0) await shot('content');
      if (slide.kind === 'video') {
        await learner.frame().evaluate(() => new Promise((resolve) => {
          const v = document.querySelector('video');
          v.muted = true;
          v.addEventListener('timeupdate', function onT() { if (v.currentTime > 1) { v.removeEventListener('timeupdate', onT); v.pause(); resolve(); } });
          v.play();
        }));
        await page.waitForTimeout(300);
        await shot(tag);
        await learner.watchVideo();
      } else await shot(tag);
      if (slide.question) {
        if (await learner.startGame()) await shot(`${tag}-game`); // the start screen came before
        await learner.answer(slide.question, !GRADED(slide.question) || ++graded > 1);
        await shot(`${tag}-feedback`);
      }
      if (slide.kind === 'result') break;
      await learner.next();
    }
    await shot('result');
    if (name === 'phone') {
      await learner.f.locator('button.menu-btn').click();
      await page.waitForTimeout(300);
      await shot('outline');
    }
    await browser.close();
  }
} finally {
  await srv.close();
}
