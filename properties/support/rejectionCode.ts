/** The system's error code for each text class the conversation model refuses. */
const TEXT_CLASS_CODES: Record<string, string> = {
  empty: 'message_empty',
  oversize: 'message_too_long',
  invalid_characters: 'message_invalid_characters',
};

/** The error code the system must answer with for the conversation model's rejection. */
export const rejectionCode = (rejection: string | null): string | null =>
  TEXT_CLASS_CODES[rejection ?? ''] ?? rejection;
