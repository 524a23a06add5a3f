/**
 * A real JSON Schema validator for the open data: Ajv for draft 2020-12 (the draft zod 4 emits),
 * in Ajv's full strict mode, so a keyword Ajv does not know, a type-loose keyword or a required
 * property the schema never defines fails loudly instead of being ignored.
 */
import Ajv2020Module from 'ajv/dist/2020.js';

type Ajv2020Class = typeof Ajv2020Module;
// ajv is CommonJS: under Node's ESM loader the class sits on `.default`.
const Ajv2020 = ((Ajv2020Module as unknown as { default?: Ajv2020Class }).default ??
  Ajv2020Module) as Ajv2020Class;

export interface SchemaError {
  /** JSON Pointer of the offending value (/cases/0/metrics/3/value). */
  instancePath: string;
  /** Ajv's keyword: type, enum, const, required, additionalProperties … */
  keyword: string;
  message: string;
}

/** Compiles `schema` and returns a function listing every error of a document (none = valid). */
export function compileSchema(schema: object): (data: unknown) => SchemaError[] {
  const ajv = new Ajv2020({
    allErrors: true,
    // Every strict check an error, not a log line: strictSchema, strictNumbers, strictTypes,
    // strictTuples and strictRequired.
    strict: true,
    // zod writes `format: "uri"` for z.url() and `format: "date"` for z.iso.date(); Ajv needs a
    // checker for each format it meets.
    formats: {
      uri: (value: string) => URL.canParse(value),
      date: (value: string) =>
        /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)),
    },
  });
  const validate = ajv.compile(schema);
  return (data) =>
    validate(data)
      ? []
      : (validate.errors ?? []).map((e) => ({
          instancePath: e.instancePath,
          keyword: e.keyword,
          message: e.message ?? '',
        }));
}

/** The draft a schema declares, from its `$schema`. */
export function declaredDraft(schema: { $schema?: unknown }): string | undefined {
  return typeof schema.$schema === 'string' ? schema.$schema : undefined;
}
