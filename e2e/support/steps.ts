/** The referral form's steps, as a person goes through them: "Volgende: …" and where it lands. */
import type { Page } from 'playwright-core';

export const steps = {
  family: 'Het gezin',
  concern: 'De zorg',
  conditions: 'Voorwaarden en toestemming',
  check: 'Controleren en versturen',
} as const;

export async function nextStep(page: Page, name: (typeof steps)[keyof typeof steps]) {
  await page.getByRole('button', { name: `Volgende: ${name}` }).click();
  await page.getByRole('heading', { name: new RegExp(`^Stap \\d van 4: ${name}$`) }).waitFor();
}

/** Straight to a step by its link in the list of steps. */
export async function toStep(page: Page, name: (typeof steps)[keyof typeof steps]) {
  await page
    .getByRole('navigation', { name: 'Stappen van de aanmelding' })
    .getByRole('link', { name: new RegExp(`\\d\\. ${name}$`) })
    .click();
  await page.getByRole('heading', { name: new RegExp(`^Stap \\d van 4: ${name}$`) }).waitFor();
}
