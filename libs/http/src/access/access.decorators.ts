import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Actor, Role } from '@kravspar/domain/kernel';

export const ACCESS_METADATA = 'kravspar:access';

/** Who may call a route: `{ public: true }` (no token) or the roles allowed. */
export type AccessRule = { readonly public: true } | { readonly roles: readonly Role[] };

/**
 * Allows the listed roles (after a verified token). Every route needs `@Access` or `@Public`: the guard
 * refuses a route without either (deny by default). Finer checks — own unit, procurement team, own
 * supplier — belong to the handler, which knows the resource.
 */
export const Access = (...roles: Role[]) => SetMetadata(ACCESS_METADATA, { roles } satisfies AccessRule);

/** No token needed (health, metrics, API docs). */
export const Public = () => SetMetadata(ACCESS_METADATA, { public: true } satisfies AccessRule);

/** The verified actor of the request, set by the access guard. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<{ actor?: Actor }>().actor;
  if (!actor) throw new Error('CurrentActor used on a route without a verified token');
  return actor;
});
