import { Layout } from './Layout.js';

/** `/`: where each kind of user goes. */
export function HomePage() {
  return (
    <Layout title="Welcome">
      <ul class="choices">
        <li>
          <a href="/chat">Patient chat</a>: describe your symptoms and get advice, reviewed by a
          nurse where needed.
        </li>
        <li>
          <a href="/dashboard">Nurse dashboard</a>: the review queue, escalations and decisions.
        </li>
      </ul>
    </Layout>
  );
}
