// SPDX-License-Identifier: MIT
// Assembles fixture packages the way the exporter does: resources/player/* at the package root,
// content/course.js, media/. Used until (and alongside) real exported packages.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const e2eDir = path.resolve(here, '..');
export const repoRoot = path.resolve(e2eDir, '..', '..');
export const playerDir = path.join(repoRoot, 'resources', 'player');
export const fixturesDir = path.join(e2eDir, 'fixtures');
export const workDir = path.join(e2eDir, '.work');

export const FIXTURES = ['full', 'video', 'draw', 'game'];

/** Build fixtures/<name> for runtime ("scorm12"|"scorm2004"|"web") into outDir; returns outDir. */
export function assembleFixture(name, runtime, outDir) {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(outDir, 'content'), { recursive: true });
  fs.cpSync(playerDir, outDir, { recursive: true });
  fs.cpSync(path.join(fixturesDir, 'media'), path.join(outDir, 'media'), { recursive: true });
  const src = fs.readFileSync(path.join(fixturesDir, name, 'course.js'), 'utf8');
  const out = src.replace(/"runtime":\s*"[a-z0-9]+"/, `"runtime": "${runtime}"`);
  fs.writeFileSync(path.join(outDir, 'content', 'course.js'), out);
  return outDir;
}

export function runtimeFor(version) {
  return version === '2004' ? 'scorm2004' : 'scorm12';
}

/** Path of an assembled fixture package for a SCORM version (built on demand). */
export function fixturePackage(name, version) {
  const dir = path.join(workDir, `pkg-${name}-${runtimeFor(version)}`);
  return assembleFixture(name, runtimeFor(version), dir);
}

/** Fixture assembled for the "web" runtime (web export, opened from file://). */
export function fixtureWebPackage(name) {
  return assembleFixture(name, 'web', path.join(workDir, `pkg-${name}-web`));
}
