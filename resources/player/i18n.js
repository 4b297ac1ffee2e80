// SPDX-License-Identifier: MIT
// Capsule player — UI strings. Picked from ?lang= if supported, else the course language (BCP 47
// primary subtag), fallback English.
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory();
  else root.CapsuleI18n = factory();
})(this, function () {
  'use strict';

  var STRINGS = {
    en: {
      next: 'Next', previous: 'Previous', start: 'Start', sectionN: 'Part {n}', menu: 'Outline', closeMenu: 'Close outline', exit: 'Exit',
      outline: 'Course outline', slideOf: 'Slide {n} of {total}', progress: '{p}% complete',
      trackingOff: 'Tracking off', trackingOffHelp: 'No learning platform connection: your progress will not be recorded.',
      savedLocally: 'Progress saved on this device',
      review: 'Review', reviewHelp: 'Review mode: what you do now is not recorded.',
      lockedHint: 'Complete this slide to continue.', locked: 'Locked',
      submit: 'Check answer', send: 'Submit', reply: 'Reply', goOn: 'Continue', correct: 'Correct', incorrect: 'Incorrect', partial: 'Partly correct',
      pointsEarned: { by: 'p', one: '{e} of {p} point', other: '{e} of {p} points' }, pointsN: { by: 'p', one: '{p} point', other: '{p} points' }, progressLabel: 'Course progress', recorded: 'Answer recorded', survey: 'Survey',
      chooseOne: 'Choose one answer.', chooseMany: 'Choose every correct answer.',
      trueLabel: 'True', falseLabel: 'False', fillBlanks: 'Fill in the blanks.', blank: 'Blank {n}',
      matchHint: 'Match each item with its counterpart.', choose: 'Choose…',
      dropHint: 'Drag each item onto its zone of the image, or choose its zone in the list.',
      spotHint: 'Click the right place on the image, or choose it in the list.', droppedOn: '{item} placed on {zone}',
      orderHint: 'Put the items in the right order.', moveUp: 'Move up', moveDown: 'Move down',
      movedTo: '{item}: position {n} of {total}',
      numericHint: 'Enter a number.', numberInvalid: 'Please enter a valid number.',
      likertHint: 'Choose the option that fits best.', openHint: 'Write your answer.',
      charsLeft: { by: 'n', one: '{n} character left', other: '{n} characters left' }, yourAnswer: 'Your answer',
      correctAnswerWas: 'Correct answer: {a}',
      resultTitle: 'Your result', score: 'Score', passingScore: 'Passing score: {p}%',
      passed: 'Passed', failed: 'Not passed', attemptOf: 'Attempt {n} of {m}', attemptN: 'Attempt {n}',
      retry: 'Retake the quiz', noAttemptsLeft: 'No attempts left.',
      game: 'Challenge', gameTimer: 'Timer', gameTimer1: 'Normal time', gameTimer10: 'Ten times more time', gameTimer0: 'No timer',
      gameRules: 'Answer before the time runs out: right answers earn points, plus bonuses for speed and streaks.',
      gameRulesUntimed: 'Right answers earn points, plus a bonus for streaks.', gamePlay: 'Play',
      gameBest: { by: 'p', one: 'Personal best: {p} point', other: 'Personal best: {p} points' }, gamePoints: { by: 'p', one: '{p} point', other: '{p} points' },
      gameGain: { by: 'p', one: '+{p} point', other: '+{p} points' }, gameStreak: 'Streak ×{n}', gameLeft: '{n} s left',
      gameLate: "Time's up: answer anyway, for no points.", gameOver: 'Challenge complete', gameRecord: 'New personal best!',
      unanswered: { by: 't', one: 'You have answered {a} of {t} question.', other: 'You have answered {a} of {t} questions.' }, goToQuestion: 'Go to the next question',
      noQuiz: 'This course has no graded questions.',
      videoWatched: 'Watched {p}%', videoRequired: 'Watch at least {p}% to continue',
      videoDone: 'Video completed', captions: 'Captions',
      audioWatched: 'Listened {p}%', audioRequired: 'Listen to at least {p}% to continue', audioDone: 'Audio completed',
      audio: 'Audio', transcript: 'Transcript', turnCard: 'Turn over', newTab: 'opens in a new tab', table: 'Table',
      close: 'Close', picture: 'picture', gallery: 'Gallery', nOfM: '{n} of {m}', previousPicture: 'Previous picture', nextPicture: 'Next picture',
      exitTitle: 'You can close this window', exitText: 'Your progress has been saved.',
      exitTextOff: 'Your session is over.', resumed: 'Welcome back — you are where you left off.',
      courseComplete: 'Course complete', loadError: 'The course content could not be loaded.',
      skip: 'Skip to content', question: 'Question', answeredMark: 'Answered', viewedMark: 'Viewed',
      exitTitleFrame: 'You have left the course',
      exitTextFrame: 'Your progress has been saved. To go on, use the platform’s navigation, outside this course.',
      exitTextUnsure: 'The platform did not confirm the last save. To go on, use its navigation; when you come back, the course resumes from the last saved point.'
    },
    fr: {
      next: 'Suivant', previous: 'Précédent', start: 'Commencer', sectionN: 'Partie {n}', menu: 'Sommaire', closeMenu: 'Fermer le sommaire', exit: 'Quitter',
      outline: 'Sommaire du cours', slideOf: 'Diapositive {n} sur {total}', progress: '{p} % terminé',
      trackingOff: 'Suivi désactivé', trackingOffHelp: 'Aucune connexion à la plateforme : votre progression ne sera pas enregistrée.',
      savedLocally: 'Progression enregistrée sur cet appareil',
      review: 'Relecture', reviewHelp: 'Mode relecture : ce que vous faites maintenant n’est pas enregistré.',
      lockedHint: 'Terminez cette diapositive pour continuer.', locked: 'Verrouillé',
      submit: 'Valider', send: 'Envoyer', reply: 'Répondre', goOn: 'Continuer', correct: 'Bonne réponse', incorrect: 'Mauvaise réponse', partial: 'Réponse partielle',
      pointsEarned: { by: 'p', one: '{e} sur {p} point', other: '{e} sur {p} points' }, pointsN: { by: 'p', one: '{p} point', other: '{p} points' }, progressLabel: 'Progression du cours', recorded: 'Réponse enregistrée', survey: 'Sondage',
      chooseOne: 'Choisissez une réponse.', chooseMany: 'Choisissez toutes les bonnes réponses.',
      trueLabel: 'Vrai', falseLabel: 'Faux', fillBlanks: 'Complétez les trous.', blank: 'Trou {n}',
      matchHint: 'Associez chaque élément à son correspondant.', choose: 'Choisir…',
      dropHint: 'Faites glisser chaque élément sur sa zone de l’image, ou choisissez sa zone dans la liste.',
      spotHint: 'Cliquez au bon endroit de l’image, ou choisissez-le dans la liste.', droppedOn: '{item} placé sur {zone}',
      orderHint: 'Remettez les éléments dans le bon ordre.', moveUp: 'Monter', moveDown: 'Descendre',
      movedTo: '{item} : position {n} sur {total}',
      numericHint: 'Saisissez un nombre.', numberInvalid: 'Veuillez saisir un nombre valide.',
      likertHint: 'Choisissez l’option qui vous correspond le mieux.', openHint: 'Rédigez votre réponse.',
      charsLeft: { by: 'n', one: '{n} caractère restant', other: '{n} caractères restants' }, yourAnswer: 'Votre réponse',
      correctAnswerWas: 'Bonne réponse : {a}',
      resultTitle: 'Votre résultat', score: 'Score', passingScore: 'Score de réussite : {p} %',
      passed: 'Réussi', failed: 'Non réussi', attemptOf: 'Tentative {n} sur {m}', attemptN: 'Tentative {n}',
      retry: 'Repasser le quiz', noAttemptsLeft: 'Plus aucune tentative.',
      game: 'Défi', gameTimer: 'Minuteur', gameTimer1: 'Temps normal', gameTimer10: 'Dix fois plus de temps', gameTimer0: 'Sans minuteur',
      gameRules: 'Répondez avant la fin du temps : chaque bonne réponse rapporte des points, plus un bonus de rapidité et de série.',
      gameRulesUntimed: 'Chaque bonne réponse rapporte des points, plus un bonus de série.', gamePlay: 'Jouer',
      gameBest: { by: 'p', one: 'Record personnel : {p} point', other: 'Record personnel : {p} points' }, gamePoints: { by: 'p', one: '{p} point', other: '{p} points' },
      gameGain: { by: 'p', one: '+{p} point', other: '+{p} points' }, gameStreak: 'Série ×{n}', gameLeft: 'Encore {n} s',
      gameLate: 'Temps écoulé : répondez quand même, sans points.', gameOver: 'Défi terminé', gameRecord: 'Nouveau record personnel !',
      unanswered: { by: 'a', one: 'Vous avez répondu à {a} question sur {t}.', other: 'Vous avez répondu à {a} questions sur {t}.' }, goToQuestion: 'Aller à la question suivante',
      noQuiz: 'Ce cours ne comporte aucune question notée.',
      videoWatched: 'Vu à {p} %', videoRequired: 'Regardez au moins {p} % pour continuer',
      videoDone: 'Vidéo terminée', captions: 'Sous-titres',
      audioWatched: '{p} % écouté', audioRequired: 'Écoutez au moins {p} % pour continuer', audioDone: 'Audio terminé',
      audio: 'Audio', transcript: 'Transcription', turnCard: 'Retourner', newTab: 's’ouvre dans un nouvel onglet', table: 'Tableau',
      close: 'Fermer', picture: 'image', gallery: 'Galerie', nOfM: '{n} sur {m}', previousPicture: 'Image précédente', nextPicture: 'Image suivante',
      exitTitle: 'Vous pouvez fermer cette fenêtre', exitText: 'Votre progression a été enregistrée.',
      exitTextOff: 'Votre session est terminée.', resumed: 'Bon retour — vous reprenez là où vous vous étiez arrêté.',
      courseComplete: 'Cours terminé', loadError: 'Le contenu du cours n’a pas pu être chargé.',
      skip: 'Aller au contenu', question: 'Question', answeredMark: 'Répondu', viewedMark: 'Vu',
      exitTitleFrame: 'Vous avez quitté le module',
      exitTextFrame: 'Votre progression est enregistrée. Pour continuer, utilisez la navigation de la plateforme, en dehors de ce module.',
      exitTextUnsure: 'La plateforme n’a pas confirmé le dernier enregistrement. Pour continuer, utilisez sa navigation\u202f; à votre retour, le module reprendra au dernier point enregistré.'
    }
  };

  function primary(lang) { return String(lang || '').toLowerCase().split(/[-_]/)[0]; }
  /** True if the UI has strings for this language (for a ?lang= override). */
  function has(lang) { return Object.prototype.hasOwnProperty.call(STRINGS, primary(lang)); }
  function pick(lang) { return has(lang) ? primary(lang) : 'en'; }

  // CLDR plural category of n: Intl.PluralRules, else the rules of the languages above.
  function plural(code, n, noIntl) {
    if (!noIntl && typeof Intl === 'object' && Intl.PluralRules) {
      try { return new Intl.PluralRules(code).select(n); } catch (e) { /* fallback below */ }
    }
    if (code === 'fr') return Math.abs(n) < 2 ? 'one' : 'other';
    return n === 1 ? 'one' : 'other';
  }

  /**
   * Returns t(key, params) for the course language. Number params are written in the language
   * (decimal comma in French); a string with plural forms {by: param, one, other, ...} takes the
   * form for that param's value.
   */
  function create(lang) {
    var code = pick(lang);
    var table = STRINGS[code];
    var num = function (x) {
      var s = String(Math.round(x * 100) / 100);
      return code === 'fr' ? s.replace('.', ',') : s;
    };
    var t = function (key, params) {
      var s = table[key] != null ? table[key] : (STRINGS.en[key] != null ? STRINGS.en[key] : key);
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

  return { create: create, pick: pick, has: has, plural: plural, strings: STRINGS };
});
