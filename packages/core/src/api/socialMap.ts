/**
 * What the social-map management routes answer (network coordinators): the shape only — the
 * rules for what may be saved are the edit schema's (socialMap/serviceEdit.ts); a service imported
 * from elsewhere may not meet them and is still shown.
 */
import { z } from 'zod';

const text = z.string().nullable();

export const managedServiceSchema = z.object({
  id: z.uuid(),
  organizationName: z.string(),
  lastModified: z.string(),
  name: z.string(),
  alternateName: text,
  description: z.string(),
  url: text,
  email: text,
  applicationProcess: text,
  eligibilityDescription: text,
  feesDescription: text,
  freeOfCharge: z.boolean().nullable(),
  waitTime: text,
  ageMinMonths: z.number().int().nullable(),
  ageMaxMonths: z.number().int().nullable(),
  duringPregnancy: z.boolean(),
  status: z.string(),
  terms: z.array(z.string()),
  areaProvinces: z.array(z.string()),
  areaMunicipalities: z.array(z.string()),
  /** The names of areaMunicipalities, for the form (not edited). */
  municipalityNames: z.record(z.string(), z.string()),
  servesFlanders: z.boolean(),
  servesBeyondProvince: z.boolean(),
  languages: z.array(z.string()),
  phones: z.array(z.object({ number: z.string(), description: text })),
  address: z.object({ street: z.string(), postalCode: z.string(), city: z.string() }).nullable(),
});
export type ManagedServiceView = z.infer<typeof managedServiceSchema>;

export const managedServiceRowSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  organizationName: z.string(),
  status: z.string(),
  lastModified: z.string(),
});
export type ManagedServiceRow = z.infer<typeof managedServiceRowSchema>;

export const serviceChangeSchema = z.object({
  at: z.string(),
  by: z.string(),
  field: z.string(),
  from: z.string(),
  to: z.string(),
});
export type ServiceChange = z.infer<typeof serviceChangeSchema>;
