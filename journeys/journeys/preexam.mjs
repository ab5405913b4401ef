// The innovator and the staff around a pre-examination request: register (consent) → confirm by the mailed link →
// organisation → 备案 → the examiner approves → a request with five PDFs → scope accepted → correction → corrected →
// qualified → the notice downloaded → the application number; the supervisor's statistics.
import fs from 'node:fs';
import path from 'node:path';
import { OUT, go, look, sees, keyboardForm, tabTo, mail, linkIn } from '../lib/harness.mjs';
import { PASSWORD } from './operator.mjs';

export const EMAIL = 'wang.gong@grassland-bio.test';
const COMPANY = '包头草原生物科技有限公司';
const TITLE = '一种耐盐碱纤维素酶突变体及其应用';

/** A small but complete PDF: one empty page with its cross-reference table. */
export function pdf() {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'];
  let out = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => { const at = out.length; out += `${i + 1} 0 obj\n${o}\nendobj\n`; return at; });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` + offsets.map(o => String(o).padStart(10, '0') + ' 00000 n \n').join('');
  return out + `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
}

function documents() {
  const folder = path.join(OUT, 'documents');
  fs.mkdirSync(folder, { recursive: true });
  const files = {};
  for (const [field, name] of Object.entries({ licence: '营业执照.pdf', requestForm: '发明专利请求书.pdf',
    description: '说明书.pdf', claims: '权利要求书.pdf', abstract: '说明书摘要.pdf', drawings: '说明书附图.pdf',
    corrected: '说明书（修改稿）.pdf' })) {
    files[field] = path.join(folder, name);
    fs.writeFileSync(files[field], pdf(), 'latin1');
  }
  return files;
}

/** A unified social credit code (GB 32100-2015) from its first 17 characters. */
export function creditCode(first17) {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = [...first17].reduce((s, c, i) => s + alphabet.indexOf(c) * weights[i], 0);
  return first17 + alphabet[(31 - sum % 31) % 31];
}

/** A Chinese patent application number of this year for an invention, with its check digit. */
function applicationNumber(serial) {
  const year = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date());
  const digits = `${year}1${String(serial).padStart(7, '0')}`;
  const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const check = [...digits].reduce((s, d, i) => s + Number(d) * weights[i], 0) % 11;
  return `${digits}.${check === 10 ? 'X' : check}`;
}

export async function submitted(page, submit) {
  await tabTo(page, submit);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
}

/** The staff member opens a case from the workbench: the count in the queue, then the case's page. */
export async function openFromWorkbench(page, tracking) {
  await go(page, '/staff');
  const link = page.locator(`main a[href="/staff/cases/${tracking}"]`).first();
  if (!(await link.count())) {
    await go(page, '/staff?view=team');
  }
  await page.locator(`main a[href="/staff/cases/${tracking}"]`).first().click();
  await page.waitForURL(new RegExp(`/staff/cases/${tracking}`));
  await look(page);
}

/** A move on the staff case page: its comment, its confirmation when it asks one, and its button. */
export async function move(page, transition, comment) {
  const form = `form.cw-move:has(input[name=transition][value="${transition}"])`;
  const fields = [[`${form} textarea[name=comment]`, comment]];
  if (await page.locator(`${form} input[name=confirmed]`).count()) fields.push([`${form} input[name=confirmed]`, true]);
  await keyboardForm(page, fields, `${form} button[type=submit]`);
}

export async function preexamJourneys(run, examinerWho, supervisorWho) {
  const files = documents();
  const innovator = await run.person('innovator');
  const examiner = examinerWho;
  let registration;
  let tracking;

  await run.step(innovator, '注册 register with consent', async page => {
    await go(page, '/register');
    await keyboardForm(page, [['#f-email', EMAIL], ['#f-password', PASSWORD], ['#f-displayName', '王工程师'],
      ['#f-mobile', '13812345678'], ['#f-consent', true]], 'form[action="/register"] button[type=submit]');
    await sees(page, EMAIL);
  });

  await run.step(innovator, '邮件确认 confirm by the mailed link', async page => {
    await go(page, linkIn(await mail(EMAIL, '确认')));
    await submitted(page, 'form[action="/account/confirm"] button[type=submit]');
    if (!page.url().includes('/login')) await go(page, '/login');
    await keyboardForm(page, [['#f-email', EMAIL], ['#f-password', PASSWORD]], 'form[action="/login"] button[type=submit]');
    if (new URL(page.url()).pathname !== '/requests') throw new Error(`an innovator lands on ${page.url()}`);
  });

  await run.step(innovator, '单位信息 organisation', async page => {
    await go(page, '/account/organisation');
    await keyboardForm(page, [['#f-name', COMPANY], ['#f-creditCode', creditCode('91150203MA0N7KQ4X')],
      ['#f-address', '包头市昆都仑区钢铁大街88号'], ['#f-contactPerson', '李华'], ['#f-contactPhone', '0472-5123456']],
    'form[action="/account/organisation"] button[type=submit]');
    await sees(page, '单位信息已保存');
  });

  await run.step(innovator, '备案 entity registration', async page => {
    await go(page, '/preexam/entity');
    await keyboardForm(page, [['#f-region', '150200'], ['#f-fields', 'C12N'], ['#f-contactName', '李华'],
      ['#f-contactPhone', '0472-5123456'], ['#f-contactEmail', EMAIL], ['#f-licence', [files.licence]]],
    'form[action^="/preexam/entity"] button[type=submit]');
    const text = await sees(page, COMPANY);
    registration = (text.match(/BA-\d{4}-\d{6}/) || [])[0];
    if (!registration) throw new Error('no registration number (BA-…) on the page');
  });

  await run.step(examiner, '工作台 workbench: the registration waits', async page => {
    await go(page, '/staff');
    const waiting = await page.locator('a[href="/staff?view=unassigned"] .cw-count').innerText();
    if (waiting.trim() !== '1') throw new Error(`the unassigned queue counts ${waiting}, not 1`);
    await openFromWorkbench(page, registration);
    await sees(page, COMPANY);
  });

  await run.step(examiner, '批准备案 approve the registration', async page => {
    await page.locator(`main a[href*="/preexam/registrations/${registration}/approval"]`).first().click();
    await page.waitForURL(/approval/);
    await keyboardForm(page, [['#f-comment', '材料齐全，同意备案。'], ['input[name=confirm]', true]],
      'form[action$="/approval"] button[type=submit]');
    await sees(page, '备案已通过');
  });

  await run.step(innovator, '预审请求 request with five PDFs', async page => {
    await go(page, '/preexam/entity');
    await sees(page, '已通过');
    await go(page, '/preexam/requests/new');
    await page.locator('a.pre-type[href$="type=invention"]').focus();
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    await keyboardForm(page, [['#f-title', TITLE], ['#f-applicants', COMPANY], ['#f-inventors', '王伟\n刘芳'],
      ['#f-mainIpc', 'C12N 9/42'], ['#f-requestForm', [files.requestForm]], ['#f-description', [files.description]],
      ['#f-claims', [files.claims]], ['#f-abstract', [files.abstract]], ['#f-drawings', [files.drawings]],
      ['input[name=notPct]', true]], 'form[action^="/preexam/requests"] button[type=submit]');
    const text = await sees(page, '您的预审请求已提交');
    tracking = (text.match(/YS-\d{4}-\d{6}/) || [])[0];
    if (!tracking) throw new Error('no request number (YS-…) on the page');
    await page.getByRole('link', { name: '查看办理进度' }).click();
    await page.waitForURL(new RegExp(tracking));
    await look(page);
    await sees(page, TITLE, '说明书附图.pdf');
  });

  await run.step(examiner, '认领 claim: the scope is accepted', async page => {
    await openFromWorkbench(page, tracking);
    await sees(page, TITLE, '说明书.pdf', '权利要求书.pdf');
    if (await page.locator('form[action$="/claim"] button').count()) {
      await submitted(page, 'form[action$="/claim"] button[type=submit]');
    }
    await move(page, 'accept-scope', '属于中心预审领域。');
    await sees(page, /审查中/);
    await go(page, '/staff?view=mine');
    const mine = await page.locator('a[href="/staff?view=mine"] .cw-count').innerText();
    if (mine.trim() !== '1') throw new Error(`the examiner's own queue counts ${mine}, not 1`);
    await page.locator(`main a[href="/staff/cases/${tracking}"]`).first().click();
    await page.waitForURL(new RegExp(`/staff/cases/${tracking}`));
  });

  await run.step(examiner, '要求补正 request a correction', async page => {
    await move(page, 'request-correction', '说明书第3页缺少实施例2的实验数据，请补正。');
    await sees(page, /状态\s*等待申请人补正 · 申请人所见: 待补正/, '实施例2');
  });

  await run.step(innovator, '补正 correction', async page => {
    await go(page, '/requests');
    await sees(page, tracking, /待补正\s+补正期限 截止 \d{4}-\d{2}-\d{2}/);
    await go(page, `/preexam/requests/${tracking}/correction`);
    await sees(page, '实施例2');
    await keyboardForm(page, [['#f-description', [files.corrected]], ['#f-comment', '已补充实施例2的实验数据。']],
      'form[action*="/correction"] button[type=submit]');
    await go(page, `/requests/${tracking}`);
    await sees(page, '说明书（修改稿）.pdf');
  });

  await run.step(examiner, '合格 qualify', async page => {
    await openFromWorkbench(page, tracking);
    await sees(page, '说明书（修改稿）.pdf', /已被替换/);
    await move(page, 'qualify', '预审合格。');
    await sees(page, /状态\s*预审合格，等待申请人提交专利申请/);
  });

  let number;
  await run.step(innovator, '合格通知书 notice downloaded', async page => {
    await go(page, `/requests/${tracking}`);
    const text = await sees(page, /预审合格/, /剩余 \d+ 天/);
    number = (text.match(/YS\d{10}/) || [])[0];
    if (!number) throw new Error('no pre-examination number (YS2026…) on the request page');
    const link = page.locator(`a[href$="/preexam/requests/${tracking}/notice.pdf"]`).first();
    await link.focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const saved = path.join(OUT, 'notice.pdf');
    await download.saveAs(saved);
    const bytes = fs.readFileSync(saved);
    if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('the notice is not a PDF');
    fs.writeFileSync(path.join(OUT, 'notice.expected'), `${number}\n${COMPANY}\n${TITLE}\n`);
  });

  await run.step(innovator, '申请号 application number', async page => {
    await go(page, `/preexam/requests/${tracking}/filing`);
    const filed = applicationNumber(1234567);
    await keyboardForm(page, [['#f-applicationNumber', filed]], 'form[action$="/filing"] button[type=submit]');
    await go(page, `/requests/${tracking}`);
    await sees(page, filed, /已提交|已递交/);
  });

  await run.step(supervisorWho, '统计 statistics', async page => {
    await go(page, '/preexam/statistics');
    await sees(page, 'C12N');
    if (/qualified|filed|submitted/.test(await page.locator('main').innerText())) {
      throw new Error('the Chinese statistics show status codes');
    }
  });

  await innovator.context.close();
  await examiner.context.close();
  await supervisorWho.context.close();
}
