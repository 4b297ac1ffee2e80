// SPDX-License-Identifier: MIT
// Capsule preview shell: the learner player (/player/) in a device frame beside the strict LMS
// simulator (lms-simulator.js) and its inspector. See docs/preview.md.
//
// URL: ?version=1.2|2004 &slide=<id> &device=phone|tablet|desktop &lang=<player language>
//      &ui=fr|en (this page's language) &embedded=1 (hosted in the editor).
// URL also: &dock=1 (the editor's live preview dock: the stage alone) &edit=1 (click to edit).
// Host API: window.CapsulePreview = { contentChanged(), applySlides(list, rev), showSlide(id),
//           setEditMode(on), currentSlideId(), simulator, relaunch(),
//           reset(), setVersion(v), setMode(m), setCredit(c), setDevice(d), setLanguage(l), events }.
(function () {
  'use strict';

  var Sim = window.CapsuleLmsSimulator;
  var $ = function (id) { return document.getElementById(id); };
  var params = new URLSearchParams(location.search);

  // ---------------------------------------------------------------- UI strings

  var STRINGS = {
    en: {
      title: 'Preview', device: 'Device', phone: 'Phone', tablet: 'Tablet', desktop: 'Desktop',
      phoneTip: 'Phone 360 × 740', tabletTip: 'Tablet 768 × 1024', desktopTip: 'Desktop: fills the stage',
      language: 'Language', courseLang: 'Course', mode: 'Mode', normal: 'Normal', review: 'Review', browse: 'Browse',
      credit: 'Credit', forCredit: 'Credit', noCredit: 'No credit',
      reset: 'Reset', resetTip: 'Forget everything the LMS stored and start a new attempt',
      relaunch: 'Exit and relaunch', relaunchTip: 'Close the course as a learner would, then launch it again with what the LMS kept (tests resume)',
      toggleInspector: 'Show or hide the LMS inspector', stageLabel: 'Course preview', playerTitle: 'Course',
      resize: 'Resize the LMS inspector', inspector: 'LMS inspector', errorsTip: 'Spec violations', warningsTip: 'Warnings',
      suspendData: 'Resume data (suspend_data)', views: 'Inspector views', calls: 'API calls', model: 'Data model',
      pendingTip: 'Values not committed yet', filter: 'Filter calls', show: 'Show', showAll: 'All calls',
      showWrites: 'Writes and lifecycle', showProblems: 'Problems only', autoscroll: 'Auto-scroll', clear: 'Clear',
      colTime: 'Time', colCall: 'Call', colResult: 'Result', colError: 'Error', logEmpty: 'No API call yet.',
      legendRo: 'read-only', legendWo: 'write-only', legendPending: 'not committed', legendCommitted: 'committed',
      startFirst: 'Starts at', firstSlide: 'the first slide', startSlide: 'Starts at', resumeAt: 'Resumes at', resumeData: 'the learner\'s bookmark',
      notStarted: 'Not started', running: 'Running', terminated: 'Finished', chars: 'characters',
      meter12: 'SCORM 1.2 keeps at most 4,096 characters.', meter2004: 'SCORM 2004 allows 64,000; the 4,096 of SCORM 1.2 are shown so the course can be exported to both.',
      meterOver: 'Too long for SCORM 1.2: an LMS may cut it and resume would fail.',
      updated: 'Updated', updatedReload: 'Updated (player reloaded)',
      newAttempt: 'New attempt: SCORM {v}, mode {m}, {c}. The log continues below.',
      resetNote: 'Attempt reset: the LMS forgot everything it stored.',
      relaunchNote: 'Exit and relaunch: the LMS kept entry "{e}"{extra}.',
      versionNote: 'SCORM version changed to {v}: new attempt.', modeNote: 'LMS mode changed to {m}: new attempt.', creditNote: 'Credit changed to {c}: new attempt.',
      cleared: 'Log cleared.', readOnly: 'Read-only', writeOnly: 'Write-only', pending: 'Not committed yet', committed: 'Committed',
      unset: 'no value yet', lmsValue: 'Provided by the LMS', noPlayer: 'The player did not load.',
      note: 'Note'
    },
    fr: {
      title: 'Aperçu', device: 'Appareil', phone: 'Téléphone', tablet: 'Tablette', desktop: 'Ordinateur',
      phoneTip: 'Téléphone 360 × 740', tabletTip: 'Tablette 768 × 1024', desktopTip: 'Ordinateur : occupe toute la scène',
      language: 'Langue', courseLang: 'Du module', mode: 'Mode LMS', normal: 'Normal', review: 'Revue', browse: 'Consultation',
      credit: 'Crédit', forCredit: 'Crédit', noCredit: 'Sans crédit',
      reset: 'Réinitialiser', resetTip: 'Oublier tout ce que le LMS a enregistré et commencer une nouvelle tentative',
      relaunch: 'Quitter et relancer', relaunchTip: 'Fermer le module comme un apprenant, puis le relancer avec ce que le LMS a conservé (teste la reprise)',
      toggleInspector: 'Afficher ou masquer l’inspecteur LMS', stageLabel: 'Aperçu du module', playerTitle: 'Module',
      resize: 'Redimensionner l’inspecteur LMS', inspector: 'Inspecteur LMS', errorsTip: 'Violations de la norme', warningsTip: 'Avertissements',
      suspendData: 'Données de reprise (suspend_data)', views: 'Vues de l’inspecteur', calls: 'Appels API', model: 'Modèle de données',
      pendingTip: 'Valeurs pas encore validées (Commit)', filter: 'Filtrer les appels', show: 'Afficher', showAll: 'Tous les appels',
      showWrites: 'Écritures et cycle de vie', showProblems: 'Problèmes seulement', autoscroll: 'Défilement auto', clear: 'Effacer',
      colTime: 'Temps', colCall: 'Appel', colResult: 'Résultat', colError: 'Erreur', logEmpty: 'Aucun appel API pour l’instant.',
      legendRo: 'lecture seule', legendWo: 'écriture seule', legendPending: 'non validée', legendCommitted: 'validée',
      startFirst: 'Démarre à', firstSlide: 'la première diapositive', startSlide: 'Démarre à', resumeAt: 'Reprend à', resumeData: 'au signet de l’apprenant',
      notStarted: 'Non démarré', running: 'En cours', terminated: 'Terminé', chars: 'caractères',
      meter12: 'SCORM 1.2 conserve au plus 4 096 caractères.', meter2004: 'SCORM 2004 autorise 64 000 caractères ; la limite de 4 096 de SCORM 1.2 est indiquée pour exporter dans les deux versions.',
      meterOver: 'Trop long pour SCORM 1.2 : un LMS peut le tronquer et la reprise échouerait.',
      updated: 'Mis à jour', updatedReload: 'Mis à jour (lecteur rechargé)',
      newAttempt: 'Nouvelle tentative : SCORM {v}, mode {m}, {c}. Le journal continue ci-dessous.',
      resetNote: 'Tentative réinitialisée : le LMS a tout oublié.',
      relaunchNote: 'Quitter et relancer : le LMS a conservé entry « {e} »{extra}.',
      versionNote: 'Version SCORM changée en {v} : nouvelle tentative.', modeNote: 'Mode LMS changé en {m} : nouvelle tentative.', creditNote: 'Crédit changé en {c} : nouvelle tentative.',
      cleared: 'Journal effacé.', readOnly: 'Lecture seule', writeOnly: 'Écriture seule', pending: 'Pas encore validée', committed: 'Validée',
      unset: 'pas de valeur', lmsValue: 'Fournie par le LMS', noPlayer: 'Le lecteur ne s’est pas chargé.',
      note: 'Note'
    }
  };
  var uiLang = (params.get('ui') || navigator.language || 'en').toLowerCase().slice(0, 2);
  if (!STRINGS[uiLang]) uiLang = 'en';
  var S = STRINGS[uiLang];
  function tr(key, vars) {
    var s = S[key] || STRINGS.en[key] || key;
    Object.keys(vars || {}).forEach(function (k) { s = s.split('{' + k + '}').join(vars[k]); });
    return s;
  }

  function translatePage() {
    document.documentElement.lang = uiLang;
    document.querySelectorAll('[data-t]').forEach(function (el) { el.textContent = tr(el.getAttribute('data-t')); });
    document.querySelectorAll('[data-t-title]').forEach(function (el) { el.title = tr(el.getAttribute('data-t-title')); });
    document.querySelectorAll('[data-t-label]').forEach(function (el) { el.setAttribute('aria-label', tr(el.getAttribute('data-t-label'))); });
    document.querySelectorAll('[data-t-placeholder]').forEach(function (el) { el.placeholder = tr(el.getAttribute('data-t-placeholder')); });
    document.title = 'Capsule · ' + tr('title');
  }

  // ---------------------------------------------------------------- state

  var DEVICES = { phone: { w: 360, h: 740 }, tablet: { w: 768, h: 1024 }, desktop: null };
  var state = {
    version: params.get('version') === '1.2' ? '1.2' : '2004',
    device: DEVICES.hasOwnProperty(params.get('device')) ? params.get('device') : 'desktop',
    lang: params.get('lang') || '',
    slide: params.get('slide') || '',
    mode: ['normal', 'review', 'browse'].indexOf(params.get('mode')) >= 0 ? params.get('mode') : 'normal',
    credit: params.get('credit') === 'no-credit' ? 'no-credit' : 'credit',
    embedded: params.get('embedded') === '1',
    dock: params.get('dock') === '1', // the editor's live preview dock: the stage alone
    editMode: params.get('edit') === '1'
  };
  var course = null;         // course.json, for slide titles and the manifest's mastery values
  var sim = null;            // the live simulator
  var entries = [];          // the whole log across sessions: { rec, session }
  var revision = null;
  var listeners = [];
  var launch = { resume: false, bookmark: '' }; // what the current session was launched with

  function emit(name, detail) {
    listeners.slice().forEach(function (fn) { try { fn(name, detail); } catch (e) { /* host bug */ } });
  }

  // ---------------------------------------------------------------- simulator sessions

  /** Manifest values an exported package gives the LMS (docs/export.md "Mastery"). */
  function manifestOptions() {
    var s = (course && course.settings) || {};
    var byQuiz = s.completion === 'quiz-passed' || s.completion === 'both';
    var o = {};
    if (byQuiz && typeof s.passingScore === 'number') {
      if (state.version === '1.2' && s.scorm12Reporting !== 'completed-incomplete') o.masteryScore = s.passingScore;
      if (state.version === '2004') o.scaledPassingScore = s.passingScore / 100;
    }
    return o;
  }

  function newSimulator(stored) {
    if (sim && sim.offChange) sim.offChange();
    var o = manifestOptions();
    o.version = state.version;
    o.mode = state.mode;
    o.credit = state.credit;
    o.learnerId = 'preview-learner';
    o.learnerName = uiLang === 'fr' ? 'Apprenant, Aperçu' : 'Learner, Preview';
    o.stored = stored || null;
    var s = Sim.create(o);
    launch = launchInfo(stored);
    s.offChange = s.onChange(function (ev) {
      if (ev.kind === 'call') addEntry(ev.record);
      scheduleRender();
    });
    sim = s;
    // The API the player finds by walking window.parent; only the pinned version's name exists.
    try { delete window.API; delete window.API_1484_11; } catch (e) { window.API = undefined; window.API_1484_11 = undefined; }
    if (state.version === '1.2') window.API = s.api();
    else window.API_1484_11 = s.api();
    emit('session', { version: state.version });
    return s;
  }

  function playerUrl() {
    var q = new URLSearchParams();
    q.set('runtime', state.version === '1.2' ? 'scorm12' : 'scorm2004');
    if (state.slide) q.set('slide', state.slide);
    if (state.lang) q.set('lang', state.lang);
    return '../player/index.html?' + q.toString();
  }

  var frame = $('player');
  var busy = Promise.resolve();

  /** Navigate the player away (it commits and terminates on pagehide) and wait for about:blank. */
  function unloadPlayer() {
    return new Promise(function (resolve) {
      var src = frame.getAttribute('src');
      if (!src || src === 'about:blank') { resolve(); return; }
      var done = false;
      var finish = function () { if (!done) { done = true; frame.removeEventListener('load', finish); resolve(); } };
      frame.addEventListener('load', finish);
      setTimeout(finish, 3000);
      frame.setAttribute('src', 'about:blank');
    });
  }

  function loadPlayer() {
    frame.setAttribute('src', playerUrl());
    updateStartFrom();
  }

  /** Serialises session changes (a click during a relaunch waits for it). */
  function queue(fn) {
    busy = busy.then(fn, fn).catch(function (e) { console.error(e); });
    return busy;
  }

  function relaunch() {
    return queue(function () {
      var old = sim;
      return unloadPlayer().then(function () {
        var stored = old.exitAndRelaunchState();
        var entry = (stored.cmi && (stored.cmi.entry !== undefined ? stored.cmi.entry : stored.cmi.core && stored.cmi.core.entry)) || '';
        var loc = stored.cmi && (stored.cmi.location || (stored.cmi.core && stored.cmi.core.lesson_location));
        newSimulator(stored);
        sim.note(tr('relaunchNote', { e: entry, extra: loc ? ', location "' + loc + '"' : '' }));
        loadPlayer();
        emit('relaunch', { stored: stored });
      });
    });
  }

  function newAttempt(reasonNote) {
    return queue(function () {
      return unloadPlayer().then(function () {
        newSimulator(null);
        sim.note(reasonNote + ' ' + tr('newAttempt', { v: state.version, m: tr(state.mode), c: state.credit }));
        loadPlayer();
      });
    });
  }

  function reset() { return newAttempt(tr('resetNote')); }

  function syncUrl() {
    var q = new URLSearchParams(location.search);
    q.set('version', state.version);
    q.set('device', state.device);
    if (state.lang) q.set('lang', state.lang); else q.delete('lang');
    if (state.mode !== 'normal') q.set('mode', state.mode); else q.delete('mode');
    if (state.credit !== 'credit') q.set('credit', state.credit); else q.delete('credit');
    try { history.replaceState(null, '', '?' + q.toString()); } catch (e) { /* file:// */ }
  }

  function setVersion(v) {
    v = v === '1.2' ? '1.2' : '2004';
    if (v === state.version) return busy;
    state.version = v;
    syncControls();
    syncUrl();
    return newAttempt(tr('versionNote', { v: v }));
  }
  function setMode(m) {
    if (['normal', 'review', 'browse'].indexOf(m) < 0 || m === state.mode) return busy;
    state.mode = m;
    syncControls();
    syncUrl();
    return newAttempt(tr('modeNote', { m: tr(m) }));
  }
  function setCredit(c) {
    c = c === 'no-credit' ? 'no-credit' : 'credit';
    if (c === state.credit) return busy;
    state.credit = c;
    syncControls();
    syncUrl();
    return newAttempt(tr('creditNote', { c: c }));
  }
  function setLanguage(l) {
    state.lang = l || '';
    syncControls();
    syncUrl();
    // The player picks its UI language at boot; a reload keeps the learner's state through the LMS.
    return relaunch();
  }

  // ---------------------------------------------------------------- device frame

  var stage = $('stage'), device = $('device');
  function setDevice(d) {
    if (!DEVICES.hasOwnProperty(d)) return;
    state.device = d;
    syncControls();
    syncUrl();
    layoutDevice();
  }

  function layoutDevice() {
    var d = DEVICES[state.device];
    document.body.setAttribute('data-device', state.device);
    var caption = $('stage-caption');
    if (!d) {
      device.style.width = device.style.height = device.style.transform = '';
      caption.textContent = '';
      return;
    }
    var bezel = state.device === 'phone' ? 14 : 20;
    var w = d.w + bezel * 2, h = d.h + bezel * 2;
    var pad = state.dock ? 16 : 48;
    var availW = stage.clientWidth - pad, availH = stage.clientHeight - pad - (state.dock ? 0 : 16);
    var scale = Math.min(1, availW / w, availH / h);
    device.style.width = w + 'px';
    device.style.height = h + 'px';
    device.style.setProperty('--bezel', bezel + 'px');
    device.style.transform = 'scale(' + scale.toFixed(4) + ')';
    caption.textContent = d.w + ' × ' + d.h + (scale < 1 ? ' · ' + Math.round(scale * 100) + ' %' : '');
  }

  // ---------------------------------------------------------------- log

  var logEl = $('log');
  var MAX_ROWS = 4000;
  var WRITES = /^(LMS)?(Initialize|Finish|Terminate|SetValue|Commit)$|^note$/;

  function addEntry(rec) {
    entries.push(rec);
    if (entries.length > MAX_ROWS * 2) entries.splice(0, entries.length - MAX_ROWS);
    if (visible(rec)) appendRow(rec);
    $('calls-count').textContent = String(entries.filter(function (r) { return r.fn !== 'note'; }).length);
    updateCounts();
  }

  function visible(rec) {
    var show = $('log-show').value;
    if (show === 'writes' && !WRITES.test(rec.fn)) return false;
    if (show === 'problems' && rec.severity === 'ok' && rec.fn !== 'note') return false;
    var f = $('log-filter').value.trim().toLowerCase();
    if (!f) return true;
    return (rec.fn + ' ' + rec.args.join(' ') + ' ' + rec.result + ' ' + rec.error + ' ' + rec.note).toLowerCase().indexOf(f) >= 0;
  }

  function fmtTime(ms) { return (ms / 1000).toFixed(3); }
  function quote(a) { return a === undefined ? '' : JSON.stringify(String(a)); }
  function clip(s, n) { return s.length > n ? s.slice(0, n) + '…' : s; }

  function appendRow(rec) {
    var li = document.createElement('li');
    if (rec.fn === 'note') {
      li.className = 'log-note';
      li.textContent = rec.note;
    } else {
      li.className = 'log-row sev-' + rec.severity;
      var args = rec.args.filter(function (a) { return a !== undefined; }).map(function (a) { return clip(quote(a), 140); }).join(', ');
      var call = document.createElement('span');
      call.className = 'c-call';
      var fn = document.createElement('b');
      fn.textContent = rec.fn;
      call.appendChild(fn);
      call.appendChild(document.createTextNode('(' + args + ')'));
      call.title = rec.fn + '(' + rec.args.map(quote).join(', ') + ')';
      li.appendChild(cell('c-time', fmtTime(rec.t)));
      li.appendChild(call);
      li.appendChild(cell('c-result', clip(quote(rec.result), 60)));
      li.appendChild(cell('c-error', rec.error === '0' ? '0' : rec.error));
      if (rec.severity !== 'ok' || rec.note) {
        var why = document.createElement('div');
        why.className = 'c-note';
        var text = (rec.error !== '0' && rec.errorString ? rec.error + ' ' + rec.errorString + ' — ' : '') + (rec.note || '');
        why.textContent = text;
        li.appendChild(why);
      }
      if (rec.severity === 'error') li.setAttribute('aria-label', 'Error: ' + rec.fn + ' ' + (rec.note || rec.errorString));
    }
    logEl.appendChild(li);
    while (logEl.childNodes.length > MAX_ROWS) logEl.removeChild(logEl.firstChild);
    $('log-empty').hidden = true;
    if ($('autoscroll').checked) scrollLog();
  }

  var scrollPending = false;
  function scrollLog() {
    if (scrollPending) return;
    scrollPending = true;
    requestAnimationFrame(function () { scrollPending = false; logEl.scrollTop = logEl.scrollHeight; });
  }

  function cell(cls, text) {
    var s = document.createElement('span');
    s.className = cls;
    s.textContent = text;
    return s;
  }

  function rebuildLog() {
    logEl.textContent = '';
    entries.forEach(function (r) { if (visible(r)) appendRow(r); });
    $('log-empty').hidden = logEl.childNodes.length > 0;
  }

  function updateCounts() {
    var e = 0, w = 0;
    entries.forEach(function (r) { if (r.severity === 'error') e++; else if (r.severity === 'warning') w++; });
    var ce = $('count-error'), cw = $('count-warning');
    ce.textContent = e + ' ' + (uiLang === 'fr' ? (e > 1 ? 'erreurs' : 'erreur') : (e === 1 ? 'error' : 'errors'));
    cw.textContent = w + ' ' + (uiLang === 'fr' ? (w > 1 ? 'avertissements' : 'avertissement') : (w === 1 ? 'warning' : 'warnings'));
    ce.classList.toggle('is-zero', e === 0);
    cw.classList.toggle('is-zero', w === 0);
  }

  // ---------------------------------------------------------------- data model tree

  var treeEl = $('tree');
  var openPaths = { 'cmi': true, 'cmi.core': true, 'adl': false };
  var lastValues = {};
  var renderQueued = false;

  function scheduleRender() {
    if (renderQueued) return;
    renderQueued = true;
    setTimeout(function () { renderQueued = false; render(); }, 120);
  }

  function buildTree(rows) {
    var root = { name: '', path: '', children: {}, order: [] };
    rows.forEach(function (r) {
      var parts = r.path.split('.');
      var node = root;
      for (var i = 0; i < parts.length; i++) {
        var p = parts[i];
        if (!node.children[p]) {
          node.children[p] = { name: p, path: parts.slice(0, i + 1).join('.'), children: {}, order: [] };
          node.order.push(p);
        }
        node = node.children[p];
      }
      node.row = r;
    });
    return root;
  }

  function renderNode(node, depth, changed) {
    var frag = document.createDocumentFragment();
    node.order.forEach(function (k) {
      var n = node.children[k];
      if (n.order.length) {
        var det = document.createElement('details');
        det.className = 'tree-group';
        det.open = openPaths[n.path] !== undefined ? openPaths[n.path] : depth < 1;
        det.setAttribute('data-path', n.path);
        var sum = document.createElement('summary');
        sum.textContent = n.name;
        if (/^\d+$/.test(n.name)) sum.classList.add('is-index');
        var pending = countPending(n);
        if (pending) {
          var pd = document.createElement('span');
          pd.className = 'dot dot-pending';
          pd.title = tr('pending');
          sum.appendChild(pd);
        }
        det.appendChild(sum);
        det.addEventListener('toggle', function () { openPaths[n.path] = det.open; });
        var kids = document.createElement('div');
        kids.className = 'tree-kids';
        kids.appendChild(renderNode(n, depth + 1, changed));
        det.appendChild(kids);
        frag.appendChild(det);
      } else if (n.row) {
        frag.appendChild(leaf(n, depth, changed));
      }
    });
    return frag;
  }

  function countPending(n) {
    if (n.row) return n.row.status === 'pending' ? 1 : 0;
    return n.order.reduce(function (a, k) { return a + countPending(n.children[k]); }, 0);
  }

  function leaf(n, depth, changed) {
    var r = n.row;
    var div = document.createElement('div');
    div.className = 'tree-leaf status-' + r.status;
    if (changed[r.path]) div.classList.add('is-changed');
    var name = document.createElement('span');
    name.className = 'leaf-name';
    name.textContent = n.name;
    name.title = r.path;
    div.appendChild(name);
    if (r.access === 'ro' || r.access === 'wo') {
      var b = document.createElement('span');
      b.className = 'badge badge-' + r.access;
      b.textContent = r.access.toUpperCase();
      b.title = tr(r.access === 'ro' ? 'readOnly' : 'writeOnly');
      div.appendChild(b);
    }
    var val = document.createElement('span');
    val.className = 'leaf-value';
    if (r.value === null || r.value === undefined) {
      val.classList.add('is-unset');
      val.textContent = tr('unset');
    } else {
      val.textContent = r.value === '' ? '""' : clip(r.value, 300);
      val.title = r.value.length > 300 ? r.value.length + ' ' + tr('chars') : '';
    }
    div.appendChild(val);
    if (r.status === 'pending' || r.status === 'committed') {
      var dot = document.createElement('span');
      dot.className = 'dot dot-' + r.status;
      dot.title = tr(r.status);
      div.appendChild(dot);
    } else if (r.status === 'lms') {
      div.title = tr('lmsValue');
    }
    return div;
  }

  function render() {
    if (!sim) return;
    var rows = sim.elements();
    var changed = {};
    var now = {};
    rows.forEach(function (r) {
      now[r.path] = r.value;
      if (lastValues[r.path] !== undefined && lastValues[r.path] !== r.value) changed[r.path] = true;
    });
    lastValues = now;
    var scroll = treeEl.scrollTop;
    treeEl.textContent = '';
    treeEl.appendChild(renderNode(buildTree(rows), 0, changed));
    treeEl.scrollTop = scroll;
    var pending = sim.pendingCount();
    $('pending-count').textContent = pending ? String(pending) : '';
    renderMeter();
    renderSession();
    if (Object.keys(changed).length) {
      setTimeout(function () {
        treeEl.querySelectorAll('.is-changed').forEach(function (el) { el.classList.remove('is-changed'); });
      }, 1400);
    }
  }

  function renderMeter() {
    var n = sim.suspendDataSize();
    var pct = Math.min(100, n / 4096 * 100);
    var fill = $('meter-fill');
    fill.style.width = pct.toFixed(1) + '%';
    var level = n > 4096 ? 'over' : n > 3072 ? 'high' : 'ok';
    $('meter').setAttribute('data-level', level);
    var fmt = function (x) { return x.toLocaleString(uiLang === 'fr' ? 'fr-FR' : 'en-US'); };
    $('meter-value').textContent = fmt(n) + ' / ' + fmt(4096) + ' ' + tr('chars');
    $('meter-bar').setAttribute('aria-valuenow', String(n));
    $('meter-note').textContent = n > 4096 ? tr('meterOver') : state.version === '1.2' ? tr('meter12') : tr('meter2004');
  }

  function renderSession() {
    var st = sim.state();
    var pill = $('session-pill');
    pill.textContent = 'SCORM ' + state.version + ' · ' + tr(st === 'running' ? 'running' : st === 'terminated' ? 'terminated' : 'notStarted');
    pill.setAttribute('data-state', st);
  }

  // ---------------------------------------------------------------- start-from indicator

  function slideTitle(id) {
    if (!course || !course.sections) return null;
    for (var i = 0; i < course.sections.length; i++) {
      var sl = course.sections[i].slides || [];
      for (var j = 0; j < sl.length; j++) if (String(sl[j].id) === String(id)) return sl[j].title || String(id);
    }
    return null;
  }

  /** Resume or not, from what the LMS stored for this launch (the player resumes on a bookmark or suspend_data). */
  function launchInfo(stored) {
    var c = (stored && stored.cmi) || {};
    var core = c.core || {};
    var bookmark = (state.version === '1.2' ? core.lesson_location : c.location) || '';
    return { resume: !!(bookmark || c.suspend_data), bookmark: bookmark };
  }

  function updateStartFrom() {
    var label = $('start-label'), value = $('start-value');
    if (launch.resume) {
      label.textContent = tr('resumeAt');
      value.textContent = (launch.bookmark && slideTitle(launch.bookmark)) || launch.bookmark || tr('resumeData');
    } else if (state.slide) {
      label.textContent = tr('startSlide');
      value.textContent = slideTitle(state.slide) || state.slide;
    } else {
      label.textContent = tr('startFirst');
      value.textContent = tr('firstSlide');
    }
    $('start-from').title = label.textContent + ' ' + value.textContent;
  }

  // ---------------------------------------------------------------- live content updates

  var toastTimer = null;
  function toast(text) {
    var t = $('toast');
    t.textContent = text;
    t.classList.add('is-shown');
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { t.classList.remove('is-shown'); }, 1800);
  }

  // XMLHttpRequest, not fetch(): Qt WebEngine 6.4 has no fetch() for custom URL schemes
  // (the editor serves this page as capsule-preview:).
  function fetchText(url) {
    return new Promise(function (resolve, reject) {
      var x = new XMLHttpRequest();
      x.open('GET', url);
      x.setRequestHeader('Cache-Control', 'no-store');
      x.onload = function () {
        if (x.status >= 200 && x.status < 300) resolve(x.responseText);
        else reject(new Error(url + ': HTTP ' + x.status));
      };
      x.onerror = function () { reject(new Error(url + ': request failed')); };
      x.send();
    });
  }

  // A course with translations: its languages join the player-language menu; the player then
  // shows the course in the chosen one (docs/export.md "Languages").
  function addCourseLanguages() {
    var sel = $('lang');
    ((course && course.languages) || []).forEach(function (l) {
      if ([].some.call(sel.options, function (o) { return o.value === l.code; })) return;
      var o = document.createElement('option');
      o.value = l.code;
      o.lang = l.code;
      o.textContent = l.name || l.code;
      sel.appendChild(o);
    });
    syncControls();
  }

  function fetchCourse(rev) {
    return fetchText('../player/content/course.json' + (rev !== null && rev !== undefined ? '?rev=' + encodeURIComponent(rev) : ''))
      .then(function (t) { return JSON.parse(t); });
  }

  var updating = null;
  function contentChanged() {
    if (updating) return updating;
    updating = fetchText('revision').catch(function () { return null; }).then(function (rev) {
      if (rev !== null) revision = rev.trim();
      return fetchCourse(revision);
    }).then(function (data) {
      course = data;
      addCourseLanguages();
      var w = frame.contentWindow;
      var ok = false;
      try { ok = !!(w && w.CapsulePlayer && w.CapsulePlayer.reload && w.CapsulePlayer.reload(data)); } catch (e) { ok = false; }
      updateStartFrom();
      if (ok) { toast(tr('updated')); emit('updated', { reloaded: false }); return; }
      return relaunch().then(function () { toast(tr('updatedReload')); emit('updated', { reloaded: true }); });
    }).catch(function (e) {
      console.warn('Preview: content update failed', e);
    }).then(function () { updating = null; });
    return updating;
  }

  // ---------------------------------------------------------------- live updates

  /** Replaces the slide (or bank question) with data's id in course c; false when absent. */
  function replaceSlide(c, data) {
    var lists = [];
    (c && c.sections || []).forEach(function (sec) { lists.push(sec.slides || []); });
    (c && c.banks || []).forEach(function (b) { lists.push(b.questions || []); });
    return lists.some(function (list) {
      for (var i = 0; i < list.length; i++) if (list[i].id === data.id) { list[i] = data; return true; }
      return false;
    });
  }

  /**
   * Slides edited since the page's revision (the editor pushes them, or poll() fetches them):
   * the player re-renders them in place; what it cannot patch reloads the course in place.
   * Returns {ms, reloaded} or null when the page must fetch the whole course again.
   */
  function applySlides(list, rev) {
    var start = performance.now();
    var w = frame.contentWindow, P = null, own = null;
    try { P = w && w.CapsulePlayer; own = w && w.CAPSULE_COURSE; } catch (e) { P = null; }
    if (!course || !P || !P.patch) return null;
    var whole = false;
    list.forEach(function (data) {
      if (!replaceSlide(course, data)) whole = true;
      if (own && own !== course) replaceSlide(own, data); // the data the player booted with
      if (!whole && !P.patch(data)) whole = true;
    });
    if (whole && !P.reload(course)) return null;
    if (rev !== undefined && rev !== null) revision = String(rev);
    var result = { ms: performance.now() - start, reloaded: whole };
    emit('updated', { reloaded: false, live: true, ms: result.ms });
    return result;
  }

  /** Shows slide id in the player without a reload (the editor's selection); true if shown. */
  function showSlide(id) {
    state.slide = id || '';
    try {
      var P = frame.contentWindow && frame.contentWindow.CapsulePlayer;
      return !!(P && P.show && P.show(id));
    } catch (e) { return false; }
  }

  var pollFailures = 0;
  function poll() {
    fetchText('revision').then(function (t) {
      pollFailures = 0;
      var rev = t.trim();
      if (revision === null) revision = rev;
      else if (rev !== revision) {
        var from = revision;
        return fetchText('changes/' + encodeURIComponent(from)).then(function (t2) {
          var c = JSON.parse(t2);
          if (revision !== from) return; // pushed meanwhile
          if (c.full || !applySlides(c.slides || [], c.revision)) contentChanged();
        }).catch(function () { contentChanged(); });
      }
    }, function () { pollFailures++; }).then(function () {
      // Back off when there is no revision endpoint (a static server); the host can still push.
      setTimeout(poll, pollFailures > 3 ? 5000 : 700);
    });
  }

  // ---------------------------------------------------------------- controls

  function syncControls() {
    document.querySelectorAll('input[name=device]').forEach(function (i) { i.checked = i.value === state.device; });
    document.querySelectorAll('input[name=version]').forEach(function (i) { i.checked = i.value === state.version; });
    var langOpts = [].map.call($('lang').options, function (o) { return o.value; });
    $('lang').value = langOpts.indexOf(state.lang) >= 0 ? state.lang : '';
    $('mode').value = state.mode;
    $('credit').value = state.credit;
  }

  function wireControls() {
    document.querySelectorAll('input[name=device]').forEach(function (i) {
      i.addEventListener('change', function () { if (i.checked) setDevice(i.value); });
    });
    document.querySelectorAll('input[name=version]').forEach(function (i) {
      i.addEventListener('change', function () { if (i.checked) setVersion(i.value); });
    });
    $('lang').addEventListener('change', function () { setLanguage($('lang').value); });
    $('mode').addEventListener('change', function () { setMode($('mode').value); });
    $('credit').addEventListener('change', function () { setCredit($('credit').value); });
    $('reset').addEventListener('click', function () { reset(); });
    $('relaunch').addEventListener('click', function () { relaunch(); });
    $('toggle-inspector').addEventListener('click', function () {
      var hidden = document.body.classList.toggle('inspector-hidden');
      $('toggle-inspector').setAttribute('aria-expanded', String(!hidden));
      setTimeout(layoutDevice, 0);
    });
    $('log-filter').addEventListener('input', rebuildLog);
    $('log-show').addEventListener('change', rebuildLog);
    $('clear-log').addEventListener('click', function () {
      entries = [];
      rebuildLog();
      $('calls-count').textContent = '0';
      updateCounts();
      if (sim) sim.note(tr('cleared'));
    });
    $('autoscroll').addEventListener('change', function () { if ($('autoscroll').checked) scrollLog(); });
    logEl.addEventListener('scroll', function () {
      // Scrolling up to read pauses auto-scroll; back at the bottom resumes it.
      if ($('panel-calls').hidden || !logEl.clientHeight) return;
      var atBottom = logEl.scrollHeight - logEl.scrollTop - logEl.clientHeight < 24;
      if (!scrollPending) $('autoscroll').checked = atBottom;
    });

    // Tabs (WAI-ARIA tabs pattern: arrows move between tabs).
    var tabs = [$('tab-calls'), $('tab-model')];
    function select(tab) {
      tabs.forEach(function (t) {
        var on = t === tab;
        t.setAttribute('aria-selected', String(on));
        t.tabIndex = on ? 0 : -1;
        $(t.getAttribute('aria-controls')).hidden = !on;
      });
      if (tab.id === 'tab-model') render();
      else if ($('autoscroll').checked) scrollLog();
    }
    tabs.forEach(function (t, i) {
      t.addEventListener('click', function () { select(t); });
      t.addEventListener('keydown', function (e) {
        if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
        var next = tabs[(i + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
        select(next);
        next.focus();
        e.preventDefault();
      });
    });

    // Resizable inspector: drag the splitter, or focus it and use the arrow keys.
    var splitter = $('splitter');
    var width = Number(localStorage.getItem('capsule.preview.inspectorWidth')) || 460;
    function setWidth(w) {
      var max = Math.max(320, Math.min(900, window.innerWidth - 420));
      width = Math.round(Math.max(280, Math.min(max, w)));
      document.documentElement.style.setProperty('--inspector-width', width + 'px');
      splitter.setAttribute('aria-valuenow', String(width));
      splitter.setAttribute('aria-valuemax', String(max));
      try { localStorage.setItem('capsule.preview.inspectorWidth', String(width)); } catch (e) { /* private mode */ }
      layoutDevice();
    }
    setWidth(width);
    splitter.addEventListener('pointerdown', function (e) {
      splitter.setPointerCapture(e.pointerId);
      document.body.classList.add('is-resizing');
      var move = function (ev) { setWidth(window.innerWidth - ev.clientX); };
      var up = function () {
        document.body.classList.remove('is-resizing');
        splitter.removeEventListener('pointermove', move);
        splitter.removeEventListener('pointerup', up);
      };
      splitter.addEventListener('pointermove', move);
      splitter.addEventListener('pointerup', up);
    });
    splitter.addEventListener('keydown', function (e) {
      var step = e.shiftKey ? 80 : 20;
      if (e.key === 'ArrowLeft') setWidth(width + step);
      else if (e.key === 'ArrowRight') setWidth(width - step);
      else return;
      e.preventDefault();
    });
    window.addEventListener('resize', function () { setWidth(width); });
    if (window.ResizeObserver) new ResizeObserver(layoutDevice).observe(stage);
  }

  // ---------------------------------------------------------------- click to edit

  // In edit mode (the dock's "Click to Edit"), or with Alt held anywhere, a click on the slide
  // names what was clicked to the editor (GET edit/<slide>/<field>/<key>) instead of acting as
  // the learner's click. Fields as in PreviewSite::editRequested.
  function editTarget(el) {
    var art = el.closest && el.closest('article[data-slide-id]');
    if (!art) return null;
    var at = function (sel) { return el.closest(sel); };
    var x, field = 'title', key = '';
    if (at('.eyebrow, .slide-title')) field = 'title';
    else if ((x = at('[data-b]'))) { field = 'block'; key = x.getAttribute('data-b'); }
    else if (at('.prompt')) field = 'prompt';
    else if ((x = at('.feedback'))) field = x.getAttribute('data-result') === 'correct' ? 'correct-feedback' : 'incorrect-feedback';
    else if ((x = at('[data-choice-id], [data-pair-id], [data-item-id]'))) {
      field = 'answer';
      key = x.getAttribute('data-choice-id') || x.getAttribute('data-pair-id') || x.getAttribute('data-item-id');
    } else if ((x = at('[data-blank]'))) { field = 'answer'; key = 'blank:' + x.getAttribute('data-blank'); }
    else if (at('form.answer')) field = 'answer';
    else if (at('.result-pass')) field = 'pass';
    else if (at('.result-fail')) field = 'fail';
    else if (art.getAttribute('data-kind') === 'video' && at('video, .video-frame, .media')) field = 'video';
    return { slide: art.getAttribute('data-slide-id'), field: field, key: key };
  }

  function requestEdit(target) {
    var path = 'edit/' + [target.slide, target.field].concat(target.key ? [target.key] : []).map(encodeURIComponent).join('/');
    fetchText(path).catch(function () { /* a static server: nothing to tell */ });
    emit('edit', target);
  }

  function hookEditing() {
    var d;
    try { d = frame.contentDocument; } catch (e) { return; }
    if (!d || !d.documentElement || d.documentElement.hasAttribute('data-capsule-edit-hooked')) return;
    d.documentElement.setAttribute('data-capsule-edit-hooked', '');
    var style = d.createElement('style');
    style.textContent = 'html.capsule-edit article[data-slide-id] :is(.slide-title,.eyebrow,[data-b],.prompt,.feedback,[data-choice-id],[data-pair-id],[data-item-id],[data-blank],.result-card):hover' +
      '{outline:2px dashed #2563eb;outline-offset:3px;cursor:pointer}';
    d.head.appendChild(style);
    d.documentElement.classList.toggle('capsule-edit', state.editMode);
    var swallow = function (e) {
      if (!(state.editMode || e.altKey) || !editTarget(e.target)) return;
      e.preventDefault();
      e.stopPropagation();
    };
    d.addEventListener('click', function (e) {
      var target = (state.editMode || e.altKey) && editTarget(e.target);
      if (!target) return;
      e.preventDefault();
      e.stopPropagation();
      requestEdit(target);
    }, true);
    ['mousedown', 'pointerdown', 'mouseup', 'change', 'input'].forEach(function (n) { d.addEventListener(n, swallow, true); });
  }

  function setEditMode(on) {
    state.editMode = !!on;
    try { frame.contentDocument.documentElement.classList.toggle('capsule-edit', state.editMode); } catch (e) { /* not loaded */ }
  }

  // ---------------------------------------------------------------- boot

  function boot() {
    translatePage();
    if (state.embedded) document.body.classList.add('is-embedded');
    if (state.dock) document.body.classList.add('is-dock', 'inspector-hidden');
    syncControls();
    wireControls();
    layoutDevice();
    frame.addEventListener('load', function () { updateStartFrom(); hookEditing(); emit('playerLoaded', {}); });
    newSimulator(null);
    render();
    // Course data first (mastery values of the manifest, slide titles), then the player.
    fetchCourse(null).then(function (c) { course = c; }, function () { course = null; }).then(function () {
      addCourseLanguages();
      newSimulator(null);
      entries = [];
      rebuildLog();
      loadPlayer();
      render();
      poll();
    });
  }

  window.CapsulePreview = {
    contentChanged: contentChanged,
    applySlides: applySlides,
    showSlide: showSlide,
    setEditMode: setEditMode,
    currentSlideId: function () {
      try {
        var p = frame.contentWindow && frame.contentWindow.CapsulePlayer;
        return p && p.currentSlideId ? p.currentSlideId() : null;
      } catch (e) { return null; }
    },
    get simulator() { return sim; },
    get log() { return entries.slice(); },
    get state() { return Object.assign({}, state); },
    relaunch: relaunch,
    reset: reset,
    setVersion: setVersion,
    setMode: setMode,
    setCredit: setCredit,
    setDevice: setDevice,
    setLanguage: setLanguage,
    /** fn(name, detail) for 'session', 'relaunch', 'updated', 'playerLoaded'; returns an unsubscribe function. */
    events: function (fn) {
      listeners.push(fn);
      return function () { listeners = listeners.filter(function (x) { return x !== fn; }); };
    }
  };

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
  else boot();
})();
