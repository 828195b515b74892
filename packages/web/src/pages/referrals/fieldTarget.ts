/** The element a problem of the referral (by the server's field path) is fixed in. */
import type { ProgrammeView, Referral } from './referralTypes.ts';

export function fieldTarget(
  field: string,
  draft: Referral['content'],
  programme: ProgrammeView | null,
): string | null {
  const [head, second, third] = field.split('.');
  if (head === 'family') {
    if (second === 'postalCode') return 'postal-code';
    if (second === 'parents') return 'parent-name-0';
    if (second === 'children') {
      const index = Number(third ?? 0);
      const child = draft.family.children[index];
      const suffix = index === 0 ? '' : `-${String(index)}`;
      if (child === undefined) return `born-${String(index)}`;
      return child.born ? `birth-date${suffix}` : `due-date${suffix}`;
    }
    return null;
  }
  if (head === 'concern' && second !== undefined) return `concern-${second}`;
  if (head === 'checklist' && second !== undefined) return `checklist-${second}`;
  if (head === 'situations') {
    const first = programme?.situations.items[0];
    return first === undefined ? null : `situation-${first.id}`;
  }
  switch (head) {
    case 'discussedWithParents':
      return 'discussed';
    case 'agreementToShare':
      return `agreement-${draft.agreementToShare}`;
    case 'legalBasis':
      return 'legal-basis';
    case 'ineligibleJustification':
      return 'justification';
    default:
      return null;
  }
}

export const referralSteps = ['gezin', 'zorg', 'voorwaarden', 'controleren'] as const;
export type ReferralStep = (typeof referralSteps)[number];

/** The step of the form a field is on (by the server's field path). */
export function stepOfField(field: string): ReferralStep {
  const head = field.split('.')[0];
  if (head === 'family') return 'gezin';
  if (head === 'concern') return 'zorg';
  return 'voorwaarden';
}
