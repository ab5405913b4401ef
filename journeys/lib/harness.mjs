// The harness of the journeys: Debian's chromium driven by playwright-core, one browser context per person,
// steps that keep a screenshot each, and on every page visited the checks of issue 14: no horizontal scrolling at
// 1366 and 360 px, axe-core in both languages (0 critical, 0 serious; moderate ones go to the report), and forms
// filled with the keyboard only (Tab, Space, Enter, arrows), the focus visible on every stop.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const BASE = (process.env.ONESTOP_URL || 'http://127.0.0.1:8080').replace(/\/$/, '');
export const MAILBOX = process.env.JOURNEYS_MAILBOX || '';
export const OUT = path.resolve(process.env.JOURNEYS_OUT || 'target/journeys');
const SCREENS = path.join(OUT, 'screens');
const WIDTHS = [1366, 360];
const LANGS = ['zh-CN', 'en'];
const people = new WeakMap();

/** Checks the page a person is on now (widths, axe in both languages), as every step does at its end. */
export async function look(page) {
  const known = people.get(page);
  if (known) await known.run.inspect(known.who);
}

/** The shared state of one run: the browser, what was checked, what axe found below "serious". */
export class Run {
  constructor() {
    this.shots = 0;
    this.checked = new Set();
    this.pages = [];
    this.moderate = [];
    this.current = null;
    // where the run's time goes (milliseconds), printed at its end
    this.spent = { walking: 0, checking: 0, screenshots: 0, axe: 0, axeRuns: 0 };
  }

  async start() {
    fs.rmSync(OUT, { recursive: true, force: true });
    fs.mkdirSync(SCREENS, { recursive: true });
    this.browser = await chromium.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    return this;
  }

  /** A person with a browser window of their own (cookies and session kept apart from the others). */
  async person(journey) {
    const context = await this.browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true,
      locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    context.setDefaultTimeout(20000);
    const page = await context.newPage();
    const problems = [];
    people.set(page, { run: this, who: null });
    // intercept file choosers from the start: a form's file input then opens one that the journey fills
    page.on('filechooser', () => {});
    page.on('pageerror', e => problems.push('script error: ' + e.message));
    page.on('console', m => { if (m.type() === 'error' && /Content.Security.Policy/i.test(m.text())) problems.push(m.text()); });
    const who = { journey, context, page, problems, run: this };
    people.get(page).who = who;
    return who;
  }

  /**
   * One step of a journey as its person walks it: runs {@code body}, then checks the page it ended on and keeps a
   * screenshot. A failure names the journey and the step, and keeps the screenshot of where it stopped.
   */
  async step(who, title, body) {
    this.current = `${who.journey} › ${title}`;
    const n = String(++this.shots).padStart(2, '0');
    const name = `${n}-${slug(who.journey)}-${slug(title)}`;
    const started = Date.now();
    try {
      const checked = this.spent.checking;
      await body(who.page);
      // the checks of pages on the way (keyboardForm looks at the page first) count as checking, not walking
      this.spent.walking += Date.now() - started - (this.spent.checking - checked);
      await this.inspect(who);
      const inspected = Date.now();
      if (who.problems.length) throw new Error(who.problems.splice(0).join('\n'));
      await who.page.screenshot({ path: path.join(SCREENS, name + '.png'), fullPage: true });
      this.spent.screenshots += Date.now() - inspected;
      console.log(`  ok  ${this.current}  (${Date.now() - started} ms)`);
    } catch (e) {
      const shot = path.join(SCREENS, name + '-FAILED.png');
      await who.page.screenshot({ path: shot, fullPage: true }).catch(() => {});
      this.report();
      const err = new Error(`journey "${who.journey}" failed at step "${title}" on ${who.page.url()}:\n${e.message}\n`
        + `screenshot: ${shot}`);
      err.journeyFailure = true;
      throw err;
    }
  }

  /** The checks of every page: widths, then axe in the page's language and in the other one. */
  async inspect(who) {
    const started = Date.now();
    try {
      await this.check(who);
    } finally {
      this.spent.checking += Date.now() - started;
    }
  }

  async check(who) {
    const page = who.page;
    const url = new URL(page.url());
    if (url.origin !== new URL(BASE).origin || !(await isHtml(page))) return;
    const [lang, size, mode] = await page.evaluate(() => [document.documentElement.lang, document.body.innerHTML.length,
      document.documentElement.classList.contains('senior') ? ' (长辈版)' : '']);
    // a page in the elderly-friendly mode is another page to check, in both languages
    const key = url.pathname + url.search.replace(/([?&])(_csrf|lang)=[^&]*/g, '$1') + mode;
    const seen = `${key} ${lang} ${size}`; // the same page as already checked: nothing new to look at
    if (!this.checked.has(seen)) {
      this.checked.add(seen);
      await checkWidths(page, lang);
      await this.axe(page, lang);
    }
    if (this.checked.has(key)) return;
    this.checked.add(key);
    this.pages.push(url.pathname + url.search + mode);
    const other = LANGS.find(l => l !== lang);
    const twin = await who.context.newPage();
    try {
      const address = new URL(url);
      address.searchParams.set('lang', other);
      await twin.goto(address.href);
      if (await isHtml(twin)) {
        const shown = await twin.evaluate(() => document.documentElement.lang);
        if (shown !== other) throw new Error(`${address.pathname} with lang=${other} is shown in ${shown}`);
        await checkWidths(twin, other);
        await this.axe(twin, other);
      }
    } finally {
      await twin.close();
    }
  }

  /** axe-core evaluated in the page through the DevTools protocol: the page's Content-Security-Policy stays as it is. */
  async axe(page, lang) {
    const started = Date.now();
    try {
      await this.axeRun(page, lang);
    } finally {
      this.spent.axe += Date.now() - started;
      this.spent.axeRuns++;
    }
  }

  async axeRun(page, lang) {
    if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE);
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const where = new URL(page.url()).pathname
      + (await page.evaluate(() => document.documentElement.classList.contains('senior') ? ' (长辈版)' : ''));
    const grave = result.violations.filter(v => v.impact === 'critical' || v.impact === 'serious');
    for (const v of result.violations.filter(v => !grave.includes(v))) {
      if (this.moderate.some(m => m.page === where && m.lang === lang && m.rule === v.id)) continue;
      this.moderate.push({ page: where, lang, rule: v.id, impact: v.impact, help: v.help,
        targets: v.nodes.slice(0, 5).map(n => n.target.join(' ')) });
    }
    if (grave.length) {
      throw new Error(`axe (${lang}) on ${where}: ` + grave.map(v => `${v.impact} ${v.id}: ${v.help} — `
        + v.nodes.slice(0, 4).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\s+/g, ' ')).join(' | ')).join('\n'));
    }
  }

  /** The report under target/journeys: the pages checked and axe's findings below "serious". */
  report() {
    const lines = ['# Journeys: accessibility report', '',
      `Pages checked (each at ${WIDTHS.join(' and ')} px and with axe-core ${require('axe-core/package.json').version} in ${LANGS.join(' and ')}): ${this.pages.length}`, ''];
    this.pages.forEach(p => lines.push(`- ${p}`));
    lines.push('', `## Moderate and minor findings (${this.moderate.length})`, '');
    if (!this.moderate.length) lines.push('None.');
    for (const m of this.moderate) lines.push(`- ${m.page} (${m.lang}): ${m.impact} \`${m.rule}\` ${m.help} — ${m.targets.join(', ')}`);
    this.reportFile = path.join(OUT, 'accessibility.md');
    fs.writeFileSync(this.reportFile, lines.join('\n') + '\n');
    fs.writeFileSync(path.join(OUT, 'accessibility.json'), JSON.stringify({ pages: this.pages, findings: this.moderate }, null, 2));
  }

  async close() {
    await this.browser?.close();
  }
}

async function isHtml(page) {
  return page.evaluate(() => document.contentType === 'text/html');
}

/** No horizontal scrolling at either width; the page is left at 1366 px. */
async function checkWidths(page, lang) {
  try {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      // let the page answer the resize (a chart redraws itself) before measuring
      await page.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))));
      const wide = await page.evaluate(() => {
        const root = document.scrollingElement;
        if (root.scrollWidth <= window.innerWidth) return null;
        const over = [...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
          .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= window.innerWidth + 1)
          .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).replace(/\s+/g, '.') : ''));
        return `${root.scrollWidth} px wide in a ${window.innerWidth} px window; too wide: ${over.join(', ')}`;
      });
      if (wide) throw new Error(`horizontal scrolling at ${width} px (${lang}) on ${new URL(page.url()).pathname}: ${wide}`);
    }
  } finally {
    await page.setViewportSize({ width: 1366, height: 900 });
  }
}

function slug(text) {
  return text.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase().slice(0, 50) || 'step';
}

// ---- the keyboard ----

/**
 * Presses Tab until the element matching {@code selector} has the focus, checking at every stop that the focus
 * can be seen (an outline or a shadow drawn by the style sheet or the browser).
 */
export async function tabTo(page, selector, max = 250) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(sel => {
      const el = document.activeElement;
      if (!el || el === document.body) return { hit: false, seen: true };
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
        && style.outlineColor !== 'rgba(0, 0, 0, 0)' && style.outlineColor !== 'transparent';
      const seen = outline || (style.boxShadow && style.boxShadow !== 'none');
      return { hit: el.matches(sel), seen, what: el.outerHTML.slice(0, 140) };
    }, selector);
    if (!at.seen) throw new Error(`the keyboard focus cannot be seen on ${at.what}`);
    if (at.hit) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/**
 * Fills a form with the keyboard only. {@code fields}: [selector, value] pairs in any order; the value is text for
 * inputs and text areas, true/false for a check box (Space), the option's value for a select (arrow keys), a list of
 * file paths for a file input (Space opens the file chooser). Then Tab to {@code submit} and Enter.
 */
export async function keyboardForm(page, fields, submit) {
  await look(page);
  for (const [selector, value] of fields) {
    await tabTo(page, selector);
    const kind = await page.evaluate(() => {
      const el = document.activeElement;
      return el.tagName === 'SELECT' ? 'select' : (el.type || el.tagName).toLowerCase();
    });
    if (kind === 'checkbox' || kind === 'radio') {
      const checked = await page.evaluate(() => document.activeElement.checked);
      if (checked !== value) await page.keyboard.press('Space');
    } else if (kind === 'select') {
      await chooseOption(page, value);
    } else if (kind === 'file') {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
      await chooser.setFiles(value);
    } else {
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await page.keyboard.type(String(value));
    }
  }
  if (submit) {
    await tabTo(page, submit);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
  }
}

async function chooseOption(page, value) {
  const options = await page.evaluate(() => [...document.activeElement.options].map(o => o.value));
  const target = options.indexOf(value);
  if (target < 0) throw new Error(`no option ${value} in ${options.join(', ')}`);
  for (let i = 0; i < options.length + 1; i++) {
    const now = await page.evaluate(() => document.activeElement.selectedIndex);
    if (now === target) return;
    await page.keyboard.press(now < target ? 'ArrowDown' : 'ArrowUp');
  }
  throw new Error(`could not choose ${value} with the arrow keys`);
}

// ---- what a person checks ----

/** The visible text of the main part of the page. */
export async function mainText(page) {
  return page.locator('main').innerText();
}

/** Asserts the page's main part shows each of {@code texts}. */
export async function sees(page, ...texts) {
  const text = await mainText(page);
  for (const t of texts) {
    if (!(t instanceof RegExp ? t.test(text) : text.includes(t))) {
      throw new Error(`the page does not show ${t}; it shows:\n${text.slice(0, 1500)}`);
    }
  }
  return text;
}

/** Asserts the page's main part shows none of {@code texts}. */
export async function seesNot(page, ...texts) {
  const text = await mainText(page);
  for (const t of texts) {
    if (t instanceof RegExp ? t.test(text) : text.includes(t)) throw new Error(`the page shows ${t}`);
  }
}

export async function go(page, address) {
  const answer = await page.goto(BASE + address);
  if (!answer.ok()) throw new Error(`${address} answered ${answer.status()}`);
  await look(page);
  return answer;
}

/** The newest mail to {@code to} whose subject contains {@code subject}, as the mail program shows its text. */
export async function mail(to, subject) {
  const deadline = Date.now() + 30000;
  while (Date.now() < deadline) {
    const answer = await fetch(`${MAILBOX}/mail?to=${encodeURIComponent(to)}&subject=${encodeURIComponent(subject)}`);
    if (answer.ok) return answer.text();
    await new Promise(r => setTimeout(r, 300));
  }
  throw new Error(`no mail to ${to} about "${subject}" within 30 s`);
}

/** The first link to the hall in a mail's text, as a path the person's browser opens. */
export function linkIn(text) {
  const link = text.match(/https?:\/\/\S+/);
  if (!link) throw new Error('no link in the mail:\n' + text);
  const url = new URL(link[0]);
  return url.pathname + url.search;
}
