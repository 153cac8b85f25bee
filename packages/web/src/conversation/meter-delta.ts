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
