/** The help text: `npm run audit -- --help`. */
export const USAGE = `Usage: npm run audit -- <command> [options]
       (or: node dist/apps/audit-cli/src/main.js <command> [options])

Commands:
  history <streamId> [--as-of <time|revision>]
      The stream's events with their integrity fields, as the system knew them at a recorded time
      (ISO 8601, e.g. 2026-03-02T10:00:00+01:00) or up to a revision (a number).
  state <streamId> [--as-of <time>]
      Time travel: the stream folded by its decider (procurement, contract, commitment or referral) from
      the events recorded up to that time, upcast to today's schema as the write path reads them, with
      each event's business time (occurredAt) beside its recorded time. Without --as-of: now.
  verify [--all | --stream <id>] [--public-key <file>] [--checkpoint <file>]...
      --all (the default): the whole log — every hash and chain recomputed, positions contiguous, every
      checkpoint's signature and root recomputed. --stream: one stream's hashes and chain, and its events
      against the hashes sealed at their positions. Names the first bad position and what is wrong
      (modified, deleted, reordered, inserted, truncated, signature, checkpoint). --checkpoint adds
      checkpoints you kept yourself (JSON, as GET /audit/checkpoints/latest returns them).
  verify --export <file> --public-key <file> [--checkpoint <file>]...
      The same over an exported copy, offline: no database is opened. With --checkpoint, a checkpoint
      removed from the file is still held against it.
  checkpoint seal            Signs a checkpoint of the log as it stands (the projector also seals every
                             CHECKPOINT_INTERVAL_SECONDS).
  checkpoint list            Every checkpoint.
  checkpoint prove <fromId> <toId> [--out <file>]
      Produces the RFC 9162 consistency proof between two checkpoints from the log and checks it;
      --out saves it for 'checkpoint check-proof'.
  checkpoint check-proof <file> --public-key <file>
      Checks a saved proof offline.
  export [--since <position>] --out <file>
      JSON lines: a header (with the signing key id), the checkpoints, the sealed hashes and the events
      after <position> (all by default).
  export-ocds [--since <time>] [--out <file>]
      Open data: an OCDS 1.1 release package (sustainability and metrics extensions) folded from the log,
      the releases recorded at or after <time> (ISO 8601 with a zone); to stdout without --out. Public
      data only: nothing sealed before the award notification, no candidate data.
  key [--out <file>]         The checkpoint signing key's id and public key (PEM), to give to auditors.
  rebuild <readModel>... | rebuild --all
      Builds a new version of the read models from position 0 in a scratch schema while the live tables
      serve, then swaps it in in one transaction; the running projector continues it from its checkpoint.
      Read models: procurements, procurement-timeline, contracts, commitments, referrals,
      placement-outcomes, compliance (or their versioned names, e.g. procurements.v2).
  diff <readModel>... | diff --all
      Rebuilds into a scratch schema and compares every row with the live tables, each read model at its
      live checkpoint; names differing rows by primary key. Exit 1 when they differ. The live tables are
      not touched.

Options:
  --json        One JSON document on stdout instead of text.
  --progress    Progress bars with ETA on stderr even when stderr is not a terminal (they show on a
                terminal anyway).
  -h, --help    This text.

Database: DATABASE_URL when set. Otherwise the embedded PostgreSQL of 'npm start' under DATA_DIR
(./.data): used where it runs, started (and stopped again) where it does not. 'verify --export' and
'checkpoint check-proof' open no database. The signing key is AUDIT_SIGNING_KEY, or the development key
under DATA_DIR (refused missing when NODE_ENV=production); 'verify' trusts it unless --public-key is given.

Exit codes: 0 ok; 1 verification failed (also a diff that found differences, a proof that does not verify, or a seal refused because
the log does not check out); 2 usage error; 3 the command could not run (e.g. no database).`;
