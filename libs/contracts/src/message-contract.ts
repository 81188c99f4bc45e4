import type { JsonSchema } from './json-schema';

/**
 * One public message: its CloudEvents `type` (the version is part of it; a breaking change is a new
 * type), the topic it travels on, what it means, the JSON Schema of its data, and an example that the
 * schema accepts (tests check it; the AsyncAPI document shows it).
 */
export interface MessageContract<Data> {
  readonly type: string;
  readonly topic: string;
  /** One line: what happened, for the AsyncAPI document and consumers. */
  readonly summary: string;
  readonly schema: JsonSchema;
  readonly example: Data;
}

/** Declares a message; the generic ties the example to the data type. */
export function messageContract<Data>(contract: MessageContract<Data>): MessageContract<Data> {
  return contract;
}
