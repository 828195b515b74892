/**
 * OpenID Connect providers, configured per network (the Flemish government login ACM/IDM, itsme,
 * or the network's own), as JSON in OMRINGD_OIDC_PROVIDERS. Claims map to an organisation of the
 * social map and a role, by rules: the first rule whose claim has the given value applies.
 */
import { roles } from '@omringd/core';
import { z } from 'zod';

export const oidcProviderSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{2,40}$/, {
      error: 'A provider id is 2–40 lower-case letters, digits or dashes.',
    }),
    label: z.string().min(2),
    issuer: z.url(),
    clientId: z.string().min(1),
    clientSecret: z.string().min(1),
    scopes: z.string().default('openid email profile'),
    /**
     * The provider already asked for a second factor (e.g. itsme, ACM/IDM with a token). Without
     * it, Omringd asks for its own authenticator code after the provider's sign-in.
     */
    secondFactorAtProvider: z.boolean().default(false),
    /**
     * A login for families (itsme, the government login for citizens): a parent, a child or a
     * supporter links it when accepting their invitation and signs in with it afterwards. It
     * creates no account and changes no membership; it needs no rules.
     */
    forFamilies: z.boolean().default(false),
    rules: z
      .array(
        z.object({
          claim: z.string().min(1),
          equals: z.string().min(1),
          /** The organisation by its key in the social map. */
          organizationKey: z.string().min(1),
          role: z.enum(roles),
          regionProvinces: z.array(z.string()).default([]),
        }),
      )
      .default([]),
  })
  .refine((p) => p.forFamilies || p.rules.length > 0, {
    error: 'Give at least one rule that maps claims to an organisation and a role.',
    path: ['rules'],
  });
export type OidcProvider = z.infer<typeof oidcProviderSchema>;

export function parseOidcProviders(json: string | undefined): OidcProvider[] {
  if (json === undefined || json.trim() === '') return [];
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new Error('OMRINGD_OIDC_PROVIDERS must be JSON: a list of providers.');
  }
  const parsed = z.array(oidcProviderSchema).safeParse(raw);
  if (!parsed.success)
    throw new Error(
      `OMRINGD_OIDC_PROVIDERS: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return parsed.data;
}
