/** The people job's actions on the sample workbook, with their spreadsheet-call budgets (see ../actions.ts). */
import type { Action } from '../actions';

export const PEOPLE_ACTIONS: Action[] = [];
