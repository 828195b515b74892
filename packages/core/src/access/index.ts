export * from './roles.ts';
export * from './caseAccess.ts';
export * from './fieldRules.ts';
export * from './audit.ts';
