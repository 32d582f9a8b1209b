/** Sidebar «Календарный план»: pick the sheet, adjust the columns, check, build the calendar and the month agenda, make a new plan. */
import { $, busy, escapeHtml, pageLang, setStatus, translate } from '../shared/dom';
import { renderFindingList } from '../shared/findings';
import { chosenMapping, renderMapping as renderColumns } from '../shared/mapping';
import { call } from '../shared/run';
import type { DataOf } from '../../server/api';
import { messages as planMessages } from '../../core/plan/messages';

type MappingInfo = DataOf<'planMapping'>;
type SheetFindings = DataOf<'planCheck'>[number];

const t = planMessages(pageLang()).sidebar;
const status = $('#status');

function sheet(): string {
  return ($('#sheet') as HTMLSelectElement).value;
}

function button(id: string): HTMLButtonElement {
  return $(id) as HTMLButtonElement;
}

function renderMapping(info: MappingInfo): void {
  $('#summary').textContent = t.summary(info.stats.rows, info.stats.stages, info.stats.unknown, info.saved);
  renderColumns($('#mapping'), info, t.none);
}

async function loadMapping(): Promise<void> {
  $('#summary').textContent = '';
  $('#mapping').innerHTML = '';
  $('#findings-box').hidden = true;
  const info = await busy(null, status, t.reading, () => call('planMapping', { sheet: sheet() }));
  if (info) renderMapping(info);
}

function renderFindings(results: SheetFindings[]): void {
  const all = results.flatMap((r) => r.findings.map((f) => ({ ...f, sheet: r.sheet })));
  $('#findings-box').hidden = false;
  const total = results.reduce((n, r) => n + r.total, 0);
  $('#findings-title').textContent = t.findings(total) + (total > all.length ? ` ${t.shown(all.length)}` : '');
  renderFindingList($('#findings'), all, t, { status });
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
    const results = await busy(button('#check'), status, t.checking, () => call('planCheck', { sheet: sheet() }));
    if (results) renderFindings(results);
  });
  button('#calendar').addEventListener('click', async () => {
    const built = await busy(button('#calendar'), status, t.building, () => call('planBuildCalendar', { sheet: sheet() }));
    if (built) setStatus(status, 'ok', built.message);
  });
  button('#agenda').addEventListener('click', async () => {
    const month = ($('#month') as HTMLInputElement).value;
    const built = await busy(button('#agenda'), status, t.agendaBusy, () =>
      call('planMonthAgenda', month ? { sheet: sheet(), month } : { sheet: sheet() }),
    );
    if (built) setStatus(status, 'ok', built.message);
  });
  button('#date-columns').addEventListener('click', async () => {
    if (!confirm(t.dateColumnsConfirm.replace('{sheet}', sheet()))) return;
    const add = (confirmToken?: string) =>
      busy(button('#date-columns'), status, t.saving, () =>
        call('planAddDateColumns', confirmToken ? { sheet: sheet(), confirm: confirmToken } : { sheet: sheet() }),
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
      call('planSaveMapping', { sheet: sheet(), mapping: chosenMapping($('#mapping')) }),
    );
    if (info) {
      renderMapping(info);
      setStatus(status, 'ok', t.saved);
    }
  });
  button('#reset-mapping').addEventListener('click', async () => {
    const info = await busy(button('#reset-mapping'), status, t.saving, () => call('planSaveMapping', { sheet: sheet(), mapping: null }));
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
    const made = await busy(button('#create-plan'), status, t.creating, () => call('planCreate', { project, stages }));
    if (made) {
      await start(made.sheet);
      setStatus(status, 'ok', t.created(made.sheet));
    }
  });
}

async function start(select?: string): Promise<void> {
  const overview = await busy(null, status, t.loading, () => call('planOverview'));
  if (!overview) return;
  const chosen = select ?? overview.selected;
  ($('#sheet') as HTMLSelectElement).innerHTML = overview.sheets
    .map((n) => `<option${n === chosen ? ' selected' : ''}>${escapeHtml(n)}</option>`)
    .join('');
  const month = $('#month') as HTMLInputElement;
  if (!month.value) month.value = overview.month;
  await loadMapping();
}

translate(t);
wire();
addStageRow();
void start();
