const STATUSES = [
  ['pending', 'Waiting for a nurse'],
  ['claimed', 'Claimed'],
  ['approved', 'Approved'],
  ['rejected', 'Rejected'],
  ['modified', 'Modified'],
] as const;
const OPEN: ReadonlySet<string> = new Set(['pending', 'claimed']);

/** The queue's filters, folded away: statuses (open ones by default), acuities (all), mine. */
export function CaseFilters() {
  return (
    <details class="filters-toggle">
      <summary>Filters</summary>
      <form id="filters" class="filters">
        <fieldset>
          <legend>Status</legend>
          {STATUSES.map(([status, label]) => (
            <label class="check">
              <input type="checkbox" name="status" value={status} checked={OPEN.has(status)} />
              {label}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Acuity (none ticked: all)</legend>
          {[1, 2, 3, 4, 5].map((acuity) => (
            <label class="check">
              <input type="checkbox" name="acuity" value={String(acuity)} />
              {String(acuity)}
            </label>
          ))}
        </fieldset>
        <label class="check">
          <input type="checkbox" name="mine" value="yes" />
          Assigned to me only
        </label>
        <button type="submit">Apply filters</button>
      </form>
    </details>
  );
}
