// SPDX-License-Identifier: MIT
// A multi-language package (export --lang all): the start language (?lang=, LMS preference,
// browser, source), the switch mid-course keeping answers and resume data, right-to-left pages.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { createWindow } = require('./fake-dom.js');
const dir = '../../resources/player/';
const createPlayer = require(dir + 'player.js');

function makeApi(version, initial = {}) {
  const v4 = version === '2004';
  const data = v4 ? { 'cmi.completion_status': 'unknown', 'cmi.success_status': 'unknown', ...initial }
    : { 'cmi.core.lesson_status': 'not attempted', 'cmi.interactions._count': '0', ...initial };
  const log = [];
  const fns = v4 ? ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError']
    : ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError'];
  const api = { data, log, sets: () => log.filter((x) => x.startsWith('set ')) };
  api[fns[0]] = () => { log.push('init'); return 'true'; };
  api[fns[1]] = () => { log.push('finish'); return 'true'; };
  api[fns[2]] = (k) => data[k] || '';
  api[fns[3]] = (k, v) => { log.push('set ' + k + '=' + v); data[k] = v; return 'true'; };
  api[fns[4]] = () => { log.push('commit'); return 'true'; };
  api[fns[5]] = () => '0';
  return api;
}

// One course in French (the source) and English: same ids and structure, other texts.
function courseIn(lang, runtime) {
  const fr = lang === 'fr';
  return {
    format: 1, runtime, id: 'c', title: fr ? 'Accueil client' : 'Customer care', language: lang,
    settings: { navigation: 'free', completion: 'both', passingScore: 50, maxAttempts: 0, scorm12Reporting: 'passed-failed', theme: {} },
    sections: [{ id: 'sec', title: fr ? 'Partie' : 'Part', slides: [
      { id: 'intro', kind: 'content', title: fr ? 'Bienvenue' : 'Welcome', blocks: [{ type: 'text', html: fr ? '<p>Bonjour</p>' : '<p>Hello</p>' }] },
      { id: 'q1', kind: 'question', title: fr ? 'Couleur' : 'Colour', question: { type: 'single-choice', prompt: fr ? '<p>Choisissez</p>' : '<p>Pick one</p>', points: 1,
        choices: [{ id: 'a', text: fr ? 'Rouge' : 'Red' }, { id: 'b', text: fr ? 'Bleu' : 'Blue', correct: true }] } },
      { id: 'q2', kind: 'question', title: fr ? 'Salutation' : 'Greeting', question: { type: 'fill-in', prompt: '<p>?</p>', points: 1, cloze: '[[1]]',
        blanks: [{ id: '1', label: '', caseSensitive: false, answers: [fr ? 'Bonjour' : 'Hello'], alt: [fr ? 'Hello' : 'Bonjour'] }] } },
      { id: 'end', kind: 'result', title: fr ? 'Résultat' : 'Result', passMessage: fr ? 'Bravo' : 'Well done', failMessage: fr ? 'Encore' : 'Again' }
    ] }]
  };
}
function multi(runtime = 'scorm2004') {
  const c = courseIn('fr', runtime);
  c.languages = [{ code: 'fr', name: 'Français' }, { code: 'en', name: 'English' }];
  c.translations = { en: courseIn('en', runtime) };
  return c;
}

function launch(course, { search = '', api, navigator } = {}) {
  const win = createWindow(search);
  if (navigator) win.navigator = navigator;
  win.CapsuleI18n = require(dir + 'i18n.js');
  win.CapsuleScoring = require(dir + 'scoring.js');
  win.CapsuleSuspend = require(dir + 'suspend.js');
  win.CapsuleDraw = require(dir + 'draw.js');
  win.CapsuleRuntime = require(dir + 'runtime.js');
  win.CapsuleScormFormat = require(dir + 'scorm-format.js');
  win.CapsuleBlocks = require(dir + 'blocks.js');
  win.CAPSULE_COURSE = course;
  if (api) win[course.runtime === 'scorm2004' ? 'API_1484_11' : 'API'] = api;
  const P = createPlayer(win);
  P.boot();
  const doc = win.document;
  const $ = (sel) => doc.querySelector(sel);
  return {
    win, doc, P, $,
    title: () => $('.slide-title').textContent,
    goTo: (i) => doc.querySelectorAll('.ol-item')[i].click()
  };
}

test('the LMS learner preference picks the start language (2004 learner_preference, 1.2 student_preference)', () => {
  const p = launch(multi('scorm2004'), { api: makeApi('2004', { 'cmi.learner_preference.language': 'en' }) });
  assert.equal(p.title(), 'Welcome');
  assert.equal(p.$('button.next').textContent, 'Next');
  assert.equal(p.doc.documentElement.lang, 'en');
  const q = launch(multi('scorm12'), { api: makeApi('1.2', { 'cmi.student_preference.language': 'en-US' }) });
  assert.equal(q.title(), 'Welcome', 'en-US matches en');
});

test('without a preference: the browser languages, else the source; ?lang= comes first', () => {
  assert.equal(launch(multi(), { api: makeApi('2004'), navigator: { languages: ['de-DE', 'en-GB'], language: 'de-DE' } }).title(), 'Welcome');
  assert.equal(launch(multi(), { api: makeApi('2004'), navigator: { languages: ['ja'] } }).title(), 'Bienvenue');
  assert.equal(launch(multi(), { api: makeApi('2004') }).title(), 'Bienvenue');
  assert.equal(launch(multi(), { search: '?lang=fr', api: makeApi('2004', { 'cmi.learner_preference.language': 'en' }) }).title(), 'Bienvenue');
});

test('the outline offers the languages; a one-language course has no picker', () => {
  const p = launch(multi(), { api: makeApi('2004') });
  const opts = p.$('#lang-select').children;
  assert.deepEqual(opts.map((o) => o.getAttribute('value')), ['fr', 'en']);
  assert.deepEqual(opts.map((o) => o.textContent), ['Français', 'English']);
  assert.equal(p.$('label[for="lang-select"]').textContent, 'Langue');
  assert.equal(launch(courseIn('fr', 'scorm2004'), { api: makeApi('2004') }).$('#lang-select'), null);
});

for (const version of ['1.2', '2004']) {
  test(`${version}: a switch mid-course keeps answers, resume data and score, and records the preference`, () => {
    const v4 = version === '2004';
    const api = makeApi(version, { [v4 ? 'cmi.learner_preference.language' : 'cmi.student_preference.language']: 'en' });
    const p = launch(multi(v4 ? 'scorm2004' : 'scorm12'), { api });
    p.goTo(1);
    p.$('input[value="b"]').click();
    p.$('button.submit').click();
    assert.match(p.$('.feedback-title').textContent, /^Correct/);
    p.goTo(2);
    const blank = p.$('input[data-blank="0"]');
    blank.value = 'Hello';
    blank.emit('input');
    p.$('button.submit').click();
    const interactions = api.sets().filter((x) => /interactions\.\d+\.id=/.test(x)).length;
    const suspend = api.data['cmi.suspend_data'];
    const score = api.data[v4 ? 'cmi.score.raw' : 'cmi.core.score.raw'];
    assert.equal(score, '100');
    assert.ok(p.P.language('fr'));
    assert.equal(p.title(), 'Salutation', 'same slide, French texts');
    assert.equal(p.doc.documentElement.lang, 'fr');
    assert.match(p.$('.feedback-title').textContent, /Bonne réponse/, 'the English answer is still right');
    assert.equal(p.$('input[data-blank="0"]').value, 'Hello', 'the answer is kept');
    assert.equal(p.$('button.next').textContent, 'Suivant');
    assert.equal(api.data[v4 ? 'cmi.learner_preference.language' : 'cmi.student_preference.language'], 'fr');
    assert.equal(api.data['cmi.suspend_data'], suspend, 'resume data does not depend on the language');
    p.goTo(1);
    assert.equal(p.$('input[value="b"]').checked, true, 'the choice is kept');
    // The same steps in a French run give the same resume data.
    const fr = makeApi(version);
    const f = launch(multi(v4 ? 'scorm2004' : 'scorm12'), { api: fr });
    f.goTo(1);
    f.$('input[value="b"]').click();
    f.$('button.submit').click();
    f.goTo(2);
    f.$('input[data-blank="0"]').value = 'Hello';
    f.$('input[data-blank="0"]').emit('input');
    f.$('button.submit').click();
    assert.equal(f.title(), 'Salutation');
    assert.equal(fr.data['cmi.suspend_data'], suspend);
    assert.equal(api.data[v4 ? 'cmi.score.raw' : 'cmi.core.score.raw'], score);
    assert.equal(api.sets().filter((x) => /interactions\.\d+\.id=/.test(x)).length, interactions, 'no interaction added by the switch');
    assert.equal(p.P.language('fr'), false, 'already French');
    assert.equal(p.P.language('de'), false, 'not a language of the course');
  });
}

test('a relaunch with resume data and the preference resumes in that language', () => {
  const api = makeApi('2004');
  const p = launch(multi(), { api });
  p.goTo(1);
  p.$('input[value="b"]').click();
  p.$('button.submit').click();
  p.P.language('en');
  p.win.listeners.filter((l) => l.type === 'pagehide').forEach((l) => l.fn({ persisted: false }));
  const again = makeApi('2004', { 'cmi.suspend_data': api.data['cmi.suspend_data'], 'cmi.location': api.data['cmi.location'],
    'cmi.entry': 'resume', 'cmi.learner_preference.language': api.data['cmi.learner_preference.language'] });
  const r = launch(multi(), { api: again });
  assert.equal(r.title(), 'Colour');
  assert.equal(r.$('input[value="b"]').checked, true);
});

test('right-to-left languages: dir="rtl" on the page, arrows marked to mirror', () => {
  const c = courseIn('fr', 'scorm2004');
  c.language = 'ar';
  const p = launch(c, { api: makeApi('2004') });
  assert.equal(p.doc.documentElement.dir, 'rtl');
  assert.equal(p.$('button.next').textContent, 'التالي');
  assert.match(p.$('button.next').children[1].className, /\bflip\b/);
  assert.equal(launch(courseIn('fr', 'scorm2004'), { api: makeApi('2004') }).doc.documentElement.dir, 'ltr');
});

test('a package carries its tables in the data ("ui"); a missing language falls back to English', () => {
  const I18n = require(dir + 'i18n.js');
  I18n.add({ xx: { next: 'Nexxt', _decimal: '.' } });
  const t = I18n.create('xx');
  assert.equal(t('next'), 'Nexxt');
  assert.equal(t('previous'), 'Previous');
  delete I18n.strings.xx;
});

test('web package: the chosen language is kept in its localStorage entry for the next visit', () => {
  const store = {};
  const localStorage = { getItem: (k) => (k in store ? store[k] : null), setItem: (k, v) => { store[k] = String(v); } };
  const web = () => {
    const c = multi('web');
    const win = createWindow('');
    win.localStorage = localStorage;
    win.CapsuleI18n = require(dir + 'i18n.js');
    win.CapsuleScoring = require(dir + 'scoring.js');
    win.CapsuleSuspend = require(dir + 'suspend.js');
    win.CapsuleDraw = require(dir + 'draw.js');
    win.CapsuleRuntime = require(dir + 'runtime.js');
    win.CapsuleScormFormat = require(dir + 'scorm-format.js');
    win.CapsuleBlocks = require(dir + 'blocks.js');
    win.CAPSULE_COURSE = c;
    const P = createPlayer(win);
    P.boot();
    return { P, win, title: () => win.document.querySelector('.slide-title').textContent };
  };
  const first = web();
  assert.equal(first.title(), 'Bienvenue');
  first.P.language('en');
  assert.equal(first.title(), 'Welcome');
  first.win.listeners.filter((l) => l.type === 'pagehide').forEach((l) => l.fn({ persisted: false }));
  assert.equal(JSON.parse(store['capsule:progress:c']).language, 'en');
  assert.equal(web().title(), 'Welcome', 'the next visit starts in English');
});

test('a switch keeps what was watched of a video whose file differs by language', () => {
  const withVideo = (c, file) => {
    c.sections[0].slides.splice(1, 0, { id: 'clip', kind: 'video', title: 'Clip',
      video: { src: `media/${file}.mp4`, mimeType: 'video/mp4', tracks: [], requiredPercent: 80, durationMs: 10000 } });
    return c;
  };
  const course = withVideo(multi(), 'clip-fr');
  withVideo(course.translations.en, 'clip-en');
  const api = makeApi('2004');
  const realNow = Date.now;
  let clock = 1e12;
  Date.now = () => clock;
  try {
    const p = launch(course, { api });
    p.goTo(1);
    const video = p.$('video');
    assert.equal(video.querySelector('source').getAttribute('src'), 'media/clip-fr.mp4');
    video.duration = 10;
    video.paused = false;
    video.emit('play');
    for (let k = 1; k <= 24; k++) { clock += 250; video.currentTime = k * 0.25; video.emit('timeupdate'); }
    assert.equal(p.$('.video-bar').getAttribute('aria-valuenow'), '60');
    assert.ok(p.P.language('en'));
    const english = p.$('video');
    assert.equal(english.querySelector('source').getAttribute('src'), 'media/clip-en.mp4', 'the English file');
    assert.equal(p.$('.video-bar').getAttribute('aria-valuenow'), '60', 'the share watched in French counts');
    const suspend = api.data['cmi.suspend_data'];
    assert.ok(p.P.language('fr'));
    assert.equal(p.$('.video-bar').getAttribute('aria-valuenow'), '60', 'and back in French');
    assert.equal(api.data['cmi.suspend_data'], suspend, 'resume data does not depend on the language');
  } finally {
    Date.now = realNow;
  }
});
