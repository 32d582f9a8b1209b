/**
 * The column form every job's sidebar shows: what the reading pipeline asks the user to check, the header row,
 * one dropdown per field with the sheet's columns as options.
 */
import { columnFormTexts } from '../../core/table/questions';
import type { Lang } from '../../core/i18n/lang';
import type { ColumnChoices } from '../../server/table-source';
import { escapeHtml } from './dom';

/** Renders the questions, the header-row choice and one <select> per field into `box`. */
export function renderMapping(box: HTMLElement, info: ColumnChoices, lang: Lang): void {
  const texts = columnFormTexts(lang);
  const options = (selected: number | null) =>
    `<option value="">${escapeHtml(texts.none)}</option>` +
    info.columns
      .map(
        (c) =>
          `<option value="${c.index}"${c.index === selected ? ' selected' : ''}>${escapeHtml(c.letter)}${c.title ? ` — ${escapeHtml(c.title)}` : ''}</option>`,
      )
      .join('');
  const rowOptions =
    `<option value="-1"${info.headerRow < 0 ? ' selected' : ''}>${escapeHtml(texts.noHeaderRow)}</option>` +
    info.rowChoices
      .map(
        (r) => `<option value="${r.index}"${r.index === info.headerRow ? ' selected' : ''}>${r.index + 1}: ${escapeHtml(r.text)}</option>`,
      )
      .join('');
  const questions = info.questions.length
    ? `<ul class="questions">${info.questions.map((q) => `<li>${escapeHtml(q)}</li>`).join('')}</ul>`
    : '';
  box.innerHTML =
    questions +
    `<div class="field"><label for="map-header-row">${escapeHtml(texts.headerRow)}</label>` +
    `<select id="map-header-row" data-header-row="1">${rowOptions}</select></div>` +
    info.fields
      .map(
        (f) =>
          `<div class="field"><label for="map-${escapeHtml(f.field)}">${escapeHtml(f.label)}${f.required ? ' *' : ''}</label>` +
          `<select id="map-${escapeHtml(f.field)}" data-field="${escapeHtml(f.field)}">${options(f.column)}</select></div>`,
      )
      .join('');
}

/** The user's column choice from the form: field → column, or null for "none". */
export function chosenMapping(box: HTMLElement): Record<string, number | null> {
  const mapping: Record<string, number | null> = {};
  box.querySelectorAll<HTMLSelectElement>('select[data-field]').forEach((s) => {
    mapping[s.dataset.field!] = s.value === '' ? null : Number(s.value);
  });
  return mapping;
}

/** The header row chosen in the form (0-based; -1: no header row), or undefined when the form has none. */
export function chosenHeaderRow(box: HTMLElement): number | undefined {
  const s = box.querySelector<HTMLSelectElement>('select[data-header-row]');
  return s ? Number(s.value) : undefined;
}
