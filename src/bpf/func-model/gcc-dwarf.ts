// Where gcc 12's DWARF does not describe the layout it chose, as pahole then reads it.
//
// In a union gcc describes a bit-field the DWARF 2 way (DW_AT_byte_size of a containing
// object plus DW_AT_bit_offset from its most significant bit, no member location) even
// under DWARF 5, where struct members get DW_AT_data_bit_offset. The containing object
// is placed from the declared type's alignment, so for a type aligned below its size (a
// typedef with a smaller aligned(N)) it can start before the union, and pahole turns the
// description back into a nonzero member offset. libbpf refuses a union member that is
// not at offset 0, and pahole 1.24 then gives up on the whole object ("Error emitting
// field"). Measured on aarch64-linux-gnu-gcc-12 for every width of short/int/long
// typedefs aligned to 1, 2 and 4: the object starts 8·floor(w/8) − 8·size bits before
// the union when w ≤ 8·(size − align), and at the union's start otherwise.

/** The bit offset pahole derives for a union bit-field of `width` bits; 0 when correct. */
export function unionBitfieldOffset(typeSize: number, typeAlign: number, width: number): number {
  if (typeAlign >= typeSize || width > 8 * (typeSize - typeAlign)) return 0;
  return 8 * typeSize - 8 * Math.floor(width / 8);
}
