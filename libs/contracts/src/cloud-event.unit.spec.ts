import {
  CE_HEADERS, fromKafkaRecord, toKafkaRecord, UnreadableMessageError, type IntegrationEvent,
} from './cloud-event';
import { integrationEvent } from './messages';
import { PROCUREMENT_PUBLISHED_V1 } from './procurement/procurement-published.v1';
import { PROCUREMENT_TOPIC } from './topics';

const event: IntegrationEvent = integrationEvent(
  PROCUREMENT_PUBLISHED_V1,
  { id: 'evt-1', subject: 'proc-1', time: '2026-03-02T08:00:00.000Z', position: 42 },
  PROCUREMENT_PUBLISHED_V1.example,
);

describe('the CloudEvents Kafka binding (binary content mode)', () => {
  it('puts the attributes in ce_ headers, keys by subject and carries the data as JSON', () => {
    const record = toKafkaRecord(event, PROCUREMENT_TOPIC);
    expect(record).toEqual({
      topic: PROCUREMENT_TOPIC,
      key: 'proc-1',
      headers: {
        ce_specversion: '1.0',
        ce_id: 'evt-1',
        ce_source: '/kravspar/projector',
        ce_type: 'kravspar.procurement.published.v1',
        ce_subject: 'proc-1',
        ce_time: '2026-03-02T08:00:00.000Z',
        ce_position: '42',
        'content-type': 'application/json',
      },
      value: JSON.stringify(PROCUREMENT_PUBLISHED_V1.example),
    });
  });

  it('reads back what it wrote', () => {
    expect(fromKafkaRecord(toKafkaRecord(event, PROCUREMENT_TOPIC))).toEqual(event);
  });

  it('accepts a content type with parameters', () => {
    const record = toKafkaRecord(event, PROCUREMENT_TOPIC);
    expect(fromKafkaRecord({ ...record, headers: { ...record.headers, 'content-type': 'application/json; charset=utf-8' } }).data).toEqual(event.data);
  });

  const record = toKafkaRecord(event, PROCUREMENT_TOPIC);
  const without = (name: string) => Object.fromEntries(Object.entries(record.headers).filter(([key]) => key !== name));
  it.each([
    ['a missing id', { headers: without(CE_HEADERS.id) }, /ce_id is missing/],
    ['a missing type', { headers: without(CE_HEADERS.type) }, /ce_type is missing/],
    ['another spec version', { headers: { ...record.headers, ce_specversion: '0.3' } }, /not 1.0/],
    ['a bad time', { headers: { ...record.headers, ce_time: 'yesterday' } }, /ce_time/],
    ['a negative position', { headers: { ...record.headers, ce_position: '-1' } }, /ce_position/],
    ['a fractional position', { headers: { ...record.headers, ce_position: '1.5' } }, /ce_position/],
    ['another content type', { headers: { ...record.headers, 'content-type': 'text/plain' } }, /content-type/],
    ['a value that is not JSON', { value: '{"procurementId":' }, /not JSON/],
  ])('refuses %s with UnreadableMessageError', (_case, change, message) => {
    const attempt = () => fromKafkaRecord({ ...record, ...change });
    expect(attempt).toThrow(UnreadableMessageError);
    expect(attempt).toThrow(message);
  });
});
