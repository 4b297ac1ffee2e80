// SPDX-License-Identifier: MIT
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const Suspend = require('../../resources/player/suspend.js');

function makeCourse(nQuestions, nVideos) {
  const types = ['single-choice', 'multiple-response', 'true-false', 'fill-in', 'matching', 'sequencing', 'numeric', 'likert', 'open-text'];
  const slides = [];
  for (let i = 0; i < nQuestions; i++) {
    const type = types[i % types.length];
    const q = { type, points: 1 };
    q.choices = Array.from({ length: 5 }, (_, k) => ({ id: `c${k}`, correct: k === 1 || k === 3 }));
    q.answer = true;
    q.blanks = [{ id: 'b1', answers: ['alpha'] }, { id: 'b2', answers: ['beta'] }];
    q.pairs = Array.from({ length: 5 }, (_, k) => ({ id: `p${k}`, source: `s${k}`, target: `t${k}` }));
    q.items = Array.from({ length: 6 }, (_, k) => ({ id: `i${k}`, text: `${k}` }));
    q.numeric = { mode: 'exact', value: 3, tolerance: 0 };
    q.scale = ['1', '2', '3', '4', '5'];
    slides.push({ id: `3f2a9c1e-5b7d-4e11-9a0c-${String(i).padStart(12, '0')}`, kind: 'question', question: q });
    if (i % 20 === 0) slides.push({ id: `content-${i}`, kind: 'content' });
  }
  for (let v = 0; v < nVideos; v++) slides.push({ id: `video-${v}`, kind: 'video' });
  const questions = slides.filter((s) => s.kind === 'question').map((s) => s.question);
  return { slides, model: { fingerprint: Suspend.fingerprint(slides), slideCount: slides.length, questions, videoCount: nVideos } };
}

function answerFor(q, i) {
  switch (q.type) {
    case 'single-choice': return `c${i % 5}`;
    case 'multiple-response': return ['c1', 'c3', 'c4'];
    case 'true-false': return i % 2 === 0;
    case 'fill-in': return ['Alpha ~,|%', 'bêta'];
    case 'matching': return ['p4', 'p3', null, 'p1', 'p0'];
    case 'sequencing': return ['i5', 'i4', 'i3', 'i2', 'i1', 'i0'];
    case 'numeric': return '3,25';
    case 'likert': return i % 5;
    case 'open-text': return 'Short note, with | pipes & accents é';
  }
}

function fullState(model) {
  return {
    slide: model.slideCount - 1,
    visited: Array.from({ length: model.slideCount }, (_, i) => i % 3 !== 1),
    attempt: 3, attemptsDone: 2,
    quiz: { score: 87.5, passed: false, failed: false },
    answers: model.questions.map((q, i) => (i % 7 === 6 ? undefined : answerFor(q, i))),
    videos: Array.from({ length: model.videoCount }, (_, v) => ({ done: v % 2 === 0, ranges: [[0, 12.3], [20, 31.9]] }))
  };
}

test('round trip restores slide, visits, attempts, answers and video ranges', () => {
  const { model } = makeCourse(27, 3);
  const state = fullState(model);
  const s = Suspend.encode(model, state, { limit: 64000 });
  assert.match(s, /^[\x20-\x7e]+$/, 'printable ASCII');
  assert.ok(s.startsWith('2|'), 'versioned');
  const back = Suspend.decode(model, s);
  assert.equal(back.slide, state.slide);
  assert.deepEqual(back.visited, state.visited);
  assert.equal(back.attempt, 3);
  assert.equal(back.attemptsDone, 2);
  assert.deepEqual(back.quiz, state.quiz);
  assert.deepEqual(back.answers, state.answers);
  assert.deepEqual(back.videos, state.videos);
});

test('a 200-question course with every question answered stays under 4,096 chars', () => {
  const { model } = makeCourse(200, 5);
  const state = fullState(model);
  state.answers = model.questions.map((q, i) => answerFor(q, i));
  const s = Suspend.encode(model, state, { limit: 4096 });
  assert.ok(s.length <= 4096, `length ${s.length}`);
  const back = Suspend.decode(model, s);
  assert.deepEqual(back.answers, state.answers, 'nothing had to be dropped');
  assert.deepEqual(back.videos, state.videos);
});

test('oversized free text is dropped (never truncated mid-record) to respect the limit', () => {
  const { model } = makeCourse(200, 5);
  const state = fullState(model);
  state.answers = model.questions.map((q, i) => (q.type === 'open-text' ? 'long answer '.repeat(100) : answerFor(q, i)));
  const s = Suspend.encode(model, state, { limit: 4096 });
  assert.ok(s.length <= 4096, `length ${s.length}`);
  const back = Suspend.decode(model, s);
  model.questions.forEach((q, i) => {
    if (q.type === 'open-text') assert.equal(back.answers[i], '', 'submitted, text dropped');
    else assert.deepEqual(back.answers[i], state.answers[i]);
  });
  // Even a hopeless case keeps the bookmark and quiz status.
  const tiny = Suspend.encode(model, state, { limit: 200 });
  assert.ok(tiny.length <= 200);
  const b2 = Suspend.decode(model, tiny);
  assert.equal(b2.slide, state.slide);
  assert.equal(b2.attempt, 3);
  assert.deepEqual(b2.quiz, state.quiz);
});

test('decode rejects other versions, other course structures and garbage', () => {
  const { model } = makeCourse(10, 1);
  const s = Suspend.encode(model, fullState(model));
  const other = makeCourse(11, 1).model;
  assert.equal(Suspend.decode(other, s), null);
  assert.equal(Suspend.decode(model, '3' + s.slice(1)), null);
  assert.equal(Suspend.decode(model, '0' + s.slice(1)), null);
  for (const junk of ['', 'hello', '{"a":1}', '1|x', null, undefined, 42]) assert.equal(Suspend.decode(model, junk), null);
  const mangled = Suspend.decode(model, s.replace(/\|[^|]*$/, '|%%%'));
  assert.ok(mangled === null || typeof mangled === 'object');
});

test('unanswered state encodes tiny', () => {
  const { model } = makeCourse(200, 0);
  const s = Suspend.encode(model, { slide: 0, visited: [true], attempt: 1, attemptsDone: 0, quiz: { score: null }, answers: [], videos: [] });
  assert.ok(s.length < 260, `length ${s.length}`);
  const back = Suspend.decode(model, s);
  assert.equal(back.quiz.score, null);
  assert.ok(back.answers.every((a) => a === undefined));
});

test('drafts (answers chosen but not submitted) round trip; submitted questions carry none', () => {
  const { model } = makeCourse(27, 1);
  const state = fullState(model);
  state.answers = model.questions.map((q, i) => (i % 2 ? undefined : answerFor(q, i)));
  state.drafts = model.questions.map((q, i) => answerFor(q, i + 1));
  const back = Suspend.decode(model, Suspend.encode(model, state, { limit: 4096 }));
  model.questions.forEach((q, i) => {
    assert.deepEqual(back.drafts[i], i % 2 ? state.drafts[i] : undefined, `${q.type} #${i}`);
    assert.deepEqual(back.answers[i], state.answers[i]);
  });
  // Partial drafts: an unchosen matching target, an empty blank.
  const m = makeCourse(9, 0).model;
  const partial = { ...fullState(m), answers: [], drafts: [] };
  partial.drafts[3] = ['Alpha', ''];
  partial.drafts[4] = ['p1', null, null, 'p0', null];
  const b2 = Suspend.decode(m, Suspend.encode(m, partial));
  assert.deepEqual(b2.drafts[3], ['Alpha', '']);
  assert.deepEqual(b2.drafts[4], ['p1', null, null, 'p0', null]);
});

test('data without drafts (older players) still decodes; no drafts adds nothing', () => {
  const { model } = makeCourse(20, 1);
  const state = fullState(model);
  const s = Suspend.encode(model, state);
  assert.equal(s.split('|').length, 9, 'no drafts field when there is no draft');
  const back = Suspend.decode(model, s);
  assert.ok(back.drafts.every((d) => d === undefined));
});

test('200 questions, half answered, half drafted: within 4,096; long open-text drafts go first', () => {
  const { model } = makeCourse(200, 5);
  const state = fullState(model);
  state.answers = model.questions.map((q, i) => (i < 100 ? answerFor(q, i) : undefined));
  state.drafts = model.questions.map((q, i) => answerFor(q, i));
  let s = Suspend.encode(model, state, { limit: 4096 });
  assert.ok(s.length <= 4096, `length ${s.length}`);
  let back = Suspend.decode(model, s);
  assert.deepEqual(back.answers, state.answers, 'answers kept');
  model.questions.forEach((q, i) => { if (i >= 100) assert.deepEqual(back.drafts[i], state.drafts[i]); });

  state.drafts = model.questions.map((q, i) => (q.type === 'open-text' ? 'a long draft '.repeat(60) : answerFor(q, i)));
  s = Suspend.encode(model, state, { limit: 4096 });
  assert.ok(s.length <= 4096, `length ${s.length}`);
  back = Suspend.decode(model, s);
  assert.deepEqual(back.answers, state.answers, 'answers win over drafts');
  model.questions.forEach((q, i) => {
    if (i >= 100) assert.deepEqual(back.drafts[i], q.type === 'open-text' ? undefined : state.drafts[i], `${q.type} #${i}`);
  });
});

test('drag-drop and hotspot answers round trip (zone indexes; hotspot as single-choice)', () => {
  const regions = Array.from({ length: 12 }, (_, k) => ({ id: `z${k}` }));
  const dd = { type: 'drag-drop', points: 1, regions, items: [{ id: 'a', zone: 'z0' }, { id: 'b', zone: 'z11' }, { id: 'c', zone: 'z1' }] };
  const hs = { type: 'hotspot', points: 1, regions, choices: regions };
  const slides = [{ id: 'dd', kind: 'question', question: dd }, { id: 'hs', kind: 'question', question: hs }];
  const model = { fingerprint: Suspend.fingerprint(slides), slideCount: 2, questions: [dd, hs], videoCount: 0 };
  const state = { slide: 1, visited: [true, true], attempt: 1, attemptsDone: 0, quiz: {}, answers: [['z11', null, 'z1'], 'z10'], videos: [] };
  const s = Suspend.encode(model, state, { limit: 4096 });
  assert.match(s, /\|b_1,a\|/, 'two base36 digits per item (12 zones), "_" for an unplaced item');
  assert.deepEqual(Suspend.decode(model, s).answers, state.answers);
});
