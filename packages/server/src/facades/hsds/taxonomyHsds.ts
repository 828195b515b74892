/** Omringd's taxonomy as HSDS taxonomy and taxonomy_term objects (labels in Dutch, English alongside). */
import { taxonomies, type TaxonomyDefinition, type TaxonomyTerm } from '@omringd/core';
import { stableUuid } from '../../platform/ids.ts';

export const PROFILE_URL = 'https://omringd.be/hsds-profile/v1';

export const termId = (taxonomyCode: string, termCode: string) =>
  stableUuid('taxonomy_term', `${taxonomyCode}:${termCode}`);

export function hsdsTaxonomy(t: TaxonomyDefinition) {
  return {
    id: t.id,
    name: t.labels.nl,
    description: t.description.nl,
    uri: `${PROFILE_URL}/taxonomies/${t.code}`,
    version: '1',
  };
}

export function hsdsTerm(t: TaxonomyDefinition, term: TaxonomyTerm) {
  return {
    id: termId(t.code, term.code),
    code: `${t.code}:${term.code}`,
    name: term.labels.nl,
    description: term.description.nl,
    taxonomy: t.labels.nl,
    taxonomy_id: t.id,
    language: 'nl',
    term_uri: `${PROFILE_URL}/taxonomies/${t.code}/${term.code}`,
    // Profile addition: the English label and the legend symbol.
    name_en: term.labels.en,
    description_en: term.description.en,
    ...(term.symbol === undefined ? {} : { symbol: term.symbol }),
  };
}

export const allHsdsTerms = () =>
  taxonomies.flatMap((t) => t.terms.map((term) => hsdsTerm(t, term)));

export function hsdsTermByKey(key: string) {
  return allHsdsTerms().find((t) => t.code === key);
}
