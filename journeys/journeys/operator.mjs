// The operator: the first password, staff accounts (with their invitations), and at the end the audit trail.
import { BASE, go, sees, keyboardForm, mail, linkIn } from '../lib/harness.mjs';

export const PASSWORD = 'Grassland-2026!';
export const OPERATOR = 'operator@onestop.local';

/** Signs the operator in with the one-time password, chooses a password, creates the staff the journeys need. */
export async function operatorSetsUp(run, firstPassword, staff) {
  const operator = await run.person('operator');

  await run.step(operator, '首次登录 first login', async page => {
    await go(page, '/login');
    await keyboardForm(page, [['#f-email', OPERATOR], ['#f-password', firstPassword]], 'form[action="/login"] button[type=submit]');
    if (!page.url().endsWith('/account/password')) throw new Error('the first login did not lead to the password page');
    await sees(page, '修改密码');
  });

  await run.step(operator, '设置密码 first password', async page => {
    await keyboardForm(page, [['#f-current', firstPassword], ['#f-password', PASSWORD]], 'form[action="/account/password"] button[type=submit]');
    await go(page, '/ops/accounts');
    await sees(page, '工作人员账号', OPERATOR);
  });

  for (const member of staff) {
    await run.step(operator, `创建账号 ${member.role}`, async page => {
      await go(page, '/ops/accounts');
      await keyboardForm(page, [['form[action="/ops/accounts"] #f-email', member.email],
        ['form[action="/ops/accounts"] #f-displayName', member.name],
        [`form[action="/ops/accounts"] input[name=role][value=${member.role}]`, true]],
      'form[action="/ops/accounts"] button[type=submit]');
      const row = page.locator('tr', { hasText: member.email });
      await row.waitFor();
      const text = await row.innerText();
      if (!text.includes(member.name) || !text.includes('已邀请')) throw new Error(`the new account shows as: ${text}`);
    });
  }
  return operator;
}

/** A member of staff opens the invitation mail, sets a password and signs in. */
export async function staffJoins(run, member, landing = '/staff') {
  const who = await run.person(member.journey);
  await run.step(who, '邀请邮件 invitation', async page => {
    const text = await mail(member.email, '工作人员');
    await go(page, linkIn(text));
    await keyboardForm(page, [['form[action="/account/reset"] #f-password', PASSWORD]], 'form[action="/account/reset"] button[type=submit]');
    await sees(page, '密码已保存，请用新密码登录。');
  });
  await run.step(who, '登录 sign in', async page => {
    if (!page.url().includes('/login')) await go(page, '/login');
    await keyboardForm(page, [['#f-email', member.email], ['#f-password', PASSWORD]], 'form[action="/login"] button[type=submit]');
    if (new URL(page.url()).pathname !== landing) throw new Error(`landed on ${page.url()}, not ${landing}`);
  });
  return who;
}

/** The operator checks the audit trail and its hash chain. */
export async function operatorAudits(run, operator) {
  await run.step(operator, '审计日志 audit trail', async page => {
    await go(page, '/ops/audit');
    await sees(page, '审计');
    if ((await page.locator('main tbody tr').count()) < 5) throw new Error('the audit trail shows fewer than five entries');
  });
  await run.step(operator, '校验 audit verification', async page => {
    await go(page, '/ops/audit/verification');
    await sees(page, /审计日志完整：全部 \d+ 条记录均与写入时一致/);
  });
  await operator.context.close();
}

export { BASE };
