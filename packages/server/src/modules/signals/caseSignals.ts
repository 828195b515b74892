/**
 * Recording a signal from a case: a structural problem, its category and a short text; the
 * region is the family's province, so the report can count it without the family. The case team
 * reads its own signals; the family does not (they are for the network and policy).
 */
import {
  brusselsDate,
  provinceOfPostalCode,
  type SignalInput,
  type SignalView,
} from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { readWithCase, withCase, type CaseAccess } from '../../kernel/guards/caseGuard.ts';
import { caseThemesWithin } from '../caseFile/index.ts';
import { insertSignal, signalsOfCase } from './queries.ts';

async function signalsWithin(c: CaseAccess): Promise<SignalView[]> {
  return (await signalsOfCase(c.tx, c.caseId)).map((s) => ({
    id: s.id,
    category: s.category,
    region: s.region,
    text: s.text,
    recordedOn: s.recordedOn,
    createdBy: s.createdByName,
  }));
}

export function listSignals(ctx: AccessContext, caseId: string): Promise<SignalView[]> {
  return readWithCase(
    ctx,
    { caseId, action: 'read', audit: 'read', purpose: 'care' },
    async (c) => {
      if (c.basis === 'parent') c.deny('not_found');
      c.note({ part: 'signals' });
      return signalsWithin(c);
    },
  );
}

export function recordSignal(
  ctx: AccessContext,
  caseId: string,
  input: SignalInput,
): Promise<SignalView[]> {
  return withCase(
    ctx,
    { caseId, action: 'update', audit: 'create', purpose: 'care' },
    async (c) => {
      const { postalCode } = await caseThemesWithin(c);
      await insertSignal(c.tx, {
        caseId,
        category: input.category,
        region: (postalCode === null ? undefined : provinceOfPostalCode(postalCode)) ?? 'unknown',
        text: input.text,
        recordedOn: brusselsDate(c.now),
        createdAt: c.now,
        createdByName: c.principal.displayName,
      });
      c.note({ part: 'signals', category: input.category });
      return signalsWithin(c);
    },
  );
}
