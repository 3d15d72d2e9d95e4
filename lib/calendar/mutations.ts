import 'server-only';
import type { CurrentUser } from '@/lib/auth/session';
import { writeAudit } from '@/lib/core/audit';
import { db } from '@/lib/db';
import { calendarTokenHash, newCalendarToken } from './token';

/**
 * A new secret for the user's own calendar-feed URL, returned once to be shown once: only its
 * hash is stored. Replacing it is how a leaked address is revoked. Audited without the secret.
 */
export async function issueCalendarToken(actor: CurrentUser): Promise<{ token: string }> {
  const token = newCalendarToken();
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { calendarTokenHash: true } });
    const after = await tx.user.update({
      where: { id: actor.id },
      data: { calendarTokenHash: calendarTokenHash(token), version: { increment: 1 } },
    });
    await writeAudit(tx, {
      actor,
      action: before.calendarTokenHash ? 'regenerate-calendar-link' : 'create-calendar-link',
      entityType: 'User',
      entityId: actor.id,
      entityVersion: after.version,
      entityLabel: actor.email,
      changes: { calendarToken: { before: before.calendarTokenHash ? '(set)' : null, after: '(new)' } },
    });
  });
  return { token };
}
