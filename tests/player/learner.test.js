// SPDX-License-Identifier: MIT
// What learners read and see, on the fake DOM: plain-text fields stay text, survey items, plurals,
// fast video playback, drafts kept across a relaunch.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { createWindow } = require('./fake-dom.js');
const dir = '../../resources/player/';
const createPlayer = require(dir + 'player.js');

const MARKUP = '<b>bold</b> <script>alert(1)</script> <img src=x onerror=alert(2)> <a href="#">a</a> & &amp; "q" \'s\'';
const mk = (label) => label + ' ' + MARKUP;

function api12(initial = {}) {
  const data = { 'cmi.core.lesson_status': 'not attempted', 'cmi.interactions._count': '0', ...initial };
  return {
    data,
    LMSInitialize: () => 'true', LMSFinish: () => 'true', LMSCommit: () => 'true', LMSGetLastError: () => '0',
    LMSGetValue: (k) => data[k] || '',
    LMSSetValue: (k, v) => { data[k] = v; return 'true'; }
  };
}

function launch(course, { search = '', api } = {}) {
  const win = createWindow(search);
  win.CapsuleI18n = require(dir + 'i18n.js');
  win.CapsuleScoring = require(dir + 'scoring.js');
  win.CapsuleSuspend = require(dir + 'suspend.js');
  win.CapsuleDraw = require(dir + 'draw.js');
  win.CapsuleRuntime = require(dir + 'runtime.js');
  win.CapsuleScormFormat = require(dir + 'scorm-format.js');
  win.CAPSULE_COURSE = course;
  if (api) win.API = api;
  const P = createPlayer(win);
  P.boot();
  const doc = win.document;
  const $ = (sel) => doc.querySelector(sel);
  const goTo = (id) => doc.querySelectorAll('.ol-item')[flat(course).findIndex((s) => s.id === id)].click();
  return { win, doc, P, $, goTo, all: (sel) => doc.querySelectorAll(sel) };
}
const flat = (c) => c.sections.flatMap((s) => s.slides);

function markupCourse() {
  return {
    format: 1, runtime: 'scorm12', id: 'm', title: mk('Course'), language: 'en',
    settings: { navigation: 'free', completion: 'all-slides-viewed', passingScore: 50, maxAttempts: 0, theme: {} },
    sections: [{ id: 's', title: mk('Section'), slides: [
      { id: 'c', kind: 'content', title: mk('Content'), blocks: [
        { type: 'heading', level: 2, text: mk('Heading') },
        { type: 'image', src: 'media/x.png', alt: mk('Alt'), caption: mk('Caption'), width: null, height: null }] },
      { id: 'lik', kind: 'question', title: mk('Likert'), question: { type: 'likert', prompt: 'p', points: 0, scale: [mk('Low'), mk('High')] } },
      { id: 'mat', kind: 'question', title: mk('Matching'), question: { type: 'matching', prompt: 'p', points: 1,
        pairs: [{ id: 'p1', source: mk('Src1'), target: mk('Tgt1') }, { id: 'p2', source: mk('Src2'), target: mk('Tgt2') }] } },
      { id: 'seq', kind: 'question', title: mk('Sequencing'), question: { type: 'sequencing', prompt: 'p', points: 1,
        items: [{ id: 'i1', text: mk('First') }, { id: 'i2', text: mk('Second') }] } },
      { id: 'fil', kind: 'question', title: mk('Fill'), question: { type: 'fill-in', prompt: 'p', points: 1,
        cloze: mk('Cloze') + ' [[1]] end', blanks: [{ id: 'b1', label: mk('Blank1'), answers: ['x'] }, { id: 'b2', label: mk('Blank2'), answers: ['y'] }] } },
      { id: 'vid', kind: 'video', title: mk('Video'), video: { src: 'media/v.mp4', mimeType: 'video/mp4', poster: null,
        tracks: [{ src: 'media/en.vtt', lang: 'en', label: mk('Track') }], requiredPercent: 0, durationMs: 1000 } }
    ] }]
  };
}

test('every plain-text field is shown as text, markup characters included', () => {
  const p = launch(markupCourse(), { search: '?runtime=none' });
  const texts = (sel) => p.all(sel).map((e) => e.textContent);
  assert.equal(p.$('.course-title').textContent, mk('Course'));
  assert.equal(p.$('.outline-section-title').textContent, mk('Section'));
  assert.deepEqual(texts('.ol-title'), ['Content', 'Likert', 'Matching', 'Sequencing', 'Fill', 'Video'].map(mk));
  assert.equal(p.$('.slide-title').textContent, mk('Content'));
  assert.equal(p.$('.block-heading').textContent, mk('Heading'));
  assert.equal(p.$('figure').children[0].getAttribute('alt'), mk('Alt'));
  assert.equal(p.$('figcaption').textContent, mk('Caption'));
  p.goTo('lik');
  assert.deepEqual(texts('.option-label'), [mk('Low'), mk('High')]);
  p.goTo('mat');
  assert.deepEqual(texts('.match-source'), [mk('Src1'), mk('Src2')]);
  assert.deepEqual(p.$('select').children.map((o) => o.textContent).slice(1).sort(), [mk('Tgt1'), mk('Tgt2')]);
  p.goTo('seq');
  assert.deepEqual(texts('.seq-text').sort(), [mk('First'), mk('Second')]);
  p.goTo('fil');
  assert.equal(p.$('.cloze-text').textContent, mk('Cloze') + '  end');
  assert.equal(p.$('input.blank').getAttribute('aria-label'), mk('Blank1'));
  assert.equal(p.$('.blank-label').textContent, mk('Blank2'));
  p.goTo('vid');
  assert.equal(p.$('track').getAttribute('label'), mk('Track'));
  assert.equal(p.$('.slide-title').textContent, mk('Video'));
});

function surveyCourse(language = 'en') {
  return {
    format: 1, runtime: 'scorm12', id: 'sv', title: 'Survey course', language,
    settings: { navigation: 'free', completion: 'both', passingScore: 50, maxAttempts: 0, theme: {} },
    sections: [{ id: 's', title: 'S', slides: [
      { id: 'q1', kind: 'question', title: 'One', question: { type: 'true-false', prompt: 'p', points: 1, answer: true } },
      { id: 'lik', kind: 'question', title: 'Opinion', question: { type: 'likert', prompt: 'p', points: 0, scale: ['No', 'Yes'] } },
      { id: 'q2', kind: 'question', title: 'Two', question: { type: 'true-false', prompt: 'p', points: 2, answer: false } },
      { id: 'open', kind: 'question', title: 'Comment', question: { type: 'open-text', prompt: 'p', points: 0, maxLength: 0 } },
      { id: 'end', kind: 'result', title: 'Result', passMessage: 'ok', failMessage: 'no' }
    ] }]
  };
}

test('ungraded questions are survey items: own label, outside the quiz numbering, neutral confirmation', () => {
  for (const [lang, survey] of [['en', 'Survey'], ['fr', 'Sondage']]) {
    const p = launch(surveyCourse(lang), { search: '?runtime=none' });
    assert.equal(p.$('.eyebrow').textContent, 'Question 1 / 2 · 1 point');
    p.goTo('lik');
    assert.equal(p.$('.eyebrow').textContent, survey);
    p.$('input[value="1"]').click();
    p.$('button.submit').click();
    const fb = p.$('.feedback');
    assert.equal(fb.getAttribute('data-result'), 'neutral');
    assert.ok(fb.classList.contains('feedback-neutral'));
    assert.ok(!p.$('.feedback-points'), 'no points on a survey item');
    p.goTo('q2');
    assert.equal(p.$('.eyebrow').textContent, 'Question 2 / 2 · 2 points');
    p.goTo('open');
    assert.equal(p.$('.eyebrow').textContent, survey);
  }
});

test('points are singular for one point (result facts and feedback)', () => {
  const c = surveyCourse('fr');
  const p = launch(c, { search: '?runtime=none' });
  p.$('input[value="false"]').click();
  p.$('button.submit').click();
  assert.equal(p.$('.feedback-points').textContent, '0 sur 1 point');
  p.goTo('q2');
  p.$('input[value="false"]').click();
  p.$('button.submit').click();
  assert.equal(p.$('.feedback-points').textContent, '2 sur 2 points');
  p.goTo('end');
  assert.equal(p.$('.result-facts').children[0].textContent, '2 sur 3 points');
});

test('fast playback counts at most twice the real time', () => {
  const c = markupCourse();
  const v = flat(c).find((s) => s.id === 'vid');
  v.video.requiredPercent = 80;
  v.video.durationMs = 60000;
  const realNow = Date.now;
  let clock = 1e12;
  Date.now = () => clock;
  try {
    const p = launch(c, { search: '?runtime=none&slide=vid' });
    const video = p.$('video');
    video.duration = 60;
    video.playbackRate = 16;
    video.paused = false;
    video.emit('play');
    // 16x: 4 s of media per 250 ms of real time, for 3.5 s (56 s of the 60 s video).
    for (let k = 1; k <= 14; k++) { clock += 250; video.currentTime = 4 * k; video.emit('timeupdate'); }
    const watched = Number(p.$('.video-bar').getAttribute('aria-valuenow'));
    assert.ok(watched <= 12 && watched >= 11, `3.5 s at 2x = 7 s = 11.7 %, got ${watched} %`);
    assert.ok(!p.$('.video-label').classList.contains('is-done'));
    // Normal speed counts in full.
    video.playbackRate = 1;
    video.emit('seeking'); video.currentTime = 0; video.emit('seeked');
    for (let k = 1; k <= 20; k++) { clock += 250; video.currentTime = k * 0.25; video.emit('timeupdate'); }
    // [0, 5] played in full, plus the twelve 0.5 s ranges counted at 16x after 5 s: 11 s.
    assert.equal(Number(p.$('.video-bar').getAttribute('aria-valuenow')), Math.round(11 / 60 * 100));
  } finally {
    Date.now = realNow;
  }
});

test('an answer chosen but not submitted comes back on relaunch (SCORM 1.2 suspend_data)', () => {
  const c = surveyCourse('en');
  c.sections[0].slides.splice(3, 0,
    { id: 'mat', kind: 'question', title: 'Match', question: { type: 'matching', prompt: 'p', points: 1, pairs: [{ id: 'a', source: 'A', target: 'x' }, { id: 'b', source: 'B', target: 'y' }] } },
    { id: 'fil', kind: 'question', title: 'Fill', question: { type: 'fill-in', prompt: 'p', points: 1, cloze: 'a [[1]] b [[2]]', blanks: [{ id: 'b1', answers: ['x'] }, { id: 'b2', answers: ['y'] }] } });
  const api = api12();
  const p = launch(c, { api });
  p.$('input[value="true"]').click(); // q1: chosen, not submitted
  p.goTo('lik');
  p.$('input[value="0"]').click();
  p.$('button.submit').click();
  p.goTo('mat');
  const sel = p.all('select')[1];
  sel.value = 'a';
  sel.emit('change');
  p.goTo('fil');
  const blank = p.$('input.blank');
  blank.value = 'café, ~|';
  blank.emit('input');
  p.win.listeners.filter((l) => l.type === 'pagehide').forEach((l) => l.fn({ persisted: false }));
  const saved = api.data['cmi.suspend_data'];
  assert.ok(saved && saved.length <= 4096, saved);

  const again = launch(c, { api: api12({ 'cmi.core.entry': 'resume', 'cmi.suspend_data': saved, 'cmi.core.lesson_location': 'fil' }) });
  assert.equal(again.P.currentSlideId(), 'fil');
  assert.equal(again.$('input.blank').value, 'café, ~|');
  again.goTo('q1');
  assert.ok(again.$('input[value="true"]').checked, 'draft choice restored');
  assert.ok(!again.$('button.submit').disabled, 'and can be submitted');
  assert.ok(!again.$('.feedback'), 'not submitted');
  again.goTo('lik');
  assert.ok(again.$('.feedback'), 'the submitted survey answer stays submitted');
  again.goTo('mat');
  assert.equal(again.all('select')[1].value, 'a');
  assert.equal(again.all('select')[0].value, '');
});

test('caption text embedded in the course data (web packages) is used through a blob: URL', async () => {
  const c = markupCourse();
  const v = flat(c).find((s) => s.id === 'vid');
  const vtt = 'WEBVTT\n\n00:00.000 --> 00:01.000\nBonjour <i>à tous</i>\n';
  v.video.tracks = [{ src: 'media/fr.vtt', lang: 'fr', label: 'Français', vtt }, { src: 'media/en.vtt', lang: 'en', label: 'English' }];
  const win = createWindow('?runtime=none&slide=vid');
  Object.assign(win, {
    CapsuleI18n: require(dir + 'i18n.js'), CapsuleScoring: require(dir + 'scoring.js'), CapsuleSuspend: require(dir + 'suspend.js'), CapsuleDraw: require(dir + 'draw.js'),
    CapsuleRuntime: require(dir + 'runtime.js'), CapsuleScormFormat: require(dir + 'scorm-format.js'), CAPSULE_COURSE: c, URL, Blob
  });
  createPlayer(win).boot();
  const tracks = win.document.querySelectorAll('track');
  assert.match(tracks[0].getAttribute('src'), /^blob:/);
  const blob = await (await import('node:buffer')).resolveObjectURL(tracks[0].getAttribute('src'));
  assert.equal(await blob.text(), vtt);
  assert.equal(blob.type, 'text/vtt');
  assert.equal(tracks[1].getAttribute('src'), 'media/en.vtt', 'no text: the file');
});

test('drag-drop and hotspot: image with SVG regions, zone lists and a radio group; text stays text', () => {
  const image = { src: 'media/screen.png', alt: mk('Screen'), width: 800, height: 450 };
  const regions = [{ id: 'z1', label: mk('Record'), p: '0,0 50,0 50,50 0,50', c: [25, 25] }, { id: 'z2', label: mk('Notes'), p: '60,10 90,10 75,40', c: [75, 25] }];
  const course = {
    format: 1, runtime: 'scorm12', id: 'rg', title: 'Regions', language: 'fr',
    settings: { navigation: 'free', completion: 'quiz-passed', passingScore: 50, maxAttempts: 0, theme: {} },
    sections: [{ id: 's', title: 'S', slides: [
      { id: 'dd', kind: 'question', title: 'Drop', question: { type: 'drag-drop', prompt: 'p', points: 2, shuffle: false, image, regions,
        items: [{ id: 'i1', text: mk('Address'), zone: 'z1' }, { id: 'i2', text: 'Call-back', zone: 'z2' }] } },
      { id: 'hs', kind: 'question', title: 'Spot', question: { type: 'hotspot', prompt: 'p', points: 1, shuffle: false, image, regions,
        choices: [{ id: 'z1', text: 'Record', correct: false }, { id: 'z2', text: 'Notes', correct: true }] } }
    ] }]
  };
  const api = api12();
  const p = launch(course, { api });
  // Drag-drop: the image with its alternative text, a zone list per item (labelled by the item).
  assert.equal(p.$('.rg').children[0].getAttribute('alt'), mk('Screen'));
  assert.match(p.$('.rg-svg').html, /<polygon data-k="1" points="60,10 90,10 75,40"\/>/);
  assert.equal(p.$('.hint').textContent, 'Faites glisser chaque élément sur sa zone de l’image, ou choisissez sa zone dans la liste.');
  assert.deepEqual(p.all('.match-source').map((e) => e.textContent), [mk('Address'), 'Call-back']);
  const sels = p.all('select.match-select');
  assert.deepEqual(sels[0].children.map((o) => o.textContent).slice(1), [mk('Record'), mk('Notes')]);
  sels[0].value = 'z1';
  sels[0].emit('change');
  sels[1].value = 'z2';
  sels[1].emit('change');
  // The zones list what was dropped on them.
  assert.deepEqual(p.all('.rg-tag').map((e) => e.textContent), [mk('Address'), 'Call-back']);
  p.$('button.submit').click();
  assert.equal(api.data['cmi.interactions.0.type'], 'matching');
  assert.equal(api.data['cmi.interactions.0.student_response'], '1.a,2.b');
  assert.equal(api.data['cmi.interactions.0.result'], 'correct');
  // Hotspot: a radio group of the regions; choosing one is a choice interaction.
  p.goTo('hs');
  assert.equal(p.$('.hint').textContent, 'Cliquez au bon endroit de l’image, ou choisissez-le dans la liste.');
  assert.equal(p.$('.options').getAttribute('role'), 'radiogroup');
  const radios = p.$('.options').querySelectorAll('input');
  radios[0].checked = true;
  radios[0].emit('change');
  p.$('button.submit').click();
  assert.equal(api.data['cmi.interactions.1.type'], 'choice');
  assert.equal(api.data['cmi.interactions.1.student_response'], 'a');
  assert.equal(api.data['cmi.interactions.1.correct_responses.0.pattern'], 'b');
  assert.equal(api.data['cmi.interactions.1.result'], 'wrong');
});
