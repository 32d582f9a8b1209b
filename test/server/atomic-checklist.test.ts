/** Every action of the checklist job that writes is all-or-nothing (see atomic-plan.test.ts). */
import { describe, expect, it } from 'vitest';

import { ACTIONS as CHECKLIST_ACTIONS } from '../../bench/support/actions/checklist';
import { HISTORY_HEADER, HISTORY_SHEET } from '../../src/core/checklist/rounds';
import { sampleWorkbook } from '../../sample/workbook';
import { ok, sessionOver, sheetValues } from '../support/bundle';
import type { Session } from '../../src/local/emulator';
import { corpusPresent, corpusWorkbookSpec, readCorpus } from '../../src/local/corpus/read-corpus';
import { sweepAction, summary } from './atomic-sweep';

describe('the checklist job: a failure at any write leaves the workbook as before or says what stays', () => {
  const writing = CHECKLIST_ACTIONS.filter((a) => !/обзор|уже есть|повторно|проверка листов|документ Google/.test(a.name));
  it.each(writing.map((a) => [a.name, a] as const))('%s', async (name, action) => {
    const { sweep, verdicts, problems } = await sweepAction(action);
    expect(sweep.writes.length).toBeGreaterThan(0);
    console.log(summary(name, verdicts));
    expect(problems).toEqual([]);
  });
  it.each(['«Разослать чек-листы» (листы есть, шаблон новый)', '«Зафиксировать срез» (первый)'])(
    '%s — the undo fails too: the message says what stays',
    async (name) => {
      const { verdicts, problems } = await sweepAction(
        CHECKLIST_ACTIONS.find((a) => a.name === name)!,
        { persist: true },
      );
      console.log(summary(`${name} (persist)`, verdicts));
      expect(problems).toEqual([]);
    },
  );
});

describe('a re-run repairs what an interrupted run left', () => {
  const open = () => sessionOver(sampleWorkbook());

  it('a school tab left unprotected gets its protection on the next «Разослать»', async () => {
    const s = await open();
    const made = ok<{ created: string[] }>(s.run('checklistDistribute', {}));
    const ss = s.globals.SpreadsheetApp.getActive();
    const tabs = ss
      .getSheets()
      .filter((sh) => sh.getProtections(s.globals.SpreadsheetApp.ProtectionType.SHEET).length > 0 && sh.getDeveloperMetadata().length > 0);
    expect(tabs.length).toBeGreaterThan(0);
    const tab = tabs.find((t) => made.created.includes(t.getName())) ?? tabs[0]!;
    // an earlier run stopped between making the tab and protecting it
    tab.getProtections(s.globals.SpreadsheetApp.ProtectionType.SHEET)[0]!.remove();
    ok(s.run('checklistDistribute', {}));
    const p = tab.getProtections(s.globals.SpreadsheetApp.ProtectionType.SHEET);
    expect(p).toHaveLength(1);
    expect(p[0]!.getUnprotectedRanges().length).toBeGreaterThan(0);
  });

  it('a history sheet left empty gets its header, and the round is written below it', async () => {
    const s = await open();
    s.globals.SpreadsheetApp.getActive().insertSheet(HISTORY_SHEET);
    ok(s.run('checklistFixRound', { name: 'Входной, октябрь 2022' }));
    const rows = sheetValues(s, HISTORY_SHEET);
    expect(rows[0]!.slice(0, HISTORY_HEADER.length)).toEqual([...HISTORY_HEADER]);
    expect(rows[1]![0]).toBe('Входной, октябрь 2022');
    expect(rows.slice(1).every((r) => r[0] === 'Входной, октябрь 2022')).toBe(true);
  });
});

describe.skipIf(!corpusPresent())('«Импорт из Word» over an existing template (corpus)', () => {
  it('the old template renamed, the new one made: each write failing in turn leaves the old template in place', async () => {
    const spec = corpusWorkbookSpec(readCorpus().find((d) => d.name === 'prokhladny-smotr-gotovnosti-dou-2018-max10')!);
    const open = async () => {
      const s = await sessionOver(spec);
      ok(s.run('checklistCreateTemplate', {}));
      return s;
    };
    const action = {
      name: '«Импорт из Word» (замена шаблона)',
      run: (s: Session) => s.run('checklistImport', { sheet: 'Документ', replace: true }),
      max: 0,
      why: '',
    };
    const { sweep, verdicts, problems } = await sweepAction(action, { open });
    expect(sweep.writes[0]).toBe('Sheet.setName');
    console.log(summary(action.name, verdicts));
    expect(problems).toEqual([]);
    expect(verdicts.every((v) => v.unchanged)).toBe(true);
  });
});

describe('«Разослать» after the template gained a criterion: appended to every tab, all or nothing', () => {
  it('each write failing in turn: the tabs as before, or the message names each tab that stays changed', async () => {
    const action = {
      name: '«Разослать чек-листы» (новый критерий в шаблоне)',
      before: (s: Session) => {
        ok(s.run('checklistDistribute', {}));
        const template = s.globals.SpreadsheetApp.getActive().getSheetByName('Чек-лист (шаблон)')!;
        template.getRange(25, 1, 1, 4).setValues([['Партнёры', '23', 'Новый критерий: партнёры участвуют в мониторинге', '1']]);
      },
      run: (s: Session) => s.run('checklistDistribute', {}),
      max: 0,
      why: '',
    };
    const { sweep, verdicts, problems } = await sweepAction(action);
    expect(ok<{ merged: number }>(sweep.clean.result).merged).toBeGreaterThan(0);
    expect(sweep.writes).toContain('Range.setDataValidations');
    console.log(summary(action.name, verdicts));
    expect(problems).toEqual([]);
  });
});
