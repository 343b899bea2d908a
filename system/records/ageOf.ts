/**
 * A person's age in whole years on the day `now` falls on (UTC), from their date of birth
 * (`YYYY-MM-DD`): the birthday counts from its own day.
 */
export function ageOf(birthDate: string, now: number): number {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const today = new Date(now);
  const years = today.getUTCFullYear() - y;
  const before =
    today.getUTCMonth() + 1 < m || (today.getUTCMonth() + 1 === m && today.getUTCDate() < d);
  return Math.max(0, before ? years - 1 : years);
}
