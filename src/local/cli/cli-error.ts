/** The user's bad input to `klaster`: one line in their language, exit code 2. */
export class CliError extends Error {}

/** At most this many characters of an argument are quoted back in a message. */
export const QUOTE_LIMIT = 100;

/** An argument as a message quotes it: its start only (a 1 MB argument is not echoed), on one line. */
export function quoteArg(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > QUOTE_LIMIT ? `${line.slice(0, QUOTE_LIMIT)}…` : line;
}
