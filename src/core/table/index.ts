export * from './a1';
export * from './cell';
export * from './headers';
export * from './findings';
export * from './read-table';
export * from './years';
export * from './grid';
export * from './questions';
