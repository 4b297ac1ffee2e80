// SPDX-License-Identifier: MIT
// Generates course.xml of a long quiz course: an introduction, QUESTIONS graded questions of every
// graded type (French prompts of realistic length, editor-style UUID ids), a result slide;
// completion "quiz-passed", 80 % to pass, 3 attempts. Used by tests/e2e/lms-leave.mjs through
// prepare-packages.sh (capsule-cli exports it like any project).
//   node tests/e2e/lib/long-course.mjs OUT.xml [--questions 50] [--lms-judges]
import crypto from 'node:crypto';
import fs from 'node:fs';

function uuid(seed) {
  const h = crypto.createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const html = (s) => esc(`<p>${s}</p>`);

const TOPICS = ['la facturation', 'un retard de livraison', 'un produit défectueux', 'un remboursement', 'une résiliation',
  'un changement d’adresse', 'une erreur de commande'];

function question(k) {
  const id = uuid(`q${k}`);
  const topic = TOPICS[k % TOPICS.length];
  const prompt = html(`Question ${k + 1}. Un client vous appelle au sujet de ${topic} et s’exprime longuement, avec ` +
    `beaucoup d’émotion. <strong>Quelle est la réaction la plus adaptée de votre part à ce moment précis de l’appel ?</strong>`);
  const fb = '<correctFeedback>Exact : c’est la bonne réaction.</correctFeedback><incorrectFeedback>Pas tout à fait : relisez le module.</incorrectFeedback>';
  const choice = (n, correct) => `<choice id="${uuid(`q${k}c${n}`)}"${correct ? ' correct="true"' : ''}><text>Réponse ${n} sur ${topic}</text></choice>`;
  let body;
  switch (k % 7) {
    case 0: body = `<question type="single-choice"><prompt>${prompt}</prompt>${fb}${[1, 2, 3, 4].map((n) => choice(n, n === 2)).join('')}</question>`; break;
    case 1: body = `<question type="multiple-response" points="2"><prompt>${prompt}</prompt>${fb}${[1, 2, 3, 4].map((n) => choice(n, n !== 3 && n !== 4 ? true : false)).join('')}</question>`; break;
    case 2: body = `<question type="true-false" trueFalseAnswer="${k % 2 ? 'true' : 'false'}"><prompt>${prompt}</prompt>${fb}</question>`; break;
    case 3: body = `<question type="fill-in"><prompt>${prompt}</prompt>${fb}<clozeText>Face à ${esc(topic)}, je commence par [[1]] le client.</clozeText>` +
      `<blank id="${uuid(`q${k}b1`)}"><label>Verbe</label><answer>écouter</answer><answer>laisser parler</answer></blank></question>`; break;
    case 4: body = `<question type="matching" points="2"><prompt>${prompt}</prompt>${fb}` +
      [1, 2, 3].map((n) => `<pair id="${uuid(`q${k}p${n}`)}"><source>Technique ${n}</source><target>Exemple ${n} pour ${esc(topic)}</target></pair>`).join('') + '</question>'; break;
    case 5: body = `<question type="sequencing" points="2"><prompt>${prompt}</prompt>${fb}` +
      [1, 2, 3, 4].map((n) => `<item id="${uuid(`q${k}s${n}`)}">Étape ${n} de l’appel</item>`).join('') + '</question>'; break;
    default: body = `<question type="numeric"><prompt>${prompt}</prompt>${fb}<numeric value="3" tolerance="1" /></question>`;
  }
  return `<slide id="${id}" kind="question"><title>Question ${k + 1}</title>${body}</slide>`;
}

export function longCourseXml({ questions = 50, lmsJudges = false } = {}) {
  const qs = Array.from({ length: questions }, (_, k) => question(k)).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<capsule xmlns="https://capsule.example/ns/course/1" formatVersion="1" id="${uuid('course')}">
  <metadata language="fr" estimatedMinutes="40">
    <title>Quiz long : ${questions} questions</title>
    <description>Cours de test : ${questions} questions notées, trois tentatives.</description>
    <author>Capsule tests</author>
    <version>1.0</version>
  </metadata>
  <settings navigation="free" completion="quiz-passed" passingScore="80" maxAttempts="3" scorm12Reporting="passed-failed"${lmsJudges ? ' lmsJudgesByScore="true"' : ''}>
    <theme primary="#1f4e79" accent="#e07a1f" />
  </settings>
  <section id="${uuid('s1')}">
    <title>Introduction</title>
    <slide id="${uuid('intro')}" kind="content"><title>Avant de commencer</title><block type="text"><text>${html('Ce quiz compte de nombreuses questions.')}</text></block></slide>
  </section>
  <section id="${uuid('s2')}">
    <title>Quiz</title>
${qs}
    <slide id="${uuid('result')}" kind="result"><title>Votre résultat</title><passMessage>${html('Réussi.')}</passMessage><failMessage>${html('Pas encore.')}</failMessage></slide>
  </section>
  <media />
</capsule>
`;
}

const isMain = process.argv[1] && process.argv[1].endsWith('long-course.mjs');
if (isMain) {
  const args = process.argv.slice(2);
  const out = args[0];
  if (!out) { console.error('usage: long-course.mjs OUT.xml [--questions N] [--lms-judges]'); process.exit(2); }
  const qi = args.indexOf('--questions');
  fs.writeFileSync(out, longCourseXml({ questions: qi >= 0 ? Number(args[qi + 1]) : 50, lmsJudges: args.includes('--lms-judges') }));
}
