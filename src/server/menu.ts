/** The Кластер menu. onOpen may run in AuthMode.NONE, where only the menu may be built: it does nothing else. */
import { showAbout } from './about';
import { texts } from './runtime';

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const t = texts().menu;
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(t.plan, 'showPlanSidebar')
    .addItem(t.buildCalendar, 'menuBuildCalendar')
    .addItem(t.monthAgenda, 'menuMonthAgenda')
    .addSeparator()
    .addItem(t.about, 'showAbout')
    .addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

export { showAbout };
