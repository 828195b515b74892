/**
 * Passwords: argon2id hashes (OWASP parameters: 19 MiB, 2 iterations) and a strength check with
 * Dutch/Belgian dictionaries plus the words of our own field and places, which people pick first.
 */
import { hash, verify } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as nlBe from '@zxcvbn-ts/language-nl-be';

// The library's default algorithm is argon2id (its const enum cannot be imported as a value here).
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;
/** zxcvbn score 0–4; 3 means "safely unguessable: moderate protection from offline attacks". */
const MIN_SCORE = 3;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    // A malformed stored hash is a wrong password, never a crash that reveals which accounts exist.
    return false;
  }
}

let dummy: Promise<string> | undefined;
/** Verifying against this when the account does not exist makes both paths take equal time. */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword('omringd-dummy-password-for-timing');
  return dummy;
}

const fieldWords = [
  'omringd',
  'veilig',
  'opgroeien',
  'gezin',
  'kind',
  'kindengezin',
  'huisvanhetkind',
  'zorg',
  'zorggarantie',
  'zorgtafel',
  'casusregie',
  'opkomst',
  'welzijn',
  'ocmw',
  'caw',
  'cig',
  'ckg',
  'vlaanderen',
  'belgie',
  'brussel',
  'antwerpen',
  'gent',
  'brugge',
  'leuven',
  'hasselt',
  'mechelen',
  'kortrijk',
  'genk',
  'aalst',
  'limburg',
  'oostvlaanderen',
  'westvlaanderen',
  'vlaamsbrabant',
  'wachtwoord',
  'paswoord',
  'welkom',
  'zomer',
  'winter',
  'lente',
  'herfst',
  'maandag',
  'januari',
];

const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...nlBe.dictionary, omringd: fieldWords },
  graphs: common.adjacencyGraphs,
  translations: nlBe.translations,
});

export type StrengthVerdict =
  | { ok: true }
  | {
      ok: false;
      code: 'password_too_short' | 'password_too_long' | 'password_personal' | 'password_guessable';
      reason: string;
    };

/** Judges a new password; the user's own name and e-mail count as guessable words. */
export function checkPasswordStrength(password: string, personal: string[]): StrengthVerdict {
  if (password.length < MIN_PASSWORD_LENGTH)
    return {
      ok: false,
      code: 'password_too_short',
      reason: `Use at least ${MIN_PASSWORD_LENGTH} characters.`,
    };
  if (password.length > MAX_PASSWORD_LENGTH)
    return {
      ok: false,
      code: 'password_too_long',
      reason: `Use at most ${MAX_PASSWORD_LENGTH} characters.`,
    };
  const personalWords = personal
    .flatMap((p) => p.toLowerCase().split(/[^\p{L}\p{N}]+/u))
    .filter((w) => w.length > 2);
  const result = zxcvbn.check(password, personalWords);
  // zxcvbn may explain a part by another dictionary first; a name in it is personal all the same.
  const lower = password.toLowerCase();
  const usesPersonal =
    personalWords.some((w) => w.length >= 4 && lower.includes(w)) ||
    result.sequence.some(
      (match) => 'dictionaryName' in match && match.dictionaryName === 'userInputs',
    );
  if (usesPersonal)
    return {
      ok: false,
      code: 'password_personal',
      reason: 'Do not use your name or e-mail address in your password.',
    };
  if (result.score >= MIN_SCORE) return { ok: true };
  return {
    ok: false,
    code: 'password_guessable',
    reason:
      'This password is too easy to guess (common words, names, places or patterns). Use a longer sentence of unrelated words.',
  };
}
