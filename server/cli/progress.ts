// A progress line for long CLI jobs: redrawn in place on a terminal (at most ~10 times a
// second), a plain line every few seconds otherwise (logs, CI). Messages print above it.

interface Output {
  write(chunk: string): boolean;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressReporter<P> {
  update(progress: P): void;
  /** Prints a message (a problem, say) without garbling the progress line. */
  message(text: string): void;
  /** Clears the line on a terminal (the caller prints a summary next). */
  done(): void;
}

export function createProgressReporter<P>(
  out: Output,
  options: { quiet?: boolean; render: (progress: P, tty: boolean) => string; plainEveryMs?: number; now?: () => number },
): ProgressReporter<P> {
  const tty = out.isTTY === true;
  const now = options.now ?? Date.now;
  const interval = tty ? 100 : options.plainEveryMs ?? 2000;
  let last: P | undefined;
  // A terminal shows the bar at once; a log gets its first line after one interval.
  let lastDrawn = tty ? -Infinity : now();
  let onScreen = false;

  const clear = () => {
    if (tty && onScreen) {
      out.write('\r\x1b[K');
      onScreen = false;
    }
  };
  const draw = (p: P) => {
    const line = options.render(p, tty);
    if (tty) {
      const cols = out.columns ?? 100;
      out.write(`\r\x1b[K${line.length >= cols ? line.slice(0, cols - 1) : line}`);
      onScreen = true;
    } else {
      out.write(`${line}\n`);
    }
    lastDrawn = now();
  };

  return {
    update(p) {
      last = p;
      if (options.quiet) return;
      if (now() - lastDrawn >= interval) draw(p);
    },
    message(text) {
      clear();
      out.write(`${text}\n`);
      if (tty && last !== undefined && !options.quiet) draw(last);
    },
    done() {
      clear();
    },
  };
}
