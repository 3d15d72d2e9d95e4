// node scripts/lockfile-platforms.mjs — run after `npm install` changes package-lock.json here.
//
// The registry mirror on the project's build machines serves only Linux builds of packages
// that ship native binaries (@next/swc-*, @tailwindcss/oxide-*, @swc/core-*). npm then leaves
// the other platforms' optional packages out of package-lock.json, and `npm ci` refuses the
// lock ("Missing: @next/swc-darwin-arm64 from lock file"). This adds those entries with their
// os/cpu, so `npm ci` skips them on Linux and fetches them by name on macOS or Windows.
// Every entry then carries its `integrity`, as the ones npm wrote do: the registry's packument
// gives dist.integrity for those platforms' packages even where it does not serve their tarballs,
// so `npm ci` on macOS or Windows checks what it downloads like everything else.
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
let output = '';
try {
  output = execFileSync('npm', ['ci', '--dry-run', '--ignore-scripts'], { encoding: 'utf8', stdio: 'pipe' });
} catch (error) {
  output = `${error.stdout ?? ''}${error.stderr ?? ''}`;
}
const missing = [...output.matchAll(/Missing: (\S+?)@\S* from lock file/g)].map((match) => match[1]);
const platform =
  /-(darwin|linux|win32|freebsd|netbsd|openbsd|android|openharmony|sunos|aix|wasm32)-(arm64|x64|arm|ia32|ppc64|s390x|riscv64|loong64|mips64el|wasi)/;

for (const name of missing) {
  const parent = Object.values(lock.packages).find((entry) => entry.optionalDependencies?.[name]);
  const match = name.match(platform);
  if (!parent || !match) throw new Error(`Cannot place ${name}: not an optional platform package`);
  const [, os, cpu] = match;
  lock.packages[`node_modules/${name}`] = {
    version: parent.optionalDependencies[name],
    optional: true,
    ...(os === 'wasm32' ? { cpu: ['wasm32'] } : { os: [os], cpu: [cpu] }),
  };
}

const run = promisify(execFile);
const unsigned = Object.entries(lock.packages).filter(
  ([location, entry]) => location !== '' && !entry.link && !entry.inBundle && !entry.integrity,
);
const names = (location) => location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length);
// A few at a time: one packument each.
for (let i = 0; i < unsigned.length; i += 6) {
  await Promise.all(
    unsigned.slice(i, i + 6).map(async ([location, entry]) => {
      const spec = `${names(location)}@${entry.version}`;
      const { stdout } = await run('npm', ['view', spec, 'dist.integrity', '--json'], { encoding: 'utf8' });
      const integrity = JSON.parse(stdout || 'null');
      if (typeof integrity !== 'string' || !integrity.startsWith('sha512-'))
        throw new Error(`The registry gives no sha512 integrity for ${spec}`);
      // Keys in npm's own order: version, then integrity, then the rest.
      const { version, ...rest } = entry;
      lock.packages[location] = { version, integrity, ...rest };
    }),
  );
}

writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(
  `${missing.length ? `Added ${missing.length} platform entries` : 'No platform entry was missing'}; ${unsigned.length ? `added the integrity of ${unsigned.length}` : 'every entry carries its integrity'}.`,
);
