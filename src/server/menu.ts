/** The Кластер menu, joined from the jobs' menu items. onOpen may run in AuthMode.NONE: it builds the menu and nothing else. */
import { JOBS } from './entry-points';
import { currentLang } from './runtime';

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const lang = currentLang();
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  JOBS.filter((j) => j.menu.length).forEach((job, i) => {
    if (i > 0) menu.addSeparator();
    for (const item of job.menu) menu.addItem(item.label(lang), item.fn);
  });
  menu.addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}
