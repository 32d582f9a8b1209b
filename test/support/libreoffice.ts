/**
 * LibreOffice Calc (Debian's libreoffice-calc, headless) as a second spreadsheet program that checks our files:
 * it opens each workbook, recalculates every formula and saves it again as .xlsx.
 *
 * Recalculation on load is forced through the profile: LibreOffice's own setting «Recalculation on File Load →
 * Excel 2007 and newer: Always recalculate» (`/org.openoffice.Office.Calc/Formula/Load/OOXMLRecalcMode` = 0;
 * its default is «Never», which keeps the results cached in the file). The profile lives in a temporary folder
 * (`-env:UserInstallation`), and so does HOME, which soffice needs writable. One soffice start converts every
 * file given: it is slow to start (seconds), so a test converts everything it needs at once.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

export const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';

/** True when LibreOffice is installed; in CI its absence is a failure, not a skip (.ci/run installs it). */
export function libreOfficeAvailable(): boolean {
  if (existsSync(SOFFICE)) return true;
  if (process.env.CI) throw new Error(`LibreOffice not found at ${SOFFICE}: .ci/run installs libreoffice-calc`);
  console.warn(`LibreOffice checks skipped: ${SOFFICE} not found (apt-get install -y --no-install-recommends libreoffice-calc)`);
  return false;
}

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Opens each .xlsx in LibreOffice, recalculates and saves it as .xlsx into a new folder; returns the new paths
 * in the order given (file names must differ).
 */
export async function recalculateInLibreOffice(files: string[]): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'klaster-libreoffice-'));
  const home = join(root, 'home');
  const profile = join(root, 'profile');
  const out = join(root, 'out');
  for (const dir of [home, join(profile, 'user'), out]) mkdirSync(dir, { recursive: true });
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  await promisify(execFile)(
    SOFFICE,
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--convert-to',
      'xlsx',
      '--outdir',
      out,
      ...files,
    ],
    { env: { ...process.env, HOME: home }, timeout: 240_000 },
  );
  return files.map((f) => {
    const converted = join(out, basename(f));
    if (!existsSync(converted)) throw new Error(`LibreOffice did not convert ${f}`);
    return converted;
  });
}
