/** How this project starts Debian's Chromium: one path and one flag set for tests, tools and benchmarks. */

export const chromiumPath = (): string => process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export interface ChromiumArgsOptions {
  /** host:port of the refusing fixture proxy; null lets the browser reach the network (npm start). */
  proxyHostPort: string | null;
  /** The unpacked extension to load, or null for a plain browser. */
  extensionDir: string | null;
}

/** Quiet and deterministic (headless as root needs these here); with a proxy, it catches everything bound for the outside. */
export function chromiumArgs({ proxyHostPort, extensionDir }: ChromiumArgsOptions): string[] {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  // Loopback bypasses the proxy by default; the bypass list says so explicitly.
  if (proxyHostPort) args.push(`--proxy-server=http://${proxyHostPort}`, '--proxy-bypass-list=127.0.0.1;localhost');
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  return args;
}
