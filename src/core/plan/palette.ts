/** Stage colours for the «Календарь» sheet: Google Sheets' light palette, one hue per stage. */

export interface StageColours {
  /** Period fill. */
  light: string;
  /** Deadline mark. */
  strong: string;
  /** «В течение», recurring span. */
  pale: string;
}

export const PALETTE: readonly StageColours[] = [
  { light: '#c9daf8', strong: '#6d9eeb', pale: '#e8effc' },
  { light: '#d9ead3', strong: '#93c47d', pale: '#eef5ea' },
  { light: '#fff2cc', strong: '#ffd966', pale: '#fff9e6' },
  { light: '#f4cccc', strong: '#e06666', pale: '#faeaea' },
  { light: '#d9d2e9', strong: '#8e7cc3', pale: '#efebf5' },
  { light: '#fce5cd', strong: '#f6b26b', pale: '#fdf2e6' },
  { light: '#d0e0e3', strong: '#76a5af', pale: '#e9f1f2' },
  { light: '#ead1dc', strong: '#c27ba0', pale: '#f5e9ee' },
];

/** Rows outside any stage. */
export const NEUTRAL: StageColours = { light: '#d9d9d9', strong: '#999999', pale: '#efefef' };

export const HEADER_BG = '#f1f3f4';
export const CURRENT_MONTH_BG = '#fbbc04';
export const GROUP_BG = '#f3f3f3';

export function stageColours(index: number | undefined): StageColours {
  return index === undefined ? NEUTRAL : PALETTE[index % PALETTE.length]!;
}
