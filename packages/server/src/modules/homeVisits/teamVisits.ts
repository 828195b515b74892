/**
 * The case team reads the visits the family asked for and the rhythm it chose; the contact
 * person confirms or declines a request, or cancels a confirmed visit. A confirmation reaches
 * both calendars (visitMail), and the parents hear of every decision with a notice.
 */
import {
  decisionsOn,
  type CaseVisits,
  type HomeVisitStatus,
  type VisitDecision,
} from '@omringd/core';
import { visitDecisionSchema } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { readWithCase, withCase, type CaseAccess } from '../../kernel/guards/caseGuard.ts';
import { AppError } from '../../platform/errors.ts';
import { noticeOnce } from '../notifications/index.ts';
import { calendarOf } from './visitIcs.ts';
import { contactPersonOf } from '../cases/index.ts';
import { decide, parentAccountsOf, visitOf, visitsOf } from './queries.ts';
import { rhythmWithin } from './rhythm.ts';
import { mailVisit } from './visitMail.ts';
import { visitView } from './views.ts';

async function teamView(c: CaseAccess): Promise<CaseVisits> {
  return {
    rhythm: await rhythmWithin(c),
    visits: (await visitsOf(c.tx, c.caseId)).map(visitView),
  };
}

export async function caseVisits(ctx: AccessContext, caseId: string): Promise<CaseVisits> {
  return readWithCase(
    ctx,
    { caseId, action: 'read', audit: 'read', purpose: 'care' },
    async (c) => {
      c.note({ part: 'home_visits' });
      return teamView(c);
    },
  );
}

const outcome: Record<VisitDecision['decision'], HomeVisitStatus> = {
  confirm: 'confirmed',
  decline: 'declined',
  cancel: 'cancelled',
};

export const noSuchVisit = () =>
  new AppError(
    'not_found',
    'This case has no such home visit. Reload the page and choose one of its visits.',
  ).because('no_such_visit');

export async function decideVisit(
  ctx: AccessContext,
  caseId: string,
  visitId: string,
  input: VisitDecision,
  publicUrl: string,
): Promise<CaseVisits> {
  const decision = visitDecisionSchema.parse(input);
  return withCase(
    ctx,
    { caseId, action: 'update', audit: 'update', purpose: 'care' },
    async (c) => {
      c.note({ part: 'home_visits', visitId, decision: decision.decision });
      const visit = await visitOf(c.tx, caseId, visitId);
      if (visit === undefined) throw noSuchVisit();
      if (!decisionsOn(visit.status).includes(decision.decision))
        throw new AppError(
          'conflict',
          `This visit is ${visit.status} already. Reload the page to see it as it is now.`,
        ).because('visit_decided');
      const decided = await decide(
        c.tx,
        {
          caseId,
          visitId,
          from: visit.status,
          to: outcome[decision.decision],
          answer: decision.answer,
          byName: c.principal.displayName,
        },
        c.now,
      );
      if (decided === undefined)
        throw new AppError(
          'conflict',
          'Someone decided on this visit just now. Reload the page to see it as it is now.',
        ).because('changed_meanwhile');
      const parents = await parentAccountsOf(c.tx, c.row.familyId);
      // A declined request never reached a calendar; a confirmation and a cancellation do.
      if (decided.status !== 'declined') {
        const contact = (await contactPersonOf(c.tx, caseId)) ?? {
          userId: c.principal.userId,
          name: c.principal.displayName,
          email: c.principal.email,
        };
        await mailVisit(
          c.tx,
          decided,
          { parents, contact },
          `${publicUrl}/dossiers/${caseId}`,
          c.now,
        );
      }
      await noticeOnce(
        c.tx,
        parents.map((p) => p.userId),
        `home-visit:${visitId}:${String(decided.sequence)}`,
        'visit_decided',
        { caseId, by: c.principal.displayName, status: decided.status },
        c.now,
      );
      return teamView(c);
    },
  );
}

/** The visit as an .ics file, for the family (their words) or the team. */
export async function visitIcs(
  ctx: AccessContext,
  caseId: string,
  visitId: string,
  publicUrl: string,
): Promise<string> {
  return readWithCase(
    ctx,
    { caseId, action: 'read', audit: 'export', purpose: 'care' },
    async (c) => {
      c.note({ part: 'home_visit_calendar', visitId });
      const visit = await visitOf(c.tx, caseId, visitId);
      if (visit === undefined) throw noSuchVisit();
      return calendarOf(c, visit, publicUrl);
    },
  );
}

/** The visits and the chosen rhythm, read inside another capability's guard (our data). */
export async function visitsWithin(c: CaseAccess): Promise<CaseVisits> {
  c.note({ part: 'home_visits' });
  return teamView(c);
}
