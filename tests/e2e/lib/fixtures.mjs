// SPDX-License-Identifier: MIT
// Assembles fixture packages the way the exporter does: resources/player/* at the package root,
// content/course.js, media/. Used until (and alongside) real exported packages.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
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
  // i18n/: the interface strings, which the exporter writes into course.js (below), not files.
  fs.cpSync(playerDir, outDir, { recursive: true, filter: (p) => path.basename(p) !== 'i18n' });
  fs.cpSync(path.join(fixturesDir, 'media'), path.join(outDir, 'media'), { recursive: true });
  const src = fs.readFileSync(path.join(fixturesDir, name, 'course.js'), 'utf8');
  const out = src.replace(/"runtime":\s*"[a-z0-9]+"/, `"runtime": "${runtime}"`);
  fs.writeFileSync(path.join(outDir, 'content', 'course.js'), out + uiScript(out));
  return outDir;
}

/** The interface string table code for a language, as Export::PlayerData picks it. */
export function uiTableFor(language) {
  const codes = fs.readdirSync(path.join(playerDir, 'i18n')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
  const tag = String(language || '').toLowerCase().replace('_', '-');
  return codes.includes(tag) ? tag : codes.includes(tag.split('-')[0]) ? tag.split('-')[0] : 'en';
}

/** A statement adding the tables of the course's language(s) to the data, as the exporter does. */
export function uiScript(courseJs) {
  const sandbox = { window: {} };
  vm.runInNewContext(courseJs, sandbox);
  const c = sandbox.window.CAPSULE_COURSE;
  if (c.ui) return '';
  const ui = {};
  for (const l of [c.language, ...(c.languages || []).map((x) => x.code)]) {
    const code = uiTableFor(l);
    ui[code] = JSON.parse(fs.readFileSync(path.join(playerDir, 'i18n', code + '.json'), 'utf8'));
  }
  return `window.CAPSULE_COURSE.ui = ${JSON.stringify(ui)};\n`;
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

// ---------------------------------------------------------------- languages

/** Writes data as content/course.js of the package in dir, with the interface strings it needs. */
export function writeCourse(dir, data) {
  delete data.ui;
  const js = `window.CAPSULE_COURSE = ${JSON.stringify(data)};\n`;
  fs.writeFileSync(path.join(dir, 'content', 'course.js'), js + uiScript(js));
}

const TEXT_KEYS = new Set(['title', 'description', 'text', 'html', 'prompt', 'correctFeedback', 'incorrectFeedback', 'feedback',
  'passMessage', 'failMessage', 'label', 'alt', 'caption', 'source', 'target', 'cloze', 'consequence', 'name']);

/**
 * The course data "translated" into lang, the way Core::translatedCourse + PlayerData give it:
 * the same ids, structure, media and scoring; every learner-visible text marked with the
 * language ("[fr] Welcome"), fill-in answers too ("fr-20").
 */
export function translatedData(data, lang) {
  const mark = (s) => (/^</.test(s) ? `<p>[${lang}]</p>${s}` : `[${lang}] ${s}`);
  const walk = (v, key) => {
    if (Array.isArray(v)) return v.map((x) => walk(x, key === 'answers' ? 'answer' : key));
    if (v && typeof v === 'object') {
      const o = {};
      for (const [k, x] of Object.entries(v)) o[k] = k === 'settings' || k === 'ui' ? x : walk(x, k);
      return o;
    }
    if (typeof v === 'string' && key === 'answer') return `${lang}-${v}`;
    if (typeof v === 'string' && TEXT_KEYS.has(key) && v) return mark(v);
    return v;
  };
  const out = walk(data, '');
  out.language = lang;
  return out;
}

/** Adds to fill-in blanks of each language's data "alt": the other languages' answers (PlayerData). */
function addAlt(datas) {
  const blanks = (d) => [...(d.sections || []).flatMap((s) => s.slides || []), ...(d.banks || []).flatMap((b) => b.questions || [])]
    .filter((s) => s.question && s.question.type === 'fill-in').flatMap((s) => s.question.blanks.map((b) => [s.id + '/' + b.id, b]));
  const all = new Map();
  for (const d of datas) for (const [k, b] of blanks(d)) all.set(k, [...(all.get(k) || []), ...b.answers]);
  for (const d of datas) for (const [k, b] of blanks(d)) {
    const alt = [...new Set(all.get(k).filter((a) => !b.answers.includes(a)))];
    if (alt.length) b.alt = alt;
  }
}

/**
 * Fixture packages for the language scenarios, built from fixtures/<name> (its language is the
 * source): "all" (the source + lang, as export --lang all writes it) and "single" (lang only, as
 * export --lang <lang>). Returns { all, single } package directories.
 */
export function languagePackages(name, version, lang) {
  const runtime = runtimeFor(version);
  const all = assembleFixture(name, runtime, path.join(workDir, `pkg-${name}-all-${runtime}`));
  const sandbox = { window: {} };
  vm.runInNewContext(fs.readFileSync(path.join(all, 'content', 'course.js'), 'utf8'), sandbox);
  const source = JSON.parse(JSON.stringify(sandbox.window.CAPSULE_COURSE));
  delete source.ui;
  const target = translatedData(source, lang);
  addAlt([source, target]);
  // The languages' own names, as PlayerData::languageName gives them (the tables' "_name").
  const ownName = (code) => JSON.parse(fs.readFileSync(path.join(playerDir, 'i18n', uiTableFor(code) + '.json'), 'utf8'))._name;
  writeCourse(all, { ...source, languages: [{ code: source.language, name: ownName(source.language) }, { code: lang, name: ownName(lang) }], translations: { [lang]: target } });
  const single = assembleFixture(name, runtime, path.join(workDir, `pkg-${name}-${lang}-${runtime}`));
  writeCourse(single, translatedData(source, lang));
  return { all, single };
}

/** The fixture with its language set to lang (a right-to-left page for "ar" or "he"). */
export function languageFixture(name, version, lang) {
  const runtime = runtimeFor(version);
  const dir = assembleFixture(name, runtime, path.join(workDir, `pkg-${name}-${lang}-ui-${runtime}`));
  const sandbox = { window: {} };
  vm.runInNewContext(fs.readFileSync(path.join(dir, 'content', 'course.js'), 'utf8'), sandbox);
  writeCourse(dir, { ...JSON.parse(JSON.stringify(sandbox.window.CAPSULE_COURSE)), language: lang });
  return dir;
}
