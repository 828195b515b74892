/**
 * Sign-in with an OpenID Connect provider: authorisation code with PKCE, state and nonce
 * (openid-client). The flow is kept server-side and bound to the browser by a cookie holding the
 * state. On return, the claims are mapped to an organisation and role by the provider's rules;
 * the account is created or its memberships brought in line with the claims.
 */
import { requiresSecondFactor, type Role } from '@omringd/core';
import { and, eq, gt } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import * as client from 'openid-client';
import type { Db } from '../../platform/db/database.ts';
import { memberships, oidcFlows, userIdentities, users } from '../../platform/db/identitySchema.ts';
import { organizations } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import type { OidcProvider } from './oidcConfig.ts';
import { sha256Hex } from '../../kernel/tokens.ts';
import { familyLogin } from './familyLogin.ts';

const FLOW_MS = 10 * 60 * 1000;

/** Plain http is allowed only for a provider on this machine (development and tests). */
function isLocal(issuer: string): boolean {
  const host = new URL(issuer).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '::1';
}

export class OidcClients {
  private readonly configs = new Map<string, Promise<client.Configuration>>();
  constructor(readonly providers: OidcProvider[]) {}

  provider(id: string): OidcProvider {
    const found = this.providers.find((p) => p.id === id);
    if (found === undefined)
      throw new AppError('not_found', `There is no sign-in provider "${id}".`);
    return found;
  }

  config(provider: OidcProvider): Promise<client.Configuration> {
    let config = this.configs.get(provider.id);
    if (config === undefined) {
      config = client.discovery(
        new URL(provider.issuer),
        provider.clientId,
        provider.clientSecret,
        undefined,
        // The library marks plain http as deprecated to make it stand out; we allow it only for
        // a provider on this machine (development, tests).
        // eslint-disable-next-line @typescript-eslint/no-deprecated
        isLocal(provider.issuer) ? { execute: [client.allowInsecureRequests] } : undefined,
      );
      // A failed discovery is retried on the next sign-in rather than remembered.
      config.catch(() => this.configs.delete(provider.id));
      this.configs.set(provider.id, config);
    }
    return config;
  }
}

export async function startOidc(
  db: Db,
  clients: OidcClients,
  providerId: string,
  redirectUri: string,
  now: Date,
  /** A family's invitation to link this login to (a login for families only). */
  invitationToken?: string,
): Promise<{ url: string; state: string }> {
  const provider = clients.provider(providerId);
  if (invitationToken !== undefined && !provider.forFamilies)
    throw new AppError(
      'not_found',
      `${provider.label} is not a login for families. Accept the invitation with a passkey or a password.`,
    );
  let config: client.Configuration;
  try {
    config = await clients.config(provider);
  } catch {
    throw new AppError(
      'gone',
      `${provider.label} cannot be reached right now. Try again later or sign in with your password.`,
    );
  }
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  await db.insert(oidcFlows).values({
    stateHash: sha256Hex(state),
    provider: provider.id,
    nonce,
    codeVerifier,
    invitationTokenHash: invitationToken === undefined ? null : sha256Hex(invitationToken),
    createdAt: now,
    expiresAt: new Date(now.getTime() + FLOW_MS),
  });
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: provider.scopes,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url: url.href, state };
}

export type OidcOutcome = { userId: string; pendingStep: 'totp' | 'totp_enrolment' | null };

export async function finishOidc(
  db: Db,
  clients: OidcClients,
  providerId: string,
  callbackUrl: URL,
  browserState: string | undefined,
  now: Date,
): Promise<OidcOutcome> {
  const provider = clients.provider(providerId);
  const state = callbackUrl.searchParams.get('state') ?? '';
  if (browserState === undefined || browserState !== state)
    throw new AppError(
      'invalid_input',
      'This sign-in did not start in this browser, or took too long. Start again.',
    );
  const [flow] = await db
    .delete(oidcFlows)
    .where(
      and(
        eq(oidcFlows.stateHash, sha256Hex(state)),
        eq(oidcFlows.provider, provider.id),
        gt(oidcFlows.expiresAt, now),
      ),
    )
    .returning();
  if (flow === undefined)
    throw new AppError('invalid_input', 'This sign-in expired or was already used. Start again.');
  const config = await clients.config(provider);
  let claims: (Record<string, unknown> & { sub: string }) | undefined;
  try {
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: flow.codeVerifier,
      expectedState: state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const idToken = tokens.claims();
    if (idToken !== undefined) {
      // Profile claims (name, roles) usually come from the userinfo endpoint in the code flow.
      const userinfo = await client.fetchUserInfo(config, tokens.access_token, idToken.sub);
      claims = { ...userinfo, ...idToken };
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unknown';
    throw new AppError(
      'invalid_credentials',
      `${provider.label} did not confirm the sign-in (${reason}). Start again.`,
    );
  }
  if (claims === undefined)
    throw new AppError('invalid_credentials', `${provider.label} sent no identity. Start again.`);
  if (provider.forFamilies)
    return familyLogin(db, provider, claims.sub, flow.invitationTokenHash, now);
  return applyClaims(db, provider, claims, now);
}

/** Account and memberships from the claims; the rules decide organisation and role. */
async function applyClaims(
  db: Db,
  provider: OidcProvider,
  claims: Record<string, unknown> & { sub: string },
  now: Date,
): Promise<OidcOutcome> {
  const matching = provider.rules.filter((r) => {
    const value = claims[r.claim];
    return Array.isArray(value) ? value.includes(r.equals) : value === r.equals;
  });
  if (matching.length === 0)
    throw new AppError(
      'forbidden',
      'Your account at the sign-in provider gives no role in Omringd. Ask your administrator.',
    );
  const email =
    typeof claims.email === 'string'
      ? claims.email.toLowerCase()
      : `${claims.sub}@${provider.id}.oidc`;
  const name = typeof claims.name === 'string' ? claims.name : email;
  return db.transaction(async (tx) => {
    const [identity] = await tx
      .select()
      .from(userIdentities)
      .where(and(eq(userIdentities.provider, provider.id), eq(userIdentities.subject, claims.sub)));
    let userId = identity?.userId;
    if (userId === undefined) {
      userId = randomUUID();
      const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
      if (taken !== undefined)
        throw new AppError(
          'conflict',
          'An account with this e-mail address exists already. Sign in with its password, or ask your administrator to link the accounts.',
        );
      await tx
        .insert(users)
        .values({ id: userId, email, displayName: name, status: 'active', createdAt: now });
      await tx
        .insert(userIdentities)
        .values({ provider: provider.id, subject: claims.sub, userId, createdAt: now });
    }
    const [user] = await tx.select().from(users).where(eq(users.id, userId));
    if (user?.status !== 'active')
      throw new AppError('forbidden', 'This account is deactivated. Ask your administrator.');
    // The provider's claims are authoritative for this account's memberships.
    await tx.delete(memberships).where(eq(memberships.userId, userId));
    const held: Role[] = [];
    for (const rule of matching) {
      const [organization] = await tx
        .select({ id: organizations.id })
        .from(organizations)
        .where(eq(organizations.key, rule.organizationKey));
      if (organization === undefined)
        throw new AppError(
          'invalid_input',
          `The sign-in configuration names an unknown organisation "${rule.organizationKey}". Tell your administrator.`,
        );
      await tx.insert(memberships).values({
        id: randomUUID(),
        userId,
        organizationId: organization.id,
        role: rule.role,
        regionProvinces: rule.regionProvinces,
        createdAt: now,
      });
      held.push(rule.role);
    }
    const pendingStep =
      provider.secondFactorAtProvider || !requiresSecondFactor(held)
        ? null
        : user.totpSecret !== null
          ? 'totp'
          : 'totp_enrolment';
    return { userId, pendingStep };
  });
}
