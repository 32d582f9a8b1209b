/** The responsibility-columns job's server side: what the bundle exposes. */
export {
  peopleOverview,
  peopleMapping,
  peopleSaveMapping,
  peopleCheck,
  peopleApplyFixes,
  peopleFixSafe,
  peopleCreateRoster,
  peopleProposeRoster,
  peopleAppendRoster,
  peopleRosterNames,
  peopleInstallDropdown,
  peopleInsert,
  peopleWorkload,
  peopleMatrix,
  showPeopleSidebar,
  menuPeopleSheets,
} from './endpoints';
export { CHECK_RESPONSIBLE, RESPONSIBLE_PEOPLE } from './functions';
