import { createHash } from 'node:crypto';
import { normaliseText } from './normalise.ts';

/** SHA-256 of raw bytes or a string, as lowercase hex. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Short, stable fingerprint of a passage's normalised text, as stored in the anchor lock. */
export function textFingerprint(text: string): string {
  return sha256(normaliseText(text)).slice(0, 16);
}
