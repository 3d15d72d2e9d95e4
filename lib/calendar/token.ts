// A calendar-feed secret and how it is stored: only its SHA-256 (issue 13), so a copy of the
// database (a backup, a leaked dump) holds no working feed address. 32 random bytes carry
// enough entropy that a fast, unsalted hash is the right tool (as for session tokens).
import { createHash, randomBytes } from 'node:crypto';

/** The secret's shape: 32 bytes, base64url. */
export const CALENDAR_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const newCalendarToken = (): string => randomBytes(32).toString('base64url');

export const calendarTokenHash = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');
