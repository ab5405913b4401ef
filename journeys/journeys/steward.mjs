// The data steward imports patent records, which the public then finds.
import { go, sees, keyboardForm, tabTo } from '../lib/harness.mjs';

export async function stewardImports(run, steward, csv) {
  await run.step(steward, '导入专利 import patents', async page => {
    await go(page, '/lookup/patents/import');
    await keyboardForm(page, [['#import-file', [csv]]]);
    await tabTo(page, '#patent-import button[type=submit]');
    await page.keyboard.press('Enter');
    await page.locator('#import-counts').filter({ hasText: /已完成/ }).waitFor({ timeout: 60000 });
    await sees(page, /新增 3 条/);
  });
  await steward.context.close();
}
