import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleEnvironment } from './fixtures';

let htmlDir: string;

beforeAll(async () => {
  htmlDir = await mkdtemp(join(tmpdir(), 'klaster-html-'));
  await writeFile(join(htmlDir, 'Sidebar.html'), '<h1><?= title ?></h1><div id="data"><?!= payload ?></div>');
  await writeFile(join(htmlDir, 'About.html'), '<p>Кластер</p>');
  await writeFile(join(htmlDir, 'Bad.html'), '<? for (var i = 0; i < 3; i++) { ?>x<? } ?>');
});

afterAll(async () => {
  await rm(htmlDir, { recursive: true, force: true });
});

describe('HtmlService', () => {
  it('reads a file from htmlDir and shows it as a sidebar', () => {
    const env = sampleEnvironment({ htmlDir });
    const output = env.globals.HtmlService.createHtmlOutputFromFile('About').setTitle('О надстройке').setWidth(300);
    env.globals.SpreadsheetApp.getUi().showSidebar(output);
    expect(env.ui.sidebar).toEqual({ title: 'О надстройке', html: '<p>Кластер</p>', width: 300 });
    expect(env.globals.HtmlService.createHtmlOutputFromFile('About.html').getContent()).toBe('<p>Кластер</p>');
  });

  it('names a missing file as Apps Script does', () => {
    const env = sampleEnvironment({ htmlDir });
    expect(() => env.globals.HtmlService.createHtmlOutputFromFile('Nope')).toThrow('No HTML file named Nope was found.');
    expect(() => env.globals.HtmlService.createHtmlOutputFromFile('../secret')).toThrow(/No HTML file/);
  });

  it('evaluates <?= ?> escaped and <?!= ?> as is', () => {
    const env = sampleEnvironment({ htmlDir });
    const template = env.globals.HtmlService.createTemplateFromFile('Sidebar');
    template.title = 'Школа <№1> & "Лицей"';
    template.payload = '<script>var data = {"a":1}</script>';
    expect(template.evaluate().getContent()).toBe(
      '<h1>Школа &lt;№1&gt; &amp; &quot;Лицей&quot;</h1><div id="data"><script>var data = {"a":1}</script></div>',
    );
  });

  it('refuses other scriptlets and unset properties with a clear message', () => {
    const env = sampleEnvironment({ htmlDir });
    expect(() => env.globals.HtmlService.createTemplateFromFile('Bad').evaluate()).toThrow(
      /эмулятор понимает только <\?= имя \?> и <\?!= имя \?>/,
    );
    const template = env.globals.HtmlService.createTemplateFromFile('Sidebar');
    template.title = 'x';
    expect(() => template.evaluate()).toThrow(/свойство «payload» не задано/);
  });

  it('builds outputs from strings', () => {
    const env = sampleEnvironment();
    const out = env.globals.HtmlService.createHtmlOutput('<b>1</b>').append('<i>2</i>').appendUntrusted('<3>');
    out.setSandboxMode(env.globals.HtmlService.SandboxMode.IFRAME).addMetaTag('viewport', 'width=device-width');
    expect(out.getContent()).toBe('<b>1</b><i>2</i>&lt;3&gt;');
    expect(env.globals.HtmlService.createTemplate('<?= n ?>').evaluate).toBeTypeOf('function');
  });
});
