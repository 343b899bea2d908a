import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { activate } from './browserPages.js';
import { checkPageSeen } from './checkPageSeen.js';

/** Looks at the page at both widths; nothing a person would meet may be wrong. */
export async function expectSeenWell(page: Page, name: string): Promise<void> {
  await activate(page);
  const problems = await checkPageSeen(page, name);
  expect(problems).toEqual({ violations: [], overflow: [], smallTargets: [] });
}
