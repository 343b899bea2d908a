import { CaseFilters } from './CaseFilters.js';
import { CasePanel } from './CasePanel.js';
import { Layout } from './Layout.js';
import { SignInForms } from './SignInForms.js';

/**
 * `/dashboard`: the nurse's queue, escalations and the selected case. The shell is static;
 * `client/dashboard.ts` fills it from the API and keeps it live over the WebSocket.
 */
export function DashboardPage() {
  return (
    <Layout title="Nurse dashboard" script="dashboard">
      <SignInForms register={false} />
      <div id="signed-in" hidden>
        <div class="bar">
          <p id="who" />
          <p id="connection" class="connection" aria-live="polite">
            Offline
          </p>
          <button type="button" id="sign-out">
            Sign out
          </button>
        </div>
        <section id="escalations" aria-labelledby="escalations-heading" class="escalations">
          <h2 id="escalations-heading">Escalations</h2>
          <p id="no-escalations">No open escalation.</p>
          <ul id="escalation-list" class="escalation-list" />
        </section>
        <div class="columns">
          <section aria-labelledby="queue-heading" class="queue">
            <h2 id="queue-heading">Review queue</h2>
            <CaseFilters />
            <div class="bar">
              <p id="queue-count" aria-live="polite" />
              <button type="button" id="refresh">
                Refresh
              </button>
            </div>
            <table id="queue">
              <caption class="visually-hidden">
                Cases, most urgent first, then longest waiting
              </caption>
              <thead>
                <tr>
                  <th scope="col">Acuity</th>
                  <th scope="col">Status</th>
                  <th scope="col">Waiting</th>
                  <th scope="col">Assignee</th>
                  <th scope="col">Case</th>
                </tr>
              </thead>
              <tbody id="queue-rows" />
            </table>
          </section>
          <CasePanel />
        </div>
      </div>
    </Layout>
  );
}
