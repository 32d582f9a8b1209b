/**
 * The checklist job in the CLI: its part of `check`, `template` (a pasted checklist → «Чек-лист (шаблон)», the
 * sidebar's «Импорт чек-листа») and `monitoring` (tabs, a round, the summary, the note). The column form's flags
 * (`--header-row`, `--columns "Критерий=B,Ответ=C"`) are saved for the sheet as the sidebar saves them.
 */
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import {
  CHECKLIST_FIELD_LABELS,
  CHECKLIST_FIELDS,
  CHECKLIST_SYNONYMS,
  HISTORY_SHEET,
  INDICATORS_SHEET,
  NOTE_SHEET,
  SUMMARY_SHEET,
  TEMPLATE_SHEET,
} from '../../core/checklist';
import { ROSTER_SHEET } from '../../core/people/roster';
import { renderMarkdown } from '../../core/checklist/note';
import { CliError } from './cli-error';
import type { CliFlag } from './flags';
import { cliMessages, ROUND_NAME_LIMIT } from './messages';
import { writeAtomically } from './output';

declare module './flags' {
  interface CliArgs {
    /** `monitoring`: the name of the round to record. */
    round?: string;
    /** `monitoring`: where to write the analytical note (.md or .docx). */
    note?: string;
    /** `template`: replace an existing template (it is kept under another name). */
    replace?: boolean;
  }
}
import { call, cliTexts, tryCall, type CheckedSheet, type CheckSection, type CliJob, type Command, type CommandContext } from './command';
import { choiceSheet, hasChoice, jobMapping, unknownColumns } from './table-choice';

/** The sheet a checklist choice is for: `--sheet`, or the only visible sheet that is not the job's own. */
function checklistSheet({ session, args }: CommandContext, fallback?: string): string {
  if (args.sheet) return args.sheet;
  if (fallback) return fallback;
  return choiceSheet(session, undefined);
}

/**
 * The column form's flags for the checklist on one sheet, saved as the sidebar saves them. Returns the names of
 * `--columns` this job took. With `strict`, a choice that does not read is an error; in `check` (every job tries
 * the flags) a header row alone is only tried.
 */
export function applyChecklistChoice(context: CommandContext, options: { sheet?: string; strict?: boolean } = {}): string[] {
  const choice = context.args.choice;
  if (!hasChoice(choice)) return [];
  const { mapping, unknown } = jobMapping(
    choice,
    CHECKLIST_FIELDS,
    [CHECKLIST_FIELD_LABELS.ru, CHECKLIST_FIELD_LABELS.en],
    CHECKLIST_SYNONYMS,
  );
  const taken = (choice.columns ?? []).map(([name]) => name).filter((n) => !unknown.includes(n));
  if (!taken.length && choice.headerRow === undefined) return [];
  const sheet = checklistSheet(context, options.sheet);
  const payload = { sheet, mapping, ...(choice.headerRow !== undefined ? { headerRow: choice.headerRow } : {}) };
  if (taken.length || options.strict) call(context.session, 'checklistImportSaveMapping', payload);
  else tryCall(context.session, 'checklistImportSaveMapping', payload);
  return taken;
}

export const checklistCheckSection: CheckSection = (context) => {
  const { session, args } = context;
  context.choiceTaken?.push(...applyChecklistChoice(context));
  const out: CheckedSheet[] = (tryCall(session, 'checklistCheck', { limit: 1_000_000 }) ?? []).map((r) => ({
    title: r.sheet,
    summary: args.locale === 'en' ? `${r.answered} answers` : `ответов ${r.answered}`,
    findings: r.findings.map((f) => ({ ...f, sheet: r.sheet })),
  }));
  const pasted = args.sheet ? tryCall(session, 'checklistPasted', { sheet: args.sheet }) : tryCall(session, 'checklistPasted', {});
  for (const p of pasted ?? []) {
    const en = args.locale === 'en';
    out.push({
      title: p.sheet,
      summary:
        p.kind === 'indicators'
          ? en
            ? `${p.count} indicators`
            : `показателей ${p.count}`
          : en
            ? `${p.count} checklist criteria to import`
            : `критериев чек-листа для импорта ${p.count}`,
      findings: p.findings.map((f) => ({ ...f, cell: f.cell || 'A1', sheet: p.sheet })),
    });
  }
  return out;
};

/** A checklist command takes only the checklist's choices: a column name that is not the checklist's is an error. */
function onlyChecklistChoice(context: CommandContext, sheet?: string): void {
  const taken = applyChecklistChoice(context, { strict: true, ...(sheet ? { sheet } : {}) });
  const left = (context.args.choice.columns ?? []).map(([name]) => name).filter((n) => !taken.includes(n));
  if (left.length) throw new CliError(unknownColumns(left, context.args.locale));
}

/**
 * `template`: the sidebar's «Импорт чек-листа». Reads the pasted checklist on `--sheet` (or the only sheet), prints
 * what it read — criteria, sections, scale, questions — and makes «Чек-лист (шаблон)»; an existing template is
 * replaced only with `--replace` (kept under another name). `klaster import` is left for Word files.
 */
const template: Command = {
  name: 'template',
  synopsis: 'template <книга.xlsx> --sheet ЛИСТ -o <результат.xlsx> [--columns "Критерий=B,Ответ=C"] [--replace]',
  summary: {
    ru: '«Чек-лист (шаблон)» из чек-листа, вставленного на лист (что прочитано, шкала, вопросы)',
    en: '«Чек-лист (шаблон)» from a checklist pasted onto a sheet (what was read, the scale, the questions)',
  },
  run(context) {
    const { session, args, out } = context;
    const en = args.locale === 'en';
    const sheet = args.sheet ?? importableSheet(context);
    onlyChecklistChoice(context, sheet);
    const preview = call(session, 'checklistImportPreview', { sheet });
    if (!preview.ok || preview.indicators) throw new CliError(preview.problem ?? '');
    const done = call(session, 'checklistImport', { sheet, ...(args.replace ? { replace: true } : {}) });
    if (done.exists) throw new CliError(en ? `${done.message} Add --replace.` : `${done.message} Добавьте --replace.`);
    if (args.json) {
      out(
        JSON.stringify(
          {
            sheet,
            criteria: preview.total,
            sections: preview.sections,
            scale: preview.scale,
            questions: preview.importQuestions,
            template: done,
            output: args.output ?? null,
          },
          null,
          2,
        ),
      );
      return 0;
    }
    const t = en
      ? { read: `«${sheet}»: ${preview.total} criteria`, sections: 'sections', questions: 'Questions:' }
      : { read: `«${sheet}»: критериев ${preview.total}`, sections: 'разделов', questions: 'Вопросы:' };
    out(`${t.read}${preview.sections.length ? `, ${t.sections} ${preview.sections.length}` : ''}.`);
    for (const s of preview.sections) out(`  ${s.name} — ${s.criteria}`);
    out(preview.scale);
    if (preview.importQuestions.length) {
      out(t.questions);
      for (const q of preview.importQuestions) out(`  ${(q.cell ?? '').padEnd(6)} ${q.message}`);
    }
    out(done.message);
    if (!args.output) out(cliTexts(args).notSaved);
    return 0;
  },
};

/** Without `--sheet`: the one sheet that is not the job's own. */
function importableSheet({ session, args }: CommandContext): string {
  const own = new Set([TEMPLATE_SHEET, ROSTER_SHEET, HISTORY_SHEET, SUMMARY_SHEET, NOTE_SHEET, INDICATORS_SHEET]);
  const visible = session.workbook.sheets.filter((s) => !s.hidden && !own.has(s.name));
  if (visible.length === 1) return visible[0]!.name;
  throw new CliError(
    args.locale === 'en'
      ? 'Name the sheet with the pasted checklist: --sheet SHEET'
      : 'Укажите лист со вставленным чек-листом: --sheet ЛИСТ',
  );
}

const NOTE_KINDS = ['.md', '.docx'];

/**
 * `monitoring`: school tabs for every school on «Участники» (new criteria merged into existing tabs), the
 * round when --round names one, the summary and the note sheet; with --note, the note as Markdown or Word.
 * The column flags are the template's («Чек-лист (шаблон)» pasted with other headers).
 */
const monitoring: Command = {
  name: 'monitoring',
  synopsis: 'monitoring <книга.xlsx> -o <результат.xlsx> [--round НАЗВАНИЕ] [--note справка.md|.docx]',
  summary: {
    ru: 'листы школ, срез, «Мониторинг — сводка» и аналитическая справка',
    en: 'school sheets, a round, the monitoring summary and the analytical note',
  },
  async run(context) {
    const { session, args, out } = context;
    const note = args.note;
    if (note && !NOTE_KINDS.includes(extname(note).toLowerCase())) {
      throw new CliError(cliMessages(args.locale).noteKind(note));
    }
    onlyChecklistChoice(context, args.sheet ?? TEMPLATE_SHEET);
    const messages: string[] = [];
    let previous = 0;
    for (;;) {
      const step = call(session, 'checklistDistribute', { batch: 500, previous });
      previous += step.created.length;
      if (step.remaining === 0 || step.created.length === 0) {
        messages.push(step.message);
        break;
      }
    }
    if (args.round) messages.push(call(session, 'checklistFixRound', { name: args.round }).message);
    const based = args.round ? { round: args.round } : {};
    messages.push(call(session, 'checklistBuildSummary', based).message);
    messages.push(call(session, 'checklistBuildNote', based).message);
    if (note) {
      const doc = call(session, 'checklistNote', based);
      const bytes = extname(note).toLowerCase() === '.docx' ? await (await import('../note-docx')).noteDocx(doc) : renderMarkdown(doc);
      await writeAtomically(note, (tmp) => writeFile(tmp, bytes));
      messages.push(cliMessages(args.locale).note(note));
    }
    if (args.json) out(JSON.stringify({ messages, output: args.output ?? null, note: note ?? null }, null, 2));
    else {
      for (const m of messages) out(m);
      if (!args.output) out(cliTexts(args).notSaved);
    }
    return 0;
  },
};

export const CHECKLIST_COMMANDS: Command[] = [template, monitoring];

const CHECKLIST_FLAGS: CliFlag[] = [
  {
    name: '--round',
    value: { ru: 'НАЗВАНИЕ', en: 'NAME' },
    set(args, value, locale) {
      if (value.length > ROUND_NAME_LIMIT) throw new CliError(cliMessages(locale).longRound(value));
      args.round = value;
    },
    help: { ru: 'monitoring: зафиксировать срез с этим названием', en: 'monitoring: record a round under this name' },
    commands: [monitoring.name],
  },
  {
    name: '--note',
    value: { ru: 'ФАЙЛ', en: 'FILE' },
    set: (args, value) => void (args.note = value),
    help: { ru: 'monitoring: аналитическая справка в .md или .docx', en: 'monitoring: the analytical note as .md or .docx' },
    commands: [monitoring.name],
    output: {
      ru: { of: 'справки', it: 'Справку', example: 'справка.md' },
      en: { of: 'the note', it: 'The note', example: 'справка.md' },
    },
  },
  {
    name: '--replace',
    set: (args) => void (args.replace = true),
    help: {
      ru: 'template: заменить имеющийся шаблон (прежний остаётся под другим именем)',
      en: 'template: replace the existing template (the previous one is kept under another name)',
    },
    commands: [template.name],
  },
];

export const JOB: CliJob = {
  order: 40,
  commands: CHECKLIST_COMMANDS,
  check: { section: checklistCheckSection, checks: { ru: 'чек-листы', en: 'checklists' } },
  flags: CHECKLIST_FLAGS,
};
