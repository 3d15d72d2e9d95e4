// npm run check:i18n — Korean is the source of truth (messages/ko.json) and English mirrors it:
//   - the same keys on both sides, none empty;
//   - the same ICU arguments in both languages of each message;
//   - no "을(를)"-style particles: es-hangul's josa chooses them (house style §8);
//   - no Korean text written straight into app/ or components/ (it belongs in the messages).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { icuArguments } from '@/lib/i18n/icu-arguments';

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(name, value);
    else for (const [k, v] of flatten(value, name)) entries.set(k, v);
  }
  return entries;
}

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? sourceFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)])),
  );
  return nested.flat().filter((file) => file.endsWith('.tsx') || file.endsWith('.ts'));
}

const problems: string[] = [];
const ko = flatten(JSON.parse(await readFile('messages/ko.json', 'utf8')));
const en = flatten(JSON.parse(await readFile('messages/en.json', 'utf8')));

for (const key of ko.keys()) if (!en.has(key)) problems.push(`en.json is missing ${key}`);
for (const key of en.keys()) if (!ko.has(key)) problems.push(`ko.json is missing ${key} (Korean is the source of truth)`);
for (const [key, koText] of ko) {
  const enText = en.get(key);
  if (!koText.trim()) problems.push(`ko.json ${key} is empty`);
  if (enText === undefined) continue;
  if (!enText.trim()) problems.push(`en.json ${key} is empty`);
  const koArgs = icuArguments(koText).join(', ');
  const enArgs = icuArguments(enText).join(', ');
  if (koArgs !== enArgs) problems.push(`${key}: arguments differ (ko: ${koArgs || 'none'}; en: ${enArgs || 'none'})`);
  if (/\((을|를|이|가|은|는|과|와|으)\)|을\(를\)|이\(가\)|은\(는\)|과\(와\)/.test(koText)) {
    problems.push(`ko.json ${key}: write the particle with es-hangul's josa, not "(을)를"`);
  }
}

for (const dir of ['app', 'components']) {
  for (const file of await sourceFiles(dir)) {
    const code = (await readFile(file, 'utf8')).replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const hangul = code.match(/[가-힣ㄱ-ㅎ]+/);
    if (hangul) problems.push(`${file}: Korean text "${hangul[0]}" belongs in messages/ko.json`);
  }
}

if (problems.length) {
  console.error(`check:i18n found ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`check:i18n: ${ko.size} messages, in Korean and English alike.`);
