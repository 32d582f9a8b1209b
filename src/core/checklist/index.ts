/** The checklist-monitoring job: template, school tabs, answers, scores, rounds, summary, targets, the note. */
export * from './types';
export * from './messages';
export * from './scale';
export * from './answer';
export * from './score';
export * from './table';
export * from './direction';
export * from './template';
export * from './school-tab';
export * from './import-word';
export * from './rounds';
export * from './summary';
export * from './targets';
export * from './note';
export * from './functions';
