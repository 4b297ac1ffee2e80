// SPDX-License-Identifier: MIT
// Capsule player — UI strings. The tables are data, not code: the exporter writes the ones a
// package needs into content/course.js ("ui": {code: table}, from resources/player/i18n/*.json);
// under node (unit tests) every table of resources/player/i18n is loaded. A table is picked by
// exact tag, else primary subtag ("pt-BR" → "pt"), else English, else the first one.
(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    var fs = require('fs'), dir = require('path').join(__dirname, 'i18n'), all = {};
    fs.readdirSync(dir).forEach(function (f) { if (/\.json$/.test(f)) all[f.slice(0, -5)] = JSON.parse(fs.readFileSync(dir + '/' + f, 'utf8')); });
    module.exports = factory(all);
  } else root.CapsuleI18n = factory({});
})(this, function (STRINGS) {
  'use strict';

  function lc(lang) { return String(lang || '').toLowerCase(); }
  function primary(lang) { return lc(lang).split(/[-_]/)[0]; }
  function own(o, k) { return Object.prototype.hasOwnProperty.call(o, k); }
  /** Adds tables ({code: table}), e.g. the course data's "ui". */
  function add(tables) { Object.keys(tables || {}).forEach(function (k) { STRINGS[lc(k)] = tables[k]; }); }
  /** The best of the codes for the wanted tags (most wanted first): exact tag, else same primary subtag. */
  function match(wanted, codes) {
    var w = [].concat(wanted).filter(Boolean).map(lc), c = codes.map(lc), i, j;
    for (i = 0; i < w.length; i++) {
      if ((j = c.indexOf(w[i])) >= 0) return codes[j];
      for (j = 0; j < c.length; j++) if (primary(c[j]) === primary(w[i])) return codes[j];
    }
    return null;
  }
  /** The table code used for lang, or null when no table fits. */
  function find(lang) { return match(lang, Object.keys(STRINGS)); }
  function has(lang) { return !!find(lang); }
  function pick(lang) { return find(lang) || (own(STRINGS, 'en') ? 'en' : Object.keys(STRINGS)[0] || 'en'); }
  /** Right-to-left scripts. */
  function rtl(lang) { return /^(ar|he|iw|fa|ur|ps|yi|dv|ckb|sd|ug)$/.test(primary(lang)); }

  // CLDR plural category of n: Intl.PluralRules, else the rules of the languages we ship.
  function plural(code, n, noIntl) {
    if (!noIntl && typeof Intl === 'object' && Intl.PluralRules) {
      try { return new Intl.PluralRules(code).select(n); } catch (e) { /* fallback below */ }
    }
    var a = Math.abs(n), i = Math.floor(a), v = a !== i, m = i % 10, h = i % 100, p = primary(code);
    if (p === 'fr' || p === 'pt') return i < 2 ? 'one' : 'other';
    if (p === 'pl') return v ? 'other' : i === 1 ? 'one' : m > 1 && m < 5 && (h < 12 || h > 14) ? 'few' : 'many';
    if (p === 'ar') return v ? 'other' : a < 3 ? ['zero', 'one', 'two'][a] : h > 2 && h < 11 ? 'few' : h > 10 ? 'many' : 'other';
    if (p === 'he') return i === 1 && !v || i === 0 && v ? 'one' : i === 2 && !v ? 'two' : 'other';
    return a === 1 ? 'one' : 'other';
  }

  /**
   * Returns t(key, params) for the language. Number params are written with the table's decimal
   * separator ("_decimal"); a string with plural forms {by: param, one, other, ...} takes the
   * form for that param's value. A key missing from the table falls back to English, then the key.
   */
  function create(lang) {
    var code = pick(lang);
    var table = STRINGS[code] || {}, en = STRINGS.en || {};
    var num = function (x) { return String(Math.round(x * 100) / 100).replace('.', table._decimal || '.'); };
    var t = function (key, params) {
      var s = table[key] != null ? table[key] : en[key] != null ? en[key] : key === 'loadError' ? 'The course content could not be loaded.' : key;
      if (typeof s === 'object') s = s[plural(code, Number((params || {})[s.by]))] || s.other;
      return s.replace(/\{(\w+)\}/g, function (m, k) {
        var v = params && params[k];
        return typeof v === 'number' ? num(v) : v != null ? v : m;
      });
    };
    t.lang = code;
    t.num = num;
    return t;
  }

  return { create: create, pick: pick, has: has, match: match, add: add, rtl: rtl, plural: plural, strings: STRINGS };
});
