// SPDX-License-Identifier: MIT
// Test LMS reproducing how Moodle 4.4's SCORM player transmits Commit/Terminate (LMSCommit/LMSFinish),
// to test leaving through the LMS's own navigation (tests/e2e/lms-leave.mjs, docs/export.md §6):
//  - values live in one in-memory data model; each Commit/Terminate sends fields to the server
//    store (POST /store/commit); the store only keeps what was transmitted, and a relaunch gets it;
//  - outside page dismissal a call is a synchronous XHR (Moodle's DoRequest);
//  - during page dismissal (this page's beforeunload/pagehide/unload, or visibilitychange to hidden,
//    the events mod/scorm/request.js watches) the transport is either
//      "beacon":   navigator.sendBeacon with a FormData of the call's fields (Moodle 4.4). The bytes of
//                  the beacons sent during this dismissal are summed and a beacon that would pass
//                  64 KiB is refused (Chromium's keepalive quota): the call returns "false", error 101,
//                  as Moodle does when sendBeacon returns false;
//      "sync-xhr": every call is refused with "false", error 101 (Chromium refuses a synchronous XHR
//                  during page dismissal even from the parent page; scorm-again's default transport).
//  - what a call carries (Moodle's CollectData): SCORM 2004, every writable element whose value
//    differs from its value at launch, every interaction field always (the whole data model);
//    SCORM 1.2, every writable element changed since the last successful call (Moodle's 1.2 player
//    moves its defaults to the committed values).
//  - Terminate/LMSFinish first applies Moodle's StoreData rules: 1.2 "not attempted" -> "completed",
//    and with credit, a mastery score (the manifest's adlcp:masteryscore) and a raw score:
//    lesson_status := raw >= mastery ? passed : failed; 2004 with a scaled_passing_score (the
//    manifest's minNormalizedMeasure under satisfiedByMeasure) and a scaled score: success_status
//    := scaled >= passing ? passed : failed.
// Every API call is printed as "LMSDOUBLE {json}" so that the test also sees the calls made while
// the page goes away (its window, and LMS.calls, are gone by then).
(function () {
  'use strict';
  var NAMES = {
    '1.2': { init: 'LMSInitialize', fin: 'LMSFinish', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit',
      err: 'LMSGetLastError', str: 'LMSGetErrorString', diag: 'LMSGetDiagnostic' },
    '2004': { init: 'Initialize', fin: 'Terminate', get: 'GetValue', set: 'SetValue', commit: 'Commit',
      err: 'GetLastError', str: 'GetErrorString', diag: 'GetDiagnostic' }
  };
  var RO = {
    '1.2': /^cmi\.(core\.(student_id|student_name|credit|entry|total_time|lesson_mode)|launch_data|student_data\.|comments_from_lms)|\._(count|children)$/,
    '2004': /^cmi\.(learner_id|learner_name|credit|entry|mode|total_time|launch_data|scaled_passing_score|completion_threshold|max_time_allowed|time_limit_action|comments_from_lms)|\._(count|children|version)$/
  };
  var CAP = 64 * 1024;
  var BOUNDARY = 38; // "----WebKitFormBoundary" + 16 characters
  var enc = new TextEncoder();
  function bytes(s) { return enc.encode(String(s)).length; }

  var LMS = window.LMS = { calls: [], trapCalls: [], version: null, transport: null, inFlight: 0, dismissing: false };

  function note(rec) {
    LMS.calls.push(rec);
    try { console.log('LMSDOUBLE ' + JSON.stringify(rec)); } catch (e) { /* page going away */ }
    // Console messages sent while the page goes away are lost: keep those calls where the next
    // page of this origin can read them (localStorage is written synchronously).
    if (rec.dismissing) {
      try {
        var kept = JSON.parse(localStorage.getItem('lmsdouble-dismissal') || '[]');
        kept.push(rec);
        localStorage.setItem('lmsdouble-dismissal', JSON.stringify(kept));
      } catch (e) { /* storage unavailable */ }
    }
  }

  function dismiss() { LMS.dismissing = true; }
  window.addEventListener('beforeunload', dismiss);
  window.addEventListener('pagehide', dismiss);
  window.addEventListener('unload', dismiss);
  window.addEventListener('pageshow', function () { LMS.dismissing = false; LMS.inFlight = 0; });
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') dismiss();
    else { LMS.dismissing = false; LMS.inFlight = 0; }
  });

  function syncXhr(method, url, body) {
    var x = new XMLHttpRequest();
    x.open(method, url, false);
    if (body !== undefined) x.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
    x.send(body);
    return x.status === 200 ? x.responseText : '';
  }

  /** opts: { version, url, transport: "beacon"|"sync-xhr", mastery ("" or 0..100), scaledPassing ("" or 0..1) } */
  LMS.launch = function (opts) {
    var v = opts.version;
    var fn = NAMES[v];
    var stored = JSON.parse(syncXhr('GET', '/store/state') || '{}');
    var model = {};
    var defaults = {};
    var resume = stored['cmi.core.exit'] === 'suspend' || stored['cmi.exit'] === 'suspend';
    Object.keys(stored).forEach(function (k) {
      if (/exit$|session_time$|^adl\./.test(k)) return; // write-only or per-session: not given back
      model[k] = stored[k];
    });
    if (v === '1.2') {
      if (!model['cmi.core.lesson_status']) model['cmi.core.lesson_status'] = 'not attempted';
      model['cmi.core.entry'] = resume ? 'resume' : (stored['cmi.core.lesson_status'] ? '' : 'ab-initio');
      model['cmi.core.lesson_mode'] = 'normal';
      model['cmi.core.credit'] = 'credit';
      model['cmi.core.student_id'] = 'learner-1';
      model['cmi.core.student_name'] = 'Learner, Test';
      model['cmi.student_data.mastery_score'] = opts.mastery === undefined || opts.mastery === null ? '' : String(opts.mastery);
    } else {
      if (!model['cmi.completion_status']) model['cmi.completion_status'] = 'unknown';
      if (!model['cmi.success_status']) model['cmi.success_status'] = 'unknown';
      model['cmi.entry'] = resume ? 'resume' : 'ab-initio';
      model['cmi.mode'] = 'normal';
      model['cmi.credit'] = 'credit';
      model['cmi.learner_id'] = 'learner-1';
      model['cmi.learner_name'] = 'Learner, Test';
      model['cmi.scaled_passing_score'] = opts.scaledPassing === undefined || opts.scaledPassing === null ? '' : String(opts.scaledPassing);
    }
    Object.keys(model).forEach(function (k) { defaults[k] = model[k]; });

    var state = 'idle';
    var lastError = '0';

    function count(prefix) {
      var re = new RegExp('^' + prefix.replace(/\./g, '\\.') + '(\\d+)\\.');
      var n = 0;
      Object.keys(model).forEach(function (k) { var m = re.exec(k); if (m) n = Math.max(n, Number(m[1]) + 1); });
      return n;
    }

    // The fields of one call, Moodle-style: [key with "." -> "__", value].
    function fields() {
      var out = [];
      Object.keys(model).forEach(function (k) {
        if (RO[v].test(k)) return;
        var interaction = /^cmi\.interactions\./.test(k);
        if (!(v === '2004' && interaction) && defaults[k] === model[k]) return;
        out.push([k.replace(/\./g, '__'), model[k]]);
      });
      return out;
    }

    function storeData(finish) {
      if (finish) {
        if (v === '1.2') {
          if (model['cmi.core.lesson_status'] === 'not attempted') model['cmi.core.lesson_status'] = 'completed';
          var mastery = model['cmi.student_data.mastery_score'];
          var raw = model['cmi.core.score.raw'];
          if (mastery !== '' && raw !== undefined && raw !== '') {
            model['cmi.core.lesson_status'] = parseFloat(raw) >= parseFloat(mastery) ? 'passed' : 'failed';
          }
        } else {
          var sps = model['cmi.scaled_passing_score'];
          var scaled = model['cmi.score.scaled'];
          if (sps !== '' && scaled !== undefined && scaled !== '') {
            model['cmi.success_status'] = parseFloat(scaled) >= parseFloat(sps) ? 'passed' : 'failed';
          }
        }
      }
      var f = fields();
      var head = [['id', '1'], ['a', '1'], ['scoid', '1'], ['attempt', '1'], ['sesskey', 'k3y5e55ion']];
      var all = head.concat(f);
      var url = '/store/commit?fn=' + (finish ? 'finish' : 'commit');
      var ok;
      var size;
      if (!LMS.dismissing) {
        var param = all.map(function (p) { return p[0] + '=' + encodeURIComponent(p[1]); }).join('&');
        size = bytes(param);
        ok = syncXhr('POST', url + '&api=xhr', param).split('\n')[0] === 'true';
      } else if (LMS.transport === 'sync-xhr') {
        ok = false;
        size = 0;
      } else {
        var form = new FormData();
        size = BOUNDARY + 6;
        all.concat([['unloading', '1']]).forEach(function (p) {
          form.append(p[0], p[1]);
          size += 87 + bytes(p[0]) + bytes(p[1]);
        });
        ok = LMS.inFlight + size <= CAP && navigator.sendBeacon(url + '&api=beacon&bytes=' + size, form);
        if (ok) LMS.inFlight += size;
      }
      if (ok && v === '1.2') Object.keys(model).forEach(function (k) { defaults[k] = model[k]; });
      return { ok: ok, size: size, fields: f.length };
    }

    var api = {};
    function def(name, body) {
      api[name] = function (a, b) {
        var r = body(a, b);
        var rec = { fn: name, args: [a, b].filter(function (x) { return x !== undefined; }), result: String(r.result), error: lastError };
        if (r.size !== undefined) { rec.bytes = r.size; rec.fields = r.fields; }
        rec.dismissing = LMS.dismissing;
        if (!/Error|Diagnostic/.test(name)) note(rec);
        return r.result;
      };
    }
    def(fn.init, function () {
      if (state !== 'idle') { lastError = '101'; return { result: 'false' }; }
      state = 'active'; lastError = '0';
      return { result: 'true' };
    });
    def(fn.get, function (el) {
      if (state !== 'active') { lastError = v === '1.2' ? '301' : '122'; return { result: '' }; }
      lastError = '0';
      if (el === 'cmi.interactions._count') return { result: String(count('cmi.interactions.')) };
      var m = /^(cmi\.interactions\.\d+\.correct_responses\.)_count$/.exec(el);
      if (m) return { result: String(count(m[1])) };
      return { result: model[el] === undefined ? '' : model[el] };
    });
    def(fn.set, function (el, value) {
      if (state !== 'active') { lastError = v === '1.2' ? '301' : '132'; return { result: 'false' }; }
      if (RO[v].test(el)) { lastError = v === '1.2' ? '403' : '404'; return { result: 'false' }; }
      model[el] = String(value);
      lastError = '0';
      return { result: 'true' };
    });
    def(fn.commit, function () {
      if (state !== 'active') { lastError = v === '1.2' ? '301' : '142'; return { result: 'false' }; }
      var s = storeData(false);
      lastError = s.ok ? '0' : '101';
      return { result: s.ok ? 'true' : 'false', size: s.size, fields: s.fields };
    });
    def(fn.fin, function () {
      if (state !== 'active') { lastError = v === '1.2' ? '301' : '112'; return { result: 'false' }; }
      var s = storeData(true);
      lastError = s.ok ? '0' : '101';
      if (s.ok) state = 'terminated';
      return { result: s.ok ? 'true' : 'false', size: s.size, fields: s.fields };
    });
    api[fn.err] = function () { return lastError; };
    api[fn.str] = function (c) { return c === '101' ? 'General exception' : ''; };
    api[fn.diag] = function () { return ''; };

    var trap = {};
    var other = NAMES[v === '1.2' ? '2004' : '1.2'];
    Object.keys(other).forEach(function (k) { trap[other[k]] = function () { LMS.trapCalls.push(other[k]); return 'false'; }; });

    LMS.version = v;
    LMS.transport = opts.transport;
    LMS.model = model;
    window.API = v === '1.2' ? api : trap;
    window.API_1484_11 = v === '2004' ? api : trap;
    document.getElementById('sco').src = opts.url;
  };
})();
