/** The checklist-monitoring job's server side: what the bundle exposes. */
export {
  checklistOverview,
  checklistCreateTemplate,
  checklistDistribute,
  checklistCheck,
  checklistFixRound,
  checklistBuildSummary,
  checklistBuildNote,
  checklistNote,
  checklistNoteDoc,
  checklistIndicators,
  showChecklistSidebar,
  menuChecklistSummary,
} from './endpoints';
export { checklistImportPreview, checklistImportSaveMapping, checklistImport, checklistPasted } from './import';
export { CHECKLIST_SCORE, TARGET_MET } from './functions';
