// SPDX-License-Identifier: MIT
// Scenario slides: scoring, SCORM reporting (1.2 and 2004) and the player's dialogue flow.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { createWindow } = require('./fake-dom.js');
const dir = '../../resources/player/';
const S = require(dir + 'scoring.js');
const F = require(dir + 'scorm-format.js');
const Suspend = require(dir + 'suspend.js');
const createPlayer = require(dir + 'player.js');

// As export/PlayerData.cpp writes it: "correct" marks the best response(s), points = the best.
const scenario = (go) => ({
  type: 'scenario', prompt: '<p>The customer is angry.</p>', points: 2,
  choices: [
    { id: 'r1', text: 'Hang up', consequence: '<p>He calls back, angrier.</p>', points: -1, correct: false },
    { id: 'r2', text: 'Listen & <apologise>', consequence: '<p>He calms down.</p>', points: 2, correct: true, go },
    { id: 'r4', text: 'Promise a refund', consequence: '<p>Not yours to promise.</p>', points: 0, correct: false }
  ]
});

test('a scenario earns the chosen response points, negative ones included', () => {
  const q = scenario();
  assert.deepEqual(S.scoreAnswer(q, 'r2'), { graded: true, fraction: 1, correct: true, points: 2, earned: 2 });
  assert.deepEqual(S.scoreAnswer(q, 'r1'), { graded: true, fraction: 0, correct: false, points: 2, earned: -1 });
  assert.equal(S.scoreAnswer(q, 'r4').earned, 0);
  assert.equal(S.isAnswerComplete(q, 'r1'), true);
  assert.equal(S.isAnswerComplete(q, undefined), false);
});

test('quiz totals: an unanswered scenario counts for nothing; the score never goes below 0', () => {
  const question = { type: 'true-false', points: 1, answer: true };
  let tt = S.quizTotals([{ q: question, answer: true }, { q: scenario(), answer: undefined }], 50);
  assert.equal(tt.graded, 1);
  assert.equal(tt.complete, true, 'a skipped branch of the dialogue does not hold the attempt open');
  assert.equal(tt.score, 100);
  tt = S.quizTotals([{ q: question, answer: true }, { q: scenario(), answer: 'r2' }], 50);
  assert.deepEqual([tt.available, tt.earned, tt.score], [3, 3, 100]);
  tt = S.quizTotals([{ q: question, answer: false }, { q: scenario(), answer: 'r1' }], 50);
  assert.deepEqual([tt.available, tt.earned, tt.score], [3, -1, 0]);
});

test('a scenario is reported as a choice with the response id (SCORM 1.2 and 2004)', () => {
  const q = scenario();
  q.choices[2].points = 2;
  q.choices[2].correct = true; // two best responses: two correct patterns
  const opts = { id: 'scene-1', index: 0, answer: 'r4', correct: true, latencyMs: 1500, date: new Date(2026, 0, 1), lang: 'fr' };
  const r12 = F.interaction(q, opts, '1.2');
  assert.equal(r12.type, 'choice');
  assert.equal(r12.response, '4', '1.2: the digit of the response id');
  assert.deepEqual(r12.patterns, ['2', '4']);
  assert.equal(r12.result, 'correct');
  assert.equal(r12.weighting, '2');
  const r04 = F.interaction(q, { ...opts, answer: 'r1', correct: false }, '2004');
  assert.equal(r04.type, 'choice');
  assert.equal(r04.response, 'r1');
  assert.deepEqual(r04.patterns, ['r2', 'r4']);
  assert.equal(r04.result, 'incorrect');
  assert.equal(r04.description, '{lang=fr}The customer is angry.');
});

test('suspend data keeps a scenario answer', () => {
  const q = scenario();
  const model = { fingerprint: 'f', slideCount: 1, questions: [q], videoCount: 0, blocks: [] };
  const state = { slide: 0, visited: [true], attempt: 1, attemptsDone: 0, quiz: { score: null, passed: false, failed: false }, answers: ['r4'], videos: [], blocks: [], drafts: [] };
  const back = Suspend.decode(model, Suspend.encode(model, state, { limit: 4096 }));
  assert.deepEqual(back.answers, ['r4']);
});

function api12() {
  const data = { 'cmi.core.lesson_status': 'not attempted', 'cmi.interactions._count': '0' };
  return {
    data,
    LMSInitialize: () => 'true', LMSFinish: () => 'true', LMSGetValue: (k) => data[k] || '',
    LMSSetValue: (k, v) => { data[k] = v; return 'true'; }, LMSCommit: () => 'true', LMSGetLastError: () => '0'
  };
}

function launch(course, { search = '', api } = {}) {
  const win = createWindow(search);
  win.CapsuleI18n = require(dir + 'i18n.js');
  win.CapsuleScoring = S;
  win.CapsuleSuspend = Suspend;
  win.CapsuleDraw = require(dir + 'draw.js');
  win.CapsuleRuntime = require(dir + 'runtime.js');
  win.CapsuleScormFormat = F;
  win.CAPSULE_COURSE = course;
  if (api) win.API = api;
  const P = createPlayer(win);
  P.boot();
  return { win, P, doc: win.document, $: (sel) => win.document.querySelector(sel) };
}

function chain(navigation) {
  return {
    format: 1, runtime: 'scorm12', id: 'c', title: 'Course', language: 'fr',
    settings: { navigation, completion: 'all-slides-viewed', passingScore: 50, maxAttempts: 0, scorm12Reporting: 'passed-failed', theme: { vars: {}, cls: '' } },
    sections: [{ id: 'sec', title: 'Appel client', slides: [
      // As PlayerData writes a course that branches: "next" and each response's "go" are
      // authored slide indexes.
      { id: 's1', kind: 'scenario', title: 'Le colis', next: 1, question: scenario(2),
        character: { src: 'media/client.png', alt: 'Marc, client agacé', width: 200, height: 240 } },
      { id: 's2', kind: 'scenario', title: 'Détour', next: 2, question: scenario() },
      { id: 's3', kind: 'scenario', title: 'La solution', next: 3, question: scenario() },
      { id: 'end', kind: 'content', title: 'Fin', next: -1, blocks: [] }
    ] }]
  };
}

test('player: situation, character, radio group; the consequence then Continue to the target', () => {
  const api = api12();
  const p = launch(chain('linear'), { api });
  const art = p.$('article.slide');
  assert.equal(art.getAttribute('data-kind'), 'scenario');
  assert.equal(p.$('.eyebrow').textContent.startsWith('Appel client'), true, 'no question numbering');
  assert.equal(p.$('img.character').getAttribute('alt'), 'Marc, client agacé');
  assert.equal(p.$('.options').getAttribute('role'), 'radiogroup');
  assert.equal(p.doc.querySelectorAll('input[type="radio"]').length, 3);
  assert.equal(p.$('.option-label').textContent, 'Hang up', 'response texts are plain text');
  assert.equal(p.$('button.submit').textContent, 'Répondre');
  assert.equal(p.$('.go-on'), null);
  p.$('input[value="r2"]').click();
  p.$('button.submit').click();
  const region = p.$('.feedback-region');
  assert.equal(region.getAttribute('aria-live'), 'polite');
  assert.match(region.textContent, /He calms down\./);
  assert.equal(api.data['cmi.interactions.0.type'], 'choice');
  assert.equal(api.data['cmi.interactions.0.student_response'], '2');
  assert.equal(api.data['cmi.interactions.0.result'], 'correct');
  const goOn = p.$('.go-on');
  assert.equal(goOn.textContent, 'Continuer');
  goOn.click();
  assert.equal(p.P.currentSlideId(), 's3', 'r2 leads to s3, past s2, even in a linear course');
  p.$('input[value="r1"]').click();
  p.$('button.submit').click();
  assert.match(p.$('.feedback-region').textContent, /angrier/);
  p.$('.go-on').click();
  assert.equal(p.P.currentSlideId(), 'end', 'no target: the next slide');
  assert.equal(api.data['cmi.interactions.1.result'], 'wrong');
});

test('player: Next on an answered scenario follows the response too', () => {
  const p = launch(chain('free'), { search: '?runtime=none' });
  p.$('input[value="r2"]').click();
  p.$('button.submit').click();
  p.$('button.next').click();
  assert.equal(p.P.currentSlideId(), 's3');
});

test('player: the editor patches a scenario in place; a removed response drops its answer on reload', () => {
  const course = chain('free');
  const p = launch(course, { search: '?runtime=none' });
  p.$('input[value="r2"]').click();
  p.$('button.submit').click();
  const edited = JSON.parse(JSON.stringify(course.sections[0].slides[0]));
  edited.question.choices[1].consequence = '<p>He thanks you.</p>';
  assert.equal(p.P.patch(edited), true);
  assert.match(p.$('.feedback-region').textContent, /He thanks you\./);
  const gone = JSON.parse(JSON.stringify(course));
  gone.sections[0].slides[0].question.choices.splice(1, 1);
  assert.equal(p.P.reload(gone), true);
  assert.equal(p.$('.feedback-region').textContent, '', 'the answer no longer fits: asked again');
});

test('player: after Reply, Continue has the focus and the consequence is announced', async () => {
  const p = launch(chain('free'), { search: '?runtime=none' });
  p.$('input[value="r1"]').click();
  p.$('button.submit').click();
  assert.equal(p.doc.activeElement, p.$('.go-on'));
  await new Promise((r) => setTimeout(r, 60));
  const live = p.doc.querySelectorAll('.sr-only[aria-live]');
  assert.ok(live.some((el) => /Mauvaise réponse.*angrier/.test(el.textContent)), 'announced: the verdict and the consequence');
});
