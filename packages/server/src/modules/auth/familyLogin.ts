/**
 * A login for families (itsme, the government login for citizens): it signs in an account that
 * linked it, or links it to the family's invitation the flow started from. It never creates an
 * account, nor touches memberships: who a parent, child or supporter is in Omringd comes from the
 * coordinator's or the family's invitation, not from the provider's claims.
 */
import { requiresSecondFactor } from '@omringd/core';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { userIdentities, users } from '../../platform/db/identitySchema.ts';
import { AppError } from '../../platform/errors.ts';
import { loadMemberships } from '../../kernel/principal.ts';
import { acceptInvitationWithLogin } from '../accounts/invitations.ts';
import type { OidcProvider } from './oidcConfig.ts';
import type { OidcOutcome } from './oidcLogin.ts';

export async function familyLogin(
  db: Db,
  provider: OidcProvider,
  subject: string,
  invitationTokenHash: string | null,
  now: Date,
): Promise<OidcOutcome> {
  const [identity] = await db
    .select({ userId: userIdentities.userId })
    .from(userIdentities)
    .where(and(eq(userIdentities.provider, provider.id), eq(userIdentities.subject, subject)));
  if (identity !== undefined) {
    const [user] = await db.select().from(users).where(eq(users.id, identity.userId));
    if (user?.status !== 'active')
      throw new AppError('forbidden', 'This account is deactivated. Ask your contact person.');
    const held = (await loadMemberships(db, user.id)).map((m) => m.role);
    // Someone who is also a professional keeps the professional's authenticator.
    const pendingStep = !requiresSecondFactor(held)
      ? null
      : user.totpSecret !== null
        ? 'totp'
        : 'totp_enrolment';
    return { userId: user.id, pendingStep };
  }
  if (invitationTokenHash === null)
    throw new AppError(
      'forbidden',
      `No account uses this ${provider.label} login yet. Open the invitation link your contact person sent you, and choose ${provider.label} there.`,
    ).because('login_not_linked');
  const { userId } = await acceptInvitationWithLogin(
    db,
    invitationTokenHash,
    now,
    async (tx, id) => {
      const held = (await loadMemberships(tx, id)).map((m) => m.role);
      if (requiresSecondFactor(held))
        throw new AppError(
          'conflict',
          'This invitation is accepted with a password and an authentication app. Choose a password.',
        ).because('passkey_not_for_role');
      await tx
        .insert(userIdentities)
        .values({ provider: provider.id, subject, userId: id, createdAt: now });
    },
  );
  return { userId, pendingStep: null };
}
