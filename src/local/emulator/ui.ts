/** SpreadsheetApp.getUi(): menus, sidebars, dialogs, alerts and prompts, all recorded in a UiRecorder. */
import { Button, ButtonSet, type ButtonName } from './enums';
import type { HtmlOutputImpl } from './html-service';
import { SERVICE } from './instrument';
import type { MenuEntry, UiRecorder } from './ui-recorder';

export class MenuImpl {
  readonly [SERVICE] = 'Menu';
  readonly items: MenuEntry[] = [];

  constructor(
    private readonly recorder: UiRecorder,
    readonly kind: 'addon' | 'custom',
    readonly caption: string,
  ) {}

  addItem(caption: string, functionName: string): MenuImpl {
    this.items.push({ kind: 'item', caption: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator(): MenuImpl {
    this.items.push({ kind: 'separator' });
    return this;
  }
  addSubMenu(menu: MenuImpl): MenuImpl {
    this.items.push({ kind: 'submenu', caption: menu.caption, items: structuredClone(menu.items) });
    return this;
  }
  /** Adds (or replaces) this menu in the recorded menu bar, as it is at this moment. */
  addToUi(): void {
    const record = { kind: this.kind, caption: this.caption, items: structuredClone(this.items) };
    const i = this.recorder.menus.findIndex((m) => m.kind === record.kind && m.caption === record.caption);
    if (i >= 0) this.recorder.menus[i] = record;
    else this.recorder.menus.push(record);
  }
}

export class PromptResponseImpl {
  readonly [SERVICE] = 'PromptResponse';

  constructor(
    private readonly text: string,
    private readonly button: ButtonName,
  ) {}

  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): ButtonName {
    return this.button;
  }
}

export class UiImpl {
  readonly [SERVICE] = 'Ui';
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(
    private readonly recorder: UiRecorder,
    private readonly addonName: string,
  ) {}

  createAddonMenu(): MenuImpl {
    return new MenuImpl(this.recorder, 'addon', this.addonName);
  }
  createMenu(caption: string): MenuImpl {
    return new MenuImpl(this.recorder, 'custom', String(caption));
  }
  showSidebar(userInterface: HtmlOutputImpl): void {
    const sidebar = {
      title: userInterface.getTitle(),
      html: userInterface.getContent(),
      ...(userInterface.getWidth() !== undefined ? { width: userInterface.getWidth() as number } : {}),
    };
    this.recorder.sidebar = sidebar;
    this.recorder.sidebars.push(sidebar);
  }
  showModalDialog(userInterface: HtmlOutputImpl, title: string): void {
    this.recordDialog(userInterface, title, true);
  }
  showModelessDialog(userInterface: HtmlOutputImpl, title: string): void {
    this.recordDialog(userInterface, title, false);
  }
  /** alert(prompt) · alert(prompt, buttons) · alert(title, prompt, buttons). */
  alert(first: string, second?: string, third?: string): ButtonName {
    const { title, prompt, buttons } = dialogArgs(first, second, third);
    const answer = this.recorder.nextAlertAnswer() ?? defaultAnswer(buttons);
    this.recorder.alerts.push({ title, prompt, buttons, answer });
    return answer;
  }
  /** prompt(prompt) · prompt(prompt, buttons) · prompt(title, prompt, buttons). */
  prompt(first: string, second?: string, third?: string): PromptResponseImpl {
    const { title, prompt, buttons } = dialogArgs(first, second, third);
    const scripted = this.recorder.nextPromptAnswer() ?? { text: '', button: 'CLOSE' as const };
    this.recorder.prompts.push({ title, prompt, buttons, answer: scripted.button, text: scripted.text });
    return new PromptResponseImpl(scripted.text, scripted.button);
  }

  private readonly recordDialog = (output: HtmlOutputImpl, title: string, modal: boolean): void => {
    this.recorder.dialogs.push({
      title: String(title ?? output.getTitle()),
      html: output.getContent(),
      modal,
      ...(output.getWidth() !== undefined ? { width: output.getWidth() as number } : {}),
      ...(output.getHeight() !== undefined ? { height: output.getHeight() as number } : {}),
    });
  };
}

function dialogArgs(first: string, second?: string, third?: string): { title: string; prompt: string; buttons: string } {
  const isButtonSet = (v: unknown) => typeof v === 'string' && v in ButtonSet;
  if (third !== undefined) return { title: String(first), prompt: String(second ?? ''), buttons: String(third) };
  if (second !== undefined && isButtonSet(second)) return { title: '', prompt: String(first), buttons: second };
  if (second !== undefined) return { title: String(first), prompt: String(second), buttons: ButtonSet.OK };
  return { title: '', prompt: String(first), buttons: ButtonSet.OK };
}

function defaultAnswer(buttons: string): ButtonName {
  return buttons.startsWith('YES') ? Button.YES : Button.OK;
}
