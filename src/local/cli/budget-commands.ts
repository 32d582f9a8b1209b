/** The budget job in the CLI: its part of `check`, and its own commands. */
import type { CheckSection, Command } from './command';

export const budgetCheckSection: CheckSection = () => [];

export const BUDGET_COMMANDS: Command[] = [];
