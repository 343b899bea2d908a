import type { TriageModelArtifact } from '../system/ml/triageModelArtifact.js';

const WIDTH = 100;

/**
 * An artifact as stored: JSON laid out as the repository's formatter (Biome) lays it out, one
 * object field, feature or weight row per line, so that it passes `npm run lint`, a diff between
 * two versions reads, and the same artifact always gives the same bytes.
 */
export function formatArtifact(artifact: TriageModelArtifact): string {
  return `${layout(artifact, '', '', '')}\n`;
}

const isObject = (v: unknown): v is object => v !== null && typeof v === 'object';

// Arrays of plain values (or of such arrays) on one line: the only things the formatter
// collapses here, since every object below opens onto its own lines.
function flat(value: unknown): string | null {
  if (!Array.isArray(value)) return isObject(value) ? null : JSON.stringify(value);
  const items = value.map(flat);
  return items.includes(null) ? null : `[${items.join(', ')}]`;
}

// Objects stay expanded (the formatter keeps an object expanded when its source is); an array
// stays on one line when the whole line, comma included, fits the width, else one item a line.
function layout(value: unknown, indent: string, prefix: string, suffix: string): string {
  const inner = `${indent}  `;
  const last = (i: number, n: number) => (i < n - 1 ? ',' : '');
  if (Array.isArray(value)) {
    const line = flat(value);
    if (line !== null && indent.length + prefix.length + line.length + suffix.length <= WIDTH) {
      return line;
    }
    const items = value.map((v, i) => `${inner}${layout(v, inner, '', last(i, value.length))}`);
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  if (isObject(value)) {
    const entries = Object.entries(value);
    const fields = entries.map(([k, v], i) => {
      const key = `${JSON.stringify(k)}: `;
      return `${inner}${key}${layout(v, inner, key, last(i, entries.length))}`;
    });
    return `{\n${fields.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}
