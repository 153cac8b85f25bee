import { useEffect, useState } from 'react';
import type { RoomSession, SessionStatus } from './room-session';

function useStatus(session: RoomSession): SessionStatus {
  const [status, setStatus] = useState(() => session.status());
  useEffect(() => session.subscribe(setStatus), [session]);
  return status;
}

/** Says, in a line, whether the room has every turn of this participant. */
export function RoomStatus({ session }: { readonly session: RoomSession }): React.JSX.Element {
  const status = useStatus(session);
  const text = status.problem
    ? status.problem
    : status.synced
      ? 'Every turn is with the room.'
      : `${status.waiting} waiting to reach the room; they go as soon as it can be reached.`;
  const resume = session.resumeLink();
  return (
    <div className="room-status">
      <p role="status">
        {session.who?.name ? `${session.who.name}: ` : ''}
        {text}
        {session.kept
          ? ''
          : ' This browser keeps nothing: stay on this page until every turn is sent.'}
      </p>
      {resume ? (
        <details>
          <summary>Carry on from another device</summary>
          <p>
            Open this link on the other device (it is yours alone: it lets that device play as you):{' '}
            <a href={resume}>{resume}</a>
          </p>
        </details>
      ) : null}
    </div>
  );
}
