import { MATRIX, type MatrixEntry, type Target } from './support/authorisation-matrix';
import { projectionsSettled } from './support/database-rows';
import type { Answer } from './support/http-client';
import { bodySchemaOf, exampleOf, type OpenApiDocument } from './support/openapi';
import { routeKey, routesOf } from './support/routes';
import { buildSecurityWorld, PERSONAS, tokensFrom, type Persona, type SecurityWorld, type Side } from './support/security-world';
import { SystemUnderTest } from './support/system-under-test';

/**
 * The authorisation matrix (requirement, acceptance 1): every route of command-api and query-api × every
 * role of api.md §Roles × own or foreign unit and supplier, against a world of two buyer units and two
 * suppliers. Every refusal must be 403/404 and every permitted call must get past access control; no
 * answer may carry a foreign object's fields. Commands carry `If-Match` with a revision no stream has, so
 * a permitted command ends in 409 after the access checks and stores nothing.
 */
let system: SystemUnderTest;
let world: SecurityWorld;
let commandDocument: OpenApiDocument;
const STALE = '"999999"';

beforeAll(async () => {
  system = await SystemUnderTest.start();
  world = await buildSecurityWorld(system);
  await projectionsSettled(system.database.pool);
  commandDocument = (await system.commands.get<OpenApiDocument>('/docs-json')).body;
}, 300_000);
afterAll(() => system.stop());

interface Served { readonly key: string; readonly method: string; readonly path: string; readonly app: 'commands' | 'queries' }

function servedRoutes(): Served[] {
  const [commandApp, queryApp] = system.apps;
  return [
    ...routesOf(commandApp).map((route) => ({ key: routeKey(route), method: route.method, path: route.path, app: 'commands' as const })),
    ...routesOf(queryApp).map((route) => ({ key: routeKey(route), method: route.method, path: route.path, app: 'queries' as const })),
  ];
}

/** The identity behind a persona seen from `side`: its buyer unit and supplier, if any. */
function identity(persona: Persona, own: Side, foreign: Side): { unitId?: string; supplierId?: string } {
  if (persona === 'buyerOwn') return { unitId: own.unitId };
  if (persona === 'buyerForeign') return { unitId: foreign.unitId };
  if (persona === 'supplierOwn') return { supplierId: own.supplierId };
  if (persona === 'supplierForeign') return { supplierId: foreign.supplierId };
  return {};
}

/** What `persona` must never see: candidates (but labour-market), sealed bids outside the team and their bidder, the other supplier's placements. */
function secretsFor(persona: Persona, own: Side, foreign: Side): string[] {
  const who = identity(persona, own, foreign);
  const secrets: string[] = [];
  if (persona !== 'labourMarket') {
    for (const side of [world.a, world.b]) for (const c of side.candidates) secrets.push(c.name, c.personalNumber, c.contact.phone);
  }
  const sealedTeam = persona === 'officer' || who.unitId === world.a.unitId;
  for (const [label, bid] of Object.entries(world.sealed.bids)) {
    const bidder = world[label as 'a' | 'b'].supplierId;
    if (!sealedTeam && who.supplierId !== bidder) secrets.push(bid.bidId, String(bid.amount), bid.socialOffer);
  }
  if (who.supplierId) {
    for (const side of [world.a, world.b].filter((s) => s.supplierId !== who.supplierId)) {
      secrets.push(side.secretSite, side.matchedReferralId, side.proposedReferralId, side.erasable.referralId, side.erasable.candidateRef, side.deviationId, side.commitmentId);
    }
  }
  return secrets;
}

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    if (params[name] === undefined) throw new Error(`no value for {${name}} in ${template}`);
    return encodeURIComponent(params[name]);
  });
}

function bodyFor(route: Served, entry: MatrixEntry, target: Target): Record<string, unknown> | undefined {
  const operation = commandDocument.paths[route.path]?.[route.method.toLowerCase()];
  const schema = operation && bodySchemaOf(commandDocument, operation);
  if (!schema) return undefined;
  return { ...(exampleOf(commandDocument, schema) as Record<string, unknown>), ...entry.body?.(target) };
}

/** The strings of a value, to take the caller's own words out of an answer before looking for leaks. */
const stringsOf = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(stringsOf) : [];

interface Outcome { readonly route: string; readonly persona: Persona | 'anonymous'; readonly expected: string; readonly status: number }

it('answers every route × persona × own/foreign side as api.md §Roles says, and leaks nothing foreign', async () => {
  const served = servedRoutes();
  // A served route without a row in the matrix (or a row for a route no longer served) fails here.
  expect([...new Set(served.map((route) => route.key))].sort()).toEqual(Object.keys(MATRIX).sort());

  const { rows: [before] } = await system.database.pool.query<{ n: string }>('SELECT count(*) AS n FROM events');
  const passes: Array<{ name: string; own: Side; foreign: Side; target: Omit<Target, 'now'> }> = [
    { name: 'side A', own: world.a, foreign: world.b, target: { side: world.a, procurementId: world.a.procurementId, bidId: world.a.bidId, sealed: world.sealed } },
    { name: 'side B', own: world.b, foreign: world.a, target: { side: world.b, procurementId: world.b.procurementId, bidId: world.b.bidId, sealed: world.sealed } },
    { name: 'sealed tender', own: world.a, foreign: world.b, target: { side: world.a, procurementId: world.sealed.procurementId, bidId: world.sealed.bids.a.bidId, sealed: world.sealed } },
  ];
  const wrong: Outcome[] = [];
  const leaks: string[] = [];
  let calls = 0;
  let erasures = 0;
  const order = (route: Served) => (route.method === 'DELETE' ? 1 : 0); // the erasure last
  for (const pass of passes) {
    const tokens = tokensFrom(world, pass.own === world.a ? 'a' : 'b');
    const now = (await system.commands.get<{ now: string }>('/test-clock', tokens.admin)).body.now;
    const target: Target = { ...pass.target, now };
    for (const route of [...served].sort((x, y) => order(x) - order(y))) {
      const entry = MATRIX[route.key];
      // The sealed pass is about the procurement routes; its side's candidate was erased in the first pass.
      if (pass.name === 'sealed tender' && route.method === 'DELETE') continue;
      const params = entry.params?.(target) ?? {};
      const path = fill(route.path, params) + (entry.query?.(target) ?? '');
      const body = route.method === 'GET' ? undefined : bodyFor(route, entry, target);
      const headers = route.method === 'GET' ? undefined : { 'if-match': STALE };
      const client = route.app === 'commands' ? system.commands : system.queries;
      const echoes = [...Object.values(params), ...stringsOf(body)].filter((value) => value.length > 3);
      const call = async (token: string | undefined): Promise<Answer> => {
        calls += 1;
        return client.request(route.method, path, { token, body, headers });
      };

      const publicRoute = entry.who === 'public';
      const permitted = (persona: Persona) => publicRoute || (entry.who as readonly Persona[]).includes(persona);
      const check = (persona: Persona, answer: Answer) => {
        const allowed = permitted(persona);
        const ok = !allowed
          ? [403, 404].includes(answer.status)
          : route.method === 'GET'
            ? answer.status === 200 || (publicRoute && answer.status === 404)
            : [200, 201, 204, 409, 422].includes(answer.status);
        if (!ok) wrong.push({ route: `${pass.name}: ${route.key}`, persona, expected: allowed ? 'permitted' : '403/404', status: answer.status });
        if (route.method === 'DELETE' && answer.status === 204) erasures += 1;
        let text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
        for (const echo of echoes) text = text.split(echo).join('');
        for (const secret of secretsFor(persona, pass.own, pass.foreign)) {
          if (text.includes(secret)) leaks.push(`${pass.name}: ${route.key} as ${persona} (${answer.status}) shows ${secret}`);
        }
      };
      // Refused personas (and no token) first, all at once; then the permitted ones, so a permitted command
      // (the erasure) cannot change what a refused one would see.
      const [anonymous] = await Promise.all([
        call(undefined),
        Promise.all(PERSONAS.filter((persona) => !permitted(persona)).map(async (persona) => check(persona, await call(tokens[persona])))),
      ]);
      if (publicRoute ? anonymous.status >= 500 || [401, 403].includes(anonymous.status) : anonymous.status !== 401) {
        wrong.push({ route: `${pass.name}: ${route.key}`, persona: 'anonymous', expected: publicRoute ? 'served' : '401', status: anonymous.status });
      }
      await Promise.all(PERSONAS.filter(permitted).map(async (persona) => check(persona, await call(tokens[persona]))));
    }
  }
  expect(wrong).toEqual([]);
  expect(leaks).toEqual([]);
  expect(calls).toBeGreaterThan(Object.keys(MATRIX).length * PERSONAS.length * 2);
  // Nothing was stored by a refused call, and permitted commands stopped at If-Match: the only new events
  // are the two erasures' `CandidateDataErased`.
  expect(erasures).toBe(2);
  const { rows: [after] } = await system.database.pool.query<{ n: string }>('SELECT count(*) AS n FROM events');
  expect(Number(after.n) - Number(before.n)).toBe(2);
}, 300_000);
