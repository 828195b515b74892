/**
 * A login for families (itsme, the government login for citizens), end to end against a real
 * OpenID Connect provider started here: Sanne accepts her invitation with it, and signs in with
 * it afterwards without a password or a code; a login nobody linked is refused with what to do;
 * it never creates an account nor changes a role — on both storage modes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { outboxEmails, userIdentities, users } from '../../src/platform/db/identitySchema.ts';
import { OidcClients } from '../../src/modules/auth/oidcLogin.ts';
import { oidcProviderSchema } from '../../src/modules/auth/oidcConfig.ts';
import { SESSION_COOKIE } from '../../src/kernel/sessions.ts';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';
import { acceptedCase, type AcceptedCase } from '../support/acceptedCase.ts';
import { followToCallback, startTestIdp, type TestIdp } from '../support/oidcProvider.ts';

const PUBLIC_URL = 'http://localhost:3000';
const CALLBACK = `${PUBLIC_URL}/api/v1/auth/oidc/itsme/callback`;
const SANNE = {
  sub: 'itsme-sanne',
  email: 'sanne@itsme.example',
  name: 'Sanne P.',
  omringd_role: '',
};

describe.each(storageModes)('a login for families on %s', (mode) => {
  let idp: TestIdp;
  let t: TestApp;
  let file: AcceptedCase;

  beforeAll(async () => {
    idp = await startTestIdp([CALLBACK]);
    const itsme = oidcProviderSchema.parse({
      id: 'itsme',
      label: 'itsme',
      issuer: idp.issuer,
      clientId: idp.clientId,
      clientSecret: idp.clientSecret,
      forFamilies: true,
    });
    t = await createTestApp(mode, new Date(), {
      rateLimitPerMinute: false,
      oidc: new OidcClients([itsme]),
    });
    file = await acceptedCase(t, '10.67.0', {
      programmeKey: 'zorggarantie-limburg',
      kind: 'young_child',
      receiver: 'zorggarantie-limburg',
    });
  });
  afterAll(async () => {
    await closeTestApp(t);
    await idp.close();
  });

  /** Through the provider and back, from a start URL; the session cookie of the return, if any. */
  async function through(startUrl: string) {
    const start = await t.app.inject({ method: 'GET', url: startUrl });
    expect(start.statusCode, start.body).toBe(303);
    const flowCookie = start.cookies.find((c) => c.name === 'omringd_oidc')?.value ?? '';
    const back = new URL(await followToCallback(start.headers.location as string, CALLBACK));
    const callback = await t.app.inject({
      method: 'GET',
      url: back.pathname + back.search,
      cookies: { omringd_oidc: flowCookie },
    });
    expect(callback.statusCode).toBe(303);
    return {
      location: callback.headers.location as string,
      session: callback.cookies.find((c) => c.name === SESSION_COOKIE)?.value,
    };
  }

  const tokenOf = async (email: string) => {
    const mails = await t.database.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.toAddress, email));
    const token = mails
      .map((m) => /\/uitnodiging\/([A-Za-z0-9_-]{20,})/.exec(m.bodyText)?.[1])
      .find((found) => found !== undefined);
    if (token === undefined) throw new Error(`no invitation for ${email}`);
    return token;
  };

  it('says it is a login for families, and refuses a login nobody linked', async () => {
    const providers = await t.app.inject({ method: 'GET', url: '/api/v1/auth/providers' });
    expect(providers.json()).toEqual([{ id: 'itsme', label: 'itsme', forFamilies: true }]);
    idp.signInAs({ sub: 'itsme-stranger', email: 'x@itsme.example', name: 'X', omringd_role: '' });
    const refused = await through('/api/v1/auth/oidc/itsme/start');
    expect(refused.session).toBeUndefined();
    expect(refused.location).toBe('/aanmelden?fout=login_not_linked');
    const made = await t.database.db.select().from(users).where(eq(users.email, 'x@itsme.example'));
    expect(made).toEqual([]);
  });

  it('lets a parent accept the invitation with it, and sign in with it again', async () => {
    const mira = await file.signedIn(file.mira);
    const invited = await mira.request('POST', `/api/v1/cases/${file.caseId}/parents`, {
      memberId: 'p1',
      email: 'sanne.itsme@example.be',
    });
    expect(invited.status).toBe(201);
    const token = await tokenOf('sanne.itsme@example.be');
    idp.signInAs(SANNE);
    const accepted = await through(`/api/v1/invitations/${token}/oidc/itsme`);
    expect(accepted.location).toBe('/');
    expect(accepted.session).toBeDefined();
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/session',
      cookies: { [SESSION_COOKIE]: accepted.session ?? '' },
    });
    // The account the coordinator made, in its role: the provider's name and address change nothing.
    expect(me.json()).toMatchObject({
      state: 'signed_in',
      user: { email: 'sanne.itsme@example.be' },
      memberships: [{ role: 'parent' }],
    });
    // The link is used up: the invitation cannot be accepted again, with any login.
    const again = await t.app.inject({ method: 'GET', url: `/api/v1/invitations/${token}` });
    expect(again.statusCode).toBe(410);

    idp.signInAs(SANNE);
    const later = await through('/api/v1/auth/oidc/itsme/start');
    expect(later.location).toBe('/');
    const families = await t.app.inject({
      method: 'GET',
      url: '/api/v1/portal/families',
      cookies: { [SESSION_COOKIE]: later.session ?? '' },
    });
    expect(families.statusCode).toBe(200);
    expect(families.json<{ families: unknown[] }>().families).toHaveLength(1);
  });

  it('keeps one link from the login to the account, made at the invitation', async () => {
    const [sanne] = await t.database.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, 'sanne.itsme@example.be'));
    const links = await t.database.db
      .select()
      .from(userIdentities)
      .where(eq(userIdentities.userId, sanne?.id ?? ''));
    expect(links).toHaveLength(1);
  });
});
