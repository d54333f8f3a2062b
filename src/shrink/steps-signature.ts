// Steps on the prototype itself: fewer parameters, a plainer return type, and a parameter
// (or the return value) of record type replaced by the type of one of its members, which
// is how a finding about a nested type climbs up to the signature.
import type { FunctionDecl, Param, Type } from '../c/ir.js';
import { recordOf, scopeOf } from '../c/scope.js';
import { definesRecord, removeAt, removeChunks, replaceAt } from './sites.js';
import { theFunction, withFunction, type Step } from './step.js';

const INT: Type = { t: 'scalar', s: 'int' };
const VOID: Type = { t: 'void' };

export const dropParam: Step = (h) => {
  const { fn } = theFunction(h);
  const fewer = [...removeChunks(fn.params), ...fn.params.map((_, i) => removeAt(fn.params, i))];
  return fewer.map((params) => withFunction(h, { ...fn, params }));
};

export const plainerReturn: Step = (h) => {
  const { fn } = theFunction(h);
  const same = (t: Type): boolean => JSON.stringify(t) === JSON.stringify(fn.ret);
  return [VOID, INT].filter((t) => !same(t)).map((ret) => withFunction(h, { ...fn, ret }));
};

/** `f(struct s x)` → `f(T x)` for each distinct type T of a member of `struct s`. */
export const valueToMemberType: Step = (h) => {
  const { fn } = theFunction(h);
  const scope = scopeOf(h);
  const memberTypes = (t: Type): Type[] => {
    const types = (recordOf(scope, t)?.members ?? []).filter((m) => m.name !== undefined).map((m) => m.type).filter(usableAsValue);
    return [...new Map(types.map((x) => [JSON.stringify(x), x])).values()];
  };
  const params = fn.params.flatMap((p, i) => memberTypes(p.type).map((type): FunctionDecl => ({ ...fn, params: replaceAt<Param>(fn.params, i, { ...p, type }) })));
  const rets = memberTypes(fn.ret).map((ret): FunctionDecl => ({ ...fn, ret }));
  return [...params, ...rets].map((f) => withFunction(h, f));
};

/** A prototype can neither take an array (it would decay) nor define a struct inline. */
function usableAsValue(t: Type): boolean {
  return t.t !== 'array' && !definesRecord(t);
}

export const signatureSteps: Step[] = [dropParam, plainerReturn, valueToMemberType];
