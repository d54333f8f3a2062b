// Installed tools are found on PATH without being run.
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { onPath } from '../../src/toolchains/path-lookup.js';

const root = mkdtempSync(join(tmpdir(), 'abifuzz-path-'));
const [a, b] = [join(root, 'a'), join(root, 'b')];
mkdirSync(a);
mkdirSync(b);
writeFileSync(join(a, 'tool'), 'not executable');
writeFileSync(join(b, 'tool'), '#!/bin/sh\n');
chmodSync(join(b, 'tool'), 0o755);
mkdirSync(join(a, 'dir-tool'));

describe('onPath', () => {
  it('takes the first executable file in PATH order, skipping files that cannot run', () => {
    expect(onPath('tool', `${a}:${b}`)).toBe(join(b, 'tool'));
    expect(onPath('tool', `${a}`)).toBeUndefined();
  });

  it('does not take a directory, and finds nothing that is not there', () => {
    expect(onPath('dir-tool', a)).toBeUndefined();
    expect(onPath('missing', `${a}:${b}`)).toBeUndefined();
  });

  it('checks a command with a slash as the path it is, whatever PATH says', () => {
    expect(onPath(join(b, 'tool'), '')).toBe(join(b, 'tool'));
    expect(onPath(join(a, 'tool'), b)).toBeUndefined();
  });
});
