/** What other capabilities use of referrals. */
export { referralRoutes } from './routes.ts';
export { searchReferrals, type ReferralFilter } from './readReferrals.ts';
export { readReferral } from './readReferrals.ts';
export { changeStatus } from './changeStatus.ts';
export { sweepDeadlines, type SweepResult } from './deadlineSweep.ts';
export { sweepExternalFollowUps } from './followUpSweep.ts';
export { messagesOf as referralThread } from './queries.ts';
