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
];

const SIDEBAR: [string, string[], string][] = [['getAboutInfo', [], 'Sidebar «О программе»: texts and functions']];

const MENU: [string, string][] = [['showAbout', 'Menu «О программе»: opens the sidebar']];

export const ENTRY_POINTS: EntryPoint[] = [
  { name: 'onOpen', kind: 'trigger', params: ['e'], summary: 'Builds the Кластер menu' },
  { name: 'onInstall', kind: 'trigger', params: ['e'], summary: 'Runs onOpen after installation' },
  ...MENU.map(([name, summary]): EntryPoint => ({ name, kind: 'menu', params: [], summary })),
  ...SIDEBAR.map(([name, params, summary]): EntryPoint => ({ name, kind: 'sidebar', params, summary })),
  ...CUSTOM_FUNCTIONS.map(
    (f): EntryPoint => ({ name: f.name, kind: 'custom', params: f.params.map((p) => p.name), summary: f.summary }),
  ),
];
