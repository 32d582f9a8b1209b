/** A playground over the sample workbook with its working copy in a temp folder. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPlayground, type Playground } from '../../src/local/playground/server';
import { sampleWorkbook } from '../../sample/workbook';
import { sessionOver } from './bundle';

export async function samplePlayground(): Promise<Playground & { workingCopy: string }> {
  const workingCopy = join(mkdtempSync(join(tmpdir(), 'klaster-playground-')), 'working.xlsx');
  const session = await sessionOver(sampleWorkbook());
  const playground = await startPlayground({ session, workingCopy, port: 0 });
  return { ...playground, workingCopy };
}
