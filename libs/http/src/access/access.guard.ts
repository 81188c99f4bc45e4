import { ForbiddenException, Inject, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Actor } from '@kravspar/domain/kernel';
import { ACCESS_METADATA, type AccessRule } from './access.decorators';
import { TOKEN_VERIFIER, type TokenVerifier } from './token-verifier';

interface RequestWithActor {
  headers: Record<string, string | string[] | undefined>;
  actor?: Actor;
}

/**
 * Deny by default: a route without an access rule is refused for everyone, so a route added without
 * thought is closed, not open. A missing or invalid token → 401; a role not allowed → 403.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [context.getHandler(), context.getClass()]);
    if (!rule) throw new ForbiddenException('This route has no access rule and is closed to everyone');
    if ('public' in rule) return true;

    const request = context.switchToHttp().getRequest<RequestWithActor>();
    const actor = await this.authenticate(request.headers.authorization);
    if (!rule.roles.includes(actor.role)) throw new ForbiddenException(`The role ${actor.role} may not do this`);
    request.actor = actor;
    return true;
  }

  private async authenticate(header: string | string[] | undefined): Promise<Actor> {
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) throw new UnauthorizedException('A bearer token is required');
    try {
      return await this.verifier.verify(match[1]);
    } catch {
      throw new UnauthorizedException('The bearer token is invalid or expired');
    }
  }
}
