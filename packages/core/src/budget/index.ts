export * from './money.ts';
export * from './rules.ts';
export * from './ledger.ts';
export * from './fund.ts';
