/** Where the local tools find the bundle and keep their workbooks. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository: bin/klaster.mjs names it for the CLI bundle in .cache/ (which is not where this file is). */
export const ROOT = process.env.KLASTER_ROOT || join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'dist');
export const CODE_PATH = join(DIST, 'Code.js');
/** The pristine sample workbook, rebuilt from sample/workbook.ts; never edited. */
export const SAMPLE_PATH = join(ROOT, '.playground', 'sample.xlsx');
/** The playground's working copy: the user's edits and the add-on's writes go here. */
export const WORKING_COPY_PATH = join(ROOT, '.playground', 'working.xlsx');
