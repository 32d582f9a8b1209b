import type { Messages } from './ru';

/** English texts of the add-on shell, the same keys as ru.ts. */
export const en: Messages = {
  menu: {
    about: 'About',
  },
  about: {
    title: 'About',
    tagline: 'An add-on for coordinators of educational clusters',
    functions: 'Functions for formulas',
  },
  errors: {
    internal: 'Something went wrong. Nothing was changed. Try again; if it happens again, tell your coordinator.',
    badRequest: 'The sidebar sent a malformed request',
    busy: 'Another action is still running. Wait a few seconds and try again.',
    noDocument:
      'Кластер changes a spreadsheet only from inside it: open the spreadsheet and run the action from Extensions → Кластер. Nothing was changed.',
    noSheet: (name) => `Sheet “${name}” not found`,
    emptySheet: (name) => `Sheet “${name}” is empty`,
    userSheet: (taken, used) => `Sheet “${taken}” was not made by Кластер and was left as it is: the result is on sheet “${used}”.`,
    tooLarge: (cells, max) => `The range is too large: ${cells} cells (at most ${max})`,
    merged: (ranges) => `The sheet has merged cells (${ranges}). Unmerge them: Format → Merge cells → Unmerge.`,
    failed: 'Something went wrong and the action stopped.',
    partly: (first, left) => `${first} Not everything could be put back: ${left.join('; ')}.`,
  },
  changes: {
    created: (sheet) => `sheet “${sheet}” was created and not filled in completely: delete it and run the action again`,
    rebuilt: (sheet) => `sheet “${sheet}” was only partly rebuilt: run the action again and it will be built anew`,
    cells: (sheet, range) => `cells ${range} of sheet “${sheet}” were changed: check them (Edit → Undo brings back what was there)`,
    columns: (sheet, range) => `columns ${range} were inserted into sheet “${sheet}”: delete them and run the action again`,
    rows: (sheet, range) => `rows ${range} were appended to sheet “${sheet}”: delete them and run the action again`,
    protection: (sheet) => `the protection of sheet “${sheet}” was only partly updated: run the action again and it will be set anew`,
    marked: (sheet) => `sheet “${sheet}” was marked as made by Кластер: run the action again`,
    renamed: (old, name) => `sheet “${old}” was renamed “${name}”: give it its old name back if needed`,
  },
  rub: {
    notNumber: (reason) => `Not a number: ${reason}`,
  },
};
