/** The calendar-plan job in the CLI: its part of `check`, and `calendar` and `agenda`. */
import { builder, call, tryCall, type CheckSection, type Command, type CommandContext } from './command';


/** The plan sheet the calendar is built from: the one named, or the first sheet that looks like a plan. */
function calendarSheet({ session, args }: CommandContext): string {
  if (args.sheet) return args.sheet;
  return call(session, 'planCheck', { limit: 1 })[0]!.sheet;
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

/** «План на месяц» of the sheet named, or of every plan sheet (one block each); its message names each sheet. */
function agendaOf({ session, args }: CommandContext) {
  return call(session, 'planMonthAgenda', { ...(args.sheet ? { sheet: args.sheet } : { all: true }), ...(args.month ? { month: args.month } : {}) });
}

const calendar = builder(
  'calendar',
  'calendar <книга.xlsx> -o <результат.xlsx>',
  {
    ru: '«Календарь» по плану (--sheet или первый лист с планом) и «План на месяц» по всем планам',
    en: '«Календарь» of a plan (--sheet or the first plan sheet) and «План на месяц» of every plan',
  },
  (context) => [call(context.session, 'planBuildCalendar', { sheet: calendarSheet(context) }), agendaOf(context)],
);

const agenda = builder(
  'agenda',
  'agenda <книга.xlsx> -o <результат.xlsx>',
  {
    ru: 'только «План на месяц» по каждому листу с планом или по --sheet (--month ГГГГ-ММ)',
    en: 'only «План на месяц», of every plan sheet or of --sheet (--month YYYY-MM)',
  },
  (context) => [agendaOf(context)],
);

export const PLAN_COMMANDS: Command[] = [calendar, agenda];
