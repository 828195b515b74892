export * from './family.ts';
export * from './birth.ts';
export * from './network.ts';
export * from './lifeDomains.ts';
export * from './assessment.ts';
export * from './scores.ts';
export * from './timeline.ts';
export * from './merge.ts';
