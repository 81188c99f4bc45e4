/**
 * Integration messages are CloudEvents 1.0 in the Kafka protocol binding's binary content mode: the
 * attributes travel as `ce_` headers, the value is the JSON of `data`, the key is the subject (the
 * aggregate id), so that one aggregate's messages stay in order on one partition.
 */
export interface IntegrationEvent<T = unknown> {
  readonly specversion: '1.0';
  /** The source domain event's id: consumers deduplicate on it (inbox). */
  readonly id: string;
  /** Who produced it, e.g. `/kravspar/projector`. */
  readonly source: string;
  /** The message type with its version, e.g. `kravspar.procurement.published.v1`. */
  readonly type: string;
  /** The aggregate id; also the Kafka key. */
  readonly subject: string;
  /** ISO instant: the source event's `recordedAt`. */
  readonly time: string;
  readonly datacontenttype: 'application/json';
  readonly data: T;
  /** Global position of the source event (a CloudEvents extension attribute). */
  readonly position: number;
}

/** A Kafka record as the messaging ports carry it: headers and value as text. */
export interface IntegrationMessage {
  readonly topic: string;
  readonly key: string;
  readonly headers: Record<string, string>;
  readonly value: string;
}

export const CE_HEADERS = {
  specversion: 'ce_specversion',
  id: 'ce_id',
  source: 'ce_source',
  type: 'ce_type',
  subject: 'ce_subject',
  time: 'ce_time',
  position: 'ce_position',
} as const;

/** The binding's content type header (binary mode: `content-type`, not `ce_datacontenttype`). */
export const CONTENT_TYPE_HEADER = 'content-type';
export const JSON_CONTENT_TYPE = 'application/json';

/** The record could not be read as a CloudEvent: a header is missing or invalid, or the value is not JSON. */
export class UnreadableMessageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableMessageError';
  }
}

/** The CloudEvents `type` names no message this version of Kravspår knows (e.g. a newer version). */
export class UnknownMessageTypeError extends Error {
  constructor(readonly messageType: string) {
    super(`unknown message type '${messageType}'`);
    this.name = 'UnknownMessageTypeError';
  }
}

/** The data does not match the JSON Schema of its type; `problems` name the fields (not their values). */
export class InvalidMessageError extends Error {
  constructor(readonly messageType: string, readonly problems: readonly string[]) {
    super(`invalid ${messageType}: ${problems.join('; ')}`);
    this.name = 'InvalidMessageError';
  }
}

/** The record of an event on `topic` (binary content mode). */
export function toKafkaRecord(event: IntegrationEvent, topic: string): IntegrationMessage {
  return {
    topic,
    key: event.subject,
    headers: {
      [CE_HEADERS.specversion]: event.specversion,
      [CE_HEADERS.id]: event.id,
      [CE_HEADERS.source]: event.source,
      [CE_HEADERS.type]: event.type,
      [CE_HEADERS.subject]: event.subject,
      [CE_HEADERS.time]: event.time,
      [CE_HEADERS.position]: String(event.position),
      [CONTENT_TYPE_HEADER]: event.datacontenttype,
    },
    value: JSON.stringify(event.data),
  };
}

/** Reads a record back; throws `UnreadableMessageError` naming the first problem. `data` is not yet checked. */
export function fromKafkaRecord(message: Pick<IntegrationMessage, 'headers' | 'value'>): IntegrationEvent<unknown> {
  const header = (name: string): string => {
    const value = message.headers[name];
    if (typeof value !== 'string' || value.length === 0) throw new UnreadableMessageError(`header ${name} is missing`);
    return value;
  };
  const specversion = header(CE_HEADERS.specversion);
  if (specversion !== '1.0') throw new UnreadableMessageError(`${CE_HEADERS.specversion} '${specversion}' is not 1.0`);
  const contentType = header(CONTENT_TYPE_HEADER);
  if (contentType.split(';')[0].trim().toLowerCase() !== JSON_CONTENT_TYPE) {
    throw new UnreadableMessageError(`${CONTENT_TYPE_HEADER} '${contentType}' is not ${JSON_CONTENT_TYPE}`);
  }
  const time = header(CE_HEADERS.time);
  if (Number.isNaN(Date.parse(time))) throw new UnreadableMessageError(`${CE_HEADERS.time} is not a timestamp`);
  const positionText = header(CE_HEADERS.position);
  const position = Number(positionText);
  if (!/^\d+$/.test(positionText) || !Number.isSafeInteger(position)) {
    throw new UnreadableMessageError(`${CE_HEADERS.position} is not a non-negative integer`);
  }
  let data: unknown;
  try {
    data = JSON.parse(message.value);
  } catch {
    throw new UnreadableMessageError('the value is not JSON');
  }
  return {
    specversion: '1.0',
    id: header(CE_HEADERS.id),
    source: header(CE_HEADERS.source),
    type: header(CE_HEADERS.type),
    subject: header(CE_HEADERS.subject),
    time,
    datacontenttype: JSON_CONTENT_TYPE,
    data,
    position,
  };
}
