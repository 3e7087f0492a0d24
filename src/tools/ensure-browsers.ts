/**
 * Makes sure the browsers the end-to-end tests drive are installed (first step of `npm test`;
 * `npm start` asks for Chromium only: `ensure-browsers.ts chromium`). Debian's `chromium` and
 * `firefox-esr` come from apt, which npm cannot do: as root this installs them; otherwise it
 * says what is missing and how to point the tools elsewhere.
 */
import { accessSync, constants } from 'node:fs';
import { spawnSync } from 'node:child_process';

interface Needed {
  name: string;
  path: string;
  envVar: string;
  aptPackage: string;
}

const BROWSERS: Needed[] = [
  { name: 'Chromium', path: process.env.CHROMIUM_PATH || '/usr/bin/chromium', envVar: 'CHROMIUM_PATH', aptPackage: 'chromium' },
  { name: 'Firefox ESR', path: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr', envVar: 'FIREFOX_PATH', aptPackage: 'firefox-esr' },
];

const runnable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

function apt(args: string[]): void {
  console.log(`ensure-browsers: apt-get ${args.join(' ')}`);
  const result = spawnSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) throw new Error(`apt-get ${args[0]} failed (exit ${result.status ?? result.signal})`);
}

function main(wanted: string[]): number {
  const unknown = wanted.filter((name) => !BROWSERS.some((b) => b.aptPackage === name));
  if (unknown.length > 0) {
    console.error(`ensure-browsers: unknown browser ${unknown.join(', ')} (known: ${BROWSERS.map((b) => b.aptPackage).join(', ')})`);
    return 1;
  }
  const needed = wanted.length > 0 ? BROWSERS.filter((b) => wanted.includes(b.aptPackage)) : BROWSERS;
  const missing = needed.filter((b) => !runnable(b.path));
  if (missing.length === 0) return 0;

  // A path given explicitly is the user's choice: never paper over it with an install.
  const misconfigured = missing.filter((b) => process.env[b.envVar]);
  if (misconfigured.length > 0) {
    for (const b of misconfigured) console.error(`ensure-browsers: ${b.envVar}=${b.path} is not an executable ${b.name}.`);
    return 1;
  }

  if (process.getuid?.() !== 0) {
    const packages = missing.map((b) => b.aptPackage).join(' ');
    console.error(
      [
        `ensure-browsers: Sourcelight's tools need ${missing.map((b) => `${b.name} (${b.path})`).join(' and ')}.`,
        `Install the Debian/Ubuntu package(s): sudo apt-get install -y ${packages}`,
        `or point the tests at browsers you have: ${missing.map((b) => `${b.envVar}=/path/to/${b.aptPackage}`).join(' ')}`,
      ].join('\n'),
    );
    return 1;
  }

  try {
    apt(['update']);
    apt(['install', '-y', ...missing.map((b) => b.aptPackage)]);
  } catch (error) {
    console.error(`ensure-browsers: ${(error as Error).message}`);
    return 1;
  }
  const still = missing.filter((b) => !runnable(b.path));
  for (const b of still) console.error(`ensure-browsers: ${b.name} is still missing at ${b.path} after the install.`);
  return still.length === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
