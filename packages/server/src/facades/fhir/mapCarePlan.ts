/**
 * The care plan as FHIR R4: each version holds three CarePlans — Plan A (`intent=plan`) and its
 * alternatives B and C (`intent=option`, part of A) — whose goals are Goal resources (the
 * family's own goals with `expressedBy`) and whose actions are activities. A version `replaces`
 * the one before it. The active route's CarePlan of the newest version is `active`.
 */
import {
  planRoutes,
  type Actor,
  type CaseView,
  type Goal,
  type GoalProgress,
  type PlanRoute,
  type PlanVersion,
} from '@omringd/core';
import type { FhirResource } from './mapReferral.ts';
import { relatedPersonId } from './mapCaseFile.ts';

const SYSTEM = 'https://omringd.be/fhir';

/** A CarePlan's id: the case, the version and the route (at most 36 + 9 + 2 characters). */
export const carePlanId = (caseId: string, number: number, route: PlanRoute) =>
  `${caseId}.v${String(number)}.${route.toLowerCase()}`;
export const goalId = (caseId: string, id: string) => `${caseId}.${id}`;

export function parseCarePlanId(
  id: string,
): { caseId: string; number: number; route: PlanRoute } | null {
  const match = /^([0-9a-f-]{36})\.v([1-9][0-9]{0,6})\.([abc])$/.exec(id);
  if (match?.[1] === undefined || match[2] === undefined || match[3] === undefined) return null;
  return { caseId: match[1], number: Number(match[2]), route: match[3].toUpperCase() as PlanRoute };
}

export function parseGoalId(id: string): { caseId: string; goalId: string } | null {
  const match = /^([0-9a-f-]{36})\.([a-z0-9-]{1,27})$/.exec(id);
  return match?.[1] === undefined || match[2] === undefined
    ? null
    : { caseId: match[1], goalId: match[2] };
}

const performer = (caseId: string, who: Actor) => {
  switch (who.kind) {
    case 'family':
      return { display: 'Het gezin' };
    case 'network':
      return {
        reference: `RelatedPerson/${relatedPersonId(caseId, who.personId)}`,
        display: who.name,
      };
    case 'professional':
      return { display: who.organization === '' ? who.name : `${who.name} (${who.organization})` };
    case 'service':
      // A service of the social map, named by its HSDS id (the social map speaks HSDS).
      return {
        identifier: { system: `${SYSTEM}/hsds/service`, value: who.serviceId },
        display: who.name,
      };
  }
};

export function toCarePlan(
  c: CaseView,
  version: PlanVersion,
  route: PlanRoute,
  newest: boolean,
): FhirResource {
  const { content } = version;
  const plan = content.routes[route];
  const status = !newest ? 'revoked' : route === content.active ? 'active' : 'on-hold';
  return {
    resourceType: 'CarePlan',
    id: carePlanId(c.id, version.number, route),
    meta: { lastUpdated: version.createdAt },
    identifier: [
      { system: `${SYSTEM}/care-plan-version`, value: `${c.id}.v${String(version.number)}` },
    ],
    status,
    intent: route === 'A' ? 'plan' : 'option',
    title: `Plan ${route}`,
    ...(plan.summary === '' ? {} : { description: plan.summary }),
    subject: { display: c.familyLabel },
    ...(route === 'A'
      ? {}
      : { partOf: [{ reference: `CarePlan/${carePlanId(c.id, version.number, 'A')}` }] }),
    ...(version.number > 1
      ? { replaces: [{ reference: `CarePlan/${carePlanId(c.id, version.number - 1, route)}` }] }
      : {}),
    created: version.createdAt,
    author: { display: version.createdBy },
    supportingInfo: [{ reference: `EpisodeOfCare/${c.id}` }],
    goal: content.goals.map((g) => ({ reference: `Goal/${goalId(c.id, g.id)}` })),
    activity: content.actions.map((a) => ({
      detail: {
        status: a.done ? 'completed' : 'not-started',
        description: a.what,
        goal: [{ reference: `Goal/${goalId(c.id, a.goalId)}` }],
        ...(a.by === null ? {} : { scheduledPeriod: { end: a.by } }),
        performer: [performer(c.id, a.who)],
      },
    })),
    ...(plan.trigger === ''
      ? {}
      : {
          note: [
            {
              text: `${route === 'C' ? '' : `Naar Plan ${route === 'A' ? 'B' : 'C'}: `}${plan.trigger}${plan.triggerBy === null ? '' : ` (tegen ${plan.triggerBy})`}`,
            },
          ],
        }),
  };
}

/** All three routes of a version. */
export const carePlansOf = (c: CaseView, version: PlanVersion, newest: boolean) =>
  planRoutes.map((route) => toCarePlan(c, version, route, newest));

const achievement: Record<GoalProgress, string> = {
  worse: 'worsening',
  same: 'no-change',
  better: 'improving',
  reached: 'achieved',
};
const priority: Partial<Record<Goal['priority'], string>> = {
  high: 'high-priority',
  medium: 'medium-priority',
  low: 'low-priority',
};

export function toGoal(c: CaseView, goal: Goal, progress: GoalProgress | undefined): FhirResource {
  const code = priority[goal.priority];
  return {
    resourceType: 'Goal',
    id: goalId(c.id, goal.id),
    lifecycleStatus: progress === 'reached' ? 'completed' : 'active',
    ...(progress === undefined
      ? {}
      : {
          achievementStatus: {
            coding: [
              {
                system: 'http://terminology.hl7.org/CodeSystem/goal-achievement',
                code: achievement[progress],
              },
            ],
          },
        }),
    ...(code === undefined
      ? {}
      : {
          priority: {
            coding: [{ system: 'http://terminology.hl7.org/CodeSystem/goal-priority', code }],
          },
        }),
    category: goal.domains.map((d) => ({ coding: [{ system: `${SYSTEM}/life-domain`, code: d }] })),
    description: { text: goal.text },
    subject: { display: c.familyLabel },
    // The family's own goal is expressed by the family; a professional's by the case team.
    ...(goal.author === 'family' ? { expressedBy: { display: c.familyLabel } } : {}),
  };
}

/** Each goal of the newest version with its progress at the last evaluation that named it. */
export function goalsOf(
  c: CaseView,
  current: PlanVersion,
  versions: PlanVersion[],
): FhirResource[] {
  return current.content.goals.map((g) => {
    const last = versions
      .filter((v) => v.evaluation !== null)
      .sort((a, b) => b.number - a.number)
      .flatMap((v) => v.evaluation?.progress.filter((p) => p.goalId === g.id) ?? [])[0];
    return toGoal(c, g, last?.progress);
  });
}
