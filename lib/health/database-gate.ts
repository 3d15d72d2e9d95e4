// Whether the database answers, for the proxy (proxy.ts) to decide before a page renders (issue
// 13). With Cache Components, Next sends a page's status with its prerendered shell, before the
// page reads anything (node_modules/next/dist/docs/01-app/02-guides/streaming.md, "The HTTP
// contract"): a page rendered per request cannot turn a database outage into a 503 itself, and
// would send 200 and then wait. The documented place for a request-time status is the proxy.
//
// It asks the database at most once a second per process (a fresh connection and SELECT 1,
// within the connect timeout), and remembers the answer for that second: a burst of requests
// costs one question, and once the database answers again the next question says so — no
// restart. pg directly: the proxy is bundled on its own and has no Prisma client.
import pg from 'pg';

/** How long an answer is reused. */
const ANSWER_TTL_MS = 1_000;

let answer: { at: number; isAnswering: boolean } | null = null;
let question: Promise<boolean> | null = null;

function timeoutMs(): number {
  const configured = Number(process.env.REGISTRY_DB_CONNECT_TIMEOUT_MS);
  return Number.isFinite(configured) && configured >= 100 ? configured : 3_000;
}

async function ask(): Promise<boolean> {
  const url = process.env.DATABASE_URL;
  if (!url) return false;
  const timeout = timeoutMs();
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeout, query_timeout: timeout });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    // A hung server may never answer the goodbye either.
    void client.end().catch(() => {});
  }
}

/** True when the database answered within the connect timeout, asked at most once a second. */
export async function isDatabaseAnswering(now = Date.now()): Promise<boolean> {
  if (answer && now - answer.at < ANSWER_TTL_MS) return answer.isAnswering;
  question ??= ask().then((isAnswering) => {
    answer = { at: Date.now(), isAnswering };
    question = null;
    return isAnswering;
  });
  return question;
}
