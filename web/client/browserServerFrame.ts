import type { ServerFrame as Frame } from '../../server/realtime/frames.js';

type Parsed = { success: true; data: Frame } | { success: false; error: Error };
type Fields = Record<string, unknown>;

const isPosition = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isString = (v: unknown): v is string => typeof v === 'string';

/** Each frame type's fields and their checks, as `server/realtime/frames.ts` declares them. */
const SHAPES: Record<Frame['type'], Record<string, (v: unknown) => boolean>> = {
  welcome: { recipient: isString, after: isPosition, latest: isPosition, timeline: isString },
  notification: {
    seq: (v) => isPosition(v) && v >= 1,
    kind: isString,
    body: () => true,
    createdAt: Number.isFinite,
  },
  resync: { after: isPosition, firstAvailable: isPosition, latest: isPosition },
  acked: { seq: isPosition },
  synced: { id: isString },
  error: {
    code: isString,
    message: isString,
    issues: (v) =>
      v === undefined ||
      (Array.isArray(v) &&
        v.every(
          (i) => typeof i === 'object' && i !== null && isString(i.path) && isString(i.message),
        )),
  },
};

/**
 * The server's frames checked by hand, for the browser bundle only: it stands in for the zod
 * schema in `server/realtime/frames.ts` (which would pull ~400 KB of zod into every page).
 * `browserServerFrame.test.ts` checks that both accept and produce the same frames.
 * WARNING: change it with `ServerFrame` in `frames.ts`; the test fails until both agree.
 */
export const ServerFrame = {
  safeParse(value: unknown): Parsed {
    const refuse = (why: string): Parsed => ({ success: false, error: new Error(why) });
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return refuse('not an object');
    const frame = value as Fields;
    const type = frame.type;
    if (typeof type !== 'string' || !Object.hasOwn(SHAPES, type)) return refuse('unknown type');
    const data: Fields = { type };
    for (const [name, check] of Object.entries(SHAPES[type as Frame['type']])) {
      if (!check(frame[name])) return refuse(`bad ${name}`);
      // Why copy only known fields: zod strips unknown keys, and the client spreads frames.
      if (Object.hasOwn(frame, name)) data[name] = copy(name, frame[name]);
    }
    return { success: true, data: data as Frame };
  },
};

function copy(name: string, value: unknown): unknown {
  if (name !== 'issues' || value === undefined) return value;
  return (value as Fields[]).map((i) => ({ path: i.path, message: i.message }));
}
