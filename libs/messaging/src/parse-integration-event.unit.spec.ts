import {
  ALL_MESSAGES, fromKafkaRecord, integrationEvent, InvalidMessageError, PROCUREMENT_PUBLISHED_V1, toKafkaRecord,
  UnknownMessageTypeError,
} from '@kravspar/contracts';
import { parseIntegrationEvent, schemaProblems } from './parse-integration-event';

const origin = { id: 'evt-1', subject: 'agg-1', time: '2026-03-02T08:00:00.000Z', position: 7 };

describe('parseIntegrationEvent', () => {
  it.each(ALL_MESSAGES.map((contract) => [contract.type, contract] as const))('accepts the example of %s', (_type, contract) => {
    expect(schemaProblems(contract, contract.example)).toEqual([]);
    const event = fromKafkaRecord(toKafkaRecord(integrationEvent(contract, origin, contract.example), contract.topic));
    expect(parseIntegrationEvent(event).data).toEqual(contract.example);
  });

  it('refuses an unknown type, e.g. a version this build does not know', () => {
    const event = { ...integrationEvent(PROCUREMENT_PUBLISHED_V1, origin, PROCUREMENT_PUBLISHED_V1.example), type: 'kravspar.procurement.published.v2' };
    expect(() => parseIntegrationEvent(event)).toThrow(UnknownMessageTypeError);
  });

  it.each([
    ['a missing field', { title: undefined }, /must have required property 'title'/],
    ['an unknown field', { bidPrice: 100 }, /must NOT have additional properties/],
    ['a code outside its list', { procedure: 'auction' }, /\/procedure must be equal to one of the allowed values/],
    ['a malformed instant', { publishedAt: '2026-03-02' }, /\/publishedAt must match format "date-time"/],
  ])('refuses data with %s, naming the field', (_case, change, problem) => {
    const data = JSON.parse(JSON.stringify({ ...PROCUREMENT_PUBLISHED_V1.example, ...change }));
    const event = integrationEvent(PROCUREMENT_PUBLISHED_V1, origin, data);
    expect(() => parseIntegrationEvent(event)).toThrow(InvalidMessageError);
    expect(() => parseIntegrationEvent(event)).toThrow(problem);
  });

  it('refuses a calendar date that does not exist', () => {
    const contract = ALL_MESSAGES.find((candidate) => candidate.type === 'kravspar.procurement.standstill-ended.v1')!;
    expect(schemaProblems(contract, { ...(contract.example as object), standstillLastDay: '2026-02-28' })).toEqual([]);
    expect(schemaProblems(contract, { ...(contract.example as object), standstillLastDay: '2026-02-30' })).toEqual(['/standstillLastDay must match format "date"']);
    expect(schemaProblems(contract, { ...(contract.example as object), standstillLastDay: '2026-13-01' })).toEqual(['/standstillLastDay must match format "date"']);
  });
});
