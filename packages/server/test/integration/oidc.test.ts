/**
 * OpenID Connect sign-in end to end against a real provider started here (oidc-provider):
 * authorisation code with PKCE, state and nonce; claims mapped to an organisation and role.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { organizations } from '../../src/platform/db/schema.ts';
import { users } from '../../src/platform/db/identitySchema.ts';
import { OidcClients } from '../../src/modules/auth/oidcLogin.ts';
import { oidcProviderSchema } from '../../src/modules/auth/oidcConfig.ts';
import { buildApp } from '../../src/app.ts';
import type { FastifyInstance } from 'fastify';
import { createTestDatabase, type TestDatabase } from '../support/testDatabase.ts';
import { storageModes } from '../support/storageModes.ts';
import { followToCallback, startTestIdp, type TestIdp } from '../support/oidcProvider.ts';
import { SESSION_COOKIE } from '../../src/kernel/sessions.ts';

const PUBLIC_URL = 'http://localhost:3000';
const CALLBACK = `${PUBLIC_URL}/api/v1/auth/oidc/vlaanderen/callback`;

describe.each(storageModes)('sign-in with OpenID Connect on %s', (mode) => {
  let idp: TestIdp;
  let database: TestDatabase;
  let app: FastifyInstance;
  const now = { value: new Date() };

  beforeAll(async () => {
    idp = await startTestIdp([CALLBACK]);
    database = await createTestDatabase(mode);
    const [org] = await database.db
      .select()
      .from(organizations)
      .where(eq(organizations.name, 'Huizen van het Kind Gent'));
    if (org === undefined) throw new Error('demo organisation missing');
    const provider = oidcProviderSchema.parse({
      id: 'vlaanderen',
      label: 'Vlaamse overheid (ACM/IDM)',
      issuer: idp.issuer,
      clientId: idp.clientId,
      clientSecret: idp.clientSecret,
      secondFactorAtProvider: true,
      rules: [
        { claim: 'omringd_role', equals: 'onthaal', organizationKey: org.key, role: 'reception' },
        {
          claim: 'omringd_role',
          equals: 'netwerk',
          organizationKey: org.key,
          role: 'network_coordinator',
          regionProvinces: ['VOV'],
        },
      ],
    });
    app = await buildApp({
      database,
      clock: () => now.value,
      publicUrl: PUBLIC_URL,
      oidc: new OidcClients([provider]),
      rateLimitPerMinute: false,
    });
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
    await idp.close();
  });

  async function signInThroughProvider() {
    const start = await app.inject({ method: 'GET', url: '/api/v1/auth/oidc/vlaanderen/start' });
    expect(start.statusCode).toBe(303);
    const authorize = new URL(start.headers.location as string);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    const flowCookie = start.cookies.find((c) => c.name === 'omringd_oidc');
    const back = new URL(await followToCallback(authorize.href, CALLBACK));
    return { back, flowCookie: flowCookie?.value ?? '' };
  }

  it('signs in a new person, maps the claims to organisation and role, and starts a session', async () => {
    idp.signInAs({
      sub: 'acm-123',
      email: 'Ilse.Onthaal@gent.be',
      name: 'Ilse Onthaal',
      omringd_role: 'onthaal',
    });
    const { back, flowCookie } = await signInThroughProvider();
    const callback = await app.inject({
      method: 'GET',
      url: back.pathname + back.search,
      cookies: { omringd_oidc: flowCookie },
    });
    expect(callback.statusCode).toBe(303);
    expect(callback.headers.location).toBe('/');
    const session = callback.cookies.find((c) => c.name === SESSION_COOKIE);
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Strict');
    const me = await app.inject({
      method: 'GET',
      url: '/api/v1/auth/session',
      cookies: { [SESSION_COOKIE]: session?.value ?? '' },
    });
    expect(me.json()).toMatchObject({
      state: 'signed_in',
      user: { email: 'ilse.onthaal@gent.be' },
      memberships: [{ role: 'reception', organizationName: 'Huizen van het Kind Gent' }],
    });
  });

  it('refuses a return that did not start in this browser, and the same return twice', async () => {
    idp.signInAs({
      sub: 'acm-456',
      email: 'nick@gent.be',
      name: 'Nick Netwerk',
      omringd_role: 'netwerk',
    });
    const { back, flowCookie } = await signInThroughProvider();
    const foreign = await app.inject({
      method: 'GET',
      url: back.pathname + back.search,
      cookies: { omringd_oidc: 'someone-else' },
    });
    expect(foreign.headers.location).toBe('/aanmelden?fout=invalid_input');
    const ok = await app.inject({
      method: 'GET',
      url: back.pathname + back.search,
      cookies: { omringd_oidc: flowCookie },
    });
    expect(ok.headers.location).toBe('/');
    const replay = await app.inject({
      method: 'GET',
      url: back.pathname + back.search,
      cookies: { omringd_oidc: flowCookie },
    });
    expect(replay.headers.location).toBe('/aanmelden?fout=invalid_input');
    const [user] = await database.db.select().from(users).where(eq(users.email, 'nick@gent.be'));
    expect(user?.displayName).toBe('Nick Netwerk');
  });

  it('refuses a person whose claims give no role, with a message that says whom to ask', async () => {
    idp.signInAs({ sub: 'acm-789', email: 'x@gent.be', name: 'Xander', omringd_role: 'onbekend' });
    const { back, flowCookie } = await signInThroughProvider();
    const refused = await app.inject({
      method: 'GET',
      url: back.pathname + back.search,
      cookies: { omringd_oidc: flowCookie },
    });
    expect(refused.headers.location).toBe('/aanmelden?fout=forbidden');
  });
});
