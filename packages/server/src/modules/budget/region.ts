/**
 * The region whose fund pays a case's budget: the family's province when the programme works
 * there, else the programme's own (first) province.
 */
import { provinceOfPostalCode, type Programme, type ProvinceCode } from '@omringd/core';

export function fundRegionOf(
  programme: Pick<Programme, 'region'>,
  postalCode: string | null,
): ProvinceCode | null {
  const family = postalCode === null ? undefined : provinceOfPostalCode(postalCode);
  if (family !== undefined && programme.region.provinces.includes(family)) return family;
  return programme.region.provinces[0] ?? family ?? null;
}
