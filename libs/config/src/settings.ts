import 'reflect-metadata';
import { applyDecorators } from '@nestjs/common';
import { plainToInstance, Transform } from 'class-transformer';
import {
  getMetadataStorage, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, ValidateIf, validateSync,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/** A TCP port given as text in the environment. */
const IsPort = () => applyDecorators(Transform(toInt), IsInt(), Min(1), Max(65535));

/**
 * The settings every process shares, read from environment variables. Each has a default that works on
 * a fresh machine (embedded PostgreSQL under ./.data); production sets them explicitly.
 */
export class KravsparSettings {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  /** PostgreSQL for events and read models; without it an embedded server is started under DATA_DIR. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  @IsString()
  DATA_DIR = './.data';

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_PG_PORT = 54320;

  @IsIn(['postgres', 'in-memory', 'kurrentdb'])
  EVENT_STORE: 'postgres' | 'in-memory' | 'kurrentdb' = 'postgres';

  /**
   * KurrentDB connection string, e.g. `kurrentdb://kurrentdb:2113?tls=false`; required with
   * EVENT_STORE=kurrentdb. Set with another EVENT_STORE it is ignored, with a warning at boot (not a
   * refusal: tests export it for the KurrentDB contract suite while the apps they start use PostgreSQL).
   */
  @ValidateIf((settings: KravsparSettings) => settings.EVENT_STORE === 'kurrentdb' || settings.KURRENTDB_URL !== undefined)
  @Matches(/^(kurrentdb|kurrent|kdb|esdb)(\+discover)?:\/\/\S+$/, {
    message: 'KURRENTDB_URL must be a KurrentDB connection string, required with EVENT_STORE=kurrentdb (e.g. kurrentdb://localhost:2113?tls=false)',
  })
  KURRENTDB_URL?: string;

  /** `enabled` lets an admin move every process's clock (PUT /test-clock); refused in production. */
  @IsIn(['enabled', 'disabled'])
  TEST_CLOCK: 'enabled' | 'disabled' = 'disabled';

  /** The interface the HTTP apps listen on; `0.0.0.0` in containers. */
  @IsString()
  HOST = '127.0.0.1';

  @IsPort()
  COMMAND_API_PORT = 3001;

  @IsPort()
  QUERY_API_PORT = 3002;

  @IsPort()
  NOTIFIER_PORT = 3003;

  @IsPort()
  PROJECTOR_PORT = 3004;

  /** P2: minimum days for tenders outside the directive-regime open procedure. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(365)
  OTHER_REGIME_MIN_TENDER_DAYS = 10;

  /**
   * Base64 of the 32-byte key that wraps each candidate's key in the PII vault. Required in production;
   * elsewhere a development key is created under DATA_DIR. The initialiser keeps it among the known keys.
   */
  @IsOptional()
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'PII_MASTER_KEY must be the base64 of 32 bytes' })
  PII_MASTER_KEY?: string = undefined;

  /**
   * The Ed25519 key that signs audit checkpoints: PEM (PKCS#8, `\n` escapes allowed) or base64 of the
   * PKCS#8 DER or of the 32-byte seed. Required in production; elsewhere a development key is created
   * under DATA_DIR.
   */
  @IsOptional()
  @Matches(/^(-----BEGIN PRIVATE KEY-----[A-Za-z0-9+/=\s\\n]+-----END PRIVATE KEY-----(\s|\\n)*|[A-Za-z0-9+/]+={0,2})$/, {
    message: 'AUDIT_SIGNING_KEY must be an Ed25519 private key: PKCS#8 PEM, or base64 of its DER or of the 32-byte seed',
  })
  AUDIT_SIGNING_KEY?: string = undefined;

  /** How often the projector seals a signed checkpoint of the event log, in seconds; 0 turns it off. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(86_400)
  CHECKPOINT_INTERVAL_SECONDS = 300;

  /**
   * The OCDS ocid prefix registered with the Open Contracting Partnership (`ocds-` and a few letters or
   * digits); each ocid is the prefix, a hyphen and the procurement id. Stored with each release, so a change
   * needs a rebuild of the OCDS read model.
   */
  @Matches(/^ocds-[A-Za-z0-9]{1,32}$/, { message: 'OCDS_OCID_PREFIX must be ocds- followed by letters or digits (the registered prefix, e.g. ocds-213czf)' })
  OCDS_OCID_PREFIX = 'ocds-kravspar';

  /** The publisher named in OCDS packages: the organisation responsible for the data. */
  @IsString()
  @Matches(/\S/, { message: 'OCDS_PUBLISHER_NAME must not be blank' })
  OCDS_PUBLISHER_NAME = 'Region Gotland';

  /** JWKS of the identity provider (e.g. `jwks_uri` of its OIDC discovery); keys rotate by `kid`. */
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'AUTH_JWKS_URL must be an http(s) URL' })
  AUTH_JWKS_URL?: string = undefined;

  /** The identity provider's public key instead of a JWKS: SPKI PEM (`\n` escapes allowed) or a JWK. */
  @IsOptional()
  @IsString()
  AUTH_PUBLIC_KEY?: string = undefined;

  /** Expected `iss` and `aud` of tokens; required with AUTH_JWKS_URL or AUTH_PUBLIC_KEY. */
  @IsOptional()
  @IsString()
  AUTH_ISSUER?: string = undefined;

  @IsOptional()
  @IsString()
  AUTH_AUDIENCE?: string = undefined;

  /** Accepted signature algorithms: asymmetric only, so `none` and HS* (a public key used as secret) never pass. */
  @Matches(/^((RS|PS|ES)(256|384|512)|EdDSA|Ed25519)(,((RS|PS|ES)(256|384|512)|EdDSA|Ed25519))*$/, {
    message: 'AUTH_ALGORITHMS must be a comma-separated list of RS*, PS*, ES*, EdDSA or Ed25519',
  })
  AUTH_ALGORITHMS = 'RS256,ES256,EdDSA';

  /**
   * Kafka brokers, comma-separated `host:port`. Unset: integration messages go over the in-process bus
   * (all-in-one only; the projector alone then does not run its gateway).
   */
  @IsOptional()
  @Matches(/^[^\s,:]+:\d{1,5}(,[^\s,:]+:\d{1,5})*$/, { message: 'KAFKA_BROKERS must be comma-separated host:port pairs, e.g. kafka-1:9092,kafka-2:9092' })
  KAFKA_BROKERS?: string = undefined;

  /** The Kafka client id; each app adds its name (`kravspar-projector`), so broker logs tell them apart. */
  @Matches(/^[A-Za-z0-9._-]+$/, { message: 'KAFKA_CLIENT_ID may hold only letters, digits, dot, underscore and dash' })
  KAFKA_CLIENT_ID = 'kravspar';

  /**
   * How often a failed produce or broker request is retried (with back-off) before it fails: bounded, as
   * kafkajs's idempotent producer otherwise retries for ever; at least 1, which idempotence requires.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(20)
  KAFKA_RETRIES = 5;

  /**
   * Consumer group session timeout (and rebalance timeout) in ms. A consumer that restarts without
   * leaving cleanly rejoins after about this long.
   */
  @Transform(toInt)
  @IsInt()
  @Min(3000)
  @Max(300_000)
  KAFKA_SESSION_TIMEOUT_MS = 30_000;

  /** The notifier's consumer group on the integration topics; instances of one group share the partitions. */
  @Matches(/^[A-Za-z0-9._-]+$/, { message: 'NOTIFIER_CONSUMER_GROUP may hold only letters, digits, dot, underscore and dash' })
  NOTIFIER_CONSUMER_GROUP = 'kravspar-notifier';

  /**
   * Attempts the notifier makes at a message before it parks a poison one (unreadable, unknown type or
   * version, invalid data) on the dead-letter topic; a failing database write is handed back for redelivery.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  NOTIFIER_MAX_ATTEMPTS = 3;

  /** Wait before the notifier's second attempt at a message, in ms; doubled for each further attempt. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60_000)
  NOTIFIER_RETRY_DELAY_MS = 200;

  /** How often the notifier looks for committed notifications not yet published (it is also woken at once). */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(60_000)
  NOTIFIER_PUBLISH_INTERVAL_MS = 1_000;

  /** Origins allowed by CORS, comma-separated; empty turns CORS off (browsers then refuse other origins). */
  @IsString()
  CORS_ORIGINS = '';

  /** Requests per client address and app per minute; 0 turns the limit off. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  RATE_LIMIT_PER_MINUTE = 600;
}

/** A setting that is missing or malformed; the process must not start. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly { setting: string; message: string }[]) {
    super(`Invalid configuration: ${problems.map((p) => `${p.setting}: ${p.message}`).join('; ')}`);
    this.name = 'ConfigError';
  }
}

/** The name of every setting (the environment variable read), optional ones included. */
export function settingNames(): string[] {
  const validated = getMetadataStorage().getTargetValidationMetadatas(KravsparSettings, '', true, false);
  return [...new Set(validated.map((metadata) => metadata.propertyName))];
}

/** Reads and validates the settings; throws a ConfigError naming every bad setting. */
export function loadSettings(env: Record<string, string | undefined> = process.env): KravsparSettings {
  const known = settingNames();
  const given = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => known.includes(key) && value !== undefined && value !== ''),
  );
  const settings = plainToInstance(KravsparSettings, given);
  const errors = validateSync(settings, { forbidUnknownValues: true });
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map((error) => ({ setting: error.property, message: Object.values(error.constraints ?? {}).join(', ') })),
    );
  }
  if (settings.KURRENTDB_URL && settings.EVENT_STORE !== 'kurrentdb') {
    console.warn(`KURRENTDB_URL is set but EVENT_STORE=${settings.EVENT_STORE}: events are stored in ${settings.EVENT_STORE}, KURRENTDB_URL is ignored`);
  }
  return settings;
}
