// A stand-in for another `next start` process: it loads lib/cache/tag-state.cjs as Next loads the
// cache handlers, connected to DATABASE_URL, says "ready" once it has read the table, and answers
// "get <tag>" on stdin with the latest expiry this process knows for that tag
// (tests/integration/shared-cache-tags.test.ts).
const readline = require('node:readline');
const tagState = require('../../../lib/cache/tag-state.cjs');

tagState.refresh().then(() => console.log('ready'));
readline.createInterface({ input: process.stdin }).on('line', (line) => {
  const [command, tag] = line.split(' ');
  if (command === 'get') console.log(JSON.stringify({ tag, expiredAt: tagState.latestExpiry([tag]) || null }));
  if (command === 'stop') tagState.stopSharing().then(() => process.exit(0));
});
