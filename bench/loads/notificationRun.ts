import WebSocket from 'ws';
import type { BenchApi } from './BenchApi.js';
import { closedLoop } from './closedLoop.js';
import { type LatencySummary, summarizeLatencies } from './LatencySummary.js';
import type { Clinic } from './seedClinic.js';
import { CASE_TEXT } from './symptomTexts.js';

/** How long delivery may trail the last command before what is missing counts as lost. */
const DRAIN_MS = 5000;

/**
 * One run of real-time delivery: every nurse subscribes over WebSocket, `producers` patients
 * send messages that open review cases (each notifies every nurse) for `durationMs`, and each
 * notification is timed from its `createdAt` (the server's clock when its command started,
 * so the command's own time is included) to its arrival. The rate is notifications delivered
 * per second, from the first command to the last arrival; a notification that never arrives
 * counts as an error.
 */
export async function notificationRun(
  api: BenchApi,
  wsUrl: string,
  clinic: Clinic,
  producers: number,
  durationMs: number,
): Promise<LatencySummary> {
  const latencies: number[] = [];
  let lastArrival = 0;
  const subscribers = await Promise.all(
    clinic.nurses.map((session) =>
      subscribe(wsUrl, session, (createdAt) => {
        latencies.push(Date.now() - createdAt);
        lastArrival = performance.now();
      }),
    ),
  );
  try {
    const start = performance.now();
    let cases = 0;
    await closedLoop(producers, durationMs, async (w) => {
      const patient = clinic.patients[w % clinic.patients.length]!;
      const reply = await api.command(
        'sendMessage',
        { conversationId: patient.conversationId, text: CASE_TEXT },
        patient.session,
      );
      if (reply.body.value?.caseId) cases++;
      return reply.body.ok;
    });
    const expected = cases * clinic.nurses.length;
    const drainUntil = performance.now() + DRAIN_MS;
    while (latencies.length < expected && performance.now() < drainUntil)
      await new Promise((resolve) => setTimeout(resolve, 5));
    const seconds = (Math.max(lastArrival, start + 1) - start) / 1000;
    return summarizeLatencies(latencies, Math.max(0, expected - latencies.length), seconds);
  } finally {
    await Promise.all(subscribers.map((s) => s.close()));
  }
}

interface Subscriber {
  /** Acknowledges everything received, waits for the server to record it, and closes. */
  close(): Promise<void>;
}

/** Subscribes one session; resolves once welcomed. Acks every 100 notifications. */
function subscribe(
  wsUrl: string,
  session: string,
  onNotification: (createdAt: number) => void,
): Promise<Subscriber> {
  const ws = new WebSocket(wsUrl);
  let lastSeq = 0;
  let ackedSeq = -1;
  let onAcked: (() => void) | null = null;
  return new Promise<Subscriber>((resolve, reject) => {
    ws.once('error', reject);
    ws.once('open', () => ws.send(JSON.stringify({ type: 'hello', session })));
    ws.on('message', (data) => {
      const frame = JSON.parse(data.toString()) as {
        type: string;
        seq?: number;
        createdAt?: number;
        latest?: number;
      };
      if (frame.type === 'welcome') {
        lastSeq = frame.latest ?? 0;
        resolve({ close });
      } else if (frame.type === 'notification') {
        onNotification(frame.createdAt!);
        lastSeq = frame.seq!;
        if (lastSeq % 100 === 0) ws.send(JSON.stringify({ type: 'ack', seq: lastSeq }));
      } else if (frame.type === 'acked') {
        ackedSeq = frame.seq!;
        if (ackedSeq >= lastSeq) onAcked?.();
      } else if (frame.type === 'error' || frame.type === 'resync') {
        reject(new Error(`subscription refused: ${data.toString()}`));
      }
    });
  });

  async function close(): Promise<void> {
    if (ws.readyState === WebSocket.OPEN && lastSeq > 0 && ackedSeq < lastSeq) {
      const acked = new Promise<void>((resolve) => {
        onAcked = resolve;
        setTimeout(resolve, 1000);
      });
      ws.send(JSON.stringify({ type: 'ack', seq: lastSeq }));
      await acked;
    }
    if (ws.readyState === WebSocket.CLOSED) return;
    const closed = new Promise<void>((resolve) => ws.once('close', () => resolve()));
    ws.close();
    await closed;
  }
}
