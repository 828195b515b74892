export * from './taxonomy/terms.ts';
export * from './geography/provinces.ts';
export * from './search/normalize.ts';
export * from './search/compounds.ts';
export * from './search/query.ts';
export * from './search/ageWindow.ts';
export * from './search/result.ts';
export * from './socialMap/model.ts';
