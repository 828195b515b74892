/**
 * The family portal on a phone: Mira invites Nathalie from the case file; Nathalie opens the link
 * on her phone, chooses a password (no authenticator app), lands on our plan, writes a goal of
 * her own and hears it read aloud, scores 6/10, writes to her contact person, reads the plan in Arabic (right to left), withdraws the agreement for Kind en Gezin (whose nurse then
 * gets 404 on the case), sees Mira's earlier look, and signs in again with a code sent by e-mail; Mira sees the goal marked as the family's words. Fatima, the
 * demo's mother, reads her plan with her contact person's call button, installs it and reads it
 * again offline; signing out leaves nothing of the family on the phone. Axe finds nothing on any
 * page, and nothing scrolls sideways.
 */
import type { Browser, Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxEmails, users } from '../packages/server/src/platform/db/identitySchema.ts';
import { organizations } from '../packages/server/src/platform/db/schema.ts';
import { caseMembers, caseShares } from '../packages/server/src/kernel/tables/caseSchema.ts';
import {
  axeViolations,
  deskPage,
  launchBrowser,
  phonePage as phoneOf,
  signInAsDemo,
} from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer(() => new Date(), { demo: true, localhost: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

/** A phone whose speech synthesis the test can hear. */
async function phonePage(): Promise<Page> {
  const page = await phoneOf(browser);
  // Speech synthesis is the browser's; the test records what would be spoken.
  await page.context().addInitScript(() => {
    const spoken: string[] = [];
    Object.assign(window, { spoken });
    window.speechSynthesis.speak = (u: SpeechSynthesisUtterance) => {
      spoken.push(u.text);
    };
  });
  return page;
}

/**
 * The phone's own passkey authenticator, as Chromium simulates one (CDP): it keeps credentials
 * and answers with the user verified, as a fingerprint would.
 */
async function withPasskeyAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return { cdp, authenticatorId };
}

const noSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

const signInAs = (page: Page, name: string) => signInAsDemo(page, server.url, name);

describe('the family portal', () => {
  it('takes a parent from the invitation to a goal of her own, on a phone', async () => {
    const desk = await deskPage(browser);
    await signInAs(desk, 'Mira Claes');
    await desk.goto(`${server.url}/dossiers`);
    await desk
      .getByRole('link', { name: /Nathalie Janssens/ })
      .first()
      .click();
    const invite = desk.getByRole('form', { name: 'Een ouder uitnodigen voor het gezinsportaal' });
    await invite.waitFor();
    await invite.getByLabel('Welke ouder?').selectOption({ label: 'Nathalie Janssens (Moeder)' });
    await invite.getByLabel('E-mailadres van de ouder').fill('nathalie@example.be');
    await invite.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await expect
      .poll(() => invite.getByRole('status').textContent())
      .toBe('Uitnodiging verstuurd naar nathalie@example.be.');
    expect(await axeViolations(desk)).toEqual([]);

    const [mail] = await server.database.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.toAddress, 'nathalie@example.be'));
    const link = /http:\/\/\S+\/uitnodiging\/[A-Za-z0-9_-]+/.exec(mail?.bodyText ?? '')?.[0];
    expect(link).toBeDefined();

    const phone = await phonePage();
    await phone.goto(link ?? '');
    await phone.getByText(/nodigt je uit in het gezinsportaal/).waitFor();
    expect(await axeViolations(phone)).toEqual([]);
    await phone.getByLabel('Kies een wachtwoord').fill('Zonnebloem-Fietsbel-Kapstok-73');
    await phone.getByLabel('Typ het wachtwoord nog eens').fill('Zonnebloem-Fietsbel-Kapstok-73');
    await phone.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    await phone.waitForURL((url) => url.pathname === '/ons-gezin');
    await phone.getByRole('heading', { level: 1, name: /^Ons plan/ }).waitFor();
    await phone.getByRole('heading', { name: 'Onze contactpersoon' }).waitFor();
    expect(await axeViolations(phone)).toEqual([]);
    expect(await noSideways(phone)).toBe(true);

    const form = phone.getByRole('form', { name: 'Zelf een doel schrijven' });
    await form.getByLabel('Ons doel').fill('We willen dat Lou rustig kan slapen.');
    await form.getByRole('radio', { name: 'Heel belangrijk' }).check();
    await form.getByRole('button', { name: 'Doel toevoegen' }).click();
    await expect
      .poll(() => form.getByRole('status').textContent())
      .toBe('Jullie doel staat in het plan.');
    const goal = phone.getByRole('listitem').filter({
      has: phone.getByRole('heading', { name: 'We willen dat Lou rustig kan slapen.' }),
    });
    await goal.getByText('In onze woorden').waitFor();
    await goal.getByRole('button', { name: /^Voorlezen/ }).click();
    expect(await phone.evaluate(() => (window as unknown as { spoken: string[] }).spoken)).toEqual([
      'We willen dat Lou rustig kan slapen.',
    ]);
    expect(await axeViolations(phone)).toEqual([]);

    // Our own score: 6 out of 10, kept as ours.
    const scoreForm = phone.getByRole('form', { name: 'Ons cijfer' });
    await scoreForm.getByRole('radio', { name: '6', exact: true }).check();
    await scoreForm.getByLabel('Waarom dit cijfer? (mag leeg blijven)').fill('Het gaat al beter.');
    await scoreForm.getByRole('button', { name: 'Cijfer geven' }).click();
    await expect
      .poll(() => scoreForm.getByRole('status').textContent())
      .toBe('Jouw cijfer 6 is bewaard. Het blijft zoals jij het gaf.');

    // A message to the contact person, which Mira reads in the case file.
    const messages = phone.getByRole('region', { name: 'Berichten' });
    await messages.getByLabel('Jouw bericht').fill('Kan het huisbezoek op dinsdag?');
    await messages.getByRole('button', { name: 'Versturen' }).click();
    await messages.getByText('Kan het huisbezoek op dinsdag?').waitFor();
    await desk.reload();
    await desk
      .getByRole('region', { name: 'Berichten met het gezin' })
      .getByText('Kan het huisbezoek op dinsdag?')
      .waitFor();

    // Our plan in Arabic, right to left, saying that no native speaker has reviewed it yet.
    await phone.getByLabel('Taal').selectOption('ar');
    await phone.getByRole('heading', { level: 1, name: /^خطتنا/ }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await phone.evaluate(() => document.documentElement.lang)).toBe('ar');
    await phone.getByText(/لم يراجع هذه الترجمة/).waitFor();
    await phone.getByRole('heading', { name: 'We willen dat Lou rustig kan slapen.' }).waitFor();
    await phone.getByText('بكلماتنا').first().waitFor();
    expect(await axeViolations(phone)).toEqual([]);
    expect(await noSideways(phone)).toBe(true);
    // Kept on this phone: a new page opens in Arabic again; then back to Dutch.
    await phone.reload();
    await phone.getByRole('heading', { level: 1, name: /^خطتنا/ }).waitFor();
    await phone.getByLabel(/اللغة/).selectOption('nl');
    await phone.getByRole('heading', { level: 1, name: /^Ons plan/ }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.dir)).toBe('ltr');

    // The file is shared with Kind en Gezin, whose nurse Els works on it with Mira.
    const caseId = /\/dossiers\/([0-9a-f-]{36})/.exec(desk.url())?.[1] ?? '';
    const db = server.database.db;
    const [kindEnGezin] = await db
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.key, 'kind-en-gezin'));
    const [els] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.displayName, 'Els Wouters'));
    const orgId = kindEnGezin?.id ?? '';
    await db.insert(caseShares).values({
      caseId,
      organizationId: orgId,
      legalBasis: 'art. 74 decreet integrale jeugdhulp',
      agreement: 'given',
      agreementRecordedAt: new Date(),
      createdAt: new Date(),
    });
    await db.insert(caseMembers).values({
      caseId,
      userId: els?.id ?? '',
      organizationId: orgId,
      caseRole: 'member',
      addedAt: new Date(),
    });
    const nurse = await deskPage(browser);
    await signInAs(nurse, 'Els Wouters');
    expect((await nurse.request.get(`${server.url}/api/v1/cases/${caseId}`)).status()).toBe(200);

    // Nathalie withdraws the agreement for Kind en Gezin, told first what it means.
    await phone.reload();
    const sharing = phone.getByRole('region', { name: 'Wie mag ons dossier zien' });
    await sharing.getByText(/houdt jullie dossier bij/).waitFor();
    await sharing
      .getByRole('button', { name: 'Toestemming intrekken voor Kind en Gezin (Opgroeien)' })
      .click();
    const dialog = phone.getByRole('dialog');
    await dialog
      .getByText(/ziet Kind en Gezin \(Opgroeien\) jullie dossier vanaf nu niet meer/)
      .waitFor();
    expect(await axeViolations(phone)).toEqual([]);
    await dialog
      .getByRole('button', { name: 'Ja, trek de toestemming in voor Kind en Gezin (Opgroeien)' })
      .click();
    await expect
      .poll(() => sharing.getByRole('status').textContent())
      .toBe('Kind en Gezin (Opgroeien) ziet jullie dossier niet meer.');
    expect((await nurse.request.get(`${server.url}/api/v1/cases/${caseId}`)).status()).toBe(404);

    // Who looked: Mira's earlier look at the file, in plain words.
    const looks = phone.getByRole('region', { name: 'Wie keek in ons dossier' });
    await looks.getByRole('button', { name: 'Toon wie keek' }).click();
    await looks.getByText('Mira Claes').first().waitFor();
    await looks
      .getByText(/las het dossier/)
      .first()
      .waitFor();
    expect(await axeViolations(phone)).toEqual([]);
    expect(await noSideways(phone)).toBe(true);

    // Signing in again: the password, then a code sent by e-mail (no authenticator app).
    await phone.getByRole('button', { name: 'Uitloggen' }).click();
    await phone.goto(`${server.url}/aanmelden`);
    await phone.getByLabel('E-mailadres').fill('nathalie@example.be');
    await phone.getByLabel('Wachtwoord').fill('Zonnebloem-Fietsbel-Kapstok-73');
    await phone.getByRole('button', { name: 'Verder' }).click();
    await phone.getByRole('heading', { name: 'Typ de code uit je e-mail' }).waitFor();
    expect(await axeViolations(phone)).toEqual([]);
    const codeMail = (
      await server.database.db
        .select()
        .from(outboxEmails)
        .where(eq(outboxEmails.toAddress, 'nathalie@example.be'))
    ).find((m) => m.idempotencyKey.startsWith('sign-in-code:'));
    const code = /^(\d{6})$/m.exec(codeMail?.bodyText ?? '')?.[1] ?? '';
    await phone.getByLabel('Code van 6 cijfers').fill(code);
    await phone.getByRole('button', { name: 'Inloggen' }).click();
    await phone.waitForURL((url) => url.pathname === '/ons-gezin');
    await phone.getByRole('heading', { name: 'We willen dat Lou rustig kan slapen.' }).waitFor();

    // Faster next time: a passkey set up from the portal (the phone's virtual authenticator).
    await withPasskeyAuthenticator(phone);
    const faster = phone.getByRole('region', { name: 'Sneller aanmelden' });
    await faster.getByRole('button', { name: 'Een toegangssleutel instellen' }).click();
    await faster.getByText(/Je toegangssleutel is ingesteld/).waitFor();

    // The coordinator reads the goal in the plan, marked as the family's own words.
    await desk.getByRole('link', { name: 'Plan' }).first().click();
    await desk.getByText('We willen dat Lou rustig kan slapen.', { exact: true }).waitFor();
    await desk
      .getByText(/geschreven door het gezin/i)
      .first()
      .waitFor();
  });

  it('lets a parent accept the invitation with a passkey and sign in again with it', async () => {
    // Mira adds the father to the family details and invites him.
    const desk = await deskPage(browser);
    await signInAs(desk, 'Mira Claes');
    await desk.goto(`${server.url}/dossiers`);
    await desk
      .getByRole('link', { name: /Nathalie Janssens/ })
      .first()
      .click();
    const add = desk.getByRole('form', { name: 'Een ouder of opvoeder toevoegen' });
    await add.getByLabel('Naam, of hoe het gezin deze persoon noemt').fill('Kevin Janssens');
    await add.getByLabel('Rol').selectOption({ label: 'Vader' });
    await add.getByRole('button', { name: 'Toevoegen' }).click();
    await desk.getByRole('rowheader', { name: 'Kevin Janssens' }).waitFor();
    const invite = desk.getByRole('form', { name: 'Een ouder uitnodigen voor het gezinsportaal' });
    await invite.getByLabel('Welke ouder?').selectOption({ label: 'Kevin Janssens (Vader)' });
    // He reads text messages, not e-mail: the invitation goes to his mobile number.
    await invite.getByLabel(/sms \(voor wie geen e-mail leest\)/).check();
    await invite.getByLabel('Gsm-nummer van de ouder').fill('0470 12 34 56');
    await invite.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await expect
      .poll(() => invite.getByRole('status').textContent())
      .toBe('Uitnodiging verstuurd naar +32470123456.');
    const [mail] = await server.database.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.toAddress, '+32470123456'));
    expect(mail?.channel).toBe('sms');
    const link = /http:\/\/\S+\/uitnodiging\/[A-Za-z0-9_-]+/.exec(mail?.bodyText ?? '')?.[0] ?? '';

    // His phone has a passkey authenticator (Chromium's virtual one, through CDP).
    const phone = await phonePage();
    const { cdp, authenticatorId } = await withPasskeyAuthenticator(phone);
    await phone.goto(link);
    await phone.getByRole('button', { name: 'Een toegangssleutel instellen' }).click();
    await phone.waitForURL((url) => url.pathname === '/ons-gezin');
    await phone.getByRole('heading', { name: 'We willen dat Lou rustig kan slapen.' }).waitFor();
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(credentials).toHaveLength(1);

    // Signed out, he signs in again with the passkey alone: no e-mail address, no password.
    await phone.getByRole('button', { name: 'Uitloggen' }).click();
    await phone.goto(`${server.url}/aanmelden`);
    await phone.getByRole('button', { name: 'Aanmelden met een toegangssleutel' }).click();
    await phone.waitForURL((url) => url.pathname === '/ons-gezin');
    await phone.getByRole('heading', { level: 1, name: /^Ons plan/ }).waitFor();
    expect(await axeViolations(phone)).toEqual([]);
  });

  it('opens the demo mother’s own plan with a call button for her contact person', async () => {
    const phone = await phonePage();
    await signInAs(phone, 'Fatima El Amrani');
    await phone.waitForURL((url) => url.pathname === '/ons-gezin');
    const call = phone.getByRole('link', { name: 'Bel Mira Claes' });
    await call.waitFor();
    expect(await call.getAttribute('href')).toBe('tel:011 30 40 51');
    await phone.getByRole('heading', { name: 'Onze doelen' }).waitFor();
    expect(await phone.getByRole('listitem').count()).toBeGreaterThan(0);
    // She answers the care table's agreement herself: she agrees, in her words.
    const agreement = phone.getByRole('form', { name: /Tante Samira past op woensdagnamiddag/ });
    await agreement.getByRole('radio', { name: 'Ja, ik ga akkoord' }).check();
    await agreement.getByLabel('Wat wil je erbij zeggen? (mag leeg blijven)').fill('Graag.');
    await agreement.getByRole('button', { name: 'Antwoord bewaren' }).click();
    await expect
      .poll(() => agreement.getByRole('status').textContent())
      .toBe('Je antwoord is bewaard.');
    expect(await axeViolations(phone)).toEqual([]);
    expect(await noSideways(phone)).toBe(true);

    // Installable, and the plan read once opens again without a network.
    const manifest = await phone.request.get(`${server.url}/manifest.webmanifest`);
    expect(await manifest.json()).toMatchObject({ start_url: '/ons-gezin', display: 'standalone' });
    await phone.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await phone.reload();
    await phone.getByRole('heading', { name: 'Onze doelen' }).waitFor();
    const goals = await phone.locator('.portal-goal h3').allTextContents();
    await phone.context().setOffline(true);
    await phone.reload();
    await phone.getByRole('heading', { name: 'Onze doelen' }).waitFor();
    expect(await phone.locator('.portal-goal h3').allTextContents()).toEqual(goals);
    await phone.context().setOffline(false);
    // Signing out leaves nothing of the family on the phone.
    await phone.getByRole('button', { name: 'Uitloggen' }).click();
    // Signed out when the header offers to sign in again (on a busy machine this takes a while).
    await phone.getByRole('link', { name: 'Inloggen' }).waitFor({ timeout: 60_000 });
    expect(await phone.evaluate(() => caches.has('omringd-portal'))).toBe(false);
  });
});
