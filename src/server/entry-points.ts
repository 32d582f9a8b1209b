/**
 * Every Apps Script entry point of Code.js, in one list: the build turns each into a top-level
 * `function` stub (with JSDoc; `@customfunction` for custom functions) that calls the bundle.
 * The build fails if this list and the exports of src/server/index.ts differ.
 */

export type EntryKind = 'trigger' | 'menu' | 'sidebar' | 'custom';

export interface ParamDoc {
  name: string;
  /** JSDoc type as Sheets shows it, e.g. `number|string|Array<Array<string>>`. */
  type: string;
  description: string;
  optional?: boolean;
}

export interface CustomFunctionDoc {
  name: string;
  summary: string;
  params: ParamDoc[];
  returns: string;
  example: string;
}

export interface EntryPoint {
  name: string;
  kind: EntryKind;
  params: string[];
  summary: string;
}

/** Custom functions, with the Russian descriptions Sheets' autocomplete shows. */
export const CUSTOM_FUNCTIONS: CustomFunctionDoc[] = [
  {
    name: 'RUB',
    summary: 'Превращает денежный текст («30 000», «1 234,50», «20 000 руб.», «—») в число. Диапазон — целиком, одним вызовом.',
    params: [
      {
        name: 'value',
        type: 'number|string|Array<Array<string>>',
        description: 'Ячейка или диапазон с суммами, например B2:B200',
      },
    ],
    returns: 'Число или столбец чисел; для нечисловой ячейки — пояснение',
    example: '=RUB(C2:C40)',
  },
  {
    name: 'PLAN_DATES',
    summary: 'Разбирает «Сроки» календарного плана: для каждой ячейки строка [Начало, Окончание, Тип]. Год, которого нет в тексте, берётся из контекста.',
    params: [
      {
        name: 'terms',
        type: 'string|Array<Array<string>>',
        description: 'Столбец «Сроки», например D2:D120 («До 26.09.2022», «Сентябрь 2014 – май 2015», «1 раз в четверть»)',
      },
      {
        name: 'context',
        type: 'string|Array<Array<string>>',
        description: 'Необязательно: сроки этапа или плана («01.09.2023 – 31.05.2024», две ячейки с датами) или столбец такой же высоты — по строке на срок',
        optional: true,
      },
    ],
    returns: 'Три столбца: начало и окончание (даты) и тип срока',
    example: '=PLAN_DATES(D2:D120; "2023-2024 учебный год")',
  },
];

const SIDEBAR: [string, string[], string][] = [
  ['getAboutInfo', [], 'Sidebar «О программе»: texts and functions'],
  ['planOverview', [], 'Sidebar «Календарный план»: sheets and the default month'],
  ['planMapping', ['payload'], 'Sidebar «Календарный план»: detected or saved columns of a plan sheet'],
  ['planSaveMapping', ['payload'], 'Sidebar «Календарный план»: remembers the column choice for a sheet'],
  ['planCheck', ['payload'], 'Sidebar «Календарный план»: findings of one plan sheet or of all'],
  ['planBuildCalendar', ['payload'], 'Sidebar «Календарный план»: builds the «Календарь» sheet'],
  ['planMonthAgenda', ['payload'], 'Sidebar «Календарный план»: builds the «План на месяц» sheet'],
  ['planAddDateColumns', ['payload'], 'Sidebar «Календарный план»: adds «Начало» and «Окончание» beside «Сроки»'],
  ['planCreate', ['payload'], 'Sidebar «Календарный план»: makes a new plan sheet'],
  ['selectCell', ['payload'], 'Sidebars: selects a cell on a sheet'],
];

const MENU: [string, string][] = [
  ['showPlanSidebar', 'Menu «Календарный план…»: opens the sidebar'],
  ['menuBuildCalendar', 'Menu «Построить календарь» for the active sheet'],
  ['menuMonthAgenda', 'Menu «План на месяц» (next month) for the active sheet'],
  ['showAbout', 'Menu «О программе»: opens the sidebar'],
];

export const ENTRY_POINTS: EntryPoint[] = [
  { name: 'onOpen', kind: 'trigger', params: ['e'], summary: 'Builds the Кластер menu' },
  { name: 'onInstall', kind: 'trigger', params: ['e'], summary: 'Runs onOpen after installation' },
  ...MENU.map(([name, summary]): EntryPoint => ({ name, kind: 'menu', params: [], summary })),
  ...SIDEBAR.map(([name, params, summary]): EntryPoint => ({ name, kind: 'sidebar', params, summary })),
  ...CUSTOM_FUNCTIONS.map(
    (f): EntryPoint => ({ name: f.name, kind: 'custom', params: f.params.map((p) => p.name), summary: f.summary }),
  ),
];
