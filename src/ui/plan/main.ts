/** Sidebar «Календарный план»: pick the sheet, adjust the columns, check, build the calendar and the month agenda, make a new plan. */
import { $, busy, escapeHtml, pageLang, setStatus } from '../shared/dom';
import { call } from '../shared/run';
import { strings, type Replacement } from './strings';

interface Overview { sheets: string[]; selected: string; month: string }
interface MappingInfo {
  sheet: string;
  columns: { index: number; letter: string; title: string }[];
  fields: { field: string; label: string; required: boolean; column: number | null }[];
  saved: boolean;
  stats: { rows: number; stages: number; unknown: number };
}
interface Finding { cell: string; severity: string; message: string; suggestion?: string }
interface SheetFindings { sheet: string; findings: Finding[]; total: number }
interface Built { sheet: string; rows: number; message: string }
interface DateColumns { columns: string; inserted: boolean; pending?: { changes: Replacement[]; total: number; token: string } }

const t = strings(pageLang());
const status = $('#status');

function translate(): void {
  document.querySelectorAll<HTMLElement>('[data-t]').forEach((el) => {
    const key = el.dataset.t as keyof typeof t;
    const text = t[key];
    if (typeof text === 'string') el.textContent = text;
  });
}

function sheet(): string {
  return ($('#sheet') as HTMLSelectElement).value;
}

function button(id: string): HTMLButtonElement {
  return $(id) as HTMLButtonElement;
}

function renderMapping(info: MappingInfo): void {
  $('#summary').textContent = t.summary(info.stats.rows, info.stats.stages, info.stats.unknown, info.saved);
  const options = (selected: number | null) =>
    `<option value="">${escapeHtml(t.none)}</option>` +
    info.columns
      .map((c) => `<option value="${c.index}"${c.index === selected ? ' selected' : ''}>${escapeHtml(c.letter)}${c.title ? ` — ${escapeHtml(c.title)}` : ''}</option>`)
      .join('');
  $('#mapping').innerHTML = info.fields
    .map(
      (f) =>
        `<div class="field"><label for="map-${f.field}">${escapeHtml(f.label)}${f.required ? ' *' : ''}</label>` +
        `<select id="map-${f.field}" data-field="${escapeHtml(f.field)}">${options(f.column)}</select></div>`,
    )
    .join('');
}

async function loadMapping(): Promise<void> {
  $('#summary').textContent = '';
  $('#mapping').innerHTML = '';
  $('#findings-box').hidden = true;
  const info = await busy(null, status, t.reading, () => call<MappingInfo>('planMapping', { sheet: sheet() }));
  if (info) renderMapping(info);
}

function renderFindings(results: SheetFindings[]): void {
  const all = results.flatMap((r) => r.findings.map((f) => ({ ...f, sheet: r.sheet })));
  $('#findings-box').hidden = false;
  const total = results.reduce((n, r) => n + r.total, 0);
  $('#findings-title').textContent = t.findings(total) + (total > all.length ? ` ${t.shown(all.length)}` : '');
  $('#findings').innerHTML = all.length
    ? all
        .map(
          (f, i) =>
            `<li class="finding" data-i="${i}" tabindex="0"><span class="sev-${escapeHtml(f.severity)}">${escapeHtml(t.severity[f.severity] ?? f.severity)}</span> ` +
            `<code>${escapeHtml(f.cell)}</code> ${escapeHtml(f.message)}${f.suggestion ? `<small>${escapeHtml(f.suggestion)}</small>` : ''}</li>`,
        )
        .join('')
    : `<li>${escapeHtml(t.noFindings)}</li>`;
  $('#findings').onclick = (ev) => {
    const li = (ev.target as HTMLElement).closest<HTMLElement>('li[data-i]');
    const f = li ? all[Number(li.dataset.i)] : undefined;
    if (f) void call('selectCell', { sheet: f.sheet, cell: f.cell }).catch((err: Error) => setStatus(status, 'error', err.message));
  };
}

function chosenMapping(): Record<string, number | null> {
  const mapping: Record<string, number | null> = {};
  document.querySelectorAll<HTMLSelectElement>('#mapping select').forEach((s) => {
    mapping[s.dataset.field!] = s.value === '' ? null : Number(s.value);
  });
  return mapping;
}

function addStageRow(): void {
  const div = document.createElement('div');
  div.className = 'stage';
  div.innerHTML =
    `<label>${escapeHtml(t.stageName)}</label><input type="text" class="stage-name" maxlength="200">` +
    `<div class="dates"><div><label>${escapeHtml(t.start)}</label><input type="date" class="stage-start"></div>` +
    `<div><label>${escapeHtml(t.end)}</label><input type="date" class="stage-end"></div></div>` +
    `<button type="button" class="remove-stage">${escapeHtml(t.removeStage)}</button>`;
  div.querySelector('.remove-stage')!.addEventListener('click', () => div.remove());
  $('#stages').appendChild(div);
}

function wire(): void {
  $('#sheet').addEventListener('change', () => void loadMapping());
  button('#check').addEventListener('click', async () => {
    const results = await busy(button('#check'), status, t.checking, () => call<SheetFindings[]>('planCheck', { sheet: sheet() }));
    if (results) renderFindings(results);
  });
  button('#calendar').addEventListener('click', async () => {
    const built = await busy(button('#calendar'), status, t.building, () => call<Built>('planBuildCalendar', { sheet: sheet() }));
    if (built) setStatus(status, 'ok', built.message);
  });
  button('#agenda').addEventListener('click', async () => {
    const month = ($('#month') as HTMLInputElement).value;
    const built = await busy(button('#agenda'), status, t.agendaBusy, () =>
      call<Built>('planMonthAgenda', month ? { sheet: sheet(), month } : { sheet: sheet() }),
    );
    if (built) setStatus(status, 'ok', built.message);
  });
  button('#date-columns').addEventListener('click', async () => {
    if (!confirm(t.dateColumnsConfirm.replace('{sheet}', sheet()))) return;
    const add = (confirmToken?: string) =>
      busy(button('#date-columns'), status, t.saving, () =>
        call<DateColumns>('planAddDateColumns', confirmToken ? { sheet: sheet(), confirm: confirmToken } : { sheet: sheet() }),
      );
    let done = await add();
    // the columns hold the user's own text: replace only what the user has seen and agreed to
    while (done?.pending) {
      if (!confirm(t.replaceConfirm(done.columns, done.pending.changes, done.pending.total))) {
        setStatus(status, 'ok', t.notReplaced);
        return;
      }
      done = await add(done.pending.token);
    }
    if (done) {
      await loadMapping();
      setStatus(status, 'ok', done.inserted ? t.columnsAdded(done.columns) : t.columnsUpdated(done.columns));
    }
  });
  button('#save-mapping').addEventListener('click', async () => {
    const info = await busy(button('#save-mapping'), status, t.saving, () =>
      call<MappingInfo>('planSaveMapping', { sheet: sheet(), mapping: chosenMapping() }),
    );
    if (info) {
      renderMapping(info);
      setStatus(status, 'ok', t.saved);
    }
  });
  button('#reset-mapping').addEventListener('click', async () => {
    const info = await busy(button('#reset-mapping'), status, t.saving, () => call<MappingInfo>('planSaveMapping', { sheet: sheet(), mapping: null }));
    if (info) renderMapping(info);
  });
  button('#add-stage').addEventListener('click', addStageRow);
  button('#create-plan').addEventListener('click', async () => {
    const stages = [...document.querySelectorAll<HTMLElement>('#stages .stage')].map((div) => ({
      name: (div.querySelector('.stage-name') as HTMLInputElement).value,
      start: (div.querySelector('.stage-start') as HTMLInputElement).value,
      end: (div.querySelector('.stage-end') as HTMLInputElement).value,
    }));
    const project = ($('#project') as HTMLInputElement).value;
    const made = await busy(button('#create-plan'), status, t.creating, () => call<{ sheet: string }>('planCreate', { project, stages }));
    if (made) {
      await start(made.sheet);
      setStatus(status, 'ok', t.created(made.sheet));
    }
  });
}

async function start(select?: string): Promise<void> {
  const overview = await busy(null, status, t.loading, () => call<Overview>('planOverview'));
  if (!overview) return;
  const chosen = select ?? overview.selected;
  ($('#sheet') as HTMLSelectElement).innerHTML = overview.sheets
    .map((n) => `<option${n === chosen ? ' selected' : ''}>${escapeHtml(n)}</option>`)
    .join('');
  const month = $('#month') as HTMLInputElement;
  if (!month.value) month.value = overview.month;
  await loadMapping();
}

translate();
wire();
addStageRow();
void start();
