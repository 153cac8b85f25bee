import { Text } from 'ink';

export type Props = {
  /** Pairs of key and what it does, like ["Enter", "start"]. */
  readonly keys: readonly (readonly [string, string])[];
};

/** The hint as text: "↑↓ move · Enter choose". */
export function hintText(keys: Props['keys']): string {
  return keys.map(([key, action], i) => `${i > 0 ? ' · ' : ''}${key} ${action}`).join('');
}

/** The keys a screen answers to, shown on its last line. */
export function KeyHint({ keys }: Props) {
  return <Text dimColor>{hintText(keys)}</Text>;
}
