/**
 * Every language of the family portal says every portal text, with the same placeholders as the
 * English, and states whether a native speaker has reviewed it; Arabic is written right to left.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Tree = { [key: string]: string | boolean | Tree };
const read = (path: string) =>
  JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Tree;
const en = read('../src/locales/en.json');

/** The texts a parent reads (the coordinator's invitation form stays in Dutch and English). */
const forParents = (key: string) =>
  !key.startsWith('portal.invite') && !key.startsWith('portal.access') && key !== 'portal.noAdults';

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') found.set(path, value);
    else if (typeof value === 'object') for (const [k, v] of leaves(value, path)) found.set(k, v);
  }
  return found;
}
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** The error messages a parent, a child or a supporter can meet in the portal. */
const errorsForFamilies = [
  ...['title', 'network', 'internal', 'invalid_credentials', 'too_many_attempts', 'rate_limited'],
  ...[
    'weak_password',
    'gone',
    'unauthenticated',
    'csrf',
    'conflict',
    'invalid_input',
    'unavailable',
  ],
].map((key) => `errors.${key}`);
const reasonsForFamilies = [
  ...['wrong_email_code', 'passkey_failed', 'agenda_full', 'no_such_share', 'changed_meanwhile'],
  ...['password_too_short', 'password_guessable', 'password_personal', 'visit_slot_taken'],
  ...['no_such_slot', 'visit_in_past', 'rhythm_not_allowed', 'not_involvable'],
  ...['supporter_has_account', 'login_not_linked'],
].map((key) => `errors.reasons.${key}`);

/** The notices a family receives, and the portal's shared confirmation dialog. */
const noticesForFamilies = ['contact_message', 'visit_decided', 'visit_reminder'].map(
  (kind) => `notices.kinds.${kind}`,
);

const english = leaves(en);
const needed = [...english.keys()].filter(
  (key) =>
    (key.startsWith('portal.') && forParents(key)) ||
    key.startsWith('caseParts.domains.names.') ||
    key.startsWith('caseParts.domains.priority.') ||
    key.startsWith('roles.') ||
    errorsForFamilies.includes(key) ||
    reasonsForFamilies.includes(key) ||
    key === 'account.loading' ||
    key === 'account.signInName' ||
    key === 'confirm.cancel' ||
    noticesForFamilies.includes(key),
);
const files = readdirSync(new URL('../src/locales/portal/', import.meta.url)).filter((f) =>
  f.endsWith('.json'),
);

describe('the family portal’s languages', () => {
  it('are French, Arabic, Turkish, Polish and Ukrainian besides Dutch and English', () => {
    expect(files.sort()).toEqual(['ar.json', 'fr.json', 'pl.json', 'tr.json', 'uk.json']);
  });

  it.each(files)('%s says every portal text, with the placeholders of the English', (file) => {
    const texts = leaves(read(`../src/locales/portal/${file}`));
    const missing = needed.filter((key) => (texts.get(key) ?? '').trim() === '');
    expect(missing).toEqual([]);
    const wrong = needed.filter(
      (key) =>
        JSON.stringify(placeholders(texts.get(key) ?? '')) !==
        JSON.stringify(placeholders(english.get(key) ?? '')),
    );
    expect(wrong).toEqual([]);
  });

  it.each([...files, '../en.json', '../nl.json'])(
    '%s states whether a native speaker reviewed it',
    (file) => {
      const meta = read(`../src/locales/portal/${file}`)._meta as Tree;
      expect(typeof meta.reviewedByNativeSpeaker).toBe('boolean');
      expect(meta.dir).toBe(file === 'ar.json' ? 'rtl' : 'ltr');
    },
  );
});
