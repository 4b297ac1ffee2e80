// SPDX-License-Identifier: MIT
// Just enough DOM for player.js under node's test runner (no jsdom dependency): elements,
// attributes, classes, events (with AbortSignal), focus, simple selectors (tag#id.class[attr="v"],
// no combinators). Rich text is parsed as plain text; innerHTML of other elements is kept opaque.
'use strict';

class Node {
  constructor(doc) { this.ownerDocument = doc; this.childNodes = []; this.parentNode = null; }
  get textContent() { return this.childNodes.map((n) => n.textContent).join(''); }
  remove() { if (this.parentNode) this.parentNode.removeChild(this); }
}

class Text extends Node {
  constructor(doc, value) { super(doc); this.nodeType = 3; this.nodeName = '#text'; this.nodeValue = String(value); }
  get textContent() { return this.nodeValue; }
}

class Fragment extends Node {
  constructor(doc) { super(doc); this.nodeType = 11; }
}

class Style {
  constructor() { this.props = {}; }
  setProperty(k, v) { this.props[k] = String(v); }
  removeProperty(k) { delete this.props[k]; }
  getPropertyValue(k) { return this.props[k] || ''; }
}

function parseSelector(sel) {
  const m = /^([a-z0-9]*)((?:#[\w-]+|\.[\w-]+|\[[\w-]+(?:="[^"]*")?\])*)$/i.exec(sel.trim());
  if (!m) throw new Error('fake-dom: unsupported selector ' + sel);
  const parts = { tag: m[1].toUpperCase(), ids: [], classes: [], attrs: [] };
  for (const p of m[2].match(/#[\w-]+|\.[\w-]+|\[[^\]]+\]/g) || []) {
    if (p[0] === '#') parts.ids.push(p.slice(1));
    else if (p[0] === '.') parts.classes.push(p.slice(1));
    else { const a = /^\[([\w-]+)(?:="([^"]*)")?\]$/.exec(p); parts.attrs.push([a[1], a[2]]); }
  }
  return parts;
}

class Element extends Node {
  constructor(doc, tag) {
    super(doc);
    this.nodeType = 1;
    this.tagName = this.nodeName = tag.toUpperCase();
    this.attrs = new Map();
    this.listeners = [];
    this.style = new Style();
    this.scrollTop = 0;
    this.offsetWidth = 0;
    if (this.tagName === 'TEMPLATE') this.content = new Fragment(doc);
    if (this.tagName === 'VIDEO') Object.assign(this, { paused: true, currentTime: 0, duration: NaN, playbackRate: 1, seeking: false });
  }
  get children() { return this.childNodes.filter((n) => n.nodeType === 1); }
  setAttribute(k, v) { this.attrs.set(k, String(v)); }
  getAttribute(k) { return this.attrs.has(k) ? this.attrs.get(k) : null; }
  hasAttribute(k) { return this.attrs.has(k); }
  removeAttribute(k) { this.attrs.delete(k); }
  get id() { return this.getAttribute('id') || ''; }
  set id(v) { this.setAttribute('id', v); }
  get className() { return this.getAttribute('class') || ''; }
  set className(v) { this.setAttribute('class', v); }
  get classList() {
    const el = this;
    const list = () => el.className.split(/\s+/).filter(Boolean);
    return {
      contains: (c) => list().includes(c),
      add: (...cs) => { el.className = [...new Set(list().concat(cs))].join(' '); },
      remove: (...cs) => { el.className = list().filter((x) => !cs.includes(x)).join(' '); },
      toggle: (c, force) => {
        const on = force === undefined ? !list().includes(c) : !!force;
        if (on) el.classList.add(c); else el.classList.remove(c);
        return on;
      }
    };
  }
  get hidden() { return this.hasAttribute('hidden'); }
  set hidden(v) { if (v) this.setAttribute('hidden', ''); else this.removeAttribute('hidden'); }
  get disabled() { return this.hasAttribute('disabled'); }
  set disabled(v) { if (v) this.setAttribute('disabled', ''); else this.removeAttribute('disabled'); }
  get checked() { return this._checked !== undefined ? this._checked : this.hasAttribute('checked'); }
  set checked(v) { this._checked = !!v; }
  get value() { return this._value !== undefined ? this._value : (this.getAttribute('value') || ''); }
  set value(v) { this._value = String(v); }
  set textContent(v) { this.childNodes.forEach((n) => { n.parentNode = null; }); this.childNodes = []; if (v !== '') this.appendChild(new Text(this.ownerDocument, v)); }
  get textContent() { return super.textContent; }
  set innerHTML(html) {
    this.textContent = '';
    this.html = String(html);
    const target = this.tagName === 'TEMPLATE' ? this.content : null;
    if (target) { target.childNodes = []; const text = this.html.replace(/<[^>]*>/g, ''); if (text) target.childNodes.push(new Text(this.ownerDocument, text)); }
  }
  appendChild(n) {
    if (n.nodeType === 11) { [...n.childNodes].forEach((c) => this.appendChild(c)); return n; }
    n.remove();
    n.parentNode = this;
    this.childNodes.push(n);
    return n;
  }
  removeChild(n) {
    const i = this.childNodes.indexOf(n);
    if (i >= 0) { this.childNodes.splice(i, 1); n.parentNode = null; }
    return n;
  }
  contains(n) { for (; n; n = n.parentNode) if (n === this) return true; return false; }
  matches(sel) {
    const p = parseSelector(sel);
    return (!p.tag || p.tag === this.tagName) && p.ids.every((x) => this.id === x)
      && p.classes.every((c) => this.classList.contains(c))
      && p.attrs.every(([k, v]) => this.hasAttribute(k) && (v === undefined || this.getAttribute(k) === v));
  }
  querySelectorAll(sel) {
    const out = [];
    const walk = (el) => el.children.forEach((c) => { if (c.matches(sel)) out.push(c); walk(c); });
    walk(this);
    return out;
  }
  querySelector(sel) { return this.querySelectorAll(sel)[0] || null; }
  closest(sel) { for (let n = this; n && n.nodeType === 1; n = n.parentNode) if (n.matches(sel)) return n; return null; }
  addEventListener(type, fn, opts) {
    const signal = opts && opts.signal;
    if (signal && signal.aborted) return;
    const entry = { type, fn };
    this.listeners.push(entry);
    if (signal) signal.addEventListener('abort', () => { this.listeners = this.listeners.filter((x) => x !== entry); });
  }
  removeEventListener(type, fn) { this.listeners = this.listeners.filter((x) => x.type !== type || x.fn !== fn); }
  dispatchEvent(ev) {
    ev.target = ev.target || this;
    this.listeners.filter((x) => x.type === ev.type).forEach((x) => x.fn.call(this, ev));
    return true;
  }
  emit(type) { return this.dispatchEvent({ type, preventDefault() {}, key: '' }); }
  click() {
    if (this.disabled) return;
    if (this.tagName === 'INPUT' && /radio|checkbox/.test(this.getAttribute('type'))) {
      this.checked = this.getAttribute('type') === 'radio' ? true : !this.checked;
      this.emit('change');
    }
    this.emit('click');
    const form = this.closest('form');
    if (form && this.getAttribute('type') === 'submit') form.emit('submit');
  }
  focus() { this.ownerDocument.activeElement = this; }
  blur() { if (this.ownerDocument.activeElement === this) this.ownerDocument.activeElement = this.ownerDocument.body; }
  scrollIntoView() {}
  setSelectionRange(a, b) { this.selectionStart = a; this.selectionEnd = b; }
}

class Document extends Element {
  constructor() {
    super(null, '#document');
    this.ownerDocument = this;
    this.documentElement = new Element(this, 'html');
    this.body = new Element(this, 'body');
    this.documentElement.appendChild(this.body);
    this.appendChild(this.documentElement);
    this.activeElement = this.body;
    this.focused = true;
    this.title = '';
    this.readyState = 'complete';
    this.visibilityState = 'visible';
  }
  createElement(tag) { return new Element(this, tag); }
  createTextNode(v) { return new Text(this, v); }
  hasFocus() { return this.focused; }
  getElementById(id) { return this.querySelector('#' + id); }
}

/** A window with a document; search is the page's query string ("?slide=x"). */
function createWindow(search = '') {
  const document = new Document();
  const win = {
    document,
    location: { search },
    scrollY: 0,
    listeners: [],
    addEventListener(type, fn) { this.listeners.push({ type, fn }); },
    scrollTo(x, y) { this.scrollY = y; }
  };
  win.parent = win;
  return win;
}

module.exports = { createWindow };
