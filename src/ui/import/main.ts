/**
 * Sidebar «Импорт из Word…»: a .docx chosen on the computer is read here as base64 (FileReader; no Drive scope)
 * and sent to importPreview (what was found, where it will go, what an update would change), then, on the
 * user's click, to importApply; the summary lists each sheet with its check's findings, each clickable (selects
 * the sheet), and offers the proposed «Участники», appended only on a second click (peopleAppendRoster).
 */
import { $, busy, escapeHtml, pageLang, setStatus } from '../shared/dom';
import { call } from '../shared/run';

const en = pageLang() === 'en';
const MAX_BYTES = 10 * 1024 * 1024;
const KIND = en
  ? { plan: 'plan', budget: 'budget', indicators: 'indicators', checklist: 'checklist', people: 'participants', other: 'other table' }
  : { plan: 'план', budget: 'бюджет', indicators: 'показатели', checklist: 'чек-лист', people: 'участники', other: 'другая таблица' };

let file: { fileName: string; data: string } | null = null;
let rosterRows: string[][] = [];
const status = $('#status');

function readBase64(f: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error(en ? 'The file cannot be read.' : 'Файл не читается.'));
    reader.readAsDataURL(f);
  });
}

$('#file').addEventListener('change', async () => {
  const input = $('#file') as HTMLInputElement;
  const chosen = input.files?.[0];
  $('#preview').hidden = true;
  $('#summary').hidden = true;
  file = null;
  if (!chosen) return;
  if (chosen.size > MAX_BYTES) {
    setStatus(
      status,
      'error',
      en
        ? `«${chosen.name}» is larger than 10 MB, the import limit. Nothing was imported.`
        : `«${chosen.name}» больше 10 МБ — это предел импорта. Ничего не импортировано.`,
    );
    return;
  }
  await busy(null, status, en ? 'Reading the document…' : 'Читаю документ…', async () => {
    const data = await readBase64(chosen);
    const preview = await call('importPreview', { fileName: chosen.name, data });
    file = { fileName: chosen.name, data };
    $('#found').textContent = en ? `Tables found: ${preview.sheets.length}` : `Найдено таблиц: ${preview.sheets.length}`;
    $('#sheets').innerHTML =
      preview.sheets
        .map((s) => {
          const action =
            s.action === 'create'
              ? en
                ? 'new sheet'
                : 'новый лист'
              : s.action === 'same'
                ? en
                  ? 'no changes'
                  : 'без изменений'
                : en
                  ? `update: ${s.changes!.changed} rows changed, ${s.changes!.added} added, ${s.changes!.removed} removed`
                  : `обновление: изменится строк ${s.changes!.changed}, добавится ${s.changes!.added}, удалится ${s.changes!.removed}`;
          return `<li><b>${escapeHtml(s.name)}</b> — ${escapeHtml(KIND[s.kind])}, ${escapeHtml(s.summary)}<br><span class="muted">${escapeHtml(s.heading)} · ${escapeHtml(action)}</span></li>`;
        })
        .join('') + repeatsHtml(preview.repeats);
    $('#preview').hidden = false;
    setStatus(status, 'none');
  });
});

/** The tables the document repeats word for word, each with the sheet its first occurrence goes to. */
function repeatsHtml(repeats: readonly { heading: string; sheet: string }[]): string {
  return repeats
    .map(
      (r) =>
        `<li class="muted">${escapeHtml(r.heading)} — ${
          en
            ? `repeats the table of «${escapeHtml(r.sheet)}» word for word: not imported again`
            : `повторяет таблицу листа «${escapeHtml(r.sheet)}» слово в слово — второй раз не импортируется`
        }</li>`,
    )
    .join('');
}

$('#apply').addEventListener('click', async () => {
  if (!file) return;
  const chosen = file;
  // busy() clears the status line when the call returns: the summary is drawn after it
  const result = await busy($('#apply') as HTMLButtonElement, status, en ? 'Importing…' : 'Импортирую…', () => call('importApply', chosen));
  if (!result) return;
  $('#done').textContent = en ? `Imported sheets: ${result.sheets.length}` : `Импортировано листов: ${result.sheets.length}`;
  $('#results').innerHTML = result.sheets
    .map((s, i) => {
      const findings = s.findings === null ? '' : en ? ` — findings: ${s.findings}` : ` — замечаний: ${s.findings}`;
      return `<li><a href="#" data-sheet="${i}">${escapeHtml(s.name)}</a> <span class="muted">${escapeHtml(KIND[s.kind])}, ${escapeHtml(s.summary)}${findings}${s.problem ? ` (${escapeHtml(s.problem)})` : ''}</span></li>`;
    })
    .join('');
  for (const a of Array.from($('#results').querySelectorAll('a[data-sheet]'))) {
    a.addEventListener('click', (e) => {
      e.preventDefault();
      const s = result.sheets[Number((a as HTMLElement).dataset.sheet)]!;
      void call('selectCell', { sheet: s.name, cell: 'A1' }).catch((err: unknown) =>
        setStatus(status, 'error', err instanceof Error ? err.message : String(err)),
      );
    });
  }
  rosterRows = result.roster.rows;
  $('#roster').hidden = rosterRows.length === 0;
  $('#roster-text').textContent = en
    ? `People named in the document: ${rosterRows.length} (${rosterRows
        .slice(0, 5)
        .map((r) => r[0])
        .join(', ')}${rosterRows.length > 5 ? ', …' : ''}). Add them to «Участники»?`
    : `Названы в документе: ${rosterRows.length} (${rosterRows
        .slice(0, 5)
        .map((r) => r[0])
        .join(', ')}${rosterRows.length > 5 ? ', …' : ''}). Дописать в «Участники»?`;
  $('#preview').hidden = true;
  $('#summary').hidden = false;
  setStatus(status, 'ok', en ? 'Done.' : 'Готово.');
});

$('#roster-add').addEventListener('click', async () => {
  if (!rosterRows.length) return;
  const added = await busy($('#roster-add') as HTMLButtonElement, status, '…', () => call('peopleAppendRoster', { rows: rosterRows }));
  if (!added) return;
  $('#roster').hidden = true;
  setStatus(status, 'ok', added.message);
});
