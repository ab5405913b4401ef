// The harness's own test: each check must fail on a page that breaks it (a page wider than the window, an image
// without a text alternative, a field whose focus cannot be seen, a page shown in the wrong language; small text,
// tight lines, a small target or a transition for the elderly-friendly mode), and pass on a page that keeps to the rules. Run before the journeys, so that a check that could no longer fail is noticed.
//   node selftest.mjs   (exit 0 when every check behaved, 1 otherwise)
import http from 'node:http';

const LARGE = '<style>html { font-size: 18px; line-height: 1.5; } h1 { line-height: 1.3; }'
  + ' input, button { min-height: 44px; min-width: 44px; font: inherit; }</style>';
const pages = {
  '/good': '<main><h1>好</h1><form><label for="a">名称</label><input id="a" name="a"><button type="submit">提交</button></form></main>',
  '/wide': '<main><h1>宽</h1><div style="width:2000px">太宽</div></main>',
  '/noalt': '<main><h1>图</h1><img src="/x.png" width="10" height="10"></main>',
  // the elderly-friendly mode's checks: a page in large print, and one each with small text, tight lines, a small
  // target, an animation
  '/large': LARGE + '<main><h1>大字</h1><p>正文<a href="/large">在句中的链接</a>。</p><form><label for="a">名称</label>'
    + '<input id="a" name="a"><button type="submit">提交</button></form></main>',
  '/small-text': LARGE + '<main><h1>小字</h1><p style="font-size:14px">小号正文</p></main>',
  '/tight': LARGE + '<main><h1>行距</h1><p style="line-height:1.1">行距太小的正文</p></main>',
  '/small-target': LARGE + '<main><h1>按钮</h1><p><a href="/large" style="display:inline-block">单独的链接</a></p>'
    + '<button type="button" style="min-height:0;height:30px">小</button></main>',
  '/moving': LARGE + '<main><h1>动画</h1><p style="transition:color .3s">会变色的正文</p></main>',
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
const { checkLargePrint } = await import('./lib/largeprint.mjs');

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
  await expect('a page in large print passes the 长辈版 checks', null, async page => {
    await go(page, '/large');
    await checkLargePrint(page);
  });
  await expect('text under 18 px fails the 长辈版 checks', /text of 14\.0 px/, async page => {
    await go(page, '/small-text');
    await checkLargePrint(page);
  });
  await expect('line spacing under 1.3 fails the 长辈版 checks', /line spacing 1\.10/, async page => {
    await go(page, '/tight');
    await checkLargePrint(page);
  });
  await expect('a target under 44 px fails the 长辈版 checks', /target \d+ × \d+ px .*单独的链接[\s\S]*target \d+ × 30 px/, async page => {
    await go(page, '/small-target');
    await checkLargePrint(page);
  });
  await expect('a transition fails the 长辈版 checks', /transition of 0\.3s/, async page => {
    await go(page, '/moving');
    await checkLargePrint(page);
  });
  await expect('a page that ignores the language asked for fails', /is shown in zh-CN/, page => go(page, '/chinese-only'));
} finally {
  await run.close();
  server.close();
}
console.log(`harness self-test: ${passed} of ${passed + failed} checks behaved`);
process.exitCode = failed ? 1 : 0;
