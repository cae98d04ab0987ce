export * from './enums';
export * from './documents';
export * from './limits';
export * from './paths';
