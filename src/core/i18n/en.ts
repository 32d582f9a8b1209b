import type { Messages } from './ru';

/** English texts of the add-on shell, the same keys as ru.ts. */
export const en: Messages = {
  menu: {
    plan: 'Calendar plan…',
    buildCalendar: 'Build the calendar',
    monthAgenda: 'Month agenda',
    about: 'About',
  },
  about: {
    title: 'About',
    tagline: 'An add-on for coordinators of educational clusters',
    jobs: [
      'Calendar plans: terms as written in Word, checks, a calendar and a month agenda.',
      'Responsibility columns: names against a roster, typos, workload.',
      'Budgets: «Всего» and «Итого» checks, rollups by year and source.',
      'Checklists: school tabs, monitoring rounds, summary and analytical note.',
    ],
    functions: 'Functions for formulas',
  },
  errors: {
    internal: 'Something went wrong. Nothing was changed. Try again; if it happens again, tell your coordinator.',
    badRequest: 'The sidebar sent a malformed request',
    busy: 'Another action is still running. Wait a few seconds and try again.',
    noSheet: (name) => `Sheet “${name}” not found`,
    emptySheet: (name) => `Sheet “${name}” is empty`,
    userSheet: (taken, used) => `Sheet “${taken}” was not made by Кластер and was left as it is: the result is on sheet “${used}”.`,
    tooLarge: (cells, max) => `The range is too large: ${cells} cells (at most ${max})`,
    merged: (ranges) => `The sheet has merged cells (${ranges}). Unmerge them: Format → Merge cells → Unmerge.`,
  },
  plan: {
    sidebarTitle: 'Calendar plan',
    calendarSheet: 'Календарь',
    agendaSheet: 'План на месяц',
    noPlans: 'No calendar plan found: no sheet has the columns «Мероприятие» and «Сроки».',
    calendarBuilt: (rows, months, source) => `Calendar built from “${source}”: ${rows} activities, ${months} months.`,
    agendaBuilt: (title, rows) => `${title}: ${rows} activities.`,
  },
  rub: {
    notNumber: (reason) => `Not a number: ${reason}`,
  },
};
