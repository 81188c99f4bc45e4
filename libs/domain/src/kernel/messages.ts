/** The roles of the HTTP contract (api.md §Roles). */
export type Role =
  | 'procurement-officer'
  | 'buyer'
  | 'social-welfare'
  | 'labour-market'
  | 'supplier'
  | 'auditor'
  | 'admin'
  | 'system';

/** Who performed an act: always taken from a verified token (or `system` for workflows and timers). */
export interface Actor {
  readonly userId: string;
  readonly role: Role;
  readonly unitId: string;
  readonly supplierId?: string;
}

/** An ISO 8601 instant with an offset, e.g. `2026-03-01T10:00:00+01:00`. */
export type Instant = string;

/** Everything a command carries besides its own data: who acts, and when the server received it. */
export interface CommandMetadata {
  readonly actor: Actor;
  /** The system clock's time when the command was received; `decide` compares business times with it (T1). */
  readonly now: Instant;
}

/** A command: imperative, plain readonly data. */
export interface Command<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Readonly<Data>;
  readonly metadata: CommandMetadata;
}

/**
 * A domain event as `decide` returns it: past tense, plain JSON data. `occurredAt` is the business time
 * of the act; `ruleRefs` names the rules the act was checked against. The store adds the rest of the
 * metadata (ids, actor, recorded time, integrity fields).
 */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Readonly<Data>;
  readonly metadata: {
    readonly occurredAt: Instant;
    readonly ruleRefs?: readonly string[];
  };
}
