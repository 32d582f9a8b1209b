/**
 * The command line's shape: what `klaster` read from it (CliArgs) and what a flag declares (CliFlag). The shared
 * flags are in args.ts; each job's own flags are in its src/local/cli/<job>-commands.ts (`JOB.flags`), which also
 * adds the fields they fill to CliArgs (`declare module './flags' { interface CliArgs { … } }`), so a new job's
 * flag edits no shared file. Types only: every module of the CLI may import it.
 */
import type { CliLocale } from './messages';
import type { CliChoice } from './table-choice';

export interface CliArgs {
  command?: string;
  input?: string;
  output?: string;
  json: boolean;
  help: boolean;
  sheet?: string;
  locale: CliLocale;
  /** The spreadsheet's time zone (IANA); .xlsx keeps none, so by default the script's, Europe/Moscow. */
  timeZone?: string;
  /** The column form's choices (`--header-row`, `--columns`, `--period`; a job may add its own, as the budget's `--year`). */
  choice: CliChoice;
  /** The flags given, by their long names (`--month`): a command refuses another command's flag. */
  given: string[];
  /** The files given by a job's output flags (`--note`), checked with -o before any work. */
  outputs: OutputPath[];
}

/** What a message calls a file a command writes: «Папка для справки…», «Справку нельзя записать…». */
export interface OutputWords {
  /** «справки» / «the note» */
  of: string;
  /** «Справку» / «The note» */
  it: string;
  /** «справка.md»: the file name suggested when the path is a folder. */
  example: string;
}

/** A file the command writes: `-o` (the result workbook) or a job's output flag (`--note`). */
export interface OutputPath {
  flag: string;
  path: string;
  /** How messages call it; -o's words are in messages.ts. */
  words?: Record<CliLocale, OutputWords>;
}

interface FlagBase {
  /** The long name: `--month`. */
  name: `--${string}`;
  /** A short name: `-o`. */
  short?: `-${string}`;
  /** The help's line (without the flag); none: not listed. */
  help?: Record<CliLocale, string>;
  /** The commands that take it (by name); any other command refuses it. None: every command. */
  commands?: readonly string[];
}

/** A flag with a value (`--month 2024-03`, `--month=2024-03`). */
export interface ValueFlag extends FlagBase {
  /** What the value is called in the help: «ГГГГ-ММ» / «YYYY-MM». */
  value: Record<CliLocale, string>;
  /**
   * Checks the value (not empty: checked before) and keeps it in `args`; a wrong value is a CliError in the
   * user's language that quotes at most ~100 characters of it.
   */
  set(args: CliArgs, value: string, locale: CliLocale): void;
  /** The value is a file the command writes: checked with -o (never over the input or another output). */
  output?: Record<CliLocale, OutputWords>;
}

/** A switch (`--replace`): no value. */
export interface SwitchFlag extends FlagBase {
  value?: undefined;
  set(args: CliArgs): void;
}

export type CliFlag = ValueFlag | SwitchFlag;
