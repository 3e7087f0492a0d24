/**
 * The test server every e2e test runs against: outside requests are refused, and a browser
 * tearing down a refused HTTPS tunnel must not throw into the test process (Chromium resets
 * such sockets while starting and closing; before the fix that failed a test at random with
 * "read ECONNRESET").
 */
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startFixtureServer } from '../../../src/tools/fixture-server';

type Server = Awaited<ReturnType<typeof startFixtureServer>>;
let server: Server | null = null;

afterEach(async () => {
  await server?.close();
  server = null;
});

/** Opens a CONNECT tunnel to an outside host, then resets the socket (TCP RST) at once or after a tick. */
function connectAndReset(hostPort: string, wait: number): Promise<void> {
  const [host, port] = hostPort.split(':');
  return new Promise((done) => {
    const socket = connect(Number(port), host!, () => {
      socket.write('CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n');
      setTimeout(() => {
        socket.resetAndDestroy();
        done();
      }, wait);
    });
    socket.on('error', () => done());
  });
}

describe('fixture server', () => {
  it('refuses HTTPS tunnels to the outside and records them', async () => {
    server = await startFixtureServer();
    const [host, port] = server.hostPort.split(':');
    const reply = await new Promise<string>((done) => {
      const socket = connect(Number(port), host!, () => socket.write('CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n'));
      socket.once('data', (data) => {
        done(data.toString());
        socket.destroy();
      });
    });
    expect(reply).toMatch(/^HTTP\/1\.1 403/);
    expect(server.outsideRequests).toContainEqual({ method: 'CONNECT', url: 'example.com:443' });
  });

  it('survives browsers resetting refused tunnels, and goes on serving', async () => {
    const uncaught: Error[] = [];
    const record = (error: Error): void => {
      uncaught.push(error);
    };
    process.on('uncaughtException', record);
    try {
      server = await startFixtureServer();
      for (let i = 0; i < 20; i++) await connectAndReset(server.hostPort, i % 2);
      await new Promise((r) => setTimeout(r, 100));
      const page = await fetch(`${server.origin}/pages/seed-demo.html`);
      expect(page.status).toBe(200);
    } finally {
      process.off('uncaughtException', record);
    }
    expect(uncaught.map((e) => e.message)).toEqual([]);
  });
});
