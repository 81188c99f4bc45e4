/**
 * The HTTP edge shared by the apps (api.md §Conventions): who is acting (verified tokens, access rules,
 * deny by default), problem+json errors, validation, correlation ids and JSON request logs, health,
 * metrics and OpenAPI.
 */
export * from './access/access.decorators';
export * from './operations/metrics';
export * from './access/dev-keys';
export * from './access/dev-token';
export * from './access/token-verifier';
export * from './access/jwt-token-verifier';
export * from './access/access.guard';
export * from './problems/problem';
export * from './problems/validation';
export * from './problems/nesting-limit';
export * from './problems/problem-details.filter';
export * from './operations/correlation-id';
export * from './operations/request-log';
export * from './operations/health.controller';
export * from './http-edge.module';
export * from './bootstrap';
export * from './app-context';
export * from './run-alone';
