/**
 * What a search's words mean to the social map: each word with the words of the field that mean
 * the same (data/synonyms.json), stop words set apart, and the text-search query that finds any of
 * them. Applied when searching, not when indexing: a new synonym works at once, for every service.
 */
import { z } from 'zod';
import synonymData from './data/synonyms.json' with { type: 'json' };
import stopWordData from './data/stopWords.json' with { type: 'json' };

const word = z.string().regex(/^[a-z0-9]+$/, { error: 'a synonym is one word: a–z and 0–9' });

export const synonymsSchema = z.object({
  about: z.string(),
  groups: z.array(z.array(word).min(2)).min(1),
});

/** The synonym groups, checked when loaded: a wrong entry fails at start and in the unit test. */
export const synonymGroups: readonly (readonly string[])[] =
  synonymsSchema.parse(synonymData).groups;

export const stopWords: ReadonlySet<string> = new Set(
  z.object({ words: z.array(z.string()) }).parse(stopWordData).words,
);

/**
 * A member stands for a word when the word is it, or is it with an ending ("zwangere",
 * "verslaafde", "moeders"): at most three letters more. A compound or a misspelling that merely
 * begins with it ("kinderopvnag", "zwangerchap") is not it.
 */
const MIN_STEM = 4;
const MAX_ENDING = 3;
const standsFor = (member: string, w: string) =>
  w === member ||
  (member.length >= MIN_STEM && w.startsWith(member) && w.length - member.length <= MAX_ENDING);

export type QueryGroup = {
  /** The word as typed (folded). */
  word: string;
  /** The word and the words of the field that mean the same, each searched as a prefix. */
  alternatives: string[];
};

/** Each searchable word with its alternatives; stop words are left out (the index has none). */
export function expandWords(typed: readonly string[]): QueryGroup[] {
  const groups: QueryGroup[] = [];
  for (const w of typed) {
    if (stopWords.has(w) || groups.some((g) => g.word === w)) continue;
    const alternatives = new Set([w]);
    for (const group of synonymGroups)
      if (group.some((m) => standsFor(m, w))) for (const m of group) alternatives.add(m);
    groups.push({ word: w, alternatives: [...alternatives] });
  }
  return groups;
}

/** The text-search query for one group: any of its alternatives, as prefixes. */
export function groupTsquery(group: QueryGroup): string {
  return `(${group.alternatives.map((a) => `${a}:*`).join(' | ')})`;
}

/** All groups (every word, in one of its forms), or any of them. Words are a–z0–9 only. */
export function combineTsquery(groups: readonly QueryGroup[], mode: 'all' | 'any'): string | null {
  if (groups.length === 0) return null;
  return groups.map(groupTsquery).join(mode === 'all' ? ' & ' : ' | ');
}

/** At least two of the groups, in one of their forms each: every pair, any pair. */
export function pairsTsquery(groups: readonly QueryGroup[]): string | null {
  const pairs: string[] = [];
  groups.forEach((a, i) => {
    for (const b of groups.slice(i + 1)) pairs.push(`(${groupTsquery(a)} & ${groupTsquery(b)})`);
  });
  return pairs.length === 0 ? null : pairs.join(' | ');
}

/** A name as typed, to compare with names: lower case, no accents, spaces collapsed, symbols kept. */
export function nameKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}
