import fc from 'fast-check';

/**
 * Ways to get a command request wrong, as data that fast-check generates and `applyMutation` applies to a
 * valid request. Each kind is something a careless or hostile client sends.
 */
export type Mutation =
  | { readonly kind: 'wrong-type'; readonly at: number; readonly pick: number }
  | { readonly kind: 'drop-field'; readonly at: number }
  | { readonly kind: 'extra-field'; readonly at: number; readonly name: string; readonly value: unknown }
  | { readonly kind: 'huge-string'; readonly at: number; readonly length: number }
  | { readonly kind: 'huge-array'; readonly at: number; readonly length: number }
  | { readonly kind: 'bad-date'; readonly at: number; readonly value: unknown }
  | { readonly kind: 'bad-id'; readonly param: number; readonly value: string; readonly raw: boolean }
  | { readonly kind: 'bad-header'; readonly name: string; readonly value: string }
  | { readonly kind: 'bad-json'; readonly raw: string };

/** A request as sent: path, headers and the body text exactly as it goes on the wire. */
export interface WireRequest {
  readonly method: string;
  readonly template: string;
  readonly params: Record<string, string>;
  readonly rawParams: Record<string, boolean>;
  readonly headers: Record<string, string>;
  /** The body as a value, or `raw` text that replaces it. */
  readonly body: unknown;
  readonly raw?: string;
}

const WRONG_VALUES: readonly unknown[] = [0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 1, true, false, null, [], {}, ['x'], { value: 1 }, '', 'text', '0', 'true'];
const BAD_DATES = ['2026-13-45', '2026-02-30', '2026-02-30T10:00:00+01:00', '2026-06-01T25:00:00+02:00', '2026-06-01T10:00:00', '2026-06-01', '2026-06-01T10:00:00+25:00',
  'yesterday', '', '0000-00-00', '99999-01-01T00:00:00Z', '2026-06-01T10:00:00.1234567891234+02:00', '1780000000000', ' 2026-06-01', '２０２６-０６-０１'];
const IDS = ['', ' ', '..', '.', 'null', 'undefined', '0', '-1', "' OR '1'='1", '<script>alert(1)</script>', '😀', '\u0000', 'a'.repeat(3000),
  '00000000-0000-0000-0000-000000000000', 'procurement-x', '../../etc/passwd', '%', '%E0%A4%A', '%00', '%2F..%2F'];
const FIELD_NAMES = ['__proto__', 'constructor', 'prototype', 'actor', 'role', 'supplierId', 'userId', '$where', 'metadata', '', 'x'.repeat(300), 'id', 'revision'];
const HEADERS: ReadonlyArray<[string, readonly string[]]> = [
  ['if-match', ['"abc"', '"-1"', '*', 'W/"x"', '"1", "2"', '"99999999999"', '"', 'x'.repeat(4000), '"0"', '"1"']],
  ['idempotency-key', ['', ' ', 'ä', 'x'.repeat(300), 'a b', 'fuzz-shared-key', '../key', '\t']],
  ['content-type', ['text/plain', 'application/xml', 'application/json; charset=latin1', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'application/json; charset=utf-16']],
];
const BAD_JSON = ['{', '{"a":', '[', 'null', 'true', '1', '"x"', '[]', '{}', '{}}', '{"a":1,}', "{'a':1}", 'NaN', '\u0000', '{"a":"\\ud800"}',
  `${'['.repeat(5000)}${']'.repeat(5000)}`, `${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}`, '{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{"polluted":true}}}'];

const at = fc.nat({ max: 1000 });

/** One mutation; `params` is how many path parameters the route has. */
export const mutationArbitrary = (params: number): fc.Arbitrary<Mutation> =>
  fc.oneof(
    fc.record({ kind: fc.constant('wrong-type' as const), at, pick: fc.nat({ max: WRONG_VALUES.length - 1 }) }),
    fc.record({ kind: fc.constant('drop-field' as const), at }),
    fc.record({ kind: fc.constant('extra-field' as const), at, name: fc.oneof(fc.constantFrom(...FIELD_NAMES), fc.string({ maxLength: 20 })), value: fc.jsonValue({ maxDepth: 2 }) }),
    fc.record({ kind: fc.constant('huge-string' as const), at, length: fc.constantFrom(1_000, 10_000, 49_000, 60_000, 150_000) }),
    fc.record({ kind: fc.constant('huge-array' as const), at, length: fc.constantFrom(1_000, 10_000) }),
    fc.record({ kind: fc.constant('bad-date' as const), at, value: fc.oneof(fc.constantFrom(...BAD_DATES), fc.string({ maxLength: 30 }), fc.integer()) }),
    ...(params > 0
      ? [fc.record({ kind: fc.constant('bad-id' as const), param: fc.nat({ max: params - 1 }), value: fc.oneof(fc.constantFrom(...IDS), fc.string({ maxLength: 40 }), fc.uuid()), raw: fc.boolean() })]
      : []),
    fc.constantFrom(...HEADERS).chain(([name, values]) => fc.record({ kind: fc.constant('bad-header' as const), name: fc.constant(name), value: fc.oneof(fc.constantFrom(...values), fc.string({ maxLength: 30 })) })),
    fc.record({ kind: fc.constant('bad-json' as const), raw: fc.oneof(fc.constantFrom(...BAD_JSON), fc.string({ maxLength: 200 }), fc.json({ maxDepth: 3 })) }),
  );

type Json = Record<string, unknown> | unknown[];

/** Every place in a body a value sits: `[parent, key]` pairs, nested ones included. */
function slots(value: unknown, out: Array<[Json, string | number]> = []): Array<[Json, string | number]> {
  if (Array.isArray(value)) value.forEach((item, index) => (out.push([value, index]), slots(item, out)));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) (out.push([value as Json, key]), slots(item, out));
  return out;
}

/** The objects of a body (the body itself first), where a field can be added. */
function objects(value: unknown, out: Array<Record<string, unknown>> = []): Array<Record<string, unknown>> {
  if (Array.isArray(value)) value.forEach((item) => objects(item, out));
  else if (value && typeof value === 'object') {
    out.push(value as Record<string, unknown>);
    Object.values(value).forEach((item) => objects(item, out));
  }
  return out;
}

const typeOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
const setAt = ([parent, key]: [Json, string | number], value: unknown) => ((parent as Record<string | number, unknown>)[key] = value);
const looksLikeTime = (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value);

/** The request with the mutation applied (a fresh copy). */
export function applyMutation(request: WireRequest, mutation: Mutation): WireRequest {
  const body = request.body === undefined ? undefined : structuredClone(request.body);
  const places = slots(body);
  const place = (index: number) => places[index % places.length];
  switch (mutation.kind) {
    case 'wrong-type': {
      if (places.length === 0) return { ...request, body: WRONG_VALUES[mutation.pick] };
      const target = place(mutation.at);
      const current = (target[0] as Record<string | number, unknown>)[target[1]];
      const choices = WRONG_VALUES.filter((value) => typeOf(value) !== typeOf(current));
      setAt(target, choices[mutation.pick % choices.length]);
      return { ...request, body };
    }
    case 'drop-field': {
      if (places.length === 0) return { ...request, body: undefined, headers: { ...request.headers, 'content-type': 'application/json' } };
      const [parent, key] = place(mutation.at);
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key as string];
      return { ...request, body };
    }
    case 'extra-field': {
      const found = objects(body);
      const all = found.length > 0 ? found : [{}];
      const target = all[mutation.at % all.length];
      // defineProperty, so that `__proto__` becomes a real key of the JSON rather than the prototype.
      Object.defineProperty(target, mutation.name, { value: mutation.value, enumerable: true, writable: true, configurable: true });
      return { ...request, body: found.length > 0 ? body : all[0] };
    }
    case 'huge-string':
    case 'huge-array': {
      const value = mutation.kind === 'huge-string' ? 'ä'.repeat(mutation.length) : Array.from({ length: mutation.length }, (_, i) => `item-${i}`);
      if (places.length === 0) return { ...request, body: { filler: value } };
      setAt(place(mutation.at), value);
      return { ...request, body };
    }
    case 'bad-date': {
      const times = places.filter(([parent, key]) => looksLikeTime((parent as Record<string | number, unknown>)[key]));
      const pool = times.length > 0 ? times : places;
      if (pool.length === 0) return { ...request, body: { date: mutation.value } };
      setAt(pool[mutation.at % pool.length], mutation.value);
      return { ...request, body };
    }
    case 'bad-id': {
      const names = Object.keys(request.params);
      const name = names[mutation.param % names.length];
      return { ...request, params: { ...request.params, [name]: mutation.value }, rawParams: { ...request.rawParams, [name]: mutation.raw } };
    }
    case 'bad-header':
      return { ...request, headers: { ...request.headers, [mutation.name]: mutation.value } };
    case 'bad-json':
      return { ...request, raw: mutation.raw };
    default: {
      const _exhaustive: never = mutation;
      return _exhaustive;
    }
  }
}

/** The path with its parameters: encoded, or as given where a raw (possibly broken) encoding is wanted. */
export function pathOf(request: WireRequest): string {
  return request.template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = request.params[name] ?? '';
    return request.rawParams[name] ? value.replace(/[/?#\s]/g, encodeURIComponent) : encodeURIComponent(value);
  });
}
