// SPDX-License-Identifier: MIT
// Capsule preview — a strict SCORM 1.2 / SCORM 2004 4th edition LMS simulator. Written from the
// specifications (SCORM 1.2 RTE §3.3-3.4, SCORM 2004 4th ed RTE §3.1, §4.1-4.2); see docs/preview.md.
//
//   var sim = CapsuleLmsSimulator.create({ version: '1.2'|'2004', mode, credit, learnerId, learnerName,
//                                         stored, masteryScore, scaledPassingScore, completionThreshold,
//                                         launchData, targets12 });
//   sim.LMSInitialize('') ... (1.2)   sim.Initialize('') ... (2004): the eight API functions
//   sim.log: [{ t, fn, args, result, error, errorString, severity: 'ok'|'warning'|'error', note }]
//   sim.cmi() nested values; sim.elements() flat rows for an inspector; sim.suspendDataSize();
//   sim.exitAndRelaunchState() what an LMS keeps for the next launch (pass it as create({stored}));
//   sim.onChange(fn) -> unsubscribe; fn({ kind: 'call'|'commit'|'state', record? }).
//
// "error" severity means the content broke the specification, even where real LMSs accept it;
// "warning" means legal but suspect (the note says why).
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory();
  else root.CapsuleLmsSimulator = factory();
})(this, function () {
  'use strict';

  var T0 = Date.now();

  // ---------------------------------------------------------------- error codes

  var ERRORS = {
    '1.2': {
      0: 'No error', 101: 'General exception', 201: 'Invalid argument error',
      202: 'Element cannot have children', 203: 'Element not an array - cannot have count',
      301: 'Not initialized', 401: 'Not implemented error', 402: 'Invalid set value, element is a keyword',
      403: 'Element is read only', 404: 'Element is write only', 405: 'Incorrect data type'
    },
    '2004': {
      0: 'No Error', 101: 'General Exception', 102: 'General Initialization Failure', 103: 'Already Initialized',
      104: 'Content Instance Terminated', 111: 'General Termination Failure', 112: 'Termination Before Initialization',
      113: 'Termination After Termination', 122: 'Retrieve Data Before Initialization',
      123: 'Retrieve Data After Termination', 132: 'Store Data Before Initialization',
      133: 'Store Data After Termination', 142: 'Commit Before Initialization', 143: 'Commit After Termination',
      201: 'General Argument Error', 301: 'General Get Failure', 351: 'General Set Failure',
      391: 'General Commit Failure', 401: 'Undefined Data Model Element', 402: 'Unimplemented Data Model Element',
      403: 'Data Model Element Value Not Initialized', 404: 'Data Model Element Is Read Only',
      405: 'Data Model Element Is Write Only', 406: 'Data Model Element Type Mismatch',
      407: 'Data Model Element Value Out Of Range', 408: 'Data Model Dependency Not Established'
    }
  };

  // ---------------------------------------------------------------- value types
  // Each check returns null when valid, else { range: bool, msg }.

  function bad(msg) { return { range: false, msg: msg }; }
  function outOfRange(msg) { return { range: true, msg: msg }; }

  var RE_DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
  var RE_TIMESPAN12 = /^(\d{2,4}):(\d{2}):(\d{2})(\.\d{1,2})?$/;
  var RE_TIME12 = /^(\d{2}):(\d{2}):(\d{2})(\.\d{1,2})?$/;
  var RE_DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
  var RE_TIME2004 = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2})(\.\d+)?(Z|[+-]\d{2}(?::\d{2})?)?)?)?)?)?)?$/;
  var RE_LANG = /^(?:[A-Za-z]{2,3}|[iIxX])(?:-[A-Za-z0-9]{1,8})*$/;
  var RE_URI_CHARS = /^[A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]+$/;

  function decimal(v) { return RE_DECIMAL.test(v) ? null : bad('not a decimal number (digits, optional sign and decimal point, no exponent)'); }

  function decimalIn(min, max) {
    return function (v) {
      var e = decimal(v);
      if (e) return e;
      var x = Number(v);
      if ((min !== null && x < min) || (max !== null && x > max)) {
        return outOfRange('out of range ' + (min === null ? '' : min) + '..' + (max === null ? '' : max));
      }
      return null;
    };
  }

  function decimalOrBlank12(v) { return v === '' ? null : decimalIn(0, 100)(v); }

  function integerIn(min, max) {
    return function (v) {
      if (!/^[+-]?\d+$/.test(v)) return bad('not an integer');
      var x = Number(v);
      return x < min || x > max ? outOfRange('out of range ' + min + '..' + max) : null;
    };
  }

  function string(max) {
    return function (v) { return v.length > max ? bad('longer than ' + max + ' characters (' + v.length + ')') : null; };
  }

  function vocab(words) {
    return function (v) { return words.indexOf(v) >= 0 ? null : bad('not one of: ' + words.map(function (w) { return '"' + w + '"'; }).join(', ')); };
  }

  function identifier12(v) {
    if (v === '') return bad('empty identifier');
    if (v.length > 255) return bad('longer than 255 characters');
    return /^[!-~]+$/.test(v) ? null : bad('a CMIIdentifier has no spaces or unprintable characters');
  }

  function timespan12(v) {
    var m = RE_TIMESPAN12.exec(v);
    if (!m) return bad('not a CMITimespan HHHH:MM:SS.SS (2-4 hour digits, at most 2 decimals)');
    if (Number(m[2]) > 59 || Number(m[3]) > 59) return bad('minutes and seconds must be 00-59');
    return null;
  }

  function time12(v) {
    var m = RE_TIME12.exec(v);
    if (!m) return bad('not a CMITime HH:MM:SS(.SS)');
    if (Number(m[1]) > 23 || Number(m[2]) > 59 || Number(m[3]) > 59) return bad('not a time of day (00:00:00-23:59:59)');
    return null;
  }

  function duration(v) {
    var m = RE_DURATION.exec(v);
    if (!m || v === 'P' || /T$/.test(v)) return bad('not an ISO 8601 duration such as PT1H5M30.25S');
    if (m[6] && /\.\d{3,}/.test(m[6])) return bad('seconds have more than 2 decimals (timeinterval(second,10,2))');
    return null;
  }

  function daysIn(y, mo) { return new Date(Date.UTC(y, mo, 0)).getUTCDate(); }

  function time2004(v) {
    var m = RE_TIME2004.exec(v);
    if (!m) return bad('not a time(second,10,0) YYYY[-MM[-DD[Thh[:mm[:ss[.s][TZD]]]]]]');
    var y = Number(m[1]);
    if (y < 1970 || y > 2038) return bad('year outside 1970-2038');
    if (m[2] && (Number(m[2]) < 1 || Number(m[2]) > 12)) return bad('month outside 01-12');
    if (m[3] && (Number(m[3]) < 1 || Number(m[3]) > daysIn(y, Number(m[2])))) return bad('no such day');
    if (m[4] && Number(m[4]) > 23) return bad('hour outside 00-23');
    if (m[5] && Number(m[5]) > 59) return bad('minutes outside 00-59');
    if (m[6] && Number(m[6]) > 59) return bad('seconds outside 00-59');
    if (m[8] && m[8] !== 'Z') {
      var tz = /^[+-](\d{2})(?::(\d{2}))?$/.exec(m[8]);
      if (Number(tz[1]) > 23 || (tz[2] && Number(tz[2]) > 59)) return bad('time zone offset out of range');
    }
    return null;
  }

  function language(v) { return v === '' || RE_LANG.test(v) ? null : bad('not a language tag (RFC 3066) such as "fr" or "en-GB"'); }

  function uri(max, what) {
    return function (v) {
      if (v === '') return bad('empty ' + what);
      if (v.length > max) return bad(what + ' longer than ' + max + ' characters');
      if (!RE_URI_CHARS.test(v)) return bad(what + ' must be a URI: no spaces, brackets, braces or non-ASCII characters');
      if (/^urn:/i.test(v) && !/^urn:[A-Za-z0-9][A-Za-z0-9-]{0,31}:\S+$/i.test(v)) return bad('malformed URN (urn:<namespace>:<string>)');
      return null;
    };
  }
  var shortId = uri(250, 'short identifier');
  var longId = uri(4000, 'long identifier');

  /** localized_string_type: optional {lang=xx} then text of at most max characters. */
  function localized(max) {
    return function (v) {
      var text = v;
      if (v.indexOf('{lang=') === 0) {
        var end = v.indexOf('}');
        if (end < 0) return bad('{lang= delimiter without a closing }');
        var tag = v.slice(6, end);
        if (tag === '' || !RE_LANG.test(tag)) return bad('{lang=' + tag + '} is not a language tag');
        text = v.slice(end + 1);
      }
      return text.length > max ? bad('text longer than ' + max + ' characters (' + text.length + ')') : null;
    };
  }

  function real(v) { return decimal(v); }

  // ---------------------------------------------------------------- interaction formats

  function split(s, d) { return s.split(d); }

  /** Strips leading {name=true|false} delimiters listed in names; returns { rest, err }. */
  function stripFlags(s, names) {
    var seen = {};
    for (;;) {
      var m = /^\{([a-z_]+)=([^}]*)\}/.exec(s);
      if (!m || names.indexOf(m[1]) < 0) break;
      if (m[2] !== 'true' && m[2] !== 'false') return { err: bad('{' + m[1] + '=' + m[2] + '}: the value must be true or false') };
      if (seen[m[1]]) return { err: bad('{' + m[1] + '=…} given twice') };
      seen[m[1]] = true;
      s = s.slice(m[0].length);
    }
    return { rest: s };
  }

  function eachOf(items, check, label) {
    for (var i = 0; i < items.length; i++) {
      var e = check(items[i]);
      if (e) return bad(label + ' ' + (i + 1) + ' ("' + items[i].slice(0, 40) + '"): ' + e.msg);
    }
    return null;
  }

  function idList(s, opts) {
    if (s === '') return opts.allowEmpty ? null : bad('empty: at least one identifier is needed');
    var items = split(s, '[,]');
    if (opts.single && items.length > 1) return bad('a single identifier is expected, not a [,] list');
    var e = eachOf(items, shortId, 'identifier');
    if (e) return e;
    if (opts.unique) {
      var seen = {};
      for (var i = 0; i < items.length; i++) {
        if (seen[items[i]]) return bad('identifier "' + items[i] + '" appears twice');
        seen[items[i]] = true;
      }
    }
    return null;
  }

  function stepAnswer(a, allowRange) {
    if (allowRange && a.indexOf('[:]') >= 0) return numericRange(a);
    if (a.length > 250) return bad('step answer longer than 250 characters');
    return null;
  }

  function numericRange(s) {
    var parts = split(s, '[:]');
    if (parts.length !== 2) return bad('a numeric range is min[:]max (either side may be empty)');
    if (parts[0] !== '' && decimal(parts[0])) return bad('range minimum "' + parts[0] + '" is not a number');
    if (parts[1] !== '' && decimal(parts[1])) return bad('range maximum "' + parts[1] + '" is not a number');
    if (parts[0] !== '' && parts[1] !== '' && Number(parts[0]) > Number(parts[1])) return bad('range minimum is greater than its maximum');
    return null;
  }

  var PATTERN_2004 = {
    'true-false': function (v) { return v === 'true' || v === 'false' ? null : bad('true-false takes "true" or "false"'); },
    'choice': function (v) { return idList(v, { allowEmpty: true, unique: true }); },
    'fill-in': function (v) {
      var f = stripFlags(v, ['case_matters', 'order_matters']);
      if (f.err) return f.err;
      var items = split(f.rest, '[,]');
      if (items.length > 10) return bad(items.length + ' strings; at most 10 are portable');
      return eachOf(items, localized(250), 'string');
    },
    'long-fill-in': function (v) {
      var f = stripFlags(v, ['case_matters']);
      if (f.err) return f.err;
      if (/^\{order_matters=/.test(f.rest)) return bad('{order_matters} does not apply to long-fill-in (one string)');
      return localized(4000)(f.rest);
    },
    'likert': function (v) { return idList(v, { single: true }); },
    'matching': function (v) {
      if (v === '') return bad('empty: at least one source[.]target pair is needed');
      var pairs = split(v, '[,]');
      for (var i = 0; i < pairs.length; i++) {
        var p = split(pairs[i], '[.]');
        if (p.length !== 2) return bad('pair ' + (i + 1) + ' ("' + pairs[i].slice(0, 40) + '") is not source[.]target');
        var e = shortId(p[0]) || shortId(p[1]);
        if (e) return bad('pair ' + (i + 1) + ': ' + e.msg);
      }
      return null;
    },
    'performance': function (v) {
      var f = stripFlags(v, ['order_matters']);
      if (f.err) return f.err;
      return steps(f.rest, true);
    },
    'sequencing': function (v) { return idList(v, {}); },
    'numeric': numericRange,
    'other': string(4000)
  };

  function steps(s, allowRange) {
    if (s === '') return bad('empty: at least one step is needed');
    var list = split(s, '[,]');
    for (var i = 0; i < list.length; i++) {
      var p = split(list[i], '[.]');
      if (p.length !== 2) return bad('step ' + (i + 1) + ' ("' + list[i].slice(0, 40) + '") is not step_name[.]step_answer');
      if (p[0] === '' && p[1] === '') return bad('step ' + (i + 1) + ' has neither a name nor an answer');
      var e = (p[0] !== '' ? shortId(p[0]) : null) || stepAnswer(p[1], allowRange);
      if (e) return bad('step ' + (i + 1) + ': ' + e.msg);
    }
    return null;
  }

  var RESPONSE_2004 = {
    'true-false': PATTERN_2004['true-false'],
    'choice': PATTERN_2004.choice,
    'fill-in': function (v) {
      if (/^\{(case_matters|order_matters)=/.test(v)) return bad('{case_matters}/{order_matters} belong to correct_responses patterns, not to learner_response');
      var items = split(v, '[,]');
      if (items.length > 10) return bad(items.length + ' strings; at most 10 are portable');
      return eachOf(items, localized(250), 'string');
    },
    'long-fill-in': function (v) {
      if (/^\{case_matters=/.test(v)) return bad('{case_matters} belongs to correct_responses patterns, not to learner_response');
      return localized(4000)(v);
    },
    'likert': PATTERN_2004.likert,
    'matching': PATTERN_2004.matching,
    'performance': function (v) {
      if (/^\{order_matters=/.test(v)) return bad('{order_matters} belongs to correct_responses patterns, not to learner_response');
      return steps(v, false);
    },
    'sequencing': PATTERN_2004.sequencing,
    'numeric': function (v) { return real(v) ? bad('numeric learner_response is a single real number (ranges belong to patterns)') : null; },
    'other': string(4000)
  };

  var ONE_CHAR = /^[0-9a-z]$/;
  function charList(v, withBraces, pairs) {
    var body = v;
    if (withBraces && /^\{.*\}$/.test(v)) body = v.slice(1, -1);
    if (body === '') return bad('empty');
    var items = body.split(',');
    for (var i = 0; i < items.length; i++) {
      if (pairs) {
        if (!/^[0-9a-z]\.[0-9a-z]$/.test(items[i])) return bad('"' + items[i] + '" is not a source.target pair of single characters 0-9 a-z');
      } else if (!ONE_CHAR.test(items[i])) {
        return bad('"' + items[i] + '" is not a single character 0-9 or a-z');
      }
    }
    return null;
  }

  // SCORM 1.2 CMIFeedback by interaction type (RTE 1.2 §3.4.4, cmi.interactions.n.student_response).
  var FEEDBACK_12 = {
    'true-false': function (v) { return /^[01tf]$/.test(v) ? null : bad('true-false takes one of 0, 1, t, f'); },
    'choice': function (v) { return charList(v, true, false); },
    'fill-in': string(255),
    'numeric': function (v) { return decimal(v); },
    'likert': function (v) { return v === '' || ONE_CHAR.test(v) ? null : bad('likert takes a single character 0-9 or a-z'); },
    'matching': function (v) { return charList(v, true, true); },
    'performance': string(255),
    'sequencing': function (v) { return charList(v, false, false); }
  };

  var TYPES_12 = ['true-false', 'choice', 'fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric'];
  var TYPES_2004 = ['true-false', 'choice', 'fill-in', 'long-fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric', 'other'];
  // 2004 4th ed: these types allow exactly one correct response pattern (more → 351).
  var ONE_PATTERN = { 'true-false': 1, 'likert': 1, 'numeric': 1, 'other': 1 };
  // Smallest permitted maxima for the others (more is legal but not portable).
  var SPM_PATTERNS = { 'choice': 10, 'fill-in': 5, 'long-fill-in': 5, 'matching': 5, 'performance': 5, 'sequencing': 5 };

  // ---------------------------------------------------------------- data models

  var STATUS12 = ['passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted'];

  function model12() {
    var score = { a: 'rw', check: decimalOrBlank12 };
    return {
      version: '3.4',
      containers: {
        'cmi.core': 'student_id,student_name,lesson_location,credit,lesson_status,entry,score,total_time,lesson_mode,exit,session_time',
        'cmi.core.score': 'raw,min,max',
        'cmi.objectives': 'id,score,status',
        'cmi.objectives.n.score': 'raw,min,max',
        'cmi.student_data': 'mastery_score,max_time_allowed,time_limit_action',
        'cmi.student_preference': 'audio,language,speed,text',
        'cmi.interactions': 'id,objectives,time,type,correct_responses,weighting,student_response,result,latency'
      },
      arrays: ['cmi.objectives', 'cmi.interactions', 'cmi.interactions.n.objectives', 'cmi.interactions.n.correct_responses'],
      elements: {
        'cmi.core.student_id': { a: 'ro' },
        'cmi.core.student_name': { a: 'ro' },
        'cmi.core.lesson_location': { a: 'rw', check: string(255), def: '' },
        'cmi.core.credit': { a: 'ro' },
        'cmi.core.lesson_status': { a: 'rw', check: function (v) {
          if (v === 'not attempted') return bad('"not attempted" is set by the LMS only; a SCO reports passed, completed, failed, incomplete or browsed');
          return vocab(STATUS12)(v);
        }, def: 'not attempted' },
        'cmi.core.entry': { a: 'ro' },
        'cmi.core.score.raw': score, 'cmi.core.score.min': score, 'cmi.core.score.max': score,
        'cmi.core.total_time': { a: 'ro' },
        'cmi.core.lesson_mode': { a: 'ro' },
        'cmi.core.exit': { a: 'wo', check: vocab(['time-out', 'suspend', 'logout', '']) },
        'cmi.core.session_time': { a: 'wo', check: timespan12 },
        'cmi.suspend_data': { a: 'rw', check: string(4096), def: '' },
        'cmi.launch_data': { a: 'ro' },
        'cmi.comments': { a: 'rw', check: string(4096), def: '' },
        'cmi.comments_from_lms': { a: 'ro' },
        'cmi.objectives.n.id': { a: 'rw', check: identifier12 },
        'cmi.objectives.n.score.raw': score, 'cmi.objectives.n.score.min': score, 'cmi.objectives.n.score.max': score,
        'cmi.objectives.n.status': { a: 'rw', check: vocab(STATUS12) },
        'cmi.student_data.mastery_score': { a: 'ro' },
        'cmi.student_data.max_time_allowed': { a: 'ro' },
        'cmi.student_data.time_limit_action': { a: 'ro' },
        'cmi.student_preference.audio': { a: 'rw', check: integerIn(-1, 100), def: '0' },
        'cmi.student_preference.language': { a: 'rw', check: string(255), def: '' },
        'cmi.student_preference.speed': { a: 'rw', check: integerIn(-100, 100), def: '0' },
        'cmi.student_preference.text': { a: 'rw', check: integerIn(-1, 1), def: '0' },
        'cmi.interactions.n.id': { a: 'wo', check: identifier12 },
        'cmi.interactions.n.objectives.n.id': { a: 'wo', check: identifier12 },
        'cmi.interactions.n.time': { a: 'wo', check: time12 },
        'cmi.interactions.n.type': { a: 'wo', check: vocab(TYPES_12) },
        'cmi.interactions.n.correct_responses.n.pattern': { a: 'wo', check: 'feedback' },
        'cmi.interactions.n.weighting': { a: 'wo', check: decimal },
        'cmi.interactions.n.student_response': { a: 'wo', check: 'feedback' },
        'cmi.interactions.n.result': { a: 'wo', check: function (v) {
          return ['correct', 'wrong', 'unanticipated', 'neutral'].indexOf(v) >= 0 || !decimal(v) ? null
            : bad('not correct, wrong, unanticipated, neutral or a decimal');
        } },
        'cmi.interactions.n.latency': { a: 'wo', check: timespan12 }
      }
    };
  }

  var COMPLETION = ['completed', 'incomplete', 'not attempted', 'unknown'];
  var SUCCESS = ['passed', 'failed', 'unknown'];
  var NAV = ['continue', 'previous', 'exit', 'exitAll', 'abandon', 'abandonAll', 'suspendAll', '_none_'];

  function model2004() {
    var scaled = { a: 'rw', check: decimalIn(-1, 1) };
    var rl = { a: 'rw', check: real };
    return {
      version: '1.0',
      containers: {
        'cmi.comments_from_learner': 'comment,location,timestamp',
        'cmi.comments_from_lms': 'comment,location,timestamp',
        'cmi.interactions': 'id,type,objectives,timestamp,correct_responses,weighting,learner_response,result,latency,description',
        'cmi.learner_preference': 'audio_level,language,delivery_speed,audio_captioning',
        'cmi.objectives': 'id,score,success_status,completion_status,progress_measure,description',
        'cmi.objectives.n.score': 'scaled,raw,min,max',
        'cmi.score': 'scaled,raw,min,max',
        'adl.data': 'id,store'
      },
      arrays: ['cmi.comments_from_learner', 'cmi.comments_from_lms', 'cmi.interactions', 'cmi.interactions.n.objectives',
        'cmi.interactions.n.correct_responses', 'cmi.objectives', 'adl.data'],
      elements: {
        'cmi.comments_from_learner.n.comment': { a: 'rw', check: localized(4000) },
        'cmi.comments_from_learner.n.location': { a: 'rw', check: string(250) },
        'cmi.comments_from_learner.n.timestamp': { a: 'rw', check: time2004 },
        'cmi.comments_from_lms.n.comment': { a: 'ro' },
        'cmi.comments_from_lms.n.location': { a: 'ro' },
        'cmi.comments_from_lms.n.timestamp': { a: 'ro' },
        'cmi.completion_status': { a: 'rw', check: vocab(COMPLETION), def: 'unknown' },
        'cmi.completion_threshold': { a: 'ro' },
        'cmi.credit': { a: 'ro' },
        'cmi.entry': { a: 'ro' },
        'cmi.exit': { a: 'wo', check: vocab(['time-out', 'suspend', 'logout', 'normal', '']) },
        'cmi.interactions.n.id': { a: 'rw', check: longId },
        'cmi.interactions.n.type': { a: 'rw', check: vocab(TYPES_2004) },
        'cmi.interactions.n.objectives.n.id': { a: 'rw', check: longId },
        'cmi.interactions.n.timestamp': { a: 'rw', check: time2004 },
        'cmi.interactions.n.correct_responses.n.pattern': { a: 'rw', check: 'pattern' },
        'cmi.interactions.n.weighting': rl,
        'cmi.interactions.n.learner_response': { a: 'rw', check: 'response' },
        'cmi.interactions.n.result': { a: 'rw', check: function (v) {
          return ['correct', 'incorrect', 'unanticipated', 'neutral'].indexOf(v) >= 0 || !real(v) ? null
            : bad('not correct, incorrect, unanticipated, neutral or a real number' + (v === 'wrong' ? ' ("wrong" is SCORM 1.2)' : ''));
        } },
        'cmi.interactions.n.latency': { a: 'rw', check: duration },
        'cmi.interactions.n.description': { a: 'rw', check: localized(250) },
        'cmi.launch_data': { a: 'ro' },
        'cmi.learner_id': { a: 'ro' },
        'cmi.learner_name': { a: 'ro' },
        'cmi.learner_preference.audio_level': { a: 'rw', check: decimalIn(0, null), def: '1' },
        'cmi.learner_preference.language': { a: 'rw', check: language, def: '' },
        'cmi.learner_preference.delivery_speed': { a: 'rw', check: decimalIn(0, null), def: '1' },
        'cmi.learner_preference.audio_captioning': { a: 'rw', check: vocab(['-1', '0', '1']), def: '0' },
        'cmi.location': { a: 'rw', check: string(1000) },
        'cmi.max_time_allowed': { a: 'ro' },
        'cmi.mode': { a: 'ro' },
        'cmi.objectives.n.id': { a: 'rw', check: longId },
        'cmi.objectives.n.score.scaled': scaled,
        'cmi.objectives.n.score.raw': rl, 'cmi.objectives.n.score.min': rl, 'cmi.objectives.n.score.max': rl,
        'cmi.objectives.n.success_status': { a: 'rw', check: vocab(SUCCESS), def: 'unknown' },
        'cmi.objectives.n.completion_status': { a: 'rw', check: vocab(COMPLETION), def: 'unknown' },
        'cmi.objectives.n.progress_measure': { a: 'rw', check: decimalIn(0, 1) },
        'cmi.objectives.n.description': { a: 'rw', check: localized(250) },
        'cmi.progress_measure': { a: 'rw', check: decimalIn(0, 1) },
        'cmi.scaled_passing_score': { a: 'ro' },
        'cmi.score.scaled': scaled,
        'cmi.score.raw': rl, 'cmi.score.min': rl, 'cmi.score.max': rl,
        'cmi.session_time': { a: 'wo', check: duration },
        'cmi.success_status': { a: 'rw', check: vocab(SUCCESS), def: 'unknown' },
        'cmi.suspend_data': { a: 'rw', check: string(64000) },
        'cmi.time_limit_action': { a: 'ro' },
        'cmi.total_time': { a: 'ro' },
        'adl.nav.request': { a: 'rw', check: function (v) {
          if (/^\{target=[^}]+\}(choice|jump)$/.test(v)) return shortId(/^\{target=([^}]+)\}/.exec(v)[1]);
          return vocab(NAV)(v);
        }, def: '_none_' },
        'adl.nav.request_valid.continue': { a: 'ro' },
        'adl.nav.request_valid.previous': { a: 'ro' },
        'adl.data.n.id': { a: 'ro' },
        'adl.data.n.store': { a: 'rw', check: string(64000) }
      }
    };
  }

  // ---------------------------------------------------------------- time arithmetic

  function centisFrom12(v) {
    var m = RE_TIMESPAN12.exec(v || '');
    if (!m) return 0;
    return Math.round(((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3]) + Number(m[4] || 0)) * 100);
  }
  function centisFromDuration(v) {
    var m = RE_DURATION.exec(v || '');
    if (!m) return 0;
    var days = Number(m[1] || 0) * 365 + Number(m[2] || 0) * 30 + Number(m[3] || 0);
    return Math.round((((days * 24 + Number(m[4] || 0)) * 60 + Number(m[5] || 0)) * 60 + Number(m[6] || 0)) * 100);
  }
  function pad(n, w) { var s = String(n); while (s.length < w) s = '0' + s; return s; }
  function timespan12From(cs) {
    cs = Math.min(cs, 9999 * 360000 + 359999);
    return pad(Math.floor(cs / 360000), 4) + ':' + pad(Math.floor(cs / 6000) % 60, 2) + ':' +
      pad(Math.floor(cs / 100) % 60, 2) + '.' + pad(cs % 100, 2);
  }
  function durationFrom(cs) {
    var h = Math.floor(cs / 360000), m = Math.floor(cs / 6000) % 60, s = (cs % 6000) / 100;
    return 'PT' + h + 'H' + m + 'M' + String(Number(s.toFixed(2))) + 'S';
  }

  // ---------------------------------------------------------------- flattening helpers

  function flatten(obj, prefix, out) {
    Object.keys(obj || {}).forEach(function (k) {
      var v = obj[k];
      var key = prefix ? prefix + '.' + k : k;
      if (v !== null && typeof v === 'object') flatten(v, key, out);
      else if (v !== undefined && v !== null) out[key] = String(v);
    });
    return out;
  }

  function nest(flat) {
    var root = {};
    Object.keys(flat).sort(byPath).forEach(function (path) {
      var parts = path.split('.');
      var node = root;
      for (var i = 0; i < parts.length - 1; i++) {
        var p = parts[i];
        var nextIsIndex = /^\d+$/.test(parts[i + 1]);
        if (node[p] === undefined || typeof node[p] !== 'object') node[p] = nextIsIndex ? [] : {};
        node = node[p];
      }
      node[parts[parts.length - 1]] = flat[path];
    });
    return root;
  }

  function byPath(a, b) {
    var pa = a.split('.'), pb = b.split('.');
    for (var i = 0; i < Math.min(pa.length, pb.length); i++) {
      if (pa[i] === pb[i]) continue;
      var na = /^\d+$/.test(pa[i]), nb = /^\d+$/.test(pb[i]);
      if (na && nb) return Number(pa[i]) - Number(pb[i]);
      return pa[i] < pb[i] ? -1 : 1;
    }
    return pa.length - pb.length;
  }

  /** 'cmi.interactions.3.correct_responses.0.pattern' -> { pattern: 'cmi.interactions.n.correct_responses.n.pattern', idx: [3, 0] } */
  function generic(el) {
    var idx = [];
    var pattern = el.split('.').map(function (p) {
      if (/^(0|[1-9]\d*)$/.test(p)) { idx.push(Number(p)); return 'n'; }
      return p;
    }).join('.');
    return { pattern: pattern, idx: idx };
  }

  /** Fill a generic pattern's 'n' parts with indices. */
  function concrete(pattern, idx) {
    var i = 0;
    return pattern.split('.').map(function (p) { return p === 'n' ? idx[i++] : p; }).join('.');
  }

  // ---------------------------------------------------------------- the simulator

  var WRITES_REVIEW_OK = /(^cmi\.core\.exit|^cmi\.exit|session_time)$/;

  function create(opts) {
    opts = opts || {};
    var version = opts.version === '1.2' ? '1.2' : '2004';
    var v12 = version === '1.2';
    var M = v12 ? model12() : model2004();
    var mode = ['normal', 'review', 'browse'].indexOf(opts.mode) >= 0 ? opts.mode : 'normal';
    var credit = opts.credit === 'no-credit' ? 'no-credit' : 'credit';
    var now = opts.now || function () { return Date.now() - T0; };
    var targets12 = opts.targets12 !== false;
    var state = 'not-initialized';
    var lastError = 0, lastDiagnostic = '';
    var values = {};        // element path -> string (what the LMS holds now)
    var committed = {};     // snapshot at the last Commit/Terminate
    var listeners = [];
    var exitSet = null;     // last value written to cmi.exit / cmi.core.exit
    var everSet = {};       // elements the SCO has written
    var stored = opts.stored ? flatten(opts.stored, '', {}) : {};
    var log = [];
    var sim = { version: version, mode: mode, credit: credit, log: log };

    var P = v12 ? {
      init: 'LMSInitialize', fin: 'LMSFinish', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit',
      err: 'LMSGetLastError', str: 'LMSGetErrorString', diag: 'LMSGetDiagnostic'
    } : {
      init: 'Initialize', fin: 'Terminate', get: 'GetValue', set: 'SetValue', commit: 'Commit',
      err: 'GetLastError', str: 'GetErrorString', diag: 'GetDiagnostic'
    };
    var E = v12 ? {
      notInit: 301, initTwice: 101, initAfter: 101, finBefore: 301, finAfter: 301, getBefore: 301, getAfter: 301,
      setBefore: 301, setAfter: 301, commitBefore: 301, commitAfter: 301, arg: 201, getEmpty: 201, setEmpty: 201,
      undefined: 401, noChildren: 202, noCount: 203, keywordSet: 402, readOnly: 403, writeOnly: 404,
      type: 405, range: 405, badIndexGet: 201, badIndexSet: 201, dependency: 201, setFailure: 201
    } : {
      initTwice: 103, initAfter: 104, finBefore: 112, finAfter: 113, getBefore: 122, getAfter: 123,
      setBefore: 132, setAfter: 133, commitBefore: 142, commitAfter: 143, arg: 201, getEmpty: 301, setEmpty: 351,
      undefined: 401, noChildren: 301, noCount: 301, keywordSet: 404, readOnly: 404, writeOnly: 405,
      type: 406, range: 407, badIndexGet: 301, badIndexSet: 351, dependency: 408, setFailure: 351
    };

    // ---- initial values: what the LMS provides at launch
    function p12(a, b) { return v12 ? a : b; }
    var entry;
    if (stored[p12('cmi.core.entry', 'cmi.entry')] !== undefined) entry = stored[p12('cmi.core.entry', 'cmi.entry')];
    else entry = Object.keys(stored).length ? (v12 ? '' : 'ab-initio') : 'ab-initio';
    Object.keys(stored).forEach(function (k) {
      if (/(\._count|\._children|\._version)$/.test(k)) return;
      values[k] = stored[k];
    });
    // The LMS owns these; never taken from stored.
    values[p12('cmi.core.student_id', 'cmi.learner_id')] = opts.learnerId || 'preview-learner';
    values[p12('cmi.core.student_name', 'cmi.learner_name')] = opts.learnerName || 'Learner, Preview';
    values[p12('cmi.core.credit', 'cmi.credit')] = credit;
    values[p12('cmi.core.lesson_mode', 'cmi.mode')] = mode;
    values[p12('cmi.core.entry', 'cmi.entry')] = entry;
    delete values[p12('cmi.core.exit', 'cmi.exit')];
    delete values[p12('cmi.core.session_time', 'cmi.session_time')];
    var totalKey = p12('cmi.core.total_time', 'cmi.total_time');
    if (values[totalKey] === undefined) values[totalKey] = v12 ? '0000:00:00.00' : 'PT0H0M0S';
    if (v12) {
      if (values['cmi.core.lesson_status'] === undefined) values['cmi.core.lesson_status'] = 'not attempted';
      if (values['cmi.launch_data'] === undefined) values['cmi.launch_data'] = opts.launchData || '';
      if (values['cmi.comments_from_lms'] === undefined) values['cmi.comments_from_lms'] = '';
      values['cmi.student_data.mastery_score'] = opts.masteryScore != null ? String(opts.masteryScore) : '';
      values['cmi.student_data.max_time_allowed'] = '';
      values['cmi.student_data.time_limit_action'] = '';
    } else {
      if (opts.launchData) values['cmi.launch_data'] = String(opts.launchData);
      if (opts.scaledPassingScore != null) values['cmi.scaled_passing_score'] = String(opts.scaledPassingScore);
      if (opts.completionThreshold != null) values['cmi.completion_threshold'] = String(opts.completionThreshold);
      values['cmi.time_limit_action'] = 'continue,no message';
      values['adl.nav.request_valid.continue'] = 'unknown';
      values['adl.nav.request_valid.previous'] = 'unknown';
    }
    committed = Object.assign({}, values);

    // ---- lookups

    function spec(pattern) { return M.elements[pattern] || null; }

    function count(arrayPath) {
      var prefix = arrayPath + '.';
      var max = -1;
      Object.keys(values).forEach(function (k) {
        if (k.indexOf(prefix) !== 0) return;
        var m = /^(\d+)\./.exec(k.slice(prefix.length));
        if (m && Number(m[1]) > max) max = Number(m[1]);
      });
      return max + 1;
    }

    /**
     * Every array level of el exists (index < count)? Returns null, { msg } for a gap, or for a set
     * that appends a new entry { append, array, index } (the first level where index == count).
     */
    function indexProblem(el, forSet) {
      var parts = el.split('.');
      var append = null;
      for (var i = 0; i < parts.length; i++) {
        if (!/^\d+$/.test(parts[i])) continue;
        var arr = parts.slice(0, i).join('.');
        var n = Number(parts[i]);
        var c = count(arr);
        if (n < c) continue;
        if (forSet && n === c) {
          if (!append) append = { append: true, array: arr, index: n };
          continue;
        }
        return { msg: forSet ? arr + ' has ' + c + ' entr' + (c === 1 ? 'y' : 'ies') + ': the next index is ' + c + ', not ' + n
          : arr + '.' + n + ' does not exist (' + arr + '._count is ' + c + ')' };
      }
      return append;
    }

    function interactionType(idx) { return values['cmi.interactions.' + idx + '.type']; }

    /** Effective value as GetValue reports it (2004 evaluates threshold/passing score, RTE 4.2.4.1 / 4.2.22.1). */
    function effective(el) {
      if (!v12 && el === 'cmi.completion_status' && values['cmi.completion_threshold'] !== undefined) {
        var pm = values['cmi.progress_measure'];
        if (pm === undefined) return 'unknown';
        return Number(pm) >= Number(values['cmi.completion_threshold']) ? 'completed' : 'incomplete';
      }
      if (!v12 && el === 'cmi.success_status' && values['cmi.scaled_passing_score'] !== undefined) {
        var sc = values['cmi.score.scaled'];
        if (sc === undefined) return 'unknown';
        return Number(sc) >= Number(values['cmi.scaled_passing_score']) ? 'passed' : 'failed';
      }
      return values[el];
    }

    // ---- logging

    function emit(ev) {
      listeners.slice().forEach(function (fn) { try { fn(ev); } catch (e) { /* a listener's bug is not the SCO's */ } });
    }

    function record(fn, args, result, code, severity, note) {
      var rec = {
        t: Math.round(now()), fn: fn, args: args, result: result, error: String(code),
        errorString: code ? ERRORS[version][code] || '' : '', severity: severity || (code ? 'error' : 'ok'), note: note || ''
      };
      log.push(rec);
      emit({ kind: 'call', record: rec });
      return rec;
    }

    function fail(fn, args, code, note, result) {
      lastError = code;
      lastDiagnostic = note || ERRORS[version][code] || '';
      record(fn, args, result === undefined ? 'false' : result, code, 'error', note);
      return result === undefined ? 'false' : result;
    }

    function argString(x) { return x === undefined ? undefined : x; }

    // ---- API functions

    function initialize(param) {
      var args = [argString(param)];
      if (param !== '' && param !== undefined) return fail(P.init, args, E.arg, 'the parameter must be the empty string ""');
      if (state === 'running') return fail(P.init, args, E.initTwice, 'already initialized: call ' + P.init + ' once per launch');
      if (state === 'terminated') return fail(P.init, args, E.initAfter, 'the session has ended (' + P.fin + '); a SCO cannot initialize again');
      state = 'running';
      lastError = 0;
      record(P.init, args, 'true', 0, param === undefined ? 'warning' : 'ok', param === undefined ? 'called without the "" parameter' : '');
      emit({ kind: 'state' });
      return 'true';
    }

    function doCommit() {
      committed = Object.assign({}, values);
      emit({ kind: 'commit' });
    }

    function terminate(param) {
      var args = [argString(param)];
      if (param !== '' && param !== undefined) return fail(P.fin, args, E.arg, 'the parameter must be the empty string ""');
      if (state === 'not-initialized') return fail(P.fin, args, E.finBefore, P.fin + ' before ' + P.init);
      if (state === 'terminated') return fail(P.fin, args, E.finAfter, P.fin + ' was already called');
      var notes = [];
      var severity = 'ok';
      // SCORM 1.2 mastery: with credit, the LMS sets passed/failed from the score (RTE 1.2 §3.4.4).
      if (v12 && mode === 'normal' && credit === 'credit' && values['cmi.student_data.mastery_score'] !== '' &&
          values['cmi.core.score.raw'] !== undefined && values['cmi.core.score.raw'] !== '') {
        var st = Number(values['cmi.core.score.raw']) >= Number(values['cmi.student_data.mastery_score']) ? 'passed' : 'failed';
        if (values['cmi.core.lesson_status'] !== st) {
          notes.push('mastery_score ' + values['cmi.student_data.mastery_score'] + ': the LMS sets lesson_status to "' + st + '" (was "' + values['cmi.core.lesson_status'] + '")');
          values['cmi.core.lesson_status'] = st;
        }
      }
      if (!v12 && exitSet !== 'suspend' && effective('cmi.completion_status') !== 'completed') {
        severity = 'warning';
        notes.push('cmi.exit is "' + (exitSet || '') + '" and the SCO is not completed: the LMS ends the attempt; the next launch starts over');
      }
      if (v12 && exitSet !== 'suspend' && values['cmi.core.lesson_status'] === 'incomplete') {
        notes.push('cmi.core.exit is not "suspend": the next launch gets entry ""');
      }
      if (!sim.committedOnce && !notes.length) notes.push('no ' + P.commit + ' before ' + P.fin + ' (it commits anyway)');
      state = 'terminated';
      lastError = 0;
      doCommit();
      record(P.fin, args, 'true', 0, severity, notes.join('; '));
      emit({ kind: 'state' });
      return 'true';
    }

    function commit(param) {
      var args = [argString(param)];
      if (param !== '' && param !== undefined) return fail(P.commit, args, E.arg, 'the parameter must be the empty string ""');
      if (state === 'not-initialized') return fail(P.commit, args, E.commitBefore, P.commit + ' before ' + P.init);
      if (state === 'terminated') return fail(P.commit, args, E.commitAfter, P.commit + ' after ' + P.fin);
      var pending = Object.keys(values).filter(function (k) { return values[k] !== committed[k]; }).length;
      sim.committedOnce = true;
      lastError = 0;
      doCommit();
      record(P.commit, args, 'true', 0, 'ok', pending + ' value' + (pending === 1 ? '' : 's') + ' persisted');
      return 'true';
    }

    function keyword(el) {
      var m = /^(.*)\.(_children|_count|_version)$/.exec(el);
      return m ? { base: m[1], kw: m[2] } : null;
    }

    function known(el) {
      var g = generic(el).pattern;
      if (spec(g) || M.containers[g] || M.arrays.indexOf(g) >= 0) return true;
      if (/^adl\.nav\.request_valid\.(choice|jump)\.\{target=[^}]*\}$/.test(el) && !v12) return true;
      var prefix = g + '.';
      return Object.keys(M.elements).some(function (k) { return k.indexOf(prefix) === 0; }) ||
        Object.keys(M.containers).some(function (k) { return k.indexOf(prefix) === 0; });
    }

    function getValue(el) {
      var args = [el];
      if (state === 'not-initialized') return fail(P.get, args, E.getBefore, P.get + ' before ' + P.init, '');
      if (state === 'terminated') return fail(P.get, args, E.getAfter, P.get + ' after ' + P.fin, '');
      if (typeof el !== 'string' || el === '') return fail(P.get, args, E.getEmpty, 'no data model element named', '');
      var k = keyword(el);
      if (k) {
        var g = generic(k.base).pattern;
        if (k.kw === '_version') {
          if (k.base === 'cmi') return ok(P.get, args, M.version);
          return fail(P.get, args, known(k.base) ? E.noChildren : E.undefined, '_version exists only as cmi._version', '');
        }
        if (k.kw === '_children') {
          if (M.containers[g]) {
            var ip = indexProblem(k.base, false);
            if (ip) return fail(P.get, args, E.badIndexGet, ip.msg, '');
            return ok(P.get, args, M.containers[g]);
          }
          return fail(P.get, args, known(k.base) ? E.noChildren : E.undefined, known(k.base) ? k.base + ' has no children' : k.base + ' is not a data model element', '');
        }
        if (M.arrays.indexOf(g) >= 0) {
          var ip2 = indexProblem(k.base + '.x', false);
          if (ip2) return fail(P.get, args, E.badIndexGet, ip2.msg, '');
          return ok(P.get, args, String(count(k.base)));
        }
        return fail(P.get, args, known(k.base) ? E.noCount : E.undefined, known(k.base) ? k.base + ' is not an array' : k.base + ' is not a data model element', '');
      }
      if (!v12 && /^adl\.nav\.request_valid\.(choice|jump)\.\{target=[^}]+\}$/.test(el)) return ok(P.get, args, 'unknown');
      var gg = generic(el);
      var s = spec(gg.pattern);
      if (!s) {
        if (known(el)) return fail(P.get, args, v12 ? 201 : E.undefined, el + ' is a group, not a value: read one of its elements or ' + el + '._children', '');
        return fail(P.get, args, E.undefined, el + ' is not a SCORM ' + version + ' data model element' + hint(el), '');
      }
      if (s.a === 'wo') return fail(P.get, args, E.writeOnly, el + ' is write-only', '');
      var ip3 = indexProblem(el, false);
      if (ip3) return fail(P.get, args, E.badIndexGet, ip3.msg, '');
      var v = effective(el);
      if (v === undefined) {
        if (s.def !== undefined) return ok(P.get, args, s.def);
        if (v12) return ok(P.get, args, '');
        // 2004: no value yet → "" with 403; normal for a first launch, not the SCO's fault.
        lastError = 403;
        lastDiagnostic = el + ' has no value yet';
        record(P.get, args, '', 403, 'ok', el + ' has no value yet (normal before the SCO or the LMS sets it)');
        return '';
      }
      return ok(P.get, args, v);
    }

    function hint(el) {
      var other = v12 ? model2004() : model12();
      return other.elements[generic(el).pattern] ? ' (it is a SCORM ' + (v12 ? '2004' : '1.2') + ' element)' : '';
    }

    function ok(fn, args, result, severity, note) {
      lastError = 0;
      lastDiagnostic = '';
      record(fn, args, result, 0, severity || 'ok', note);
      return result;
    }

    function checkFor(s, gg, value) {
      var c = s.check;
      if (!c) return null;
      if (typeof c === 'function') return c(value);
      var type = interactionType(gg.idx[0]);
      if (c === 'feedback') {
        if (!type) return string(255)(value);
        return FEEDBACK_12[type](value);
      }
      var table = c === 'pattern' ? PATTERN_2004 : RESPONSE_2004;
      return table[type] ? table[type](value) : null;
    }

    function setValue(el, value) {
      var args = [el, value];
      if (state === 'not-initialized') return fail(P.set, args, E.setBefore, P.set + ' before ' + P.init);
      if (state === 'terminated') return fail(P.set, args, E.setAfter, P.set + ' after ' + P.fin);
      if (typeof el !== 'string' || el === '') return fail(P.set, args, E.setEmpty, 'no data model element named');
      var notes = [];
      var severity = 'ok';
      if (typeof value !== 'string') {
        if (value === undefined || value === null || typeof value === 'object') return fail(P.set, args, v12 ? E.type : E.type, 'the value must be a string, not ' + (value === null ? 'null' : typeof value));
        notes.push('value passed as a ' + typeof value + '; SCORM values are strings');
        severity = 'warning';
        value = String(value);
        args = [el, value];
      }
      var k = keyword(el);
      if (k) return fail(P.set, args, known(k.base) || k.base === 'cmi' ? E.keywordSet : E.undefined, k.kw + ' is a keyword the LMS provides; it cannot be set');
      if (!v12 && /^adl\.nav\.request_valid\./.test(el)) return fail(P.set, args, E.readOnly, el + ' is read-only');
      var gg = generic(el);
      var s = spec(gg.pattern);
      if (!s) return fail(P.set, args, E.undefined, (known(el) ? el + ' is a group, not a value' : el + ' is not a SCORM ' + version + ' data model element' + hint(el)));
      if (s.a === 'ro') return fail(P.set, args, E.readOnly, el + ' is read-only (the LMS provides it)');
      var ip = indexProblem(el, true);
      if (ip && !ip.append) return fail(P.set, args, E.badIndexSet, ip.msg + ': arrays are filled in order, without gaps');
      if (!v12 && /^adl\.data\./.test(el)) return fail(P.set, args, E.badIndexSet, 'no shared data store is declared in the manifest');
      var leaf = gg.pattern.split('.').pop();
      if (!v12 && ip && ip.append) {
        // 2004: a new interaction/objective starts with its id (RTE 4.2.9 / 4.2.17).
        var arrGeneric = generic(ip.array).pattern;
        var needsId = arrGeneric === 'cmi.interactions' || arrGeneric === 'cmi.objectives';
        var tail = el.slice(ip.array.length + 1 + String(ip.index).length + 1);
        if (needsId && tail !== 'id') return fail(P.set, args, E.dependency, ip.array + '.' + ip.index + '.id must be set before ' + tail);
      }
      if (!v12 && /^cmi\.interactions\.n\.(correct_responses\.n\.pattern|learner_response)$/.test(gg.pattern) && !interactionType(gg.idx[0])) {
        return fail(P.set, args, E.dependency, 'cmi.interactions.' + gg.idx[0] + '.type must be set before ' + leaf);
      }
      var e = checkFor(s, gg, value);
      if (e) {
        var what = s.check === 'feedback' || s.check === 'pattern' || s.check === 'response'
          ? ' for a ' + (interactionType(gg.idx[0]) || 'untyped') + ' interaction' : '';
        return fail(P.set, args, e.range ? E.range : E.type, 'invalid value' + what + ': ' + e.msg);
      }
      if (!v12) {
        var u = uniqueness(el, gg, value);
        if (u) return fail(P.set, args, E.setFailure, u);
        if (gg.pattern === 'cmi.interactions.n.correct_responses.n.pattern') {
          var t = interactionType(gg.idx[0]);
          if (ONE_PATTERN[t] && gg.idx[1] >= ONE_PATTERN[t]) return fail(P.set, args, E.setFailure, 'a ' + t + ' interaction has exactly one correct response pattern');
          if (SPM_PATTERNS[t] && gg.idx[1] >= SPM_PATTERNS[t]) { severity = 'warning'; notes.push('more than ' + SPM_PATTERNS[t] + ' patterns: an LMS only has to keep ' + SPM_PATTERNS[t]); }
        }
        if (gg.pattern === 'cmi.suspend_data' && value.length > 4096 && targets12) {
          severity = 'warning';
          notes.push(value.length + ' characters: fine for SCORM 2004 (64,000) but too long for a SCORM 1.2 export (4,096)');
        }
      }
      var w = warnings(el, gg, value);
      if (w) { severity = 'warning'; notes.push(w); }
      var revalidate = retype(gg, value);
      if (revalidate) { severity = 'warning'; notes.push(revalidate); }
      if (/exit$/.test(gg.pattern) && (gg.pattern === 'cmi.exit' || gg.pattern === 'cmi.core.exit')) exitSet = value;
      values[el] = value;
      everSet[el] = true;
      lastError = 0;
      lastDiagnostic = '';
      record(P.set, args, 'true', 0, severity, notes.join('; '));
      return 'true';
    }

    function uniqueness(el, gg, value) {
      if (gg.pattern === 'cmi.objectives.n.id') {
        var cur = values[el];
        if (cur !== undefined && cur !== value) return 'an objective id cannot change once set (was "' + cur + '")';
        var n = count('cmi.objectives');
        for (var i = 0; i < n; i++) if (i !== gg.idx[0] && values['cmi.objectives.' + i + '.id'] === value) return 'cmi.objectives.' + i + '.id is already "' + value + '": objective ids are unique';
      }
      if (gg.pattern === 'cmi.interactions.n.objectives.n.id') {
        var base = 'cmi.interactions.' + gg.idx[0] + '.objectives';
        var c = count(base);
        for (var j = 0; j < c; j++) if (j !== gg.idx[1] && values[base + '.' + j + '.id'] === value) return base + '.' + j + '.id is already "' + value + '": ids are unique per interaction';
      }
      return null;
    }

    // Setting an interaction's type re-reads its earlier responses against the new type.
    function retype(gg, value) {
      if (gg.pattern !== 'cmi.interactions.n.type') return null;
      var base = 'cmi.interactions.' + gg.idx[0] + '.';
      var checks = v12 ? FEEDBACK_12 : null;
      var problems = [];
      Object.keys(values).forEach(function (k) {
        if (k.indexOf(base) !== 0) return;
        var rest = k.slice(base.length);
        var isPattern = /^correct_responses\.\d+\.pattern$/.test(rest);
        var isResponse = rest === 'student_response' || rest === 'learner_response';
        if (!isPattern && !isResponse) return;
        var fn = v12 ? checks[value] : (isPattern ? PATTERN_2004 : RESPONSE_2004)[value];
        var e = fn && fn(values[k]);
        if (e) problems.push(rest + ' "' + values[k].slice(0, 40) + '" does not fit a ' + value + ' interaction: ' + e.msg);
      });
      return problems.length ? problems.join('; ') : null;
    }

    function warnings(el, gg, value) {
      var p = gg.pattern;
      if (mode === 'review' && !WRITES_REVIEW_OK.test(p)) return 'review mode: the learner reviews a recorded attempt; the LMS does not record ' + el;
      if (exitSet !== null && exitSet !== 'suspend' && !/(exit|session_time)$/.test(p)) return 'written after cmi' + (v12 ? '.core' : '') + '.exit = "' + exitSet + '": the SCO said it is leaving';
      if (v12 && p === 'cmi.core.lesson_status') {
        if ((mode === 'browse' || credit === 'no-credit') && (value === 'passed' || value === 'failed')) {
          return (mode === 'browse' ? 'browse mode' : 'no-credit launch') + ': the LMS keeps "' + value + '" out of the record (RTE 1.2 conformance p. 2-19)';
        }
        var rank = { 'passed': 3, 'failed': 3, 'completed': 3, 'incomplete': 2, 'browsed': 1, 'not attempted': 0 };
        var cur = values[p];
        if (cur && rank[value] < rank[cur]) return 'status goes down from "' + cur + '" to "' + value + '"';
      }
      if (!v12 && p === 'cmi.completion_status') {
        var c2 = values[p];
        if (c2 === 'completed' && value !== 'completed') return 'completion goes back from "completed" to "' + value + '"';
        if (value === 'not attempted' && c2 !== undefined) return '"not attempted" written by the SCO after it started';
      }
      if (!v12 && (p === 'cmi.score.raw' || p === 'cmi.score.min' || p === 'cmi.score.max')) {
        var mn = p === 'cmi.score.min' ? value : values['cmi.score.min'];
        var mx = p === 'cmi.score.max' ? value : values['cmi.score.max'];
        var raw = p === 'cmi.score.raw' ? value : values['cmi.score.raw'];
        if (raw !== undefined && ((mn !== undefined && Number(raw) < Number(mn)) || (mx !== undefined && Number(raw) > Number(mx)))) return 'score.raw ' + raw + ' is outside score.min..score.max';
      }
      if (!v12 && p === 'cmi.success_status' && values['cmi.scaled_passing_score'] !== undefined) {
        return 'cmi.scaled_passing_score is set: the LMS decides success_status from score.scaled and ignores this value';
      }
      if (!v12 && p === 'cmi.completion_status' && values['cmi.completion_threshold'] !== undefined) {
        return 'cmi.completion_threshold is set: the LMS decides completion_status from progress_measure and ignores this value';
      }
      if (p === 'cmi.interactions.n.id' && gg.idx[0] >= 250 && !v12) return 'more than 250 interactions: an LMS only has to keep 250';
      if (p === 'cmi.objectives.n.id' && gg.idx[0] >= 100 && !v12) return 'more than 100 objectives: an LMS only has to keep 100';
      return null;
    }

    function getLastError() {
      var r = String(lastError);
      record(P.err, [], r, 0, 'ok');
      return r;
    }
    function getErrorString(code) {
      var r = ERRORS[version][Number(code)];
      if (code === '' || code === undefined || r === undefined) r = '';
      record(P.str, [code], r, 0, 'ok');
      return r;
    }
    function getDiagnostic(code) {
      var r = code === '' || code === undefined || Number(code) === lastError ? lastDiagnostic : (ERRORS[version][Number(code)] || '');
      record(P.diag, [code], r, 0, 'ok');
      return r;
    }

    sim[P.init] = initialize;
    sim[P.fin] = terminate;
    sim[P.get] = getValue;
    sim[P.set] = setValue;
    sim[P.commit] = commit;
    sim[P.err] = getLastError;
    sim[P.str] = getErrorString;
    sim[P.diag] = getDiagnostic;
    sim.functionNames = [P.init, P.fin, P.get, P.set, P.commit, P.err, P.str, P.diag];

    /** An object holding only the eight API functions (what window.API / API_1484_11 should be). */
    sim.api = function () {
      var o = {};
      sim.functionNames.forEach(function (n) { o[n] = sim[n]; });
      return o;
    };

    sim.state = function () { return state; };
    sim.lastError = function () { return lastError; };
    sim.errorCount = function () { return log.filter(function (r) { return r.severity === 'error'; }).length; };
    sim.warningCount = function () { return log.filter(function (r) { return r.severity === 'warning'; }).length; };

    /** The data model as nested plain values (write-only values included). */
    sim.cmi = function () {
      var eff = {};
      Object.keys(values).forEach(function (k) { eff[k] = effective(k); });
      return nest(eff);
    };

    /** Flat rows for an inspector: { path, value, access, status: 'default'|'pending'|'committed', type } sorted by path. */
    sim.elements = function () {
      var rows = [];
      var seen = {};
      Object.keys(values).forEach(function (k) {
        var s = spec(generic(k).pattern) || {};
        seen[generic(k).pattern] = true;
        rows.push({
          path: k, value: effective(k), access: s.a || 'ro',
          status: values[k] !== committed[k] ? 'pending' : (everSet[k] || k in stored ? 'committed' : 'lms')
        });
      });
      // Elements with no value yet, so the tree shows the whole model.
      Object.keys(M.elements).forEach(function (g) {
        if (g.indexOf('.n.') >= 0 || seen[g]) return;
        if (/^adl\.data\./.test(g)) return;
        var s = M.elements[g];
        rows.push({ path: g, value: s.def !== undefined ? s.def : null, access: s.a, status: 'unset' });
      });
      M.arrays.forEach(function (a) {
        if (a.indexOf('.n.') >= 0) return;
        rows.push({ path: a + '._count', value: String(count(a)), access: 'ro', status: 'keyword' });
      });
      return rows.sort(function (a, b) { return byPath(a.path, b.path); });
    };

    sim.suspendDataSize = function () { return (values['cmi.suspend_data'] || '').length; };
    sim.committedValue = function (el) { return committed[el]; };
    sim.pendingCount = function () { return Object.keys(values).filter(function (k) { return values[k] !== committed[k]; }).length; };

    sim.onChange = function (fn) {
      listeners.push(fn);
      return function () { listeners = listeners.filter(function (x) { return x !== fn; }); };
    };

    /** A note in the log from the host (new attempt, relaunch...). */
    sim.note = function (text) {
      var rec = { t: Math.round(now()), fn: 'note', args: [], result: '', error: '0', errorString: '', severity: 'ok', note: text };
      log.push(rec);
      emit({ kind: 'call', record: rec });
    };

    /**
     * What the LMS keeps for the next launch, from the committed values (an LMS persists on
     * Commit/Terminate): a nested cmi object to pass as create({ stored }).
     */
    sim.exitAndRelaunchState = function () {
      var c = committed;
      var out = {};
      if (mode === 'review') {
        // Review does not update the record: the next launch sees what this one started from.
        return nest(Object.assign({}, stored));
      }
      var keep = function (k) { if (c[k] !== undefined) out[k] = c[k]; };
      if (v12) {
        var exit = c['cmi.core.exit'];
        out['cmi.core.entry'] = exit === 'suspend' ? 'resume' : '';
        ['cmi.core.lesson_location', 'cmi.core.lesson_status', 'cmi.core.score.raw', 'cmi.core.score.min', 'cmi.core.score.max',
          'cmi.suspend_data', 'cmi.comments', 'cmi.student_preference.audio', 'cmi.student_preference.language',
          'cmi.student_preference.speed', 'cmi.student_preference.text'].forEach(keep);
        Object.keys(c).forEach(function (k) { if (/^cmi\.objectives\./.test(k)) keep(k); });
        out['cmi.core.total_time'] = timespan12From(centisFrom12(c['cmi.core.total_time']) + centisFrom12(c['cmi.core.session_time']));
      } else {
        var exit4 = c['cmi.exit'];
        Object.keys(c).forEach(function (k) { if (/^cmi\.learner_preference\./.test(k)) keep(k); });
        if (exit4 === 'suspend') {
          out['cmi.entry'] = 'resume';
          Object.keys(c).forEach(function (k) {
            if (/^cmi\.(location|suspend_data|completion_status|success_status|progress_measure|score\.|interactions\.|objectives\.|comments_from_learner\.)/.test(k)) keep(k);
          });
          out['cmi.total_time'] = durationFrom(centisFromDuration(c['cmi.total_time']) + centisFromDuration(c['cmi.session_time']));
        } else {
          out['cmi.entry'] = 'ab-initio'; // the attempt ended: the next launch is a new attempt
        }
      }
      return nest(out);
    };

    return sim;
  }

  /** Converts a scorm-again-style cmi object ({ core: { entry, lesson_location } ... }) to a stored state. */
  function storedFromCmi(cmi) { return cmi ? { cmi: cmi } : null; }

  var validators = {
    decimal: decimal, timespan12: timespan12, time12: time12, identifier12: identifier12, duration: duration,
    time2004: time2004, language: language, shortId: shortId, longId: longId, localized: localized,
    numericRange: numericRange, pattern2004: PATTERN_2004, response2004: RESPONSE_2004, feedback12: FEEDBACK_12
  };

  return {
    create: create,
    storedFromCmi: storedFromCmi,
    errors: ERRORS,
    validators: validators,
    time: { centisFrom12: centisFrom12, centisFromDuration: centisFromDuration, timespan12From: timespan12From, durationFrom: durationFrom }
  };
});
