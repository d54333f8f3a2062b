#!/usr/bin/env node
// The `abifuzz` command: V8's flags first, then the command line (program.ts), loaded only
// after them so that every function of the tool is compiled under them.
import { tuneV8 } from './v8-flags.js';

tuneV8();
const { runCli } = await import('./program.js');
await runCli(process.argv);
