import type { Context } from 'hono';
import type { BoundaryError } from '../system/index.js';

/**
 * Why a state-changing request comes from a page it must not: its `Origin` is neither the
 * server's own (scheme and `Host` of the request) nor one of `allowed`; or, without an
 * `Origin`, the browser says it is cross-site (`Sec-Fetch-Site`). Null when it may go on.
 * A request with neither header (curl, the Node client) is not a browser's, so no page sent it.
 * Why it matters: a page anywhere can send a simple cross-site `POST` (a form, or `fetch` with
 * `text/plain`) to 127.0.0.1; only these headers, which a page cannot forge, tell it apart.
 */
export function foreignOrigin(c: Context, allowed: ReadonlySet<string>): BoundaryError | null {
  const origin = c.req.header('origin');
  if (origin === undefined) {
    const site = c.req.header('sec-fetch-site');
    if (site === undefined || site === 'same-origin' || site === 'none') return null;
    return { code: 'cross_origin', origin: `(none; Sec-Fetch-Site: ${site.slice(0, 32)})` };
  }
  if (origin === new URL(c.req.url).origin || allowed.has(origin)) return null;
  return { code: 'cross_origin', origin: origin.slice(0, 256) };
}

const JSON_TYPE = /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

/**
 * Why a body may not be read as a command: it is not declared JSON (`Content-Type:
 * application/json`, charset UTF-8 if any). Null when it may. An empty body may come with no
 * content type at all (`curl -X POST` of a command without fields).
 * Why refuse the other types: `text/plain`, forms and multipart are what a page may send
 * cross-site without asking; JSON needs a preflight the server never grants.
 */
export function unsupportedMediaType(
  contentType: string | undefined,
  bodyBytes: number,
): BoundaryError | null {
  if (contentType === undefined) {
    if (bodyBytes === 0) return null;
    return { code: 'unsupported_media_type', contentType: '' };
  }
  if (JSON_TYPE.test(contentType.trim())) return null;
  return { code: 'unsupported_media_type', contentType: contentType.slice(0, 128) };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A body as text, or null when it is not valid UTF-8 (refused, never rewritten). */
export function utf8Text(bytes: ArrayBuffer): string | null {
  try {
    return UTF8.decode(bytes);
  } catch {
    return null;
  }
}
