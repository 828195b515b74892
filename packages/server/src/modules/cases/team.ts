/**
 * The case team. A member's organisation is always one of their own memberships, never what a
 * request says: a professional of another organisation joins only through a share whose legal
 * basis and agreement hold (re-checked by the guard on every later request). Hand-over passes the
 * coordination to another case coordinator of the organisation, once, whatever races.
 */
import {
  coordinatesCases,
  isRole,
  rightsOf,
  roles,
  shareIsValid,
  type CaseView,
} from '@omringd/core';
import { and, eq, inArray } from 'drizzle-orm';
import { memberships, users } from '../../platform/db/identitySchema.ts';
import { AppError } from '../../platform/errors.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withCase } from '../../kernel/guards/caseGuard.ts';
import { noticeOnce } from '../notifications/index.ts';
import { addMember, handOver, shareFor } from './queries.ts';
import { caseViewIn } from './view.ts';

const coordinatorRoles = roles.filter(coordinatesCases);

export async function addCaseMember(
  ctx: AccessContext,
  caseId: string,
  input: { userId: string; organizationId?: string | undefined },
): Promise<CaseView> {
  return withCase(
    ctx,
    { caseId, action: 'share', audit: 'update', purpose: 'coordination' },
    async (c) => {
      const held = await c.tx
        .select({ organizationId: memberships.organizationId, role: memberships.role })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(and(eq(memberships.userId, input.userId), eq(users.status, 'active')));
      const participating = held.filter(
        (m) => isRole(m.role) && rightsOf([m.role]).has('case.participate'),
      );
      if (participating.length === 0)
        throw new AppError(
          'invalid_input',
          'There is no active professional with this id who can take part in a case.',
          'userId',
        );
      const organizations = [...new Set(participating.map((m) => m.organizationId))];
      const organizationId =
        input.organizationId ??
        (organizations.includes(c.row.organizationId)
          ? c.row.organizationId
          : organizations.length === 1
            ? organizations[0]
            : undefined);
      if (organizationId === undefined || !organizations.includes(organizationId))
        throw new AppError(
          'invalid_input',
          input.organizationId === undefined
            ? 'This person works for several organisations: say for which one they join the case.'
            : 'This person does not work for that organisation. A member joins for an organisation of their own.',
          'organizationId',
        );
      if (organizationId !== c.row.organizationId) {
        const share = await shareFor(c.tx, caseId, organizationId);
        if (
          !shareIsValid(
            share === undefined
              ? undefined
              : { legalBasis: share.legalBasis, agreement: share.agreement },
          )
        )
          throw new AppError(
            'conflict',
            "This person works for another organisation. Share the case with that organisation first, with the legal basis and the family's agreement.",
            'userId',
          ).because('other_organisation');
      }
      const added = await addMember(c.tx, { caseId, userId: input.userId, organizationId }, c.now);
      c.note({ addedMember: input.userId, organizationId, alreadyMember: !added });
      return caseViewIn(c.tx, c.row, c.basis, c.actingRoles);
    },
  );
}

export async function handOverCase(
  ctx: AccessContext,
  caseId: string,
  toUserId: string,
): Promise<CaseView> {
  return withCase(
    ctx,
    { caseId, action: 'share', audit: 'update', purpose: 'coordination' },
    async (c) => {
      const [target] = await c.tx
        .select({ id: users.id, displayName: users.displayName })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(
          and(
            eq(memberships.userId, toUserId),
            eq(memberships.organizationId, c.row.organizationId),
            inArray(memberships.role, coordinatorRoles),
            eq(users.status, 'active'),
          ),
        );
      if (target === undefined)
        throw new AppError(
          'invalid_input',
          'Hand the case over to an active case coordinator of the same organisation.',
          'toUserId',
        );
      if (target.id === c.principal.userId)
        throw new AppError(
          'conflict',
          'You are the coordinator of this case already.',
          'toUserId',
        ).because('already_coordinator');
      const moved = await handOver(
        c.tx,
        {
          caseId,
          fromUserId: c.principal.userId,
          toUserId: target.id,
          organizationId: c.row.organizationId,
        },
        c.now,
      );
      if (moved === null)
        throw new AppError(
          'conflict',
          'You are no longer the coordinator of this case: it was handed over at the same moment. Reload the page.',
        ).because('no_longer_coordinator');
      await noticeOnce(
        c.tx,
        [target.id, ...moved.referrerUserIds],
        `handover:${caseId}:${target.id}:${c.now.toISOString()}`,
        'case_handover',
        { caseId, from: c.principal.displayName, to: target.displayName },
        c.now,
      );
      c.note({ handover: { from: c.principal.userId, to: target.id } });
      return caseViewIn(c.tx, c.row, 'case_team', c.actingRoles);
    },
  );
}
