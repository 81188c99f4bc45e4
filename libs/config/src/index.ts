/** Typed, validated settings from the environment: `loadSettings()` fails fast naming each bad setting. */
export * from './settings';
export * from './settings.module';
