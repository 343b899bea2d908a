import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ADVICE } from '../system/index.js';
import { type LaunchedChromium, launchChromium } from '../web/launchChromium.js';
import { activate, answerTo, openCase, signInOnPage } from './support/browserPages.js';
import { startBrowserServer } from './support/browserServer.js';
import { CLINIC_TEXTS, REASON } from './support/clinicTexts.js';
import { signUpPatient, signUpStaff } from './support/signUp.js';

let chromium: LaunchedChromium;
beforeAll(async () => {
  chromium = await launchChromium();
});
afterAll(async () => {
  await chromium?.close();
});

/** A server with a nurse, a charge nurse, an ML engineer and a patient, and a tab opener. */
async function clinic(dbFile?: string) {
  const server = await startBrowserServer(dbFile ? { dbFile } : {});
  const staff = await signUpStaff(server.system, [
    { name: 'nina', role: 'nurse' },
    { name: 'carl', role: 'charge_nurse' },
    { name: 'emma', role: 'ml_engineer' },
  ]);
  const patient = await signUpPatient(server.system, 'pat');
  const pages: Page[] = [];
  const open = async (path: string, name: string) => {
    const page = await chromium.context.newPage();
    pages.push(page);
    await signInOnPage(page, `${server.url}${path}`, `u.${name}`, `${name}-password`);
    return page;
  };
  const close = async () => {
    await Promise.all(pages.map((p) => p.close()));
    await server.close();
  };
  return { server, staff, patient, open, close };
}

/** Sends a message from the patient page and waits for the page to show its answer. */
const send = (page: Page, text: string) =>
  answerTo(page, async () => {
    await page.getByLabel('Describe your symptoms').fill(text);
    await page.getByRole('button', { name: 'Send' }).click();
  });

describe('the pages in a real browser', () => {
  test('a review message waits for a nurse; once approved, the patient page shows the advice', async () => {
    const c = await clinic();
    try {
      const dashboard = await c.open('/dashboard', 'nina');
      const chat = await c.open('/chat', 'pat');
      expect(await send(chat, CLINIC_TEXTS.review)).toBe('ok');
      const reply = chat.locator('#history li').last().locator('.reply');
      await expect.poll(() => reply.getAttribute('data-awaiting')).toBe('true');
      expect(await reply.textContent()).toContain('A nurse is reviewing this');
      expect(await reply.textContent()).not.toContain(ADVICE.urgent_care);

      // The case reaches the open dashboard live (case.created over the WebSocket).
      await activate(dashboard);
      const row = dashboard.locator('#queue-rows tr').first();
      await row.waitFor({ timeout: 1000 });
      const caseId = (await row.getAttribute('data-case-id'))!;
      await openCase(dashboard, caseId);
      const basis = dashboard.locator('#case-basis');
      expect(await basis.textContent()).toContain('Model version');
      expect(await basis.textContent()).toContain('Rationale');
      expect(
        await answerTo(dashboard, () => dashboard.getByRole('button', { name: 'Claim' }).click()),
      ).toBe('ok');
      const approved = await answerTo(dashboard, async () => {
        await dashboard.getByRole('radio', { name: 'Approve' }).check();
        await dashboard.getByLabel('Reason (required)').fill(REASON);
        await dashboard.getByRole('button', { name: 'Submit decision' }).click();
      });
      expect(approved).toBe('ok');
      expect(await dashboard.locator('#case').getAttribute('data-status')).toBe('approved');

      // The decision reaches the patient page live (case.decided), with the advice approved.
      await activate(chat);
      await expect.poll(() => reply.getAttribute('data-awaiting'), { timeout: 2000 }).toBe('false');
      expect(await reply.locator('.advice').textContent()).toBe(ADVICE.urgent_care);
    } finally {
      await c.close();
    }
  });

  test('a red-flag message from the patient page shows on the dashboard within a second', async () => {
    const c = await clinic();
    try {
      const dashboard = await c.open('/dashboard', 'nina');
      await expect.poll(() => dashboard.locator('#connection').textContent()).toBe('Live');
      const chat = await c.open('/chat', 'pat');
      const sentAt = performance.now();
      expect(await send(chat, CLINIC_TEXTS.emergency2)).toBe('ok');
      // Emergencies are never held for review: the patient sees the advice at once.
      const reply = chat.locator('#history li').last().locator('.reply');
      expect(await reply.getAttribute('data-escalated')).toBe('true');
      expect(await reply.getAttribute('data-awaiting')).toBe('false');

      await activate(dashboard);
      const card = dashboard.locator('.escalation').first();
      await card.waitFor({ timeout: Math.max(1, 1000 - (performance.now() - sentAt)) });
      expect(performance.now() - sentAt).toBeLessThan(1000);
      expect(await card.getAttribute('data-status')).toBe('open');
      expect(await card.locator('.sla').textContent()).toMatch(/^SLA: /);

      const id = (await card.getAttribute('data-escalation-id'))!;
      const ack = await answerTo(dashboard, () =>
        dashboard.getByRole('button', { name: `Acknowledge ${id}` }).click(),
      );
      expect(ack).toBe('ok');
      expect(await card.getAttribute('data-status')).toBe('acknowledged');
      const resolved = await answerTo(dashboard, async () => {
        await dashboard.getByLabel(`Resolution note for ${id}`).fill(REASON);
        await dashboard.getByRole('button', { name: `Resolve ${id}` }).click();
      });
      expect(resolved).toBe('ok');
      await card.waitFor({ state: 'detached' });
    } finally {
      await c.close();
    }
  });

  test('a user without the right sees the action refused', async () => {
    const c = await clinic();
    try {
      // An ML engineer may not read the queue at all.
      const engineer = await c.open('/dashboard', 'emma');
      const alert = engineer.getByRole('alert');
      await expect.poll(() => alert.textContent()).toMatch(/^Refused \(forbidden\)/);
      expect(await engineer.locator('#queue-rows tr').count()).toBe(0);

      // A nurse may claim but not reassign: the page sends it and shows the refusal.
      const chat = await c.open('/chat', 'pat');
      expect(await send(chat, CLINIC_TEXTS.review)).toBe('ok');
      const nurse = await c.open('/dashboard', 'nina');
      const caseId = (await nurse.locator('#queue-rows tr').first().getAttribute('data-case-id'))!;
      await openCase(nurse, caseId);
      const refused = await answerTo(nurse, async () => {
        await nurse.getByLabel("Reassign to (a nurse's user id)").fill(c.staff[0]!.userId);
        await nurse.getByRole('button', { name: 'Reassign', exact: true }).click();
      });
      expect(refused).toBe('forbidden');
      expect(await nurse.getByRole('alert').textContent()).toContain('case.reassign');
      expect(c.server.system.reviewCase(caseId as never)?.status).toBe('pending');
    } finally {
      await c.close();
    }
  });

  test('the dashboard survives a server restart on the same database and port', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'medassist-restart-'));
    const c = await clinic(join(dir, 'medassist.db'));
    try {
      const dashboard = await c.open('/dashboard', 'nina');
      await expect.poll(() => dashboard.locator('#connection').textContent()).toBe('Live');
      const started = await c.server.system.execute({
        type: 'startConversation',
        session: c.patient.session,
      });
      if (!started.ok) throw new Error('no conversation');
      const message = { session: c.patient.session, conversationId: started.value.conversationId };
      await c.server.system.execute({ type: 'sendMessage', ...message, text: CLINIC_TEXTS.review });
      await dashboard.locator('#queue-rows tr').nth(0).waitFor();

      const port = c.server.port;
      let reconnections = 0;
      dashboard.on('websocket', () => reconnections++);
      await c.server.restart();
      expect(c.server.port).toBe(port);
      // The page reconnects by itself, with the session kept in the database.
      await expect.poll(() => reconnections, { timeout: 5000 }).toBeGreaterThan(0);
      await expect
        .poll(() => dashboard.locator('#connection').textContent(), { timeout: 5000 })
        .toBe('Live');
      await c.server.system.execute({ type: 'sendMessage', ...message, text: CLINIC_TEXTS.review });
      await dashboard.locator('#queue-rows tr').nth(1).waitFor({ timeout: 2000 });
      const caseId = (await dashboard
        .locator('#queue-rows tr')
        .nth(1)
        .getAttribute('data-case-id'))!;
      await openCase(dashboard, caseId);
      expect(
        await answerTo(dashboard, () => dashboard.getByRole('button', { name: 'Claim' }).click()),
      ).toBe('ok');
    } finally {
      await c.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
