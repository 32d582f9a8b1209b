/** Opening sidebars: each is one self-contained HTML file in dist/, told the user's language. */
import { currentLang } from './runtime';

/**
 * A sidebar the build produces (src/ui/<name>/ → dist/<name>.html). A plain string, so a job adds its sidebar
 * without editing a list here: the build fails when a `showSidebar('<name>'` names no src/ui/<name>/.
 */
export type SidebarName = string;

export function showSidebar(name: SidebarName, title: string): void {
  const template = HtmlService.createTemplateFromFile(name);
  (template as unknown as { locale: string }).locale = currentLang();
  const html = template.evaluate().setTitle(title);
  SpreadsheetApp.getUi().showSidebar(html);
}
