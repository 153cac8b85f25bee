import { createContext, useContext } from 'react';

/**
 * Whether to colour the output. Ink's chalk honours FORCE_COLOR and --no-color but not NO_COLOR,
 * so the trainer reads NO_COLOR itself (https://no-color.org: set and not empty means no colour).
 */
export function colourWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  return !env.NO_COLOR;
}

export const ColourContext = createContext(true);

/** A colour name, or none when colour is off; every coloured thing also has a label or a mark. */
export function useColour(): (name: string | undefined) => string | undefined {
  const on = useContext(ColourContext);
  return (name) => (on ? name : undefined);
}
