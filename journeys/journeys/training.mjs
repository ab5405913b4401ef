// The trainer and an innovator around a training course (教育培训): the trainer opens the course desk from the
// catalogue, creates a course (a field at fault named in place), adds a session (an end before the start refused in
// place) and publishes it → the innovator registers, finds the session in the catalogue with its filters, enrols, sees
// it among their enrolments, cancels; then, for the organisation they act for, enrols a colleague by name (the same
// name twice refused) and cancels that place from their list → the trainer reads the session's roll (who enrolled
// whom) → the operator reads the module's actions in words on the audit page. Every page is checked at 1366 and
// 360 px and by axe in both languages.
import { go, sees, seesNot, keyboardForm, mail, linkIn } from '../lib/harness.mjs';
import { PASSWORD } from './operator.mjs';
import { submitted, creditCode } from './preexam.mjs';

const TITLE = '专利导航与企业创新实务';
const EMAIL = 'wu.lan@grassland-seed.test';
const NAME = '乌兰';
const VENUE = '呼和浩特市赛罕区 中心三楼培训室';
const COLLEAGUE = '巴特尔';

/** The day {@code ahead} days from now in the centre's zone (Asia/Shanghai, UTC+8), as 2026-12-20. */
function centreDay(ahead) {
  return new Date(Date.now() + 8 * 3600e3 + ahead * 86400e3).toISOString().slice(0, 10);
}

export async function trainingJourneys(run, trainer, operator) {
  const day = centreDay(10);
  let course;
  let session;

  await run.step(trainer, '课程管理 the course desk from the catalogue', async page => {
    await go(page, '/training');
    await page.locator('main a[href="/training/desk"]').click();
    await page.waitForURL(/\/training\/desk$/);
    await sees(page, '课程管理', '新建课程', '草稿', '已发布', '已取消');
  });

  await run.step(trainer, '新建课程 a new course; a field at fault is named in place', async page => {
    await page.locator('main a[href="/training/desk/courses/new"]').click();
    await page.waitForURL(/\/courses\/new$/);
    await keyboardForm(page, [['#f-title', TITLE], ['#f-audience', 'enterprises'],
      ['#f-description', '专利导航的方法，以及如何把专利信息用于企业的研发与经营决策。'], ['#f-trainer', '吴老师'],
      ['#f-format', 'on-site'], ['#f-creditHours', '300']], 'form[action="/training/desk/courses"] button[type=submit]');
    await sees(page, '课程信息有误', '学时应为 1 至 200 之间的整数');
    await keyboardForm(page, [['#f-creditHours', '6']], 'form[action="/training/desk/courses"] button[type=submit]');
    await page.waitForURL(/\/training\/desk\/courses\/\d+\?done=created$/);
    course = page.url().match(/courses\/(\d+)/)[1];
    await sees(page, '课程已创建（草稿）', TITLE, '草稿', '6 学时', '尚未添加场次');
  });

  await run.step(trainer, '添加场次 a session; an end before the start is refused in place', async page => {
    await keyboardForm(page, [['#f-date', day], ['#f-start', '14:00'], ['#f-end', '13:30'], ['#f-place', VENUE],
      ['#f-capacity', '30'], ['#f-orgLimit', '5']], 'form#add-session button[type=submit]');
    await sees(page, '场次信息有误', '结束时间应晚于开始时间');
    await keyboardForm(page, [['#f-end', '16:30']], 'form#add-session button[type=submit]');
    await page.waitForURL(/done=sessionAdded$/);
    await sees(page, '场次已添加', `${day} 14:00 – 16:30`, VENUE, '已占名额 0 / 30', '每个单位最多 5 人', '北京时间');
  });

  await run.step(trainer, '发布课程 publish', async page => {
    await submitted(page, 'form[action$="/publish"] button[type=submit]');
    await page.waitForURL(/done=published$/);
    await sees(page, '课程已发布', '已发布', '查看学员所见页面');
  });

  const innovator = await run.person('training attendee');
  await run.step(innovator, '注册 register, confirm, sign in', async page => {
    await go(page, '/register');
    await keyboardForm(page, [['#f-email', EMAIL], ['#f-password', PASSWORD], ['#f-displayName', NAME],
      ['#f-mobile', '13947100088'], ['#f-consent', true]], 'form[action="/register"] button[type=submit]');
    await go(page, linkIn(await mail(EMAIL, '确认')));
    await submitted(page, 'form[action="/account/confirm"] button[type=submit]');
    if (!page.url().includes('/login')) await go(page, '/login');
    await keyboardForm(page, [['#f-email', EMAIL], ['#f-password', PASSWORD]], 'form[action="/login"] button[type=submit]');
  });

  await run.step(innovator, '找课程 the catalogue with its filters', async page => {
    await go(page, '/training');
    await keyboardForm(page, [['#f-q', '专利导航'], ['#f-audience', 'enterprises'], ['#f-month', day.slice(0, 7)]],
      'form.training-filters button[type=submit]');
    await sees(page, TITLE, '余位 30 / 30', '吴老师');
    await page.locator('main a', { hasText: TITLE }).first().click();
    await page.waitForURL(/\/training\/sessions\/\d+$/);
    session = page.url().match(/sessions\/(\d+)/)[1];
    await sees(page, TITLE, VENUE, '每个单位最多 5 人', '6 学时');
  });

  await run.step(innovator, '报名 enrol', async page => {
    await submitted(page, 'form[action$="/enrol"] button[type=submit]');
    await page.waitForURL(/done=enrolled$/);
    await sees(page, '报名成功', '已报名', '余位 29 / 30');
  });

  await run.step(innovator, '我的报名 the enrolment among theirs', async page => {
    await go(page, '/training/mine');
    await sees(page, '我的培训报名', TITLE, '已报名', `${day} 14:00`);
  });

  await run.step(innovator, '取消报名 cancel', async page => {
    await page.locator('main a', { hasText: TITLE }).first().click();
    await page.waitForURL(/\/training\/sessions\/\d+$/);
    await submitted(page, 'form[action$="/cancel"] button[type=submit]');
    await page.waitForURL(/done=cancelled$/);
    await sees(page, '已取消报名', '余位 30 / 30');
    await go(page, '/training/mine');
    await sees(page, TITLE, '已取消');
  });

  await run.step(innovator, '单位信息 the organisation they act for', async page => {
    await go(page, '/account/organisation');
    await keyboardForm(page, [['#f-name', '内蒙古草原种业有限公司'], ['#f-creditCode', creditCode('91150100MA0N7K2Q8')],
      ['#f-address', '呼和浩特市金桥开发区'], ['#f-contactPerson', NAME], ['#f-contactPhone', '0471-5551234']],
    'form[action="/account/organisation"] button[type=submit]');
    await sees(page, '单位信息已保存');
  });

  await run.step(innovator, '为本单位人员报名 a colleague by name; the same name twice is refused', async page => {
    await go(page, `/training/sessions/${session}`);
    await page.locator('main a', { hasText: '为本单位人员报名' }).click();
    await page.waitForURL(/\/attendees$/);
    await keyboardForm(page, [['#f-name', COLLEAGUE], ['#f-phone', '13847100066']],
      'form[action$="/attendees"] button[type=submit]');
    await page.waitForURL(/done=enrolled$/);
    await sees(page, '已为该人员报名', COLLEAGUE, '已报名', '13847100066', '余位 29 / 30');
    await keyboardForm(page, [['#f-name', COLLEAGUE], ['#f-email', 'bater@grassland-seed.test']],
      'form[action$="/attendees"] button[type=submit]');
    await sees(page, `“${COLLEAGUE}”已报名本场培训，不能重复报名。`);
  });

  await run.step(innovator, '我的报名 the colleague on their list, cancelled there', async page => {
    await go(page, '/training/mine');
    await sees(page, `参训人：${COLLEAGUE}`);
    const action = await page.locator('main li', { hasText: COLLEAGUE }).locator('form').getAttribute('action');
    await submitted(page, `form[action="${action}"] button[type=submit]`);
    await page.waitForURL(/done=cancelled$/);
    await sees(page, '已取消报名', '余位 30 / 30');
    await go(page, '/training/mine');
    await sees(page, `参训人：${COLLEAGUE}`, '已取消');
  });

  await run.step(trainer, '报名名单 the session\'s roll', async page => {
    await go(page, `/training/desk/courses/${course}`);
    await page.locator('main a', { hasText: '报名名单' }).first().click();
    await page.waitForURL(/\/training\/desk\/sessions\/\d+$/);
    await sees(page, '报名名单', TITLE, '已报名（0 人）', '候补（0 人）', '已取消、过期或撤销（2 人）', NAME, COLLEAGUE,
      `${NAME} 代为报名`);
  });

  await run.step(operator, '审计 the module\'s actions in words', async page => {
    await go(page, '/ops/audit?action=training.');
    await sees(page, '新建培训课程', '添加培训场次', '发布培训课程', '培训报名成功', '取消培训报名',
      `培训课程“${TITLE}”`, new RegExp(`“${TITLE}”\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 场`));
    await seesNot(page, 'session:', 'course:', 'enrolment:');
  });

  await innovator.context.close();
}
