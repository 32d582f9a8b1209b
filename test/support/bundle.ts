/** The built bundle and sessions over it (bench/support/bundle.ts, shared with the bench), and the typed client's reply helpers. */
export { bundleCode, oneSheet, sessionOver, sheetValues } from '../../bench/support/bundle';
export { error, ok, run } from '../../src/local/client';
