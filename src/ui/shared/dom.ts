/** Small DOM helpers shared by the sidebars. All cell text goes through `escapeHtml` before display. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export function $(selector: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`missing element ${selector}`);
  return el;
}

/** The interface language the server put into `<meta name="klaster-locale">`. */
export function pageLang(): 'ru' | 'en' {
  const meta = document.querySelector('meta[name="klaster-locale"]');
  return meta?.getAttribute('content') === 'en' ? 'en' : 'ru';
}

/** Shows a status line: a spinner while busy, an error in red, or a plain message. */
export function setStatus(el: HTMLElement, kind: 'busy' | 'error' | 'ok' | 'none', text = ''): void {
  el.className = `status status-${kind}`;
  el.innerHTML = kind === 'busy' ? `<span class="spinner" aria-hidden="true"></span>${escapeHtml(text)}` : escapeHtml(text);
  el.setAttribute('role', kind === 'error' ? 'alert' : 'status');
}

/** Runs an async action with the button disabled and a spinner in the status line. */
export async function busy<T>(
  button: HTMLButtonElement | null,
  status: HTMLElement,
  text: string,
  action: () => Promise<T>,
): Promise<T | undefined> {
  if (button) button.disabled = true;
  setStatus(status, 'busy', text);
  try {
    const value = await action();
    setStatus(status, 'none');
    return value;
  } catch (err) {
    setStatus(status, 'error', err instanceof Error ? err.message : String(err));
    return undefined;
  } finally {
    if (button) button.disabled = false;
  }
}

/** Fills every element with `data-t="key"` with the string `texts[key]`. */
export function translate(texts: object): void {
  document.querySelectorAll<HTMLElement>('[data-t]').forEach((el) => {
    const text = (texts as Record<string, unknown>)[el.dataset.t!];
    if (typeof text === 'string') el.textContent = text;
  });
}
