/** The checklist job's actions on the sample workbook, with their spreadsheet-call budgets (see ../actions.ts). */
import { ok, type Action } from './action';

const round = (s: Parameters<Action['run']>[0], name: string) => ok(s.run('checklistFixRound', { name }));

/** Where the job's actions stand in the table: the jobs' menu order. */
export const ORDER = 40;

export const ACTIONS: Action[] = [
  {
    name: 'Мониторинг: обзор',
    run: (s) => ok(s.run('checklistOverview')),
    max: 23,
    why: "sheet names (11), the template, the roster and no history: three reads, the zone for today; the active sheet and its name (the import's default sheet)",
  },
  {
    name: 'Мониторинг: «Создать шаблон» (уже есть)',
    run: (s) => ok(s.run('checklistCreateTemplate', {})),
    max: 2,
    why: 'getSheetByName; nothing written',
  },
  {
    name: '«Разослать чек-листы» (листы есть, шаблон новый)',
    run: (s) => ok(s.run('checklistDistribute', {})),
    max: 62,
    why: "sheet names, template and roster reads, the 2 tabs read once to merge new criteria (none added), the markers of 4 unclaimed sheets; Лицей № 130's tab made: values, formats, dropdowns, 8 widths, marker, protection in Google's order (add the running user, remove the others, domain edit checked, then the editors); each kept tab's protections asked (a tab left unprotected is protected again)",
  },
  {
    name: '«Разослать чек-листы» (повторно, шаблон тот же)',
    before: (s) => ok(s.run('checklistDistribute', {})),
    run: (s) => ok(s.run('checklistDistribute', {})),
    max: 25,
    why: "sheet names, template and roster reads, the markers of the 4 other sheets (tabs of schools gone from the roster); no tab is read when the template has not changed; each kept tab's protections asked (a tab left unprotected is protected again)",
  },
  {
    name: 'Мониторинг: проверка листов школ',
    run: (s) => ok(s.run('checklistCheck', {})),
    max: 25,
    why: 'sheet names, template, roster, each tab read once (2 calls), markers looked up for the school without a tab',
  },
  {
    name: '«Зафиксировать срез» (первый)',
    run: (s) => round(s, 'Входной, октябрь 2022'),
    max: 37,
    why: 'the live reads (22), the history sheet created, protected with a warning, frozen, one formatted write, a bold header',
  },
  {
    name: '«Зафиксировать срез» (следующий)',
    before: (s) => round(s, 'Входной, октябрь 2022'),
    run: (s) => round(s, 'Итоговый, май 2023'),
    max: 34,
    why: "the live reads and the history read; getLastRow, getMaxRows, one range with formats and values; the history's last row (an empty history gets its header)",
  },
  {
    name: '«Построить сводку» (первая сборка)',
    run: (s) => ok(s.run('checklistBuildSummary', {})),
    max: 65,
    why: 'live reads; the sheet created, marked, sized; 6 number formats, the lights, one chart',
  },
  {
    name: '«Построить сводку» (пересборка)',
    before: (s) => ok(s.run('checklistBuildSummary', {})),
    run: (s) => ok(s.run('checklistBuildSummary', {})),
    max: 60,
    why: 'live reads; found by marker, cleared, one write; 6 number formats, the lights; the old chart removed, a new one inserted',
  },
  {
    name: '«Аналитическая справка» (лист)',
    run: (s) => ok(s.run('checklistBuildNote', {})),
    max: 40,
    why: 'live reads, the indicator sheet if any, one generated sheet',
  },
  {
    name: 'Справка — документ Google',
    run: (s) => ok(s.run('checklistNoteDoc', {})),
    max: 25,
    why: 'live reads; the Doc itself is DocumentApp, not Sheets',
  },
  {
    name: '«Проверить показатели» (создание листа)',
    run: (s) => ok(s.run('checklistIndicators', {})),
    max: 17,
    why: 'a new sheet with the project targets',
  },
  {
    name: '«Проверить показатели»',
    before: (s) => ok(s.run('checklistIndicators', {})),
    run: (s) => ok(s.run('checklistIndicators', {})),
    max: 11,
    why: "one read, one formatted write of the «Результат» column; the result column's values, formulas and formats read first, to put back if the action fails",
  },
  { name: 'Меню «Построить сводку мониторинга»', run: (s) => s.trigger('menuChecklistSummary'), max: 66, why: 'the summary and a toast' },
];
