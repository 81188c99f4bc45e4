import 'reflect-metadata';
import type { DynamicModule } from '@nestjs/common';
import { loadSettings, type KravsparSettings } from '@kravspar/config';
import { createAppContext, type AppContext } from './app-context';
import { createHttpApp, type HttpAppOptions } from './bootstrap';

export interface StandaloneApp extends HttpAppOptions {
  readonly register: (context: AppContext) => DynamicModule;
  readonly port: (settings: KravsparSettings) => number;
}

/**
 * Runs one app as its own process (production): settings from the environment — a missing or bad one
 * stops the boot naming it, and DATABASE_URL is required — and SIGTERM closes the app gracefully.
 */
export function runAlone(app: StandaloneApp): void {
  const start = async (): Promise<void> => {
    const settings = loadSettings();
    if (!settings.DATABASE_URL) {
      throw new Error(`${app.appName} run alone needs DATABASE_URL (several processes share one database); npm start runs all apps on an embedded one`);
    }
    const nest = await createHttpApp(app.register(await createAppContext(settings)), app);
    await nest.listen(app.port(settings), settings.HOST);
  };
  start().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
