/** npm run build: dist/ from the sources (the work is in src/local/build.ts, which the CLI and the tests use too). */
import { BuildError, buildAll } from '../src/local/build';

buildAll().then(console.log, (err: unknown) => {
  console.error(err instanceof BuildError ? err.message : err);
  process.exit(1);
});
