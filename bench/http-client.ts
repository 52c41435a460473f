// A separate process that times GET requests the way a browser or script would meet the
// server: its own event loop and heap, keep-alive, the body read to the last byte.
// Input (argv[2]): JSON {urls: string[]}; output (stdout): JSON {ms: number[], bytes: number[], status: number[]}.
import http from 'node:http';

const { urls } = JSON.parse(process.argv[2] ?? '{"urls":[]}') as { urls: string[] };
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function get(url: string): Promise<{ ms: number; bytes: number; status: number }> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => resolve({ ms: performance.now() - t0, bytes, status: res.statusCode ?? 0 }));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

const out = { ms: [] as number[], bytes: [] as number[], status: [] as number[] };
for (const url of urls) {
  const r = await get(url);
  out.ms.push(r.ms);
  out.bytes.push(r.bytes);
  out.status.push(r.status);
}
agent.destroy();
process.stdout.write(JSON.stringify(out));
