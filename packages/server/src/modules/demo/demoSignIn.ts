/** Signing in as a demo person: only accounts the demo created, never a real one. */
import { and, eq } from 'drizzle-orm';
import { users } from '../../platform/db/identitySchema.ts';
import { AppError } from '../../platform/errors.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { completeSignIn, type SignedInSession } from '../auth/completeSignIn.ts';

export async function signInAsDemoPerson(
  ctx: AccessContext,
  input: { personId: string; userAgent: string | null },
): Promise<SignedInSession> {
  const [person] = await ctx
    .identityData()
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, input.personId), eq(users.demo, true), eq(users.status, 'active')));
  if (person === undefined) {
    // On the trail like every refused sign-in: someone tried an account that is not the demo's.
    await ctx.record({
      action: 'login_failed',
      purpose: 'administration',
      outcome: 'denied',
      subjectType: 'user',
      subjectId: /^[0-9a-f-]{36}$/i.test(input.personId) ? input.personId : null,
      details: { method: 'demo', reason: 'no_demo_person' },
    });
    throw new AppError(
      'not_found',
      'There is no such person in the demo. Choose one from the list on the sign-in page.',
    ).because('no_demo_person');
  }
  return completeSignIn(ctx, {
    userId: person.id,
    method: 'demo',
    pendingStep: null,
    userAgent: input.userAgent,
    details: { step: 'demo' },
  });
}
