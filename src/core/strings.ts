// Strings kept in results must not pin the large strings they were cut from. V8 makes a slice of
// 13 or more characters a view into its parent (the masked copy of a block, a whole document
// version), and a kept view keeps all of the parent alive.

/** A copy of `s` that shares no storage with the string it was sliced from. */
export function detached(s: string): string {
  // Short slices are copies already (a long string stays a view of the new, one-longer string). Concatenating makes a two-part string; slicing that flattens it
  // into a new string of length + 1 and keeps only that small string alive.
  return s.length < 13 ? s : (' ' + s).slice(1);
}
