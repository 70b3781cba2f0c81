// The rule behind TypingGuard, pure so it is unit-tested without VS Code.
import type { CheckedClaim } from '../core/types';

/** How long after the last keystroke a figure at the cursor stays unflagged. */
export const TYPING_PAUSE_MS = 1500;

/**
 * The claims to flag, leaving out any a cursor is inside of or at the very end of (the writer may
 * still be typing it). Pure: `cursors` are document offsets of the editors' carets.
 */
export function claimsNotBeingTyped(claims: readonly CheckedClaim[], cursors: readonly number[]): CheckedClaim[] {
  if (cursors.length === 0) return [...claims];
  return claims.filter((c) => !cursors.some((at) => at > c.start && at <= c.end));
}
