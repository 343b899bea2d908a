/**
 * The selected case: its facts, the basis of the AI's recommendation (filled in by the client)
 * and the actions on it. Beyond the fields the browser requires, every action is sent as it
 * is and the server decides (who may act, in which state): a refusal is shown in the alert
 * region, never prevented silently in the page.
 */
export function CasePanel() {
  return (
    <section id="case" aria-labelledby="case-heading" class="case" hidden>
      <h2 id="case-heading" tabindex={-1}>
        Case
      </h2>
      <dl id="case-facts" class="facts" />
      <h3>Basis of the recommendation</h3>
      <dl id="case-basis" class="facts" />
      <h3>Rule hits</h3>
      <ul id="case-rule-hits" />
      <div id="case-escalation" />
      <h3>Actions</h3>
      <div class="actions">
        <button type="button" id="claim">
          Claim
        </button>
        <button type="button" id="release">
          Release
        </button>
      </div>
      <form id="reassign-form" class="card">
        <label for="reassign-to">Reassign to (a nurse's user id)</label>
        <input id="reassign-to" name="to" required />
        <button type="submit">Reassign</button>
      </form>
      <form id="decide-form" class="card">
        <fieldset>
          <legend>Decision</legend>
          <label>
            <input type="radio" name="outcome" value="approve" checked />
            Approve the recommendation
          </label>
          <label>
            <input type="radio" name="outcome" value="reject" />
            Reject it
          </label>
          <label>
            <input type="radio" name="outcome" value="modify" />
            Modify the advice
          </label>
        </fieldset>
        <label for="decide-reason">Reason (required)</label>
        <textarea id="decide-reason" name="reason" rows={2} required />
        <label for="decide-advice">Advice to the patient (required to modify)</label>
        <textarea id="decide-advice" name="advice" rows={2} />
        <label>
          <input type="checkbox" id="break-glass" name="breakGlass" value="yes" />
          Break the glass: decide a case assigned to someone else (audited)
        </label>
        <label for="break-glass-reason">Break-glass reason</label>
        <input id="break-glass-reason" name="breakGlassReason" />
        <button type="submit">Submit decision</button>
      </form>
    </section>
  );
}
