/** Colour conversions between Sheets ('#rrggbb') and exceljs ARGB ('FFRRGGBB'). */

export function hexToArgb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** 'FFRRGGBB' or 'RRGGBB' → '#rrggbb'; undefined for anything else (theme colours). */
export function argbToHex(argb: string | undefined): string | undefined {
  if (!argb) return undefined;
  const hex = argb.length === 8 ? argb.slice(2) : argb;
  return /^[0-9a-fA-F]{6}$/.test(hex) ? `#${hex.toLowerCase()}` : undefined;
}

/** Sheets widths are pixels, Excel widths are characters of the default font. */
export function pixelsToChars(px: number): number {
  return Math.round(((px - 5) / 7) * 100) / 100;
}

export function charsToPixels(chars: number): number {
  return Math.round(chars * 7 + 5);
}
