// SPDX-License-Identifier: MIT
// Prints the gzipped size of the player code shipped in every package (everything that is not
// course content or media) and exits 1 above the 40 KB budget. It measures what ships: the
// minified player the build makes (CAPSULE_PLAYER_DIR, set by ctest to build/resources/player),
// else the sources in resources/player.
//   [CAPSULE_PLAYER_DIR=build/resources/player] node tests/player/size-check.mjs [--json]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const BUDGET = 40 * 1024;
const playerDir = process.env.CAPSULE_PLAYER_DIR
  ? path.resolve(process.env.CAPSULE_PLAYER_DIR)
  : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'resources', 'player');

// i18n/: the interface strings, data that the exporter writes into content/course.js (only the
// languages a package needs), not player code.
function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? (e.name === 'i18n' ? [] : walk(p)) : [p];
  });
}

export function measure() {
  const files = walk(playerDir).sort().map((file) => {
    const raw = fs.readFileSync(file);
    return { file: path.relative(playerDir, file), bytes: raw.length, gzip: zlib.gzipSync(raw, { level: 9 }).length };
  });
  return { dir: playerDir, files, total: files.reduce((s, f) => s + f.gzip, 0), budget: BUDGET };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = measure();
  if (process.argv.includes('--json')) console.log(JSON.stringify(r, null, 2));
  else {
    for (const f of r.files) console.log(`${f.file.padEnd(20)} ${String(f.bytes).padStart(7)} B  ${String(f.gzip).padStart(6)} B gzip`);
    console.log(`${r.dir}`);
    console.log(`total gzip: ${r.total} B (${(r.total / 1024).toFixed(1)} KB) of ${BUDGET / 1024} KB budget`);
  }
  if (r.total > BUDGET) {
    console.error(`player over budget by ${r.total - BUDGET} B`);
    process.exit(1);
  }
}
