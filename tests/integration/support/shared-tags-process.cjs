// A stand-in for another `next start` process: it connects lib/cache/shared-tags.cjs to
// DATABASE_URL, says "ready" once it has loaded the table, and answers "get <tag>" on stdin with
// that tag's entry in its own tags manifest (tests/integration/shared-cache-tags.test.ts).
const readline = require('node:readline');
const { connectSharedTags } = require('../../../lib/cache/shared-tags.cjs');
const { tagsManifest } = require('next/dist/server/lib/incremental-cache/tags-manifest.external');

const shared = connectSharedTags({ url: process.env.DATABASE_URL, log: (message) => console.error(message) });
shared.ready.then(() => console.log('ready'));
readline.createInterface({ input: process.stdin }).on('line', (line) => {
  const [command, tag] = line.split(' ');
  if (command === 'get') console.log(JSON.stringify({ tag, entry: tagsManifest.get(tag) ?? null }));
  if (command === 'stop') shared.stop().then(() => process.exit(0));
});
