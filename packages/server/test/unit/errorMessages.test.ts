/**
 * Every error the server can answer with has its own message in every locale of the pages:
 * each code (errors.<code>) and each precise reason (errors.reasons.<reason>), so a page never
 * falls back to a generic text or to the server's English when it knows the cause.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appErrorCodes, errorReasons } from '../../src/platform/errors.ts';

const localeDir = new URL('../../../web/src/locales/', import.meta.url);
const locales = readdirSync(localeDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({
    name: f,
    errors: (JSON.parse(readFileSync(new URL(f, localeDir), 'utf8')) as { errors: unknown }).errors,
  }));

/** Codes the HTTP layer itself answers with, beyond the domain's own. */
const httpCodes = ['internal', 'unsupported_media_type'] as const;

const text = (tree: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>(
    (node, key) =>
      typeof node === 'object' && node !== null
        ? (node as Record<string, unknown>)[key]
        : undefined,
    tree,
  );

describe('error messages', () => {
  it('are in nl and en', () => {
    expect(locales.map((l) => l.name).sort()).toEqual(['en.json', 'nl.json']);
  });

  it.each(locales)('$name has a message for every code and every reason', ({ errors }) => {
    const missing = [
      ...[...appErrorCodes, ...httpCodes].filter((c) => typeof text(errors, c) !== 'string'),
      ...errorReasons
        .filter((r) => typeof text(errors, 'reasons', r) !== 'string')
        .map((r) => `reasons.${r}`),
    ];
    expect(missing).toEqual([]);
  });

  it('says each reason in its own words in each language', () => {
    const [nl, en] = ['nl.json', 'en.json'].map((n) => locales.find((l) => l.name === n)?.errors);
    for (const reason of errorReasons)
      expect(text(nl, 'reasons', reason), reason).not.toBe(text(en, 'reasons', reason));
    const nlTexts = errorReasons.map((r) => text(nl, 'reasons', r));
    expect(new Set(nlTexts).size).toBe(errorReasons.length);
  });
});
