import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';

const ajv = new Ajv2020({ allErrors: true });
// ajv-formats is not a dependency; these two are the only formats the schemas use.
ajv.addFormat('uri', (value: string) => URL.canParse(value));
ajv.addFormat(
  'date-time',
  (value: string) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value)),
);

/** Validates data against a schema in `schemas/` (e.g. `events.schema.json`); returns each error as `path: message`, none when valid. */
export function schemaErrors(schemaFile: string, data: unknown): string[] {
  const validate = ajv.getSchema(schemaFile) ?? compile(schemaFile);
  return validate(data)
    ? []
    : (validate.errors ?? []).map(
        (e: ErrorObject) => `${e.instancePath || '/'}: ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`,
      );
}

function compile(schemaFile: string) {
  const schema = JSON.parse(readFileSync(new URL(`../../../schemas/${schemaFile}`, import.meta.url), 'utf8')) as object;
  ajv.addSchema(schema, schemaFile);
  return ajv.getSchema(schemaFile)!;
}
