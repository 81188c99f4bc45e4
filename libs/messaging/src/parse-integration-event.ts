import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import {
  ALL_MESSAGES, InvalidMessageError, UnknownMessageTypeError, type IntegrationEvent, type MessageContract,
} from '@kravspar/contracts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/** One validator for the schemas of `libs/contracts` (draft 2020-12), formats checked. */
function createValidator(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true });
  // A real day of the calendar: Date would roll 2026-02-30 over into March.
  ajv.addFormat('date', (value: string) => DATE.test(value) && isCalendarDay(value));
  ajv.addFormat('date-time', (value: string) => DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)));
  return ajv;
}

function isCalendarDay(value: string): boolean {
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
}

const ajv = createValidator();
const validators = new Map<string, ValidateFunction>();

function validatorFor(contract: MessageContract<unknown>): ValidateFunction {
  let validate = validators.get(contract.type);
  if (!validate) {
    validate = ajv.compile(contract.schema);
    validators.set(contract.type, validate);
  }
  return validate;
}

/** The problems of `data` against `contract`'s schema, naming fields and rules, never values; empty when valid. */
export function schemaProblems(contract: MessageContract<unknown>, data: unknown): string[] {
  const validate = validatorFor(contract);
  if (validate(data)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? error.keyword}`);
}

/**
 * Checks an event read with `fromKafkaRecord`: its type must be known (`UnknownMessageTypeError`, e.g.
 * a version this build does not have) and its data valid against the type's JSON Schema
 * (`InvalidMessageError`). Returns the event typed as `T` for the caller who checked `type`.
 */
export function parseIntegrationEvent<T = unknown>(event: IntegrationEvent<unknown>, known: readonly MessageContract<unknown>[] = ALL_MESSAGES): IntegrationEvent<T> {
  const contract = known.find((candidate) => candidate.type === event.type);
  if (!contract) throw new UnknownMessageTypeError(event.type);
  const problems = schemaProblems(contract, event.data);
  if (problems.length > 0) throw new InvalidMessageError(event.type, problems);
  return event as IntegrationEvent<T>;
}
