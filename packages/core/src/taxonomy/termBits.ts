/**
 * Each taxonomy term's bit in a service's term mask, so facet counts are integer tests instead of
 * array scans. Append only: a bit is never renumbered or reused (stored masks depend on it); a new
 * term takes the next free bit. At most 53 bits (exact integers in JavaScript and JSON).
 */
export const termBits: Readonly<Record<string, number>> = {
  'target-group:koap': 0,
  'target-group:pregnant-addiction': 1,
  'target-group:kopp': 2,
  'target-group:expectant-parents': 3,
  'target-group:teen-parents': 4,
  'target-group:single-fathers': 5,
  'target-group:families': 6,
  'target-group:professionals': 7,
  'modality:residential': 8,
  'modality:outpatient': 9,
  'modality:mobile': 10,
  'modality:group': 11,
  'modality:online': 12,
  'modality:case-management': 13,
  'hvhk-domain:preventive-health': 14,
  'hvhk-domain:perinatal-health': 15,
  'hvhk-domain:socio-pedagogical': 16,
  'hvhk-domain:psycho-social': 17,
  'hvhk-domain:integral-trajectory': 18,
  'life-domain:administration': 19,
  'life-domain:finances': 20,
  'life-domain:parenting': 21,
  'life-domain:mental-wellbeing': 22,
  'life-domain:school': 23,
  'life-domain:housing': 24,
  'life-domain:health-substance-use': 25,
};

export const MAX_TERM_BITS = 53;

/** The mask of a service's terms; terms without a bit (none, when the test holds) are ignored. */
export function termMask(codes: readonly string[]): number {
  let mask = 0;
  for (const code of codes) {
    const bit = termBits[code];
    if (bit !== undefined) mask += 2 ** bit;
  }
  return mask;
}
