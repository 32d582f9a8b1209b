/** Opening sidebars: each is one self-contained HTML file in dist/, told the user's language. */
import { currentLang } from './runtime';

/** The sidebars the build produces (src/ui/<name>/ → dist/<name>.html). */
export type SidebarName = 'about' | 'plan' | 'people' | 'budget' | 'checklist' | 'import';

export function showSidebar(name: SidebarName, title: string): void {
  const template = HtmlService.createTemplateFromFile(name);
  (template as unknown as { locale: string }).locale = currentLang();
  const html = template.evaluate().setTitle(title);
  SpreadsheetApp.getUi().showSidebar(html);
}
