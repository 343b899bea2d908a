import { EMERGENCY_NUMBER } from '../emergencyNumber.js';

/**
 * The notice every patient sees first, signed in or not: an emergency needs a phone call,
 * not a chat. A `tel:` link, so a phone dials it with one tap.
 */
export function EmergencyNotice() {
  return (
    <aside class="emergency-notice" aria-label="Emergency">
      <p>
        <strong>Emergency?</strong> Chest pain, trouble breathing, stroke signs, severe bleeding or
        thoughts of suicide:{' '}
        <a class="call" href={`tel:${EMERGENCY_NUMBER}`}>
          Call {EMERGENCY_NUMBER} now
        </a>
      </p>
    </aside>
  );
}
