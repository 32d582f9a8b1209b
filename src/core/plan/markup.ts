/**
 * HTML or Word markup pasted into cells («<p>Направлены …</p> <ol><li>1. …</li></ol>», «&nbsp;»): found, and
 * cleaned into the plain text a person meant — list items on their own lines, entities decoded.
 */

const TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i;
const ENTITY = /&(?:nbsp|amp|lt|gt|quot|laquo|raquo|mdash|ndash|hellip|#\d{1,5}|#x[0-9a-f]{1,4});/i;

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  laquo: '«',
  raquo: '»',
  mdash: '—',
  ndash: '–',
  hellip: '…',
};

/** True when the text holds an HTML tag or entity. */
export function hasMarkup(text: string): boolean {
  return text.length > 2 && (TAG.test(text) || ENTITY.test(text));
}

/** The text without tags and with entities decoded; block ends (p, li, br, div, tr) become line breaks. */
export function stripMarkup(text: string): string {
  return text
    .replace(/<\s*(?:br|\/p|\/li|\/div|\/tr|\/h[1-6])\s*\/?>/gi, '\n')
    .replace(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi, ' ')
    .replace(/&(#x[0-9a-f]{1,4}|#\d{1,5}|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return code > 0 && code < 0xffff ? String.fromCharCode(code === 0xa0 ? 32 : code) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
