/**
 * The end of every sign-in, whatever proved who the person is (a password, an accepted
 * invitation, an external provider): a session, complete or waiting for the second factor, and
 * the one "login" row on the trail.
 */
import type { AccessContext } from '../../kernel/accessContext.ts';
import { loadMemberships } from '../../kernel/principal.ts';
import { createSession, type PendingStep, type SessionRow } from '../../kernel/sessions.ts';

export type SignedInSession = { token: string; session: SessionRow; next: 'done' | PendingStep };

export async function completeSignIn(
  ctx: AccessContext,
  input: {
    userId: string;
    method: 'password' | 'oidc' | 'demo' | 'passkey';
    pendingStep: PendingStep | null;
    userAgent: string | null;
    /** What the trail says about how (the step, the provider). */
    details: Record<string, unknown>;
  },
): Promise<SignedInSession> {
  return ctx.audited(
    { action: 'login', subjectType: 'session', purpose: 'administration' },
    async (scope) => {
      const held = await loadMemberships(scope.tx, input.userId);
      scope.actAs(held[0]);
      const { token, session } = await createSession(
        scope.tx,
        {
          userId: input.userId,
          method: input.method,
          pendingStep: input.pendingStep,
          ip: ctx.ip,
          userAgent: input.userAgent,
        },
        scope.now,
      );
      scope.about({ subjectId: session.id });
      scope.note({ ...input.details, userId: input.userId, next: input.pendingStep ?? 'done' });
      return { token, session, next: input.pendingStep ?? 'done' };
    },
  );
}
