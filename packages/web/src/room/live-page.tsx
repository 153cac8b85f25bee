import type { Scenario, Transcript } from '@rapport/engine';
import { useEffect, useMemo, useState } from 'react';
import { ScreenHeading } from '../app/screen-heading';
import { Debrief } from '../debrief/debrief';
import { followLive, type LiveSnapshot, type Spread } from './live-stream';
import { roomRequest } from './room-api';

const OUTCOMES = ['breakthrough', 'partial', 'stalemate', 'escalation'] as const;
const KEY_STORE = 'rapport.room.facilitator-key';

function keyFromHash(): string | null {
  const query = location.hash.split('?')[1] ?? '';
  return new URLSearchParams(query).get('key');
}

function savedKey(): string | null {
  try {
    return sessionStorage.getItem(KEY_STORE);
  } catch {
    return null;
  }
}

function format(value: number | null, digits = 2): string {
  return value === null ? '–' : value.toFixed(digits);
}

function SpreadRow({
  label,
  spread,
}: {
  readonly label: string;
  readonly spread: Spread;
}): React.JSX.Element {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{spread.count}</td>
      <td>{format(spread.min)}</td>
      <td>{format(spread.median)}</td>
      <td>{format(spread.max)}</td>
    </tr>
  );
}

/**
 * The room's choices on the conversation graph: every node the room reached, each option with the
 * share of the room that chose it there and where it leads (the graph's edges, as in the
 * facilitator page's graph view).
 */
function Heatmap({
  scenario,
  choices,
}: {
  readonly scenario: Scenario;
  readonly choices: LiveSnapshot['scenarios'][number]['choices'];
}): React.JSX.Element {
  const nodes = Object.entries(scenario.nodes).filter(([id]) => choices[id]);
  if (nodes.length === 0) return <p>No choices yet.</p>;
  return (
    <ol className="room-heatmap">
      {nodes.map(([id, node]) => {
        const counts = choices[id] ?? {};
        const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
        return (
          <li key={id}>
            <p>
              <code>{id}</code>: “{node.says}” ({total} {total === 1 ? 'choice' : 'choices'})
            </p>
            <ul>
              {node.options.map((option) => {
                const share = total === 0 ? 0 : (counts[option.id] ?? 0) / total;
                return (
                  <li
                    key={option.id}
                    className="room-heat"
                    style={{ '--share': share } as React.CSSProperties}
                  >
                    <span className="room-heat-share">{Math.round(share * 100)}%</span>{' '}
                    <span>{option.text}</span> <small>({option.move})</small>{' '}
                    <small className="room-heat-to">
                      →{' '}
                      {typeof option.next === 'string'
                        ? option.next
                        : option.next.map((b) => b.to).join(' or ')}
                    </small>
                  </li>
                );
              })}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}

async function download(key: string, path: string, name: string): Promise<void> {
  const response = await fetch(path, { headers: { authorization: `Bearer ${key}` } });
  if (!response.ok) throw new Error(`the room answered ${response.status}`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** The facilitator's view of the room, live: who plays where, what the room chose, how it went. */
export function LivePage(): React.JSX.Element {
  const [key, setKey] = useState<string | null>(() => keyFromHash() ?? savedKey());
  const [typed, setTyped] = useState('');
  const [snapshot, setSnapshot] = useState<LiveSnapshot | null>(null);
  const [state, setState] = useState<'connecting' | 'live' | 'reconnecting' | 'refused'>(
    'connecting',
  );
  const [scenarios, setScenarios] = useState<Record<string, Scenario>>({});
  const [projected, setProjected] = useState<{ transcript: Transcript; id: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!key) return;
    try {
      sessionStorage.setItem(KEY_STORE, key);
    } catch {}
    // The key has done its work in the address: take it out, so it is not shared by a copy.
    if (keyFromHash()) history.replaceState(null, '', '#/room/live');
    const controller = new AbortController();
    void followLive(key, setSnapshot, setState, controller.signal);
    return () => controller.abort();
  }, [key]);

  const ids = useMemo(() => snapshot?.scenarios.map((s) => s.id).join(' ') ?? '', [snapshot]);
  useEffect(() => {
    if (!ids) return;
    let live = true;
    void (async () => {
      const { Scenario: schema } = await import('@rapport/engine');
      const loaded: Record<string, Scenario> = {};
      for (const id of ids.split(' ')) {
        loaded[id] = schema.parse(
          await roomRequest('GET', `/api/room/scenarios/${encodeURIComponent(id)}`),
        );
      }
      if (live) setScenarios(loaded);
    })().catch((error: unknown) =>
      setProblem(`Could not load the room's scenarios: ${String(error)}`),
    );
    return () => {
      live = false;
    };
  }, [ids]);

  if (!key || state === 'refused') {
    return (
      <>
        <ScreenHeading focusKey="room-key">The room, live</ScreenHeading>
        {state === 'refused' ? <p role="alert">That is not this room's facilitator key.</p> : null}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setState('connecting');
            setKey(typed.trim());
          }}
        >
          <label htmlFor="room-key">Facilitator key (printed by “rapport room”)</label>
          <input
            id="room-key"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            autoComplete="off"
          />
          <button type="submit">Open the live view</button>
        </form>
      </>
    );
  }

  if (projected) {
    const scenario = scenarios[projected.transcript.scenario.id];
    return (
      <>
        <p>
          <button type="button" className="secondary" onClick={() => setProjected(null)}>
            Back to the room
          </button>
        </p>
        <Debrief
          attempt={{
            id: `room-${projected.id}`,
            savedAt: new Date().toISOString(),
            transcript: projected.transcript,
          }}
          scenario={scenario}
        />
      </>
    );
  }

  const project = async (id: string) => {
    try {
      const { transcript } = await roomRequest<{ transcript: Transcript }>(
        'GET',
        `/api/attempts/${encodeURIComponent(id)}/transcript`,
        undefined,
        key,
      );
      setProjected({ transcript, id });
    } catch (error) {
      setProblem(`Could not open that attempt: ${String(error)}`);
    }
  };
  const playing =
    snapshot?.participants.flatMap((p) => p.attempts.map((a) => ({ ...a, name: p.name }))) ?? [];
  return (
    <>
      <ScreenHeading focusKey="room-live">The room, live</ScreenHeading>
      <p role="status">
        {state === 'live'
          ? `Live: ${snapshot?.participants.length ?? 0} joined, ${playing.length} attempts, ${snapshot?.turns ?? 0} turns.`
          : state === 'reconnecting'
            ? 'The connection to the room dropped; reconnecting…'
            : 'Connecting to the room…'}
      </p>
      {problem ? <p role="alert">{problem}</p> : null}
      <p className="room-export">
        {(['csv', 'json'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="secondary"
            onClick={() =>
              void download(key, `/api/export.${format}`, `rapport-room.${format}`).catch(
                (error: unknown) => setProblem(`Could not export the room: ${String(error)}`),
              )
            }
          >
            Export as {format.toUpperCase()}
          </button>
        ))}
      </p>
      <section aria-labelledby="room-playing">
        <h2 id="room-playing">Who is playing</h2>
        {playing.length === 0 ? (
          <p>Nobody has started yet. Participants open the join address on their phones.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Participant</th>
                <th scope="col">Scenario</th>
                <th scope="col">Turn</th>
                <th scope="col">Outcome</th>
                <th scope="col">Project</th>
              </tr>
            </thead>
            <tbody>
              {playing.map((attempt, n) => (
                <tr key={attempt.id}>
                  <td>{attempt.name ?? `Anonymous ${n + 1}`}</td>
                  <td>
                    {snapshot?.scenarios.find((s) => s.id === attempt.scenarioId)?.title ??
                      attempt.scenarioId}
                  </td>
                  <td>{attempt.turns}</td>
                  <td>{attempt.outcome ?? 'playing'}</td>
                  <td>
                    <button
                      type="button"
                      className="secondary small"
                      onClick={() => void project(attempt.id)}
                      aria-label={`Project attempt ${n + 1}, anonymised`}
                    >
                      Project
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {snapshot?.scenarios
        .filter((s) => s.attempts > 0)
        .map((s) => (
          <section key={s.id} aria-labelledby={`room-${s.id}`}>
            <h2 id={`room-${s.id}`}>{s.title}</h2>
            <p>
              {s.attempts} attempts, {s.finished} finished:{' '}
              {OUTCOMES.map((o) => `${s.outcomes[o]} ${o}`).join(', ')}.
            </p>
            <table>
              <caption>The spread of the debrief figures over finished attempts</caption>
              <thead>
                <tr>
                  <th scope="col">Figure</th>
                  <th scope="col">Attempts</th>
                  <th scope="col">Lowest</th>
                  <th scope="col">Median</th>
                  <th scope="col">Highest</th>
                </tr>
              </thead>
              <tbody>
                <SpreadRow label="Listening ratio" spread={s.figures.listeningRatio} />
                <SpreadRow
                  label="Reflections to questions"
                  spread={s.figures.reflectionToQuestion}
                />
                <SpreadRow label="Complex reflections" spread={s.figures.complexReflections} />
              </tbody>
            </table>
            {s.weakest.length > 0 ? (
              <p>
                Most common weakest turn:{' '}
                {s.weakest
                  .map((w) => {
                    const option = scenarios[s.id]?.nodes[w.node]?.options.find(
                      (o) => o.id === w.option,
                    );
                    return `“${option?.text ?? w.option}” at ${w.node} (${w.count})`;
                  })
                  .join('; ')}
              </p>
            ) : null}
            <h3>What the room chose</h3>
            {scenarios[s.id] ? (
              <Heatmap scenario={scenarios[s.id] as Scenario} choices={s.choices} />
            ) : (
              <p>Loading the scenario…</p>
            )}
          </section>
        ))}
    </>
  );
}

export default LivePage;
