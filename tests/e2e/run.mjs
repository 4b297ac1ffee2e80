// SPDX-License-Identifier: MIT
// End-to-end run of one learner scenario against scorm-again (or the preview's strict LMS
// simulator) in headless Chromium.
//
//   node tests/e2e/run.mjs --version 1.2|2004 --scenario pass|fail|resume|video|web|draw|branch
//                          [--lms scorm-again|simulator] [--package-dir DIR] [--fixture full|video]
//                          [--screenshot out.png] [--verbose]
//
// Without --package-dir the fixture package is assembled from tests/e2e/fixtures and resources/player
// ("video" scenario: fixture "video", others: "full"). Exit status 0 = all checks passed.
import path from 'node:path';
import { startServer } from './lib/server.mjs';
import { launch } from './lib/browser.mjs';
import { Learner, loadCourse, flatSlides, GRADED } from './lib/driver.mjs';
import { RE, expectedType, expectedResponse, expectedPattern, expectedResult, valuesFromLog } from './lib/expect.mjs';
import { fixturePackage, fixtureWebPackage } from './lib/fixtures.mjs';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { playerDir } from './lib/fixtures.mjs';

// Full credit per planned answer (edge cases: a 1-pair matching cannot be answered wrong, etc.).
const Scoring = createRequire(import.meta.url)(path.join(playerDir, 'scoring.js'));

function parseArgs(argv) {
  const out = { verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--verbose' || a === '-v') out.verbose = true;
    else if (a.startsWith('--')) out[a.slice(2).replace(/-([a-z])/g, (m, c) => c.toUpperCase())] = argv[++i];
  }
  return out;
}

export async function runScenario(opts) {
  const version = opts.version;
  const scenario = opts.scenario;
  if (!['pass', 'fail', 'resume', 'video', 'web', 'draw', 'game', 'branch'].includes(scenario)) throw new Error('--scenario must be pass, fail, resume, video, web, draw, game or branch');
  if (scenario !== 'web' && !['1.2', '2004'].includes(version)) throw new Error('--version must be 1.2 or 2004');
  const lms = opts.lms || 'scorm-again';
  if (!['scorm-again', 'simulator'].includes(lms)) throw new Error('--lms must be scorm-again or simulator');
  const simulator = lms === 'simulator' && scenario !== 'web';
  // opts.result (optional) receives { values: final session's values from the call log, simulatorErrors }.
  const result = opts.result || {};
  const pkgDir = opts.packageDir ? path.resolve(opts.packageDir)
    : scenario === 'web' ? fixtureWebPackage(opts.fixture || 'full') : fixturePackage(opts.fixture || ({ video: 'video', draw: 'draw', game: 'game' }[scenario] || 'full'), version);
  const course = loadCourse(pkgDir);
  // As authored: draw slides stand for the questions drawn at each attempt (learner.slides has those).
  const slides = flatSlides(course);
  const label = version ? `[${version} ${scenario}${simulator ? ' simulator' : ''}]` : `[${scenario}]`;
  let failures = 0, passes = 0;
  const check = (cond, msg) => {
    if (cond) { passes++; if (opts.verbose) console.log(`${label} ok   ${msg}`); }
    else { failures++; console.log(`${label} FAIL ${msg}`); }
  };
  const eq = (actual, expected, msg) => check(actual === expected, `${msg}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  const log = opts.verbose ? (m) => console.log(`${label} ..   ${m}`) : () => {};
  const v4 = version === '2004';
  // Game sections (docs/export.md §3): SCORM 2004 scores in points, raw of max; SCORM 1.2 (0..100)
  // keeps the percent. pointsMax: the course's maximum, every bonus included; 0 = percent.
  const gameOf = new Map();
  (course.sections || []).forEach((sec) => (sec.slides || []).forEach((sl) => gameOf.set(String(sl.id), sec.game)));
  const gameEntries = (list, answerOf = () => undefined) => list.filter((x) => x.kind === 'question' || x.kind === 'scenario').map((x) => ({ q: x.question, game: gameOf.get(String(x.id)), answer: answerOf(x), speed: 10 }));
  const gameMax = gameEntries(slides).some((e) => e.game) ? Scoring.quizTotals(gameEntries(slides), 0).available : 0;
  const pointsMax = v4 ? gameMax : 0; // the authored course's (checkFinal recomputes for draws)
  const el = {
    status: v4 ? null : 'cmi.core.lesson_status', completion: 'cmi.completion_status', success: 'cmi.success_status',
    raw: v4 ? 'cmi.score.raw' : 'cmi.core.score.raw', min: v4 ? 'cmi.score.min' : 'cmi.core.score.min', max: v4 ? 'cmi.score.max' : 'cmi.core.score.max',
    session: v4 ? 'cmi.session_time' : 'cmi.core.session_time', exit: v4 ? 'cmi.exit' : 'cmi.core.exit',
    location: v4 ? 'cmi.location' : 'cmi.core.lesson_location', response: v4 ? 'learner_response' : 'student_response',
    init: v4 ? 'Initialize' : 'LMSInitialize', finish: v4 ? 'Terminate' : 'LMSFinish', commit: v4 ? 'Commit' : 'LMSCommit'
  };

  const srv = await startServer(pkgDir);
  const browser = await launch();
  const page = browser.context.pages()[0] || await browser.context.newPage();
  // Tests fix the seed of the player's draws (every frame, before its scripts).
  await page.addInitScript((seed) => { window.CAPSULE_SEED = seed; }, Number(opts.seed) || 20261202);
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) pageErrors.push(m.text()); });
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('response', (r) => { if (r.status() >= 400) pageErrors.push(`HTTP ${r.status()} ${r.url()}`); });

  const launchSco = async (cmi) => {
    await page.evaluate((o) => window.LMS.launch(o), { version, url: `${srv.url}/pkg/index.html`, cmi });
    const learner = new Learner(page, course, log);
    await learner.ready();
    return learner;
  };
  const lmsState = () => page.evaluate(() => ({
    calls: window.LMS.calls, trap: window.LMS.trapCalls, simErrors: window.LMS.errors ? window.LMS.errors() : null
  }));
  const exitViaButton = async (learner) => {
    if (opts.screenshot) await page.screenshot({ path: opts.screenshot });
    await learner.f.locator('button.exit-btn').click();
    await learner.f.locator('body[data-exited]').waitFor();
  };

  // Checks shared by every finished session.
  const checkSession = (state, { finished = true } = {}) => {
    const { calls, trap } = state;
    const fns = calls.map((c) => c.fn);
    eq(fns.filter((f) => f === el.init).length, 1, `${el.init} called once`);
    if (finished) {
      eq(fns.filter((f) => f === el.finish).length, 1, `${el.finish} called once`);
      const fin = fns.lastIndexOf(el.finish);
      check(fin === fns.length - 1 || fns.slice(fin + 1).every((f) => /Error|Diagnostic/.test(f)), `no API call after ${el.finish}`);
      check(fns.slice(0, fin).includes(el.commit), `${el.commit} before ${el.finish}`);
    }
    const rejected = calls.filter((c) => /SetValue$/.test(c.fn) && (c.result !== 'true' || c.error !== '0'));
    check(rejected.length === 0, `every SetValue accepted by ${simulator ? 'the simulator' : 'scorm-again'}${rejected.length ? ': ' + JSON.stringify(rejected.slice(0, 3)) : ''}`);
    if (simulator) {
      const flagged = state.simErrors || [];
      result.simulatorErrors = (result.simulatorErrors || 0) + flagged.length;
      check(flagged.length === 0, `the strict simulator flags no spec violation${flagged.length ? ': ' + JSON.stringify(flagged.slice(0, 3)) : ''}`);
    }
    if (v4) {
      // progress_measure never goes down within the session and is 1 only once completed.
      let last = -1, completed = false, ok = true;
      for (const c of calls) {
        if (c.fn !== 'SetValue' || c.result !== 'true') continue;
        if (c.args[0] === 'cmi.completion_status') completed = c.args[1] === 'completed';
        if (c.args[0] !== 'cmi.progress_measure') continue;
        const pm = Number(c.args[1]);
        if (pm < last || (pm === 1 && !completed)) ok = false;
        last = pm;
      }
      check(ok, 'progress_measure never decreases and reaches 1 only with completion_status completed');
    }
    result.values = valuesFromLog(calls).values;
    eq(trap.length, 0, `the other SCORM version's API is never touched (pinned discovery)`);
    const { values } = valuesFromLog(calls);
    check((v4 ? RE.duration2004 : RE.timespan12).test(values[el.session] || ''), `session_time format ${JSON.stringify(values[el.session])}`);
    eq(values[el.exit], 'suspend', 'exit');
    const sd = values['cmi.suspend_data'] || '';
    check(sd.length > 0 && sd.length <= 4096 && /^[\x20-\x7e]*$/.test(sd), `suspend_data is printable ASCII, 1..4096 chars (${sd.length})`);
    return values;
  };

  const checkInteractions = (interactions, submitted, first = 0) => {
    eq(interactions.length - first, submitted.length, 'interaction count');
    submitted.forEach((s, k) => {
      const it = interactions[first + k] || {};
      const q = s.slide.question;
      const tag = `interaction ${first + k} (${q.type})`;
      check(v4 ? RE.longId2004.test(it.id || '') && it.id.includes(String(s.slide.id)) : RE.id12.test(it.id || ''), `${tag} id ${JSON.stringify(it.id)}`);
      // A drawn question reports under its bank question's id, wherever the draw placed it.
      if (s.bank) eq(it.id, v4 ? `urn:capsule:question:${s.slide.id}` : 'B_' + String(s.slide.id).replace(/[^A-Za-z0-9_]/g, ''), `${tag} id is the bank question's`);
      eq(it.type, expectedType(q, version), `${tag} type`);
      eq(it[el.response], expectedResponse(q, s.answer, version), `${tag} ${el.response}`);
      // 2004: a question answered again (a retake) repeats its answer only, not the question's own
      // fields (runtime.js, docs/export.md §6).
      const again = v4 && interactions.slice(0, first + k).some((o) => o.id === it.id);
      eq(it['correct_responses.0.pattern'], again ? undefined : expectedPattern(q, version), `${tag} correct pattern`);
      eq(it.result, expectedResult(q, Scoring.scoreAnswer(q, s.answer).correct, version), `${tag} result`);
      eq(it.weighting, again ? undefined : GRADED(q) ? String(q.points) : '0', `${tag} weighting`);
      check((v4 ? RE.duration2004 : RE.timespan12).test(it.latency || ''), `${tag} latency ${JSON.stringify(it.latency)}`);
      if (v4) {
        check(RE.timestamp2004.test(it.timestamp || ''), `${tag} timestamp ${JSON.stringify(it.timestamp)}`);
        check(again ? it.description === undefined : typeof it.description === 'string' && it.description.length > 0 && it.description.length <= 260, `${tag} description ${JSON.stringify(it.description)}`);
      } else {
        check(RE.time12.test(it.time || ''), `${tag} time ${JSON.stringify(it.time)}`);
      }
    });
  };

  // Scenario slides: after each response, Continue went where it leads (default: the next slide).
  const checkScenarioPath = (learner, submitted) => {
    submitted.filter((s) => s.scenario).forEach((s) => {
      const at = learner.path.indexOf(String(s.slide.id));
      // "go": the authored index of the slide the response leads to (PlayerData).
      const go = (s.slide.question.choices.find((c) => c.id === s.answer) || {}).go;
      const expected = go != null ? String(flatSlides(course)[go].id) : String((learner.slides[learner.slides.indexOf(s.slide) + 1] || {}).id);
      if (at >= 0 && at + 1 < learner.path.length) eq(learner.path[at + 1], expected, `scenario ${s.slide.id} response ${s.answer} leads to`);
    });
  };

  // raw: the game points when they are not score % of pointsMax exactly (rounding).
  // questions: the question slides on show (draws included), when they are not the authored ones.
  // path: the slides the learner went through; its scenario slides were answered with a best
  // response (pass, resume), and an answered scenario's best points count as available.
  const checkFinal = (values, { passed, failed, score, raw, questions, path, max }) => {
    const best = (x) => (x.kind === 'scenario' && path && path.includes(String(x.id)) ? (x.question.choices.find((c) => c.correct) || {}).id : undefined);
    const pointsMax = v4 && gameMax ? (max !== undefined ? max : Scoring.quizTotals(gameEntries(questions || slides, best), 0).available) : 0;
    if (v4) {
      eq(values[el.completion], passed ? 'completed' : 'incomplete', 'completion_status');
      eq(values[el.success], passed ? 'passed' : failed ? 'failed' : undefined, 'success_status');
      if (score !== undefined) {
        eq(values['cmi.score.scaled'], String(score / 100), 'score.scaled');
        check(RE.real2004.test(values['cmi.score.scaled'] || ''), 'score.scaled is a real');
      }
      if (passed) eq(values['cmi.progress_measure'], '1', 'progress_measure');
    } else {
      eq(values[el.status], passed ? 'passed' : failed ? 'failed' : 'incomplete', 'lesson_status');
    }
    if (score !== undefined) {
      eq(values[el.raw], String(pointsMax ? (raw !== undefined ? raw : Math.round(score * pointsMax) / 100) : score), 'score.raw');
      eq(values[el.min], '0', 'score.min');
      eq(values[el.max], String(pointsMax || 100), 'score.max');
    }
  };

  try {
    if (scenario === 'web') {
      // Web export opened from disk: no LMS, progress kept in localStorage, classic scripts over file://.
      const url = pathToFileURL(path.join(pkgDir, 'index.html')).href;
      await page.goto(url);
      await page.locator('body[data-ready]').waitFor();
      eq(await page.locator('.tracking-off').count(), 0, 'web runtime: no "tracking off" notice');
      await page.locator('button.next').click();
      const second = await page.locator('article.slide').getAttribute('data-slide-id');
      eq(second, String(slides[1].id), 'moved to slide 2');
      await page.reload();
      await page.locator('body[data-ready]').waitFor();
      eq(await page.locator('article.slide').getAttribute('data-slide-id'), second, 'reload resumes from localStorage');
      const key = await page.evaluate(() => Object.keys(localStorage).join(','));
      eq(key, `capsule:progress:${course.id}`, 'localStorage key by course id');
      await page.goto(url + '?runtime=none');
      await page.locator('body[data-ready]').waitFor();
      eq(await page.locator('.tracking-off').count(), 1, '?runtime=none shows the "tracking off" notice');
      await page.keyboard.press('Tab');
      eq(await page.evaluate(() => document.activeElement && document.activeElement.className), 'skip-link', 'first Tab reaches the skip link');
      await page.goto(url.replace(/index\.html$/, 'index.html?runtime=scorm12'));
      await page.locator('body[data-ready]').waitFor();
      eq(await page.locator('.tracking-off').count(), 1, 'SCORM package without an LMS still runs, tracking off');
      if (opts.screenshot) await page.screenshot({ path: opts.screenshot });
    } else await page.goto(`${srv.url}/lms/${simulator ? 'simulator.html' : 'index.html'}`);
    if (scenario === 'pass' || scenario === 'fail') {
      const learner = await launchSco(null);
      const right = scenario === 'pass';
      let submitted = await learner.walk(() => right);
      checkScenarioPath(learner, submitted);
      let questions = learner.scored();
      const cardSel = right ? '.result-card.result-pass' : '.result-card.result-fail';
      await learner.f.locator(cardSel).waitFor();
      const shown = Number(await learner.f.locator(cardSel).getAttribute('data-score'));
      const graded = questions.filter((s) => GRADED(s.question));
      const expectTotals = () => Scoring.quizTotals(gameEntries(questions, (q) => (submitted.slice().reverse().find((x) => x.slide === q) || {}).answer), course.settings.passingScore);
      const expectScore = () => expectTotals().score;
      eq(shown, expectScore(), 'result slide score');
      if (!right) {
        const max = Number(course.settings.maxAttempts) || 0;
        check(max !== 1, 'fixture allows a retry (maxAttempts != 1)');
        for (let attempt = 2; max && attempt <= max; attempt++) {
          await learner.f.locator('button.retry').click();
          questions = await learner.sync().then(() => learner.scored());
          const id = await learner.currentSlideId();
          eq(id, String(questions[0].id), `retry #${attempt - 1} lands on the first question`);
          check(await learner.f.locator('article.is-submitted').count() === 0, 'answers reset for the new attempt');
          submitted = submitted.concat(await learner.walk(() => false));
          await learner.f.locator(cardSel).waitFor();
        }
        if (max) eq(await learner.f.locator('button.retry').count(), 0, 'no retry once attempts are exhausted');
        else eq(await learner.f.locator('button.retry').count(), 1, 'unlimited attempts: retry offered');
      }
      check(graded.length > 0, 'fixture has graded questions');
      await exitViaButton(learner);
      // Inside the LMS frame: say where to go on (the frame cannot close its window); 2004 asks the
      // LMS to take the learner back, which scorm-again and the strict simulator must accept.
      const exitText = await learner.f.locator('.exit-card').textContent();
      check(!/close this window|fermer cette fenêtre/i.test(exitText) && /navigation/.test(exitText), `exit screen inside the LMS frame: ${JSON.stringify(exitText)}`);
      const state = await lmsState();
      const values = checkSession(state);
      if (v4) eq(values['adl.nav.request'], 'suspendAll', 'Exit: adl.nav.request accepted by the LMS');
      // "failed" only once every attempt is used (never while a retry is possible).
      const exhausted = !right && Number(course.settings.maxAttempts) > 0;
      checkFinal(values, { passed: right, failed: exhausted, score: expectScore(), raw: expectTotals().earned, questions, max: expectTotals().available });
      eq(values[el.location], String(learner.slides[learner.slides.length - 1].id), 'bookmark on the result slide');
      checkInteractions(valuesFromLog(state.calls).interactions, submitted);
    } else if (scenario === 'resume') {
      let learner = await launchSco(null);
      const questions = learner.questions();
      const drawn = learner.drawnIds();
      const half = Math.ceil(questions.length / 2);
      const first = await learner.walk(() => true, { stopAt: (s) => questions.indexOf(s) === half });
      const leftOn = await learner.currentSlideId();
      check(first.filter((x) => !x.scenario).length === half, `answered ${half} questions before leaving (got ${first.length})`);
      await page.evaluate(() => window.LMS.unload());
      await page.waitForFunction((fin) => window.LMS.calls.some((c) => c.fn === fin), el.finish);
      const s1 = await lmsState();
      const v1 = checkSession(s1);
      eq(v1[el.location], leftOn, 'bookmark = slide left on');
      checkFinal(v1, { passed: false, failed: false });
      checkInteractions(valuesFromLog(s1.calls).interactions, first);
      // What the LMS keeps for the next launch.
      const stored = v4
        ? { entry: 'resume', location: v1[el.location], suspend_data: v1['cmi.suspend_data'], completion_status: v1[el.completion] || 'incomplete' }
        : { core: { entry: 'resume', lesson_location: v1[el.location], lesson_status: v1[el.status] }, suspend_data: v1['cmi.suspend_data'] };
      learner = await launchSco(stored);
      eq(await learner.currentSlideId(), leftOn, 'relaunch lands on the same slide');
      eq(learner.drawnIds().join(' '), drawn.join(' '), 'relaunch shows the same drawn questions');
      // Earlier answers are restored: step back to the last answered question.
      const lastAnswered = first[first.length - 1].slide;
      while ((await learner.currentSlideId()) !== String(lastAnswered.id)) await learner.previous();
      check(await learner.f.locator('article.is-submitted .feedback').count() === 1, 'earlier answer restored with its feedback');
      while ((await learner.currentSlideId()) !== leftOn) await learner.next();
      const second = await learner.walk(() => true);
      await learner.f.locator('.result-card.result-pass').waitFor();
      eq(Number(await learner.f.locator('.result-card').getAttribute('data-score')), 100, 'score combines both sessions');
      await exitViaButton(learner);
      const s2 = await lmsState();
      const v2 = checkSession(s2);
      checkFinal(v2, { passed: true, failed: false, score: 100, questions: learner.scored(), path: first.concat(second).filter((x) => x.scenario).map((x) => String(x.slide.id)) });
      eq(second.filter((x) => !x.scenario).length, questions.length - half, 'second session answers only the remaining questions');
      checkInteractions(valuesFromLog(s2.calls).interactions, second);
    } else if (scenario === 'draw') {
      // Draw slides: each attempt draws again, a relaunch shows the same draw, bank ids reported.
      check((course.banks || []).length > 0 && slides.some((s) => s.kind === 'draw'), 'package has question banks and a draw slide');
      let learner = await launchSco(null);
      const first = learner.drawnIds();
      check(first.length > 0 && new Set(first).size === first.length, `attempt 1 shows drawn questions, none twice (${first.length})`);
      const offPath = new Set(course.sections.filter((x) => x.branchOnly).flatMap((x) => x.slides.map((y) => String(y.id))));
      eq(await learner.f.locator('.counter').textContent(), `1 / ${learner.slides.filter((x) => !offPath.has(String(x.id))).length}`, 'the counter counts drawn questions (not branch-only sections)');
      const graded = () => learner.questions().filter((s) => GRADED(s.question)).length;
      const attempt1 = await learner.walk(() => false);
      await learner.f.locator('.result-card.result-fail').waitFor();
      eq(attempt1.filter((x) => x.bank).length, first.length, 'every drawn question answered in attempt 1');
      check(graded() > 0, 'graded questions');
      await learner.f.locator('button.retry').click();
      await learner.sync();
      const second = learner.drawnIds();
      eq(second.length, first.length, 'attempt 2 draws as many questions');
      check(second.some((id) => !first.includes(id)), `attempt 2 draws other questions (${first.join(',')} / ${second.join(',')})`);
      eq(await learner.currentSlideId(), String(learner.questions()[0].id), 'the retake starts at the first question');
      const questions = learner.questions();
      const half = Math.ceil(questions.length / 2);
      const part = await learner.walk(() => true, { stopAt: (s) => questions.indexOf(s) === half });
      const leftOn = await learner.currentSlideId();
      await page.evaluate(() => window.LMS.unload());
      await page.waitForFunction((fin) => window.LMS.calls.some((c) => c.fn === fin), el.finish);
      const s1 = await lmsState();
      const v1 = checkSession(s1);
      checkInteractions(valuesFromLog(s1.calls).interactions, attempt1.concat(part));
      const stored = v4
        ? { entry: 'resume', location: v1[el.location], suspend_data: v1['cmi.suspend_data'], completion_status: v1[el.completion] || 'incomplete' }
        : { core: { entry: 'resume', lesson_location: v1[el.location], lesson_status: v1[el.status] }, suspend_data: v1['cmi.suspend_data'] };
      learner = await launchSco(stored);
      eq(learner.drawnIds().join(' '), second.join(' '), 'relaunch shows the questions drawn for attempt 2');
      eq(await learner.currentSlideId(), leftOn, 'relaunch lands on the same slide');
      const lastAnswered = part[part.length - 1].slide;
      while ((await learner.currentSlideId()) !== String(lastAnswered.id)) await learner.previous();
      check(await learner.f.locator('article.is-submitted .feedback').count() === 1, 'earlier answer of attempt 2 restored with its feedback');
      while ((await learner.currentSlideId()) !== leftOn) await learner.next();
      const rest = await learner.walk(() => true);
      await learner.f.locator('.result-card.result-pass').waitFor();
      eq(Number(await learner.f.locator('.result-card').getAttribute('data-score')), 100, 'attempt 2 scores its drawn questions');
      await exitViaButton(learner);
      const s2 = await lmsState();
      const v2 = checkSession(s2);
      checkFinal(v2, { passed: true, failed: false, score: 100, questions: learner.scored(), path: part.concat(rest).filter((x) => x.scenario).map((x) => String(x.slide.id)) });
      eq(part.concat(rest).filter((x) => !x.scenario).length, questions.length, 'attempt 2 answered across both sessions');
      checkInteractions(valuesFromLog(s2.calls).interactions, rest);
    } else if (scenario === 'game') {
      // Run 1, timer off (chosen on the start screen with the keyboard): every answer right earns
      // every bonus (speed on ten times the time), the final card shows the maximum and a record.
      check(gameMax > 0, `package has a game section (maximum ${gameMax} points)`);
      let learner = await launchSco(null);
      learner.timer = 0;
      const run1 = await learner.walk(() => true);
      const q = learner.questions();
      const lastGame = q.filter((x) => gameOf.get(String(x.id))).pop();
      await learner.f.locator('.result-card.result-pass').waitFor();
      eq(Number(await learner.f.locator('.result-card').getAttribute('data-score')), 100, 'timer off: result slide 100 %');
      await learner.f.locator(`.ol-item[data-slide-id=${JSON.stringify(String(lastGame.id))}]`).click();
      eq(await learner.f.locator('.game-total').textContent(), `${gameMax} sur ${gameMax} points`, 'timer off: final card shows every point');
      check(/Nouveau record/.test(await learner.f.locator('.game-over').textContent()), 'timer off: a new personal best');
      await exitViaButton(learner);
      let state = await lmsState();
      let values = checkSession(state);
      checkFinal(values, { passed: true, failed: false, score: 100 });
      checkInteractions(valuesFromLog(state.calls).interactions, run1);
      // Run 2, a new attempt with the timer on: the first question's 2 s run out (countdown shown,
      // a polite announcement), the late right answer earns nothing and reports "correct".
      await page.evaluate(() => window.LMS.unload());
      await page.waitForFunction(() => !document.getElementById('sco').contentDocument?.querySelector('body[data-ready]'));
      learner = await launchSco(null);
      learner.timer = 1;
      const first = q.find((x) => gameOf.get(String(x.id)));
      while (await learner.currentSlideId() !== String(first.id)) await learner.next();
      check(await learner.startGame(), 'timer on: the start screen leads into the game');
      const clock = learner.f.locator('.game-clock[role=timer]');
      check(/Encore \d+\s*s/.test(await clock.textContent()), `timer on: countdown shown as text (${await clock.textContent()})`);
      await learner.f.locator('.game-hud.is-late').waitFor({ timeout: 6000 });
      await page.waitForTimeout(100);
      check(/Temps écoulé/.test((await learner.f.locator('div.sr-only[aria-live=polite]').allTextContents()).join(' ')), 'timer on: time up announced politely');
      const late = { slide: first, answer: await learner.answer(first.question, true), right: true };
      check(/Temps écoulé/.test(await learner.f.locator('.game-gain').textContent()), 'timer on: the late answer earns no points');
      await learner.next();
      const run2 = [late, ...(await learner.walk(() => true))];
      await learner.f.locator(`.ol-item[data-slide-id=${JSON.stringify(String(lastGame.id))}]`).click();
      const shown = Number((await learner.f.locator('.game-total').textContent()).split(' ')[0].replace(',', '.'));
      const firstMax = Scoring.quizTotals(gameEntries([first]), 0).available;
      check(shown > 0 && shown <= gameMax - firstMax, `timer on: ${shown} points, without the late question's ${firstMax}`);
      await exitViaButton(learner);
      state = await lmsState();
      values = checkSession(state);
      const pct = Math.round(shown / gameMax * 10000) / 100;
      eq(values[el.raw], String(v4 ? shown : pct), 'timer on: score.raw is the points shown (1.2: their percent)');
      eq(values[el.max], String(v4 ? gameMax : 100), 'timer on: score.max');
      if (v4) eq(values['cmi.score.scaled'], String(pct / 100), 'timer on: score.scaled');
      checkInteractions(valuesFromLog(state.calls).interactions, run2);
    } else if (scenario === 'branch') {
      // A wrong answer leads to a branch-only remediation section and back; progress and "all slides
      // viewed" count only the learner's path (a learner who answers right never sees the remediation).
      const remedial = course.sections.filter((x) => x.branchOnly);
      const offPath = new Set(remedial.flatMap((x) => x.slides.map((y) => String(y.id))));
      const q = slides.find((x) => x.kind === 'question' && x.question.onIncorrect != null);
      check(remedial.length > 0 && !!q, 'package has a branch-only section and a question that branches to it');
      const target = slides[q.question.onIncorrect], back = slides[q.next];
      check(offPath.has(String(target.id)), `the wrong answer leads into the branch-only section (${target.id})`);
      const shown = (learner) => learner.f.locator('.outline-section:not([hidden]) .outline-section-title').allTextContents();
      const pct = async (learner) => Number(await learner.f.locator('.progress').getAttribute('aria-valuenow'));
      const toEnd = async (learner) => {
        let submitted = await learner.walk(() => true);
        while ((await learner.currentSlideId()) !== String(learner.slides[learner.slides.length - 1].id)) {
          await learner.next();
          submitted = submitted.concat(await learner.walk(() => true));
        }
        return submitted;
      };

      // Learner 1 answers right: the remediation is never shown, yet the course completes.
      let learner = await launchSco(null);
      const path = learner.slides.filter((x) => !offPath.has(String(x.id)));
      eq(await learner.f.locator('.counter').textContent(), `1 / ${path.length}`, 'the counter counts the slides of the path');
      check(!(await shown(learner)).some((t) => remedial.some((x) => x.title === t)), 'the menu hides the branch-only section');
      let submitted = await toEnd(learner);
      check(!submitted.some((x) => offPath.has(String(x.slide.id))), 'the remediation stayed off the path');
      eq(await pct(learner), 100, 'progress reaches 100 % without the remediation');
      await exitViaButton(learner);
      let state = await lmsState();
      let values = checkSession(state);
      checkFinal(values, { passed: true, failed: false, score: 100, questions: learner.scored(), path: submitted.filter((x) => x.scenario).map((x) => String(x.slide.id)) });
      checkInteractions(valuesFromLog(state.calls).interactions, submitted);

      // Learner 2 answers that question wrong: remediation, then back after the question.
      learner = await launchSco(null);
      submitted = await learner.walk(() => true, { stopAt: (x) => x === q });
      // The counter counts the learner's path as answered so far (the scenario chain's best
      // responses already left a slide out); the wrong answer adds the remediation's slides.
      const [at, of] = (await learner.f.locator('.counter').textContent()).split(' / ').map(Number);
      check(at > 1 && of <= path.length, `the counter at the branching question (${at} / ${of})`);
      const answer = await learner.answer(q.question, false);
      submitted.push({ slide: q, answer, right: false });
      eq(await learner.f.locator('.counter').textContent(), `${at} / ${of + offPath.size}`, 'a wrong answer puts the remediation on the path');
      const before = await pct(learner);
      await learner.next();
      eq(await learner.currentSlideId(), String(target.id), 'a wrong answer leads to the remediation');
      check((await shown(learner)).some((t) => remedial.some((x) => x.title === t)), 'the menu shows the remediation once entered');
      eq(await learner.f.locator('.counter').textContent(), `${at + 1} / ${of + offPath.size}`, 'the path now includes the remediation');
      const during = await pct(learner);
      check(during > before && during < 100, `progress moves on within the longer path (${before} % then ${during} %)`);
      while (offPath.has(await learner.currentSlideId())) await learner.next();
      eq(await learner.currentSlideId(), String(back.id), 'the remediation returns after the question that branched');
      await learner.previous();
      check(offPath.has(await learner.currentSlideId()), 'Previous follows the path back into the remediation');
      await learner.next();
      submitted = submitted.concat(await toEnd(learner));
      eq(await pct(learner), 100, 'progress reaches 100 % with the remediation on the path');
      await exitViaButton(learner);
      state = await lmsState();
      values = checkSession(state);
      checkFinal(values, { passed: true, failed: false });
      checkInteractions(valuesFromLog(state.calls).interactions, submitted);
    } else if (scenario === 'video') {
      const learner = await launchSco(null);
      check(slides.some((s) => s.kind === 'video'), 'package has a video slide');
      await learner.walk(() => true);
      await exitViaButton(learner);
      const state = await lmsState();
      const values = checkSession(state);
      const reporting = course.settings.scorm12Reporting;
      if (v4) {
        eq(values[el.completion], 'completed', 'completion_status');
        eq(values['cmi.progress_measure'], '1', 'progress_measure');
      } else {
        eq(values[el.status], reporting === 'completed-incomplete' ? 'completed' : 'passed', 'lesson_status');
      }
      eq(valuesFromLog(state.calls).interactions.length, 0, 'no interactions for a video-only course');
    }
    const pkgUrl = pathToFileURL(pkgDir).href + '/';
    const external = requests.filter((u) => !u.startsWith(srv.url) && !u.startsWith(pkgUrl) && !u.startsWith('data:') && !u.startsWith('about:'));
    check(external.length === 0, `no network request outside the package/LMS${external.length ? ': ' + external.slice(0, 3).join(' ') : ''}`);
    check(pageErrors.length === 0, `no page errors${pageErrors.length ? ': ' + pageErrors.slice(0, 3).join(' | ') : ''}`);
  } catch (e) {
    failures++;
    console.log(`${label} FAIL ${e && e.stack ? e.stack.split('\n').slice(0, 4).join(' | ') : e}`);
    if (opts.screenshot) await page.screenshot({ path: opts.screenshot }).catch(() => {});
  } finally {
    await browser.close();
    await srv.close();
  }
  console.log(`${label} ${failures ? 'FAILED' : 'PASSED'}: ${passes} checks passed, ${failures} failed (package ${pkgDir})`);
  return failures === 0;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const opts = parseArgs(process.argv.slice(2));
  runScenario(opts).then((ok) => process.exit(ok ? 0 : 1), (e) => { console.error(`error: ${e.message}`); process.exit(2); });
}
