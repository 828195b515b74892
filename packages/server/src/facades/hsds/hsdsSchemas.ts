/** The pinned official HSDS 3.1 JSON Schemas (standards/hsds-3.1), compiled once with Ajv. */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const schemaDir = fileURLToPath(new URL('../../../standards/hsds-3.1/schema/', import.meta.url));
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

let ajv: Ajv2020 | undefined;
const cache = new Map<string, ValidateFunction>();

/** Every top-level schema is registered under its file name, so `"$ref": "metadata.json"` resolves. */
function loadAjv(): Ajv2020 {
  const instance = addFormats(new Ajv2020({ strict: false, allErrors: true }));
  for (const file of readdirSync(schemaDir).filter(
    (f) => f.endsWith('.json') && f !== 'openapi.json',
  )) {
    const schema = JSON.parse(readFileSync(schemaDir + file, 'utf8')) as Record<string, unknown>;
    instance.addSchema({ ...schema, $id: file });
  }
  return instance;
}

/** A validator for an HSDS schema file, e.g. `compiled/service.json` or `taxonomy.json`. */
export function hsdsValidator(file: string): ValidateFunction {
  const found = cache.get(file);
  if (found) return found;
  ajv ??= loadAjv();
  const registered = file.includes('/') ? undefined : ajv.getSchema(file);
  const validate =
    registered ??
    ajv.compile({
      ...(JSON.parse(readFileSync(schemaDir + file, 'utf8')) as Record<string, unknown>),
      $id: undefined,
    });
  cache.set(file, validate);
  return validate;
}

export function describeErrors(validate: ValidateFunction): string {
  return (validate.errors ?? [])
    .map((e) => `${e.instancePath || '(record)'} ${e.message ?? 'is invalid'}`)
    .join('; ');
}
