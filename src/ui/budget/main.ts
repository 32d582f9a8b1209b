/** Sidebar «Бюджет»: budget tables of the active sheet (or of all), findings with a click to the cell, marks, «Свести». */
import { $, busy, escapeHtml, pageLang, setStatus, translate } from '../shared/dom';
import { renderFindingList } from '../shared/findings';
import { chosenHeaderRow, chosenMapping, renderMapping } from '../shared/mapping';
import { call } from '../shared/run';
import type { DataOf } from '../../server/api';
import { budgetMessages } from '../../core/budget/messages';

type Scan = DataOf<'budgetScan'>;
type MappingInfo = DataOf<'budgetMapping'>;

const t = budgetMessages(pageLang()).sidebar;
const f = budgetMessages(pageLang()).form;
const UNITS = ['руб.', 'тыс. руб.', 'млн руб.'];
const status = $('#status');
/** Sheets that hold a budget table (every sheet is scanned at the start): the only ones «Свести» lists. */
const withTables = new Set<string>();
/** Of those, the ones the user unticked; every other one is ticked. */
const unticked = new Set<string>();
let allSheets: string[] = [];

function button(id: string): HTMLButtonElement {
  return $(id) as HTMLButtonElement;
}

function sheet(): string {
  return ($('#sheet') as HTMLSelectElement).value;
}

function scope(): 'sheet' | 'all' {
  return (document.querySelector<HTMLInputElement>('input[name="scope"]:checked')?.value as 'sheet' | 'all') ?? 'sheet';
}

function renderScan(scan: Scan): void {
  $('#tables-box').hidden = false;
  for (const s of scan.sheets) withTables.add(s);
  $('#tables').innerHTML = scan.tables.length
    ? scan.tables
        .map(
          (x) =>
            `<li><b>${escapeHtml(t.table(x.sheet, x.range))}</b> — ${escapeHtml(x.summary)}` +
            `<span class="info">${escapeHtml(t.tableInfo(x.items, x.years.join(', '), x.unit))}</span></li>`,
        )
        .join('')
    : `<li>${escapeHtml(scan.message ?? t.noTables)}</li>`;
  const findings = scan.tables.flatMap((x) => x.findings.map((f) => ({ ...f, sheet: x.sheet })));
  const total = scan.tables.reduce((n, x) => n + x.total, 0);
  $('#findings-title').textContent = `${t.findings}: ${total}` + (total > findings.length ? ` ${t.shown(findings.length)}` : '');
  renderFindingList($('#findings'), findings, t, { status });
  const markable = scope() === 'sheet' && scan.tables.length > 0;
  button('#mark').disabled = !markable;
  renderTabs();
}

function renderTabs(): void {
  $('#tabs').innerHTML = allSheets
    .filter((n) => withTables.has(n))
    .map((n) => `<label><input type="checkbox" value="${escapeHtml(n)}"${unticked.has(n) ? '' : ' checked'}> ${escapeHtml(n)}</label>`)
    .join('');
}

/** «Столбцы»: the sheet's first table as read, its questions, the header row, the columns, the year and the unit. */
function renderForm(info: MappingInfo): void {
  const r = info.read;
  $('#mapping-read').textContent = r.range ? `${r.range}: ${r.years.join(', ')}; ${r.unit}` : '';
  renderMapping($('#mapping'), info, pageLang());
  ($('#map-year') as HTMLInputElement).value = info.year === null ? '' : String(info.year);
  ($('#map-unit') as HTMLSelectElement).innerHTML =
    `<option value="">${escapeHtml(f.unitAuto)}</option>` +
    UNITS.map((u) => `<option${u === info.unit ? ' selected' : ''}>${escapeHtml(u)}</option>`).join('');
  button('#reset-mapping').hidden = !info.saved;
  // the reading is unsure (a question) and nothing is chosen yet: the form opens itself
  if (info.questions.length && !info.saved) ($('#mapping-box') as HTMLDetailsElement).open = true;
}

async function loadForm(): Promise<void> {
  $('#mapping').innerHTML = '';
  $('#mapping-read').textContent = '';
  $('#mapping-box').hidden = scope() !== 'sheet';
  if (scope() !== 'sheet') return;
  const info = await busy(null, status, t.scanning, () => call('budgetMapping', { sheet: sheet() }));
  if (info) renderForm(info);
}

async function saveForm(reset: boolean): Promise<void> {
  const yearText = ($('#map-year') as HTMLInputElement).value.trim();
  const unit = ($('#map-unit') as HTMLSelectElement).value;
  const headerRow = chosenHeaderRow($('#mapping'));
  const payload = reset
    ? { sheet: sheet(), mapping: null }
    : {
        sheet: sheet(),
        mapping: chosenMapping($('#mapping')),
        ...(headerRow !== undefined ? { headerRow } : {}),
        year: yearText ? Number(yearText) : null,
        unit: unit || null,
      };
  const info = await busy(button(reset ? '#reset-mapping' : '#save-mapping'), status, t.scanning, () => call('budgetSaveMapping', payload));
  if (!info) return;
  renderForm(info);
  await scan(false);
  setStatus(status, 'ok', reset ? f.cleared(sheet()) : f.saved(sheet()));
}

async function scan(withForm = true): Promise<void> {
  const payload = scope() === 'all' ? {} : { sheet: sheet() };
  const result = await busy(button('#scan'), status, t.scanning, () => call('budgetScan', payload));
  if (result) renderScan(result);
  if (withForm) await loadForm();
}

function wire(): void {
  $('#sheet').addEventListener('change', () => void scan());
  $('#tabs').addEventListener('change', (ev) => {
    const box = ev.target as HTMLInputElement;
    if (box.checked) unticked.delete(box.value);
    else unticked.add(box.value);
  });
  document.querySelectorAll<HTMLInputElement>('input[name="scope"]').forEach((r) => r.addEventListener('change', () => void scan()));
  button('#scan').addEventListener('click', () => void scan());
  button('#save-mapping').addEventListener('click', () => void saveForm(false));
  button('#reset-mapping').addEventListener('click', () => void saveForm(true));
  button('#mark').addEventListener('click', async () => {
    const done = await busy(button('#mark'), status, t.marking, () => call('budgetMark', { sheet: sheet() }));
    if (done) setStatus(status, 'ok', done.message);
  });
  button('#unmark').addEventListener('click', async () => {
    const done = await busy(button('#unmark'), status, t.unmarking, () => call('budgetUnmark', { sheet: sheet() }));
    if (done) setStatus(status, 'ok', done.message);
  });
  button('#consolidate').addEventListener('click', async () => {
    const sheets = [...document.querySelectorAll<HTMLInputElement>('#tabs input:checked')].map((i) => i.value);
    if (!sheets.length) {
      setStatus(status, 'error', t.noneChosen);
      return;
    }
    const [first, ...rest] = sheets;
    const done = await busy(button('#consolidate'), status, t.consolidating(sheets.length), () =>
      call('budgetConsolidate', { sheets: [first!, ...rest] }),
    );
    if (done) {
      setStatus(status, 'ok', done.message);
      $('#notes').innerHTML = done.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('');
    }
  });
}

async function start(): Promise<void> {
  const overview = await busy(null, status, t.loading, () => call('budgetOverview'));
  if (!overview) return;
  allSheets = overview.sheets;
  ($('#sheet') as HTMLSelectElement).innerHTML = overview.sheets
    .map((n) => `<option${n === overview.selected ? ' selected' : ''}>${escapeHtml(n)}</option>`)
    .join('');
  // which sheets hold a budget table, for «Свести» (findings are the active sheet's, shown next)
  const all = await busy(null, status, t.loading, () => call('budgetScan', { limit: 1 }));
  for (const s of all?.sheets ?? []) withTables.add(s);
  renderTabs();
  await scan();
}

translate(t);
document.querySelectorAll<HTMLElement>('[data-f]').forEach((el) => {
  const text = (f as Record<string, unknown>)[el.dataset.f!];
  if (typeof text === 'string') el.textContent = text;
});
wire();
void start();
