/** The shell's server side: «О программе» and the cell selection every sidebar uses. */
import type * as About from './about';
import type * as SelectCell from './select-cell';

export { getAboutInfo, showAbout } from './about';
export { selectCell } from './select-cell';

declare module '../api' {
  /**
   * What the bundle exposes of the shell (src/server/api.ts types the endpoints from it). Declared here, not in
   * entries.ts as the jobs do: «О программе» (about.ts) reads every job's entries, so entries.ts → index.ts would
   * close a circle of imports.
   */
  interface JobExports {
    shell: typeof About & typeof SelectCell;
  }
}
