/** What other capabilities use of notifications: telling people, and who to tell. */
export {
  intakeEmails,
  intakeRoles,
  intakeTeam,
  noticeOnce,
  receiversOf,
  regionCoordinators,
} from './notices.ts';
export type { NoticeKind } from './texts.ts';
