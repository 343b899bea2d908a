/**
 * The selected case: who the patient is and what they wrote, the basis of the AI's
 * recommendation in a nurse's words (internals behind a details toggle), and the actions.
 * Beyond the fields the browser requires, every action is sent as it is and the server
 * decides (who may act, in which state): a refusal is shown beside the control, in plain
 * words, never prevented silently in the page.
 */
export function CasePanel() {
  return (
    <section id="case" aria-labelledby="case-heading" class="case" hidden>
      <div class="case-head">
        <h2 id="case-heading" tabindex={-1}>
          Case
        </h2>
        <p id="case-summary" class="case-summary" />
      </div>
      <h3>What the patient wrote</h3>
      <ol id="case-conversation" class="transcript" />
      <div id="case-escalation" />
      <h3>Why the assistant suggests this</h3>
      <dl id="case-basis" class="facts" />
      <details id="case-details" class="details">
        <summary>Technical details</summary>
        <dl id="case-internals" class="facts" />
      </details>
      <div id="case-decision" class="decision-summary" hidden />
      <div id="case-actions">
        <h3>Actions</h3>
        <div class="actions">
          <button type="button" id="claim">
            Claim
          </button>
          <button type="button" id="release" class="secondary">
            Release
          </button>
        </div>
        <p id="claim-error" class="field-error" aria-live="assertive" />
        <form id="decide-form" class="card">
          <fieldset>
            <legend>Decision</legend>
            <label class="check">
              <input type="radio" name="outcome" value="approve" required />
              Approve the recommendation
            </label>
            <label class="check">
              <input type="radio" name="outcome" value="reject" />
              Reject it
            </label>
            <label class="check">
              <input type="radio" name="outcome" value="modify" />
              Modify the advice
            </label>
          </fieldset>
          <label for="decide-reason">Reason (required)</label>
          <textarea id="decide-reason" name="reason" rows={2} required />
          <label for="decide-advice">Advice to the patient (required to modify)</label>
          <textarea id="decide-advice" name="advice" rows={2} />
          <label class="check">
            <input type="checkbox" id="break-glass" name="breakGlass" value="yes" />
            Break the glass: decide a case assigned to someone else (audited)
          </label>
          <label for="break-glass-reason">Break-glass reason</label>
          <input id="break-glass-reason" name="breakGlassReason" />
          <div class="row">
            <button type="submit">Submit decision</button>
            <p id="decide-error" class="field-error" aria-live="assertive" />
          </div>
        </form>
        <form id="reassign-form" class="card inline">
          <label for="reassign-to">Reassign to</label>
          <select id="reassign-to" name="to" required>
            <option value="">Choose a nurse</option>
          </select>
          <button type="submit" class="secondary">
            Reassign
          </button>
          <p id="reassign-error" class="field-error" aria-live="assertive" />
        </form>
      </div>
    </section>
  );
}
