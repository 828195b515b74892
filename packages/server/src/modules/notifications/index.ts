/** What other capabilities use of notifications: telling people, and who to tell. */
export { intakeRoles, intakeTeam, noticeOnce, regionCoordinators } from './notices.ts';
export type { NoticeKind } from './texts.ts';
