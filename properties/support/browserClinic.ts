import type { Page } from 'playwright-core';
import type { Clock, Role } from '../../system/index.js';
import type { LaunchedChromium } from '../../web/launchChromium.js';
import { PAGE_TIMEOUT_MS, signInOnPage } from './browserPages.js';
import { type BrowserServer, startBrowserServer } from './browserServer.js';
import { type SignedInUser, signUpPatient, signUpStaff } from './signUp.js';

/** Who works in a browser test's clinic, and where it keeps its data. */
export interface BrowserClinicOptions {
  /** A database file, so that the server can be restarted on it; default `:memory:`. */
  dbFile?: string;
  /** The system's clock; default the wall clock. */
  clock?: Clock;
  /** Default: nina (nurse), carl (charge nurse) and emma (ML engineer); none: no admin either. */
  staff?: ReadonlyArray<{ name: string; role: Exclude<Role, 'patient'>; unit?: string }>;
  /** The patient signed up beforehand; default pat, null for none. */
  patient?: string | null;
}

/** A clinic a browser test works in: its server, its people, and tabs on its pages. */
export interface BrowserClinic {
  server: BrowserServer;
  /** The staff, in the order asked for. */
  staff: SignedInUser[];
  /** The patient signed up beforehand, if any. */
  patient: Awaited<ReturnType<typeof signUpPatient>> | null;
  /** A fresh tab of `chromium` (or of `on`), not signed in. */
  tab(on?: LaunchedChromium): Promise<Page>;
  /** A tab at `path`, signed in as `name` (username `u.<name>`). */
  open(path: string, name: string, on?: LaunchedChromium): Promise<Page>;
  /** Closes every tab opened, then the server. */
  close(): Promise<void>;
}

/**
 * Starts a server with its staff and patient, each with the password `<name>-password`;
 * tabs open in `chromium` unless told otherwise.
 */
export async function browserClinic(
  chromium: LaunchedChromium,
  options: BrowserClinicOptions = {},
): Promise<BrowserClinic> {
  const server = await startBrowserServer({
    ...(options.dbFile ? { dbFile: options.dbFile } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  // Why none at all when asked for none: a page before sign-in needs a bare system.
  const wanted = options.staff ?? [
    { name: 'nina', role: 'nurse' },
    { name: 'carl', role: 'charge_nurse' },
    { name: 'emma', role: 'ml_engineer' },
  ];
  const staff = wanted.length === 0 ? [] : await signUpStaff(server.system, wanted);
  const patientName = options.patient === undefined ? 'pat' : options.patient;
  const patient = patientName === null ? null : await signUpPatient(server.system, patientName);
  const pages: Page[] = [];
  const tab = async (on: LaunchedChromium = chromium) => {
    const page = await on.context.newPage();
    pages.push(page);
    page.setDefaultTimeout(PAGE_TIMEOUT_MS);
    return page;
  };
  const open = async (path: string, name: string, on: LaunchedChromium = chromium) => {
    const page = await tab(on);
    await signInOnPage(page, `${server.url}${path}`, `u.${name}`, `${name}-password`);
    return page;
  };
  const close = async () => {
    await Promise.all(pages.map((p) => p.close().catch(() => undefined)));
    await server.close();
  };
  return { server, staff, patient, tab, open, close };
}
