/**
 * The playground's stand-in for «Справка — документ Google»: the analytical note as a .docx (the `docx`
 * library) or Markdown download, built by the same server endpoint the CLI uses (checklistNote).
 */
import type { ServerResponse } from 'node:http';
import { renderMarkdown } from '../../core/checklist/note';
import { run } from '../client';
import type { Session } from '../emulator';
import { noteDocx } from '../note-docx';

export const NOTE_PATHS = new Set(['/note.docx', '/note.md']);

/** Writes the note for `?round=` (the live answers without it); a Russian message with 400 when it cannot be built. */
export async function sendNote(res: ServerResponse, session: Session, url: URL): Promise<void> {
  const round = url.searchParams.get('round');
  const reply = run(session, 'checklistNote', round ? { round } : {});
  if (!reply.ok) {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end(reply.error);
    return;
  }
  const docx = url.pathname === '/note.docx';
  const body = docx ? await noteDocx(reply.data) : renderMarkdown(reply.data);
  const name = `Аналитическая справка.${docx ? 'docx' : 'md'}`;
  res.writeHead(200, {
    'content-type': docx ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : 'text/markdown; charset=utf-8',
    'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}
