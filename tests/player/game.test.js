// SPDX-License-Identifier: MIT
// Game mode (docs/player.md "Game mode"): scoring rules, the start screen's timer choice, the
// countdown running out, points and personal best reported and kept in the resume data.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { createWindow } = require('./fake-dom.js');
const dir = '../../resources/player/';
const Scoring = require(dir + 'scoring.js');
const Suspend = require(dir + 'suspend.js');
const createPlayer = require(dir + 'player.js');

const GAME = { points: 100, speed: 50, streak: 10, streakSteps: 5, time: 20 };
const tf = (points = 1, extra = {}) => ({ type: 'true-false', prompt: '<p>?</p>', points, answer: true, ...extra });

test('game points: base, speed bonus in tenths, streak bonus, partial, late, and the maximum', () => {
  const q = tf(2);
  const e = [
    { q, answer: true, game: GAME, speed: 10 },  // 200 + 100
    { q, answer: true, game: GAME, speed: 5 },   // 200 + 50 + 20 (2nd in a row)
    { q, answer: false, game: GAME, speed: 10 }, // 0, streak broken
    { q, answer: true, game: GAME, speed: -1 },  // late: 0
    { q, answer: true, game: GAME, speed: 0 }    // 200, first of a new streak
  ];
  const r = Scoring.quizTotals(e, 50);
  assert.deepEqual(e.map((x) => x.points), [300, 270, 0, 0, 200]);
  assert.deepEqual(e.map((x) => x.streak), [1, 2, 0, 0, 1]);
  // Maximum: 300 each + 20 per earlier question (300, 320, 340, 360, 380).
  assert.equal(r.available, 1700);
  assert.equal(r.earned, 770);
  assert.equal(r.score, 45.29);
  // Untimed (game time 0): no speed bonus in points or maximum; the streak stops at 5 steps.
  const g0 = { ...GAME, time: 0 };
  const many = Array.from({ length: 8 }, () => ({ q: tf(), answer: true, game: g0, speed: 10 }));
  const m = Scoring.quizTotals(many, 0);
  assert.equal(m.available, 800 + 10 * (0 + 1 + 2 + 3 + 4 + 5 + 5 + 5));
  assert.equal(m.score, 100);
  // Partly correct: base × fraction, no bonus; a question's own time makes it timed.
  const mr = { type: 'multiple-response', points: 1, time: 5, choices: [{ id: 'a', correct: true }, { id: 'b', correct: true }] };
  const p = [{ q: mr, answer: ['a'], game: g0, speed: 10 }];
  assert.equal(Scoring.quizTotals(p, 0).available, 150);
  assert.equal(p[0].points, 50);
  // Mixed with plain questions: their points as before.
  assert.equal(Scoring.quizTotals([{ q: tf(), answer: true }, { q: tf(), answer: true, game: GAME, speed: 10 }], 0).available, 151);
});

test('resume data keeps the personal best and each answer\'s speed', () => {
  const questions = [tf(), tf(), tf()];
  const model = { fingerprint: 'f', slideCount: 3, questions, videoCount: 0, game: true };
  const state = { slide: 1, visited: [true, true], attempt: 1, attemptsDone: 0, quiz: { score: null }, answers: [true, false, undefined], videos: [], speed: [10, -1], best: [null, 1234.5] };
  const s = Suspend.encode(model, state);
  assert.match(s, /\|G\.2n96~ax$/);
  const back = Suspend.decode(model, s);
  assert.deepEqual(back.best, [null, 1234.5]);
  assert.deepEqual(back.speed, [10, -1, undefined]);
  assert.deepEqual(back.answers, [true, false, undefined]);
  // With drafts the game field still comes last.
  const d = Suspend.decode(model, Suspend.encode(model, { ...state, drafts: [undefined, undefined, true] }));
  assert.equal(d.drafts[2], true);
  assert.deepEqual(d.speed, [10, -1, undefined]);
});

function api2004(initial = {}) {
  const data = { 'cmi.completion_status': 'unknown', 'cmi.success_status': 'unknown', ...initial };
  return {
    data,
    Initialize: () => 'true', Terminate: () => 'true', GetValue: (k) => data[k] || '',
    SetValue: (k, v) => { data[k] = v; return 'true'; }, Commit: () => 'true', GetLastError: () => '0'
  };
}

function gameCourse() {
  return {
    format: 1, runtime: 'scorm2004', id: 'c', title: 'Course', language: 'fr',
    settings: { navigation: 'free', completion: 'quiz-passed', passingScore: 50, maxAttempts: 0, scorm12Reporting: 'passed-failed', theme: {} },
    sections: [{ id: 'defi', title: 'Le défi', game: GAME, slides: [
      { id: 'g1', kind: 'question', title: 'Un', question: tf(1, { time: 5 }) },
      { id: 'g2', kind: 'question', title: 'Deux', question: tf() },
      { id: 'end', kind: 'result', title: 'Résultat' }
    ] }]
  };
}

function launch(course, api, clock) {
  const win = createWindow('');
  win.CapsuleI18n = require(dir + 'i18n.js');
  win.CapsuleScoring = Scoring;
  win.CapsuleSuspend = Suspend;
  win.CapsuleDraw = require(dir + 'draw.js');
  win.CapsuleRuntime = require(dir + 'runtime.js');
  win.CapsuleScormFormat = require(dir + 'scorm-format.js');
  win.CAPSULE_COURSE = course;
  win.API_1484_11 = api;
  const P = createPlayer(win);
  P.boot();
  const $ = (sel) => win.document.querySelector(sel);
  const answer = (v) => { $(`input[value="${v}"]`).click(); $('button.submit').click(); };
  return { win, P, $, answer };
}

test('a game run: start screen, countdown running out, points, score raw/max and personal best', (t) => {
  let time = 1e6;
  t.mock.method(Date, 'now', () => time);
  const ticks = [];
  t.mock.method(global, 'setInterval', (fn) => { ticks.push(fn); return ticks.length; });
  t.mock.method(global, 'clearInterval', () => {});
  const api = api2004();
  const p = launch(gameCourse(), api);
  // Start screen: title of the section, the timer choices, no question yet.
  assert.equal(p.$('.slide-title').textContent, 'Le défi');
  assert.equal(p.win.document.querySelectorAll('input[name="gt"]').length, 3);
  assert.equal(p.$('form.answer'), null);
  p.$('.game-go').click();
  assert.ok(p.$('form.answer'));
  assert.equal(p.$('.game-clock').textContent, 'Encore 5\u00a0s');
  time += 1000;
  p.answer('true'); // 1 s of 5: 8/10 of the speed bonus
  assert.equal(p.$('.game-gain').textContent, '+140 points');
  // Question 2: the time runs out (20 s), then a right answer earns nothing.
  p.P.show('g2');
  time += 21000;
  ticks[ticks.length - 1]();
  assert.ok(p.$('.game-hud').classList.contains('is-late'));
  p.answer('true');
  assert.match(p.$('.game-gain').textContent, /Temps écoulé/);
  assert.equal(p.$('.game-total').textContent, '140 sur 310 points'); // 150 + 160 (50 speed, 10 streak)
  assert.match(p.$('.game-over').textContent, /Nouveau record/);
  assert.equal(api.data['cmi.score.raw'], '140');
  assert.equal(api.data['cmi.score.max'], '310');
  assert.equal(api.data['cmi.score.min'], '0');
  assert.equal(api.data['cmi.score.scaled'], '0.4516');
  assert.equal(api.data['cmi.interactions.1.result'], 'correct');
  assert.match(api.data['cmi.suspend_data'], /\|Gasw~8x$/);

  // Relaunch with the resume data: the best is kept; the timer off earns the speed bonus on ×10 time.
  const again = launch(gameCourse(), api2004({ 'cmi.suspend_data': api.data['cmi.suspend_data'], 'cmi.entry': 'resume' }));
  again.P.show('g1');
  assert.equal(again.$('.game-go'), null, 'answered questions show their feedback');
  assert.match(again.$('.game-gain').textContent, /\+140/);
});

test('timer off: no countdown, speed measured against ten times the time', (t) => {
  let time = 1e6;
  t.mock.method(Date, 'now', () => time);
  t.mock.method(global, 'setInterval', () => 1);
  t.mock.method(global, 'clearInterval', () => {});
  const api = api2004();
  const p = launch(gameCourse(), api);
  p.$('input[value="0"]').click();
  p.$('.game-go').click();
  assert.equal(p.$('.game-clock'), null);
  time += 12000; // 12 s of 50: 8/10
  p.answer('true');
  assert.equal(p.$('.game-gain').textContent, '+140 points');
  p.P.show('g2');
  assert.equal(p.$('.game-go'), null, 'the game has started');
  p.answer('false');
  assert.equal(api.data['cmi.score.raw'], '140');
  assert.notEqual(api.data['cmi.success_status'], 'passed', '45.16 % < 50 %');
});

test('a retake plays the game again: start screen, the personal best kept, no false record', (t) => {
  let time = 1e6;
  t.mock.method(Date, 'now', () => time);
  t.mock.method(global, 'setInterval', () => 1);
  t.mock.method(global, 'clearInterval', () => {});
  const course = gameCourse();
  course.settings.passingScore = 100;
  course.settings.maxAttempts = 2;
  const p = launch(course, api2004());
  p.$('.game-go').click();
  time += 3000; // 3 s of 5: 4/10 of the speed bonus
  p.answer('true');
  p.P.show('g2');
  p.answer('true');
  assert.match(p.$('.game-over').textContent, /Nouveau record/);
  p.P.show('end');
  assert.ok(p.$('button.retry'), 'not every bonus: below 100 %, a retake is offered');
  p.$('button.retry').click();
  assert.ok(p.$('.game-go'), 'the retake starts with the start screen');
  assert.match(p.$('.game-best').textContent, /Record personnel/);
  p.$('.game-go').click();
  time += 40000; // slow: less than the best
  p.answer('false');
  p.P.show('g2');
  p.answer('true');
  assert.doesNotMatch(p.$('.game-over').textContent, /Nouveau record/);
  assert.match(p.$('.game-over').textContent, /Record personnel/);
});

test('the editor preview (show) opens a game question itself, untimed', (t) => {
  t.mock.method(global, 'setInterval', () => 1);
  t.mock.method(global, 'clearInterval', () => {});
  const p = launch(gameCourse(), api2004());
  assert.ok(p.$('.game-go'), 'a learner gets the start screen');
  p.P.show('g1');
  assert.equal(p.$('.game-go'), null);
  assert.ok(p.$('form.answer'));
  assert.equal(p.$('.game-clock'), null, 'no countdown in the editor');
});
