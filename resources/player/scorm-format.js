// SPDX-License-Identifier: MIT
// Capsule player — pure SCORM value formatting (times, identifiers, interaction encoders).
// Grammar references: RUNTIME.md §2.3/§2.4 (SCORM 1.2 RTE, SCORM 2004 3rd/4th ed RTE 4.1.6).
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory();
  else root.CapsuleScormFormat = factory();
})(this, function () {
  'use strict';

  function pad(n, w) {
    var s = String(n);
    while (s.length < w) s = '0' + s;
    return s;
  }

  // Non-negative whole centiseconds from milliseconds (NaN/negative -> 0).
  function centis(ms) {
    ms = Number(ms);
    if (!isFinite(ms) || ms < 0) return 0;
    return Math.round(ms / 10);
  }

  // SCORM 1.2 CMITimespan "HHHH:MM:SS.SS", hours 2..4 digits, clamped at 9999:59:59.99.
  function cmiTimespan(ms) {
    var cs = Math.min(centis(ms), 9999 * 360000 + 59 * 6000 + 59 * 100 + 99);
    var h = Math.floor(cs / 360000);
    var m = Math.floor(cs / 6000) % 60;
    var s = Math.floor(cs / 100) % 60;
    return pad(h, 2) + ':' + pad(m, 2) + ':' + pad(s, 2) + '.' + pad(cs % 100, 2);
  }

  // SCORM 2004 timeinterval(second,10,2): "PT#H#M#.##S"; seconds always last, at most 2 decimals.
  function isoDuration(ms) {
    var cs = centis(ms);
    var h = Math.floor(cs / 360000);
    var m = Math.floor(cs / 6000) % 60;
    var sWhole = Math.floor(cs / 100) % 60;
    var frac = cs % 100;
    var sec = String(sWhole);
    if (frac) sec += '.' + pad(frac, 2).replace(/0$/, '');
    return 'PT' + (h ? h + 'H' : '') + (h || m ? m + 'M' : '') + sec + 'S';
  }

  // SCORM 1.2 CMITime "HH:MM:SS" (local clock time).
  function cmiTime(date) {
    date = date || new Date();
    return pad(date.getHours(), 2) + ':' + pad(date.getMinutes(), 2) + ':' + pad(date.getSeconds(), 2);
  }

  // SCORM 2004 time(second,10,0) "YYYY-MM-DDThh:mm:ss.ssZ" in UTC (fraction before TZD, as the grammar needs).
  function timestamp2004(date) {
    date = date || new Date();
    return date.getUTCFullYear() + '-' + pad(date.getUTCMonth() + 1, 2) + '-' + pad(date.getUTCDate(), 2) +
      'T' + pad(date.getUTCHours(), 2) + ':' + pad(date.getUTCMinutes(), 2) + ':' + pad(date.getUTCSeconds(), 2) +
      '.' + pad(Math.floor(date.getUTCMilliseconds() / 10), 2) + 'Z';
  }

  // Plain decimal without exponent: "-12.5", "0.25" (never ".25" or "1e-7"); at most 7 decimals.
  function decimal(x) {
    x = Number(x);
    if (!isFinite(x)) return '0';
    var s = x.toFixed(7).replace(/\.?0+$/, '');
    return s === '-0' ? '0' : s;
  }

  // A SCORM 2004 short_identifier_type: URI-safe characters only, must contain a word character.
  function shortId(raw, fallback) {
    var s = String(raw == null ? '' : raw).replace(/[^\w\-()+.:=@;$!*'%/#]/g, '_').slice(0, 250);
    if (!/\w/.test(s)) s = fallback || 'x';
    return s;
  }

  // Unique short ids for a list (collisions after sanitising get an index suffix).
  function shortIds(list, prefix) {
    var seen = {};
    return list.map(function (raw, i) {
      var s = shortId(raw, prefix + (i + 1));
      if (seen[s]) s = shortId(s.slice(0, 240) + '_' + (i + 1));
      seen[s] = true;
      return s;
    });
  }

  // SCORM 1.2 CMIIdentifier, strict form: letters, digits, underscore; no spaces.
  function id12(raw) {
    return String(raw).replace(/[^A-Za-z0-9_]/g, '').slice(0, 255) || 'q';
  }

  // SCORM 1.2 single-character choice/target code by index: a-z then 0-9.
  var LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';
  // Source side of 1.2 matching and likert answers: 1-9 then a-z ("1.a,2.c").
  var DIGITS_FIRST = '123456789abcdefghijklmnopqrstuvwxyz';
  function letter(i) { return LETTERS.charAt(i) || 'z'; }
  function digitFirst(i) { return DIGITS_FIRST.charAt(i) || 'z'; }

  // Text suitable for a characterstring node: single line, trimmed, no delimiter tokens,
  // not starting with "{" (reserved for {lang=}/{case_matters=} prefixes).
  function cleanText(s, max) {
    s = String(s == null ? '' : s).replace(/[\r\n\t]+/g, ' ').replace(/\[[,.:]\]/g, ' ').trim();
    s = s.replace(/^\{+/, '').trim();
    return s.length > max ? s.slice(0, max).trim() : s;
  }

  function plainText(html) {
    return String(html || '').replace(/<[^>]*>/g, ' ')
      .replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ').trim();
  }

  // 2004 descriptions are a short hint (the id names the question): LMSs such as Moodle send the
  // whole data model in one 64 KiB beacon when the page goes away (docs/export.md §6).
  function shortText(s, max) {
    s = cleanText(s, 9999);
    if (s.length <= max) return s;
    var cut = s.slice(0, max - 1);
    if (cut.lastIndexOf(' ') > max / 2) cut = cut.slice(0, cut.lastIndexOf(' '));
    return cut.replace(/[\s,;:.]+$/, '') + '\u2026';
  }

  var LANG_RE = /^([a-zA-Z]{1,8})(-[a-zA-Z0-9-]{2,8})?$/;

  function langPrefix(lang) {
    return lang && LANG_RE.test(lang) ? '{lang=' + lang + '}' : '';
  }

  var UNGRADED = { 'likert': true, 'open-text': true };

  function interactionType(qtype, version) {
    switch (qtype) {
      case 'single-choice':
      case 'hotspot':
      case 'multiple-response':
      case 'scenario': return 'choice';
      case 'true-false': return 'true-false';
      case 'fill-in': return 'fill-in';
      case 'drag-drop':
      case 'matching': return 'matching';
      case 'sequencing': return 'sequencing';
      case 'numeric': return 'numeric';
      case 'likert': return 'likert';
      case 'open-text': return version === '2004' ? 'long-fill-in' : 'fill-in';
    }
    return version === '2004' ? 'other' : 'performance';
  }

  // A choice's code: 2004 its id; 1.2 a letter by position, or a scenario response's digit ("r2": "2").
  function code(q, ids, i, v4) { return v4 ? ids[i] : q.type === 'scenario' ? String(q.choices[i].id).slice(1) : letter(i); }

  function blanksOf(q) { return (q.blanks || []).slice(0, 10); }

  // Correct response pattern (correct_responses.0.pattern); null for ungraded types.
  function correctPattern(q, version) {
    var v4 = version === '2004';
    var t = q.type;
    var i;
    if (t === 'single-choice' || t === 'multiple-response' || t === 'scenario' || t === 'hotspot') {
      var choices = q.choices || [];
      var ids = shortIds(choices.map(function (c) { return c.id; }), 'c');
      var out = [];
      for (i = 0; i < choices.length; i++) if (choices[i].correct) out.push(code(q, ids, i, v4));
      if (t === 'single-choice') out = out.slice(0, 1);
      // SCORM 1.2 RTE 3.4.5: "{a,c}" is a set, all of it in any order. A scenario or a hotspot: one
      // pattern per best response or correct region (correctPatterns).
      return v4 || t !== 'multiple-response' ? out.join(v4 ? '[,]' : ',') : '{' + out + '}';
    }
    if (t === 'true-false') return v4 ? (q.answer ? 'true' : 'false') : (q.answer ? 't' : 'f');
    if (t === 'fill-in') {
      var blanks = blanksOf(q);
      var words = blanks.map(function (b) { return cleanText((b.answers || [''])[0], v4 ? 250 : 255); });
      if (!v4) return words.join(',').slice(0, 255);
      return fillHead(blanks) + words.join('[,]');
    }
    if (t === 'matching') {
      var pairs = q.pairs || [];
      var pids = shortIds(pairs.map(function (p) { return p.id; }), 'p');
      var m = pairs.map(function (p, k) {
        return v4 ? pids[k] + '[.]t_' + pids[k] : digitFirst(k) + '.' + letter(k);
      });
      return v4 ? m.join('[,]') : '{' + m + '}';
    }
    if (t === 'drag-drop') return dropPairs(q, (q.items || []).map(function (it) { return it.zone; }), v4, 1);
    if (t === 'sequencing') {
      var items = q.items || [];
      var sids = shortIds(items.map(function (s) { return s.id; }), 's');
      return items.map(function (s, k) { return v4 ? sids[k] : letter(k); }).join(v4 ? '[,]' : ',');
    }
    if (t === 'numeric') {
      var n = q.numeric || {};
      var lo, hi;
      if (n.mode === 'range') { lo = Number(n.min); hi = Number(n.max); }
      else { lo = Number(n.value) - Math.abs(Number(n.tolerance) || 0); hi = Number(n.value) + Math.abs(Number(n.tolerance) || 0); }
      if (lo > hi) { var tmp = lo; lo = hi; hi = tmp; }
      // SCORM 1.2 has no range syntax: one correct value, the midpoint of the accepted range.
      return v4 ? decimal(lo) + '[:]' + decimal(hi) : decimal((lo + hi) / 2);
    }
    return null;
  }

  // Drag-drop as matching: "item.zone" pairs (1.2 "1.a,2.c"; 2004 "i1[.]z2[,]i2[.]z1") for the
  // zones chosen per item (zones[k]), unplaced items left out; the correct pattern is a 1.2 set.
  function dropPairs(q, zones, v4, isPattern) {
    var items = q.items || [], regions = q.regions || [];
    var iids = shortIds(items.map(function (x) { return x.id; }), 'i');
    var zids = shortIds(regions.map(function (x) { return x.id; }), 'z');
    var out = [];
    items.forEach(function (it, k) {
      for (var j = 0; j < regions.length; j++) {
        if (regions[j].id === zones[k]) out.push(v4 ? iids[k] + '[.]' + zids[j] : digitFirst(k) + '.' + letter(j));
      }
    });
    return v4 ? out.join('[,]') : isPattern ? '{' + out + '}' : out.join(',');
  }

  function fillHead(blanks) {
    return '{case_matters=' + (blanks.length > 0 && blanks.every(function (b) { return !!b.caseSensitive; })) + '}' +
      (blanks.length > 1 ? '{order_matters=true}' : '');
  }

  // Every correct_responses.n.pattern. 2004 fill-in: each combination of accepted answers, first
  // ones first, at most 5 (the smallest maximum an LMS must keep).
  function correctPatterns(q, version) {
    var p = correctPattern(q, version);
    if (q.type === 'scenario' || q.type === 'hotspot') return p ? p.split(version === '2004' ? '[,]' : ',') : [];
    if (q.type !== 'fill-in' || version !== '2004') return p === null ? [] : [p];
    var combos = [''];
    blanksOf(q).forEach(function (b, k) {
      var next = [];
      combos.forEach(function (c) {
        (b.answers && b.answers.length ? b.answers : ['']).forEach(function (w) {
          w = (k ? c + '[,]' : '') + cleanText(w, 250);
          if (next.length < 5 && next.indexOf(w) < 0) next.push(w);
        });
      });
      combos = next;
    });
    return combos.map(function (c) { return fillHead(blanksOf(q)) + c; });
  }

  // Learner response (student_response 1.2 / learner_response 2004).
  function learnerResponse(q, answer, version) {
    var v4 = version === '2004';
    var t = q.type;
    var i;
    if (t === 'drag-drop') return dropPairs(q, answer || [], v4);
    if (t === 'single-choice' || t === 'multiple-response' || t === 'hotspot' || t === 'scenario') {
      var choices = q.choices || [];
      var ids = shortIds(choices.map(function (c) { return c.id; }), 'c');
      var sel = t !== 'multiple-response' ? [answer] : (answer || []);
      var out = [];
      for (i = 0; i < choices.length; i++) if (sel.indexOf(choices[i].id) >= 0) out.push(code(q, ids, i, v4));
      return out.join(v4 ? '[,]' : ',');
    }
    if (t === 'true-false') return v4 ? (answer ? 'true' : 'false') : (answer ? 't' : 'f');
    if (t === 'fill-in') {
      var vals = blanksOf(q).map(function (b, k) { return cleanText((answer || [])[k], v4 ? 250 : 255); });
      return v4 ? vals.join('[,]') : vals.join(',').slice(0, 255);
    }
    if (t === 'matching') {
      var pairs = q.pairs || [];
      var pids = shortIds(pairs.map(function (p) { return p.id; }), 'p');
      var res = [];
      for (i = 0; i < pairs.length; i++) {
        var chosen = (answer || [])[i];
        var j = -1;
        for (var k = 0; k < pairs.length; k++) if (pairs[k].id === chosen) j = k;
        if (j < 0) continue;
        res.push(v4 ? pids[i] + '[.]t_' + pids[j] : digitFirst(i) + '.' + letter(j));
      }
      return res.join(v4 ? '[,]' : ',');
    }
    if (t === 'sequencing') {
      var items = q.items || [];
      var sids = shortIds(items.map(function (s) { return s.id; }), 's');
      return (answer || []).map(function (id) {
        for (var k = 0; k < items.length; k++) if (items[k].id === id) return v4 ? sids[k] : letter(k);
        return null;
      }).filter(function (x) { return x !== null; }).join(v4 ? '[,]' : ',');
    }
    if (t === 'numeric') {
      var num = parseNumber(answer);
      return num === null ? '0' : decimal(num);
    }
    if (t === 'likert') {
      var idx = Number(answer);
      if (!(idx >= 0)) idx = 0;
      return v4 ? String(idx + 1) : digitFirst(idx);
    }
    if (t === 'open-text') return cleanText(answer, v4 ? 4000 : 255);
    return cleanText(answer, 255);
  }

  // Accepts "3,5", " +12 ", "1 000.5"; null when not a number.
  function parseNumber(v) {
    if (typeof v === 'number') return isFinite(v) ? v : null;
    var s = String(v == null ? '' : v).replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
    return Number(s);
  }

  function resultValue(graded, correct, version) {
    if (!graded) return 'neutral';
    if (correct) return 'correct';
    return version === '2004' ? 'incorrect' : 'wrong';
  }

  /**
   * All fields of one cmi.interactions.n entry, for "1.2" or "2004".
   * opts: { id (slide id), index, bank (a drawn bank question), answer, graded, correct, points, latencyMs, date, lang }
   * Returns { id, type, description?, response, patterns (all), pattern (first or null), result, weighting, latency, time|timestamp }.
   */
  function interaction(q, opts, version) {
    var v4 = version === '2004';
    var graded = !UNGRADED[q.type];
    var rec = {
      // A bank question (drawn) is named by its id alone, wherever the draw placed it.
      id: v4 ? 'urn:capsule:question:' + shortId(opts.id, 'q' + (opts.index + 1)) : id12((opts.bank ? 'B' : 'Q' + (opts.index + 1)) + '_' + opts.id),
      type: interactionType(q.type, version),
      response: learnerResponse(q, opts.answer, version),
      patterns: graded ? correctPatterns(q, version) : [],
      result: resultValue(graded, opts.correct, version),
      weighting: decimal(graded ? (Number(q.points) || 0) : 0),
      latency: v4 ? isoDuration(opts.latencyMs) : cmiTimespan(opts.latencyMs)
    };
    rec.pattern = rec.patterns.length ? rec.patterns[0] : null;
    if (v4) {
      var lp = langPrefix(opts.lang);
      rec.description = lp + shortText(plainText(q.prompt), 60);
      rec.timestamp = timestamp2004(opts.date);
    } else {
      rec.time = cmiTime(opts.date);
    }
    return rec;
  }

  return {
    cmiTimespan: cmiTimespan,
    isoDuration: isoDuration,
    cmiTime: cmiTime,
    timestamp2004: timestamp2004,
    decimal: decimal,
    shortId: shortId,
    id12: id12,
    letter: letter,
    plainText: plainText,
    parseNumber: parseNumber,
    interactionType: interactionType,
    correctPattern: correctPattern,
    correctPatterns: correctPatterns,
    learnerResponse: learnerResponse,
    interaction: interaction,
    isGraded: function (q) { return !UNGRADED[q.type]; }
  };
});
