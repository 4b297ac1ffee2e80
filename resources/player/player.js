// SPDX-License-Identifier: MIT
// Capsule player — the learner UI. Reads window.CAPSULE_COURSE (format 1, see docs/player.md),
// renders slides, scores questions, and reports through CapsuleRuntime. Preview API:
// CapsulePlayer.reload(course), .patch(slide), .show(id), .currentSlideId(), .language(code); URL ?slide=, ?lang=, ?runtime=.
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory; // tests pass a window
  else root.CapsulePlayer = factory(root);
})(this, function (root) {
  'use strict';

  var I18n = root.CapsuleI18n, Scoring = root.CapsuleScoring, Suspend = root.CapsuleSuspend, Blocks = root.CapsuleBlocks;
  var Runtime = root.CapsuleRuntime, Fmt = root.CapsuleScormFormat, Draw = root.CapsuleDraw;
  var doc = root.document;
  var t, base, course, settings, slides, questions, videos, adapter, model, S, ui = {}; // base: the data as loaded
  var drawn = [], rand; // this attempt's draw (a bank question id list per draw slide); the PRNG
  var tracked = []; // blocks that must be opened or played before their slide counts: { n items | media }
  var clock = { acc: 0, since: 0 };
  var left = false;
  var review = false; // LMS launch in review mode: free navigation, nothing recorded (runtime.js)
  var blobs = {};     // blob: URLs of embedded caption texts
  var skip = 0;       // linear preview started at ?slide=: slides before it count as done for navigation
  var first = [], branching = false; // authored slide index -> flat index; the course branches
  var gmode = {};     // game sections started in this session: section index -> timer factor (1, 10; 0 = off)

  var ICONS = {
    menu: '<path d="M4 6h16M4 12h16M4 18h16"/>',
    close: '<path d="M6 6l12 12M18 6L6 18"/>',
    prev: '<path d="M15 5l-7 7 7 7"/>',
    next: '<path d="M9 5l7 7-7 7"/>',
    check: '<path d="M5 12.5l4.5 4.5L19 7.5"/>',
    cross: '<path d="M7 7l10 10M17 7L7 17"/>',
    up: '<path d="M6 15l6-6 6 6"/>',
    down: '<path d="M6 9l6 6 6-6"/>',
    lock: '<rect x="5" y="11" width="14" height="9" rx="2"/><path d="M8 11V8a4 4 0 018 0v3"/>',
    exit: '<path d="M14 4h5v16h-5M10 8l-4 4 4 4M6 12h10"/>',
    info: '<circle cx="12" cy="12" r="9"/><path d="M12 11v5M12 8h.01"/>',
    tip: '<path d="M9 18h6M10 21h4M12 3a6 6 0 00-3.5 10.9c.6.5 1 1.2 1 2.1h5c0-.9.4-1.6 1-2.1A6 6 0 0012 3z"/>',
    warning: '<path d="M12 4l9 16H3z"/><path d="M12 10v4M12 17h.01"/>',
    retry: '<path d="M4 12a8 8 0 0113.7-5.7L20 8M20 4v4h-4M20 12a8 8 0 01-13.7 5.7L4 16M4 20v-4h4"/>',
    external: '<path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 01-1 1H5a1 1 0 01-1-1V7a1 1 0 011-1h5"/>'
  };

  function icon(name) {
    var s = doc.createElement('span');
    s.className = /^(prev|next|exit|external)$/.test(name) ? 'icon flip' : 'icon'; // mirrored right to left
    s.setAttribute('aria-hidden', 'true');
    s.innerHTML = '<svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" stroke-width="2" ' +
      'stroke-linecap="round" stroke-linejoin="round" focusable="false">' + ICONS[name] + '</svg>';
    return s;
  }

  // h('div.cls', {attr: v, onclick: fn}, [children | text])
  function h(tag, attrs, kids) {
    var parts = tag.split('.');
    var el = doc.createElement(parts[0] || 'div');
    if (parts.length > 1) el.className = parts.slice(1).join(' ');
    if (attrs) Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      if (k.slice(0, 2) === 'on') el.addEventListener(k.slice(2), v);
      else if (k === 'text') el.textContent = v;
      else if (k === 'html') setHtml(el, v);
      else el.setAttribute(k, v === true ? '' : v);
    });
    [].concat(kids || []).forEach(function (c) {
      if (c === null || c === undefined || c === false) return;
      el.appendChild(typeof c === 'string' ? doc.createTextNode(c) : c);
    });
    return el;
  }

  // Rich text fields arrive sanitised by the exporter; filter again to the same subset (defence in depth),
  // parsing in an inert <template>. Links open outside the course so the SCO page is never unloaded.
  var ALLOWED = { P: 1, H2: 1, H3: 1, H4: 1, STRONG: 1, EM: 1, B: 1, I: 1, U: 1, UL: 1, OL: 1, LI: 1, A: 1, BR: 1, CODE: 1 };
  var DROP = { SCRIPT: 1, STYLE: 1, TEMPLATE: 1, IFRAME: 1, OBJECT: 1, EMBED: 1, SVG: 1, MATH: 1, NOSCRIPT: 1, TITLE: 1 };
  function cleanInto(from, to) {
    [].forEach.call(from.childNodes, function (n) {
      if (n.nodeType === 3) { to.appendChild(doc.createTextNode(n.nodeValue)); return; }
      if (n.nodeType !== 1) return;
      var tag = n.nodeName.toUpperCase();
      if (DROP[tag]) return;
      if (!ALLOWED[tag]) { cleanInto(n, to); return; }
      var el = doc.createElement(tag);
      if (tag === 'A') {
        var href = String(n.getAttribute('href') || '').trim();
        if (/^(https?:|mailto:)/i.test(href)) {
          el.setAttribute('href', href);
          if (!/^mailto:/i.test(href)) { el.setAttribute('target', '_blank'); el.setAttribute('rel', 'noopener noreferrer'); }
        }
      }
      cleanInto(n, el);
      to.appendChild(el);
    });
  }
  function setHtml(el, html) {
    var tpl = doc.createElement('template');
    tpl.innerHTML = String(html || '');
    el.textContent = '';
    cleanInto(tpl.content, el);
  }
  // Fields documented as plain text that an exporter may also send as rich text.
  function richOrText(tag, text) {
    return /<[a-z!\/]/i.test(String(text || '')) ? h(tag, { html: text }) : h(tag, { text: text || '' });
  }

  function fmt(x) { return t.num(x); }
  function now() { return Date.now(); }

  // ---------- theme ----------
  // The exporter sends the finished palette (CSS variables) and the layout classes: assign only.
  function applyTheme(th) {
    th = th || {};
    var v = th.vars || {}, st = doc.documentElement.style;
    Object.keys(v).forEach(function (k) { st.setProperty('--' + k, v[k]); });
    doc.documentElement.className = th.cls || '';
  }

  // Cover and section pages: not slides (no id, no progress, nothing saved); the slide behind is the current one.
  function intro(cover, focus) {
    var th = settings.theme || {}, s = slides[S.slide], img = cover && th.coverImage;
    ui.intro = true;
    ui.main.innerHTML = '';
    ui.main.appendChild(h('section.intro' + (cover ? '.cover' : '') + (img ? '.has-img' : ''), { 'aria-labelledby': 'intro-title', style: img ? '--hero:url("' + img + '")' : null }, [
      cover ? null : h('p.eyebrow', { text: t('sectionN', { n: s.section + 1 }) }),
      h('h1.intro-title', { id: 'intro-title', tabindex: '-1', text: cover ? course.title : ((course.sections || [])[s.section] || {}).title }),
      cover && course.description ? h('p.intro-desc', { text: course.description }) : null,
      h('button.btn.btn-primary', { type: 'button', onclick: function () { if (cover && th.sectionPages) intro(false, true); else render(true); } }, [h('span', { text: t(cover ? 'start' : 'next') }), icon('next')])]));
    if (focus) ui.main.querySelector('.intro-title').focus();
  }

  // ---------- model ----------
  // What a block's slide waits for: its items opened or its media played (null: nothing).
  function track(b) {
    var media = (b.type === 'audio' || b.type === 'video') && b.video;
    return (media ? Number(b.video.requiredPercent) > 0 : b.required && (b.items || []).length) ? (media ? { media: 1, src: b.video.src } : { n: b.items.length }) : null;
  }

  // The slides of the course with draw (a question id list per draw slide) in place of its draw slides.
  function flatten(draw) {
    slides = [];
    questions = [];
    videos = [];
    tracked = [];
    drawn = draw || [];
    var pool = Draw.pool(course), bank = {}, d = 0, structure = [];
    first = [];
    branching = false;
    pool.forEach(function (p) { bank[p.id] = p.slide; });
    function add(sl, si, from, k) {
      // qt, src: snapshots compared by reload(), even if the editor mutated the old data in place.
      // key: the same for the k-th question of a draw slide whatever is drawn (visits carried to a retake).
      var item = { id: String(sl.id), key: from ? from + '#' + k : String(sl.id), from: from, kind: sl.kind, title: sl.title || '', section: si, data: sl, q: -1, v: -1, qt: (sl.question || {}).type, src: (sl.video || {}).src, a: first.length - 1, fl: structure[structure.length - 1], game: course.sections[si].game };
      if (sl.question) { item.q = questions.length; questions.push(item); item.question = sl.question; }
      if (sl.kind === 'video' && sl.video) { item.v = videos.length; videos.push(item); }
      // tk: block index -> index in tracked, for blocks the slide waits for.
      if (sl.kind === 'content') (sl.blocks || []).forEach(function (b, n) {
        var x = track(b);
        if (x) {
          item.tk = item.tk || {};
          item.tk[n] = tracked.length;
          tracked.push(x);
        }
      });
      slides.push(item);
    }
    (course.sections || []).forEach(function (sec, si) {
      branching = branching || !!sec.branchOnly;
      (sec.slides || []).forEach(function (sl) {
        structure.push(sl);
        first.push(slides.length);
        branching = branching || sl.next != null;
        if (sl.kind !== 'draw') return add(sl, si);
        (drawn[d++] || []).forEach(function (id, k) { if (bank[id]) add(bank[id], si, String(sl.id), k); });
      });
    });
    // nx: the flat index "next" goes to (-1: the end); a draw's questions follow each other.
    slides.forEach(function (s, i) {
      var n = slides[i + 1];
      s.nx = n && n.a === s.a ? i + 1 : s.fl.next != null ? at(s.fl.next) : n ? i + 1 : -1;
      s.rt = s.fl.ret && !(n && n.a === s.a); // returns to the learner's return point
    });
    model = {
      fingerprint: Suspend.fingerprint(d ? structure.concat(pool.map(function (p) { return p.slide; })) : structure),
      pool: pool.map(function (p) { return p.id; }),
      draws: d,
      expand: function (x) { flatten(x); return model; },
      slideCount: slides.length,
      questions: questions.map(function (x) { return x.question; }),
      videoCount: videos.length,
      blocks: tracked,
      game: (course.sections || []).some(function (x) { return x.game; })
    };
  }

  // A new draw; avoid: the last attempt's (a retake gets other questions when the banks allow);
  // keep: the questions to keep where they still fit (preview reload).
  function newDraw(avoid, keep) { return Draw.draw(course, rand, avoid, keep); }

  function freshState() {
    return {
      draw: drawn,
      slide: 0,
      visited: slides.map(function () { return false; }),
      attempt: 1, attemptsDone: 0,
      quiz: { score: null, passed: false, failed: false },
      answers: questions.map(function () { return undefined; }),
      videos: videos.map(function () { return { done: false, ranges: [] }; }),
      blocks: tracked.map(function () { return { done: false, seen: [], ranges: [] }; }),
      drafts: [], shownAt: [], speed: [], best: []
    };
  }

  function hasQuiz() { return questions.some(function (x) { return Scoring.isGraded(x.question); }); }
  function maxAttempts() { return Math.max(0, Number(settings.maxAttempts) || 0); }
  function attemptClosed() { return S.attemptsDone >= S.attempt; }
  function canRetry() {
    return attemptClosed() && !S.quiz.passed && !S.quiz.failed && (!maxAttempts() || S.attemptsDone < maxAttempts());
  }

  function slideDone(i) {
    var s = slides[i];
    if (s.q >= 0) return S.answers[s.q] !== undefined;
    if (s.kind === 'video') return S.videos[s.v].done;
    return viewed(i);
  }
  // A content slide counts as viewed once shown and every block it waits for is done.
  function viewed(i) {
    var tk = slides[i].tk || {};
    return S.visited[i] && Object.keys(tk).every(function (k) { return S.blocks[tk[k]].done; });
  }
  function linear() { return settings.navigation === 'linear' && !review; }
  function reachable(i, w) {
    if (!linear()) return true;
    if (!branching) {
      for (var j = skip; j < i; j++) if (!slideDone(j)) return false;
      return true;
    }
    w = w || path();
    if (i < skip || S.visited[i]) return true;
    if (!w.on[i]) return false;
    for (var k = 0; w.order[k] !== i; k++) if (w.order[k] >= skip && !slideDone(w.order[k])) return false;
    return true;
  }
  // Next is locked on slide i until it is done.
  function mustFinish(i) { return linear() && i >= skip && !slideDone(i); }

  // ---------- branching (docs/player.md) ----------
  // Flat index of authored slide k (PlayerData's indexes), -1 past the end.
  function at(k) { var i = first[k]; return i == null || i >= slides.length ? -1 : i; }
  function branchOnly(i) { return !!((course.sections || [])[slides[i].section] || {}).branchOnly; }
  // Where the learner's answer or result sends them from slide i; null: the default flow.
  function out(i) {
    var s = slides[i], q = s.question, a = S.answers[s.q], k;
    if (s.q >= 0 && !s.from && a !== undefined && Scoring.isGraded(q)) {
      var c = (q.choices || []).filter(function (x) { return x.id === a; })[0];
      k = c && c.go != null ? c.go : Scoring.scoreAnswer(q, a).correct ? q.onCorrect : q.onIncorrect;
    } else if (s.kind === 'result' && attemptClosed() && totals().graded) k = S.quiz.passed ? s.data.onPass : s.data.onFail;
    return k == null ? null : at(k);
  }
  // The learner's path: from the first slide, the branches their answers took, else "next"; a
  // branch into a branch-only section comes back after the slide that branched. on: slide -> on
  // the path; order: the path; to: slide -> the slide after it on the path.
  function path() {
    var w = { on: [], order: [], to: [] }, i = 0, ret = -1;
    if (!branching) {
      slides.forEach(function (s, k) { w.on[k] = 1; w.order.push(k); w.to[k] = s.nx; });
      return w;
    }
    while (i >= 0 && !w.on[i]) {
      var o = out(i), n = o != null ? o : slides[i].rt && ret >= 0 ? ret : slides[i].nx;
      if (o != null && n >= 0 && branchOnly(n) && !branchOnly(i)) ret = slides[i].nx;
      w.on[i] = 1;
      w.order.push(i);
      i = w.to[i] = n;
    }
    return w;
  }
  function onPath(i, w) { return S.visited[i] || !!w.on[i]; }
  function nextOf(i, w) {
    w = w || path();
    if (w.on[i]) return w.to[i];
    var o = out(i);
    return o != null ? o : slides[i].nx;
  }
  function prevOf(i, w) {
    w = w || path();
    var k = w.order.indexOf(i);
    return k < 0 ? i - 1 : k ? w.order[k - 1] : -1;
  }

  // e: the entries, with game points (scoring.js).
  function totals(e) {
    e = e || [];
    questions.forEach(function (x) { e.push({ q: x.question, answer: S.answers[x.q], game: x.game, speed: S.speed[x.q], s: x }); });
    return Scoring.quizTotals(e, settings.passingScore);
  }

  // Close the attempt once every graded question is answered and record its result. recheck (after a
  // reload) recomputes passed from the answers, since the passing score or the questions may have changed.
  function settleQuiz(recheck) {
    var tt = totals();
    if (tt.graded && tt.complete && !attemptClosed()) S.attemptsDone = S.attempt;
    if (attemptClosed() && tt.complete) {
      S.quiz.score = tt.score;
      S.quiz.raw = tt.earned;
      S.quiz.passed = tt.passed || (!recheck && S.quiz.passed);
    }
    S.quiz.failed = !S.quiz.passed && attemptClosed() && !!maxAttempts() && S.attemptsDone >= maxAttempts();
  }

  // ---------- tracking ----------
  function trackingState() {
    var w = path();
    var allViewed = slides.every(function (s, i) { return !onPath(i, w) || viewed(i); });
    var quiz = hasQuiz();
    var videosDone = S.videos.every(function (v) { return v.done; });
    var rule = settings.completion;
    var complete;
    if (rule === 'quiz-passed') complete = quiz ? S.quiz.passed : allViewed;
    else if (rule === 'both') complete = allViewed && (!quiz || S.quiz.passed);
    else if (rule === 'video-watched') complete = videos.length ? videosDone : allViewed;
    else complete = allViewed;
    var done = countDone(w);
    return {
      completion: complete ? 'completed' : 'incomplete',
      success: S.quiz.passed ? 'passed' : (S.quiz.failed ? 'failed' : 'unknown'),
      score: S.quiz.score,
      // SCORM 1.2 scores are 0..100: points only in 2004 (docs/export.md §3).
      max: model.game && S.quiz.raw != null && adapter.kind === 'scorm2004' ? totals().available : 0,
      raw: S.quiz.raw,
      progress: done[1] ? done[0] / done[1] : 1,
      hasQuiz: quiz,
      reporting: settings.scorm12Reporting || 'passed-failed'
    };
  }

  // [done, total] among the slides on the learner's path.
  function countDone(w) {
    var n = [0, 0];
    slides.forEach(function (s, i) { if (onPath(i, w)) { n[1]++; if (slideDone(i)) n[0]++; } });
    return n;
  }

  function suspendLimit() { return adapter.kind === 'scorm2004' ? 64000 : adapter.kind === 'scorm12' ? 4096 : 100000; }

  // Every commit carries bookmark, resume data and session time (docs/export.md §6).
  function persist(commit) {
    adapter.save(slides[S.slide] ? slides[S.slide].id : '', Suspend.encode(model, S, { limit: suspendLimit() }));
    if (!commit) return true;
    adapter.sessionTime(sessionMs());
    return adapter.commit();
  }

  // Report status; commit when it changed (or when asked).
  function evaluate(forceCommit) {
    var changed = adapter.report(trackingState());
    persist(changed || forceCommit);
  }

  function sessionMs() { return clock.acc + (clock.since ? now() - clock.since : 0); }
  function pauseClock() { if (clock.since) { clock.acc += now() - clock.since; clock.since = 0; } }
  function resumeClock() { if (!clock.since) clock.since = now(); }

  // End the session once. During page dismissal only Terminate (it commits; a Commit too would
  // double the bytes a beacon LMS sends), even after a failed commit (RUNTIME.md §2.6).
  function leave(dismissing, navRequest) {
    if (left) return false;
    left = true;
    persist(false);
    adapter.sessionTime(sessionMs());
    if (!dismissing) adapter.commit();
    var ok = adapter.finish(navRequest);
    pauseClock();
    return ok;
  }

  // ---------- shell ----------
  function buildShell() {
    var body = doc.body;
    body.innerHTML = '';
    ui.live = h('div.sr-only', { 'aria-live': 'polite', role: 'status' });
    ui.toast = h('div.toast', { role: 'status', 'aria-live': 'polite' });
    ui.menuBtn = h('button.icon-btn.menu-btn', { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'outline', title: t('menu'), onclick: toggleMenu },
      [icon('menu'), h('span.sr-only', { text: t('menu') })]);
    ui.progressFill = h('span');
    ui.progress = h('div.progress', { role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-label': t('progressLabel') }, [ui.progressFill]);
    ui.progressText = h('span.progress-text');
    ui.sectionTitle = h('span.section-title');
    ui.exitBtn = h('button.btn.btn-ghost.exit-btn', { type: 'button', onclick: onExit }, [icon('exit'), h('span.label', { text: t('exit') })]);
    ui.logo = h('img.logo', { alt: '' });
    ui.courseTitle = h('span.course-title');
    var header = h('header.topbar', null, [
      ui.menuBtn,
      ui.logo,
      h('div.titles', null, [ui.courseTitle, ui.sectionTitle]),
      adapter.tracking ? null : h('span.tracking-off', { title: t('trackingOffHelp'), tabindex: '0' }, [h('span.dot', { 'aria-hidden': 'true' }), t('trackingOff')]),
      review ? h('span.tracking-off.is-review', { title: t('reviewHelp'), tabindex: '0' }, [h('span.dot', { 'aria-hidden': 'true' }), t('review')]) : null,
      h('div.progress-wrap', null, [ui.progress, ui.progressText]),
      ui.exitBtn
    ]);
    ui.outlineList = h('ol.outline-sections');
    ui.outline = h('nav.outline', { id: 'outline', 'aria-label': t('outline') }, [
      h('div.outline-head', null, [
        h('h2', { text: t('outline') }),
        h('button.icon-btn.outline-close', { type: 'button', title: t('closeMenu'), 'aria-label': t('closeMenu'), onclick: closeMenu }, [icon('close')])
      ]),
      langPicker(),
      ui.outlineList
    ]);
    ui.backdrop = h('div.backdrop', { onclick: closeMenu });
    ui.main = h('main.stage', { id: 'main', tabindex: '-1' });
    ui.prev = h('button.btn.btn-secondary.prev', { type: 'button', onclick: function () { go(prevOf(S.slide), true); } }, [icon('prev'), h('span.label', { text: t('previous') })]);
    ui.next = h('button.btn.btn-primary.next', { type: 'button', onclick: onNext }, [h('span.label', { text: t('next') }), icon('next')]);
    ui.counter = h('span.counter');
    ui.lockHint = h('span.lock-hint', { id: 'lock-hint' });
    ui.navbar = h('footer.navbar', null, [ui.prev, h('div.nav-center', null, [ui.counter, ui.lockHint]), ui.next]);
    var column = h('div.column', null, [ui.main, ui.navbar]);
    body.appendChild(h('a.skip-link', { href: '#main', text: t('skip') }));
    body.appendChild(header);
    body.appendChild(h('div.layout', null, [ui.outline, ui.backdrop, column]));
    body.appendChild(ui.live);
    body.appendChild(ui.toast);
    fillShell();
    if (root.matchMedia && root.matchMedia('(min-width: 1100px)').matches) body.classList.add('menu-docked');
  }

  // The course-dependent parts of the shell (refreshed in place by reload()).
  function fillShell() {
    var logo = (settings.theme || {}).logo;
    if (logo) ui.logo.setAttribute('src', logo);
    ui.logo.hidden = !logo;
    ui.courseTitle.textContent = course.title || '';
    ui.outlineList.innerHTML = '';
    buildOutline();
  }

  function isDocked() { return doc.body.classList.contains('menu-docked') && root.matchMedia && root.matchMedia('(min-width: 1100px)').matches; }

  function toggleMenu() {
    if (root.matchMedia && root.matchMedia('(min-width: 1100px)').matches) {
      doc.body.classList.toggle('menu-docked');
      ui.menuBtn.setAttribute('aria-expanded', String(doc.body.classList.contains('menu-docked')));
      return;
    }
    if (doc.body.classList.contains('menu-open')) closeMenu();
    else {
      doc.body.classList.add('menu-open');
      ui.menuBtn.setAttribute('aria-expanded', 'true');
      var cur = ui.outline.querySelector('[aria-current]') || ui.outline.querySelector('button');
      if (cur) cur.focus();
    }
  }
  function closeMenu() {
    if (root.matchMedia && root.matchMedia('(min-width: 1100px)').matches) {
      doc.body.classList.remove('menu-docked');
    }
    doc.body.classList.remove('menu-open');
    ui.menuBtn.setAttribute('aria-expanded', 'false');
  }

  function buildOutline() {
    ui.outlineItems = [];
    ui.sections = [];
    (course.sections || []).forEach(function (sec, si) {
      var list = h('ol.outline-slides');
      slides.forEach(function (s, i) {
        if (s.section !== si) return;
        var state = h('span.ol-state', { 'aria-hidden': 'true' });
        var btn = h('button.ol-item', { type: 'button', 'data-index': String(i), 'data-slide-id': s.id, onclick: function () { if (reachable(i)) { go(i, true); if (!isDocked()) closeMenu(); } } },
          [state, h('span.ol-title', { text: s.title || t('question') })]);
        ui.outlineItems[i] = { btn: btn, state: state };
        list.appendChild(h('li', null, [btn]));
      });
      ui.outlineList.appendChild(ui.sections[si] = h('li.outline-section', null, [h('p.outline-section-title', { text: sec.title || '' }), list]));
    });
  }

  function updateChrome() {
    var i = S.slide, w = path(), c = countDone(w);
    var pct = c[1] ? Math.round(c[0] / c[1] * 100) : 100;
    ui.progressFill.style.width = pct + '%';
    ui.progress.setAttribute('aria-valuenow', String(pct));
    ui.progress.setAttribute('aria-valuetext', t('progress', { p: pct }));
    ui.progressText.textContent = t('progress', { p: pct });
    ui.counter.textContent = place(i, w).join(' / ');
    var sec = (course.sections || [])[slides[i].section];
    ui.sectionTitle.textContent = sec && sec.title ? sec.title : '';
    ui.prev.disabled = prevOf(i, w) < 0;
    var last = nextOf(i, w) < 0;
    var locked = mustFinish(i);
    ui.next.disabled = last;
    ui.next.setAttribute('aria-disabled', String(last || locked));
    ui.next.classList.toggle('is-locked', locked && !last);
    ui.lockHint.textContent = locked && !last ? t('lockedHint') : '';
    ui.navbar.classList.toggle('is-locked', locked && !last);
    if (locked && !last) ui.next.setAttribute('aria-describedby', 'lock-hint'); else ui.next.removeAttribute('aria-describedby');
    // Branch-only sections stay out of the menu until the learner's path enters them.
    ui.sections.forEach(function (li, si) {
      li.hidden = !!course.sections[si].branchOnly && !slides.some(function (s, k) { return s.section === si && S.visited[k]; });
    });
    ui.outlineItems.forEach(function (o, k) {
      var can = reachable(k, w);
      o.btn.classList.toggle('is-current', k === i);
      o.btn.classList.toggle('is-done', slideDone(k));
      o.btn.classList.toggle('is-locked', !can);
      o.btn.setAttribute('aria-disabled', String(!can));
      if (k === i) o.btn.setAttribute('aria-current', 'step'); else o.btn.removeAttribute('aria-current');
      o.state.innerHTML = '';
      if (!can) o.state.appendChild(icon('lock'));
      else if (slideDone(k) && k !== i) o.state.appendChild(icon('check'));
    });
  }

  // Slide i's number and the number of slides on the learner's path.
  function place(i, w) {
    var k = w.order.indexOf(i);
    return k < 0 ? [i + 1, slides.length] : [k + 1, w.order.length];
  }

  function onNext() {
    if (ui.intro) return render(true);
    var n = nextOf(S.slide);
    if (n < 0) return;
    if (mustFinish(S.slide)) {
      announce(t('lockedHint'));
      ui.next.classList.remove('nudge');
      void ui.next.offsetWidth;
      ui.next.classList.add('nudge');
      return;
    }
    go(n, true);
  }

  function announce(msg) {
    ui.live.textContent = '';
    setTimeout(function () { ui.live.textContent = msg; }, 30);
  }

  function toast(msg) {
    ui.toast.textContent = msg;
    ui.toast.classList.add('show');
    setTimeout(function () { ui.toast.classList.remove('show'); }, 4000);
  }

  function go(i, byUser) {
    if (i < 0 || i >= slides.length || !reachable(i)) return;
    var from = S.slide;
    S.slide = i;
    S.visited[i] = true;
    if (byUser && slides[i].section !== slides[from].section && i === nextOf(from) && (settings.theme || {}).sectionPages) intro(false, true);
    else render(byUser);
    evaluate(true);
    updateChrome();
  }

  // ---------- slides ----------
  // keep: an in-place update keeps the scroll position (and reads no layout: no forced reflow).
  function render(focus, keep) {
    var s = slides[S.slide];
    ui.intro = false;
    if (ui.off) ui.off.abort(); // the previous slide's media listeners
    clearInterval(ui.tick);
    ui.off = new AbortController();
    ui.media = [];
    ui.rendering = true;
    var sec = (course.sections || [])[s.section];
    var art = h('article.slide.slide-' + s.kind, { 'data-slide-id': s.id, 'data-kind': s.kind, 'aria-labelledby': 'slide-title' });
    var eyebrow = sec && sec.title ? sec.title : '';
    if (s.kind === 'question') {
      // Ungraded (likert, open-text) questions are survey items, outside the quiz numbering.
      var graded = questions.filter(function (x) { return x.kind === 'question' && Scoring.isGraded(x.question); });
      var n = graded.indexOf(s);
      eyebrow = n < 0 ? t('survey') : t('question') + ' ' + (n + 1) + ' / ' + graded.length;
    }
    art.appendChild(h('p.eyebrow', { text: eyebrow }));
    art.appendChild(h('h1.slide-title', { id: 'slide-title', tabindex: '-1', text: s.title || '' }));
    if (s.kind === 'content') renderContent(art, s);
    else if (s.q >= 0) renderQuestion(art, s);
    else if (s.kind === 'video') renderVideo(art, s);
    else if (s.kind === 'result') renderResult(art, s);
    ui.rendering = false;
    ui.main.innerHTML = '';
    ui.main.appendChild(art);
    if (!keep) ui.main.scrollTop = 0;
    if (focus) {
      var title = art.querySelector('.slide-title');
      try { title.focus({ preventScroll: true }); } catch (e) { title.focus(); }
      var p = place(S.slide, path());
      announce(t('slideOf', { n: p[0], total: p[1] }) + '. ' + (s.title || ''));
    }
  }

  // Item i of block k of slide s was opened (tab, section, card, marker).
  function seen(s, k, i) {
    var j = (s.tk || {})[k], st = S.blocks[j];
    if (!st || st.seen[i]) return;
    st.seen[i] = true;
    var done = st.seen.filter(Boolean).length >= tracked[j].n;
    if (ui.rendering) { st.done = st.done || done; return; } // render's caller reports
    if (done && !st.done) { st.done = true; evaluate(true); updateChrome(); } else persist(false);
  }

  function renderContent(art, s) {
    (s.data.blocks || []).forEach(function (b, k) {
      var n = art.children.length;
      renderBlock(art, s, b, k);
      if (art.children[n]) art.children[n].setAttribute('data-b', k); // the editor's click to edit
    });
  }

  function renderBlock(art, s, b, k) {
    if (Blocks && !/^(heading|text|image|callout|audio|video)$/.test(b.type)) {
      var el = Blocks.render(b, { h: h, icon: icon, t: t, seen: function (i) { seen(s, k, i); }, go: function (id) { go(indexOfId(id), true); } });
      if (el) art.appendChild(el);
      return;
    }
    if (b.type === 'audio' || b.type === 'video') {
      var st = S.blocks[(s.tk || {})[k]] || { done: true, ranges: [] };
      var box = h('div.block-media.block-' + b.type);
      art.appendChild(box);
      renderMedia(box, b.video || {}, st, s.id + ':' + k, b.type === 'audio' ? 'audio' : 'video', '');
      if (b.type === 'audio' && b.html) box.appendChild(h('details.transcript', null, [h('summary', { text: t('transcript') }), h('div.rich', { html: b.html })]));
      return;
    }
    if (b.type === 'heading') {
      var lvl = Math.min(4, Math.max(2, Number(b.level) || 2));
      art.appendChild(h('h' + lvl + '.block-heading', { text: b.text || '' }));
    } else if (b.type === 'text') {
      art.appendChild(h('div.block-text.rich', { html: b.html }));
    } else if (b.type === 'image') {
      var f = b.focus || [50, 50];
      art.appendChild(h('figure.block-image.size-' + ({ full: 1, medium: 1, small: 1 }[b.size] ? b.size : 'wide'), null, [
        h('img', { src: b.src, alt: b.alt || '', width: b.width || null, height: b.height || null, loading: 'lazy', decoding: 'async', style: 'object-position:' + f[0] + '% ' + f[1] + '%' }),
        b.caption ? h('figcaption', { text: b.caption }) : null
      ]));
    } else if (b.type === 'callout') {
      var style = { info: 1, tip: 1, warning: 1 }[b.style] ? b.style : 'info';
      art.appendChild(h('div.callout.callout-' + style, { role: 'note' }, [icon(style), h('div.rich', { html: b.html })]));
    }
  }

  // Deterministic shuffle per slide and attempt, so re-render and resume keep the same order.
  function seededOrder(n, seed) {
    var x = parseInt(Suspend.hash(seed), 36) || 1;
    var order = [];
    for (var i = 0; i < n; i++) order.push(i);
    for (i = n - 1; i > 0; i--) {
      x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
      var j = x % (i + 1);
      var tmp = order[i]; order[i] = order[j]; order[j] = tmp;
    }
    return order;
  }

  // ---------- game (docs/player.md "Game mode") ----------
  function limit(x) { return x.game && Scoring.isGraded(x.question) ? Number(x.question.time || x.game.time) || 0 : 0; }

  // The section's run: points so far, its maximum, the streak, whether every question is answered.
  function gameRun(si) {
    var e = [], r = { p: 0, m: 0, n: 0, done: true };
    totals(e);
    var m = Scoring.quizTotals(e.filter(function (x) { return x.s.section === si; }));
    e.forEach(function (x) {
      if (x.s.section !== si || !Scoring.isGraded(x.q)) return;
      r.p += x.points;
      if (x.answer === undefined) r.done = false; else r.n = x.streak;
    });
    r.p = Math.round(r.p * 100) / 100;
    r.m = m.available;
    return r;
  }

  // Before the first question: how to play, and the timer turned off or given ×10 time (WCAG 2.2.1).
  function gameStart(art, s) {
    var si = s.section, timed = slides.some(function (x) { return x.section === si && limit(x); });
    var pick = h('fieldset.game-timer', null, [h('legend', { text: t('gameTimer') })]);
    var mode = 1;
    [1, 10, 0].forEach(function (f) {
      var input = h('input', { type: 'radio', name: 'gt', value: String(f), checked: f === 1 });
      input.addEventListener('change', function () { mode = f; });
      pick.appendChild(h('label.option', null, [input, h('span.option-control', { 'aria-hidden': 'true' }), h('span', { text: t('gameTimer' + f) })]));
    });
    art.querySelector('.slide-title').textContent = (course.sections[si] || {}).title || t('game');
    art.querySelector('.eyebrow').textContent = t('game');
    art.appendChild(h('div.game-card', null, [
      h('p', { text: t(timed ? 'gameRules' : 'gameRulesUntimed') }),
      timed ? pick : null,
      S.best[si] != null ? h('p.game-best', { text: t('gameBest', { p: S.best[si] }) }) : null,
      h('button.btn.btn-primary.game-go', { type: 'button', onclick: function () { gmode[si] = mode; render(true); } }, [h('span', { text: t('gamePlay') }), icon('next')])
    ]));
  }

  // Points and streak, then (running) the countdown: text and bar, announced at 10 s and at the end.
  function gameHud(art, s, submitted) {
    var r = gameRun(s.section), T = limit(s) * gmode[s.section], qi = s.q;
    var hud = h('p.game-hud', null, [h('span', { text: t('gamePoints', { p: r.p }) }), r.n > 1 ? h('span.game-streak', { text: t('gameStreak', { n: r.n }) }) : null]);
    art.appendChild(hud);
    if (submitted || !T || S.speed[qi] < 0) return;
    var txt = h('span'), bar = h('span.game-bar');
    hud.appendChild(h('span.game-clock', { role: 'timer' }, [txt, bar]));
    function tick() {
      var left = Math.max(0, Math.ceil(T - (now() - S.shownAt[qi]) / 1000));
      txt.textContent = t('gameLeft', { n: left });
      bar.style.width = left / T * 100 + '%';
      if (left === 10 && T > 15 && !ui.said) { ui.said = 1; announce(t('gameLeft', { n: 10 })); }
      if (!left) {
        clearInterval(ui.tick);
        S.speed[qi] = -1;
        hud.classList.add('is-late');
        txt.textContent = t('gameLate');
        announce(t('gameLate'));
        persist(false);
      }
    }
    ui.said = 0;
    ui.tick = setInterval(tick, 1000);
    tick();
  }

  function gameOver(art, s) {
    var si = s.section, r = gameRun(si), last = slides.filter(function (x) { return x.section === si && x.q >= 0; }).pop();
    if (!r.done || last !== s) return;
    art.appendChild(h('section.game-over', { 'aria-labelledby': 'game-over' }, [
      h('h2', { id: 'game-over', text: t('gameOver') }),
      h('p.game-total', { text: t('pointsEarned', { e: r.p, p: r.m }) }),
      h('p.game-best', { text: ui.record === si ? t('gameRecord') : t('gameBest', { p: S.best[si] }) })
    ]));
  }

  function renderQuestion(art, s) {
    var q = s.question;
    var qi = s.q;
    var submitted = S.answers[qi] !== undefined;
    var game = s.game && Scoring.isGraded(q);
    if (game && !submitted && gmode[s.section] == null) return gameStart(art, s);
    if (!submitted && !S.shownAt[qi]) S.shownAt[qi] = now();
    var draft = submitted ? S.answers[qi] : S.drafts[qi];
    var hints = {
      'single-choice': 'chooseOne', 'multiple-response': 'chooseMany', 'true-false': 'chooseOne', 'fill-in': 'fillBlanks',
      'matching': 'matchHint', 'sequencing': 'orderHint', 'numeric': 'numericHint', 'likert': 'likertHint', 'open-text': 'openHint',
      'drag-drop': 'dropHint', 'hotspot': 'spotHint'
    };
    var graded = Scoring.isGraded(q);
    var meta = graded && !game && Number(q.points) ? ' · ' + t('pointsN', { p: Number(q.points) }) : '';
    art.querySelector('.eyebrow').textContent += meta;
    var ch = s.data.character;
    if (ch) art.appendChild(h('img.character', { src: ch.src, alt: ch.alt || '', width: ch.width, height: ch.height }));
    if (game) gameHud(art, s, submitted);
    art.appendChild(h('div.prompt.rich', { id: 'prompt', html: q.prompt }));
    art.appendChild(h('p.hint', { id: 'hint', text: t(hints[q.type] || 'chooseOne') }));
    var form = h('form.answer', { novalidate: true, 'aria-labelledby': 'slide-title', 'aria-describedby': 'prompt hint' });
    var setDraft = function (v) {
      S.drafts[qi] = v;
      ui.submit.disabled = !Scoring.isAnswerComplete(q, v);
    };
    var body = renderers[q.type] ? renderers[q.type](q, s, draft, submitted, setDraft) : h('p', { text: q.type });
    form.appendChild(body);
    ui.submit = h('button.btn.btn-primary.submit', { type: 'submit', text: t(q.type === 'scenario' ? 'reply' : graded ? 'submit' : 'send') });
    ui.submit.disabled = submitted || !Scoring.isAnswerComplete(q, S.drafts[qi]);
    if (!submitted) form.appendChild(h('div.actions', null, [ui.submit]));
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      submitAnswer(s);
    });
    art.appendChild(form);
    var fb = h('div.feedback-region', { role: 'status', 'aria-live': 'polite' });
    if (submitted) fb.appendChild(feedbackCard(q, S.answers[qi], game && s));
    art.appendChild(fb);
    // A scenario's Continue goes where the chosen response leads (default: the next slide).
    if (submitted && s.kind === 'scenario') art.appendChild(h('button.btn.btn-primary.go-on', { type: 'button', onclick: onNext }, [h('span', { text: t('goOn') }), icon('next')]));
    if (submitted) art.classList.add('is-submitted');
    if (game && submitted) gameOver(art, s);
  }

  function feedbackCard(q, answer, s) {
    var r = Scoring.scoreAnswer(q, answer), e = [];
    if (s) {
      totals(e);
      e = e.filter(function (x) { return x.s === s; })[0];
      r.points = 0; // game: the points line below instead
    }
    var kind = !r.graded ? 'neutral' : r.correct ? 'correct' : r.fraction > 0 ? 'partial' : 'incorrect';
    var title = !r.graded ? t('recorded') : r.correct ? t('correct') : r.fraction > 0 ? t('partial') : t('incorrect');
    var text = r.graded ? (q.type === 'scenario' ? (q.choices.filter(function (c) { return c.id === answer; })[0] || {}).consequence : r.correct ? q.correctFeedback : q.incorrectFeedback) : '';
    return h('div.feedback.feedback-' + kind, { 'data-result': kind }, [
      icon(kind === 'correct' || kind === 'neutral' ? 'check' : kind === 'partial' ? 'info' : 'cross'),
      h('div.feedback-body', null, [
        h('p.feedback-title', null, [title, r.graded && r.points ? h('span.feedback-points', { text: t('pointsEarned', { e: r.earned, p: r.points }) }) : null]),
        text ? richOrText('div.feedback-text', text) : null,
        s ? h('p.game-gain', { text: S.speed[s.q] < 0 ? t('gameLate') : t('gameGain', { p: e.points }) + (e.streak > 1 ? ' · ' + t('gameStreak', { n: e.streak }) : '') }) : null
      ])
    ]);
  }

  function choiceList(q, s, items, multi, selected, submitted, onChange, marks) {
    var name = 'q-' + s.id;
    var group = h('div.options', { role: multi ? 'group' : 'radiogroup', 'aria-labelledby': 'slide-title' });
    items.forEach(function (it) {
      var on = multi ? (selected || []).indexOf(it.value) >= 0 : selected === it.value;
      var input = h('input', { type: multi ? 'checkbox' : 'radio', name: name, value: String(it.key), checked: on, disabled: submitted });
      input.addEventListener('change', function () {
        [].forEach.call(group.querySelectorAll('.option'), function (o) { o.classList.toggle('is-selected', o.querySelector('input').checked); });
        onChange(it.value, input.checked);
      });
      var mark = marks ? marks[it.key] : '';
      var lab = h('label.option' + (on ? '.is-selected' : '') + (mark ? '.is-' + mark : ''), { 'data-choice-id': String(it.key) }, [
        input,
        h('span.option-control', { 'aria-hidden': 'true' }),
        h('span.option-text', null, [it.rich ? richOrText('span.option-label', it.text) : h('span.option-label', { text: it.text }), submitted && it.feedback && on ? richOrText('span.option-feedback', it.feedback) : null]),
        mark === 'correct' || mark === 'missed' ? icon('check') : mark === 'wrong' ? icon('cross') : null,
        mark ? h('span.sr-only', { text: mark === 'wrong' ? t('incorrect') : t('correct') }) : null
      ]);
      group.appendChild(lab);
    });
    return group;
  }

  var renderers = {
    'single-choice': function (q, s, draft, submitted, setDraft) { return choices(q, s, draft, submitted, setDraft, false); },
    'multiple-response': function (q, s, draft, submitted, setDraft) { return choices(q, s, draft, submitted, setDraft, true); },
    'scenario': function (q, s, draft, submitted, setDraft) { return choices(q, s, draft, submitted, setDraft, false); },
    'true-false': function (q, s, draft, submitted, setDraft) {
      var items = [{ key: 'true', value: true, text: t('trueLabel') }, { key: 'false', value: false, text: t('falseLabel') }];
      var marks = null;
      if (submitted) {
        marks = {};
        items.forEach(function (it) { marks[it.key] = draft === it.value ? (it.value === !!q.answer ? 'correct' : 'wrong') : (it.value === !!q.answer ? 'missed' : ''); });
      }
      return choiceList(q, s, items, false, draft, submitted, function (v) { setDraft(v); }, marks);
    },
    'fill-in': function (q, s, draft, submitted, setDraft) {
      var vals = (draft || []).slice();
      var blanks = q.blanks || [];
      var used = {};
      var wrap = h('div.cloze');
      function input(k) {
        var b = blanks[k];
        var given = vals[k] || '';
        var ok = submitted && (b.answers || []).some(function (x) { return Scoring.normalize(x, b.caseSensitive) === Scoring.normalize(given, b.caseSensitive); });
        var el = h('input.blank' + (submitted ? (ok ? '.is-correct' : '.is-wrong') : ''), {
          type: 'text', 'data-blank': String(k), 'aria-label': b.label || t('blank', { n: k + 1 }), autocomplete: 'off', spellcheck: 'false',
          size: String(Math.max(6, Math.min(24, Math.max.apply(null, (b.answers || ['']).map(function (x) { return x.length; })) + 2))),
          disabled: submitted, value: given
        });
        el.value = given;
        el.addEventListener('input', function () { vals[k] = el.value; fill(); setDraft(vals.slice()); });
        var out = [el];
        if (submitted && !ok && b.answers && b.answers.length) out.push(h('span.expected', { text: t('correctAnswerWas', { a: b.answers[0] }) }));
        return out;
      }
      function fill() { for (var k = 0; k < blanks.length; k++) if (vals[k] === undefined) vals[k] = ''; }
      fill();
      var text = String(q.cloze || '');
      if (text) {
        var p = h('p.cloze-text');
        text.split(/(\[\[\d+\]\])/).forEach(function (part) {
          var m = /^\[\[(\d+)\]\]$/.exec(part);
          var k = m ? Number(m[1]) - 1 : -1;
          if (m && blanks[k] && !used[k]) { used[k] = true; input(k).forEach(function (n) { p.appendChild(n); }); }
          else if (part) p.appendChild(doc.createTextNode(part));
        });
        wrap.appendChild(p);
      }
      blanks.forEach(function (b, k) {
        if (used[k]) return;
        var nodes = input(k);
        wrap.appendChild(h('label.blank-row', null, [h('span.blank-label', { text: b.label || t('blank', { n: k + 1 }) })].concat(nodes)));
      });
      return wrap;
    },
    // Matching, and drag-drop as matching of items to zones: a select per row (the keyboard way)
    // and, for drag-drop, the image whose zones take the rows' chips dropped with a pointer.
    'matching': function (q, s, draft, submitted, setDraft) {
      var dd = q.type === 'drag-drop';
      var regions = q.regions || [];
      var pairs = (dd ? q.items : q.pairs) || [];
      var targets = dd ? regions.map(function (r) { return { id: r.id, target: r.label }; }) : pairs;
      var vals = (draft || pairs.map(function () { return null; })).slice();
      var order = dd ? targets.map(function (x, k) { return k; }) : seededOrder(pairs.length, s.id + ':m:' + S.attempt);
      var wrap = h('div.matching');
      var sels = [], tags = [];
      var byId = function (id) { return targets.filter(function (x) { return x.id === id; })[0]; };
      function paint() {
        tags.forEach(function (tag, z) {
          tag.textContent = pairs.filter(function (p, j) { return vals[j] === regions[z].id; }).map(function (p) { return p.text; }).join('\n');
        });
      }
      function upd(k) {
        vals[k] = sels[k].value || null;
        sels[k].parentNode.parentNode.classList.toggle('is-set', !!vals[k]);
        paint();
        setDraft(vals.slice());
      }
      pairs.forEach(function (p, k) {
        var chosen = vals[k];
        var chosenPair = byId(chosen);
        var want = dd ? byId(p.zone) || {} : p;
        var ok = submitted && chosenPair && (dd ? chosen === p.zone : chosenPair.id === p.id || Scoring.normalize(chosenPair.target) === Scoring.normalize(p.target));
        var sel = h('select.match-select', { id: 'm-' + k, 'data-pair-index': String(k), disabled: submitted, 'aria-labelledby': 'ms-' + k });
        sel.appendChild(h('option', { value: '', text: t('choose') }));
        order.forEach(function (j) {
          sel.appendChild(h('option', { value: targets[j].id, text: targets[j].target, selected: chosen === targets[j].id }));
        });
        sel.value = chosen || '';
        sel.addEventListener('change', function () { upd(k); });
        sels.push(sel);
        var src = h('label.match-source', { id: 'ms-' + k, for: 'm-' + k, text: p.source || p.text });
        if (dd && !submitted) drag(src, k);
        wrap.appendChild(h('div.match-row' + (chosen ? '.is-set' : '') + (submitted ? (ok ? '.is-correct' : '.is-wrong') : ''), { 'data-pair-id': p.id }, [
          src,
          h('span.match-arrow', { 'aria-hidden': 'true' }),
          // Submitted: the chosen text in full (a disabled select cuts it off).
          h('div.match-target', null, [submitted ? h('span.match-chosen', { text: chosenPair ? chosenPair.target : '—' }) : sel, submitted && !ok ? h('span.expected', { text: t('correctAnswerWas', { a: want.target }) }) : null]),
          submitted ? icon(ok ? 'check' : 'cross') : null
        ]));
      });
      // Pointer (mouse, pen, touch): the row's label follows the pointer; released over a zone,
      // it sets that row's select, as the keyboard does.
      function drag(el, k) {
        el.addEventListener('pointerdown', function (e) {
          var x = e.clientX, y = e.clientY;
          function mv(e) { el.style.transform = 'translate(' + (e.clientX - x) + 'px,' + (e.clientY - y) + 'px)'; }
          function up(e) {
            doc.removeEventListener('pointermove', mv);
            doc.removeEventListener('pointerup', up);
            el.classList.remove('is-drag');
            el.style.transform = '';
            var z = (doc.elementFromPoint(e.clientX, e.clientY) || el).getAttribute('data-k');
            if (z) {
              sels[k].value = regions[z].id;
              upd(k);
              announce(t('droppedOn', { item: el.textContent, zone: regions[z].label }));
            }
          }
          e.preventDefault();
          el.classList.add('is-drag');
          doc.addEventListener('pointermove', mv);
          doc.addEventListener('pointerup', up);
        });
      }
      if (!dd) return wrap;
      var fig = regionFigure(q);
      regions.forEach(function (r) {
        var c = r.c || [50, 50];
        var tag = h('span.rg-tag', { style: 'left:' + c[0] + '%;top:' + c[1] + '%' });
        tags.push(tag);
        fig.appendChild(tag);
      });
      paint();
      return h('div', null, [fig, wrap]);
    },
    // Hotspot: the regions are a radio group (keyboard, screen readers) and the same choices on
    // the image (pointer); both set one answer.
    'hotspot': function (q, s, draft, submitted, setDraft) {
      var fig = regionFigure(q, function (k) { group.querySelectorAll('input')[k].click(); });
      var marks = submitted ? Scoring.choiceMarks(q, draft) : {};
      var group = choices(q, s, draft, submitted, function (v) { setDraft(v); paint(v); }, false);
      function paint(v) {
        [].forEach.call(fig.querySelectorAll('polygon'), function (p, k) {
          var c = q.choices[k];
          p.setAttribute('class', marks[c.id] ? 'is-' + marks[c.id] : c.id === v ? 'is-on' : '');
        });
      }
      paint(draft);
      return h('div', null, [fig, group]);
    },
    'sequencing': function (q, s, draft, submitted, setDraft) {
      var items = q.items || [];
      var byId = {};
      items.forEach(function (it, k) { byId[it.id] = k; });
      var vals = draft && draft.length === items.length ? draft.slice() : null;
      if (!vals) {
        var order = seededOrder(items.length, s.id + ':s:' + S.attempt);
        if (items.length > 1 && order.every(function (x, k) { return x === k; })) order.push(order.shift());
        vals = order.map(function (k) { return items[k].id; });
        S.drafts[s.q] = vals.slice();
      }
      var list = h('ol.sequence');
      function draw(focusId, dir) {
        list.innerHTML = '';
        vals.forEach(function (id, pos) {
          var it = items[byId[id]];
          var ok = submitted && items[pos].id === id;
          var up = h('button.icon-btn.seq-up', { type: 'button', 'aria-label': t('moveUp') + ': ' + it.text, disabled: submitted || pos === 0, onclick: function () { move(pos, -1); } }, [icon('up')]);
          var down = h('button.icon-btn.seq-down', { type: 'button', 'aria-label': t('moveDown') + ': ' + it.text, disabled: submitted || pos === vals.length - 1, onclick: function () { move(pos, 1); } }, [icon('down')]);
          list.appendChild(h('li.seq-item' + (submitted ? (ok ? '.is-correct' : '.is-wrong') : ''), { 'data-item-id': id }, [
            h('span.seq-pos', { 'aria-hidden': 'true', text: String(pos + 1) }),
            h('span.seq-text', { text: it.text }),
            submitted ? icon(ok ? 'check' : 'cross') : h('span.seq-buttons', null, [up, down])
          ]));
          if (focusId === id) {
            var target = dir < 0 ? (pos === 0 ? down : up) : (pos === vals.length - 1 ? up : down);
            setTimeout(function () { target.focus(); }, 0);
          }
        });
      }
      function move(pos, d) {
        var np = pos + d;
        if (np < 0 || np >= vals.length) return;
        var id = vals[pos];
        vals[pos] = vals[np];
        vals[np] = id;
        setDraft(vals.slice());
        draw(id, d);
        announce(t('movedTo', { item: items[byId[id]].text, n: np + 1, total: vals.length }));
      }
      draw();
      if (submitted) {
        var wrap = h('div.seq-wrap', null, [list]);
        var wrongOrder = vals.some(function (id, k) { return items[k].id !== id; });
        if (wrongOrder) wrap.appendChild(h('p.expected', { text: t('correctAnswerWas', { a: items.map(function (x) { return x.text; }).join(' → ') }) }));
        return wrap;
      }
      return list;
    },
    'numeric': function (q, s, draft, submitted, setDraft) {
      var ok = submitted && Scoring.scoreAnswer(q, draft).correct;
      var input = h('input.numeric-input' + (submitted ? (ok ? '.is-correct' : '.is-wrong') : ''), { type: 'text', inputmode: 'decimal', id: 'num-' + s.id, autocomplete: 'off', disabled: submitted, 'aria-describedby': 'num-err' });
      input.value = draft == null ? '' : String(draft);
      var err = h('span.field-error', { id: 'num-err' });
      input.addEventListener('input', function () {
        var v = input.value;
        err.textContent = v.trim() && Scoring.parseNumber(v) === null ? t('numberInvalid') : '';
        input.setAttribute('aria-invalid', String(!!err.textContent));
        setDraft(v);
      });
      var n = q.numeric || {};
      var expect = n.mode === 'range' ? fmt(n.min) + ' – ' + fmt(n.max) : fmt(n.value) + (Number(n.tolerance) ? ' ± ' + fmt(n.tolerance) : '');
      return h('div.numeric', null, [
        h('label.field-label', { for: 'num-' + s.id, text: t('yourAnswer') }), input, err,
        submitted && !ok ? h('span.expected', { text: t('correctAnswerWas', { a: expect }) }) : null
      ]);
    },
    'likert': function (q, s, draft, submitted, setDraft) {
      var items = (q.scale || []).map(function (label, k) { return { key: String(k), value: k, text: label }; });
      var el = choiceList(q, s, items, false, draft, submitted, function (v) { setDraft(v); }, null);
      el.classList.add('likert');
      el.style.setProperty('--cols', String(Math.max(1, items.length)));
      return el;
    },
    'open-text': function (q, s, draft, submitted, setDraft) {
      var max = Number(q.maxLength) || 0;
      var area = h('textarea.open-input', { id: 'open-' + s.id, rows: '6', maxlength: max ? String(max) : null, disabled: submitted, 'aria-describedby': 'open-count' });
      area.value = draft || '';
      var count = h('span.char-count', { id: 'open-count', 'aria-live': 'polite' });
      function upd() { count.textContent = max && !submitted ? t('charsLeft', { n: Math.max(0, max - area.value.length) }) : ''; }
      area.addEventListener('input', function () { upd(); setDraft(area.value); });
      upd();
      return h('div.open', null, [h('label.field-label', { for: 'open-' + s.id, text: t('yourAnswer') }), area, count]);
    }
  };

  renderers['drag-drop'] = renderers.matching;

  // The image of a drag-drop or hotspot question with its regions drawn over it in SVG (a
  // 0..100 viewBox stretched on the image: the outlines are in percent); pick(k) on a click.
  function regionFigure(q, pick) {
    var im = q.image || {};
    var svg = h('div.rg-svg');
    svg.innerHTML = '<svg viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true" focusable="false">' +
      (q.regions || []).map(function (r, k) { return '<polygon data-k="' + k + '" points="' + r.p + '"/>'; }).join('') + '</svg>';
    if (pick) svg.addEventListener('click', function (e) { var k = e.target.getAttribute('data-k'); if (k) pick(+k); });
    return h('div.rg', null, [h('img', { src: im.src, alt: im.alt || '', width: im.width, height: im.height }), svg]);
  }

  function choices(q, s, draft, submitted, setDraft, multi) {
    var list = q.choices || [];
    var order = q.shuffle ? seededOrder(list.length, s.id + ':c:' + S.attempt) : list.map(function (c, k) { return k; });
    var items = order.map(function (k) { return { key: list[k].id, value: list[k].id, text: list[k].text, feedback: list[k].feedback, rich: q.type !== 'scenario' }; });
    var marks = submitted ? Scoring.choiceMarks(q, draft) : null;
    var sel = multi ? (draft || []).slice() : draft;
    return choiceList(q, s, items, multi, sel, submitted, function (v, on) {
      if (!multi) { setDraft(v); return; }
      sel = sel.filter(function (x) { return x !== v; });
      if (on) sel.push(v);
      setDraft(sel.slice());
    }, marks);
  }

  function submitAnswer(s) {
    var q = s.question, qi = s.q;
    var answer = S.drafts[qi];
    if (S.answers[qi] !== undefined || !Scoring.isAnswerComplete(q, answer)) return;
    if (Array.isArray(answer)) answer = answer.slice();
    if (q.type === 'numeric') answer = String(answer).trim();
    S.answers[qi] = answer;
    var si = s.section, T = limit(s) * (gmode[si] || 10);
    if (s.game && S.speed[qi] == null) S.speed[qi] = T ? Math.max(0, Math.ceil((1 - (now() - S.shownAt[qi]) / T / 1000) * 10)) : 0;
    var r = Scoring.scoreAnswer(q, answer);
    adapter.interaction(q, {
      id: s.id, index: qi, bank: !!s.from, answer: answer, correct: r.correct,
      latencyMs: now() - (S.shownAt[qi] || now()), date: new Date(), lang: course.language
    });
    settleQuiz(false);
    var run = s.game && gameRun(si);
    if (run && run.done && !(S.best[si] >= run.p)) { S.best[si] = run.p; ui.record = si; }
    render(false);
    // A scenario's consequence is read out whole, and Continue takes the focus.
    var fbTitle = ui.main.querySelector(s.kind === 'scenario' ? '.feedback' : '.feedback-title');
    if (fbTitle) announce(fbTitle.textContent);
    var title = ui.main.querySelector('.go-on') || ui.main.querySelector('.slide-title');
    if (title) { try { title.focus({ preventScroll: true }); } catch (e) { title.focus(); } }
    var fbEl = ui.main.querySelector('.game-over') || ui.main.querySelector('.feedback');
    if (fbEl && fbEl.scrollIntoView) fbEl.scrollIntoView({ block: 'nearest' });
    evaluate(true);
    updateChrome();
  }

  // A retake draws again: visits carry by place (the k-th question of a draw slide), answers reset.
  function retry() {
    if (!canRetry()) return;
    var old = slides, at = {}, cur = old[S.slide].key, vis = S.visited;
    flatten(newDraw(S.draw));
    old.forEach(function (x, j) { at[x.key] = j; });
    S.visited = slides.map(function (x) { return !!vis[at[x.key]]; });
    S.slide = Math.max(0, slides.map(function (x) { return x.key; }).indexOf(cur));
    S.draw = drawn;
    fillShell();
    S.attempt++;
    S.answers = questions.map(function () { return undefined; });
    S.drafts = [];
    S.shownAt = [];
    S.speed = [];
    gmode = {};
    ui.record = -1;
    evaluate(true);
    go(questions.length ? slides.indexOf(questions[0]) : 0, true);
  }

  function renderResult(art, s) {
    var tt = totals();
    var card;
    if (!tt.graded) {
      card = h('div.result-card.result-neutral', null, [h('p.result-msg', { text: t('noQuiz') })]);
      art.appendChild(card);
      return;
    }
    if (!attemptClosed()) {
      var nextQ = questions.filter(function (x) { return S.answers[x.q] === undefined && Scoring.isGraded(x.question); })[0];
      art.appendChild(h('div.result-card.result-pending', null, [
        h('p.result-msg', { text: t('unanswered', { a: tt.answered, t: tt.graded }) }),
        nextQ ? h('button.btn.btn-primary', { type: 'button', onclick: function () { go(slides.indexOf(nextQ), true); } }, [h('span.label', { text: t('goToQuestion') }), icon('next')]) : null
      ]));
      return;
    }
    // Answers dropped from an oversized suspend_data: fall back to the recorded attempt result.
    var passed = tt.complete ? tt.passed : S.quiz.passed;
    var pct = Math.max(0, Math.min(100, (tt.complete ? tt.score : S.quiz.score) || 0));
    var r = 52, c = 2 * Math.PI * r;
    var ring = h('div.score-ring', { role: 'img', 'aria-label': t('score') + ' ' + fmt(pct) + ' %' });
    ring.innerHTML = '<svg viewBox="0 0 120 120" aria-hidden="true"><circle class="ring-bg" cx="60" cy="60" r="' + r + '"/>' +
      '<circle class="ring-fg" cx="60" cy="60" r="' + r + '" stroke-dasharray="' + (c * pct / 100).toFixed(1) + ' ' + c.toFixed(1) + '" transform="rotate(-90 60 60)"/></svg>';
    ring.appendChild(h('span.score-value', { 'aria-hidden': 'true' }, [String(Math.floor(pct)), h('small', { text: '%' })]));
    var attemptsText = maxAttempts() ? t('attemptOf', { n: S.attemptsDone || S.attempt, m: maxAttempts() }) : t('attemptN', { n: S.attemptsDone || S.attempt });
    var details = h('div.result-details', null, [
      h('p.verdict', { 'data-verdict': passed ? 'passed' : 'failed' }, [icon(passed ? 'check' : 'cross'), h('span', { text: passed ? t('passed') : t('failed') })]),
      richOrText('div.result-msg', (passed ? s.data.passMessage : s.data.failMessage) || ''),
      h('ul.result-facts', null, [
        h('li', { text: t('pointsEarned', { e: tt.earned, p: tt.available }) }),
        h('li', { text: t('passingScore', { p: fmt(Number(settings.passingScore) || 0) }) }),
        h('li', { text: attemptsText })
      ])
    ]);
    art.appendChild(h('div.result-card' + (passed ? '.result-pass' : '.result-fail'), { 'data-score': String(pct) }, [ring, details]));
    if (canRetry()) {
      art.appendChild(h('div.actions', null, [h('button.btn.btn-primary.retry', { type: 'button', onclick: retry }, [icon('retry'), h('span.label', { text: t('retry') })])]));
    } else if (!passed && S.quiz.failed) {
      art.appendChild(h('p.muted', { text: t('noAttemptsLeft') }));
    }
  }

  // ---------- video ----------
  function mergeRange(ranges, a, b) {
    if (!(b > a)) return ranges;
    var out = [], placed = false;
    ranges.concat([[a, b]]).sort(function (x, y) { return x[0] - y[0]; }).forEach(function (r) {
      var last = out[out.length - 1];
      if (last && r[0] <= last[1] + 0.05) last[1] = Math.max(last[1], r[1]);
      else out.push([r[0], r[1]]);
      placed = true;
    });
    return placed ? out : ranges;
  }
  function covered(ranges) { return ranges.reduce(function (sum, r) { return sum + (r[1] - r[0]); }, 0); }

  function renderVideo(art, s) {
    renderMedia(art, s.data.video, S.videos[s.v], s.id, 'video', s.title);
  }

  // A video or audio player with captions and watched-share tracking into st ({done, ranges});
  // key names the element that reload() keeps playing while its source is unchanged.
  function renderMedia(art, v, st, key, kind, title) {
    var required = Math.max(0, Math.min(100, Number(v.requiredPercent) || 0));
    var video = (ui.keep || []).filter(function (m) { return m.sid === key && m.src0 === v.src; })[0];
    var on = { signal: ui.off.signal };
    var tracks = JSON.stringify(v.tracks || []);
    if (!video) {
      video = h(kind, { controls: true, playsinline: kind === 'video', preload: 'metadata' });
      video.appendChild(h('source', { src: v.src, type: v.mimeType || null }));
      video.sid = key;
      video.src0 = v.src;
    }
    if (v.poster) video.setAttribute('poster', v.poster); else video.removeAttribute('poster');
    title = title || (kind === 'audio' ? t('audio') : '');
    if (title) video.setAttribute('aria-label', title); else video.removeAttribute('aria-label');
    if (video.tracks0 !== tracks) {
      [].slice.call(video.querySelectorAll('track')).forEach(function (n) { n.remove(); });
      (v.tracks || []).forEach(function (tr, k) {
        // Web packages embed the WebVTT text: Chromium refuses <track src> from file://.
        var src = tr.vtt && root.Blob ? blobs[tr.vtt] || (blobs[tr.vtt] = root.URL.createObjectURL(new root.Blob([tr.vtt], { type: 'text/vtt' }))) : tr.src;
        video.appendChild(h('track', { kind: 'captions', src: src, srclang: tr.lang || null, label: tr.label || tr.lang || t('captions'), default: k === 0 && !!tr.lang && tr.lang.split('-')[0] === t.lang ? true : null }));
      });
      video.tracks0 = tracks;
    }
    ui.media.push(video);
    var fill = h('span.video-fill');
    var mark = required > 0 && required < 100 ? h('span.video-mark', { style: 'left:' + required + '%' }) : null;
    var label = h('span.video-label');
    var bar = h('div.video-bar', { role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100' }, [fill, mark]);
    art.appendChild(h('figure.video-wrap' + (kind === 'audio' ? '.audio-wrap' : ''), null, [video]));
    if (required || !/:/.test(key)) art.appendChild(h('div.video-progress', null, [bar, label])); // blocks: only when required
    var duration = function () { return isFinite(video.duration) && video.duration > 0 ? video.duration : (Number(v.durationMs) || 0) / 1000; };
    function update() {
      var d = duration();
      var pct = d ? Math.min(100, Math.round(covered(st.ranges) / d * 100)) : (st.done ? 100 : 0);
      if (st.done && !d) pct = 100;
      fill.style.width = pct + '%';
      bar.setAttribute('aria-valuenow', String(pct));
      bar.setAttribute('aria-label', t(kind + 'Watched', { p: pct }));
      label.textContent = st.done ? t(kind + 'Done') + ' · ' + t(kind + 'Watched', { p: pct }) : t(kind + 'Watched', { p: pct }) + (required ? ' · ' + t(kind + 'Required', { p: required }) : '');
      label.classList.toggle('is-done', st.done);
      if (!st.done && d) {
        var need = required / 100 * d;
        if (required === 0 || covered(st.ranges) >= need - Math.min(0.5, d * 0.01)) {
          st.done = true;
          update();
          evaluate(true);
          updateChrome();
        }
      }
    }
    if (required === 0 && !st.done) st.done = true;
    // Watched time counts played ranges between timeupdates, at most twice the real time elapsed
    // (fast playback counts at 2x), never across a jump (a gap over 1.5 s at the playback rate).
    var last = video.paused ? null : video.currentTime, lastAt = now();
    function count(cur) {
      var at = now(), d = cur - last;
      if (last !== null && d >= 0 && d <= 1.5 * Math.max(1, video.playbackRate || 1)) st.ranges = mergeRange(st.ranges, last, last + Math.min(d, 2 * (at - lastAt) / 1000));
      last = cur;
      lastAt = at;
    }
    function start() { last = video.currentTime; lastAt = now(); }
    function tick() {
      if (video.seeking) return;
      count(video.currentTime);
      update();
    }
    video.addEventListener('play', start, on);
    video.addEventListener('playing', function () { if (last === null) start(); }, on);
    video.addEventListener('timeupdate', tick, on);
    video.addEventListener('seeking', function () { last = null; }, on);
    video.addEventListener('seeked', start, on);
    video.addEventListener('pause', tick, on);
    video.addEventListener('ended', function () {
      count(duration());
      last = null;
      update();
      persist(true);
    }, on);
    video.addEventListener('loadedmetadata', update, on);
    update();
  }

  // ---------- exit ----------
  function framed() {
    try { return root.top !== root; } catch (e) { return true; }
  }

  // In a frame the window cannot be closed: say where to go on; a 2004 LMS is asked to take the
  // learner back (suspendAll keeps the attempt resumable).
  function onExit() {
    var inFrame = framed();
    var tracked = adapter.tracking;
    var ok = leave(false, tracked && inFrame ? 'suspendAll' : '');
    doc.body.classList.remove('menu-open');
    doc.body.innerHTML = '';
    var text = !tracked ? t('exitTextOff') : !ok ? t('exitTextUnsure') : inFrame ? t('exitTextFrame') : t('exitText');
    doc.body.appendChild(h('main.exit-screen', { tabindex: '-1' }, [
      h('div.exit-card', null, [
        icon('check'),
        h('h1', { text: inFrame ? t('exitTitleFrame') : t('exitTitle') }),
        h('p', { text: text })
      ])
    ]));
    doc.body.setAttribute('data-exited', ok ? 'true' : 'unconfirmed');
  }

  // ---------- boot ----------
  function param(name) {
    try { return new URLSearchParams(root.location.search).get(name); } catch (e) { return null; }
  }
  function runtimeKind() {
    var m = param('runtime');
    return m && /^(scorm12|scorm2004|web|none)$/.test(m) ? m : course.runtime || 'web';
  }
  // ?lang= picks the UI strings when supported (a multi-language package: its language); otherwise the course language.
  function uiLang() {
    var l = param('lang');
    return l && I18n.has(l) && !langs().length ? l : course && course.language;
  }

  // ---------- languages (docs/export.md "Languages") ----------
  // A multi-language package: base.languages [{code, name}] (the source first) and base.translations
  // {code: the course data in that language}: same ids, structure and scoring, other texts and media.
  function langs() { return (base && base.languages) || []; }
  function inLang(code) { return code !== base.language && (base.translations || {})[code] || base; }
  // ?lang=, else the LMS's learner preference, else the browser's languages, else the source.
  function startLang(info) {
    var nav = root.navigator || {}, codes = langs().map(function (x) { return x.code; });
    return codes.length > 1 && I18n.match([param('lang'), info.language].concat(nav.languages || [], nav.language), codes) || base.language;
  }
  function langPicker() {
    var ls = langs();
    ui.langSel = ls.length > 1 ? h('select.match-select.lang-select', { id: 'lang-select', onchange: function () { language(ui.langSel.value); } },
      ls.map(function (x) { return h('option', { value: x.code, lang: x.code, selected: x.code === course.language }, [x.name || x.code]); })) : null;
    return ui.langSel && h('div.lang-pick', null, [h('label', { for: 'lang-select', text: t('language') }), ui.langSel]);
  }
  // Shows the course in another of its languages, mid-course: the slides are rendered again with
  // that language's texts and media; answers, progress, resume data and the LMS session go on.
  function language(code) {
    if (!langs().some(function (x) { return x.code === code; }) || code === course.language || !reload(inLang(code), true)) return false;
    adapter.language(code); // the learner's preference, for the next launch
    ui.menuBtn.setAttribute('aria-expanded', String(doc.body.classList.contains('menu-open') || isDocked()));
    if (ui.langSel) ui.langSel.focus();
    return true;
  }
  // A draw slide's id stands for its first drawn question (?slide= from the editor).
  function indexOfId(id) {
    for (var i = 0; i < slides.length; i++) if (slides[i].id === id) return i;
    for (i = 0; i < slides.length; i++) if (slides[i].from === id) return i;
    return -1;
  }

  function restore(info) {
    S = freshState();
    var saved = info && info.suspend ? Suspend.decode(model, info.suspend) : null;
    flatten(saved ? saved.draw : S.draw); // the resumed attempt's questions
    if (saved) {
      Object.keys(saved).forEach(function (k) { S[k] = saved[k]; });
      S.drafts = saved.drafts || []; // answers chosen but not submitted
      S.shownAt = [];
      S.speed = saved.speed || [];
      S.best = saved.best || [];
      return true;
    }
    var i = info && info.location ? indexOfId(info.location) : -1;
    if (i >= 0) { S.slide = i; return true; }
    return false;
  }

  function setCourse(c) {
    course = c;
    settings = course.settings || {};
    var de = doc.documentElement;
    de.lang = course.language || 'en';
    de.dir = I18n.rtl(de.lang) ? 'rtl' : 'ltr';
    if (course.title) doc.title = course.title;
    applyTheme(settings.theme);
  }

  function boot() {
    base = course = root.CAPSULE_COURSE;
    I18n.add((course || {}).ui);
    t = I18n.create(uiLang());
    if (!course || !course.sections) {
      doc.body.innerHTML = '';
      doc.body.appendChild(h('main.exit-screen', null, [h('div.exit-card', null, [h('h1', { text: t('loadError') })])]));
      return;
    }
    setCourse(course);
    // Tests fix the draws with window.CAPSULE_SEED.
    rand = Draw.rng(root.CAPSULE_SEED != null ? root.CAPSULE_SEED : Math.random() * 4294967296);
    flatten(newDraw());
    if (!slides.length) { doc.body.textContent = t('loadError'); return; }
    adapter = Runtime.create(runtimeKind(), { win: root, courseId: course.id });
    var info = adapter.start();
    if (!info.ok && adapter.kind !== 'none') adapter.tracking = false;
    review = info.mode === 'review';
    var lang = startLang(info);
    if (lang !== course.language) { setCourse(inLang(lang)); t = I18n.create(uiLang()); }
    var resumed = restore(info);
    // Preview "from this slide": only without resume data; an unknown id starts at the first slide.
    if (!resumed && indexOfId(param('slide')) > 0) S.slide = skip = indexOfId(param('slide'));
    buildShell();
    resumeClock();
    S.visited[S.slide] = true;
    var th = settings.theme || {};
    if (resumed || skip || !(th.cover || th.sectionPages)) render(false);
    else intro(!!th.cover, false);
    evaluate(true);
    updateChrome();
    if (resumed && S.slide > 0) toast(t('resumed'));
    doc.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && doc.body.classList.contains('menu-open')) { closeMenu(); ui.menuBtn.focus(); }
    });
    doc.addEventListener('visibilitychange', function () {
      if (doc.visibilityState === 'hidden' && !left) persist(true);
    });
    root.addEventListener('pagehide', function (e) {
      if (left) return;
      if (e.persisted) { persist(true); pauseClock(); } else leave(true);
    });
    root.addEventListener('pageshow', function (e) { if (e.persisted && !left) resumeClock(); });
    doc.body.setAttribute('data-ready', 'true');
  }

  // ---------- reload (editor preview) ----------
  // Does answer a (a draft unless complete) still fit question q? Ids must still exist.
  function fits(q, a, complete) {
    if (a === undefined || a === null) return false;
    var ids = function (list) { return (list || []).map(function (x) { return x.id; }); };
    var has = function (list) { return function (x) { return x === null || ids(list).indexOf(x) >= 0; }; };
    var ok = true;
    if (q.type === 'single-choice' || q.type === 'hotspot' || q.type === 'scenario') ok = has(q.choices)(a);
    else if (q.type === 'drag-drop') ok = Array.isArray(a) && a.length === ids(q.items).length && a.every(has(q.regions));
    else if (q.type === 'multiple-response') ok = Array.isArray(a) && a.every(has(q.choices));
    else if (q.type === 'matching') ok = Array.isArray(a) && a.length === ids(q.pairs).length && a.every(has(q.pairs));
    else if (q.type === 'sequencing') ok = Array.isArray(a) && a.length === ids(q.items).length && ids(q.items).every(function (x) { return a.indexOf(x) >= 0; });
    else if (q.type === 'fill-in') ok = Array.isArray(a) && a.length === (q.blanks || []).length;
    else if (q.type === 'likert') ok = a < (q.scale || []).length;
    return ok && (!complete || Scoring.isAnswerComplete(q, a));
  }

  // New index for the old slide at index k: the same id, else the nearest surviving neighbour
  // (the following one first).
  function nearest(old, k) {
    for (var d = 0; d < old.length; d++) {
      var a = old[k + d] ? indexOfId(old[k + d].id) : -1;
      if (a >= 0) return a;
      var b = old[k - d] ? indexOfId(old[k - d].id) : -1;
      if (b >= 0) return b;
    }
    return Math.min(k, slides.length - 1);
  }

  // Learner state carried from the old slides (by id) to the current ones. language: the same
  // course in another language, whose videos and audio may be other files of the same media:
  // what was watched stays watched.
  function carry(old, o, oldTracked, language) {
    var n = freshState(), at = {};
    old.forEach(function (x, j) { at[x.id] = j; });
    slides.forEach(function (s, i) {
      var k = at[s.id], p = old[k];
      if (!p) return;
      n.visited[i] = o.visited[k];
      if (s.q >= 0 && p.q >= 0 && p.qt === s.qt) {
        if (fits(s.question, o.answers[p.q], true)) n.answers[s.q] = o.answers[p.q];
        if (fits(s.question, o.drafts[p.q])) n.drafts[s.q] = o.drafts[p.q];
        n.shownAt[s.q] = o.shownAt[p.q];
        n.speed[s.q] = o.speed[p.q];
      }
      if (s.v >= 0 && p.v >= 0 && (language || p.src === s.src)) n.videos[s.v] = o.videos[p.v];
      var shape = function (x) { return JSON.stringify(language && x && x.media ? { media: 1 } : x); };
      Object.keys(s.tk || {}).forEach(function (k) {
        var a = s.tk[k], b = (p.tk || {})[k];
        if (b !== undefined && shape(oldTracked[b]) === shape(tracked[a])) n.blocks[a] = o.blocks[b];
      });
    });
    n.attempt = o.attempt;
    n.attemptsDone = o.attemptsDone;
    n.quiz = { score: o.quiz.score, raw: o.quiz.raw, passed: o.quiz.passed, failed: o.quiz.failed };
    n.best = o.best;
    n.slide = nearest(old, o.slide);
    return n;
  }

  // Where focus is inside the slide or the outline, to find its twin after the rebuild.
  function focusSpot() {
    var a = doc.activeElement;
    if (!a || !doc.hasFocus() || !(ui.main.contains(a) || ui.outline.contains(a))) return null;
    var box = ui.main.contains(a) ? ui.main : ui.outline, path = [], el = a;
    for (; el !== box; el = el.parentNode) path.unshift([].indexOf.call(el.parentNode.children, el));
    var oi = a.getAttribute('data-index');
    return { box: box, path: path, tag: a.tagName, id: a.id, value: a.getAttribute('value'), sid: oi && slides[oi].id, sel: [a.selectionStart, a.selectionEnd] };
  }
  function refocus(f) {
    if (!f) return;
    var el = f.box;
    f.path.forEach(function (k) { el = el && el.children[k]; });
    if (f.id) el = doc.getElementById(f.id);
    if (f.sid) el = ui.outlineItems[indexOfId(f.sid)] && ui.outlineItems[indexOfId(f.sid)].btn;
    if (!el || el.tagName !== f.tag || el.getAttribute('value') !== f.value || el.disabled) el = ui.main.querySelector('.slide-title');
    try { el.focus({ preventScroll: true }); } catch (e) { el.focus(); }
    try { if (f.sel[0] != null) el.setSelectionRange(f.sel[0], f.sel[1]); } catch (e) { /* not a text field */ }
  }

  /**
   * Swap the course data in place (editor preview): same LMS session and adapter, learner state
   * kept by slide id, same slide (or its nearest surviving neighbour), focus and scroll kept.
   * Returns false (nothing changed) for unusable data or after Exit.
   */
  function reload(c, same) {
    if (!c || !c.sections || !ui.main || left) return false;
    var old = slides, o = S, before = totals(), lang = t.lang, prev = [course, questions, videos, model, drawn];
    var focus = focusSpot(), top = ui.main.scrollTop, sy = root.scrollY;
    if (!same) { base = c; I18n.add(c.ui); c = inLang(course.language); } // new data: stay in the language on show
    course = c;
    flatten(same ? o.draw : newDraw(null, o.draw)); // same: another language of the course (draws no random number)
    if (!slides.length) {
      course = prev[0]; slides = old; questions = prev[1]; videos = prev[2]; model = prev[3]; drawn = prev[4];
      return false;
    }
    setCourse(c);
    S = carry(old, o, prev[3].blocks || [], same);
    skip = skip && nearest(old, skip);
    S.visited[S.slide] = true;
    if (attemptClosed() && before.complete && !totals().complete) S.attemptsDone = S.attempt - 1; // reopened
    settleQuiz(true);
    t = I18n.create(uiLang());
    if (t.lang !== lang) { buildShell(); focus = null; } else fillShell();
    ui.keep = ui.media;
    render(false);
    ui.keep = null;
    ui.main.scrollTop = top;
    if (sy && root.scrollTo) root.scrollTo(0, sy);
    refocus(focus);
    evaluate(false);
    updateChrome();
    return true;
  }

  // ---------- live preview (editor dock) ----------
  // Slide data sl replaces the slide with its id (a drawn bank question too) in place: learner
  // state kept, the current slide re-rendered. False when only reload() can take it.
  function patch(sl) {
    if (course !== base) return true; // slides of the source language; the preview shows a translation
    var hit = slides.filter(function (s) { return s.id === sl.id; }), trk = function (d) { return JSON.stringify((d.blocks || []).map(track)); };
    if (!hit.length || left || hit.some(function (s) {
      var q = sl.question, a = S.answers[s.q], d = S.drafts[s.q];
      return s.kind !== sl.kind || s.qt !== (q || {}).type || s.src !== (sl.video || {}).src || trk(s.data) !== trk(sl) ||
        s.q >= 0 && (a !== undefined && !fits(q, a, true) || d !== undefined && !fits(q, d));
    })) return false;
    var f = focusSpot();
    hit.forEach(function (s) {
      s.data = sl;
      s.title = sl.title || '';
      if (s.q >= 0) model.questions[s.q] = s.question = sl.question;
    });
    if (hit.indexOf(slides[S.slide]) >= 0) {
      ui.keep = ui.media;
      render(false, 1);
      ui.keep = null;
      refocus(f);
    }
    hit.forEach(function (s) {
      var o = ui.outlineItems[slides.indexOf(s)];
      if (o && o.btn.children[1].textContent !== (s.title || t('question'))) o.btn.children[1].textContent = s.title || t('question');
    });
    // Scores only move with an answered question; otherwise nothing of the chrome (O(slides)) changes.
    if (hit.some(function (s) { return S.answers[s.q] !== undefined; })) { settleQuiz(true); evaluate(false); updateChrome(); }
    return true;
  }

  // Shows slide id (a draw slide: its first question) whatever the navigation rules.
  // The editor shows a game question itself, untimed: the start screen is for learners.
  function show(id) {
    var i = indexOfId(id), s = slides[i], g = s && s.game && gmode[s.section] == null;
    if (g) gmode[s.section] = 0;
    if (i >= 0 && (i !== S.slide || g)) { S.slide = i; S.visited[i] = true; render(false); updateChrome(); }
    return i >= 0;
  }

  function currentSlideId() { return slides && slides[S.slide] ? slides[S.slide].id : null; }

  if (doc && !(typeof module === 'object' && module.exports)) {
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', boot);
    else boot();
  }

  return { boot: boot, reload: reload, patch: patch, show: show, currentSlideId: currentSlideId, language: language, mergeRange: mergeRange, covered: covered };
});
