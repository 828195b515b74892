export * from './family.ts';
export * from './birth.ts';
