/**
 * `klaster import паспорт.docx -o книга.xlsx [--into существующая.xlsx] [--roster]`: the Word document's tables
 * into sheets, through the same server endpoint the «Импорт из Word…» sidebar calls (importApply, in the
 * emulator over dist/Code.js). `--into` adds the sheets to a copy of a workbook (the input is never written and
 * a sheet already in it is never replaced: a taken name gets « (2)»); the result always goes to -o.
 * `--roster` also appends the proposed «Участники» (the sidebar asks first; on the command line the flag is the
 * user's yes). With `--into` a book that already has this document's sheets, what would change in each is printed
 * first (importPreview, as the sidebar shows it); the book itself is never written, the result goes to -o.
 */
import { readFileSync, statSync } from 'node:fs';
import { isFile } from './output';
import { basename, resolve } from 'node:path';
import { DOCX_MAX_BYTES, docxProblemMessage } from '../../core/import/file-check';
import type { CliArgs, CliFlag } from './flags';
import { CliError } from './cli-error';
import { call, type CliJob, type Command } from './command';
import { cliMessages } from './messages';
import type { DataOf } from '../../server/api';

declare module './flags' {
  interface CliArgs {
    /** `import`: the workbook the sheets are added to (a copy of it goes to -o). */
    into?: string;
    /** `import`: append the proposed «Участники». */
    roster?: boolean;
  }
}

export interface StandaloneCommand extends Command {
  /** Runs without the usual «one workbook in» setup (the input is not a workbook). */
  standalone(args: CliArgs, out: (line: string) => void): Promise<number>;
}

const KIND_LABEL = {
  ru: { plan: 'план', budget: 'бюджет', indicators: 'показатели', checklist: 'чек-лист', people: 'участники', other: 'другое' },
  en: { plan: 'plan', budget: 'budget', indicators: 'indicators', checklist: 'checklist', people: 'participants', other: 'other' },
} as const;

type PreviewSheet = DataOf<'importPreview'>['sheets'][number];

/** What a re-import does to one sheet, as the sidebar's preview says it. */
function changeText(s: PreviewSheet, locale: 'ru' | 'en'): string {
  const c = s.changes ?? { changed: 0, added: 0, removed: 0 };
  if (locale === 'en') {
    return s.action === 'create'
      ? 'new sheet'
      : s.action === 'same'
        ? 'no changes'
        : `update: ${c.changed} rows changed, ${c.added} added, ${c.removed} removed`;
  }
  return s.action === 'create'
    ? 'новый лист'
    : s.action === 'same'
      ? 'без изменений'
      : `обновление: изменится строк ${c.changed}, добавится ${c.added}, удалится ${c.removed}`;
}

export const importCommand: StandaloneCommand = {
  name: 'import',
  synopsis: 'import <документ.docx> -o <книга.xlsx> [--into книга.xlsx] [--roster]',
  summary: {
    ru: 'таблицы документа Word (.docx) — на листы: план, бюджет, участники, показатели (--into: добавить в копию книги; --roster: дописать «Участники»)',
    en: 'a Word document’s (.docx) tables onto sheets: plan, budget, participants, indicators (--into: add to a copy of a book; --roster: append «Участники»)',
  },
  run: () => 2,
  async standalone(args, out) {
    const m = cliMessages(args.locale);
    const en = args.locale === 'en';
    if (!args.input)
      throw new CliError(
        en
          ? 'Give the document: npx klaster import <document.docx> -o <book.xlsx>'
          : 'Укажите документ: npx klaster import <документ.docx> -o <книга.xlsx>',
      );
    const input = resolve(args.input);
    if (!isFile(input)) throw new CliError(m.notFound(args.input));
    if (!args.output) throw new CliError(en ? 'Give the result: -o book.xlsx' : 'Укажите, куда сохранить: -o книга.xlsx');
    const { checkOutputs, writeAtomically } = await import('./output');
    checkOutputs(input, [{ flag: '-o', path: args.output }], args.locale);
    if (args.into) {
      if (!isFile(resolve(args.into))) throw new CliError(m.notFound(args.into));
      checkOutputs(resolve(args.into), [{ flag: '-o', path: args.output }], args.locale);
    }
    if (statSync(input).size > DOCX_MAX_BYTES) throw new CliError(docxProblemMessage('too-large', args.locale, basename(input)));
    const data = readFileSync(input).toString('base64');
    const { ensureFreshDist } = await import('../fresh-dist');
    const { createSession } = await import('../emulator');
    const { CODE_PATH, DIST } = await import('../paths');
    await ensureFreshDist();
    const session = await createSession({
      codeFile: CODE_PATH,
      ...(args.into ? { workbook: resolve(args.into) } : {}),
      htmlDir: DIST,
      locale: args.locale,
      ...(args.timeZone ? { spreadsheetTimeZone: args.timeZone } : {}),
    });
    // --into a book that already has this document's sheets: what would change, sheet by sheet, before writing
    const preview = args.into ? call(session, 'importPreview', { fileName: basename(input), data }) : null;
    const again = preview?.sheets.some((s) => s.action !== 'create') ? preview.sheets : null;
    if (again && !args.json) {
      out(
        en
          ? `«${basename(args.into!)}» already has sheets of this document; what changes:`
          : `В книге «${basename(args.into!)}» уже есть листы этого документа; что изменится:`,
      );
      for (const s of again) out(`  ${s.name}: ${changeText(s, args.locale)}`);
    }
    const result = call(session, 'importApply', { fileName: basename(input), data });
    const appended = args.roster && result.roster.rows.length ? call(session, 'peopleAppendRoster', { rows: result.roster.rows }) : null;
    await writeAtomically(args.output, (tmp) => session.save(tmp));
    if (args.json)
      out(
        JSON.stringify(
          { ...(again ? { preview: again } : {}), ...result, rosterAppended: appended?.added ?? 0, output: args.output },
          null,
          2,
        ),
      );
    else {
      for (const s of result.sheets) {
        const findings = s.findings === null ? '' : en ? `, ${s.findings} findings` : `, замечаний ${s.findings}`;
        out(`${s.name}: ${KIND_LABEL[args.locale][s.kind]}, ${s.summary}${findings}${s.problem ? ` (${s.problem})` : ''}`);
      }
      for (const r of result.repeats)
        out(
          en
            ? `«${r.heading}»: repeats the table of «${r.sheet}» word for word, not imported again`
            : `«${r.heading}»: повторяет таблицу листа «${r.sheet}» слово в слово — второй раз не импортирована`,
        );
      if (appended) out(appended.message);
      else if (result.roster.rows.length)
        out(
          en
            ? `«Участники»: ${result.roster.rows.length} people proposed; add --roster to append them.`
            : `«Участники»: предложено ${result.roster.rows.length}; чтобы дописать их, добавьте --roster.`,
        );
      out(m.saved(args.output));
    }
    return 0;
  },
};

export const IMPORT_COMMANDS: Command[] = [importCommand];

const IMPORT_FLAGS: CliFlag[] = [
  {
    name: '--into',
    value: { ru: 'КНИГА', en: 'BOOK' },
    set: (args, value) => void (args.into = value),
    help: {
      ru: 'import: добавить листы в копию этой книги (сама книга не меняется)',
      en: 'import: add the sheets to a copy of this book (the book itself is not changed)',
    },
    commands: [importCommand.name],
  },
  {
    name: '--roster',
    set: (args) => void (args.roster = true),
    help: { ru: 'import: дописать предложенных «Участников»', en: 'import: append the proposed «Участники»' },
    commands: [importCommand.name],
  },
];

export const JOB: CliJob = { order: 45, commands: IMPORT_COMMANDS, flags: IMPORT_FLAGS };
