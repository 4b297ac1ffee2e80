// SPDX-License-Identifier: MIT
// blocks.js through player.js on a fake DOM: ARIA patterns, keyboard, completion rules, resume.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { createWindow } = require('./fake-dom.js');
const dir = '../../resources/player/';
const createPlayer = require(dir + 'player.js');
const Suspend = require(dir + 'suspend.js');

const items = (n) => Array.from({ length: n }, (_, i) => ({ title: 'T' + (i + 1), html: '<p>Body ' + (i + 1) + '</p>' }));

function makeCourse(required) {
  return {
    format: 1, runtime: 'scorm12', id: 'c', title: 'Course', language: 'en',
    settings: { navigation: 'linear', completion: 'all-viewed', passingScore: 50, maxAttempts: 0, theme: {} },
    sections: [{ id: 'sec', title: 'Section', slides: [
      { id: 'blocks', kind: 'content', title: 'Blocks', blocks: [
        { type: 'tabs', items: items(3), required },
        { type: 'accordion', items: items(2), required },
        { type: 'flip-cards', items: items(2) },
        { type: 'steps', items: items(2) },
        { type: 'checklist', items: items(2) },
        { type: 'quote', html: '<p>Q</p>', cite: 'Ada' },
        { type: 'key-figure', value: '87 %', label: 'pass rate' },
        { type: 'divider' }, { type: 'spacer' },
        { type: 'button', label: 'Docs', url: 'https://example.org/' },
        { type: 'button', label: 'Back', slide: 'end' },
        { type: 'table', header: true, rows: [['A', 'B'], ['1', '2', '3']] },
        { type: 'labelled-graphic', src: 'media/x.png', alt: 'Plan', items: [{ title: 'M1', html: '<p>one</p>', x: 10, y: 20 }], required },
        { type: 'gallery', items: [{ title: 'P1', src: 'media/a.png', alt: 'a' }, { title: 'P2', src: 'media/b.png', alt: 'b' }] },
        { type: 'image-text', src: 'media/x.png', alt: 'x', html: '<p>Side</p>', side: 'right', share: 'third' }
      ] },
      { id: 'end', kind: 'content', title: 'End', blocks: [] }
    ] }]
  };
}

function api12(initial = {}) {
  const data = { 'cmi.core.lesson_status': 'not attempted', ...initial };
  return {
    data,
    LMSInitialize: () => 'true', LMSFinish: () => 'true', LMSGetValue: (k) => data[k] || '',
    LMSSetValue: (k, v) => { data[k] = v; return 'true'; }, LMSCommit: () => 'true', LMSGetLastError: () => '0'
  };
}

function launch(course, api) {
  const win = createWindow(api ? '' : '?runtime=none');
  win.CapsuleI18n = require(dir + 'i18n.js');
  win.CapsuleScoring = require(dir + 'scoring.js');
  win.CapsuleSuspend = Suspend;
  win.CapsuleRuntime = require(dir + 'runtime.js');
  win.CapsuleScormFormat = require(dir + 'scorm-format.js');
  win.CapsuleBlocks = require(dir + 'blocks.js')(win);
  win.CapsuleDraw = require(dir + 'draw.js');
  win.CAPSULE_COURSE = course;
  if (api) win.API = api;
  const P = createPlayer(win);
  P.boot();
  const doc = win.document;
  return { win, doc, P, $: (s) => doc.querySelector(s), $$: (s) => doc.querySelectorAll(s) };
}
const key = (el, k) => el.dispatchEvent({ type: 'keydown', key: k, preventDefault() {} });

test('tabs follow the WAI-ARIA tabs pattern: one tab stop, arrows, Home and End', () => {
  const p = launch(makeCourse(false));
  const tabs = p.$$('.tab');
  const panels = p.$$('.tabpanel');
  assert.equal(tabs.length, 3);
  assert.deepEqual(tabs.map((t) => t.getAttribute('aria-selected')), ['true', 'false', 'false']);
  assert.deepEqual(tabs.map((t) => t.getAttribute('tabindex')), ['0', '-1', '-1']);
  assert.deepEqual(panels.map((x) => x.hidden), [false, true, true]);
  assert.equal(tabs[0].getAttribute('aria-controls'), panels[0].id);
  assert.equal(panels[0].getAttribute('aria-labelledby'), tabs[0].id);
  key(tabs[0], 'ArrowRight');
  assert.equal(p.doc.activeElement, tabs[1]);
  assert.deepEqual(panels.map((x) => x.hidden), [true, false, true]);
  key(tabs[1], 'End');
  assert.equal(p.doc.activeElement, tabs[2]);
  key(tabs[2], 'ArrowRight');
  assert.equal(p.doc.activeElement, tabs[0], 'wraps around');
  key(tabs[0], 'ArrowLeft');
  assert.equal(tabs[2].getAttribute('aria-selected'), 'true');
});

test('accordion, flip cards and the labelled graphic are disclosures and a dialog', () => {
  const p = launch(makeCourse(false));
  const acc = p.$$('.acc-btn');
  assert.equal(acc[0].getAttribute('aria-expanded'), 'false');
  const panel = p.doc.getElementById(acc[0].getAttribute('aria-controls'));
  assert.ok(panel.hidden);
  acc[0].click();
  assert.equal(acc[0].getAttribute('aria-expanded'), 'true');
  assert.ok(!panel.hidden);
  key(acc[0], 'ArrowDown');
  assert.equal(p.doc.activeElement, acc[1]);
  const card = p.$('.card-front');
  card.click();
  assert.equal(card.getAttribute('aria-expanded'), 'true');
  assert.ok(!p.doc.getElementById(card.getAttribute('aria-controls')).hidden);
  const marker = p.$('.marker');
  assert.equal(marker.getAttribute('aria-haspopup'), 'dialog');
  assert.equal(marker.getAttribute('style'), 'left:10%;top:20%');
  marker.click();
  const dlg = p.$('dialog.marker-dialog');
  assert.ok(dlg, 'the marker opens a dialog');
  assert.equal(p.doc.getElementById(dlg.getAttribute('aria-labelledby')).textContent, 'M1');
  dlg.querySelector('button').click();
  assert.equal(p.$('dialog.marker-dialog'), null);
  assert.equal(p.doc.activeElement, marker, 'focus returns to the marker');
});

test('static blocks: table header, safe link, slide button, gallery navigation', () => {
  const p = launch(makeCourse(false));
  assert.deepEqual(p.$$('th').map((x) => x.getAttribute('scope')), ['col', 'col', 'col']);
  assert.equal(p.$$('td').length, 3);
  const link = p.$('a.btn');
  assert.equal(link.getAttribute('target'), '_blank');
  assert.match(link.getAttribute('rel'), /noopener/);
  assert.equal(p.$('strong').textContent, '87 %');
  const pics = p.$$('figure[role="group"]');
  assert.deepEqual(pics.map((x) => x.hidden), [false, true]);
  p.$('.gallery-nav').querySelectorAll('button')[1].click();
  assert.deepEqual(pics.map((x) => x.hidden), [true, false]);
  assert.equal(p.$('.gallery-status').textContent, '2 of 2');
  assert.ok(p.$('.block-imgtext.side-right.third'));
  p.$$('.block-button')[1].querySelector('button').click();
  assert.equal(p.P.currentSlideId(), 'end', 'the slide button goes to its slide');
});

test('required blocks hold the slide back until every item is opened, and resume remembers them', () => {
  const api = api12();
  const p = launch(makeCourse(true), api);
  const next = p.$('button.next');
  assert.ok(next.classList.contains('is-locked'), 'tabs, accordion and graphic not yet opened');
  const tabs = p.$$('.tab');
  tabs[1].click();
  p.$$('.acc-btn')[0].click();
  p.$$('.acc-btn')[1].click();
  p.$('.marker').click();
  p.$('dialog.marker-dialog').querySelector('button').click();
  assert.ok(next.classList.contains('is-locked'), 'one tab still unseen');
  const saved = api.data['cmi.suspend_data'];
  assert.match(saved, /\|B[^|]*$/, 'the block state is a trailing field');
  const again = launch(makeCourse(true), api12({ 'cmi.suspend_data': saved, 'cmi.core.entry': 'resume' }));
  assert.ok(again.$('button.next').classList.contains('is-locked'));
  again.$$('.tab')[2].click();
  assert.ok(!again.$('button.next').classList.contains('is-locked'), 'resumed state plus the last tab completes it');
});

test('suspend: the block field round-trips, and data without it still decodes', () => {
  const model = { fingerprint: 'f', slideCount: 1, questions: [], videoCount: 0, blocks: [{ n: 8 }, { media: 1 }] };
  const state = { slide: 0, visited: [true], attempt: 1, attemptsDone: 0, quiz: { score: null }, answers: [], videos: [],
    blocks: [{ done: false, seen: [true, false, true, false, false, false, false, true] }, { done: true, ranges: [[0, 4.5]] }] };
  const s = Suspend.encode(model, state);
  const back = Suspend.decode(model, s);
  assert.deepEqual(back.blocks[0].seen, state.blocks[0].seen);
  assert.equal(back.blocks[0].done, false);
  assert.equal(back.blocks[1].done, true);
  assert.deepEqual(back.blocks[1].ranges, [[0, 4.5]]);
  assert.deepEqual(back.drafts, [], 'the block field is not read as drafts');
  const old = Suspend.decode(model, s.replace(/\|\|B.*$/, ''));
  assert.deepEqual(old.blocks.map((b) => b.done), [false, false]);
});

test('a draft that starts with "B" is read as a draft, not as the block field', () => {
  const model = { fingerprint: 'f', slideCount: 1, questions: [{ type: 'open-text' }], videoCount: 0, blocks: [{ n: 2 }] };
  const state = { slide: 0, visited: [true], attempt: 1, attemptsDone: 0, quiz: { score: null }, answers: [undefined],
    drafts: ['Bonjour'], videos: [], blocks: [{ done: true, seen: [true, true] }] };
  const back = Suspend.decode(model, Suspend.encode(model, state));
  assert.equal(back.drafts[0], 'Bonjour');
  assert.equal(back.blocks[0].done, true);
  const withoutBlocks = Suspend.decode(model, Suspend.encode(Object.assign({}, model, { blocks: [] }), state));
  assert.equal(withoutBlocks.drafts[0], 'Bonjour');
  assert.equal(withoutBlocks.blocks[0].done, false);
});
