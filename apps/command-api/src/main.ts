import 'reflect-metadata';
import { loadSettings } from '@kravspar/config';
import { createAppContext, createHttpApp } from '@kravspar/http';
import { COMMAND_API, CommandApiModule } from './command-api.module';

/** Runs command-api alone (production): configured by environment variables; DATABASE_URL is required. */
async function main(): Promise<void> {
  const settings = loadSettings();
  const app = await createHttpApp(CommandApiModule.register(await createAppContext(settings)), {
    appName: COMMAND_API,
    openApi: { title: 'Kravspår command API', description: 'Commands on procurements, contracts, commitments and referrals' },
  });
  await app.listen(settings.COMMAND_API_PORT, settings.HOST);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
