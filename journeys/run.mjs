// The journeys of OneStop's people in a real browser, against a running gateway whose mail a mailbox answers:
//   ONESTOP_URL=http://127.0.0.1:PORT JOURNEYS_MAILBOX=http://127.0.0.1:PORT ONESTOP_FIRST_PASSWORD=… node run.mjs
// (the runtime's AccessibleJourneysIT starts both and runs this). Exit 0 when every journey passed.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Run } from './lib/harness.mjs';
import { publicVisitor } from './journeys/public.mjs';
import { operatorSetsUp, staffJoins, operatorAudits } from './journeys/operator.mjs';
import { stewardImports } from './journeys/steward.mjs';
import { preexamJourneys } from './journeys/preexam.mjs';
import { assistanceJourneys } from './journeys/assistance.mjs';
import { ratingJourneys } from './journeys/ratings.mjs';
import { elderReads, statementReader } from './journeys/senior.mjs';
import { trainingJourneys } from './journeys/training.mjs';
import { ticketingJourneys } from './journeys/ticketing.mjs';
import { cnipaJourneys } from './journeys/cnipa.mjs';
import { counterJourneys } from './journeys/counter.mjs';
import { operatorConsole } from './journeys/console.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const firstPassword = process.env.ONESTOP_FIRST_PASSWORD;
if (!firstPassword) {
  console.error('ONESTOP_FIRST_PASSWORD: the one-time password the gateway printed on its first start');
  process.exit(2);
}

const STAFF = [
  { journey: 'data steward', email: 'steward@onestop.test', name: '数据管理员甲', role: 'data_steward' },
  { journey: 'examiner', email: 'examiner@onestop.test', name: '审查员李', role: 'examiner' },
  { journey: 'supervisor', email: 'supervisor@onestop.test', name: '主管赵', role: 'supervisor' },
  { journey: 'assistance officer', email: 'assistance@onestop.test', name: '援助专员孙', role: 'assistance_officer' },
  { journey: 'trainer', email: 'trainer@onestop.test', name: '讲师吴', role: 'trainer' },
  { journey: 'counter clerk', email: 'clerk@onestop.test', name: '窗口周', role: 'counter_clerk' },
];

// JOURNEYS_SKIP=public,senior leaves those journeys out (while working on another)
const skipped = new Set((process.env.JOURNEYS_SKIP || '').split(',').filter(Boolean));
const run = await new Run().start();
const started = Date.now();
try {
  const operator = await operatorSetsUp(run, firstPassword, STAFF);
  const steward = await staffJoins(run, STAFF[0]);
  await stewardImports(run, steward, path.join(here, 'data', 'patents.csv'));
  if (!skipped.has('public')) await publicVisitor(run);
  if (!skipped.has('senior')) {
    await elderReads(run);
    await statementReader(run);
  }
  const examiner = await staffJoins(run, STAFF[1]);
  const supervisor = await staffJoins(run, STAFF[2]);
  await preexamJourneys(run, examiner, supervisor);
  if (!skipped.has('ratings')) await ratingJourneys(run, STAFF[2]);
  if (!skipped.has('assistance')) await assistanceJourneys(run, await staffJoins(run, STAFF[3]), STAFF[2]);
  if (!skipped.has('training')) await trainingJourneys(run, await staffJoins(run, STAFF[4]), operator);
  if (!skipped.has('ticketing')) await ticketingJourneys(run);
  const clerk = skipped.has('cnipa') && skipped.has('counter') ? null : await staffJoins(run, STAFF[5]);
  if (!skipped.has('cnipa')) await cnipaJourneys(run, clerk);
  if (!skipped.has('counter')) await counterJourneys(run, clerk);
  if (!skipped.has('console')) await operatorConsole(run, operator);
  await operatorAudits(run, operator);
  run.report();
  const s = ms => Math.round(ms / 1000);
  console.log(`journeys: ${run.shots} steps, ${run.pages.length} pages checked in ${s(Date.now() - started)} s`
    + ` (walking ${s(run.spent.walking)} s; checking widths and accessibility ${s(run.spent.checking)} s, of which`
    + ` axe-core ${s(run.spent.axe)} s in ${run.spent.axeRuns} runs; screenshots ${s(run.spent.screenshots)} s);`
    + ` ${run.moderate.length} moderate or minor accessibility findings in ${run.reportFile}`);
} catch (e) {
  console.error('\nJOURNEY FAILED: ' + (e.journeyFailure ? e.message : `${run.current}: ${e.stack}`));
  process.exitCode = 1;
} finally {
  await run.close();
}
