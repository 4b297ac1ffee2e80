// SPDX-License-Identifier: MIT
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

test('player code shipped in packages stays under 40 KB gzipped', async () => {
  const { measure, BUDGET } = await import(pathToFileURL(path.join(__dirname, 'size-check.mjs')).href);
  const r = measure();
  assert.ok(r.files.some((f) => f.file === 'player.js'));
  assert.ok(r.total <= BUDGET, `gzipped total ${r.total} B exceeds ${BUDGET} B`);
});

test('every shipped player file carries the MIT SPDX header', () => {
  const fs = require('node:fs');
  const dir = path.join(__dirname, '..', '..', 'resources', 'player');
  for (const f of fs.readdirSync(dir)) {
    if (fs.statSync(path.join(dir, f)).isDirectory()) continue; // i18n/: JSON data (no comments)
    const head = fs.readFileSync(path.join(dir, f), 'utf8').split('\n').slice(0, 3).join('\n');
    assert.match(head, /SPDX-License-Identifier: MIT/, f);
  }
});

test('index.html loads course data first and classic scripts only (file:// safe)', () => {
  const fs = require('node:fs');
  const html = fs.readFileSync(path.join(__dirname, '..', '..', 'resources', 'player', 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
  assert.match(scripts[0], /src="content\/course\.js"/);
  assert.ok(scripts.every((s) => !/type="module"/.test(s)));
  assert.doesNotMatch(html, /https?:\/\//, 'no remote resources');
});

test('the shipped page loads one script and one stylesheet', (t) => {
  const fs = require('node:fs');
  const dir = process.env.CAPSULE_PLAYER_DIR;
  if (!dir) return t.skip('CAPSULE_PLAYER_DIR is not set (ctest sets it to the built player)');
  assert.deepEqual(fs.readdirSync(dir).sort(), ['index.html', 'player.css', 'player.js']);
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  assert.deepEqual([...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]), ['content/course.js', 'player.js']);
  assert.deepEqual([...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]), ['player.css']);
  const script = fs.readFileSync(path.join(dir, 'player.js'), 'utf8');
  for (const name of ['CapsuleI18n', 'CapsuleScoring', 'CapsuleScormFormat', 'CapsuleSuspend', 'CapsuleDraw',
    'CapsuleRuntime', 'CapsuleBlocks', 'CapsulePlayer']) assert.ok(script.includes(name), name);
});
