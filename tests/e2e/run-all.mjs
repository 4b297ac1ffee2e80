// SPDX-License-Identifier: MIT
// Runs every scenario for both SCORM versions: node tests/e2e/run-all.mjs [--package-dir DIR]
//   [--lms scorm-again|simulator] [--verbose]
// With --package-dir (an exported package with graded questions) the video scenario is skipped
// unless --video-package-dir is given too.
import { runScenario } from './run.mjs';

const argv = process.argv.slice(2);
const arg = (name) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
const verbose = argv.includes('--verbose') || argv.includes('-v');
const packageDir = arg('--package-dir');
const videoPackageDir = arg('--video-package-dir');
const lms = arg('--lms');

let passed = 0, failed = 0;
for (const version of ['1.2', '2004']) {
  for (const scenario of ['pass', 'fail', 'resume', 'video']) {
    const dir = scenario === 'video' ? (videoPackageDir || (packageDir ? null : undefined)) : packageDir;
    if (dir === null) continue;
    const ok = await runScenario({ version, scenario, packageDir: dir, verbose, lms });
    if (ok) passed++; else failed++;
  }
}
if (!packageDir) {
  if (await runScenario({ scenario: 'web', verbose })) passed++; else failed++;
}
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
