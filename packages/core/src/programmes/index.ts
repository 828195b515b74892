export * from './programme.ts';
export * from './brusselsTime.ts';
export * from './eligibility.ts';
export * from './roster.ts';
export * from './lifecycle.ts';
export * from './referral.ts';
export * from './serviceLevels.ts';
export * from './childDates.ts';
