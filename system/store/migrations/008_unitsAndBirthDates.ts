/**
 * Issue 20: units  (every user works in or belongs to one; existing users join `general`,
 * which a clinic with no units is) and a patient's date of birth, when they gave it.
 */
export const unitsAndBirthDates = `
  ALTER TABLE users ADD COLUMN unit TEXT NOT NULL DEFAULT 'general';
  ALTER TABLE patients ADD COLUMN birth_date TEXT;
  CREATE INDEX users_by_unit ON users(unit, role);
  `;
