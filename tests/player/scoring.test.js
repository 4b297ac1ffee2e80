// SPDX-License-Identifier: MIT
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const S = require('../../resources/player/scoring.js');

const single = { type: 'single-choice', points: 10, choices: [{ id: 'a', correct: false }, { id: 'b', correct: true }, { id: 'c' }] };
const multi = { type: 'multiple-response', points: 9, choices: [{ id: 'a', correct: true }, { id: 'b', correct: true }, { id: 'c', correct: true }, { id: 'd', correct: false }] };
const tf = { type: 'true-false', points: 5, answer: false };
const fill = {
  type: 'fill-in', points: 4,
  blanks: [{ id: 'b1', answers: ['Paris', 'paris'], caseSensitive: true }, { id: 'b2', answers: ['Seine'], caseSensitive: false }]
};
const match = { type: 'matching', points: 6, pairs: [{ id: 'p1', source: 'A', target: 'x' }, { id: 'p2', source: 'B', target: 'y' }, { id: 'p3', source: 'C', target: 'y' }] };
const seq = { type: 'sequencing', points: 4, items: [{ id: 's1' }, { id: 's2' }, { id: 's3' }, { id: 's4' }] };
const numExact = { type: 'numeric', points: 2, numeric: { mode: 'exact', value: 3.5, tolerance: 0.1 } };
const numRange = { type: 'numeric', points: 2, numeric: { mode: 'range', min: 10, max: 20 } };
const likert = { type: 'likert', points: 5, scale: ['1', '2', '3'] };
const open = { type: 'open-text', points: 5, maxLength: 100 };

test('single-choice is all or nothing', () => {
  assert.deepEqual(S.scoreAnswer(single, 'b'), { graded: true, fraction: 1, correct: true, points: 10, earned: 10 });
  assert.equal(S.scoreAnswer(single, 'a').earned, 0);
  assert.equal(S.scoreAnswer(single, 'zz').correct, false);
});

test('multiple-response partial credit = (right - wrong) / correct, floored at 0', () => {
  assert.equal(S.scoreAnswer(multi, ['a', 'b', 'c']).correct, true);
  assert.equal(S.scoreAnswer(multi, ['a', 'b']).earned, 6);
  assert.equal(S.scoreAnswer(multi, ['a', 'b', 'd']).earned, 3);
  assert.equal(S.scoreAnswer(multi, ['a', 'b', 'c', 'd']).correct, false);
  assert.equal(S.scoreAnswer(multi, ['d']).earned, 0);
  assert.equal(S.scoreAnswer(multi, []).earned, 0);
});

test('true-false', () => {
  assert.equal(S.scoreAnswer(tf, false).correct, true);
  assert.equal(S.scoreAnswer(tf, true).correct, false);
  assert.equal(S.scoreAnswer(tf, undefined).correct, false);
});

test('fill-in: per blank, case rules, whitespace normalised', () => {
  assert.equal(S.scoreAnswer(fill, ['Paris', '  seine ']).correct, true);
  assert.equal(S.scoreAnswer(fill, ['PARIS', 'Seine']).fraction, 0.5);
  assert.equal(S.scoreAnswer(fill, ['paris', 'SEINE']).correct, true);
  assert.equal(S.scoreAnswer(fill, ['', '']).earned, 0);
  assert.equal(S.scoreAnswer({ type: 'fill-in', points: 1, blanks: [{ answers: ['New  York'] }] }, ['new york']).correct, true);
});

test('matching: per pair; equal targets are interchangeable', () => {
  assert.equal(S.scoreAnswer(match, ['p1', 'p2', 'p3']).correct, true);
  assert.equal(S.scoreAnswer(match, ['p1', 'p3', 'p2']).correct, true);
  assert.equal(S.scoreAnswer(match, ['p2', 'p1', 'p3']).earned, 2);
  assert.equal(S.scoreAnswer(match, [null, null, null]).earned, 0);
});

test('sequencing: items in their correct position', () => {
  assert.equal(S.scoreAnswer(seq, ['s1', 's2', 's3', 's4']).correct, true);
  assert.equal(S.scoreAnswer(seq, ['s1', 's2', 's4', 's3']).earned, 2);
  assert.equal(S.scoreAnswer(seq, ['s4', 's3', 's2', 's1']).earned, 0);
});

test('numeric: exact with tolerance, range, decimal comma', () => {
  assert.equal(S.scoreAnswer(numExact, '3.5').correct, true);
  assert.equal(S.scoreAnswer(numExact, '3,6').correct, true);
  assert.equal(S.scoreAnswer(numExact, '3.61').correct, false);
  assert.equal(S.scoreAnswer(numExact, 'abc').correct, false);
  assert.equal(S.scoreAnswer(numRange, '10').correct, true);
  assert.equal(S.scoreAnswer(numRange, '20').correct, true);
  assert.equal(S.scoreAnswer(numRange, '20.5').correct, false);
  assert.equal(S.scoreAnswer({ type: 'numeric', points: 1, numeric: { mode: 'exact', value: 0.3 } }, '0.3').correct, true);
});

test('likert and open-text are never graded', () => {
  for (const q of [likert, open]) {
    const r = S.scoreAnswer(q, q === likert ? 1 : 'text');
    assert.equal(r.graded, false);
    assert.equal(r.points, 0);
  }
});

test('quiz totals: percent of available points, ungraded ignored, passing threshold inclusive', () => {
  const entries = [
    { q: single, answer: 'b' }, { q: multi, answer: ['a'] }, { q: likert, answer: 0 }, { q: tf, answer: undefined }
  ];
  const t = S.quizTotals(entries, 50);
  assert.equal(t.graded, 3);
  assert.equal(t.available, 24);
  assert.equal(t.earned, 13);
  assert.equal(t.complete, false);
  assert.equal(t.score, 54.17);
  assert.equal(t.passed, true);
  const done = S.quizTotals([{ q: single, answer: 'b' }, { q: tf, answer: true }], 66.67);
  assert.equal(done.score, 66.67);
  assert.equal(done.passed, true);
  assert.equal(S.quizTotals([{ q: likert, answer: 1 }], 80).score, null);
});

test('choice marks and answer completeness', () => {
  assert.deepEqual(S.choiceMarks(multi, ['a', 'd']), { a: 'correct', b: 'missed', c: 'missed', d: 'wrong' });
  assert.equal(S.isAnswerComplete(fill, ['Paris', '']), false);
  assert.equal(S.isAnswerComplete(fill, ['Paris', 'x']), true);
  assert.equal(S.isAnswerComplete(match, ['p1', null, 'p3']), false);
  assert.equal(S.isAnswerComplete(numExact, '1e'), false);
  assert.equal(S.isAnswerComplete(likert, 0), true);
  assert.equal(S.isAnswerComplete(open, '   '), false);
});

test('partial credit: chosen choices earn their weight, clamped to 0..100 %; correct still means the exact set', () => {
  const w = (id, weight, correct) => ({ id, weight, correct: !!correct });
  const multiW = { type: 'multiple-response', points: 4, partialCredit: true, choices: [w('a', 50, true), w('b', 50, true), w('c', -100), w('d', -25)] };
  assert.deepEqual(S.scoreAnswer(multiW, ['a', 'b']), { graded: true, fraction: 1, correct: true, points: 4, earned: 4 });
  assert.deepEqual(S.scoreAnswer(multiW, ['a']), { graded: true, fraction: 0.5, correct: false, points: 4, earned: 2 });
  assert.equal(S.scoreAnswer(multiW, ['a', 'd']).fraction, 0.25);
  assert.equal(S.scoreAnswer(multiW, ['a', 'b', 'd']).correct, false, 'a wrong choice makes it not correct, 75 %');
  assert.equal(S.scoreAnswer(multiW, ['a', 'b', 'd']).earned, 3);
  assert.equal(S.scoreAnswer(multiW, ['a', 'c']).fraction, 0, 'never below 0');
  const over = { ...multiW, choices: [w('a', 80, true), w('b', 80, true)] };
  assert.equal(S.scoreAnswer(over, ['a', 'b']).fraction, 1, 'never above 100 %');
  const singleW = { type: 'single-choice', points: 2, partialCredit: true, choices: [w('a', 100, true), w('b', 50), w('c', 0)] };
  assert.deepEqual(S.scoreAnswer(singleW, 'b'), { graded: true, fraction: 0.5, correct: false, points: 2, earned: 1 });
  assert.equal(S.scoreAnswer(singleW, 'a').correct, true);
  assert.equal(S.scoreAnswer(singleW, 'c').earned, 0);
  // Without partialCredit the weights are ignored: today's rules.
  const plain = { ...singleW, partialCredit: false };
  assert.equal(S.scoreAnswer(plain, 'b').earned, 0);
  const plainMulti = { ...multiW, partialCredit: undefined };
  assert.equal(S.scoreAnswer(plainMulti, ['a', 'd']).fraction, 0, '(1 right - 1 wrong) / 2');
  // Quiz totals use the weighted credit.
  assert.equal(S.quizTotals([{ q: multiW, answer: ['a'] }, { q: singleW, answer: 'b' }], 50).score, 50);
});

test('drag-drop: items on their zone / items; complete when every item is placed', () => {
  const dd = { type: 'drag-drop', points: 4, regions: [{ id: 'z1' }, { id: 'z2' }, { id: 'z3' }],
    items: [{ id: 'i1', zone: 'z1' }, { id: 'i2', zone: 'z2' }, { id: 'i3', zone: 'z1' }, { id: 'i4', zone: 'z2' }] };
  assert.deepEqual(S.scoreAnswer(dd, ['z1', 'z2', 'z1', 'z2']), { graded: true, fraction: 1, correct: true, points: 4, earned: 4 });
  const half = S.scoreAnswer(dd, ['z1', 'z3', 'z2', 'z2']);
  assert.equal(half.fraction, 0.5);
  assert.equal(half.correct, false);
  assert.equal(S.isAnswerComplete(dd, ['z1', 'z2', null, 'z2']), false);
  assert.equal(S.isAnswerComplete(dd, ['z3', 'z3', 'z3', 'z3']), true);
});

test('hotspot: any correct region is right, all or nothing', () => {
  const hs = { type: 'hotspot', points: 2, choices: [{ id: 'z1', correct: false }, { id: 'z2', correct: true }, { id: 'z3', correct: true }] };
  assert.equal(S.scoreAnswer(hs, 'z2').correct, true);
  assert.equal(S.scoreAnswer(hs, 'z3').earned, 2);
  assert.equal(S.scoreAnswer(hs, 'z1').earned, 0);
  assert.equal(S.isAnswerComplete(hs, ''), false);
  assert.equal(S.isAnswerComplete(hs, 'z1'), true);
  assert.deepEqual(S.choiceMarks(hs, 'z1'), { z1: 'wrong', z2: 'missed', z3: 'missed' });
});
