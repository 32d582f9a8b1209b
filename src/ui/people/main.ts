/**
 * Sidebar «Ответственные»: pick the plan sheet, adjust the columns, see the roster's state (create it, fill it
 * from the plan after a look), check with one-click fixes and «Исправить все надёжные», set the dropdown,
 * insert people with the picker, build «Нагрузка» and «Матрица ответственности».
 */
import { $, busy, escapeHtml, pageLang, setStatus, translate } from '../shared/dom';
import { renderFindingList, type ShownFinding } from '../shared/findings';
import { chosenHeaderRow, chosenMapping, renderMapping as renderColumns } from '../shared/mapping';
import { call } from '../shared/run';
import type { DataOf } from '../../server/api';
import { messages as peopleMessages } from '../../core/people/messages';

type MappingInfo = DataOf<'peopleMapping'>;
type Checked = DataOf<'peopleCheck'>;
type Name = DataOf<'peopleRosterNames'>['names'][number];
type Finding = Checked['sheets'][number]['findings'][number] & { sheet: string };

const t = peopleMessages(pageLang()).sidebar;
const status = $('#status');
let names: Name[] = [];
let proposed: string[][] = [];

const sheet = () => ($('#sheet') as HTMLSelectElement).value;
const button = (id: string) => $(id) as HTMLButtonElement;

function renderMapping(info: MappingInfo): void {
  $('#summary').textContent = t.mappingSummary(info.rows, info.column, info.saved);
  renderColumns($('#mapping'), info, pageLang());
}

async function loadMapping(): Promise<void> {
  $('#summary').textContent = '';
  $('#mapping').innerHTML = '';
  $('#findings-box').hidden = true;
  button('#fix-safe').hidden = true;
  const info = await busy(null, status, t.reading, () => call('peopleMapping', { sheet: sheet() }));
  if (info) renderMapping(info);
}

function showRoster(state: { status: string; message: string }): void {
  $('#roster-status').textContent = state.message;
  button('#create-roster').hidden = state.status !== 'missing';
}

/** The cells with a safe fix the last check showed, per sheet, with their whole text. */
let safeCells = new Map<string, { row: number; col: number; text: string }[]>();

async function check(): Promise<void> {
  const result = await busy(button('#check'), status, t.checking, () => call('peopleCheck', { sheet: sheet() }));
  if (!result) return;
  showRoster(result.roster);
  const found: Finding[] = [
    ...result.roster.findings.map((f) => ({ ...f, sheet: 'Участники' })),
    ...result.sheets.flatMap((r) => r.findings.map((f) => ({ ...f, sheet: r.sheet }))),
  ];
  const total = result.roster.findings.length + result.sheets.reduce((n, r) => n + r.total, 0);
  const safe = result.sheets.reduce((n, r) => n + r.safe, 0);
  // «Исправить все надёжные» fixes only these cells, and only while they hold the text shown now
  safeCells = new Map(result.sheets.map((r) => [r.sheet, r.safeCells]));
  $('#findings-box').hidden = false;
  $('#findings-title').textContent = t.findings(total) + (total > found.length ? ` ${t.shown(found.length)}` : '');
  const fixSafe = button('#fix-safe');
  fixSafe.hidden = safe === 0;
  fixSafe.dataset.count = String(safe);
  renderFindingList($('#findings'), found, t, { status, onFix: (f) => void fix(f as ShownFinding & Finding) });
}

async function fix(f: Finding): Promise<void> {
  if (!f.edit || f.col === undefined) return;
  const edit = { row: f.row, col: f.col, ...f.edit };
  const done = await busy(null, status, t.fixing, () => call('peopleApplyFixes', { sheet: f.sheet, edits: [edit] }));
  if (!done) return;
  await check();
  setStatus(status, 'ok', done.message);
}

function renderProposed(): void {
  $('#proposed-box').hidden = proposed.length === 0;
  $('#proposed-title').textContent = t.proposed(proposed.length);
  $('#proposed').innerHTML = proposed
    .map(
      (row, i) =>
        `<li><label><input type="checkbox" data-i="${i}" checked>${escapeHtml(row[0])}` +
        `${row[2] ? ` <small class="muted">${escapeHtml(row[2])}${row[3] ? `, ${escapeHtml(row[3])}` : ''}</small>` : ''}</label></li>`,
    )
    .join('');
}

function renderNames(): void {
  const filter = ($('#filter') as HTMLInputElement).value.trim().toLowerCase();
  const shown = names
    .filter((n) => !filter || n.name.toLowerCase().includes(filter) || (n.detail ?? '').toLowerCase().includes(filter))
    .slice(0, 100);
  $('#names').innerHTML = shown.length
    ? shown
        .map(
          (n) =>
            `<li tabindex="0" data-name="${escapeHtml(n.name)}">${escapeHtml(n.name)}${n.detail ? `<small>${escapeHtml(n.detail)}</small>` : ''}</li>`,
        )
        .join('')
    : `<li>${escapeHtml(t.noNames)}</li>`;
}

async function loadNames(): Promise<void> {
  const result = await busy(null, status, t.loading, () => call('peopleRosterNames', {}));
  if (!result) return;
  names = result.names;
  showRoster(result);
  renderNames();
}

async function insert(name: string): Promise<void> {
  const done = await busy(null, status, t.saving, () => call('peopleInsert', { name }));
  if (done) setStatus(status, 'ok', done.message);
}

function threshold(): number | undefined {
  const v = Number(($('#threshold') as HTMLInputElement).value);
  return Number.isInteger(v) && v >= 1 && v <= 1000 ? v : undefined;
}

function wire(): void {
  $('#sheet').addEventListener('change', () => void loadMapping());
  button('#check').addEventListener('click', () => void check());
  button('#fix-safe').addEventListener('click', async () => {
    if (!confirm(t.fixSafeConfirm(Number(button('#fix-safe').dataset.count ?? 0)))) return;
    const done = await busy(button('#fix-safe'), status, t.fixing, () =>
      call('peopleFixSafe', { sheet: sheet(), seen: safeCells.get(sheet()) ?? [] }),
    );
    if (!done) return;
    await check();
    setStatus(status, 'ok', done.message);
  });
  button('#save-mapping').addEventListener('click', async () => {
    const info = await busy(button('#save-mapping'), status, t.saving, () =>
      call('peopleSaveMapping', { sheet: sheet(), mapping: chosenMapping($('#mapping')), headerRow: chosenHeaderRow($('#mapping')) }),
    );
    if (info) {
      renderMapping(info);
      setStatus(status, 'ok', t.saved);
    }
  });
  button('#reset-mapping').addEventListener('click', async () => {
    const info = await busy(button('#reset-mapping'), status, t.saving, () => call('peopleSaveMapping', { sheet: sheet(), mapping: null }));
    if (info) renderMapping(info);
  });
  button('#create-roster').addEventListener('click', async () => {
    const done = await busy(button('#create-roster'), status, t.saving, () => call('peopleCreateRoster', {}));
    if (!done) return;
    await loadNames();
    setStatus(status, 'ok', done.message);
  });
  button('#propose-roster').addEventListener('click', async () => {
    const result = await busy(button('#propose-roster'), status, t.reading, () => call('peopleProposeRoster', { sheet: sheet() }));
    if (!result) return;
    proposed = result.rows;
    renderProposed();
    if (!proposed.length) setStatus(status, 'ok', peopleMessages(pageLang()).server.rosterNothing);
  });
  button('#add-rows').addEventListener('click', async () => {
    const rows = [...document.querySelectorAll<HTMLInputElement>('#proposed input[type=checkbox]')]
      .filter((c) => c.checked)
      .map((c) => proposed[Number(c.dataset.i)]!);
    if (!rows.length) return;
    const done = await busy(button('#add-rows'), status, t.saving, () => call('peopleAppendRoster', { rows }));
    if (!done) return;
    proposed = [];
    renderProposed();
    await loadNames();
    setStatus(status, 'ok', done.message);
  });
  button('#dropdown').addEventListener('click', async () => {
    const done = await busy(button('#dropdown'), status, t.saving, () => call('peopleInstallDropdown', { sheet: sheet() }));
    if (done) setStatus(status, 'ok', done.message);
  });
  $('#picker-box').addEventListener('toggle', () => {
    if (($('#picker-box') as HTMLDetailsElement).open) void loadNames();
  });
  $('#filter').addEventListener('input', renderNames);
  const pick = (target: EventTarget | null) => {
    const li = (target as HTMLElement | null)?.closest<HTMLElement>('li[data-name]');
    if (li) void insert(li.dataset.name!);
  };
  $('#names').addEventListener('click', (ev) => pick(ev.target));
  $('#names').addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter') {
      ev.preventDefault();
      pick(ev.target);
    }
  });
  button('#workload').addEventListener('click', async () => {
    const limit = threshold();
    const built = await busy(button('#workload'), status, t.building, () =>
      call('peopleWorkload', limit ? { sheet: sheet(), threshold: limit } : { sheet: sheet() }),
    );
    if (built) setStatus(status, 'ok', built.message);
  });
  button('#matrix').addEventListener('click', async () => {
    const built = await busy(button('#matrix'), status, t.building, () => call('peopleMatrix', { sheet: sheet() }));
    if (built) setStatus(status, 'ok', built.message);
  });
}

async function start(): Promise<void> {
  const overview = await busy(null, status, t.loading, () => call('peopleOverview'));
  if (!overview) return;
  ($('#sheet') as HTMLSelectElement).innerHTML = overview.sheets
    .map((n) => `<option${n === overview.selected ? ' selected' : ''}>${escapeHtml(n)}</option>`)
    .join('');
  ($('#threshold') as HTMLInputElement).value = String(overview.threshold);
  showRoster(overview.roster);
  await loadMapping();
}

translate(t);
wire();
void start();
