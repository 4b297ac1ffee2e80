// SPDX-License-Identifier: MIT
// What a learner sees, checked in headless Chromium.
//
//   node tests/e2e/learner-ui.mjs --check a11y --viewport phone|desktop [--version 1.2|2004] [--package-dir DIR | --fixture full|game [--lang ar]] [--theme ID]
//   node tests/e2e/learner-ui.mjs --check file [--package-dir DIR]      (a web package, opened from file://)
//
// a11y: the learner walks every slide of a SCORM package inside the test LMS page (answering wrong
//   where a wrong answer branches, so that remediation slides are walked too); on every slide
//   (questions before and after answering, the outline drawer, the exit screen) axe-core finds no
//   WCAG 2.1 A/AA violation, nothing overflows the page or the slide card sideways, the controls
//   a thumb uses are at least 44x44 px (phone), the video progress bar is visible, the course
//   title is not cut off, a submitted matching answer shows in full, the locked-Next hint takes one
//   line, and a disabled Next does not change on hover.
// file: a web package from disk: every caption track loads its cues, 16x playback counts at most
//   twice the real time, an answer chosen but not submitted is there again after a reload.
// --theme ID: the package's course in that built-in theme (fixtures/themes.json, the exporter's
//   theme data), in a copy of the package.
// Exit status 0 = every check passed.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { startServer } from './lib/server.mjs';
import { launch } from './lib/browser.mjs';
import { Learner, loadCourse, flatSlides } from './lib/driver.mjs';
import { fixturePackage, fixtureWebPackage, fixturesDir, languageFixture, workDir } from './lib/fixtures.mjs';

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const VIEWPORTS = {
  phone: { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 800 } }
};
// Controls a thumb uses on a phone (issue 9): at least 44x44 CSS px when visible.
const TAP_TARGETS = '.game-go, .menu-btn, .exit-btn, .outline-close, .seq-buttons button, .ol-item, input.blank, button.prev, button.next, button.submit, .match-select';

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--verbose') out.verbose = true;
    else if (argv[i].startsWith('--')) out[argv[i].slice(2).replace(/-([a-z])/g, (m, c) => c.toUpperCase())] = argv[++i];
  }
  return out;
}

function checker(label, verbose) {
  const r = { failures: 0, passes: 0 };
  r.check = (cond, msg) => {
    if (cond) { r.passes++; if (verbose) console.log(`${label} ok   ${msg}`); }
    else { r.failures++; console.log(`${label} FAIL ${msg}`); }
  };
  return r;
}

/** axe-core on a frame: the list of WCAG 2.1 A/AA violations, one line each. */
async function axeViolations(frame) {
  if (!(await frame.evaluate(() => !!window.axe))) await frame.addScriptTag({ content: AXE });
  const res = await frame.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }), AXE_TAGS);
  return res.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Layout facts of the current screen (run in the player's frame). */
function layoutFacts(tapSel) {
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && !el.closest('[hidden], .sr-only');
  };
  const out = { overflow: [], small: [] };
  const de = document.documentElement;
  if (de.scrollWidth > de.clientWidth + 1) out.overflow.push(`page ${de.scrollWidth} > ${de.clientWidth}`);
  const stage = document.querySelector('.stage');
  if (stage && stage.scrollWidth > stage.clientWidth + 1) out.overflow.push(`stage ${stage.scrollWidth} > ${stage.clientWidth}`);
  const card = document.querySelector('article.slide');
  out.dir = de.dir || 'ltr';
  if (card) {
    // Right to left, boxes overflow on the left.
    const rtl = out.dir === 'rtl';
    const edge = rtl ? card.getBoundingClientRect().left - 0.5 : card.getBoundingClientRect().right + 0.5;
    for (const el of card.querySelectorAll('*')) {
      if (!visible(el) || el.closest('video')) continue;
      const right = rtl ? el.getBoundingClientRect().left : el.getBoundingClientRect().right;
      if (rtl ? right < edge : right > edge) out.overflow.push(`${el.tagName.toLowerCase()}.${el.className} ends at ${Math.round(right)} past the card (${Math.round(edge)})`);
      // Text running out of its own box (white-space: nowrap), or cut off where it must show in full.
      const ox = getComputedStyle(el).overflowX;
      if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && (ox === 'visible' || el.matches('.match-chosen, .option-label, .seq-text'))) {
        out.overflow.push(`${el.tagName.toLowerCase()}.${el.className} content ${el.scrollWidth} px wide in ${el.clientWidth} px`);
      }
    }
  }
  for (const el of document.querySelectorAll(tapSel)) {
    if (!visible(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.height < 44 - 0.5 || r.width < 44 - 0.5) out.small.push(`${el.tagName.toLowerCase()}.${el.className.split(' ').join('.')} ${Math.round(r.width)}x${Math.round(r.height)}`);
  }
  const title = document.querySelector('.course-title');
  out.titleCut = !!title && (title.scrollHeight > title.clientHeight + 1 || title.scrollWidth > title.clientWidth + 1);
  const bar = document.querySelector('.video-bar');
  out.videoBar = bar ? [Math.round(bar.getBoundingClientRect().width), Math.round(bar.getBoundingClientRect().height)] : null;
  const hint = document.querySelector('.lock-hint');
  if (hint && hint.textContent) out.hintLines = Math.round(hint.getBoundingClientRect().height / parseFloat(getComputedStyle(hint).lineHeight));
  out.chosen = [...document.querySelectorAll('.match-chosen')].map((el) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1);
  return out;
}

/** A copy of pkgDir whose course uses the built-in theme id. */
function themedCopy(pkgDir, id) {
  const themes = JSON.parse(fs.readFileSync(path.join(fixturesDir, 'themes.json'), 'utf8'));
  if (!themes[id]) throw new Error(`--theme: unknown theme ${id} (${Object.keys(themes).join(', ')})`);
  const dir = path.join(workDir, `themed-${id}-${path.basename(pkgDir)}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(pkgDir, dir, { recursive: true });
  const file = path.join(dir, 'content', 'course.js');
  const src = fs.readFileSync(file, 'utf8');
  const data = JSON.parse(src.slice(src.indexOf('{'), src.lastIndexOf('}') + 1));
  data.settings.theme = { ...data.settings.theme, ...themes[id] };
  fs.writeFileSync(file, `window.CAPSULE_COURSE = ${JSON.stringify(data)};\n`);
  return dir;
}

async function a11y(opts) {
  const vpName = opts.viewport || 'phone';
  const vp = VIEWPORTS[vpName];
  if (!vp) throw new Error('--viewport must be phone or desktop');
  const version = opts.version || '1.2';
  let pkgDir = opts.packageDir ? path.resolve(opts.packageDir)
    : opts.lang ? languageFixture(opts.fixture || 'full', version, opts.lang) : fixturePackage(opts.fixture || 'full', version);
  if (opts.theme) pkgDir = themedCopy(pkgDir, opts.theme);
  const course = loadCourse(pkgDir);
  const label = `[a11y ${vpName} ${version}${opts.lang ? ' ' + opts.lang : ''}${opts.theme ? ' ' + opts.theme : ''}]`;
  const r = checker(label, opts.verbose);
  const srv = await startServer(pkgDir);
  const browser = await launch({ ...vp, reducedMotion: 'reduce' });
  const phone = vpName === 'phone';
  const pageErrors = [];
  try {
    const page = browser.context.pages()[0] || await browser.context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${srv.url}/lms/index.html`);
    await page.evaluate((o) => window.LMS.launch(o), { version, url: `${srv.url}/pkg/index.html` });
    const learner = new Learner(page, course);
    learner.timer = 1; // game sections: the countdown on screen
    await learner.ready();
    // The SCO frame fills the LMS page: the player's own width is the viewport's.
    const inspect = async (what) => {
      const frame = learner.frame();
      const v = await axeViolations(frame);
      r.check(v.length === 0, `${what}: no axe violation${v.length ? '\n      ' + v.join('\n      ') : ''}`);
      const f = await frame.evaluate(layoutFacts, TAP_TARGETS);
      r.check(f.overflow.length === 0, `${what}: nothing overflows sideways${f.overflow.length ? ': ' + f.overflow.slice(0, 5).join('; ') : ''}`);
      if (phone) r.check(f.small.length === 0, `${what}: tap targets >= 44 px${f.small.length ? ': ' + f.small.join('; ') : ''}`);
      r.check(!f.titleCut, `${what}: course title shown in full`);
      if (opts.lang) r.check(f.dir === (/^(ar|he)/.test(opts.lang) ? 'rtl' : 'ltr'), `${what}: page direction ${f.dir}`);
      if (f.videoBar) r.check(f.videoBar[0] > 0 && f.videoBar[1] > 0, `${what}: video progress bar visible (${f.videoBar.join('x')})`);
      if (f.hintLines !== undefined) r.check(f.hintLines <= 1, `${what}: locked-Next hint on one line (${f.hintLines})`);
      r.check(f.chosen.every(Boolean), `${what}: submitted matching answers shown in full`);
      return f;
    };
    const slides = learner.slides; // drawn questions in place of draw slides
    let sawVideo = false, sawHint = false;
    const inspected = new Set();
    const nextLook = () => learner.f.locator('button.next').evaluate((b) => getComputedStyle(b).backgroundColor + ' ' + getComputedStyle(b).color + ' ' + getComputedStyle(b).opacity);
    for (;;) {
      const id = await learner.currentSlideId();
      const slide = learner.slideById(id);
      const what = `slide ${slides.indexOf(slide) + 1} (${slide.kind}${slide.question ? ' ' + slide.question.type : ''})`;
      const f = await inspect(what);
      inspected.add(id);
      if (f.hintLines !== undefined && !sawHint) {
        // A locked Next must not look enabled under the pointer either.
        await page.mouse.move(1, 1);
        const before = await nextLook();
        await learner.f.locator('button.next').hover({ force: true });
        r.check(await nextLook() === before, `${what}: locked Next unchanged on hover (${before})`);
        await page.mouse.move(1, 1);
      }
      sawHint = sawHint || f.hintLines !== undefined;
      if (slide.question) {
        // A game section's start screen was inspected above: now the question with its countdown.
        if (await learner.startGame()) await inspect(`${what} game running`);
        // A question whose wrong answer branches is answered wrong: the walk then goes through
        // the remediation it leads to, slides that no other path shows.
        await learner.answer(slide.question, slide.question.type !== 'matching' && slide.question.onIncorrect == null);
        await inspect(`${what} answered`);
      } else if (slide.kind === 'video') {
        sawVideo = true;
        await learner.watchVideo();
        await inspect(`${what} watched`);
      }
      if (slides.indexOf(slide) === slides.length - 1) break;
      await learner.next();
    }
    if (course.settings.navigation === 'linear') r.check(sawHint, 'the locked-Next hint was seen');
    r.check(sawVideo === slides.some((s) => s.kind === 'video'), 'video slide inspected');
    const remedial = course.sections.filter((x) => x.branchOnly).flatMap((x) => x.slides.map((y) => String(y.id)));
    r.check(remedial.every((id) => inspected.has(id)), `branch-only slides inspected (${remedial.length})`);
    // Last slide: Next is disabled and must not look enabled under the pointer.
    const next = learner.f.locator('button.next');
    r.check(await next.isDisabled(), 'Next disabled on the last slide');
    await page.mouse.move(1, 1);
    const before = await nextLook();
    await next.hover({ force: true });
    r.check(await nextLook() === before, `disabled Next unchanged on hover (${before})`);
    // The outline (drawer on phones, docked sidebar on desktop).
    if (phone) {
      await learner.f.locator('.menu-btn').click();
      await learner.f.locator('body.menu-open').waitFor();
      await page.waitForTimeout(350);
    }
    await inspect('outline');
    if (phone) await learner.f.locator('.outline-close').click();
    await learner.f.locator('.exit-btn').click();
    await learner.f.locator('body[data-exited]').waitFor();
    const v = await axeViolations(learner.frame());
    r.check(v.length === 0, `exit screen: no axe violation${v.length ? '\n      ' + v.join('\n      ') : ''}`);
    r.check(pageErrors.length === 0, `no page errors${pageErrors.length ? ': ' + pageErrors.join('; ') : ''}`);
  } finally {
    await browser.close();
    await srv.close();
  }
  return r;
}

/** The fixture web package, with the caption text embedded as the exporter writes it for web. */
function fixtureWebWithCaptions() {
  const dir = fixtureWebPackage('video');
  const file = path.join(dir, 'content', 'course.js');
  const src = fs.readFileSync(file, 'utf8').replace(/("src":\s*"media\/([^"]+\.vtt)")/g,
    (m, all, name) => `${all}, "vtt": ${JSON.stringify(fs.readFileSync(path.join(fixturesDir, 'media', name), 'utf8'))}`);
  fs.writeFileSync(file, src);
  return dir;
}

async function fromDisk(opts) {
  const pkgDir = opts.packageDir ? path.resolve(opts.packageDir) : fixtureWebWithCaptions();
  const course = loadCourse(pkgDir);
  const slides = flatSlides(course);
  const r = checker('[file]', opts.verbose);
  const url = pathToFileURL(path.join(pkgDir, 'index.html')).href;
  const videoSlide = slides.find((s) => s.kind === 'video' && (s.video.tracks || []).length);
  const question = slides.find((s) => s.kind === 'question' && ['single-choice', 'true-false', 'likert'].includes(s.question.type));
  r.check(course.runtime === 'web', 'a web package');
  const pageErrors = [];
  const fresh = async () => {
    const browser = await launch({ viewport: { width: 1280, height: 800 } });
    const page = browser.context.pages()[0] || await browser.context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    return { browser, page };
  };
  if (videoSlide) {
    const { browser, page } = await fresh();
    try {
      await page.goto(`${url}?slide=${encodeURIComponent(videoSlide.id)}`);
      await page.locator('body[data-ready]').waitFor();
      const tracks = videoSlide.video.tracks;
      r.check(tracks.every((t) => typeof t.vtt === 'string' && t.vtt.startsWith('WEBVTT')), 'every track carries its WebVTT text');
      // Load every track (non-default ones load once their mode is not "disabled").
      const loaded = await page.evaluate(() => Promise.all([...document.querySelectorAll('video track')].map((el) => new Promise((resolve) => {
        const done = () => resolve({ label: el.label, state: el.readyState, cues: el.track.cues ? el.track.cues.length : 0, first: el.track.cues && el.track.cues[0] ? el.track.cues[0].text : '' });
        if (el.readyState >= 2) { done(); return; }
        el.addEventListener('load', done, { once: true });
        el.addEventListener('error', done, { once: true });
        if (el.track.mode === 'disabled') el.track.mode = 'hidden';
        setTimeout(done, 5000);
      }))));
      r.check(loaded.length === tracks.length, `${tracks.length} caption tracks in the page`);
      for (const [k, t] of loaded.entries()) {
        const expected = (tracks[k].vtt.match(/-->/g) || []).length;
        r.check(t.state === 2 && t.cues === expected && t.cues > 0, `captions "${t.label}" loaded from file://: ${t.cues} of ${expected} cues (readyState ${t.state}), first "${t.first}"`);
      }
      const def = await page.evaluate(() => [...document.querySelector('video').textTracks].filter((t) => t.mode === 'showing').map((t) => t.language));
      r.check(def.length === 1 && def[0].split('-')[0] === course.language.split('-')[0], `the course language's track is shown (${def})`);

      // 16x playback for about a second of real time.
      const played = await page.evaluate(() => new Promise((resolve) => {
        const v = document.querySelector('video');
        const go = () => {
          v.muted = true;
          v.playbackRate = 16;
          const t0 = performance.now();
          const stop = () => { v.pause(); resolve({ real: (performance.now() - t0) / 1000, media: v.currentTime, duration: v.duration }); };
          v.addEventListener('ended', stop, { once: true });
          setTimeout(stop, 1000);
          v.play();
        };
        if (v.readyState >= 1) go(); else v.addEventListener('loadedmetadata', go, { once: true });
      }));
      await page.waitForTimeout(100);
      const pct = Number(await page.locator('.video-bar').getAttribute('aria-valuenow'));
      const allowed = Math.ceil((2 * played.real + 0.6) / played.duration * 100);
      r.check(played.media > 2 * played.real, `played faster than 2x (${played.media.toFixed(1)} s of media in ${played.real.toFixed(1)} s)`);
      r.check(pct <= allowed, `16x playback counted at most 2x real time: ${pct} % (allowed ${allowed} %)`);
      const required = Number(videoSlide.video.requiredPercent) || 0;
      if (required > allowed) r.check(await page.locator('.video-label.is-done').count() === 0, 'the video is not done after fast playback');
    } finally {
      await browser.close();
    }
  } else r.check(false, 'the package has a video slide with caption tracks');

  if (question) {
    const { browser, page } = await fresh();
    try {
      await page.goto(`${url}?slide=${encodeURIComponent(question.id)}`);
      await page.locator('body[data-ready]').waitFor();
      const option = page.locator('label.option').nth(1);
      const key = await option.getAttribute('data-choice-id');
      await option.click();
      r.check(await page.locator('button.submit').isEnabled(), 'an answer chosen');
      await page.reload();
      await page.locator('body[data-ready]').waitFor();
      r.check(await page.locator('article.slide').getAttribute('data-slide-id') === String(question.id), 'reload resumes on the question');
      r.check(await page.locator(`label.option[data-choice-id="${key}"] input`).isChecked(), 'the unsubmitted answer is chosen again after the reload');
      r.check(await page.locator('article.is-submitted').count() === 0, 'and still not submitted');
      r.check(await page.locator('button.submit').isEnabled(), 'it can be submitted');
    } finally {
      await browser.close();
    }
  }
  // Tracking off on a phone: the notice shrinks to a dot but keeps its name.
  {
    const browser = await launch({ ...VIEWPORTS.phone, reducedMotion: 'reduce' });
    try {
      const page = browser.context.pages()[0] || await browser.context.newPage();
      await page.goto(`${url}?runtime=none`);
      await page.locator('body[data-ready]').waitFor();
      r.check(await page.locator('.tracking-off').count() === 1, 'phone, tracking off: the notice is there');
      const f = await page.evaluate(layoutFacts, TAP_TARGETS);
      r.check(!f.titleCut && f.small.length === 0 && f.overflow.length === 0, `phone, tracking off: title in full, tap targets, no overflow ${JSON.stringify([f.titleCut, f.small, f.overflow])}`);
      const v = await axeViolations(page.mainFrame());
      r.check(v.length === 0, `phone, tracking off: no axe violation${v.length ? '\n      ' + v.join('\n      ') : ''}`);
    } finally {
      await browser.close();
    }
  }
  r.check(pageErrors.length === 0, `no page errors${pageErrors.length ? ': ' + pageErrors.join('; ') : ''}`);
  return r;
}

const opts = parseArgs(process.argv.slice(2));
const check = opts.check || 'a11y';
let result;
try {
  if (check === 'a11y') result = await a11y(opts);
  else if (check === 'file') result = await fromDisk(opts);
  else { console.error('--check must be a11y or file'); process.exit(2); }
} catch (e) {
  console.log(`[${check}] FAIL ${e.stack || e}`);
  process.exit(1);
}
console.log(`[${check}${opts.viewport ? ' ' + opts.viewport : ''}] ${result.failures ? 'FAILED' : 'PASSED'}: ${result.passes} checks passed, ${result.failures} failed`);
process.exit(result.failures ? 1 : 0);
