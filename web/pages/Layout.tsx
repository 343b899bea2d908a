import type { Child } from 'hono/jsx';

/** What every page shell has: a title, its client module, and its content. */
export interface LayoutProps {
  title: string;
  /** The client module's name under `/assets/` (without `.js`), or none for a static page. */
  script?: string;
  children?: Child;
}

/**
 * The shell every page shares: a skip link, the site header, one alert region for refusals
 * and errors (present from the start, so screen readers announce what is written into it),
 * one status region for what went well, and the page's content.
 */
export function Layout({ title, script, children }: LayoutProps) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · MedAssist`}</title>
        <link rel="stylesheet" href="/assets/medassist.css" />
        {script ? <script type="module" src={`/assets/${script}.js`} /> : null}
      </head>
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="site">
          <a href="/" class="brand">
            MedAssist
          </a>
          <nav aria-label="Pages">
            <a href="/chat">Patient chat</a> <a href="/dashboard">Nurse dashboard</a>
          </nav>
        </header>
        <div id="alert" class="alert" role="alert" />
        <p id="status" class="status" role="status" />
        <main id="main">
          <h1>{title}</h1>
          {children}
        </main>
      </body>
    </html>
  );
}
