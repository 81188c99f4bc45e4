/**
 * `libs/pii-vault` (architecture §2): candidate identities, encrypted with AES-256-GCM under a key of each
 * candidate's own, which is itself encrypted under a master key. Erasure destroys the candidate's key
 * (crypto-shredding), so no copy of the data can be read again. Only the vault holds identities; events,
 * read models, logs and messages carry the candidateRef it returns.
 */

/** The identity's shape, the encryption of one candidate's two rows, and the error of rows that do not authenticate. */
export {
  CandidateCipher,
  PiiAuthenticationError,
  type CandidateIdentity,
  type SealedIdentity,
  type WrappedCandidateKey,
} from './candidate-cipher';
/** Where the master key comes from: `PII_MASTER_KEY`, or a development key under DATA_DIR; refused missing in production. */
export { resolveMasterKey, parseMasterKey, DEV_MASTER_KEY_FILE, type MasterKeySettings } from './master-key';
/** Stores, reads and erases identities in PostgreSQL; `read` tells erased apart from unknown. */
export { PiiVault, type ErasedCandidate } from './pii-vault';
/** The two tables, keys apart from data, for the migration runner. */
export { piiVaultMigrations } from './pii-vault.migrations';
/** The vault as a Nest module providing `PII_VAULT`. */
export { PiiVaultModule, PII_VAULT } from './pii-vault.module';
