export * from './plan.ts';
export * from './evaluation.ts';
export * from './versions.ts';
export * from './compare.ts';
export * from './closing.ts';
