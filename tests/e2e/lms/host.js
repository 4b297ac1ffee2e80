// SPDX-License-Identifier: MIT
// Test LMS: one scorm-again API per launch, exposed under the pinned name only, every call logged.
// The API object of the other SCORM version is a trap that records any use (version pinning check).
(function () {
  'use strict';
  var NAMES = {
    '1.2': ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'],
    '2004': ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic']
  };
  var LMS = window.LMS = { calls: [], trapCalls: [], api: null, version: null };

  function trap(version) {
    var o = {};
    NAMES[version].forEach(function (n) {
      o[n] = function () { LMS.trapCalls.push(n); return 'false'; };
    });
    return o;
  }

  /** opts: { version: "1.2"|"2004", url, cmi: object to loadFromJSON before launch (or null) } */
  LMS.launch = function (opts) {
    var v = opts.version;
    var settings = { autocommit: false, logLevel: 5 };
    if (v === '1.2') settings.mastery_override = false; // scorm-again turns it on when settings are passed (RUNTIME.md §3)
    var real = v === '1.2' ? new window.Scorm12API(settings) : new window.Scorm2004API(settings);
    if (opts.cmi) real.loadFromJSON(opts.cmi, '');
    var getErr = v === '1.2' ? 'LMSGetLastError' : 'GetLastError';
    var wrapper = {};
    NAMES[v].forEach(function (n) {
      wrapper[n] = function (a, b) {
        var r = real[n](a, b);
        var rec = { fn: n, args: [a, b].filter(function (x) { return x !== undefined; }), result: String(r) };
        if (!/Error|Diagnostic/.test(n)) rec.error = String(real[getErr]());
        LMS.calls.push(rec);
        return r;
      };
    });
    LMS.calls = [];
    LMS.trapCalls = [];
    LMS.api = real;
    LMS.version = v;
    window.API = v === '1.2' ? wrapper : trap('1.2');
    window.API_1484_11 = v === '2004' ? wrapper : trap('2004');
    document.getElementById('sco').src = opts.url;
  };

  /** Navigate the SCO frame away (fires pagehide in the SCO). */
  LMS.unload = function () { document.getElementById('sco').src = 'about:blank'; };

  /** The CMI tree as the LMS holds it (write-only values included). */
  LMS.cmi = function () { return JSON.parse(JSON.stringify(LMS.api.cmi)); };
})();
