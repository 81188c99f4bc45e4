import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadOrCreateDevKeyPair } from './dev-keys';
import { mintDevToken } from './dev-token';
import { DevKeyTokenVerifier } from './token-verifier';

describe('development tokens', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kravspar-keys-'));

  it('verifies a minted token into the actor of its claims, with the same key on a second load', async () => {
    const keys = await loadOrCreateDevKeyPair(dataDir);
    const again = await loadOrCreateDevKeyPair(dataDir);
    const token = await mintDevToken(keys, { role: 'supplier', userId: 'u-9', supplierId: 'städ-ab' });
    await expect(new DevKeyTokenVerifier(again.publicKey).verify(token)).resolves.toEqual({
      userId: 'u-9', role: 'supplier', unitId: 'supplier:städ-ab', supplierId: 'städ-ab',
    });
  });

  it('refuses an expired token, a token signed with another key and an unsigned one', async () => {
    const keys = await loadOrCreateDevKeyPair(dataDir);
    const verifier = new DevKeyTokenVerifier(keys.publicKey);
    const expired = await mintDevToken(keys, { role: 'buyer', userId: 'u', unitId: 'waste' }, '-1m');
    await expect(verifier.verify(expired)).rejects.toThrow();
    const stranger = await loadOrCreateDevKeyPair(mkdtempSync(path.join(tmpdir(), 'kravspar-keys-')));
    await expect(verifier.verify(await mintDevToken(stranger, { role: 'buyer', userId: 'u', unitId: 'waste' }))).rejects.toThrow();
    const [header, payload] = [Buffer.from('{"alg":"none"}').toString('base64url'), Buffer.from(JSON.stringify({ sub: 'x', role: 'admin', exp: 9e9 })).toString('base64url')];
    await expect(verifier.verify(`${header}.${payload}.`)).rejects.toThrow();
  });

  it('refuses a token without a known role', async () => {
    const keys = await loadOrCreateDevKeyPair(dataDir);
    const token = await mintDevToken(keys, { role: 'emperor' as never, userId: 'u', unitId: 'x' });
    await expect(new DevKeyTokenVerifier(keys.publicKey).verify(token)).rejects.toThrow('known role');
  });
});
