#!/usr/bin/env node
// npx klaster …: runs the TypeScript CLI (src/local/cli) through tsx.
import { register } from 'tsx/esm/api';

// The emulator's process plays the script's time zone (appsscript.json: Europe/Moscow).
process.env.TZ = 'Europe/Moscow';
register();
const { runCli } = await import('../src/local/cli/main.ts');
process.exit(await runCli(process.argv.slice(2)));
