import type { LiveSnapshot } from '@rapport/room/live-types';

export type { LiveSnapshot, Spread } from '@rapport/room/live-types';

/**
 * Follows the room's live view: each snapshot as it arrives, over a streamed request (an
 * EventSource cannot send the key in a header, and a key in the address would end up in logs).
 * Reconnects after a dropped connection; stops when the signal aborts.
 */
export async function followLive(
  key: string,
  onSnapshot: (snapshot: LiveSnapshot) => void,
  onState: (state: 'live' | 'reconnecting' | 'refused') => void,
  signal: AbortSignal,
): Promise<void> {
  while (!signal.aborted) {
    try {
      const response = await fetch('/api/live/stream', {
        headers: { authorization: `Bearer ${key}` },
        signal,
      });
      if (response.status === 401) {
        onState('refused');
        return;
      }
      if (!response.ok || !response.body) throw new Error(`status ${response.status}`);
      onState('live');
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const data = /^data: (.*)$/m.exec(buffer.slice(0, end))?.[1];
          buffer = buffer.slice(end + 2);
          if (data) onSnapshot(JSON.parse(data) as LiveSnapshot);
        }
      }
    } catch {
      if (signal.aborted) return;
    }
    onState('reconnecting');
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}
