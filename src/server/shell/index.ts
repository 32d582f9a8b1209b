/** The shell's server side: «О программе» and the cell selection every sidebar uses. */
export { getAboutInfo, showAbout } from './about';
export { selectCell } from './select-cell';
