import { type ReactNode, useEffect, useRef } from 'react';

export type Props = {
  readonly children: ReactNode;
  /** Changes whenever the screen does, so focus follows the learner to the new screen. */
  readonly focusKey: string;
};

/** A screen's h1, focused when the screen appears so keyboard and screen-reader users land on it. */
export function ScreenHeading({ children, focusKey }: Props): React.JSX.Element {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    void focusKey;
    ref.current?.focus();
  }, [focusKey]);
  return (
    <h1 ref={ref} tabIndex={-1} className="screen-heading">
      {children}
    </h1>
  );
}
