/** The checklist job in the CLI: its part of `check`, and its own commands. */
import type { CheckSection, Command } from './command';

export const checklistCheckSection: CheckSection = () => [];

export const CHECKLIST_COMMANDS: Command[] = [];
