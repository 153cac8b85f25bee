import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import broken from '../../test/fixtures/facilitator/broken.yaml?raw';
import wrongType from '../../test/fixtures/facilitator/wrong-type.json?raw';
import twoRoads from '../../test/fixtures/scenarios/two-roads.yaml?raw';
import { FacilitatorPage } from './facilitator-page';
import { safeCheck } from './safe-check';

// jsdom has no workers: the tests check in place, with the same function the worker runs.
const checkHere = async (text: string, file: string) => safeCheck(text, file);

/** A file as the picker hands it over; jsdom's File has no text(), the browser's has. */
function scenarioFile(text: string, name: string): File {
  const file = new File([text], name, { type: 'application/yaml' });
  Object.defineProperty(file, 'text', { value: async () => text });
  return file;
}

async function open(text: string, name: string) {
  const user = userEvent.setup();
  render(<FacilitatorPage check={checkHere} />);
  await user.upload(screen.getByLabelText('Scenario file'), scenarioFile(text, name));
  await screen.findByText(/^Checked /);
  return user;
}

function meter(name: string): string | null {
  return screen.getByRole('meter', { name }).getAttribute('value');
}

describe('the facilitator page', () => {
  it('shows a broken file’s errors with line and column, as rapport check prints them', async () => {
    await open(broken, 'broken.yaml');
    expect(screen.getByText(/^Checked /).textContent).toBe(
      'Checked broken.yaml: 1 error, 0 warnings.',
    );
    const errors = screen.getByRole('list', { name: 'Errors' });
    expect(
      within(errors)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'broken.yaml:23:15: error: no node or ending is called "stroy" (did you mean "story"?)',
    ]);
    expect(document.querySelector('.check-output')?.textContent).toBe(
      'broken.yaml:23:15: error: no node or ending is called "stroy" (did you mean "story"?)\n1 file checked: 1 error, 0 warnings',
    );
    expect(screen.getByText('Fix the errors to play the scenario and see its graph.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start here' })).toBeNull();
  });

  it('plays a good file with the meters and the coaching notes in view', async () => {
    const user = await open(twoRoads, 'two-roads.yaml');
    expect(screen.getByText(/^Checked /).textContent).toBe(
      'Checked two-roads.yaml: 0 errors, 5 warnings.',
    );
    const warnings = screen.getByRole('list', { name: 'Warnings' });
    expect(
      within(warnings)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'two-roads.yaml:20:1: warning: the blind strategy "always option 1 in file order" reaches the breakthrough "agreed" (choosing ask, hold): a learner can win without the skill',
      'two-roads.yaml:20:1: warning: the blind strategy "always open-question when offered" reaches the breakthrough "agreed" (choosing ask, hold): a learner can win without the skill',
      'two-roads.yaml:20:1: warning: the blind strategy "always set-boundary when offered" reaches the breakthrough "agreed" (choosing ask, hold): a learner can win without the skill',
      'two-roads.yaml:41:9: warning: option "extra" at node "opening" is never offered: its condition never holds when the conversation is there',
      'two-roads.yaml:61:3: warning: no path reaches the good MITI thresholds (reflection-to-question 2:1, 50% complex reflections, listening ratio 0.80) and a breakthrough',
    ]);
    expect(meter('Resistance')).toBe('60');
    expect(screen.getByText("I don't use it. Why would I?")).toBeTruthy();

    await user.click(screen.getByRole('button', { name: /What gets in the way\?/ }));
    expect(screen.getByText('An open question invites the story.')).toBeTruthy();
    expect(meter('Resistance')).toBe('54');
    expect(meter('Trust')).toBe('45');
    await user.click(screen.getByRole('button', { name: /Continue/ }));
    expect(screen.getByText('It doubles my typing.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: /Twice the typing/ }));
    await user.click(screen.getByRole('button', { name: /See how it ended/ }));
    // The feedback that had focus is gone: focus is on the ending, not the page body.
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'Ending shrug: A shrug' }),
    );
    expect(screen.getByText('Nothing changes.')).toBeTruthy();
    expect(screen.getByText(/^pnpm rapport play/).textContent).toBe(
      'pnpm rapport play two-roads.yaml --choices ask,reflect',
    );
  });

  it('starts at a chosen node with chosen meters, and shows the line those meters pick', async () => {
    const user = await open(twoRoads, 'two-roads.yaml');
    await user.selectOptions(screen.getByLabelText('Node'), 'opening');
    const resistance = screen.getByLabelText('Resistance', { selector: 'input' });
    await user.clear(resistance);
    await user.type(resistance, '80');
    await user.click(screen.getByRole('button', { name: 'Start here' }));
    expect(screen.getByText('Playing from', { exact: false }).textContent).toBe(
      'Playing from opening with resistance 80, trust 40.',
    );
    expect(screen.getByText("I've told you already. No.")).toBeTruthy();
    expect(meter('Resistance')).toBe('80');

    await user.selectOptions(screen.getByLabelText('Node'), 'story');
    await user.click(screen.getByRole('button', { name: 'Start here' }));
    expect(screen.getByText('It doubles my typing.')).toBeTruthy();
  });

  it('plays the file in typed replies too, showing what the coder heard and the line it matched', async () => {
    const user = await open(twoRoads, 'two-roads.yaml');
    await user.click(screen.getByRole('checkbox', { name: /Type the replies/ }));
    await user.click(screen.getByRole('button', { name: 'Start here' }));
    expect(screen.getByText('Playing from', { exact: false }).textContent).toBe(
      'Playing from opening with resistance 60, trust 40, typing the replies.',
    );
    const box = await screen.findByRole('textbox', { name: /What do you say\?/ });
    await user.type(box, 'What is it that gets in the way for you when you use it?');
    await user.click(screen.getByRole('button', { name: 'Say it' }));
    expect(await screen.findByText(/^Coder: read as an open question, 0\.\d\d/)).toBeTruthy();
    expect(
      screen.getByRole('radio', { name: /Open question: What gets in the way\?/ }),
    ).toHaveProperty('checked', true);
    await user.click(screen.getByRole('button', { name: 'Go on with this line' }));
    expect(meter('Resistance')).toBe('54');
  });

  it('lists the graph: every option and where it can lead', async () => {
    await open(twoRoads, 'two-roads.yaml');
    const options = screen.getByRole('list', { name: 'Options at story' });
    const items = [...options.querySelectorAll(':scope > li')].map((item) => item.textContent);
    expect(items).toEqual([
      'hold (Setting a boundary) → if trust ≥ 45: agreedotherwise: shrug',
      'reflect (Simple reflection) → shrug',
    ]);
  });

  it('reads a JSON file as JSON, with its errors placed in it', async () => {
    await open(wrongType, 'wrong-type.json');
    const errors = screen.getByRole('list', { name: 'Errors' });
    expect(
      within(errors)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'wrong-type.json:6:14: error: minutes must be a whole number from 1 to 120, found "five"',
    ]);
  });

  it('refuses a file too large to be a scenario, saying why', async () => {
    const user = userEvent.setup();
    render(<FacilitatorPage check={checkHere} />);
    const huge = new File([new Uint8Array(3 * 1024 * 1024)], 'huge.yaml');
    await user.upload(screen.getByLabelText('Scenario file'), huge);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'huge.yaml is 3.0 MB; a scenario file can be at most 2.0 MB.',
    );
  });

  it('says so when the browser cannot run the check, rather than waiting forever', async () => {
    const user = userEvent.setup();
    render(<FacilitatorPage />);
    await user.upload(
      screen.getByLabelText('Scenario file'),
      scenarioFile(twoRoads, 'two-roads.yaml'),
    );
    const errors = await screen.findByRole('list', { name: 'Errors' });
    expect(errors.textContent).toBe(
      'two-roads.yaml: error: this browser cannot run the check: it has no web workers',
    );
    // The file itself loaded, so it can still be played.
    expect(screen.getByRole('button', { name: 'Start here' })).toBeTruthy();
  });

  it('opens a dropped file too', async () => {
    render(<FacilitatorPage check={checkHere} />);
    const zone = screen.getByText(/Drop a scenario file here/).parentElement as HTMLElement;
    fireEvent.drop(zone, { dataTransfer: { files: [scenarioFile(broken, 'dropped.yaml')] } });
    const errors = await screen.findByRole('list', { name: 'Errors' });
    expect(within(errors).getByText(/^dropped\.yaml:23:15: error:/)).toBeTruthy();
  });
});
