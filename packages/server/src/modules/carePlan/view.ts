/** A stored version of the plan as the API answers it (content parsed by the core's schema). */
import { planContentSchema, planChangeSchema, type PlanVersion } from '@omringd/core';
import type { PlanRow } from './queries.ts';

export function versionView(row: PlanRow): PlanVersion {
  return {
    number: row.number,
    // Parsed again: defaults added by later versions of the schema fill in older rows.
    content: planContentSchema.parse(row.content),
    change: planChangeSchema.parse(row.change),
    evaluation: row.evaluation ?? null,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdByName,
  };
}
