/** Builds dist/ once before any test runs, so every test loads the bundle that goes to Google. */
import { buildAll } from '../../src/local/build';

export default async function setup(): Promise<void> {
  await buildAll();
}
