// SPDX-License-Identifier: MIT
// A generic learner: reads the package's content/course.js to know every slide and the correct
// answers, then walks the player like a person (clicks, typing, selects, up/down buttons).
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

/** Evaluate content/course.js of a package and return window.CAPSULE_COURSE. */
export function loadCourse(packageDir) {
  const src = fs.readFileSync(path.join(packageDir, 'content', 'course.js'), 'utf8');
  const sandbox = { window: {} };
  vm.runInNewContext(src, sandbox, { timeout: 2000 });
  const course = sandbox.window.CAPSULE_COURSE;
  if (!course || !Array.isArray(course.sections)) throw new Error('content/course.js does not define window.CAPSULE_COURSE');
  return JSON.parse(JSON.stringify(course));
}

/** The course's slides as authored (draw slides included, not expanded). */
export function flatSlides(course) {
  return course.sections.flatMap((s) => s.slides || []);
}

/** Every slide and bank question of the course by id. */
export function slideIndex(course) {
  const all = flatSlides(course).concat((course.banks || []).flatMap((b) => b.questions || []));
  return new Map(all.map((s) => [String(s.id), s]));
}

export const GRADED = (q) => q.type !== 'likert' && q.type !== 'open-text';

function cssString(s) {
  return JSON.stringify(String(s));
}

/** The answer a learner gives, as the player stores it (used for expectations too). */
export function plannedAnswer(q, right) {
  switch (q.type) {
    case 'hotspot':
    case 'single-choice': {
      const c = q.choices.find((x) => !!x.correct === right) || q.choices[0];
      return c.id;
    }
    // A scenario slide: a best response, or the one with the fewest points.
    case 'scenario':
      return (right ? q.choices.find((x) => x.correct) : q.choices.reduce((m, x) => (x.points < m.points ? x : m))).id;
    case 'drag-drop': {
      // Wrong: every item on the next zone (a different one whenever there are two zones).
      const ids = q.regions.map((r) => r.id);
      return q.items.map((it) => (right ? it.zone : ids[(ids.indexOf(it.zone) + 1) % ids.length]));
    }
    case 'multiple-response': {
      const pick = q.choices.filter((x) => !!x.correct === right).map((x) => x.id);
      return pick.length ? pick : [q.choices[0].id];
    }
    case 'true-false': return right ? !!q.answer : !q.answer;
    case 'fill-in': return q.blanks.map((b) => (right ? b.answers[0] : 'zzz'));
    case 'matching': return q.pairs.map((p, k) => (right ? p.id : q.pairs[(k + 1) % q.pairs.length].id));
    case 'sequencing': return right ? q.items.map((x) => x.id) : q.items.map((x) => x.id).reverse();
    case 'numeric': {
      const n = q.numeric;
      const good = n.mode === 'range' ? (Number(n.min) + Number(n.max)) / 2 : Number(n.value);
      const bad = n.mode === 'range' ? Number(n.max) + Math.abs(Number(n.max) - Number(n.min)) + 1000 : Number(n.value) + Math.abs(Number(n.tolerance) || 0) + 1000;
      return String(right ? good : bad);
    }
    case 'likert': return Math.min(2, q.scale.length - 1);
    case 'open-text': return 'I will raise my screen.';
  }
  throw new Error(`unknown question type ${q.type}`);
}

export class Learner {
  constructor(page, course, log = () => {}) {
    this.page = page;
    this.course = course;
    this.slides = flatSlides(course).filter((s) => s.kind !== 'draw');
    this.byId = slideIndex(course);
    this.log = log;
    this.f = page.frameLocator('#sco');
    this.path = []; // ids of the slides walk() went through, in order
  }

  frame() {
    const fr = this.page.frames().find((x) => x.url().includes('/pkg/'));
    if (!fr) throw new Error('SCO frame not found');
    return fr;
  }

  async ready() {
    await this.f.locator('body[data-ready]').waitFor();
    await this.followLanguage();
  }

  /** A package in several languages: answer with the data of the language the player shows. */
  async followLanguage() {
    const base = this.base || (this.base = this.course);
    const lang = await this.f.locator('html').getAttribute('lang');
    const data = lang === base.language ? base : (base.translations || {})[lang] || base;
    if (data !== this.course) {
      this.course = data;
      this.byId = slideIndex(data);
    }
    await this.sync();
  }

  /** The slides the player shows (draw slides replaced by the questions drawn for this attempt). */
  async sync() {
    const ids = await this.f.locator('.ol-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-slide-id')));
    this.slides = ids.map((id) => {
      const s = this.byId.get(id);
      if (!s) throw new Error(`outline shows unknown slide ${id}`);
      return s;
    });
    return this.slides;
  }

  questions() {
    return this.slides.filter((s) => s.kind === 'question');
  }

  /** What the player scores: questions and scenario slides (those answered count). */
  scored() {
    return this.slides.filter((s) => s.question);
  }

  /** Ids of the drawn (bank) questions on show, in order. */
  drawnIds() {
    const banks = new Set((this.course.banks || []).flatMap((b) => (b.questions || []).map((q) => String(q.id))));
    return this.slides.map((s) => String(s.id)).filter((id) => banks.has(id));
  }

  async currentSlideId() {
    return this.f.locator('article.slide').getAttribute('data-slide-id');
  }

  slideById(id) {
    return this.slides.find((s) => String(s.id) === id);
  }

  isBankQuestion(slide) {
    return (this.course.banks || []).some((b) => (b.questions || []).includes(slide));
  }

  async next() {
    const before = await this.currentSlideId();
    await this.f.locator('button.next').click();
    await this.f.locator(`article.slide:not([data-slide-id=${cssString(before)}])`).waitFor();
  }

  async previous() {
    const before = await this.currentSlideId();
    await this.f.locator('button.prev').click();
    await this.f.locator(`article.slide:not([data-slide-id=${cssString(before)}])`).waitFor();
  }

  async watchVideo() {
    const fr = this.frame();
    // Seeking ahead must not count as watched.
    await fr.evaluate(() => new Promise((resolve) => {
      const v = document.querySelector('video');
      const go = () => { v.addEventListener('seeked', () => resolve(), { once: true }); v.currentTime = Math.max(0, v.duration - 0.2); };
      if (v.readyState >= 1) go(); else v.addEventListener('loadedmetadata', go, { once: true });
    }));
    const early = await this.f.locator('.video-label').textContent();
    if (/100|done|termin/i.test(early)) throw new Error(`seeking ahead counted as watched: "${early}"`);
    await fr.evaluate(() => new Promise((resolve, reject) => {
      const v = document.querySelector('video');
      v.muted = true;
      v.addEventListener('ended', () => resolve(), { once: true });
      v.addEventListener('seeked', () => v.play().catch(reject), { once: true });
      v.currentTime = 0;
    }));
    await this.f.locator('.video-label.is-done').waitFor();
  }

  /**
   * A game section's start screen, when shown: pick the timer (this.timer: 1 normal, 10 ×10,
   * 0 off, the default: scores do not depend on the machine's speed) with the keyboard, then Play.
   */
  async startGame() {
    const f = this.f;
    if (!(await f.locator('button.game-go').count())) return false;
    const radio = f.locator(`input[name="gt"][value="${this.timer ?? 0}"]`);
    if (await radio.count()) {
      await f.locator('input[name="gt"][value="1"]').focus();
      while (!(await radio.isChecked())) await this.page.keyboard.press('ArrowDown');
    }
    await f.locator('button.game-go').focus();
    await this.page.keyboard.press('Enter');
    await f.locator('form.answer').waitFor();
    return true;
  }

  async answer(q, right) {
    const a = plannedAnswer(q, right);
    const f = this.f;
    await this.startGame();
    switch (q.type) {
      case 'single-choice':
      case 'scenario':
        await f.locator(`label.option[data-choice-id=${cssString(a)}]`).click();
        break;
      case 'multiple-response':
        for (const id of a) await f.locator(`label.option[data-choice-id=${cssString(id)}]`).click();
        break;
      case 'true-false':
        await f.locator(`label.option[data-choice-id="${a ? 'true' : 'false'}"]`).click();
        break;
      case 'fill-in':
        for (let k = 0; k < a.length; k++) await f.locator(`input.blank[data-blank="${k}"]`).fill(a[k]);
        break;
      case 'matching':
        for (let k = 0; k < a.length; k++) await f.locator(`select[data-pair-index="${k}"]`).selectOption(a[k]);
        break;
      case 'sequencing':
        // Keyboard-style: move each item up with its "Move up" button until it sits in place.
        for (let target = 0; target < a.length; target++) {
          const order = await f.locator('li.seq-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-item-id')));
          let pos = order.indexOf(a[target]);
          while (pos > target) {
            await f.locator(`li.seq-item[data-item-id=${cssString(a[target])}] button.seq-up`).click();
            pos--;
          }
        }
        break;
      case 'numeric':
        await f.locator('input.numeric-input').fill(this.course.language && /^fr/.test(this.course.language) ? a.replace('.', ',') : a);
        break;
      case 'likert':
        await f.locator(`label.option[data-choice-id="${a}"]`).click();
        break;
      case 'open-text':
        await f.locator('textarea.open-input').fill(a);
        break;
      case 'hotspot': {
        // Keyboard only: Tab into the radio group of the regions, arrows to the planned one.
        const radios = f.locator('.options input[type="radio"]');
        const ids = await radios.evaluateAll((els) => els.map((e) => e.value));
        await radios.first().focus();
        await this.page.keyboard.press('Space');
        for (let k = 0; k < ids.indexOf(a); k++) await this.page.keyboard.press('ArrowDown');
        const checked = await f.locator('.options input:checked').getAttribute('value');
        if (checked !== a) throw new Error(`hotspot: the keyboard chose ${checked}, not ${a}`);
        if (!(await f.locator(`.rg polygon.is-on[data-k="${ids.indexOf(a)}"]`).count())) throw new Error('hotspot: the chosen region is not highlighted on the image');
        await this.page.keyboard.press('Tab');
        await this.page.keyboard.press('Enter');
        await f.locator('.feedback').waitFor();
        return a;
      }
      case 'drag-drop': {
        // Keyboard only: per item, its zone list (select), Home then arrows down to the zone.
        const zones = q.regions.map((r) => r.id);
        for (let k = 0; k < a.length; k++) {
          await f.locator(`select[data-pair-index="${k}"]`).focus();
          await this.page.keyboard.press('Home');
          for (let j = 0; j <= zones.indexOf(a[k]); j++) await this.page.keyboard.press('ArrowDown');
          const value = await f.locator(`select[data-pair-index="${k}"]`).inputValue();
          if (value !== a[k]) throw new Error(`drag-drop: the keyboard chose ${value} for item ${k}, not ${a[k]}`);
        }
        const tags = await f.locator('.rg-tag').allTextContents();
        if (!tags.join('\n').includes(q.items[0].text)) throw new Error('drag-drop: the image does not show the placed items');
        await this.page.keyboard.press('Tab');
        await this.page.keyboard.press('Enter');
        await f.locator('.feedback').waitFor();
        return a;
      }
    }
    await f.locator('button.submit').click();
    await f.locator('.feedback').waitFor();
    return a;
  }

  /**
   * Walk from the current slide to the result slide (or the last slide).
   * plan(slide) -> true (answer right) | false (answer wrong) | 'stop' (stop before acting).
   * Returns the list of {slide, answer, right} submitted.
   */
  async walk(plan, { stopAt } = {}) {
    const done = [];
    for (;;) {
      const id = await this.currentSlideId();
      const slide = this.slideById(id);
      if (!slide) throw new Error(`player shows unknown slide ${id}`);
      if (stopAt && stopAt(slide)) return done;
      this.path.push(id);
      this.log(`slide ${id} (${slide.kind}${slide.question ? ' ' + slide.question.type : ''})`);
      if (slide.question) {
        const submitted = await this.f.locator('article.is-submitted').count();
        if (!submitted) {
          const right = plan(slide);
          const answer = await this.answer(slide.question, right);
          done.push({ slide, answer, right, bank: this.isBankQuestion(slide), scenario: slide.kind === 'scenario' });
        }
      } else if (slide.kind === 'video') {
        const isDone = await this.f.locator('.video-label.is-done').count();
        if (!isDone) await this.watchVideo();
      } else if (slide.kind === 'result') {
        return done;
      }
      const last = this.slides.indexOf(slide) === this.slides.length - 1;
      if (last) return done;
      await this.next();
    }
  }
}
