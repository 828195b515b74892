/**
 * Facet counts in one sum. Every term of a service gets a lane of 21 bits in one large number
 * (its term lanes); adding up the lanes of the matches counts every term at once, where a count
 * per term would test each match once per term. A term's count stays exact while it is below
 * 2^21 (2,097,152 services); a directory that large would need wider lanes.
 *
 * A facet shows what choosing another value would give: each term counts under every filter the
 * search sets except the one of its own facet.
 */
import { termBits } from '../taxonomy/termBits.ts';

export const TERM_LANE_BITS = 21;
const LANE = BigInt(TERM_LANE_BITS);
const LANE_MASK = (1n << LANE) - 1n;

/** The filters that have a facet of their own. */
export const facetFilters = ['age', 'targetGroup', 'modality', 'domain', 'free'] as const;
export type FacetFilter = (typeof facetFilters)[number];
export type TermFacet = 'targetGroup' | 'modality' | 'domain';

/** The facet a taxonomy term counts under. */
export function facetOfTerm(code: string): TermFacet {
  if (code.startsWith('target-group:')) return 'targetGroup';
  if (code.startsWith('modality:')) return 'modality';
  return 'domain';
}

/** The lane value of one term: 1 in the term's lane. */
export function termLane(code: string): bigint | undefined {
  const bit = termBits[code];
  return bit === undefined ? undefined : 1n << (BigInt(bit) * LANE);
}

/** A service's term lanes: the sum of the lanes of its terms. */
export function termLanes(codes: readonly string[]): bigint {
  return codes.reduce((sum, code) => sum + (termLane(code) ?? 0n), 0n);
}

/**
 * The count of every term in a sum of term lanes (as the database gives a numeric: decimal
 * text), for the terms of one facet.
 */
export function termCounts(sum: string | bigint, facet: TermFacet): Map<string, number> {
  const total = typeof sum === 'bigint' ? sum : BigInt(sum);
  const counts = new Map<string, number>();
  for (const [code, bit] of Object.entries(termBits)) {
    if (facetOfTerm(code) !== facet) continue;
    const count = Number((total >> (BigInt(bit) * LANE)) & LANE_MASK);
    if (count > 0) counts.set(code, count);
  }
  return counts;
}
