import { functionsOf, type Header } from '../../src/c/ir.js';
import { parseHeader } from '../../src/c/parse.js';
import type { ConfigObservation, PrototypeObservation } from '../../src/data/observation.js';
import type { PrototypeInput } from '../../src/data/prototype.js';

export function inputsOf(text: string, file = 'test.h'): PrototypeInput[] {
  const header: Header = parseHeader(text, file);
  return functionsOf(header).map((fn) => ({ origin: `${file}:${fn.name}`, header, fn }));
}

export type Ok = Extract<ConfigObservation, { status: 'ok' }>;

export function okConfig(o: PrototypeObservation, config: string): Ok {
  const c = o.configs.find((x) => x.config === config);
  if (!c) throw new Error(`no config ${config}`);
  if (c.status !== 'ok') throw new Error(`${o.name} ${config}: ${c.status}: ${c.message}`);
  return c;
}

export function byName(obs: PrototypeObservation[], name: string): PrototypeObservation {
  const o = obs.find((x) => x.name === name);
  if (!o) throw new Error(`no observation for ${name}`);
  return o;
}

/** Pieces of every parameter (then `ret`), for compact assertions. */
export function piecesOf(c: Ok): string[] {
  return [...c.args.map((a) => a.pieces.join(' ')), `ret ${c.ret ? c.ret.pieces.join(' ') : 'void'}`];
}
