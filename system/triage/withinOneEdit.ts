/**
 * Whether two words are at most one edit apart (Damerau-Levenshtein, optimal string alignment):
 * one insertion, deletion, substitution or transposition of adjacent letters.
 */
export function withinOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a fast path; words two or more letters apart in length fail the comparisons below as well
  if (la - lb > 1 || lb - la > 1) return false;
  // Why a linear scan, not a DP table: only distance 0 or 1 matters, so after the common
  // prefix the rest must line up under exactly one edit. Why no bounds: past either end
  // charCodeAt is NaN, which equals nothing, and a[k] is undefined, which no letter equals.
  let i = 0;
  while (a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // Stryker disable next-line EqualityOperator: la === lb returned above, so > and >= agree
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
