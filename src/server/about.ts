/** «О программе»: the menu item, and what the sidebar shows. */
import { CUSTOM_FUNCTIONS } from './entry-points';
import { guard, currentLang, texts, type Reply } from './runtime';
import { showSidebar } from './sidebars';

export const VERSION = '0.1.0';

export function showAbout(): void {
  showSidebar('about', texts().about.title);
}

export interface AboutInfo {
  version: string;
  lang: string;
  tagline: string;
  jobs: string[];
  functionsTitle: string;
  functions: { name: string; summary: string; example: string }[];
}

/** Sidebar endpoint: the texts and the list of custom functions for «О программе». */
export function getAboutInfo(): Reply<AboutInfo> {
  return guard(() => {
    const t = texts().about;
    return {
      version: VERSION,
      lang: currentLang(),
      tagline: t.tagline,
      jobs: [...t.jobs],
      functionsTitle: t.functions,
      functions: CUSTOM_FUNCTIONS.map((f) => ({ name: f.name, summary: f.summary, example: f.example })),
    };
  });
}
