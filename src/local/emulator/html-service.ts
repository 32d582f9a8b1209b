/** HtmlService: outputs from strings or files of `htmlDir`, and templates with `<?= name ?>` / `<?!= name ?>` only. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SandboxMode, XFrameOptionsMode } from './enums';
import { OPEN_PROPERTIES, SERVICE } from './instrument';

export class HtmlOutputImpl {
  readonly [SERVICE] = 'HtmlOutput';
  title = '';
  width: number | undefined;
  height: number | undefined;
  readonly metaTags: { name: string; content: string }[] = [];

  constructor(public content: string) {}

  getContent(): string {
    return this.content;
  }
  setContent(content: string): HtmlOutputImpl {
    this.content = String(content);
    return this;
  }
  append(addedContent: string): HtmlOutputImpl {
    this.content += String(addedContent);
    return this;
  }
  appendUntrusted(addedContent: string): HtmlOutputImpl {
    this.content += escapeHtml(String(addedContent));
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): HtmlOutputImpl {
    this.title = String(title);
    return this;
  }
  getWidth(): number | undefined {
    return this.width;
  }
  setWidth(width: number): HtmlOutputImpl {
    this.width = width;
    return this;
  }
  getHeight(): number | undefined {
    return this.height;
  }
  setHeight(height: number): HtmlOutputImpl {
    this.height = height;
    return this;
  }
  setSandboxMode(_mode: string): HtmlOutputImpl {
    return this;
  }
  setXFrameOptionsMode(_mode: string): HtmlOutputImpl {
    return this;
  }
  setFaviconUrl(_url: string): HtmlOutputImpl {
    return this;
  }
  addMetaTag(name: string, content: string): HtmlOutputImpl {
    this.metaTags.push({ name: String(name), content: String(content) });
    return this;
  }
}

/**
 * A template: the script sets any properties on it, then evaluate() fills
 * `<?= name ?>` (HTML-escaped) and `<?!= name ?>` (as is). Other scriptlets are refused.
 */
export class HtmlTemplateImpl {
  readonly [SERVICE] = 'HtmlTemplate';
  readonly [OPEN_PROPERTIES] = true;
  readonly #source: string;
  readonly #name: string;

  constructor(source: string, name: string) {
    this.#source = source;
    this.#name = name;
  }

  getRawContent(): string {
    return this.#source;
  }

  evaluate(): HtmlOutputImpl {
    const values = this as unknown as Record<string, unknown>;
    const html = this.#source.replace(/<\?(!?=)?([\s\S]*?)\?>/g, (whole, kind: string | undefined, body: string) => {
      const expr = body.trim();
      if (!kind || !/^[A-Za-z_$][\w$]*$/.test(expr)) {
        throw new Error(`Шаблон ${this.#name}: эмулятор понимает только <?= имя ?> и <?!= имя ?>, а здесь «${whole.slice(0, 60)}»`);
      }
      if (!Object.prototype.hasOwnProperty.call(values, expr)) {
        throw new Error(`Шаблон ${this.#name}: свойство «${expr}» не задано (ReferenceError: ${expr} is not defined)`);
      }
      const text = String(values[expr]);
      return kind === '=' ? escapeHtml(text) : text;
    });
    return new HtmlOutputImpl(html);
  }
}

export class HtmlServiceImpl {
  readonly [SERVICE] = 'HtmlService';
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  /** @param htmlDir where createHtmlOutputFromFile / createTemplateFromFile read `name.html` (dist/ in practice) */
  constructor(private readonly htmlDir: string | undefined) {}

  createHtmlOutput(html?: string): HtmlOutputImpl {
    return new HtmlOutputImpl(html === undefined ? '' : String(html));
  }
  createHtmlOutputFromFile(filename: string): HtmlOutputImpl {
    return new HtmlOutputImpl(this.readFile(filename));
  }
  createTemplate(html: string): HtmlTemplateImpl {
    return new HtmlTemplateImpl(String(html), '(строка)');
  }
  createTemplateFromFile(filename: string): HtmlTemplateImpl {
    return new HtmlTemplateImpl(this.readFile(filename), String(filename));
  }

  private readonly readFile = (filename: string): string => {
    const name = String(filename).replace(/\.html$/, '');
    if (!this.htmlDir || name.includes('/') || name.includes('\\')) {
      throw new Error(`No HTML file named ${name} was found.`);
    }
    try {
      return readFileSync(join(this.htmlDir, `${name}.html`), 'utf8');
    } catch {
      throw new Error(`No HTML file named ${name} was found.`);
    }
  };
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
