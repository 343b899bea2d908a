import { z } from 'zod';

/** What a backup says about itself: enough to refuse a copy that is not what it claims. */
export const BackupManifest = z.object({
  format: z.literal('medassist-backup/1'),
  /** When the copy was taken, in ms since the epoch, by the clock of whoever took it. */
  takenAt: z.int(),
  file: z.string().min(1),
  bytes: z.int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The audit chain's last entry in the copy (null: an empty log). */
  auditHead: z.object({ seq: z.int().min(1), hash: z.string() }).nullable(),
  counts: z.record(z.string(), z.int().min(0)),
});
export type BackupManifest = z.infer<typeof BackupManifest>;
