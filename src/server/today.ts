/** Today's date in the script's time zone (Europe/Moscow, from appsscript.json), as ISO yyyy-mm-dd. */
export function todayIso(): string {
  return Utilities.formatDate(new Date(), Session.getScriptTimeZone(), 'yyyy-MM-dd');
}
