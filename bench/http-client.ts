// A separate process that times GET requests as a browser or curl meets the server: its own
// event loop and heap, the body read to the last byte. It speaks HTTP/1.1 over a plain socket
// (one connection a request, `Connection: close`) because node:http's response parsing costs
// the client ~10 ms per MB here — more than the server's whole answer — where curl and
// Chromium read the same bytes in a few milliseconds.
// Input (argv[2]): JSON {urls: string[]}; output (stdout): JSON {ms, firstByteMs, bytes, status} arrays
// (bytes: the body's length).
import net from 'node:net';

const { urls } = JSON.parse(process.argv[2] ?? '{"urls":[]}') as { urls: string[] };

function get(target: string): Promise<{ ms: number; firstByteMs: number; bytes: number; status: number }> {
  const url = new URL(target);
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let firstByteMs = -1;
    let head = '';
    let headerBytes = -1;
    let received = 0;
    const socket = net.connect(Number(url.port), url.hostname, () => {
      socket.write(`GET ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${url.host}\r\nAccept: application/json\r\nConnection: close\r\n\r\n`);
    });
    socket.on('data', (chunk: Buffer) => {
      if (firstByteMs < 0) firstByteMs = performance.now() - t0;
      if (headerBytes < 0) {
        // the head arrives in the first chunk or two; only it is decoded
        head += chunk.toString('latin1', 0, Math.min(chunk.length, 4096));
        const end = head.indexOf('\r\n\r\n');
        if (end >= 0) headerBytes = end + 4;
      }
      received += chunk.length;
    });
    socket.on('end', () => {
      const ms = performance.now() - t0;
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
      const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? -1);
      const bytes = received - headerBytes;
      if (headerBytes < 0 || (length >= 0 && length !== bytes)) reject(new Error(`${target}: ${bytes} body bytes, Content-Length ${length}`));
      else resolve({ ms, firstByteMs, bytes, status });
    });
    socket.on('error', reject);
  });
}

const out = { ms: [] as number[], firstByteMs: [] as number[], bytes: [] as number[], status: [] as number[] };
for (const url of urls) {
  const r = await get(url);
  out.ms.push(r.ms);
  out.firstByteMs.push(r.firstByteMs);
  out.bytes.push(r.bytes);
  out.status.push(r.status);
}
process.stdout.write(JSON.stringify(out));
