import {
  ALL_MESSAGES, CE_HEADERS, CONTENT_TYPE_HEADER, DEAD_LETTER_V1, INTEGRATION_TOPICS, NOTIFICATIONS_DLQ_TOPIC, NOTIFICATIONS_TOPIC,
  type MessageContract,
} from '@kravspar/contracts';

/** `kravspar.commitment.slot-offered.v1` → `commitmentSlotOfferedV1`: the id of a message in the document. */
export function messageId(type: string): string {
  const [, ...parts] = type.split('.');
  return parts
    .flatMap((part) => part.split('-'))
    .map((word, index) => (index === 0 ? word : word[0].toUpperCase() + word.slice(1)))
    .join('')
    .replace(/v(\d+)$/, 'V$1');
}

/** `kravspar.notifications.dlq.v1` → `notificationsDlq`: the id of a channel. */
export function channelId(topic: string): string {
  return messageId(`${topic.replace(/\.v\d+$/, '')}.x`).replace(/X$/, '');
}

/** The CloudEvents headers of a message of `type` (binary content mode). */
function cloudEventHeaders(type: string) {
  const text = { type: 'string', minLength: 1 };
  return {
    type: 'object',
    required: [...Object.values(CE_HEADERS), CONTENT_TYPE_HEADER],
    properties: {
      [CE_HEADERS.specversion]: { const: '1.0' },
      [CE_HEADERS.id]: { ...text, description: 'Id of the source domain event (notifications: of the notification); consumers deduplicate on it.' },
      [CE_HEADERS.source]: text,
      [CE_HEADERS.type]: { const: type },
      [CE_HEADERS.subject]: { ...text, description: 'The aggregate id; also the Kafka key.' },
      [CE_HEADERS.time]: { type: 'string', format: 'date-time', description: 'When the source event was recorded.' },
      [CE_HEADERS.position]: { type: 'string', pattern: '^\\d+$', description: 'Global log position of the source event (extension attribute).' },
      [CONTENT_TYPE_HEADER]: { const: 'application/json' },
    },
  };
}

const KAFKA_KEY = { bindings: { kafka: { key: { type: 'string', description: 'The aggregate id (CloudEvents subject): one aggregate, one partition, in order.' }, bindingVersion: '0.5.0' } } };

function messageComponent(contract: MessageContract<unknown>) {
  return {
    name: contract.type,
    title: contract.type,
    summary: contract.summary,
    contentType: 'application/json',
    headers: cloudEventHeaders(contract.type),
    payload: contract.schema,
    ...KAFKA_KEY,
    examples: [{ name: 'example', payload: contract.example }],
  };
}

const TOPIC_DESCRIPTIONS: Record<string, string> = {
  'kravspar.procurement.v1': 'The tender lifecycle under LOU, keyed by procurement id.',
  'kravspar.contract.v1': 'Signed contracts, keyed by contract id.',
  'kravspar.commitment.v1': 'Social commitments and their placements, keyed by commitment id.',
  'kravspar.referral.v1': 'Referral proposals to suppliers (no candidate identity), keyed by referral id.',
  [NOTIFICATIONS_TOPIC]: 'Notifications for units, roles and suppliers, derived by the notifier.',
  [NOTIFICATIONS_DLQ_TOPIC]: 'Messages the notifier parked after bounded retries, with the error.',
};

/**
 * The AsyncAPI 3.0 document of Kravspår's topics and messages, built from `libs/contracts`: the payload
 * of each message is its contract's JSON Schema, unchanged. `npm run asyncapi` writes it to
 * docs/asyncapi.yaml; a test checks the file is this document.
 */
export function asyncApiDocument() {
  const topics = [...INTEGRATION_TOPICS, NOTIFICATIONS_TOPIC, NOTIFICATIONS_DLQ_TOPIC];
  const channels = Object.fromEntries(
    topics.map((topic) => {
      const contracts = ALL_MESSAGES.filter((contract) => contract.topic === topic);
      const messages = topic === NOTIFICATIONS_DLQ_TOPIC
        ? { deadLetterV1: { $ref: '#/components/messages/deadLetterV1' } }
        : Object.fromEntries(contracts.map((contract) => [messageId(contract.type), { $ref: `#/components/messages/${messageId(contract.type)}` }]));
      return [channelId(topic), { address: topic, description: TOPIC_DESCRIPTIONS[topic], messages }];
    }),
  );
  const channelMessages = (topic: string) =>
    Object.keys(channels[channelId(topic)].messages).map((id) => ({ $ref: `#/channels/${channelId(topic)}/messages/${id}` }));
  const operation = (action: 'send' | 'receive', topic: string, summary: string) => ({
    action,
    summary,
    channel: { $ref: `#/channels/${channelId(topic)}` },
    messages: channelMessages(topic),
  });
  const operations = Object.fromEntries([
    ...INTEGRATION_TOPICS.flatMap((topic) => [
      [`gatewaySends${cap(channelId(topic))}`, operation('send', topic, `The projector's gateway publishes to ${topic}, at least once, after the event is stored.`)],
      [`notifierReceives${cap(channelId(topic))}`, operation('receive', topic, `The notifier consumes ${topic} in its consumer group (inbox keyed by ce_id).`)],
    ]),
    ['notifierSendsNotifications', operation('send', NOTIFICATIONS_TOPIC, 'The notifier publishes each notification once it is stored in its inbox.')],
    ['notifierParksDeadLetters', operation('send', NOTIFICATIONS_DLQ_TOPIC, 'The notifier parks a message it cannot process after bounded retries.')],
  ]);
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Kravspår integration messages',
      version: '1.0.0',
      description:
        'Public messages of Kravspår, the event-sourced backend for social procurement. Every message is a CloudEvent 1.0 in the ' +
        "Kafka protocol binding's binary content mode: attributes in ce_ headers, data as JSON in the value, the aggregate id as key. " +
        'Delivery is at least once: deduplicate on ce_id. The version of a message is part of its type; a breaking change is a new type. ' +
        'No personal data; no bid details before the award notification. Generated from libs/contracts by `npm run asyncapi`.',
    },
    defaultContentType: 'application/json',
    servers: {
      production: { host: 'kafka:9092', protocol: 'kafka', description: 'The brokers of KAFKA_BROKERS (docker/compose.yaml names this one).' },
    },
    channels,
    operations,
    components: {
      messages: {
        ...Object.fromEntries(ALL_MESSAGES.map((contract) => [messageId(contract.type), messageComponent(contract)])),
        deadLetterV1: {
          name: 'kravspar.notifications.dead-letter.v1',
          title: 'Dead letter',
          summary: DEAD_LETTER_V1.summary,
          headers: DEAD_LETTER_V1.headersSchema,
          payload: DEAD_LETTER_V1.payloadSchema,
          ...KAFKA_KEY,
        },
      },
    },
  };
}

function cap(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}
