import net from 'node:net';

export const MIN_TOKEN_LENGTH = 16;

/** True for addresses only this machine can reach: 127.0.0.0/8, ::1, localhost. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (net.isIPv4(h)) return h.startsWith('127.');
  if (net.isIPv6(h)) {
    if (h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(h);
    return mapped ? mapped[1].startsWith('127.') : false;
  }
  return false;
}

/**
 * The exposure rule, checked before anything listens: off loopback, writes need a
 * token, so the server refuses to start without REPORTGRAPH_TOKEN (of a sane length).
 * Returns the reason to refuse, or null.
 */
export function exposureProblem(host: string, token: string | undefined | null): string | null {
  if (isLoopbackHost(host)) return null;
  if (!token) {
    return `refusing to listen on ${host} (not a loopback address) without REPORTGRAPH_TOKEN: set it to a secret of at least ${MIN_TOKEN_LENGTH} characters; write requests must then send "Authorization: Bearer <token>"`;
  }
  if (token.length < MIN_TOKEN_LENGTH) return `REPORTGRAPH_TOKEN is too short: use at least ${MIN_TOKEN_LENGTH} characters when listening on ${host}`;
  return null;
}
