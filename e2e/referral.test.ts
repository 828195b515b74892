/**
 * A professional refers a pregnant woman in Hasselt to "Veilig en omringd opgroeien van in de
 * buik"; the coordinator on duty (Monday morning: Mira Claes) accepts within the deadline; the
 * referrer sees the status and the contact person. Through the real pages, with axe checks.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { organizations } from '../packages/server/src/platform/db/schema.ts';
import { totpCode } from '../packages/server/src/modules/auth/totp.ts';
import { createPerson, PASSWORD, type Person } from '../packages/server/test/support/people.ts';
import { axeViolations, launchBrowser } from './support/browser.ts';
import { dateValue, typeDate } from './support/dates.ts';
import { tabTo } from './support/keyboard.ts';
import { nextStep, steps, toStep } from './support/steps.ts';
import { startServer, type RunningServer } from './support/server.ts';

// Monday 23 November 2026, 10:00 in Brussels, then running at real speed.
const start = new Date('2026-11-23T09:00:00Z').getTime();
const began = Date.now();
let skipped = 0;
const clock = () => new Date(start + skipped + (Date.now() - began));
/** Each test starts a few minutes later on the server and in its browser (fresh codes, sessions). */
const later = (ms: number) => {
  skipped += ms;
};

let server: RunningServer;
let browser: Browser;
let referrer: Person;
let mira: Person;
let lien: Person;
let noor: Person;
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
  const { users } = await import('../packages/server/src/platform/db/identitySchema.ts');
  await server.database.db
    .update(users)
    .set({ email: 'mira.claes@zorggarantie-limburg.example.be' })
    .where(eq(users.id, mira.id));
  mira.email = 'mira.claes@zorggarantie-limburg.example.be';
  noor = await createPerson(server.database.db, {
    role: 'case_coordinator',
    organizationId: await org('zorggarantie-limburg'),
    name: 'Noor Zorgtafel',
    now: clock(),
  });
  // Reception at Kind en Gezin receives warm referrals to its services.
  await createPerson(server.database.db, {
    role: 'reception',
    organizationId: await org('kind-en-gezin'),
    name: 'Rita Onthaal',
    now: clock(),
  });
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
  later(5 * 60_000);
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'nl-BE',
    timezoneId: 'Europe/Brussels',
  });
  await context.clock.install({ time: clock() });
  return context.newPage();
}

/** The programme as the server now holds it, read from within the page. */
function programmeNow(page: Page, key: string): Promise<unknown> {
  return page.evaluate(async (programmeKey) => {
    const response = await fetch(`/api/v1/programmes/${programmeKey}`);
    return (await response.json()) as unknown;
  }, key);
}

async function signIn(page: Page, person: Person, name?: string): Promise<void> {
  await page.goto(`${server.url}/aanmelden`);
  await page.getByLabel('E-mailadres').fill(person.email);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('heading', { name: 'Code uit je authenticatie-app' }).waitFor();
  // Each sign-in uses the code an authenticator shows now, or the next one when that was used.
  const step = Math.max(
    Math.floor(clock().getTime() / 30_000),
    (codesUsed.get(person.id) ?? 0) + 1,
  );
  codesUsed.set(person.id, step);
  await page
    .getByLabel('Code van 6 cijfers')
    .fill(totpCode(person.totpSecret, new Date(step * 30_000)));
  await page.getByRole('button', { name: 'Inloggen' }).click();
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
      .getByRole('link', {
        name: 'Aanmelden bij Veilig en omringd opgroeien van in de buik (Limburg)',
      })
      .click();
    await page
      .getByRole('heading', { name: /Aanmelding voor Veilig en omringd opgroeien/ })
      .waitFor();

    await page.getByLabel('Naam van de ouder').fill('Sanne');
    await page.getByLabel('Nog niet geboren').check();
    await typeDate(page, 'Vermoedelijke bevallingsdatum', '2027-03-15');
    await page.getByLabel('Postcode van het gezin').fill('3500');
    await nextStep(page, steps.concern);
    await page
      .getByLabel('Welk gedrag zie je?')
      .fill('Dagelijks middelengebruik; prenatale consulten gemist.');
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
    await nextStep(page, steps.conditions);
    await page.getByLabel(/Zorgwekkende zwangerschap/).check();
    await page.getByLabel(/De beslissing wordt gedragen door het team/).check();
    await page.getByLabel(/Open besproken met de ouders/).check();
    await page.getByLabel(/De aanmelder neemt deel aan het intakegesprek/).check();
    await page.getByLabel('Ik heb de aanmelding met de ouders besproken').check();
    await page.getByLabel('Het gezin gaf toestemming om te delen').check();
    await expect.poll(() => page.locator('.rule-met').count()).toBe(4);
    expect(await axeViolations(page)).toEqual([]);
    await nextStep(page, steps.check);
    // Check your answers: what was typed, per step, each with a way to change it.
    const check = page.locator('.check-answers');
    await check.getByText('Sanne').waitFor();
    await check.getByText('Dagelijks middelengebruik; prenatale consulten gemist.').waitFor();
    await check.getByRole('button', { name: 'Het gezin wijzigen' }).waitFor();
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
    await page.getByText(/^Bewaard om \d\d:\d\d\./).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await page.getByRole('heading', { name: 'Aanmelding: Sanne' }).waitFor();
    // The confirmation, with the reference to give on the phone.
    await page.getByRole('heading', { name: 'Aanmelding verstuurd' }).waitFor();
    await page.getByText(/^Referentie: OMR-[0-9A-F]{8}$/).waitFor();
    await page.getByText('Verstuurd, wacht op antwoord').waitFor();
    await page.getByText('Mira Claes').waitFor();
    await page.getByText(/nog \d+ uur/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Uitloggen' }).click();

    await signIn(page, mira);
    await page.getByRole('link', { name: 'Intake' }).click();
    // The intake list filters by state and sorts by deadline; the choice stays in the address.
    await page.getByLabel('Toon').selectOption({ label: 'Afgesloten' });
    await page.getByText('Geen aanmeldingen bij deze keuze.', { exact: false }).waitFor();
    await page.getByLabel('Toon').selectOption({ label: 'Nieuw (wacht op antwoord)' });
    await page.getByRole('list', { name: '1 aanmelding' }).waitFor();
    expect(page.url()).toContain('toon=new');
    expect(await page.getByLabel('Volgorde').inputValue()).toBe('deadline');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Sanne' }).click();
    await page.getByRole('link', { name: 'verslag vroedvrouw.pdf' }).waitFor();
    // The whole referral, with who confirmed the consent and when.
    await page
      .getByRole('link', { name: 'Trajectondersteuning tijdens de zwangerschap' })
      .waitFor();
    await page.locator('dt', { hasText: 'Besproken met de ouders' }).waitFor();
    expect(await page.locator('dd', { hasText: 'door Kato Verpleeg' }).count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    await page
      .getByLabel('Terugkoppeling aan de aanmelder')
      .fill('Ik bel Sanne vandaag nog en plan de intake.');
    await page.getByRole('button', { name: 'Aanvaarden en aanspreekpunt worden' }).click();
    await page.getByRole('status').getByText('Aanvaard. Jij bent nu het aanspreekpunt').waitFor();
    await page.getByRole('button', { name: 'Uitloggen' }).click();

    await signIn(page, referrer);
    await page.getByRole('link', { name: 'Mijn aanmeldingen' }).click();
    const card = page.locator('.result', { hasText: 'Sanne' });
    await card.getByText('Aanvaard').waitFor();
    // The contact person, with the ways to reach her.
    await card.locator('dd', { hasText: /^Mira Claes · / }).waitFor();
    await card.getByRole('link', { name: 'mira.claes@zorggarantie-limburg.example.be' }).waitFor();
    await card.getByText('Ik bel Sanne vandaag nog en plan de intake.').waitFor();
    await card.getByText('gehaald').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // The change also reached the referrer as a notice in the application.
    await page.getByRole('link', { name: 'Meldingen (1 nieuw)' }).click();
    await page.getByText('Een aanmelding kreeg een nieuwe status: Aanvaard.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Gelezen' }).click();
    await page.getByRole('link', { name: 'Meldingen', exact: true }).waitFor();

    // The referrer answers in the thread: the first message stays, the reply comes under it.
    await page.getByRole('link', { name: 'Mijn aanmeldingen' }).click();
    await page.getByRole('link', { name: 'Sanne' }).click();
    const thread = page.getByRole('region', { name: 'Berichten' });
    await thread.getByText('Ik bel Sanne vandaag nog en plan de intake.').waitFor();
    await page.getByRole('button', { name: 'Bericht versturen' }).click();
    await page.getByText('Typ eerst een bericht.').waitFor();
    await page.getByLabel('Een bericht aan de andere kant').fill('Sanne is na 14 uur thuis.');
    await page.getByRole('button', { name: 'Bericht versturen' }).click();
    await page.getByRole('status').getByText('Je bericht is verstuurd.').waitFor();
    expect(await thread.locator('li.message').allTextContents()).toEqual([
      expect.stringMatching(/Mira Claes \(ontvangende dienst\).*Ik bel Sanne vandaag nog/),
      expect.stringMatching(/Kato Verpleeg \(aanmelder\).*Sanne is na 14 uur thuis\./),
    ]);
    expect(await page.getByLabel('Een bericht aan de andere kant').inputValue()).toBe('');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('refers warmly to a service from its page with the keyboard alone', async () => {
    const page = await newPage();
    await signIn(page, referrer);
    const found = await server.database.executeSql(
      "SELECT id FROM services WHERE name = 'Trajectondersteuning tijdens de zwangerschap'",
      [],
    );
    const serviceId = (found.rows[0] as { id: string } | undefined)?.id ?? '';
    await page.goto(`${server.url}/diensten/${serviceId}`);
    await page
      .getByRole('heading', { name: 'Trajectondersteuning tijdens de zwangerschap' })
      .waitFor();

    await tabTo(page, 'Warm doorverwijzen naar Trajectondersteuning tijdens de zwangerschap');
    await page.keyboard.press('Enter');
    await page
      .getByRole('heading', {
        name: 'Warme doorverwijzing naar Trajectondersteuning tijdens de zwangerschap',
      })
      .waitFor();
    await tabTo(page, 'Naam van de ouder (zoals je het gezin noemt)');
    await page.keyboard.type('Yasmina');
    await tabTo(page, 'Nog niet geboren');
    await page.keyboard.press('Space');
    await tabTo(page, 'dag, Vermoedelijke bevallingsdatum');
    // The field shows dd/mm/jjjj on a Dutch page, whatever the browser's language.
    await page.keyboard.type('15032027');
    await tabTo(page, /^Postcode van het gezin/);
    await page.keyboard.type('3500');
    await tabTo(page, 'Taal van het gezin');
    await page.keyboard.type('Arabisch');
    await page.getByText(/^Bewaard om \d\d:\d\d\./).waitFor();
    expect(await dateValue(page, 'Vermoedelijke bevallingsdatum')).toBe('2027-03-15');
    expect(await page.getByLabel('Taal van het gezin').inputValue()).toBe('ar');
    // On to the next step with the keyboard: the focus starts at the step's name.
    await tabTo(page, 'Volgende: De zorg');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Stap 2 van 4: De zorg');
    await tabTo(page, 'Welk gedrag zie je?');
    await page.keyboard.type('Geen prenatale opvolging; het gezin spreekt weinig Nederlands.');
    await tabTo(page, 'Volgende: Voorwaarden en toestemming');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Ik heb de aanmelding met de ouders besproken');
    await page.keyboard.press('Space');
    // Tab enters the radio group at the chosen answer; the arrow keys choose another.
    await tabTo(page, 'Nog niet gevraagd');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.getByLabel('Het gezin gaf toestemming om te delen').isChecked()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, 'Volgende: Controleren en versturen');
    await page.keyboard.press('Enter');
    await page.locator('.check-answers').getByText('Yasmina').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await tabTo(page, 'Aanmelding versturen');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Aanmelding: Yasmina' }).waitFor();
    await page
      .locator('.facts')
      .getByText('Trajectondersteuning tijdens de zwangerschap (Kind en Gezin (Opgroeien))')
      .waitFor();
  });

  it('lets the coordinator register a referral received by phone, in plain words when something is missing', async () => {
    const page = await newPage();
    await signIn(page, mira);
    await page.getByRole('link', { name: 'Intake' }).click();
    await page
      .getByRole('link', { name: 'Aanmelding registreren die je telefonisch kreeg' })
      .click();
    await page
      .getByLabel('Programma')
      .selectOption({ label: 'Veilig en omringd opgroeien van in de buik (Limburg)' });
    await page.getByLabel('E-mailadres van de aanmelder').fill('niemand@voorbeeld.be');
    await page.getByRole('button', { name: 'Aanmelding starten' }).click();
    await page
      .getByText('Niemand heeft een actief account met dit adres.', { exact: false })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('E-mailadres van de aanmelder').fill(referrer.email);
    await page.getByRole('button', { name: 'Aanmelding starten' }).click();
    await page
      .getByRole('heading', { name: /Aanmelding voor Veilig en omringd opgroeien/ })
      .waitFor();
    await page.getByLabel('Naam van de ouder').fill('Fatma');
    await page.getByText(/^Bewaard om \d\d:\d\d\./).waitFor();
    await toStep(page, steps.check);
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    // Said in a summary at the top, which takes the focus and links to each field, and at the
    // field itself.
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await summary.getByRole('link', { name: 'Vul de postcode van het gezin in.' }).waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.className))
      .toBe('error-summary');
    await summary
      .getByRole('link', { name: /^Nog niet gedaan: De beslissing wordt gedragen door het team/ })
      .click();
    // The link opens the step the field is on, and moves the focus there.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('checklist-team-decision');
    await summary.getByRole('link', { name: 'Vul de postcode van het gezin in.' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('postal-code');
    // The field says it too.
    await page
      .locator('#postal-code-error')
      .getByText('Vul de postcode van het gezin in.')
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Nog niet geboren').check();
    await typeDate(page, 'Vermoedelijke bevallingsdatum', '2027-02-01');
    await page.getByLabel('Postcode van het gezin').fill('3500');
    await nextStep(page, steps.concern);
    await page.getByLabel('Welk gedrag zie je?').fill('Zwanger, dakloos, middelengebruik.');
    await nextStep(page, steps.conditions);
    await page.getByLabel(/Zorgwekkende zwangerschap/).check();
    await page.getByLabel(/De beslissing wordt gedragen door het team/).check();
    await page.getByLabel(/Open besproken met de ouders/).check();
    await page.getByLabel(/De aanmelder neemt deel aan het intakegesprek/).check();
    await page.getByLabel('Ik heb de aanmelding met de ouders besproken').check();
    await page.getByLabel('Het gezin gaf toestemming om te delen').check();
    await page.getByText(/^Bewaard om \d\d:\d\d\./).waitFor();
    await nextStep(page, steps.check);
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await page.getByRole('heading', { name: 'Aanmelding: Fatma' }).waitFor();
    await page.getByText('telefonisch ontvangen, geregistreerd door Mira Claes').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Mira takes it up herself, and later records that the family could not be reached.
    await page.getByRole('button', { name: 'Aanvaarden en aanspreekpunt worden' }).click();
    await page.getByRole('status').getByText('Aanvaard. Jij bent nu het aanspreekpunt').waitFor();
    await page.getByRole('button', { name: 'Niet gelukt' }).click();
    await page.getByText('Kies eerst een reden in de lijst hierboven.').waitFor();
    await page.getByLabel('Reden voor ‘Niet gelukt’').selectOption({ label: 'Gezin niet bereikt' });
    await page
      .getByLabel('Terugkoppeling aan de andere kant (niet verplicht)')
      .fill('Drie keer gebeld, geen antwoord.');
    await page.getByRole('button', { name: 'Niet gelukt' }).click();
    await page.getByRole('status').getByText('Genoteerd als niet gelukt.').waitFor();
    await page.locator('.facts').getByText('Niet gelukt').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('starts and meets the care-table deadline of a Zorggarantie referral', async () => {
    const page = await newPage();
    await signIn(page, referrer);
    await page.goto(`${server.url}/aanmeldingen/nieuw`);
    await page.getByRole('link', { name: 'Aanmelden bij Zorggarantie Jonge Kind Limburg' }).click();
    await page.getByRole('heading', { name: /Aanmelding voor Zorggarantie/ }).waitFor();
    await page.getByLabel('Naam van de ouder').fill('Inès');
    await page.getByLabel('Geboren', { exact: true }).check();
    await typeDate(page, 'Geboortedatum', '2025-05-10');
    await page.getByLabel('Postcode van het gezin').fill('3500');
    await nextStep(page, steps.concern);
    await page.getByLabel('Welk gedrag zie je?').fill('Geweld thuis, de peuter is bang.');
    await nextStep(page, steps.conditions);
    await page.getByLabel(/Onveilige situatie hier en nu/).check();
    await page.getByLabel(/Minimale bereidheid van de ouders/).check();
    for (const item of [
      /De verontrusting is concreet gemaakt/,
      /Wat minimaal nodig is/,
      /De zorgen zijn besproken met de ouders/,
      /Het reguliere aanbod is nagegaan/,
      /De ouders zijn bereid tot een zorgtafel/,
    ])
      await page.getByLabel(item).check();
    await page.getByLabel('Ik heb de aanmelding met de ouders besproken').check();
    await page.getByLabel('Het gezin gaf toestemming om te delen').check();
    await page.getByText(/^Bewaard om \d\d:\d\d\./).waitFor();
    await nextStep(page, steps.check);
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await page.getByRole('heading', { name: 'Aanmelding: Inès' }).waitFor();
    await page.getByRole('button', { name: 'Uitloggen' }).click();

    await signIn(page, noor, 'Noor Zorgtafel');
    await page.getByRole('link', { name: 'Intake' }).click();
    await page.getByRole('link', { name: 'Inès' }).click();
    await page.getByRole('button', { name: 'Aanvaarden en aanspreekpunt worden' }).click();
    await page.getByRole('status').getByText('Aanvaard. Jij bent nu het aanspreekpunt').waitFor();
    await page.getByRole('button', { name: 'De ouders gaan akkoord met een zorgtafel' }).click();
    await page.getByText('Genoteerd: de termijn voor de zorgtafel loopt vanaf nu.').waitFor();
    const careTable = page.locator('.deadline', { hasText: 'Zorgtafel' });
    await careTable.getByText(/nog (47|48) uur/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // The care table itself lives in the case file: planned there, recorded as held there.
    await page.getByRole('link', { name: /Plan de zorgtafel in het dossier/ }).click();
    const table = page.getByRole('region', { name: 'Zorgtafel' });
    await table.getByRole('button', { name: 'Een zorgtafel plannen' }).click();
    await table.getByLabel('Waarover gaat de zorgtafel?').fill('Samen een plan maken voor Inès.');
    // Ten minutes ago on the server's clock, in Brussels time as the field shows it.
    const tenMinutesAgo = new Date(clock().getTime() - 10 * 60_000);
    const local = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Brussels',
      dateStyle: 'short',
      timeStyle: 'short',
    })
      .format(tenMinutesAgo)
      .replace(' ', 'T');
    await table.getByLabel('Wanneer').fill(local);
    await table.getByRole('button', { name: 'Plannen en uitnodigen' }).click();
    await table.getByRole('button', { name: 'De zorgtafel is gehouden' }).click();
    await table.getByRole('heading', { name: /gehouden$/ }).waitFor();
    await page.goBack();
    await page.reload();
    await careTable.getByText('gehaald').waitFor();
  });

  it('lets the network coordinator of the region change the duty roster, with a clear message first', async () => {
    const page = await newPage();
    await signIn(page, lien, 'Lien Limburg');
    await page.getByRole('link', { name: "Programma's" }).click();
    await page
      .getByRole('link', {
        name: 'Permanentierooster van Veilig en omringd opgroeien van in de buik (Limburg)',
      })
      .click();
    await page.getByRole('heading', { name: /Permanentierooster/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Einde van rij 1').fill('08:00');
    await page.getByRole('button', { name: 'Rooster opslaan (nieuwe versie)' }).click();
    await page.getByText('Het einde ligt vóór het begin.', { exact: false }).waitFor();
    await page.getByLabel('Einde van rij 1').fill('12:30');
    await page.getByLabel('Coördinator van rij 1').fill('Noor Nieuw');
    // The duty line's number changes on 7 March: both are kept, each with its dates.
    const dutyLine = 'Contact van de algemene permanentie';
    await typeDate(page, `${dutyLine}: geldig tot en met, rij 1`, '2027-03-06');
    await page.getByRole('button', { name: `Rij toevoegen aan ${dutyLine}` }).click();
    await page.getByLabel(`${dutyLine}: nummer of adres van rij 2`).fill('011 30 31 41');
    await typeDate(page, `${dutyLine}: geldig vanaf, rij 2`, '2027-03-07');
    await page.getByRole('button', { name: 'Rooster opslaan (nieuwe versie)' }).click();
    await page.getByRole('status').getByText('Opgeslagen als versie 2.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const saved = (await programmeNow(page, 'veilig-van-in-de-buik-limburg')) as {
      roster: { dutyLine: { contacts: unknown[] } };
    };
    expect(saved.roster.dutyLine.contacts).toEqual([
      { kind: 'phone', value: '011 30 31 40', validTo: '2027-03-06' },
      { kind: 'phone', value: '011 30 31 41', validFrom: '2027-03-07' },
    ]);
  });
  it('lets the network coordinator change the checklist and a deadline, saying what to fix first', async () => {
    const page = await newPage();
    await signIn(page, lien, 'Lien Limburg');
    await page.getByRole('link', { name: "Programma's" }).click();
    await page
      .getByRole('link', {
        name: 'Doelgroep, voortraject en termijnen van Zorggarantie Jonge Kind Limburg',
      })
      .click();
    await page.getByRole('heading', { name: /Doelgroep, voortraject en termijnen/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // A long editor in steps; the last one says what saving changes.
    const next = async (name: string) => {
      await page.getByRole('button', { name: `Volgende: ${name}` }).click();
      await page.getByRole('heading', { name: new RegExp(`^Stap \\d van 4: ${name}$`) }).waitFor();
    };
    await next('Voortraject');
    await page
      .getByRole('button', { name: 'Toevoegen aan Voortraject (wat de aanmelder eerst doet)' })
      .click();
    await page.getByLabel('Omschrijving 6 (Nederlands)').fill('Kind en Gezin is betrokken');
    await page.getByLabel('Uitleg bij 6 (Nederlands)').fill('De verpleegkundige kent het gezin.');
    // The expert pool is programme data too: an expert's availability changed.
    const koen = page.getByRole('group', { name: 'Koen Moens' });
    await koen.getByLabel('Beschikbaarheid (bv. dinsdag en donderdag)').fill('Woensdag en vrijdag');
    expect(await axeViolations(page)).toEqual([]);
    await next('Termijnen en duur');
    await page.getByLabel('Termijn 1: binnen').fill('0');
    await next('Controleren en opslaan');
    const changes = page.getByRole('region', { name: 'Wat verandert er' });
    await changes.getByText('Voortraject').waitFor();
    await changes.getByText('Termijnen en duur').waitFor();
    expect(await changes.getByText('Doelgroep').count()).toBe(0);
    await page.getByRole('button', { name: 'Opslaan (nieuwe versie)' }).click();
    // What stops saving, in a summary that leads to the step and the field.
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await summary.getByRole('link', { name: 'Kies een aantal uren van 1 tot 2160.' }).waitFor();
    expect(await summary.getByRole('link', { name: 'Vul dit in.' }).count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    await summary.getByRole('link', { name: 'Kies een aantal uren van 1 tot 2160.' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-invalid')))
      .toBe('true');
    await page.getByLabel('Termijn 1: binnen').fill('12');
    await summary.getByRole('link', { name: 'Vul dit in.' }).first().click();
    await page.getByLabel('Omschrijving 6 (Engels)').fill('Kind en Gezin is involved');
    await page.getByLabel('Uitleg bij 6 (Engels)').fill('The nurse knows the family.');
    await next('Termijnen en duur');
    await next('Controleren en opslaan');
    await page.getByRole('button', { name: 'Opslaan (nieuwe versie)' }).click();
    await page.getByRole('status').getByText('Opgeslagen als versie 2.').waitFor();

    const current = (await programmeNow(page, 'zorggarantie-limburg')) as {
      checklist: { id: string }[];
      serviceLevels: { within: { hours?: number } }[];
      expertPool: { name: string; availability: string }[];
    };
    expect(current.checklist.map((c) => c.id)).toContain('kind-en-gezin-is-betrokken');
    expect(current.expertPool.find((e) => e.name === 'Koen Moens')?.availability).toBe(
      'Woensdag en vrijdag',
    );
    expect(current.serviceLevels[0]?.within.hours).toBe(12);

    // Another region's province is for that region's network coordinator.
    await page
      .getByRole('navigation', { name: 'Stappen van het programma' })
      .getByRole('link', { name: '1. Doelgroep' })
      .click();
    await page.getByLabel('Antwerpen').check();
    await next('Voortraject');
    await next('Termijnen en duur');
    await next('Controleren en opslaan');
    await page.getByRole('button', { name: 'Opslaan (nieuwe versie)' }).click();
    await summary
      .getByText('Je kunt alleen provincies van je eigen regio kiezen.', { exact: false })
      .waitFor();
  });
});
