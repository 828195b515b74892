/**
 * The life domains of a case: read with the domains its programmes work with (programme data),
 * changed like every part of the file.
 */
import { domainsOfCase, type CaseLifeDomains, type LifeDomains } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import type { CaseAccess } from '../../kernel/guards/caseGuard.ts';
import type { PartView } from './partView.ts';
import { programmeVersion } from '../programmes/programmeStore.ts';
import { lifeDomainsPart } from './parts.ts';
import { readPart } from './readPart.ts';
import { changePart } from './changePart.ts';
import { programmesOfCase } from './queries/family.ts';

/** The part with the domains the case's programmes work with. */
async function withOffered(view: PartView<LifeDomains>, c: CaseAccess): Promise<CaseLifeDomains> {
  const named = [];
  for (const p of await programmesOfCase(c.tx, c.caseId)) {
    if (p.key === null || p.version === null) continue;
    named.push((await programmeVersion(c.tx, p.key, p.version)).lifeDomains);
  }
  return { ...view, offered: domainsOfCase(named, view.content) };
}

export async function readLifeDomains(
  ctx: AccessContext,
  caseId: string,
): Promise<CaseLifeDomains> {
  return readPart(ctx, caseId, lifeDomainsPart, withOffered);
}

export async function changeLifeDomains(
  ctx: AccessContext,
  caseId: string,
  input: { version: number; content: LifeDomains },
): Promise<CaseLifeDomains> {
  return changePart(ctx, caseId, lifeDomainsPart, input, { extend: withOffered });
}
