/** Sidebar «Календарный план»: pick the sheet, adjust the columns, check, build the calendar and the month agenda, make a new plan. */
import { $, busy, escapeHtml, pageLang, setStatus, translate } from '../shared/dom';
import { renderFindingList } from '../shared/findings';
import { chosenHeaderRow, chosenMapping, renderMapping as renderColumns } from '../shared/mapping';
import { call } from '../shared/run';
import type { DataOf } from '../../server/api';
import { messages as planMessages } from '../../core/plan/messages';

type MappingInfo = DataOf<'planMapping'>;
type SheetFindings = DataOf<'planCheck'>[number];
type ShownFinding = Parameters<typeof renderFindingList>[1][number];

const t = planMessages(pageLang()).sidebar;
const status = $('#status');

function sheet(): string {
  return ($('#sheet') as HTMLSelectElement).value;
}

function button(id: string): HTMLButtonElement {
  return $(id) as HTMLButtonElement;
}

/** The user changed the month by hand: a plan's own default no longer replaces it. */
let monthTouched = false;
/** The user is typing a period: a reply that arrives meanwhile does not wipe it. */
let periodEdited = false;

function renderMapping(info: MappingInfo): void {
  const hint = $('#hint');
  hint.hidden = !info.problem;
  hint.textContent = info.problem?.message ?? '';
  $('#summary').textContent = info.problem ? '' : t.summary(info.stats.rows, info.stats.stages, info.stats.unknown, info.saved);
  renderColumns($('#mapping'), info, pageLang());
  // not a plan (yet): the column form is the way to make it one
  if (info.problem && info.problem.code !== 'no-header' && info.problem.code !== 'empty')
    ($('#mapping-box') as HTMLDetailsElement).open = true;
  renderPeriod(info);
  if (!info.problem && !monthTouched) ($('#month') as HTMLInputElement).value = info.month;
}

/** «Период плана»: what the plan is read with and where it comes from; asked for when the plan names no year. */
function renderPeriod(info: MappingInfo): void {
  $('#period-box').hidden = !!info.problem;
  const input = $('#period') as HTMLInputElement;
  if (!periodEdited) input.value = info.periodSaved;
  input.placeholder = info.period && info.period.source !== 'user' ? info.period.text : t.periodPlaceholder;
  const about = $('#period-info');
  about.className = info.needsPeriod ? 'muted missing' : 'muted';
  about.textContent = info.needsPeriod ? t.periodMissing : info.period ? `${info.period.text} — ${t.periodSource[info.period.source]}` : '';
  button('#reset-period').hidden = !info.periodSaved;
}

async function loadMapping(): Promise<void> {
  $('#summary').textContent = '';
  $('#hint').hidden = true;
  $('#mapping').innerHTML = '';
  $('#findings-box').hidden = true;
  const info = await busy(null, status, t.reading, () => call('planMapping', { sheet: sheet() }));
  if (info) renderMapping(info);
}

let shown: ShownFinding[] = [];

function renderFindings(results: SheetFindings[]): void {
  shown = results.flatMap((r) => r.findings.map((f) => ({ ...f, sheet: r.sheet })));
  $('#findings-box').hidden = false;
  const total = results.reduce((n, r) => n + r.total, 0);
  $('#findings-title').textContent = t.findings(total) + (total > shown.length ? ` ${t.shown(shown.length)}` : '');
  renderFindingList($('#findings'), shown, t, { status, onFix: (f) => void cleanUp(f) });
}

/** A finding's fix, on the user's click: the server writes it only if the cell still holds what was checked. */
async function cleanUp(f: ShownFinding): Promise<void> {
  if (!f.fix) return;
  const done = await busy(null, status, t.fixing, () => call('planCleanMarkup', { sheet: f.sheet, cell: f.cell, value: f.fix!.value }));
  if (!done) return;
  shown = shown.filter((x) => x !== f);
  renderFindingList($('#findings'), shown, t, { status, onFix: (x) => void cleanUp(x) });
  setStatus(status, 'ok', done.message);
}

async function setPeriod(period: string | null): Promise<void> {
  const info = await busy(button('#apply-period'), status, t.saving, () => call('planSetPeriod', { sheet: sheet(), period }));
  if (info) {
    periodEdited = false;
    renderMapping(info);
    setStatus(status, 'ok', t.periodSaved);
  }
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

/** «Скачать .ics»'s texts (the plan messages hold the rest of the sidebar's). */
const ICS =
  pageLang() === 'en'
    ? {
        button: 'Download .ics',
        busy: 'Preparing the calendar…',
        show: 'Not downloaded? Show the text to copy',
        copy: 'Copy',
        copied: 'Copied: save it as a file ending in .ics.',
        select: 'Selected: press Ctrl+C (⌘C) and save it as a file ending in .ics.',
      }
    : {
        button: 'Скачать .ics',
        busy: 'Готовлю календарь…',
        show: 'Не скачалось? Показать текст для копирования',
        copy: 'Копировать',
        copied: 'Скопировано: сохраните его в файл с окончанием .ics.',
        select: 'Текст выделен: нажмите Ctrl+C (⌘C) и сохраните его в файл с окончанием .ics.',
      };

/**
 * The .ics as a file download from the sidebar: a Blob URL on an <a download>, clicked. Google serves an add-on's
 * sidebar in the IFRAME sandbox, whose flags include allow-downloads (and allow-modals, allow-popups, but no
 * top navigation): «HTML Service: Restrictions», https://developers.google.com/apps-script/guides/html/restrictions
 * («Restrictions in IFRAME mode»). Without that flag Chrome (83 and later) blocks any download started in a
 * sandboxed frame (https://www.chromestatus.com/feature/5706745674465280; e.g. codesandbox/codesandbox-client#4739),
 * and a sandboxed frame cannot tell that a download was blocked — so the text is offered for copying as well. The
 * page names no clipboard permission for the frame (unverified whether Google grants clipboard-write), so copying
 * falls back to selecting the text and execCommand('copy').
 * ../shared/SHEETS-FACTS.md §10 notes the same list.
 */
function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function copyText(): Promise<void> {
  const area = $('#ics-text') as HTMLTextAreaElement;
  area.focus();
  area.select();
  try {
    await navigator.clipboard.writeText(area.value);
    setStatus(status, 'ok', ICS.copied);
  } catch {
    setStatus(status, 'ok', document.execCommand('copy') ? ICS.copied : ICS.select);
  }
}

function wireIcs(): void {
  button('#ics').textContent = ICS.button;
  $('#ics-show').textContent = ICS.show;
  button('#ics-copy-button').textContent = ICS.copy;
  button('#ics').addEventListener('click', async () => {
    const ics = await busy(button('#ics'), status, ICS.busy, () => call('planIcs', { sheet: sheet() }));
    if (!ics) return;
    ($('#ics-text') as HTMLTextAreaElement).value = ics.text;
    $('#ics-copy').hidden = true;
    $('#ics-box').hidden = false;
    try {
      downloadText(ics.fileName, ics.text);
    } catch {
      $('#ics-copy').hidden = false;
    }
    setStatus(status, 'ok', ics.message);
  });
  $('#ics-show').addEventListener('click', (e) => {
    e.preventDefault();
    $('#ics-copy').hidden = false;
    ($('#ics-text') as HTMLTextAreaElement).select();
  });
  button('#ics-copy-button').addEventListener('click', () => void copyText());
}

function wire(): void {
  wireIcs();
  $('#sheet').addEventListener('change', () => {
    monthTouched = false;
    periodEdited = false;
    void loadMapping();
  });
  $('#period').addEventListener('input', () => (periodEdited = true));
  $('#month').addEventListener('input', () => (monthTouched = true));
  button('#apply-period').addEventListener('click', () => {
    const text = ($('#period') as HTMLInputElement).value.trim();
    void setPeriod(text || null);
  });
  $('#period').addEventListener('keydown', (ev) => {
    if ((ev as KeyboardEvent).key === 'Enter') button('#apply-period').click();
  });
  button('#reset-period').addEventListener('click', () => void setPeriod(null));
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
      call('planSaveMapping', { sheet: sheet(), mapping: chosenMapping($('#mapping')), headerRow: chosenHeaderRow($('#mapping')) }),
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
    const near = $('#new-plan-status');
    const made = await busy(button('#create-plan'), near, t.creating, () => call('planCreate', { project, stages }));
    if (made) {
      await start(made.sheet);
      // said twice: beside the button the user just pressed, and at the top, scrolled into view with the new sheet chosen
      setStatus(near, 'ok', t.created(made.sheet));
      setStatus(status, 'ok', t.created(made.sheet));
      status.scrollIntoView({ block: 'nearest' });
    }
  });
}

async function start(select?: string): Promise<void> {
  const overview = await busy(null, status, t.loading, () => call('planOverview'));
  if (!overview) return;
  const chosen = select ?? overview.selected;
  const option = (n: string) => `<option${n === chosen ? ' selected' : ''}>${escapeHtml(n)}</option>`;
  const plans = new Set(overview.plans);
  const others = overview.sheets.filter((n) => !plans.has(n));
  ($('#sheet') as HTMLSelectElement).innerHTML = plans.size
    ? `<optgroup label="${escapeHtml(t.planSheets)}">${overview.plans.map(option).join('')}</optgroup>` +
      (others.length ? `<optgroup label="${escapeHtml(t.otherSheets)}">${others.map(option).join('')}</optgroup>` : '')
    : overview.sheets.map(option).join('');
  const month = $('#month') as HTMLInputElement;
  if (!month.value) month.value = overview.month;
  await loadMapping();
}

translate(t);
wire();
addStageRow();
void start();
