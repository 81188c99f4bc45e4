import { ForbiddenException, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Actor } from '@kravspar/domain/kernel';
import { Access, Public } from './access.decorators';
import { AccessGuard } from './access.guard';
import type { TokenVerifier } from './token-verifier';

class Routes {
  @Access('buyer')
  forBuyers(): void {}

  @Public()
  open(): void {}

  forgotten(): void {}
}

const buyer: Actor = { userId: 'b-1', role: 'buyer', unitId: 'waste' };
const verifier: TokenVerifier = {
  verify: async (token) => {
    if (token === 'buyer-token') return buyer;
    if (token === 'auditor-token') return { userId: 'a-1', role: 'auditor', unitId: 'audit' };
    throw new Error('bad token');
  },
};

function contextFor(handler: keyof Routes, authorization?: string): { context: ExecutionContext; request: { headers: object; actor?: Actor } } {
  const request = { headers: authorization ? { authorization } : {} } as { headers: object; actor?: Actor };
  const context = {
    getHandler: () => Routes.prototype[handler],
    getClass: () => Routes,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
  return { context, request };
}

describe('AccessGuard', () => {
  const guard = new AccessGuard(new Reflector(), verifier);

  it('refuses a route without an access rule, even with a valid token (deny by default)', async () => {
    await expect(guard.canActivate(contextFor('forgotten', 'Bearer buyer-token').context)).rejects.toBeInstanceOf(ForbiddenException);
  });

  it('lets anyone through a public route', async () => {
    await expect(guard.canActivate(contextFor('open').context)).resolves.toBe(true);
  });

  it('answers 401 without a token or with a bad one', async () => {
    await expect(guard.canActivate(contextFor('forBuyers').context)).rejects.toBeInstanceOf(UnauthorizedException);
    await expect(guard.canActivate(contextFor('forBuyers', 'Bearer forged').context)).rejects.toBeInstanceOf(UnauthorizedException);
    await expect(guard.canActivate(contextFor('forBuyers', 'Basic buyer-token').context)).rejects.toBeInstanceOf(UnauthorizedException);
  });

  it('answers 403 to a role the route does not allow, and sets the actor for one it does', async () => {
    await expect(guard.canActivate(contextFor('forBuyers', 'Bearer auditor-token').context)).rejects.toBeInstanceOf(ForbiddenException);
    const { context, request } = contextFor('forBuyers', 'Bearer buyer-token');
    await expect(guard.canActivate(context)).resolves.toBe(true);
    expect(request.actor).toEqual(buyer);
  });
});
