/**
 * Texts folded for comparison, beside normalizeHeader and headerKey (headers.ts), which also join words
 * hyphenated over a line break and keep «№». Each says what it keeps.
 */

/** Lowercase, ё→е, every run of spaces (no-break ones too) one space, trimmed; punctuation kept («≥ 50 %»). */
export function foldSpaces(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\u00a0\s]+/g, ' ')
    .trim();
}

/** Lowercase, ё→е, every run of anything but letters and digits one space, trimmed: the words of a text. */
export function foldWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
