// SPDX-License-Identifier: MIT
// Capsule player — pure scoring of one answer per question type, and quiz totals.
//
// Partial credit (fraction of the question's points):
//   single-choice, true-false, numeric: all or nothing.
//   multiple-response: (right ticks - wrong ticks) / number of correct choices, floored at 0.
//   fill-in: blanks right / blanks.      matching: pairs right / pairs.
//   sequencing: items in their correct position / items.
//   drag-drop: items dropped on their zone / items.   hotspot: as single-choice (choices = regions).
//   likert, open-text: ungraded (no points, never counted in the score).
//   scenario (a scenario slide): earns the chosen response's points, which may be negative; its
//   "points" (the best response's) count in the available points only once it is answered, since
//   a branching dialogue skips some of its slides. "correct": a best response was chosen.
//   With "partialCredit" (single-choice, multiple-response): each chosen choice earns its "weight"
//   (percent, -100..100); the sum is clamped to 0..100 %. "correct" then still means every correct
//   choice and nothing else chosen.
// Otherwise "correct" means full credit; the interaction result is "correct" only then.
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory();
  else root.CapsuleScoring = factory();
})(this, function () {
  'use strict';

  var UNGRADED = { 'likert': true, 'open-text': true };

  function isGraded(q) { return !!q && !UNGRADED[q.type]; }

  function norm(s, caseSensitive) {
    s = String(s == null ? '' : s);
    if (s.normalize) s = s.normalize('NFC');
    s = s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
    return caseSensitive ? s : s.toLowerCase();
  }

  function parseNumber(v) {
    if (typeof v === 'number') return isFinite(v) ? v : null;
    var s = String(v == null ? '' : v).replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
    return Number(s);
  }

  function weighted(q) { return !!q.partialCredit && (q.type === 'single-choice' || q.type === 'multiple-response'); }
  function one(q) { return q.type === 'single-choice' || q.type === 'hotspot' || q.type === 'scenario'; }
  function chosen(q, a) { return one(q) ? [a] : Array.isArray(a) ? a : []; }

  function fraction(q, a) {
    var i, n;
    if (weighted(q)) {
      var sum = 0;
      (q.choices || []).forEach(function (c) { if (chosen(q, a).indexOf(c.id) >= 0) sum += Number(c.weight) || 0; });
      return Math.max(0, Math.min(1, sum / 100));
    }
    switch (q.type) {
      case 'hotspot':
      case 'single-choice': {
        for (i = 0; i < (q.choices || []).length; i++) if (q.choices[i].id === a) return q.choices[i].correct ? 1 : 0;
        return 0;
      }
      case 'multiple-response': {
        var sel = Array.isArray(a) ? a : [];
        var right = 0, wrong = 0, total = 0;
        (q.choices || []).forEach(function (c) {
          var on = sel.indexOf(c.id) >= 0;
          if (c.correct) total++;
          if (on && c.correct) right++;
          if (on && !c.correct) wrong++;
        });
        if (!total) return wrong ? 0 : 1;
        return Math.max(0, (right - wrong) / total);
      }
      case 'true-false':
        return (a === true || a === false) && a === !!q.answer ? 1 : 0;
      case 'fill-in': {
        var blanks = q.blanks || [];
        if (!blanks.length) return 0;
        var ok = 0;
        blanks.forEach(function (b, k) {
          var given = norm((a || [])[k], b.caseSensitive);
          if (!given) return;
          // alt: the other languages' answers of a multi-language package (scored the same in any language).
          if ((b.answers || []).concat(b.alt || []).some(function (x) { return norm(x, b.caseSensitive) === given; })) ok++;
        });
        return ok / blanks.length;
      }
      case 'matching': {
        var pairs = q.pairs || [];
        if (!pairs.length) return 0;
        var byId = {};
        pairs.forEach(function (p) { byId[p.id] = p; });
        var good = 0;
        pairs.forEach(function (p, k) {
          var chosen = byId[(a || [])[k]];
          // Two pairs with the same target text are interchangeable.
          if (chosen && (chosen.id === p.id || norm(chosen.target) === norm(p.target))) good++;
        });
        return good / pairs.length;
      }
      case 'sequencing':
      case 'drag-drop': {
        var items = q.items || [];
        if (!items.length) return 0;
        var placed = 0;
        for (i = 0; i < items.length; i++) if ((a || [])[i] === items[i][q.type === 'drag-drop' ? 'zone' : 'id']) placed++;
        return placed / items.length;
      }
      case 'numeric': {
        var x = parseNumber(a);
        var spec = q.numeric || {};
        if (x === null) return 0;
        var eps = 1e-9;
        if (spec.mode === 'range') {
          var lo = Math.min(Number(spec.min), Number(spec.max)), hi = Math.max(Number(spec.min), Number(spec.max));
          return x >= lo - eps && x <= hi + eps ? 1 : 0;
        }
        n = Math.abs(Number(spec.tolerance) || 0);
        return Math.abs(x - Number(spec.value)) <= n + eps ? 1 : 0;
      }
    }
    return 0;
  }

  /** Score one answer: { graded, fraction, correct, points, earned }. */
  function scoreAnswer(q, answer) {
    if (!isGraded(q)) return { graded: false, fraction: 0, correct: false, points: 0, earned: 0 };
    var pts = Math.max(0, Number(q.points) || 0);
    var r = function (x) { return Math.round(x * 10000) / 10000; };
    if (q.type === 'scenario') {
      var c = (q.choices || []).filter(function (x) { return x.id === answer; })[0] || {}, e = Number(c.points) || 0;
      return { graded: true, fraction: pts ? r(Math.max(0, e / pts)) : +!!c.correct, correct: !!c.correct, points: pts, earned: e };
    }
    var f = fraction(q, answer);
    var marks = choiceMarks(q, answer), exact = true;
    for (var k in marks) if (marks[k] === 'wrong' || marks[k] === 'missed') exact = false;
    return { graded: true, fraction: r(f), correct: weighted(q) ? exact : f >= 1 - 1e-9, points: pts, earned: r(pts * f) };
  }

  /** Per-choice verdicts after submission: {choiceId: 'correct'|'wrong'|'missed'|''}. */
  function choiceMarks(q, answer) {
    var sel = chosen(q, answer);
    var out = {};
    (q.choices || []).forEach(function (c) {
      var on = sel.indexOf(c.id) >= 0;
      out[c.id] = on ? (c.correct ? 'correct' : 'wrong') : (c.correct ? 'missed' : '');
    });
    return out;
  }

  /** Is an answer complete enough to submit? */
  function isAnswerComplete(q, a) {
    switch (q.type) {
      case 'hotspot': case 'scenario':
      case 'single-choice': return typeof a === 'string' && a !== '';
      case 'multiple-response': return Array.isArray(a) && a.length > 0;
      case 'true-false': return a === true || a === false;
      case 'fill-in': return Array.isArray(a) && (q.blanks || []).every(function (b, k) { return norm(a[k]) !== ''; });
      case 'matching':
      case 'drag-drop': return Array.isArray(a) && ((q.type === 'matching' ? q.pairs : q.items) || []).every(function (p, k) { return !!a[k]; });
      case 'sequencing': return Array.isArray(a) && a.length === (q.items || []).length;
      case 'numeric': return parseNumber(a) !== null;
      case 'likert': return typeof a === 'number' && a >= 0;
      case 'open-text': return norm(a) !== '';
    }
    return false;
  }

  /**
   * Quiz totals from questions [{q, answer|undefined, game, speed}] (only submitted answers given).
   * score = earned / available points of graded questions, in percent (2 decimals); null if nothing graded.
   * Game questions (e.game: their section's rules, docs/player.md "Game mode") count in game points
   * instead: base = game.points × question points; a correct answer adds speed/10 of the speed bonus
   * (e.speed 0..10, timed questions only) and game.streak % of the base per earlier correct answer of
   * the run in a row (at most game.streakSteps); partly correct: base × fraction; late (speed < 0): 0.
   * Sets e.points and e.streak on game entries.
   */
  function quizTotals(entries, passingScore) {
    var available = 0, earned = 0, gradedCount = 0, answered = 0, run, k = 0, streak = 0;
    entries.forEach(function (e) {
      if (!isGraded(e.q) || (e.q.type === 'scenario' && e.answer === undefined)) return;
      gradedCount++;
      var g = e.game, pts = Math.max(0, Number(e.q.points) || 0), r = e.answer !== undefined && scoreAnswer(e.q, e.answer);
      if (g !== run) { run = g; k = streak = 0; }
      if (g) {
        var base = g.points * pts, pct = function (x) { return base * x / 100; }, sp = e.speed || 0;
        var speed = (e.q.time || g.time) > 0 ? pct(g.speed) : 0;
        available += base + speed + pct(g.streak) * Math.min(k++, g.streakSteps);
        streak = r && r.correct && sp >= 0 ? streak + 1 : 0;
        e.points = !r || sp < 0 ? 0 : Math.round((streak ? base + speed * sp / 10 + pct(g.streak) * Math.min(streak - 1, g.streakSteps) : base * r.fraction) * 100) / 100;
        e.streak = streak;
        earned += e.points;
      } else {
        available += pts;
        if (r) earned += r.earned;
      }
      if (r) answered++;
    });
    var score = null;
    if (gradedCount) score = available > 0 ? Math.max(0, Math.min(100, Math.round(earned / available * 10000) / 100)) : (answered === gradedCount ? 100 : 0);
    return {
      graded: gradedCount,
      answered: answered,
      complete: answered === gradedCount,
      available: Math.round(available * 100) / 100,
      earned: Math.round(earned * 100) / 100,
      score: score,
      passed: score !== null && score >= (Number(passingScore) || 0)
    };
  }

  return {
    isGraded: isGraded,
    scoreAnswer: scoreAnswer,
    choiceMarks: choiceMarks,
    isAnswerComplete: isAnswerComplete,
    quizTotals: quizTotals,
    parseNumber: parseNumber,
    normalize: norm
  };
});
