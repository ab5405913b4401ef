// The checks of the elderly-friendly mode (长辈版), by the styles the browser computed on the page as it is shown:
// text of at least 18 px, line spacing of at least 1.3, every link, button and field a target of at least 44 × 44 px,
// nothing animated or in transition; and for a visitor who asked for less motion, nothing moving. Contrast is axe's color-contrast rule (4.5:1), run on every page by the harness.

export const MIN_TEXT_PX = 18;
export const MIN_LINE_SPACING = 1.3;
export const MIN_TARGET_PX = 44;

/**
 * Checks the page at each of {@code widths} (the window is left at the last one's neighbour, 1366 px): throws naming
 * the first elements that break a rule, with what the browser computed for them.
 */
export async function checkLargePrint(page, widths = [360, 1366]) {
  await check(page, widths, '长辈版', ['text', 'spacing', 'target', 'motion']);
}

/** Checks that nothing on the page is animated or in transition (for a visitor who asked for less motion). */
export async function checkStill(page) {
  await check(page, [1366], 'reduced motion', ['motion']);
}

async function check(page, widths, what, rules) {
  try {
    for (const width of widths) {
      await page.setViewportSize({ width, height: 900 });
      await page.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))));
      const found = await page.evaluate(measure,
        { text: MIN_TEXT_PX, spacing: MIN_LINE_SPACING, target: MIN_TARGET_PX, rules });
      if (found.length) {
        throw new Error(`${what} at ${width} px on ${new URL(page.url()).pathname}:\n  ` + found.join('\n  '));
      }
    }
  } finally {
    await page.setViewportSize({ width: 1366, height: 900 });
  }
}

/** Runs in the page: the rules broken, at most a few per rule. */
function measure(min) {
  const problems = { text: [], spacing: [], target: [], motion: [] };
  const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
    + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).join('.') : '')
    + ` "${(e.innerText || e.value || e.getAttribute('aria-label') || '').trim().slice(0, 30)}"`;
  const shown = e => {
    const box = e.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) return false; // visually hidden (read out only) or empty
    if (box.right < 0 || box.bottom < 0) return false; // moved off the screen (the skip link until focused)
    const style = getComputedStyle(e);
    return style.visibility !== 'hidden' && style.display !== 'none';
  };

  // text: every element that holds words of its own
  for (const e of min.rules.includes('text') ? document.body.querySelectorAll('*') : []) {
    if (['SCRIPT', 'STYLE', 'svg', 'TITLE'].includes(e.tagName) || e.closest('svg')) continue;
    const words = [...e.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
    if (!words || !shown(e)) continue;
    const style = getComputedStyle(e);
    const size = parseFloat(style.fontSize);
    if (size < min.text - 0.05) problems.text.push(`text of ${size.toFixed(1)} px (at least ${min.text}): ${name(e)}`);
    const line = style.lineHeight === 'normal' ? size * 1.2 : parseFloat(style.lineHeight);
    if (line / size < min.spacing - 0.005) {
      problems.spacing.push(`line spacing ${(line / size).toFixed(2)} (at least ${min.spacing}): ${name(e)}`);
    }
  }

  // targets: a check box or radio button counts with its label (a click on the label ticks it); a link inside a
  // sentence is the one exception (WCAG 2.5.5 "inline"): its size is the text's
  const controls = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex="0"]';
  for (const e of min.rules.includes('target') ? document.body.querySelectorAll(controls) : []) {
    if (!shown(e)) continue;
    let box = e.getBoundingClientRect();
    if (e.matches('input[type="checkbox"], input[type="radio"]')) {
      const label = e.closest('label') || (e.id && document.querySelector(`label[for="${CSS.escape(e.id)}"]`));
      if (label) box = label.getBoundingClientRect();
    }
    if (e.tagName === 'A' && inSentence(e)) continue;
    if (box.width < min.target - 0.5 || box.height < min.target - 0.5) {
      problems.target.push(`target ${Math.round(box.width)} × ${Math.round(box.height)} px (at least ${min.target} × ${min.target}): ${name(e)}`);
    }
  }

  // motion: nothing animated, no transition
  for (const e of min.rules.includes('motion') ? [document.documentElement, ...document.documentElement.querySelectorAll('*')] : []) {
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(e, pseudo);
      const moving = style.animationName.split(',').some(a => a.trim() !== 'none');
      const changing = style.transitionDuration.split(',').some(d => parseFloat(d) > 0);
      if (moving || changing) {
        problems.motion.push(`${moving ? 'animation ' + style.animationName : 'transition of ' + style.transitionDuration}`
          + `: ${name(e)}${pseudo || ''}`);
      }
    }
  }
  return Object.values(problems).flatMap(list => list.length > 4 ? [...list.slice(0, 4), `… and ${list.length - 4} more`] : list);

  /** A link within running text: the element around it holds words of its own (not only separators or spaces). */
  function inSentence(link) {
    const words = [...link.parentElement.childNodes].filter(n => n.nodeType === Node.TEXT_NODE)
      .map(n => n.textContent).join('').replace(/[\s·|,，、。.:：;；()（）\/-]+/g, '');
    return words.length > 0;
  }
}
