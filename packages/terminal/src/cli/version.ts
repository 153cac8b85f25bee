import packageJson from '../../package.json' with { type: 'json' };

/** The version printed by `rapport --version`: the terminal package's own. */
export const VERSION: string = packageJson.version;
