/**
 * Parts of the case file read inside another capability's guard on the same case (the FHIR
 * exchange reads the case with its network or scores under one decision and one audit row).
 */
import type {
  Assessment,
  ExpertTheme,
  FamilyDetails,
  FamilyMember,
  Network,
  ScoreView,
  TimelineKind,
} from '@omringd/core';
import type { CaseAccess } from '../../kernel/guards/caseGuard.ts';
import { assessmentPart, lifeDomainsPart, networkPart } from './parts.ts';
import { partRow } from './queries/parts.ts';
import { partView } from './partView.ts';
import { scoresOf } from './queries/scores.ts';
import { scoreView } from './scores.ts';
import { familyRow, programmesOfCase } from './queries/family.ts';
import { addTimelineEntry } from './queries/timeline.ts';

export async function networkWithin(c: CaseAccess): Promise<Network> {
  c.note({ part: 'network' });
  return partView(networkPart, await partRow(c.tx, c.caseId, 'network')).content;
}

export async function assessmentWithin(c: CaseAccess): Promise<Assessment> {
  c.note({ part: 'assessment' });
  return partView(assessmentPart, await partRow(c.tx, c.caseId, 'assessment')).content;
}

export async function scoresWithin(c: CaseAccess): Promise<ScoreView[]> {
  c.note({ part: 'scores' });
  return (await scoresOf(c.tx, c.caseId)).map(scoreView);
}

/** The family's details: how they want to be called, their language, the members. */
export async function familyDetailsWithin(c: CaseAccess): Promise<FamilyDetails | null> {
  c.note({ part: 'family' });
  return (await familyRow(c.tx, c.row.familyId))?.details ?? null;
}

export async function familyWithin(c: CaseAccess): Promise<FamilyMember[]> {
  c.note({ part: 'family' });
  return (await familyRow(c.tx, c.row.familyId))?.details.members ?? [];
}

/** What another capability did in the case, on the case's timeline (same transaction). */
export async function noteInTimeline(
  c: CaseAccess,
  kind: TimelineKind,
  details: Record<string, unknown>,
): Promise<void> {
  await addTimelineEntry(c.tx, {
    caseId: c.caseId,
    kind,
    occurredAt: c.now,
    recordedAt: c.now,
    by: c.principal.userId,
    details,
  });
}

/**
 * What the case is about, for matching experts: the life domains that hold something, a child
 * still to be born, the family's postal code, and the programmes the case came from.
 */
export async function caseThemesWithin(c: CaseAccess): Promise<{
  postalCode: string | null;
  themes: ExpertTheme[];
  programmeKeys: string[];
}> {
  c.note({ part: 'themes' });
  const family = (await familyRow(c.tx, c.row.familyId))?.details;
  const domains = partView(lifeDomainsPart, await partRow(c.tx, c.caseId, 'life_domains')).content;
  const themes: ExpertTheme[] = domains.domains
    .filter(
      (d) => d.situation !== '' || d.familyPriority === 'high' || d.familyPriority === 'medium',
    )
    .map((d) => d.key);
  if (family?.members.some((m) => m.kind === 'unborn') === true) themes.push('pregnancy');
  const programmeKeys = (await programmesOfCase(c.tx, c.caseId)).flatMap((p) =>
    p.key === null ? [] : [p.key],
  );
  return { postalCode: family?.postalCode ?? null, themes, programmeKeys };
}
