/** What a social-map search answers: shared by the server that builds it and the pages that show it. */
import type { ProvinceCode } from '../geography/provinces.ts';

/** Where the family lives: a postal code, a municipality or a province, resolved to a place. */
export type FamilyPlace = {
  postcode: string | null;
  municipalities: { nis: string; name: string }[];
  province: ProvinceCode;
  provinceName: { nl: string; en: string };
  centre: { lat: number; lon: number } | null;
};

export type ServiceHit = {
  id: string;
  name: string;
  alternateName: string | null;
  organizationId: string;
  organizationName: string;
  description: string;
  applicationProcess: string | null;
  ageMinMonths: number | null;
  ageMaxMonths: number | null;
  duringPregnancy: boolean;
  freeOfCharge: boolean | null;
  servesFlanders: boolean;
  servesBeyondProvince: boolean;
  areaProvinces: string[];
  areaMunicipalities: string[];
  termCodes: string[];
  distanceKm: number | null;
  phone: { number: string; description: string | null } | null;
  locations: string[];
  /** Where the service is (its first location), for the map; null when not known. */
  position: { lat: number; lon: number } | null;
  /** When the search took any of the words: the words this service was found without. */
  missingWords: string[];
};

export type FacetCount = { value: string; count: number };

export type ServiceSearchResult = {
  total: number;
  page: number;
  perPage: number;
  place: FamilyPlace | null;
  /** The words of the text that named the place (it became the family's place, and left the text). */
  placeWords: string[] | null;
  /** The search text without those words: what removing the place chip searches. */
  textWithoutPlace: string | null;
  didYouMean: string | null;
  /** Set when the typed words found nothing and the corrected words were searched instead. */
  searchedFor: string | null;
  /** Every word found less than a page: these results have any of the words, best first. */
  anyWord: boolean;
  results: ServiceHit[];
  facets: {
    targetGroup: FacetCount[];
    modality: FacetCount[];
    domain: FacetCount[];
    free: number;
    pregnant: number;
  };
};

/** A legend symbol of the provincial overview with the term it stands for. */
export type Legend = { term: string; symbol: string };

/** A hit as the API sends it: with its legend and whether it lies outside the family's province. */
export type ServiceHitView = ServiceHit & { legend: Legend[]; outsideFamilyProvince: boolean };

export type ServiceSearchResponse = Omit<ServiceSearchResult, 'results'> & {
  results: ServiceHitView[];
};
