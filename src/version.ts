/** The tool version (kept in step with package.json by a test). */
export const VERSION = '0.1.0';

/** The repository's page (package.json `repository`), where the docs live for whoever runs the CLI from anywhere. */
export const REPOSITORY_URL = 'https://github.com/preflight-gate/preflight';
/** The catalogue's documentation: `preflight list` and `--help` point here, never at a path inside the package. */
export const CHECKS_DOC_URL = `${REPOSITORY_URL}/blob/main/docs/checks.md`;
