// A separate, small process that times GET requests as a browser or curl meets the server: its own
// event loop and heap, the body read to the last byte. The bench starts it before it builds its
// 2 GB model: a process that big pays for every fork it makes (its pages are write-protected and
// faulted back afterwards, while the server answers), so it never spawns the clients itself.
// Protocol: one JSON line {urls: string[]} per batch on stdin; one JSON line
// {client, ms, bytes, status} (arrays, one entry per URL; bytes: the body's length) on stdout.
// Times come from curl when the machine has it (it keeps the connection between the batch's
// requests, as a browser does); else from a plain socket here (node:http's response parsing
// costs ~10 ms per MB on this machine, more than the server's whole answer).
import net from 'node:net';
import readline from 'node:readline';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

interface Batch {
  client: 'curl' | 'node';
  ms: number[];
  bytes: number[];
  status: number[];
}

async function withCurl(urls: string[]): Promise<Batch> {
  const args = ['-s', '-w', '%{http_code} %{size_download} %{time_total}\\n', ...urls.flatMap((url) => ['-o', '/dev/null', url])];
  const { stdout } = await execFileAsync('curl', args, { maxBuffer: 16 * 1024 * 1024 });
  const out: Batch = { client: 'curl', ms: [], bytes: [], status: [] };
  for (const line of stdout.trim().split('\n')) {
    const [status, bytes, seconds] = line.trim().split(' ').map(Number) as [number, number, number];
    out.status.push(status);
    out.bytes.push(bytes);
    out.ms.push(seconds * 1000);
  }
  return out;
}

function getOverSocket(target: string): Promise<{ ms: number; bytes: number; status: number }> {
  const url = new URL(target);
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let head = '';
    let headerBytes = -1;
    let received = 0;
    const socket = net.connect(Number(url.port), url.hostname, () => {
      socket.write(`GET ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${url.host}\r\nAccept: application/json\r\nConnection: close\r\n\r\n`);
    });
    socket.on('data', (chunk: Buffer) => {
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
      else resolve({ ms, bytes, status });
    });
    socket.on('error', reject);
  });
}

async function withSocket(urls: string[]): Promise<Batch> {
  const out: Batch = { client: 'node', ms: [], bytes: [], status: [] };
  for (const url of urls) {
    const r = await getOverSocket(url);
    out.ms.push(r.ms);
    out.bytes.push(r.bytes);
    out.status.push(r.status);
  }
  return out;
}

const haveCurl = await execFileAsync('curl', ['--version']).then(
  () => true,
  () => false,
);
for await (const line of readline.createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const { urls } = JSON.parse(line) as { urls: string[] };
  try {
    process.stdout.write(JSON.stringify(haveCurl ? await withCurl(urls) : await withSocket(urls)) + '\n');
  } catch (err) {
    process.stdout.write(JSON.stringify({ error: String(err) }) + '\n');
  }
}
