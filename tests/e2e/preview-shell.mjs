// SPDX-License-Identifier: MIT
// The preview shell (resources/preview/) in headless Chromium on a site laid out like the editor's
// preview (/preview/, /player/, /preview/revision): the player finds the simulator, the inspector
// logs and flags, Exit and relaunch resumes, a content change reaches the player, a version change
// starts a new attempt, devices size the frame, controls are labelled; with the draw fixture, a
// relaunch shows the same drawn questions and a content change keeps them.
//
//   node tests/e2e/preview-shell.mjs [--screenshot out.png] [--verbose]
import { startPreviewServer } from './lib/server.mjs';
import { launch } from './lib/browser.mjs';
import { fixturePackage, languagePackages } from './lib/fixtures.mjs';
import { loadCourse, flatSlides } from './lib/driver.mjs';

const argv = process.argv.slice(2);
const arg = (name) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
const verbose = argv.includes('--verbose') || argv.includes('-v');
const screenshot = arg('--screenshot');

let passes = 0, failures = 0;
const check = (cond, msg) => {
  if (cond) { passes++; if (verbose) console.log(`[preview] ok   ${msg}`); }
  else { failures++; console.log(`[preview] FAIL ${msg}`); }
};
const eq = (a, e, msg) => check(a === e, `${msg}: expected ${JSON.stringify(e)}, got ${JSON.stringify(a)}`);

const dir = fixturePackage('full', '2004');
const course = loadCourse(dir);
const slides = flatSlides(course);
const srv = await startPreviewServer(dir, course);
const browser = await launch({ viewport: { width: 1280, height: 800 } });
const page = browser.context.pages()[0] || await browser.context.newPage();
const pageErrors = [];
page.on('pageerror', (e) => pageErrors.push(e.message));
page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
const player = page.frameLocator('#player');
const sim = (expr) => page.evaluate(`(() => { const s = window.CapsulePreview.simulator; return ${expr}; })()`);
const waitFor = (expr) => page.waitForFunction(expr, null, { timeout: 15000 });

try {
  await page.goto(`${srv.url}/preview/index.html?version=2004&device=desktop&ui=en`);
  await player.locator('body[data-ready]').waitFor();
  await waitFor(() => window.CapsulePreview.simulator.state() === 'running');
  eq(await page.evaluate(() => typeof window.API_1484_11 + ' ' + typeof window.API), 'object undefined', 'only the pinned 2004 API exists');
  eq(await sim('s.version'), '2004', 'simulator version');
  check(await page.locator('#log .log-row').count() > 3, 'the call log lists the player\'s calls');
  eq(await page.locator('#log .sev-error').count(), 0, 'no spec violation flagged for the player');

  // The learner moves on; the bookmark is committed.
  await player.locator('button.next').click();
  await waitFor(() => window.CapsulePreview.currentSlideId() === window.CapsulePreview.simulator.committedValue('cmi.location'));
  const second = await page.evaluate(() => window.CapsulePreview.currentSlideId());
  eq(second, String(slides[1].id), 'the player moved to slide 2 and the bookmark is committed');

  // Exit and relaunch: the player terminates on pagehide, the LMS keeps the state, the new launch resumes.
  await page.click('#relaunch');
  await waitFor(() => window.CapsulePreview.simulator.state() === 'running' && window.CapsulePreview.simulator.cmi().cmi.entry === 'resume');
  await player.locator('body[data-ready]').waitFor();
  await waitFor(() => window.CapsulePreview.currentSlideId() !== null);
  eq(await page.evaluate(() => window.CapsulePreview.currentSlideId()), second, 'relaunch resumes on the same slide');
  const fns = await page.evaluate(() => window.CapsulePreview.log.map((r) => r.fn));
  check(fns.includes('Terminate') && fns.lastIndexOf('Terminate') < fns.lastIndexOf('Initialize'), 'the first session terminated before the relaunch initialized');
  check(await page.locator('#log .log-note').count() >= 1, 'the relaunch is noted in the log');
  eq(await page.locator('#start-label').textContent(), 'Resumes at', 'start-from indicator says resume');

  // A spec violation shows as a red row with its explanation.
  await page.evaluate(() => window.API_1484_11.SetValue('cmi.completion_status', 'done'));
  await page.locator('#log .sev-error').first().waitFor();
  const note = await page.locator('#log .sev-error .c-note').first().textContent();
  check(/406/.test(note) && /not one of/.test(note), `red row explains the violation (${note})`);
  check(/1 error/.test(await page.locator('#count-error').textContent()), 'error counter');

  // Content edited in the editor: the revision changes, the player reloads in place.
  const edited = JSON.parse(JSON.stringify(course));
  const target = edited.sections.flatMap((s) => s.slides).find((s) => String(s.id) === second);
  target.title = 'Edited title 42';
  srv.setCourse(edited);
  await page.locator('#toast.is-shown').waitFor({ timeout: 5000 });
  await player.locator('text=Edited title 42').first().waitFor({ state: 'attached', timeout: 5000 });
  eq(await page.evaluate(() => window.CapsulePreview.currentSlideId()), second, 'the update keeps the learner on the same slide');
  eq(await sim('s.cmi().cmi.entry'), 'resume', 'the update keeps the same LMS session');

  // One slide edited (the editor sends only that slide): the page fetches changes/<rev> and the
  // player patches the slide in place, without reloading the course or the player.
  await page.evaluate(() => { document.getElementById('player').contentWindow.__same = 'yes'; });
  const patched = JSON.parse(JSON.stringify(target));
  patched.title = 'Live title 43';
  srv.updateSlide(patched);
  await player.locator('text=Live title 43').first().waitFor({ state: 'attached', timeout: 5000 });
  eq(await page.evaluate(() => document.getElementById('player').contentWindow.__same), 'yes', 'a slide edit patches the player in place');
  eq(await page.evaluate(() => window.CapsulePreview.currentSlideId()), second, 'a slide edit keeps the learner on the same slide');

  // Data model tab: tree with read-only marks.
  await page.click('#tab-model');
  await page.locator('#tree .badge-ro').first().waitFor({ state: 'attached' });
  check(await page.locator('#tree .tree-leaf').count() > 10, 'the data model tree shows elements');

  // Version change: a new attempt against a SCORM 1.2 simulator.
  await page.locator('input[name=version][value="1.2"]').check({ force: true });
  await waitFor(() => window.CapsulePreview.simulator.version === '1.2' && window.CapsulePreview.simulator.state() === 'running');
  eq(await page.evaluate(() => typeof window.API + ' ' + typeof window.API_1484_11), 'object undefined', 'only the pinned 1.2 API exists');
  eq(await sim('s.cmi().cmi.core.entry'), 'ab-initio', 'a version change starts a new attempt');
  check(/version=1\.2/.test(page.url()), 'the URL follows the version');

  // Devices.
  await page.locator('input[name=device][value=phone]').check({ force: true });
  const box = await page.evaluate(() => { const f = document.getElementById('player'); return [f.offsetWidth, f.offsetHeight]; });
  eq(box.join('x'), '360x740', 'phone frame is 360 x 740 CSS pixels');
  if (screenshot) {
    await page.click('#tab-calls');
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshot });
  }

  // Every form control has an accessible name.
  const unnamed = await page.evaluate(() => [...document.querySelectorAll('button, select, input, [role=separator]')].filter((el) => {
    const id = el.id && document.querySelector(`label[for="${el.id}"]`);
    return !(el.getAttribute('aria-label') || el.closest('label') || id || (el.textContent || '').trim());
  }).map((el) => el.outerHTML.slice(0, 80)));
  eq(unnamed.length, 0, `every control has a name${unnamed.length ? ': ' + unnamed.join(' | ') : ''}`);

  // The host API.
  const api = await page.evaluate(() => ['contentChanged', 'currentSlideId', 'relaunch', 'reset', 'setVersion'].every((k) => typeof window.CapsulePreview[k] === 'function'));
  check(api, 'window.CapsulePreview has the host functions');
  await page.evaluate(() => window.CapsulePreview.reset());
  await waitFor(() => window.CapsulePreview.simulator.state() === 'running');
  eq(await sim('s.cmi().cmi.core.entry'), 'ab-initio', 'reset starts a new attempt');
  check(pageErrors.length === 0, `no page errors${pageErrors.length ? ': ' + pageErrors.slice(0, 3).join(' | ') : ''}`);
} catch (e) {
  failures++;
  console.log(`[preview] FAIL ${e && e.stack ? e.stack.split('\n').slice(0, 4).join(' | ') : e}`);
  if (screenshot) await page.screenshot({ path: screenshot }).catch(() => {});
} finally {
  await browser.close();
  await srv.close();
}

// Draw slides in the preview: the simulator keeps suspend_data, so Exit and relaunch show the same
// drawn questions; a content change (the editor saving) keeps the draw and shows the edit.
{
  const drawDir = fixturePackage('draw', '2004');
  const drawCourse = loadCourse(drawDir);
  const dsrv = await startPreviewServer(drawDir, drawCourse);
  const b = await launch({ viewport: { width: 1280, height: 800 } });
  const pg = b.context.pages()[0] || await b.context.newPage();
  pg.on('pageerror', (e) => pageErrors.push(e.message));
  const frame = pg.frameLocator('#player');
  const bankIds = new Set(drawCourse.banks.flatMap((x) => x.questions.map((q) => q.id)));
  const drawn = async () => (await frame.locator('.ol-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-slide-id')))).filter((id) => bankIds.has(id));
  try {
    await pg.goto(`${dsrv.url}/preview/index.html?version=2004&device=desktop&ui=en`);
    await frame.locator('body[data-ready]').waitFor();
    const first = await drawn();
    eq(first.length, 6, 'preview: the player shows the drawn questions (4 + 2)');
    for (let k = 0; k < 2; k++) await frame.locator('button.next').click(); // intro, first[0], first[1]
    await pg.waitForFunction((id) => window.CapsulePreview.currentSlideId() === id && window.CapsulePreview.simulator.committedValue('cmi.location') === id, first[1]);
    await pg.click('#relaunch');
    await pg.waitForFunction(() => window.CapsulePreview.simulator.state() === 'running' && window.CapsulePreview.simulator.cmi().cmi.entry === 'resume');
    await frame.locator('body[data-ready]').waitFor();
    await pg.waitForFunction(() => window.CapsulePreview.currentSlideId() !== null);
    eq((await drawn()).join(' '), first.join(' '), 'preview relaunch: the same drawn questions');
    eq(await pg.evaluate(() => window.CapsulePreview.currentSlideId()), first[1], 'preview relaunch: on the same drawn question');
    const edited = JSON.parse(JSON.stringify(drawCourse));
    edited.banks.flatMap((x) => x.questions).find((q) => q.id === first[1]).title = 'Edited bank question 7';
    dsrv.setCourse(edited);
    await frame.locator('text=Edited bank question 7').first().waitFor({ state: 'attached', timeout: 5000 });
    eq((await drawn()).join(' '), first.join(' '), 'preview content change: the draw is kept');
  } catch (e) {
    failures++;
    console.log(`[preview] FAIL draw: ${e && e.stack ? e.stack.split('\n').slice(0, 4).join(' | ') : e}`);
  } finally {
    await b.close();
    await dsrv.close();
  }
}
check(pageErrors.length === 0, `no page errors in the draw preview${pageErrors.length ? ': ' + pageErrors.slice(0, 3).join(' | ') : ''}`);

// A course with translations (PreviewSite::playerData: every language): the page's player-language
// menu lists its languages; picking one relaunches the player in it, the LMS state kept.
{
  const { all } = languagePackages('full', '2004', 'de');
  const data = loadCourse(all);
  const lsrv = await startPreviewServer(all, data);
  const b = await launch({ viewport: { width: 1280, height: 800 } });
  const pg = b.context.pages()[0] || await b.context.newPage();
  pg.on('pageerror', (e) => pageErrors.push(e.message));
  const frame = pg.frameLocator('#player');
  try {
    await pg.goto(`${lsrv.url}/preview/index.html?version=2004&device=desktop&ui=en`);
    await frame.locator('body[data-ready]').waitFor();
    await pg.waitForFunction(() => [...document.querySelectorAll('#lang option')].some((o) => o.value === 'de'));
    eq(await pg.locator('#lang option[value="de"]').textContent(), 'Deutsch', 'the course\'s language joins the menu, by name');
    await frame.locator('button.next').click();
    const at = await pg.evaluate(() => window.CapsulePreview.currentSlideId());
    await pg.waitForFunction((id) => window.CapsulePreview.simulator.committedValue('cmi.location') === id, at);
    await pg.selectOption('#lang', 'de');
    await frame.locator('html[lang="de"]').waitFor();
    await frame.locator('body[data-ready]').waitFor();
    await pg.waitForFunction((id) => window.CapsulePreview.currentSlideId() === id, at);
    check(/^\[de\] /.test(await frame.locator('.slide-title').textContent()), 'the player shows the course in that language');
    eq(await pg.evaluate(() => window.CapsulePreview.currentSlideId()), at, 'on the same slide (LMS state kept)');
    check(/[?&]lang=de/.test(pg.url()), 'the page address keeps the language');
  } catch (e) {
    failures++;
    console.log(`[preview] FAIL languages: ${e && e.stack ? e.stack.split('\n').slice(0, 4).join(' | ') : e}`);
  } finally {
    await b.close();
    await lsrv.close();
  }
}
check(pageErrors.length === 0, `no page errors in the language preview${pageErrors.length ? ': ' + pageErrors.slice(0, 3).join(' | ') : ''}`);
console.log(`[preview] ${failures ? 'FAILED' : 'PASSED'}: ${passes} checks passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
