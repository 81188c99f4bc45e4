import { ConsoleLogger, type DynamicModule, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { SETTINGS, type KravsparSettings } from '@kravspar/config';

export interface HttpAppOptions {
  readonly appName: string;
  /** Title and description of the OpenAPI document at /docs and /docs-json; none for apps without an API. */
  readonly openApi?: { readonly title: string; readonly description: string };
  /** Largest accepted JSON body; larger → 413. */
  readonly bodyLimit?: string;
  /**
   * Close the app on SIGTERM/SIGINT (default). A process that runs several apps handles the signals
   * itself and closes them in order.
   */
  readonly shutdownHooks?: boolean;
}

/** The largest JSON body any route accepts: commands are small. */
export const DEFAULT_BODY_LIMIT = '100kb';

/**
 * Creates an app with JSON logs (Nest's ConsoleLogger in JSON mode), the body limit, OpenAPI and shutdown
 * hooks, so SIGTERM stops intake, lets handlers finish, and closes pools and subscriptions. Security
 * headers (helmet) on every answer; CORS only for the origins of CORS_ORIGINS, since the APIs are called
 * by servers and by front ends we name, not by any page on the web.
 */
export async function createHttpApp(rootModule: DynamicModule, options: HttpAppOptions): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(rootModule, {
    logger: new ConsoleLogger({ json: true, prefix: options.appName }),
    bodyParser: false,
  });
  app.useBodyParser('json', { limit: options.bodyLimit ?? DEFAULT_BODY_LIMIT });
  app.disable('x-powered-by');
  app.use(helmet());
  const origins = app.get<KravsparSettings>(SETTINGS).CORS_ORIGINS.split(',').map((origin) => origin.trim()).filter(Boolean);
  if (origins.length > 0) app.enableCors({ origin: origins, exposedHeaders: ['ETag', 'Retry-After', 'X-Correlation-Id'] });
  if (options.shutdownHooks ?? true) app.enableShutdownHooks();
  if (options.openApi) {
    const config = new DocumentBuilder()
      .setTitle(options.openApi.title)
      .setDescription(options.openApi.description)
      .setVersion('1')
      .addBearerAuth()
      .build();
    const document = SwaggerModule.createDocument(app, config);
    SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  }
  return app;
}
