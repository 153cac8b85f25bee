import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { PlayerBoundary } from './player-boundary';

let broken = true;
function Player(): React.JSX.Element {
  if (broken) throw new RangeError('Cannot start at "nowhere": the scenario has no such node.');
  return <p>Playing</p>;
}

it('shows why the preview stopped instead of blanking the page, and can try again', async () => {
  // React reports an error caught by a boundary on the console; here that is the expected outcome.
  const logged = vi.mocked(console.error).mockImplementation(() => {});
  const user = userEvent.setup();
  render(
    <PlayerBoundary>
      <Player />
    </PlayerBoundary>,
  );
  expect(screen.getByRole('alert').firstChild?.textContent).toBe(
    'The preview stopped: Cannot start at "nowhere": the scenario has no such node.',
  );
  expect(logged).toHaveBeenCalled();

  broken = false;
  await user.click(screen.getByRole('button', { name: 'Try again' }));
  expect(screen.getByText('Playing')).toBeTruthy();
});
