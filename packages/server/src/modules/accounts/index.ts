/** What other capabilities use of accounts. */
export { inviteUser, type NewInvitation } from './invitations.ts';
