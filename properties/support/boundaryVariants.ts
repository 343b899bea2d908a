import type { FetchHandler } from '../../server/startServer.js';
import {
  type Answer,
  NO_SIGN_IN_LIMITS,
  type RequestSource,
  type System,
  type SystemConfig,
} from '../../system/index.js';
import { emergencyAdvice } from '../../system/triage/emergencyAdvice.js';

/** A broken boundary: a layer in front of the app, a wrapped system, or a weaker config. */
export interface BoundaryVariant {
  fetch?: (fetch: FetchHandler) => FetchHandler;
  system?: (system: System) => System;
  config?: Partial<SystemConfig>;
}

/** A request rebuilt with other headers or another URL, its body read once. */
async function rebuilt(
  request: Request,
  change: { url?: string; headers?: (h: Headers) => void },
): Promise<Request> {
  const headers = new Headers(request.headers);
  change.headers?.(headers);
  const body = request.method === 'GET' ? undefined : await request.arrayBuffer();
  return new Request(change.url ?? request.url, {
    method: request.method,
    headers,
    ...(body === undefined ? {} : { body }),
  });
}

const wrapped = (system: System, run: System['executeUnknown']): System => ({
  ...system,
  execute: run as System['execute'],
  executeUnknown: run,
});

/**
 * Deliberately broken boundaries the boundary property must catch, one per class of issue 17
 * it generates.
 */
export const BOUNDARY_VARIANTS: Record<string, BoundaryVariant> = {
  /**
   * D1's class: a layer that answers a reused idempotency key with the first answer, whatever
   * the body (what the system did when a key was scoped by type and never compared).
   */
  'key-ignores-body': {
    fetch: (fetch) => {
      const seen = new Map<string, { status: number; headers: Headers; text: string }>();
      return async (request, env) => {
        const key = request.headers.get('idempotency-key');
        const slot = `${request.headers.get('authorization')} ${key}`;
        const first = key === null ? undefined : seen.get(slot);
        if (first)
          return new Response(first.text, { status: first.status, headers: first.headers });
        const response = await fetch(request, env);
        if (key === null) return response;
        const text = await response.text();
        seen.set(slot, { status: response.status, headers: response.headers, text });
        return new Response(text, { status: response.status, headers: response.headers });
      };
    },
  },
  /** D4's class: list filters past their maximum are dropped instead of refused. */
  'long-lists-ignored': {
    system: (system) =>
      wrapped(system, (command: unknown, source?: RequestSource) => {
        if (typeof command !== 'object' || command === null)
          return system.executeUnknown(command, source);
        const fields = { ...(command as Record<string, unknown>) };
        for (const name of ['status', 'acuity'])
          if (Array.isArray(fields[name]) && (fields[name] as unknown[]).length > 5)
            delete fields[name];
        return system.executeUnknown(fields, source);
      }),
  },
  /** D2's class: a refused red-flag message is told a nurse was alerted (none was). */
  'refused-advice-claims-alert': {
    system: (system) =>
      wrapped(system, async (command: unknown, source?: RequestSource) => {
        const answer: Answer<unknown> = await system.executeUnknown(command, source);
        if (answer.ok || answer.emergencyAdvice === undefined) return answer;
        return { ...answer, emergencyAdvice: emergencyAdvice(1, []) };
      }),
  },
  /** D3's class: Origin and Sec-Fetch-Site never reach the checks (a proxy drops them). */
  'no-origin-check': {
    fetch: (fetch) => async (request, env) =>
      fetch(
        await rebuilt(request, {
          headers: (h) => {
            h.delete('origin');
            h.delete('sec-fetch-site');
          },
        }),
        env,
      ),
  },
  /** D3's class: every body is read as JSON, whatever its declared type. */
  'any-content-type': {
    fetch: (fetch) => async (request, env) =>
      request.method === 'POST'
        ? fetch(
            await rebuilt(request, { headers: (h) => h.set('content-type', 'application/json') }),
            env,
          )
        : fetch(request, env),
  },
  /** D5's class: no rate limits or lockout: every anonymous sign-in is hashed. */
  'unthrottled-sign-in': { config: { signInLimits: NO_SIGN_IN_LIMITS } },
  /** D15's class: query parameters read leniently, as Number() reads them. */
  'lenient-query': {
    fetch: (fetch) => async (request, env) => {
      const url = new URL(request.url);
      if (url.pathname !== '/api/notifications') return fetch(request, env);
      for (const name of ['after', 'limit']) {
        const value = url.searchParams.get(name);
        if (value === null) continue;
        const n = Number(value);
        if (Number.isSafeInteger(n) && n >= 0) url.searchParams.set(name, String(n));
      }
      return fetch(await rebuilt(request, { url: url.toString() }), env);
    },
  },
};
