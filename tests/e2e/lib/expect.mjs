// SPDX-License-Identifier: MIT
// Expected SCORM values, written independently of the player's encoders, and grammar regexes
// (SCORM 1.2 RTE / SCORM 2004 RTE 4.1.6, as in scorm-again's regex tables).
import { GRADED } from './driver.mjs';

export const RE = {
  timespan12: /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/,
  time12: /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/,
  id12: /^[A-Za-z0-9_]{1,255}$/,
  decimal12: /^-?\d{1,10}(\.\d+)?$/,
  duration2004: /^P(?=\d|T\d)(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,2})?S)?)?$/,
  timestamp2004: /^(19[7-9]\d|[2-9]\d{3})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?(Z|[+-]([01]\d|2[0-3])(:[0-5]\d)?)?$/,
  longId2004: /^\S{1,4000}$/,
  real2004: /^-?\d{1,10}(\.\d{1,18})?$/
};

const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';
const DIGITS_FIRST = '123456789abcdefghijklmnopqrstuvwxyz';

export function expectedType(q, version) {
  const map = {
    'single-choice': 'choice', 'multiple-response': 'choice', 'true-false': 'true-false', 'fill-in': 'fill-in',
    'matching': 'matching', 'sequencing': 'sequencing', 'numeric': 'numeric', 'likert': 'likert',
    'open-text': version === '2004' ? 'long-fill-in' : 'fill-in', 'scenario': 'choice', 'drag-drop': 'matching', 'hotspot': 'choice'
  };
  return map[q.type];
}

function num(x) {
  return String(Number(x));
}

/** Expected learner response for the planned answer. */
export function expectedResponse(q, a, version) {
  const v4 = version === '2004';
  const sep = v4 ? '[,]' : ',';
  switch (q.type) {
    case 'drag-drop':
      // Matching pairs "item.zone": 1.2 item number and zone letter, 2004 the ids.
      return q.items.map((it, k) => {
        const j = q.regions.findIndex((r) => r.id === a[k]);
        return v4 ? `${it.id}[.]${q.regions[j].id}` : `${DIGITS_FIRST[k]}.${LETTERS[j]}`;
      }).join(sep);
    case 'hotspot':
    case 'single-choice':
    case 'multiple-response': {
      const sel = [].concat(a);
      return q.choices.map((c, i) => (sel.includes(c.id) ? (v4 ? c.id : LETTERS[i]) : null)).filter((x) => x !== null).join(sep);
    }
    case 'true-false': return v4 ? String(a) : (a ? 't' : 'f');
    // A scenario response: 2004 its id ("r2"), 1.2 its digit ("2").
    case 'scenario': return v4 ? a : a.slice(1);
    case 'fill-in': return a.join(sep);
    case 'matching':
      return q.pairs.map((p, k) => {
        const j = q.pairs.findIndex((x) => x.id === a[k]);
        return v4 ? `${p.id}[.]t_${q.pairs[j].id}` : `${DIGITS_FIRST[k]}.${LETTERS[j]}`;
      }).join(sep);
    case 'sequencing':
      return a.map((id) => (v4 ? id : LETTERS[q.items.findIndex((x) => x.id === id)])).join(sep);
    case 'numeric': return num(String(a).replace(',', '.'));
    case 'likert': return v4 ? String(a + 1) : DIGITS_FIRST[a];
    case 'open-text': return a;
  }
  return null;
}

/** Expected correct_responses.0.pattern (undefined for ungraded types); see expectedPatterns for all. */
export function expectedPattern(q, version) {
  const v4 = version === '2004';
  const sep = v4 ? '[,]' : ',';
  switch (q.type) {
    case 'single-choice':
    case 'multiple-response': {
      const list = q.choices.map((c, i) => (c.correct ? (v4 ? c.id : LETTERS[i]) : null)).filter((x) => x !== null).join(sep);
      // SCORM 1.2 RTE §3.4.5: a set of choices, all required in any order, is written in braces.
      return !v4 && q.type === 'multiple-response' ? `{${list}}` : list;
    }
    case 'true-false': return v4 ? String(!!q.answer) : (q.answer ? 't' : 'f');
    case 'scenario': return expectedPatterns(q, version)[0];
    case 'fill-in': {
      const words = q.blanks.map((b) => b.answers[0]).join(sep);
      if (!v4) return words;
      const cm = q.blanks.every((b) => b.caseSensitive);
      return `{case_matters=${cm}}` + (q.blanks.length > 1 ? '{order_matters=true}' : '') + words;
    }
    case 'matching': {
      const list = q.pairs.map((p, k) => (v4 ? `${p.id}[.]t_${p.id}` : `${DIGITS_FIRST[k]}.${LETTERS[k]}`)).join(sep);
      return v4 ? list : `{${list}}`;
    }
    case 'drag-drop': {
      const list = expectedResponse(q, q.items.map((it) => it.zone), version);
      return v4 ? list : `{${list}}`;
    }
    case 'hotspot': {
      // The first correct region (each correct region is a pattern of its own).
      const i = q.choices.findIndex((c) => c.correct);
      return v4 ? q.choices[i].id : LETTERS[i];
    }
    case 'sequencing': return q.items.map((x, k) => (v4 ? x.id : LETTERS[k])).join(sep);
    case 'numeric': {
      const n = q.numeric;
      const lo = n.mode === 'range' ? Number(n.min) : Number(n.value) - Math.abs(Number(n.tolerance) || 0);
      const hi = n.mode === 'range' ? Number(n.max) : Number(n.value) + Math.abs(Number(n.tolerance) || 0);
      return v4 ? `${num(lo)}[:]${num(hi)}` : num((lo + hi) / 2);
    }
  }
  return undefined;
}

/** Every expected correct_responses.n.pattern: 2004 fill-in lists each accepted combination (at most 5). */
export function expectedPatterns(q, version) {
  // A scenario: one pattern per best response (each alone is correct).
  if (q.type === 'scenario') return q.choices.filter((c) => c.correct).map((c) => (version === '2004' ? c.id : c.id.slice(1)));
  if (q.type === 'hotspot') return q.choices.map((c, i) => (c.correct ? (version === '2004' ? c.id : LETTERS[i]) : null)).filter((x) => x !== null);
  if (version !== '2004' || q.type !== 'fill-in') return expectedPattern(q, version) === undefined ? [] : [expectedPattern(q, version)];
  const cm = q.blanks.every((b) => b.caseSensitive);
  const head = `{case_matters=${cm}}` + (q.blanks.length > 1 ? '{order_matters=true}' : '');
  let combos = [[]];
  for (const b of q.blanks) combos = combos.flatMap((c) => [...new Set(b.answers)].map((a) => c.concat([a])));
  return combos.slice(0, 5).map((c) => head + c.join('[,]'));
}

export function expectedResult(q, right, version) {
  if (!GRADED(q)) return 'neutral';
  if (right) return 'correct';
  return version === '2004' ? 'incorrect' : 'wrong';
}

/** Last accepted SetValue per element, plus interaction records, from the LMS call log. */
export function valuesFromLog(calls) {
  const values = {};
  for (const c of calls) {
    if ((c.fn === 'LMSSetValue' || c.fn === 'SetValue') && c.result === 'true') values[c.args[0]] = c.args[1];
  }
  const interactions = [];
  for (const [k, v] of Object.entries(values)) {
    const m = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(k);
    if (!m) continue;
    const i = Number(m[1]);
    interactions[i] = interactions[i] || {};
    interactions[i][m[2]] = v;
  }
  return { values, interactions };
}
