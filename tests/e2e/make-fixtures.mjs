// SPDX-License-Identifier: MIT
// Usage: node tests/e2e/make-fixtures.mjs [--out DIR]
// Writes DIR/pkg-<fixture>-<runtime>/ for every fixture and runtime (default DIR: tests/e2e/.work).
import path from 'node:path';
import { FIXTURES, assembleFixture, workDir } from './lib/fixtures.mjs';

const i = process.argv.indexOf('--out');
const out = i > 0 ? path.resolve(process.argv[i + 1]) : workDir;
for (const name of FIXTURES) {
  for (const runtime of ['scorm12', 'scorm2004', 'web']) {
    const dir = assembleFixture(name, runtime, path.join(out, `pkg-${name}-${runtime}`));
    console.log(`fixture package: ${dir}`);
  }
}
