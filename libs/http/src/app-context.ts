import type { Registry } from 'prom-client';
import type { KravsparSettings } from '@kravspar/config';
import type { IntegrationBus } from '@kravspar/messaging';
import { loadOrCreateDevKeyPair } from './access/dev-keys';
import { identityProviderVerifier } from './access/jwt-token-verifier';
import { DevKeyTokenVerifier, type TokenVerifier } from './access/token-verifier';
import { createMetricsRegistry } from './operations/metrics';

/**
 * What a process gives each app it runs: the settings, one metrics registry (shared by all apps of an
 * all-in-one process, metrics labelled by app) and the token verifier.
 */
export interface AppContext {
  readonly settings: KravsparSettings;
  readonly metricsRegistry: Registry;
  readonly tokenVerifier: TokenVerifier;
  /** The in-process integration bus the apps of an all-in-one process share (without KAFKA_BROKERS). */
  readonly integrationBus?: IntegrationBus;
}

/**
 * Builds the context of a process: tokens are verified by the identity provider's keys when configured,
 * otherwise (never in production) with the development key under DATA_DIR.
 */
export async function createAppContext(settings: KravsparSettings): Promise<AppContext> {
  const tokenVerifier = identityProviderVerifier(settings) ?? new DevKeyTokenVerifier((await loadOrCreateDevKeyPair(settings.DATA_DIR)).publicKey);
  return { settings, metricsRegistry: createMetricsRegistry(), tokenVerifier };
}
