export * from './cases.ts';
export * from './referrals.ts';
export * from './notifications.ts';
export * from './accounts.ts';
export * from './socialMap.ts';
export * from './caseFamily.ts';
export * from './caseFileParts.ts';
