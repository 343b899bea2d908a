import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ADVICE } from '../system/index.js';
import { type LaunchedChromium, launchChromium } from '../web/launchChromium.js';
import { browserClinic } from './support/browserClinic.js';
import {
  activate,
  answerTo,
  isInSight,
  openCase,
  PAGE_TIMEOUT_MS,
  toBottomEdge,
} from './support/browserPages.js';
import { VIEWPORTS } from './support/checkPageSeen.js';
import { CLINIC_TEXTS, REASON } from './support/clinicTexts.js';
import { countTones } from './support/countTones.js';
import { dueByAsRead } from './support/dueByAsRead.js';
import { expectSeenWell } from './support/expectSeenWell.js';
import { holdCommand } from './support/holdCommand.js';
import { sendOnChat } from './support/sendOnChat.js';
import { signUpOnChatPage } from './support/signUpOnChatPage.js';
import { untilLive } from './support/untilLive.js';

let chromium: LaunchedChromium;
beforeAll(async () => {
  chromium = await launchChromium();
});
afterAll(async () => {
  await chromium?.close();
});

/** How long a read is held back when a test shows what the notifications alone draw. */
const SLOW_READ_MS = 20_000;
/** Well within `SLOW_READ_MS`, and well past any honest delivery on a loaded machine. */
const SOONER_MS = 5_000;

describe('the pages in a real browser', () => {
  test('the emergency notice and its call link are on the chat page before sign-in', async () => {
    const c = await browserClinic(chromium, { staff: [], patient: null });
    const page = await c.tab();
    try {
      await page.goto(`${c.server.url}/chat`);
      const call = page.getByRole('complementary', { name: 'Emergency' }).getByRole('link');
      expect(await call.getAttribute('href')).toBe('tel:911');
      // The patient page offers no way into the nurses' dashboard.
      expect(await page.locator('a[href="/dashboard"]').count()).toBe(0);
      await expectSeenWell(page, 'chat-signed-out');
    } finally {
      await c.close();
    }
  });

  test("a review case shows the patient's words; the nurse's decision reaches the patient on another device, marked reviewed", async () => {
    const c = await browserClinic(chromium);
    let phone: LaunchedChromium | null = null;
    try {
      const dashboard = await c.open('/dashboard', 'nina');
      const chat = await c.open('/chat', 'pat');
      expect(await sendOnChat(chat, CLINIC_TEXTS.review)).toBe('ok');
      const reply = chat.locator('#history li').last().locator('.reply');
      expect(await reply.getAttribute('data-awaiting')).toBe('true');
      expect(await reply.textContent()).toContain('A nurse is reviewing this');
      expect(await reply.textContent()).not.toContain(ADVICE.urgent_care);
      await expectSeenWell(chat, 'chat-awaiting-review');

      // The row names the patient and previews what they wrote.
      await activate(dashboard);
      const row = dashboard.locator('#queue-rows li').first();
      await row.waitFor({ timeout: 1000 });
      expect(await row.textContent()).toContain('pat');
      expect(await row.textContent()).toContain(CLINIC_TEXTS.review.slice(0, 30));
      expect(await row.locator('.waiting').textContent()).toMatch(/^Waiting \d+ s$/);
      await expectSeenWell(dashboard, 'dashboard-queue');
      const caseId = (await row.getAttribute('data-case-id'))!;
      await openCase(dashboard, caseId);
      expect(await dashboard.locator('#case-heading').textContent()).toBe('pat');
      expect(await dashboard.locator('#case-conversation').textContent()).toContain(
        CLINIC_TEXTS.review,
      );
      // Internals are behind the toggle; no decision is chosen for the nurse.
      expect(await dashboard.getByText('Inputs hash').isVisible()).toBe(false);
      expect(await dashboard.locator('input[name="outcome"]:checked').count()).toBe(0);
      await expectSeenWell(dashboard, 'dashboard-case');

      // Deciding an unclaimed case is refused beside the button, in words, focus kept.
      await dashboard.getByRole('radio', { name: 'Approve' }).check();
      await dashboard.getByLabel('Reason (required)').fill(REASON);
      const submit = dashboard.getByRole('button', { name: 'Submit decision' });
      await dashboard.setViewportSize(VIEWPORTS.desktop);
      await toBottomEdge(dashboard, '#decide-form button[type="submit"]');
      expect(await answerTo(dashboard, () => submit.click())).not.toBe('ok');
      const error = dashboard.locator('#decide-error');
      expect(await error.textContent()).toMatch(/^Claim this case first|This case is with/);
      expect(await error.textContent()).not.toMatch(/case_|Case\//);
      expect(await submit.evaluate((el) => el === document.activeElement)).toBe(true);
      // The refusal is in sight, even when the button was pressed at the panel's bottom edge.
      expect(await isInSight(dashboard, '#decide-error')).toBe(true);
      expect(
        await answerTo(dashboard, () => dashboard.getByRole('button', { name: 'Claim' }).click()),
      ).toBe('ok');
      // The next action cleared the old error.
      expect(await error.isVisible()).toBe(false);
      const approved = await answerTo(dashboard, async () => {
        await dashboard.getByRole('radio', { name: 'Approve' }).check();
        await dashboard.getByLabel('Reason (required)').fill(REASON);
        await submit.click();
      });
      expect(approved).toBe('ok');
      expect(await dashboard.locator('#case').getAttribute('data-status')).toBe('approved');
      expect(await dashboard.locator('#case-actions').isHidden()).toBe(true);
      expect(await dashboard.locator('#case-decision').textContent()).toContain('Approved by you');
      expect(await dashboard.evaluate(() => document.activeElement?.id)).toBe('case-heading');
      await expectSeenWell(dashboard, 'dashboard-decided');

      // Another device: a fresh browser profile finds the conversation on the server.
      phone = await launchChromium();
      const other = await c.open('/chat', 'pat', phone);
      const otherReply = other.locator('#history li').last().locator('.reply');
      await otherReply.waitFor({ timeout: PAGE_TIMEOUT_MS });
      expect(await other.locator('#history li .message-text').first().textContent()).toBe(
        CLINIC_TEXTS.review,
      );
      expect(await otherReply.getAttribute('data-awaiting')).toBe('false');
      expect(await otherReply.locator('.advice').textContent()).toBe(ADVICE.urgent_care);
      expect(await otherReply.locator('.reviewed').textContent()).toMatch(
        /^Reviewed by nurse nina at /,
      );
      await expectSeenWell(other, 'chat-reviewed');
    } finally {
      await c.close();
      await phone?.close();
    }
  });

  test('an emergency interrupts the patient with a call link, reaches the board at once, and once resolved stays gone after a reload', async () => {
    const c = await browserClinic(chromium);
    try {
      const dashboard = await c.open('/dashboard', 'nina');
      await untilLive(dashboard);
      const chat = await c.open('/chat', 'pat');
      const sentAt = performance.now();
      expect(await sendOnChat(chat, CLINIC_TEXTS.emergency2)).toBe('ok');
      const banner = chat.getByRole('alert').filter({ hasText: 'emergency' });
      expect(await banner.getByRole('link').getAttribute('href')).toBe('tel:911');
      expect(
        await chat.locator('#history li').last().locator('.reply').getAttribute('data-escalated'),
      ).toBe('true');

      await activate(dashboard);
      const card = dashboard.locator('.escalation').first();
      // Why 10 s and not the 200 ms target: the target is the benchmark's, and a loaded CI
      // machine's timing is noise for a pass/fail; 10 s is still a third of the board's 30 s
      // poll, so only the pushed notification can bring the card in time.
      await card.waitFor({ timeout: Math.max(1, 10_000 - (performance.now() - sentAt)) });
      const toBoard = performance.now() - sentAt;
      console.log(
        `emergency from the Send click to the dashboard's card: ${toBoard.toFixed(0)} ms`,
      );
      expect(await card.getAttribute('data-status')).toBe('open');
      expect(await card.locator('.card-title').textContent()).toBe('pat');
      expect(await card.locator('.complaint').textContent()).toContain(
        CLINIC_TEXTS.emergency2.slice(0, 20),
      );
      expect(await card.locator('.sla').textContent()).toMatch(/^Acknowledge within \d+ min \d+ s/);
      await expect
        .poll(() => dashboard.locator('#emergency-live').textContent())
        .toContain('New emergency: pat');
      expect(await dashboard.title()).toMatch(/^\(1\) Emergency waiting/);
      await expectSeenWell(dashboard, 'dashboard-emergency');
      await expectSeenWell(chat, 'chat-emergency');

      const ack = await answerTo(dashboard, () =>
        card.getByRole('button', { name: /^Acknowledge/ }).click(),
      );
      expect(ack).toBe('ok');
      expect(await card.getAttribute('data-status')).toBe('acknowledged');
      expect(await card.locator('.card-state').textContent()).toMatch(/^Acknowledged by nina at /);
      // Focus moved to the note the next step needs, not to <body>.
      expect(
        await dashboard.evaluate(() => (document.activeElement as HTMLInputElement).name),
      ).toBe('note');
      const resolved = await answerTo(dashboard, async () => {
        await card.getByLabel('Resolution note').fill(REASON);
        await card.getByRole('button', { name: 'Resolve' }).click();
      });
      expect(resolved).toBe('ok');
      await card.waitFor({ state: 'detached' });
      // The model: a resolved escalation is never shown again, after a reload too.
      await dashboard.reload();
      await dashboard.locator('#signed-in').waitFor({ state: 'visible' });
      await expect.poll(() => dashboard.locator('#no-escalations').isVisible()).toBe(true);
      expect(await dashboard.locator('.escalation').count()).toBe(0);
    } finally {
      await c.close();
    }
  });

  test("a new emergency is drawn on the board before the board's own read returns, and one nurse's acknowledgement shows on another nurse's open board, with their name", async () => {
    // Why this test? The board used to wait for `readEscalations` after each notification
    // (232-307 ms from Send to card), and an acknowledgement notified no one: another nurse's
    // board kept asking for an emergency already taken until its 30 s poll.
    const c = await browserClinic(chromium);
    try {
      const nina = await c.open('/dashboard', 'nina');
      const carl = await c.open('/dashboard', 'carl');
      for (const board of [nina, carl]) await untilLive(board);
      // From here on each read of Nina's board takes 20 s: what it shows sooner came from the
      // notifications themselves. (The bench row times the way; a loaded CI machine cannot.)
      await holdCommand(nina, 'readEscalations', SLOW_READ_MS);
      // Nina wants to hear new emergencies; the test counts the tones the page starts.
      const tones = await countTones(nina);
      await nina.getByLabel('Sound for new emergencies').check();
      const chat = await c.open('/chat', 'pat');
      expect(await sendOnChat(chat, CLINIC_TEXTS.emergency1)).toBe('ok');
      const card = nina.locator('.escalation').first();
      await card.waitFor({ timeout: SOONER_MS });
      expect(await tones()).toBe(2);
      expect(await card.locator('.card-title').textContent()).toBe('pat');
      expect(await card.locator('.complaint').textContent()).toContain(
        CLINIC_TEXTS.emergency1.slice(0, 20),
      );
      expect(await card.getAttribute('data-acuity')).toBe('1');
      expect(await card.locator('.sla').textContent()).toMatch(/^Acknowledge within \d+ min \d+ s/);
      expect(await nina.title()).toMatch(/^\(1\) Emergency waiting/);

      // Carl takes it; Nina's board says so, with his name, without a reload.
      await activate(carl);
      const carlsCard = carl.locator('.escalation').first();
      await carlsCard.waitFor({ timeout: PAGE_TIMEOUT_MS });
      expect(
        await answerTo(carl, () => carlsCard.getByRole('button', { name: /^Acknowledge/ }).click()),
      ).toBe('ok');
      await activate(nina);
      await expect
        .poll(() => card.getAttribute('data-status'), { timeout: SOONER_MS })
        .toBe('acknowledged');
      expect(await card.locator('.card-state').textContent()).toMatch(/^Acknowledged by carl at /);
      expect(await card.getByRole('button', { name: /^Acknowledge/ }).isVisible()).toBe(false);
      expect(await nina.locator('#escalation-count').textContent()).toContain('1 acknowledged');
      await expectSeenWell(nina, 'dashboard-acknowledged-elsewhere');

      // Carl resolves it; it leaves Nina's board too.
      await activate(carl);
      expect(
        await answerTo(carl, async () => {
          await carlsCard.getByLabel('Resolution note').fill(REASON);
          await carlsCard.getByRole('button', { name: 'Resolve' }).click();
        }),
      ).toBe('ok');
      await activate(nina);
      await card.waitFor({ state: 'detached', timeout: SOONER_MS });
      await nina.unroute('**/api/commands/readEscalations');
    } finally {
      await c.close();
    }
  });

  test("a patient who gave a date of birth shows with their age and each case with its due time, on the boards of their own unit's nurses only", async () => {
    // Why this test? Rows showed neither age nor due time, and every nurse of the clinic saw
    // (and could read) every patient: there were no units.
    const c = await browserClinic(chromium, {
      staff: [
        { name: 'nina', role: 'nurse' },
        { name: 'wanda', role: 'nurse', unit: 'ward-7' },
      ],
      patient: null,
    });
    try {
      // The patient signs up on the chat page, giving a date of birth: 67 years ago yesterday.
      const born = new Date();
      born.setUTCFullYear(born.getUTCFullYear() - 67);
      born.setUTCDate(born.getUTCDate() - 1);
      const chat = await c.tab();
      await signUpOnChatPage(chat, `${c.server.url}/chat`, {
        name: 'Pat Jones',
        username: 'u.pat',
        password: 'pat-password',
        birthDate: born.toISOString().slice(0, 10),
      });
      await expectSeenWell(chat, 'chat-signed-up');
      expect(await sendOnChat(chat, CLINIC_TEXTS.review)).toBe('ok');

      const nina = await c.open('/dashboard', 'nina');
      const row = nina.locator('#queue-rows li').first();
      await row.waitFor();
      expect(await row.locator('.row-name').textContent()).toBe('Pat Jones, 67');
      // The clinic's rule, stated here: an urgent (acuity 3) case is due within 60 minutes.
      const caseId = (await row.getAttribute('data-case-id'))!;
      const createdAt = c.server.system.reviewCase(caseId as never)!.createdAt;
      const dueBy = await dueByAsRead(nina, createdAt + 60 * 60_000);
      expect(await row.locator('.due').textContent()).toBe(`Due by ${dueBy}`);
      await nina.setViewportSize(VIEWPORTS.phone);
      await openCase(nina, caseId);
      expect(await nina.locator('#case-heading').textContent()).toBe('Pat Jones, 67');
      expect(await nina.locator('#case-summary .due').textContent()).toBe(`Due by ${dueBy}`);

      // On a phone, down at the decision form, the board is out of sight: an emergency that
      // arrives now must still be in sight, with the way to it.
      await toBottomEdge(nina, '#decide-form button[type="submit"]');
      expect(await sendOnChat(chat, CLINIC_TEXTS.emergency2)).toBe('ok');
      await activate(nina);
      const jump = nina.getByRole('link', { name: /^1 emergency waiting/ });
      await jump.waitFor();
      expect(await isInSight(nina, '#emergency-jump')).toBe(true);
      await jump.click();
      const card = nina.locator('.escalation').first();
      expect(await isInSight(nina, '.escalation .card-title')).toBe(true);
      expect(
        await nina.evaluate(() => document.activeElement?.classList.contains('card-title')),
      ).toBe(true);
      expect(await card.locator('.card-title').textContent()).toBe('Pat Jones, 67');
      await expect.poll(() => jump.isVisible()).toBe(false);
      await expectSeenWell(nina, 'dashboard-ages-and-due');

      // Wanda works on ward 7: the patient is not hers to see.
      const wanda = await c.open('/dashboard', 'wanda');
      await expect.poll(() => wanda.locator('#queue-count').textContent()).toBe('0 cases');
      expect(await wanda.locator('#no-escalations').isVisible()).toBe(true);
      expect(await wanda.locator('body').textContent()).not.toContain('Pat Jones');
    } finally {
      await c.close();
    }
  });

  test('a user without the right sees the action refused in plain words beside it', async () => {
    const c = await browserClinic(chromium);
    try {
      const engineer = await c.open('/dashboard', 'emma');
      await expect
        .poll(() => engineer.locator('#queue-error').textContent())
        .toBe('Your role does not allow this.');
      expect(await engineer.locator('#queue-rows li').count()).toBe(0);

      // A nurse may claim but not reassign: the page sends it and shows the refusal by it.
      const chat = await c.open('/chat', 'pat');
      expect(await sendOnChat(chat, CLINIC_TEXTS.review)).toBe('ok');
      const nurse = await c.open('/dashboard', 'nina');
      const caseId = (await nurse.locator('#queue-rows li').first().getAttribute('data-case-id'))!;
      await openCase(nurse, caseId);
      const reassign = nurse.getByRole('button', { name: 'Reassign', exact: true });
      await nurse.setViewportSize(VIEWPORTS.phone);
      await nurse.getByLabel('Reassign to').selectOption({ label: 'carl (charge nurse)' });
      await toBottomEdge(nurse, '#reassign-form button[type="submit"]');
      const refused = await answerTo(nurse, () => reassign.click());
      expect(refused).toBe('forbidden');
      expect(await nurse.locator('#reassign-error').textContent()).toBe(
        'Only a charge nurse can reassign cases.',
      );
      expect(await reassign.evaluate((el) => el === document.activeElement)).toBe(true);
      // Pressed at the bottom of a phone's screen, the refusal beneath it is scrolled into sight.
      expect(await isInSight(nurse, '#reassign-error')).toBe(true);
      expect(c.server.system.reviewCase(caseId as never)?.status).toBe('pending');
      await expectSeenWell(nurse, 'dashboard-refused');
    } finally {
      await c.close();
    }
  });
  test('the dashboard survives a server restart on the same database and port', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'medassist-restart-'));
    const c = await browserClinic(chromium, { dbFile: join(dir, 'medassist.db') });
    try {
      const dashboard = await c.open('/dashboard', 'nina');
      await untilLive(dashboard);
      const { session } = c.patient!;
      const started = await c.server.system.execute({ type: 'startConversation', session });
      if (!started.ok) throw new Error('no conversation');
      const message = { session, conversationId: started.value.conversationId };
      await c.server.system.execute({ type: 'sendMessage', ...message, text: CLINIC_TEXTS.review });
      await dashboard.locator('#queue-rows li').nth(0).waitFor();

      const port = c.server.port;
      let reconnections = 0;
      dashboard.on('websocket', () => reconnections++);
      await c.server.restart();
      expect(c.server.port).toBe(port);
      // The page reconnects by itself, with the session kept in the database.
      await expect.poll(() => reconnections, { timeout: 5000 }).toBeGreaterThan(0);
      await untilLive(dashboard, 5000);
      await c.server.system.execute({ type: 'sendMessage', ...message, text: CLINIC_TEXTS.review });
      await dashboard.locator('#queue-rows li').nth(1).waitFor({ timeout: 2000 });
      const caseId = (await dashboard
        .locator('#queue-rows li')
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
