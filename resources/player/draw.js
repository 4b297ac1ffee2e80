// SPDX-License-Identifier: MIT
// Capsule player — random draws from question banks (docs/export.md §3, "draw" slides).
// A draw is one list of bank question ids per draw slide, in course order. Questions are drawn
// without replacement across the whole course; with byDifficulty, easy then medium then hard.
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory();
  else root.CapsuleDraw = factory();
})(this, function () {
  'use strict';

  /** Seedable PRNG (mulberry32): rng(seed)() -> [0, 1). A string seed is hashed. */
  function rng(seed) {
    var a = typeof seed === 'number' ? seed >>> 0 : 0;
    if (typeof seed !== 'number') for (var i = 0; i < String(seed).length; i++) a = Math.imul(a ^ String(seed).charCodeAt(i), 0x01000193) >>> 0;
    return function () {
      a = (a + 0x6d2b79f5) >>> 0;
      var t = Math.imul(a ^ (a >>> 15), a | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function shuffle(list, rand) {
    for (var i = list.length - 1; i > 0; i--) {
      var j = Math.floor(rand() * (i + 1)), x = list[i];
      list[i] = list[j];
      list[j] = x;
    }
    return list;
  }

  /** Draw slides of a course, in course order. */
  function slides(course) {
    var out = [];
    (course.sections || []).forEach(function (sec) {
      (sec.slides || []).forEach(function (s) { if (s.kind === 'draw') out.push(s); });
    });
    return out;
  }

  /** Every bank question in bank then question order: [{id, bank, slide}] (the suspend data indexes it). */
  function pool(course) {
    var out = [];
    (course.banks || []).forEach(function (b) {
      (b.questions || []).forEach(function (q) { if (q && q.question) out.push({ id: String(q.id), bank: String(b.id), slide: q }); });
    });
    return out;
  }

  function lower(s) { return String(s == null ? '' : s).trim().toLowerCase(); }

  /**
   * A new draw for every draw slide. avoid: an earlier draw whose questions come last (a retake
   * gets other questions while the banks hold enough); keep: a draw to keep where it still fits
   * (the preview's reload). rand: a PRNG.
   */
  function draw(course, rand, avoid, keep) {
    var all = pool(course), used = {}, seen = {};
    [].concat.apply([], avoid || []).forEach(function (id) { seen[id] = 1; });
    return slides(course).map(function (d, di) {
      var spec = d.draw || {}, banks = (spec.banks || []).map(String), tag = lower(spec.tag);
      var cands = all.filter(function (p) {
        return banks.indexOf(p.bank) >= 0 && (!tag || (p.slide.tags || []).some(function (x) { return lower(x) === tag; }));
      });
      var groups = spec.byDifficulty ? [['easy', spec.easy], ['medium', spec.medium], ['hard', spec.hard]] : [['', spec.count]];
      var kept = ((keep || [])[di] || []).slice(), picked = [];
      groups.forEach(function (g) {
        var n = Math.max(0, Math.floor(Number(g[1]) || 0));
        var list = cands.filter(function (p) { return !used[p.id] && (!g[0] || p.slide.difficulty === g[0]); }).map(function (p) { return p.id; });
        var take = kept.filter(function (id) { return list.indexOf(id) >= 0; }).slice(0, n);
        shuffle(list, rand);
        list = list.filter(function (id) { return !seen[id]; }).concat(list.filter(function (id) { return seen[id]; }));
        for (var i = 0; i < list.length && take.length < n; i++) if (take.indexOf(list[i]) < 0) take.push(list[i]);
        take.forEach(function (id) { used[id] = 1; picked.push(id); });
      });
      return picked;
    });
  }

  return { rng: rng, slides: slides, pool: pool, draw: draw };
});
