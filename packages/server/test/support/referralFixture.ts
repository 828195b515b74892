/**
 * The referral a test sends, in one place: a worrying pregnancy for Veilig van in de buik (the
 * default), or a young child who is unsafe now for Zorggarantie, each with the checklist its
 * programme asks. A test changes only what it is about.
 */
import { referralDraftSchema, type ReferralDraft } from '@omringd/core';

type Changes = {
  parent?: string;
  behaviour?: string;
  dueDate?: string;
  street?: string;
  concern?: Partial<ReferralDraft['concern']>;
};

export function referralContent(
  kind: 'pregnancy' | 'young_child' = 'pregnancy',
  changes: Changes = {},
): ReferralDraft {
  const pregnancy = kind === 'pregnancy';
  return referralDraftSchema.parse({
    family: {
      parents: [{ name: changes.parent ?? (pregnancy ? 'Sanne' : 'Noor'), role: 'mother' }],
      children: pregnancy
        ? [{ born: false, dueDate: changes.dueDate ?? '2027-03-15' }]
        : [{ born: true, name: 'Lina', birthDate: '2025-09-01' }],
      postalCode: '3500',
      street: changes.street ?? '',
      language: 'nl',
      interpreterNeeded: false,
    },
    concern: {
      behaviour:
        changes.behaviour ??
        (pregnancy
          ? 'Middelengebruik tijdens de zwangerschap; prenatale consulten gemist.'
          : 'Geweld in het gezin; de baby werd twee keer alleen gelaten.'),
      servicesTried: [],
      ...changes.concern,
    },
    situations: [pregnancy ? 'worrying-pregnancy' : 'unsafe-now'],
    conditions: pregnancy ? [] : ['minimal-willingness'],
    checklist: pregnancy
      ? ['team-decision', 'discussed-openly', 'joins-intake']
      : [
          'concern-concrete',
          'minimum-needed',
          'discussed-with-parents',
          'regular-help-checked',
          'care-table-willingness',
        ],
    discussedWithParents: true,
    agreementToShare: 'given',
  });
}
