const STATUSES = ['pending', 'claimed', 'approved', 'rejected', 'modified'] as const;
const OPEN: ReadonlySet<string> = new Set(['pending', 'claimed']);

/** The queue's filters: statuses (open ones by default), acuities (all by default), mine. */
export function CaseFilters() {
  return (
    <form id="filters" class="filters">
      <fieldset>
        <legend>Status</legend>
        {STATUSES.map((status) => (
          <label>
            <input type="checkbox" name="status" value={status} checked={OPEN.has(status)} />
            {status}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Acuity (none ticked: all)</legend>
        {[1, 2, 3, 4, 5].map((acuity) => (
          <label>
            <input type="checkbox" name="acuity" value={String(acuity)} />
            {String(acuity)}
          </label>
        ))}
      </fieldset>
      <label>
        <input type="checkbox" name="mine" value="yes" />
        Assigned to me only
      </label>
      <button type="submit">Apply filters</button>
    </form>
  );
}
