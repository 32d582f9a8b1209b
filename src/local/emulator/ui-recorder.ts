/** Everything the script showed the user, kept for tests and for the playground to render. */
import type { ButtonName } from './enums';

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; items: MenuEntry[] };

/** A menu added with addToUi: the add-on menu (under Extensions) or a top-level custom menu. */
export interface MenuRecord {
  kind: 'addon' | 'custom';
  caption: string;
  items: MenuEntry[];
}

export interface SidebarRecord {
  title: string;
  html: string;
  width?: number;
}

export interface DialogRecord {
  title: string;
  html: string;
  modal: boolean;
  width?: number;
  height?: number;
}

export interface AlertRecord {
  title: string;
  prompt: string;
  buttons: string;
  answer: ButtonName;
}

export interface PromptRecord extends AlertRecord {
  text: string;
}

export interface ToastRecord {
  message: string;
  title: string;
  timeoutSeconds: number;
}

export class UiRecorder {
  menus: MenuRecord[] = [];
  /** The sidebar currently open (the last one shown). */
  sidebar: SidebarRecord | undefined;
  sidebars: SidebarRecord[] = [];
  dialogs: DialogRecord[] = [];
  alerts: AlertRecord[] = [];
  prompts: PromptRecord[] = [];
  toasts: ToastRecord[] = [];
  private readonly alertAnswers: ButtonName[] = [];
  private readonly promptAnswers: { text: string; button: ButtonName }[] = [];

  /** Scripts the answer of the next alert (otherwise the first button of its set: OK or YES). */
  answerNextAlert(button: ButtonName): void {
    this.alertAnswers.push(button);
  }

  /** Scripts the answer of the next prompt (otherwise: empty text, CLOSE). */
  answerNextPrompt(text: string, button: ButtonName = 'OK'): void {
    this.promptAnswers.push({ text, button });
  }

  nextAlertAnswer(): ButtonName | undefined {
    return this.alertAnswers.shift();
  }

  nextPromptAnswer(): { text: string; button: ButtonName } | undefined {
    return this.promptAnswers.shift();
  }

  /** Forgets everything shown (scripted answers stay). */
  clear(): void {
    this.menus = [];
    this.sidebar = undefined;
    this.sidebars = [];
    this.dialogs = [];
    this.alerts = [];
    this.prompts = [];
    this.toasts = [];
  }
}
