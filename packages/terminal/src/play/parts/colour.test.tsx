import { renderToString, Text } from 'ink';
import { describe, expect, it } from 'vitest';
import { ColourContext, colourWanted, useColour } from './colour.js';

function Probe() {
  const colour = useColour();
  return <Text>{String(colour('cyan'))}</Text>;
}

describe('colour', () => {
  it('is off when NO_COLOR is set and not empty', () => {
    expect([
      colourWanted({ NO_COLOR: '1' }),
      colourWanted({ NO_COLOR: '' }),
      colourWanted({}),
    ]).toEqual([false, true, true]);
  });

  it('gives views no colour names to pass on when it is off', () => {
    expect(renderToString(<Probe />)).toBe('cyan');
    expect(
      renderToString(
        <ColourContext value={false}>
          <Probe />
        </ColourContext>,
      ),
    ).toBe('undefined');
  });
});
