import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { ALL_MESSAGES, ALL_TOPICS, DEAD_LETTER_V1 } from '@kravspar/contracts';
import { asyncApiDocument } from './asyncapi-document';
import { asyncApiYaml } from './write-asyncapi';

const repo = join(__dirname, '..', '..', '..', '..');
const committed = readFileSync(join(repo, 'docs', 'asyncapi.yaml'), 'utf8');
const document = parse(committed);

type Channel = { address: string; messages: Record<string, { $ref: string }> };
type Message = { name: string; payload: unknown; headers: unknown };
const channels = Object.values(document.channels as Record<string, Channel>);
const messages = document.components.messages as Record<string, Message>;

/** The `kravspar.….vN` string literals in the source of apps/ and libs/ (tests excluded). */
function kravsparLiterals(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ['node_modules', 'dist'].includes(entry.name) ? [] : kravsparLiterals(path);
    if (!entry.name.endsWith('.ts') || entry.name.endsWith('.spec.ts')) return [];
    return [...readFileSync(path, 'utf8').matchAll(/['"`](kravspar\.[a-z][a-z.-]*\.v\d+)['"`]/g)].map((match) => match[1]);
  });
}

describe('docs/asyncapi.yaml', () => {
  it('is up to date with libs/contracts (regenerate with `npm run asyncapi`)', () => {
    expect(committed).toBe(asyncApiYaml());
    expect(document).toEqual(JSON.parse(JSON.stringify(asyncApiDocument())));
  });

  it('is a valid AsyncAPI 3.0 document (the official JSON Schema of @asyncapi/specs)', () => {
    const specs = require('@asyncapi/specs') as { schemas: Record<string, object> };
    // The specs embed the draft-07 meta-schema under its own id: Ajv's copy would collide with it.
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, meta: false, validateSchema: false });
    const validate = ajv.compile(specs.schemas['3.0.0']);
    const valid = validate(document);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    // The validator must be able to fail, or it proves nothing.
    expect(validate({ ...document, channels: { broken: { address: 42 } } })).toBe(false);
    expect(validate({ ...document, operations: { old: { action: 'publish', channel: { $ref: '#/channels/procurement' } } } })).toBe(false);
  });

  it('resolves every reference inside the document', () => {
    const refs = [...committed.matchAll(/\$ref: "#\/([^"]+)"/g)].map((match) => match[1]);
    expect(refs.length).toBeGreaterThan(ALL_MESSAGES.length);
    for (const ref of refs) {
      const target = ref.split('/').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document);
      expect([ref, target !== undefined]).toEqual([ref, true]);
    }
  });

  it('names every topic the code uses as a channel, and no other', () => {
    const types = new Set([...ALL_MESSAGES.map((contract) => contract.type), 'kravspar.notifications.dead-letter.v1']);
    const usedTopics = new Set(kravsparLiterals(join(repo, 'apps')).concat(kravsparLiterals(join(repo, 'libs'))).filter((literal) => !types.has(literal)));
    expect(usedTopics.size).toBeGreaterThanOrEqual(ALL_TOPICS.length);
    expect(new Set(channels.map((channel) => channel.address))).toEqual(usedTopics);
    expect(new Set(channels.map((channel) => channel.address))).toEqual(new Set(ALL_TOPICS));
  });

  it("gives every message its contract's JSON Schema as payload, on its contract's topic", () => {
    for (const contract of ALL_MESSAGES) {
      const [id, message] = Object.entries(messages).find(([, candidate]) => candidate.name === contract.type) ?? [];
      expect([contract.type, message?.payload]).toEqual([contract.type, contract.schema]);
      const channel = channels.find((candidate) => Object.values(candidate.messages).some((ref) => ref.$ref === `#/components/messages/${id}`));
      expect([contract.type, channel?.address]).toEqual([contract.type, contract.topic]);
    }
    expect(messages.deadLetterV1.headers).toEqual(DEAD_LETTER_V1.headersSchema);
  });
});
