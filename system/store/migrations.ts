import { conversations } from './migrations/001_conversations.js';
import { identityAndReview } from './migrations/002_identityAndReview.js';
import { delivery } from './migrations/003_delivery.js';
import { deployment } from './migrations/004_deployment.js';
import { healthProbe } from './migrations/005_healthProbe.js';
import { boundary } from './migrations/006_boundary.js';
import { usernameRealms } from './migrations/007_usernameRealms.js';
import { unitsAndBirthDates } from './migrations/008_unitsAndBirthDates.js';
import { outboxTimeline } from './migrations/009_outboxTimeline.js';

/**
 * The schema, one migration per entry (one file each in `migrations/`), applied in order and
 * recorded in `user_version`.
 * WARNING: never edit a migration that has shipped; append a new one.
 */
export const MIGRATIONS: readonly string[] = [
  conversations,
  identityAndReview,
  delivery,
  deployment,
  healthProbe,
  boundary,
  usernameRealms,
  unitsAndBirthDates,
  outboxTimeline,
];
