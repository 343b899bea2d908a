import { CaseFilters } from './CaseFilters.js';
import { CasePanel } from './CasePanel.js';
import { Layout } from './Layout.js';
import { SignInForms } from './SignInForms.js';

/**
 * `/dashboard`: the nurse's board. Emergencies first (most urgent and most overdue on top),
 * then the review queue as an in-basket (patient, complaint, acuity, waiting, owner) beside
 * the selected case. The shell is static; `client/dashboard.ts` fills it from the API and
 * keeps it live over the WebSocket.
 */
export function DashboardPage() {
  return (
    <Layout title="Nurse dashboard" script="dashboard">
      <SignInForms register={false} />
      <div id="signed-in" hidden>
        <div class="bar">
          <p id="who" class="who" />
          <p id="connection" class="connection" aria-live="polite">
            Offline
          </p>
          <label class="check">
            <input type="checkbox" id="emergency-sound" />
            Sound for new emergencies
          </label>
          <button type="button" id="sign-out" class="secondary">
            Sign out
          </button>
        </div>
        <p id="emergency-live" class="visually-hidden" aria-live="assertive" />
        {/* Why: a nurse deep in a case on a phone cannot see the board above; this stays on
            screen while an emergency waits out of sight. */}
        <a id="emergency-jump" class="emergency-jump" href="#escalations" hidden>
          Emergency waiting: show
        </a>
        <div class="columns">
          <div class="board">
            <section id="escalations" aria-labelledby="escalations-heading" class="escalations">
              <div class="section-head">
                <h2 id="escalations-heading">Emergencies</h2>
                <p id="escalation-count" class="counts" />
              </div>
              <p id="no-escalations" class="muted">
                No open emergency.
              </p>
              <ul id="escalation-list" class="escalation-list" />
            </section>
            <section aria-labelledby="queue-heading" class="queue">
              <div class="section-head">
                <h2 id="queue-heading">Review queue</h2>
                <p id="queue-count" class="counts" />
              </div>
              <div class="queue-tools">
                <CaseFilters />
                <button type="button" id="refresh" class="secondary">
                  Refresh
                </button>
              </div>
              <p id="queue-error" class="field-error" aria-live="assertive" />
              <ul
                id="queue-rows"
                class="queue-rows"
                aria-label="Cases, most urgent first, then longest waiting"
              />
            </section>
          </div>
          <CasePanel />
        </div>
      </div>
    </Layout>
  );
}
