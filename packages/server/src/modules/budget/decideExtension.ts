/**
 * Deciding on an extension: by the role the programme names, in the programme's organisation —
 * someone outside the case team, who sees the figures and the reason, not the family. Approved,
 * the budget's last day moves by the extension's months. Anyone else gets 404, as for a case
 * they may not know.
 */
import { budgetEndsOn, type ExtensionDecision, type PendingExtension } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { readSignedIn, withSignedIn } from '../../kernel/guards/rightGuard.ts';
import { AppError } from '../../platform/errors.ts';
import { approvesFor } from './approvers.ts';
import {
  decideExtension as decide,
  lockBudget,
  setBudgetEnd,
  waitingExtensions,
} from './queries.ts';

export async function decideExtension(
  ctx: AccessContext,
  caseId: string,
  input: ExtensionDecision,
): Promise<{ status: 'approved' | 'refused'; endsOn: string }> {
  return withSignedIn(
    ctx,
    { audit: 'update', subjectType: 'case', subjectId: caseId, caseId, purpose: 'administration' },
    async (s) => {
      s.actAs(s.principal.memberships[0]);
      const budget = await lockBudget(s.tx, caseId);
      const programmes = await approvesFor(s.tx, s.principal);
      if (budget === undefined || !programmes.some((p) => p.key === budget.programmeKey))
        return s.deny('not_found');
      const row = await decide(s.tx, caseId, input, s.now, {
        userId: s.principal.userId,
        name: s.principal.displayName,
      });
      if (row === undefined)
        throw new AppError(
          'conflict',
          'No extension of this budget is waiting for a decision (it was decided meanwhile, or never asked).',
        ).because('no_extension_waiting');
      let endsOn = budget.endsOn;
      if (row.status === 'approved') {
        endsOn = budgetEndsOn(budget.startsOn, budget.rules, row.months);
        await setBudgetEnd(s.tx, caseId, endsOn);
      }
      s.note({ part: 'budget_extension', status: row.status });
      return { status: row.status === 'approved' ? 'approved' : 'refused', endsOn };
    },
  );
}

/** The requests this person decides on, oldest first: figures and reasons, no family. */
export async function pendingExtensions(ctx: AccessContext): Promise<PendingExtension[]> {
  return readSignedIn(
    ctx,
    { audit: 'read', subjectType: 'fund', purpose: 'administration' },
    async (s) => {
      s.actAs(s.principal.memberships[0]);
      const programmes = await approvesFor(s.tx, s.principal);
      const names = new Map(programmes.map((p) => [p.key, p.name]));
      const rows = await waitingExtensions(s.tx, [...names.keys()]);
      s.note({ part: 'budget_extensions', count: rows.length });
      return rows.map((r) => ({
        caseId: r.caseId,
        caseReference: r.caseId.slice(0, 8).toUpperCase(),
        programmeName: names.get(r.programmeKey) ?? { nl: r.programmeKey, en: r.programmeKey },
        reason: r.reason,
        requestedAt: r.requestedAt.toISOString(),
        requestedBy: r.requestedBy,
        endsOn: r.endsOn,
        maximumCents: r.maximumCents,
        committedCents: Number(r.committedCents),
      }));
    },
  );
}
