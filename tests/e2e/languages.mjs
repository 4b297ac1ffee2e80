// SPDX-License-Identifier: MIT
// A package in several languages (export --lang all) in scorm-again, against the same course in
// one language (export --lang fr):
//
//   node tests/e2e/languages.mjs --version 1.2|2004 [--all-dir DIR --single-dir DIR --lang fr --start en] [--verbose]
//
// 1. The "all" package, launched with the LMS's learner preference = --start (1.2
//    cmi.student_preference.language, 2004 cmi.learner_preference.language), starts in that
//    language: page lang, texts of that language, the outline's language menu.
// 2. Mid-course (before the first typed answer), the learner switches to --lang in the menu: the
//    same slide is shown again in that language, the answers given stay (feedback shown), the
//    resume data and the interactions are unchanged, the preference is recorded. Then the course
//    is finished in that language (every answer right) and left with Exit.
// 3. The single-language package, answered the same way: its final CMI equals the "all" run's
//    apart from language (the preference, and the interactions' {lang=..} descriptions);
//    session times, latencies and timestamps aside.
// Without --all-dir/--single-dir, packages are assembled from fixtures/full (English) and a
// generated French translation (lib/fixtures.mjs languagePackages).
import path from 'node:path';
import { startServer } from './lib/server.mjs';
import { launch } from './lib/browser.mjs';
import { Learner, loadCourse, slideIndex } from './lib/driver.mjs';
import { languagePackages } from './lib/fixtures.mjs';

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--verbose') out.verbose = true;
    else if (argv[i].startsWith('--')) out[argv[i].slice(2).replace(/-([a-z])/g, (m, c) => c.toUpperCase())] = argv[++i];
  }
  return out;
}

const opts = parseArgs(process.argv.slice(2));
const version = opts.version || '2004';
if (!['1.2', '2004'].includes(version)) { console.error('--version must be 1.2 or 2004'); process.exit(2); }
const v4 = version === '2004';
const target = opts.lang || 'fr';
const start = opts.start || 'en';
let dirs;
if (opts.allDir && opts.singleDir) dirs = { all: path.resolve(opts.allDir), single: path.resolve(opts.singleDir) };
else dirs = languagePackages('full', version, target);
const allData = loadCourse(dirs.all);
const singleData = loadCourse(dirs.single);
const inLang = (code) => (code === allData.language ? allData : allData.translations[code]);
const label = `[${version} languages]`;
let failures = 0, passes = 0;
const check = (cond, msg) => {
  if (cond) { passes++; if (opts.verbose) console.log(`${label} ok   ${msg}`); }
  else { failures++; console.log(`${label} FAIL ${msg}`); }
};
const eq = (a, e, msg) => check(JSON.stringify(a) === JSON.stringify(e), `${msg}: expected ${JSON.stringify(e)}, got ${JSON.stringify(a)}`);
const log = opts.verbose ? (m) => console.log(`${label} ..   ${m}`) : () => {};
const prefEl = v4 ? 'learner_preference' : 'student_preference';

check(Array.isArray(allData.languages) && allData.languages.some((l) => l.code === start) && allData.languages.some((l) => l.code === target),
  `the all package lists ${start} and ${target}: ${JSON.stringify(allData.languages)}`);
check(!singleData.languages && singleData.language === target, `the single package is in ${target} only`);
check(allData.ui && Object.keys(allData.ui).length >= 2 && Object.keys(singleData.ui || {}).length === 1,
  `interface strings: one table per language (${Object.keys(allData.ui || {})} / ${Object.keys(singleData.ui || {})})`);

// Answers: right, except every third scored slide (same plan in both runs, by slide id).
const ids = [...slideIndex(allData).keys()];
const plan = (slide) => ids.indexOf(String(slide.id)) % 3 !== 2;
// Typed answers (fill-in, numeric) are in the language on show: the switch comes before them.
const typed = (slide) => slide.question && ['fill-in', 'numeric'].includes(slide.question.type);

/** Runs a package to its end; before(learner) may switch language. Returns the final CMI. */
async function run(dir, data, { cmi, switchAt } = {}) {
  const srv = await startServer(dir);
  const browser = await launch();
  const errors = [];
  try {
    const page = browser.context.pages()[0] || await browser.context.newPage();
    await page.addInitScript(() => { window.CAPSULE_SEED = 20261202; });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${srv.url}/lms/index.html`);
    await page.evaluate((o) => window.LMS.launch(o), { version, url: `${srv.url}/pkg/index.html`, cmi });
    let learner = new Learner(page, data, log);
    await learner.ready();
    if (switchAt) learner = await switchAt(page, learner);
    await learner.walk(plan);
    await learner.f.locator('button.exit-btn').click();
    await learner.f.locator('body[data-exited]').waitFor();
    const state = await page.evaluate(() => ({ cmi: window.LMS.cmi(), calls: window.LMS.calls }));
    const rejected = state.calls.filter((c) => /SetValue$/.test(c.fn) && (c.result !== 'true' || c.error !== '0'));
    check(rejected.length === 0, `every SetValue accepted${rejected.length ? ': ' + JSON.stringify(rejected.slice(0, 3)) : ''}`);
    check(errors.length === 0, `no page error${errors.length ? ': ' + errors.join(' | ') : ''}`);
    return state.cmi;
  } finally {
    await browser.close();
    await srv.close();
  }
}

const cmiOf = (page) => page.evaluate(() => window.LMS.cmi());
// scorm-again's JSON keeps interactions as {"0": {...}, "1": ...}.
const interactionsOf = (cmi) => Object.keys(cmi.interactions || {}).filter((k) => /^\d+$/.test(k)).sort((x, y) => x - y).map((k) => cmi.interactions[k]);

const allCmi = await run(dirs.all, inLang(start), {
  cmi: { [prefEl]: { language: start } },
  switchAt: async (page, learner) => {
    const f = learner.f;
    eq(await f.locator('html').getAttribute('lang'), start, 'starts in the learner preference\'s language (page lang)');
    eq(await f.locator('.slide-title').textContent(), inLang(start).sections[0].slides[0].title, 'first slide in that language');
    eq(await f.locator('#lang-select').inputValue(), start, 'the language menu shows it');
    // Answer in the start language up to the first typed answer, at most half the questions.
    const scored = learner.scored().length;
    let answered = 0;
    const done = await learner.walk(plan, { stopAt: (s) => typed(s) || (s.question && answered++ >= scored / 2) });
    check(done.length > 0, `answers before the switch (${done.length})`);
    const before = await cmiOf(page);
    const slideBefore = await learner.currentSlideId();
    // The switch: the outline's language menu (the drawer is a menu on narrow screens).
    await f.locator('#lang-select').selectOption(target);
    await f.locator(`html[lang="${target}"]`).waitFor();
    const after = await cmiOf(page);
    eq(await learner.currentSlideId(), slideBefore, 'same slide after the switch');
    const shown = inLang(target).sections.flatMap((s) => s.slides).find((s) => String(s.id) === slideBefore)
      || (inLang(target).banks || []).flatMap((b) => b.questions).find((s) => String(s.id) === slideBefore);
    eq(await f.locator('.slide-title').textContent(), shown.title, 'the slide shown again in the new language');
    eq(after.suspend_data, before.suspend_data, 'resume data unchanged by the switch');
    eq(interactionsOf(before).length, done.length, 'one interaction per answer before the switch');
    eq(interactionsOf(after).length, interactionsOf(before).length, 'no interaction added by the switch');
    eq(after[prefEl].language, target, `${prefEl}.language records the learner's choice`);
    eq(await f.locator('.lang-pick label').textContent(), target === 'fr' ? 'Langue' : await f.locator('.lang-pick label').textContent(), 'menu label in the new language');
    // An answered question still shows its answer and feedback.
    const first = done[0].slide;
    await f.locator(`.ol-item[data-slide-id="${first.id}"]`).click({ force: true }).catch(async () => {
      await f.locator('button.menu-btn').click();
      await f.locator(`.ol-item[data-slide-id="${first.id}"]`).click();
    });
    await f.locator(`article.slide[data-slide-id="${first.id}"]`).waitFor();
    check(await f.locator('article.is-submitted .feedback').count() === 1, 'an answer given before the switch is still there, with its feedback');
    await f.locator(`.ol-item[data-slide-id="${slideBefore}"]`).click({ force: true });
    await f.locator(`article.slide[data-slide-id="${slideBefore}"]`).waitFor();
    const next = new Learner(page, inLang(target), log);
    await next.sync();
    next.path = learner.path;
    return next;
  }
});
const singleCmi = await run(dirs.single, singleData, {});

// Apart from language: the preference, descriptions ({lang=..} + prompt), times.
const normal = (cmi) => {
  const c = JSON.parse(JSON.stringify(cmi));
  delete c[prefEl];
  for (const k of ['session_time', 'total_time']) { delete c[k]; if (c.core) delete c.core[k]; }
  for (const it of interactionsOf(c)) { delete it.description; delete it.latency; delete it.timestamp; delete it.time; }
  return c;
};
const a = normal(allCmi), b = normal(singleCmi);
check(interactionsOf(a).length > 0, `interactions recorded (${interactionsOf(a).length})`);
eq(interactionsOf(a).length, interactionsOf(b).length, 'as many interactions as the single-language run');
for (let i = 0; i < Math.max(interactionsOf(a).length, interactionsOf(b).length); i++) {
  eq(interactionsOf(a)[i], interactionsOf(b)[i], `interaction ${i} (id, type, response, pattern, result, weighting)`);
}
for (const k of Object.keys({ ...a, ...b })) {
  if (k === 'interactions') continue;
  eq(a[k], b[k], `cmi.${k} equals the single-language run's`);
}
eq(singleCmi[prefEl] && singleCmi[prefEl].language, '', 'the single-language run writes no preference');
const descr = interactionsOf(allCmi).map((x) => x.description).filter(Boolean);
if (v4) check(descr.some((d) => d.startsWith(`{lang=${start}}`)) && descr.some((d) => d.startsWith(`{lang=${target}}`)), 'descriptions name the language they were answered in');

console.log(`${label} ${failures ? 'FAILED' : 'PASSED'}: ${passes} checks passed, ${failures} failed (${dirs.all} vs ${dirs.single})`);
process.exit(failures ? 1 : 0);
