/** The checklist job's actions on the sample workbook, with their spreadsheet-call budgets (see ../actions.ts). */
import type { Action } from '../actions';

export const CHECKLIST_ACTIONS: Action[] = [];
