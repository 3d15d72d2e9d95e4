// Security events that stand alone, outside any change's transaction: signing in and out, a
// refused action. A failure to log never turns an answer into a 500, except for want of a
// database, which the caller reports as such.
import 'server-only';
import { securityEventData, type SecurityEventEntry } from '@/lib/core/security-event';
import { isDatabaseUnavailable } from '@/lib/core/unavailable';
import { db } from '@/lib/db';

export async function recordSecurityEvent(entry: SecurityEventEntry): Promise<void> {
  try {
    await db.securityEvent.create({ data: securityEventData(entry) });
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw error;
    console.error('Could not write a security event', entry.kind, error);
  }
}
