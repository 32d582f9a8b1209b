/**
 * What a file chosen for «Импорт из Word…» is, before anything is unpacked: a .docx is a zip archive
 * (magic «PK\x03\x04»); Word's old binary .doc and a .docx saved with a password are OLE compound files
 * (magic D0 CF 11 E0 A1 B1 1A E1) — the password-protected one holds the streams «EncryptionInfo» and
 * «EncryptedPackage» (MS-OFFCRYPTO), whose names stand in its directory in UTF-16LE. Each gets a clear message;
 * nothing is written for any of them.
 *
 * The size limit: DOCX_MAX_BYTES (10 MB) for the file itself, and DOCX_MAX_UNPACKED (50 MB) for
 * word/document.xml unpacked. A passport or a plan with its tables is 20–100 KB (the seeds: 9–26 KB); the limit
 * leaves room for pictures, and keeps the file, sent from the sidebar as base64 (a third larger), well inside
 * what one google.script.run call and one execution's memory carry.
 */
import type { Lang } from '../i18n/lang';

export const DOCX_MAX_BYTES = 10 * 1024 * 1024;
export const DOCX_MAX_UNPACKED = 50 * 1024 * 1024;

export type DocxProblem = 'empty' | 'too-large' | 'old-doc' | 'encrypted' | 'not-docx' | 'damaged' | 'no-document';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

const startsWith = (bytes: ArrayLike<number>, magic: number[]) => magic.every((b, i) => (bytes[i]! & 0xff) === b);

/** The UTF-16LE bytes of a stream name, as an OLE directory holds it. */
function containsUtf16(bytes: ArrayLike<number>, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let i = 0; i + text.length * 2 <= bytes.length; i++) {
    if ((bytes[i]! & 0xff) !== first || (bytes[i + 1]! & 0xff) !== 0) continue;
    for (let k = 1; k < text.length; k++) {
      if ((bytes[i + 2 * k]! & 0xff) !== text.charCodeAt(k) || (bytes[i + 2 * k + 1]! & 0xff) !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/** Why these bytes cannot be imported as a .docx, or null when they look like one (a zip archive). */
export function docxFileProblem(bytes: ArrayLike<number>): DocxProblem | null {
  if (bytes.length === 0) return 'empty';
  if (bytes.length > DOCX_MAX_BYTES) return 'too-large';
  if (startsWith(bytes, OLE)) return containsUtf16(bytes, 'EncryptedPackage') ? 'encrypted' : 'old-doc';
  if (!startsWith(bytes, ZIP)) return 'not-docx';
  return null;
}

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} МБ`;

/** The message for a problem, in the user's language. */
export function docxProblemMessage(problem: DocxProblem, lang: Lang = 'ru', fileName = ''): string {
  const f = fileName ? `«${fileName.slice(0, 80)}»` : lang === 'en' ? 'The file' : 'Файл';
  if (lang === 'en') {
    switch (problem) {
      case 'empty':
        return `${f} is empty. Nothing was imported.`;
      case 'too-large':
        return `${f} is larger than ${mb(DOCX_MAX_BYTES).replace('МБ', 'MB')}, the import limit. Save the tables into a smaller document (without pictures) and import it. Nothing was imported.`;
      case 'old-doc':
        return `${f} is an old Word document (.doc). Open it in Word or LibreOffice, save it as .docx and import that. Nothing was imported.`;
      case 'encrypted':
        return `${f} is protected with a password. Open it, remove the password (File → Info → Protect document) and save it again. Nothing was imported.`;
      case 'not-docx':
        return `${f} is not a Word document (.docx). Nothing was imported.`;
      case 'damaged':
        return `${f} is damaged: the archive cannot be read. Open it in Word and save it again. Nothing was imported.`;
      case 'no-document':
        return `${f} is a zip archive but not a Word document (no word/document.xml). Nothing was imported.`;
    }
  }
  switch (problem) {
    case 'empty':
      return `${f} пуст. Ничего не импортировано.`;
    case 'too-large':
      return `${f} больше ${mb(DOCX_MAX_BYTES)} — это предел импорта. Сохраните таблицы в документ поменьше (без рисунков) и импортируйте его. Ничего не импортировано.`;
    case 'old-doc':
      return `${f} — документ старого формата Word (.doc). Откройте его в Word или LibreOffice, сохраните как .docx и импортируйте. Ничего не импортировано.`;
    case 'encrypted':
      return `${f} защищён паролем. Откройте его, снимите пароль (Файл → Сведения → Защита документа) и сохраните заново. Ничего не импортировано.`;
    case 'not-docx':
      return `${f} — не документ Word (.docx). Ничего не импортировано.`;
    case 'damaged':
      return `${f} повреждён: архив не читается. Откройте его в Word и сохраните заново. Ничего не импортировано.`;
    case 'no-document':
      return `${f} — zip-архив, но не документ Word (нет word/document.xml). Ничего не импортировано.`;
  }
}
