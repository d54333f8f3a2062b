// `out.push(...items)` passes every item as an argument on the stack, and the lists a
// pasted header makes (members, declarators, attributes) can be long enough to overflow it.

export function appendAll<T>(out: T[], items: readonly T[]): void {
  for (const item of items) out.push(item);
}
