/**
 * `libs/messaging` (architecture §2): the integration bus ports, their Kafka (kafkajs) and in-process
 * adapters, the check of a received message against `libs/contracts`, and the Nest module that picks
 * the adapter from the settings.
 */
export * from './integration-bus.port';
export { InProcessIntegrationBus, type InProcessBusOptions } from './in-process/in-process-integration-bus';
export { KafkaIntegrationBus, type KafkaBusOptions } from './kafka/kafka-integration-bus';
export { parseIntegrationEvent, schemaProblems } from './parse-integration-event';
export { MessagingModule, integrationBusFor, type MessagingContext } from './nest/messaging.module';
