/** Splits `total` into whole shares proportional to `weights` (largest remainders get what flooring leaves). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (weight / sum) * total);
  const shares = exact.map(Math.floor);
  const byRemainder = exact
    .map((value, index) => ({ remainder: value - shares[index], index }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  const missing = total - shares.reduce((a, b) => a + b, 0);
  for (let i = 0; i < missing; i++) shares[byRemainder[i].index]++;
  return shares;
}
