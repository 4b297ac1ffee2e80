// SPDX-License-Identifier: MIT
// UI strings (resources/player/i18n/*.json): every language has every key, with the same
// placeholders, every plural form its language needs, and counts take the right form.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const I18n = require('../../resources/player/i18n.js');

const DIR = path.join(__dirname, '..', '..', 'resources', 'player');
const LANGS = Object.keys(I18n.strings).sort();
const REQUIRED = ['ar', 'de', 'en', 'es', 'fr', 'he', 'it', 'nl', 'pl', 'pt'];
const NB = '\u00a0';

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
  ],
  de: [
    ['pointsN', { p: 1 }, '1 Punkt'], ['pointsN', { p: 0 }, '0 Punkte'], ['pointsN', { p: 2.5 }, '2,5 Punkte'],
    ['pointsEarned', { e: 2, p: 3 }, '2 von 3 Punkten'], ['pointsEarned', { e: 0, p: 1 }, '0 von 1 Punkt'],
    ['unanswered', { a: 1, t: 1 }, 'Sie haben 1 von 1 Frage beantwortet.'],
    ['unanswered', { a: 1, t: 4 }, 'Sie haben 1 von 4 Fragen beantwortet.'],
    ['progress', { p: 40 }, '40' + NB + '% abgeschlossen']
  ],
  es: [
    ['pointsN', { p: 1 }, '1 punto'], ['pointsN', { p: 0 }, '0 puntos'], ['pointsN', { p: 1.5 }, '1,5 puntos'],
    ['charsLeft', { n: 1 }, 'Queda 1 carácter'], ['charsLeft', { n: 7 }, 'Quedan 7 caracteres']
  ],
  it: [
    ['pointsN', { p: 1 }, '1 punto'], ['pointsN', { p: 3 }, '3 punti'],
    ['unanswered', { a: 1, t: 3 }, 'Hai risposto a 1 domanda su 3.'], ['unanswered', { a: 2, t: 3 }, 'Hai risposto a 2 domande su 3.']
  ],
  pt: [
    ['pointsN', { p: 1 }, '1 ponto'], ['pointsN', { p: 0 }, '0 ponto'], ['pointsN', { p: 2 }, '2 pontos'],
    ['charsLeft', { n: 1 }, '1 caractere restante'], ['charsLeft', { n: 10 }, '10 caracteres restantes']
  ],
  nl: [
    ['pointsN', { p: 1 }, '1 punt'], ['pointsN', { p: 2 }, '2 punten'], ['pointsN', { p: 0.5 }, '0,5 punten'],
    ['charsLeft', { n: 1 }, 'Nog 1 teken'], ['charsLeft', { n: 3 }, 'Nog 3 tekens']
  ],
  pl: [
    ['pointsN', { p: 1 }, '1 punkt'], ['pointsN', { p: 2 }, '2 punkty'], ['pointsN', { p: 4 }, '4 punkty'],
    ['pointsN', { p: 5 }, '5 punktów'], ['pointsN', { p: 12 }, '12 punktów'], ['pointsN', { p: 22 }, '22 punkty'],
    ['pointsN', { p: 0 }, '0 punktów'], ['pointsN', { p: 1.5 }, '1,5 punktu'],
    ['pointsEarned', { e: 1, p: 1 }, '1 z 1 punktu'], ['pointsEarned', { e: 3, p: 5 }, '3 z 5 punktów'],
    ['charsLeft', { n: 1 }, 'Pozostał 1 znak'], ['charsLeft', { n: 3 }, 'Pozostały 3 znaki'], ['charsLeft', { n: 25 }, 'Pozostało 25 znaków']
  ],
  ar: [
    ['pointsN', { p: 1 }, 'نقطة واحدة'], ['pointsN', { p: 2 }, 'نقطتان'], ['pointsN', { p: 3 }, '3 نقاط'],
    ['pointsN', { p: 11 }, '11 نقطة'], ['pointsN', { p: 100 }, '100 نقطة'], ['pointsN', { p: 0 }, '0 نقطة'],
    ['pointsEarned', { e: 1, p: 2 }, '1 من نقطتين'], ['pointsEarned', { e: 4, p: 10 }, '4 من 10 نقاط']
  ],
  he: [
    ['pointsN', { p: 1 }, '1 נקודה'], ['pointsN', { p: 2 }, '2 נקודות'], ['pointsN', { p: 7 }, '7 נקודות'],
    ['charsLeft', { n: 1 }, 'נותר 1 תו'], ['charsLeft', { n: 9 }, 'נותרו 9 תווים']
  ]
};

// Counts a player shows: integers and the halves of partial credit.
const COUNTS = [...Array(251).keys(), 0.5, 1.5, 2.5, 3.25, 11.5, 100.5, 1000, 1001, 1002, 1012, 1022];

test('the player ships interface strings in at least the required languages', () => {
  for (const lang of REQUIRED) assert.ok(LANGS.includes(lang), `missing resources/player/i18n/${lang}.json`);
  assert.deepEqual(LANGS, fs.readdirSync(path.join(DIR, 'i18n')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort());
});

test('every language of the player has plural cases in this test', () => {
  assert.deepEqual(LANGS, Object.keys(PLURALS).sort());
});

test('every language has every key of English and no other, with the same placeholders', () => {
  const names = (v) => JSON.stringify(v).match(/\{\w+\}/g)?.sort() || [];
  const en = I18n.strings.en;
  for (const lang of LANGS) {
    const table = I18n.strings[lang];
    for (const key of Object.keys(en)) {
      assert.ok(key in table, `${lang}: missing ${key}`);
      assert.deepEqual([...new Set(names(table[key]))], [...new Set(names(en[key]))], `${lang}.${key}`);
      if (typeof table[key] === 'string') assert.ok(table[key].trim(), `${lang}.${key} is empty`);
    }
    for (const key of Object.keys(table)) assert.ok(key in en, `${lang}: ${key} is not an English key`);
  }
});

test('every key the player code uses is in the tables', () => {
  const used = new Set();
  for (const f of ['player.js', 'blocks.js']) {
    const src = fs.readFileSync(path.join(DIR, f), 'utf8');
    for (const m of src.matchAll(/\bt\('(\w+)'/g)) used.add(m[1]);
  }
  assert.ok(used.size > 50, 'the key scan found the calls');
  for (const key of used) assert.ok(key in I18n.strings.en, `player uses t('${key}'), missing in en.json`);
});

for (const lang of LANGS) {
  test(`plural forms in ${lang}: every form the language needs, Intl.PluralRules and the fallback agree`, () => {
    const table = I18n.strings[lang];
    for (const n of COUNTS) assert.equal(I18n.plural(lang, n, true), I18n.plural(lang, n), `${lang} ${n}: fallback rule`);
    for (const [key, value] of Object.entries(table)) {
      if (typeof value !== 'object') continue;
      assert.ok(value.by && typeof value.other === 'string', `${lang}.${key}: {by, ..., other}`);
      for (const n of COUNTS) {
        const form = I18n.plural(lang, n);
        assert.ok(typeof value[form] === 'string', `${lang}.${key} has no "${form}" form (for ${n})`);
      }
    }
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
  });
}

test('a table is picked by tag, then primary subtag, then English', () => {
  assert.equal(I18n.pick('pt-BR'), 'pt');
  assert.equal(I18n.pick('DE'), 'de');
  assert.equal(I18n.pick('ja'), 'en');
  assert.equal(I18n.match(['en-US', 'fr'], ['fr', 'en-GB']), 'en-GB');
  assert.equal(I18n.match(['ja', 'fr-CA'], ['fr', 'en']), 'fr');
  assert.equal(I18n.match([null, ''], ['fr', 'en']), null);
  assert.ok(I18n.rtl('ar') && I18n.rtl('he-IL') && !I18n.rtl('fr'));
});

test('French typography: no-break space before : and %, narrow no-break space before ; ! ?', () => {
  for (const [key, value] of Object.entries(I18n.strings.fr)) {
    for (const s of typeof value === 'object' ? Object.values(value) : [value]) {
      assert.doesNotMatch(s, / [:%]/, `fr.${key}: ordinary space before : or %`);
      assert.doesNotMatch(s, /[^\u202f][;!?]/, `fr.${key}: no narrow no-break space before ; ! ?`);
    }
  }
});
