/**
 * When a case's plan is next evaluated: the programme's cadence (the shortest, when a case came
 * from more than one programme) counted from the last evaluation or the plan's first version, or
 * the plan's own earlier date.
 */
import {
  brusselsDate,
  nextEvaluation,
  type EvaluationRules,
  type EvaluationSchedule,
  type PlanContent,
} from '@omringd/core';
import type { Db } from '../../platform/db/database.ts';
import { programmeVersion } from '../programmes/programmeStore.ts';
import { evaluationAnchors, programmesOfCases, type EvaluationAnchor } from './queries.ts';

export async function evaluationRulesOf(
  tx: Db,
  programmes: { key: string; version: number }[],
): Promise<EvaluationRules | undefined> {
  let rules: EvaluationRules | undefined;
  for (const p of programmes) {
    const found = (await programmeVersion(tx, p.key, p.version)).carePlan?.evaluation;
    if (found !== undefined && (rules === undefined || found.everyWeeks < rules.everyWeeks))
      rules = found;
  }
  return rules;
}

export function scheduleOf(
  anchor: EvaluationAnchor,
  rules: EvaluationRules | undefined,
  plan: PlanContent,
): EvaluationSchedule | null {
  return nextEvaluation(anchor.lastHeldOn ?? brusselsDate(anchor.firstAt), rules, plan.evaluateBy);
}

export type CaseSchedule = {
  rules: EvaluationRules | undefined;
  next: EvaluationSchedule | null;
};

/** The schedules of several cases' plans, with a fixed number of statements for the anchors. */
export async function schedulesOf(
  tx: Db,
  plans: { caseId: string; content: PlanContent }[],
): Promise<Map<string, CaseSchedule>> {
  const ids = plans.map((p) => p.caseId);
  const anchors = await evaluationAnchors(tx, ids);
  const programmes = await programmesOfCases(tx, ids);
  const schedules = new Map<string, CaseSchedule>();
  for (const plan of plans) {
    const anchor = anchors.get(plan.caseId);
    const rules = await evaluationRulesOf(tx, programmes.get(plan.caseId) ?? []);
    schedules.set(plan.caseId, {
      rules,
      next: anchor === undefined ? null : scheduleOf(anchor, rules, plan.content),
    });
  }
  return schedules;
}
