/**
 * The editable parts of a case file beyond the family: each with the core's schema, what it is
 * when nothing was recorded, and the timeline entry a change leaves.
 */
import {
  assessmentSchema,
  lifeDomainsSchema,
  networkSchema,
  type Assessment,
  type LifeDomains,
  type Network,
  type TimelineKind,
} from '@omringd/core';
import type { z } from 'zod';
import type { PartKey } from './queries/parts.ts';

type Part<T> = { key: PartKey; schema: z.ZodType<T>; empty: T; changed: TimelineKind };

export const networkPart: Part<Network> = {
  key: 'network',
  schema: networkSchema,
  empty: { people: [] },
  changed: 'network_changed',
};
export const lifeDomainsPart: Part<LifeDomains> = {
  key: 'life_domains',
  schema: lifeDomainsSchema,
  empty: { domains: [] },
  changed: 'life_domains_changed',
};
export const assessmentPart: Part<Assessment> = {
  key: 'assessment',
  schema: assessmentSchema,
  empty: assessmentSchema.parse({}),
  changed: 'assessment_changed',
};

export type { Part };
