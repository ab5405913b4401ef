// The hall's display board and a counter clerk (叫号): the board (叫号屏) stays open in its own window; the clerk opens
// counter 1, a visitor takes a number of 专利预审咨询 (A) online, the clerk calls the next number and sees it on the
// counter's page; the board shows that number with its counter without being reloaded (its server-sent events); the
// clerk serves and finishes. The journeys' gateway keeps the hall open all day (AccessibleJourneysIT). Every page is checked
// at 1366 and 360 px and by axe in both languages.
import { go, sees, keyboardForm } from '../lib/harness.mjs';
import { submitted } from './preexam.mjs';

export async function counterJourneys(run, clerk) {
  const board = await run.person('display board');
  const visitor = await run.person('counter visitor');
  let number;

  await run.step(board, '叫号屏 the board open across the hall', async page => {
    await go(page, '/ticketing/board');
    await sees(page, '叫号屏', '请以下号码到窗口办理', '等候人数', '专利预审咨询');
    await page.evaluate(() => { window.boardNotReloaded = true; });
  });

  await run.step(clerk, '开启窗口 the clerk opens counter 1', async page => {
    await go(page, '/ticketing/counters');
    await sees(page, '选择窗口', '1 号窗口');
    await page.locator('main a[href="/ticketing/counters/1"]').click();
    await page.waitForURL(/\/ticketing\/counters\/1$/);
    await submitted(page, 'form[action="/ticketing/counters/1/open"] button[type=submit]');
    await sees(page, '1 号窗口', '当前号', '叫下一位');
  });

  await run.step(visitor, '取号 a number of 专利预审咨询', async page => {
    await go(page, '/ticketing');
    await keyboardForm(page, [], 'form#take-form button[type=submit]');
    await page.waitForURL(/\/ticketing\/tickets\/[A-Za-z0-9_-]+$/);
    const text = await sees(page, '专利预审咨询', '排队中');
    number = text.match(/A\d{3}/)[0];
  });

  await run.step(clerk, '叫号 the clerk calls the next number', async page => {
    await go(page, '/ticketing/counters/1');
    await submitted(page, 'form[action="/ticketing/counters/1/call-next"] button[type=submit]');
    await sees(page, '当前号', '专利预审咨询', '开始办理');
    const shown = (await page.locator('main .counter-number').innerText()).trim();
    if (shown !== number) throw new Error(`the counter calls ${shown}, not the visitor's ${number}`);
  });

  await run.step(board, '叫号屏 the board shows the number at counter 1, live', async page => {
    const call = page.locator('#hb-calls li.hb-call', { hasText: number });
    await call.first().waitFor({ timeout: 15000 });
    const text = await call.first().innerText();
    if (!text.includes('1 号窗口')) throw new Error(`the board shows ${number} as: ${text}`);
    if (!(await page.evaluate(() => window.boardNotReloaded === true))) throw new Error('the board was reloaded');
  });

  await run.step(clerk, '开始办理 the clerk serves the visitor', async page => {
    await submitted(page, 'form[action="/ticketing/counters/1/serve"] button[type=submit]');
    await sees(page, number, '办结');
  });

  await run.step(clerk, '办结 the clerk finishes', async page => {
    await keyboardForm(page, [['#counter-note', '已解答预审材料要求']], 'form[action="/ticketing/counters/1/finish"] button[type=submit]');
    await sees(page, '叫下一位');
    if (await page.locator('main .counter-number').count()) throw new Error('a finished number is still the current one');
  });
  await board.context.close();
}
