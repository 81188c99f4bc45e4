import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { KravsparSettings } from './settings';

/** Injection token of the validated `KravsparSettings`. */
export const SETTINGS = Symbol('KravsparSettings');

/** Makes the settings loaded at boot available to every module of an app. */
@Global()
@Module({})
export class SettingsModule {
  static forRoot(settings: KravsparSettings): DynamicModule {
    return { module: SettingsModule, providers: [{ provide: SETTINGS, useValue: settings }], exports: [SETTINGS] };
  }
}
