// A visitor, not signed in, and the patent office's business at the centre (国家知识产权局业务): the module's page
// asks 您想办理什么？ and the routing guide leads on by its links (专利 → 质押) to the entry of 专利权质押登记, which
// shows the date of its version and the materials checklist; then the fee calculator: an invention's annual fee of
// year 4 for one applicant with the fee reduction (granted in year 3), its result table with the reduction and the
// total, the same figures as the calculator's JSON answers for the same inputs. Then a pre-checked window visit
// (材料预审): the innovator of the pre-examination journey starts a visit for 专利权质押登记 with its materials; the
// window clerk answers with one list of two problems (一次性告知); the applicant uploads the corrected materials; the
// clerk finds them complete; the applicant sees the link to book or take a number (预约/取号); the clerk records the
// patent office's receipt and closes the visit with its outcome, which the applicant reads. Every page is checked at
// 1366 and 360 px and by axe in both languages.
import fs from 'node:fs';
import path from 'node:path';
import { OUT, go, look, sees, seesNot, keyboardForm, tabTo, BASE } from '../lib/harness.mjs';
import { PASSWORD } from './operator.mjs';
import { EMAIL, submitted, pdf } from './preexam.mjs';

const FEE = [['#f-type', 'invention'], ['#f-fee', 'annual'], ['#f-year', '4'], ['#f-applicants', '1'],
  ['input[name=reduction]', true], ['#f-granted', '3']];

/** A link of the page's main part by its words, followed. */
async function follow(page, words, address) {
  await page.locator('main a', { hasText: words }).first().click();
  await page.waitForURL(address);
}

/** A PDF of the visit's materials under the journeys' output, by its file name. */
function material(name) {
  const folder = path.join(OUT, 'documents');
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, name), pdf(), 'latin1');
  return path.join(folder, name);
}

export async function cnipaJourneys(run, clerk) {
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

  if (clerk) await windowVisit(run, clerk);
}

/** A pre-checked window visit, from the applicant's upload to the clerk's closing with its outcome. */
async function windowVisit(run, clerk) {
  const applicant = await run.person('window applicant');
  let tracking;

  await run.step(applicant, '材料预审 the innovator sends the pledge\'s materials', async page => {
    await go(page, '/login');
    await keyboardForm(page, [['#f-email', EMAIL], ['#f-password', PASSWORD]], 'form[action="/login"] button[type=submit]');
    await go(page, '/cnipa/visits');
    await sees(page, '窗口业务材料预审', '专利权质押登记');
    await keyboardForm(page, [['#f-business', 'patent-pledge'], ['#f-materials', [material('专利权质押合同.pdf')]],
      ['#f-note', '出质人为本公司，质权人为包头银行']], 'form[action^="/cnipa/visits"] button[type=submit]');
    tracking = (await sees(page, '材料预审中')).match(/CN-\d{4}-\d{6}/)[0];
  });

  await run.step(clerk, '一次性告知 the clerk lists two problems in one answer', async page => {
    await go(page, `/staff/cases/${tracking}`);
    if (await page.locator('form[action$="/claim"] button').count()) {
      await submitted(page, 'form[action$="/claim"] button[type=submit]');
    }
    await go(page, `/cnipa/visits/${tracking}/answer`);
    await tabTo(page, 'input[name=decision][value=complete]');
    await page.keyboard.press('ArrowDown');
    await keyboardForm(page, [['#f-text-0', '质押合同缺少出质人签章'], ['#f-text-1', '缺少专利权评价报告']],
      'button[name=action][value=answer]');
    await sees(page, '待补正材料', '质押合同缺少出质人签章', '缺少专利权评价报告');
  });

  await run.step(applicant, '补正 the applicant uploads the corrected materials', async page => {
    await go(page, `/requests/${tracking}`);
    await sees(page, '质押合同缺少出质人签章', '缺少专利权评价报告');
    await go(page, `/cnipa/visits/${tracking}/correction`);
    await keyboardForm(page, [['#f-materials', [material('专利权质押合同（补正）.pdf'), material('专利权评价报告.pdf')]],
      ['#f-note', '已补签章，附评价报告']], `form[action^="/cnipa/visits/${tracking}/correction"] button[type=submit]`);
    await sees(page, '材料预审中');
  });

  await run.step(clerk, '材料齐全 the clerk finds the materials complete', async page => {
    await go(page, `/cnipa/visits/${tracking}/answer`);
    await sees(page, '质押合同缺少出质人签章');
    await keyboardForm(page, [['input[name=decision][value=complete]', true]], 'button[name=action][value=answer]');
    await sees(page, '材料齐全');
  });

  await run.step(applicant, '预约/取号 the applicant sees the link to the hall', async page => {
    await go(page, `/requests/${tracking}`);
    await sees(page, '材料齐全，请携带原件到窗口办理', '预约或取号到窗口办理');
    const link = await page.locator('main a', { hasText: '预约或取号到窗口办理' }).getAttribute('href');
    if (!link.includes(`ref=${tracking}`)) throw new Error(`the hall's link does not carry the visit: ${link}`);
  });

  await run.step(clerk, '窗口受理 the clerk records the patent office\'s receipt', async page => {
    await go(page, `/cnipa/visits/${tracking}/receipt`);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const day = await page.locator('#f-date').inputValue();
    if (day !== today) throw new Error(`the receipt's date starts at ${day}, not the centre's today ${today}`);
    await keyboardForm(page, [['#f-number', 'ZY2026120300017']],
      `form[action="/cnipa/visits/${tracking}/receipt"] button[type=submit]`);
    await sees(page, '窗口已受理', 'ZY2026120300017');
  });

  await run.step(clerk, '办结 the clerk closes the visit with its outcome', async page => {
    await go(page, `/cnipa/visits/${tracking}/close`);
    await sees(page, '已受理并办结', '专利局不予受理', '申请人未到窗口');
    await keyboardForm(page, [['input[name=outcome][value=accepted]', true], ['#f-reason', '质押登记已办结']],
      `form[action="/cnipa/visits/${tracking}/close"] button[type=submit]`);
    await sees(page, '已办结', '办结结果', '已受理并办结');
  });

  await run.step(applicant, '办结结果 the applicant reads the outcome', async page => {
    await go(page, `/requests/${tracking}`);
    await sees(page, '已办结', '办结结果', '已受理并办结', '质押登记已办结');
    await look(page);
  });
  await applicant.context.close();
}
