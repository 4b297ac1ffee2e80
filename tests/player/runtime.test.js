// SPDX-License-Identifier: MIT
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const Runtime = require('../../resources/player/runtime.js');

function fakeApi12(initial = {}) {
  const data = { 'cmi.core.lesson_status': 'not attempted', 'cmi.interactions._count': '0', ...initial };
  const log = [];
  return {
    data, log,
    LMSInitialize: () => { log.push('init'); return 'true'; },
    LMSFinish: () => { log.push('finish'); return 'true'; },
    LMSGetValue: (k) => { log.push('get ' + k); return data[k] || ''; },
    LMSSetValue: (k, v) => { log.push('set ' + k); data[k] = v; return 'true'; },
    LMSCommit: () => { log.push('commit'); return 'true'; },
    LMSGetLastError: () => '0'
  };
}

function fakeApi2004(initial = {}) {
  const data = { 'cmi.completion_status': 'unknown', 'cmi.success_status': 'unknown', ...initial };
  const log = [];
  return {
    data, log,
    Initialize: () => { log.push('init'); return 'true'; },
    Terminate: () => { log.push('finish'); return 'true'; },
    GetValue: (k) => data[k] || '',
    SetValue: (k, v) => { data[k] = v; return 'true'; },
    Commit: () => 'true',
    GetLastError: () => '0'
  };
}

test('discovery is version-pinned and walks parents, then the opener', () => {
  const api12 = fakeApi12();
  const api04 = fakeApi2004();
  const top = { API: api12, API_1484_11: api04 };
  top.parent = top;
  const mid = { parent: top };
  const sco = { parent: mid };
  assert.equal(Runtime.findApi(sco, 'API'), api12);
  assert.equal(Runtime.findApi(sco, 'API_1484_11'), api04);
  const only2004 = { API_1484_11: api04 };
  only2004.parent = only2004;
  assert.equal(Runtime.create('scorm12', { win: { parent: only2004 } }).kind, 'none', '1.2 never binds to the 2004 API');
  const opener = { API: api12 };
  opener.parent = opener;
  const popup = { opener };
  popup.parent = popup;
  assert.equal(Runtime.findApi(popup, 'API'), api12);
});

test('discovery survives cross-origin frames (throwing getters)', () => {
  const api = fakeApi12();
  const top = { API: api };
  top.parent = top;
  const foreign = {};
  Object.defineProperty(foreign, 'API', { get() { throw new Error('SecurityError'); } });
  foreign.parent = top;
  assert.equal(Runtime.findApi({ parent: foreign }, 'API'), api);
  const hostile = {};
  Object.defineProperty(hostile, 'parent', { get() { throw new Error('SecurityError'); } });
  assert.equal(Runtime.findApi(hostile, 'API'), null);
});

test('1.2 status mapping per reporting mode', () => {
  const m = Runtime.lessonStatus12;
  assert.equal(m({ completion: 'completed', success: 'passed', hasQuiz: true }, 'passed-failed'), 'passed');
  assert.equal(m({ completion: 'incomplete', success: 'passed', hasQuiz: true }, 'passed-failed'), 'incomplete');
  assert.equal(m({ completion: 'completed', success: 'unknown', hasQuiz: true }, 'passed-failed'), 'incomplete');
  assert.equal(m({ completion: 'incomplete', success: 'failed', hasQuiz: true }, 'passed-failed'), 'failed');
  assert.equal(m({ completion: 'completed', success: 'unknown', hasQuiz: false }, 'passed-failed'), 'passed');
  assert.equal(m({ completion: 'completed', success: 'failed', hasQuiz: true }, 'completed-incomplete'), 'completed');
  assert.equal(m({ completion: 'incomplete', success: 'passed', hasQuiz: true }, 'completed-incomplete'), 'incomplete');
  assert.equal(Runtime.upgrade12('passed', 'incomplete'), 'passed');
  assert.equal(Runtime.upgrade12('completed', 'incomplete'), 'completed');
  assert.equal(Runtime.upgrade12('failed', 'passed'), 'passed');
  assert.equal(Runtime.upgrade12('passed', 'failed'), 'passed');
});

function adapterFor(kind, api) {
  const top = kind === 'scorm12' ? { API: api } : { API_1484_11: api };
  top.parent = top;
  return Runtime.create(kind, { win: { parent: top } });
}

test('1.2 adapter: not attempted -> incomplete on start, never downgrades, finishes once', () => {
  const api = fakeApi12();
  const a = adapterFor('scorm12', api);
  const info = a.start();
  assert.equal(info.ok, true);
  assert.equal(api.data['cmi.core.lesson_status'], 'incomplete');
  assert.equal(api.data['cmi.core.exit'], 'suspend');
  assert.equal(a.report({ completion: 'completed', success: 'passed', score: 92.5, hasQuiz: true, reporting: 'passed-failed' }), true);
  assert.equal(api.data['cmi.core.lesson_status'], 'passed');
  assert.equal(api.data['cmi.core.score.raw'], '92.5');
  assert.equal(api.data['cmi.core.score.min'], '0');
  assert.equal(api.data['cmi.core.score.max'], '100');
  a.report({ completion: 'incomplete', success: 'unknown', score: 92.5, hasQuiz: true, reporting: 'passed-failed' });
  assert.equal(api.data['cmi.core.lesson_status'], 'passed');
  a.sessionTime(3723450);
  assert.equal(api.data['cmi.core.session_time'], '01:02:03.45');
  assert.equal(a.finish(), true);
  assert.equal(a.finish(), false);
  assert.equal(a.commit(), false, 'no calls after finish');
  assert.equal(api.log.filter((x) => x === 'finish').length, 1);
});

test('1.2 adapter: resume keeps an existing status and appends interactions after _count', () => {
  const api = fakeApi12({ 'cmi.core.lesson_status': 'completed', 'cmi.interactions._count': '4', 'cmi.core.entry': 'resume', 'cmi.suspend_data': '1|x' });
  const a = adapterFor('scorm12', api);
  const info = a.start();
  assert.equal(info.resume, true);
  assert.equal(info.suspend, '1|x');
  assert.equal(api.data['cmi.core.lesson_status'], 'completed');
  a.interaction({ type: 'true-false', points: 1, answer: true }, { id: 'q1', index: 0, answer: true, correct: true, latencyMs: 1000 });
  assert.equal(api.data['cmi.interactions.4.id'], 'Q1_q1');
  assert.equal(api.data['cmi.interactions.4.student_response'], 't');
  assert.equal(api.data['cmi.interactions.4.result'], 'correct');
  a.interaction({ type: 'true-false', points: 1, answer: true }, { id: 'q1', index: 0, answer: false, correct: false, latencyMs: 1000 });
  assert.equal(api.data['cmi.interactions.5.result'], 'wrong');
});

test('start reports the launch mode and credit (defaults normal/credit)', () => {
  assert.deepEqual([adapterFor('scorm12', fakeApi12()).start()].map((i) => [i.mode, i.credit])[0], ['normal', 'credit']);
  const i12 = adapterFor('scorm12', fakeApi12({ 'cmi.core.lesson_mode': 'browse', 'cmi.core.credit': 'no-credit' })).start();
  assert.deepEqual([i12.mode, i12.credit], ['browse', 'no-credit']);
  const i04 = adapterFor('scorm2004', fakeApi2004({ 'cmi.mode': 'review', 'cmi.credit': 'no-credit' })).start();
  assert.deepEqual([i04.mode, i04.credit], ['review', 'no-credit']);
});

test('1.2 review: nothing but cmi.core.exit is written', () => {
  const api = fakeApi12({ 'cmi.core.lesson_mode': 'review', 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '90' });
  const a = adapterFor('scorm12', api);
  a.start();
  assert.equal(a.report({ completion: 'completed', success: 'failed', score: 10, hasQuiz: true, reporting: 'passed-failed' }), false);
  a.interaction({ type: 'true-false', points: 1, answer: true }, { id: 'q1', index: 0, answer: true, correct: true, latencyMs: 1 });
  a.save('s2', '1|x');
  a.sessionTime(1000);
  assert.equal(a.commit(), true);
  assert.deepEqual(api.log.filter((x) => x.startsWith('set ')), ['set cmi.core.exit']);
  assert.equal(api.data['cmi.core.lesson_status'], 'passed');
});

test('1.2 browse: "browsed" instead of incomplete, completed but never passed/failed', () => {
  const api = fakeApi12({ 'cmi.core.lesson_mode': 'browse' });
  const a = adapterFor('scorm12', api);
  a.start();
  assert.equal(api.data['cmi.core.lesson_status'], 'browsed');
  a.report({ completion: 'incomplete', success: 'failed', score: 10, hasQuiz: true, reporting: 'passed-failed' });
  assert.equal(api.data['cmi.core.lesson_status'], 'browsed');
  a.report({ completion: 'completed', success: 'passed', score: 90, hasQuiz: true, reporting: 'passed-failed' });
  assert.equal(api.data['cmi.core.lesson_status'], 'completed');
  const kept = fakeApi12({ 'cmi.core.lesson_mode': 'browse', 'cmi.core.lesson_status': 'incomplete' });
  adapterFor('scorm12', kept).start();
  assert.equal(kept.data['cmi.core.lesson_status'], 'incomplete', 'browsed never downgrades a status');
});

test('no-credit: 1.2 reports completion only; 2004 reports as usual (the LMS applies credit)', () => {
  const api = fakeApi12({ 'cmi.core.credit': 'no-credit' });
  const a = adapterFor('scorm12', api);
  a.start();
  assert.equal(api.data['cmi.core.lesson_status'], 'incomplete');
  a.report({ completion: 'incomplete', success: 'failed', score: 10, hasQuiz: true, reporting: 'passed-failed' });
  assert.equal(api.data['cmi.core.lesson_status'], 'incomplete');
  a.report({ completion: 'completed', success: 'passed', score: 90, hasQuiz: true, reporting: 'passed-failed' });
  assert.equal(api.data['cmi.core.lesson_status'], 'completed');
  assert.equal(api.data['cmi.core.score.raw'], '90');
  const api04 = fakeApi2004({ 'cmi.credit': 'no-credit' });
  const b = adapterFor('scorm2004', api04);
  b.start();
  b.report({ completion: 'completed', success: 'passed', score: 90, progress: 1 });
  assert.equal(api04.data['cmi.success_status'], 'passed');
});

test('2004 adapter: independent completion/success, scaled score, never downgrades', () => {
  const api = fakeApi2004();
  const a = adapterFor('scorm2004', api);
  a.start();
  assert.equal(api.data['cmi.completion_status'], 'incomplete');
  a.report({ completion: 'incomplete', success: 'failed', score: 40, progress: 0.5 });
  assert.equal(api.data['cmi.success_status'], 'failed');
  assert.equal(api.data['cmi.score.scaled'], '0.4');
  assert.equal(api.data['cmi.progress_measure'], '0.5');
  a.report({ completion: 'completed', success: 'passed', score: 85.55, progress: 1 });
  assert.equal(api.data['cmi.completion_status'], 'completed');
  assert.equal(api.data['cmi.success_status'], 'passed');
  assert.equal(api.data['cmi.score.scaled'], '0.8555');
  a.report({ completion: 'incomplete', success: 'failed', score: 85.55, progress: 0.2 });
  assert.equal(api.data['cmi.completion_status'], 'completed');
  assert.equal(api.data['cmi.success_status'], 'passed');
  assert.equal(api.data['cmi.progress_measure'], '1');
  a.sessionTime(50210);
  assert.equal(api.data['cmi.session_time'], 'PT50.21S');
  assert.equal(a.finish(), true);
  assert.equal(a.finish(), false);
});

test('web adapter keeps progress in localStorage keyed by course id; none adapter tracks nothing', () => {
  const store = {};
  const localStorage = { getItem: (k) => (k in store ? store[k] : null), setItem: (k, v) => { store[k] = String(v); } };
  const a = Runtime.create('web', { win: { localStorage }, courseId: 'abc' });
  assert.equal(a.start().resume, false);
  a.save('slide-3', '1|f|3');
  a.report({ completion: 'completed', success: 'passed', score: 90 });
  assert.equal(a.commit(), true);
  assert.ok(store['capsule:progress:abc']);
  const b = Runtime.create('web', { win: { localStorage }, courseId: 'abc' });
  const info = b.start();
  assert.equal(info.location, 'slide-3');
  assert.equal(info.suspend, '1|f|3');
  const blocked = Runtime.create('web', { win: { get localStorage() { throw new Error('denied'); } }, courseId: 'abc' });
  assert.equal(blocked.tracking, false);
  const none = Runtime.create('none', { win: {} });
  assert.equal(none.tracking, false);
  assert.equal(none.start().ok, false);
});

test('a failed LMSInitialize leaves the player untracked without further calls', () => {
  const api = fakeApi12();
  api.LMSInitialize = () => 'false';
  const a = adapterFor('scorm12', api);
  assert.equal(a.start().ok, false);
  assert.equal(a.tracking, false);
  a.report({ completion: 'completed' });
  assert.equal(a.finish(), false);
  assert.deepEqual(api.log, []);
});

test('2004 progress_measure: 1 only when completed, never lower within the attempt', () => {
  const api = fakeApi2004({ 'cmi.progress_measure': '0.2' });
  const a = Runtime.create('scorm2004', { win: { API_1484_11: api, parent: null } });
  a.start();
  const seen = [];
  const rep = (progress, completion) => {
    a.report({ completion, success: 'unknown', score: null, progress, hasQuiz: true });
    seen.push(api.data['cmi.progress_measure']);
  };
  rep(0.1, 'incomplete');
  assert.equal(api.data['cmi.progress_measure'], '0.2', 'the stored measure is not lowered on resume');
  rep(0.5, 'incomplete');
  rep(1, 'incomplete');   // every slide seen, quiz failed: not completed
  rep(0.4, 'incomplete'); // retake: answers reset
  assert.deepEqual(seen, ['0.2', '0.5', '0.999', '0.999']);
  rep(0.6, 'completed');
  assert.equal(api.data['cmi.progress_measure'], '1');
});

test('2004 interactions carry every correct pattern; 1.2 one', () => {
  const fi = { type: 'fill-in', points: 1, prompt: 'x', blanks: [{ id: 'b', answers: ['one', 'un', '1'] }] };
  const api = fakeApi2004();
  const a = Runtime.create('scorm2004', { win: { API_1484_11: api, parent: null } });
  a.start();
  a.interaction(fi, { id: 's', index: 0, answer: ['un'], correct: true, latencyMs: 5 });
  assert.deepEqual([0, 1, 2, 3].map((k) => api.data['cmi.interactions.0.correct_responses.' + k + '.pattern']),
    ['{case_matters=false}one', '{case_matters=false}un', '{case_matters=false}1', undefined]);
  const api12 = fakeApi12();
  const b = Runtime.create('scorm12', { win: { API: api12, parent: null } });
  b.start();
  b.interaction(fi, { id: 's', index: 0, answer: ['un'], correct: true, latencyMs: 5 });
  assert.equal(api12.data['cmi.interactions.0.correct_responses.0.pattern'], 'one');
  assert.equal(api12.data['cmi.interactions.0.correct_responses.1.pattern'], undefined);
});

test('2004: a question answered again (a retake, a later session) repeats only the answer', () => {
  const tf = { type: 'true-false', points: 2, prompt: 'The sky is blue', answer: true };
  // An earlier session recorded q1 already: its question fields are in the LMS.
  const api = fakeApi2004({ 'cmi.interactions._count': '1', 'cmi.interactions.0.id': 'urn:capsule:question:q1' });
  const a = Runtime.create('scorm2004', { win: { API_1484_11: api, parent: null } });
  a.start();
  a.interaction(tf, { id: 'q2', index: 1, answer: true, correct: true, latencyMs: 5 });
  a.interaction(tf, { id: 'q1', index: 0, answer: false, correct: false, latencyMs: 5 });
  a.interaction(tf, { id: 'q2', index: 1, answer: false, correct: false, latencyMs: 5 });
  const fields = (n) => Object.keys(api.data).filter((k) => k.startsWith('cmi.interactions.' + n + '.')).map((k) => k.split('.').slice(3).join('.')).sort();
  assert.deepEqual(fields(1), ['correct_responses.0.pattern', 'description', 'id', 'latency', 'learner_response', 'result', 'timestamp', 'type', 'weighting']);
  assert.deepEqual(fields(2), ['id', 'latency', 'learner_response', 'result', 'timestamp', 'type']);
  assert.deepEqual(fields(3), fields(2));
  assert.equal(api.data['cmi.interactions.3.learner_response'], 'false');
  assert.equal(api.data['cmi.interactions.3.result'], 'incorrect');
  // SCORM 1.2 (Moodle sends what changed only): every interaction complete.
  const api12 = fakeApi12();
  const b = Runtime.create('scorm12', { win: { API: api12, parent: null } });
  b.start();
  b.interaction(tf, { id: 'q1', index: 0, answer: true, correct: true, latencyMs: 5 });
  b.interaction(tf, { id: 'q1', index: 0, answer: true, correct: true, latencyMs: 5 });
  assert.equal(api12.data['cmi.interactions.1.weighting'], '2');
  assert.equal(api12.data['cmi.interactions.1.correct_responses.0.pattern'], 't');
});

test('2004 finish sets adl.nav.request just before Terminate when asked; 1.2 ignores it', () => {
  const api = fakeApi2004();
  const order = [];
  api.SetValue = (k, v) => { order.push(k + '=' + v); api.data[k] = v; return 'true'; };
  api.Terminate = () => { order.push('Terminate'); return 'true'; };
  const a = Runtime.create('scorm2004', { win: { API_1484_11: api, parent: null } });
  a.start();
  assert.equal(a.finish('suspendAll'), true);
  assert.deepEqual(order.slice(-2), ['adl.nav.request=suspendAll', 'Terminate']);
  const api12 = fakeApi12();
  const b = Runtime.create('scorm12', { win: { API: api12, parent: null } });
  b.start();
  b.finish('suspendAll');
  assert.ok(!api12.log.some((x) => /adl/.test(x)));
});
