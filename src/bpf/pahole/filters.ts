// The function filters of pahole releases, as a kernel build runs them (consistent_func):
// which functions BTF would leave out, and so which no BPF program can attach to. Named for
// `--btf-filter`; pahole 1.24, the one installed, has none (its real output is the `btf`
// command's path). Pure.
import type { BtfFunc } from '../func-model/btf.js';
import type { FunctionAbi } from '../variant.js';
import { UserError } from '../../user-error.js';
import { argRegisterName, uncertainParam, type PaholeArch } from './uncertain-location.js';
import { unexpectedRegisterParam, type Exemption } from './unexpected-register.js';

/** Why pahole drops a function, naming the parameter to blame. */
export interface Dropped {
  arg: number;
  reason: string;
}

export interface BtfFilter {
  name: string;
  /** `arch`: the ELF machine the object is for, which sets pahole's register count. */
  drop(fn: BtfFunc, abi: FunctionAbi, arch?: PaholeArch): Dropped | undefined;
}

function registerCheck(fn: BtfFunc, abi: FunctionAbi, exemption: Exemption, release: string, arch: PaholeArch): Dropped | undefined {
  const arg = unexpectedRegisterParam(fn, abi, exemption, arch);
  return arg === undefined ? undefined : { arg, reason: `pahole ${release} drops the function: arg${arg} is not in ${argRegisterName(arch, arg)} (unexpected register usage)` };
}

export const PAHOLE_1_25: BtfFilter = {
  name: 'pahole-1.25',
  drop: (fn, abi, arch = 'arm64') => registerCheck(fn, abi, 'struct-param', '1.25', arch),
};

export const PAHOLE_1_31: BtfFilter = {
  name: 'pahole-1.31',
  drop: (fn, abi, arch = 'arm64') => {
    const arg = uncertainParam(fn, arch);
    if (arg !== undefined) return { arg, reason: `pahole 1.31 drops the function: arg${arg} is a packed struct past the argument registers (uncertain parameter location)` };
    return registerCheck(fn, abi, 'wide-param', '1.31', arch);
  },
};

export const BTF_FILTERS: readonly BtfFilter[] = [PAHOLE_1_25, PAHOLE_1_31];

export function btfFilterNamed(name: string): BtfFilter {
  const f = BTF_FILTERS.find((x) => x.name === name);
  if (!f) throw new UserError(`unknown --btf-filter '${name}': use ${BTF_FILTERS.map((x) => x.name).join(' or ')}`);
  return f;
}
