import { createSecretKey, randomBytes, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import {
  CandidateCipher,
  PiiAuthenticationError,
  type CandidateIdentity,
  type SealedIdentity,
  type WrappedCandidateKey,
} from './candidate-cipher';

/** The two tables as maps, keyed by candidateRef, as PiiVault keeps them apart. */
class FakeTables {
  readonly keys = new Map<string, WrappedCandidateKey>();
  readonly data = new Map<string, SealedIdentity>();

  constructor(readonly cipher: CandidateCipher) {}

  store(identity: CandidateIdentity): string {
    const ref = randomUUID();
    const { key, data } = this.cipher.seal(ref, identity);
    this.keys.set(ref, key);
    this.data.set(ref, data);
    return ref;
  }

  read(ref: string, cipher = this.cipher): CandidateIdentity {
    return cipher.open(ref, this.keys.get(ref)!, this.data.get(ref)!);
  }

  /** Every stored byte, as the text a scan of the tables would see. */
  dump(): string {
    const rows = [...this.keys.values(), ...this.data.values()];
    return rows.flatMap((row) => Object.values(row).map((bytes: Buffer) => bytes.toString('latin1'))).join('|');
  }
}

const newMasterKey = () => createSecretKey(randomBytes(32));
const alice: CandidateIdentity = { name: 'Alice Andersson', personalNumber: '19900101-1234', contact: { email: 'alice@example.se', phone: '070-1234567' } };
const bob: CandidateIdentity = { name: 'Bob Berg' };

let tables: FakeTables;
beforeEach(() => {
  tables = new FakeTables(new CandidateCipher(newMasterKey()));
});

/** Asserts that `read` fails authentication without revealing anything that was encrypted. */
function expectUnauthentic(read: () => unknown, ...secrets: string[]): void {
  expect(read).toThrow(PiiAuthenticationError);
  try {
    read();
  } catch (error) {
    for (const secret of secrets) expect(String((error as Error).message)).not.toContain(secret);
  }
}

describe('CandidateCipher', () => {
  it('gives back what was sealed, for any identity', () => {
    const text = fc.string({ unit: 'binary', minLength: 1 }).filter((s) => s.trim() !== '');
    const identity = fc.record(
      { name: text, personalNumber: text, contact: fc.record({ email: text, phone: text }, { requiredKeys: [] }) },
      { requiredKeys: ['name'] },
    );
    fc.assert(fc.property(identity, (candidate) => expect(tables.read(tables.store(candidate))).toEqual(candidate)));
  });

  it('keeps only the known fields', () => {
    const ref = tables.store({ ...bob, address: 'Storgatan 1' } as CandidateIdentity);
    expect(tables.read(ref)).toEqual(bob);
  });

  it('seals the same identity differently each time, under a fresh key and IV', () => {
    const [first, second] = [tables.store(alice), tables.store(alice)];
    expect(tables.data.get(first)!.ciphertext.equals(tables.data.get(second)!.ciphertext)).toBe(false);
    expect(tables.keys.get(first)!.wrappedKey.equals(tables.keys.get(second)!.wrappedKey)).toBe(false);
    expect(tables.data.get(first)!.iv).toHaveLength(12);
  });

  it('stores none of the identity in the clear', () => {
    tables.store(alice);
    for (const value of ['Alice', '19900101', 'alice@example.se', '070-1234567']) expect(tables.dump()).not.toContain(value);
  });

  it('cannot be read under another master key', () => {
    const ref = tables.store(alice);
    expectUnauthentic(() => tables.read(ref, new CandidateCipher(newMasterKey())), alice.name);
  });

  it.each(['iv', 'ciphertext', 'tag'] as const)('fails authentication when the data row’s %s is altered', (column) => {
    const ref = tables.store(alice);
    tables.data.get(ref)![column][0] ^= 1;
    expectUnauthentic(() => tables.read(ref), alice.name);
  });

  it.each(['iv', 'wrappedKey', 'tag'] as const)('fails authentication when the key row’s %s is altered', (column) => {
    const ref = tables.store(alice);
    tables.keys.get(ref)![column][0] ^= 1;
    expectUnauthentic(() => tables.read(ref), alice.name);
  });

  it('fails authentication when data rows are swapped between candidates', () => {
    const [a, b] = [tables.store(alice), tables.store(bob)];
    const aliceData = tables.data.get(a)!;
    tables.data.set(a, tables.data.get(b)!);
    tables.data.set(b, aliceData);
    expectUnauthentic(() => tables.read(a), bob.name);
    expectUnauthentic(() => tables.read(b), alice.name);
  });

  it('fails authentication when both rows of a candidate are moved to another candidateRef', () => {
    const [a, b] = [tables.store(alice), tables.store(bob)];
    tables.keys.set(b, tables.keys.get(a)!);
    tables.data.set(b, tables.data.get(a)!);
    expectUnauthentic(() => tables.read(b), alice.name);
  });

  it('cannot open erased data with any key that remains', () => {
    const [a, b] = [tables.store(alice), tables.store(bob)];
    tables.keys.delete(a);
    for (const key of tables.keys.values()) expectUnauthentic(() => tables.cipher.open(a, key, tables.data.get(a)!), alice.name);
    expect(tables.read(b)).toEqual(bob);
  });

  it('refuses an identity without a name, naming the field and not the values', () => {
    const attempt = () => tables.store({ name: ' ', personalNumber: '19900101-1234' });
    expect(attempt).toThrow('a candidate identity needs a non-empty name');
    expect(() => tables.store({ name: 'x', contact: { email: 42 } } as never)).toThrow('contact.email must be a string');
  });

  it('refuses a master key that is not 32 bytes', () => {
    expect(() => new CandidateCipher(createSecretKey(randomBytes(16)))).toThrow('32-byte secret key');
  });
});
