// Writes a response body given as many strings (a view's pieces) through a few reused 64 KB
// buffers. A body of megabytes allocated afresh per response costs more than making it: the
// fresh memory is page-faulted in (and V8 puts big strings in freshly mapped pages too), which
// on this kind of VM takes ~5 ms per MB. Reused buffers stay resident.
import type { ServerResponse } from 'node:http';

const CHUNK = 64 * 1024;
const MAX_POOLED = 32;
const pool: Buffer[] = [];

const take = (): Buffer => pool.pop() ?? Buffer.allocUnsafeSlow(CHUNK);
const give = (buffer: Buffer): void => {
  if (pool.length < MAX_POOLED) pool.push(buffer);
};

/** The UTF-8 length of the pieces together (for Content-Length). */
export function byteLengthOf(pieces: readonly string[]): number {
  let bytes = 0;
  for (const piece of pieces) bytes += Buffer.byteLength(piece, 'utf8');
  return bytes;
}

/**
 * Writes the pieces in order and ends the response; honours backpressure (waits for
 * 'drain'), so a slow client holds a few buffers, not a copy of the body.
 */
export function writePieces(res: ServerResponse, pieces: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    let buffer = take();
    let used = 0;
    let i = 0;
    const flush = (): boolean => {
      if (used === 0) return true;
      const full = buffer;
      const ok = res.write(full.subarray(0, used), () => give(full));
      buffer = take();
      used = 0;
      return ok;
    };
    const onClose = () => {
      // the client went away: the buffers still in flight are dropped with the socket
      if (!res.writableFinished) resolve();
    };
    res.once('close', onClose);
    const pump = (): void => {
      try {
        while (i < pieces.length) {
          if (res.destroyed) return;
          const piece = pieces[i++]!;
          // a piece that fits whatever its characters (at most 3 UTF-8 bytes per UTF-16 unit) is
          // written without measuring it first; a view is thousands of short pieces, every other one a comma
          if (piece.length * 3 <= CHUNK - used) {
            const c = piece.charCodeAt(0);
            if (piece.length === 1 && c < 0x80) buffer[used++] = c;
            else used += buffer.write(piece, used, 'utf8');
            continue;
          }
          const bytes = Buffer.byteLength(piece, 'utf8');
          if (used + bytes > CHUNK) {
            const ok = flush();
            if (bytes > CHUNK) {
              // a piece longer than a buffer goes as it is (rare: a claim with thousands of actor links)
              if (!res.write(piece, 'utf8')) {
                res.once('drain', pump);
                return;
              }
              continue;
            }
            if (!ok) {
              used = buffer.write(piece, 0, 'utf8');
              res.once('drain', pump);
              return;
            }
          }
          used += buffer.write(piece, used, 'utf8');
        }
        flush();
        give(buffer);
        res.end(() => {
          res.off('close', onClose);
          resolve();
        });
      } catch (err) {
        reject(err);
      }
    };
    pump();
  });
}
