import 'server-only';
import { randomBytes } from 'node:crypto';
import type { CurrentUser } from '@/lib/auth/session';
import { writeAudit } from '@/lib/core/audit';
import { db } from '@/lib/db';

/**
 * A new secret for the user's own calendar-feed URL: 32 random bytes, URL-safe. Replacing it is
 * how a leaked address is revoked. Audited without the secret itself.
 */
export async function issueCalendarToken(actor: CurrentUser): Promise<void> {
  const token = randomBytes(32).toString('base64url');
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { calendarToken: true } });
    const after = await tx.user.update({ where: { id: actor.id }, data: { calendarToken: token, version: { increment: 1 } } });
    await writeAudit(tx, {
      actor,
      action: before.calendarToken ? 'regenerate-calendar-link' : 'create-calendar-link',
      entityType: 'User',
      entityId: actor.id,
      entityVersion: after.version,
      entityLabel: actor.email,
      changes: { calendarToken: { before: before.calendarToken ? '(set)' : null, after: '(new)' } },
    });
  });
}
