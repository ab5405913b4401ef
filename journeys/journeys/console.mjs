// The operator in the console: finds a service module among the gateway's bundles, reads what stopping it touches,
// stops it (the hall answers "not available" for it), starts it again, and sees both acts in the audit trail; then
// names the folder of the console's backups on the configuration page and makes a backup while the hall serves.
import { go, sees, look, keyboardForm } from '../lib/harness.mjs';

const MODULE = 'org.onestop.info';

/** The card of the module on the bundles page, as its text. */
async function card(page) {
  return page.locator(`main li[data-bundle="${MODULE}"]`).innerText();
}

export async function operatorConsole(run, operator) {
  await run.step(operator, '组件与模块 bundles', async page => {
    await go(page, '/ops/bundles');
    await keyboardForm(page, [['form.ops-filter input[name=q]', 'info']], 'form.ops-filter button[type=submit]');
    await sees(page, '组件与模块', MODULE);
    if (!(await card(page)).includes('运行中')) throw new Error(`the module is not shown running: ${await card(page)}`);
  });

  await run.step(operator, '停止确认 stop, confirmed', async page => {
    await page.locator(`main a[href="/ops/bundles/${MODULE}/stop"]`).click();
    await page.waitForURL(`**/ops/bundles/${MODULE}/stop`);
    await look(page);
    await sees(page, `停止 ${MODULE}`, '运行中');
    await keyboardForm(page, [], `form[action="/ops/bundles/${MODULE}/stop"] button[type=submit]`);
    await go(page, '/ops/bundles?q=info');
    if (!(await card(page)).includes('已停止')) throw new Error(`the module is not shown stopped: ${await card(page)}`);
  });

  await run.step(operator, '模块暂停 module unavailable', async page => {
    let answer;
    for (let i = 0; i < 50; i++) {
      answer = await page.goto(`${new URL(page.url()).origin}/info`);
      if (answer.status() !== 503) break;
      await page.waitForTimeout(Number(answer.headers()['retry-after'] || 1) * 1000);
    }
    if (answer.status() !== 404) throw new Error(`the stopped module answered ${answer.status()}`);
    await look(page);
    await sees(page, '该服务暂不可用');
  });

  await run.step(operator, '重新启动 start again', async page => {
    await go(page, '/ops/bundles?q=info');
    await keyboardForm(page, [], `form[action="/ops/bundles/${MODULE}/start"] button[type=submit]`);
    await go(page, '/ops/bundles?q=info');
    if (!(await card(page)).includes('运行中')) throw new Error(`the module is not shown running again: ${await card(page)}`);
  });

  await run.step(operator, '审计记录 acts in the audit trail', async page => {
    await go(page, '/ops/audit');
    await sees(page, '已停止');
  });

  await run.step(operator, '备份 a backup while the hall serves', async page => {
    const folder = process.env.JOURNEYS_BACKUPS;
    if (!folder) throw new Error('JOURNEYS_BACKUPS (a folder for the console\'s backups) is not set');
    await go(page, '/ops/backups');
    await sees(page, '备份', '尚未设置备份文件夹');
    await page.locator('main a[href="/ops/config/org.onestop.console.backup"]').click();
    await page.waitForURL('**/ops/config/org.onestop.console.backup');
    await keyboardForm(page, [['input[name="s:folder"]', folder]], 'form.console-settings button[type=submit]');
    await go(page, '/ops/backups');
    await sees(page, `备份文件夹：${folder}`, '此文件夹中还没有备份');
    await keyboardForm(page, [], 'form[action="/ops/backups"] button[type=submit]');
    await look(page);
    await sees(page, '备份已完成', '备份：1 份');
    if ((await page.locator('main li[data-backup]').count()) !== 1) throw new Error('the backup is not listed');
  });
}
