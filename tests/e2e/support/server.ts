// Where the end-to-end server listens, and the file through which it tells the tests the URL of
// its throwaway database (scripts/serve.ts --throwaway-database writes it).
import os from 'node:os';
import path from 'node:path';

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const DATABASE_URL_FILE = path.join(os.tmpdir(), `registry-e2e-${E2E_PORT}.database-url`);
