// An older innovator switches to the elderly-friendly mode (长辈版) from the header and reads the main pages in it,
// each checked by what the browser computed (18 px text, line spacing 1.3, 44 px targets, no motion) in both
// languages and at 360 and 1366 px; the mode is remembered on the next page and on a new visit, and switched back.
// And a visitor opens the accessibility statement from the footer and reads it in both languages, and, asking
// their browser for less motion, sees nothing move in the standard view either.
import path from 'node:path';
import { BASE, OUT, go, look, sees, keyboardForm } from '../lib/harness.mjs';
import { checkLargePrint, checkStill } from '../lib/largeprint.mjs';

/** The main services the simplified navigation leads to, as the header names them in Chinese. */
const MAIN_SERVICES = ['首页', '专利预审', '数据监测与查询', '综合信息'];

export async function elderReads(run) {
  const elder = await run.person('长辈 elder');

  await run.step(elder, '页头切换长辈版 large print from the header', async page => {
    await go(page, '/info');
    if (await isSenior(page)) throw new Error('a first visit is already in 长辈版');
    await page.locator('header a.mode-switch').click();
    await page.waitForURL(url => url.pathname === '/info');
    await senior(page);
    const switchBack = (await page.locator('header a.mode-switch').innerText()).trim();
    if (switchBack !== '标准版') throw new Error(`the header offers "${switchBack}" instead of 标准版`);
    await simpleNavigation(page);
    await readsInLargePrint(elder);
  });

  await run.step(elder, '首页 home in large print', async page => {
    await page.locator('nav.mainnav a', { hasText: '首页' }).click();
    await page.waitForURL(url => url.pathname === '/');
    await readsInLargePrint(elder);
    await sees(page, '在线服务');
  });

  await run.step(elder, '新闻 news in large print', async page => {
    await go(page, '/info/news');
    await readsInLargePrint(elder);
    await page.locator('main a[href^="/info/news/"]').first().click();
    await page.waitForURL(/\/info\/news\/.+/);
    await readsInLargePrint(elder);
  });

  await run.step(elder, '专利检索 search in large print', async page => {
    await go(page, '/lookup/patents');
    await keyboardForm(page, [['form[role=search] [name=q]', '稀土']], 'form[role=search] button[type=submit]');
    await sees(page, '一种稀土永磁材料的制备方法');
    await readsInLargePrint(elder);
    await page.getByRole('link', { name: '一种稀土永磁材料的制备方法' }).click();
    await page.waitForURL(/\/lookup\/patents\/.+/);
    await sees(page, '包头稀土研究院');
    await readsInLargePrint(elder);
  });

  await run.step(elder, '统计 statistics in large print', async page => {
    await go(page, '/lookup/statistics');
    await readsInLargePrint(elder);
  });

  await run.step(elder, '登录和注册 sign-in and registration in large print', async page => {
    await go(page, '/login');
    await readsInLargePrint(elder);
    await go(page, '/register');
    await readsInLargePrint(elder);
  });

  await run.step(elder, '再次来访 a new visit keeps 长辈版', async page => {
    const cookies = await elder.context.cookies(BASE);
    const kept = cookies.filter(c => c.name === 'onestop_mode');
    if (kept.length !== 1 || kept[0].value !== 'senior') throw new Error('the mode is not kept in a cookie: ' + JSON.stringify(cookies));
    if (kept[0].expires !== -1 && kept[0].expires * 1000 < Date.now() + 30 * 86400000) {
      throw new Error('the mode is forgotten within a month: ' + new Date(kept[0].expires * 1000).toISOString());
    }
    // a new browser window with only the cookie: no session, nothing else remembered
    const again = await run.person('长辈 elder, next visit');
    try {
      await again.context.addCookies(kept);
      await go(again.page, '/');
      await senior(again.page);
    } finally {
      await again.context.close();
    }
    await go(page, '/info/contact');
    await senior(page);
  });

  await run.step(elder, '切换回标准版 back to the standard view', async page => {
    await page.locator('header a.mode-switch').click();
    await page.waitForURL(url => url.pathname === '/info/contact');
    await look(page);
    if (await isSenior(page)) throw new Error('标准版 did not switch the mode off');
    const offer = (await page.locator('header a.mode-switch').innerText()).trim();
    if (offer !== '长辈版') throw new Error(`the header offers "${offer}" instead of 长辈版`);
    await go(page, '/');
    if (await isSenior(page)) throw new Error('the next page is in 长辈版 again');
  });
  await elder.context.close();
}

export async function statementReader(run) {
  const reader = await run.person('无障碍声明 statement');
  await run.step(reader, '页脚打开无障碍声明 the statement from the footer', async page => {
    await go(page, '/');
    await readsStatement(page, page.locator('footer a', { hasText: '无障碍声明' }), '无障碍声明',
      ['GB/T 37668-2019', '长辈版', '12330', '联系我们']);
  });
  await run.step(reader, 'the statement in English', async page => {
    await readsStatement(page, page.locator('header a.lang-switch'), 'Accessibility Statement',
      ['GB/T 37668-2019', 'Large print', '12330', 'Contact us']);
  });
  await run.step(reader, '减少动态效果 less motion in the standard view', async page => {
    await go(page, '/?lang=zh-CN');
    // the home page's tiles move when pointed at: seen by the check as long as the visitor did not ask for less motion
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    const moving = await checkStill(page).then(() => false, () => true);
    if (!moving) throw new Error('nothing on the home page has a transition: the check below would prove nothing');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await checkStill(page);
  });
  await reader.context.close();
}

/** Follows {@code link} to the statement, and reads its heading and {@code texts}. */
async function readsStatement(page, link, heading, texts) {
  await link.click();
  await page.waitForURL(url => url.pathname === '/legal/accessibility');
  await look(page);
  const shown = (await page.locator('main h1').innerText()).trim();
  if (shown !== heading) throw new Error(`the statement's heading is "${shown}", not "${heading}"`);
  await sees(page, ...texts);
}

/** A full-page screenshot at 360 px, for a person to look at: screens/senior-360/<page>-<language>.png */
async function keepAt360(page) {
  const url = new URL(page.url());
  const lang = await page.evaluate(() => document.documentElement.lang);
  const name = (url.pathname.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'home') + (url.searchParams.get('q') ? '-search' : '');
  await page.setViewportSize({ width: 360, height: 800 });
  try {
    await page.screenshot({ path: path.join(OUT, 'screens', 'senior-360', `${name}-${lang}.png`), fullPage: true });
  } finally {
    await page.setViewportSize({ width: 1366, height: 900 });
  }
}

async function isSenior(page) {
  return page.evaluate(() => document.documentElement.classList.contains('senior'));
}

async function senior(page) {
  if (!(await isSenior(page))) throw new Error(`${new URL(page.url()).pathname} is not shown in 长辈版`);
}

/** The navigation leads to the main services only, each a large button. */
async function simpleNavigation(page) {
  const links = (await page.locator('nav.mainnav a').allInnerTexts()).map(t => t.trim());
  for (const service of MAIN_SERVICES) {
    if (!links.includes(service)) throw new Error(`the navigation does not lead to ${service}: ${links.join(', ')}`);
  }
  if (links.length > 6) throw new Error(`the navigation is not simple: ${links.length} links (${links.join(', ')})`);
}

/**
 * The page a person is on, in 长辈版: the harness's checks (widths, axe in both languages), then the large-print
 * checks on the page as shown and on the same page in the other language.
 */
async function readsInLargePrint(who) {
  await look(who.page);
  await senior(who.page);
  await checkLargePrint(who.page);
  await keepAt360(who.page);
  const lang = await who.page.evaluate(() => document.documentElement.lang);
  const other = lang === 'en' ? 'zh-CN' : 'en';
  const address = new URL(who.page.url());
  address.searchParams.set('lang', other);
  const twin = await who.context.newPage();
  try {
    await twin.goto(address.href);
    await senior(twin);
    await checkLargePrint(twin);
    await keepAt360(twin);
  } finally {
    await twin.close();
  }
}
