// SPDX-License-Identifier: MIT
// Branching in player.js: answers send the learner to a remediation section and back; progress,
// the "all slides viewed" rule, the counter and the menu follow the learner's path (docs/player.md).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { createWindow } = require('./fake-dom.js');
const dir = '../../resources/player/';
const createPlayer = require(dir + 'player.js');
const Suspend = require(dir + 'suspend.js');

function api12(initial = {}) {
  const data = { 'cmi.core.lesson_status': 'not attempted', 'cmi.interactions._count': '0', ...initial };
  return {
    data,
    LMSInitialize: () => 'true', LMSFinish: () => 'true', LMSCommit: () => 'true', LMSGetLastError: () => '0',
    LMSGetValue: (k) => data[k] || '',
    LMSSetValue: (k, v) => { data[k] = v; return 'true'; }
  };
}

const choice = (id, correct, go) => Object.assign({ id, text: id.toUpperCase(), correct: !!correct }, go == null ? {} : { go });

// Authored indexes (PlayerData): 0 intro, 1 q1, 2 q2, 3 res | remed (branch-only): 4 r1, 5 r2 | 6 end.
function branchCourse(navigation = 'linear') {
  return {
    format: 1, runtime: 'scorm12', id: 'branchy', title: 'Branches', language: 'en',
    settings: { navigation, completion: 'all-slides-viewed', passingScore: 50, maxAttempts: 0, scorm12Reporting: 'passed-failed', theme: { vars: {}, cls: '' } },
    sections: [
      { id: 'main', title: 'Main', slides: [
        { id: 'intro', kind: 'content', title: 'Intro', blocks: [], next: 1 },
        { id: 'q1', kind: 'question', title: 'Q1', next: 2, question: { type: 'single-choice', prompt: '<p>?</p>', points: 1, onIncorrect: 4, choices: [choice('a', true), choice('b'), choice('c', false, 6)] } },
        { id: 'q2', kind: 'question', title: 'Q2', next: 3, question: { type: 'true-false', prompt: '<p>?</p>', points: 1, answer: true } },
        { id: 'res', kind: 'result', title: 'Result', passMessage: 'ok', failMessage: 'ko', next: 6 }
      ] },
      { id: 'remed', title: 'Remediation', branchOnly: true, slides: [
        { id: 'r1', kind: 'content', title: 'R1', blocks: [], next: 5 },
        { id: 'r2', kind: 'content', title: 'R2', blocks: [], next: 6, ret: true }
      ] },
      { id: 'last', title: 'Last', slides: [{ id: 'end', kind: 'content', title: 'End', blocks: [], next: -1 }] }
    ]
  };
}

function launch(course, { api, search = '' } = {}) {
  const win = createWindow(search);
  win.CapsuleI18n = require(dir + 'i18n.js');
  win.CapsuleScoring = require(dir + 'scoring.js');
  win.CapsuleSuspend = Suspend;
  win.CapsuleDraw = require(dir + 'draw.js');
  win.CapsuleRuntime = require(dir + 'runtime.js');
  win.CapsuleScormFormat = require(dir + 'scorm-format.js');
  win.CAPSULE_COURSE = course;
  if (api) win.API = api;
  const P = createPlayer(win);
  P.boot();
  const doc = win.document;
  const $ = (sel) => doc.querySelector(sel);
  return {
    doc, P, $,
    next: () => $('button.next').click(),
    prev: () => $('button.prev').click(),
    answer: (value) => { $(`input[value="${value}"]`).click(); $('button.submit').click(); },
    counter: () => $('.counter').textContent,
    progress: () => $('.progress').getAttribute('aria-valuenow'),
    visibleSections: () => doc.querySelectorAll('.outline-section').filter((li) => !li.hidden).map((li) => li.querySelector('.outline-section-title').textContent)
  };
}

test('a wrong answer branches to the remediation section, which returns after the question', () => {
  const api = api12();
  const p = launch(branchCourse(), { api });
  assert.equal(p.counter(), '1 / 5', 'the path before any answer: intro, q1, q2, res, end');
  assert.deepEqual(p.visibleSections(), ['Main', 'Last'], 'the remediation stays out of the menu');
  p.next();
  p.answer('b'); // wrong: onIncorrect → r1
  assert.equal(p.counter(), '2 / 7');
  p.next();
  assert.equal(p.P.currentSlideId(), 'r1');
  assert.deepEqual(p.visibleSections(), ['Main', 'Remediation', 'Last']);
  p.next();
  assert.equal(p.P.currentSlideId(), 'r2');
  p.next();
  assert.equal(p.P.currentSlideId(), 'q2', 'the remediation returns after the question that branched');
  p.prev();
  assert.equal(p.P.currentSlideId(), 'r2', 'Previous follows the path back');
  p.next();
  p.answer('true');
  p.next();
  assert.equal(p.P.currentSlideId(), 'res');
  p.next();
  assert.equal(p.P.currentSlideId(), 'end');
  assert.equal(p.counter(), '7 / 7');
  assert.equal(p.progress(), '100');
  assert.ok(p.$('button.next').disabled, 'the end of the path');
  assert.equal(api.data['cmi.core.lesson_status'], 'passed', 'every slide of the path viewed, quiz passed');
});

test('a right answer skips the remediation; progress and "all slides viewed" count only the path', () => {
  const course = branchCourse();
  course.settings.completion = 'all-slides-viewed';
  course.settings.scorm12Reporting = 'completed-incomplete';
  const api = api12();
  const p = launch(course, { api });
  p.next();
  p.answer('a');
  p.next();
  assert.equal(p.P.currentSlideId(), 'q2');
  assert.equal(p.progress(), '40', '2 of the 5 slides of the path');
  p.answer('true');
  p.next();
  p.next();
  assert.equal(p.P.currentSlideId(), 'end');
  assert.equal(p.progress(), '100');
  assert.equal(api.data['cmi.core.lesson_status'], 'completed', 'completed without the remediation');
});

test('a choice leads before the outcome; linear navigation locks what is off the path', () => {
  const p = launch(branchCourse());
  const locked = () => p.doc.querySelectorAll('.ol-item').map((b) => b.classList.contains('is-locked'));
  p.next();
  p.answer('c'); // wrong, but its own target: the end
  p.next();
  assert.equal(p.P.currentSlideId(), 'end');
  assert.equal(p.counter(), '3 / 3');
  assert.deepEqual(locked(), [false, false, true, true, true, true, false], 'q2, res and the remediation are off the path');
});

test('free navigation: the menu shows the remediation once visited; result fail branches', () => {
  const course = branchCourse('free');
  course.sections[0].slides[3].onFail = 4;
  const p = launch(course);
  p.next();
  p.answer('a');
  p.next();
  p.answer('false'); // 1 of 2: 50 % passes
  p.next();
  assert.equal(p.P.currentSlideId(), 'res');
  assert.equal(p.$('.verdict').getAttribute('data-verdict'), 'passed');
  p.next();
  assert.equal(p.P.currentSlideId(), 'end', 'passed: the default flow');
  assert.deepEqual(p.visibleSections(), ['Main', 'Last']);

  const failing = branchCourse('free');
  failing.settings.passingScore = 100;
  failing.sections[0].slides[3].onFail = 4;
  const f = launch(failing);
  f.next();
  f.answer('a');
  f.next();
  f.answer('false');
  f.next();
  f.next();
  assert.equal(f.P.currentSlideId(), 'r1', 'failed: the remediation');
  f.next();
  f.next();
  assert.equal(f.P.currentSlideId(), 'end', 'and back after the result slide');
});

test('resume data keeps the path: same slide, progress and counter after a relaunch, within 4,096', () => {
  const api = api12();
  const p = launch(branchCourse(), { api });
  p.next();
  p.answer('b');
  p.next();
  p.next();
  const before = [p.P.currentSlideId(), p.counter(), p.progress()];
  const saved = api.data['cmi.suspend_data'];
  assert.ok(saved.length < 60, 'a few characters: ' + saved);
  const again = launch(branchCourse(), { api: api12({ 'cmi.suspend_data': saved, 'cmi.core.lesson_location': 'r2', 'cmi.core.entry': 'resume' }) });
  assert.deepEqual([again.P.currentSlideId(), again.counter(), again.progress()], before);
  assert.deepEqual(again.visibleSections(), ['Main', 'Remediation', 'Last']);
  again.next();
  assert.equal(again.P.currentSlideId(), 'q2', 'the return point survives the relaunch');
});

test('a course without branch data keeps its reading order', () => {
  const course = branchCourse('free');
  course.sections.forEach((s) => { delete s.branchOnly; s.slides.forEach((x) => { delete x.next; delete x.ret; }); });
  delete course.sections[0].slides[1].question.onIncorrect;
  const p = launch(course);
  assert.equal(p.counter(), '1 / 7');
  p.next();
  p.answer('b');
  p.next();
  assert.equal(p.P.currentSlideId(), 'q2');
});
