import type { Child } from 'hono/jsx';

/** What every page shell has: a title, its client module, and its content. */
export interface LayoutProps {
  title: string;
  /** The client module's name under `/assets/` (without `.js`), or none for a static page. */
  script?: string;
  /** Shown above everything, before sign-in too (the patient page's emergency notice). */
  notice?: Child;
  children?: Child;
}

/**
 * The shell every page shares: a skip link, the site header (each page stands alone: a
 * patient is never offered the nurses' page), one alert region for problems no control caused
 * (present from the start, so screen readers announce what is written into it), one status
 * region kept in view for what went well, and the page's content.
 */
export function Layout({ title, script, notice, children }: LayoutProps) {
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
          <span class="site-title">{title}</span>
        </header>
        {notice}
        <div id="alert" class="alert" role="alert" />
        <p id="status" class="status" role="status" />
        <main id="main">
          <h1 class="visually-hidden">{title}</h1>
          {children}
        </main>
      </body>
    </html>
  );
}
