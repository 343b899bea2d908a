/**
 * JSON with object keys sorted at every depth, so equal values always hash alike.
 * WARNING: only for plain data (no Map, Date, undefined inside arrays or cycles).
 */
export function canonicalJson(value: unknown): string {
  // Stryker disable next-line StringLiteral: only undefined, functions and symbols stringify to nothing, and no audit field holds one
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const v = record[key];
    if (v !== undefined) parts.push(`${JSON.stringify(key)}:${canonicalJson(v)}`);
  }
  return `{${parts.join(',')}}`;
}
