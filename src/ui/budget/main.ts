/** Sidebar «Бюджет»: budget tables of the active sheet (or of all), findings with a click to the cell, marks, «Свести». */
import { $, busy, escapeHtml, pageLang, setStatus, translate } from '../shared/dom';
import { renderFindingList } from '../shared/findings';
import { call } from '../shared/run';
import type { DataOf } from '../../server/api';
import { budgetMessages } from '../../core/budget/messages';

type Scan = DataOf<'budgetScan'>;

const t = budgetMessages(pageLang()).sidebar;
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

async function scan(): Promise<void> {
  const payload = scope() === 'all' ? {} : { sheet: sheet() };
  const result = await busy(button('#scan'), status, t.scanning, () => call('budgetScan', payload));
  if (result) renderScan(result);
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
    const done = await busy(button('#consolidate'), status, t.consolidating(sheets.length), () => call('budgetConsolidate', { sheets: [first!, ...rest] }));
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
wire();
void start();
