/** The people job in the CLI: its part of `check`, and its own commands. */
import type { CheckSection, Command } from './command';

export const peopleCheckSection: CheckSection = () => [];

export const PEOPLE_COMMANDS: Command[] = [];
