/** Moving through a page as a keyboard user does: Tab until the control with this name has focus. */
import type { Page } from 'playwright-core';

/**
 * The name a user hears for the focused control: what aria-labelledby points to (a part of a
 * date field: "dag, Geboortedatum"), aria-label, its label, or its text.
 */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement)) return '';
    const by = element.getAttribute('aria-labelledby');
    if (by !== null)
      return by
        .split(/\s+/)
        .map((id) =>
          id === element.id
            ? (element.getAttribute('aria-label') ?? '')
            : (document.getElementById(id)?.textContent ?? ''),
        )
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
    const labelled = element.getAttribute('aria-label');
    if (labelled !== null) return labelled.trim();
    const labels =
      element instanceof HTMLInputElement ||
      element instanceof HTMLSelectElement ||
      element instanceof HTMLTextAreaElement
        ? element.labels
        : null;
    const label = labels?.[0]?.textContent;
    return (label ?? element.textContent).replace(/\s+/g, ' ').trim();
  });
}

export async function tabTo(page: Page, name: string | RegExp, maxPresses = 200): Promise<void> {
  const matches = (text: string) => (typeof name === 'string' ? text === name : name.test(text));
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (matches(await focusedName(page))) return;
  }
  throw new Error(`"${String(name)}" cannot be reached with the Tab key.`);
}
