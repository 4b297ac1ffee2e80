// SPDX-License-Identifier: MIT
// Capsule player — the content blocks beyond heading, text, image and callout (docs/player.md):
// image and text, tabs, accordion, flip cards, steps, quote, key figure, checklist, divider,
// spacer, button, table, labelled graphic and gallery. The interactive ones follow the WAI-ARIA
// Authoring Practices patterns (tabs, accordion, disclosure, dialog, carousel).
// render(b, c) returns the element of block b, or null for an unknown type; c is given by
// player.js: { h, icon, t, seen(i): item i was opened, go(slideId) }.
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory; // tests pass a window
  else root.CapsuleBlocks = factory(root);
})(this, function (root) {
  'use strict';

  var serial = 0;
  function uid() { return 'cb' + (++serial); }
  function pct(v) { v = Number(v); return isFinite(v) ? Math.max(0, Math.min(100, v)) : 50; }
  function img(c, it, focus) {
    return it.src ? c.h('img', {
      src: it.src, alt: it.alt || '', width: it.width || null, height: it.height || null, loading: 'lazy', decoding: 'async',
      style: focus ? 'object-position:' + pct(focus[0]) + '% ' + pct(focus[1]) + '%' : null
    }) : null;
  }
  // Arrow keys, Home and End move the focus along list; returns the new index or -1.
  function rove(e, list, i, next, prev) {
    var n = list.length, j = { Home: 0, End: n - 1 }[e.key];
    if (e.key === next) j = (i + 1) % n;
    if (e.key === prev) j = (i + n - 1) % n;
    if (j === undefined) return -1;
    e.preventDefault();
    list[j].focus();
    return j;
  }
  // A disclosure button (accordion header, flip card) showing and hiding panel.
  function disclose(btn, panel, onOpen) {
    return function () {
      var open = btn.getAttribute('aria-expanded') !== 'true';
      btn.setAttribute('aria-expanded', String(open));
      panel.hidden = !open;
      if (open) onOpen();
    };
  }

  var R = {
    'image-text': function (b, c) {
      return c.h('div.block-imgtext.side-' + (b.side === 'right' ? 'right' : 'left') + (b.share === 'third' ? '.third' : ''), null, [
        c.h('div.imgtext-pic', null, [img(c, b, b.focus)]), c.h('div.rich', { html: b.html })
      ]);
    },

    tabs: function (b, c) {
      var tabs = [], panels = [], list = c.h('div.tablist', { role: 'tablist' });
      function select(i) {
        tabs.forEach(function (tab, j) {
          tab.setAttribute('aria-selected', String(i === j));
          tab.setAttribute('tabindex', i === j ? '0' : '-1');
          panels[j].hidden = i !== j;
        });
        c.seen(i);
      }
      b.items.forEach(function (it, i) {
        var id = uid();
        var tab = c.h('button.tab', {
          type: 'button', role: 'tab', id: id, 'aria-controls': id + 'p', onclick: function () { select(i); },
          onkeydown: function (e) { var r = e.target.ownerDocument.documentElement.dir === 'rtl', j = rove(e, tabs, i, r ? 'ArrowLeft' : 'ArrowRight', r ? 'ArrowRight' : 'ArrowLeft'); if (j >= 0) select(j); }
        }, it.title || String(i + 1));
        tabs.push(tab);
        list.appendChild(tab);
        panels.push(c.h('div.tabpanel.rich', { role: 'tabpanel', id: id + 'p', 'aria-labelledby': id, tabindex: '0', html: it.html }));
      });
      if (tabs.length) select(0);
      return c.h('div.block-tabs', null, [list].concat(panels));
    },

    accordion: function (b, c) {
      var btns = [];
      return c.h('div.block-accordion', null, b.items.map(function (it, i) {
        var id = uid();
        var panel = c.h('div.acc-panel.rich', { id: id + 'p', role: 'region', 'aria-labelledby': id, hidden: true, html: it.html });
        var btn = c.h('button.acc-btn', {
          type: 'button', id: id, 'aria-expanded': 'false', 'aria-controls': id + 'p',
          onkeydown: function (e) { rove(e, btns, i, 'ArrowDown', 'ArrowUp'); }
        }, [c.h('span', { text: it.title || '' }), c.icon('down')]);
        btn.addEventListener('click', disclose(btn, panel, function () { c.seen(i); }));
        btns.push(btn);
        return c.h('div.acc-item', null, [c.h('h3.acc-head', null, [btn]), panel]);
      }));
    },

    'flip-cards': function (b, c) {
      return c.h('ul.block-cards', null, b.items.map(function (it, i) {
        var back = c.h('div.card-back.rich', { id: uid(), hidden: true, html: it.html });
        var btn = c.h('button.card-front', { type: 'button', 'aria-expanded': 'false', 'aria-controls': back.id }, [
          img(c, it), c.h('span.card-title', { text: it.title || '' }), c.h('span.card-hint', { 'aria-hidden': 'true', text: c.t('turnCard') })
        ]);
        var flip = disclose(btn, back, function () { c.seen(i); });
        btn.addEventListener('click', flip);
        // The back covers the front: a click on it turns the card back (links in it excepted).
        back.addEventListener('click', function (e) { if (!(e.target.closest && e.target.closest('a'))) { flip(); btn.focus(); } });
        return c.h('li.card', null, [btn, back]);
      }));
    },

    steps: function (b, c) {
      return c.h('ol.block-steps', null, b.items.map(function (it) {
        return c.h('li', null, [c.h('h3', { text: it.title || '' }), it.html ? c.h('div.rich', { html: it.html }) : null]);
      }));
    },

    checklist: function (b, c) {
      return c.h('ul.block-checklist', null, b.items.map(function (it) {
        return c.h('li', null, [c.icon('check'), c.h('span', { text: it.title || '' })]);
      }));
    },

    quote: function (b, c) {
      return c.h('figure.block-quote', null, [
        c.h('blockquote.rich', { html: b.html }),
        b.cite || b.photo ? c.h('figcaption', null, [b.photo ? c.h('img', { src: b.photo, alt: '', width: '56', height: '56' }) : null, c.h('span', { text: b.cite || '' })]) : null
      ]);
    },

    'key-figure': function (b, c) {
      return c.h('p.block-figure', null, [c.h('strong', { text: b.value || '' }), c.h('span', { text: b.label || '' })]);
    },

    divider: function (b, c) { return c.h('hr.block-divider'); },
    spacer: function (b, c) { return c.h('div.block-spacer', { 'aria-hidden': 'true' }); },

    button: function (b, c) {
      var label = c.h('span.label', { text: b.label || '' });
      return c.h('p.block-button', null, [b.slide
        ? c.h('button.btn.btn-primary', { type: 'button', onclick: function () { c.go(b.slide); } }, [label, c.icon('next')])
        : b.url ? c.h('a.btn.btn-primary', { href: b.url, target: '_blank', rel: 'noopener noreferrer' }, [label, c.h('span.sr-only', { text: ' (' + c.t('newTab') + ')' }), c.icon('external')]) : null]);
    },

    table: function (b, c) {
      var rows = b.rows || [], w = Math.max.apply(null, [1].concat(rows.map(function (r) { return r.length; })));
      function row(r, head) {
        var cells = [];
        for (var i = 0; i < w; i++) cells.push(c.h(head ? 'th' : 'td', { scope: head ? 'col' : null, text: r[i] || '' }));
        return c.h('tr', null, cells);
      }
      var head = b.header && rows.length ? c.h('thead', null, [row(rows[0], true)]) : null;
      return c.h('div.block-table', { role: 'region', 'aria-label': c.t('table'), tabindex: '0' }, [
        c.h('table', null, [head, c.h('tbody', null, rows.slice(head ? 1 : 0).map(function (r) { return row(r); }))])
      ]);
    },

    'labelled-graphic': function (b, c) {
      var box = c.h('div.graphic', null, [img(c, b)]);
      function open(it, i, marker) {
        var id = uid(), dlg;
        function closed() { dlg.remove(); marker.focus(); }
        function close() { if (dlg.close) dlg.close(); else closed(); }
        dlg = c.h('dialog.marker-dialog', { 'aria-labelledby': id }, [
          c.h('h3', { id: id, text: it.title || '' }), c.h('div.rich', { html: it.html }),
          c.h('button.btn.btn-secondary', { type: 'button', onclick: close }, c.t('close'))
        ]);
        dlg.addEventListener('close', closed);
        box.appendChild(dlg);
        if (dlg.showModal) dlg.showModal(); else dlg.setAttribute('open', '');
        c.seen(i);
      }
      b.items.forEach(function (it, i) {
        var m = c.h('button.marker', {
          type: 'button', style: 'left:' + pct(it.x) + '%;top:' + pct(it.y) + '%', 'aria-haspopup': 'dialog',
          'aria-label': (i + 1) + '. ' + (it.title || ''), onclick: function () { open(it, i, m); }
        }, String(i + 1));
        box.appendChild(m);
      });
      return c.h('div.block-graphic', null, [box]);
    },

    gallery: function (b, c) {
      var items = b.items, at = 0, status = c.h('p.gallery-status', { 'aria-live': 'polite' });
      var pics = items.map(function (it, k) {
        return c.h('figure', { role: 'group', 'aria-roledescription': c.t('picture'), 'aria-label': c.t('nOfM', { n: k + 1, m: items.length }) },
          [img(c, it), it.title ? c.h('figcaption', { text: it.title }) : null]);
      });
      function show(j) {
        at = (j + items.length) % items.length;
        pics.forEach(function (p, k) { p.hidden = k !== at; });
        status.textContent = c.t('nOfM', { n: at + 1, m: items.length });
      }
      if (items.length) show(0);
      return c.h('section.block-gallery', { 'aria-roledescription': c.t('gallery'), 'aria-label': c.t('gallery') }, [
        c.h('div.gallery-pics', null, pics),
        items.length > 1 ? c.h('div.gallery-nav', null, [
          c.h('button.icon-btn', { type: 'button', 'aria-label': c.t('previousPicture'), onclick: function () { show(at - 1); } }, [c.icon('prev')]),
          status,
          c.h('button.icon-btn', { type: 'button', 'aria-label': c.t('nextPicture'), onclick: function () { show(at + 1); } }, [c.icon('next')])
        ]) : null
      ]);
    }
  };

  function render(b, c) {
    var f = R[b.type];
    if (!f) return null;
    if (!Array.isArray(b.items)) b = Object.assign({}, b, { items: [] });
    return f(b, c);
  }

  return { render: render };
});
