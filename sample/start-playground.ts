/**
 * npm start: builds the sample workbook, opens the playground on its working copy and prints the address
 * (here in sample/, so src/local/playground needs nothing from sample/).
 *   --fresh     start again from the sample (the working copy is replaced)
 *   --port N    listen on port N (default 8765, or the next free one)
 *   --locale en the English interface
 *   --tz ZONE   the spreadsheet's time zone, e.g. Asia/Vladivostok (default Europe/Moscow, the script's)
 */
import { copyFileSync, existsSync } from 'node:fs';
import { buildSample } from './build-sample';
import { createSession, DEFAULT_TIME_ZONE, isTimeZone, WorkbookError } from '../src/local/emulator';
import { CODE_PATH, DIST, SAMPLE_PATH, WORKING_COPY_PATH } from '../src/local/paths';
import { startPlayground } from '../src/local/playground/server';

async function main(argv: string[]): Promise<void> {
  const fresh = argv.includes('--fresh');
  const portArg = argv[argv.indexOf('--port') + 1];
  const port = argv.includes('--port') ? Number(portArg) : Number(process.env.PORT ?? 8765);
  const locale = argv.includes('--locale') && argv[argv.indexOf('--locale') + 1] === 'en' ? 'en' : 'ru';
  const timeZone = argv.includes('--tz') ? (argv[argv.indexOf('--tz') + 1] ?? '') : DEFAULT_TIME_ZONE;
  if (!isTimeZone(timeZone)) throw new WorkbookError(`--tz: имя часового пояса IANA, например Asia/Vladivostok, а не «${timeZone}»`);
  await buildSample(SAMPLE_PATH);
  if (fresh || !existsSync(WORKING_COPY_PATH)) copyFileSync(SAMPLE_PATH, WORKING_COPY_PATH);
  const session = await createSession({
    codeFile: CODE_PATH,
    workbook: WORKING_COPY_PATH,
    htmlDir: DIST,
    locale,
    spreadsheetTimeZone: timeZone,
  });
  const start = (p: number) => startPlayground({ session, workingCopy: WORKING_COPY_PATH, port: p, locale });
  const playground = await start(port).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'EADDRINUSE') return start(0);
    throw err;
  });
  console.log(`Кластер — песочница: ${playground.url}`);
  console.log(`Рабочая копия: ${WORKING_COPY_PATH} (пример: ${SAMPLE_PATH}; начать заново: npm start -- --fresh)`);
}

process.env.TZ = DEFAULT_TIME_ZONE; // the process plays the script's zone (see the emulator README)
main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(
    err instanceof WorkbookError ? err.message : `Песочница не запустилась: ${err instanceof Error ? err.message : String(err)}`,
  );
  process.exit(2);
});
