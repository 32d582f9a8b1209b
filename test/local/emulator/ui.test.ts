import { describe, expect, it } from 'vitest';
import { sampleEnvironment } from './fixtures';

describe('Ui', () => {
  it('records the menu tree with separators and submenus', () => {
    const env = sampleEnvironment();
    const ui = env.globals.SpreadsheetApp.getUi();
    const checks = ui.createMenu('Проверки').addItem('Сроки', 'checkTerms').addItem('Бюджет', 'checkBudget');
    ui.createAddonMenu().addItem('Календарный план', 'showPlan').addSeparator().addSubMenu(checks).addToUi();
    ui.createMenu('Кластер (отладка)').addItem('Сбросить', 'reset').addToUi();
    expect(env.ui.menus).toEqual([
      {
        kind: 'addon',
        caption: 'Кластер',
        items: [
          { kind: 'item', caption: 'Календарный план', functionName: 'showPlan' },
          { kind: 'separator' },
          {
            kind: 'submenu',
            caption: 'Проверки',
            items: [
              { kind: 'item', caption: 'Сроки', functionName: 'checkTerms' },
              { kind: 'item', caption: 'Бюджет', functionName: 'checkBudget' },
            ],
          },
        ],
      },
      { kind: 'custom', caption: 'Кластер (отладка)', items: [{ kind: 'item', caption: 'Сбросить', functionName: 'reset' }] },
    ]);
  });

  it('adding the add-on menu again replaces it', () => {
    const env = sampleEnvironment({ addonName: 'Кластер 2' });
    const ui = env.globals.SpreadsheetApp.getUi();
    ui.createAddonMenu().addItem('A', 'a').addToUi();
    ui.createAddonMenu().addItem('B', 'b').addToUi();
    expect(env.ui.menus).toEqual([{ kind: 'addon', caption: 'Кластер 2', items: [{ kind: 'item', caption: 'B', functionName: 'b' }] }]);
  });

  it('alert answers OK / YES by default, or the scripted answer', () => {
    const env = sampleEnvironment();
    const ui = env.globals.SpreadsheetApp.getUi();
    expect(ui.alert('Готово')).toBe(ui.Button.OK);
    expect(ui.alert('Пересоздать лист «Календарь»?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    env.ui.answerNextAlert('NO');
    expect(ui.alert('Внимание', 'Удалить данные?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(env.ui.alerts).toEqual([
      { title: '', prompt: 'Готово', buttons: 'OK', answer: 'OK' },
      { title: '', prompt: 'Пересоздать лист «Календарь»?', buttons: 'YES_NO', answer: 'YES' },
      { title: 'Внимание', prompt: 'Удалить данные?', buttons: 'YES_NO', answer: 'NO' },
    ]);
  });

  it('prompt returns the scripted text and button', () => {
    const env = sampleEnvironment();
    const ui = env.globals.SpreadsheetApp.getUi();
    env.ui.answerNextPrompt('2022/2023');
    const response = ui.prompt('Учебный год', 'Введите год', ui.ButtonSet.OK_CANCEL);
    expect([response.getResponseText(), response.getSelectedButton()]).toEqual(['2022/2023', 'OK']);
    expect(ui.prompt('Ещё раз?').getSelectedButton()).toBe(ui.Button.CLOSE);
  });

  it('records modal dialogs', () => {
    const env = sampleEnvironment();
    const html = env.globals.HtmlService.createHtmlOutput('<p>Справка</p>').setWidth(400).setHeight(300);
    env.globals.SpreadsheetApp.getUi().showModalDialog(html, 'Справка');
    expect(env.ui.dialogs).toEqual([{ title: 'Справка', html: '<p>Справка</p>', modal: true, width: 400, height: 300 }]);
  });
});
