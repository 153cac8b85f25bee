import { render, Text } from 'ink';

/** The bench's baseline: a bare Ink app that renders one line. */
render(<Text>Hello from a bare Ink app</Text>);
