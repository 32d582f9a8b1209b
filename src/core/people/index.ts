/** The responsibility-columns job: reading «Ответственные» cells, the «Участники» roster, checks, fixes, workload. */
export * from './roster';
export * from './parse';
export * from './match';
export * from './check';
export * from './workload';
export * from './functions';
export * from './table';
export { messages as peopleMessages, pluralRu, type PeopleMessages } from './messages';
export { fold, foldName, fixLookAlikes, surnameKey, nominativeSurname, boundedDistance, shortName } from './names';
