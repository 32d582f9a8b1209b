/** Where the local tools find the bundle and keep their workbooks. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'dist');
export const CODE_PATH = join(DIST, 'Code.js');
/** The pristine sample workbook, rebuilt from sample/workbook.ts; never edited. */
export const SAMPLE_PATH = join(ROOT, '.playground', 'sample.xlsx');
/** The playground's working copy: the user's edits and the add-on's writes go here. */
export const WORKING_COPY_PATH = join(ROOT, '.playground', 'working.xlsx');
