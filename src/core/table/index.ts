export * from './a1';
export * from './cell';
export * from './headers';
export * from './findings';
export * from './columns';
export * from './grid';
export * from './sheet-name';
