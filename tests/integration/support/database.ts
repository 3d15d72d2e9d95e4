// A fresh copy of the seeded template, for a test file that writes.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createPrismaClient, type PrismaClient } from '@/lib/create-prisma-client';
import { databaseUrl } from '../../../scripts/db/url';

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: inject('serverUrl') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export type TestDatabase = { url: string; prisma: PrismaClient; drop: () => Promise<void> };

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `registry_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await admin(`CREATE DATABASE "${name}" TEMPLATE "${inject('templateName')}"`);
  const url = databaseUrl(inject('serverUrl'), name);
  const prisma = createPrismaClient(url, { max: 3 });
  return {
    url,
    prisma,
    async drop() {
      await prisma.$disconnect();
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
