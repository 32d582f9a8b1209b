/**
 * What the reading pipeline asks the user, in their language: one sentence per guess it made, naming the
 * choice to check in the column form («Столбцы») — never a refusal.
 */
import { columnLetter } from './a1';
import type { Lang } from '../i18n/lang';
import type { TableQuestion } from './read-table';

const TEXTS = {
  ru: {
    noHeader: 'Строка заголовков не найдена: столбцы выбраны по содержимому ячеек. Проверьте их в форме «Столбцы».',
    byContent: (field: string, col: string) =>
      `Столбец «${field}» — ${col}: выбран по содержимому ячеек, в заголовке его название не найдено. Проверьте выбор в форме «Столбцы».`,
    byContentOver: (field: string, col: string, headerCol: string) =>
      `Столбец «${field}» — ${col}, а не ${headerCol}: по заголовку это ${headerCol}, но такие значения стоят в ${col}. Проверьте выбор в форме «Столбцы».`,
  },
  en: {
    noHeader: 'No header row found: the columns were chosen by what their cells hold. Check them in the «Columns» form.',
    byContent: (field: string, col: string) =>
      `Column «${field}» is ${col}: chosen by what its cells hold; no header names it. Check the choice in the «Columns» form.`,
    byContentOver: (field: string, col: string, headerCol: string) =>
      `Column «${field}» is ${col}, not ${headerCol}: the header names ${headerCol}, but such values stand in ${col}. Check the choice in the «Columns» form.`,
  },
};

/** One question as a sentence; `labels` name the job's fields in the user's language. */
export function tableQuestionText<F extends string>(q: TableQuestion<F>, labels: Record<F, string>, lang: Lang = 'ru'): string {
  const t = TEXTS[lang];
  if (q.code === 'no-header') return t.noHeader;
  const field = labels[q.field];
  return q.headerCol === undefined
    ? t.byContent(field, columnLetter(q.col))
    : t.byContentOver(field, columnLetter(q.col), columnLetter(q.headerCol));
}

const FORM = {
  ru: { none: '— нет —', headerRow: 'Строка заголовков', noHeaderRow: '— нет строки заголовков —' },
  en: { none: '— none —', headerRow: 'Header row', noHeaderRow: '— no header row —' },
};

/** The column form's own words (every job's sidebar shows the same form). */
export function columnFormTexts(lang: Lang = 'ru'): { none: string; headerRow: string; noHeaderRow: string } {
  return FORM[lang];
}
