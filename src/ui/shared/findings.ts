/**
 * The findings list every job's sidebar shows: severity, cell, message, suggestion; a click or Enter selects
 * the cell in the spreadsheet; a finding with a fix gets a «fix» button when the sidebar handles fixes.
 */
import type { Finding, Severity } from '../../core/table/findings';
import { escapeHtml, setStatus } from './dom';
import { call } from './run';

export type ShownFinding = Pick<Finding, 'cell' | 'severity' | 'message' | 'suggestion' | 'fix'> & { sheet: string };

export interface FindingsTexts {
  severity: Record<Severity, string>;
  noFindings: string;
  /** The label of a finding's fix button. */
  fix?: string;
}

export interface FindingsOptions {
  status: HTMLElement;
  /** Called with a finding's fix when its button is pressed; without it no fix buttons are shown. */
  onFix?: (finding: ShownFinding) => void;
}

/** Renders the findings into `list` (a <ul>) and wires selection by click and Enter. */
export function renderFindingList(list: HTMLElement, findings: readonly ShownFinding[], t: FindingsTexts, options: FindingsOptions): void {
  list.innerHTML = findings.length
    ? findings
        .map(
          (f, i) =>
            `<li class="finding" data-i="${i}" tabindex="0"><span class="sev-${escapeHtml(f.severity)}">${escapeHtml(t.severity[f.severity])}</span> ` +
            `<code>${escapeHtml(f.cell)}</code> ${escapeHtml(f.message)}${f.suggestion ? ` <small>${escapeHtml(f.suggestion)}</small>` : ''}` +
            (f.fix && options.onFix && t.fix ? ` <button type="button" class="fix" data-fix="${i}">${escapeHtml(t.fix)}</button>` : '') +
            `</li>`,
        )
        .join('')
    : `<li>${escapeHtml(t.noFindings)}</li>`;
  const select = (target: EventTarget | null) => {
    const el = target as HTMLElement | null;
    const fixButton = el?.closest<HTMLElement>('button[data-fix]');
    if (fixButton) {
      const f = findings[Number(fixButton.dataset.fix)];
      if (f && options.onFix) options.onFix(f);
      return;
    }
    const li = el?.closest<HTMLElement>('li[data-i]');
    const f = li ? findings[Number(li.dataset.i)] : undefined;
    if (f) void call('selectCell', { sheet: f.sheet, cell: f.cell }).catch((err: Error) => setStatus(options.status, 'error', err.message));
  };
  list.onclick = (ev) => select(ev.target);
  list.onkeydown = (ev) => {
    if (ev.key === 'Enter' && (ev.target as HTMLElement).matches('li[data-i]')) {
      ev.preventDefault();
      select(ev.target);
    }
  };
}
