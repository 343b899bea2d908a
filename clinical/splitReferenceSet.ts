/**
 * `npx tsx clinical/splitReferenceSet.ts FILE...`: merges the authors' vignette files and
 * splits them into `vignettes/dev.jsonl` and `vignettes/locked.jsonl`, once.
 * Why by hash: within each (expected, family) group, items are ordered by the sha256 of their
 * id and text and the first 60% go to the locked part, so nobody chooses which items judge.
 * WARNING: run once; afterwards the locked part's hash is committed and any edit shows.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { partPath } from './readVignettes.js';
import { Vignette } from './Vignette.js';

const LOCKED_SHARE = 0.6;

const items: Vignette[] = [];
for (const file of process.argv.slice(2)) {
  for (const [i, line] of readFileSync(file, 'utf8').split('\n').entries()) {
    if (line.trim() === '') continue;
    const parsed = Vignette.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.message}`);
    items.push(parsed.data);
  }
}
const ids = new Set<string>();
const texts = new Set<string>();
for (const v of items) {
  if (ids.has(v.id)) throw new Error(`duplicate id ${v.id}`);
  const key = v.text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (texts.has(key)) throw new Error(`duplicate text in ${v.id}`);
  ids.add(v.id);
  texts.add(key);
}
const rank = (v: Vignette) => createHash('sha256').update(`${v.id}\n${v.text}`).digest('hex');
const groups = new Map<string, Vignette[]>();
for (const v of items) {
  const key = `${v.expected}/${v.family}`;
  groups.set(key, [...(groups.get(key) ?? []), v]);
}
const dev: Vignette[] = [];
const locked: Vignette[] = [];
for (const group of groups.values()) {
  const ordered = group.toSorted((a, b) => (rank(a) < rank(b) ? -1 : 1));
  const cut = Math.round(ordered.length * LOCKED_SHARE);
  locked.push(...ordered.slice(0, cut));
  dev.push(...ordered.slice(cut));
}
const byId = (a: Vignette, b: Vignette) => (a.id < b.id ? -1 : 1);
const jsonl = (vs: Vignette[]) =>
  `${vs
    .toSorted(byId)
    .map((v) => JSON.stringify(v))
    .join('\n')}\n`;
writeFileSync(partPath('dev'), jsonl(dev));
writeFileSync(partPath('locked'), jsonl(locked));
const count = (vs: Vignette[], e: string) => vs.filter((v) => v.expected === e).length;
process.stdout.write(
  `dev: ${count(dev, 'escalate')} emergencies, ${count(dev, 'no_escalate')} benign; ` +
    `locked: ${count(locked, 'escalate')} emergencies, ${count(locked, 'no_escalate')} benign\n`,
);
