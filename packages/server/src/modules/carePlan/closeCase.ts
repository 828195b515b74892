/**
 * Closing a case, once: the outcome per goal of the plan as it is, the reason, the hand-over to
 * services of the social map, and the retention period of the case's programmes (the longest)
 * counted from today in Brussels — what the closing letter tells the family. The case's status
 * becomes closed in the same transaction; the plan takes no more versions.
 */
import { keptUntil, type ClosingInput, type ClosingView } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withCase, type CaseAccess } from '../../kernel/guards/caseGuard.ts';
import { AppError } from '../../platform/errors.ts';
import { noteInTimeline } from '../caseFile/index.ts';
import { programmeVersion } from '../programmes/programmeStore.ts';
import { insertClosing, programmesOfCases, serviceContacts } from './queries.ts';
import { planAsSeen } from './saveVersion.ts';
import { closingView } from './closingView.ts';

/** When a case's programmes name no retention period, its file is kept this many years. */
export const DEFAULT_RETENTION_YEARS = 10;

async function retentionYears(c: CaseAccess): Promise<number> {
  const programmes = (await programmesOfCases(c.tx, [c.caseId])).get(c.caseId) ?? [];
  let years: number | undefined;
  for (const p of programmes) {
    const named = (await programmeVersion(c.tx, p.key, p.version)).carePlan?.retention?.years;
    if (named !== undefined) years = Math.max(years ?? 0, named);
  }
  return years ?? DEFAULT_RETENTION_YEARS;
}

export const alreadyClosed = () =>
  new AppError('conflict', 'This case is closed already.').because('case_closed');

export async function closeCase(
  ctx: AccessContext,
  caseId: string,
  input: ClosingInput,
): Promise<ClosingView> {
  return withCase(
    ctx,
    { caseId, action: 'update', audit: 'update', purpose: 'care' },
    async (c) => {
      if (c.row.status === 'closed') throw alreadyClosed();
      const plan = await planAsSeen(c, input.version);
      const goals = new Map((plan?.content.goals ?? []).map((g) => [g.id, g]));
      const outcomes = input.outcomes.map((o, i) => {
        const goal = goals.get(o.goalId);
        if (goal === undefined)
          throw new AppError(
            'invalid_input',
            `The outcome names goal "${o.goalId}", which is not in the plan.`,
            `outcomes.${String(i)}.goalId`,
          ).because('unknown_reference');
        return { ...o, goal: goal.text };
      });
      const found = await serviceContacts(
        c.tx,
        input.handover.map((h) => h.serviceId),
      );
      const handover = input.handover.map((h, i) => {
        const service = found.get(h.serviceId);
        if (service === undefined)
          throw new AppError(
            'invalid_input',
            'The hand-over names a service that is not on the social map. Pick it on the social map.',
            `handover.${String(i)}.serviceId`,
          ).because('unknown_reference');
        return { serviceId: h.serviceId, ...service, note: h.note };
      });
      const years = await retentionYears(c);
      const row = await insertClosing(
        c.tx,
        {
          caseId,
          content: { reason: input.reason, explanation: input.explanation, outcomes, handover },
          keptUntil: keptUntil(c.now, years),
          retentionYears: years,
        },
        c.now,
        { userId: c.principal.userId, name: c.principal.displayName },
      );
      if (row === undefined) throw alreadyClosed();
      c.note({ part: 'closing', reason: input.reason, keptUntil: row.keptUntil });
      await noteInTimeline(c, 'case_closed', { reason: input.reason, keptUntil: row.keptUntil });
      return closingView(row);
    },
  );
}
