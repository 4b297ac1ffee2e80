// SPDX-License-Identifier: MIT
// Draw slides: the seeded draw (draw.js), and the player drawing at each attempt, resuming the
// same questions from suspend_data, counting drawn questions, reporting them under their bank id.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { createWindow } = require('./fake-dom.js');
const dir = '../../resources/player/';
const Draw = require(dir + 'draw.js');
const Suspend = require(dir + 'suspend.js');
const createPlayer = require(dir + 'player.js');

const uuid = (n) => `5e1c0b7a-3d2f-4c8e-9b61-${String(n).padStart(12, '0')}`;
const DIFF = ['easy', 'medium', 'hard'];

// A bank question slide as PlayerData writes it: single choice, b is right.
function bankQuestion(n, extra = {}) {
  return {
    id: uuid(n), kind: 'question', title: `Q${n}`, tags: n % 2 ? ['odd'] : ['even'], difficulty: DIFF[n % 3],
    question: { type: 'single-choice', prompt: `<p>Question ${n}</p>`, points: 1, shuffle: false,
      choices: [{ id: 'a', text: 'A', correct: false }, { id: 'b', text: 'B', correct: true }, { id: 'c', text: 'C', correct: false }] },
    ...extra
  };
}

function drawCourse({ banks = 1, perBank = 10, draws = [{ count: 3 }], runtime = 'scorm12', maxAttempts = 0 } = {}) {
  const bankList = [];
  let n = 0;
  for (let b = 0; b < banks; b++) {
    const questions = [];
    for (let k = 0; k < perBank; k++) questions.push(bankQuestion(++n));
    bankList.push({ id: `bank${b + 1}`, name: `Bank ${b + 1}`, questions });
  }
  const slides = [{ id: 'intro', kind: 'content', title: 'Intro', blocks: [] }];
  draws.forEach((d, i) => slides.push({ id: `draw${i + 1}`, kind: 'draw', title: `Draw ${i + 1}`,
    draw: { banks: bankList.map((b) => b.id), count: 0, tag: '', byDifficulty: false, easy: 0, medium: 0, hard: 0, ...d } }));
  slides.push({ id: 'end', kind: 'result', title: 'Result', passMessage: 'ok', failMessage: 'no' });
  return {
    format: 1, runtime, id: 'course', title: 'Course', language: 'en',
    settings: { navigation: 'free', completion: 'both', passingScore: 80, maxAttempts, scorm12Reporting: 'passed-failed', theme: {} },
    sections: [{ id: 'sec', title: 'Section', slides }],
    banks: bankList
  };
}

function api12(initial = {}) {
  const data = { 'cmi.core.lesson_status': 'not attempted', 'cmi.interactions._count': '0', ...initial };
  return {
    data,
    LMSInitialize: () => 'true', LMSFinish: () => 'true', LMSCommit: () => 'true', LMSGetLastError: () => '0',
    LMSGetValue: (k) => data[k] || '',
    LMSSetValue: (k, v) => { data[k] = v; return 'true'; }
  };
}
function api2004(initial = {}) {
  const data = { 'cmi.completion_status': 'unknown', 'cmi.success_status': 'unknown', ...initial };
  return {
    data,
    Initialize: () => 'true', Terminate: () => 'true', Commit: () => 'true', GetLastError: () => '0',
    GetValue: (k) => data[k] || '',
    SetValue: (k, v) => { data[k] = v; return 'true'; }
  };
}

function launch(course, { api, seed = 7, search = '' } = {}) {
  const win = createWindow(search || (api ? '' : '?runtime=none'));
  win.CapsuleI18n = require(dir + 'i18n.js');
  win.CapsuleScoring = require(dir + 'scoring.js');
  win.CapsuleSuspend = Suspend;
  win.CapsuleDraw = Draw;
  win.CapsuleRuntime = require(dir + 'runtime.js');
  win.CapsuleScormFormat = require(dir + 'scorm-format.js');
  win.CAPSULE_COURSE = course;
  if (seed !== null) win.CAPSULE_SEED = seed;
  if (api) win[course.runtime === 'scorm2004' ? 'API_1484_11' : 'API'] = api;
  const P = createPlayer(win);
  P.boot();
  const doc = win.document;
  const $ = (sel) => doc.querySelector(sel);
  const outline = () => doc.querySelectorAll('.ol-item').map((b) => b.getAttribute('data-slide-id'));
  const drawn = () => outline().filter((id) => id.startsWith('5e1c'));
  const goTo = (id) => doc.querySelectorAll('.ol-item')[outline().indexOf(id)].click();
  const answer = (choice) => { $(`input[value="${choice}"]`).click(); $('button.submit').click(); };
  return { win, doc, P, $, outline, drawn, goTo, answer };
}

test('the PRNG is reproducible for a seed and differs between seeds', () => {
  const seq = (seed) => { const r = Draw.rng(seed); return Array.from({ length: 5 }, () => r()); };
  assert.deepEqual(seq(42), seq(42));
  assert.deepEqual(seq('abc'), seq('abc'));
  assert.notDeepEqual(seq(42), seq(43));
  assert.ok(seq(1).every((x) => x >= 0 && x < 1));
});

test('draws N questions, without replacement across the whole course', () => {
  const course = drawCourse({ banks: 2, perBank: 5, draws: [{ count: 4 }, { count: 4 }, { count: 4 }] });
  for (let seed = 0; seed < 20; seed++) {
    const d = Draw.draw(course, Draw.rng(seed));
    assert.deepEqual(d.map((x) => x.length), [4, 4, 2], 'the last draw gets what is left');
    const all = d.flat();
    assert.equal(new Set(all).size, all.length, 'no question twice');
  }
});

test('tag filter and per-difficulty counts', () => {
  const course = drawCourse({ perBank: 30, draws: [{ count: 5, tag: 'ODD' }, { byDifficulty: true, easy: 1, medium: 2, hard: 3 }] });
  const byId = Object.fromEntries(course.banks[0].questions.map((q) => [q.id, q]));
  const [tagged, levels] = Draw.draw(course, Draw.rng(3));
  assert.equal(tagged.length, 5);
  assert.ok(tagged.every((id) => byId[id].tags.includes('odd')), 'tags match case-insensitively');
  assert.deepEqual(levels.map((id) => byId[id].difficulty), ['easy', 'medium', 'medium', 'hard', 'hard', 'hard']);
  assert.ok(!levels.some((id) => tagged.includes(id)));
});

test('a retake prefers questions the last attempt did not show; keep holds a draw that still fits', () => {
  const course = drawCourse({ perBank: 10, draws: [{ count: 5 }] });
  const rand = Draw.rng(1);
  const first = Draw.draw(course, rand);
  const second = Draw.draw(course, rand, first);
  assert.equal(second[0].filter((id) => first[0].includes(id)).length, 0, 'disjoint when the bank holds 2N');
  const third = Draw.draw(course, rand, second);
  assert.equal(third[0].length, 5);
  // Keep: same draw while it fits; a removed question is replaced.
  assert.deepEqual(Draw.draw(course, rand, null, first), first);
  const smaller = JSON.parse(JSON.stringify(course));
  smaller.banks[0].questions = smaller.banks[0].questions.filter((q) => q.id !== first[0][2]);
  const kept = Draw.draw(smaller, rand, null, first)[0];
  assert.deepEqual(kept.slice(0, 4), first[0].filter((id, k) => k !== 2));
  assert.equal(kept.length, 5);
});

test('the player shows drawn questions in the outline, counter and quiz numbering', () => {
  const p = launch(drawCourse({ perBank: 10, draws: [{ count: 3 }] }));
  assert.equal(p.outline().length, 5, 'intro + 3 drawn + result');
  assert.equal(p.drawn().length, 3);
  assert.ok(!p.outline().includes('draw1'), 'the draw slide itself is not a slide');
  assert.equal(p.$('.counter').textContent, '1 / 5');
  p.goTo(p.drawn()[1]);
  assert.match(p.$('.eyebrow').textContent, /Question 2 \/ 3/);
  assert.equal(p.$('article.slide').getAttribute('data-slide-id'), p.drawn()[1]);
  // Same seed, same draw.
  assert.deepEqual(launch(drawCourse({ perBank: 10, draws: [{ count: 3 }] })).drawn(), p.drawn());
  assert.notDeepEqual(launch(drawCourse({ perBank: 10, draws: [{ count: 3 }] }), { seed: 8 }).drawn(), p.drawn());
});

for (const [version, makeApi] of [['1.2', api12], ['2004', api2004]]) {
  test(`${version}: score counts drawn questions, ids are bank ids, a retake draws again, resume shows the same`, () => {
    const runtime = version === '2004' ? 'scorm2004' : 'scorm12';
    const course = drawCourse({ perBank: 10, draws: [{ count: 4 }], runtime });
    const api = makeApi();
    const p = launch(course, { api });
    const first = p.drawn();
    first.forEach((id, k) => { p.goTo(id); p.answer(k < 2 ? 'b' : 'a'); });
    p.goTo('end');
    assert.equal(p.$('.result-card').getAttribute('data-score'), '50', '2 of 4 drawn questions right');
    const ids = [0, 1, 2, 3].map((k) => api.data[`cmi.interactions.${k}.id`]);
    assert.deepEqual(ids, first.map((id) => version === '2004' ? `urn:capsule:question:${id}` : 'B_' + id.replace(/-/g, '')));
    // Retake: a new draw, other questions.
    p.$('button.retry').click();
    const second = p.drawn();
    assert.equal(second.length, 4);
    assert.equal(second.filter((id) => first.includes(id)).length, 0, 'a retake gets other questions');
    assert.equal(p.$('article.slide').getAttribute('data-slide-id'), second[0], 'retake starts at the first drawn question');
    p.answer('b');
    p.goTo(second[2]);
    // Relaunch from what the LMS stored: same questions, same answers, same slide.
    const v4 = version === '2004';
    const stored = v4
      ? { 'cmi.entry': 'resume', 'cmi.location': api.data['cmi.location'], 'cmi.suspend_data': api.data['cmi.suspend_data'] }
      : { 'cmi.core.entry': 'resume', 'cmi.core.lesson_location': api.data['cmi.core.lesson_location'], 'cmi.suspend_data': api.data['cmi.suspend_data'] };
    const r = launch(course, { api: makeApi(stored), seed: 99 });
    assert.deepEqual(r.drawn(), second, 'resumed attempt shows the same questions');
    assert.equal(r.P.currentSlideId(), second[2]);
    r.goTo(second[0]);
    assert.ok(r.$('article.is-submitted'), 'its answer is restored');
  });
}

test('20 drawn of 200 bank questions, all answered: SCORM 1.2 suspend_data stays under 4,096 characters', () => {
  const course = drawCourse({ banks: 4, perBank: 50, draws: [{ count: 10 }, { byDifficulty: true, easy: 3, medium: 4, hard: 3 }] });
  const api = api12();
  const p = launch(course, { api });
  assert.equal(p.drawn().length, 20);
  p.drawn().forEach((id) => { p.goTo(id); p.answer('b'); });
  p.goTo('end');
  const sd = api.data['cmi.suspend_data'];
  assert.ok(sd.length < 4096, `length ${sd.length}`);
  assert.ok(sd.length < 200, `compact: ${sd.length} characters`);
  assert.match(sd, /^2\|/);
  const r = launch(course, { api: api12({ 'cmi.core.entry': 'resume', 'cmi.suspend_data': sd }), seed: 5 });
  assert.deepEqual(r.drawn(), p.drawn());
  assert.equal(r.$('.result-card').getAttribute('data-score'), '100');
});

test('suspend v2: the draw round trips; a draw that does not fit the course is refused', () => {
  const pool = Array.from({ length: 200 }, (_, i) => uuid(i));
  const questions = [];
  const model = {
    fingerprint: 'fp', pool, draws: 2, slideCount: 0, questions: [], videoCount: 0,
    expand(draw) { const n = draw.flat().length; return { ...model, slideCount: n + 2, questions: questions.slice(0, n) }; }
  };
  for (let i = 0; i < 20; i++) questions.push({ type: i % 2 ? 'open-text' : 'multiple-response', choices: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] });
  const draw = [pool.slice(190, 200), [pool[0], pool[57], pool[120], pool[3], pool[9], pool[10], pool[11], pool[12], pool[13], pool[199 - 14]]];
  const state = {
    draw, slide: 21, visited: Array(22).fill(true), attempt: 2, attemptsDone: 1, quiz: { score: 40, passed: false, failed: false },
    answers: questions.map((q, i) => (q.type === 'open-text' ? `Réponse libre n° ${i} avec des accents et | des barres` : ['a', 'c'])), videos: []
  };
  const s = Suspend.encode(model.expand(draw), state, { limit: 4096 });
  assert.ok(s.length < 4096, `length ${s.length}`);
  const back = Suspend.decode(model, s);
  assert.deepEqual(back.draw, draw);
  assert.deepEqual(back.answers, state.answers);
  const field = s.split('|')[2];
  assert.equal(field.length, 2 * 20 + 1, 'two base36 characters per drawn question of 200');
  for (const bad of ['', field.split('.')[0], field.replace(/^../, '5k'), field.replace(/^../, field.slice(3, 5)), field.replace(/^./, '_')]) {
    assert.equal(Suspend.decode(model, s.replace(field, bad)), null, JSON.stringify(bad));
  }
  // v1 data (no draw field) is refused for a course with draw slides...
  assert.equal(Suspend.decode(model, '1|fp|0|A|1.0||||'), null);
  // ...and still read for a course without.
  const plain = { fingerprint: 'fp', slideCount: 2, questions: [{ type: 'true-false' }], videoCount: 0 };
  const v1 = Suspend.decode(plain, '1|fp|1|D|1.0||1|');
  assert.deepEqual([v1.slide, v1.answers[0], v1.draw.length], [1, true, 0]);
});

test('v1 resume data of a course without draw slides still resumes in the new player', () => {
  const course = drawCourse({ draws: [] });
  delete course.banks;
  course.sections[0].slides.splice(1, 0, { id: 'q', kind: 'question', title: 'Q', question: bankQuestion(1).question });
  // What the previous player wrote: v1, fingerprint of the flat slide list.
  const fp = Suspend.fingerprint(course.sections[0].slides);
  const p = launch(course, { api: api12({ 'cmi.core.entry': 'resume', 'cmi.suspend_data': `1|${fp}|1|D|1.0||1|` }) });
  assert.equal(p.P.currentSlideId(), 'q');
  assert.ok(p.$('article.is-submitted'), 'answer restored');
});

test('preview reload keeps the draw while it fits; a removed bank question is replaced', () => {
  const course = drawCourse({ perBank: 10, draws: [{ count: 3 }] });
  const p = launch(course);
  const before = p.drawn();
  p.goTo(before[0]);
  p.answer('b');
  const same = JSON.parse(JSON.stringify(course));
  same.banks[0].questions[0].title = 'Edited';
  assert.ok(p.P.reload(same));
  assert.deepEqual(p.drawn(), before);
  assert.ok(p.$('article.is-submitted'), 'the answer stays');
  const fewer = JSON.parse(JSON.stringify(course));
  fewer.banks[0].questions = fewer.banks[0].questions.filter((q) => q.id !== before[1]);
  assert.ok(p.P.reload(fewer));
  assert.equal(p.drawn().length, 3);
  assert.deepEqual([p.drawn()[0], p.drawn().includes(before[1])], [before[0], false]);
});

test('?slide=<draw slide id> starts at its first drawn question', () => {
  const course = drawCourse({ perBank: 10, draws: [{ count: 3 }] });
  const p = launch(course, { search: '?runtime=none&slide=draw1' });
  assert.equal(p.P.currentSlideId(), p.drawn()[0]);
});
