/** The budget job's entry points. */
import type { JobEntries } from '../job';
import { RUB_DOC } from './rub';

export const BUDGET_ENTRIES: JobEntries = {
  about: (lang) => (lang === 'en' ? 'Budgets: the RUB function reads Russian money text as numbers.' : 'Бюджет: функция RUB читает денежный текст как число.'),
  menu: [],
  sidebar: [],
  custom: [RUB_DOC],
};
