import type { Turn } from '@rapport/engine';

/** How much one turn moved a meter. */
export function meterDelta(turn: Turn, name: string): number {
  return (turn.after[name] ?? 0) - (turn.before[name] ?? 0);
}

/** "+5", "−6" or "±0": a change as people read it, with a real minus sign. */
export function formatDelta(value: number): string {
  if (value > 0) return `+${value}`;
  if (value < 0) return `−${Math.abs(value)}`;
  return '±0';
}

export function meterLabel(name: string): string {
  const words = name.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * What a turn did to every meter, resistance and trust first, then any the scenario adds (only
 * when they moved): "Resistance −6, trust +5, understanding +10".
 */
export function describeChanges(turn: Turn, withValues = false): string {
  const extra = Object.keys(turn.after).filter(
    (name) => name !== 'resistance' && name !== 'trust' && meterDelta(turn, name) !== 0,
  );
  const parts = ['resistance', 'trust', ...extra].map((name) => {
    const value = withValues ? ` to ${turn.after[name] ?? 0}` : '';
    return `${meterLabel(name).toLowerCase()} ${formatDelta(meterDelta(turn, name))}${value}`;
  });
  const sentence = parts.join(', ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
