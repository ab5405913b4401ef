// The public: home, news, the lookup searched in Chinese and in English, a patent, the statistics dashboard.
import { go, look, sees, seesNot, keyboardForm } from '../lib/harness.mjs';

export async function publicVisitor(run) {
  const visitor = await run.person('public');

  await run.step(visitor, '首页 home', async page => {
    await go(page, '/');
    await sees(page, '在线服务', '专利预审', '数据监测与查询', '综合信息');
    if ((await page.locator('.tile').count()) < 3) throw new Error('fewer than three service tiles');
  });

  await run.step(visitor, '新闻 news', async page => {
    await page.getByRole('link', { name: '综合信息' }).first().click();
    await page.waitForURL(/\/info/);
    await look(page);
    await go(page, '/info/news');
    await sees(page, '新闻');
    const first = page.locator('main a[href^="/info/news/"]').first();
    const headline = (await first.innerText()).trim();
    await first.click();
    await page.waitForURL(/\/info\/news\/.+/);
    await sees(page, headline);
  });

  await run.step(visitor, '专利检索 search in Chinese', async page => {
    await go(page, '/lookup/patents');
    await keyboardForm(page, [['form[role=search] [name=q]', '稀土']], 'form[role=search] button[type=submit]');
    await sees(page, '一种稀土永磁材料的制备方法');
    await seesNot(page, '一种土壤改良剂');
  });

  await run.step(visitor, 'a patent', async page => {
    await page.getByRole('link', { name: '一种稀土永磁材料的制备方法' }).click();
    await page.waitForURL(/\/lookup\/patents\/.+/);
    await sees(page, '包头稀土研究院', 'H01F 1/057', '张伟');
  });

  await run.step(visitor, 'search in English', async page => {
    await page.locator('a.lang-switch').click();
    await page.waitForLoadState('load');
    await look(page);
    if ((await page.evaluate(() => document.documentElement.lang)) !== 'en') throw new Error('the page did not switch to English');
    await go(page, '/lookup/patents');
    await keyboardForm(page, [['form[role=search] [name=q]', 'wind turbines magnet']], 'form[role=search] button[type=submit]');
    await sees(page, 'Rare earth magnet assembly');
    await seesNot(page, '一种土壤改良剂');
  });

  await run.step(visitor, 'statistics dashboard', async page => {
    await go(page, '/lookup/statistics');
    await sees(page, /Statistics|statistics/);
    const sparks = page.locator('svg.spark polyline');
    if ((await sparks.count()) < 1) throw new Error('no trend line drawn on the dashboard');
    await page.locator('main a[href^="/lookup/statistics/"]:not([href$="sources"])').first().click();
    await page.waitForURL(/\/lookup\/statistics\/.+/);
    await page.waitForFunction(() => {
      const chart = document.querySelector('#indicator-chart canvas, #indicator-chart svg');
      return chart && chart.getBoundingClientRect().width > 100 && chart.getBoundingClientRect().height > 100;
    });
    if ((await page.locator('#indicator-values td, #indicator-values th').count()) < 2) {
      throw new Error('the chart has no table of its figures');
    }
  });

  await run.step(visitor, '返回中文 back to Chinese', async page => {
    await page.locator('a.lang-switch').click();
    await page.waitForLoadState('load');
    await sees(page, /[\u4e00-\u9fff]/);
  });
  await visitor.context.close();
}
