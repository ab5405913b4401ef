// The harness's own test: each check must fail on a page that breaks it (a page wider than the window, an image
// without a text alternative, a field whose focus cannot be seen, a page shown in the wrong language), and pass on a
// page that keeps to the rules. Run before the journeys, so that a check that could no longer fail is noticed.
//   node selftest.mjs   (exit 0 when every check behaved, 1 otherwise)
import http from 'node:http';

const pages = {
  '/good': '<main><h1>好</h1><form><label for="a">名称</label><input id="a" name="a"><button type="submit">提交</button></form></main>',
  '/wide': '<main><h1>宽</h1><div style="width:2000px">太宽</div></main>',
  '/noalt': '<main><h1>图</h1><img src="/x.png" width="10" height="10"></main>',
  '/nofocus': '<main><h1>焦点</h1><form><label for="a">名称</label><input id="a" name="a" style="outline:none;box-shadow:none">'
    + '<button type="submit">提交</button></form></main>',
};
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const wrongLang = url.pathname === '/chinese-only';
  const lang = wrongLang ? 'zh-CN' : url.searchParams.get('lang') || 'zh-CN';
  const body = pages[url.pathname] || pages['/good'];
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'");
  res.end(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">`
    + `<title>自测</title></head><body>${body}</body></html>`);
});
await new Promise(r => server.listen(0, '127.0.0.1', r));
process.env.ONESTOP_URL = `http://127.0.0.1:${server.address().port}`;
process.env.JOURNEYS_OUT = process.env.JOURNEYS_OUT || 'target/journeys-selftest';
const { Run, go, keyboardForm } = await import('./lib/harness.mjs');

const run = await new Run().start();
let passed = 0;
let failed = 0;
async function expect(title, failure, body) {
  const who = await run.person('selftest');
  let message = null;
  try {
    await run.step(who, title, body);
  } catch (e) {
    message = e.message;
  }
  const ok = failure ? message !== null && failure.test(message) : message === null;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${title}${ok ? '' : ': ' + (message || 'no failure')}`);
  ok ? passed++ : failed++;
  await who.context.close();
}
try {
  await expect('a page that keeps to the rules passes', null, async page => {
    await go(page, '/good');
    await keyboardForm(page, [['#a', '名称']]);
  });
  await expect('a page wider than the window fails', /horizontal scrolling at 1366 px/, page => go(page, '/wide'));
  await expect('an image without a text alternative fails axe', /critical image-alt/, page => go(page, '/noalt'));
  await expect('a focus that cannot be seen fails', /focus cannot be seen/, async page => {
    await go(page, '/nofocus');
    await keyboardForm(page, [['#a', '名称']]);
  });
  await expect('a page that ignores the language asked for fails', /is shown in zh-CN/, page => go(page, '/chinese-only'));
} finally {
  await run.close();
  server.close();
}
console.log(`harness self-test: ${passed} of ${passed + failed} checks behaved`);
process.exitCode = failed ? 1 : 0;
