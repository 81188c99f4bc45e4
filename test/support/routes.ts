import { RequestMethod, type INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { ACCESS_METADATA, type AccessRule } from '@kravspar/http';

/** A route as Nest serves it, with the access rule the guard will read (none: closed to everyone). */
export interface ServedRoute {
  /** `GET`, `POST`, … */
  readonly method: string;
  /** OpenAPI style: `/procurements/{id}/bids`. */
  readonly path: string;
  readonly access: AccessRule | undefined;
  readonly handler: string;
}

/** `METHOD /path`, the key the route tables of the tests use. */
export const routeKey = (route: Pick<ServedRoute, 'method' | 'path'>): string => `${route.method} ${route.path}`;

/**
 * Every route of every controller the app has, read from Nest's own metadata — so a route added anywhere
 * shows up here without anyone listing it. (The OpenAPI routes of /docs are registered outside Nest's
 * router and never pass the guard; they are public by design.)
 */
export function routesOf(app: INestApplication): ServedRoute[] {
  const reflector = new Reflector();
  const routes = new Map<string, ServedRoute>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!type) continue;
      const base = firstPath(Reflect.getMetadata(PATH_METADATA, type));
      for (const name of methodNames(type.prototype)) {
        const handler = (type.prototype as Record<string, unknown>)[name] as object;
        if (!Reflect.hasMetadata(METHOD_METADATA, handler)) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        const path = toOpenApiPath(base, firstPath(Reflect.getMetadata(PATH_METADATA, handler)));
        const access = reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [handler as never, type]);
        routes.set(`${method} ${path}`, { method, path, access, handler: `${type.name}.${name}` });
      }
    }
  }
  return [...routes.values()].sort((a, b) => routeKey(a).localeCompare(routeKey(b)));
}

function methodNames(prototype: object): string[] {
  const names = new Set<string>();
  for (let p: object | null = prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    for (const name of Object.getOwnPropertyNames(p)) if (name !== 'constructor') names.add(name);
  }
  return [...names];
}

function firstPath(path: unknown): string {
  return (Array.isArray(path) ? String(path[0] ?? '') : String(path ?? '')).trim();
}

function toOpenApiPath(base: string, own: string): string {
  const joined = `/${[base, own].filter((part) => part && part !== '/').join('/')}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
  return joined.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}
