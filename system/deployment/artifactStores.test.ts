import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { ArtifactStore } from './ArtifactStore.js';
import { directoryArtifactStore } from './directoryArtifactStore.js';
import { memoryArtifactStore } from './memoryArtifactStore.js';
import { shippedArtifacts } from './shippedArtifacts.js';

const shipped = shippedArtifacts().good;
const GOOD = shipped.version;
/** The shipped artifact with one metric edited: its name no longer hashes its content. */
const tampered = { ...shipped, metrics: { ...shipped.metrics, accuracy: 0.5 } };

const folders: string[] = [];
afterEach(() => {
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

/** A folder holding the artifacts as `<version>.json`, inside a parent folder of its own. */
function folderWith(raws: ReadonlyArray<{ version: string }>): string {
  const parent = mkdtempSync(join(tmpdir(), 'medassist-artifacts-'));
  folders.push(parent);
  const folder = join(parent, 'store');
  mkdirSync(folder);
  for (const raw of raws) writeFileSync(join(folder, `${raw.version}.json`), JSON.stringify(raw));
  return folder;
}

// Why one contract for both: the registry cannot tell which store it was given, so a version
// must load, be missing or be refused for the same reasons from either.
describe.each([
  ['memory', (raws: Array<{ version: string }>): ArtifactStore => memoryArtifactStore(raws)],
  ['directory', (raws: Array<{ version: string }>) => directoryArtifactStore(folderWith(raws))],
])('the %s artifact store', (_name, storeOf) => {
  test('hands back a stored artifact, verified against its name', () => {
    const loaded = storeOf([shipped]).load(GOOD);
    expect(loaded).toMatchObject({ ok: true, value: { version: GOOD } });
  });

  test('knows nothing of a version never stored', () => {
    expect(storeOf([shipped]).load('lr-000000000000')).toEqual({
      ok: false,
      error: { kind: 'missing' },
    });
  });

  test('refuses an artifact whose content does not hash to its name', () => {
    const loaded = storeOf([tampered]).load(GOOD);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) {
      expect(loaded.error.kind).toBe('unverified');
      expect(loaded.error).toMatchObject({ detail: expect.stringMatching(/hashes to/) });
    }
  });
});

test('an empty memory store holds nothing', () => {
  expect(memoryArtifactStore().load(GOOD)).toEqual({ ok: false, error: { kind: 'missing' } });
});

test('a memory store refuses an artifact without a version, and re-verifies a replaced one', () => {
  const store = memoryArtifactStore([shipped]);
  expect(() => store.put({ metrics: {} })).toThrow(/without a version/);
  expect(() => store.put(null)).toThrow(TypeError);
  expect(store.load(GOOD).ok).toBe(true);
  store.put(tampered);
  expect(store.load(GOOD)).toMatchObject({ ok: false, error: { kind: 'unverified' } });
});

test('a directory store reads a version once: a name is a content hash, never updated', () => {
  const folder = folderWith([shipped]);
  const store = directoryArtifactStore(folder);
  expect(store.load(GOOD).ok).toBe(true);
  unlinkSync(join(folder, `${GOOD}.json`));
  expect(store.load(GOOD)).toMatchObject({ ok: true, value: { version: GOOD } });
});

test('a directory store refuses a file that is not JSON, and a name that climbs out', () => {
  const folder = folderWith([]);
  writeFileSync(join(folder, `${GOOD}.json`), '{ truncated');
  expect(directoryArtifactStore(folder).load(GOOD)).toMatchObject({
    ok: false,
    error: { kind: 'unverified', detail: expect.stringMatching(/JSON/) },
  });
  // The artifact sits beside the folder, where `../` would reach it.
  writeFileSync(join(folder, '..', `${GOOD}.json`), JSON.stringify(shipped));
  expect(directoryArtifactStore(folder).load(`../${GOOD}`)).toEqual({
    ok: false,
    error: { kind: 'missing' },
  });
});
