/** The checklist job in the CLI: its part of `check`, and `monitoring` (tabs, a round, the summary, the note). */
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { renderMarkdown } from '../../core/checklist/note';
import { noteDocx } from '../note-docx';
import { CliError } from './args';
import { cliMessages } from './messages';
import { writeAtomically } from './output';
import { call, cliTexts, tryCall, type CheckSection, type Command } from './command';

export const checklistCheckSection: CheckSection = ({ session, args }) =>
  (tryCall(session, 'checklistCheck', { limit: 1_000_000 }) ?? []).map((r) => ({
    title: r.sheet,
    summary: args.locale === 'en' ? `${r.answered} answers` : `ответов ${r.answered}`,
    findings: r.findings.map((f) => ({ ...f, sheet: r.sheet })),
  }));

const NOTE_KINDS = ['.md', '.docx'];

/**
 * `monitoring`: school tabs for every school on «Участники» (new criteria merged into existing tabs), the
 * round when --round names one, the summary and the note sheet; with --note, the note as Markdown or Word.
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
      const bytes = extname(note).toLowerCase() === '.docx' ? await noteDocx(doc) : renderMarkdown(doc);
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

export const CHECKLIST_COMMANDS: Command[] = [monitoring];
