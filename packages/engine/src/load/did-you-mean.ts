/**
 * The candidate a misspelled word most likely meant, or undefined when none is close. Close means
 * a case slip, at most two edits, or a clear prefix ("opt" for "options", "reflect" for
 * "simple-reflection"); a tie goes to the candidate listed first.
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const wanted = word.toLowerCase();
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    if (candidate === word) return undefined;
    const score = closeness(wanted, candidate.toLowerCase());
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

function closeness(word: string, candidate: string): number {
  if (word === candidate) return 0;
  const longest = Math.max(word.length, candidate.length);
  const distance = editDistance(word, candidate, 2);
  // Two edits turn any short word into any other, so short words get fewer.
  if (distance <= Math.min(2, Math.floor(longest / 3))) return distance;
  if (word.length >= 3 && (candidate.startsWith(word) || word.startsWith(candidate))) return 3;
  if (word.length >= 4 && candidate.split('-').some((part) => part.startsWith(word))) return 4;
  return Number.POSITIVE_INFINITY;
}

/**
 * Edit distance where swapping two neighbouring letters counts as one slip, as it does when typing
 * ("trsut" for "trust"); gives up (returning limit + 1) once it must exceed limit.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current.push(value);
      if (value < rowBest) rowBest = value;
    }
    if (rowBest > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length] ?? limit + 1, limit + 1);
}
