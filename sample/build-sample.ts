/** npm run sample: writes the sample workbook (.playground/sample.xlsx) from sample/workbook.ts. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { workbookFromSpec, writeXlsx } from '../src/local/xlsx';
import { SAMPLE_PATH } from '../src/local/paths';
import { sampleWorkbook } from './workbook';

export async function buildSample(path = SAMPLE_PATH): Promise<string> {
  mkdirSync(dirname(path), { recursive: true });
  await writeXlsx(workbookFromSpec(sampleWorkbook()), path);
  return path;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`sample: ${await buildSample()}`);
}
