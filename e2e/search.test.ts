import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

async function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'nl-BE' });
  return context.newPage();
}

describe('the social map search page', () => {
  it('searches, filters with counts, opens a service and has no accessibility violations', async () => {
    const page = await newPage();
    await page.goto(server.url);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Zoek hulp voor een gezin');
    expect(await page.getAttribute('html', 'lang')).toBe('nl-BE');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Wat zoek je?').fill('zwanger');
    await page.getByLabel('Postcode van het gezin').fill('3500');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText(/resultat(en)? gevonden/).waitFor();
    expect(page.url()).toContain('q=zwanger');
    expect(page.url()).toContain('postcode=3500');
    await page.getByText('Gezin in Hasselt (Limburg)').waitFor();
    const first = page.locator('.result h3 a').first();
    // A service for pregnancy in Limburg, near Hasselt, comes first.
    expect(await first.textContent()).toMatch(/^(Veilig en omringd opgroeien|Zorggroep Zin|PRAGT)/);
    await expect
      .poll(async () => (await page.locator('.legend').first().textContent()) ?? '')
      .toContain('Zwangere vrouwen met afhankelijkheidsproblemen');
    expect(await axeViolations(page)).toEqual([]);

    const residential = page.getByRole('radio', { name: /Residentieel \(\d+\)/ });
    const label =
      (await page
        .locator('label', { has: page.locator('text=Residentieel') })
        .first()
        .textContent()) ?? '';
    const expected = Number(/\((\d+)\)/.exec(label)?.[1]);
    await residential.click();
    await expect.poll(() => page.url()).toContain('modality=residential');
    await expect.poll(async () => page.locator('.result').count()).toBe(expected);
    await page.getByText('Tipi').first().waitFor();
    await expect
      .poll(async () => (await page.locator('.badge-note').first().textContent()) ?? '')
      .toContain('Buiten de provincie');

    await page.getByRole('link', { name: 'Tipi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tipi' }).waitFor();
    await page.getByRole('heading', { name: 'Voor wie?' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: /Terug naar de zoekresultaten/ }).click();
    await expect.poll(() => page.url()).toContain('modality=residential');
  });

  it('shows the social map before anyone types: browse links and the Huizen van het Kind on a map', async () => {
    const page = await newPage();
    await page.goto(server.url);
    for (const heading of [
      'Hulp per doelgroep',
      'Hulp per levensdomein',
      'Programma’s',
      'Hulp per provincie',
      'Huizen van het Kind',
    ])
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
    await page.getByText(/ο en Φ zijn de symbolen van het provinciale overzicht/).waitFor();
    const map = page.getByRole('region', { name: 'Kaart van de Huizen van het Kind' });
    await map.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // The map's list equivalent, and a marker that opens with the keyboard.
    expect(await page.locator('.map-list li').count()).toBeGreaterThan(0);
    const marker = page.locator('.map-marker').first();
    await marker.focus();
    await page.keyboard.press('Enter');
    await page.locator('.map-popup a').first().waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest('.map-popup') !== null)).toBe(
      true,
    );
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Huis van het Kind/ }).waitFor();

    await page.goto(server.url);
    await page.getByRole('link', { name: /^ο Ouders met afhankelijkheidsproblemen/ }).click();
    await expect.poll(() => page.url()).toContain('targetGroup=koap');
    await page.locator('.result').first().waitFor();
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Limburg', exact: true }).click();
    await expect.poll(() => page.url()).toContain('province=VLI');
    await page.getByText(/Gezin in .*Limburg/).waitFor();
    // The results on a map, numbered as in the list.
    await page.getByRole('button', { name: 'Toon op de kaart' }).click();
    await page.getByRole('region', { name: 'Kaart van de resultaten' }).waitFor();
    await page.locator('.map-marker').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows schedules, the changed phone number and contacts on a service page', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/?q=zorggarantie&province=VLI`);
    await page.getByRole('link', { name: 'Zorggarantie Jonge Kind Limburg' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Zorggarantie Jonge Kind Limburg' })
      .waitFor();
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).toContain('02 243 55 05');
    expect(body).not.toContain('0490 44 82 58');
    expect(body).toMatch(/maandag, woensdag, donderdag 09:00–12:00/);
    expect(body).toContain('An Peeters');
  });

  it('says how to reach a service, and has no empty contact heading when nothing is known', async () => {
    type Detail = {
      id: string;
      name: string;
      url: string | null;
      email: string | null;
      phones: unknown[];
      organizationPhones: unknown[];
      contacts: unknown[];
      locations: { street: string | null; municipality: unknown }[];
      organization: { email: string | null; website: string | null };
      languages: string[];
    };
    const list = (await (
      await fetch(`${server.url}/api/v1/services?perPage=50&province=VLI`)
    ).json()) as {
      results: { id: string }[];
    };
    const details = await Promise.all(
      list.results.map(
        async (r) =>
          (await (await fetch(`${server.url}/api/v1/services/${r.id}`)).json()) as Detail,
      ),
    );
    const reachable = (d: Detail) =>
      d.phones.length + d.organizationPhones.length + d.contacts.length > 0 ||
      d.url !== null ||
      d.email !== null ||
      d.organization.email !== null ||
      d.organization.website !== null ||
      d.locations.some((l) => l.street !== null || l.municipality !== null);
    const known = details.find(reachable);
    const unknown = details.find((d) => !reachable(d));
    // The demo data of Limburg has both kinds.
    if (known === undefined || unknown === undefined) throw new Error('Both kinds expected.');
    const page = await newPage();
    {
      await page.goto(`${server.url}/diensten/${known.id}`);
      await page.getByRole('heading', { level: 1, name: known.name }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Contact' }).waitFor();
      const body = (await page.locator('main').textContent()) ?? '';
      expect(body).toContain('Talen: Nederlands');
      expect(await axeViolations(page)).toEqual([]);
    }
    {
      await page.goto(`${server.url}/diensten/${unknown.id}`);
      await page.getByRole('heading', { level: 1, name: unknown.name }).waitFor();
      expect(await page.getByRole('heading', { name: 'Contact' }).count()).toBe(0);
    }
  });

  it('suggests services while typing and is usable with the keyboard alone', async () => {
    const page = await newPage();
    await page.goto(server.url);
    await page.locator('h1').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
    const box = page.getByRole('combobox', { name: 'Wat zoek je?' });
    await box.focus();
    await page.keyboard.type('dod', { delay: 30 });
    await page.getByRole('option', { name: /DoDo/ }).waitFor();
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBeTruthy();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'DoDo' }).waitFor();

    await page.goto(server.url);
    await page.getByRole('combobox', { name: 'Wat zoek je?' }).focus();
    await page.keyboard.type('verslaving');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await page.keyboard.type('9000');
    await page.keyboard.press('Enter');
    await page.getByText(/resultat(en)? gevonden/).waitFor();
    expect(page.url()).toContain('postcode=9000');
  });

  it('closes the suggestions on Enter and on Tab, and never leaves them over the results', async () => {
    const page = await newPage();
    await page.goto(server.url);
    const box = page.getByRole('combobox', { name: 'Wat zoek je?' });
    await box.focus();
    await page.keyboard.type('verslaving', { delay: 30 });
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.result').first().waitFor();
    expect(page.url()).toContain('q=verslaving');
    // Suggestions asked for before Enter arrive later: they must not open the list again.
    await page.waitForTimeout(600);
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('listbox').isVisible()).toBe(false);

    await box.fill('');
    await page.keyboard.type('zwanger', { delay: 30 });
    await page.getByRole('option').first().waitFor();
    // The list is no Tab stop: Tab goes on to the next field and closes it.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      await page.getByLabel('Postcode van het gezin').getAttribute('id'),
    );
    await expect.poll(() => page.getByRole('listbox').isVisible()).toBe(false);
  });

  it('shows the results first on a phone, with the filters folded in a panel', async () => {
    const page = await newPage({ width: 390, height: 844 });
    await page.goto(`${server.url}/?q=verslaving`);
    const first = page.locator('.result').first();
    await first.waitFor();
    const top = await first.evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
    const filters = page.locator('details.filters-panel');
    const filtersTop = await filters.evaluate(
      (e) => e.getBoundingClientRect().top + window.scrollY,
    );
    // Below the form and one folded line of filters, on the first screen.
    expect(top, `first result at ${String(top)} px`).toBeLessThan(844);
    expect(await filters.evaluate((e) => (e as HTMLDetailsElement).open)).toBe(false);
    expect(await page.getByRole('radio', { name: /Residentieel/ }).isVisible()).toBe(false);
    expect(filtersTop).toBeLessThan(top);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByText('Filters', { exact: true }).click();
    await page.getByRole('radio', { name: /Residentieel \(\d+\)/ }).click();
    await expect.poll(() => page.url()).toContain('modality=residential');
    await page.getByText('Filters (1 gekozen)').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('says "did you mean", explains a bad postal code and keeps what was typed', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/?q=zwangerchap`);
    await page.getByText('Resultaten voor “zwangerschap”').waitFor();
    await page.goto(server.url);
    await page.getByLabel('Wat zoek je?').fill('opvoeding');
    await page.getByLabel('Postcode van het gezin').fill('3499');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain(
      'Deze postcode bestaat niet in België',
    );
    expect(await page.getByLabel('Wat zoek je?').inputValue()).toBe('opvoeding');
    expect(await page.getByLabel('Postcode van het gezin').getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it('switches to English and works on a phone-sized screen', async () => {
    const page = await newPage({ width: 375, height: 740 });
    await page.goto(`${server.url}/?age=pregnant&province=VOV`);
    await page.getByText(/resultat(en)? gevonden/).waitFor();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Find help for a family' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByText(/results? found/).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    // Chosen once, kept on this device: the next page opens in English from its first paint.
    await page.goto(`${server.url}/`);
    expect(await page.locator('h1').first().textContent()).toBe('Find help for a family');
  });

  it('answers the questions a professional types with the right service in the top five', async () => {
    const page = await newPage();
    const asked: [string, RegExp][] = [
      ['alleenstaande vader verslaving jonge kinderen', /^Tipi$/],
      ['ontwenning ouders kinderen Antwerpen', /^OP\+$/],
      ['ongeboren kind drugafhankelijke ouders West-Vlaanderen', /^DoDo$/],
      ['zwangerchap middelengebruik limburg', /^(Zorggroep Zin|PRAGT)/],
      ['OP+', /^OP\+$/],
    ];
    for (const [question, answer] of asked) {
      await page.goto(server.url);
      await page.getByLabel('Wat zoek je?').fill(question);
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await page.locator('.total', { hasText: /gevonden/ }).waitFor();
      const names = (await page.locator('.result h3 a').allTextContents()).slice(0, 5);
      expect(
        names.some((n) => answer.test(n)),
        `${question}: ${names.join(' | ')}`,
      ).toBe(true);
    }
    // The last place question: the place is a chip that can be taken away.
    await page.goto(server.url);
    await page
      .getByLabel('Wat zoek je?')
      .fill('ongeboren kind drugafhankelijke ouders West-Vlaanderen');
    await page.getByLabel('Wat zoek je?').press('Enter');
    const chip = page.getByRole('button', { name: /^in: West-Vlaanderen/ });
    await chip.waitFor();
    await page
      .getByText(/zonder: /)
      .first()
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await chip.click();
    await expect.poll(() => page.url()).toContain('q=ongeboren+kind+drugafhankelijke+ouders');
    await expect.poll(() => chip.count()).toBe(0);
  });
});
