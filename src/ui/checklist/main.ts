/**
 * Sidebar «Мониторинг»: create the template, send out the school tabs (in batches, with progress), check
 * them, record a round, build the summary and the note (as a sheet or a Google Doc), check the indicators.
 */
import { $, busy, escapeHtml, pageLang, setStatus, translate } from '../shared/dom';
import { renderFindingList } from '../shared/findings';
import { chosenHeaderRow, chosenMapping, renderMapping } from '../shared/mapping';
import { call } from '../shared/run';
import type { DataOf } from '../../server/api';
import { checklistMessages } from '../../core/checklist/messages';

type Overview = DataOf<'checklistOverview'>;
type TabFindings = DataOf<'checklistCheck'>[number];
type ImportPreview = DataOf<'checklistImportPreview'>;

const t = checklistMessages(pageLang()).sidebar;
const status = $('#status');

const button = (id: string) => $(id) as HTMLButtonElement;

/** The round the results are built from: '' for the live answers. */
function basedOn(): { round?: string } {
  const round = ($('#based-on') as HTMLSelectElement).value;
  return round ? { round } : {};
}

function renderOverview(o: Overview): void {
  const sheets = $('#import-sheet') as HTMLSelectElement;
  const was = sheets.value || o.activeSheet;
  sheets.innerHTML = o.importSheets.map((n) => `<option${n === was ? ' selected' : ''}>${escapeHtml(n)}</option>`).join('');
  button('#import-read').disabled = o.importSheets.length === 0;
  $('#state').textContent = o.hasTemplate ? t.state(o.criteria, o.schools, o.tabs, o.rounds.length) : t.noTemplate;
  button('#create-template').hidden = o.hasTemplate;
  const name = $('#round-name') as HTMLInputElement;
  if (!name.value) name.value = o.roundName;
  const select = $('#based-on') as HTMLSelectElement;
  const chosen = select.value;
  select.innerHTML =
    `<option value="">${escapeHtml(t.live)}</option>` +
    o.rounds.map((r) => `<option${r === chosen ? ' selected' : ''}>${escapeHtml(r)}</option>`).join('');
}

async function refresh(): Promise<void> {
  const o = await busy(null, status, t.loading, () => call('checklistOverview'));
  if (o) renderOverview(o);
}

function renderFindings(results: TabFindings[]): void {
  const all = results.flatMap((r) => r.findings.map((f) => ({ ...f, sheet: r.sheet })));
  const total = results.reduce((n, r) => n + r.total, 0);
  $('#findings-box').hidden = false;
  $('#findings-title').textContent = t.findings(total) + (total > all.length ? ` ${t.shown(all.length)}` : '');
  renderFindingList($('#findings'), all, t, { status });
}

/** «Разослать чек-листы»: calls again while schools remain, moving the progress bar. */
async function distribute(): Promise<void> {
  const box = $('#progress-box');
  const bar = $('#progress') as HTMLProgressElement;
  const text = $('#progress-text');
  box.hidden = false;
  bar.removeAttribute('value');
  const findings: DataOf<'checklistDistribute'>['findings'] = [];
  let created = 0;
  let last: DataOf<'checklistDistribute'> | undefined;
  for (;;) {
    const step = await busy(button('#distribute'), status, t.working, () => call('checklistDistribute', { previous: created }));
    if (!step) return; // the error is in the status line
    last = step;
    created += step.created.length;
    findings.push(...step.findings);
    bar.max = Math.max(1, step.total);
    bar.value = step.total - step.remaining;
    text.textContent = `${step.total - step.remaining} / ${step.total}`;
    if (step.remaining === 0 || step.created.length === 0) break;
    setStatus(status, 'busy', step.message);
  }
  await refresh();
  setStatus(status, 'ok', last.message);
  if (findings.length) {
    $('#findings-box').hidden = false;
    $('#findings-title').textContent = t.findings(findings.length);
    renderFindingList($('#findings'), findings, t, { status });
  }
}

// ---- «Импорт чек-листа» ----

const importStatus = () => $('#import-status');
const importSheet = () => ($('#import-sheet') as HTMLSelectElement).value;

/** What the pasted checklist reads as: criteria by section, the scale, the questions, and the column form. */
function renderImport(p: ImportPreview): void {
  $('#import-box').hidden = false;
  setStatus(importStatus(), p.ok && !p.indicators ? 'ok' : 'error', p.problem ?? '');
  if (!p.problem) importStatus().textContent = '';
  $('#import-summary').textContent = p.ok ? t.importSummary(p.total, p.sections.length, p.answers) : '';
  $('#import-scale').textContent = p.scale;
  $('#import-questions').innerHTML = p.importQuestions
    .map((q) => `<li class="${q.severity}">${q.cell ? `<small>${escapeHtml(q.cell)}</small> ` : ''}${escapeHtml(q.message)}</li>`)
    .join('');
  $('#import-criteria-title').textContent = t.importCriteria(p.total);
  let section: string | null = null;
  const items: string[] = [];
  for (const c of p.criteria) {
    if (c.section !== section) {
      section = c.section;
      if (section) items.push(`<li class="section">${escapeHtml(section)}</li>`);
    }
    items.push(
      `<li>${c.number ? `${escapeHtml(c.number)}. ` : ''}${escapeHtml(c.text)} <small>(${escapeHtml(c.scale)}${c.negative ? `; ${escapeHtml(t.negative)}` : ''})</small></li>`,
    );
  }
  $('#import-criteria').innerHTML = items.join('');
  renderMapping($('#import-mapping'), p, pageLang());
  ($('#import-mapping-box') as HTMLDetailsElement).open = !p.ok || p.questions.length > 0;
  button('#import-make').disabled = !p.ok || p.indicators;
  button('#import-reset-mapping').disabled = !p.saved;
}

async function readImport(): Promise<void> {
  const p = await busy(button('#import-read'), status, t.checking, () => call('checklistImportPreview', { sheet: importSheet() }));
  if (p) renderImport(p);
}

/** «Создать шаблон из листа»: asks before replacing an existing template. */
async function makeTemplate(): Promise<void> {
  const make = (replace: boolean) =>
    busy(button('#import-make'), importStatus(), t.working, () =>
      call('checklistImport', { sheet: importSheet(), ...(replace ? { replace } : {}) }),
    );
  let done = await make(false);
  if (done?.exists) {
    if (!confirm(done.message)) return;
    done = await make(true);
  }
  if (!done) return;
  await refresh();
  setStatus(importStatus(), 'ok', done.message);
}

declare const google: { script: { playground?: boolean } };

/** The local playground (its google.script.run shim says so): the note is downloaded as .docx or .md instead. */
function inPlayground(): boolean {
  return typeof google !== 'undefined' && google.script.playground === true;
}

function showDownloads(): void {
  const round = basedOn().round;
  const query = round ? `?round=${encodeURIComponent(round)}` : '';
  const link = $('#doc-link');
  link.hidden = false;
  link.innerHTML = `${escapeHtml(t.playgroundNote)} <a id="note-docx" href="/note.docx${query}" download>.docx</a> · <a id="note-md" href="/note.md${query}" download>.md</a>`;
}

function wire(): void {
  button('#import-read').addEventListener('click', () => void readImport());
  button('#import-make').addEventListener('click', () => void makeTemplate());
  button('#import-save-mapping').addEventListener('click', async () => {
    const p = await busy(button('#import-save-mapping'), importStatus(), t.working, () =>
      call('checklistImportSaveMapping', {
        sheet: importSheet(),
        mapping: chosenMapping($('#import-mapping')),
        headerRow: chosenHeaderRow($('#import-mapping')),
      }),
    );
    if (p) {
      renderImport(p);
      setStatus(importStatus(), 'ok', t.saved);
    }
  });
  button('#import-reset-mapping').addEventListener('click', async () => {
    const p = await busy(button('#import-reset-mapping'), importStatus(), t.working, () =>
      call('checklistImportSaveMapping', { sheet: importSheet(), mapping: null }),
    );
    if (p) renderImport(p);
  });
  button('#create-template').addEventListener('click', async () => {
    const made = await busy(button('#create-template'), status, t.working, () => call('checklistCreateTemplate', {}));
    if (made) {
      await refresh();
      setStatus(status, 'ok', made.message);
    }
  });
  button('#distribute').addEventListener('click', () => void distribute());
  button('#check').addEventListener('click', async () => {
    const results = await busy(button('#check'), status, t.checking, () => call('checklistCheck', {}));
    if (results) renderFindings(results);
  });
  button('#fix-round').addEventListener('click', async () => {
    const name = ($('#round-name') as HTMLInputElement).value.trim();
    if (name && !confirm(t.fixConfirm(name))) return;
    const fixed = await busy(button('#fix-round'), status, t.working, () => call('checklistFixRound', { name }));
    if (fixed) {
      ($('#round-name') as HTMLInputElement).value = '';
      await refresh();
      setStatus(status, 'ok', fixed.message);
    }
  });
  button('#summary').addEventListener('click', async () => {
    const built = await busy(button('#summary'), status, t.working, () => call('checklistBuildSummary', basedOn()));
    if (built) setStatus(status, 'ok', built.message);
  });
  button('#note').addEventListener('click', async () => {
    const built = await busy(button('#note'), status, t.working, () => call('checklistBuildNote', basedOn()));
    if (built) setStatus(status, 'ok', built.message);
  });
  button('#note-doc').addEventListener('click', async () => {
    if (inPlayground()) {
      showDownloads();
      return;
    }
    const reply = await busy(button('#note-doc'), status, t.working, () => call('checklistNoteDoc', basedOn()));
    if (!reply) return;
    const link = $('#doc-link');
    link.hidden = false;
    const url = 'url' in reply ? reply.url : reply.authorize;
    link.innerHTML = `<a href="${escapeHtml(url)}" target="_blank" rel="noopener">${escapeHtml('url' in reply ? t.openDoc : t.grant)}</a>`;
    setStatus(status, 'ok', reply.message);
  });
  button('#indicators').addEventListener('click', async () => {
    const done = await busy(button('#indicators'), status, t.working, () => call('checklistIndicators', {}));
    if (done) {
      setStatus(status, 'ok', done.message);
      if (done.findings.length) renderFindings([{ sheet: done.sheet, findings: done.findings, total: done.findings.length, answered: 0 }]);
    }
  });
}

translate(t);
wire();
void refresh();
