/**
 * The content of a referral (aanmelding) and who may do what with one. The referrer owns their
 * draft and follows the status; the receiving side (coordinators of the programme's organisation,
 * or of the service's organisation for a warm referral) reads it in full and decides.
 */
import { z } from 'zod';

const shortText = z.string().trim().max(200);
const longText = z.string().trim().max(5000);

export const personSchema = z.object({
  name: shortText,
  role: z.enum(['mother', 'father', 'parent', 'other']).default('parent'),
});

/** A date, or empty while the referrer has not filled it in yet (a draft is saved as typed). */
const dateOrEmpty = (error: string) => z.union([z.iso.date({ error }), z.literal('')]);

export const childSchema = z.discriminatedUnion('born', [
  z.object({
    born: z.literal(true),
    name: shortText.default(''),
    birthDate: dateOrEmpty('A date of birth is YYYY-MM-DD.'),
  }),
  z.object({
    born: z.literal(false),
    dueDate: dateOrEmpty('An expected due date is YYYY-MM-DD.'),
  }),
]);

/** Every child has its date of birth or its expected due date. */
export function childrenDated(children: readonly Child[]): boolean {
  return children.every((c) => (c.born ? c.birthDate : c.dueDate) !== '');
}
export type Child = z.infer<typeof childSchema>;

/** What a draft holds; every field may still be empty while the referrer is writing. */
export const referralDraftSchema = z.object({
  family: z
    .object({
      parents: z.array(personSchema).max(6).default([]),
      children: z.array(childSchema).max(12).default([]),
      postalCode: z
        .string()
        .regex(/^\d{4}$/, { error: 'A Belgian postal code has four digits.' })
        .nullable()
        .default(null),
      street: shortText.default(''),
      language: shortText.default('nl'),
      interpreterNeeded: z.boolean().default(false),
    })
    .default({
      parents: [],
      children: [],
      postalCode: null,
      street: '',
      language: 'nl',
      interpreterNeeded: false,
    }),
  concern: z
    .object({
      behaviour: longText.default(''),
      severity: longText.default(''),
      frequency: longText.default(''),
      impactOnChild: longText.default(''),
      strengths: longText.default(''),
      safetyPresent: longText.default(''),
      minimallyNeeded: longText.default(''),
      regularHelpTried: longText.default(''),
      /** Services of the social map already involved or tried. */
      servicesTried: z.array(z.uuid()).max(20).default([]),
    })
    .default({
      behaviour: '',
      severity: '',
      frequency: '',
      impactOnChild: '',
      strengths: '',
      safetyPresent: '',
      minimallyNeeded: '',
      regularHelpTried: '',
      servicesTried: [],
    }),
  situations: z.array(z.string().max(60)).max(30).default([]),
  conditions: z.array(z.string().max(60)).max(30).default([]),
  checklist: z.array(z.string().max(60)).max(30).default([]),
  discussedWithParents: z.boolean().default(false),
  /** Art. 74: the family's agreement to share, separate from the legal basis. */
  agreementToShare: z.enum(['given', 'refused', 'not_asked']).default('not_asked'),
  legalBasis: shortText.nullable().default(null),
  ineligibleJustification: longText.nullable().default(null),
});
export type ReferralDraft = z.infer<typeof referralDraftSchema>;
export type ReferralDraftInput = z.input<typeof referralDraftSchema>;

export const referralActions = [
  'read',
  'edit_draft',
  'send',
  'withdraw',
  'decide',
  'prosecutor',
] as const;
export type ReferralAction = (typeof referralActions)[number];

export type ReferralRelation = {
  /** The user wrote the referral or it was registered in their name. */
  isReferrer: boolean;
  /** The user is a coordinator of the receiving organisation (intake). */
  isReceiver: boolean;
  status: string;
};

/** Allowed, or not; a referral the user has no relation to is simply not there for them (404). */
export function mayActOnReferral(action: ReferralAction, rel: ReferralRelation): boolean {
  switch (action) {
    case 'read':
      return rel.isReferrer || (rel.isReceiver && rel.status !== 'draft');
    case 'edit_draft':
    case 'send':
      return rel.isReferrer && rel.status === 'draft';
    case 'withdraw':
      return rel.isReferrer;
    case 'decide':
    case 'prosecutor':
      return rel.isReceiver && rel.status !== 'draft';
  }
}

/** Is the child born? (The public prosecutor can be involved only then.) */
export function hasBornChild(draft: ReferralDraft): boolean {
  return draft.family.children.some((c) => c.born);
}
