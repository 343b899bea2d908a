import { expect, test } from 'vitest';
import { isPropertySelected } from './isPropertySelected.js';
import { selectShard } from './selectShard.js';

const names = ['review', 'conversation', 'audit', 'faults', 'access'];

test('shards deal sorted names round-robin: each once, none twice', () => {
  expect(selectShard(names, { index: 1, count: 2 })).toEqual(['access', 'conversation', 'review']);
  expect(selectShard(names, { index: 2, count: 2 })).toEqual(['audit', 'faults']);
  const all = [1, 2, 3].flatMap((index) => selectShard(names, { index, count: 3 }));
  expect(all.sort()).toEqual([...names].sort());
  expect(selectShard(names, { index: 1, count: 1 })).toEqual([...names].sort());
});

test('the split does not depend on registration order; more shards than names leaves some empty', () => {
  expect(selectShard([...names].reverse(), { index: 2, count: 2 })).toEqual(['audit', 'faults']);
  expect(selectShard(['only'], { index: 2, count: 3 })).toEqual([]);
});

test('a shard out of range is a bug in the caller', () => {
  expect(() => selectShard(names, { index: 0, count: 2 })).toThrow(/from 1 to 2/);
  expect(() => selectShard(names, { index: 3, count: 2 })).toThrow(/from 1 to 2/);
  expect(() => selectShard(names, { index: 1, count: 0 })).toThrow(/count/);
});

test('a property runs when its name matches, its shard is this one, or its log is replayed', () => {
  expect(isPropertySelected('audit', {}, names)).toBe(true);
  expect(isPropertySelected('audit', { property: 'conv' }, names)).toBe(false);
  expect(isPropertySelected('audit', { shard: { index: 2, count: 2 } }, names)).toBe(true);
  expect(isPropertySelected('review', { shard: { index: 2, count: 2 } }, names)).toBe(false);
  expect(isPropertySelected('audit', { replay: 'x.json' }, names, 'audit')).toBe(true);
  expect(isPropertySelected('review', { replay: 'x.json' }, names, 'audit')).toBe(false);
});
