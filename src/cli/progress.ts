// Campaign progress: a bar redrawn in place on a terminal, a plain line every few seconds
// otherwise (CI logs). Writes to stderr so stdout stays the report.
export interface Progress { checked: number; findings: number; fresh: number }

export function progressReporter(total: number | undefined, deadline: number | undefined, started: number, stream = process.stderr): { update(p: Progress): void; done(): void } {
  const tty = stream.isTTY === true;
  let lastLine = 0;
  const line = (p: Progress): string => {
    const secs = (Date.now() - started) / 1000;
    const rate = secs > 0 ? (p.checked / secs).toFixed(1) : '0.0';
    const frac = total !== undefined ? p.checked / total : deadline !== undefined ? (Date.now() - started) / (deadline - started) : 0;
    const bar = tty ? `[${'#'.repeat(Math.round(Math.min(1, frac) * 20)).padEnd(20)}] ` : '';
    return `${bar}${p.checked} prototypes, ${rate}/s, ${p.findings} findings (${p.fresh} new) after ${secs.toFixed(0)} s`;
  };
  return {
    update(p) {
      if (tty) stream.write(`\r${line(p)}`);
      else if (Date.now() - lastLine > 10_000) {
        stream.write(`${line(p)}\n`);
        lastLine = Date.now();
      }
    },
    done() {
      if (tty) stream.write('\n');
    },
  };
}
