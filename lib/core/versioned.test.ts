import { describe, expect, it } from 'vitest';
import type { Prisma } from '@/lib/generated/prisma/client';
import { ConflictError, RecordNotFoundError } from './errors';
import { checkVersion, saveVersioned } from './versioned';

/** A transaction that only records the audit rows written through it. */
function recordingTransaction() {
  const rows: unknown[] = [];
  const tx = { auditLog: { create: async ({ data }: { data: unknown }) => void rows.push(data) } };
  return { tx: tx as unknown as Prisma.TransactionClient, rows };
}

const actor = { id: 'u1', email: 'staff@example.org', role: 'staff' as const };

describe('versioned updates', () => {
  it('refuse a record that moved on, or is gone, before anything is written', () => {
    expect(() => checkVersion('Designation', 7, 2, { version: 3 })).toThrow(ConflictError);
    expect(() => checkVersion('Designation', 7, 2, null)).toThrow(RecordNotFoundError);
    expect(checkVersion('Designation', 7, 3, { version: 3, note: 'x' })).toEqual({ version: 3, note: 'x' });
  });

  it('guard the write with the version, then write the audit row at the next version', async () => {
    const { tx, rows } = recordingTransaction();
    const guards: unknown[] = [];
    const result = await saveVersioned(tx, {
      actor,
      action: 'update',
      entityType: 'Designation',
      id: 7,
      version: 3,
      write: async (guard) => (guards.push(guard), { count: 1 }),
      afterWrite: async () => ({ note: 'after' }),
      audit: (after) => ({ label: '서울 관악구', changes: { note: { before: 'before', after: after.note } } }),
    });
    expect(guards).toEqual([{ id: 7, version: 3 }]);
    expect(result).toEqual({ note: 'after' });
    expect(rows).toEqual([
      expect.objectContaining({
        actorId: 'u1',
        action: 'update',
        entityType: 'Designation',
        entityId: '7',
        entityVersion: 4,
        entityLabel: '서울 관악구',
        changes: { note: { before: 'before', after: 'after' } },
      }),
    ]);
  });

  it('refuse a save that another editor made first, with no rest of the change and no audit row', async () => {
    const { tx, rows } = recordingTransaction();
    let isRestRun = false;
    const save = saveVersioned(tx, {
      actor,
      action: 'update',
      entityType: 'Designation',
      id: 7,
      version: 3,
      write: async () => ({ count: 0 }),
      afterWrite: async () => {
        isRestRun = true;
      },
      audit: () => ({ label: '', changes: {} }),
    });
    await expect(save).rejects.toBeInstanceOf(ConflictError);
    expect(isRestRun).toBe(false);
    expect(rows).toEqual([]);
  });
});
