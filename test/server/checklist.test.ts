/** The checklist-monitoring actions end to end: dist/Code.js in the emulator, two rounds over three schools. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession, protectionAllows, type Session, type WorkbookSpec } from '../../src/local/emulator';
import { readXlsx } from '../../src/local/xlsx';
import {
  HISTORY_SHEET,
  NOTE_SHEET,
  sampleTemplate,
  SUMMARY_SHEET,
  TAB_MARKER_KEY,
  templateSheet,
  TEMPLATE_SHEET,
} from '../../src/core/checklist';
import { ROSTER_HEADER, ROSTER_SHEET } from '../../src/core/people/roster';
import { DIST } from '../../src/local/paths';
import { bundleCode, error, ok, sessionOver } from '../support/bundle';

const A = 'МАОУ «СОШ № 117»';
const B = 'МБОУ «СОШ № 27»';
const C = 'МАОУ «Лицей № 130»';

/** Template (22 criteria, weights 2 on three of them: max 25), a roster of three schools, no tabs yet. */
function book(): WorkbookSpec {
  return {
    sheets: [
      { name: TEMPLATE_SHEET, rows: templateSheet(sampleTemplate()).values },
      {
        name: ROSTER_SHEET,
        rows: [
          [...ROSTER_HEADER],
          [A, 'СОШ № 117', 'Школа', '', '', 'soch117@example.ru', ''],
          [B, 'СОШ № 27', 'Школа', '', '', '', ''],
          [C, 'Лицей № 130', 'Школа', '', '', '', ''],
          ['Рухлова Татьяна Васильевна', '', 'Человек', 'Заместитель директора', 'СОШ № 27', 'ruhlova@example.ru', ''],
        ],
      },
    ],
  };
}

const FIRST = 4; // 1-based row of the first criterion on a school tab (title, hint, header above)

function answer(s: Session, tab: string, answers: string[]): void {
  const sheet = s.workbook.sheet(tab)!;
  answers.forEach((a, i) => (sheet.cellForWrite(FIRST + i, 6).value = a));
}
const all = (a: string) => new Array<string>(22).fill(a);

function values(s: Session, name: string): unknown[][] {
  const sheet = s.workbook.sheet(name)!;
  return Array.from({ length: sheet.lastRow() }, (_, r) =>
    Array.from({ length: sheet.lastColumn() }, (_, c) => sheet.cell(r + 1, c + 1)?.value ?? ''),
  );
}

async function distributed(): Promise<Session> {
  const s = await sessionOver(book());
  ok(s.run('checklistDistribute', {}));
  return s;
}

describe('«Разослать чек-листы»', () => {
  it('makes one protected tab per school with dropdowns, marked with the school', async () => {
    const s = await sessionOver(book());
    const d = ok(s.run('checklistDistribute', {}));
    expect(d.created).toEqual(['СОШ № 117', 'СОШ № 27', 'Лицей № 130']);
    expect(d.remaining).toBe(0);
    expect(d.message).toBe('Листов школ создано: 3; уже были: 0.');
    const tab = s.workbook.sheet('СОШ № 27')!;
    expect(tab.metadata.find((m) => m.key === TAB_MARKER_KEY)?.value).toBe(B);
    expect(values(s, 'СОШ № 27')[2]).toEqual(['Раздел', '№', 'Критерий', 'Вес', 'Шкала', 'Ответ', 'Подтверждение', 'Комментарий']);
    const whole = tab.protections.find((p) => p.range === undefined)!;
    expect(whole.unprotectedRanges).toEqual(['F4:H25']);
    expect(whole.editors).toEqual(['coordinator@example.com']);
    // the roster names who fills in СОШ № 27: only they and the coordinator may edit its answers
    const answers = tab.protections.find((p) => p.range !== undefined)!;
    expect(answers.range).toBe('F4:H25');
    expect(answers.editors).toEqual(['coordinator@example.com', 'ruhlova@example.ru']);
    expect(s.workbook.sheet('Лицей № 130')!.protections.filter((p) => p.range !== undefined)).toHaveLength(0);
    expect(tab.cell(FIRST, 6)?.validation).toMatchObject({
      kind: 'list',
      values: ['Да', 'Частично', 'Нет', 'Не применимо'],
      allowInvalid: true,
    });
  });

  it('in batches: the sidebar calls again while schools remain', async () => {
    const s = await sessionOver(book());
    const first = ok(s.run('checklistDistribute', { batch: 2 }));
    expect(first).toMatchObject({ created: ['СОШ № 117', 'СОШ № 27'], remaining: 1, total: 3, message: 'Создано листов: 2 из 3…' });
    const second = ok(s.run('checklistDistribute', { batch: 2, previous: 2 }));
    expect(second).toMatchObject({ created: ['Лицей № 130'], remaining: 0, message: 'Листов школ создано: 3; уже были: 0.' });
  });

  it('again: answers untouched, new template criteria appended in place, a renamed tab still found', async () => {
    const s = await distributed();
    answer(s, 'СОШ № 117', ['Да', 'Нет']);
    s.workbook.sheet('СОШ № 27')!.name = 'Школа 27 (ответы)';
    const template = s.workbook.sheet(TEMPLATE_SHEET)!;
    const last = 2 + 22 + 1; // hint, header, 22 criteria → row 24; a new criterion in row 25 (before the level rows)
    const levelRows = values(s, TEMPLATE_SHEET).slice(last - 1);
    ['Методическая работа', '3', 'Педагоги прошли курсы повышения квалификации по профилю класса', '1', '', '', '', ''].forEach(
      (v, c) => (template.cellForWrite(last, c + 1).value = v),
    );
    levelRows.forEach((row, i) => row.forEach((v, c) => (template.cellForWrite(last + 1 + i, c + 1).value = v as string)));
    const d = ok(s.run('checklistDistribute', {}));
    expect(d.created).toEqual([]);
    expect(d.merged).toBe(3);
    expect(d.findings.map((f: any) => f.message)).toContain(
      'Лист «Школа 27 (ответы)» переименован, но узнан как лист школы «МБОУ «СОШ № 27»».',
    );
    const v = values(s, 'СОШ № 117');
    expect(v[FIRST - 1]![5]).toBe('Да');
    expect(v[FIRST]![5]).toBe('Нет');
    expect(v[FIRST - 1 + 22]!.slice(0, 3)).toEqual([
      'Методическая работа',
      '3',
      'Педагоги прошли курсы повышения квалификации по профилю класса',
    ]);
    expect(s.workbook.sheet('СОШ № 117')!.protections.find((p) => p.range === undefined)!.unprotectedRanges).toEqual(['F4:H26']);
    expect(s.workbook.sheet('Школа 27 (ответы)')).toBeDefined();
    // a third run with the same template reads no tab
    s.calls.reset();
    ok(s.run('checklistDistribute', {}));
    expect(s.calls.get('Range.setValues')).toBe(0);
  });

  it('without a template or a roster: a clear message; the roster is created', async () => {
    const none = await sessionOver({ sheets: [{ name: 'Лист1', rows: [] }] });
    expect(error(none.run('checklistDistribute', {}))).toMatch(/Нет листа «Чек-лист \(шаблон\)»/);
    const noRoster = await sessionOver({ sheets: [book().sheets[0]!] });
    expect(error(noRoster.run('checklistDistribute', {}))).toMatch(/Создан лист «Участники»/);
    expect(values(noRoster, ROSTER_SHEET)[0]).toEqual([...ROSTER_HEADER]);
    expect(error(noRoster.run('checklistDistribute', {}))).toMatch(/нет ни одной школы/);
  });
});

describe('rounds, summary and dynamics: two rounds, the scores written out', () => {
  // Round 1: СОШ № 117 answers «Да» everywhere → 25/25 = 100%; СОШ № 27 «Да» on the four partner criteria
  // (weight 1), «Нет» elsewhere → 4/25 = 16%; Лицей № 130 has not started. Cluster: (100 + 16) / 2 = 58%.
  // Round 2: СОШ № 117 «Нет» on criterion 1 → 24/25 = 96% (−4 п. п.); СОШ № 27 «Частично» everywhere →
  // 12,5/25 = 50% (+34 п. п.). Cluster: 73%.
  async function twoRounds(): Promise<Session> {
    const s = await distributed();
    answer(s, 'СОШ № 117', all('Да'));
    answer(s, 'СОШ № 27', [...all('Да').slice(0, 4), ...all('Нет').slice(4)]);
    expect(ok(s.run('checklistFixRound', { name: 'Входной, октябрь 2022' })).message).toBe(
      'Срез «Входной, октябрь 2022» зафиксирован: 3 школы, заполнили 2.',
    );
    answer(s, 'СОШ № 117', ['Нет']);
    answer(s, 'СОШ № 27', all('Частично'));
    ok(s.run('checklistFixRound', { name: 'Итоговый, май 2023' }));
    return s;
  }

  it('the history is appended to: header, 3 schools × 22 criteria per round, dated', async () => {
    const s = await twoRounds();
    const h = values(s, HISTORY_SHEET);
    expect(h).toHaveLength(1 + 2 * 66);
    expect(h[1]!.slice(0, 3)).toEqual(['Входной, октябрь 2022', expect.any(Date), A]);
    expect((h[1]![1] as Date).getDate()).toBe(15);
    expect(h[67]![0]).toBe('Итоговый, май 2023');
    expect(s.workbook.sheet(HISTORY_SHEET)!.protections[0]).toMatchObject({ warningOnly: true });
    expect(error(s.run('checklistFixRound', { name: 'итоговый, май 2023' }))).toBe(
      'Срез «итоговый, май 2023» уже зафиксирован. Выберите другое название.',
    );
  });

  it('an empty round is refused and nothing is written', async () => {
    const s = await distributed();
    expect(error(s.run('checklistFixRound', { name: 'Входной' }))).toBe(
      'Ни одна школа ещё не заполнила чек-лист — срез пуст и не зафиксирован.',
    );
    expect(s.workbook.sheet(HISTORY_SHEET)).toBeUndefined();
    expect(error(s.run('checklistFixRound', { name: '  ' }))).toMatch(/Укажите название среза/);
  });

  it('the summary: scores, changes, lights, dynamics and two charts; rebuilt in place', async () => {
    const s = await twoRounds();
    const built = ok(s.run('checklistBuildSummary', {}));
    expect(built.message).toBe('Сводка построена: 3 школы, средний балл 73%.');
    const v = values(s, SUMMARY_SHEET);
    const row = (name: string) => v.find((r) => r[0] === name)!;
    expect(row(A)[1]).toBeCloseTo(0.96);
    expect(row(A).slice(2, 4)).toEqual([24, 25]); // the first criterion (weight 1) now «Нет»: 24 of 25 points
    expect(row(A)[7]).toBeCloseTo(-0.04);
    expect(row(A)[8]).toBe('зелёный');
    expect(row(B)[1]).toBeCloseTo(0.5);
    expect(row(B)[7]).toBeCloseTo(0.34);
    expect(row(B)[8]).toBe('жёлтый');
    expect(row(C).slice(8, 10)).toEqual(['не начато', 'не приступила']);
    expect(row('Входной, октябрь 2022')[1]).toBeCloseTo(0.58);
    expect(row('Итоговый, май 2023')[1]).toBeCloseTo(0.73);
    const summary = s.workbook.sheet(SUMMARY_SHEET)!;
    expect(summary.charts.map((c) => [c.type, c.options.title])).toEqual([
      ['bar', 'Балл по школам'],
      ['line', 'Балл кластера по срезам'],
    ]);
    ok(s.run('checklistBuildSummary', {}));
    expect(s.workbook.sheets.filter((x) => x.name.startsWith(SUMMARY_SHEET))).toHaveLength(1);
    expect(s.workbook.sheet(SUMMARY_SHEET)!.charts).toHaveLength(2);
    // the first round on its own: no change, one point of dynamics
    ok(s.run('checklistBuildSummary', { round: 'Входной, октябрь 2022' }));
    const first = values(s, SUMMARY_SHEET);
    expect(first.find((r) => r[0] === A)![1]).toBe(1);
    expect(first.find((r) => r[0] === B)![1]).toBeCloseTo(0.16);
    expect(error(s.run('checklistBuildSummary', { round: 'Нет такого' }))).toBe('Среза «Нет такого» нет в истории.');
  });

  it('the note as a sheet, and as a Google Doc only with the documents scope', async () => {
    const s = await twoRounds();
    ok(s.run('checklistBuildNote', {}));
    const text = values(s, NOTE_SHEET)
      .map((r) => r[0])
      .join('\n');
    expect(text).toContain('Участников — 3 школы.');
    expect(text).toContain('Чек-лист заполнили полностью 2 из 3, не приступили — 1.');
    expect(text).toContain('По сравнению со срезом «Входной, октябрь 2022» средний балл вырос на 15 процентных пунктов (58% → 73%).');
    expect(text).toContain('Не приступили к заполнению: МАОУ «Лицей № 130».');

    const granted = ok(s.run('checklistNoteDoc', {}));
    expect(granted.url).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
    const doc = s.documents[0]!;
    expect(doc.blocks[0]).toMatchObject({ type: 'paragraph', heading: 'TITLE' });
    expect(doc.blocks.some((b) => b.type === 'table')).toBe(true);

    const code = await bundleCode();
    const without = await createSession({
      code,
      workbook: s.workbook,
      htmlDir: DIST,
      grantedScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'],
    });
    const asked = ok(without.run('checklistNoteDoc', {}));
    expect(asked.authorize).toMatch(/^https:\/\//);
    expect(asked.message).toMatch(/разрешите надстройке доступ к документам/);
    expect(without.documents).toHaveLength(0);
  });
});

describe('«Разослать чек-листы»: protections that protect in Google', () => {
  // The file as a school cluster shares it: owned by the director, shared with a teacher, with the schools' group
  // and with the whole Workspace domain; the coordinator edits through the group only.
  const OWNER = 'director@example.com';
  const COORD = 'coordinator@example.com';
  const sharing = {
    owner: OWNER,
    editors: ['teacher@example.com', 'cluster@example.com', 'ruhlova@example.ru'],
    groups: { 'cluster@example.com': [COORD, 'member@example.com'] },
    domainEdit: true,
  };
  const tabOf = (s: Session, name: string) => {
    const tab = s.workbook.sheet(name)!;
    return { whole: tab.protections.find((p) => p.range === undefined)!, answers: tab.protections.find((p) => p.range !== undefined) };
  };

  it("in Google's order: the coordinator added first (edit right through a group kept), the others removed, domain edit off", async () => {
    const s = await sessionOver(book(), { userEmail: COORD, sharing });
    ok(s.run('checklistDistribute', {}));
    const { whole, answers } = tabOf(s, 'СОШ № 27');
    expect(whole.mirrorsSharing).toBeFalsy(); // a protection still mirroring the sharing protects nothing
    expect(whole.domainEdit).toBe(false);
    const may = (entry: typeof whole, who: string) => protectionAllows(entry, s.sharing, who);
    expect(
      ['director@example.com', COORD, 'teacher@example.com', 'member@example.com', 'colleague@example.com'].map((who) => may(whole, who)),
    ).toEqual([true, true, false, false, false]);
    // the answers: only the school's own people and the coordinator
    expect(['ruhlova@example.ru', COORD, 'teacher@example.com', 'colleague@example.com'].map((who) => may(answers!, who))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it("without the coordinator's e-mail (userinfo.email not granted) the tabs are protected all the same", async () => {
    const scopes = ['spreadsheets.currentonly', 'script.container.ui', 'documents'].map((x) => `https://www.googleapis.com/auth/${x}`);
    const s = await sessionOver(book(), {
      userEmail: COORD,
      sharing: { ...sharing, editors: [COORD, ...sharing.editors] },
      grantedScopes: scopes,
    });
    ok(s.run('checklistDistribute', {}));
    const { whole } = tabOf(s, 'СОШ № 117');
    expect(whole.editors).toEqual([COORD]); // the running user, kept by Sheets
    expect(whole.domainEdit).toBe(false);
    expect(
      ['teacher@example.com', 'member@example.com', 'colleague@example.com'].map((who) => protectionAllows(whole, s.sharing, who)),
    ).toEqual([false, false, false]);
  });

  it('access through a group and the e-mail unknown: a clear message, no unprotected tab left behind', async () => {
    const scopes = ['spreadsheets.currentonly', 'script.container.ui'].map((x) => `https://www.googleapis.com/auth/${x}`);
    const s = await sessionOver(book(), { userEmail: COORD, sharing, grantedScopes: scopes });
    expect(error(s.run('checklistDistribute', {}))).toBe(
      'Лист «СОШ № 117» не удалось защитить: Google не дал надстройке сменить тех, кто может его изменять. Так бывает, когда доступ к таблице у вас есть только через группу Google. Попросите владельца таблицы открыть доступ «Редактор» лично вам, на ваш адрес (Настройки доступа), и нажмите «Разослать чек-листы» ещё раз.',
    );
    expect(s.workbook.sheets.map((x) => x.name)).toEqual([TEMPLATE_SHEET, ROSTER_SHEET]);
    const en = await sessionOver(book(), { userEmail: COORD, sharing, grantedScopes: scopes, locale: 'en' });
    expect(error(en.run('checklistDistribute', {}))).toMatch(
      /^The sheet “СОШ № 117” could not be protected: .* Google Group\. Ask the spreadsheet's owner/,
    );
  });
});

describe('bad input on the school tabs', () => {
  it('hand-written answers read or flagged, an edited criterion reported, a deleted tab listed', async () => {
    const s = await distributed();
    answer(s, 'СОШ № 117', ['да', '+', '?', 'Да']);
    s.workbook.sheet('СОШ № 27')!.cellForWrite(FIRST + 1, 3).value = 'Совсем другой критерий про столовую';
    answer(s, 'СОШ № 27', ['Да', 'Да']);
    s.workbook.sheets.splice(
      s.workbook.sheets.findIndex((x) => x.name === 'Лицей № 130'),
      1,
    );
    const checked = ok<any[]>(s.run('checklistCheck', {}));
    const codes = (sheet: string) => checked.find((c) => c.sheet === sheet)!.findings.map((f: any) => `${f.cell} ${f.code}`);
    expect(codes('СОШ № 117')).toEqual(['F5 answer-read', 'F6 answer-flagged']); // «да» is the dropdown's word; «+» is read, «?» flagged
    expect(codes('СОШ № 27')).toContain('C5 criterion-changed');
    expect(checked.find((c) => c.sheet === ROSTER_SHEET)!.findings[0].message).toBe(
      'У школы «МАОУ «Лицей № 130»» нет листа (удалён или ещё не создан): нажмите «Разослать чек-листы».',
    );
    ok(s.run('checklistBuildSummary', {}));
    expect(values(s, SUMMARY_SHEET).find((r) => r[0] === C)![9]).toBe('нет листа');
  });
});

describe('a school gone from the roster', () => {
  it('its tab is left as it is and reported on its own sheet', async () => {
    const s = await distributed();
    const roster = s.workbook.sheet(ROSTER_SHEET)!;
    for (let c = 1; c <= 7; c++) roster.cellForWrite(4, c).value = ''; // Лицей № 130's row
    const checked = ok<any[]>(s.run('checklistCheck', {}));
    expect(checked.find((c) => c.sheet === 'Лицей № 130')!.findings.map((f: any) => f.message)).toEqual([
      'Лист «Лицей № 130» — школы «МАОУ «Лицей № 130»», которой нет на листе «Участники». Лист оставлен как есть.',
    ]);
    const d = ok(s.run('checklistDistribute', {}));
    expect(d.findings).toEqual([expect.objectContaining({ sheet: 'Лицей № 130', code: 'tab-orphan' })]);
    expect(s.workbook.sheet('Лицей № 130')).toBeDefined();
  });
});

describe('indicators and custom functions', () => {
  it('«Показатели» made from the project, then checked into «Результат»', async () => {
    const s = await distributed();
    expect(ok(s.run('checklistIndicators', {})).created).toBe(true);
    const sheet = s.workbook.sheet('Показатели')!;
    sheet.cellForWrite(2, 3).value = '1 стажировка, 2 семинара';
    sheet.cellForWrite(7, 3).value = '2 консультации в месяц';
    const done = ok(s.run('checklistIndicators', {}));
    expect(done.message).toBe('Показатели: выполнено 1, не выполнено 1, нет данных 4.');
    expect(values(s, 'Показатели').map((r) => r[3])).toEqual([
      'Результат',
      'выполнен',
      'нет данных',
      'нет данных',
      'нет данных',
      'нет данных',
      'не выполнен',
    ]);
  });

  it('CHECKLIST_SCORE and TARGET_MET', async () => {
    const s = await sessionOver(book());
    expect(s.customFunction('CHECKLIST_SCORE', [['Да'], ['Частично'], ['Нет'], ['Не применимо'], ['']])).toBe(0.5);
    expect(s.customFunction('CHECKLIST_SCORE', [['Да'], ['Частично'], ['Нет']], [[2], [1], [1]])).toBe(0.625);
    expect(s.customFunction('CHECKLIST_SCORE', [['Да'], ['может быть']])).toMatch(/^Ответ «может быть» не распознан/);
    expect(s.customFunction('TARGET_MET', 'Не менее 3 консультаций в месяц', 4)).toBe(true);
    expect(s.customFunction('TARGET_MET', 'не более 10%', 12)).toBe(false);
    expect(s.customFunction('TARGET_MET', [['Не менее 1 в год'], ['Не менее 50%']], [[2], ['']])).toEqual([[true], ['нет данных']]);
  });
});

describe('the saved workbook', () => {
  it('keeps the protections, the dropdowns, the tab markers and the charts', async () => {
    const s = await distributed();
    answer(s, 'СОШ № 117', all('Да'));
    ok(s.run('checklistBuildSummary', {}));
    const path = join(mkdtempSync(join(tmpdir(), 'klaster-checklist-')), 'out.xlsx');
    await s.save(path);
    const back = await readXlsx(path);
    const tab = back.sheet('СОШ № 27')!;
    expect(tab.protections.find((p) => p.range === undefined)!.unprotectedRanges).toEqual(['F4:H25']);
    expect(tab.protections.find((p) => p.range !== undefined)!.editors).toContain('ruhlova@example.ru');
    expect(tab.cell(FIRST + 3, 6)?.validation).toMatchObject({ kind: 'list', values: ['Да', 'Частично', 'Нет', 'Не применимо'] });
    expect(tab.metadata.find((m) => m.key === TAB_MARKER_KEY)?.value).toBe(B);
    expect(back.sheet(SUMMARY_SHEET)!.charts).toHaveLength(1);
  });
});
