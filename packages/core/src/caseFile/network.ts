/**
 * The family's network (ecogram): the people around the family, informal (family, friends,
 * neighbours, volunteers) and formal (professionals with their organisation, services from the
 * social map). Per person the relation, how supportive they are and whether the family agrees to
 * involve them. "No" is a normal answer: later features (the care table, the family portal) only
 * involve someone the family said yes to.
 */
import { z } from 'zod';

const shortText = z.string().trim().max(200);
const personId = z.string().regex(/^[a-z0-9-]{1,27}$/, {
  error: 'A person id is 1–27 lower-case letters, digits or dashes.',
});

export const informalTies = ['family', 'friend', 'neighbour', 'volunteer'] as const;
export const formalTies = ['professional', 'service'] as const;
export const networkTies = [...informalTies, ...formalTies] as const;
export type NetworkTie = (typeof networkTies)[number];

export const supportLevels = ['strong', 'some', 'strained'] as const;
export type SupportLevel = (typeof supportLevels)[number];

/** The family's answer to "may we involve this person?"; not asked yet is not a yes. */
export const involvementAnswers = ['yes', 'no', 'not_asked'] as const;
export type InvolvementAnswer = (typeof involvementAnswers)[number];

export const networkPersonSchema = z.object({
  id: personId,
  name: shortText.min(1, { error: 'Give a name, or how the family calls this person.' }),
  /** In the family's words: "grootmoeder", "buurvrouw", "huisarts". */
  relation: shortText.default(''),
  tie: z.enum(networkTies),
  support: z.enum(supportLevels),
  /** For a professional: the organisation; for a service: its provider. */
  organization: shortText.default(''),
  /** A service or organisation of the social map, when it is one. */
  serviceId: z.uuid().nullable().default(null),
  phone: z
    .string()
    .trim()
    .max(30)
    .regex(/^[+0-9 ()./-]*$/, { error: 'A phone number has digits, spaces and + ( ) . / - only.' })
    .default(''),
  email: z.union([z.literal(''), z.email({ error: 'This is not an e-mail address.' })]).default(''),
  involve: z.enum(involvementAnswers).default('not_asked'),
  /** Why, in a few words, when the family said no or asked for a limit. */
  involveNote: shortText.default(''),
});
export type NetworkPerson = z.infer<typeof networkPersonSchema>;

export const networkSchema = z.object({
  people: z
    .array(networkPersonSchema)
    .max(60)
    .refine((people) => new Set(people.map((p) => p.id)).size === people.length, {
      error: 'Each person in the network has an id of their own.',
    }),
});
export type Network = z.infer<typeof networkSchema>;

export const isFormalTie = (tie: NetworkTie): boolean =>
  (formalTies as readonly string[]).includes(tie);

/** Whom later features may involve: only the people the family said yes to. */
export function involvable(network: Network): NetworkPerson[] {
  return network.people.filter((p) => p.involve === 'yes');
}

/** The referrer, carried from the referral into the network (the family has not been asked). */
export function networkFromReferrer(referrer: {
  name: string;
  organization: string;
  phone: string;
  email: string;
}): Network {
  if (referrer.name.trim() === '') return { people: [] };
  return networkSchema.parse({
    people: [
      {
        id: 'n1',
        name: referrer.name,
        relation: 'aanmelder',
        tie: 'professional',
        support: 'some',
        organization: referrer.organization,
        phone: referrer.phone.replace(/[^+0-9 ()./-]/g, '').slice(0, 30),
        email: z.email().safeParse(referrer.email).success ? referrer.email : '',
      },
    ],
  });
}
