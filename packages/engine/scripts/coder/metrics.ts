/** Per-class F1 and their unweighted mean, over the classes present in truth or prediction. */
export function macroF1(truth: readonly string[], predicted: readonly string[]): number {
  const classes = new Set([...truth]);
  let sum = 0;
  for (const c of classes) sum += f1Of(c, truth, predicted);
  return classes.size === 0 ? 0 : sum / classes.size;
}

export function f1Of(c: string, truth: readonly string[], predicted: readonly string[]): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < truth.length; i++) {
    const t = truth[i] === c;
    const p = predicted[i] === c;
    if (t && p) tp++;
    else if (p) fp++;
    else if (t) fn++;
  }
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

export function accuracy(truth: readonly string[], predicted: readonly string[]): number {
  let ok = 0;
  for (let i = 0; i < truth.length; i++) if (truth[i] === predicted[i]) ok++;
  return truth.length === 0 ? 0 : ok / truth.length;
}
