import { readFileSync } from 'node:fs';
import type { Hono } from 'hono';
import { html } from 'hono/html';
import type { JSX } from 'hono/jsx/jsx-runtime';
import { secureHeaders } from 'hono/secure-headers';
import { CLIENT_ENTRIES, type ClientEntry, clientBundle } from './clientBundle.js';
import { ChatPage } from './pages/ChatPage.js';
import { DashboardPage } from './pages/DashboardPage.js';
import { HomePage } from './pages/HomePage.js';

const STYLES = readFileSync(new URL('./assets/medassist.css', import.meta.url), 'utf8');

const PAGES: Record<string, () => JSX.Element> = {
  '/': HomePage,
  '/chat': ChatPage,
  '/dashboard': DashboardPage,
};

/**
 * Serves the web pages on the API's app: `/` (links to both), `/chat` (patients) and
 * `/dashboard` (nurses), their client modules and one style sheet under `/assets/`. Pages are
 * shells rendered with Hono's JSX; everything they show comes from the API in the browser.
 */
export function mountPages(app: Hono): void {
  // Why this policy: scripts and styles only from this origin, no inline script, so text a
  // patient typed can never run; `connect-src 'self'` covers the API and the WebSocket.
  const headers = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      connectSrc: ["'self'"],
      imgSrc: ["'self'"],
      formAction: ["'none'"],
      baseUri: ["'none'"],
      frameAncestors: ["'none'"],
    },
  });
  for (const [path, Page] of Object.entries(PAGES)) {
    app.get(path, headers, (c) => c.html(html`<!doctype html>${(<Page />) as never}`));
  }
  // Why answer it: every browser asks, and a 404 in the console hides the errors that matter.
  app.get('/favicon.ico', (c) => c.body(null, 204));
  app.get('/assets/medassist.css', headers, (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.body(STYLES, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });
  app.get('/assets/:name{[a-z]+\\.js}', headers, async (c) => {
    const name = c.req.param('name').replace(/\.js$/, '');
    if (!Object.hasOwn(CLIENT_ENTRIES, name)) return c.notFound();
    const code = await clientBundle(name as ClientEntry);
    c.header('Cache-Control', 'no-cache');
    return c.body(code, 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
  });
}
