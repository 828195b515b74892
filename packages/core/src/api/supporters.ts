/** A supporter from the family's network: invited by the family, and what they see. */
import { z } from 'zod';
import { languages } from './accounts.ts';

export const supporterInvitationSchema = z.object({
  /** The person of the case's network (the family agreed to involve them). */
  networkPersonId: z.string().min(1, { error: 'Choose whom you invite.' }).max(27),
  email: z.email({ error: 'Write an e-mail address like naam@voorbeeld.be.' }).max(200),
  /** The supporter's language; without one, the inviting parent's own. */
  locale: z.enum(languages, { error: 'Choose one of the languages of the list.' }).optional(),
});
export type SupporterInvitation = z.output<typeof supporterInvitationSchema>;

export const supporterInvitedSchema = z.object({ networkPersonId: z.string(), email: z.string() });

/** What a supporter sees of one family: their own part, nothing else of the file. */
export const supporterViewSchema = z.object({
  caseId: z.uuid(),
  /** How the family wants to be called (the name it chose, else the one the team uses). */
  familyName: z.string(),
  /** Who invited them in the family, and the family's contact person. */
  contact: z.object({ name: z.string(), phone: z.string().nullable() }).nullable(),
  /** The agreements of the care tables held that name this supporter. */
  agreements: z.array(z.object({ heldOn: z.string(), agreementId: z.string(), text: z.string() })),
  /** The next care table they are invited to. */
  nextMeeting: z
    .object({
      startsAt: z.string(),
      minutes: z.number().int(),
      place: z.string(),
      purpose: z.string(),
    })
    .nullable(),
});
export type SupporterView = z.infer<typeof supporterViewSchema>;

export const supporterCasesSchema = z.object({ caseIds: z.array(z.uuid()) });

/** Whom the family can ask to support it (its own circle, agreed to involve). */
export const portalSupportersSchema = z.object({
  people: z.array(
    z.object({
      networkPersonId: z.string(),
      name: z.string(),
      relation: z.string(),
      invited: z.boolean(),
    }),
  ),
});
export type PortalSupporters = z.infer<typeof portalSupportersSchema>;
