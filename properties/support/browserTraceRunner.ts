import type { Page } from 'playwright-core';
import { check } from '../../harness/InvariantViolation.js';
import type { RunProbe, TraceRunner } from '../../harness/PropertyDefinition.js';
import { runTrace } from '../../harness/runTrace.js';
import {
  type ConversationId,
  type Store,
  seededIds,
  type UserId,
  VirtualClock,
} from '../../system/index.js';
import type { LaunchedChromium } from '../../web/launchChromium.js';
import { answerTo, openCase, signInOnPage } from './browserPages.js';
import { BROWSER_ROSTER, BROWSER_STAFF } from './browserRoster.js';
import { type BrowserServer, startBrowserServer } from './browserServer.js';
import type { BrowserStep } from './browserStep.js';
import { browserWorld } from './browserWorld.js';
import { CLINIC_TEXTS, NURSE_ADVICE, REASON } from './clinicTexts.js';
import { type SignedInUser, signUpPatient, signUpStaff } from './signUp.js';

/** What the runs of one property run share: a browser, a server and a signed-in tab each. */
interface WalkStage {
  chromium: LaunchedChromium;
  server: BrowserServer;
  /** One dashboard tab per staff member, by roster index. */
  pages: Page[];
  /** Each roster member's user id, by roster index. */
  userIds: UserId[];
  patient: SignedInUser;
  conversationId: ConversationId;
}

/**
 * Runs browser-walk traces. Set up once per property run (at the first trace): headless
 * Chromium, a server, and a dashboard tab signed in for each staff member. Each trace then
 * walks a case of its own, opened by a new review message, so traces do not see each other's
 * cases; steps click the acting tab's buttons and fill its forms.
 * Why one server for all traces: signing three tabs in costs ~1 s, a new case ~0.2 s.
 * WARNING: `close` does not wait for the browser and server to stop (it is synchronous):
 * await `browserWalksClosed()` after the runs.
 */
export function browserTraceRunner(wrapStore?: (store: Store) => Store): TraceRunner<BrowserStep> {
  let stage: Promise<WalkStage> | null = null;
  return {
    async run(steps, probe) {
      stage ??= setUpStage(wrapStore);
      const s = await stage;
      const caseId = await newCase(s);
      for (const page of s.pages) await openCase(page, caseId);
      await walk(steps, probe, s, caseId);
    },
    close() {
      if (stage) {
        const closing = stage
          .then(async (s) => {
            await s.chromium.close();
            await s.server.close();
          })
          .catch(() => undefined)
          .finally(() => CLOSING.delete(closing));
        CLOSING.add(closing);
      }
      stage = null;
    },
  };
}

/** The runners still closing (a runner's `close` cannot wait). */
const CLOSING = new Set<Promise<void>>();

/**
 * Resolves once every browser-walk runner has closed its browser (and deleted its profile)
 * and its server: what the test file awaits after its runs, before the worker may end.
 */
export async function browserWalksClosed(): Promise<void> {
  await Promise.all([...CLOSING]);
}

async function setUpStage(wrapStore?: (store: Store) => Store): Promise<WalkStage> {
  // Why a late import: the registry loads every property, and playwright-core takes ~0.6 s
  // to import, which every other property file would pay for nothing.
  const { launchChromium } = await import('../../web/launchChromium.js');
  const server = await startBrowserServer({
    clock: new VirtualClock(),
    ids: seededIds(11),
    ...(wrapStore ? { wrapStore } : {}),
  });
  const chromium = await launchChromium();
  try {
    const staff = await signUpStaff(
      server.system,
      BROWSER_STAFF.map((i) => ({ name: BROWSER_ROSTER[i].name, role: BROWSER_ROSTER[i].role })),
    );
    const patient = await signUpPatient(server.system, 'p0');
    const started = await server.system.execute({
      type: 'startConversation',
      session: patient.session,
    });
    if (!started.ok) throw new Error('could not start the conversation');
    const pages: Page[] = [];
    // Why one tab after another: only the active tab runs at full speed (`activate`).
    for (const actor of BROWSER_STAFF) {
      const { name } = BROWSER_ROSTER[actor];
      const page = await chromium.context.newPage();
      pages.push(page);
      await signInOnPage(page, `${server.url}/dashboard`, `u.${name}`, `${name}-password`);
    }
    return {
      chromium,
      server,
      pages,
      userIds: [...staff.map((u) => u.userId), patient.userId],
      patient,
      conversationId: started.value.conversationId,
    };
  } catch (error) {
    await chromium.close();
    await server.close();
    throw error;
  }
}

async function newCase(s: WalkStage): Promise<string> {
  const sent = await s.server.system.execute({
    type: 'sendMessage',
    session: s.patient.session,
    conversationId: s.conversationId,
    text: CLINIC_TEXTS.review,
  });
  if (!sent.ok || sent.value.caseId === null) throw new Error('the review message opened no case');
  return sent.value.caseId;
}

async function walk(
  steps: readonly BrowserStep[],
  probe: RunProbe,
  s: WalkStage,
  caseId: string,
): Promise<void> {
  await runTrace(
    steps,
    {
      model: browserWorld,
      async perform(step, verdict, world) {
        const page = s.pages[step.actor]!;
        // Why no click on a decided case: the page offers no action on it (a decision is final),
        // so the model's refusal is met by the controls being gone, which is checked instead.
        const decided = await page.locator('#case-actions').isHidden();
        const code = decided
          ? TERMINAL.has(world.state)
            ? (verdict.rejection ?? 'ok')
            : 'controls-hidden'
          : await answerTo(page, () => perform(page, step, s.userIds));
        probe.label('answer', code);
        return code === 'ok' ? { ok: true, value: code } : { ok: false, error: { code } };
      },
      expectedCode: (verdict) => verdict.rejection,
      async check({ step, after: world, i }) {
        const held = s.server.system.reviewCase(caseId as never);
        const assignee = world.assignee === null ? null : s.userIds[world.assignee];
        check(
          held?.status === world.state && held.assignee === assignee,
          'model',
          i,
          () =>
            `the system holds ${held?.status}/${held?.assignee}, the model ${world.state}/${assignee}`,
          () => ({ expected: { status: world.state, assignee }, actual: held }),
        );
        // The acting tab re-read the case after its answer: it must show what the system holds.
        const shown = await s.pages[step.actor]!.locator('#case').getAttribute('data-status');
        check(
          shown === held.status,
          'dashboard',
          i,
          () => `the tab shows ${shown}, the system ${held.status}`,
        );
      },
    },
    probe,
  );
}

const TERMINAL: ReadonlySet<string> = new Set(['approved', 'rejected', 'modified']);

/** Clicks through one step on the actor's dashboard; the caller awaits the answer. */
async function perform(page: Page, step: BrowserStep, userIds: readonly UserId[]): Promise<void> {
  switch (step.type) {
    case 'CLAIM':
      return page.getByRole('button', { name: 'Claim', exact: true }).click();
    case 'RELEASE':
      return page.getByRole('button', { name: 'Release', exact: true }).click();
    case 'REASSIGN':
      await page.getByLabel('Reassign to').selectOption(userIds[step.to ?? 0]!);
      return page.getByRole('button', { name: 'Reassign', exact: true }).click();
    default: {
      const outcome = { APPROVE: 'Approve', REJECT: 'Reject', MODIFY: 'Modify' }[step.type];
      await page.getByRole('radio', { name: outcome }).check();
      await page.getByLabel('Reason (required)').fill(REASON);
      await page
        .getByLabel('Advice to the patient (required to modify)')
        .fill(step.advice ? NURSE_ADVICE : '');
      await page.locator('#break-glass').setChecked(step.breakGlass);
      await page.getByLabel('Break-glass reason').fill(step.breakGlass ? REASON : '');
      return page.getByRole('button', { name: 'Submit decision' }).click();
    }
  }
}
