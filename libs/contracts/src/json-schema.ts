/**
 * JSON Schema (draft 2020-12) building blocks of the message schemas. The schemas use only keywords
 * that mean the same in draft-07, so the AsyncAPI document can carry them unchanged.
 */
export type JsonSchema = { readonly [keyword: string]: unknown };

export const SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** An opaque identifier (UUIDs in practice; consumers must not parse it). */
export const ID = { type: 'string', minLength: 1 } as const;
/** An ISO 8601 instant with offset, e.g. `2026-03-01T10:00:00+01:00`. */
export const INSTANT = { type: 'string', format: 'date-time' } as const;
/** A Stockholm calendar date, `YYYY-MM-DD`. */
export const CALENDAR_DATE = { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
export const NULLABLE_CALENDAR_DATE = { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
export const TEXT = { type: 'string', minLength: 1 } as const;
export const COUNT = { type: 'integer', minimum: 0 } as const;
export const PERIOD = {
  type: 'object',
  additionalProperties: false,
  required: ['start', 'end'],
  properties: { start: CALENDAR_DATE, end: CALENDAR_DATE },
} as const;

/** A closed list of codes. */
export function codes<const T extends readonly string[]>(values: T) {
  return { type: 'string', enum: values } as const;
}

/** The schema of one message's data: a closed object (unknown fields are refused, so typos surface). */
export function messageSchema<const P extends Record<string, JsonSchema>, const R extends readonly (keyof P & string)[]>(
  title: string,
  required: R,
  properties: P,
) {
  return { $schema: SCHEMA_DIALECT, title, type: 'object', additionalProperties: false, required, properties } as const;
}
