// SPDX-License-Identifier: MIT
// Capsule player — compact, versioned resume data (cmi.suspend_data / localStorage).
//
// Encoding v2, ASCII only, fields separated by "|":
//   2 | fingerprint | draw | slide | visited | attempt.attemptsDone | quiz | answers | videos [| drafts]
// fingerprint: base36 hash of the course structure (slide ids, question types, draw slides, bank
//   questions); a mismatch (course re-exported with other slides) makes decode() return null so
//   the player starts fresh.
// draw: the questions drawn for this attempt, one group per draw slide joined by ".", each the
//   fixed-width base36 indexes of its questions in the course's bank question pool (CapsuleDraw.pool).
//   slide, visited, answers... then refer to the course with these questions in place of the draw slides.
// v1 (no draw field) still decodes for courses without draw slides; any other version is refused.
// slide: base36 index of the current slide.  visited: bitset, 6 bits per char (A-Za-z0-9-_).
// quiz: last finished attempt's score in hundredths of a percent (base36, empty if none) followed by
//   flags "p" (passed at least once) and "f" (failed with no attempt left).
// answers: one record per question slide, "," separated, "" = not submitted in this attempt:
//   single-choice/likert: base36 index   multiple-response: bitset   true-false: 1/0
//   matching/sequencing: fixed-width base36 indexes   fill-in: escaped texts joined by "~"
//   hotspot: as single-choice   drag-drop: per item, the fixed-width base36 index of its zone
//   numeric/open-text: escaped text   "!" = submitted, text dropped to fit the size limit.
// videos: one record per video slide, "," separated: "!" if done, then played ranges as
//   start-end in tenths of a second (base36) joined by "_".
// drafts (optional, absent in older data): answers chosen but not submitted, same records as
//   answers ("" where none or where the question is submitted).
// blocks (optional, after drafts, which are then written even if empty; starts with "B"): "B" then one record per block the
//   player waits for (model.blocks), "," separated: tabs, accordion, cards, markers: "!" if done,
//   then the bitset of opened items; audio and video: as a video record.
// game (optional, always the last field, starts with "G"; only when model.game): "G", the personal best
//   of each game section in hundredths of a point (base36, "." separated, "" = none), "~", then one
//   character per question: its speed (0-9, "a" = 10, see scoring.js), "x" late, "_" none.
// When the result exceeds the limit, open-text drafts are dropped, then all drafts, then open-text
// answers, then video ranges, then all answers (bookmark only): never truncated mid-record.
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory();
  else root.CapsuleSuspend = factory();
})(this, function () {
  'use strict';

  var VERSION = '2';
  var B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

  function b36(n) { return Math.max(0, Math.floor(n)).toString(36); }
  function un36(s) { var n = parseInt(s, 36); return isNaN(n) ? 0 : n; }

  function esc(s) {
    return encodeURIComponent(String(s == null ? '' : s)).replace(/[~!'()*]/g, function (c) {
      return '%' + c.charCodeAt(0).toString(16).toUpperCase();
    });
  }
  function unesc(s) {
    try { return decodeURIComponent(s); } catch (e) { return ''; }
  }

  function bitsEncode(bools) {
    var out = '';
    for (var i = 0; i < bools.length; i += 6) {
      var v = 0;
      for (var k = 0; k < 6; k++) if (bools[i + k]) v |= 1 << k;
      out += B64.charAt(v);
    }
    return out.replace(/A+$/, '');
  }
  function bitsDecode(s, n) {
    var out = [];
    for (var i = 0; i < n; i++) {
      var v = B64.indexOf(s.charAt(Math.floor(i / 6)));
      out.push(v > 0 && !!(v & (1 << (i % 6))));
    }
    return out;
  }

  /** 32-bit FNV-1a of a string, base36. */
  function hash(str) {
    var h = 0x811c9dc5;
    for (var i = 0; i < str.length; i++) {
      h ^= str.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(36);
  }

  /** Fingerprint of a flat slide list [{id, kind, question:{type}}]. */
  function fingerprint(slides) {
    return hash(slides.map(function (s) {
      return s.id + ':' + s.kind + (s.question ? ':' + s.question.type : '');
    }).join(';'));
  }

  function width(n) { return Math.max(1, (Math.max(1, n) - 1).toString(36).length); }
  function fixed(idx, w) {
    var s = idx < 0 ? '' : idx.toString(36);
    while (s.length < w) s = (idx < 0 ? '_' : '0') + s;
    return s;
  }
  function indexOfId(list, id) {
    for (var i = 0; i < list.length; i++) if (list[i].id === id) return i;
    return -1;
  }

  function encodeAnswer(q, a, dropText) {
    if (a === undefined || a === null) return '';
    switch (q.type) {
      case 'hotspot': case 'scenario':
      case 'single-choice': {
        var i = indexOfId(q.choices || [], a);
        return i < 0 ? '' : b36(i);
      }
      case 'multiple-response':
        return '+' + bitsEncode((q.choices || []).map(function (c) { return a.indexOf(c.id) >= 0; }));
      case 'true-false': return a ? '1' : '0';
      case 'fill-in': return '=' + (a || []).map(esc).join('~');
      case 'matching':
      case 'drag-drop': {
        var dd = q.type === 'drag-drop', pairs = (dd ? q.items : q.pairs) || [], to = dd ? q.regions || [] : pairs, w = width(to.length);
        return pairs.map(function (p, k) { return fixed(indexOfId(to, (a || [])[k]), w); }).join('');
      }
      case 'sequencing': {
        var items = q.items || [], w2 = width(items.length);
        return (a || []).map(function (id) { return fixed(indexOfId(items, id), w2); }).join('');
      }
      case 'numeric': return '=' + esc(a);
      case 'likert': return b36(a);
      case 'open-text': return dropText ? '!' : '=' + esc(a);
    }
    return '';
  }

  function decodeAnswer(q, s) {
    if (s === '') return undefined;
    var k;
    switch (q.type) {
      case 'hotspot': case 'scenario':
      case 'single-choice': {
        var c = (q.choices || [])[un36(s)];
        return c ? c.id : undefined;
      }
      case 'multiple-response': {
        var bits = bitsDecode(s.slice(1), (q.choices || []).length);
        return (q.choices || []).filter(function (c, i) { return bits[i]; }).map(function (c) { return c.id; });
      }
      case 'true-false': return s === '1';
      case 'fill-in': return s.slice(1).split('~').map(unesc);
      case 'matching':
      case 'drag-drop':
      case 'sequencing': {
        var list = q[{ 'drag-drop': 'regions', matching: 'pairs' }[q.type] || 'items'] || [];
        var w = width(list.length), out = [];
        for (k = 0; k + w <= s.length; k += w) {
          var part = s.slice(k, k + w);
          var item = /_/.test(part) ? null : list[un36(part)];
          out.push(item ? item.id : null);
        }
        return out;
      }
      case 'numeric': return unesc(s.slice(1));
      case 'likert': return un36(s);
      case 'open-text': return s === '!' ? '' : unesc(s.slice(1));
    }
    return undefined;
  }

  function encodeVideo(v, keepRanges) {
    if (!v) return '';
    var r = keepRanges ? (v.ranges || []).map(function (x) {
      return b36(Math.round(x[0] * 10)) + '-' + b36(Math.round(x[1] * 10));
    }).join('_') : '';
    return (v.done ? '!' : '') + r;
  }

  function decodeVideo(s) {
    var done = s.charAt(0) === '!';
    if (done) s = s.slice(1);
    var ranges = s ? s.split('_').map(function (p) {
      var ab = p.split('-');
      return [un36(ab[0]) / 10, un36(ab[1]) / 10];
    }).filter(function (x) { return x[1] > x[0]; }) : [];
    return { done: done, ranges: ranges };
  }

  /**
   * model: { fingerprint, slideCount, questions: [question objects in slide order], videoCount,
   *          pool: [bank question ids] and draws: number of draw slides (when the course has any),
   *          expand(draw) -> the model of the course with this draw (decode calls it before the answers),
   *          blocks: [{n: item count} | {media: 1}] (optional), game: true when a section is a game }
   * state: { draw: [[bank question id] per draw slide], slide, visited: [bool], attempt, attemptsDone, quiz: {score|null, passed, failed},
   *          answers: [answer|undefined per question], videos: [{done, ranges: [[s,e] seconds]}],
   *          drafts: [unsubmitted answer|undefined per question] (optional),
   *          blocks: [{done, seen: [bool], ranges} per model.blocks entry] (optional),
   *          best: [personal best|null per section], speed: [-1..10|undefined per question] (game) }
   * opts.limit: max length (default 4096).
   */
  function encode(model, state, opts) {
    var limit = (opts && opts.limit) || 4096;
    var q = state.quiz || {};
    var head = [
      VERSION,
      model.fingerprint,
      encodeDraw(model, state.draw),
      b36(state.slide || 0),
      bitsEncode(state.visited || []),
      b36(state.attempt || 1) + '.' + b36(state.attemptsDone || 0),
      (q.score === null || q.score === undefined ? '' : b36(Math.round(q.score * 100))) + (q.passed ? 'p' : '') + (q.failed ? 'f' : '')
    ].join('|');
    var answers = state.answers || [], drafts = state.drafts || [];
    function build(dropText, keepRanges, keepAnswers, draftMode) {
      var list = keepAnswers ? model.questions.map(function (qq, i) {
        return encodeAnswer(qq, answers[i], dropText);
      }).join(',') : '';
      // draftMode: 2 = every draft, 1 = without open-text, 0 = none
      var draftList = draftMode ? '|' + model.questions.map(function (qq, i) {
        return answers[i] !== undefined || (draftMode < 2 && qq.type === 'open-text') ? '' : encodeAnswer(qq, drafts[i]);
      }).join(',').replace(/,+$/, '') : '';
      var videos = (state.videos || []).slice(0, model.videoCount).map(function (v) {
        return encodeVideo(v, keepRanges);
      }).join(',');
      var blocks = (model.blocks || []).length ? 'B' + model.blocks.map(function (m, i) {
        var b = (state.blocks || [])[i] || {};
        return m.media ? encodeVideo(b, keepRanges) : (b.done ? '!' : '') + bitsEncode(b.seen || []);
      }).join(',') : '';
      return head + '|' + list + '|' + videos + (draftList.length > 1 ? draftList : blocks ? '|' : '') + (blocks ? '|' + blocks : '');
    }
    var game = model.game ? '|G' + (state.best || []).map(function (b) { return b == null ? '' : b36(b * 100); }).join('.') + '~' +
      model.questions.map(function (qq, i) { var v = (state.speed || [])[i]; return v == null ? '_' : v < 0 ? 'x' : b36(v); }).join('').replace(/_+$/, '') : '';
    var tries = [[false, true, true, 2], [false, true, true, 1], [false, true, true, 0], [true, true, true, 0], [true, false, true, 0], [true, false, false, 0]];
    for (var t = 0; t < tries.length; t++) {
      var s = build(tries[t][0], tries[t][1], tries[t][2], tries[t][3]) + game;
      if (s.length <= limit) return s;
    }
    return head.length <= limit ? head : '';
  }

  function encodeDraw(model, draw) {
    var pool = model.pool || [], w = width(pool.length);
    return (draw || []).slice(0, model.draws || 0).map(function (ids) {
      return ids.map(function (id) { return fixed(pool.indexOf(id), w); }).join('');
    }).join('.');
  }

  // The draw, or null when it does not fit the course (wrong group count, unknown or repeated index).
  function decodeDraw(model, s) {
    var pool = model.pool || [], w = width(pool.length), n = model.draws || 0, seen = {};
    var parts = n ? s.split('.') : [];
    if (parts.length !== n || (!n && s)) return null;
    var out = [];
    for (var d = 0; d < n; d++) {
      if (parts[d].length % w || /[^0-9a-z]/.test(parts[d])) return null;
      var ids = [];
      for (var k = 0; k < parts[d].length; k += w) {
        var i = un36(parts[d].slice(k, k + w));
        if (i >= pool.length || seen[i]) return null;
        seen[i] = 1;
        ids.push(pool[i]);
      }
      out.push(ids);
    }
    return out;
  }

  /** Returns the state (same shape as encode's), or null if absent, foreign, or for another course structure. */
  function decode(model, str) {
    if (typeof str !== 'string' || !str) return null;
    var f = str.split('|');
    if (f[0] === '1' && !model.draws) f.splice(2, 0, ''); // v1: no draw field
    else if (f[0] !== VERSION) return null;
    if (f.length < 7 || f[1] !== model.fingerprint) return null;
    var draw = decodeDraw(model, f[2]);
    if (!draw) return null;
    f.splice(2, 1);
    if (model.expand) model = model.expand(draw);
    var g = f.length > 8 && f[f.length - 1].charAt(0) === 'G' ? f.pop().slice(1).split('~') : ['', ''];
    try {
      var at = f[4].split('.');
      var qm = /^([0-9a-z]*?)(p?)(f?)$/.exec(f[5]) || ['', '', '', ''];
      var ans = f[6] ? f[6].split(',') : [];
      var vids = f[7] ? f[7].split(',') : [];
      // encode() writes drafts (possibly empty) before blocks: a draft may itself start with "B".
      var drafts = f[8] ? f[8].split(',') : [];
      var blocks = (f[9] && f[9].charAt(0) === 'B' ? f[9] : 'B').slice(1).split(',');
      var state = {
        draw: draw,
        slide: Math.min(un36(f[2]), Math.max(0, model.slideCount - 1)),
        visited: bitsDecode(f[3], model.slideCount),
        attempt: Math.max(1, un36(at[0])),
        attemptsDone: un36(at[1] || '0'),
        quiz: { score: qm[1] ? un36(qm[1]) / 100 : null, passed: !!qm[2], failed: !!qm[3] },
        answers: model.questions.map(function (qq, i) { return decodeAnswer(qq, ans[i] || ''); }),
        drafts: model.questions.map(function (qq, i) { return decodeAnswer(qq, drafts[i] || ''); }),
        videos: [],
        blocks: (model.blocks || []).map(function (m, i) {
          var r = blocks[i] || '', done = r.charAt(0) === '!';
          if (m.media) return Object.assign(decodeVideo(r), { seen: [] });
          return { done: done, seen: bitsDecode(done ? r.slice(1) : r, m.n), ranges: [] };
        })
      };
      for (var v = 0; v < model.videoCount; v++) state.videos.push(decodeVideo(vids[v] || ''));
      state.best = g[0] ? g[0].split('.').map(function (b) { return b ? un36(b) / 100 : null; }) : [];
      state.speed = model.questions.map(function (qq, i) { var c = (g[1] || '').charAt(i); return c === 'x' ? -1 : c && c !== '_' ? Math.min(10, un36(c)) : undefined; });
      return state;
    } catch (e) {
      return null;
    }
  }

  return { VERSION: VERSION, encode: encode, decode: decode, fingerprint: fingerprint, hash: hash };
});
