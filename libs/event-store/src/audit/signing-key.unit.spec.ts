import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSettings } from '@kravspar/config';
import { CheckpointSigner, verifyCheckpointSignature } from './checkpoint-signing';
import { DEV_CHECKPOINT_KEY_FILE, parsePrivateKey, resolveCheckpointSigner } from './signing-key';

const { privateKey } = generateKeyPairSync('ed25519');
const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const der = privateKey.export({ type: 'pkcs8', format: 'der' });
const keyId = new CheckpointSigner(privateKey).keyId;

describe('the checkpoint signing key', () => {
  it.each([
    ['PEM', pem],
    ['PEM with \\n escapes, as env files carry it', pem.replace(/\n/g, '\\n')],
    ['base64 of the PKCS#8 DER', der.toString('base64')],
    ['base64 of the 32-byte seed', der.subarray(-32).toString('base64')],
  ])('reads %s to the same key, and the settings accept it', (_, text) => {
    expect(new CheckpointSigner(parsePrivateKey(text, 'AUDIT_SIGNING_KEY')).keyId).toBe(keyId);
    expect(loadSettings({ AUDIT_SIGNING_KEY: text }).AUDIT_SIGNING_KEY).toBe(text);
  });

  it('refuses what is not an Ed25519 key without echoing it', () => {
    expect(() => parsePrivateKey('c2VjcmV0', 'AUDIT_SIGNING_KEY')).toThrow('AUDIT_SIGNING_KEY is not a readable Ed25519 private key');
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(() => new CheckpointSigner(parsePrivateKey(rsa, 'x'))).toThrow('must be Ed25519');
    expect(() => loadSettings({ AUDIT_SIGNING_KEY: 'not a key!' })).toThrow('AUDIT_SIGNING_KEY must be an Ed25519 private key');
  });

  it('is refused missing in production, and made once under DATA_DIR elsewhere', async () => {
    await expect(resolveCheckpointSigner({ NODE_ENV: 'production', DATA_DIR: '/nonexistent' })).rejects.toThrow('AUDIT_SIGNING_KEY is required when NODE_ENV=production');
    const parent = mkdtempSync(path.join(tmpdir(), 'kravspar-key-'));
    const dataDir = path.join(parent, 'data');
    try {
      const [first, second] = await Promise.all([1, 2].map(() => resolveCheckpointSigner({ NODE_ENV: 'development', DATA_DIR: dataDir })));
      expect(first.keyId).toBe(second.keyId);
      expect(statSync(path.join(dataDir, DEV_CHECKPOINT_KEY_FILE)).mode & 0o777).toBe(0o600);
      // DATA_DIR itself gets the usual mode, not the key folder's 0700: embedded PostgreSQL runs as another user.
      mkdirSync(path.join(parent, 'usual'));
      expect(statSync(dataDir).mode).toBe(statSync(path.join(parent, 'usual')).mode);
      expect(readFileSync(path.join(dataDir, DEV_CHECKPOINT_KEY_FILE), 'utf8')).toContain('BEGIN PRIVATE KEY');
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });

  it('signs the note of size, root, time and key id, so that changing any one breaks the signature', () => {
    const signer = new CheckpointSigner(privateKey);
    const fields = { treeSize: 7, root: 'ab'.repeat(32), signedAt: '2026-03-02T12:00:00.000Z' };
    const checkpoint = { id: 1, ...fields, keyId: signer.keyId, signature: signer.sign(fields) };
    expect(verifyCheckpointSignature(checkpoint, signer.publicKey)).toBe(true);
    for (const change of [{ treeSize: 8 }, { root: 'cd'.repeat(32) }, { signedAt: '2026-03-02T12:00:00.001Z' }, { keyId: 'ffffffffffffffff' }]) {
      expect(verifyCheckpointSignature({ ...checkpoint, ...change }, signer.publicKey)).toBe(false);
    }
    expect(verifyCheckpointSignature(checkpoint, generateKeyPairSync('ed25519').publicKey)).toBe(false);
  });
});
