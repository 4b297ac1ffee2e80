// SPDX-License-Identifier: MIT
// player.js on a fake DOM: start slide, ?lang=, review mode, and reload() keeping the learner's state.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { createWindow } = require('./fake-dom.js');
const dir = '../../resources/player/';
const createPlayer = require(dir + 'player.js');

function api12(initial = {}) {
  const data = { 'cmi.core.lesson_status': 'not attempted', 'cmi.interactions._count': '0', ...initial };
  const log = [];
  return {
    data, log,
    sets: () => log.filter((x) => x.startsWith('set ')),
    LMSInitialize: () => { log.push('init'); return 'true'; },
    LMSFinish: () => { log.push('finish'); return 'true'; },
    LMSGetValue: (k) => data[k] || '',
    LMSSetValue: (k, v) => { log.push('set ' + k + '=' + v); data[k] = v; return 'true'; },
    LMSCommit: () => { log.push('commit'); return 'true'; },
    LMSGetLastError: () => '0'
  };
}

function api2004(initial = {}) {
  const data = { 'cmi.completion_status': 'unknown', 'cmi.success_status': 'unknown', ...initial };
  const log = [];
  return {
    data, log,
    sets: () => log.filter((x) => x.startsWith('set ')),
    Initialize: () => { log.push('init'); return 'true'; },
    Terminate: () => { log.push('finish'); return 'true'; },
    GetValue: (k) => data[k] || '',
    SetValue: (k, v) => { log.push('set ' + k + '=' + v); data[k] = v; return 'true'; },
    Commit: () => { log.push('commit'); return 'true'; },
    GetLastError: () => '0'
  };
}

const choice = (id, correct) => ({ id, text: id.toUpperCase(), correct: !!correct });

function makeCourse(over = {}) {
  return {
    format: 1, runtime: 'scorm12', id: 'c', title: 'Course', language: 'en',
    settings: { navigation: 'free', completion: 'both', passingScore: 50, maxAttempts: 0, scorm12Reporting: 'passed-failed', theme: { vars: { primary: '#1f4e79' }, cls: 'hd-bar pg-card dn-comfortable' } },
    sections: [{ id: 'sec', title: 'Section', slides: [
      { id: 'intro', kind: 'content', title: 'Intro', blocks: [{ type: 'text', html: '<p>Hello</p>' }] },
      { id: 'q1', kind: 'question', title: 'Colour', question: { type: 'single-choice', prompt: '<p>Pick</p>', points: 1, choices: [choice('a'), choice('b', true), choice('c')] } },
      { id: 'q2', kind: 'question', title: 'Truth', question: { type: 'true-false', prompt: '<p>Sky is blue</p>', points: 1, answer: true } },
      { id: 'clip', kind: 'video', title: 'Clip', video: { src: 'media/clip.mp4', mimeType: 'video/mp4', tracks: [], requiredPercent: 80, durationMs: 2000 } },
      { id: 'end', kind: 'result', title: 'Result', passMessage: 'Well done', failMessage: 'Try again' }
    ] }],
    ...over
  };
}

// A copy of the course with fn(slides, settings) applied (the editor's next version).
function edit(course, fn) {
  const c = JSON.parse(JSON.stringify(course));
  fn(c.sections[0].slides, c.settings, c);
  return c;
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
  if (api) win[course.runtime === 'scorm2004' ? 'API_1484_11' : 'API'] = api;
  const P = createPlayer(win);
  P.boot();
  const doc = win.document;
  const $ = (sel) => doc.querySelector(sel);
  let current = course;
  return {
    win, doc, P, $,
    reload: (c) => { if (c && c.sections && c.sections.length) current = c; return P.reload(c); },
    title: () => $('.slide-title').textContent,
    goTo: (id) => doc.querySelectorAll('.ol-item')[current.sections[0].slides.findIndex((s) => s.id === id)].click(),
    answerChoice: (value) => { $(`input[value="${value}"]`).click(); $('button.submit').click(); }
  };
}

test('?slide= starts at that slide without resume data; unknown ids start at the first slide', () => {
  assert.equal(launch(makeCourse(), { search: '?runtime=none&slide=q2' }).P.currentSlideId(), 'q2');
  assert.equal(launch(makeCourse(), { search: '?runtime=none&slide=nope' }).P.currentSlideId(), 'intro');
  assert.equal(launch(makeCourse(), { search: '?runtime=none' }).P.currentSlideId(), 'intro');
  const resumed = launch(makeCourse(), { search: '?slide=q2', api: api12({ 'cmi.core.lesson_location': 'clip', 'cmi.core.entry': 'resume' }) });
  assert.equal(resumed.P.currentSlideId(), 'clip', 'resume data wins over ?slide=');
});

test('linear course started at a later slide: earlier slides open, later ones locked until done', () => {
  const course = makeCourse();
  course.settings.navigation = 'linear';
  const p = launch(course, { search: '?runtime=none&slide=q2' });
  const items = p.doc.querySelectorAll('.ol-item');
  assert.deepEqual(items.map((b) => b.classList.contains('is-locked')), [false, false, false, true, true]);
  assert.ok(p.$('button.next').classList.contains('is-locked'), 'the start slide must be done first');
  p.$('button.next').click();
  assert.equal(p.P.currentSlideId(), 'q2');
  p.answerChoice('true');
  p.$('button.next').click();
  assert.equal(p.P.currentSlideId(), 'clip');
  p.goTo('intro');
  assert.equal(p.P.currentSlideId(), 'intro', 'a skipped slide can be visited');
  assert.ok(!p.$('button.next').classList.contains('is-locked'), 'skipped slides never lock Next');
});

test('?lang= overrides the UI language when supported, else the course language is used', () => {
  assert.equal(launch(makeCourse(), { search: '?runtime=none&lang=fr' }).$('button.next').textContent, 'Suivant');
  assert.equal(launch(makeCourse(), { search: '?runtime=none&lang=ja' }).$('button.next').textContent, 'Next');
  assert.equal(launch(makeCourse(), { search: '?runtime=none&lang=de' }).$('button.next').textContent, 'Weiter');
  assert.equal(launch(makeCourse({ language: 'fr-CA' }), { search: '?runtime=none&lang=xx' }).$('button.next').textContent, 'Suivant');
  const p = launch(makeCourse(), { search: '?runtime=none&lang=fr-FR' });
  assert.equal(p.$('button.prev').textContent, 'Précédent');
  assert.equal(p.doc.documentElement.lang, 'en', 'the content language stays the course language');
});

test('reload keeps the slide, answers and attempt, in the same LMS session', () => {
  const course = makeCourse();
  const api = api12();
  const p = launch(course, { api });
  p.goTo('q1');
  p.answerChoice('b');
  p.goTo('q2');
  const before = api.log.length;
  const next = edit(course, (s) => {
    s[0].title = 'Welcome';
    s.splice(1, 0, { id: 'new', kind: 'content', title: 'New', blocks: [] });
    s[2].question.prompt = '<p>Pick one colour</p>';
  });
  assert.equal(p.reload(next), true);
  assert.equal(p.P.currentSlideId(), 'q2');
  assert.equal(p.title(), 'Truth');
  assert.equal(p.doc.querySelectorAll('.ol-item').length, 6, 'outline rebuilt');
  const calls = api.log.slice(before);
  assert.ok(!calls.includes('init') && !calls.includes('finish'), 'no new Initialize, no Finish');
  assert.ok(!calls.some((c) => /lesson_status|interactions/.test(c)), 'no status change, no interaction: ' + calls);
  p.goTo('q1');
  assert.ok(p.$('input[value="b"]').checked, 'answer kept');
  assert.ok(p.$('.feedback-correct'), 'feedback shown again');
  assert.equal(p.$('.prompt').textContent, 'Pick one colour');
});

test('reload: a deleted current slide moves to its nearest neighbour', () => {
  const course = makeCourse();
  const p = launch(course, { search: '?runtime=none&slide=q2' });
  p.reload(edit(course, (s) => { s.splice(2, 1); }));
  assert.equal(p.P.currentSlideId(), 'clip', 'the following slide takes its place');
  const c2 = edit(course, (s) => { s.splice(2, 1); });
  p.reload(edit(c2, (s) => { s.splice(2, 2); }));
  assert.equal(p.P.currentSlideId(), 'q1', 'the previous slide when nothing follows');
});

test('reload drops answers that no longer fit: other type, removed choice; keeps valid ones', () => {
  const course = makeCourse();
  const p = launch(course, { search: '?runtime=none' });
  p.goTo('q1');
  p.answerChoice('b');
  p.goTo('q2');
  p.answerChoice('true');
  p.reload(edit(course, (s) => { s[1].question.type = 'multiple-response'; }));
  p.goTo('q1');
  assert.equal(p.$('.feedback'), null, 'changed type: answer dropped');
  assert.ok(!p.$('input[value="b"]').checked);
  p.goTo('q2');
  assert.ok(p.$('.feedback'), 'other answers kept');

  const q = launch(course, { search: '?runtime=none' });
  q.goTo('q1');
  q.answerChoice('a');
  q.reload(edit(course, (s) => { s[1].question.choices.splice(0, 1); }));
  assert.equal(q.$('.feedback'), null, 'the chosen choice was deleted: answer dropped');
  q.reload(edit(course, (s) => { s[1].question.choices[0].correct = true; }));
  assert.equal(q.$('.feedback'), null, 'a dropped answer stays dropped');

  const d = launch(course, { search: '?runtime=none&slide=q1' });
  d.$('input[value="c"]').click();
  d.reload(edit(course, (s) => { s[1].title = 'Draft kept'; }));
  assert.ok(d.$('input[value="c"]').checked, 'an unsubmitted choice (draft) is kept');
  assert.ok(!d.$('button.submit').disabled);

  const m = launch(course, { search: '?runtime=none&slide=q1' });
  m.answerChoice('b');
  course.sections[0].slides[1].question.type = 'multiple-response'; // the same object, mutated in place
  m.reload(course);
  assert.equal(m.$('.feedback'), null, 'type change detected on data mutated in place');
});

test('reload re-evaluates the quiz: passing score change, reopened attempt', () => {
  const course = makeCourse();
  const api = api12();
  const p = launch(course, { api });
  p.goTo('q1');
  p.answerChoice('b');
  p.goTo('q2');
  p.answerChoice('false');
  p.goTo('end');
  assert.equal(p.$('.verdict').getAttribute('data-verdict'), 'passed');
  assert.equal(api.data['cmi.core.score.raw'], '50');
  p.reload(edit(course, (s, st) => { st.passingScore = 80; }));
  assert.equal(p.$('.verdict').getAttribute('data-verdict'), 'failed');
  assert.ok(p.$('button.retry'), 'a retake is offered under the new passing score');
  p.reload(edit(course, (s) => { s.splice(3, 0, { id: 'q3', kind: 'question', title: 'More', question: { type: 'true-false', prompt: 'x', points: 1, answer: false } }); }));
  assert.ok(p.$('.result-pending'), 'a new graded question reopens the attempt');
  p.goTo('q3');
  p.answerChoice('false');
  assert.equal(api.data['cmi.core.score.raw'], '66.67');
});

test('reload keeps focus on the same control and never takes it when the frame is not focused', () => {
  const course = makeCourse();
  const p = launch(course, { search: '?runtime=none' });
  p.goTo('q1');
  p.$('input[value="c"]').focus();
  p.reload(edit(course, (s) => { s[1].title = 'Colour?'; }));
  assert.equal(p.doc.activeElement, p.$('input[value="c"]'));
  assert.ok(p.doc.activeElement.parentNode, 'the new element, in the page');
  p.$('button.next').focus();
  p.reload(edit(course, (s) => { s[1].title = 'Colour!'; }));
  assert.equal(p.doc.activeElement, p.$('button.next'), 'chrome buttons are kept');
  p.doc.querySelectorAll('.ol-item')[2].focus();
  p.reload(edit(course, (s) => { s.splice(0, 1); }));
  assert.equal(p.doc.activeElement.getAttribute('data-index'), '1', 'outline entry of the same slide');
  p.$('input[value="a"]').focus();
  p.reload(edit(course, (s) => { s[1].question.choices.splice(0, 1); }));
  assert.equal(p.doc.activeElement, p.$('.slide-title'), 'element gone: the slide title');
  p.doc.activeElement = p.doc.body;
  p.doc.focused = false;
  p.reload(edit(course, (s) => { s[1].title = 'Again'; }));
  assert.equal(p.doc.activeElement, p.doc.body, 'no focus taken from the editor');
});

test('reload keeps a playing video element when its source is unchanged', () => {
  const course = makeCourse();
  const p = launch(course, { search: '?runtime=none&slide=clip' });
  const video = p.$('video');
  video.paused = false;
  video.currentTime = 1.2;
  p.reload(edit(course, (s) => { s[3].title = 'Clip!'; s[3].video.tracks = [{ src: 'media/en.vtt', lang: 'en', label: 'English' }]; }));
  assert.equal(p.$('video'), video, 'same element: playback goes on');
  assert.equal(video.querySelectorAll('track').length, 1);
  assert.equal(video.getAttribute('aria-label'), 'Clip!');
  p.reload(edit(course, (s) => { s[3].video.src = 'media/other.mp4'; }));
  assert.notEqual(p.$('video'), video, 'new source: new element');
});

test('reload applies new settings and theme, refuses unusable data', () => {
  const course = makeCourse();
  const p = launch(course, { search: '?runtime=none' });
  assert.equal(p.doc.documentElement.className, 'hd-bar pg-card dn-comfortable');
  p.reload(edit(course, (s, st, c) => { st.navigation = 'linear'; st.theme.vars.primary = '#ff0000'; st.theme.cls = 'hd-plain pg-full-bleed dn-compact dark'; c.title = 'Renamed'; }));
  assert.equal(p.doc.documentElement.style.getPropertyValue('--primary'), '#ff0000');
  assert.equal(p.doc.documentElement.className, 'hd-plain pg-full-bleed dn-compact dark', 'layout classes replaced, not piled up');
  assert.equal(p.$('.course-title').textContent, 'Renamed');
  assert.ok(p.doc.querySelectorAll('.ol-item')[4].classList.contains('is-locked'), 'linear navigation applied');
  assert.equal(p.reload({ sections: [] }), false);
  assert.equal(p.reload(null), false);
  assert.equal(p.P.currentSlideId(), 'intro');
  assert.equal(p.$('.course-title').textContent, 'Renamed');
});

test('the theme is assigned as given: every variable, the layout classes; a missing theme is harmless', () => {
  const course = makeCourse();
  course.settings.theme = { vars: { primary: '#123456', 'primary-ink': '#ffffff', ink: '#e6edf3', radius: '4px', font: 'serif' }, cls: 'hd-centered pg-card dn-spacious dark' };
  const p = launch(course, { search: '?runtime=none' });
  const style = p.doc.documentElement.style;
  assert.equal(style.getPropertyValue('--primary'), '#123456');
  assert.equal(style.getPropertyValue('--ink'), '#e6edf3');
  assert.equal(style.getPropertyValue('--radius'), '4px');
  assert.equal(style.getPropertyValue('--font'), 'serif');
  assert.ok(p.doc.documentElement.classList.contains('dark'));
  const bare = makeCourse();
  delete bare.settings.theme;
  const q = launch(bare, { search: '?runtime=none' });
  assert.equal(q.P.currentSlideId(), 'intro');
  assert.equal(q.doc.documentElement.className, '');
});

test('cover page: course title over the hero image, Start opens the first slide; no progress, no id', () => {
  const course = makeCourse({ description: 'Learn it all' });
  course.settings.theme = { vars: {}, cls: '', cover: true, coverImage: 'media/hero.jpg' };
  const api = api12();
  const p = launch(course, { api });
  const cover = p.$('section.intro.cover');
  assert.ok(cover, 'the cover replaces the first slide on a fresh start');
  assert.ok(cover.classList.contains('has-img'));
  assert.match(cover.getAttribute('style'), /--hero:url\("media\/hero.jpg"\)/);
  assert.equal(cover.getAttribute('aria-labelledby'), 'intro-title');
  assert.equal(p.$('#intro-title').textContent, 'Course');
  assert.equal(p.$('.intro-desc').textContent, 'Learn it all');
  assert.equal(p.$('.slide-title'), null);
  assert.equal(p.P.currentSlideId(), 'intro', 'the slide behind the cover is the current one');
  assert.equal(p.$('.counter').textContent, '1 / 5', 'the cover is not a slide');
  p.$('section.intro').querySelector('button').click();
  assert.equal(p.$('section.intro'), null);
  assert.equal(p.title(), 'Intro');
  assert.equal(p.doc.activeElement, p.$('.slide-title'), 'focus moves to the slide title');
  // Next from the cover does the same as Start.
  const q = launch(course, { search: '?runtime=none' });
  q.$('button.next').click();
  assert.equal(q.title(), 'Intro');
  assert.equal(q.P.currentSlideId(), 'intro');
  // Resuming skips the cover.
  const r = launch(course, { api: api12({ 'cmi.core.lesson_location': 'q2', 'cmi.core.entry': 'resume' }) });
  assert.equal(r.$('section.intro'), null);
  assert.equal(r.title(), 'Truth');
  // No image: the cover is drawn in the theme's colours.
  course.settings.theme.coverImage = null;
  assert.ok(!launch(course, { search: '?runtime=none' }).$('section.intro.cover').classList.contains('has-img'));
});

test('section pages introduce each section going forward; ids, progress and resume data are unchanged', () => {
  const course = makeCourse();
  const slides = course.sections[0].slides;
  course.sections = [
    { id: 's1', title: 'Basics', slides: slides.slice(0, 2) },
    { id: 's2', title: 'Going further', slides: slides.slice(2) }
  ];
  const plainApi = api12();
  const plain = launch(JSON.parse(JSON.stringify(course)), { api: plainApi });
  course.settings.theme = { vars: {}, cls: '', sectionPages: true };
  const api = api12();
  const p = launch(course, { api });
  assert.equal(p.$('#intro-title').textContent, 'Basics', 'the first section is introduced at the start');
  assert.equal(p.$('section.intro').querySelector('.eyebrow').textContent, 'Part 1');
  p.$('section.intro').querySelector('button').click();
  assert.equal(p.title(), 'Intro');
  p.$('button.next').click();
  assert.equal(p.title(), 'Colour', 'no page inside a section');
  p.answerChoice('b');
  p.$('button.next').click();
  assert.equal(p.$('#intro-title').textContent, 'Going further');
  assert.equal(p.$('section.intro').querySelector('.eyebrow').textContent, 'Part 2');
  assert.equal(p.P.currentSlideId(), 'q2');
  assert.equal(p.$('.counter').textContent, '3 / 5');
  p.$('button.next').click();
  assert.equal(p.title(), 'Truth');
  p.$('button.prev').click();
  assert.equal(p.title(), 'Colour', 'going back shows no section page');
  const outline = (x, k) => x.doc.querySelectorAll('.ol-item')[k].click();
  outline(p, 0);
  outline(p, 2);
  assert.equal(p.title(), 'Truth', 'nor does a jump from the outline');
  // The same learner path without section pages sends the same interactions and location.
  plain.$('button.next').click();
  plain.answerChoice('b');
  plain.$('button.next').click();
  plain.$('button.prev').click();
  outline(plain, 0);
  outline(plain, 2);
  const tracked = (a) => a.sets().filter((x) => !/session_time|latency|\.time=/.test(x));
  assert.deepEqual(tracked(api), tracked(plainApi));
});

for (const [version, makeApi, modeKey] of [['1.2', api12, 'cmi.core.lesson_mode'], ['2004', api2004, 'cmi.mode']]) {
  test(`review mode (${version}) records nothing but exit, shows a badge, navigates freely`, () => {
    const api = makeApi({ [modeKey]: 'review' });
    const course = makeCourse({ runtime: version === '1.2' ? 'scorm12' : 'scorm2004' });
    course.settings.navigation = 'linear';
    const p = launch(course, { api });
    assert.ok(p.$('.is-review'), 'review badge');
    p.goTo('q2');
    assert.equal(p.P.currentSlideId(), 'q2', 'free navigation');
    p.answerChoice('true');
    p.$('button.exit-btn').click();
    // In a frame a 2004 LMS is also asked to take the learner back (a navigation, not data).
    assert.deepEqual(api.sets().map((x) => x.replace(/=.*/, '')), version === '1.2' ? ['set cmi.core.exit'] : ['set cmi.exit', 'set adl.nav.request']);
    assert.ok(api.log.includes('finish'));
  });
}

const fire = (win, type, ev) => win.listeners.filter((l) => l.type === type).forEach((l) => l.fn(ev));

for (const [version, makeApi] of [['1.2', api12], ['2004', api2004]]) {
  const v4 = version === '2004';
  const runtime = v4 ? 'scorm2004' : 'scorm12';
  const sessionEl = v4 ? 'cmi.session_time' : 'cmi.core.session_time';

  test(`${version}: every commit carries the session time and the bookmark`, () => {
    const api = makeApi();
    const p = launch(makeCourse({ runtime }), { api });
    p.goTo('q2');
    const log = api.log;
    const commits = log.map((x, i) => (x === 'commit' ? i : -1)).filter((i) => i >= 0);
    assert.ok(commits.length >= 2);
    for (const c of commits) {
      const before = log.slice(0, c);
      assert.ok(before.some((x) => x.startsWith('set ' + sessionEl + '=')), 'session time before each commit');
    }
    assert.equal(api.data[v4 ? 'cmi.location' : 'cmi.core.lesson_location'], 'q2');
  });

  test(`${version}: leaving by page dismissal is one ${v4 ? 'Terminate' : 'LMSFinish'}, no Commit, even after a failed commit`, () => {
    const api = makeApi();
    const p = launch(makeCourse({ runtime }), { api });
    p.goTo('q1');
    p.answerChoice('b');
    api[v4 ? 'Commit' : 'LMSCommit'] = () => { api.log.push('commit'); return 'false'; };
    fire(p.win.document, 'visibilitychange', {}); // still visible: nothing
    p.win.document.visibilityState = 'hidden';
    fire(p.win.document, 'visibilitychange', {});
    assert.equal(api.log[api.log.length - 1], 'commit', 'hidden: a commit (which fails here)');
    const mark = api.log.length;
    fire(p.win, 'pagehide', { persisted: false });
    const tail = api.log.slice(mark);
    assert.equal(tail.filter((x) => x === 'finish').length, 1, 'finish once, despite the failed commit');
    assert.ok(!tail.includes('commit'), 'no Commit during dismissal: ' + tail.join(' | '));
    assert.ok(tail.some((x) => x.startsWith('set ' + sessionEl + '=')), 'session time set before finishing');
    assert.equal(tail[tail.length - 1], 'finish');
    fire(p.win, 'pagehide', { persisted: false });
    assert.equal(api.log.filter((x) => x === 'finish').length, 1, 'never twice');
  });

  test(`${version}: Exit inside an LMS frame says where to go on${v4 ? ' and asks the LMS for suspendAll' : ''}`, () => {
    const api = makeApi();
    const p = launch(makeCourse({ runtime, language: 'fr' }), { api });
    p.$('button.exit-btn').click();
    assert.equal(p.$('h1').textContent, 'Vous avez quitté le module');
    assert.match(p.$('p').textContent, /enregistrée.*navigation de la plateforme/);
    const sets = api.sets();
    if (v4) {
      assert.equal(sets[sets.length - 1], 'set adl.nav.request=suspendAll', 'nav request just before Terminate');
    } else {
      assert.ok(!sets.some((x) => /adl\.nav/.test(x)));
    }
    assert.deepEqual(api.log.filter((x) => x === 'commit' || x === 'finish').slice(-2), ['commit', 'finish'], 'Exit is not a dismissal: Commit, then finish');
    const top = launch(makeCourse({ runtime, language: 'fr' }), { api: makeApi() });
    top.win.top = top.win; // a top-level window (an LMS pop-up): it can be closed
    top.$('button.exit-btn').click();
    assert.equal(top.$('h1').textContent, 'Vous pouvez fermer cette fenêtre');
    const failing = makeApi();
    failing[v4 ? 'Terminate' : 'LMSFinish'] = () => 'false';
    const f = launch(makeCourse({ runtime }), { api: failing });
    f.$('button.exit-btn').click();
    assert.match(f.$('p').textContent, /did not confirm/);
    assert.equal(f.doc.body.getAttribute('data-exited'), 'unconfirmed');
  });
}

test('patch re-renders the current slide in place: same LMS session, answers and outline kept', () => {
  const course = makeCourse();
  const api = api12();
  const p = launch(course, { api });
  p.goTo('q1');
  p.answerChoice('b');
  const before = api.log.length;
  const q1 = edit(course, (s) => { s[1].title = 'Colour!'; s[1].question.prompt = '<p>Pick one</p>'; s[1].question.choices[2].text = 'Cyan'; }).sections[0].slides[1];
  assert.equal(p.P.patch(q1), true);
  assert.equal(p.title(), 'Colour!');
  assert.match(p.$('.prompt').textContent, /Pick one/);
  assert.ok(p.$('.feedback'), 'the submitted answer is still shown');
  assert.equal(p.doc.querySelectorAll('.ol-title')[1].textContent, 'Colour!');
  assert.ok(!api.log.slice(before).includes('init') && !api.log.slice(before).includes('finish'), 'same session');
  // Another slide: its data changes, the current one stays on screen.
  const intro = edit(course, (s) => { s[0].title = 'Welcome'; }).sections[0].slides[0];
  assert.equal(p.P.patch(intro), true);
  assert.equal(p.title(), 'Colour!');
  assert.equal(p.doc.querySelectorAll('.ol-title')[0].textContent, 'Welcome');
  p.goTo('intro');
  assert.equal(p.title(), 'Welcome');
});

test('patch refuses what needs a reload: another kind or type, an answer that no longer fits, unknown ids', () => {
  const course = makeCourse();
  const p = launch(course, { api: api12() });
  p.goTo('q1');
  p.answerChoice('b');
  assert.equal(p.P.patch(edit(course, (s) => { s[1].question.type = 'multiple-response'; }).sections[0].slides[1]), false);
  assert.equal(p.P.patch(edit(course, (s) => { s[1].question.choices.splice(1, 1); }).sections[0].slides[1]), false);
  assert.equal(p.P.patch(edit(course, (s) => { s[0].kind = 'result'; }).sections[0].slides[0]), false);
  assert.equal(p.P.patch(edit(course, (s) => { s[3].video.src = 'media/other.mp4'; }).sections[0].slides[3]), false);
  assert.equal(p.P.patch({ id: 'nope', kind: 'content', blocks: [] }), false);
  assert.equal(p.title(), 'Colour', 'nothing changed');
});

test('show goes to any slide without the navigation rules; blocks carry their index for click to edit', () => {
  const course = makeCourse();
  course.settings.navigation = 'linear';
  course.sections[0].slides[0].blocks.push({ type: 'heading', text: 'Two', level: 2 });
  const p = launch(course, { search: '?runtime=none' });
  assert.equal(p.P.show('end'), true);
  assert.equal(p.P.currentSlideId(), 'end');
  assert.equal(p.P.show('nope'), false);
  assert.equal(p.P.currentSlideId(), 'end');
  p.P.show('intro');
  assert.deepEqual(p.doc.querySelectorAll('[data-b]').map((e) => e.getAttribute('data-b')), ['0', '1']);
});
