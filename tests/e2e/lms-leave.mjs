// SPDX-License-Identifier: MIT
// Leaving a course through the LMS's own navigation (not the course's Exit button), against the
// Moodle-like test LMS (lms/moodle-double.js): Commit/Terminate during page dismissal go through a
// beacon (whole data model per call, 64 KiB in flight) or a synchronous XHR (refused). The store
// behind the double only keeps what was transmitted; each relaunch starts from it.
//
//   node tests/e2e/lms-leave.mjs --version 1.2|2004 --transport beacon|sync-xhr --package-dir DIR
//        [--scenario long|attempts|mastery|exit] [--expect-mastery judged|content] [--verbose]
//
// long:     (the 50-question course) half of attempt 1, leave; relaunch: same slide, earlier answer
//           kept; finish attempt 1 and 2 wrong, attempt 3 right; leave on the result slide; relaunch.
// attempts: three failed attempts, leave on the result slide (the 27-interaction case).
// mastery:  one failed attempt, leave: the status must be the course's own ("incomplete": retries
//           left) unless the package lets the LMS judge by score (--expect-mastery judged).
// exit:     the course's own Exit button inside the LMS frame: the learner reads that the progress is
//           saved and to use the platform's navigation (no "close this window"); SCORM 2004 asks
//           the LMS to leave with adl.nav.request=suspendAll before Terminate.
// Expected at each leave: one Terminate/LMSFinish and no Commit during the dismissal; it returns true
// when its payload fits the transport (beacon, under 64 KiB), else false/101 — and then everything
// committed before is in the store (status, score, interactions, session time, bookmark) and the
// relaunch resumes at the same slide.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { startServer } from './lib/server.mjs';
import { launch } from './lib/browser.mjs';
import { Learner, loadCourse, flatSlides, GRADED, plannedAnswer } from './lib/driver.mjs';
import { RE, expectedType, expectedResponse, expectedPatterns, expectedResult } from './lib/expect.mjs';
import { playerDir } from './lib/fixtures.mjs';

const Scoring = createRequire(import.meta.url)(path.join(playerDir, 'scoring.js'));
const CAP = 64 * 1024;

function parseArgs(argv) {
  const out = { verbose: false, scenario: 'long' };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--verbose' || argv[i] === '-v') out.verbose = true;
    else if (argv[i].startsWith('--')) out[argv[i].slice(2).replace(/-([a-z])/g, (m, c) => c.toUpperCase())] = argv[++i];
  }
  return out;
}

// One round trip per slide (150 answers must stay quick on a busy machine): inside the course frame,
// answer like the driver does (clicks on the labels, input/change events, the Move up buttons),
// submit, then press Next. Returns whether an answer was submitted.
function stepInFrame({ type, a, lang }) {
  const $ = (sel) => document.querySelector(sel);
  const q = (v) => CSS.escape(String(v));
  const input = (el, v, ev) => { el.value = v; el.dispatchEvent(new Event(ev, { bubbles: true })); };
  let answered = false;
  // A game section's start screen: no timer, then play (scores then do not depend on speed).
  if ($('button.game-go')) {
    $('input[name="gt"][value="0"]')?.click();
    $('button.game-go').click();
  }
  if (type && !$('article.is-submitted')) {
    if (type === 'single-choice' || type === 'likert' || type === 'scenario') $(`label.option[data-choice-id="${q(a)}"]`).click();
    else if (type === 'hotspot') $(`.options input[type="radio"][value="${q(a)}"]`).click();
    else if (type === 'drag-drop') a.forEach((v, k) => input($(`select[data-pair-index="${k}"]`), v, 'change'));
    else if (type === 'multiple-response') a.forEach((id) => $(`label.option[data-choice-id="${q(id)}"]`).click());
    else if (type === 'true-false') $(`label.option[data-choice-id="${a ? 'true' : 'false'}"]`).click();
    else if (type === 'fill-in') a.forEach((v, k) => input($(`input.blank[data-blank="${k}"]`), v, 'input'));
    else if (type === 'matching') a.forEach((v, k) => input($(`select[data-pair-index="${k}"]`), v, 'change'));
    else if (type === 'numeric') input($('input.numeric-input'), /^fr/.test(lang) ? String(a).replace('.', ',') : a, 'input');
    else if (type === 'open-text') input($('textarea.open-input'), a, 'input');
    else if (type === 'sequencing') {
      for (let target = 0; target < a.length; target++) {
        for (let guard = 0; guard < 100; guard++) {
          const order = [...document.querySelectorAll('li.seq-item')].map((e) => e.getAttribute('data-item-id'));
          if (order.indexOf(a[target]) <= target) break;
          $(`li.seq-item[data-item-id="${q(a[target])}"] button.seq-up`).click();
        }
      }
    }
    $('button.submit').click();
    if (!$('.feedback')) throw new Error('no feedback after submitting');
    answered = true;
  }
  const next = $('button.next');
  if (next && !next.disabled) next.click();
  return answered;
}

/** Walk to the result slide answering every question right or wrong; stopAt(slide) ends earlier. */
async function fastWalk(learner, right, { stopAt } = {}) {
  const done = [];
  for (let guard = 0; guard < 1000; guard++) {
    const fr = learner.frame();
    const id = await fr.evaluate(() => document.querySelector('article.slide').getAttribute('data-slide-id'));
    const slide = learner.slideById(id);
    if (stopAt && stopAt(slide)) return done;
    if (slide.kind === 'result') return done;
    const q = slide.question || null; // questions and scenario slides
    const a = q ? plannedAnswer(q, right) : null;
    if (await fr.evaluate(stepInFrame, { type: q && q.type, a, lang: learner.course.language || '' })) done.push({ slide, answer: a, right, scenario: slide.kind === 'scenario' });
  }
  throw new Error('walk did not reach the result slide');
}

/** Mastery data a Moodle-like LMS reads from the manifest. */
function manifestMastery(pkgDir) {
  const xml = fs.readFileSync(path.join(pkgDir, 'imsmanifest.xml'), 'utf8');
  const ms = /<adlcp:masteryscore>\s*([\d.]+)\s*</.exec(xml);
  const byMeasure = /satisfiedByMeasure="true"/.test(xml) && /<imsss:minNormalizedMeasure>\s*([\d.]+)\s*</.exec(xml);
  return { mastery: ms ? ms[1] : '', scaledPassing: byMeasure ? byMeasure[1] : '' };
}

/** The server side of the double: elements as transmitted, plus what each call carried. */
function createStore() {
  const store = { values: {}, received: [], finished: 0 };
  store.handle = async (req, res, url) => {
    if (url.pathname === '/store/state') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify(store.values));
      return true;
    }
    if (url.pathname !== '/store/commit' || req.method !== 'POST') return false;
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const body = Buffer.concat(chunks);
    const form = await new Request('http://store/', { method: 'POST', headers: { 'content-type': req.headers['content-type'] || '' }, body }).formData();
    let n = 0;
    for (const [k, v] of form.entries()) {
      if (!k.startsWith('cmi__') && !k.startsWith('adl__')) continue;
      store.values[k.replace(/__/g, '.')] = String(v);
      n++;
    }
    const finish = url.searchParams.get('fn') === 'finish';
    if (finish) store.finished++;
    store.received.push({ api: url.searchParams.get('api'), finish, fields: n, bytes: body.length });
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('true\n0');
    return true;
  };
  return store;
}

export async function runLeave(opts) {
  const version = opts.version;
  const transport = opts.transport;
  const scenario = opts.scenario || 'long';
  if (!['1.2', '2004'].includes(version)) throw new Error('--version must be 1.2 or 2004');
  if (!['beacon', 'sync-xhr'].includes(transport)) throw new Error('--transport must be beacon or sync-xhr');
  if (!['long', 'attempts', 'mastery', 'exit'].includes(scenario)) throw new Error('--scenario must be long, attempts, mastery or exit');
  if (!opts.packageDir) throw new Error('--package-dir is required (an unpacked exported package)');
  const pkgDir = path.resolve(opts.packageDir);
  const v4 = version === '2004';
  const course = loadCourse(pkgDir);
  const slides = flatSlides(course);
  const questions = slides.filter((s) => s.kind === 'question');
  const graded = questions.filter((s) => GRADED(s.question));
  const label = `[${version} ${transport} ${scenario}]`;
  let failures = 0, passes = 0;
  const check = (cond, msg) => {
    if (cond) { passes++; if (opts.verbose) console.log(`${label} ok   ${msg}`); }
    else { failures++; console.log(`${label} FAIL ${msg}`); }
  };
  const eq = (a, e, msg) => check(a === e, `${msg}: expected ${JSON.stringify(e)}, got ${JSON.stringify(a)}`);
  const log = opts.verbose ? (m) => console.log(`${label} ..   ${m}`) : () => {};
  const el = {
    location: v4 ? 'cmi.location' : 'cmi.core.lesson_location', session: v4 ? 'cmi.session_time' : 'cmi.core.session_time',
    exit: v4 ? 'cmi.exit' : 'cmi.core.exit', raw: v4 ? 'cmi.score.raw' : 'cmi.core.score.raw',
    finish: v4 ? 'Terminate' : 'LMSFinish', commit: v4 ? 'Commit' : 'LMSCommit', response: v4 ? 'learner_response' : 'student_response'
  };
  const mastery = manifestMastery(pkgDir);
  const store = createStore();
  const srv = await startServer(pkgDir, { handle: store.handle });
  const browser = await launch();
  const page = browser.context.pages()[0] || await browser.context.newPage();
  const calls = [];
  const pageErrors = [];
  page.on('console', (m) => {
    const t = m.text();
    if (t.startsWith('LMSDOUBLE ')) calls.push(JSON.parse(t.slice(10)));
    else if (m.type() === 'error' && !/Failed to load resource/.test(t)) pageErrors.push(t);
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));

  const launchSco = async () => {
    calls.length = 0;
    await page.goto(`${srv.url}/lms/moodle-double.html`);
    await page.evaluate((o) => window.LMS.launch(o), { version, url: `${srv.url}/pkg/index.html`, transport, ...mastery });
    const learner = new Learner(page, course, log);
    await learner.ready();
    return learner;
  };

  // Leave through the LMS page's own link (the top page navigates away), then check the calls.
  const leave = async (what) => {
    const before = store.received.length;
    const finishedBefore = store.finished;
    await page.evaluate(() => localStorage.removeItem('lmsdouble-dismissal'));
    await page.click('#leave');
    await page.waitForURL(/left\.html$/);
    // Calls made while the page went away were kept in localStorage by the double.
    const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('lmsdouble-dismissal') || '[]'));
    const during = kept.filter((c) => c.dismissing);
    calls.push(...during.filter((c) => !calls.some((x) => JSON.stringify(x) === JSON.stringify(c))));
    const fin = calls.filter((c) => c.fn === el.finish);
    eq(fin.length, 1, `${what}: ${el.finish} called once`);
    eq(during.filter((c) => c.fn === el.commit).length, 0, `${what}: no ${el.commit} during the dismissal (one call, not two)`);
    const f = fin[0] || {};
    const fits = transport === 'beacon' && f.bytes <= CAP;
    if (transport === 'sync-xhr') {
      check(f.result === 'false' && f.error === '101', `${what}: sync XHR refused during dismissal → false/101 (got ${f.result}/${f.error})`);
    } else if (fits) {
      eq(f.result, 'true', `${what}: ${el.finish} beacon (${f.bytes} bytes, ${f.fields} fields) accepted`);
    } else {
      check(f.result === 'false' && f.error === '101' && f.bytes > CAP,
        `${what}: ${el.finish} payload alone is ${f.bytes} bytes > 64 KiB (whole data model), refused → false/101`);
    }
    if (f.result === 'true') {
      const until = Date.now() + 5000;
      while (store.finished === finishedBefore && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      eq(store.finished, finishedBefore + 1, `${what}: the store received the session's end`);
    } else {
      await new Promise((r) => setTimeout(r, 300));
      eq(store.received.length, before, `${what}: nothing reached the store during the dismissal`);
    }
    console.log(`${label} ${what}: ${el.finish} ${f.result}/${f.error}, ${f.bytes} bytes, ${f.fields} fields (${transport})`);
    return f;
  };

  const checkStored = (what, { left, interactions, status }) => {
    const v = store.values;
    eq(v[el.location], left, `${what}: bookmark in the store`);
    eq(v[el.exit], 'suspend', `${what}: exit=suspend in the store`);
    check((v4 ? RE.duration2004 : RE.timespan12).test(v[el.session] || '') && !/^(PT0S|00:00:00(\.00)?)$/.test(v[el.session]), `${what}: session time in the store ${JSON.stringify(v[el.session])}`);
    check((v['cmi.suspend_data'] || '').length > 0, `${what}: resume data in the store`);
    const count = Object.keys(v).filter((k) => /^cmi\.interactions\.\d+\.id$/.test(k)).length;
    eq(count, interactions.length, `${what}: interactions in the store`);
    interactions.forEach((s, k) => {
      if (k % 7 && k !== interactions.length - 1) return; // a sample of every type, and the last one
      const q = s.slide.question;
      const p = `cmi.interactions.${k}.`;
      const tag = `${what}: interaction ${k} (${q.type})`;
      check(String(v[p + 'id'] || '').includes(v4 ? String(s.slide.id) : String(s.slide.id).replace(/[^A-Za-z0-9_]/g, '')), `${tag} id`);
      eq(v[p + 'type'], expectedType(q, version), `${tag} type`);
      eq(v[p + el.response], expectedResponse(q, s.answer, version), `${tag} response`);
      // 2004: the question's own fields (description, correct responses, weighting) come with the
      // first interaction of that id only (runtime.js, docs/export.md §6); 1.2: with every one.
      const first = !v4 || interactions.findIndex((o) => o.slide.id === s.slide.id) === k;
      if (first) expectedPatterns(q, version).forEach((pat, n) => eq(v[`${p}correct_responses.${n}.pattern`], pat, `${tag} pattern ${n}`));
      else eq(v[`${p}correct_responses.0.pattern`], undefined, `${tag} no repeated pattern`);
      if (v4) check(first === Boolean(v[p + 'description']), `${tag} description ${first ? 'given' : 'not repeated'}`);
      eq(v[p + 'result'], expectedResult(q, Scoring.scoreAnswer(q, s.answer).correct, version), `${tag} result`);
    });
    if (v4) {
      eq(v['cmi.completion_status'], status.completion, `${what}: completion_status`);
      eq(v['cmi.success_status'] || 'unknown', status.success, `${what}: success_status (not sent while unknown, its default)`);
      const pm = Number(v['cmi.progress_measure']);
      check(status.completion === 'completed' ? pm === 1 : pm < 1, `${what}: progress_measure ${pm} consistent with ${status.completion}`);
    } else {
      eq(v['cmi.core.lesson_status'], status.lesson, `${what}: lesson_status`);
    }
    // A game section makes the 2004 raw score points (docs/export.md §3): its percent is scaled.
    const game = v4 && (course.sections || []).some((x) => x.game);
    if (status.score !== undefined && game) eq(v['cmi.score.scaled'], String(status.score / 100), `${what}: score.scaled`);
    else if (status.score !== undefined) eq(v[el.raw], String(status.score), `${what}: score.raw`);
  };

  const retake = async (learner, right, done) => {
    await learner.f.locator('button.retry').click();
    await learner.sync(); // a retake draws again
    done.push(...await fastWalk(learner, right));
    await learner.f.locator('.result-card').waitFor();
  };

  try {
    if (scenario === 'long') {
      let learner = await launchSco();
      const half = Math.ceil(graded.length / 2);
      const done = await fastWalk(learner, false, { stopAt: (s) => questions.indexOf(s) === half });
      const leftOn = await learner.currentSlideId();
      await leave('mid-quiz');
      checkStored('mid-quiz', { left: leftOn, interactions: done, status: { lesson: 'incomplete', completion: 'incomplete', success: 'unknown' } });
      learner = await launchSco();
      eq(await learner.currentSlideId(), leftOn, 'mid-quiz relaunch: same slide');
      await learner.previous();
      eq(await learner.f.locator('article.is-submitted').count(), 1, 'mid-quiz relaunch: the earlier answer is kept');
      await learner.next();
      done.push(...await fastWalk(learner, false));
      await learner.f.locator('.result-card.result-fail').waitFor();
      await retake(learner, false, done);
      await retake(learner, true, done);
      await learner.f.locator('.result-card.result-pass').waitFor();
      eq(done.length, graded.length * 3, 'three attempts of every question');
      const resultId = await learner.currentSlideId();
      await leave('after 3 attempts');
      checkStored('after 3 attempts', { left: resultId, interactions: done, status: { lesson: 'passed', completion: 'completed', success: 'passed', score: 100 } });
      learner = await launchSco();
      eq(await learner.currentSlideId(), resultId, 'relaunch after 3 attempts: on the result slide');
      eq(await learner.f.locator('.result-card.result-pass').count(), 1, 'relaunch after 3 attempts: the pass is shown');
    } else if (scenario === 'attempts') {
      const learner = await launchSco();
      const done = await fastWalk(learner, false);
      await learner.f.locator('.result-card.result-fail').waitFor();
      const max = Number(course.settings.maxAttempts) || 1;
      for (let a = 2; a <= max; a++) await retake(learner, false, done);
      const resultId = await learner.currentSlideId();
      const f = await leave(`after ${max} failed attempts`);
      if (transport === 'beacon') eq(f.result, 'true', `the issue's case: ${el.finish} reaches the LMS`);
      checkStored(`after ${max} failed attempts`, {
        left: resultId, interactions: done,
        status: { lesson: 'failed', completion: 'incomplete', success: 'failed' }
      });
    } else if (scenario === 'exit') {
      const learner = await launchSco();
      const done = await fastWalk(learner, true, { stopAt: (s) => questions.indexOf(s) === 2 });
      const leftOn = await learner.currentSlideId();
      await learner.f.locator('button.exit-btn').click();
      await learner.f.locator('body[data-exited]').waitFor();
      eq(await learner.f.locator('body').getAttribute('data-exited'), 'true', 'Exit: the LMS confirmed the end of the session');
      const title = await learner.f.locator('.exit-card h1').textContent();
      const text = await learner.f.locator('.exit-card p').textContent();
      check(!/fermer cette fenêtre|close this window/i.test(title + text), `Exit in a frame never says to close the window: "${title}"`);
      check(/enregistrée|saved/.test(text) && /navigation/.test(text), `Exit says the progress is saved and where to go on: "${text}"`);
      const fns = calls.map((c) => c.fn + (c.args[0] === 'adl.nav.request' ? ':' + c.args[1] : ''));
      const fin = fns.lastIndexOf(el.finish);
      eq(calls[fin] && calls[fin].result, 'true', `Exit: ${el.finish} returns true`);
      if (v4) eq(fns.slice(fin - 1, fin).join(), 'SetValue:suspendAll', 'Exit (2004): adl.nav.request=suspendAll just before Terminate');
      else check(!fns.some((f) => /adl/.test(f)), 'Exit (1.2): no navigation request');
      if (v4) eq(store.values['adl.nav.request'], 'suspendAll', 'the LMS received the navigation request');
      checkStored('Exit', { left: leftOn, interactions: done, status: { lesson: 'incomplete', completion: 'incomplete', success: 'unknown' } });
    } else {
      const learner = await launchSco();
      const done = await fastWalk(learner, false);
      await learner.f.locator('.result-card.result-fail').waitFor();
      eq(await learner.f.locator('button.retry').count(), 1, 'a retry is left');
      const resultId = await learner.currentSlideId();
      await leave('after a failed attempt');
      const judged = opts.expectMastery === 'judged';
      check(judged ? !!(mastery.mastery || mastery.scaledPassing) : !mastery.mastery && !mastery.scaledPassing,
        `manifest ${judged ? 'lets the LMS judge by score' : 'has no mastery score / satisfiedByMeasure'} (${JSON.stringify(mastery)})`);
      checkStored('after a failed attempt', {
        left: resultId, interactions: done,
        status: judged
          ? { lesson: 'failed', completion: 'incomplete', success: 'failed' }
          : { lesson: 'incomplete', completion: 'incomplete', success: 'unknown' }
      });
    }
    check(pageErrors.length === 0, `no page errors${pageErrors.length ? ': ' + pageErrors.slice(0, 3).join(' | ') : ''}`);
  } catch (e) {
    failures++;
    console.log(`${label} FAIL ${e && e.stack ? e.stack.split('\n').slice(0, 4).join(' | ') : e}`);
  } finally {
    await browser.close();
    await srv.close();
  }
  const sizes = store.received.map((r) => r.bytes);
  console.log(`${label} ${failures ? 'FAILED' : 'PASSED'}: ${passes} checks passed, ${failures} failed; ${store.received.length} calls stored, largest ${Math.max(0, ...sizes)} bytes (package ${pkgDir})`);
  return failures === 0;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  runLeave(parseArgs(process.argv.slice(2))).then((ok) => process.exit(ok ? 0 : 1), (e) => { console.error(`error: ${e.message}`); process.exit(2); });
}
