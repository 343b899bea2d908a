import type { MachineMove, Verdict, WorldModel } from '../harness/WorldModel.js';
import { type ClientLinkEvent, clientLinkModel } from './clientLink.js';
import {
  CHARGE,
  EXPIRE_MS,
  printRealtimeStep,
  REALTIME_RETENTION,
  REALTIME_ROSTER,
  type RealtimeStep,
  STAFF,
} from './realtimeStep.js';

/** A notification as the model expects it: `subject` is a model index (`e0`, `k1`). */
export interface Expected {
  seq: number;
  kind: string;
  subject: string;
  /** The step that caused it: within one step the order is the system's to choose. */
  step: number;
  createdAt: number;
}

/** A client as the model sees it: its link, what it should have received, and from where. */
export interface ClientModel {
  link: 'connected' | 'partitioned' | 'disconnected';
  /** The last sequence number it should have delivered. */
  position: number;
  delivered: readonly Expected[];
  resyncs: number;
}

/** The real-time world: the outbox per recipient, what retention kept, and every client. */
export interface RealtimeWorld {
  step: number;
  now: number;
  escalations: number;
  cases: ReadonlyArray<{ patient: number; decided: boolean }>;
  outbox: ReadonlyArray<readonly Expected[]>;
  /** Per recipient, the first sequence number retention kept. */
  first: readonly number[];
  clients: readonly ClientModel[];
}

const ACCEPTED: Verdict = { accepted: true, moves: [] };

/** The client link machine's move for one client, or undefined for a client that is not there. */
function linkMove(
  world: RealtimeWorld,
  client: number,
  type: ClientLinkEvent['type'],
): MachineMove | undefined {
  const from = world.clients[client]?.link;
  if (from === undefined) return undefined;
  const { accepted, to } = clientLinkModel.step(from, { type });
  return { machine: clientLinkModel.id, from, type, accepted, to, instance: String(client) };
}
const REFUSED: Verdict = { accepted: false, moves: [] };

/** Judges real-time steps and says which notifications every client must have received. */
export const realtimeWorld: WorldModel<RealtimeWorld, RealtimeStep, Verdict> = {
  init: () => ({
    step: 0,
    now: 0,
    escalations: 0,
    cases: [],
    outbox: REALTIME_ROSTER.map(() => []),
    first: REALTIME_ROSTER.map(() => 0),
    clients: REALTIME_ROSTER.map(() => ({
      link: 'connected',
      position: 0,
      delivered: [],
      resyncs: 0,
    })),
  }),

  judge(world, step) {
    switch (step.type) {
      case 'DECIDE':
        return world.cases[step.case]?.decided === false ? ACCEPTED : REFUSED;
      case 'DISCONNECT':
      case 'PARTITION':
      case 'GARBAGE':
      case 'RECONNECT': {
        const move = linkMove(world, step.client, step.type);
        return move ? { accepted: move.accepted, moves: [move] } : REFUSED;
      }
      case 'RESTART':
        return {
          accepted: true,
          moves: world.clients.map((_, c) => linkMove(world, c, 'RESTART')!),
        };
      default:
        return ACCEPTED;
    }
  },

  apply(world, step, verdict) {
    if (!verdict.accepted) return world;
    const outbox = world.outbox.map((o) => [...o]);
    let { escalations, now } = world;
    const cases = [...world.cases];
    const first = [...world.first];
    const notify = (recipient: number, kind: string, subject: string) => {
      const box = outbox[recipient]!;
      box.push({ seq: box.length + 1, kind, subject, step: world.step, createdAt: now });
    };
    let clients = world.clients.map((c) => ({ ...c }));
    switch (step.type) {
      case 'EMERGENCY':
        for (const r of STAFF) notify(r, 'escalation.raised', `e${escalations}`);
        escalations++;
        break;
      case 'REVIEW':
        for (const r of STAFF) notify(r, 'case.created', `k${cases.length}`);
        cases.push({ patient: step.patient, decided: false });
        break;
      case 'DECIDE':
        cases[step.case] = { ...cases[step.case]!, decided: true };
        notify(cases[step.case]!.patient, 'case.decided', `k${step.case}`);
        break;
      case 'EXPIRE':
        now += EXPIRE_MS;
        for (let e = 0; e < escalations; e++) notify(CHARGE, 'escalation.reEscalated', `e${e}`);
        outbox.forEach((box, r) => {
          first[r] = retainedFrom(box, now, first[r]!);
        });
        break;
      case 'DISCONNECT':
      case 'PARTITION':
        clients[step.client]!.link = step.type === 'DISCONNECT' ? 'disconnected' : 'partitioned';
        break;
      case 'RESTART':
        clients = clients.map((c) => (c.link === 'connected' ? { ...c, link: 'disconnected' } : c));
        break;
      case 'RECONNECT': {
        const c = clients[step.client]!;
        const latest = outbox[step.client]!.length;
        if (latest > c.position && first[step.client]! > c.position + 1) {
          clients[step.client] = {
            ...c,
            link: 'connected',
            position: latest,
            resyncs: c.resyncs + 1,
          };
        } else clients[step.client] = { ...c, link: 'connected' };
        break;
      }
      default:
        break;
    }
    clients = clients.map((c, r) => {
      const box = outbox[r]!;
      if (c.link !== 'connected' || c.position >= box.length) return c;
      return { ...c, position: box.length, delivered: [...c.delivered, ...box.slice(c.position)] };
    });
    return { step: world.step + 1, now, escalations, cases, outbox, first, clients };
  },

  print: printRealtimeStep,
};

/** The first sequence number retention keeps: never the last one, then by age and by count. */
function retainedFrom(box: readonly Expected[], now: number, first: number): number {
  const last = box.length;
  if (last === 0) return first;
  let from = Math.max(first, 1, last - REALTIME_RETENTION.maxPerRecipient + 1);
  while (from < last && box[from - 1]!.createdAt < now - REALTIME_RETENTION.maxAgeMs) from++;
  return from;
}
