/** The column-mapping form every job's sidebar shows: one dropdown per field, the sheet's columns as options. */
import type { ColumnChoices } from '../../server/table-source';
import { escapeHtml } from './dom';

/** Renders one <select> per field into `box`. */
export function renderMapping(box: HTMLElement, info: ColumnChoices, noneLabel: string): void {
  const options = (selected: number | null) =>
    `<option value="">${escapeHtml(noneLabel)}</option>` +
    info.columns
      .map((c) => `<option value="${c.index}"${c.index === selected ? ' selected' : ''}>${escapeHtml(c.letter)}${c.title ? ` — ${escapeHtml(c.title)}` : ''}</option>`)
      .join('');
  box.innerHTML = info.fields
    .map(
      (f) =>
        `<div class="field"><label for="map-${escapeHtml(f.field)}">${escapeHtml(f.label)}${f.required ? ' *' : ''}</label>` +
        `<select id="map-${escapeHtml(f.field)}" data-field="${escapeHtml(f.field)}">${options(f.column)}</select></div>`,
    )
    .join('');
}

/** The user's choice from the form: field → column, or null for "none". */
export function chosenMapping(box: HTMLElement): Record<string, number | null> {
  const mapping: Record<string, number | null> = {};
  box.querySelectorAll<HTMLSelectElement>('select[data-field]').forEach((s) => {
    mapping[s.dataset.field!] = s.value === '' ? null : Number(s.value);
  });
  return mapping;
}
