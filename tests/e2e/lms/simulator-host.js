// SPDX-License-Identifier: MIT
// Test LMS backed by the preview's strict simulator (resources/preview/lms-simulator.js), with the
// same window.LMS interface as host.js: launch({version, url, cmi}), unload(), calls, trapCalls.
// cmi is a scorm-again-style object ({ core: { entry, ... }, suspend_data }) the simulator loads as
// what the LMS stored. LMS.errors() lists the calls the simulator flagged as spec violations.
(function () {
  'use strict';
  var NAMES = {
    '1.2': ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'],
    '2004': ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic']
  };
  var LMS = window.LMS = { calls: [], trapCalls: [], sim: null, version: null };

  function trap(version) {
    var o = {};
    NAMES[version].forEach(function (n) {
      o[n] = function () { LMS.trapCalls.push(n); return 'false'; };
    });
    return o;
  }

  LMS.launch = function (opts) {
    var v = opts.version;
    var sim = window.CapsuleLmsSimulator.create({
      version: v, mode: 'normal', credit: 'credit', stored: window.CapsuleLmsSimulator.storedFromCmi(opts.cmi)
    });
    LMS.calls = [];
    LMS.trapCalls = [];
    sim.onChange(function (ev) {
      if (ev.kind !== 'call' || ev.record.fn === 'note') return;
      var r = ev.record;
      var rec = { fn: r.fn, args: r.args.filter(function (x) { return x !== undefined; }), result: r.result };
      if (!/Error|Diagnostic/.test(r.fn)) rec.error = r.error;
      LMS.calls.push(rec);
    });
    LMS.sim = sim;
    LMS.version = v;
    window.API = v === '1.2' ? sim.api() : trap('1.2');
    window.API_1484_11 = v === '2004' ? sim.api() : trap('2004');
    document.getElementById('sco').src = opts.url;
  };

  LMS.unload = function () { document.getElementById('sco').src = 'about:blank'; };

  LMS.cmi = function () { return LMS.sim.cmi(); };

  /** Calls flagged as spec violations (severity "error"), and warnings, for the test's report. */
  LMS.errors = function () { return LMS.sim.log.filter(function (r) { return r.severity === 'error'; }); };
  LMS.warnings = function () { return LMS.sim.log.filter(function (r) { return r.severity === 'warning'; }); };
})();
