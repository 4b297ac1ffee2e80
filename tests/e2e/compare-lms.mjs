// SPDX-License-Identifier: MIT
// Runs learner scenarios against scorm-again and against the preview's strict LMS simulator and
// checks that both LMSs end with the same CMI values (times, latencies and timestamps aside) and
// that the simulator flagged no spec violation.
//
//   node tests/e2e/compare-lms.mjs [--version 1.2|2004] [--scenario pass|resume] [--package-dir DIR] [--verbose]
//
// Without --version / --scenario: pass and resume for both versions. Exit status 0 = same values.
import path from 'node:path';
import { runScenario } from './run.mjs';

const argv = process.argv.slice(2);
const arg = (name) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
const verbose = argv.includes('--verbose') || argv.includes('-v');
const versions = arg('--version') ? [arg('--version')] : ['1.2', '2004'];
const scenarios = arg('--scenario') ? [arg('--scenario')] : ['pass', 'resume'];
const packageDir = arg('--package-dir');

// Values that depend on the clock, not on the LMS.
const VOLATILE = /(session_time|\.latency|\.timestamp|\.time)$/;

// In the resume data, a video's played ranges start and end where timeupdate events happened to
// fire (a tenth of a second apart on a loaded machine); whether the video is done is what counts.
function withoutPlayedRanges(suspend) {
  const f = String(suspend).split('|');
  const videos = f[0] === '1' ? 7 : 8;
  if (f.length > videos) f[videos] = f[videos].split(',').map((r) => (r.startsWith('!') ? '!' : '')).join(',');
  return f.join('|');
}

function stable(values) {
  const out = {};
  for (const [k, v] of Object.entries(values || {})) {
    if (VOLATILE.test(k)) continue;
    out[k] = /suspend_data$/.test(k) ? withoutPlayedRanges(v) : v;
  }
  return out;
}

let failed = 0;
for (const version of versions) {
  for (const scenario of scenarios) {
    const label = `[compare ${version} ${scenario}]`;
    const again = {}, sim = {};
    const okAgain = await runScenario({ version, scenario, packageDir, verbose, lms: 'scorm-again', result: again });
    const okSim = await runScenario({ version, scenario, packageDir, verbose, lms: 'simulator', result: sim });
    const a = stable(again.values), s = stable(sim.values);
    const keys = [...new Set([...Object.keys(a), ...Object.keys(s)])].sort();
    const diffs = keys.filter((k) => a[k] !== s[k]);
    for (const k of diffs) console.log(`${label} FAIL ${k}: scorm-again ${JSON.stringify(a[k])}, simulator ${JSON.stringify(s[k])}`);
    const problems = [];
    if (!okAgain) problems.push('the scenario failed against scorm-again');
    if (!okSim) problems.push('the scenario failed against the simulator');
    if (sim.simulatorErrors !== 0) problems.push(`the simulator flagged ${sim.simulatorErrors} spec violation(s)`);
    if (diffs.length) problems.push(`${diffs.length} value(s) differ`);
    if (!keys.length) problems.push('no values recorded');
    for (const p of problems) console.log(`${label} FAIL ${p}`);
    console.log(`${label} ${problems.length ? 'FAILED' : 'PASSED'}: ${keys.length} CMI values compared`);
    if (problems.length) failed++;
  }
}
console.log(`compare-lms: ${versions.length * scenarios.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
