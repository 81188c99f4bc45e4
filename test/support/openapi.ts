import { randomUUID } from 'node:crypto';

/** The part of an OpenAPI 3 document the security tests read. */
export interface SchemaObject {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  items?: SchemaObject;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  allOf?: SchemaObject[];
  minimum?: number;
  maximum?: number;
}

export interface OpenApiOperation {
  parameters?: Array<{ name: string; in: string; required?: boolean; schema?: SchemaObject }>;
  requestBody?: { content?: Record<string, { schema?: SchemaObject }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, SchemaObject> };
}

/** The operation's JSON body schema, references resolved at the top. */
export function bodySchemaOf(document: OpenApiDocument, operation: OpenApiOperation): SchemaObject | undefined {
  const schema = operation.requestBody?.content?.['application/json']?.schema;
  return schema ? resolve(document, schema) : undefined;
}

/** Follows `$ref` and single `allOf` wrappers (how Nest's swagger describes a nested DTO with a description). */
export function resolve(document: OpenApiDocument, schema: SchemaObject): SchemaObject {
  if (schema.$ref) return resolve(document, document.components?.schemas?.[schema.$ref.split('/').pop() ?? ''] ?? {});
  if (schema.allOf?.length === 1) return { ...resolve(document, schema.allOf[0]), ...(schema.example === undefined ? {} : { example: schema.example }) };
  return schema;
}

/**
 * A value that fits the schema, from its example, first enum value or format: a body that passes
 * validation, for tests that must reach the checks behind it. Optional fields without an example are left
 * out (their format may be stricter than the document says, e.g. a personal number).
 */
export function exampleOf(document: OpenApiDocument, given: SchemaObject): unknown {
  const schema = resolve(document, given);
  if (schema.example !== undefined) return schema.example;
  if (schema.enum?.length) return schema.enum[0];
  switch (schema.type) {
    case 'string':
      if (schema.format === 'date-time') return '2026-06-01T08:00:00+02:00';
      if (schema.format === 'date') return '2026-06-01';
      if (schema.format === 'uuid') return randomUUID();
      return 'Exempeltext';
    case 'number':
    case 'integer':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return schema.items ? [exampleOf(document, schema.items)] : [];
    default: {
      // Required fields always; optional ones only where the document shows an example of them.
      const wanted = Object.entries(schema.properties ?? {}).filter(([name, property]) => schema.required?.includes(name) || resolve(document, property).example !== undefined);
      return Object.fromEntries(wanted.map(([name, property]) => [name, exampleOf(document, property)]));
    }
  }
}
