/**
 * Who looked at our file: the trail of the case in plain words for the family — who (person,
 * role, organisation), what, when, and for emergency access the reason given. The family's own
 * looks are left out; reading it is itself on the trail.
 */
import type { PortalLook } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { caseTrail } from '../../kernel/audit/auditReader.ts';
import { readWithCase, type CaseAccess } from '../../kernel/guards/caseGuard.ts';
import { organizationNamesOf } from './queries.ts';
import { forParentsOnly } from './readPortal.ts';

const text = (value: unknown) => (typeof value === 'string' ? value : null);

/** The looks of others at this case, newest first, in words (read inside a guard on it). */
export async function looksWithin(c: CaseAccess): Promise<PortalLook[]> {
  const trail = (await caseTrail(c, c.caseId, 500)).filter(
    (line) =>
      line.outcome === 'success' && line.userId !== null && line.userId !== c.principal.userId,
  );
  const names = await organizationNamesOf(
    c.tx,
    trail.flatMap((line) => (line.organizationId === null ? [] : [line.organizationId])),
  );
  return trail.map((line) => ({
    at: line.at,
    who: line.userName,
    role: line.role,
    organization: line.organizationId === null ? null : (names.get(line.organizationId) ?? null),
    what: line.action,
    part: text(line.details.part),
    reason: line.action === 'break_glass' ? text(line.details.reason) : null,
  }));
}

export async function whoLooked(
  ctx: AccessContext,
  caseId: string,
): Promise<{ looks: PortalLook[] }> {
  return readWithCase(
    ctx,
    { caseId, action: 'read', audit: 'read_audit', purpose: 'care' },
    async (c) => {
      if (c.basis !== 'parent') throw forParentsOnly();
      c.note({ part: 'who_looked' });
      return { looks: await looksWithin(c) };
    },
  );
}
