/**
 * Accounts through the real pages: the first administrator accepts an invitation and sets up the
 * authenticator; invites a network coordinator, who accepts, sets a password and TOTP, signs in,
 * edits a service of the region (with a field-level error first) and signs out. And four eyes: an
 * invitation for a role that opens family data waits until a second administrator approves it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inviteAdministrator } from '../packages/server/src/modules/accounts/inviteAdministrator.ts';
import { SystemContext } from '../packages/server/src/kernel/accessContext.ts';
import { totpCode } from '../packages/server/src/modules/auth/totp.ts';
import { organizations } from '../packages/server/src/platform/db/schema.ts';
import { eq } from 'drizzle-orm';
import { createPerson, PASSWORD, type Person } from '../packages/server/test/support/people.ts';
import { axeViolations, launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'nl-BE',
  });
  return context.newPage();
}

/** Accept an invitation on its page: password, authenticator, recovery codes. Returns the secret. */
async function acceptInvitation(page: Page, link: string, password: string): Promise<string> {
  await page.goto(link);
  await page.getByRole('heading', { name: 'Welkom bij Omringd' }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  // Each message names the one cause that applies: first the length, then the repeat.
  await page.getByLabel('Kies een wachtwoord').fill('kort');
  await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
  await page
    .locator('#new-password-error')
    .getByText('Gebruik minstens 12 tekens', { exact: false })
    .waitFor();
  expect(await page.getByText('De twee wachtwoorden', { exact: false }).count()).toBe(0);
  await page.getByLabel('Kies een wachtwoord').fill(password);
  await page.getByLabel('Typ het wachtwoord nog eens').fill(`${password}x`);
  await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
  await page.locator('#repeat-password-error').waitFor();
  expect(await page.locator('#new-password-error').count()).toBe(0);
  await page.getByLabel('Typ het wachtwoord nog eens').fill(password);
  await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
  await page.getByRole('heading', { name: 'Stel je authenticatie-app in' }).waitFor();
  // A wrong code during the set-up is said to be the code, not "e-mail, password or code".
  await page.getByLabel('Code van 6 cijfers').fill('000000');
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await page.getByText('Deze code klopt niet.', { exact: false }).waitFor();
  const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s+/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel('Code van 6 cijfers').fill(totpCode(secret, new Date()));
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await page.getByRole('heading', { name: 'Bewaar je herstelcodes' }).waitFor();
  expect(await page.locator('.recovery-codes li').count()).toBe(10);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Ik heb de codes bewaard' }).click();
  return secret;
}

describe('invitation, sign-in and managing the social map', () => {
  it('goes from invitation to an edited service and back out', async () => {
    const { link: adminLink } = await inviteAdministrator(
      new SystemContext(server.database, () => new Date(), 'omringd invite-admin (operator)'),
      {
        email: 'beheer@gent.example.be',
        displayName: 'Bea Beheer',
        organisation: 'Huizen van het Kind Gent',
      },
      server.url,
    );
    const page = await newPage();
    await acceptInvitation(page, adminLink, 'Walvis-Paraplu-Kerstster-31');
    await page.getByRole('navigation', { name: 'Account' }).getByText('Bea Beheer').waitFor();

    await page.getByRole('link', { name: 'Beheer', exact: true }).click();
    await page.getByRole('heading', { name: 'Iemand uitnodigen' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await page.getByText('Geef een geldig e-mailadres, bv. naam@organisatie.be.').waitFor();
    await page.getByLabel('Naam', { exact: true }).fill('Nina Netwerk');
    await page.getByLabel('E-mailadres').fill('nina@gent.example.be');
    await page
      .getByLabel('Organisatie', { exact: true })
      .selectOption({ label: 'Huizen van het Kind Gent' });
    await page.getByLabel('Rol', { exact: true }).selectOption({ label: 'Netwerkcoördinator' });
    await page.getByLabel('Oost-Vlaanderen').check();
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await page
      .getByRole('status')
      .getByText('Uitnodiging voor nina@gent.example.be klaargezet.')
      .waitFor();
    const mail =
      (await page
        .locator('.outbox li', { hasText: 'nina@gent.example.be' })
        .locator('pre')
        .textContent()) ?? '';
    const ninaLink = /(http:\/\/\S+\/uitnodiging\/[A-Za-z0-9_-]+)/.exec(mail)?.[1];
    expect(ninaLink).toBeDefined();
    await page.getByLabel('Naam van het team').fill('Onthaal Gent-Centrum');
    await page
      .getByLabel('Organisatie van het team')
      .selectOption({ label: 'Huizen van het Kind Gent' });
    await page.getByRole('button', { name: 'Team toevoegen' }).click();
    await page.getByRole('status').getByText('Team Onthaal Gent-Centrum toegevoegd.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('link', { name: 'Inloggen' }).waitFor();

    // The network coordinator accepts, then signs out and in again with password and code.
    const secret = await acceptInvitation(page, ninaLink ?? '', 'Zandloper-Tulpenveld-Haring-58');
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('link', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { name: 'Inloggen bij Omringd' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('E-mailadres').fill('nina@gent.example.be');
    await page.getByLabel('Wachtwoord').fill('Zandloper-Tulpenveld-Haring-58');
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByRole('heading', { name: 'Code uit je authenticatie-app' }).waitFor();
    // The enrolment used this time step's code; an authenticator shows the next one soon.
    await page
      .getByLabel('Code van 6 cijfers')
      .fill(totpCode(secret, new Date(Date.now() + 30_000)));
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('navigation', { name: 'Account' }).getByText('Nina Netwerk').waitFor();

    await page.getByRole('link', { name: 'Sociale kaart beheren' }).click();
    await page.getByRole('link', { name: 'Laagdrempelig onthaal Huis van het Kind Gent' }).click();
    const name = page.getByLabel('Naam van de dienst');
    await name.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await name.fill('X');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page
      .locator('#service-name-error')
      .getByText('Geef de dienst een naam van minstens 3 tekens.')
      .waitFor();
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    // The error summary takes the focus; its link leads to the field.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.className))
      .toBe('error-summary');
    await page
      .getByRole('alert')
      .getByRole('link', { name: 'Geef de dienst een naam van minstens 3 tekens.' })
      .click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('service-name');
    expect(await axeViolations(page)).toEqual([]);
    await name.fill('Onthaal Huis van het Kind Gent — De Speelboot');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByRole('status').getByText('Opgeslagen.', { exact: false }).waitFor();
    await page.getByText(/Nina Netwerk wijzigde Naam van de dienst/).waitFor();

    // How to reach it, for whom: a phone, the address, a target group; a wrong postal code is
    // refused at its field and nothing typed is lost.
    await page.getByRole('button', { name: 'Telefoonnummer toevoegen' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('service-phone-0');
    await page.getByLabel('Telefoonnummer 1').fill('09 266 00 00');
    await page.getByLabel('Waarvoor nummer 1 dient', { exact: false }).fill('Onthaal');
    await page.getByLabel('Straat en nummer').fill('Sint-Salvatorstraat 18');
    await page.getByLabel('Postcode').fill('0999');
    await page.getByLabel('Gemeente', { exact: true }).fill('Gent');
    await page
      .getByRole('group', { name: 'Doelgroep' })
      .getByLabel('Kinderen van ouders met psychische problemen (KOPP)')
      .check();
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page
      .getByText('Deze postcode bestaat niet in België. Controleer de vier cijfers.')
      .last()
      .waitFor();
    await page
      .getByRole('alert')
      .getByRole('link', {
        name: 'Deze postcode bestaat niet in België. Controleer de vier cijfers.',
      })
      .click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('service-address');
    expect(await page.getByLabel('Telefoonnummer 1').inputValue()).toBe('09 266 00 00');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Postcode').fill('9000');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText(/Nina Netwerk wijzigde Telefoonnummers/).waitFor();
    await page.getByText(/Nina Netwerk wijzigde Adres waar gezinnen naartoe gaan/).waitFor();
    await page.getByText(/Nina Netwerk wijzigde Doelgroepen en domeinen/).waitFor();

    await page.getByRole('link', { name: '← Terug naar de lijst' }).click();
    await page.getByRole('link', { name: 'Nieuwe dienst toevoegen' }).click();
    await page.getByRole('heading', { name: 'Nieuwe dienst toevoegen' }).waitFor();
    await page.getByRole('button', { name: 'Dienst toevoegen' }).click();
    await page.getByText('Zeg waar de dienst aangeboden wordt', { exact: false }).first().waitFor();
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await summary.getByRole('link').first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('service-organizationId');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Organisatie').selectOption({ label: 'Huizen van het Kind Gent' });
    await page.getByLabel('Oost-Vlaanderen').check();
    await page.getByLabel('Naam van de dienst').fill('Babbelbabbel — taalgroep voor ouders');
    await page
      .getByLabel('Beschrijving')
      .fill('Wekelijkse praatgroep voor ouders die Nederlands leren.');
    await page.getByRole('button', { name: 'Dienst toevoegen' }).click();
    await page
      .getByRole('heading', { name: 'Babbelbabbel — taalgroep voor ouders bewerken' })
      .waitFor();

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('link', { name: 'Inloggen' }).waitFor();
    await page.goto(`${server.url}/beheer/diensten`);
    await page.getByRole('heading', { name: 'Inloggen bij Omringd' }).waitFor();
  });

  it('lets an invitation that opens family data wait for a second administrator, who approves it', async () => {
    const [gent] = await server.database.db
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.name, 'Huizen van het Kind Gent'));
    const admin = (name: string) =>
      createPerson(server.database.db, {
        role: 'administrator',
        organizationId: gent?.id ?? '',
        name,
        now: new Date(),
      });
    const first = await admin('Eerste Beheerder');
    const second = await admin('Tweede Beheerder');
    const signIn = async (page: Page, person: Person, name: string) => {
      await page.goto(`${server.url}/aanmelden`);
      await page.getByLabel('E-mailadres').fill(person.email);
      await page.getByLabel('Wachtwoord').fill(PASSWORD);
      await page.getByRole('button', { name: 'Verder' }).click();
      await page.getByRole('heading', { name: 'Code uit je authenticatie-app' }).waitFor();
      await page.getByLabel('Code van 6 cijfers').fill(totpCode(person.totpSecret, new Date()));
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await page.getByRole('navigation', { name: 'Account' }).getByText(name).waitFor();
      await page.getByRole('link', { name: 'Beheer', exact: true }).click();
      await page.getByRole('heading', { name: 'Iemand uitnodigen' }).waitFor();
    };

    const page = await newPage();
    await signIn(page, first, 'Eerste Beheerder');
    await page.getByLabel('Naam', { exact: true }).fill('Cas Regie');
    await page.getByLabel('E-mailadres').fill('cas@gent.example.be');
    await page
      .getByLabel('Organisatie', { exact: true })
      .selectOption({ label: 'Huizen van het Kind Gent' });
    await page.getByLabel('Rol', { exact: true }).selectOption({ label: 'Casusregisseur' });
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await page
      .getByRole('status')
      .getByText(/wacht op een tweede beheerder/)
      .waitFor();
    const waiting = page.getByRole('region', { name: 'Wacht op een tweede beheerder' });
    await waiting.getByText(/Uitnodiging voor Cas Regie/).waitFor();
    await waiting.getByText('Een andere beheerder keurt dit goed of weigert het.').waitFor();
    expect(await page.locator('.outbox li', { hasText: 'cas@gent.example.be' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Uitloggen' }).click();

    await signIn(page, second, 'Tweede Beheerder');
    await page.getByRole('button', { name: 'Goedkeuren voor Cas Regie' }).click();
    await page.getByRole('status').getByText('Goedgekeurd: Cas Regie krijgt de rol.').waitFor();
    await page.locator('.outbox li', { hasText: 'cas@gent.example.be' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
