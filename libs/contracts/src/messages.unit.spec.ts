import { ALL_MESSAGES, INTEGRATION_MESSAGES, messageContractFor } from './messages';
import { NOTIFICATION_V1 } from './notifications/notification.v1';
import { ALL_TOPICS, INTEGRATION_TOPICS, NOTIFICATIONS_TOPIC } from './topics';

describe('the message catalogue', () => {
  it('gives every message a unique, versioned type', () => {
    const types = ALL_MESSAGES.map((contract) => contract.type);
    expect(new Set(types).size).toBe(types.length);
    for (const type of types) expect(type).toMatch(/^kravspar\.[a-z]+\.[a-z-]+\.v\d+$/);
  });

  it('puts integration messages on the integration topics and the notification on its own', () => {
    for (const contract of INTEGRATION_MESSAGES) expect(INTEGRATION_TOPICS).toContain(contract.topic);
    expect(NOTIFICATION_V1.topic).toBe(NOTIFICATIONS_TOPIC);
    expect(new Set(ALL_MESSAGES.map((contract) => contract.topic))).toEqual(new Set(ALL_TOPICS.filter((topic) => !topic.includes('dlq'))));
  });

  it('finds a contract by type, and nothing for an unknown version', () => {
    expect(messageContractFor('kravspar.procurement.published.v1')?.topic).toBe('kravspar.procurement.v1');
    expect(messageContractFor('kravspar.procurement.published.v2')).toBeUndefined();
  });

  it('closes every schema and requires only declared fields', () => {
    for (const { schema } of ALL_MESSAGES) {
      expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', additionalProperties: false });
      const properties = Object.keys(schema.properties as object);
      for (const field of schema.required as string[]) expect(properties).toContain(field);
    }
  });

  it('carries no personal data: no candidate, person, price, score or free-text fields', () => {
    const fieldNames = (schema: unknown): string[] =>
      schema && typeof schema === 'object'
        ? Object.entries(schema as Record<string, unknown>).flatMap(([key, value]) =>
            key === 'properties' ? [...Object.keys(value as object), ...Object.values(value as object).flatMap(fieldNames)] : fieldNames(value))
        : [];
    const forbidden = /candidate|person|name|email|phone|price|score|ranking|bidId|answer$|question$|justification|referralRef|outcome(Code)?$|monthsServed/i;
    for (const contract of ALL_MESSAGES) {
      const allowed = contract.type === 'kravspar.procurement.review-decided.v1' ? ['outcome'] : [];
      expect(fieldNames(contract.schema).filter((field) => forbidden.test(field) && !allowed.includes(field))).toEqual([]);
    }
  });
});
