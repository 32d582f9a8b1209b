/** «О программе»: the menu item, and what the sidebar shows — the jobs that are built and their functions. */
import { CUSTOM_FUNCTIONS, JOBS } from '../entry-points';
import { guard, currentLang, texts, type Reply } from '../runtime';
import { showSidebar } from '../sidebars';

/** package.json's version: src/local/build.ts puts it in (esbuild `define`), so there is one number to change. */
declare const KLASTER_VERSION: string;

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

/** Sidebar endpoint: the texts and the list of custom functions for «О программе», in the user's language. */
export function getAboutInfo(): Reply<AboutInfo> {
  return guard(() => {
    const lang = currentLang();
    const t = texts().about;
    return {
      version: KLASTER_VERSION,
      lang,
      tagline: t.tagline,
      jobs: JOBS.flatMap((j) => (j.about ? [j.about(lang)] : [])),
      functionsTitle: t.functions,
      functions: CUSTOM_FUNCTIONS.map((f) => ({ name: f.name, summary: lang === 'en' ? f.summaryEn : f.summary, example: f.example })),
    };
  });
}
