/**
 * The family of a case file: the parents and carers with their roles, the children, and a child
 * not born yet with its due date; with the address, the language, whether an interpreter is
 * needed and what the family wants to be called. Entered once: a case opened from a referral
 * starts from what the referral holds.
 */
import { z } from 'zod';
import type { Child } from '../programmes/referral.ts';
import { childDateProblems, type ChildDateProblem } from '../programmes/childDates.ts';

const shortText = z.string().trim().max(200);
const memberId = z.string().regex(/^[a-z0-9-]{1,40}$/, {
  error: 'A member id is 1–40 lower-case letters, digits or dashes.',
});
const day = z.iso.date({ error: 'A date is YYYY-MM-DD.' });

export const adultRoles = ['mother', 'father', 'parent', 'carer', 'other'] as const;

export const familyMemberSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('adult'),
    id: memberId,
    name: shortText.min(1, { error: 'Give a name, or how the family calls this person.' }),
    role: z.enum(adultRoles),
  }),
  z.object({
    kind: z.literal('child'),
    id: memberId,
    name: shortText.default(''),
    birthDate: day,
  }),
  z.object({
    kind: z.literal('unborn'),
    id: memberId,
    dueDate: day,
  }),
]);
export type FamilyMember = z.infer<typeof familyMemberSchema>;

export const familyDetailsSchema = z.object({
  /** How the family wants to be called ("de familie Yilmaz", "Sara en Tom"). */
  calledName: shortText.default(''),
  street: shortText.default(''),
  postalCode: z
    .string()
    .regex(/^\d{4}$/, { error: 'A Belgian postal code has four digits.' })
    .nullable()
    .default(null),
  language: shortText.default('nl'),
  interpreterNeeded: z.boolean().default(false),
  members: z
    .array(familyMemberSchema)
    .max(20)
    .refine((members) => new Set(members.map((m) => m.id)).size === members.length, {
      error: 'Each member of the family has an id of its own.',
    }),
});
export type FamilyDetails = z.infer<typeof familyDetailsSchema>;

/** What a referral says of the family, as the case's first family (ids in order: p1, c1, …). */
export function familyFromReferral(family: {
  parents: readonly { name: string; role: 'mother' | 'father' | 'parent' | 'other' }[];
  children: readonly Child[];
  postalCode: string | null;
  street: string;
  language: string;
  interpreterNeeded: boolean;
}): FamilyDetails {
  const adults: FamilyMember[] = family.parents
    .filter((p) => p.name.trim() !== '')
    .map((p, i) => ({ kind: 'adult', id: `p${String(i + 1)}`, name: p.name.trim(), role: p.role }));
  const children = family.children.flatMap((c, i): FamilyMember[] => {
    const id = `c${String(i + 1)}`;
    if (c.born)
      return c.birthDate === ''
        ? []
        : [{ kind: 'child', id, name: c.name, birthDate: c.birthDate }];
    return c.dueDate === '' ? [] : [{ kind: 'unborn', id, dueDate: c.dueDate }];
  });
  return {
    calledName: '',
    street: family.street,
    postalCode: family.postalCode,
    language: family.language,
    interpreterNeeded: family.interpreterNeeded,
    members: [...adults, ...children],
  };
}

/**
 * Dates of the family's children that cannot be right (a birth in the future, a due date long
 * past): the same rules as the referral form's, with the path of the member in the family.
 */
export function familyDateProblems(
  members: readonly FamilyMember[],
  today: string,
): { field: string; reason: ChildDateProblem['reason']; message: string }[] {
  return members.flatMap((m, index) => {
    const child: Child | null =
      m.kind === 'child'
        ? { born: true, name: m.name, birthDate: m.birthDate }
        : m.kind === 'unborn'
          ? { born: false, dueDate: m.dueDate }
          : null;
    if (child === null) return [];
    return childDateProblems([child], today).map((p) => ({
      field: `family.members.${String(index)}.${p.path[3]}`,
      reason: p.reason,
      message: p.message,
    }));
  });
}
