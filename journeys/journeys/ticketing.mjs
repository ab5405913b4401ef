// A visitor and the hall's queue (取号叫号): the visitor opens the hall's page, takes a number of the first service
// for the first day offered (today while the hall is open, else the next working day), reads the ticket (the number
// large, the service, 排队中, its place) and cancels it; the page then says so and offers no cancel button. Then the
// hall's kiosk page at 360 px: every service a large touch target, the link to check in an appointment. Every page is
// checked at 1366 and 360 px and by axe in both languages.
import { go, sees, seesNot, keyboardForm, BASE } from '../lib/harness.mjs';
import { submitted } from './preexam.mjs';

export async function ticketingJourneys(run) {
  const visitor = await run.person('hall visitor');
  let number;

  await run.step(visitor, '取号排队 the hall\'s services and their queues', async page => {
    await go(page, '/ticketing');
    await sees(page, '取号排队', '大厅业务', 'A · 专利预审咨询', 'F · 综合咨询', '等候', '预约办理', '大厅叫号屏');
  });

  await run.step(visitor, '取号 take a number online', async page => {
    await keyboardForm(page, [], 'form#take-form button[type=submit]');
    await page.waitForURL(/\/ticketing\/tickets\/[A-Za-z0-9_-]+$/);
    const text = await sees(page, '专利预审咨询', '排队中', '取号时间', '北京时间');
    number = text.match(/A\d{3}/)[0];
    const big = await page.locator('#ticket-number').textContent();
    if (big.trim() !== number) throw new Error(`the number shown large is ${big}, not ${number}`);
  });

  await run.step(visitor, '号票 the ticket reads its JSON like the page', async page => {
    const key = new URL(page.url()).pathname.split('/').pop();
    const ticket = await (await fetch(`${BASE}/api/ticketing/tickets/${key}`, { headers: { Accept: 'application/json' } })).json();
    if (ticket.number !== number || ticket.status !== 'waiting') {
      throw new Error(`the ticket's JSON says ${JSON.stringify(ticket)}`);
    }
    await sees(page, `第 ${ticket.position} 位`, `前面还有 ${ticket.ahead} 人`);
  });

  await run.step(visitor, '取消 cancel the number', async page => {
    await submitted(page, 'form#ticket-cancel button[type=submit]');
    await page.waitForURL(/\?cancelled$/);
    await sees(page, '号已取消', '已取消', number);
    if (await page.locator('form#ticket-cancel').count()) throw new Error('a cancelled number still offers to cancel');
  });

  await run.step(visitor, '自助取号 the kiosk at 360 px', async page => {
    await go(page, '/ticketing/kiosk');
    await sees(page, '自助取号', '专利预审咨询', '综合咨询', '预约签到');
    await seesNot(page, 'preexam', 'kiosk');
    await page.setViewportSize({ width: 360, height: 800 });
    const sizes = await page.locator('.hall-kiosk-button').evaluateAll(buttons => buttons.map(b => {
      const r = b.getBoundingClientRect();
      return [r.width, r.height, r.right];
    }));
    if (sizes.length !== 6) throw new Error(`the kiosk offers ${sizes.length} services, not 6`);
    for (const [width, height, right] of sizes) {
      if (height < 88 || width < 280 || right > 360) {
        throw new Error(`a kiosk button of ${width} × ${height} px (right edge ${right}) is not a large target in 360 px`);
      }
    }
    await page.setViewportSize({ width: 1366, height: 900 });
  });
}
