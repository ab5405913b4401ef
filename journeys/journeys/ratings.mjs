// Service ratings (好差评) after the pre-examination journey filed its request: the innovator finds the invitation,
// a bad review without its reason is refused in place, then sent with it; the supervisor finds the follow-up with its
// due date, answers it in writing and sees the month's score; the innovator reads the answer.
import { go, look, sees, keyboardForm, tabTo } from '../lib/harness.mjs';
import { PASSWORD } from './operator.mjs';
import { EMAIL } from './preexam.mjs';

const REASON = '补正通知没有说明哪一页有问题，来回沟通了三次。';
const ANSWER = '已核实，补正通知将逐页列明问题，并已对经办人进行提醒。';

/** Signs a person in with the keyboard; fails unless the gateway sends them on to {@code landing}. */
async function signIn(page, email, landing) {
  await go(page, '/login');
  await keyboardForm(page, [['#f-email', email], ['#f-password', PASSWORD]], 'form[action="/login"] button[type=submit]');
  if (new URL(page.url()).pathname !== landing) throw new Error(`landed on ${page.url()}, not ${landing}`);
}

/** Chooses {@code value} in the radio group {@code name} with the keyboard: Tab into the group, then arrow keys. */
async function choose(page, name, value) {
  await tabTo(page, `input[type=radio][name="${name}"]`);
  const count = await page.locator(`input[type=radio][name="${name}"]`).count();
  for (let i = 0; i <= count; i++) {
    const at = await page.evaluate(() => document.activeElement.value);
    if (at === value) {
      if (!(await page.evaluate(() => document.activeElement.checked))) await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`could not choose ${value} in ${name} with the arrow keys`);
}

export async function ratingJourneys(run, supervisorMember) {
  const applicant = await run.person('rating applicant');
  const supervisor = await run.person('rating supervisor');
  let tracking;

  await run.step(applicant, '评价邀请 the invitation', async page => {
    await signIn(page, EMAIL, '/requests');
    await go(page, '/ratings');
    await sees(page, '我的评价', '去评价');
    const link = page.locator('main a[href^="/ratings/YS-"]').first();
    tracking = (await link.getAttribute('href')).replace('/ratings/', '');
    await Promise.all([page.waitForNavigation(), link.click()]);
    await look(page);
    await sees(page, `评价 ${tracking}`, '非常满意', '非常不满意', '已提交专利申请');
  });

  await run.step(applicant, '差评 without a reason, refused in place', async page => {
    await choose(page, 'level', 'dissatisfied');
    await tabTo(page, 'form[action^="/ratings/"] button[type=submit]');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
    await sees(page, '评价未提交', '请写明原因');
  });

  await run.step(applicant, '差评 sent with the reason', async page => {
    await choose(page, 'level', 'dissatisfied');
    await keyboardForm(page, [['#f-comment', REASON]], 'form[action^="/ratings/"] button[type=submit]');
    await sees(page, '感谢您的评价', '不满意', REASON, /中心将于\d{4}-\d{2}-\d{2}前书面回复/);
  });

  await run.step(supervisor, '差评整改 the follow-up with its due date', async page => {
    await signIn(page, supervisorMember.email, '/staff');
    await go(page, '/ratings/follow-ups');
    await sees(page, tracking, REASON, /\d{4}-\d{2}-\d{2}/);
    await go(page, `/ratings/follow-ups/${tracking}`);
    await keyboardForm(page, [['#f-response', ANSWER]], 'form[action^="/ratings/follow-ups/"] button[type=submit]');
    await sees(page, '回复已送达申请人', ANSWER);
  });

  await run.step(supervisor, '满意度统计 the month by service and staff member', async page => {
    await go(page, '/ratings/statistics');
    await sees(page, '专利预审', '40.0', '未达标', '83');
  });

  await run.step(applicant, '回复 the answer to the review', async page => {
    await go(page, `/ratings/${tracking}`);
    await sees(page, ANSWER, '主管赵');
  });

  await applicant.context.close();
  await supervisor.context.close();
}
