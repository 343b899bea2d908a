import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';

/**
 * The property a shrink log belongs to: its `property` field, or else its folder's name
 * (`<property>` or `<property>.<variant>`). Why the fallback: a stale log must still reach its
 * property, which then reports it as stale instead of nothing running at all.
 */
export function shrinkLogProperty(file: string): string | null {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { property?: unknown };
    if (typeof parsed.property === 'string') return parsed.property;
  } catch {
    // Unreadable: fall back to the folder.
  }
  return basename(dirname(file)).split('.')[0] || null;
}
