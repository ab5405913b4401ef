// The innovator and the assistance officer around an application for rights-protection assistance (维权援助):
// register → a draft with its first evidence → back to the draft, the rest of the form, a wrong check digit refused
// in place → submitted, the receipt → the officer asks for supplements → sent → accepted → the officer takes it
// and records a consultation with an internal note → the applicant reads the public part and the time limits only →
// the officer closes it (an outcome is required) → the applicant reads the outcome and the summary.
import fs from 'node:fs';
import path from 'node:path';
import { OUT, go, sees, seesNot, keyboardForm, mail, linkIn, tabTo } from '../lib/harness.mjs';
import { PASSWORD } from './operator.mjs';
import { submitted, openFromWorkbench, move } from './preexam.mjs';

const EMAIL = 'zhang.min@steppe-motor.test';
const OTHER_PARTY = '包头某电器有限公司';

/** A PNG of one pixel, as a photo of the infringing product stands in for. */
function photo() {
  const file = path.join(OUT, 'documents', '侵权产品照片.png');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
  return file;
}

export async function assistanceJourneys(run, officer, supervisorMember) {
  const evidence = photo();
  const innovator = await run.person('assistance applicant');
  let tracking;

  await run.step(innovator, '注册 register, confirm, sign in', async page => {
    await go(page, '/register');
    await keyboardForm(page, [['#f-email', EMAIL], ['#f-password', PASSWORD], ['#f-displayName', '张敏'],
      ['#f-mobile', '13947212345'], ['#f-consent', true]], 'form[action="/register"] button[type=submit]');
    await go(page, linkIn(await mail(EMAIL, '确认')));
    await submitted(page, 'form[action="/account/confirm"] button[type=submit]');
    if (!page.url().includes('/login')) await go(page, '/login');
    await keyboardForm(page, [['#f-email', EMAIL], ['#f-password', PASSWORD]], 'form[action="/login"] button[type=submit]');
  });

  await run.step(innovator, '保存草稿 a draft with the first evidence', async page => {
    await go(page, '/assistance');
    await sees(page, '侵权判定咨询', '纠纷调解');
    await go(page, '/assistance/apply');
    await keyboardForm(page, [['#f-businessType', 'assistance'], ['#f-rightType', 'patent'],
      ['#f-rightNumber', 'ZL201710601862.4'], ['#f-otherParty', OTHER_PARTY], ['#f-evidence', [evidence]]],
    'form[action^="/assistance/apply"] button[value=save]');
    await sees(page, '草稿已保存', '草稿中已有 1 份证据材料');
  });

  await run.step(innovator, '提交 the rest of the form; a wrong check digit is refused in place', async page => {
    await go(page, '/assistance');
    await page.locator('main a[href^="/assistance/apply?draft="]').first().click();
    await page.waitForURL(/draft=/);
    await keyboardForm(page, [['#f-venue', 'online'], ['#f-venueDetail', '某电商平台'],
      ['#f-onlineShop', 'https://shop.example.cn/12345'], ['#f-facts', '对方网店销售与本专利相同的稀土永磁电机。'],
      ['input[name=assistance][value=consultation]', true], ['input[name=assistance][value=infringement-opinion]', true]],
    'form[action^="/assistance/apply"] button[value=submit]');
    await sees(page, '申请未提交', '专利号校验位不正确');
    await keyboardForm(page, [['#f-rightNumber', 'ZL201710601862.3'],
      ['input[name=assistance][value=consultation]', true], ['input[name=assistance][value=infringement-opinion]', true]],
    'form[action^="/assistance/apply"] button[value=submit]');
    const text = await sees(page, '申请已提交', '受理编号');
    tracking = (text.match(/WQ-\d{4}-\d{6}/) || [])[0];
    if (!tracking) throw new Error('no application number (WQ-…) on the receipt');
  });

  await run.step(officer, '要求补充材料 ask for supplements', async page => {
    await openFromWorkbench(page, tracking);
    await sees(page, OTHER_PARTY, '侵权产品照片.png', '201710601862.3');
    if (await page.locator('form[action$="/claim"] button').count()) {
      await submitted(page, 'form[action$="/claim"] button[type=submit]');
    }
    await move(page, 'ask-supplement', '请补充被控侵权产品的购买凭证。');
    await sees(page, /等待申请人补充材料/);
  });

  await run.step(innovator, '补充材料 send the supplements', async page => {
    await go(page, `/requests/${tracking}`);
    await sees(page, '待补充材料', '购买凭证');
    await move(page, 'send-supplement', '购买凭证已在证据材料中，订单号 20261203001。');
    await sees(page, '受理审查中');
  });

  await run.step(officer, '受理 accept', async page => {
    await openFromWorkbench(page, tracking);
    await move(page, 'accept', '符合受理条件。');
    await sees(page, /已受理/);
  });

  const advice = '经初步比对，对方产品与专利权利要求1的技术特征相同，建议先向电商平台投诉。';
  const note = '申请人希望尽快下架，已电话沟通';
  await run.step(officer, '记录咨询答复 take the case and record a consultation', async page => {
    await openFromWorkbench(page, tracking);
    await move(page, 'take', '');
    await sees(page, '办理中', '办理期限', '进展反馈期限');
    await page.locator(`main a[href="/assistance/applications/${tracking}/actions?kind=consultation"]`).first().click();
    await page.waitForURL(/\/actions\?kind=consultation/);
    await sees(page, '咨询答复内容', '内部备注', '仅工作人员可见');
    await keyboardForm(page, [['#f-text', advice], ['#f-note', note]],
      'form[action$="/actions"] button[type=submit]');
    await page.waitForURL(/\/staff\/cases\//);
    await sees(page, '办理情况', advice, note);
    await go(page, `/assistance/applications/${tracking}/actions?kind=enforcement`);
    await sees(page, '移交执法部门', '执法部门', '移交日期', '答复期限', advice);
  });

  await run.step(innovator, '办理情况 the applicant reads the public part', async page => {
    await go(page, `/requests/${tracking}`);
    await sees(page, '办理中', '办理情况', '咨询答复', advice, '办理时限', '前办结（受理之日起 90 日）', '下次进展反馈不迟于');
    await seesNot(page, note, '内部备注');
  });

  if (supervisorMember) await expertsAndStatistics(run, officer, supervisorMember, tracking);

  const summary = '已向申请人提供侵权判定咨询意见，申请人将自行向电商平台投诉。';
  await run.step(officer, '办结 close the case with an outcome and a summary', async page => {
    await openFromWorkbench(page, tracking);
    await page.locator(`main a[href="/assistance/applications/${tracking}/closing"]`).first().click();
    await page.waitForURL(/\/closing$/);
    await keyboardForm(page, [['#f-summary', summary]], 'form[action$="/closing"] button[type=submit]');
    await sees(page, '案件未办结', '请选择办结结果');
    // a radio group is one stop for Tab: the first outcome, then the arrow keys to 已提供咨询意见
    await keyboardForm(page, [['input[name=outcome][value=mediated]', true]]);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    if (!await page.locator('input[name=outcome][value=advice-given]').isChecked()) throw new Error('advice-given not chosen');
    await keyboardForm(page, [], 'form[action$="/closing"] button[type=submit]');
    await page.waitForURL(/\/staff\/cases\//);
    await sees(page, '已办结', '已提供咨询意见', summary);
  });

  await run.step(innovator, '办结情况 the applicant reads how the case ended', async page => {
    await go(page, `/requests/${tracking}`);
    await sees(page, '已办结', '办结情况', '已提供咨询意见', summary);
  });

  await innovator.context.close();
}

// ---- the expert pool, an expert assigned, the supervisor's statistics ----

const CONFLICTED = '李振华';
const EXPERT = '王立群';

/** The expert pool's form filled by keyboard: name, organisation, a right type, an IPC class, contact. */
async function addExpert(page, name, organisation, ipc, contact) {
  await keyboardForm(page, [['#f-name', name], ['#f-organisation', organisation],
    ['input[name=rightTypes][value=patent]', true], ['#f-ipc', ipc], ['#f-contact', contact]],
  'form[action="/assistance/experts"] button[type=submit]');
  await sees(page, '已保存', name, organisation);
}

/** The value of the expert {@code name} in the assignment form's list. */
async function expertOption(page, name) {
  const value = await page.evaluate(n => [...document.querySelectorAll('#f-expertId option')]
    .find(o => o.textContent.includes(n))?.value, name);
  if (!value) throw new Error(`no expert ${name} to choose on the assignment form`);
  return value;
}

/** The conflict-of-interest declaration by keyboard: Tab into the radio group, the arrows to the answer. */
async function declare(page, value) {
  await tabTo(page, 'input[name=conflict]');
  for (let i = 0; i < 4; i++) {
    const [checked, focused] = await page.evaluate(v => [document.querySelector(`input[name=conflict][value=${v}]`).checked,
      document.activeElement.value], value);
    if (checked) return;
    await page.keyboard.press(focused === value ? 'Space' : value === 'declared' ? 'ArrowDown' : 'ArrowUp');
  }
  throw new Error(`the declaration "${value}" could not be chosen with the keyboard`);
}

/**
 * The officer keeps the pool (two experts, one of them working for the other party), takes the accepted
 * application into handling, is refused the expert who declares a conflict and assigns the other; the supervisor
 * (signed in anew: {@code member} is the supervisor's staff record) reads the statistics of the year.
 */
export async function expertsAndStatistics(run, officer, member, tracking) {
  await run.step(officer, '专家库 the officer adds experts to the pool', async page => {
    await go(page, '/assistance');
    await page.locator('main a[href="/assistance/experts"]').first().click();
    await page.waitForURL(/\/assistance\/experts/);
    await addExpert(page, CONFLICTED, OTHER_PARTY, 'H02K', '0472-5123456');
    await addExpert(page, EXPERT, '内蒙古科技大学', 'H02K 1/27', 'wang.liqun@example.cn');
  });

  await run.step(officer, '指派专家 a declared conflict is refused, an expert without one assigned', async page => {
    await openFromWorkbench(page, tracking);
    if (await page.locator('form.cw-move:has(input[name=transition][value="take"])').count()) {
      await move(page, 'take', '');
      await sees(page, '办理中');
    }
    await go(page, `/assistance/applications/${tracking}/experts`);
    await keyboardForm(page, [['#f-expertId', await expertOption(page, CONFLICTED)]]);
    await declare(page, 'declared');
    await keyboardForm(page, [['#f-conflictText', '曾任被申请人技术顾问']], 'form[action$="/experts"] button[type=submit]');
    await sees(page, '利益冲突', '主管');
    await keyboardForm(page, [['#f-expertId', await expertOption(page, EXPERT)]]);
    await declare(page, 'none');
    await keyboardForm(page, [['#f-conflictText', '']], 'form[action$="/experts"] button[type=submit]');
    await sees(page, EXPERT);
  });

  const supervisor = await run.person(member.journey);
  await run.step(supervisor, '登录 the supervisor signs in', async page => {
    await go(page, '/login');
    await keyboardForm(page, [['#f-email', member.email], ['#f-password', PASSWORD]], 'form[action="/login"] button[type=submit]');
  });

  await run.step(supervisor, '维权援助统计 the supervisor reads the statistics', async page => {
    await go(page, '/assistance');
    await page.locator('main a[href="/assistance/statistics"]').first().click();
    await page.waitForURL(/\/assistance\/statistics/);
    await sees(page, '维权援助统计', '申请数', '平均受理用时（工作日）', '按权利类型', '专利');
    const year = new Date().getFullYear();
    await go(page, `/assistance/statistics?from=${year}-01&to=${year}-12`);
    await sees(page, `${year}-01 至 ${year}-12 提交的维权援助申请`, '已结束的申请：按结束方式', `${year}年12月`);
  });
  await supervisor.context.close();
}
