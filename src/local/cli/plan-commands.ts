/** The calendar-plan job in the CLI: its part of `check`, and `calendar` and `agenda`. */
import type { CliArgs } from './args';
import { builder, call, tryCall, type CheckSection, type Command, type CommandContext } from './command';

const sheetPayload = (args: CliArgs) => (args.sheet ? { sheet: args.sheet } : {});
const monthPayload = (args: CliArgs) => ({ ...sheetPayload(args), ...(args.month ? { month: args.month } : {}) });

/** The plan sheets to act on: the one named, or every sheet that looks like a plan. */
function planSheets({ session, args }: CommandContext): string[] {
  if (args.sheet) return [args.sheet];
  return call(session, 'planCheck', {}).map((r) => r.sheet);
}

export const planCheckSection: CheckSection = ({ session, args }) => {
  const results = args.sheet
    ? call(session, 'planCheck', { sheet: args.sheet, limit: 1_000_000 })
    : tryCall(session, 'planCheck', { limit: 1_000_000 }) ?? [];
  return results.map((r) => ({
    title: r.sheet,
    summary: args.locale === 'en' ? `${r.rows} activities` : `мероприятий ${r.rows}`,
    findings: r.findings.map((f) => ({ ...f, sheet: r.sheet })),
  }));
};

const calendar = builder(
  'calendar',
  'calendar <книга.xlsx> -o <результат.xlsx>',
  { ru: 'построить листы «Календарь» и «План на месяц»', en: 'build the «Календарь» and «План на месяц» sheets' },
  (context) => {
    const [sheet] = planSheets(context);
    const a = { ...context.args, sheet: sheet! };
    return [call(context.session, 'planBuildCalendar', sheetPayload(a)), call(context.session, 'planMonthAgenda', monthPayload(a))];
  },
);

const agenda = builder(
  'agenda',
  'agenda <книга.xlsx> -o <результат.xlsx>',
  { ru: 'только «План на месяц» (--month ГГГГ-ММ)', en: 'only «План на месяц» (--month YYYY-MM)' },
  (context) => {
    const [sheet] = planSheets(context);
    return [call(context.session, 'planMonthAgenda', monthPayload({ ...context.args, sheet: sheet! }))];
  },
);

export const PLAN_COMMANDS: Command[] = [calendar, agenda];
