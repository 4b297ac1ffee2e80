// SPDX-License-Identifier: MIT
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const F = require('../../resources/player/scorm-format.js');

// Grammar oracles, written after the SCORM RTE books and scorm-again's regex tables (RUNTIME.md §2.3-2.4).
const G12 = {
  timespan: /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/,
  time: /^(?:[01]\d|2[0123]):(?:[012345]\d):(?:[012345]\d)(\.\d{1,2})?$/,
  identifier: /^[A-Za-z0-9_]{1,255}$/,
  decimal: /^-?([0-9]{0,10})(\.[0-9]*)?$/,
  type: /^(true-false|choice|fill-in|matching|performance|sequencing|likert|numeric)$/,
  result: /^(correct|wrong|unanticipated|neutral|([0-9]{0,3})?(\.[0-9]*)?)$/,
  choiceList: /^[0-9a-z](,[0-9a-z])*$/,
  matching: /^[0-9a-z]\.[0-9a-z](,[0-9a-z]\.[0-9a-z])*$/,
  single: /^[0-9a-z]$/,
  tf: /^[tf01]$/
};
const SHORT_ID = /^(?=.*\w)[\w\-()+.:=@;$!*'%/#]{1,250}$/;
const G04 = {
  // ISO 8601 duration as SCORM 2004 accepts it; seconds with at most 2 decimals, no stray component after S.
  duration: /^P(?:([.,\d]+)Y)?(?:([.,\d]+)M)?(?:([.,\d]+)W)?(?:([.,\d]+)D)?(?:T?(?:([.,\d]+)H)?(?:([.,\d]+)M)?(?:(\d+(?:\.\d{1,2})?)S)?)?$/,
  strictDuration: /^PT(\d+H)?(\d+M)?\d+(\.\d{1,2})?S$/,
  timestamp: /^(19[7-9]\d|[2-9]\d{3})((-(0[1-9]|1[0-2]))((-(0[1-9]|[1-2]\d|3[0-1]))(T([0-1]\d|2[0-3])((:[0-5]\d)((:[0-5]\d)((\.\d{1,6})((Z|([+|-]([0-1]\d|2[0-3])))(:[0-5]\d)?)?)?)?)?)?)?)?$/,
  decimal: /^-?([0-9]{1,10})(\.[0-9]{1,18})?$/,
  type: /^(true-false|choice|fill-in|long-fill-in|matching|performance|sequencing|likert|numeric|other)$/,
  result: /^(correct|incorrect|unanticipated|neutral|-?([0-9]{1,4})(\.[0-9]{1,18})?)$/,
  langString250: /^(\{lang=([a-zA-Z]{1,8}|i|x)(-[a-zA-Z0-9-]{2,8})?\})?((?!\{.*$).{0,250}$)?$/,
  langString4000: /^(\{lang=([a-zA-Z]{1,8}|i|x)(-[a-zA-Z0-9-]{2,8})?\})?((?!\{.*$).{0,4000}$)?$/
};

function nodes(s, delim) { return delim ? s.split(delim) : [s]; }

// Checks a 2004 learner_response / pattern per interaction type (RTE 4.1.6 tables).
function valid2004(type, value, isPattern) {
  switch (type) {
    case 'true-false': return /^(true|false)$/.test(value);
    case 'choice': {
      const n = nodes(value, '[,]');
      return n.length <= 36 && n.every((x) => SHORT_ID.test(x)) && new Set(n).size === n.length;
    }
    case 'fill-in': {
      let v = value;
      if (isPattern) while (/^\{(case_matters|order_matters)=(true|false)\}/.test(v)) v = v.replace(/^\{[^}]*\}/, '');
      const n = nodes(v, '[,]');
      return n.length <= 10 && n.every((x) => G04.langString250.test(x));
    }
    case 'long-fill-in': return G04.langString4000.test(value);
    case 'matching': return nodes(value, '[,]').every((p) => { const st = p.split('[.]'); return st.length === 2 && SHORT_ID.test(st[0]) && SHORT_ID.test(st[1]); });
    case 'sequencing': return nodes(value, '[,]').every((x) => SHORT_ID.test(x));
    case 'likert': return SHORT_ID.test(value);
    case 'numeric': {
      if (!isPattern) return G04.decimal.test(value);
      const [lo, hi] = value.split('[:]');
      return value.split('[:]').length === 2 && (lo === '' || G04.decimal.test(lo)) && (hi === '' || G04.decimal.test(hi)) &&
        (lo === '' || hi === '' || Number(lo) <= Number(hi));
    }
  }
  return false;
}

function valid12(type, value) {
  if (value.length > 255) return false;
  switch (type) {
    case 'true-false': return G12.tf.test(value);
    // RTE 1.2 §3.4.5: a pattern may wrap a set in braces ("{a,c}": all of them, any order).
    case 'choice': return G12.choiceList.test(value.replace(/^\{(.*)\}$/, '$1'));
    case 'matching': return G12.matching.test(value.replace(/^\{(.*)\}$/, '$1'));
    case 'sequencing': return G12.choiceList.test(value);
    case 'likert': return G12.single.test(value);
    case 'numeric': return G12.decimal.test(value) && value !== '';
    case 'fill-in': return true;
  }
  return false;
}

test('CMITimespan (1.2): HHHH:MM:SS.SS, rounding and clamping', () => {
  assert.equal(F.cmiTimespan(0), '00:00:00.00');
  assert.equal(F.cmiTimespan(1234), '00:00:01.23');
  assert.equal(F.cmiTimespan(59995), '00:01:00.00');
  assert.equal(F.cmiTimespan(3723450), '01:02:03.45');
  assert.equal(F.cmiTimespan(100 * 3600000), '100:00:00.00');
  assert.equal(F.cmiTimespan(1e12), '9999:59:59.99');
  assert.equal(F.cmiTimespan(-5), '00:00:00.00');
  assert.equal(F.cmiTimespan(NaN), '00:00:00.00');
  for (const ms of [0, 7, 999, 60000, 3599999, 86400000, 36e9, 1e15]) assert.match(F.cmiTimespan(ms), G12.timespan);
});

test('ISO 8601 duration (2004): PT#H#M#.##S, never "PT50S.21S"', () => {
  assert.equal(F.isoDuration(0), 'PT0S');
  assert.equal(F.isoDuration(50210), 'PT50.21S');
  assert.equal(F.isoDuration(50200), 'PT50.2S');
  assert.equal(F.isoDuration(65000), 'PT1M5S');
  assert.equal(F.isoDuration(3930250), 'PT1H5M30.25S');
  assert.equal(F.isoDuration(3600000), 'PT1H0M0S');
  assert.equal(F.isoDuration(59999), 'PT1M0S');
  assert.equal(F.isoDuration(-1), 'PT0S');
  for (let ms = 0; ms < 4e6; ms += 12347) {
    const d = F.isoDuration(ms);
    assert.match(d, G04.duration);
    assert.match(d, G04.strictDuration);
    assert.doesNotMatch(d, /S./);
  }
});

test('CMITime (1.2) and 2004 timestamps', () => {
  const d = new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 678));
  assert.match(F.cmiTime(d), G12.time);
  assert.equal(F.timestamp2004(d), '2024-01-02T03:04:05.67Z');
  assert.match(F.timestamp2004(d), G04.timestamp);
  assert.match(F.timestamp2004(new Date()), G04.timestamp);
});

test('decimals never use exponents or a bare leading dot', () => {
  assert.equal(F.decimal(0.5), '0.5');
  assert.equal(F.decimal(1e-7), '0.0000001');
  assert.equal(F.decimal(1e-9), '0');
  assert.equal(F.decimal(-0), '0');
  assert.equal(F.decimal(85.5), '85.5');
  assert.equal(F.decimal(100), '100');
  for (const x of [0, 1, -3.25, 0.855, 123456.789, 1 / 3]) {
    assert.match(F.decimal(x), G04.decimal);
    assert.match(F.decimal(x), G12.decimal);
  }
});

const QUESTIONS = [
  { type: 'single-choice', points: 10, prompt: '<p>Pick <b>one</b></p>', choices: [{ id: 'c1', text: 'a', correct: false }, { id: 'c2', correct: true }, { id: 'c 3', correct: false }] },
  { type: 'multiple-response', points: 5, prompt: 'Several', choices: [{ id: 'x', correct: true }, { id: 'y', correct: false }, { id: 'z', correct: true }] },
  { type: 'true-false', points: 1, prompt: 'T?', answer: true },
  { type: 'fill-in', points: 3, prompt: '{weird} start', cloze: 'The [[1]] of [[2]]', blanks: [{ id: 'b1', answers: ['capital', 'main city'], caseSensitive: false }, { id: 'b2', answers: ['France'], caseSensitive: true }] },
  { type: 'matching', points: 3, prompt: 'Match', pairs: [{ id: 'p1', source: 'A', target: 'x' }, { id: 'p2', source: 'B', target: 'y' }, { id: 'p3', source: 'C', target: 'z' }] },
  { type: 'sequencing', points: 2, prompt: 'Order', items: [{ id: 's1', text: '1' }, { id: 's2', text: '2' }, { id: 's3', text: '3' }] },
  { type: 'numeric', points: 1, prompt: 'N', numeric: { mode: 'exact', value: 42, tolerance: 0.5 } },
  { type: 'numeric', points: 1, prompt: 'R', numeric: { mode: 'range', min: -2.5, max: 10 } },
  { type: 'likert', points: 0, prompt: 'L', scale: ['no', 'meh', 'yes'] },
  { type: 'open-text', points: 0, prompt: 'O', maxLength: 5000 },
  // Drag-drop: 3 items onto 3 zones (z3 takes two items, z2 none: a distractor).
  { type: 'drag-drop', points: 3, prompt: 'Drop', regions: [{ id: 'z1', label: 'Écran' }, { id: 'z2', label: 'Tiroir' }, { id: 'z3', label: 'Casque' }],
    items: [{ id: 'i1', text: 'Fiche', zone: 'z1' }, { id: 'i2', text: 'Micro', zone: 'z3' }, { id: 'i3', text: 'Son', zone: 'z3' }] },
  // Hotspot: regions as choices; two correct regions, either is right.
  { type: 'hotspot', points: 2, prompt: 'Spot', choices: [{ id: 'z1', correct: false }, { id: 'z2', correct: true }, { id: 'z3', correct: true }] }
];
const ANSWERS = [
  'c 3', ['x', 'y'], false, ['Capital', 'france'], ['p2', 'p1', null], ['s3', 's1', 's2'], '42,25', '11', 2,
  '{Line one}\nline two [,] with delimiters ' + 'x'.repeat(5000), ['z2', null, 'z3'], 'z1'
];

test('every interaction type encodes to valid SCORM 1.2 values', () => {
  QUESTIONS.forEach((q, i) => {
    const r = F.interaction(q, { id: 'slide-' + i + '-{uuid}', index: i, answer: ANSWERS[i], correct: false, latencyMs: 61234, date: new Date(), lang: 'fr' }, '1.2');
    assert.match(r.id, G12.identifier, q.type);
    assert.match(r.type, G12.type, q.type);
    assert.ok(valid12(r.type, r.response), `${q.type} response ${JSON.stringify(r.response)}`);
    if (r.pattern !== null) assert.ok(valid12(r.type, r.pattern), `${q.type} pattern ${JSON.stringify(r.pattern)}`);
    assert.match(r.result, G12.result);
    assert.match(r.weighting, G12.decimal);
    assert.match(r.latency, G12.timespan);
    assert.match(r.time, G12.time);
  });
});

test('every interaction type encodes to valid SCORM 2004 values', () => {
  QUESTIONS.forEach((q, i) => {
    const r = F.interaction(q, { id: 'slide-' + i + '-{uuid}', index: i, answer: ANSWERS[i], correct: true, latencyMs: 61234, date: new Date(), lang: 'fr-CA' }, '2004');
    assert.ok(r.id.length <= 4000 && !/\s/.test(r.id), r.id);
    assert.match(r.type, G04.type);
    assert.ok(valid2004(r.type, r.response, false), `${q.type} response ${JSON.stringify(r.response)}`);
    if (r.pattern !== null) assert.ok(valid2004(r.type, r.pattern, true), `${q.type} pattern ${JSON.stringify(r.pattern)}`);
    assert.match(r.result, G04.result);
    assert.match(r.weighting, G04.decimal);
    assert.match(r.latency, G04.strictDuration);
    assert.match(r.timestamp, G04.timestamp);
    assert.match(r.description, G04.langString250);
  });
});

test('exact per-version encodings (RUNTIME.md §2.3 table)', () => {
  const enc = (q, a, v) => [F.learnerResponse(q, a, v), F.correctPattern(q, v)];
  const [sc, mr, tf, fi, ma, se, nu, nr, li, op] = QUESTIONS;
  assert.deepEqual(enc(sc, 'c2', '1.2'), ['b', 'b']);
  assert.deepEqual(enc(sc, 'c 3', '2004'), ['c_3', 'c2']);
  assert.deepEqual(enc(mr, ['z', 'x'], '1.2'), ['a,c', '{a,c}']);
  assert.deepEqual(enc(mr, ['z', 'x'], '2004'), ['x[,]z', 'x[,]z']);
  assert.deepEqual(enc(tf, false, '1.2'), ['f', 't']);
  assert.deepEqual(enc(tf, false, '2004'), ['false', 'true']);
  assert.deepEqual(enc(fi, ['Capital', 'France'], '1.2'), ['Capital,France', 'capital,France']);
  assert.deepEqual(enc(fi, ['Capital', 'France'], '2004'), ['Capital[,]France', '{case_matters=false}{order_matters=true}capital[,]France']);
  assert.deepEqual(enc(ma, ['p2', 'p1', 'p3'], '1.2'), ['1.b,2.a,3.c', '{1.a,2.b,3.c}']);
  assert.deepEqual(enc(ma, ['p2', 'p1', 'p3'], '2004'), ['p1[.]t_p2[,]p2[.]t_p1[,]p3[.]t_p3', 'p1[.]t_p1[,]p2[.]t_p2[,]p3[.]t_p3']);
  assert.deepEqual(enc(se, ['s3', 's1', 's2'], '1.2'), ['c,a,b', 'a,b,c']);
  assert.deepEqual(enc(se, ['s3', 's1', 's2'], '2004'), ['s3[,]s1[,]s2', 's1[,]s2[,]s3']);
  assert.deepEqual(enc(nu, '42,25', '1.2'), ['42.25', '42']);
  assert.deepEqual(enc(nu, '42,25', '2004'), ['42.25', '41.5[:]42.5']);
  assert.deepEqual(enc(nr, '0', '2004'), ['0', '-2.5[:]10']);
  assert.deepEqual(enc(li, 2, '1.2'), ['3', null]);
  assert.deepEqual(enc(li, 2, '2004'), ['3', null]);
  assert.equal(F.interactionType(op.type, '1.2'), 'fill-in');
  assert.equal(F.interactionType(op.type, '2004'), 'long-fill-in');
  assert.equal(F.learnerResponse(op, 'a\nb', '2004'), 'a b');
  assert.equal(F.learnerResponse(op, 'x'.repeat(300), '1.2').length, 255);
});

test('results and weighting: ungraded types are neutral with weight 0', () => {
  const base = { id: 's', index: 0, latencyMs: 0, date: new Date() };
  assert.equal(F.interaction(QUESTIONS[0], { ...base, answer: 'c1', correct: false }, '1.2').result, 'wrong');
  assert.equal(F.interaction(QUESTIONS[0], { ...base, answer: 'c1', correct: false }, '2004').result, 'incorrect');
  assert.equal(F.interaction(QUESTIONS[0], { ...base, answer: 'c2', correct: true }, '2004').result, 'correct');
  const lk = F.interaction(QUESTIONS[8], { ...base, answer: 1, correct: true }, '2004');
  assert.equal(lk.result, 'neutral');
  assert.equal(lk.weighting, '0');
  assert.equal(lk.pattern, null);
});

test('identifiers: 1.2 strict alphanumeric, 2004 short ids unique after sanitising', () => {
  assert.equal(F.id12('Q1_{6f1c-2a4e}'), 'Q1_6f1c2a4e');
  const q = { type: 'single-choice', choices: [{ id: 'a b', correct: true }, { id: 'a_b', correct: true }, { id: '[,]', correct: false }] };
  const p = F.correctPattern(q, '2004').split('[,]');
  assert.equal(new Set(p).size, p.length);
  assert.ok(p.every((x) => SHORT_ID.test(x)));
  assert.ok(SHORT_ID.test(F.learnerResponse(q, '[,]', '2004')));
});

test('fill-in: 2004 writes every accepted combination (first answers first, at most 5), 1.2 one', () => {
  const fi = QUESTIONS[3];
  const all = F.correctPatterns(fi, '2004');
  assert.deepEqual(all, [
    '{case_matters=false}{order_matters=true}capital[,]France',
    '{case_matters=false}{order_matters=true}main city[,]France'
  ]);
  all.forEach((x) => assert.ok(valid2004('fill-in', x, true), x));
  assert.deepEqual(F.correctPatterns(fi, '1.2'), ['capital,France']);
  const many = { type: 'fill-in', blanks: [{ answers: ['a', 'b', 'c'] }, { answers: ['x', 'y', 'x'] }] };
  const p = F.correctPatterns(many, '2004');
  assert.equal(p.length, 5);
  assert.equal(new Set(p).size, 5, 'no duplicate pattern');
  assert.equal(p[0], '{case_matters=false}{order_matters=true}a[,]x');
  const r = F.interaction(fi, { id: 's', index: 0, answer: ['main city', 'France'], correct: true, latencyMs: 0 }, '2004');
  assert.deepEqual(r.patterns, all);
  assert.equal(r.pattern, all[0]);
  assert.deepEqual(F.interaction(QUESTIONS[8], { id: 's', index: 0, answer: 1, latencyMs: 0 }, '2004').patterns, []);
});

test('1.2 sets in braces only for multiple-response and matching patterns, never in responses', () => {
  const [sc, mr, , , ma, se] = QUESTIONS;
  assert.equal(F.correctPattern(sc, '1.2'), 'b');
  assert.equal(F.correctPattern(mr, '1.2'), '{a,c}');
  assert.equal(F.correctPattern(ma, '1.2'), '{1.a,2.b,3.c}');
  assert.equal(F.correctPattern(se, '1.2'), 'a,b,c', 'sequencing: order matters, no set');
  assert.equal(F.learnerResponse(mr, ['x', 'z'], '1.2'), 'a,c');
});

test('2004 descriptions stay short: language prefix and at most 60 characters, cut at a word', () => {
  const q = { type: 'true-false', answer: true, prompt: '<p>Un client vous explique <b>longuement</b> un problème de facturation, puis vous reformulez ce qu’il a dit.</p>' };
  const d = F.interaction(q, { id: 's', index: 0, answer: true, correct: true, latencyMs: 0, lang: 'fr' }, '2004').description;
  assert.equal(d, '{lang=fr}Un client vous explique longuement un problème de\u2026');
  assert.ok(d.length - '{lang=fr}'.length <= 60);
  assert.match(d, G04.langString250);
  assert.equal(F.interaction({ type: 'true-false', prompt: 'Short?' }, { id: 's', index: 0, latencyMs: 0 }, '2004').description, 'Short?');
});

test('drag-drop reports as matching "item.zone" pairs, hotspot as choice of region ids', () => {
  const dd = QUESTIONS[10], hs = QUESTIONS[11];
  assert.equal(F.interactionType('drag-drop', '1.2'), 'matching');
  assert.equal(F.interactionType('drag-drop', '2004'), 'matching');
  assert.equal(F.interactionType('hotspot', '1.2'), 'choice');
  assert.equal(F.interactionType('hotspot', '2004'), 'choice');
  // Correct patterns: every item with its zone; a 1.2 set in braces like matching.
  assert.equal(F.correctPattern(dd, '1.2'), '{1.a,2.c,3.c}');
  assert.equal(F.correctPattern(dd, '2004'), 'i1[.]z1[,]i2[.]z3[,]i3[.]z3');
  // Responses: the zone chosen per item; an unplaced item is left out.
  assert.equal(F.learnerResponse(dd, ['z2', null, 'z3'], '1.2'), '1.b,3.c');
  assert.equal(F.learnerResponse(dd, ['z2', null, 'z3'], '2004'), 'i1[.]z2[,]i3[.]z3');
  assert.equal(F.learnerResponse(dd, ['z1', 'z3', 'z3'], '2004'), F.correctPattern(dd, '2004'));
  // Hotspot: one pattern per correct region (either is right), the response is the region clicked.
  assert.deepEqual(F.correctPatterns(hs, '1.2'), ['b', 'c']);
  assert.deepEqual(F.correctPatterns(hs, '2004'), ['z2', 'z3']);
  assert.equal(F.learnerResponse(hs, 'z1', '1.2'), 'a');
  assert.equal(F.learnerResponse(hs, 'z3', '2004'), 'z3');

  const r12 = F.interaction(dd, { id: 'slide-dd', index: 10, answer: ['z1', 'z3', 'z3'], correct: true, latencyMs: 12340, date: new Date() }, '1.2');
  assert.deepEqual([r12.id, r12.type, r12.response, r12.pattern, r12.result, r12.weighting, r12.latency],
    ['Q11_slidedd', 'matching', '1.a,2.c,3.c', '{1.a,2.c,3.c}', 'correct', '3', '00:00:12.34']);
  const r04 = F.interaction(hs, { id: 'slide-hs', index: 11, answer: 'z1', correct: false, latencyMs: 4500, date: new Date(), lang: 'fr' }, '2004');
  assert.deepEqual([r04.id, r04.type, r04.response, r04.patterns, r04.result, r04.weighting, r04.latency, r04.description],
    ['urn:capsule:question:slide-hs', 'choice', 'z1', ['z2', 'z3'], 'incorrect', '2', 'PT4.5S', '{lang=fr}Spot']);
});
