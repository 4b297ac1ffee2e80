// SPDX-License-Identifier: MIT
// Capsule player — LMS runtime: version-pinned API discovery and adapters for
// "scorm12", "scorm2004", "web" (localStorage) and "none". See RUNTIME.md §2.
// Every adapter has the same methods and never throws:
//   start() -> {ok, resume, location, suspend, learnerName, mode, credit, language (the learner's preference)}
//   report({completion, success, score, raw, max, progress, hasQuiz, reporting}) -> true if a status changed
//   (max: a game course's maximum points, raw its points; else the score is a percent)
//   interaction(question, opts)  save(location, suspend)  sessionTime(ms)  commit() -> bool
//   language(code): the learner's language preference   finish(navRequest) -> bool (exactly once; later calls are no-ops); navRequest: 2004
//   adl.nav.request set just before Terminate.
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory(require('./scorm-format.js'));
  else root.CapsuleRuntime = factory(root.CapsuleScormFormat);
})(this, function (Fmt) {
  'use strict';

  /** Bottom-up search of win, its parents, then the opener chain, for win[name]; every access guarded. */
  function scan(win, name) {
    var hops = 0;
    while (win) {
      try { if (win[name]) return win[name]; } catch (e) { /* cross-origin frame */ }
      var parent = null;
      try { parent = win.parent; } catch (e) { parent = null; }
      if (!parent || parent === win || ++hops > 500) break;
      win = parent;
    }
    return null;
  }

  function findApi(win, name) {
    var api = scan(win, name);
    if (api) return api;
    try { if (win.opener && !win.opener.closed) api = scan(win.opener, name); } catch (e) { api = null; }
    if (api) return api;
    try { if (win.top && win.top.opener && !win.top.opener.closed) api = scan(win.top.opener, name); } catch (e) { api = null; }
    return api || null;
  }

  var RANK12 = { 'passed': 4, 'completed': 3, 'failed': 3, 'incomplete': 2, 'browsed': 1 };

  /** SCORM 1.2 lesson_status for a tracking state and the package's reporting choice. */
  function lessonStatus12(st, reporting) {
    if (reporting === 'completed-incomplete') return st.completion === 'completed' ? 'completed' : 'incomplete';
    if (st.success === 'failed') return 'failed';
    if (st.completion === 'completed' && (st.success === 'passed' || !st.hasQuiz)) return 'passed';
    return 'incomplete';
  }

  /** Never downgrade: only a higher-ranked status replaces the current one. */
  function upgrade12(current, next) {
    return (RANK12[next] || 0) > (RANK12[current] || 0) ? next : current;
  }

  function isTrue(r) { return r === true || String(r) === 'true'; }

  function ScormAdapter(api, version) {
    var v4 = version === '2004';
    var self = this;
    var state = 'idle';
    var written = {};
    var cur = {};
    var interactionIndex = 0;
    // 2004: ids of the questions already in cmi.interactions (this session or an earlier one).
    // What belongs to the question (description, correct responses, weighting) is written the
    // first time only: Moodle sends the whole data model with every call (docs/export.md §6).
    var described = {};
    // mode "review" makes the session read-only (only cmi.exit is written); "browse" and
    // credit "no-credit" never claim passed/failed in 1.2. See docs/player.md "Launch modes".
    var mode = 'normal', credit = 'credit', ro = false;
    var fn = v4
      ? { init: 'Initialize', get: 'GetValue', set: 'SetValue', commit: 'Commit', fin: 'Terminate', err: 'GetLastError' }
      : { init: 'LMSInitialize', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit', fin: 'LMSFinish', err: 'LMSGetLastError' };
    function call(name, a, b) {
      try { return api[name](a, b); } catch (e) { return ''; }
    }
    function get(el) {
      if (state !== 'active') return '';
      var v = call(fn.get, el);
      var err = String(call(fn.err));
      return err && err !== '0' ? '' : (v == null ? '' : String(v));
    }
    function set(el, value) {
      if (state !== 'active' || (ro && !/exit$|^adl\.nav\.request$/.test(el))) return false;
      value = String(value);
      if (written[el] === value) return true;
      var ok = isTrue(call(fn.set, el, value));
      if (ok) written[el] = value;
      return ok;
    }
    // Interactions and other journal values must be written even when equal to an earlier one.
    function put(el, value) {
      if (state !== 'active' || ro) return false;
      return isTrue(call(fn.set, el, String(value)));
    }

    this.kind = v4 ? 'scorm2004' : 'scorm12';
    this.tracking = true;
    this.version = v4 ? '2004' : '1.2';
    this.state = function () { return state; };

    this.start = function () {
      if (state !== 'idle') return { ok: state === 'active' };
      if (!isTrue(call(fn.init, ''))) {
        state = 'failed';
        self.tracking = false;
        return { ok: false };
      }
      state = 'active';
      var p = v4 ? 'cmi.' : 'cmi.core.';
      mode = get(v4 ? 'cmi.mode' : 'cmi.core.lesson_mode') || 'normal';
      credit = get(p + 'credit') || 'credit';
      ro = mode === 'review';
      var entry = get(p + 'entry');
      var location = get(v4 ? 'cmi.location' : 'cmi.core.lesson_location');
      var suspend = get('cmi.suspend_data');
      interactionIndex = parseInt(get('cmi.interactions._count'), 10) || 0;
      for (var k = 0; v4 && k < interactionIndex; k++) described[get('cmi.interactions.' + k + '.id')] = 1;
      if (v4) {
        cur.completion = get('cmi.completion_status');
        cur.success = get('cmi.success_status');
        if (cur.completion !== 'completed' && cur.completion !== 'incomplete') {
          set('cmi.completion_status', 'incomplete');
          cur.completion = 'incomplete';
        }
      } else {
        cur.lesson = get('cmi.core.lesson_status');
        if (!RANK12[cur.lesson]) {
          cur.lesson = mode === 'browse' ? 'browsed' : 'incomplete';
          set('cmi.core.lesson_status', cur.lesson);
        }
      }
      cur.raw = get(p + 'score.raw');
      if (v4) cur.pm = parseFloat(get('cmi.progress_measure')) || 0;
      set(v4 ? 'cmi.exit' : 'cmi.core.exit', 'suspend');
      return {
        ok: true,
        resume: entry === 'resume' || !!suspend,
        location: location,
        suspend: suspend,
        learnerName: get(v4 ? 'cmi.learner_name' : 'cmi.core.student_name'),
        language: get(v4 ? 'cmi.learner_preference.language' : 'cmi.student_preference.language'),
        mode: mode,
        credit: credit
      };
    };

    this.report = function (st) {
      if (state !== 'active' || ro) return false;
      var changed = false;
      if (st.score !== null && st.score !== undefined) {
        // A game course reports points: raw of max (st.max), the percent otherwise (docs/export.md §3).
        var raw = Fmt.decimal(st.max ? st.raw : st.score);
        if (raw !== cur.raw) {
          var s = v4 ? 'cmi.score.' : 'cmi.core.score.';
          set(s + 'min', '0');
          set(s + 'max', Fmt.decimal(st.max || 100));
          set(s + 'raw', raw);
          if (v4) set('cmi.score.scaled', Fmt.decimal(Math.round(st.score * 100) / 10000));
          cur.raw = raw;
          changed = true;
        }
      }
      if (v4) {
        if (st.completion === 'completed' && cur.completion !== 'completed') {
          set('cmi.completion_status', 'completed');
          cur.completion = 'completed';
          changed = true;
        }
        var succ = st.success;
        if ((succ === 'passed' && cur.success !== 'passed') ||
            (succ === 'failed' && cur.success !== 'passed' && cur.success !== 'failed')) {
          set('cmi.success_status', succ);
          cur.success = succ;
          changed = true;
        }
        // 1 only when completed; never lower (a retake resets answers, not progress).
        if (typeof st.progress === 'number') {
          var pm = Math.floor(Math.max(0, Math.min(1, st.progress)) * 1000) / 1000;
          pm = cur.completion === 'completed' ? 1 : Math.min(0.999, Math.max(cur.pm || 0, pm));
          if (pm !== cur.pm) {
            set('cmi.progress_measure', Fmt.decimal(pm));
            cur.pm = pm;
          }
        }
      } else {
        // Browse and no-credit launches are not for credit: completion only (1.2 conformance 2-19).
        var next = lessonStatus12(st, mode === 'browse' || credit === 'no-credit' ? 'completed-incomplete' : st.reporting);
        if (mode === 'browse' && next === 'incomplete') next = 'browsed';
        next = upgrade12(cur.lesson, next);
        if (next !== cur.lesson) {
          set('cmi.core.lesson_status', next);
          cur.lesson = next;
          changed = true;
        }
      }
      return changed;
    };

    this.interaction = function (q, opts) {
      if (state !== 'active' || ro) return false;
      var rec = Fmt.interaction(q, opts, self.version);
      var n = 'cmi.interactions.' + interactionIndex + '.';
      var first = !v4 || !described[rec.id];
      var ok = put(n + 'id', rec.id);
      put(n + 'type', rec.type);
      if (v4 && first) put(n + 'description', rec.description);
      if (first) rec.patterns.forEach(function (pattern, k) { put(n + 'correct_responses.' + k + '.pattern', pattern); });
      put(n + (v4 ? 'learner_response' : 'student_response'), rec.response);
      put(n + 'result', rec.result);
      if (first) put(n + 'weighting', rec.weighting);
      if (v4) described[rec.id] = 1;
      put(n + 'latency', rec.latency);
      put(n + (v4 ? 'timestamp' : 'time'), v4 ? rec.timestamp : rec.time);
      interactionIndex++;
      return ok;
    };

    this.language = function (code) { set(v4 ? 'cmi.learner_preference.language' : 'cmi.student_preference.language', code); };
    this.save = function (location, suspend) {
      set(v4 ? 'cmi.location' : 'cmi.core.lesson_location', location);
      set('cmi.suspend_data', suspend);
    };
    this.sessionTime = function (ms) {
      put(v4 ? 'cmi.session_time' : 'cmi.core.session_time', v4 ? Fmt.isoDuration(ms) : Fmt.cmiTimespan(ms));
    };
    this.commit = function () {
      return state === 'active' && isTrue(call(fn.commit, ''));
    };
    this.finish = function (navRequest) {
      if (state !== 'active') return false;
      if (v4 && navRequest) set('adl.nav.request', navRequest);
      state = 'finishing';
      var ok = isTrue(call(fn.fin, ''));
      state = ok ? 'finished' : 'failed';
      return ok;
    };
  }

  function WebAdapter(storage, key) {
    var data = {};
    var state = 'idle';
    this.kind = 'web';
    this.tracking = !!storage;
    this.state = function () { return state; };
    function write() {
      if (!storage) return false;
      try { storage.setItem(key, JSON.stringify(data)); return true; } catch (e) { return false; }
    }
    this.start = function () {
      state = 'active';
      try { data = JSON.parse(storage.getItem(key)) || {}; } catch (e) { data = {}; }
      return { ok: !!storage, resume: !!data.suspend, location: data.location || '', suspend: data.suspend || '', learnerName: '', language: data.language };
    };
    this.report = function (st) {
      var changed = false;
      if (st.completion === 'completed' && data.completion !== 'completed') { data.completion = 'completed'; changed = true; }
      if (st.success && st.success !== 'unknown' && data.success !== 'passed' && data.success !== st.success) { data.success = st.success; changed = true; }
      if (st.score !== null && st.score !== undefined && data.score !== st.score) { data.score = st.score; changed = true; }
      return changed;
    };
    this.interaction = function () { return true; };
    this.language = function (code) { data.language = code; };
    this.save = function (location, suspend) { data.location = location; data.suspend = suspend; };
    this.sessionTime = function () {};
    this.commit = function () { data.updated = new Date().toISOString(); return write(); };
    this.finish = function () {
      if (state !== 'active') return false;
      state = 'finished';
      return this.commit();
    };
  }

  function NoneAdapter() {
    var state = 'idle';
    this.kind = 'none';
    this.tracking = false;
    this.state = function () { return state; };
    this.start = function () { state = 'active'; return { ok: false, resume: false, location: '', suspend: '', learnerName: '' }; };
    this.report = function () { return false; };
    this.interaction = function () { return false; };
    this.language = this.save = function () {};
    this.sessionTime = function () {};
    this.commit = function () { return false; };
    this.finish = function () { if (state !== 'active') return false; state = 'finished'; return true; };
  }

  /**
   * Choose the adapter. kind: "scorm12" | "scorm2004" | "web" | "none". With no LMS API found for a
   * SCORM kind, falls back to "none" (the player shows "tracking off").
   * opts: { win, courseId }
   */
  function create(kind, opts) {
    var win = opts.win;
    if (kind === 'scorm12' || kind === 'scorm2004') {
      var api = findApi(win, kind === 'scorm12' ? 'API' : 'API_1484_11');
      return api ? new ScormAdapter(api, kind === 'scorm12' ? '1.2' : '2004') : new NoneAdapter();
    }
    if (kind === 'web') {
      var storage = null;
      try { storage = win.localStorage; storage.getItem('capsule-probe'); } catch (e) { storage = null; }
      return new WebAdapter(storage, 'capsule:progress:' + (opts.courseId || 'course'));
    }
    return new NoneAdapter();
  }

  return { create: create, findApi: findApi, lessonStatus12: lessonStatus12, upgrade12: upgrade12 };
});
