// SPDX-License-Identifier: MIT
// UI strings: every language has every key, and counts take the language's plural form.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const I18n = require('../../resources/player/i18n.js');

const LANGS = Object.keys(I18n.strings);

// Expected phrases per language: [key, params, text].
const PLURALS = {
  en: [
    ['pointsN', { p: 1 }, '1 point'], ['pointsN', { p: 0 }, '0 points'], ['pointsN', { p: 2 }, '2 points'],
    ['pointsN', { p: 1.5 }, '1.5 points'],
    ['pointsEarned', { e: 0, p: 1 }, '0 of 1 point'], ['pointsEarned', { e: 1, p: 1 }, '1 of 1 point'],
    ['pointsEarned', { e: 0.5, p: 3 }, '0.5 of 3 points'],
    ['charsLeft', { n: 1 }, '1 character left'], ['charsLeft', { n: 0 }, '0 characters left'],
    ['unanswered', { a: 0, t: 1 }, 'You have answered 0 of 1 question.'],
    ['unanswered', { a: 1, t: 3 }, 'You have answered 1 of 3 questions.']
  ],
  fr: [
    ['pointsN', { p: 1 }, '1 point'], ['pointsN', { p: 0 }, '0 point'], ['pointsN', { p: 2 }, '2 points'],
    ['pointsN', { p: 1.5 }, '1,5 point'],
    ['pointsEarned', { e: 0, p: 1 }, '0 sur 1 point'], ['pointsEarned', { e: 1, p: 1 }, '1 sur 1 point'],
    ['pointsEarned', { e: 0.5, p: 3 }, '0,5 sur 3 points'],
    ['charsLeft', { n: 1 }, '1 caractère restant'], ['charsLeft', { n: 12 }, '12 caractères restants'],
    ['unanswered', { a: 1, t: 3 }, 'Vous avez répondu à 1 question sur 3.'],
    ['unanswered', { a: 2, t: 3 }, 'Vous avez répondu à 2 questions sur 3.']
  ]
};

test('every language of the player has plural cases in this test', () => {
  assert.deepEqual(LANGS.sort(), Object.keys(PLURALS).sort());
});

test('every language has every key of English, with the same placeholders', () => {
  const names = (v) => JSON.stringify(v).match(/\{\w+\}/g)?.sort() || [];
  for (const lang of LANGS) {
    for (const key of Object.keys(I18n.strings.en)) {
      assert.ok(key in I18n.strings[lang], `${lang}: missing ${key}`);
      assert.deepEqual([...new Set(names(I18n.strings[lang][key]))], [...new Set(names(I18n.strings.en[key]))], `${lang}.${key}`);
    }
  }
});

for (const lang of LANGS) {
  test(`plurals in ${lang} (Intl.PluralRules and the built-in fallback agree)`, () => {
    const t = I18n.create(lang);
    for (const [key, params, text] of PLURALS[lang]) assert.equal(t(key, params), text, `${key} ${JSON.stringify(params)}`);
    const saved = Intl.PluralRules;
    Intl.PluralRules = undefined;
    try {
      const t2 = I18n.create(lang);
      for (const [key, params, text] of PLURALS[lang]) assert.equal(t2(key, params), text, `fallback: ${key} ${JSON.stringify(params)}`);
    } finally {
      Intl.PluralRules = saved;
    }
    for (const n of [0, 1, 1.5, 2, 5, 21, 100]) assert.equal(I18n.plural(lang, n, true), I18n.plural(lang, n) === 'one' ? 'one' : 'other', `${lang} ${n}`);
  });
}
