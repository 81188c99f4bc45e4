import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

// The project's copy of the OCDS 1.1.5 schemas and of the sustainability extension (docs/ocds/README.md
// says where they come from). Tests validate against them offline: every `$ref` by URL resolves to a
// schema registered here under that URL, so nothing is fetched.

const OCDS_DIR = path.resolve(__dirname, '../../../docs/ocds');
const SCHEMA_BASE = 'https://standard.open-contracting.org/schema/1__1__5/';
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const read = (file: string): { [key: string]: Json } => JSON.parse(readFileSync(path.join(OCDS_DIR, file), 'utf8'));

/** RFC 7396 JSON Merge Patch, as OCDS applies an extension's release-schema.json to the release schema. */
export function jsonMergePatch(target: Json, patch: Json): Json {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const result: { [key: string]: Json } = target !== null && typeof target === 'object' && !Array.isArray(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = jsonMergePatch(result[key] ?? null, value);
  }
  return result;
}

export interface OcdsSchemaCheck {
  /** The release schema with the sustainability extension merged in. */
  readonly releaseSchema: { [key: string]: Json };
  /** Problems of a release package (empty: valid). */
  releasePackageErrors(data: unknown): string[];
  /** Problems of a record package (empty: valid). */
  recordPackageErrors(data: unknown): string[];
}

/**
 * Draft-04 validators (Ajv with `ajv-draft-04`, formats from `ajv-formats`) for OCDS 1.1.5 release and record
 * packages with the sustainability extension merged. OCDS's own keywords (`codelist`, `openCodelist`,
 * `omitWhenMerged`, ...) are annotations and are allowed. The record package refers to the versioned-release
 * schema, which is not copied: it is registered as a schema that accepts anything, and the packages
 * Kravspår publishes carry no `versionedRelease` (a test checks that too).
 */
export function ocdsSchemaCheck(): OcdsSchemaCheck {
  const releaseSchema = jsonMergePatch(read('schema-1.1.5/release-schema.json'), read('sustainability-extension/release-schema.json')) as { [key: string]: Json };
  const ajv = new Ajv({ strict: false, validateFormats: true, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(releaseSchema);
  ajv.addSchema({ id: `${SCHEMA_BASE}versioned-release-validation-schema.json` });
  const releasePackage = ajv.compile(read('schema-1.1.5/release-package-schema.json'));
  const recordPackage = ajv.compile(read('schema-1.1.5/record-package-schema.json'));
  const errors = (validate: typeof releasePackage) => (data: unknown) =>
    validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
  return { releaseSchema, releasePackageErrors: errors(releasePackage), recordPackageErrors: errors(recordPackage) };
}
