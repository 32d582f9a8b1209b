/** Sidebar «О программе»: what the add-on does and the functions for formulas. */
import { $, escapeHtml, setStatus } from '../shared/dom';
import { call } from '../shared/run';

async function main(): Promise<void> {
  const status = $('#status');
  setStatus(status, 'busy', '…');
  try {
    const info = await call('getAboutInfo');
    $('#version').textContent = info.version;
    $('#tagline').textContent = info.tagline;
    $('#jobs').innerHTML = info.jobs.map((j) => `<li>${escapeHtml(j)}</li>`).join('');
    $('#functions-title').textContent = info.functionsTitle;
    $('#functions').innerHTML = info.functions
      .map((f) => `<li><code>${escapeHtml(f.example)}</code><br><span class="muted">${escapeHtml(f.summary)}</span></li>`)
      .join('');
    $('#content').hidden = false;
    setStatus(status, 'none');
  } catch (err) {
    setStatus(status, 'error', err instanceof Error ? err.message : String(err));
  }
}

void main();
