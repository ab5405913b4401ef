// A visitor, not signed in, and the patent office's business at the centre (国家知识产权局业务): the module's page
// asks 您想办理什么？ and the routing guide leads on by its links (专利 → 质押) to the entry of 专利权质押登记, which
// shows the date of its version and the materials checklist; then the fee calculator: an invention's annual fee of
// year 4 for one applicant with the fee reduction (granted in year 3), its result table with the reduction and the
// total, the same figures as the calculator's JSON answers for the same inputs. Every page is checked at 1366 and
// 360 px and by axe in both languages.
import { go, sees, seesNot, keyboardForm, BASE } from '../lib/harness.mjs';

const FEE = [['#f-type', 'invention'], ['#f-fee', 'annual'], ['#f-year', '4'], ['#f-applicants', '1'],
  ['input[name=reduction]', true], ['#f-granted', '3']];

/** A link of the page's main part by its words, followed. */
async function follow(page, words, address) {
  await page.locator('main a', { hasText: words }).first().click();
  await page.waitForURL(address);
}

export async function cnipaJourneys(run) {
  const visitor = await run.person('patent office visitor');

  await run.step(visitor, '您想办理什么 the module asks what the visitor wants to do', async page => {
    await go(page, '/cnipa');
    await sees(page, '国家知识产权局业务', '您想办理什么？', '专利业务', '商标或地理标志业务', '费用计算器', '事项清单');
  });

  await run.step(visitor, '专利 the guide\'s question about a patent', async page => {
    await follow(page, '专利业务', /\/cnipa\/guide\/patent$/);
    await sees(page, '关于专利，您想做什么？', '用专利权质押融资（质押登记）', '重新选择');
  });

  await run.step(visitor, '质押 the entry of 专利权质押登记', async page => {
    await follow(page, '用专利权质押融资', /\/cnipa\/catalogue\/patent-pledge$/);
    await sees(page, '专利权质押登记', /本页内容版本日期：\d{4}/,
      '材料清单', '办理渠道', '法律依据', '信息来源');
    const materials = await page.locator('main ol.cnipa-materials > li').allInnerTexts();
    if (!materials.length) throw new Error('the entry lists no materials');
    for (const m of materials) {
      if (!/原件|复印件/.test(m) || !/\d+ 份/.test(m)) throw new Error(`a material does not say original or copy and how many: ${m}`);
    }
    await seesNot(page, 'patent-pledge', 'window');
  });

  await run.step(visitor, '费用计算 year 4 of an invention\'s annual fee, reduced for one applicant', async page => {
    await follow(page, '费用计算器', /\/cnipa\/fees$/);
    await sees(page, '授予专利权当年是第几年度', '年费年度（第几年）');
    await keyboardForm(page, FEE, 'form.fees-form button[type=submit]');
    const query = new URL(page.url()).search;
    const answer = await fetch(`${BASE}/api/cnipa/fees/calculate${query}`, { headers: { Accept: 'application/json' } });
    if (!answer.ok) throw new Error(`the calculator's JSON answered ${answer.status} for ${query}`);
    const result = await answer.json();
    const total = Number(result.total).toFixed(2);
    if (total !== '180.00') throw new Error(`the calculator's JSON gives a total of ${total}, not 180.00: ${JSON.stringify(result)}`);
    const reduction = result.lines.find(l => l.item === 'reduction');
    if (!reduction) throw new Error(`the calculator's JSON has no reduction: ${JSON.stringify(result)}`);
    await sees(page, '计算结果', '发明专利', '年费', '第4年', '全额费用', '费用减缴（减缴85%）', '应缴合计');
    const shown = (await page.locator('main .fees-total').innerText()).trim();
    if (shown !== `${total}元`) throw new Error(`the page's total reads ${shown}, the JSON's ${total}`);
    const rows = await page.locator('main .fees-table tbody tr').allInnerTexts();
    const fee = Number(result.lines.find(l => l.item === 'fee').amount).toFixed(2);
    if (!rows.some(r => r.includes('全额费用') && r.includes(`${fee}元`))
      || !rows.some(r => r.includes('费用减缴') && r.includes(`${Number(reduction.amount).toFixed(2)}元`))) {
      throw new Error(`the result's lines read ${rows.join(' | ')}; the JSON's ${JSON.stringify(result.lines)}`);
    }
  });
}
