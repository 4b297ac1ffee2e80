// SPDX-License-Identifier: MIT
// The preview's strict SCORM 1.2 / 2004 LMS simulator: state machine, access rules, data types,
// interaction formats per type and version, error codes, relaunch persistence.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const Sim = require(path.join(__dirname, '..', '..', 'resources', 'preview', 'lms-simulator.js'));

function started(version, opts) {
  const sim = Sim.create(Object.assign({ version }, opts || {}));
  assert.equal(version === '1.2' ? sim.LMSInitialize('') : sim.Initialize(''), 'true');
  return sim;
}
const last = (sim) => sim.log[sim.log.length - 1];

/** Calls set(el, value) and returns the error code as a string ('0' when accepted). */
function setCode(sim, el, value) {
  const r = sim.version === '1.2' ? sim.LMSSetValue(el, value) : sim.SetValue(el, value);
  const code = last(sim).error;
  assert.equal(r, code === '0' ? 'true' : 'false', `${el}=${value}: result and error agree`);
  return code;
}
function getCode(sim, el) {
  const v = sim.version === '1.2' ? sim.LMSGetValue(el) : sim.GetValue(el);
  return { value: v, code: last(sim).error };
}

// ------------------------------------------------------------------ state machine

test('SCORM 1.2 state machine: 301 before LMSInitialize, 101 twice, 301 after LMSFinish', () => {
  const sim = Sim.create({ version: '1.2' });
  assert.equal(sim.LMSGetValue('cmi.core.lesson_status'), '');
  assert.equal(sim.LMSGetLastError(), '301');
  assert.equal(sim.LMSSetValue('cmi.core.lesson_location', 'x'), 'false');
  assert.equal(last(sim).error, '301');
  assert.equal(sim.LMSCommit(''), 'false');
  assert.equal(sim.LMSFinish(''), 'false');
  assert.equal(last(sim).error, '301');
  assert.equal(sim.LMSInitialize('x'), 'false');
  assert.equal(last(sim).error, '201');
  assert.equal(sim.LMSInitialize(''), 'true');
  assert.equal(sim.state(), 'running');
  assert.equal(sim.LMSInitialize(''), 'false');
  assert.equal(last(sim).error, '101');
  assert.equal(sim.LMSCommit('x'), 'false');
  assert.equal(last(sim).error, '201');
  assert.equal(sim.LMSCommit(''), 'true');
  assert.equal(sim.LMSFinish(''), 'true');
  assert.equal(sim.state(), 'terminated');
  assert.equal(sim.LMSGetValue('cmi.core.lesson_status'), '');
  assert.equal(last(sim).error, '301');
  assert.equal(sim.LMSFinish(''), 'false');
  assert.equal(sim.LMSInitialize(''), 'false');
  assert.equal(last(sim).error, '101');
  assert.ok(sim.log.filter((r) => r.severity === 'error').every((r) => r.note.length > 0), 'every error explains itself');
});

test('SCORM 2004 state machine: 122/132/142/112 before, 103 twice, 123/133/143/113/104 after', () => {
  const sim = Sim.create({ version: '2004' });
  sim.GetValue('cmi.location'); assert.equal(last(sim).error, '122');
  sim.SetValue('cmi.location', 'a'); assert.equal(last(sim).error, '132');
  sim.Commit(''); assert.equal(last(sim).error, '142');
  sim.Terminate(''); assert.equal(last(sim).error, '112');
  assert.equal(sim.GetLastError(), '112');
  assert.equal(sim.GetErrorString('112'), 'Termination Before Initialization');
  assert.equal(sim.Initialize(''), 'true');
  assert.equal(sim.GetLastError(), '0');
  sim.Initialize(''); assert.equal(last(sim).error, '103');
  assert.equal(sim.Terminate('x'), 'false'); assert.equal(last(sim).error, '201');
  assert.equal(sim.Terminate(''), 'true');
  sim.GetValue('cmi.location'); assert.equal(last(sim).error, '123');
  sim.SetValue('cmi.location', 'a'); assert.equal(last(sim).error, '133');
  sim.Commit(''); assert.equal(last(sim).error, '143');
  sim.Terminate(''); assert.equal(last(sim).error, '113');
  sim.Initialize(''); assert.equal(last(sim).error, '104');
  assert.ok(sim.GetDiagnostic('').length > 0);
  assert.equal(sim.GetErrorString('999'), '');
});

test('every error code of each version has its string', () => {
  for (const c of [0, 101, 201, 202, 203, 301, 401, 402, 403, 404, 405]) assert.ok(Sim.errors['1.2'][c], `1.2 ${c}`);
  for (const c of [0, 101, 102, 103, 104, 111, 112, 113, 122, 123, 132, 133, 142, 143, 201, 301, 351, 391, 401, 402, 403, 404, 405, 406, 407, 408]) {
    assert.ok(Sim.errors['2004'][c], `2004 ${c}`);
  }
  const s12 = started('1.2');
  assert.equal(s12.LMSGetErrorString('405'), 'Incorrect data type');
});

test('the API object holds exactly the eight functions of its version', () => {
  assert.deepEqual(Object.keys(Sim.create({ version: '1.2' }).api()).sort(),
    ['LMSCommit', 'LMSFinish', 'LMSGetDiagnostic', 'LMSGetErrorString', 'LMSGetLastError', 'LMSGetValue', 'LMSInitialize', 'LMSSetValue']);
  assert.deepEqual(Object.keys(Sim.create({ version: '2004' }).api()).sort(),
    ['Commit', 'GetDiagnostic', 'GetErrorString', 'GetLastError', 'GetValue', 'Initialize', 'SetValue', 'Terminate']);
});

// ------------------------------------------------------------------ access rules and keywords

test('SCORM 1.2 read-only (403), write-only (404), keywords (402, 202, 203), unknown (401)', () => {
  const sim = started('1.2', { learnerId: 'u42', learnerName: 'Doe, Jane', mode: 'browse', credit: 'no-credit' });
  assert.deepEqual(getCode(sim, 'cmi.core.student_id'), { value: 'u42', code: '0' });
  assert.equal(getCode(sim, 'cmi.core.student_name').value, 'Doe, Jane');
  assert.equal(getCode(sim, 'cmi.core.lesson_mode').value, 'browse');
  assert.equal(getCode(sim, 'cmi.core.credit').value, 'no-credit');
  assert.equal(getCode(sim, 'cmi.core.entry').value, 'ab-initio');
  assert.equal(getCode(sim, 'cmi.core.lesson_status').value, 'not attempted');
  assert.equal(getCode(sim, 'cmi.core.total_time').value, '0000:00:00.00');
  assert.equal(getCode(sim, 'cmi._version').value, '3.4');
  for (const ro of ['cmi.core.student_id', 'cmi.core.student_name', 'cmi.core.credit', 'cmi.core.entry', 'cmi.core.total_time',
    'cmi.core.lesson_mode', 'cmi.launch_data', 'cmi.comments_from_lms', 'cmi.student_data.mastery_score']) {
    assert.equal(setCode(sim, ro, 'x'), '403', ro);
  }
  assert.equal(getCode(sim, 'cmi.core.exit').code, '404');
  assert.equal(getCode(sim, 'cmi.core.session_time').code, '404');
  assert.equal(setCode(sim, 'cmi.core._children', 'x'), '402');
  assert.equal(setCode(sim, 'cmi.interactions._count', '1'), '402');
  assert.equal(getCode(sim, 'cmi.core._children').value, 'student_id,student_name,lesson_location,credit,lesson_status,entry,score,total_time,lesson_mode,exit,session_time');
  assert.equal(getCode(sim, 'cmi.core.score._children').value, 'raw,min,max');
  assert.equal(getCode(sim, 'cmi.core.lesson_status._children').code, '202');
  assert.equal(getCode(sim, 'cmi.core._count').code, '203');
  assert.equal(getCode(sim, 'cmi.interactions._count').value, '0');
  assert.equal(getCode(sim, 'cmi.core.nonsense').code, '401');
  assert.equal(getCode(sim, 'cmi.completion_status').code, '401');
  assert.match(last(sim).note, /SCORM 2004 element/);
  assert.equal(getCode(sim, '').code, '201');
  // interactions are write-only in 1.2
  assert.equal(setCode(sim, 'cmi.interactions.0.id', 'Q1'), '0');
  assert.equal(getCode(sim, 'cmi.interactions.0.id').code, '404');
  assert.equal(getCode(sim, 'cmi.interactions._count').value, '1');
});

test('SCORM 2004 read-only (404), write-only (405), keywords, not initialized (403), unknown (401)', () => {
  const sim = started('2004', { scaledPassingScore: 0.8, completionThreshold: 0.5 });
  assert.equal(getCode(sim, 'cmi._version').value, '1.0');
  assert.equal(getCode(sim, 'cmi.entry').value, 'ab-initio');
  assert.equal(getCode(sim, 'cmi.mode').value, 'normal');
  assert.equal(getCode(sim, 'cmi.credit').value, 'credit');
  assert.equal(getCode(sim, 'cmi.learner_preference.audio_captioning').value, '0');
  assert.equal(getCode(sim, 'cmi.scaled_passing_score').value, '0.8');
  for (const ro of ['cmi.learner_id', 'cmi.learner_name', 'cmi.credit', 'cmi.entry', 'cmi.mode', 'cmi.total_time', 'cmi.launch_data',
    'cmi.completion_threshold', 'cmi.scaled_passing_score', 'cmi.max_time_allowed', 'cmi.time_limit_action',
    'adl.nav.request_valid.continue', 'cmi._version', 'cmi.interactions._count', 'cmi.score._children']) {
    assert.equal(setCode(sim, ro, '1'), '404', ro);
  }
  assert.equal(getCode(sim, 'cmi.exit').code, '405');
  assert.equal(getCode(sim, 'cmi.session_time').code, '405');
  const loc = getCode(sim, 'cmi.location');
  assert.deepEqual(loc, { value: '', code: '403' });
  assert.equal(last(sim).severity, 'ok', 'no value yet is not the SCO\'s fault');
  assert.equal(getCode(sim, 'cmi.score.raw').code, '403');
  assert.equal(getCode(sim, 'cmi.launch_data').code, '403');
  assert.equal(getCode(sim, 'cmi.score._children').value, 'scaled,raw,min,max');
  assert.equal(getCode(sim, 'cmi.location._children').code, '301');
  assert.equal(getCode(sim, 'cmi.score._count').code, '301');
  assert.equal(getCode(sim, 'cmi.core.lesson_status').code, '401');
  assert.match(last(sim).note, /SCORM 1.2 element/);
  assert.equal(getCode(sim, '').code, '301');
  assert.equal(setCode(sim, '', 'x'), '351');
  assert.equal(getCode(sim, 'adl.nav.request').value, '_none_');
  assert.equal(getCode(sim, 'adl.nav.request_valid.choice.{target=sco2}').value, 'unknown');
  // LMS-evaluated statuses (threshold and passing score)
  assert.equal(getCode(sim, 'cmi.completion_status').value, 'unknown');
  setCode(sim, 'cmi.progress_measure', '0.6');
  assert.equal(getCode(sim, 'cmi.completion_status').value, 'completed');
  setCode(sim, 'cmi.score.scaled', '0.5');
  assert.equal(getCode(sim, 'cmi.success_status').value, 'failed');
  assert.equal(setCode(sim, 'cmi.success_status', 'passed'), '0');
  assert.equal(last(sim).severity, 'warning');
  assert.equal(getCode(sim, 'cmi.success_status').value, 'failed');
});

// ------------------------------------------------------------------ data types

const V = Sim.validators;
const valid = (fn, v) => fn(v) === null;

test('CMITimespan and CMITime (1.2)', () => {
  for (const v of ['00:00:00', '0000:00:01.5', '9999:59:59.99', '12:30:00.25']) assert.ok(valid(V.timespan12, v), v);
  for (const v of ['0:00:00', '00000:00:00', '00:60:00', '00:00:60', '00:00:00.123', 'PT1S', '', '00:00']) assert.ok(!valid(V.timespan12, v), v);
  for (const v of ['00:00:00', '23:59:59', '12:00:00.5']) assert.ok(valid(V.time12, v), v);
  for (const v of ['24:00:00', '12:60:00', '1:00:00', '12:00']) assert.ok(!valid(V.time12, v), v);
});

test('timeinterval (ISO 8601 duration) and time(second,10,0) (2004)', () => {
  for (const v of ['PT0S', 'PT1H5M30.25S', 'P1Y2M3DT4H5M6S', 'P3D', 'PT10M', 'PT0.5S']) assert.ok(valid(V.duration, v), v);
  for (const v of ['P', 'PT', 'PT50S.21S', 'PT1.234S', '1H', 'P1H', 'PT-1S', 'P1DT', '00:01:00']) assert.ok(!valid(V.duration, v), v);
  for (const v of ['2024', '2024-02', '2024-02-29', '2024-02-29T10', '2024-02-29T10:30', '2024-02-29T10:30:15',
    '2024-02-29T10:30:15.25Z', '2024-02-29T10:30:15+02:00', '2024-02-29T10:30:15.5-05']) assert.ok(valid(V.time2004, v), v);
  for (const v of ['1969-12-31', '2039-01-01', '2023-02-29', '2024-13-01', '2024-01-01T24:00:00', '2024-01-01 10:00:00',
    '2024-01-01T10:00:00+25:00', '10:00:00']) assert.ok(!valid(V.time2004, v), v);
});

test('identifiers, language tags, localized strings, decimals', () => {
  assert.ok(valid(V.identifier12, 'Q1_abc'));
  assert.ok(!valid(V.identifier12, 'has space'));
  assert.ok(!valid(V.identifier12, ''));
  assert.ok(!valid(V.identifier12, 'x'.repeat(256)));
  for (const v of ['urn:capsule:question:s1', 'c1', 'http://example.com/q#1']) assert.ok(valid(V.longId, v), v);
  for (const v of ['', 'a b', 'urn:bad', 'a[,]b', 'é']) assert.ok(!valid(V.longId, v), v);
  assert.ok(!valid(V.shortId, 'x'.repeat(251)));
  for (const v of ['', 'fr', 'en-GB', 'fr-CA', 'i-klingon']) assert.ok(valid(V.language, v), v);
  for (const v of ['french', 'fr_CA', 'e']) assert.ok(!valid(V.language, v), v);
  const loc = V.localized(250);
  assert.ok(valid(loc, '{lang=fr}Bonjour'));
  assert.ok(valid(loc, 'plain'));
  assert.ok(!valid(loc, '{lang=fr_FR}Bonjour'));
  assert.ok(!valid(loc, '{lang=fr'));
  assert.ok(valid(loc, '{lang=fr}' + 'x'.repeat(250)), 'the delimiter does not count');
  assert.ok(!valid(loc, 'x'.repeat(251)));
  for (const v of ['0', '-12.5', '100', '0.25', '+3']) assert.ok(valid(V.decimal, v), v);
  for (const v of ['1e-7', '', 'abc', '1,5', '--1']) assert.ok(!valid(V.decimal, v), v);
});

test('2004 vocabularies, ranges (407) and lengths (406)', () => {
  const sim = started('2004');
  assert.equal(setCode(sim, 'cmi.completion_status', 'done'), '406');
  assert.equal(setCode(sim, 'cmi.completion_status', 'completed'), '0');
  assert.equal(setCode(sim, 'cmi.success_status', 'passed'), '0');
  assert.equal(setCode(sim, 'cmi.success_status', 'completed'), '406');
  assert.equal(setCode(sim, 'cmi.exit', 'time-out'), '0');
  assert.equal(setCode(sim, 'cmi.exit', 'timeout'), '406');
  assert.equal(setCode(sim, 'cmi.score.scaled', '1.01'), '407');
  assert.equal(setCode(sim, 'cmi.score.scaled', '-1'), '0');
  assert.equal(setCode(sim, 'cmi.score.scaled', 'high'), '406');
  assert.equal(setCode(sim, 'cmi.progress_measure', '1.5'), '407');
  assert.equal(setCode(sim, 'cmi.progress_measure', '-0.1'), '407');
  assert.equal(setCode(sim, 'cmi.progress_measure', '0.5'), '0');
  assert.equal(setCode(sim, 'cmi.score.raw', '250'), '0', 'raw has no range in 2004');
  assert.equal(setCode(sim, 'cmi.learner_preference.audio_level', '-1'), '407');
  assert.equal(setCode(sim, 'cmi.learner_preference.audio_captioning', '2'), '406');
  assert.equal(setCode(sim, 'cmi.learner_preference.language', 'fr-CA'), '0');
  assert.equal(setCode(sim, 'cmi.location', 'x'.repeat(1000)), '0');
  assert.equal(setCode(sim, 'cmi.location', 'x'.repeat(1001)), '406');
  assert.equal(setCode(sim, 'cmi.suspend_data', 'x'.repeat(64000)), '0');
  assert.equal(last(sim).severity, 'warning', 'over the 1.2 budget is noted');
  assert.match(last(sim).note, /4,096/);
  assert.equal(setCode(sim, 'cmi.suspend_data', 'x'.repeat(64001)), '406');
  assert.equal(setCode(sim, 'cmi.session_time', 'PT50S.21S'), '406');
  assert.equal(setCode(sim, 'cmi.session_time', '00:00:50'), '406');
  assert.equal(setCode(sim, 'cmi.session_time', 'PT50.21S'), '0');
  assert.equal(setCode(sim, 'adl.nav.request', 'exitAll'), '0');
  assert.equal(setCode(sim, 'adl.nav.request', '{target=sco-2}choice'), '0');
  assert.equal(setCode(sim, 'adl.nav.request', 'jump'), '406');
  assert.equal(setCode(sim, 'cmi.score.raw', 12), '0');
  assert.equal(last(sim).severity, 'warning', 'a number instead of a string is noted');
  assert.equal(setCode(sim, 'cmi.score.raw', null), '406');
});

test('1.2 vocabularies, ranges and lengths (405)', () => {
  const sim = started('1.2');
  assert.equal(setCode(sim, 'cmi.core.lesson_status', 'passed'), '0');
  assert.equal(setCode(sim, 'cmi.core.lesson_status', 'not attempted'), '405');
  assert.equal(setCode(sim, 'cmi.core.lesson_status', 'unknown'), '405');
  assert.equal(setCode(sim, 'cmi.core.exit', 'normal'), '405', '"normal" is SCORM 2004');
  assert.equal(setCode(sim, 'cmi.core.exit', 'suspend'), '0');
  assert.equal(setCode(sim, 'cmi.core.score.raw', '101'), '405');
  assert.equal(setCode(sim, 'cmi.core.score.raw', '-1'), '405');
  assert.equal(setCode(sim, 'cmi.core.score.raw', ''), '0', 'CMIBlank');
  assert.equal(setCode(sim, 'cmi.core.score.raw', '87.5'), '0');
  assert.equal(setCode(sim, 'cmi.core.session_time', 'PT1S'), '405');
  assert.equal(setCode(sim, 'cmi.core.session_time', '0000:01:02.50'), '0');
  assert.equal(setCode(sim, 'cmi.suspend_data', 'x'.repeat(4096)), '0');
  assert.equal(sim.suspendDataSize(), 4096);
  assert.equal(setCode(sim, 'cmi.suspend_data', 'x'.repeat(4097)), '405');
  assert.equal(setCode(sim, 'cmi.core.lesson_location', 'x'.repeat(256)), '405');
  assert.equal(setCode(sim, 'cmi.student_preference.audio', '101'), '405');
  assert.equal(setCode(sim, 'cmi.student_preference.text', '-1'), '0');
  assert.equal(setCode(sim, 'cmi.student_preference.speed', '1.5'), '405');
});

// ------------------------------------------------------------------ interactions

test('1.2 interactions: in order (201 on a gap), no id-first rule, write-only children', () => {
  const sim = started('1.2');
  assert.equal(setCode(sim, 'cmi.interactions.1.id', 'Q2'), '201');
  assert.match(last(sim).note, /next index is 0/);
  assert.equal(setCode(sim, 'cmi.interactions.0.type', 'choice'), '0', '1.2 allows any child first');
  assert.equal(setCode(sim, 'cmi.interactions.0.correct_responses.1.pattern', 'a'), '201');
  assert.equal(setCode(sim, 'cmi.interactions.0.correct_responses.0.pattern', 'a,c'), '0');
  assert.equal(getCode(sim, 'cmi.interactions.0.correct_responses._count').value, '1');
  assert.equal(setCode(sim, 'cmi.interactions.0.objectives.0.id', 'obj_1'), '0');
  assert.equal(getCode(sim, 'cmi.interactions.0.objectives._count').value, '1');
  assert.equal(getCode(sim, 'cmi.interactions.3.objectives._count').code, '201');
  assert.equal(setCode(sim, 'cmi.interactions.0.time', '13:05:00'), '0');
  assert.equal(setCode(sim, 'cmi.interactions.0.weighting', '2'), '0');
  assert.equal(setCode(sim, 'cmi.interactions.0.result', 'wrong'), '0');
  assert.equal(setCode(sim, 'cmi.interactions.0.result', 'incorrect'), '405', '"incorrect" is SCORM 2004');
  assert.equal(setCode(sim, 'cmi.interactions.0.result', '0.5'), '0');
  assert.equal(setCode(sim, 'cmi.interactions.0.latency', '00:00:12.30'), '0');
  assert.equal(setCode(sim, 'cmi.interactions.0.type', 'long-fill-in'), '405', 'long-fill-in is SCORM 2004');
});

const CASES12 = {
  'true-false': { ok: ['t', 'f', '0', '1'], bad: ['true', 'T', 'tf', ''] },
  'choice': { ok: ['a', 'a,c', '{a,c}', '0,9,z'], bad: ['A', 'ab', 'a,,c', 'a;c', '', 'ch1'] },
  'fill-in': { ok: ['Paris', 'Paris,Rome', ''], bad: ['x'.repeat(256)] },
  'numeric': { ok: ['42', '-3.5'], bad: ['4e2', 'forty', '1[:]2'] },
  'likert': { ok: ['3', 'a', ''], bad: ['34', 'agree'] },
  'matching': { ok: ['1.a,2.c', '{1.a,2.c}', 'a.b'], bad: ['1a', '1.a,2', '1-a', '1[.]a'] },
  'performance': { ok: ['anything up to 255'], bad: ['x'.repeat(256)] },
  'sequencing': { ok: ['c,a,b', 'a'], bad: ['{a,b}', 'ab,c', 'a[,]b'] }
};

test('1.2 student_response and correct_responses patterns per interaction type', () => {
  for (const [type, c] of Object.entries(CASES12)) {
    const sim = started('1.2');
    setCode(sim, 'cmi.interactions.0.id', 'Q1');
    setCode(sim, 'cmi.interactions.0.type', type);
    for (const v of c.ok) {
      assert.equal(setCode(sim, 'cmi.interactions.0.student_response', v), '0', `${type} response ${JSON.stringify(v)}`);
      assert.equal(setCode(sim, 'cmi.interactions.0.correct_responses.0.pattern', v), '0', `${type} pattern ${JSON.stringify(v)}`);
    }
    for (const v of c.bad) {
      assert.equal(setCode(sim, 'cmi.interactions.0.student_response', v), '405', `${type} response ${JSON.stringify(v).slice(0, 30)}`);
      assert.match(last(sim).note, new RegExp(`${type} interaction`));
    }
  }
});

test('1.2: a type written after a response re-checks it (warning)', () => {
  const sim = started('1.2');
  assert.equal(setCode(sim, 'cmi.interactions.0.student_response', 'hello'), '0');
  assert.equal(setCode(sim, 'cmi.interactions.0.type', 'true-false'), '0');
  assert.equal(last(sim).severity, 'warning');
  assert.match(last(sim).note, /does not fit a true-false interaction/);
});

const CASES2004 = {
  'true-false': { pattern: ['true', 'false'], response: ['true'], badPattern: ['t', '1', 'True'], badResponse: ['yes'] },
  'choice': {
    pattern: ['ch1[,]ch3', 'a', ''], response: ['ch1', 'ch1[,]ch2', ''],
    badPattern: ['ch1[,]ch1', 'a b', 'a,b[,]c d', 'ch1[,]'], badResponse: ['x[,]x', 'one two']
  },
  'fill-in': {
    pattern: ['Paris', '{case_matters=true}Paris', '{order_matters=false}{case_matters=false}a[,]b', '{lang=fr}Paris[,]{lang=en}Paris'],
    response: ['Paris', 'a[,]b', '{lang=de}Berlin'],
    badPattern: ['{case_matters=yes}Paris', '{case_matters=true}{case_matters=false}x', '{lang=bad_tag}x', new Array(12).fill('w').join('[,]'), 'x'.repeat(251)],
    badResponse: ['{case_matters=true}Paris', 'x'.repeat(251)]
  },
  'long-fill-in': {
    pattern: ['{case_matters=false}' + 'x'.repeat(4000), 'text with [,] inside'], response: ['{lang=fr}' + 'y'.repeat(4000)],
    badPattern: ['{order_matters=true}x', 'x'.repeat(4001)], badResponse: ['{case_matters=true}x', 'x'.repeat(4001)]
  },
  'likert': { pattern: ['agree'], response: ['3'], badPattern: ['a[,]b', ''], badResponse: ['', 'strongly agree'] },
  'matching': {
    pattern: ['s1[.]t2[,]s2[.]t1', 'a[.]b'], response: ['s1[.]t2'],
    badPattern: ['s1.t2', 's1[.]t2[.]x', 's1[.][,]x[.]y', ''], badResponse: ['1.a,2.b', 's1']
  },
  'performance': {
    pattern: ['step1[.]ans[,]step2[.]1.5[:]2', '{order_matters=false}[.]only-answer', 'name[.]'], response: ['step1[.]ans', '[.]42'],
    badPattern: ['step1', '[.]', '{order_matters=maybe}a[.]b', 'a b[.]c', 's[.]3[:]1'], badResponse: ['{order_matters=true}a[.]b', 'step1']
  },
  'sequencing': { pattern: ['s3[,]s1[,]s2', 'a[,]a'], response: ['s1[,]s2'], badPattern: ['s1,s2,s3 x', ''], badResponse: ['a b'] },
  'numeric': { pattern: ['1[:]5', '[:]5', '1[:]', '-2.5[:]-1'], response: ['3', '-0.25'], badPattern: ['5', '5[:]1', 'a[:]b', '1[:]2[:]3'], badResponse: ['1[:]5', 'ten'] },
  'other': { pattern: ['anything', ''], response: ['x'.repeat(4000)], badPattern: ['x'.repeat(4001)], badResponse: ['x'.repeat(4001)] }
};

test('2004 learner_response and correct_responses patterns per interaction type (valid and malformed)', () => {
  for (const [type, c] of Object.entries(CASES2004)) {
    for (const v of c.pattern) {
      const sim = started('2004');
      setCode(sim, 'cmi.interactions.0.id', 'urn:capsule:question:1');
      setCode(sim, 'cmi.interactions.0.type', type);
      assert.equal(setCode(sim, 'cmi.interactions.0.correct_responses.0.pattern', v), '0', `${type} pattern ${JSON.stringify(v).slice(0, 50)}: ${last(sim).note}`);
    }
    const sim = started('2004');
    setCode(sim, 'cmi.interactions.0.id', 'urn:capsule:question:1');
    setCode(sim, 'cmi.interactions.0.type', type);
    for (const v of c.response) assert.equal(setCode(sim, 'cmi.interactions.0.learner_response', v), '0', `${type} response ${JSON.stringify(v).slice(0, 50)}: ${last(sim).note}`);
    for (const v of c.badPattern) {
      assert.equal(setCode(sim, 'cmi.interactions.0.correct_responses.0.pattern', v), '406', `${type} bad pattern ${JSON.stringify(v).slice(0, 50)}`);
      assert.equal(last(sim).severity, 'error');
    }
    for (const v of c.badResponse) assert.equal(setCode(sim, 'cmi.interactions.0.learner_response', v), '406', `${type} bad response ${JSON.stringify(v).slice(0, 50)}`);
  }
});

test('2004 interactions: in order (351), id first (408), type before responses (408), one pattern for single-answer types (351)', () => {
  const sim = started('2004');
  assert.equal(setCode(sim, 'cmi.interactions.1.id', 'q2'), '351');
  assert.equal(setCode(sim, 'cmi.interactions.0.type', 'choice'), '408');
  assert.match(last(sim).note, /id must be set before type/);
  assert.equal(setCode(sim, 'cmi.interactions.0.correct_responses.0.pattern', 'a'), '408');
  assert.equal(setCode(sim, 'cmi.interactions.0.id', 'q1'), '0');
  assert.equal(setCode(sim, 'cmi.interactions.0.learner_response', 'a'), '408');
  assert.match(last(sim).note, /type must be set/);
  assert.equal(setCode(sim, 'cmi.interactions.0.type', 'true-false'), '0');
  assert.equal(setCode(sim, 'cmi.interactions.0.correct_responses.0.pattern', 'true'), '0');
  assert.equal(setCode(sim, 'cmi.interactions.0.correct_responses.1.pattern', 'false'), '351');
  assert.equal(setCode(sim, 'cmi.interactions.0.correct_responses.2.pattern', 'false'), '351');
  assert.equal(setCode(sim, 'cmi.interactions.0.objectives.0.id', 'urn:x:o1'), '0');
  assert.equal(setCode(sim, 'cmi.interactions.0.objectives.1.id', 'urn:x:o1'), '351', 'unique per interaction');
  assert.equal(setCode(sim, 'cmi.interactions.0.result', 'wrong'), '406');
  assert.match(last(sim).note, /SCORM 1.2/);
  assert.equal(setCode(sim, 'cmi.interactions.0.result', 'incorrect'), '0');
  assert.equal(setCode(sim, 'cmi.interactions.0.weighting', '1.5'), '0');
  assert.equal(setCode(sim, 'cmi.interactions.0.latency', 'PT2.5S'), '0');
  assert.equal(setCode(sim, 'cmi.interactions.0.timestamp', '2024-05-01T10:00:00.25Z'), '0');
  assert.equal(setCode(sim, 'cmi.interactions.0.description', '{lang=fr}Quelle est la capitale ?'), '0');
  assert.deepEqual(getCode(sim, 'cmi.interactions.0.result'), { value: 'incorrect', code: '0' });
  assert.equal(getCode(sim, 'cmi.interactions._count').value, '1');
  assert.equal(getCode(sim, 'cmi.interactions.0.correct_responses._count').value, '1');
  assert.equal(getCode(sim, 'cmi.interactions.1.id').code, '301');
  assert.equal(getCode(sim, 'cmi.interactions.0.learner_response').code, '403');
  const c = sim.cmi();
  assert.equal(c.cmi.interactions[0].correct_responses[0].pattern, 'true');
  assert.equal(c.cmi.interactions[0].objectives[0].id, 'urn:x:o1');
});

test('2004 objectives: id first (408), unique (351), immutable id (351), children', () => {
  const sim = started('2004');
  assert.equal(setCode(sim, 'cmi.objectives.0.score.scaled', '0.5'), '408');
  assert.equal(setCode(sim, 'cmi.objectives.0.id', 'urn:x:o1'), '0');
  assert.equal(setCode(sim, 'cmi.objectives.0.score.scaled', '0.5'), '0');
  assert.equal(setCode(sim, 'cmi.objectives.0.score.scaled', '2'), '407');
  assert.equal(setCode(sim, 'cmi.objectives.0.success_status', 'passed'), '0');
  assert.equal(getCode(sim, 'cmi.objectives.0.completion_status').value, 'unknown');
  assert.equal(setCode(sim, 'cmi.objectives.1.id', 'urn:x:o1'), '351');
  assert.equal(setCode(sim, 'cmi.objectives.0.id', 'urn:x:other'), '351');
  assert.equal(setCode(sim, 'cmi.objectives.0.id', 'urn:x:o1'), '0', 'same id again is fine');
  assert.equal(getCode(sim, 'cmi.objectives._children').value, 'id,score,success_status,completion_status,progress_measure,description');
  assert.equal(getCode(sim, 'cmi.objectives.0.score._children').value, 'scaled,raw,min,max');
  assert.equal(getCode(sim, 'cmi.objectives._count').value, '1');
});

test('comments_from_learner append in order; comments_from_lms is read-only', () => {
  const sim = started('2004');
  assert.equal(setCode(sim, 'cmi.comments_from_learner.0.comment', '{lang=en}Nice'), '0');
  assert.equal(setCode(sim, 'cmi.comments_from_learner.0.timestamp', '2024-01-01T00:00:00Z'), '0');
  assert.equal(setCode(sim, 'cmi.comments_from_learner.2.comment', 'gap'), '351');
  assert.equal(setCode(sim, 'cmi.comments_from_lms.0.comment', 'x'), '404');
});

// ------------------------------------------------------------------ warnings

test('warnings: review mode writes, status downgrades, browse passed, leaving then writing', () => {
  const review = started('1.2', { mode: 'review' });
  assert.equal(setCode(review, 'cmi.core.lesson_status', 'completed'), '0');
  assert.equal(last(review).severity, 'warning');
  assert.match(last(review).note, /review mode/);
  assert.equal(setCode(review, 'cmi.core.exit', 'suspend'), '0');
  assert.equal(last(review).severity, 'ok');

  const browse = started('1.2', { mode: 'browse' });
  setCode(browse, 'cmi.core.lesson_status', 'passed');
  assert.equal(last(browse).severity, 'warning');
  assert.match(last(browse).note, /browse mode/);

  const down = started('1.2');
  setCode(down, 'cmi.core.lesson_status', 'completed');
  setCode(down, 'cmi.core.lesson_status', 'incomplete');
  assert.equal(last(down).severity, 'warning');
  assert.match(last(down).note, /goes down/);

  const leaving = started('2004');
  setCode(leaving, 'cmi.exit', 'normal');
  setCode(leaving, 'cmi.session_time', 'PT1S');
  assert.equal(last(leaving).severity, 'ok');
  setCode(leaving, 'cmi.location', 'p2');
  assert.equal(last(leaving).severity, 'warning');
  leaving.Terminate('');
  assert.equal(last(leaving).severity, 'warning', 'not completed and not suspended: the attempt ends');
  assert.match(last(leaving).note, /starts over/);
});

// ------------------------------------------------------------------ commit, tree, events

test('commit state: values are pending until Commit; elements() and cmi() show the model', () => {
  const sim = started('2004');
  const events = [];
  const off = sim.onChange((e) => events.push(e.kind));
  setCode(sim, 'cmi.location', 'slide-3');
  setCode(sim, 'cmi.exit', 'suspend');
  const row = (p) => sim.elements().find((r) => r.path === p);
  assert.equal(row('cmi.location').status, 'pending');
  assert.equal(row('cmi.exit').access, 'wo');
  assert.equal(row('cmi.exit').value, 'suspend', 'write-only values are shown');
  assert.equal(row('cmi.learner_id').access, 'ro');
  assert.equal(row('cmi.learner_id').status, 'lms');
  assert.equal(row('cmi.suspend_data').status, 'unset');
  assert.equal(row('cmi.interactions._count').value, '0');
  assert.equal(sim.pendingCount(), 2);
  sim.Commit('');
  assert.equal(row('cmi.location').status, 'committed');
  assert.equal(sim.pendingCount(), 0);
  assert.match(last(sim).note, /2 values persisted/);
  assert.equal(sim.cmi().cmi.location, 'slide-3');
  assert.ok(events.includes('call') && events.includes('commit'));
  off();
  const n = events.length;
  sim.GetValue('cmi.location');
  assert.equal(events.length, n, 'unsubscribed');
  assert.ok(sim.log.every((r) => typeof r.t === 'number' && 'fn' in r && 'args' in r && 'result' in r && 'error' in r && 'errorString' in r && 'severity' in r && 'note' in r));
});

// ------------------------------------------------------------------ relaunch

test('1.2 relaunch: suspend → resume with location, suspend_data, status, score and accumulated total_time', () => {
  const a = started('1.2');
  setCode(a, 'cmi.core.lesson_location', 's4');
  setCode(a, 'cmi.suspend_data', 'v1:abc');
  setCode(a, 'cmi.core.lesson_status', 'incomplete');
  setCode(a, 'cmi.core.score.raw', '40');
  setCode(a, 'cmi.core.exit', 'suspend');
  setCode(a, 'cmi.core.session_time', '0000:01:30.50');
  setCode(a, 'cmi.interactions.0.id', 'Q1');
  a.LMSFinish('');
  const stored = a.exitAndRelaunchState();
  const b = started('1.2', { stored });
  assert.equal(getCode(b, 'cmi.core.entry').value, 'resume');
  assert.equal(getCode(b, 'cmi.core.lesson_location').value, 's4');
  assert.equal(getCode(b, 'cmi.suspend_data').value, 'v1:abc');
  assert.equal(getCode(b, 'cmi.core.lesson_status').value, 'incomplete');
  assert.equal(getCode(b, 'cmi.core.score.raw').value, '40');
  assert.equal(getCode(b, 'cmi.core.total_time').value, '0000:01:30.50');
  assert.equal(getCode(b, 'cmi.interactions._count').value, '0', '1.2 interactions are a write-only journal');
  setCode(b, 'cmi.core.session_time', '00:00:30');
  setCode(b, 'cmi.core.exit', 'logout');
  b.LMSFinish('');
  const c = started('1.2', { stored: b.exitAndRelaunchState() });
  assert.equal(getCode(c, 'cmi.core.entry').value, '', 'exit other than suspend → entry ""');
  assert.equal(getCode(c, 'cmi.core.total_time').value, '0000:02:00.50');
});

test('1.2 relaunch keeps only committed values (an LMS persists on Commit/Finish)', () => {
  const a = started('1.2');
  setCode(a, 'cmi.core.exit', 'suspend');
  setCode(a, 'cmi.core.lesson_location', 's1');
  a.LMSCommit('');
  setCode(a, 'cmi.core.lesson_location', 's2'); // never committed: the window closed
  const b = started('1.2', { stored: a.exitAndRelaunchState() });
  assert.equal(getCode(b, 'cmi.core.lesson_location').value, 's1');
});

test('1.2 mastery_score: with credit the LMS sets passed/failed from the score at LMSFinish', () => {
  const a = started('1.2', { masteryScore: 80 });
  assert.equal(getCode(a, 'cmi.student_data.mastery_score').value, '80');
  setCode(a, 'cmi.core.lesson_status', 'completed');
  setCode(a, 'cmi.core.score.raw', '85');
  a.LMSFinish('');
  assert.match(last(a).note, /mastery_score/);
  assert.equal(a.cmi().cmi.core.lesson_status, 'passed');
});

test('2004 relaunch: suspend keeps the attempt (interactions, objectives, statuses); otherwise a new attempt', () => {
  const a = started('2004', { learnerName: 'Doe, Jane' });
  setCode(a, 'cmi.location', 'p7');
  setCode(a, 'cmi.suspend_data', 'state');
  setCode(a, 'cmi.completion_status', 'incomplete');
  setCode(a, 'cmi.success_status', 'unknown');
  setCode(a, 'cmi.score.scaled', '0.5');
  setCode(a, 'cmi.progress_measure', '0.4');
  setCode(a, 'cmi.interactions.0.id', 'urn:x:q1');
  setCode(a, 'cmi.objectives.0.id', 'urn:x:o1');
  setCode(a, 'cmi.learner_preference.language', 'fr');
  setCode(a, 'cmi.exit', 'suspend');
  setCode(a, 'cmi.session_time', 'PT1H2M3.5S');
  a.Terminate('');
  const b = started('2004', { stored: a.exitAndRelaunchState() });
  assert.equal(getCode(b, 'cmi.entry').value, 'resume');
  assert.equal(getCode(b, 'cmi.location').value, 'p7');
  assert.equal(getCode(b, 'cmi.suspend_data').value, 'state');
  assert.equal(getCode(b, 'cmi.completion_status').value, 'incomplete');
  assert.equal(getCode(b, 'cmi.score.scaled').value, '0.5');
  assert.equal(getCode(b, 'cmi.progress_measure').value, '0.4');
  assert.equal(getCode(b, 'cmi.interactions._count').value, '1');
  assert.equal(getCode(b, 'cmi.interactions.0.id').value, 'urn:x:q1');
  assert.equal(getCode(b, 'cmi.objectives.0.id').value, 'urn:x:o1');
  assert.equal(getCode(b, 'cmi.total_time').value, 'PT1H2M3.5S');
  assert.equal(getCode(b, 'cmi.learner_name').value, 'Learner, Preview', 'the LMS, not the stored state, names the learner');
  setCode(b, 'cmi.session_time', 'PT58M');
  setCode(b, 'cmi.exit', 'suspend');
  b.Terminate('');
  const b2 = started('2004', { stored: b.exitAndRelaunchState() });
  assert.equal(getCode(b2, 'cmi.total_time').value, 'PT2H0M3.5S');
  setCode(b2, 'cmi.exit', 'normal');
  setCode(b2, 'cmi.completion_status', 'completed');
  b2.Terminate('');
  const c = started('2004', { stored: b2.exitAndRelaunchState() });
  assert.equal(getCode(c, 'cmi.entry').value, 'ab-initio', 'a normal exit ends the attempt');
  assert.equal(getCode(c, 'cmi.location').code, '403');
  assert.equal(getCode(c, 'cmi.interactions._count').value, '0');
  assert.equal(getCode(c, 'cmi.total_time').value, 'PT0H0M0S');
  assert.equal(getCode(c, 'cmi.learner_preference.language').value, 'fr', 'preferences outlive attempts');
});

test('review launches do not change what the LMS stored', () => {
  const a = started('2004');
  setCode(a, 'cmi.location', 'p2');
  setCode(a, 'cmi.exit', 'suspend');
  a.Terminate('');
  const stored = a.exitAndRelaunchState();
  const r = started('2004', { stored, mode: 'review' });
  setCode(r, 'cmi.exit', 'normal');
  r.Terminate('');
  assert.deepEqual(r.exitAndRelaunchState(), stored);
});

test('storedFromCmi takes a scorm-again-style cmi object (as the e2e scenarios build it)', () => {
  const s12 = started('1.2', { stored: Sim.storedFromCmi({ core: { entry: 'resume', lesson_location: 's2', lesson_status: 'incomplete' }, suspend_data: 'abc' }) });
  assert.equal(getCode(s12, 'cmi.core.entry').value, 'resume');
  assert.equal(getCode(s12, 'cmi.core.lesson_location').value, 's2');
  assert.equal(getCode(s12, 'cmi.suspend_data').value, 'abc');
  const s4 = started('2004', { stored: Sim.storedFromCmi({ entry: 'resume', location: 'p3', suspend_data: 'x', completion_status: 'incomplete' }) });
  assert.equal(getCode(s4, 'cmi.location').value, 'p3');
  assert.equal(getCode(s4, 'cmi.completion_status').value, 'incomplete');
});

test('time helpers add session times the way an LMS accumulates total_time', () => {
  const T = Sim.time;
  assert.equal(T.centisFrom12('0001:00:00.5'), 360050);
  assert.equal(T.timespan12From(360050), '0001:00:00.50');
  assert.equal(T.centisFromDuration('P1DT1S'), 8640100);
  assert.equal(T.durationFrom(8640100), 'PT24H0M1S');
});
