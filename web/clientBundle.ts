import { fileURLToPath } from 'node:url';

/** The client modules the pages load, by the name they are served under. */
export const CLIENT_ENTRIES = {
  chat: fileURLToPath(new URL('./client/chat.ts', import.meta.url)),
  dashboard: fileURLToPath(new URL('./client/dashboard.ts', import.meta.url)),
} as const;

/** A client module's name. */
export type ClientEntry = keyof typeof CLIENT_ENTRIES;

/** What the browser bundles use in place of a Node module or a heavy one, by import path. */
const BROWSER_SUBSTITUTES: ReadonlyArray<[RegExp, string]> = [
  [/^ws$/, fileURLToPath(new URL('./client/browserWebSocket.ts', import.meta.url))],
  [
    /\/realtime\/frames\.js$/,
    fileURLToPath(new URL('./client/browserServerFrame.ts', import.meta.url)),
  ],
];

const bundles = new Map<ClientEntry, Promise<string>>();

/**
 * The browser bundle of a client module, built by esbuild on first request and kept for the
 * life of the process. Why on demand and not a build step: `npm start` on a fresh clone
 * serves the pages with no build to forget, and a bundle costs ~0.1 s once.
 * Why the substitutes: the typed client's `Subscription` (resume after reconnect, duplicate
 * and gap handling) runs in the browser unchanged, over the browser's own WebSocket and with a
 * frame check that needs no zod (a 480 KB bundle becomes ~30 KB).
 */
export function clientBundle(entry: ClientEntry): Promise<string> {
  let bundle = bundles.get(entry);
  if (!bundle) {
    bundle = build(CLIENT_ENTRIES[entry]);
    // Why forget a failure: the next request retries rather than serving a stale error.
    bundle.catch(() => bundles.delete(entry));
    bundles.set(entry, bundle);
  }
  return bundle;
}

async function build(entryPoint: string): Promise<string> {
  // Why a late import: the API never needs esbuild, so it costs nothing until a page is asked.
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [entryPoint],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
    plugins: [
      {
        name: 'browser-substitutes',
        setup(b) {
          for (const [filter, path] of BROWSER_SUBSTITUTES)
            b.onResolve({ filter }, () => ({ path }));
        },
      },
    ],
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`esbuild wrote nothing for ${entryPoint}`);
  return output.text;
}
