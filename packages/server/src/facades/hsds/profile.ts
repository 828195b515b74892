/** The Omringd HSDS profile: the fields and taxonomies this API adds to HSDS 3.1. */
import { taxonomies } from '@omringd/core';
import { PROFILE_URL } from './taxonomyHsds.ts';

export const hsdsProfile = {
  profile: PROFILE_URL,
  name: 'Omringd — sociale kaart voor (aanstaande) gezinnen in Vlaanderen',
  hsds_version: '3.1',
  description:
    'HSDS 3.1 with additions for the Flemish social map of family support. All additions are extra properties, which HSDS allows; a consumer that does not know them can ignore them.',
  additions: {
    service: {
      age_minimum_months:
        'Youngest age of the child in months; negative means during pregnancy (−9 = conception). minimum_age holds the same in years.',
      age_maximum_months: 'Oldest age of the child in months (inclusive).',
      during_pregnancy: 'The service can start during pregnancy.',
      free_of_charge: 'The service is free for the family.',
      serves_beyond_province:
        'The service states it also serves families outside its province(s); residential services always do.',
    },
    phone: {
      valid_from: 'First day (YYYY-MM-DD, Europe/Brussels) this number holds.',
      valid_to: 'Last day this number holds; contact details can change on a date.',
    },
    schedule: { dates: 'One-off session dates (YYYY-MM-DD), e.g. peer consultation sessions.' },
    service_area: {
      description:
        "'flanders', 'province:<code>' or 'municipality:<NIS code>'; extent holds the code.",
    },
    taxonomy_term: {
      name_en: 'English label',
      description_en: 'English description',
      symbol: 'Legend symbol (ο KOAP, Φ pregnant women with addiction)',
    },
  },
  taxonomies: taxonomies.map((t) => ({
    id: t.id,
    code: t.code,
    name: t.labels,
    terms: t.terms.map((x) => ({ code: `${t.code}:${x.code}`, name: x.labels })),
  })),
};
