import { createSecretKey, randomBytes, randomUUID } from 'node:crypto';
import { runMigrations } from '@kravspar/postgres';
import { createTestDatabase, type TestDatabase } from '@kravspar/testing';
import { PiiAuthenticationError, type CandidateIdentity } from './candidate-cipher';
import { PiiVault } from './pii-vault';
import { piiVaultMigrations } from './pii-vault.migrations';

let database: TestDatabase;
let vault: PiiVault;
const newMasterKey = () => createSecretKey(randomBytes(32));

beforeAll(async () => {
  database = await createTestDatabase();
  await runMigrations(database.pool, piiVaultMigrations);
  vault = new PiiVault(database.pool, newMasterKey());
});
afterAll(() => database.drop());

/** A candidate whose every field carries one unique canary. */
const canaryCandidate = (canary = `canary-${randomUUID()}`): CandidateIdentity => ({
  name: `${canary}-name`,
  personalNumber: `${canary}-pnr`,
  contact: { email: `${canary}@example.se`, phone: `${canary}-phone` },
});

/** Every row of both tables as PostgreSQL renders it in text (bytea in hex). */
async function tablesAsText(): Promise<string[]> {
  const { rows } = await database.pool.query<{ row: string }>(
    `SELECT k::text AS row FROM pii_candidate_keys k UNION ALL SELECT d::text FROM pii_candidate_data d`,
  );
  return rows.map(({ row }) => row);
}

/** The canary in the clear, and its bytes as hex as a bytea column shows them. */
const renderings = (canary: string) => [canary, Buffer.from(canary, 'utf8').toString('hex')];

async function expectUnauthentic(candidateRef: string, secret: string): Promise<void> {
  const error = await vault.read(candidateRef).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PiiAuthenticationError);
  expect((error as Error).message).not.toContain(secret);
}

describe('PiiVault', () => {
  it('gives back a stored identity under a fresh uuid, and nothing for refs it does not know', async () => {
    const candidate = canaryCandidate();
    const ref = await vault.store(candidate);

    expect(ref).toMatch(/^[0-9a-f-]{36}$/);
    expect(await vault.read(ref)).toEqual(candidate);
    expect(await vault.isErased(ref)).toBe(false);
    expect(await vault.read(randomUUID())).toBeUndefined();
    expect(await vault.read('not-a-uuid')).toBeUndefined();
  });

  it('cannot be read with another master key', async () => {
    const candidate = canaryCandidate();
    const ref = await vault.store(candidate);
    const other = new PiiVault(database.pool, newMasterKey());

    await expect(other.read(ref)).rejects.toThrow(PiiAuthenticationError);
  });

  it('fails authentication when the ciphertext is altered', async () => {
    const candidate = canaryCandidate();
    const ref = await vault.store(candidate);
    await database.pool.query(
      `UPDATE pii_candidate_data SET ciphertext = set_byte(ciphertext, 0, get_byte(ciphertext, 0) # 1) WHERE candidate_ref = $1`,
      [ref],
    );
    await expectUnauthentic(ref, candidate.name);
  });

  it('fails authentication when data rows are swapped, or both rows moved to another candidate', async () => {
    const [a, b] = [canaryCandidate(), canaryCandidate()];
    const [refA, refB] = [await vault.store(a), await vault.store(b)];
    await database.pool.query(
      `UPDATE pii_candidate_data d SET iv = o.iv, ciphertext = o.ciphertext, tag = o.tag
         FROM pii_candidate_data o WHERE (d.candidate_ref, o.candidate_ref) IN (($1, $2), ($2, $1))`,
      [refA, refB],
    );
    await expectUnauthentic(refA, b.name);
    await expectUnauthentic(refB, a.name);

    const c = canaryCandidate();
    const refC = await vault.store(c);
    await database.pool.query(`DELETE FROM pii_candidate_keys WHERE candidate_ref = $1`, [refB]);
    await database.pool.query(`DELETE FROM pii_candidate_data WHERE candidate_ref = $1`, [refB]);
    await database.pool.query(`UPDATE pii_candidate_keys SET candidate_ref = $2 WHERE candidate_ref = $1`, [refC, refB]);
    await database.pool.query(`UPDATE pii_candidate_data SET candidate_ref = $2 WHERE candidate_ref = $1`, [refC, refB]);
    await expectUnauthentic(refB, c.name);
  });

  it('erases for good: the key is gone, no plaintext remains, and a restored data row stays unreadable', async () => {
    const candidate = canaryCandidate();
    const ref = await vault.store(candidate);
    const { rows: backup } = await database.pool.query(`SELECT * FROM pii_candidate_data WHERE candidate_ref = $1`, [ref]);

    expect(await vault.erase(ref)).toBe(true);

    expect(await vault.read(ref)).toEqual({ erased: true });
    expect(await vault.isErased(ref)).toBe(true);
    expect(await vault.erase(ref)).toBe(true);
    const keys = await database.pool.query(`SELECT 1 FROM pii_candidate_keys WHERE candidate_ref = $1`, [ref]);
    expect(keys.rowCount).toBe(0);
    const data = await database.pool.query(`SELECT d::text AS row, length(ciphertext) AS length FROM pii_candidate_data d WHERE candidate_ref = $1`, [ref]);
    expect(data.rows).toEqual([expect.objectContaining({ length: 0 })]);
    const text = (await tablesAsText()).join('\n');
    for (const value of [candidate.name, candidate.personalNumber!, candidate.contact!.email!].flatMap(renderings)) {
      expect(text).not.toContain(value);
    }

    const { iv, ciphertext, tag } = backup[0];
    await database.pool.query(`UPDATE pii_candidate_data SET iv = $2, ciphertext = $3, tag = $4 WHERE candidate_ref = $1`, [ref, iv, ciphertext, tag]);
    expect(await vault.read(ref)).toEqual({ erased: true });
  });

  it('knows nothing of refs it never stored', async () => {
    expect(await vault.erase(randomUUID())).toBe(false);
    expect(await vault.isErased(randomUUID())).toBe(false);
    expect(await vault.erase('not-a-uuid')).toBe(false);
  });

  it('holds no canary in the text of any row, of 200 candidates of whom 50 are erased', async () => {
    const canaries = Array.from({ length: 200 }, () => `canary-${randomUUID()}`);
    const refs = await Promise.all(canaries.map((canary) => vault.store(canaryCandidate(canary))));
    await Promise.all(refs.slice(0, 50).map((ref) => vault.erase(ref)));

    const rows = await tablesAsText();
    expect(rows.length).toBeGreaterThanOrEqual(2 * 200 - 50);
    const leaks = rows.filter((row) => canaries.some((canary) => renderings(canary).some((r) => row.includes(r))));
    expect(leaks).toEqual([]);
    const readable = await Promise.all(refs.map((ref) => vault.read(ref)));
    expect(readable.slice(0, 50).every((result) => result !== undefined && 'erased' in result)).toBe(true);
    expect(readable.slice(50)).toEqual(canaries.slice(50).map((canary) => canaryCandidate(canary)));
  });
});
