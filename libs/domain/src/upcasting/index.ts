/**
 * Upcasting (architecture §4): the schema version of each event type and the pure functions that bring
 * stored events of older versions to today's. Imported by the event store, which applies them on read.
 */
export { currentSchemaVersion, upcastEvent, type EventUpcaster, type UpcastableEvent } from './event-upcasters';
