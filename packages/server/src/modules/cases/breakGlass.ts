/**
 * Break-the-glass: a case coordinator of the organisation that holds the case opens it outside
 * their relationships, for a stated reason and a limited time. The case coordinators are told;
 * the trail names it as such. A case of another organisation answers as if it did not exist.
 */
import { mayBreakGlass } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { membershipWith } from '../../kernel/principal.ts';
import { noticeOnce } from '../notifications/index.ts';
import { caseExists, coordinatorsOf, insertBreakGlass } from './queries.ts';

/** How long a break-the-glass grant lasts. */
export const BREAK_GLASS_MS = 4 * 60 * 60 * 1000;

export async function breakGlass(
  ctx: AccessContext,
  caseId: string,
  reason: string,
): Promise<{ expiresAt: string }> {
  return ctx.audited(
    { action: 'break_glass', subjectType: 'case', subjectId: caseId, caseId, purpose: 'emergency' },
    async (scope) => {
      const principal = ctx.requirePrincipal();
      const found = await caseExists(scope.tx, caseId);
      scope.actAs(
        principal.memberships.find((m) => m.organizationId === found?.organizationId) ??
          membershipWith(principal, 'case.break_glass'),
      );
      if (found === undefined) {
        scope.about({ caseId: null });
        return scope.deny('not_found');
      }
      if (!mayBreakGlass(principal.memberships, found.organizationId))
        return scope.deny('other_organisation');
      const expiresAt = new Date(scope.now.getTime() + BREAK_GLASS_MS);
      await insertBreakGlass(
        scope.tx,
        { caseId, userId: principal.userId, reason, expiresAt },
        scope.now,
      );
      await noticeOnce(
        scope.tx,
        await coordinatorsOf(scope.tx, caseId),
        `break-glass:${caseId}:${principal.userId}:${scope.now.toISOString()}`,
        'break_glass',
        { caseId, by: principal.displayName, reason, expiresAt: expiresAt.toISOString() },
        scope.now,
      );
      scope.note({ reason, expiresAt: expiresAt.toISOString() });
      return { expiresAt: expiresAt.toISOString() };
    },
  );
}
