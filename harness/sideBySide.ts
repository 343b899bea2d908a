/** The widest a value column grows before its values are cut short. */
const MAX_COLUMN = 44;

/**
 * The model's expectation and the system's answer as a table: one row per field (nested
 * fields as `a.b`, list items as `a[0]`), `≠` where the two differ, `-` where one side has
 * no such field. Why per field: two JSON blobs one above the other hide a one-field change.
 */
export function sideBySide(
  expected: unknown,
  actual: unknown,
  headings: [string, string] = ['model expects', 'system answered'],
): string[] {
  const left = new Map(flatten(expected, ''));
  const right = new Map(flatten(actual, ''));
  const paths = [...new Set([...left.keys(), ...right.keys()])];
  const rows = paths.map((path) => {
    const a = left.get(path) ?? '-';
    const b = right.get(path) ?? '-';
    return { mark: a === b ? ' ' : '≠', path: path || '(value)', a: cut(a), b: cut(b) };
  });
  const pathWidth = Math.max(5, ...rows.map((r) => r.path.length));
  const aWidth = Math.max(headings[0].length, ...rows.map((r) => r.a.length));
  const line = (mark: string, path: string, a: string, b: string) =>
    `${mark} ${path.padEnd(pathWidth)}  ${a.padEnd(aWidth)}  ${b}`.trimEnd();
  return [
    line(' ', '', headings[0], headings[1]),
    ...rows.map((r) => line(r.mark, r.path, r.a, r.b)),
  ];
}

function flatten(value: unknown, path: string): Array<[string, string]> {
  if (Array.isArray(value)) {
    if (value.length === 0) return [[path, '[]']];
    return value.flatMap((v, i) => flatten(v, `${path}[${i}]`));
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) return [[path, '{}']];
    return entries.flatMap(([k, v]) => flatten(v, path ? `${path}.${k}` : k));
  }
  return [[path, value === undefined ? 'undefined' : JSON.stringify(value)]];
}

function cut(text: string): string {
  return text.length > MAX_COLUMN ? `${text.slice(0, MAX_COLUMN - 1)}…` : text;
}
