/**
 * A professional refers a pregnant woman in Hasselt to "Veilig en omringd opgroeien van in de
 * buik"; the coordinator on duty (Monday morning: Mira Claes) accepts within the deadline; the
 * referrer sees the status and the contact person. Through the real pages, with axe checks.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { organizations } from '../packages/server/src/db/schema.ts';
import { totpCode } from '../packages/server/src/auth/totp.ts';
import { createPerson, PASSWORD, type Person } from '../packages/server/test/support/people.ts';
import { axeViolations, launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

// Monday 23 November 2026, 10:00 in Brussels, then running at real speed.
const start = new Date('2026-11-23T09:00:00Z').getTime();
const began = Date.now();
const clock = () => new Date(start + (Date.now() - began));

let server: RunningServer;
let browser: Browser;
let referrer: Person;
let mira: Person;
let lien: Person;
const codesUsed = new Map<string, number>();

beforeAll(async () => {
  server = await startServer(clock);
  browser = await launchBrowser();
  const org = async (key: string) => {
    const [o] = await server.database.db
      .select()
      .from(organizations)
      .where(eq(organizations.key, key));
    if (o === undefined) throw new Error(key);
    return o.id;
  };
  referrer = await createPerson(server.database.db, {
    role: 'first_line',
    organizationId: await org('kind-en-gezin'),
    name: 'Kato Verpleeg',
    now: clock(),
  });
  mira = await createPerson(server.database.db, {
    role: 'case_coordinator',
    organizationId: await org('ocj-limburg'),
    name: 'Mira Claes',
    now: clock(),
  });
  const { users } = await import('../packages/server/src/db/identitySchema.ts');
  await server.database.db
    .update(users)
    .set({ email: 'mira.claes@zorggarantie-limburg.example.be' })
    .where(eq(users.id, mira.id));
  mira.email = 'mira.claes@zorggarantie-limburg.example.be';
  lien = await createPerson(server.database.db, {
    role: 'network_coordinator',
    organizationId: await org('ocj-limburg'),
    name: 'Lien Limburg',
    now: clock(),
    regionProvinces: ['VLI'],
  });
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

/** A browser on a Belgian desk whose clock shows the server's moment (deadlines count down from it). */
async function newPage(): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'nl-BE',
    timezoneId: 'Europe/Brussels',
  });
  await context.clock.install({ time: clock() });
  return context.newPage();
}

async function signIn(page: Page, person: Person, name?: string): Promise<void> {
  await page.goto(`${server.url}/aanmelden`);
  await page.getByLabel('E-mailadres').fill(person.email);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('heading', { name: 'Code uit je authenticatie-app' }).waitFor();
  // Each sign-in uses the next code an authenticator would show (a code works once).
  const step = (codesUsed.get(person.id) ?? -1) + 1;
  codesUsed.set(person.id, step);
  await page
    .getByLabel('Code van 6 cijfers')
    .fill(totpCode(person.totpSecret, new Date(clock().getTime() + step * 30_000)));
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page
    .getByRole('navigation', { name: 'Account' })
    .getByText(name ?? (person.email === mira.email ? 'Mira Claes' : 'Kato Verpleeg'))
    .waitFor();
}

describe('referring a family to a programme', () => {
  it('reaches the coordinator on duty, who accepts; the referrer sees the contact person', async () => {
    const page = await newPage();
    await signIn(page, referrer);
    await page.getByRole('link', { name: 'Mijn aanmeldingen' }).click();
    await page.getByRole('link', { name: 'Gezin aanmelden' }).click();
    await page
      .getByRole('button', {
        name: 'Aanmelden voor Veilig en omringd opgroeien van in de buik (Limburg)',
      })
      .click();
    await page
      .getByRole('heading', { name: /Aanmelding voor Veilig en omringd opgroeien/ })
      .waitFor();

    await page.getByLabel('Naam van de ouder').fill('Sanne');
    await page.getByLabel('Nog niet geboren').check();
    await page.getByLabel('Vermoedelijke bevallingsdatum').fill('2027-03-15');
    await page.getByLabel('Postcode van het gezin').fill('3500');
    await page
      .getByLabel('Welk gedrag zie je?')
      .fill('Dagelijks middelengebruik; prenatale consulten gemist.');
    await page.getByLabel(/Zorgwekkende zwangerschap/).check();
    await page.getByLabel(/De beslissing wordt gedragen door het team/).check();
    await page.getByLabel(/Open besproken met de ouders/).check();
    await page.getByLabel(/De aanmelder neemt deel aan het intakegesprek/).check();
    await page.getByLabel('Ik heb de aanmelding met de ouders besproken').check();
    await page.getByLabel('Het gezin gaf toestemming om te delen').check();
    // Regular help first: the form knows the place, suggests services and links what was tried.
    await page.getByText('Het gezin woont in Hasselt (Limburg).').waitFor();
    await page.getByLabel('Zoek een dienst op de sociale kaart').fill('zwangerschap');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page
      .getByRole('list', { name: 'Gevonden diensten' })
      .getByRole('button', { name: /Trajectondersteuning tijdens de zwangerschap koppelen/ })
      .click();
    await page
      .locator('.regular-help li', { hasText: 'Trajectondersteuning tijdens de zwangerschap' })
      .getByRole('button', { name: 'Trajectondersteuning tijdens de zwangerschap loskoppelen' })
      .waitFor();
    // A report goes with the referral; a program file does not.
    await page.getByLabel('Bestand toevoegen').setInputFiles({
      name: 'notities.exe',
      mimeType: 'application/x-msdownload',
      buffer: Buffer.from('MZ'),
    });
    await page.getByText('notities.exe kan niet als bijlage').waitFor();
    await page.getByLabel('Bestand toevoegen').setInputFiles({
      name: 'verslag vroedvrouw.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4 verslag van de vroedvrouw'),
    });
    await page.getByRole('link', { name: 'verslag vroedvrouw.pdf' }).waitFor();
    await page.getByText('Alles is bewaard.').waitFor();
    await expect.poll(() => page.locator('.rule-met').count()).toBe(4);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await page.getByRole('heading', { name: 'Aanmelding: Sanne' }).waitFor();
    await page.getByText('Verstuurd, wacht op antwoord').waitFor();
    await page.getByText('Mira Claes').waitFor();
    await page.getByText(/nog \d+ uur/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Afmelden' }).click();

    await signIn(page, mira);
    await page.getByRole('link', { name: 'Intake' }).click();
    await page.getByRole('link', { name: 'Sanne' }).click();
    await page.getByRole('link', { name: 'verslag vroedvrouw.pdf' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page
      .getByLabel('Terugkoppeling aan de aanmelder')
      .fill('Ik bel Sanne vandaag nog en plan de intake.');
    await page.getByRole('button', { name: 'Aanvaarden en aanspreekpunt worden' }).click();
    await page.getByRole('status').getByText('Aanvaard. Jij bent nu het aanspreekpunt').waitFor();
    await page.getByRole('button', { name: 'Afmelden' }).click();

    await signIn(page, referrer);
    await page.getByRole('link', { name: 'Mijn aanmeldingen' }).click();
    const card = page.locator('.result', { hasText: 'Sanne' });
    await card.getByText('Aanvaard').waitFor();
    await card.getByText('Mira Claes').waitFor();
    await card.getByText('Ik bel Sanne vandaag nog en plan de intake.').waitFor();
    await card.getByText('gehaald').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // The change also reached the referrer as a notice in the application.
    await page.getByRole('link', { name: 'Meldingen (1 nieuw)' }).click();
    await page.getByText('Een aanmelding kreeg een nieuwe status: Aanvaard.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Gelezen' }).click();
    await page.getByRole('link', { name: 'Meldingen', exact: true }).waitFor();
  });

  it('lets the network coordinator of the region change the duty roster, with a clear message first', async () => {
    const page = await newPage();
    await signIn(page, lien, 'Lien Limburg');
    await page.getByRole('link', { name: "Programma's" }).click();
    await page
      .getByRole('link', { name: 'Veilig en omringd opgroeien van in de buik (Limburg)' })
      .click();
    await page.getByRole('heading', { name: /Permanentierooster/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Einde van rij 1').fill('08:00');
    await page.getByRole('button', { name: 'Rooster opslaan (nieuwe versie)' }).click();
    await page.getByText('Het einde ligt na het begin.').waitFor();
    await page.getByLabel('Einde van rij 1').fill('12:30');
    await page.getByLabel('Coördinator van rij 1').fill('Noor Nieuw');
    await page.getByRole('button', { name: 'Rooster opslaan (nieuwe versie)' }).click();
    await page.getByRole('status').getByText('Opgeslagen als versie 2.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
