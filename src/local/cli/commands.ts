/**
 * The CLI's commands, joined from the jobs: `check` runs every job's check section; each job adds its own
 * commands. Each command calls the same server endpoints the sidebars call.
 */
import { CliError } from './cli-error';
import { printChecked, type CheckSection, type Command } from './command';
import { unknownColumns } from './table-choice';
import { BUDGET_COMMANDS, budgetCheckSection } from './budget-commands';
import { CHECKLIST_COMMANDS, checklistCheckSection } from './checklist-commands';
import { PEOPLE_COMMANDS, peopleCheckSection } from './people-commands';
import { PLAN_COMMANDS, planCheckSection } from './plan-commands';
import { IMPORT_COMMANDS } from './import-commands';

export type { Command, CommandContext } from './command';

/** Every job's part of `klaster check`, in menu order. */
const CHECK_SECTIONS: CheckSection[] = [planCheckSection, peopleCheckSection, budgetCheckSection, checklistCheckSection];

const check: Command = {
  name: 'check',
  synopsis: 'check <книга.xlsx>',
  summary: {
    ru: 'проверить планы, ответственных, бюджеты и чек-листы (код 1 — есть ошибки или предупреждения)',
    en: 'check plans, responsible columns, budgets and checklists (exit 1: errors or warnings found)',
  },
  run: (context) => {
    const taken: string[] = [];
    const checked = CHECK_SECTIONS.flatMap((section) => section({ ...context, choiceTaken: taken }));
    const left = (context.args.choice.columns ?? []).map(([name]) => name).filter((n) => !taken.includes(n));
    if (left.length) throw new CliError(unknownColumns(left, context.args.locale));
    return printChecked(context, checked);
  },
};

export const COMMANDS: Command[] = [check, ...PLAN_COMMANDS, ...PEOPLE_COMMANDS, ...BUDGET_COMMANDS, ...CHECKLIST_COMMANDS, ...IMPORT_COMMANDS];
